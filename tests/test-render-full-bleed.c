/* test-render-full-bleed.c: the map reaches every edge of every frame.
 *
 * A PNG drawn as --render draws it (kwa_map_export_to_file() from a
 * viewport fitted with kwa_viewport_init_fit()), at the screens an
 * exhibit meets — 16:9 at two sizes, 21:9, portrait 9:16 and 4:3 — shows
 * basemap along all four edges: its sea, the neighbours' land or their
 * lakes, never a "desk" or a background beyond the basemap. So does the
 * view zoomed as far out as it goes and panned hard into each corner of
 * the data, where a view that could look past the data would show a void.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "kwa-map-export.h"
#include "kwa-map-palette.h"
#include "kwa-test-utils.h"

/* Samples along each edge, corners included. */
#define N_SAMPLES 32

/* How far (per channel, 0-255) a sample may be from a basemap fill and
 * still count as it: graticule hairlines and faint rivers blend in a few
 * levels. */
#define CHANNEL_TOLERANCE 10

/* Lines (coast, graticule, rivers, borders) can sit exactly under a
 * sample: this share of an edge's samples may be off the fills. The old
 * desk covered whole edges. */
#define MAX_OFF_FILL_SHARE 0.15

typedef struct
{
  int width, height;
} Size;

/* An edge of the frame: its first pixel and the step to its last. */
typedef struct
{
  const char *name;
  double      x0, y0, dx, dy;
} Edge;

static const Size sizes[] = {
  { 1920, 1080 },   /* 16:9, the kiosk */
  { 1366, 768 },    /* 16:9, a laptop */
  { 2560, 1080 },   /* 21:9 */
  { 1080, 1920 },   /* 9:16, a portrait kiosk */
  { 1024, 768 },    /* 4:3, an old projector */
  { 720, 1280 },    /* 9:16, smaller */
};

/* The basemap's light-theme fills: the neighbours' land (the basemap's
 * own <style>) and lakes (data/map-themes/light.css); the sea is the
 * palette's (see is_basemap_fill()). Edges meet no Korean land in the
 * views below, and the control layer tints only Korean land. */
static const guint8 fills[][3] = {
  { 0xeb, 0xe7, 0xde },
  { 0x5b, 0x84, 0xa1 },
  { 0x4b, 0x72, 0x8f },   /* the graticule over the deep sea, along which an edge can run */
};

static KwaMapDocument *document;

static gboolean
is_basemap_fill (const guint8 *pixel)
{
  const KwaColor *sea = kwa_map_palette_get_sea (KWA_MAP_THEME_LIGHT);

  if (ABS (pixel[2] - sea->r * 255) <= CHANNEL_TOLERANCE &&
      ABS (pixel[1] - sea->g * 255) <= CHANNEL_TOLERANCE &&
      ABS (pixel[0] - sea->b * 255) <= CHANNEL_TOLERANCE)
    return TRUE;
  for (guint f = 0; f < G_N_ELEMENTS (fills); f++)
    {
      /* Cairo's RGB24 in memory: blue, green, red, unused (little endian). */
      if (ABS (pixel[2] - fills[f][0]) <= CHANNEL_TOLERANCE &&
          ABS (pixel[1] - fills[f][1]) <= CHANNEL_TOLERANCE &&
          ABS (pixel[0] - fills[f][2]) <= CHANNEL_TOLERANCE)
        return TRUE;
    }
  return FALSE;
}

/* Renders @viewport to a PNG as --render does, and reads it back. */
static cairo_surface_t *
render_png (const KwaViewport *viewport)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-full-bleed-XXXXXX", &error);
  g_autofree char *path = NULL;
  KwaRenderOptions options;
  cairo_surface_t *image;

  g_assert_no_error (error);
  path = g_build_filename (dir, "frame.png", NULL);

  /* The basemap and who holds the land, nothing laid over it, so that an
   * edge sample sees the map itself. */
  kwa_render_options_init_default (&options);
  options.layers = KWA_MAP_LAYER_CONTROL;
  g_assert_true (kwa_map_export_to_file (document, kwa_date_from_ymd (1950, 9, 20), viewport, &options, path,
                                         &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) viewport->width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) viewport->height);

  g_unlink (path);
  g_rmdir (dir);

  return image;
}

static void
assert_edges_are_map (const KwaViewport *viewport,
                      const char        *what)
{
  cairo_surface_t *image = render_png (viewport);
  const guint8 *data;
  int stride, width, height;
  Edge edges[4];

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);

  edges[0] = (Edge) { "top", 0, 0, width - 1, 0 };
  edges[1] = (Edge) { "bottom", 0, height - 1, width - 1, 0 };
  edges[2] = (Edge) { "left", 0, 0, 0, height - 1 };
  edges[3] = (Edge) { "right", width - 1, 0, 0, height - 1 };

  for (guint e = 0; e < G_N_ELEMENTS (edges); e++)
    {
      guint off_fill = 0;

      for (guint i = 0; i < N_SAMPLES; i++)
        {
          double t = (double) i / (N_SAMPLES - 1);
          int x = (int) lround (edges[e].x0 + edges[e].dx * t);
          int y = (int) lround (edges[e].y0 + edges[e].dy * t);
          const guint8 *pixel = data + y * stride + x * 4;

          if (!is_basemap_fill (pixel))
            {
              off_fill++;
              g_test_message ("%s %dx%d, %s edge: (%d, %d) is #%02x%02x%02x", what, width, height,
                              edges[e].name, x, y, pixel[2], pixel[1], pixel[0]);
            }
        }
      if (off_fill > N_SAMPLES * MAX_OFF_FILL_SHARE)
        g_error ("%s %dx%d: %u of %d samples along the %s edge are not basemap", what, width, height,
                 off_fill, N_SAMPLES, edges[e].name);
    }

  cairo_surface_destroy (image);
}

static void
test_fit_reaches_every_edge (void)
{
  KwaMapExtent extent;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KwaViewport viewport;

      kwa_viewport_init_fit (&viewport, &extent, sizes[s].width, sizes[s].height);
      assert_edges_are_map (&viewport, "fit");
    }
}

/* The view shows no more than the data, and as far out as it goes, all of
 * the data's width or height: the basemap may draw a little past its data
 * rectangle, so the pixels alone would not notice a view a fifth too far
 * out. Within a pixel. */
static void
assert_view_within_data (const KwaViewport  *viewport,
                         const KwaMapExtent *extent)
{
  const KwaMapRect *data = &extent->data;
  double slack = 1.0 / viewport->scale;
  KwaMapRect visible;

  kwa_viewport_get_visible (viewport, &visible);
  if (visible.x < data->x - slack || visible.y < data->y - slack ||
      visible.x + visible.width > data->x + data->width + slack ||
      visible.y + visible.height > data->y + data->height + slack)
    g_error ("%gx%g view shows (%g, %g) %g x %g, past the data (%g, %g) %g x %g",
             viewport->width, viewport->height, visible.x, visible.y, visible.width, visible.height,
             data->x, data->y, data->width, data->height);
  g_assert_true (visible.width >= data->width - slack || visible.height >= data->height - slack);
}

/* As far out as the view goes, pushed hard into each corner of the data. */
static void
test_zoomed_out_and_panned_reaches_every_edge (void)
{
  KwaMapExtent extent;
  static const double pushes[][2] = { { 1e6, 1e6 }, { -1e6, 1e6 }, { 1e6, -1e6 }, { -1e6, -1e6 } };

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s += 2)
    for (guint p = 0; p < G_N_ELEMENTS (pushes); p++)
      {
        KwaViewport viewport;

        kwa_viewport_init_fit (&viewport, &extent, sizes[s].width, sizes[s].height);
        kwa_viewport_zoom_at (&viewport, &extent, 1e-3, sizes[s].width / 2.0, sizes[s].height / 2.0);
        kwa_viewport_pan (&viewport, &extent, pushes[p][0], pushes[p][1]);
        assert_view_within_data (&viewport, &extent);
        assert_edges_are_map (&viewport, "zoomed out, panned");
      }
}

/* The window's view (a small map, zoomed in on the south) exported for a
 * 4K screen with its caption: the map reaches the top and sides, and the
 * band at the foot carries the title and sources (as text in a PDF; as
 * light type on the dark band in a PNG). */
static void
test_export_at_4k_with_caption (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-export-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "view.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "view.pdf", NULL);
  g_autofree char *text = NULL;
  KwaExportCaption caption = { "Korean War Atlas · September 20, 1950 · Inchon landing",
                               "Map: Natural Earth. History: Appleman 1961." };
  KwaRenderOptions options;
  KwaViewport window, export;
  KwaMapExtent extent;
  cairo_surface_t *image;
  const guint8 *data;
  int stride, band_row, dark = 0, light = 0;
  g_autofree char *command = NULL;
  g_autofree char *pdftotext = NULL;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&window, &extent, 869, 560);
  kwa_viewport_zoom_at (&window, &extent, 2.0, 600, 420);
  kwa_viewport_init_showing (&export, &window, &extent, 3840, 2160);

  kwa_render_options_init_default (&options);
  options.layers = KWA_MAP_LAYER_CONTROL;
  g_assert_true (kwa_map_export_to_file_captioned (document, kwa_date_from_ymd (1950, 9, 20), &export, &options,
                                                   &caption, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 3840);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 2160);
  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);

  /* No grey void: the picture shows all the window showed, and nothing
   * outside the map's data, which the basemap covers edge to edge (the
   * tests above). */
  {
    KwaMapRect shown, asked;

    kwa_viewport_get_visible (&export, &shown);
    kwa_viewport_get_visible (&window, &asked);
    g_assert_cmpfloat (shown.x, <=, asked.x + 1e-6);
    g_assert_cmpfloat (shown.y, <=, asked.y + 1e-6);
    g_assert_cmpfloat (shown.x + shown.width, >=, asked.x + asked.width - 1e-6);
    g_assert_cmpfloat (shown.y + shown.height, >=, asked.y + asked.height - 1e-6);
    g_assert_cmpfloat (shown.x, >=, extent.data.x - 1e-6);
    g_assert_cmpfloat (shown.y, >=, extent.data.y - 1e-6);
    g_assert_cmpfloat (shown.x + shown.width, <=, extent.data.x + extent.data.width + 1e-6);
    g_assert_cmpfloat (shown.y + shown.height, <=, extent.data.y + extent.data.height + 1e-6);
  }

  /* The band: dark, with light type in it. */
  for (band_row = 2160 - 140; band_row < 2160; band_row += 4)
    for (int x = 0; x < 3840; x += 2)
      {
        const guint8 *pixel = data + band_row * stride + x * 4;

        dark += pixel[2] < 60 && pixel[1] < 60 && pixel[0] < 70;
        light += pixel[2] > 180 && pixel[1] > 180 && pixel[0] > 180;
      }
  g_test_message ("caption band: %d dark and %d light samples", dark, light);
  g_assert_cmpint (dark, >, 35 * 1920 / 2);
  g_assert_cmpint (light, >, 200);
  cairo_surface_destroy (image);

  /* A page for print: the caption's words are text. */
  kwa_viewport_init_showing (&export, &window, &extent, 842, 595);
  g_assert_true (kwa_map_export_to_file_captioned (document, kwa_date_from_ymd (1950, 9, 20), &export, &options,
                                                   &caption, pdf, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("pdftotext %s -", pdf);
  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext != NULL)
    {
      g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "Inchon landing"));
      g_assert_nonnull (strstr (text, "Appleman 1961"));
    }

  /* KWA_TEST_KEEP=1 keeps the pictures to look at. */
  if (g_getenv ("KWA_TEST_KEEP") != NULL)
    {
      g_printerr ("kept %s and %s\n", png, pdf);
      return;
    }
  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/render/full-bleed/fit", test_fit_reaches_every_edge);
  g_test_add_func ("/render/full-bleed/zoomed-out-panned", test_zoomed_out_and_panned_reaches_every_edge);
  g_test_add_func ("/render/full-bleed/export-4k-with-caption", test_export_at_4k_with_caption);

  status = g_test_run ();
  g_clear_object (&document);

  return status;
}
