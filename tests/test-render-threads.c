/* test-render-threads.c: a frame drawn in bands, by one renderer through
 * clips or by renderers on threads of their own, is the frame one
 * renderer draws whole, pixel for pixel and label for label.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-test-render.h"
#include "kwa-test-utils.h"
#include "kwa-map-renderer-private.h"

static KwaMapDocument *document;

/* A frame drawn in horizontal bands, each through a clip of its rows (as
 * the renderer's threads draw them), is the frame drawn whole: every pixel
 * of the bands the same, and nothing written below them. */
static void
test_band_like_frame (void)
{
  const char *days[] = { "1950-09-20", "1950-11-28", "1951-04-22" };
  const int width = 960, height = 720, bands[][2] = { { 0, 250 }, { 250, 251 }, { 251, 700 } };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  KwaViewport viewport;
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, width, height);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      cairo_surface_t *whole = kwa_test_render_day (document, renderer, &viewport, days[i], FALSE, KWA_MAP_LAYERS_ALL);
      cairo_surface_t *banded = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      g_autoptr(KwaScene) scene = NULL;
      KwaRenderOptions options;
      guint n_differ = 0, n_written_below = 0;
      KwaDate date;
      int stride;

      g_assert_true (kwa_date_parse (days[i], &date));
      scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
      kwa_render_options_init_default (&options);

      for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
        {
          g_autoptr(GError) error = NULL;
          cairo_t *cr = cairo_create (banded);

          cairo_rectangle (cr, 0, bands[b][0], width, bands[b][1] - bands[b][0]);
          cairo_clip (cr);
          g_assert_true (kwa_map_renderer_draw (renderer, cr, &viewport, scene, &options, &error));
          g_assert_no_error (error);
          cairo_destroy (cr);
        }
      cairo_surface_flush (banded);

      stride = cairo_image_surface_get_stride (whole);
      g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (banded));
      for (int y = 0; y < height; y++)
        {
          const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (whole) + y * stride);
          const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (banded) + y * stride);

          for (int x = 0; x < width; x++)
            {
              if (y >= bands[G_N_ELEMENTS (bands) - 1][1])
                n_written_below += b[x] != 0;
              else
                n_differ += a[x] != b[x];
            }
        }

      g_test_message ("%s: %u pixels of the bands differ from the whole frame", days[i], n_differ);
      g_assert_cmpuint (n_written_below, ==, 0);
      g_assert_cmpuint (n_differ, ==, 0);
      cairo_surface_destroy (whole);
      cairo_surface_destroy (banded);
    }
}

static cairo_surface_t *
render_in (KwaMapRenderer    *renderer,
           const KwaViewport *viewport,
           KwaScene          *scene,
           KwaLanguage        language)
{
  KwaRenderOptions options;

  kwa_render_options_init_default (&options);
  options.language = language;

  return kwa_test_draw_scene (renderer, viewport, scene, &options, FALSE);
}

/* Rows of @a and @b that differ; and the labels both renderers placed
 * must be the same. */
static guint
count_rows_differing (cairo_surface_t *a,
                      cairo_surface_t *b,
                      KwaMapRenderer  *renderer_a,
                      KwaMapRenderer  *renderer_b)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const KwaMapLabel *labels_a, *labels_b;
  guint n_a, n_b, n_differ = 0;

  for (int y = 0; y < height; y++)
    n_differ += memcmp (cairo_image_surface_get_data (a) + y * stride,
                        cairo_image_surface_get_data (b) + y * stride, width * 4) != 0;

  labels_a = kwa_map_renderer_get_labels (renderer_a, &n_a);
  labels_b = kwa_map_renderer_get_labels (renderer_b, &n_b);
  g_assert_cmpuint (n_a, ==, n_b);
  for (guint l = 0; l < n_a; l++)
    {
      g_assert_cmpfloat (labels_a[l].x, ==, labels_b[l].x);
      g_assert_cmpfloat (labels_a[l].y, ==, labels_b[l].y);
      g_assert_true (labels_a[l].hit.record == labels_b[l].hit.record);
    }

  return n_differ;
}

/* Where there are two cores a frame onto an image is drawn in two bands
 * at once, each by its own renderer on its own thread; it must be the
 * frame one renderer draws alone, pixel for pixel, with the same labels
 * to hit: frame after frame while the bands' meeting row moves, in both
 * languages, and zoomed in so far that hatching takes another way. */
static void
test_threads_like_one (void)
{
  const char *days[] = { "1950-06-28", "1950-09-20", "1950-11-28", "1951-04-22", "1953-07-27" };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO, KWA_LANGUAGE_EN };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) alone = kwa_map_renderer_new (cache);
  g_autoptr(KwaMapRenderer) banded = kwa_map_renderer_new (cache);
  g_autoptr(KwaScene) zoomed_scene = NULL;
  KwaViewport viewport, zoomed;
  KwaMapExtent extent;
  KwaDate date;
  double sum_x = 0, sum_y = 0;
  cairo_surface_t *one, *two;

  kwa_map_renderer_set_max_threads (alone, 1);
  kwa_map_renderer_set_max_threads (banded, 2);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 1280, 720);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint round = 0; round < G_N_ELEMENTS (languages); round++)
    for (guint i = 0; i < G_N_ELEMENTS (days); i++)
      {
        g_autoptr(KwaScene) scene = NULL;
        guint n_differ;

        g_assert_true (kwa_date_parse (days[i], &date));
        scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
        one = render_in (alone, &viewport, scene, languages[round]);
        two = render_in (banded, &viewport, scene, languages[round]);
        n_differ = count_rows_differing (one, two, alone, banded);
        if (round < 2)
          g_test_message ("%s, %s: %u rows differ", days[i], kwa_language_to_string (languages[round]), n_differ);
        g_assert_cmpuint (n_differ, ==, 0);
        cairo_surface_destroy (one);
        cairo_surface_destroy (two);
      }

  /* 16 px a kilometre, on the hatched land of 28 November 1950: too
   * large a scale to keep the land mask resampled. */
  g_assert_true (kwa_date_parse ("1950-11-28", &date));
  zoomed_scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  g_assert_nonnull (zoomed_scene->uncertain_from);
  for (guint i = 0; i < zoomed_scene->uncertain_from->len; i++)
    {
      sum_x += g_array_index (zoomed_scene->uncertain_from, KwaMapPoint, i).x;
      sum_y += g_array_index (zoomed_scene->uncertain_from, KwaMapPoint, i).y;
    }
  zoomed = viewport;
  zoomed.scale = 16;
  zoomed.center_x = sum_x / zoomed_scene->uncertain_from->len;
  zoomed.center_y = sum_y / zoomed_scene->uncertain_from->len;
  kwa_basemap_cache_prepare_sync (cache, &zoomed, KWA_MAP_THEME_LIGHT);
  one = render_in (alone, &zoomed, zoomed_scene, KWA_LANGUAGE_EN);
  two = render_in (banded, &zoomed, zoomed_scene, KWA_LANGUAGE_EN);
  g_assert_cmpuint (count_rows_differing (one, two, alone, banded), ==, 0);
  cairo_surface_destroy (one);
  cairo_surface_destroy (two);
}

/* Where the bands meet must not matter: the banded frame is the whole
 * frame at every meeting row, not only at the rows the balancing happens
 * to choose (which depend on timing). Cairo's stroker, clipped to a band,
 * once left the DMZ a level lighter on the row above the meeting row. */
static void
test_bands_meet_anywhere (void)
{
  const char *days[] = { "1950-09-20", "1951-04-22", "1953-07-27" };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) alone = kwa_map_renderer_new (cache);
  g_autoptr(KwaMapRenderer) banded = kwa_map_renderer_new (cache);
  KwaViewport viewport;
  KwaMapExtent extent;
  guint n_rows = 0;

  kwa_map_renderer_set_max_threads (alone, 1);
  kwa_map_renderer_set_max_threads (banded, 2);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 1280, 720);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(KwaScene) scene = NULL;
      cairo_surface_t *one;
      KwaDate date;

      g_assert_true (kwa_date_parse (days[i], &date));
      scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
      one = render_in (alone, &viewport, scene, KWA_LANGUAGE_KO);
      /* The balancing keeps the meeting row within a quarter of the
       * height of the middle: every row there, middle first. */
      for (int row = 180; row <= 540; row += (row >= 330 && row < 390) ? 1 : 7)
        {
          cairo_surface_t *two;
          guint n_differ;

          kwa_map_renderer_set_band_split (banded, row / 720.0);
          two = render_in (banded, &viewport, scene, KWA_LANGUAGE_KO);
          n_differ = count_rows_differing (one, two, alone, banded);
          if (n_differ != 0)
            g_error ("%s, bands meeting at row %d: %u rows differ", days[i], row, n_differ);
          cairo_surface_destroy (two);
          n_rows++;
        }
      cairo_surface_destroy (one);
    }

  g_test_message ("%u meeting rows checked", n_rows);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/band-like-frame", test_band_like_frame);
  g_test_add_func ("/render/threads-like-one", test_threads_like_one);
  g_test_add_func ("/render/bands-meet-anywhere", test_bands_meet_anywhere);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
