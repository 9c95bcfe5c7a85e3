/* kwa-test-render.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-test-render.h"

/* Returns the fraction of differing pixels; fills @diff with them in red. */
double
kwa_test_compare_images (cairo_surface_t *drawn,
                         cairo_surface_t *reference,
                         cairo_surface_t *diff)
{
  int width = cairo_image_surface_get_width (drawn);
  int height = cairo_image_surface_get_height (drawn);
  int stride_a = cairo_image_surface_get_stride (drawn);
  int stride_b = cairo_image_surface_get_stride (reference);
  int stride_d = cairo_image_surface_get_stride (diff);
  const guchar *a = cairo_image_surface_get_data (drawn);
  const guchar *b = cairo_image_surface_get_data (reference);
  guchar *d = cairo_image_surface_get_data (diff);
  guint64 differing = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint32 pa = *(const guint32 *) (a + y * stride_a + 4 * x);
        const guint32 pb = *(const guint32 *) (b + y * stride_b + 4 * x);
        guint32 *pd = (guint32 *) (d + y * stride_d + 4 * x);
        int worst = 0;

        for (int shift = 0; shift < 24; shift += 8)
          worst = MAX (worst, ABS ((int) ((pa >> shift) & 0xff) - (int) ((pb >> shift) & 0xff)));

        if (worst > KWA_TEST_CHANNEL_TOLERANCE)
          {
            differing++;
            *pd = 0xffff0000;
          }
        else
          *pd = 0xff000000 | ((pa & 0xfefefe) >> 1);   /* the drawing, dimmed */
      }

  cairo_surface_mark_dirty (diff);

  return (double) differing / ((double) width * height);
}

/* @scene drawn onto a new image the view's size, straight or through a
 * recording (as the widget draws) replayed onto it. */
cairo_surface_t *
kwa_test_draw_scene (KwaMapRenderer         *renderer,
                     const KwaViewport      *viewport,
                     KwaScene               *scene,
                     const KwaRenderOptions *options,
                     gboolean                through_recording)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface, *target;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) viewport->width, (int) viewport->height);
  target = through_recording ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL)
                             : cairo_surface_reference (surface);
  cr = cairo_create (target);
  g_assert_true (kwa_map_renderer_draw (renderer, cr, viewport, scene, options, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);

  if (through_recording)
    {
      cr = cairo_create (surface);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (target);
  cairo_surface_flush (surface);

  return surface;
}

/* The day @iso names, which the test writes right. */
KwaDate
kwa_test_day (const char *iso)
{
  KwaDate date;

  g_assert_true (kwa_date_parse (iso, &date));
  return date;
}

/* @day of @document, only @layers, drawn as kwa_test_draw_scene() draws. */
cairo_surface_t *
kwa_test_render_day (KwaMapDocument    *document,
                     KwaMapRenderer    *renderer,
                     const KwaViewport *viewport,
                     const char        *day,
                     gboolean           through_recording,
                     KwaMapLayers       layers)
{
  g_autoptr(KwaScene) scene = NULL;
  KwaRenderOptions options;
  KwaDate date;

  g_assert_true (kwa_date_parse (day, &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  kwa_render_options_init_default (&options);
  options.layers = layers;

  return kwa_test_draw_scene (renderer, viewport, scene, &options, through_recording);
}

/* @document's whole map fitted to a view of @width x @height, zoomed in
 * @zoom times (when over 1) about a point south-east of its middle. */
void
kwa_test_fit_view (KwaMapDocument *document,
                   int             width,
                   int             height,
                   double          zoom,
                   KwaViewport    *viewport)
{
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (viewport, &extent, width, height);
  if (zoom > 1)
    kwa_viewport_zoom_at (viewport, &extent, zoom, width * 0.55, height * 0.7);
}
