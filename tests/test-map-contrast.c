/* test-map-contrast.c: the map's colours part what they must part.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WCAG 2.x asks 3:1 of the colours that make a graphic's parts tell
 * apart ("non-text contrast"). On a map those are each side's land against
 * the sea, an arrow's edge against the land it crosses, and at the
 * armistice the DMZ's band against the land and the demarcation line
 * against the band. The colours are read from where the renderer reads
 * them (the palette, the basemap's land and sea), then from a rendered
 * frame's pixels, in every theme.
 */

#include "config.h"

#include <math.h>

#include "kwa-atlas.h"
#include "kwa-legend-symbol-painter.h"
#include "kwa-map-palette.h"
#include "kwa-render-enums.h"
#include "kwa-test-render.h"
#include "kwa-test-utils.h"

#define MIN_CONTRAST 3.0

static KwaMapDocument *document;

static double
channel_to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG 2.x relative luminance of an sRGB colour. */
static double
relative_luminance (const KwaColor *color)
{
  return 0.2126 * channel_to_linear (color->r) +
         0.7152 * channel_to_linear (color->g) +
         0.0722 * channel_to_linear (color->b);
}

static double
contrast_ratio (const KwaColor *a,
                const KwaColor *b)
{
  double la = relative_luminance (a), lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Records the ratio of @a to @b, and fails the test below @least:1. */
static void
expect_contrast_of (KwaMapTheme     theme,
                    const char     *what,
                    const KwaColor *a,
                    const KwaColor *b,
                    double          least)
{
  g_autofree char *a_hex = kwa_color_to_hex (a);
  g_autofree char *b_hex = kwa_color_to_hex (b);
  double ratio = contrast_ratio (a, b);

  g_test_message ("%-13s %-34s %s vs %s  %.2f:1", kwa_map_theme_to_string (theme), what, a_hex, b_hex, ratio);
  if (ratio < least)
    g_test_fail_printf ("%s theme: %s is %.2f:1 (%s against %s), below %.1f:1",
                        kwa_map_theme_to_string (theme), what, ratio, a_hex, b_hex, least);
}

/* Fails the test below 3:1, WCAG's least for a graphic's parts. */
static void
expect_contrast (KwaMapTheme     theme,
                 const char     *what,
                 const KwaColor *a,
                 const KwaColor *b)
{
  expect_contrast_of (theme, what, a, b, MIN_CONTRAST);
}

static void
test_palette_contrast (void)
{
  KwaBasemap *basemap = kwa_map_document_get_basemap (document);

  for (KwaMapTheme theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    {
      const KwaMapPalette *palette = kwa_map_palette_get (theme);
      KwaColor sea = kwa_basemap_get_sea_color (basemap, theme);

      for (KwaBasemapTint tint = KWA_BASEMAP_TINT_NORTH; tint <= KWA_BASEMAP_TINT_SOUTH; tint++)
        {
          const char *side = tint == KWA_BASEMAP_TINT_NORTH ? "north" : "south";
          KwaColor land = kwa_basemap_get_land_color (basemap, theme, tint);
          /* The movements layer paints the casing at the arrow's full
           * opacity, centred on its edge: its outer half lies on the land. */
          KwaColor band = kwa_color_over (&palette->dmz, palette->dmz_alpha, &land);
          g_autofree char *land_vs_sea = g_strdup_printf ("%s land / sea", side);
          g_autofree char *arrow = g_strdup_printf ("arrow casing / %s land", side);
          g_autofree char *dmz = g_strdup_printf ("DMZ band / %s land", side);
          g_autofree char *mdl = g_strdup_printf ("MDL casing / DMZ on %s land", side);

          expect_contrast (theme, land_vs_sea, &land, &sea);
          expect_contrast (theme, arrow, &palette->casing, &land);
          expect_contrast (theme, dmz, &band, &land);
          expect_contrast (theme, mdl, &palette->mdl_casing, &band);
        }
      expect_contrast (theme, "MDL / its casing", &palette->mdl, &palette->mdl_casing);
      /* A unit's name is text, in its side's colour lifted towards the
       * ink, on its halo: WCAG's 4.5:1 for text. */
      for (KwaSideId side = KWA_SIDE_NORTH; side < KWA_N_SIDES; side++)
        {
          KwaColor text = kwa_map_palette_get_side_text (theme,
                                                         &kwa_exhibit_get_side (kwa_map_document_get_exhibit (document),
                                                                                side)->color);

          expect_contrast_of (theme, side == KWA_SIDE_NORTH ? "north unit name / halo" : "south unit name / halo",
                              &text, &palette->halo, 4.5);
        }
      expect_contrast (theme, "front line / its halo", &palette->ink, &palette->halo);
    }
}

/* The colour most of a 7 by 7 block around (@x, @y) of @frame has: a
 * river or a border may cross it. */
static KwaColor
dominant_colour (cairo_surface_t *frame,
                 int              x,
                 int              y)
{
  const guchar *data = cairo_image_surface_get_data (frame);
  int stride = cairo_image_surface_get_stride (frame);
  guint32 best = 0;
  int best_count = -1;

  for (int j = -3; j <= 3; j++)
    for (int i = -3; i <= 3; i++)
      {
        guint32 pixel = *(const guint32 *) (data + (y + j) * stride + 4 * (x + i)) & 0xffffff;
        int count = 0;

        for (int jj = -3; jj <= 3; jj++)
          for (int ii = -3; ii <= 3; ii++)
            count += (*(const guint32 *) (data + (y + jj) * stride + 4 * (x + ii)) & 0xffffff) == pixel;
        if (count > best_count)
          {
            best = pixel;
            best_count = count;
          }
      }

  return (KwaColor) { ((best >> 16) & 0xff) / 255.0, ((best >> 8) & 0xff) / 255.0, (best & 0xff) / 255.0 };
}

/* A frame of the armistice in @theme, centred on (@lon, @lat) at 4 px a
 * kilometre, its colour there. */
static KwaColor
rendered_colour_at (KwaMapTheme theme,
                    double      lon,
                    double      lat)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  g_autoptr(KwaScene) scene = NULL;
  KwaMapPoint point = kwa_atlas_project (kwa_map_document_get_atlas (document), (KwaLonLat) { lon, lat });
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapExtent extent;
  KwaDate date;
  cairo_surface_t *frame;
  KwaColor colour;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 120, 120);
  viewport.scale = 4;
  viewport.center_x = point.x;
  viewport.center_y = point.y;
  kwa_basemap_cache_prepare_sync (cache, &viewport, theme);
  g_assert_true (kwa_date_parse ("1953-07-28", &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  kwa_render_options_init_default (&options);
  options.layers = KWA_MAP_LAYER_CONTROL;
  options.theme = theme;
  frame = kwa_test_draw_scene (renderer, &viewport, scene, &options, FALSE);
  colour = dominant_colour (frame, 60, 60);
  cairo_surface_destroy (frame);

  return colour;
}

/* The same ratios read back from what the renderer drew: the Yellow Sea,
 * Pyongyang (the north's) and Gyeongju (the south's) at the armistice. */
static void
test_rendered_contrast (void)
{
  for (KwaMapTheme theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    {
      KwaColor sea = rendered_colour_at (theme, 125.00, 36.50);
      KwaColor north = rendered_colour_at (theme, 125.70, 39.10);
      KwaColor south = rendered_colour_at (theme, 129.21, 35.84);

      KwaBasemap *basemap = kwa_map_document_get_basemap (document);
      KwaColor want_sea = kwa_basemap_get_sea_color (basemap, theme);
      KwaColor want_north = kwa_basemap_get_land_color (basemap, theme, KWA_BASEMAP_TINT_NORTH);

      /* What was drawn is what the palette says. */
      g_assert_cmpfloat_with_epsilon (sea.r, want_sea.r, 2.5 / 255);
      g_assert_cmpfloat_with_epsilon (sea.b, want_sea.b, 2.5 / 255);
      g_assert_cmpfloat_with_epsilon (north.r, want_north.r, 2.5 / 255);
      g_assert_cmpfloat_with_epsilon (north.g, want_north.g, 2.5 / 255);
      expect_contrast (theme, "rendered north land / sea", &north, &sea);
      expect_contrast (theme, "rendered south land / sea", &south, &sea);
    }
}

/* The colour at (@x, @y) of @surface. */
static KwaColor
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);

  return (KwaColor) { ((pixel >> 16) & 0xff) / 255.0, ((pixel >> 8) & 0xff) / 255.0, (pixel & 0xff) / 255.0 };
}

static void
assert_same_colour (const char     *what,
                    const KwaColor *drawn,
                    const KwaColor *map)
{
  g_autofree char *drawn_hex = kwa_color_to_hex (drawn);
  g_autofree char *map_hex = kwa_color_to_hex (map);

  if (fabs (drawn->r - map->r) > 2.5 / 255 || fabs (drawn->g - map->g) > 2.5 / 255 ||
      fabs (drawn->b - map->b) > 2.5 / 255)
    g_test_fail_printf ("the legend's %s is %s, the map's %s", what, drawn_hex, map_hex);
}

/* A legend's swatch is the land as the map draws it, and its DMZ the band
 * over that land: a reader matches them by colour. */
static void
test_legend_matches_map (void)
{
  KwaBasemap *basemap = kwa_map_document_get_basemap (document);
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  const KwaColor *north = &kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH)->color;
  const KwaColor *south = &kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH)->color;

  for (KwaMapTheme theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    {
      const KwaMapPalette *palette = kwa_map_palette_get (theme);
      KwaColor north_land = kwa_basemap_get_land_color (basemap, theme, KWA_BASEMAP_TINT_NORTH);
      KwaColor south_land = kwa_basemap_get_land_color (basemap, theme, KWA_BASEMAP_TINT_SOUTH);
      KwaColor band = kwa_color_over (&palette->dmz, palette->dmz_alpha, &north_land);
      const struct { KwaLegendEntry entry; const char *what; const KwaColor *map; } cases[] = {
        { KWA_LEGEND_ENTRY_NORTH_LAND, "north's land", &north_land },
        { KWA_LEGEND_ENTRY_SOUTH_LAND, "south's land", &south_land },
        { KWA_LEGEND_ENTRY_DMZ, "DMZ", &band },
      };

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 24, 14);
          cairo_t *cr = cairo_create (surface);
          KwaColor drawn;

          kwa_legend_symbol_paint_entry (cr, cases[i].entry, theme, north, south, 0, 0, 24, 14, 1);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          /* Off the middle: the DMZ's symbol has no line through it, but
           * keep clear of any. */
          drawn = pixel_at (surface, 4, 5);
          assert_same_colour (cases[i].what, &drawn, cases[i].map);
          cairo_surface_destroy (surface);
        }
    }
}

/* The rectangle where @a and @b differ. */
static gboolean
differing_box (cairo_surface_t       *a,
               cairo_surface_t       *b,
               cairo_rectangle_int_t *box)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int x0 = width, y0 = height, x1 = -1, y1 = -1;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        KwaColor pa = pixel_at (a, x, y), pb = pixel_at (b, x, y);

        if (pa.r != pb.r || pa.g != pb.g || pa.b != pb.b)
          {
            x0 = MIN (x0, x);
            y0 = MIN (y0, y);
            x1 = MAX (x1, x);
            y1 = MAX (y1, y);
          }
      }
  *box = (cairo_rectangle_int_t) { x0, y0, x1 - x0 + 1, y1 - y0 + 1 };

  return x1 >= 0;
}

/* The frame of @day at a laptop's size, with and without the legend,
 * and where they differ: the legend. */
static cairo_rectangle_int_t
legend_box_hit (const char *day,
                double      text_scale,
                gboolean    collapsed,
                KwaMapHit  *header_hit);

static cairo_rectangle_int_t
legend_box (const char *day,
            double      text_scale)
{
  return legend_box_hit (day, text_scale, FALSE, NULL);
}

/* As legend_box(), @collapsed or not; and what a click at the middle of
 * the legend's first row finds. */
static cairo_rectangle_int_t
legend_box_hit (const char *day,
                double      text_scale,
                gboolean    collapsed,
                KwaMapHit  *header_hit)
{
  g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
  g_autoptr(KwaScene) scene = NULL;
  cairo_surface_t *with, *without;
  cairo_rectangle_int_t box;
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapExtent extent;
  KwaDate date;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 1366, 768);
  kwa_basemap_cache_prepare_sync (cache, &viewport, KWA_MAP_THEME_LIGHT);
  g_assert_true (kwa_date_parse (day, &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  kwa_render_options_init_default (&options);
  options.text_scale = text_scale;
  options.legend_collapsed = collapsed;
  options.layers = KWA_MAP_LAYER_CONTROL | KWA_MAP_LAYER_LEGEND | KWA_MAP_LAYER_FRONT |
                   KWA_MAP_LAYER_MOVEMENTS | KWA_MAP_LAYER_EVENTS | KWA_MAP_LAYER_PARALLEL | KWA_MAP_LAYER_DMZ;
  options.layers &= ~KWA_MAP_LAYER_LEGEND;
  without = kwa_test_draw_scene (renderer, &viewport, scene, &options, FALSE);
  options.layers |= KWA_MAP_LAYER_LEGEND;
  with = kwa_test_draw_scene (renderer, &viewport, scene, &options, FALSE);
  g_assert_true (differing_box (with, without, &box));
  if (header_hit != NULL)
    *header_hit = kwa_map_renderer_hit_test (renderer, box.x + box.width / 2.0, box.y + 20);
  if (g_getenv ("KWA_TEST_SAVE") != NULL)
    cairo_surface_write_to_png (with, g_getenv ("KWA_TEST_SAVE"));
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);

  return box;
}

/* The legend keeps to its corner, in two columns, even with text at
 * twice its size. */
static void
test_legend_stays_compact (void)
{
  static const char *days[] = { "1950-09-01", "1953-07-28" };

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    for (double text_scale = 1; text_scale <= 2; text_scale += 1)
      {
        cairo_rectangle_int_t box = legend_box (days[d], text_scale);

        g_test_message ("%s, text at %.0f %%: the legend is %d by %d px at (%d, %d)", days[d], text_scale * 100,
                        box.width, box.height, box.x, box.y);
        g_assert_cmpint (box.width, <=, 1366 * 0.42 + 2);
        g_assert_cmpint (box.height, <=, 768 * 0.40 + 2);
      }
}

/* A click on the header closes the legend to the header alone, and on
 * that opens it again; exports draw it open (the default options). */
static void
test_legend_collapses (void)
{
  KwaMapHit open_hit, closed_hit;
  cairo_rectangle_int_t open = legend_box_hit ("1953-07-28", 1, FALSE, &open_hit);
  cairo_rectangle_int_t closed = legend_box_hit ("1953-07-28", 1, TRUE, &closed_hit);
  KwaRenderOptions defaults;

  g_test_message ("open %d by %d, closed %d by %d", open.width, open.height, closed.width, closed.height);
  g_assert_cmpint (open_hit.kind, ==, KWA_MAP_HIT_LEGEND);
  g_assert_cmpint (closed_hit.kind, ==, KWA_MAP_HIT_LEGEND);
  g_assert_cmpint (closed.height, <=, 22 + 2 * 10 + 2);
  g_assert_cmpint (closed.height * 3, <, open.height);
  g_assert_cmpint (closed.width, <, open.width);
  kwa_render_options_init_default (&defaults);
  g_assert_false (defaults.legend_collapsed);
}

/* At the armistice the demarcation line shows down the middle of the
 * DMZ's band, in its own colour, in every theme: the band is painted
 * first whatever order the exhibit lists the lines in. */
static void
test_mdl_over_dmz (void)
{
  g_autoptr(KwaScene) scene = NULL;
  const KwaAtlasLine *mdl = NULL;
  KwaDate date;

  g_assert_true (kwa_date_parse ("1953-07-28", &date));
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  for (guint i = 0; i < scene->lines->len; i++)
    if (((const KwaAtlasLine *) g_ptr_array_index (scene->lines, i))->line->kind == KWA_LINE_MDL)
      mdl = g_ptr_array_index (scene->lines, i);
  g_assert_nonnull (mdl);

  for (KwaMapTheme theme = 0; theme < KWA_N_MAP_THEMES; theme++)
    {
      g_autoptr(KwaBasemapCache) cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
      g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (cache);
      const KwaColor *want = &kwa_map_palette_get (theme)->mdl;
      KwaMapPoint middle = mdl->points[mdl->n_points / 2];
      KwaRenderOptions options;
      KwaViewport viewport;
      KwaMapExtent extent;
      cairo_surface_t *frame;
      gboolean found = FALSE;

      kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
      kwa_viewport_init_fit (&viewport, &extent, 60, 60);
      viewport.scale = 2;
      viewport.center_x = middle.x;
      viewport.center_y = middle.y;
      kwa_basemap_cache_prepare_sync (cache, &viewport, theme);
      kwa_render_options_init_default (&options);
      options.layers = KWA_MAP_LAYER_CONTROL | KWA_MAP_LAYER_DMZ;
      options.theme = theme;
      frame = kwa_test_draw_scene (renderer, &viewport, scene, &options, FALSE);
      for (int y = 27; y <= 33 && !found; y++)
        for (int x = 27; x <= 33 && !found; x++)
          {
            KwaColor drawn = pixel_at (frame, x, y);

            found = fabs (drawn.r - want->r) < 8.0 / 255 && fabs (drawn.g - want->g) < 8.0 / 255 &&
                    fabs (drawn.b - want->b) < 8.0 / 255;
          }
      cairo_surface_destroy (frame);
      if (!found)
        g_test_fail_printf ("%s theme: no pixel of the demarcation line's colour where it runs",
                            kwa_map_theme_to_string (theme));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  document = kwa_test_load_bundled ();

  g_test_add_func ("/map-contrast/palette", test_palette_contrast);
  g_test_add_func ("/map-contrast/rendered", test_rendered_contrast);
  g_test_add_func ("/map-contrast/mdl-over-dmz", test_mdl_over_dmz);
  g_test_add_func ("/map-contrast/legend-matches-map", test_legend_matches_map);
  g_test_add_func ("/map-contrast/legend-stays-compact", test_legend_stays_compact);
  g_test_add_func ("/map-contrast/legend-collapses", test_legend_collapses);

  status = g_test_run ();
  g_object_unref (document);

  return status;
}
