/* kwa-map-view.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "kwa-basemap-cache.h"
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include "kwa-map-view.h"
#include "kwa-tooltip.h"
#include "kwa-tour-framing.h"
#include "kwa-model-enums.h"

/* The map: the cached basemap and the day's overlays, drawn through the
 * one renderer. Input follows libshumate: drag pans (with a kinetic glide
 * after a swipe), scroll and pinch zoom around the pointer, double-click
 * zooms in; +, −, 0 and the arrows do the same from the keyboard. */

/* How long input must rest before the basemap is rasterised afresh. */
#define SETTLE_MS 150
/* Kinetic panning: velocity decays by e every KINETIC_TIME_CONSTANT s. */
#define KINETIC_TIME_CONSTANT 0.325
#define KINETIC_MIN_SPEED 30.0
#define ZOOM_STEP 1.5
#define PAN_STEP 80.0
#define PULSE_PERIOD_US (1500 * 1000)

struct _KwaMapView
{
  GtkWidget         parent_instance;

  /* Owned */
  KwaMapDocument   *document;
  KwaBasemapCache  *cache;
  KwaMapRenderer   *renderer;
  KwaScene         *scene;
  AdwAnimation     *view_animation;

  double            time;
  KwaLanguage       language;
  KwaMapLayers      layers;
  double            text_scale;
  gconstpointer     selected;
  gboolean          show_coordinates;
  double            line_scale;

  /* The pen: while active, a drag draws into the sketch instead of panning */
  KwaSketch        *sketch;
  gulong            sketch_changed_id;
  gboolean          pen_active;
  gboolean          drawing;
  KwaColor          pen_color;

  KwaViewport       viewport;
  gboolean          has_viewport;
  KwaMapRect        extent;

  /* Gestures */
  double            pointer_x, pointer_y;
  gboolean          has_pointer;
  double            drag_last_x, drag_last_y;
  double            zoom_gesture_start_zoom;
  double            kinetic_vx, kinetic_vy;
  gint64            kinetic_last_us;
  guint             kinetic_tick_id;
  guint             pulse_tick_id;
  double            pulse;

  /* The view an animation goes from and to (map units, zoom) */
  double            from_x, from_y, from_zoom;
  double            to_x, to_y, to_zoom;

  /* A move asked for before the map had a size (--event at start-up) */
  gboolean          has_pending_view;
  double            pending_x, pending_y, pending_zoom;

  guint             settle_id;
  guint             describe_id;
  gulong            cache_changed_id;
  gulong            style_notify_ids[2];
};

G_DEFINE_FINAL_TYPE (KwaMapView, kwa_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TIME,
  PROP_LANGUAGE,
  PROP_LAYERS,
  PROP_TEXT_SCALE,
  PROP_ZOOM,
  PROP_SHOW_COORDINATES,
  N_PROPS
};

enum {
  RECORD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- state ------------------------------------------------------------ */

static KwaMapTheme
current_theme (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (adw_style_manager_get_high_contrast (style))
    return KWA_MAP_THEME_HIGH_CONTRAST;
  if (adw_style_manager_get_dark (style))
    return KWA_MAP_THEME_DARK;
  return KWA_MAP_THEME_LIGHT;
}

static void
fill_render_options (KwaMapView       *self,
                     KwaRenderOptions *options)
{
  kwa_render_options_init_default (options);
  options->language = self->language;
  options->theme = current_theme ();
  options->layers = self->layers;
  options->text_scale = self->text_scale;
  options->pulse = self->pulse;
  options->device_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  options->selected = self->selected;
  options->sketch = self->sketch;
  options->line_scale = self->line_scale;
}

static KwaViewport
device_viewport (KwaMapView *self)
{
  KwaViewport device = self->viewport;
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  device.scale *= factor;
  device.width *= factor;
  device.height *= factor;

  return device;
}

static void
prepare_basemap (KwaMapView *self)
{
  KwaViewport device;

  if (self->cache == NULL || !self->has_viewport)
    return;

  device = device_viewport (self);
  kwa_basemap_cache_prepare (self->cache, &device, current_theme ());
}

static gboolean
settle_cb (gpointer user_data)
{
  KwaMapView *self = user_data;

  self->settle_id = 0;
  prepare_basemap (self);

  return G_SOURCE_REMOVE;
}

/* Zooming and panning only move the cached rasters; once input rests, a
 * sharp raster for the new view is made off the main thread. */
static void
view_changed (KwaMapView *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
  g_source_set_name_by_id (self->settle_id, "[kwa] map view settle");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
pulse_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  self->pulse = (double) (now % PULSE_PERIOD_US) / PULSE_PERIOD_US;
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static gboolean
scene_has_active_events (KwaScene *scene)
{
  for (guint i = 0; scene != NULL && i < scene->events->len; i++)
    {
      const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i);

      if (visible->active && visible->event->has_point)
        return TRUE;
    }
  return FALSE;
}

/* Active events pulse, unless the user asked for less motion. */
static void
update_pulse (KwaMapView *self)
{
  gboolean animate = adw_get_enable_animations (GTK_WIDGET (self)) &&
                     gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                     (self->layers & KWA_MAP_LAYER_EVENTS) &&
                     scene_has_active_events (self->scene);

  if (animate && self->pulse_tick_id == 0)
    self->pulse_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), pulse_tick_cb, NULL, NULL);
  else if (!animate && self->pulse_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pulse_tick_id);
      self->pulse_tick_id = 0;
      self->pulse = 0;
    }
}

/* What a screen reader says about the map: the day, what happened, who
 * holds how much. Measuring the shares costs a little, so it is done once
 * the date has rested, not on every frame of playback. */
static char *
describe_scene (KwaMapView *self)
{
  g_autofree char *date = kwa_date_format (self->scene->date, self->language);
  g_autoptr(GString) text = g_string_new (date);
  KwaExhibit *exhibit = kwa_atlas_get_exhibit (self->scene->atlas);

  g_string_append (text, ". ");
  if (self->scene->latest_event != NULL)
    {
      const char *summary = kwa_text_get (&self->scene->latest_event->summary, self->language);

      /* Summaries are sentences already; Korean ones may end in "다." */
      g_string_append (text, summary);
      if (!g_str_has_suffix (summary, ".") && !g_str_has_suffix (summary, "。"))
        g_string_append_c (text, '.');
      g_string_append_c (text, ' ');
    }

  if (self->scene->has_front)
    {
      const KwaSide *north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH);
      const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);

      /* Translators: the sides' names come from the exhibit; the numbers are per cent. */
      g_string_append_printf (text, kwa_gettext_in (self->language, N_("%s holds %.0f %% of the peninsula, %s %.0f %%.")),
                              kwa_text_get (&north->name, self->language),
                              100 * kwa_scene_get_share (self->scene, KWA_SIDE_NORTH),
                              kwa_text_get (&south->name, self->language),
                              100 * kwa_scene_get_share (self->scene, KWA_SIDE_SOUTH));
    }
  else
    g_string_append (text, kwa_gettext_in (self->language, N_("Korea is not yet divided.")));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
describe_cb (gpointer user_data)
{
  KwaMapView *self = user_data;
  g_autofree char *description = NULL;

  self->describe_id = 0;
  if (self->scene == NULL)
    return G_SOURCE_REMOVE;

  description = describe_scene (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return G_SOURCE_REMOVE;
}

static void
schedule_description (KwaMapView *self)
{
  g_clear_handle_id (&self->describe_id, g_source_remove);
  self->describe_id = g_timeout_add (250, describe_cb, self);
  g_source_set_name_by_id (self->describe_id, "[kwa] describe map");
}

static void
update_scene (KwaMapView *self)
{
  g_clear_pointer (&self->scene, kwa_scene_unref);

  if (self->document != NULL)
    self->scene = kwa_scene_new (kwa_map_document_get_atlas (self->document), self->time);

  update_pulse (self);
  schedule_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cache_changed_cb (KwaMapView      *self,
                  KwaBasemapCache *cache)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (KwaMapView *self)
{
  prepare_basemap (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- drawing ---------------------------------------------------------- */

static void
ensure_viewport (KwaMapView *self,
                 int         width,
                 int         height)
{
  if (self->cache == NULL || width <= 0 || height <= 0)
    return;

  if (!self->has_viewport)
    {
      kwa_viewport_init_fit (&self->viewport, &self->extent, width, height);
      self->has_viewport = TRUE;
      if (self->has_pending_view)
        {
          self->has_pending_view = FALSE;
          self->viewport.center_x = self->pending_x;
          self->viewport.center_y = self->pending_y;
          kwa_viewport_set_zoom (&self->viewport, &self->extent, self->pending_zoom);
        }
      view_changed (self);
    }
  else if (self->viewport.width != width || self->viewport.height != height)
    {
      kwa_viewport_resize (&self->viewport, &self->extent, width, height);
      view_changed (self);
    }
}

static void
draw_coordinates (KwaMapView *self,
                  cairo_t    *cr)
{
  const KwaProjection *projection;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  double map_x, map_y, lon, lat;
  int width, height;

  if (!self->show_coordinates || !self->has_pointer || self->document == NULL)
    return;

  projection = kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document));
  kwa_viewport_pixel_to_map (&self->viewport, self->pointer_x, self->pointer_y, &map_x, &map_y);
  kwa_projection_from_svg (projection, map_x, map_y, &lon, &lat);

  /* GeoJSON order, ready to paste into the exhibit file. */
  text = g_strdup_printf ("[%.3f, %.3f]", lon, lat);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_save (cr);
  cairo_rectangle (cr, self->pointer_x + 14, self->pointer_y + 14, width + 12, height + 8);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.75);
  cairo_fill (cr);
  cairo_move_to (cr, self->pointer_x + 20, self->pointer_y + 18);
  cairo_set_source_rgb (cr, 1, 1, 1);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* A map needs room to be read, so it asks for a natural size: the
 * window's flap, folding by natural sizes, then lays the panels over a
 * narrow window's map instead of squeezing the map beside them. The
 * minimum stays small: the window can still shrink. */
#define NATURAL_WIDTH  480
#define NATURAL_HEIGHT 420

static void
kwa_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? NATURAL_WIDTH : NATURAL_HEIGHT;
}

static void
kwa_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GError) error = NULL;
  KwaRenderOptions options;
  cairo_t *cr;

  if (self->renderer == NULL || width <= 0 || height <= 0)
    return;

  ensure_viewport (self, width, height);

  fill_render_options (self, &options);

  /* The very first frame has no raster to scale: make one now rather than
   * show an empty sea, in every tint this day shows (before the division,
   * the untinted land too) at once. */
  if (kwa_basemap_cache_get_n_renders (self->cache) == 0)
    {
      KwaViewport device = device_viewport (self);

      kwa_basemap_cache_want_tints (self->cache, kwa_map_renderer_get_tints (self->renderer, self->scene, &options));
      kwa_basemap_cache_prepare_sync (self->cache, &device, current_theme ());
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!kwa_map_renderer_draw (self->renderer, cr, &self->viewport, self->scene, &options, &error))
    g_warning ("Could not draw the map: %s", error->message);
  draw_coordinates (self, cr);
  cairo_destroy (cr);
}

/* ---- view changes ----------------------------------------------------- */

/* Ends a glide where it was going. (Skipping an animation that is not
 * playing would run it to its end with stale endpoints.) */
static void
finish_view_animation (KwaMapView *self)
{
  if (self->view_animation != NULL &&
      adw_animation_get_state (self->view_animation) == ADW_ANIMATION_PLAYING)
    adw_animation_skip (self->view_animation);
}

static void
zoom_at (KwaMapView *self,
         double      factor,
         double      x,
         double      y)
{
  if (!self->has_viewport)
    return;

  finish_view_animation (self);

  kwa_viewport_zoom_at (&self->viewport, &self->extent, factor, x, y);
  view_changed (self);
}

static void
pan_by (KwaMapView *self,
        double      dx,
        double      dy)
{
  if (!self->has_viewport)
    return;

  kwa_viewport_pan (&self->viewport, &self->extent, dx, dy);
  view_changed (self);
}

static void
view_animation_value_cb (double   value,
                         gpointer user_data)
{
  KwaMapView *self = user_data;
  double zoom;

  /* Zoom moves in log space so a zoom from 1 to 8 feels even. */
  zoom = exp (log (self->from_zoom) + (log (self->to_zoom) - log (self->from_zoom)) * value);
  self->viewport.center_x = self->from_x + (self->to_x - self->from_x) * value;
  self->viewport.center_y = self->from_y + (self->to_y - self->from_y) * value;
  kwa_viewport_set_zoom (&self->viewport, &self->extent, zoom);
  view_changed (self);
}

static void
animate_to (KwaMapView *self,
            double      map_x,
            double      map_y,
            double      zoom,
            gboolean    animate)
{
  if (!self->has_viewport)
    {
      self->has_pending_view = TRUE;
      self->pending_x = map_x;
      self->pending_y = map_y;
      self->pending_zoom = zoom;
      return;
    }

  finish_view_animation (self);

  self->from_x = self->viewport.center_x;
  self->from_y = self->viewport.center_y;
  self->from_zoom = kwa_viewport_get_zoom (&self->viewport, &self->extent);
  self->to_x = map_x;
  self->to_y = map_y;
  self->to_zoom = CLAMP (zoom, KWA_VIEWPORT_MIN_ZOOM, KWA_VIEWPORT_MAX_ZOOM);

  if (!animate)
    {
      view_animation_value_cb (1.0, self);
      return;
    }

  /* AdwAnimation jumps straight to the end when animations are off. */
  adw_animation_reset (self->view_animation);
  adw_animation_play (self->view_animation);
}

/* ---- input ------------------------------------------------------------ */

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KwaMapView               *self)
{
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (controller);
  double factor;

  /* A wheel notch zooms one step; a touchpad zooms in proportion. */
  if (unit == GDK_SCROLL_UNIT_WHEEL)
    factor = pow (ZOOM_STEP, -dy);
  else
    factor = exp (-dy * 0.01);

  if (self->has_pointer)
    zoom_at (self, factor, self->pointer_x, self->pointer_y);
  else
    zoom_at (self, factor, self->viewport.width / 2, self->viewport.height / 2);

  return GDK_EVENT_STOP;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KwaMapView               *self)
{
  KwaMapHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit.kind != KWA_MAP_HIT_NONE ? "pointer" : NULL);
  if (self->show_coordinates)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          KwaMapView               *self)
{
  self->has_pointer = FALSE;
  if (self->show_coordinates)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
stop_kinetic (KwaMapView *self)
{
  if (self->kinetic_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_tick_id);
      self->kinetic_tick_id = 0;
    }
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               KwaMapView     *self)
{
  if (self->pen_active && self->sketch != NULL && self->has_viewport)
    {
      KwaMapPoint start;

      kwa_viewport_pixel_to_map (&self->viewport, x, y, &start.x, &start.y);
      kwa_sketch_begin_stroke (self->sketch, &self->pen_color, 4.0, &start);
      self->drawing = TRUE;
      self->drag_last_x = x;
      self->drag_last_y = y;
      return;
    }

  self->drawing = FALSE;
  stop_kinetic (self);
  finish_view_animation (self);
  self->drag_last_x = 0;
  self->drag_last_y = 0;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                KwaMapView     *self)
{
  if (self->drawing)
    {
      double start_x, start_y;
      KwaMapPoint point;

      gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
      kwa_viewport_pixel_to_map (&self->viewport, start_x + offset_x, start_y + offset_y,
                                 &point.x, &point.y);
      kwa_sketch_extend_stroke (self->sketch, &point);
      return;
    }

  pan_by (self, offset_x - self->drag_last_x, offset_y - self->drag_last_y);
  self->drag_last_x = offset_x;
  self->drag_last_y = offset_y;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last_us) / (double) G_USEC_PER_SEC;
  double decay;

  self->kinetic_last_us = now;
  if (dt <= 0)
    return G_SOURCE_CONTINUE;

  pan_by (self, self->kinetic_vx * dt, self->kinetic_vy * dt);
  decay = exp (-dt / KINETIC_TIME_CONSTANT);
  self->kinetic_vx *= decay;
  self->kinetic_vy *= decay;

  if (hypot (self->kinetic_vx, self->kinetic_vy) < KINETIC_MIN_SPEED)
    {
      self->kinetic_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
swipe_cb (GtkGestureSwipe *gesture,
          double           velocity_x,
          double           velocity_y,
          KwaMapView      *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->drawing || hypot (velocity_x, velocity_y) < KINETIC_MIN_SPEED * 4)
    return;

  /* A glide after a fling is motion too: not with reduced motion. */
  if (!adw_get_enable_animations (GTK_WIDGET (self)))
    return;

  stop_kinetic (self);
  self->kinetic_vx = velocity_x;
  self->kinetic_vy = velocity_y;
  self->kinetic_last_us = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               KwaMapView       *self)
{
  stop_kinetic (self);
  self->zoom_gesture_start_zoom = kwa_viewport_get_zoom (&self->viewport, &self->extent);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       KwaMapView     *self)
{
  double x, y, target, factor;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = self->viewport.width / 2;
      y = self->viewport.height / 2;
    }

  target = self->zoom_gesture_start_zoom * scale;
  factor = target / kwa_viewport_get_zoom (&self->viewport, &self->extent);
  zoom_at (self, factor, x, y);
}

static void
activate_record (KwaMapView *self,
                 KwaMapHit   hit)
{
  self->selected = hit.record;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RECORD_ACTIVATED], 0, (int) hit.kind, hit.record);
}

static void
copy_coordinates (KwaMapView *self,
                  double      x,
                  double      y)
{
  const KwaProjection *projection = kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document));
  g_autofree char *text = NULL;
  double map_x, map_y, lon, lat;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
  kwa_projection_from_svg (projection, map_x, map_y, &lon, &lat);
  text = g_strdup_printf ("[%.3f, %.3f]", lon, lat);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  KwaMapView      *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2)
    {
      double map_x, map_y;

      /* Double-click (or double-tap) zooms in around the point. */
      kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
      animate_to (self,
                  self->viewport.center_x + (map_x - self->viewport.center_x) * (1 - 1 / ZOOM_STEP),
                  self->viewport.center_y + (map_y - self->viewport.center_y) * (1 - 1 / ZOOM_STEP),
                  kwa_viewport_get_zoom (&self->viewport, &self->extent) * ZOOM_STEP, TRUE);
    }
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KwaMapView      *self)
{
  KwaMapHit hit;

  if (n_press != 1 || self->document == NULL)
    return;

  if (self->show_coordinates)
    {
      copy_coordinates (self, x, y);
      return;
    }

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  if (hit.kind != KWA_MAP_HIT_NONE)
    activate_record (self, hit);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);
  KwaMapHit hit;
  const KwaText *text = NULL;

  if (keyboard || self->renderer == NULL)
    return FALSE;

  hit = kwa_map_renderer_hit_test (self->renderer, x, y);
  switch (hit.kind)
    {
    case KWA_MAP_HIT_EVENT:
      text = &((const KwaEvent *) hit.record)->title;
      break;
    case KWA_MAP_HIT_MOVEMENT:
      text = &((const KwaMovement *) hit.record)->unit;
      break;
    case KWA_MAP_HIT_PLACE:
      text = &((const KwaPlace *) hit.record)->name;
      break;
    case KWA_MAP_HIT_NONE:
    default:
      return FALSE;
    }

  kwa_tooltip_set_text (tooltip, widget, kwa_text_get (text, self->language));
  return TRUE;
}

/* ---- actions ---------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);

  animate_to (self, self->viewport.center_x, self->viewport.center_y,
              kwa_viewport_get_zoom (&self->viewport, &self->extent) * ZOOM_STEP, TRUE);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);

  animate_to (self, self->viewport.center_x, self->viewport.center_y,
              kwa_viewport_get_zoom (&self->viewport, &self->extent) / ZOOM_STEP, TRUE);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kwa_map_view_reset_view (KWA_MAP_VIEW (widget), TRUE);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  pan_by (KWA_MAP_VIEW (widget), -dx * PAN_STEP, -dy * PAN_STEP);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_map_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kwa_map_view_parent_class)->map (widget);
  update_pulse (KWA_MAP_VIEW (widget));
}

static void
kwa_map_view_unmap (GtkWidget *widget)
{
  KwaMapView *self = KWA_MAP_VIEW (widget);

  stop_kinetic (self);
  GTK_WIDGET_CLASS (kwa_map_view_parent_class)->unmap (widget);
  update_pulse (self);
}

static void
kwa_map_view_dispose (GObject *object)
{
  KwaMapView *self = KWA_MAP_VIEW (object);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->describe_id, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->style_notify_ids); i++)
    g_clear_signal_handler (&self->style_notify_ids[i], style);
  if (self->cache != NULL)
    g_clear_signal_handler (&self->cache_changed_id, self->cache);
  g_clear_object (&self->view_animation);
  if (self->sketch != NULL)
    g_clear_signal_handler (&self->sketch_changed_id, self->sketch);
  g_clear_object (&self->sketch);
  g_clear_pointer (&self->scene, kwa_scene_unref);
  g_clear_object (&self->renderer);
  g_clear_object (&self->cache);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (kwa_map_view_parent_class)->dispose (object);
}

static void
kwa_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwaMapView *self = KWA_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TIME:
      g_value_set_double (value, self->time);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_LAYERS:
      g_value_set_uint (value, self->layers);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, kwa_map_view_get_zoom (self));
      break;
    case PROP_SHOW_COORDINATES:
      g_value_set_boolean (value, self->show_coordinates);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwaMapView *self = KWA_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kwa_map_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_TIME:
      kwa_map_view_set_time (self, g_value_get_double (value));
      break;
    case PROP_LANGUAGE:
      kwa_map_view_set_language (self, g_value_get_enum (value));
      break;
    case PROP_LAYERS:
      kwa_map_view_set_layers (self, g_value_get_uint (value));
      break;
    case PROP_TEXT_SCALE:
      kwa_map_view_set_text_scale (self, g_value_get_double (value));
      break;
    case PROP_SHOW_COORDINATES:
      kwa_map_view_set_show_coordinates (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_map_view_class_init (KwaMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_map_view_dispose;
  object_class->get_property = kwa_map_view_get_property;
  object_class->set_property = kwa_map_view_set_property;

  widget_class->measure = kwa_map_view_measure;
  widget_class->snapshot = kwa_map_view_snapshot;
  widget_class->map = kwa_map_view_map;
  widget_class->unmap = kwa_map_view_unmap;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KWA_TYPE_MAP_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_double ("time", NULL, NULL, -1e7, 1e7, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KWA_TYPE_LANGUAGE, KWA_LANGUAGE_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYERS] =
    g_param_spec_uint ("layers", NULL, NULL, 0, KWA_MAP_LAYERS_ALL, KWA_MAP_LAYERS_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, 0.5, 3.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, 100, 1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_COORDINATES] =
    g_param_spec_boolean ("show-coordinates", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwaMapView::record-activated:
   * @kind: a #KwaMapHitKind
   * @record: the KwaEvent, KwaMovement or KwaPlace clicked or tapped
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_POINTER);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(ii)", pan_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "map.pan", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "map.pan", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "map.pan", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "map.pan", "(ii)", 0, 1);

  gtk_widget_class_set_css_name (widget_class, "mapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kwa_map_view_init (KwaMapView *self)
{
  GtkEventController *controller;
  GtkGesture *drag, *zoom, *swipe, *click;
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->language = KWA_LANGUAGE_EN;
  self->layers = KWA_MAP_LAYERS_ALL;
  self->text_scale = 1.0;
  self->line_scale = 1.0;
  self->pen_color = (KwaColor) { 0.85, 0.15, 0.15 };

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Map of Korea"));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  swipe = gtk_gesture_swipe_new ();
  g_signal_connect (swipe, "swipe", G_CALLBACK (swipe_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (swipe));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, drag);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  self->view_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 600,
                                                  adw_callback_animation_target_new (view_animation_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->view_animation), ADW_EASE_IN_OUT_CUBIC);

  self->style_notify_ids[0] = g_signal_connect_swapped (style, "notify::dark", G_CALLBACK (style_changed_cb), self);
  self->style_notify_ids[1] = g_signal_connect_swapped (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
kwa_map_view_new (void)
{
  return g_object_new (KWA_TYPE_MAP_VIEW, NULL);
}

KwaMapDocument *
kwa_map_view_get_document (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->document;
}

/**
 * kwa_map_view_set_document:
 *
 * Shows another exhibit (a hot reload), keeping the view and the time when
 * the basemap is the same size.
 */
void
kwa_map_view_set_document (KwaMapView     *self,
                           KwaMapDocument *document)
{
  KwaMapRect extent;

  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (document == NULL || KWA_IS_MAP_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->cache != NULL)
    g_clear_signal_handler (&self->cache_changed_id, self->cache);
  g_clear_object (&self->renderer);
  g_clear_object (&self->cache);
  g_set_object (&self->document, document);
  self->selected = NULL;

  if (document != NULL)
    {
      self->cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      self->cache_changed_id = g_signal_connect_swapped (self->cache, "changed",
                                                         G_CALLBACK (cache_changed_cb), self);
      self->renderer = kwa_map_renderer_new (self->cache);

      kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
      if (memcmp (&extent, &self->extent, sizeof extent) != 0)
        self->has_viewport = FALSE;
      self->extent = extent;
    }

  update_scene (self);
  prepare_basemap (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

double
kwa_map_view_get_time (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 0);
  return self->time;
}

/* A new time is drawn on the next frame: the scene is a few blends and a
 * polygon, cheap enough to make at once. */
void
kwa_map_view_set_time (KwaMapView *self,
                       double      time)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->time == time)
    return;

  self->time = time;
  update_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

KwaScene *
kwa_map_view_get_scene (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->scene;
}

KwaLanguage
kwa_map_view_get_language (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), KWA_LANGUAGE_EN);
  return self->language;
}

void
kwa_map_view_set_language (KwaMapView  *self,
                           KwaLanguage  language)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->language == language)
    return;

  self->language = language;
  schedule_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

KwaMapLayers
kwa_map_view_get_layers (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 0);
  return self->layers;
}

void
kwa_map_view_set_layers (KwaMapView   *self,
                         KwaMapLayers  layers)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->layers == layers)
    return;

  self->layers = layers;
  update_pulse (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYERS]);
}

double
kwa_map_view_get_text_scale (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 1.0);
  return self->text_scale;
}

void
kwa_map_view_set_text_scale (KwaMapView *self,
                             double      text_scale)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->text_scale == text_scale)
    return;

  self->text_scale = text_scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

double
kwa_map_view_get_zoom (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 1.0);

  if (!self->has_viewport)
    return 1.0;

  return kwa_viewport_get_zoom (&self->viewport, &self->extent);
}

void
kwa_map_view_get_center (KwaMapView *self,
                         KwaLonLat  *center)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (center != NULL && self->document != NULL);

  kwa_projection_from_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                           self->viewport.center_x, self->viewport.center_y,
                           &center->lon, &center->lat);
}

/**
 * kwa_map_view_go_to:
 * @zoom: 1 shows the whole peninsula, up to 8
 * @animate: glide there (instant when animations are off)
 */
void
kwa_map_view_go_to (KwaMapView *self,
                    KwaLonLat   center,
                    double      zoom,
                    gboolean    animate)
{
  double x, y;

  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->document == NULL)
    return;

  kwa_projection_to_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                         center.lon, center.lat, &x, &y);
  animate_to (self, x, y, zoom, animate);
}

void
kwa_map_view_reset_view (KwaMapView *self,
                         gboolean    animate)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  animate_to (self, self->extent.x + self->extent.width / 2,
              self->extent.y + self->extent.height / 2, 1.0, animate);
}

gconstpointer
kwa_map_view_get_selected (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->selected;
}

void
kwa_map_view_set_selected (KwaMapView    *self,
                           gconstpointer  record)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->selected == record)
    return;

  self->selected = record;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
kwa_map_view_get_show_coordinates (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  return self->show_coordinates;
}

void
kwa_map_view_set_show_coordinates (KwaMapView *self,
                                   gboolean    show)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  show = !!show;
  if (self->show_coordinates == show)
    return;

  self->show_coordinates = show;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), show ? "crosshair" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_COORDINATES]);
}

KwaMapHit
kwa_map_view_hit_test (KwaMapView *self,
                       double      x,
                       double      y)
{
  KwaMapHit none = { KWA_MAP_HIT_NONE, NULL };

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), none);

  if (self->renderer == NULL)
    return none;

  return kwa_map_renderer_hit_test (self->renderer, x, y);
}

gboolean
kwa_map_view_is_basemap_ready (KwaMapView *self)
{
  KwaViewport device;

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);

  if (self->cache == NULL || !self->has_viewport)
    return FALSE;

  device = device_viewport (self);
  return kwa_basemap_cache_is_ready (self->cache, &device, current_theme ());
}

/* Where a place on the earth is in the widget, as last drawn. */
gboolean
kwa_map_view_lonlat_to_widget (KwaMapView *self,
                               KwaLonLat   point,
                               double     *x,
                               double     *y)
{
  double map_x, map_y;

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);

  if (self->document == NULL || !self->has_viewport)
    return FALSE;

  kwa_projection_to_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                         point.lon, point.lat, &map_x, &map_y);
  kwa_viewport_map_to_pixel (&self->viewport, map_x, map_y, x, y);

  return TRUE;
}

gboolean
kwa_map_view_widget_to_lonlat (KwaMapView *self,
                               double      x,
                               double      y,
                               KwaLonLat  *point)
{
  double map_x, map_y;

  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);

  if (self->document == NULL || !self->has_viewport)
    return FALSE;

  kwa_viewport_pixel_to_map (&self->viewport, x, y, &map_x, &map_y);
  kwa_projection_from_svg (kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                           map_x, map_y, &point->lon, &point->lat);

  return TRUE;
}

KwaBasemapCache *
kwa_map_view_get_basemap_cache (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->cache;
}

KwaSketch *
kwa_map_view_get_sketch (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->sketch;
}

static void
sketch_changed_cb (KwaMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The sketch is shared by every view of the application (the laptop and
 * the projector): each view only draws it, and draws into it with the pen. */
void
kwa_map_view_set_sketch (KwaMapView *self,
                         KwaSketch  *sketch)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (sketch == NULL || KWA_IS_SKETCH (sketch));

  if (self->sketch == sketch)
    return;

  if (self->sketch != NULL)
    g_clear_signal_handler (&self->sketch_changed_id, self->sketch);
  g_set_object (&self->sketch, sketch);
  if (sketch != NULL)
    self->sketch_changed_id = g_signal_connect_swapped (sketch, "changed", G_CALLBACK (sketch_changed_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
kwa_map_view_get_pen_active (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  return self->pen_active;
}

void
kwa_map_view_set_pen_active (KwaMapView *self,
                             gboolean    active)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  self->pen_active = !!active;
  self->drawing = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), active ? "crosshair" : NULL);
}

void
kwa_map_view_set_pen_color (KwaMapView     *self,
                            const KwaColor *color)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (color != NULL);

  self->pen_color = *color;
}

double
kwa_map_view_get_line_scale (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 1.0);
  return self->line_scale;
}

/* Thicker lines for a projector in a bright room. */
void
kwa_map_view_set_line_scale (KwaMapView *self,
                             double      line_scale)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  self->line_scale = CLAMP (line_scale, 1.0, 3.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* What the view shows and how, so an export can draw exactly that. */
gboolean
kwa_map_view_get_viewport (KwaMapView  *self,
                           KwaViewport *viewport)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (viewport != NULL, FALSE);

  if (!self->has_viewport)
    return FALSE;

  *viewport = self->viewport;
  return TRUE;
}

void
kwa_map_view_get_render_options (KwaMapView       *self,
                                 KwaRenderOptions *options)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  fill_render_options (self, options);
  options->pulse = 0;
  options->device_scale = 1;
}

/**
 * kwa_map_view_show_tour_view:
 *
 * Frames a tour stop's view: a centre and a zoom, or a box in degrees
 * fitted to the view (kwa_tour_view_frame(), as the handout frames it).
 */
void
kwa_map_view_show_tour_view (KwaMapView        *self,
                             const KwaTourView *view,
                             gboolean           animate)
{
  KwaMapPoint center;
  double zoom;

  g_return_if_fail (KWA_IS_MAP_VIEW (self));
  g_return_if_fail (view != NULL);

  if (self->document == NULL)
    return;

  /* The size the widget has now, which the view takes at its next frame. */
  kwa_tour_view_frame (view, kwa_basemap_get_projection (kwa_map_document_get_basemap (self->document)),
                       &self->extent, gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), &center, &zoom);
  animate_to (self, center.x, center.y, zoom, animate);
}
