/* test-render-raster.c: frames onto an image the view's size are composed
 * straight into its pixels (kwa_basemap_cache_compose()), their arrows,
 * arrow outlines and hatching filled straight into them too
 * (KwaShapeFill), and the front and its dashed ghost stroked so
 * (KwaPolylineStroke); anything else (a recording, as the widget draws
 * into, or vector output) paints the tints through cairo clips and fills
 * and strokes the overlays with cairo. The two must look the same: only
 * antialiased edges may differ. And PNG exports are written without
 * cairo, pixel for pixel.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "kwa-basemap-cache-private.h"
#include "kwa-png-writer.h"
#include "kwa-test-loader.h"
#include "kwa-test-render.h"
#include "kwa-test-utils.h"

/* The composed and the painted frame come from two rasterisers, which
 * differ by a level or two along every edge: more pixels may differ
 * between them, never by more than KWA_TEST_CHANNEL_TOLERANCE. A tint off
 * by a few levels changes every pixel of its land (a third of the
 * frame). */
#define PATHS_PIXEL_TOLERANCE 0.005

static KwaMapDocument *document;

static cairo_surface_t *
render_day (KwaMapRenderer    *renderer,
            const KwaViewport *viewport,
            const char        *day,
            gboolean           through_recording)
{
  KwaRenderOptions defaults;

  kwa_render_options_init_default (&defaults);
  return kwa_test_render_day (document, renderer, viewport, day, through_recording, defaults.layers);
}

/* The composed and the painted frame alike, on days with arrows on the
 * move and hatched bands. */
static void
test_composed_like_painted (void)
{
  /* Before the division (no tints), the front crossing the parallel, the
   * Pusan Perimeter with the Incheon beachhead, the Chinese offensives. */
  const char *days[] = { "1945-09-01", "1950-07-10", "1950-09-20", "1950-12-10", "1951-01-24" };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  KwaViewport viewport;
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 960, 540);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      cairo_surface_t *composed = render_day (renderer, &viewport, days[i], FALSE);
      cairo_surface_t *painted = render_day (renderer, &viewport, days[i], TRUE);
      cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
      double fraction = kwa_test_compare_images (composed, painted, diff);

      g_test_message ("%s: %.3f %% of pixels differ", days[i], fraction * 100);
      if (fraction > PATHS_PIXEL_TOLERANCE)
        {
          cairo_surface_write_to_png (composed, "composed.out.png");
          cairo_surface_write_to_png (painted, "painted.out.png");
          cairo_surface_write_to_png (diff, "composed.diff.png");
          g_test_fail_printf ("%s: %.3f %% of pixels differ between the composed and the painted frame; "
                              "see composed.out.png, painted.out.png and composed.diff.png",
                              days[i], fraction * 100);
        }
      cairo_surface_destroy (diff);
      cairo_surface_destroy (painted);
      cairo_surface_destroy (composed);
    }
}

/* How much a frame differs from @base, summed over every channel of
 * every pixel: the "ink" an overlay puts down. */
static double
ink_over (cairo_surface_t *frame,
          cairo_surface_t *base)
{
  int width = cairo_image_surface_get_width (frame), height = cairo_image_surface_get_height (frame);
  double ink = 0;

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (frame) + y * cairo_image_surface_get_stride (frame));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (base) + y * cairo_image_surface_get_stride (base));

      for (int x = 0; x < width; x++)
        for (int shift = 0; shift < 24; shift += 8)
          ink += ABS ((int) ((a[x] >> shift) & 0xff) - (int) ((b[x] >> shift) & 0xff));
    }
  return ink;
}

/* The arrows filled straight into an image, outline and all, put down as
 * much ink as cairo's fill and stroke, within antialiasing: an outline a
 * half pixel too wide or too narrow shows here, though too few pixels
 * change for the comparison above. */
static void
test_arrows_like_cairo (void)
{
  const char *days[] = { "1950-09-27", "1950-10-25" };
  KwaMapLayers base_layers = KWA_MAP_LAYER_CONTROL;
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  KwaViewport viewport;
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 1920, 1080);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      /* Each against its own base: the two ways round the basemap's edges
       * differ by a level here and there, which would swamp the arrows. */
      cairo_surface_t *composed_base = kwa_test_render_day (document, renderer, &viewport, days[i], FALSE, base_layers);
      cairo_surface_t *painted_base = kwa_test_render_day (document, renderer, &viewport, days[i], TRUE, base_layers);
      cairo_surface_t *composed = kwa_test_render_day (document, renderer, &viewport, days[i], FALSE,
                                                       base_layers | KWA_MAP_LAYER_MOVEMENTS);
      cairo_surface_t *painted = kwa_test_render_day (document, renderer, &viewport, days[i], TRUE,
                                                      base_layers | KWA_MAP_LAYER_MOVEMENTS);
      double composed_ink = ink_over (composed, composed_base), painted_ink = ink_over (painted, painted_base);

      g_test_message ("%s: arrows' ink %.0f filled directly, %.0f by cairo (%+.2f %%)", days[i],
                      composed_ink, painted_ink, 100 * (composed_ink / painted_ink - 1));
      g_assert_cmpfloat (painted_ink, >, 1e5);
      g_assert_cmpfloat (fabs (composed_ink / painted_ink - 1), <, 0.02);
      cairo_surface_destroy (composed_base);
      cairo_surface_destroy (painted_base);
      cairo_surface_destroy (composed);
      cairo_surface_destroy (painted);
    }
}

/* Composition is only for targets it can write exactly: an image at the
 * scale a raster was made for. Otherwise it declines and writes nothing. */
static void
test_compose_declines (void)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  KwaColor desk = { 0.5, 0.5, 0.5 };
  KwaViewport viewport, zooming;
  KwaMapExtent extent;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 240);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *small = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  guint32 *pixel;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 320, 240);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);
  zooming = viewport;
  zooming.scale *= 1.1;

  g_assert_true (kwa_basemap_cache_compose (cache, image, &viewport, KWA_BASEMAP_TINT_NONE,
                                            KWA_BASEMAP_TINT_SOUTH, NULL, &desk));
  /* The corner is map, not desk (the data reaches every edge of a view);
   * every pixel is opaque. */
  cairo_surface_flush (image);
  pixel = (guint32 *) cairo_image_surface_get_data (image);
  g_assert_cmphex (pixel[0] >> 24, ==, 0xff);
  g_assert_cmphex (pixel[0], !=, 0xff808080);

  g_assert_false (kwa_basemap_cache_compose (cache, recording, &viewport, KWA_BASEMAP_TINT_NONE,
                                             KWA_BASEMAP_TINT_SOUTH, NULL, &desk));
  g_assert_false (kwa_basemap_cache_compose (cache, image, &zooming, KWA_BASEMAP_TINT_NONE,
                                             KWA_BASEMAP_TINT_SOUTH, NULL, &desk));
  g_assert_false (kwa_basemap_cache_compose (cache, small, &viewport, KWA_BASEMAP_TINT_NONE,
                                             KWA_BASEMAP_TINT_SOUTH, NULL, &desk));

  cairo_surface_destroy (small);
  cairo_surface_destroy (recording);
  cairo_surface_destroy (image);
}

/* PNG exports are written by kwa_png_write_rgb24(), not cairo: what is
 * read back must be the very pixels drawn, and a failure must say why. */
static void
test_png_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kwa-png-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "map.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 37, 23);
  cairo_surface_t *read;
  cairo_t *cr = cairo_create (drawn);

  /* Flat colour, a gradient and an antialiased edge. */
  cairo_set_source_rgb (cr, 0.8, 0.3, 0.1);
  cairo_paint (cr);
  {
    cairo_pattern_t *ramp = cairo_pattern_create_linear (0, 0, 37, 23);

    cairo_pattern_add_color_stop_rgb (ramp, 0, 0, 0.2, 1);
    cairo_pattern_add_color_stop_rgb (ramp, 1, 1, 1, 0);
    cairo_set_source (cr, ramp);
    cairo_arc (cr, 18.3, 11.7, 9.1, 0, 2 * G_PI);
    cairo_fill (cr);
    cairo_pattern_destroy (ramp);
  }
  cairo_destroy (cr);

  g_assert_nonnull (dir);
  g_assert_true (kwa_png_write_rgb24 (drawn, path, &error));
  g_assert_no_error (error);

  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read), ==, 37);
  g_assert_cmpint (cairo_image_surface_get_height (read), ==, 23);
  g_assert_cmpint (cairo_image_surface_get_format (read), ==, CAIRO_FORMAT_RGB24);
  /* Exactly, not within compare()'s tolerance. */
  for (int y = 0; y < 23; y++)
    for (int x = 0; x < 37; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn)))[x];
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (read) + y * cairo_image_surface_get_stride (read)))[x];

        g_assert_cmphex (a & 0xffffff, ==, b & 0xffffff);
      }

  g_assert_false (kwa_png_write_rgb24 (drawn, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No such file"));

  cairo_surface_destroy (read);
  cairo_surface_destroy (drawn);
  g_unlink (path);
  g_rmdir (dir);
}

/* How much of the labels layer changes from @day_a to @day_b. */
static double
labels_change (const char *exhibit_text,
               const char *day_a,
               const char *day_b)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 elapsed;
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_generated (exhibit_text, &problems, &error, &elapsed);
  g_autoptr(KwaMapDocument) small = kwa_map_document_new (exhibit, &error);
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (small));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  cairo_surface_t *a, *b;
  cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
  KwaViewport viewport;
  KwaMapExtent extent;
  double fraction;

  g_assert_no_error (error);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (small), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 960, 540);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  a = kwa_test_render_day (small, renderer, &viewport, day_a, FALSE, KWA_MAP_LAYER_LABELS);
  b = kwa_test_render_day (small, renderer, &viewport, day_b, FALSE, KWA_MAP_LAYER_LABELS);
  fraction = kwa_test_compare_images (a, b, diff);
  cairo_surface_destroy (diff);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  return fraction;
}

/* One raster holds every tint: with its land black and the land's mask
 * it gives, in each theme and tint, what the SVG draws with its land in
 * that tint, within a level or two of rounding. And it takes no more room
 * than one tint did: a raster per tint held three frames' worth. */
static void
test_every_tint_from_one_raster (void)
{
  KwaBasemap *basemap = kwa_map_document_get_basemap (document);
  KwaColor desk = { 1, 0, 1 };
  KwaMapExtent extent;
  KwaViewport viewport;
  const int width = 640, height = 360;

  kwa_basemap_get_extent (basemap, &extent);
  kwa_viewport_init_fit (&viewport, &extent, width, height);

  for (guint theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (basemap);

      kwa_basemap_cache_prepare_sync (cache, &viewport, theme);
      g_assert_cmpuint (kwa_basemap_cache_get_byte_size (cache), <=, (gsize) width * height * 4 * 5 / 4);

      for (guint tint = 0; tint < KWA_N_BASEMAP_TINTS; tint++)
        {
          g_autoptr(GError) error = NULL;
          cairo_surface_t *composed = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
          cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
          cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
          cairo_t *cr = cairo_create (drawn);
          double fraction;

          g_assert_true (kwa_basemap_cache_compose (cache, composed, &viewport, tint, tint, NULL, &desk));
          g_assert_true (kwa_basemap_draw (basemap, cr, &viewport, theme, tint, &error));
          g_assert_no_error (error);
          cairo_destroy (cr);

          fraction = kwa_test_compare_images (composed, drawn, diff);
          if (fraction > 0.0005)
            {
              cairo_surface_write_to_png (composed, "tint.out.png");
              cairo_surface_write_to_png (drawn, "tint.vector.png");
              cairo_surface_write_to_png (diff, "tint.diff.png");
              g_test_fail_printf ("theme %u, tint %u: %.3f %% of pixels differ from the vector drawing; "
                                  "see tint.out.png, tint.vector.png and tint.diff.png",
                                  theme, tint, fraction * 100);
            }
          cairo_surface_destroy (diff);
          cairo_surface_destroy (drawn);
          cairo_surface_destroy (composed);
        }
    }
}

/* A place with a `from` date has no label before it: Kaesong, told here
 * to matter from 1950, is nameless in 1949 and named in mid-1950, while
 * without the date nothing on the labels layer changes between the two.
 * (Raised to importance 1, to be named at the fitted zoom.) */
static void
test_place_labelled_from (void)
{
  const char *kaesong = "\"importance\": 2,\n     \"approximate\": true}";
  g_autofree char *always = kwa_test_minimal_with (kaesong, "\"importance\": 1, \"approximate\": true}");
  g_autofree char *from_1950 = kwa_test_minimal_with (kaesong, "\"importance\": 1, \"approximate\": true, \"from\": \"1950-01-01\"}");

  g_assert_cmpfloat (labels_change (always, "1949-06-01", "1950-06-01"), ==, 0.0);
  g_assert_cmpfloat (labels_change (from_1950, "1949-06-01", "1950-06-01"), >, 0.0005);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/composed-like-painted", test_composed_like_painted);
  g_test_add_func ("/render/arrows-like-cairo", test_arrows_like_cairo);
  g_test_add_func ("/render/compose-declines", test_compose_declines);
  g_test_add_func ("/render/every-tint-from-one-raster", test_every_tint_from_one_raster);
  g_test_add_func ("/render/png-round-trip", test_png_round_trip);
  g_test_add_func ("/render/place-labelled-from", test_place_labelled_from);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
