/* test-render-references.c: the renderer against committed reference
 * images, and what a visitor reads off the map: who holds the land, and
 * units' names clear of other labels.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case renders a day of the bundled exhibit at a size and in a
 * language, exactly as --render and the map view do, and compares it with
 * tests/reference/NAME.png. A pixel differs when a channel is off by more
 * than KWA_TEST_CHANNEL_TOLERANCE; a case fails when more than
 * PIXEL_TOLERANCE of its pixels differ. A failure writes NAME.out.png
 * (what was drawn) and NAME.diff.png (the differing pixels in red) next
 * to the reference. KWA_UPDATE_REFERENCES=1 writes new references
 * instead.
 */

#include "config.h"

#include <math.h>

#include "kwa-test-render.h"
#include "kwa-test-utils.h"
#include "kwa-map-renderer-private.h"

#define PIXEL_TOLERANCE 0.004

typedef struct
{
  const char  *date;
  int          width, height;
  const char  *language;  /* a tag: the table is made before any language is known */
} RenderCase;

static const RenderCase cases[] = {
  { "1950-06-25", 960, 540, "en" },
  { "1950-06-25", 640, 960, "ko" },
  { "1950-09-14", 960, 540, "ko" },
  { "1950-09-14", 640, 960, "en" },
  { "1950-11-24", 960, 540, "en" },
  { "1950-11-24", 640, 960, "ko" },
  { "1951-01-24", 960, 540, "ko" },
  { "1951-01-24", 640, 960, "en" },
  { "1953-07-27", 960, 540, "en" },
  { "1953-07-27", 640, 960, "ko" },
  /* Japanese and Chinese: their label widths, date formats and fonts. */
  { "1950-09-14", 960, 540, "ja" },
  { "1951-01-24", 640, 960, "ja" },
  { "1950-11-24", 960, 540, "zh-Hans" },
  { "1953-07-27", 640, 960, "zh-Hans" },
};

static KwaMapDocument *document;

static cairo_surface_t *
render_case (const RenderCase *c)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  g_autoptr(KwaScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapExtent extent;
  cairo_surface_t *surface;
  cairo_t *cr;
  KwaDate date;

  g_assert_true (kwa_date_parse (c->date, &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);

  kwa_render_options_init_default (&options);
  options.language = kwa_language_register (c->language);

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, c->width, c->height);
  kwa_basemap_cache_prepare_sync (cache, &viewport, options.theme);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, c->width, c->height);
  cr = cairo_create (surface);
  g_assert_true (kwa_map_renderer_draw (renderer, cr, &viewport, scene, &options, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_render_case (gconstpointer data)
{
  const RenderCase *c = data;
  g_autofree char *name = g_strdup_printf ("%s-%dx%d-%s", c->date, c->width, c->height,
                                           c->language);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "reference", NULL);
  g_autofree char *base = g_build_filename (reference_path, name, NULL);
  g_autofree char *png = g_strconcat (base, ".png", NULL);
  cairo_surface_t *drawn = render_case (c);
  cairo_surface_t *loaded, *reference, *diff;
  cairo_t *cr;
  double fraction;

  if (g_strcmp0 (g_getenv ("KWA_UPDATE_REFERENCES"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (drawn, png), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", png);
      cairo_surface_destroy (drawn);
      return;
    }

  loaded = cairo_image_surface_create_from_png (png);
  if (cairo_surface_status (loaded) != CAIRO_STATUS_SUCCESS)
    g_error ("no reference image %s (KWA_UPDATE_REFERENCES=1 makes one)", png);
  g_assert_cmpint (cairo_image_surface_get_width (loaded), ==, c->width);
  g_assert_cmpint (cairo_image_surface_get_height (loaded), ==, c->height);

  /* Compare in one format, whatever format the PNG loaded as. */
  reference = cairo_image_surface_create (CAIRO_FORMAT_RGB24, c->width, c->height);
  cr = cairo_create (reference);
  cairo_set_source_surface (cr, loaded, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (reference);

  diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, c->width, c->height);
  fraction = kwa_test_compare_images (drawn, reference, diff);
  g_test_message ("%s: %.3f %% of pixels differ", name, fraction * 100);

  if (fraction > PIXEL_TOLERANCE)
    {
      g_autofree char *out = g_strconcat (base, ".out.png", NULL);
      g_autofree char *diff_png = g_strconcat (base, ".diff.png", NULL);

      cairo_surface_write_to_png (drawn, out);
      cairo_surface_write_to_png (diff, diff_png);
      g_test_fail_printf ("%s: %.2f %% of pixels differ from the reference (at most %.2f %%); see %s and %s",
                          name, fraction * 100, PIXEL_TOLERANCE * 100, out, diff_png);
    }

  cairo_surface_destroy (diff);
  cairo_surface_destroy (reference);
  cairo_surface_destroy (loaded);
  cairo_surface_destroy (drawn);
}

typedef struct
{
  const char *what;
  const char *date;
  double      lon, lat;
  guint8      rgb[3];
} TintCase;

/* The light theme's land of each side and its sea, as the exhibit's
 * palette makes them (white mixed with 30 % of #b8433b or #2f5d8a). A
 * reference image tolerates a few levels; these are the colours. */
#define NORTH_LAND { 234, 199, 196 }
#define SOUTH_LAND { 193, 206, 220 }
#define SEA        { 63, 107, 138 }

/* Who holds the land, read back from the pixels: the exact tint at known
 * points on known days, for both sides, enclaves of either side and the
 * sea. A tint at half strength, a side's colour on the other's land or an
 * enclave left out each change these pixels. */
static void
test_holder_by_colour (void)
{
  static const TintCase tints[] = {
    { "Gyeongju, inside the Pusan Perimeter", "1950-08-25", 129.21, 35.84, SOUTH_LAND },
    { "Daejeon, behind the KPA's lines", "1950-08-25", 127.25, 36.25, NORTH_LAND },
    { "Pohang, the KPA's incursion (a north enclave)", "1950-08-14", 129.33, 36.03, NORTH_LAND },
    { "Pohang, retaken", "1950-08-25", 129.33, 36.03, SOUTH_LAND },
    { "Hungnam, the evacuation perimeter (a south enclave)", "1950-12-20", 127.62, 39.87, SOUTH_LAND },
    { "Hungnam, after the evacuation", "1950-12-28", 127.62, 39.87, NORTH_LAND },
    { "Seoul, held until 4 January", "1950-12-28", 126.99, 37.60, SOUTH_LAND },
    { "Seoul, before it was retaken in March", "1951-02-25", 126.99, 37.60, NORTH_LAND },
    { "Pyongyang, the armistice", "1953-07-28", 125.70, 39.10, NORTH_LAND },
    { "the Yellow Sea", "1950-08-25", 125.00, 36.50, SEA },
  };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);

  for (guint i = 0; i < G_N_ELEMENTS (tints); i++)
    {
      const TintCase *c = &tints[i];
      KwaMapPoint point = kwa_atlas_project (atlas, (KwaLonLat) { c->lon, c->lat });
      KwaViewport viewport;
      cairo_surface_t *frame;
      const guchar *data;
      int stride, matching = 0;

      /* 4 px a kilometre around the point: an enclave a few kilometres
       * wide covers the sampled block many times over. */
      kwa_viewport_init_fit (&viewport, &extent, 200, 200);
      viewport.scale = 4;
      viewport.center_x = point.x;
      viewport.center_y = point.y;
      kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);
      frame = kwa_test_render_day (document, renderer, &viewport, c->date, FALSE, KWA_MAP_LAYER_CONTROL);
      data = cairo_image_surface_get_data (frame);
      stride = cairo_image_surface_get_stride (frame);

      /* A river or a border may cross the block: most of it is the tint. */
      for (int y = 97; y < 104; y++)
        for (int x = 97; x < 104; x++)
          {
            guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
            int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

            matching += ABS (r - c->rgb[0]) <= 2 && ABS (g - c->rgb[1]) <= 2 && ABS (b - c->rgb[2]) <= 2;
          }
      if (matching < 35)
        {
          guint32 centre = *(const guint32 *) (data + 100 * stride + 4 * 100);

          g_test_fail_printf ("%s on %s: %d of 49 pixels are #%02x%02x%02x; the centre is #%06x",
                              c->what, c->date, matching, c->rgb[0], c->rgb[1], c->rgb[2], centre & 0xffffff);
        }
      cairo_surface_destroy (frame);
    }
}

/* The whole map fitted to @width × @height, zoomed @zoom times into its
 * centre south (where places crowd the legend) when @zoom > 1. */
static void
fit_view (int          width,
          int          height,
          double       zoom,
          KwaViewport *viewport)
{
  kwa_test_fit_view (document, width, height, zoom, viewport);
}

/* A unit's name at its arrow's head steps aside for places' names, other
 * units' names and markers: across the months when the front moved, at a
 * laptop's and a kiosk's size, in both languages, no unit's label covers
 * another label. */
/* Place names under the legend or cut by the view's edge: none, since
 * the legend, drawn over them, is reserved before they are placed, and so
 * are the strips around the view. (A unit's name is never left out:
 * it goes where it hides least, which near the legend may be under it.)
 * The legend is the one panel, in the view's lower right corner. */
static guint
count_under_legend (KwaMapRenderer    *renderer,
                    const KwaViewport *viewport,
                    const KwaMapLabel *labels,
                    guint              n)
{
  guint n_obstacles, n_inside = 0, count = 0;
  const KwaMapLabel *obstacles = kwa_map_renderer_get_obstacles (renderer, &n_obstacles);
  const KwaMapLabel *legend = NULL;

  /* The others are the strips around the view and the 38th parallel's
   * name (test_parallel_named()). */
  for (guint i = 0; i < n_obstacles; i++)
    if (obstacles[i].x >= 0 && obstacles[i].y >= 0 && obstacles[i].x + obstacles[i].width <= viewport->width &&
        obstacles[i].y + obstacles[i].height <= viewport->height &&
        obstacles[i].x + obstacles[i].width > viewport->width * 0.9 &&
        obstacles[i].y + obstacles[i].height > viewport->height * 0.9)
      {
        legend = &obstacles[i];
        n_inside++;
      }
  g_assert_cmpuint (n_inside, ==, 1);

  for (guint i = 0; i < n; i++)
    if (labels[i].hit.kind != KWA_MAP_HIT_MOVEMENT &&
        (labels[i].x < 0 || labels[i].y < 0 || labels[i].x + labels[i].width > viewport->width ||
         labels[i].y + labels[i].height > viewport->height))
      count++;
    else if (labels[i].hit.kind != KWA_MAP_HIT_MOVEMENT &&
        labels[i].x < legend->x + legend->width && legend->x < labels[i].x + labels[i].width &&
        labels[i].y < legend->y + legend->height && legend->y < labels[i].y + labels[i].height)
      count++;

  return count;
}

static void
test_labels_clear (void)
{
  /* In the small 4:3 view and the zoomed one, places lie where the
   * legend is. */
  const int sizes[][3] = { { 1920, 1080, 1 }, { 1366, 768, 1 }, { 640, 480, 1 }, { 1366, 768, 3 } };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO };
  KwaDate first, last;
  guint n_unit_labels = 0, n_overlaps = 0, n_under_legend = 0;

  g_assert_true (kwa_date_parse ("1950-06-25", &first));
  g_assert_true (kwa_date_parse ("1951-07-01", &last));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      KwaViewport viewport;

      fit_view (sizes[s][0], sizes[s][1], sizes[s][2], &viewport);
      kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (KwaDate day = first; day <= last; day += 3)
          {
            g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (document), day);
            g_autoptr(GError) error = NULL;
            const KwaMapLabel *labels;
            KwaRenderOptions options;
            guint n;
            cairo_t *cr = cairo_create (surface);

            kwa_render_options_init_default (&options);
            options.language = languages[l];
            g_assert_true (kwa_map_renderer_draw (renderer, cr, &viewport, scene, &options, &error));
            g_assert_no_error (error);
            cairo_destroy (cr);

            labels = kwa_map_renderer_get_labels (renderer, &n);
            n_under_legend += count_under_legend (renderer, &viewport, labels, n);
            for (guint i = 0; i < n; i++)
              {
                if (labels[i].hit.kind != KWA_MAP_HIT_MOVEMENT)
                  continue;
                n_unit_labels++;
                for (guint j = 0; j < n; j++)
                  {
                    const KwaMapLabel *a = &labels[i], *b = &labels[j];

                    if (j == i)
                      continue;
                    if (a->x < b->x + b->width && b->x < a->x + a->width &&
                        a->y < b->y + b->height && b->y < a->y + a->height)
                      {
                        g_autofree char *text = kwa_date_format (day, KWA_LANGUAGE_EN);

                        g_test_message ("%dx%d %s %s: label %u covers label %u", sizes[s][0], sizes[s][1],
                                        kwa_language_to_string (languages[l]), text, i, j);
                        n_overlaps++;
                      }
                  }
              }
          }
      cairo_surface_destroy (surface);
    }

  g_test_message ("%u unit labels, %u overlaps", n_unit_labels, n_overlaps);
  g_assert_cmpuint (n_unit_labels, >, 500);
  g_assert_cmpuint (n_overlaps, ==, 0);
  g_assert_cmpuint (n_under_legend, ==, 0);
}

static gboolean
boxes_meet (const KwaMapLabel *a,
            const KwaMapLabel *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Draws @day_text in @language with names @label_scale times their desk
 * size, as a kiosk or a desktop would (see kwa_test_draw_scene()); returns
 * the scene drawn, for the renderer's labels to be read against. */
static KwaScene *
draw_day (KwaMapRenderer    *renderer,
          const KwaViewport *viewport,
          const char        *day_text,
          KwaLanguage        language,
          double             label_scale)
{
  KwaScene *scene;
  KwaRenderOptions options;
  KwaDate day;

  g_assert_true (kwa_date_parse (day_text, &day));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), day);
  kwa_render_options_init_default (&options);
  options.language = language;
  options.label_scale = label_scale;
  cairo_surface_destroy (kwa_test_draw_scene (renderer, viewport, scene, &options, FALSE));

  return scene;
}

/* The 38th parallel's name is as large as the places' names (twice as
 * large in a room, where it was once a small print a visitor could not
 * read), wholly in view, in the west over the sea, and no place's name
 * covers it: it once sat on Kaesong's. */
static void
test_parallel_named (void)
{
  const int sizes[][3] = { { 1920, 1080, 1 }, { 1920, 1080, 2 }, { 1366, 768, 1 } };
  const char *days[] = { "1945-08-15", "1950-06-25", "1950-09-15", "1951-03-20", "1953-07-27" };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
      KwaViewport viewport;

      fit_view (sizes[s][0], sizes[s][1], 1, &viewport);
      kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (guint d = 0; d < G_N_ELEMENTS (days); d++)
          {
            g_autoptr(KwaScene) scene = draw_day (renderer, &viewport, days[d], languages[l], sizes[s][2]);
            const KwaMapLabel *labels, *obstacles, *name = NULL;
            guint n, n_obstacles, n_names = 0;

            /* In view and not the legend (in the lower right corner). */
            obstacles = kwa_map_renderer_get_obstacles (renderer, &n_obstacles);
            for (guint i = 0; i < n_obstacles; i++)
              if (obstacles[i].x >= 0 && obstacles[i].y >= 0 &&
                  obstacles[i].x + obstacles[i].width <= viewport.width &&
                  obstacles[i].y + obstacles[i].height <= viewport.height &&
                  obstacles[i].x + obstacles[i].width < viewport.width * 0.5)
                {
                  name = &obstacles[i];
                  n_names++;
                }
            g_assert_cmpuint (n_names, ==, 1);
            g_assert_cmpfloat (name->height, >=, sizes[s][2] > 1 ? 24 : 13);

            labels = kwa_map_renderer_get_labels (renderer, &n);
            for (guint i = 0; i < n; i++)
              if (labels[i].hit.kind == KWA_MAP_HIT_PLACE)
                g_assert_false (boxes_meet (&labels[i], name));
          }
    }
}

/* The parallel's height at column @x, between the points of @line (in
 * pixels, west to east); %FALSE past its ends. */
static gboolean
line_y_at (const KwaMapPoint *line,
           guint              n_points,
           double             x,
           double            *y)
{
  for (guint i = 0; i + 1 < n_points; i++)
    if (x >= MIN (line[i].x, line[i + 1].x) && x <= MAX (line[i].x, line[i + 1].x))
      {
        double t = line[i + 1].x != line[i].x ? (x - line[i].x) / (line[i + 1].x - line[i].x) : 0;

        *y = line[i].y + t * (line[i + 1].y - line[i].y);
        return TRUE;
      }
  return FALSE;
}

/* How many of @labels' place names the parallel @line strikes through (in
 * their letters, the middle 60 % of the box) or sets on the far side from
 * their town. */
static guint
count_names_across (const KwaMapLabel *labels,
                    guint              n_labels,
                    const KwaMapPoint *line,
                    guint              n_points,
                    const KwaViewport *viewport)
{
  guint n_places, across = 0;
  const KwaAtlasPlace *places = kwa_atlas_get_places (kwa_map_document_get_atlas (document), &n_places);

  for (guint i = 0; i < n_labels; i++)
    {
      const KwaMapLabel *label = &labels[i];
      double top = label->y + 0.2 * label->height, bottom = label->y + 0.8 * label->height;
      double px = 0, py = 0, line_y, middle_y;
      gboolean struck = FALSE;

      if (label->hit.kind != KWA_MAP_HIT_PLACE)
        continue;
      for (guint p = 0; p < n_places; p++)
        if (places[p].place == label->hit.record)
          kwa_viewport_map_to_pixel (viewport, places[p].point.x, places[p].point.y, &px, &py);

      for (double x = label->x; x <= label->x + label->width; x++)
        struck = struck || (line_y_at (line, n_points, x, &line_y) && line_y > top && line_y < bottom);
      if (!struck && line_y_at (line, n_points, px, &line_y) && fabs (py - line_y) > 0.5 &&
          line_y_at (line, n_points, label->x + label->width / 2, &middle_y))
        struck = (py < line_y) != ((top + bottom) / 2 < middle_y);
      if (struck)
        g_test_message ("%s: across the parallel at %.0f,%.0f",
                        kwa_text_get (&((const KwaPlace *) label->hit.record)->name, KWA_LANGUAGE_EN), label->x, label->y);
      across += struck;
    }
  return across;
}

/* Before the war the 38th parallel is the border between the zones, then
 * the states: no town's name is struck through by it or set on its far
 * side, which would read as the other side's. (On the kiosk's first stop
 * it once ran through Kaesong's name.) */
static void
test_names_off_the_border (void)
{
  /* 870x522: the map of a 1366x768 window beside its panels; 1057x848
   * with a room's labels: a 1920x1080 kiosk's map between its caption
   * column and its panels, where Kaesong's name in Korean was struck
   * through (it met Incheon's moved under the line). */
  const int sizes[][3] = { { 1920, 1080, 1 }, { 1920, 1080, 2 }, { 1366, 768, 1 }, { 1080, 1920, 2 }, { 870, 522, 1 }, { 1057, 848, 2 } };
  const char *days[] = { "1945-08-15", "1948-08-15", "1950-06-24" };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO };
  guint n_names = 0, n_across = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
      KwaViewport viewport;

      fit_view (sizes[s][0], sizes[s][1], 1, &viewport);
      kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (guint d = 0; d < G_N_ELEMENTS (days); d++)
          {
            g_autoptr(KwaScene) scene = draw_day (renderer, &viewport, days[d], languages[l], sizes[s][2]);
            g_autofree KwaMapPoint *parallel = NULL;
            const KwaMapLabel *labels;
            guint n, n_points = 0;

            for (guint i = 0; i < scene->lines->len; i++)
              {
                const KwaAtlasLine *line = g_ptr_array_index (scene->lines, i);

                if (line->line->kind != KWA_LINE_PARALLEL)
                  continue;
                n_points = line->n_points;
                parallel = g_new (KwaMapPoint, n_points);
                for (guint p = 0; p < n_points; p++)
                  kwa_viewport_map_to_pixel (&viewport, line->points[p].x, line->points[p].y,
                                             &parallel[p].x, &parallel[p].y);
              }
            g_assert_nonnull (parallel);

            labels = kwa_map_renderer_get_labels (renderer, &n);
            for (guint i = 0; i < n; i++)
              n_names += labels[i].hit.kind == KWA_MAP_HIT_PLACE;
            n_across += count_names_across (labels, n, parallel, n_points, &viewport);
          }
    }

  g_test_message ("%u place names, %u across the parallel", n_names, n_across);
  g_assert_cmpuint (n_names, >, 100);
  g_assert_cmpuint (n_across, ==, 0);
}

/* Labels placed on @day at 1920x1080 with @cover (if any) over the map;
 * how many of them overlap @area. */
static guint
count_labels_in (const cairo_rectangle_t *cover,
                 const cairo_rectangle_t *area,
                 KwaDate                  day)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  g_autoptr(KwaScene) scene = kwa_scene_new (kwa_map_document_get_atlas (document), day);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  const KwaMapLabel *labels;
  KwaRenderOptions options;
  KwaViewport viewport;
  guint n, inside = 0;

  fit_view (1920, 1080, 1, &viewport);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);
  kwa_render_options_init_default (&options);
  if (cover != NULL)
    {
      options.covers[0] = *cover;
      options.n_covers = 1;
    }
  g_assert_true (kwa_map_renderer_draw (renderer, cr, &viewport, scene, &options, NULL));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  labels = kwa_map_renderer_get_labels (renderer, &n);
  for (guint i = 0; i < n; i++)
    inside += labels[i].x < area->x + area->width && area->x < labels[i].x + labels[i].width &&
              labels[i].y < area->y + area->height && area->y < labels[i].y + labels[i].height;

  return inside;
}

/* No name under a widget over the map (the kiosk's language switch, at
 * its top right): it would be read through the switch, or not at all. */
static void
test_labels_clear_covers (void)
{
  const cairo_rectangle_t cover = { 960, 0, 960, 360 };
  KwaDate day;

  g_assert_true (kwa_date_parse ("1950-11-27", &day));
  g_assert_cmpuint (count_labels_in (NULL, &cover, day), >, 0);
  g_assert_cmpuint (count_labels_in (&cover, &cover, day), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/%s/%dx%d/%s", cases[i].date,
                                               cases[i].width, cases[i].height,
                                               cases[i].language);
      g_test_add_data_func (path, &cases[i], test_render_case);
    }

  g_test_add_func ("/render/labels-clear", test_labels_clear);
  g_test_add_func ("/render/labels-clear-covers", test_labels_clear_covers);
  g_test_add_func ("/render/parallel-named", test_parallel_named);
  g_test_add_func ("/render/names-off-the-border", test_names_off_the_border);
  g_test_add_func ("/render/holder-by-colour", test_holder_by_colour);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
