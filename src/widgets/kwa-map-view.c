/* kwa-map-view.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kwa-basemap-cache.h"
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include "kwa-map-view-private.h"

/* The map: the cached basemap and the day's overlays, drawn through the
 * one renderer. Input follows libshumate: drag pans (with a kinetic glide
 * after a swipe), scroll and pinch zoom around the pointer, double-click
 * zooms in; +, −, 0 and the arrows do the same from the keyboard.
 *
 * This file holds the state and the properties. The rest, sharing the
 * struct in kwa-map-view-private.h, is by concern: -camera.c (the view
 * and the glides between views), -input.c, -pen.c (drawing into the
 * sketch), -snapshot.c and -description.c (for screen readers). */

/* How long input must rest before the basemap is rasterised afresh. */
#define SETTLE_MS 150
#define PULSE_PERIOD_US (1500 * 1000)

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
  PROP_LEGEND_COLLAPSED,
  N_PROPS
};

enum {
  RECORD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- state ------------------------------------------------------------ */

static gboolean
settle_cb (gpointer user_data)
{
  KwaMapView *self = user_data;

  self->settle_id = 0;
  kwa_map_view_prepare_basemap (self);

  return G_SOURCE_REMOVE;
}

/* Zooming and panning only move the cached rasters; once input rests, a
 * sharp raster for the new view is made off the main thread. */
void
kwa_map_view_viewport_changed (KwaMapView *self)
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

static void
update_scene (KwaMapView *self)
{
  g_clear_pointer (&self->scene, kwa_scene_unref);

  if (self->document != NULL)
    self->scene = kwa_scene_new (kwa_map_document_get_atlas (self->document), self->time);

  update_pulse (self);
  kwa_map_view_schedule_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cache_changed_cb (KwaMapView      *self,
                  KwaBasemapCache *cache)
{
  /* A raster landed. The cache asks for the overview only once the
   * detail is in ("asked again when this detail lands"): ask now, or a
   * resized map (the kiosk's caption band changing height) keeps a
   * stale overview for good. Nothing is asked when both are current. */
  kwa_map_view_prepare_basemap (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (KwaMapView *self)
{
  kwa_map_view_prepare_basemap (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A click or tap on a record selects it; the window shows it. */
void
kwa_map_view_activate_record (KwaMapView *self,
                              KwaMapHit   hit)
{
  self->selected = hit.record;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RECORD_ACTIVATED], 0, (int) hit.kind, hit.record);
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

  kwa_map_view_stop_kinetic (self);
  kwa_map_view_release_frames (self);
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
  g_clear_handle_id (&self->prepare_labels_id, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->style_notify_ids); i++)
    g_clear_signal_handler (&self->style_notify_ids[i], style);
  if (self->cache != NULL)
    g_clear_signal_handler (&self->cache_changed_id, self->cache);
  g_clear_object (&self->view_animation);
  if (self->sketch != NULL)
    g_clear_signal_handler (&self->sketch_changed_id, self->sketch);
  g_clear_object (&self->sketch);
  g_clear_pointer (&self->scene, kwa_scene_unref);
  kwa_map_view_release_frames (self);
  g_clear_pointer (&self->tiles, kwa_frame_tiles_free);
  g_clear_pointer (&self->changed, kwa_damage_free);
  g_clear_pointer (&self->covers, g_ptr_array_unref);
  g_clear_object (&self->check_renderer);
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
      g_value_set_uint (value, self->language);
      break;
    case PROP_LAYERS:
      g_value_set_flags (value, self->layers);
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
    case PROP_LEGEND_COLLAPSED:
      g_value_set_boolean (value, self->legend_collapsed);
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
      kwa_map_view_set_language (self, g_value_get_uint (value));
      break;
    case PROP_LAYERS:
      kwa_map_view_set_layers (self, g_value_get_flags (value));
      break;
    case PROP_TEXT_SCALE:
      kwa_map_view_set_text_scale (self, g_value_get_double (value));
      break;
    case PROP_SHOW_COORDINATES:
      kwa_map_view_set_show_coordinates (self, g_value_get_boolean (value));
      break;
    case PROP_LEGEND_COLLAPSED:
      kwa_map_view_set_legend_collapsed (self, g_value_get_boolean (value));
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
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYERS] =
    g_param_spec_flags ("layers", NULL, NULL, KWA_TYPE_MAP_LAYERS, KWA_MAP_LAYERS_ALL,
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
  /* The legend as its header alone; a click on the header toggles it. */
  properties[PROP_LEGEND_COLLAPSED] =
    g_param_spec_boolean ("legend-collapsed", NULL, NULL, FALSE,
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

  kwa_map_view_class_init_camera (widget_class);


  gtk_widget_class_set_css_name (widget_class, "mapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kwa_map_view_init (KwaMapView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->language = kwa_language_get_source ();
  self->layers = KWA_MAP_LAYERS_ALL;
  self->text_scale = 1.0;
  self->line_scale = 1.0;
  self->label_scale = 1.0;
  self->legend_scale = 1.0;
  self->pen_color = (KwaColor) { 0.85, 0.15, 0.15 };

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Map of Korea"));

  kwa_map_view_init_input (self);
  kwa_map_view_init_camera (self);

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
 * kwa_map_view_render_threads:
 * @n_processors: the machine's
 *
 * How many threads the view's frames are drawn with. Exports and
 * benchmarks draw frames back to back, and two bands on two cores halve
 * them. A window's frames come 16 ms apart: the band thread has gone to
 * sleep by the next, and waking it costs about what its band saves, while
 * on two cores the second is the display server's, putting the last frame
 * on screen. Measured on the reference machine (2 cores, Xvfb, 2026-12-06),
 * scrubbing from the start at 1920x1080 the work p95 was 2.1–2.3 ms in one
 * band against 2.3–3.4 in two, six runs each, and the same within noise
 * through the war of movement and at 3840x2160. So two bands only where a
 * core is left for the display server.
 *
 * Returns: 1 or 2
 */
guint
kwa_map_view_render_threads (guint n_processors)
{
  return n_processors > 2 ? 2 : 1;
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
  KwaMapExtent extent;

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
      kwa_map_renderer_set_max_threads (self->renderer, kwa_map_view_render_threads (g_get_num_processors ()));

      kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
      if (memcmp (&extent, &self->extent, sizeof extent) != 0)
        self->has_viewport = FALSE;
      self->extent = extent;
    }

  update_scene (self);
  kwa_map_view_prepare_basemap (self);
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
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), kwa_language_get_source ());
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
  kwa_map_view_schedule_description (self);
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

gboolean
kwa_map_view_get_legend_collapsed (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), FALSE);
  return self->legend_collapsed;
}

void
kwa_map_view_set_legend_collapsed (KwaMapView *self,
                                   gboolean    collapsed)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  collapsed = !!collapsed;
  if (self->legend_collapsed == collapsed)
    return;

  self->legend_collapsed = collapsed;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_COLLAPSED]);
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

double
kwa_map_view_get_label_scale (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), 1.0);
  return self->label_scale;
}

/* Bigger labels for a room: a kiosk or a projected audience window is read
 * from a metre or two, where the desk's 12 px names are a blur. Only the
 * map's names and unit labels grow; the placer then keeps fewer of them,
 * the most important first. */
/**
 * kwa_map_view_drop_caches:
 *
 * Forgets what the map's renderer keeps between frames (shaped labels,
 * sprites); the next frame makes them again.
 */
void
kwa_map_view_drop_caches (KwaMapView *self)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  kwa_map_renderer_drop_caches (self->renderer);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kwa_map_view_set_label_scale (KwaMapView *self,
                              double      label_scale)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  label_scale = CLAMP (label_scale, 1.0, 3.0);
  if (self->label_scale == label_scale)
    return;
  self->label_scale = label_scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kwa_map_view_set_legend_elsewhere:
 * @elsewhere: whether the legend is shown beside the map
 *
 * Leaves the legend off the map while another widget shows it (the
 * kiosk's caption column, see #KwaMapKey), whatever the layers say.
 */
void
kwa_map_view_set_legend_elsewhere (KwaMapView *self,
                                   gboolean    elsewhere)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  if (self->legend_elsewhere == !!elsewhere)
    return;
  self->legend_elsewhere = !!elsewhere;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kwa_map_view_set_legend_scale:
 * @legend_scale: 1 at a desk; larger for a kiosk read from a room
 */
void
kwa_map_view_set_legend_scale (KwaMapView *self,
                               double      legend_scale)
{
  g_return_if_fail (KWA_IS_MAP_VIEW (self));

  legend_scale = CLAMP (legend_scale, 1.0, 3.0);
  if (self->legend_scale == legend_scale)
    return;
  self->legend_scale = legend_scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
