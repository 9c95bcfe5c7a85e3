/* kwa-map-view-snapshot.c: how the map view draws
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-map-view"

#include "config.h"

#include "kwa-basemap-cache.h"
#include "kwa-map-view-private.h"

/* Every frame is the one renderer's: the cached basemap raster, scaled to
 * the view, and the day's overlays over it. The raster is made afresh off
 * the main thread once the view rests (see kwa_map_view_viewport_changed),
 * in the device's pixels and the style's theme. */

/* ---- what is drawn, and how ------------------------------------------- */

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
  options->legend_collapsed = self->legend_collapsed;
  options->pulse = self->pulse;
  options->device_scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  options->selected = self->selected;
  options->sketch = self->sketch;
  options->line_scale = self->line_scale;
  options->label_scale = self->label_scale;
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

void
kwa_map_view_prepare_basemap (KwaMapView *self)
{
  KwaViewport device;

  if (self->cache == NULL || !self->has_viewport)
    return;

  device = device_viewport (self);
  kwa_basemap_cache_prepare (self->cache, &device, current_theme ());
}

/* ---- the frame -------------------------------------------------------- */

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

void
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

void
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

  kwa_map_view_ensure_viewport (self, width, height);

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

/* ---- public API ------------------------------------------------------- */

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

KwaBasemapCache *
kwa_map_view_get_basemap_cache (KwaMapView *self)
{
  g_return_val_if_fail (KWA_IS_MAP_VIEW (self), NULL);
  return self->cache;
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
