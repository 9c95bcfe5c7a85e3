/* test-render.c: the renderer against committed reference images.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case renders a day of the bundled exhibit at a size and in a
 * language, exactly as --render and the map view do, and compares it with
 * tests/reference/NAME.png. A pixel differs when a channel is off by more
 * than CHANNEL_TOLERANCE; a case fails when more than PIXEL_TOLERANCE of
 * its pixels differ. A failure writes NAME.out.png (what was drawn) and
 * NAME.diff.png (the differing pixels in red) next to the reference.
 * KWA_UPDATE_REFERENCES=1 writes new references instead.
 */

#include "config.h"

#include "kwa-map-document.h"
#include "kwa-map-renderer-private.h"
#include "kwa-png-writer.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#define CHANNEL_TOLERANCE 8
#define PIXEL_TOLERANCE   0.004
/* The composed and the painted frame come from two rasterisers, which
 * differ by a level or two along every edge: more pixels may differ
 * between them, never by more than CHANNEL_TOLERANCE. A tint off by a
 * few levels changes every pixel of its land (a third of the frame). */
#define PATHS_PIXEL_TOLERANCE 0.005

typedef struct
{
  const char  *date;
  int          width, height;
  KwaLanguage  language;
} RenderCase;

static const RenderCase cases[] = {
  { "1950-06-25", 960, 540, KWA_LANGUAGE_EN },
  { "1950-06-25", 640, 960, KWA_LANGUAGE_KO },
  { "1950-09-14", 960, 540, KWA_LANGUAGE_KO },
  { "1950-09-14", 640, 960, KWA_LANGUAGE_EN },
  { "1950-11-24", 960, 540, KWA_LANGUAGE_EN },
  { "1950-11-24", 640, 960, KWA_LANGUAGE_KO },
  { "1951-01-24", 960, 540, KWA_LANGUAGE_KO },
  { "1951-01-24", 640, 960, KWA_LANGUAGE_EN },
  { "1953-07-27", 960, 540, KWA_LANGUAGE_EN },
  { "1953-07-27", 640, 960, KWA_LANGUAGE_KO },
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
  KwaMapRect extent;
  cairo_surface_t *surface;
  cairo_t *cr;
  KwaDate date;

  g_assert_true (kwa_date_parse (c->date, &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);

  kwa_render_options_init_default (&options);
  options.language = c->language;

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

/* Returns the fraction of differing pixels; fills @diff with them in red. */
static double
compare (cairo_surface_t *drawn,
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

        if (worst > CHANNEL_TOLERANCE)
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

static void
test_render_case (gconstpointer data)
{
  const RenderCase *c = data;
  g_autofree char *name = g_strdup_printf ("%s-%dx%d-%s", c->date, c->width, c->height,
                                           kwa_language_to_string (c->language));
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
  fraction = compare (drawn, reference, diff);
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

/* Frames onto an image the view's size are composed straight into its
 * pixels (kwa_basemap_cache_compose()), their arrows, arrow outlines
 * and hatching filled straight into them too (KwaShapeFill), and the
 * front and its dashed ghost stroked so (KwaPolylineStroke); anything
 * else (a recording, as the widget draws into, or vector output) paints
 * the tints through cairo clips and fills and strokes the overlays with
 * cairo. The two must look the same: only antialiased edges may differ.
 * The days below have arrows on the move and hatched bands. */
/* @scene drawn onto a new image the view's size, straight or through a
 * recording (as the widget draws) replayed onto it. */
static cairo_surface_t *
draw_scene (KwaMapRenderer         *renderer,
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

static cairo_surface_t *
render_day_with (KwaMapRenderer    *renderer,
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

  return draw_scene (renderer, viewport, scene, &options, through_recording);
}

static cairo_surface_t *
render_day (KwaMapRenderer    *renderer,
            const KwaViewport *viewport,
            const char        *day,
            gboolean           through_recording)
{
  KwaRenderOptions defaults;

  kwa_render_options_init_default (&defaults);
  return render_day_with (renderer, viewport, day, through_recording, defaults.layers);
}

static void
test_composed_like_painted (void)
{
  /* Before the division (no tints), the front crossing the parallel, the
   * Pusan Perimeter with the Incheon beachhead, the Chinese offensives. */
  const char *days[] = { "1945-09-01", "1950-07-10", "1950-09-20", "1950-12-10", "1951-01-24" };
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  KwaViewport viewport;
  KwaMapRect extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 960, 540);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      cairo_surface_t *composed = render_day (renderer, &viewport, days[i], FALSE);
      cairo_surface_t *painted = render_day (renderer, &viewport, days[i], TRUE);
      cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 960, 540);
      double fraction = compare (composed, painted, diff);

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
  KwaMapRect extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 1920, 1080);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      /* Each against its own base: the two ways round the basemap's edges
       * differ by a level here and there, which would swamp the arrows. */
      cairo_surface_t *composed_base = render_day_with (renderer, &viewport, days[i], FALSE, base_layers);
      cairo_surface_t *painted_base = render_day_with (renderer, &viewport, days[i], TRUE, base_layers);
      cairo_surface_t *composed = render_day_with (renderer, &viewport, days[i], FALSE,
                                                   base_layers | KWA_MAP_LAYER_MOVEMENTS);
      cairo_surface_t *painted = render_day_with (renderer, &viewport, days[i], TRUE,
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
  KwaMapRect extent;
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
  /* The corner is desk; every pixel is opaque. */
  cairo_surface_flush (image);
  pixel = (guint32 *) cairo_image_surface_get_data (image);
  g_assert_cmphex (pixel[0], ==, 0xff808080);

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
  KwaMapRect extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, width, height);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      cairo_surface_t *whole = render_day_with (renderer, &viewport, days[i], FALSE, KWA_MAP_LAYERS_ALL);
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

  return draw_scene (renderer, viewport, scene, &options, FALSE);
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
#define SEA        { 221, 230, 234 }

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
  KwaMapRect extent;

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
      frame = render_day_with (renderer, &viewport, c->date, FALSE, KWA_MAP_LAYER_CONTROL);
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
  KwaMapRect extent;
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
  KwaMapRect extent;
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

/* A unit's name at its arrow's head steps aside for places' names, other
 * units' names and markers: across the months when the front moved, at a
 * laptop's and a kiosk's size, in both languages, no unit's label covers
 * another label. */
static void
test_labels_clear (void)
{
  const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 } };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO };
  KwaDate first, last;
  guint n_unit_labels = 0, n_overlaps = 0;

  g_assert_true (kwa_date_parse ("1950-06-25", &first));
  g_assert_true (kwa_date_parse ("1951-07-01", &last));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      KwaViewport viewport;
      KwaMapRect extent;

      kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
      kwa_viewport_init_fit (&viewport, &extent, sizes[s][0], sizes[s][1]);
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
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  document = kwa_map_document_new_default (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/%s/%dx%d/%s", cases[i].date,
                                               cases[i].width, cases[i].height,
                                               kwa_language_to_string (cases[i].language));
      g_test_add_data_func (path, &cases[i], test_render_case);
    }

  g_test_add_func ("/render/composed-like-painted", test_composed_like_painted);
  g_test_add_func ("/render/arrows-like-cairo", test_arrows_like_cairo);
  g_test_add_func ("/render/compose-declines", test_compose_declines);
  g_test_add_func ("/render/png-round-trip", test_png_round_trip);
  g_test_add_func ("/render/labels-clear", test_labels_clear);
  g_test_add_func ("/render/band-like-frame", test_band_like_frame);
  g_test_add_func ("/render/threads-like-one", test_threads_like_one);
  g_test_add_func ("/render/bands-meet-anywhere", test_bands_meet_anywhere);
  g_test_add_func ("/render/holder-by-colour", test_holder_by_colour);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
