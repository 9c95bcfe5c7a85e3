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
 * The series is a scene a week, a few hundred in all, each a millisecond
 * or more to measure. It is measured once per document on a thread of its
 * own, from the atlas, which no one changes once loaded: measured on the
 * main loop, even in slices, it took frames from the map while a visitor
 * first scrubbed. The band appears when the series is done. */
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
  GCancellable    *series;        /* while measuring */
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
sample_date_in (KwaDateRange range,
                guint        index)
{
  return MIN (range.start + (KwaDate) index * KWA_SHARE_CHART_STEP_DAYS, range.end);
}

static KwaDate
sample_date (KwaShareChart *self,
             guint          index)
{
  return sample_date_in (self->range, index);
}

static void
invalidate_band (KwaShareChart *self)
{
  g_clear_pointer (&self->band_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

typedef struct
{
  KwaAtlas     *atlas;
  KwaDateRange  range;
  guint         n_samples;
} Series;

static void
series_free (gpointer data)
{
  Series *series = data;

  g_clear_object (&series->atlas);
  g_free (series);
}

/* On the series' thread: a scene a week, from the atlas alone. */
static void
measure_series (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Series *series = task_data;
  g_autoptr(GArray) samples = g_array_sized_new (FALSE, FALSE, sizeof (double), series->n_samples);

  for (guint i = 0; i < series->n_samples; i++)
    {
      KwaDate date = sample_date_in (series->range, i);
      g_autoptr(KwaScene) scene = NULL;
      double share = NAN;

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_task_return_error_if_cancelled (task);
          return;
        }

      scene = kwa_scene_new (series->atlas, date);
      if (scene->has_front || scene->enclaves->len > 0)
        share = kwa_scene_get_share (scene, KWA_SIDE_SOUTH);
      g_array_append_val (samples, share);
    }

  g_task_return_pointer (task, g_steal_pointer (&samples), (GDestroyNotify) g_array_unref);
}

static void
series_measured_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GWeakRef *chart_ref = user_data;
  g_autoptr(KwaShareChart) self = g_weak_ref_get (chart_ref);
  g_autoptr(GArray) samples = g_task_propagate_pointer (G_TASK (result), NULL);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  g_weak_ref_clear (chart_ref);
  g_free (chart_ref);

  /* Gone, or a newer document's series is under way. */
  if (self == NULL || samples == NULL || self->series != cancellable)
    return;

  g_clear_object (&self->series);
  g_clear_pointer (&self->samples, g_array_unref);
  self->samples = g_steal_pointer (&samples);
  g_debug ("Measured %u weeks of territory", self->samples->len);
  invalidate_band (self);
}

static void
cancel_series (KwaShareChart *self)
{
  if (self->series != NULL)
    g_cancellable_cancel (self->series);
  g_clear_object (&self->series);
}

static void
restart_series (KwaShareChart *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *chart_ref;
  Series *series;

  cancel_series (self);
  g_array_set_size (self->samples, 0);
  invalidate_band (self);

  if (self->document == NULL)
    return;

  self->range = kwa_exhibit_get_time_range (kwa_map_document_get_exhibit (self->document));
  series = g_new0 (Series, 1);
  series->atlas = g_object_ref (kwa_map_document_get_atlas (self->document));
  series->range = self->range;
  series->n_samples = expected_samples (self);

  self->series = g_cancellable_new ();
  chart_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (chart_ref, self);
  task = g_task_new (NULL, self->series, series_measured_cb, chart_ref);
  g_task_set_source_tag (task, restart_series);
  g_task_set_name (task, "[kwa] share chart series");
  g_task_set_task_data (task, series, series_free);
  g_task_run_in_thread (task, measure_series);
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

  cancel_series (self);
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
  return self->document != NULL && self->series == NULL;
}

guint
kwa_share_chart_get_n_samples (KwaShareChart *self)
{
  g_return_val_if_fail (KWA_IS_SHARE_CHART (self), 0);
  return self->samples->len;
}
