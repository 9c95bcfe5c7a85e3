/* test-render-changes.c: a frame drawn over the last one
 * (kwa_map_renderer_draw_changes()) is the frame drawn whole, pixel for
 * pixel, and says truly where it changed.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-test-render.h"
#include "kwa-test-utils.h"
#include "kwa-damage.h"

static KwaMapDocument *document;

typedef struct
{
  KwaBasemapCache *cache;
  KwaMapRenderer  *over;        /* draws each frame over the last */
  KwaMapRenderer  *whole;       /* draws each frame whole, on one thread */
  KwaViewport      viewport;
  cairo_surface_t *image;       /* the frame drawn over and over */
  cairo_surface_t *last_whole;  /* the last frame drawn whole */
  KwaDamage       *changed;
  guint            frames;
  guint            cells_changed;
} Walk;

/* Where the renderer that draws over the last splits its two bands (it
 * draws one when the second core is busy). Cairo rasterises an
 * antialiased shape clipped at a band's top from its edges stepped to that
 * row, and rounds that row a level or two off the shape drawn whole (an
 * event's pulsing ring, found at rows 305–341 of an 800×600 frame): there,
 * and only there, a small difference is the bands', not the frame's. */
#define BAND_SPLIT 0.5
#define BAND_EDGE_LEVELS 4

static gboolean
near (guint32 a,
      guint32 b,
      int     levels)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > levels)
      return FALSE;
  return TRUE;
}

static void
walk_init (Walk *walk,
           int   width,
           int   height)
{
  KwaMapExtent extent;

  memset (walk, 0, sizeof *walk);
  walk->cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  walk->over = kwa_map_renderer_new (walk->cache);
  kwa_map_renderer_set_band_split (walk->over, BAND_SPLIT);
  walk->whole = kwa_map_renderer_new (walk->cache);
  kwa_map_renderer_set_max_threads (walk->whole, 1);
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&walk->viewport, &extent, width, height);
  kwa_basemap_cache_prepare_sync (walk->cache, &walk->viewport, KWA_MAP_THEME_LIGHT);
  walk->image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  walk->changed = kwa_damage_new (width, height);
}

static void
walk_clear (Walk *walk)
{
  g_clear_object (&walk->over);
  g_clear_object (&walk->whole);
  g_clear_object (&walk->cache);
  g_clear_pointer (&walk->image, cairo_surface_destroy);
  g_clear_pointer (&walk->last_whole, cairo_surface_destroy);
  g_clear_pointer (&walk->changed, kwa_damage_free);
}

/* Draws @date over the last frame and whole, and holds them equal; every
 * pixel that differs from the last whole frame must be in a cell the
 * frame said changed, or the window would show an old tile. */
static void
walk_to (Walk                   *walk,
         KwaDate                 date,
         const KwaRenderOptions *options)
{
  g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  g_autoptr(GError) error = NULL;
  int width = cairo_image_surface_get_width (walk->image);
  int height = cairo_image_surface_get_height (walk->image);
  int stride = cairo_image_surface_get_stride (walk->image);
  cairo_surface_t *whole;
  guint n_differ = 0, n_unannounced = 0;
  cairo_t *cr;

  cr = cairo_create (walk->image);
  g_assert_true (kwa_map_renderer_draw_changes (walk->over, cr, &walk->viewport, scene, options, walk->changed, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (walk->image);

  whole = kwa_test_draw_scene (walk->whole, &walk->viewport, scene, options, FALSE);

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (walk->image) + y * stride);
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (whole) + y * stride);
      const guint32 *last = walk->last_whole == NULL ? NULL
                          : (const guint32 *) (cairo_image_surface_get_data (walk->last_whole) + y * stride);
      int split = (int) round (height * BAND_SPLIT);
      gboolean band_edge = y == split - 1 || y == split;

      for (int x = 0; x < width; x++)
        {
          n_differ += band_edge ? !near (a[x], b[x], BAND_EDGE_LEVELS) : a[x] != b[x];
          if (last != NULL && last[x] != b[x] &&
              !kwa_damage_has_cell (walk->changed, x / KWA_DAMAGE_CELL, y / KWA_DAMAGE_CELL))
            n_unannounced++;
        }
    }

  if (n_differ > 0 || n_unannounced > 0)
    {
      g_autofree char *day = kwa_date_to_iso (date);

      g_test_message ("%s: %u pixels differ from the frame drawn whole, %u changed unannounced",
                      day, n_differ, n_unannounced);
    }
  g_assert_cmpuint (n_differ, ==, 0);
  g_assert_cmpuint (n_unannounced, ==, 0);

  walk->frames++;
  walk->cells_changed += kwa_damage_count_cells (walk->changed);
  g_clear_pointer (&walk->last_whole, cairo_surface_destroy);
  walk->last_whole = whole;
}

/* Through the war of movement, where fronts, arrows, enclaves and
 * snapshots change fastest (day by day from the invasion to the Chinese
 * offensive, so each front's day and the day after it, one ring against
 * three, is drawn over), then leaps back and forth. */
static void
test_changes_like_frame (void)
{
  const char *leaps[] = { "1945-08-15", "1948-08-15", "1950-06-25", "1951-01-04", "1950-09-15",
                          "1953-07-27", "1953-07-28", "1952-10-06", "1950-11-25" };
  KwaRenderOptions options;
  Walk walk;

  walk_init (&walk, 640, 480);
  kwa_render_options_init_default (&options);

  for (KwaDate date = kwa_test_day ("1950-06-20"); date <= kwa_test_day ("1951-01-10"); date++)
    walk_to (&walk, date, &options);
  for (guint i = 0; i < G_N_ELEMENTS (leaps); i++)
    walk_to (&walk, kwa_test_day (leaps[i]), &options);

  walk_clear (&walk);
}

/* What else the window changes between two frames of one view: the
 * selection and its pulse, the legend, the language, the text size, the
 * layers, the theme. */
static void
test_changes_of_options (void)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  guint n_events, n_movements, n_places;
  const KwaEvent *events = kwa_exhibit_get_events (exhibit, &n_events);
  const KwaMovement *movements = kwa_exhibit_get_movements (exhibit, &n_movements);
  const KwaPlace *places = kwa_exhibit_get_places (exhibit, &n_places);
  KwaDate date = kwa_test_day ("1950-09-16");
  KwaRenderOptions options;
  Walk walk;

  walk_init (&walk, 800, 600);
  kwa_render_options_init_default (&options);
  walk_to (&walk, date, &options);

  for (guint i = 0; i < n_events; i++)
    if (events[i].date == kwa_test_day ("1950-09-15"))
      options.selected = &events[i];
  g_assert_nonnull (options.selected);
  for (double pulse = 0.1; pulse < 1; pulse += 0.3)
    {
      options.pulse = pulse;
      walk_to (&walk, date, &options);
    }
  options.selected = &movements[0];
  walk_to (&walk, movements[0].start, &options);
  options.selected = &places[0];
  walk_to (&walk, date, &options);
  options.selected = NULL;
  options.pulse = 0;
  walk_to (&walk, date, &options);

  options.legend_collapsed = TRUE;
  walk_to (&walk, date + 1, &options);
  options.legend_collapsed = FALSE;
  walk_to (&walk, date + 2, &options);

  options.language = KWA_LANGUAGE_KO;
  walk_to (&walk, date + 3, &options);
  options.text_scale = 1.5;
  walk_to (&walk, date + 4, &options);
  options.layers &= ~(KWA_MAP_LAYER_MOVEMENTS | KWA_MAP_LAYER_CONTROL);
  walk_to (&walk, date + 5, &options);
  options.layers = KWA_MAP_LAYERS_ALL;
  walk_to (&walk, date + 6, &options);
  options.theme = KWA_MAP_THEME_DARK;
  kwa_basemap_cache_prepare_sync (walk.cache, &walk.viewport, KWA_MAP_THEME_DARK);
  walk_to (&walk, date + 7, &options);
  walk_to (&walk, date + 8, &options);

  walk_clear (&walk);
}

/* A scrub through the stalemate draws a small part of each frame again:
 * drawn whole each time, every cell would change; with the hatching (the
 * land whose taking is uncertain, unchanged from one front's day to the
 * next) drawn again under it each day, a frame drew 12.4 % of its cells. */
static void
test_changes_draw_little (void)
{
  KwaRenderOptions options;
  Walk walk;
  int columns, rows;
  double share;

  walk_init (&walk, 1920, 1080);
  kwa_render_options_init_default (&options);
  walk_to (&walk, kwa_test_day ("1952-05-01"), &options);
  walk.frames = walk.cells_changed = 0;
  for (KwaDate date = kwa_test_day ("1952-05-02"); date < kwa_test_day ("1952-05-31"); date++)
    walk_to (&walk, date, &options);

  kwa_damage_get_cells (walk.changed, &columns, &rows);
  share = (double) walk.cells_changed / walk.frames / (columns * rows);
  g_test_message ("a day's frame drew %.1f %% of its cells again", 100 * share);
  g_assert_cmpfloat (share, <, 0.105);

  walk_clear (&walk);
}

/* The land under the overlays that stay put (the legend, the names, the
 * date card, the scale bar) is copied back, not composed again: a quiet
 * day composes only where its overlays moved onto new cells, and in the
 * war of movement the cells where the front moved are composed, never
 * copied from before it moved (changes-like-frame holds the pixels). */
static void
test_changes_keep_land (void)
{
  KwaRenderOptions options;
  Walk walk;
  guint restored;

  walk_init (&walk, 1920, 1080);
  kwa_render_options_init_default (&options);
  walk_to (&walk, kwa_test_day ("1946-03-01"), &options);
  walk_to (&walk, kwa_test_day ("1946-03-02"), &options);
  walk_to (&walk, kwa_test_day ("1946-03-03"), &options);
  restored = kwa_damage_count_cells (walk.changed);
  g_test_message ("a quiet day changed %u cells and composed the land of %u", restored,
                  kwa_map_renderer_get_composed_cells (walk.over));
  g_assert_cmpuint (restored, >, 50);
  g_assert_cmpuint (kwa_map_renderer_get_composed_cells (walk.over), <, restored / 4);

  for (KwaDate date = kwa_test_day ("1950-07-01"); date < kwa_test_day ("1950-07-08"); date++)
    walk_to (&walk, date, &options);
  g_test_message ("a day in July 1950 composed %u cells", kwa_map_renderer_get_composed_cells (walk.over));
  g_assert_cmpuint (kwa_map_renderer_get_composed_cells (walk.over), >, 0);

  walk_clear (&walk);
}

/* The next day of a scrub shapes little text again: the date card keeps
 * its words ("September", "1950"), so only the day's number is new, and
 * every label is as it was. */
static void
test_next_day_shapes_little (void)
{
  KwaRenderOptions options;
  Walk walk;
  guint64 before;

  walk_init (&walk, 1280, 720);
  kwa_render_options_init_default (&options);
  walk_to (&walk, kwa_test_day ("1950-09-15"), &options);
  before = kwa_map_renderer_get_shaped_chars (walk.over);
  walk_to (&walk, kwa_test_day ("1950-09-16"), &options);
  g_test_message ("the next day shaped %" G_GUINT64_FORMAT " characters",
                  kwa_map_renderer_get_shaped_chars (walk.over) - before);
  g_assert_cmpuint (kwa_map_renderer_get_shaped_chars (walk.over) - before, <=, strlen ("16,"));

  walk_clear (&walk);
}

/* In the war of movement the front moves every day, all along its
 * length: a frame draws again the cells along the strip it swept and
 * those under the overlays, never the whole frame (as it did on each
 * front's day and the day after, one ring against three, and wherever
 * the front's outline changed length) and, on average, well under half. */
static void
test_changes_follow_the_front (void)
{
  KwaRenderOptions options;
  Walk walk;
  int columns, rows;
  guint most = 0;
  double share;

  walk_init (&walk, 1920, 1080);
  kwa_render_options_init_default (&options);
  kwa_damage_get_cells (walk.changed, &columns, &rows);
  walk_to (&walk, kwa_test_day ("1950-06-24"), &options);
  walk.frames = walk.cells_changed = 0;
  for (KwaDate date = kwa_test_day ("1950-06-25"); date < kwa_test_day ("1951-02-01"); date++)
    {
      walk_to (&walk, date, &options);
      most = MAX (most, kwa_damage_count_cells (walk.changed));
    }

  share = (double) walk.cells_changed / walk.frames / (columns * rows);
  g_test_message ("a day's frame drew %.1f %% of its cells again, at most %.1f %%",
                  100 * share, 100.0 * most / (columns * rows));
  g_assert_cmpuint (most, <, (guint) (columns * rows * 3 / 4));
  g_assert_cmpfloat (share, <, 0.3);

  walk_clear (&walk);
}

/* A triangle marks the cells it crosses, row of cells by row, with the
 * pixel around it: every pixel it touches, and of a thin strip slanting
 * across the frame, little more. */
static void
test_damage_triangle (void)
{
  g_autoptr(KwaDamage) damage = kwa_damage_new (1920, 1080);
  const double x[3] = { 96.5, 1800.25, 1803.75 }, y[3] = { 64.5, 1000.5, 990.0 };
  int columns, rows;
  guint marked;

  kwa_damage_add_triangle (damage, x[0], y[0], x[1], y[1], x[2], y[2]);
  kwa_damage_get_cells (damage, &columns, &rows);
  marked = kwa_damage_count_cells (damage);
  g_test_message ("a strip across the frame marked %u cells of %d", marked, columns * rows);
  g_assert_cmpuint (marked, <, (guint) (columns * rows / 6));

  /* Every pixel the triangle touches, and those beside them. */
  for (double t = 0; t <= 1; t += 1.0 / 4096)
    for (int edge = 0; edge < 3; edge++)
      {
        double px = x[edge] + t * (x[(edge + 1) % 3] - x[edge]);
        double py = y[edge] + t * (y[(edge + 1) % 3] - y[edge]);

        for (int dy = -1; dy <= 1; dy++)
          for (int dx = -1; dx <= 1; dx++)
            {
              int cx = (int) floor (px + dx) / KWA_DAMAGE_CELL, cy = (int) floor (py + dy) / KWA_DAMAGE_CELL;

              if (cx >= 0 && cy >= 0 && cx < columns && cy < rows)
                g_assert_true (kwa_damage_has_cell (damage, cx, cy));
            }
      }

  /* Not a number marks nothing, as a box does; a point at infinity marks
   * what its box overlaps. */
  kwa_damage_clear (damage);
  kwa_damage_add_triangle (damage, NAN, 0, 10, 10, 0, 10);
  g_assert_cmpuint (kwa_damage_count_cells (damage), ==, 0);
  kwa_damage_add_triangle (damage, 0, 0, INFINITY, 10, 0, 10);
  g_assert_cmpuint (kwa_damage_count_cells (damage), ==, (guint) columns);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/changes-like-frame", test_changes_like_frame);
  g_test_add_func ("/render/changes-of-options", test_changes_of_options);
  g_test_add_func ("/render/changes-draw-little", test_changes_draw_little);
  g_test_add_func ("/render/next-day-shapes-little", test_next_day_shapes_little);
  g_test_add_func ("/render/changes-keep-land", test_changes_keep_land);
  g_test_add_func ("/render/changes-follow-the-front", test_changes_follow_the_front);
  g_test_add_func ("/render/damage-triangle", test_damage_triangle);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
