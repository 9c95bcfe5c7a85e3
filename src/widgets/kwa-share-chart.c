/* kwa-share-chart.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-share-chart"

#include "config.h"

#include "kwa-i18n.h"
#include <math.h>

#include "kwa-scene.h"
#include "kwa-share-chart.h"
#include "kwa-share-chart-private.h"

/* How much of the peninsula each side held over the whole exhibit, as a
 * band that splits at the south's share: the south's colour below, the
 * north's above, like the map's shading turned on its side. A cursor
 * marks today.
 *
 * The series is a scene a week, a few hundred in all. It is measured once
 * per document, a slice at a time from an idle source, so a reload never
 * blocks the window; the band fills in as it goes. */

/* Time one idle slice may take before giving the main loop back. */
#define SLICE_BUDGET_US 4000
#define AXIS_GAP 4
#define BAND_HEIGHT 72

struct _KwaShareChart
{
  GtkWidget        parent_instance;

  /* Owned */
  KwaMapDocument  *document;
  GArray          *samples;       /* double: the south's share, or NAN while undivided */
  GskRenderNode   *band_node;     /* the band and axis, without the cursor */
  PangoLayout     *year_layout;

  KwaDateRange     range;
  double           time;
  guint            series_id;
  int              band_width;
  int              band_height;
};

G_DEFINE_FINAL_TYPE (KwaShareChart, kwa_share_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
expected_samples (KwaShareChart *self)
{
  if (self->document == NULL || self->range.end < self->range.start)
    return 0;

  /* Every week, and the last day too, so the band reaches the edge. */
  return (self->range.end - self->range.start) / KWA_SHARE_CHART_STEP_DAYS + 2;
}

static KwaDate
sample_date (KwaShareChart *self,
             guint          index)
{
  return MIN (self->range.start + (KwaDate) index * KWA_SHARE_CHART_STEP_DAYS, self->range.end);
}

static void
invalidate_band (KwaShareChart *self)
{
  g_clear_pointer (&self->band_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
measure_slice_cb (gpointer user_data)
{
  KwaShareChart *self = user_data;
  KwaAtlas *atlas = kwa_map_document_get_atlas (self->document);
  guint total = expected_samples (self);
  gint64 deadline = g_get_monotonic_time () + SLICE_BUDGET_US;

  while (self->samples->len < total && g_get_monotonic_time () < deadline)
    {
      g_autoptr(KwaScene) scene = kwa_scene_new (atlas, sample_date (self, self->samples->len));
      double share = NAN;

      if (scene->has_front || scene->enclaves->len > 0)
        share = kwa_scene_get_share (scene, KWA_SIDE_SOUTH);
      g_array_append_val (self->samples, share);
    }

  invalidate_band (self);

  if (self->samples->len < total)
    return G_SOURCE_CONTINUE;

  g_debug ("Measured %u weeks of territory", self->samples->len);
  self->series_id = 0;
  return G_SOURCE_REMOVE;
}

static void
restart_series (KwaShareChart *self)
{
  g_clear_handle_id (&self->series_id, g_source_remove);
  g_array_set_size (self->samples, 0);
  invalidate_band (self);

  if (self->document == NULL)
    return;

  self->range = kwa_exhibit_get_time_range (kwa_map_document_get_exhibit (self->document));
  self->series_id = g_idle_add_full (G_PRIORITY_LOW, measure_slice_cb, self, NULL);
  g_source_set_name_by_id (self->series_id, "[kwa] share chart series");
}

static void
side_color (KwaShareChart *self,
            KwaSideId      side,
            GdkRGBA       *rgba)
{
  const KwaSide *record = kwa_exhibit_get_side (kwa_map_document_get_exhibit (self->document), side);

  *rgba = (GdkRGBA) { record->color.r, record->color.g, record->color.b, 1 };
}

static double
x_for_date (KwaShareChart *self,
            double         date,
            int            width)
{
  double span = MAX (1, self->range.end - self->range.start);

  return (date - self->range.start) / span * width;
}

static void
draw_band (KwaShareChart *self,
           cairo_t       *cr,
           int            width,
           int            height,
           const GdkRGBA *ink)
{
  GdkRGBA north, south;
  KwaDateRange war = kwa_exhibit_get_war_span (kwa_map_document_get_exhibit (self->document));
  double radius = 6;

  side_color (self, KWA_SIDE_NORTH, &north);
  side_color (self, KWA_SIDE_SOUTH, &south);

  /* A rounded frame keeps the band tidy at both ends. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_clip_preserve (cr);

  /* Not yet measured, or undivided: a neutral ground. */
  cairo_set_source_rgba (cr, ink->red, ink->green, ink->blue, 0.08);
  cairo_fill (cr);

  /* The north's colour above, one column per sample … */
  for (guint i = 0; i < self->samples->len; i++)
    {
      double share = g_array_index (self->samples, double, i);
      double x0 = x_for_date (self, sample_date (self, i) - KWA_SHARE_CHART_STEP_DAYS / 2.0, width);
      double x1 = x_for_date (self, sample_date (self, i) + KWA_SHARE_CHART_STEP_DAYS / 2.0, width);

      if (isnan (share))
        continue;
      cairo_rectangle (cr, floor (x0), 0, ceil (x1) - floor (x0), height);
    }
  cairo_set_source_rgba (cr, north.red, north.green, north.blue, 0.85);
  cairo_fill (cr);

  /* … and the south's below a line through the samples. */
  for (guint i = 0; i < self->samples->len; i++)
    {
      double share = g_array_index (self->samples, double, i);
      double x = x_for_date (self, sample_date (self, i), width);
      double y = height * (1 - share);

      if (isnan (share))
        continue;
      if (i == 0 || isnan (g_array_index (self->samples, double, i - 1)))
        {
          double x0 = x_for_date (self, sample_date (self, i) - KWA_SHARE_CHART_STEP_DAYS / 2.0, width);

          cairo_move_to (cr, floor (x0), height);
          cairo_line_to (cr, floor (x0), y);
        }
      cairo_line_to (cr, x, y);
      if (i + 1 == self->samples->len || isnan (g_array_index (self->samples, double, i + 1)))
        {
          double x1 = x_for_date (self, sample_date (self, i) + KWA_SHARE_CHART_STEP_DAYS / 2.0, width);

          cairo_line_to (cr, ceil (x1), y);
          cairo_line_to (cr, ceil (x1), height);
          cairo_close_path (cr);
        }
    }
  cairo_set_source_rgba (cr, south.red, south.green, south.blue, 0.9);
  cairo_fill (cr);

  /* Half the land, for scale. */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
  cairo_move_to (cr, 0, floor (height / 2.0) + 0.5);
  cairo_line_to (cr, width, floor (height / 2.0) + 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The war itself, from the invasion to the armistice. */
  if (war.start != KWA_DATE_NONE && war.end != KWA_DATE_NONE)
    {
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, round (x_for_date (self, war.start, width)) + 0.5, 0);
      cairo_rel_line_to (cr, 0, height);
      cairo_move_to (cr, round (x_for_date (self, war.end + 1, width)) + 0.5, 0);
      cairo_rel_line_to (cr, 0, height);
      cairo_stroke (cr);
    }
}

static void
draw_years (KwaShareChart *self,
            GtkSnapshot   *snapshot,
            int            width,
            int            band_height,
            const GdkRGBA *ink)
{
  int first_year, last_year, unused, text_width, text_height;
  GdkRGBA dim = *ink;
  double last_right = -G_MAXDOUBLE;

  dim.alpha *= 0.7;
  kwa_date_get_ymd (self->range.start, &first_year, &unused, &unused);
  kwa_date_get_ymd (self->range.end, &last_year, &unused, &unused);

  for (int year = first_year + 1; year <= last_year; year++)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);
      double x = x_for_date (self, kwa_date_from_ymd (year, 1, 1), width);

      gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (round (x), band_height, 1, AXIS_GAP));

      pango_layout_set_text (self->year_layout, text, -1);
      pango_layout_get_pixel_size (self->year_layout, &text_width, &text_height);
      /* Labels centred on the year they name, dropped where they would collide. */
      x = x + x_for_date (self, kwa_date_from_ymd (year, 7, 1), width) - x_for_date (self, kwa_date_from_ymd (year, 1, 1), width);
      x -= text_width / 2.0;
      if (x < last_right + 6 || x + text_width > width)
        continue;
      last_right = x + text_width;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), band_height + AXIS_GAP));
      gtk_snapshot_append_layout (snapshot, self->year_layout, &dim);
      gtk_snapshot_restore (snapshot);
    }
}

static int
axis_height (KwaShareChart *self)
{
  int text_height;

  pango_layout_set_text (self->year_layout, "1950", -1);
  pango_layout_get_pixel_size (self->year_layout, NULL, &text_height);

  return text_height + AXIS_GAP;
}

static void
kwa_share_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KwaShareChart *self = KWA_SHARE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int band_height = height - axis_height (self);
  GdkRGBA ink, halo = { 1, 1, 1, 0.9 };
  double x, share = NAN;
  guint index;

  if (self->document == NULL || width <= 0 || band_height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &ink);

  if (self->band_node == NULL || self->band_width != width || self->band_height != band_height)
    {
      g_autoptr(GtkSnapshot) band = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (band, &GRAPHENE_RECT_INIT (0, 0, width, band_height));

      draw_band (self, cr, width, band_height, &ink);
      cairo_destroy (cr);
      draw_years (self, band, width, band_height, &ink);

      g_clear_pointer (&self->band_node, gsk_render_node_unref);
      self->band_node = gtk_snapshot_free_to_node (g_steal_pointer (&band));
      self->band_width = width;
      self->band_height = band_height;
    }
  if (self->band_node != NULL)
    gtk_snapshot_append_node (snapshot, self->band_node);

  /* The cursor: a line through the band and a knob at today's share. */
  x = round (x_for_date (self, CLAMP (self->time, self->range.start, self->range.end), width));
  /* A halo that sets the cursor off the band: light under dark ink, and
   * dark under the light ink of a dark theme. */
  if (ink.red + ink.green + ink.blue > 1.5)
    halo = (GdkRGBA) { 0, 0, 0, 0.55 };
  gtk_snapshot_append_color (snapshot, &halo, &GRAPHENE_RECT_INIT (x - 2, -2, 5, band_height + 4));
  gtk_snapshot_append_color (snapshot, &ink, &GRAPHENE_RECT_INIT (x - 1, -2, 3, band_height + 4));

  index = (guint) MAX (0, round ((self->time - self->range.start) / KWA_SHARE_CHART_STEP_DAYS));
  if (index < self->samples->len)
    share = g_array_index (self->samples, double, index);
  if (!isnan (share))
    {
      GskRoundedRect knob;
      GdkRGBA white = { 1, 1, 1, 1 };
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA borders[4] = { white, white, white, white };
      graphene_rect_t box = GRAPHENE_RECT_INIT (x - 6, band_height * (1 - share) - 6, 12, 12);

      gsk_rounded_rect_init_from_rect (&knob, &box, 6);
      gtk_snapshot_push_rounded_clip (snapshot, &knob);
      gtk_snapshot_append_color (snapshot, &ink, &box);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &knob, widths, borders);
    }
}

static void
kwa_share_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KwaShareChart *self = KWA_SHARE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 320;
    }
  else
    {
      /* The band, and the years below it. */
      *minimum = *natural = BAND_HEIGHT + axis_height (self);
    }
}

static void
kwa_share_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  KwaShareChart *self = KWA_SHARE_CHART (widget);

  GTK_WIDGET_CLASS (kwa_share_chart_parent_class)->css_changed (widget, change);

  /* The font may have changed with the style. */
  g_clear_object (&self->year_layout);
  self->year_layout = gtk_widget_create_pango_layout (widget, NULL);
  invalidate_band (self);
  gtk_widget_queue_resize (widget);
}

static void
kwa_share_chart_dispose (GObject *object)
{
  KwaShareChart *self = KWA_SHARE_CHART (object);

  g_clear_handle_id (&self->series_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_pointer (&self->band_node, gsk_render_node_unref);
  g_clear_object (&self->year_layout);

  G_OBJECT_CLASS (kwa_share_chart_parent_class)->dispose (object);
}

static void
kwa_share_chart_finalize (GObject *object)
{
  KwaShareChart *self = KWA_SHARE_CHART (object);

  g_clear_pointer (&self->samples, g_array_unref);

  G_OBJECT_CLASS (kwa_share_chart_parent_class)->finalize (object);
}

static void
kwa_share_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KwaShareChart *self = KWA_SHARE_CHART (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TIME:
      g_value_set_double (value, self->time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_share_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KwaShareChart *self = KWA_SHARE_CHART (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kwa_share_chart_set_document (self, g_value_get_object (value));
      break;
    case PROP_TIME:
      kwa_share_chart_set_time (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_share_chart_class_init (KwaShareChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_share_chart_dispose;
  object_class->finalize = kwa_share_chart_finalize;
  object_class->get_property = kwa_share_chart_get_property;
  object_class->set_property = kwa_share_chart_set_property;

  widget_class->snapshot = kwa_share_chart_snapshot;
  widget_class->measure = kwa_share_chart_measure;
  widget_class->css_changed = kwa_share_chart_css_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KWA_TYPE_MAP_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_double ("time", NULL, NULL, -1e7, 1e7, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sharechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kwa_share_chart_init (KwaShareChart *self)
{
  self->samples = g_array_new (FALSE, FALSE, sizeof (double));
  self->year_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Share of the peninsula each side held over time"),
                                  -1);
}

GtkWidget *
kwa_share_chart_new (void)
{
  return g_object_new (KWA_TYPE_SHARE_CHART, NULL);
}

KwaMapDocument *
kwa_share_chart_get_document (KwaShareChart *self)
{
  g_return_val_if_fail (KWA_IS_SHARE_CHART (self), NULL);
  return self->document;
}

void
kwa_share_chart_set_document (KwaShareChart  *self,
                              KwaMapDocument *document)
{
  g_return_if_fail (KWA_IS_SHARE_CHART (self));
  g_return_if_fail (document == NULL || KWA_IS_MAP_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  restart_series (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

double
kwa_share_chart_get_time (KwaShareChart *self)
{
  g_return_val_if_fail (KWA_IS_SHARE_CHART (self), 0);
  return self->time;
}

/* Only the cursor moves: the cached band is reused. */
void
kwa_share_chart_set_time (KwaShareChart *self,
                          double         time)
{
  g_return_if_fail (KWA_IS_SHARE_CHART (self));

  if (self->time == time)
    return;

  self->time = time;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/* Whether the whole series has been measured. */
gboolean
kwa_share_chart_is_complete (KwaShareChart *self)
{
  g_return_val_if_fail (KWA_IS_SHARE_CHART (self), FALSE);
  return self->document != NULL && self->series_id == 0;
}

guint
kwa_share_chart_get_n_samples (KwaShareChart *self)
{
  g_return_val_if_fail (KWA_IS_SHARE_CHART (self), 0);
  return self->samples->len;
}
