/* kwa-timeline-track-snapshot.c: how the timeline track draws
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline-track"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "kwa-i18n.h"
#include "kwa-timeline-track-private.h"

/* What does not change with the time (phase bands and their names,
 * calendar marks, event ticks) is recorded once into a render node, kept
 * until the size, the style, the language or the data change; each frame
 * only adds the progress, the current phase, the selection and the thumb. */

#define BAND_GAP           2.0    /* between neighbouring bands */
#define BAND_RADIUS        5.0
#define LABEL_GAP          8.0    /* at least this between two labels */
#define MONTH_MARK_MIN    10.0    /* px per month before months get marks… */
#define MONTH_LABEL_MIN   44.0    /* …and labels */
#define MIN_SHORTENED      0.55   /* of a phase name, to show it shortened */
#define SHORT_NAME_SCALE   0.65   /* the least a short name is set at */

/* The colour CSS gives the thumb is the track's accent. */
static void
get_colors (KwaTimelineTrack *self,
            GdkRGBA          *foreground,
            GdkRGBA          *accent)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), foreground);
  gtk_style_context_get_color (gtk_widget_get_style_context (self->thumb), accent);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

static gboolean
high_contrast (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* ---- the recorded layer ----------------------------------------------- */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Where phase @index's band sits, or FALSE when it has no width. */
static gboolean
get_phase_band (KwaTimelineTrack       *self,
                const KwaTrackGeometry *g,
                guint                   index,
                double                 *x,
                double                 *width)
{
  guint n;
  const KwaPhase *phases = kwa_exhibit_get_phases (kwa_timeline_track_get_exhibit (self), &n);
  double x0 = kwa_track_geometry_time_to_x (g, phases[index].start);
  double x1 = kwa_track_geometry_time_to_x (g, phases[index].end + 1.0);

  *x = x0 + BAND_GAP / 2;
  *width = x1 - x0 - BAND_GAP;
  return *width >= 1;
}

/* Whether @name's first @n_chars characters and an ellipsis fit in @room
 * px: a chip that would show "…" alone shows the phase's number instead. */
static gboolean
shortened_fits (KwaTimelineTrack *self,
                const char       *name,
                glong             n_chars,
                double            room)
{
  const char *end = g_utf8_offset_to_pointer (name, MIN (n_chars, g_utf8_strlen (name, -1)));
  g_autofree char *prefix = g_strndup (name, end - name);
  g_autofree char *shortened = g_strconcat (prefix, "…", NULL);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), shortened);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width <= room;
}

/* Whether "@name's first word…" fits in @room px and says something: a
 * word of four letters or more ("Liberation…", "광복과…"), not "The…". */
static gboolean
first_word_fits (KwaTimelineTrack *self,
                 const char       *name,
                 double            room)
{
  const char *space = strchr (name, ' ');
  g_autofree char *word = g_strndup (name, space != NULL ? (gsize) (space - name) : strlen (name));
  g_autofree char *shortened = g_strconcat (word, "…", NULL);
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (g_utf8_strlen (word, -1) < 3 || (g_utf8_strlen (word, -1) < 4 && g_str_is_ascii (word)))
    return FALSE;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), shortened);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width <= room;
}

/* The name a chip @room px wide shows: whole when it fits; else the
 * phase's short name ("Pusan" for "The Pusan Perimeter") when the exhibit
 * gives one (or the name itself when it gives none) and it fits, down to
 * SHORT_NAME_SCALE of its size; else the name ellipsized while most of it,
 * or its first word, still shows ("The N…" says nothing); otherwise the
 * phase's number, which the header, the tooltip and the slider's value
 * text name in full. NULL only when not even a digit fits. */
PangoLayout *
kwa_timeline_track_create_phase_label (KwaTimelineTrack *self,
                                       guint             index,
                                       double            room)
{
  guint n;
  const KwaPhase *phases = kwa_exhibit_get_phases (kwa_timeline_track_get_exhibit (self), &n);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *number = NULL;
  const char *name, *short_name;
  int text_width;

  g_return_val_if_fail (index < n, NULL);

  name = kwa_text_get (&phases[index].name, self->language);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  if (text_width <= room)
    return g_steal_pointer (&layout);

  /* Only in the chip's own language: a fallback would mix languages.
   * Without one, the name itself, a little smaller, before an ellipsis. */
  short_name = kwa_text_has (&phases[index].short_name, self->language)
               ? kwa_text_get (&phases[index].short_name, self->language) : name;
  if (short_name != NULL && *short_name != '\0')
    {
      g_autoptr(PangoLayout) short_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), short_name);
      int short_width;

      pango_layout_get_pixel_size (short_layout, &short_width, NULL);
      if (short_width <= room)
        return g_steal_pointer (&short_layout);

      /* A little smaller still reads, where a number would not: as large
       * as fits, in steps of 5 % (chips side by side then share sizes). */
      if (short_width * SHORT_NAME_SCALE <= room)
        {
          double scale = MIN (1.0, floor (room / short_width * 20) / 20);

          /* A new list each time: Pango sees a list changed in place as
           * the same and keeps the old size. */
          for (; scale >= SHORT_NAME_SCALE - 1e-9; scale -= 0.05)
            {
              PangoAttrList *attributes = pango_attr_list_new ();

              pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
              pango_layout_set_attributes (short_layout, attributes);
              pango_attr_list_unref (attributes);
              pango_layout_get_pixel_size (short_layout, &short_width, NULL);
              if (short_width <= room)
                break;
            }
          if (short_width <= room)
            return g_steal_pointer (&short_layout);
        }
    }

  if ((room >= text_width * MIN_SHORTENED && shortened_fits (self, name, 1, room)) ||
      first_word_fits (self, name, room))
    {
      pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      return g_steal_pointer (&layout);
    }

  number = g_strdup_printf ("%u", index + 1);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  if (text_width <= room)
    return g_steal_pointer (&layout);

  return NULL;
}

/* The room for a name inside a band @width px wide: the padding shrinks
 * before the name goes, down to 7 % of the band each side (4 px of a
 * 54 px band, where "Invasion" must fit at 1080 px across). */
static double
phase_label_room (double width)
{
  return MAX (width - 2 * KWA_TRACK_BAND_PADDING, MIN (width - 2, width * 0.86));
}

/**
 * kwa_timeline_track_get_phase_label:
 *
 * For tests: the text phase @index's chip shows at the current size, or
 * %NULL when it shows none.
 */
char *
kwa_timeline_track_get_phase_label (KwaTimelineTrack *self,
                                    guint             index)
{
  g_autoptr(PangoLayout) layout = NULL;
  KwaTrackGeometry g;
  double x, width;

  kwa_timeline_track_compute_geometry (self, &g);
  if (!get_phase_band (self, &g, index, &x, &width))
    return NULL;

  layout = kwa_timeline_track_create_phase_label (self, index, phase_label_room (width));
  if (layout == NULL)
    return NULL;

  /* An ellipsized name keeps at least MIN_SHORTENED of itself. */
  return g_strdup (pango_layout_get_text (layout));
}

static void
draw_phase_bands (KwaTimelineTrack       *self,
                  cairo_t                *cr,
                  const KwaTrackGeometry *g,
                  const GdkRGBA          *fg)
{
  gboolean hc = high_contrast ();
  guint n;

  kwa_exhibit_get_phases (kwa_timeline_track_get_exhibit (self), &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      GdkRGBA fill = with_alpha (fg, (i % 2 == 0) ? (hc ? 0.14 : 0.07) : (hc ? 0.26 : 0.13));
      double x, width;
      int text_width;

      if (!get_phase_band (self, g, i, &x, &width))
        continue;

      rounded_rectangle (cr, x, g->band_top, width, g->band_bottom - g->band_top, BAND_RADIUS);
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_fill (cr);

      layout = kwa_timeline_track_create_phase_label (self, i, phase_label_room (width));
      if (layout == NULL)
        continue;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      cairo_move_to (cr, round (x + (width - text_width) / 2), g->band_top + KWA_TRACK_BAND_PADDING);
      fill = with_alpha (fg, hc ? 1.0 : 0.8);
      gdk_cairo_set_source_rgba (cr, &fill);
      pango_cairo_show_layout (cr, layout);
    }
}

typedef struct
{
  double last_label_end;
} LabelRun;

/* Draws @text centred under @x unless it would collide with the previous
 * label or leave the widget. */
static void
draw_mark_label (KwaTimelineTrack       *self,
                 cairo_t                *cr,
                 const KwaTrackGeometry *g,
                 LabelRun               *run,
                 double                  x,
                 const char             *text,
                 gboolean                strong,
                 const GdkRGBA          *fg)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int text_width;
  double left;
  GdkRGBA color;

  if (strong)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
    }

  pango_layout_get_pixel_size (layout, &text_width, NULL);
  left = round (x - text_width / 2.0);
  if (left < run->last_label_end + LABEL_GAP || left < 0 ||
      left + text_width > gtk_widget_get_width (GTK_WIDGET (self)))
    return;

  color = with_alpha (fg, strong ? 0.9 : 0.6);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_move_to (cr, left, g->label_top);
  pango_cairo_show_layout (cr, layout);
  run->last_label_end = left + text_width;
}

static char *
month_label (int         month,
             KwaLanguage language)
{
  static const char *const short_names[] = {
    NC_("month on the timeline", "Jan"), NC_("month on the timeline", "Feb"),
    NC_("month on the timeline", "Mar"), NC_("month on the timeline", "Apr"),
    NC_("month on the timeline", "May"), NC_("month on the timeline", "Jun"),
    NC_("month on the timeline", "Jul"), NC_("month on the timeline", "Aug"),
    NC_("month on the timeline", "Sep"), NC_("month on the timeline", "Oct"),
    NC_("month on the timeline", "Nov"), NC_("month on the timeline", "Dec"),
  };

  return g_strdup (kwa_pgettext_in (language, "month on the timeline", short_names[month - 1]));
}

/* Years always; months where the scale gives them room, which in the
 * non-linear scale is the war of movement. */
static void
draw_calendar_marks (KwaTimelineTrack       *self,
                     cairo_t                *cr,
                     const KwaTrackGeometry *g,
                     const GdkRGBA          *fg)
{
  double start = kwa_time_scale_get_start (self->scale);
  double end = kwa_time_scale_get_end (self->scale);
  LabelRun run = { -G_MAXDOUBLE };
  GdkRGBA year_color = with_alpha (fg, 0.55);
  GdkRGBA month_color = with_alpha (fg, 0.3);
  int year, month, day;

  kwa_date_get_ymd ((KwaDate) floor (start), &year, &month, &day);

  for (;; month++)
    {
      KwaDate date, next;
      double x, next_x;
      gboolean is_year;

      if (month > 12)
        {
          month = 1;
          year++;
        }

      date = kwa_date_from_ymd (year, month, 1);
      if (date > end)
        break;
      if (date < start)
        continue;

      is_year = month == 1;
      next = month == 12 ? kwa_date_from_ymd (year + 1, 1, 1) : kwa_date_from_ymd (year, month + 1, 1);
      x = round (kwa_track_geometry_time_to_x (g, date)) + 0.5;
      next_x = kwa_track_geometry_time_to_x (g, next);

      if (!is_year && next_x - x < MONTH_MARK_MIN)
        continue;

      cairo_rectangle (cr, x - 0.5, g->mark_top, 1, is_year ? KWA_TRACK_MARK_LENGTH + 1 : KWA_TRACK_MARK_LENGTH - 2);
      gdk_cairo_set_source_rgba (cr, is_year ? &year_color : &month_color);
      cairo_fill (cr);

      if (is_year)
        {
          g_autofree char *text = g_strdup_printf ("%d", year);
          draw_mark_label (self, cr, g, &run, x, text, TRUE, fg);
        }
      else if (next_x - x >= MONTH_LABEL_MIN)
        {
          g_autofree char *text = month_label (month, self->language);
          draw_mark_label (self, cr, g, &run, x, text, FALSE, fg);
        }
    }
}

static void
draw_event_tick (cairo_t                *cr,
                 const KwaTrackGeometry *g,
                 double                  x,
                 int                     importance,
                 double                  width,
                 const GdkRGBA          *color)
{
  double height = kwa_track_geometry_get_tick_height (g, importance);
  double bottom = g->rail_top;

  gdk_cairo_set_source_rgba (cr, color);
  cairo_rectangle (cr, x - width / 2, bottom - height, width, height);
  cairo_fill (cr);

  /* Turning points carry a head, so they read as landmarks. */
  if (importance == 1)
    {
      cairo_arc (cr, x, bottom - height + width, width + 1.0, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
draw_event_ticks (KwaTimelineTrack       *self,
                  cairo_t                *cr,
                  const KwaTrackGeometry *g,
                  const GdkRGBA          *fg)
{
  KwaExhibit *exhibit = kwa_timeline_track_get_exhibit (self);
  gboolean hc = high_contrast ();
  const KwaEvent *events;
  guint n;

  events = kwa_exhibit_get_events (exhibit, &n);

  /* Details first, so turning points are drawn over them. */
  for (int importance = 3; importance >= 1; importance--)
    {
      GdkRGBA color = with_alpha (fg, hc ? 1.0 : (importance == 1 ? 0.85 : importance == 2 ? 0.6 : 0.4));

      for (guint i = 0; i < n; i++)
        {
          int event_importance = CLAMP (events[i].importance, 1, 3);

          if (event_importance == importance)
            draw_event_tick (cr, g, round (kwa_track_geometry_time_to_x (g, events[i].date)),
                             importance, importance == 3 ? 1.5 : 2.0, &color);
        }
    }
}

static GskRenderNode *
record_static_layer (KwaTimelineTrack       *self,
                     const KwaTrackGeometry *g)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GdkRGBA fg, accent;
  cairo_t *cr;

  get_colors (self, &fg, &accent);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_phase_bands (self, cr, g, &fg);
  draw_calendar_marks (self, cr, g, &fg);
  draw_event_ticks (self, cr, g, &fg);
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

void
kwa_timeline_track_invalidate_static_layer (KwaTimelineTrack *self)
{
  g_clear_pointer (&self->static_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- the live layer --------------------------------------------------- */

static void
append_rounded (GtkSnapshot           *snapshot,
                const graphene_rect_t *rect,
                double                 radius,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  if (rect->size.width <= 0 || rect->size.height <= 0)
    return;

  radius = MIN (radius, MIN (rect->size.width, rect->size.height) / 2);
  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_current_phase (KwaTimelineTrack       *self,
                        GtkSnapshot            *snapshot,
                        const KwaTrackGeometry *g,
                        const GdkRGBA          *accent)
{
  const KwaPhase *phase = kwa_exhibit_find_phase (kwa_timeline_track_get_exhibit (self), kwa_timeline_get_date (self->timeline));
  GdkRGBA tint = with_alpha (accent, 0.22);
  double x0, x1;

  if (phase == NULL)
    return;

  x0 = kwa_track_geometry_time_to_x (g, phase->start) + BAND_GAP / 2;
  x1 = kwa_track_geometry_time_to_x (g, phase->end + 1.0) - BAND_GAP / 2;
  append_rounded (snapshot, &GRAPHENE_RECT_INIT (x0, g->band_top, x1 - x0, g->band_bottom - g->band_top),
                  BAND_RADIUS, &tint);
  /* An underline too, so the current phase shows without relying on a
   * tint that may be faint on a projector. */
  append_rounded (snapshot, &GRAPHENE_RECT_INIT (x0, g->band_bottom - 3, x1 - x0, 3), 1.5, accent);
}

/* The rail's filled part, from @left to @now_x, in pieces PROGRESS_PIECE
 * pixels long that stay where they are as the date moves. Drawn as one
 * node, its bounds changed every frame, and GTK drew the window again
 * from the rail's start to the thumb, and with a changed part of the map
 * above (the cairo renderer paints the box round all it redraws) most of
 * a 4K window. In pieces, only the last one changes. */
#define PROGRESS_PIECE 64

static void
snapshot_progress (GtkSnapshot   *snapshot,
                   double         left,
                   double         now_x,
                   double         top,
                   const GdkRGBA *accent)
{
  graphene_size_t square = GRAPHENE_SIZE_INIT (0, 0);
  /* Pieces meet at whole pixels: a seam at a fraction would show. */
  double first_end = ceil (left) + PROGRESS_PIECE;
  GskRoundedRect rounded;

  if (now_x <= left)
    return;

  /* The first piece has the rail's round start; the last, under the thumb,
   * its round end; the others are squares of colour. */
  for (double start = left; start < now_x;)
    {
      double end = start == left ? first_end : start + PROGRESS_PIECE;
      gboolean first = start == left, last = end >= now_x;
      graphene_rect_t piece;

      end = MIN (end, now_x);
      piece = GRAPHENE_RECT_INIT (start, top, end - start, KWA_TRACK_RAIL_HEIGHT);
      if (first || last)
        {
          double radius = MIN (KWA_TRACK_RAIL_HEIGHT, piece.size.width) / 2;
          graphene_size_t round_corner = GRAPHENE_SIZE_INIT (radius, radius);

          gsk_rounded_rect_init (&rounded, &piece,
                                 first ? &round_corner : &square, last ? &round_corner : &square,
                                 last ? &round_corner : &square, first ? &round_corner : &square);
          gtk_snapshot_push_rounded_clip (snapshot, &rounded);
          gtk_snapshot_append_color (snapshot, accent, &piece);
          gtk_snapshot_pop (snapshot);
        }
      else
        {
          gtk_snapshot_append_color (snapshot, accent, &piece);
        }
      start = end;
    }
}

static void
snapshot_rail (KwaTimelineTrack       *self,
               GtkSnapshot            *snapshot,
               const KwaTrackGeometry *g,
               double                  now_x,
               const GdkRGBA          *fg,
               const GdkRGBA          *accent)
{
  GdkRGBA rail = with_alpha (fg, high_contrast () ? 0.5 : 0.2);
  double top = g->rail_top;

  append_rounded (snapshot, &GRAPHENE_RECT_INIT (g->left, top, g->right - g->left, KWA_TRACK_RAIL_HEIGHT),
                  KWA_TRACK_RAIL_HEIGHT / 2, &rail);
  snapshot_progress (snapshot, g->left, now_x, top, accent);

  /* A line from the thumb up to the current phase's underline ties "now"
   * to its phase; it stops short of the band, not to cross the name. */
  gtk_snapshot_append_color (snapshot, accent,
                             &GRAPHENE_RECT_INIT (round (now_x) - 1, g->band_bottom, 2, g->rail_y - g->band_bottom));
}

static void
snapshot_event_highlight (KwaTimelineTrack       *self,
                          GtkSnapshot            *snapshot,
                          const KwaTrackGeometry *g,
                          const KwaEvent         *event,
                          double                  width,
                          const GdkRGBA          *color)
{
  double x, height, bottom;

  if (event == NULL)
    return;

  x = round (kwa_track_geometry_time_to_x (g, event->date));
  height = kwa_track_geometry_get_tick_height (g, CLAMP (event->importance, 1, 3));
  bottom = g->rail_top;
  append_rounded (snapshot, &GRAPHENE_RECT_INIT (x - width / 2, bottom - height - 2, width, height + 2),
                  width / 2, color);
}

/* How far right of its allocation, at the rail's start, the thumb is
 * drawn: to @now_x, rounded to whole pixels as an allocation would be. It
 * is not allocated at the date, or every day played would lay the window
 * out again (see kwa_timeline_track_size_allocate()). */
static double
thumb_shift (KwaTimelineTrack       *self,
             const KwaTrackGeometry *g,
             double                  now_x)
{
  double width = gtk_widget_get_width (self->thumb);

  return round (now_x - width / 2.0) - round (g->left - width / 2.0);
}

void
kwa_timeline_track_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KwaTimelineTrack *self = KWA_TIMELINE_TRACK (widget);
  KwaTrackGeometry g;
  GdkRGBA fg, accent;
  double now_x;

  if (kwa_timeline_track_get_exhibit (self) == NULL || gtk_widget_get_width (widget) <= 0)
    return;

  kwa_timeline_track_compute_geometry (self, &g);
  get_colors (self, &fg, &accent);

  if (self->static_node == NULL)
    self->static_node = record_static_layer (self, &g);

  snapshot_current_phase (self, snapshot, &g, &accent);
  gtk_snapshot_append_node (snapshot, self->static_node);

  now_x = kwa_track_geometry_time_to_x (&g, kwa_timeline_get_time (self->timeline));
  snapshot_rail (self, snapshot, &g, now_x, &fg, &accent);
  snapshot_event_highlight (self, snapshot, &g, self->hover_event, 4, &fg);
  snapshot_event_highlight (self, snapshot, &g, kwa_timeline_get_selected_event (self->timeline), 4, &accent);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (thumb_shift (self, &g, now_x), 0));
  gtk_widget_snapshot_child (widget, self->thumb, snapshot);
  gtk_snapshot_restore (snapshot);
}
