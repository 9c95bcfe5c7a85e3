/* test-render-labels-ahead.c: the labels a frame draws can be made before
 * the day that first shows them (kwa_map_renderer_prepare_labels()), and
 * frames drawn with them are the frames drawn without.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-test-render.h"
#include "kwa-test-utils.h"

static KwaMapDocument *document;

#define WIDTH  1280
#define HEIGHT 720
/* Before the war only the parallel, the scale and the cities are named;
 * in the war of movement a new unit takes the field every few days, and
 * places are named from the day they matter. */
#define BEFORE_THE_WAR "1945-09-08"
#define FIRST_DAY "1950-06-25"
#define LAST_DAY  "1951-06-30"
#define STEP_DAYS 3
/* Zoomed in, where the battlefields are named from the day they matter
 * (Osan, Waegwan, Dabudong, ...). */
#define ZOOM 2.0

typedef struct
{
  KwaBasemapCache *cache;
  KwaMapRenderer  *renderer;
  KwaViewport      viewport;
  KwaRenderOptions options;
  cairo_surface_t *frame;
} Painter;

/* Two bands meeting where they always do: the helper's labels too. (A
 * frame is still drawn in one band when the second core is busy.) */
static void
draw_in_two_bands (Painter *painter)
{
  kwa_map_renderer_set_max_threads (painter->renderer, 2);
  kwa_map_renderer_set_band_split (painter->renderer, 0.5);
}

static void
painter_init (Painter *painter)
{
  memset (painter, 0, sizeof *painter);
  painter->cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  painter->renderer = kwa_map_renderer_new (painter->cache);
  draw_in_two_bands (painter);
  kwa_test_fit_view (document, WIDTH, HEIGHT, ZOOM, &painter->viewport);
  kwa_basemap_cache_prepare_sync (painter->cache, &painter->viewport, KWA_MAP_THEME_LIGHT);
  kwa_render_options_init_default (&painter->options);
  painter->frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

static void
painter_clear (Painter *painter)
{
  g_clear_object (&painter->renderer);
  g_clear_object (&painter->cache);
  g_clear_pointer (&painter->frame, cairo_surface_destroy);
}

static KwaScene *
scene_on (KwaDate date)
{
  return kwa_scene_new (kwa_map_document_get_atlas (document), date);
}

/* Makes the labels in calls of @budget_us each; returns the calls. */
static guint
prepare (Painter *painter,
         gint64   budget_us)
{
  g_autoptr(KwaScene) scene = scene_on (kwa_test_day (FIRST_DAY));
  guint calls = 0;

  while (!kwa_map_renderer_prepare_labels (painter->renderer, painter->frame, &painter->viewport, scene,
                                           &painter->options, g_get_monotonic_time () + budget_us))
    {
      calls++;
      g_assert_cmpuint (calls, <, 1000);
    }
  return calls + 1;
}

static void
draw (Painter *painter,
      KwaDate  date)
{
  g_autoptr(KwaScene) scene = scene_on (date);
  g_autoptr(GError) error = NULL;
  cairo_t *cr = cairo_create (painter->frame);

  g_assert_true (kwa_map_renderer_draw (painter->renderer, cr, &painter->viewport, scene, &painter->options,
                                        &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (painter->frame);
}

/* A renderer that made its labels ahead makes no halo in a year of the
 * war drawn day after day, and draws every frame as one that did not,
 * pixel for pixel; the one that did not makes dozens. */
static void
test_labels_made_ahead (void)
{
  Painter ahead, as_they_come;
  guint64 made_ahead, made_as_they_come;

  painter_init (&ahead);
  painter_init (&as_they_come);

  /* The first frames make what is not made ahead, the 38th parallel's
   * name and the scale's: in one band, then in two, so that either
   * renderer has them whether a later frame is drawn in one band (when
   * the second core is busy) or in two. */
  for (guint bands = 1; bands <= 2; bands++)
    {
      if (bands == 1)
        {
          kwa_map_renderer_set_max_threads (ahead.renderer, 1);
          kwa_map_renderer_set_max_threads (as_they_come.renderer, 1);
        }
      else
        {
          draw_in_two_bands (&ahead);
          draw_in_two_bands (&as_they_come);
          prepare (&ahead, G_MAXINT32);
        }
      draw (&ahead, kwa_test_day (BEFORE_THE_WAR));
      draw (&as_they_come, kwa_test_day (BEFORE_THE_WAR));
    }
  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (ahead.renderer) -
                    kwa_map_renderer_get_halos_stroked (as_they_come.renderer), >, 50);
  made_ahead = kwa_map_renderer_get_halos_stroked (ahead.renderer);
  made_as_they_come = kwa_map_renderer_get_halos_stroked (as_they_come.renderer);

  for (KwaDate date = kwa_test_day (FIRST_DAY); date <= kwa_test_day (LAST_DAY); date += STEP_DAYS)
    {
      draw (&ahead, date);
      draw (&as_they_come, date);
      g_assert_cmpmem (cairo_image_surface_get_data (ahead.frame), WIDTH * HEIGHT * 4,
                       cairo_image_surface_get_data (as_they_come.frame), WIDTH * HEIGHT * 4);
    }

  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (ahead.renderer), ==, made_ahead);
  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (as_they_come.renderer) - made_as_they_come, >, 20);

  painter_clear (&ahead);
  painter_clear (&as_they_come);
}

/* Made a little at a time, as the map view makes them between frames:
 * every call makes some, and a call once all are made makes none. A
 * new language makes them anew. */
static void
test_labels_made_in_steps (void)
{
  Painter painter;
  guint n_movements, n_places, calls;
  guint64 made;
  g_autoptr(KwaScene) scene = NULL;

  painter_init (&painter);
  kwa_atlas_get_movements (kwa_map_document_get_atlas (document), &n_movements);
  kwa_atlas_get_places (kwa_map_document_get_atlas (document), &n_places);

  /* A budget already spent still makes one label a call, in each band. */
  calls = prepare (&painter, -1);
  g_assert_cmpuint (calls, >, n_movements);
  g_assert_cmpuint (calls, <=, 2 * (n_movements + n_places) + 2);

  made = kwa_map_renderer_get_halos_stroked (painter.renderer);
  g_assert_cmpuint (prepare (&painter, -1), ==, 1);
  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (painter.renderer), ==, made);

  painter.options.language = KWA_LANGUAGE_KO;
  g_assert_cmpuint (prepare (&painter, G_MAXINT32), ==, 1);
  g_assert_cmpuint (kwa_map_renderer_get_halos_stroked (painter.renderer), >, made + 50);

  painter_clear (&painter);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/labels-made-ahead", test_labels_made_ahead);
  g_test_add_func ("/render/labels-made-in-steps", test_labels_made_in_steps);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
