/* test-projection.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-projection"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "kwa-projection.h"

/* Reference values from PROJ 9.1.1 (Debian 12 proj-bin), not from our own
 * code:
 *
 *   echo "126.978 37.5665" | cs2cs -f %.6f +proj=longlat +datum=WGS84 +to \
 *     +proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km +no_defs
 *
 * Printed to the millimetre; tools/gen-basemap.py agrees with cs2cs to
 * 0.06 mm over 2000 random points of the clip box.
 */
typedef struct
{
  const char *name;
  double lon, lat;   /* degrees */
  double x, y;       /* easting, northing in km */
} Reference;

static const Reference references[] = {
  { "origin",            127.5,     38.0,         0.000000,    0.000000 },
  { "Seoul",             126.978,   37.5665,    -46.031215,  -47.898669 },
  { "Pyongyang",         125.7543,  39.0339,   -150.914330,  115.975328 },
  { "Busan",             129.0756,  35.1796,    143.363964, -311.270211 },
  { "Sinuiju",           124.3983,  40.1006,   -264.206213,  237.220312 },
  { "Chongjin",          129.7758,  41.7956,    189.317465,  423.385548 },
  { "box south-west",    124.0,     33.0,      -327.400708, -548.140493 },
  { "box north-east",    131.5,     43.2,       326.035358,  584.347241 },
  { "box north-west",    124.0,     43.2,      -285.301095,  582.722362 },
  { "box south-east",    131.5,     33.0,       374.145803, -546.275844 },
};

/* Inverse references, same tool in the other direction (cs2cs -f %.9f). */
static const Reference inverse_references[] = {
  { "south-east of Busan",  130.218853628, 34.357441801,  250.0, -400.0 },
  { "north-west corner",    123.859117389, 42.452753927, -300.0,  500.0 },
};

/* Distance on the ground between two nearby points, km: good to far better
 * than a millimetre for the sub-metre differences it measures here. */
static double
ground_km (double lon1,
           double lat1,
           double lon2,
           double lat2)
{
  double km_per_deg = 111.32;
  double dx = (lon2 - lon1) * km_per_deg * cos ((lat1 + lat2) / 2.0 * G_PI / 180.0);
  double dy = (lat2 - lat1) * km_per_deg;

  return hypot (dx, dy);
}

static char *
basemap_path (void)
{
  const char *source_dir = g_getenv ("KWA_SOURCE_DIR");

  if (source_dir != NULL)
    return g_build_filename (source_dir, "data", "korea-basemap.svg", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "korea-basemap.svg", NULL);
}

static char *
load_basemap (gsize *len)
{
  g_autofree char *path = basemap_path ();
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, len, &error);
  g_assert_no_error (error);

  return text;
}

static void
test_reference_values (void)
{
  KwaProjection proj;

  kwa_projection_init_default (&proj);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      const Reference *r = &references[i];
      double x, y, lon, lat;

      kwa_projection_forward (&proj, r->lon, r->lat, &x, &y);
      g_test_message ("%s: %.6f, %.6f (cs2cs %.6f, %.6f)", r->name, x, y, r->x, r->y);
      /* 1 cm: cs2cs printed the millimetre, rounded. */
      g_assert_cmpfloat_with_epsilon (x, r->x, 1e-5);
      g_assert_cmpfloat_with_epsilon (y, r->y, 1e-5);

      kwa_projection_inverse (&proj, r->x, r->y, &lon, &lat);
      g_assert_cmpfloat (ground_km (lon, lat, r->lon, r->lat), <, 1e-5);
    }

  for (guint i = 0; i < G_N_ELEMENTS (inverse_references); i++)
    {
      const Reference *r = &inverse_references[i];
      double lon, lat;

      kwa_projection_inverse (&proj, r->x, r->y, &lon, &lat);
      g_test_message ("%s: %.9f, %.9f (cs2cs %.9f, %.9f)", r->name, lon, lat, r->lon, r->lat);
      g_assert_cmpfloat (ground_km (lon, lat, r->lon, r->lat), <, 1e-5);
    }
}

/* The origin maps to (0, 0), and the two standard parallels are the lines
 * of true scale: a conformal conic with the wrong cone constant n would
 * still put the origin at (0, 0) but not keep these. */
static void
test_origin_and_scale (void)
{
  static const double standard_parallels[] = { 34.0, 41.0 };
  KwaProjection proj;
  double x, y;

  kwa_projection_init_default (&proj);

  kwa_projection_forward (&proj, 127.5, 38.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 0.0, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (standard_parallels); i++)
    {
      double lat = standard_parallels[i];
      double phi = lat * G_PI / 180.0;
      double e2 = proj.f * (2.0 - proj.f);
      double dlon = 0.01;
      /* 0.01 degree of the parallel on the ellipsoid: a m dlon, m from
       * Snyder 14-15. */
      double true_km = proj.a * cos (phi) / sqrt (1.0 - e2 * sin (phi) * sin (phi))
                       * dlon * G_PI / 180.0;
      double x1, y1, x2, y2, map_km;

      kwa_projection_forward (&proj, 127.5 - dlon / 2.0, lat, &x1, &y1);
      kwa_projection_forward (&proj, 127.5 + dlon / 2.0, lat, &x2, &y2);
      map_km = hypot (x2 - x1, y2 - y1);

      g_assert_cmpfloat_with_epsilon (map_km / true_km, 1.0, 1e-8);
    }
}

static void
test_round_trip (void)
{
  KwaProjection proj;
  double worst_km = 0.0;

  kwa_projection_init_default (&proj);

  /* The whole map box, every 0.05 degree (31 000 points). */
  for (double lat = 33.0; lat <= 43.2 + 1e-9; lat += 0.05)
    for (double lon = 124.0; lon <= 131.5 + 1e-9; lon += 0.05)
      {
        double x, y, lon2, lat2, sx, sy, lon3, lat3;

        kwa_projection_forward (&proj, lon, lat, &x, &y);
        kwa_projection_inverse (&proj, x, y, &lon2, &lat2);
        worst_km = MAX (worst_km, ground_km (lon, lat, lon2, lat2));

        kwa_projection_to_svg (&proj, lon, lat, &sx, &sy);
        g_assert_cmpfloat (sx, ==, x);
        g_assert_cmpfloat (sy, ==, -y);
        kwa_projection_from_svg (&proj, sx, sy, &lon3, &lat3);
        worst_km = MAX (worst_km, ground_km (lon, lat, lon3, lat3));
      }

  g_test_message ("worst round trip error: %.3g m", worst_km * 1000.0);
  g_assert_cmpfloat (worst_km, <, 0.001);
}

static void
test_parse (void)
{
  static const char *equivalent[] = {
    KWA_PROJECTION_DEFAULT_PROJ,
    "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km",
    "  +units=km\t+lon_0=127.5 +lat_0=38.0 +proj=lcc +lat_2=41 +lat_1=34.000 +ellps=WGS84\n",
  };
  g_autoptr(GError) error = NULL;
  KwaProjection expected, proj;
  gboolean ok;

  kwa_projection_init_default (&expected);

  for (guint i = 0; i < G_N_ELEMENTS (equivalent); i++)
    {
      ok = kwa_projection_init_from_proj_string (&proj, equivalent[i], &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_true (kwa_projection_equal (&proj, &expected));
      g_assert_cmpfloat (proj.n, ==, expected.n);
      g_assert_cmpfloat (proj.rho0, ==, expected.rho0);
    }

  /* One standard parallel: a tangent cone, n = sin(lat_1). */
  ok = kwa_projection_init_from_proj_string (&proj,
      "+proj=lcc +lat_1=38 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpfloat (proj.lat_2, ==, 38.0);
  g_assert_cmpfloat_with_epsilon (proj.n, sin (38.0 * G_PI / 180.0), 1e-12);
  g_assert_false (kwa_projection_equal (&proj, &expected));
}

typedef struct
{
  const char *proj;
  KwaProjectionError code;
  const char *says;     /* the message must point at the culprit */
} BadProj;

static void
test_parse_errors (void)
{
  static const BadProj bad[] = {
    { "", KWA_PROJECTION_ERROR_PARSE, "+proj" },
    { "+proj=merc +lat_ts=38 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_UNSUPPORTED, "+proj=merc" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=east +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "east" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5km +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "127.5km" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "+lon_0" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=m",
      KWA_PROJECTION_ERROR_UNSUPPORTED, "+units=m" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84",
      KWA_PROJECTION_ERROR_PARSE, "+units=km" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "ellipsoid" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=Tokyo +units=km",
      KWA_PROJECTION_ERROR_UNSUPPORTED, "+datum=Tokyo" },
    { "+proj=lcc +lat_1=34 +lat_1=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "+lat_1" },
    { "+proj=lcc lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "lat_1=34" },
    { "+proj=lcc +lat_1=134 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "134" },
    { "+proj=lcc +lat_1=90 +lat_2=41 +lat_0=38 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_PARSE, "poles" },
    { "+proj=lcc +lat_1=-30 +lat_2=30 +lat_0=0 +lon_0=127.5 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_UNSUPPORTED, "cylinder" },
    { "+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 +x_0=500 +datum=WGS84 +units=km",
      KWA_PROJECTION_ERROR_UNSUPPORTED, "+x_0=500" },
  };
  KwaProjection before, proj;

  kwa_projection_init_default (&before);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      proj = before;
      g_assert_false (kwa_projection_init_from_proj_string (&proj, bad[i].proj, &error));
      g_test_message ("“%s”: %s", bad[i].proj, error ? error->message : "(no error)");
      g_assert_error (error, KWA_PROJECTION_ERROR, (int) bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].says));
      /* A failed parse leaves the old projection in place. */
      g_assert_true (memcmp (&proj, &before, sizeof proj) == 0);
    }
}

static void
test_svg_metadata (void)
{
  static const struct {
    const char *svg;
    KwaProjectionError code;
  } bad[] = {
    { "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata/></svg>",
      KWA_PROJECTION_ERROR_NO_METADATA },
    { "<svg><metadata><kwa:projection units=\"km\"/></metadata></svg>",
      KWA_PROJECTION_ERROR_NO_METADATA },
    { "<svg><metadata><kwa:projection proj=\"" KWA_PROJECTION_DEFAULT_PROJ "\" "
      "units=\"m\"/></metadata></svg>",
      KWA_PROJECTION_ERROR_UNSUPPORTED },
    { "<svg><metadata><kwa:projection proj=\"" KWA_PROJECTION_DEFAULT_PROJ "\" "
      "y-axis=\"northing\"/></metadata></svg>",
      KWA_PROJECTION_ERROR_UNSUPPORTED },
    { "<svg><metadata><kwa:projection proj=\"+proj=lcc +lat_1=34\"/></metadata></svg>",
      KWA_PROJECTION_ERROR_PARSE },
    { "<svg><g></svg>", KWA_PROJECTION_ERROR_NO_METADATA },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  KwaProjection expected, proj;
  gboolean ok;
  gsize len;

  kwa_projection_init_default (&expected);

  /* The shipped basemap states the projection the app assumes. */
  text = load_basemap (&len);
  ok = kwa_projection_read_svg_metadata (&proj, text, (gssize) len, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (kwa_projection_equal (&proj, &expected));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      g_assert_false (kwa_projection_read_svg_metadata (&proj, bad[i].svg, -1, &local_error));
      g_test_message ("%s: %s", bad[i].svg, local_error ? local_error->message : "(no error)");
      g_assert_error (local_error, KWA_PROJECTION_ERROR, (int) bad[i].code);
    }
}

/* The colour a CSS class fills with in the basemap's own <style>, so the
 * test follows a restyled basemap instead of repeating its palette. */
static guint32
basemap_class_fill (const char *svg_text,
                    const char *class_name)
{
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *hex = NULL;

  pattern = g_strdup_printf ("\\.%s\\s*\\{[^}]*?fill:\\s*#([0-9a-fA-F]{6})\\b", class_name);
  regex = g_regex_new (pattern, 0, 0, NULL);
  g_assert_nonnull (regex);
  if (!g_regex_match (regex, svg_text, 0, &match))
    g_error ("basemap <style> has no fill for .%s", class_name);

  hex = g_match_info_fetch (match, 1);
  return (guint32) g_ascii_strtoull (hex, NULL, 16);
}

typedef struct
{
  RsvgHandle *handle;
  RsvgRectangle viewbox;
  cairo_surface_t *surface;
} Render;

static void
render_clear (Render *render)
{
  g_clear_object (&render->handle);
  g_clear_pointer (&render->surface, cairo_surface_destroy);
}

/* Opens the real basemap the way the app does (librsvg, then cairo).
 * @user_css restyles it as the app's dark or high-contrast mode would; with
 * librsvg 2.54 a user stylesheet only beats the SVG's own <style> where it
 * says !important. */
static void
render_open (Render     *render,
             const char *user_css)
{
  g_autofree char *path = basemap_path ();
  g_autoptr(GError) error = NULL;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength svg_width, svg_height;

  render->handle = rsvg_handle_new_from_file (path, &error);
  g_assert_no_error (error);

  if (user_css != NULL)
    {
      rsvg_handle_set_stylesheet (render->handle, (const guint8 *) user_css,
                                  strlen (user_css), &error);
      g_assert_no_error (error);
    }

  rsvg_handle_get_intrinsic_dimensions (render->handle, &has_width, &svg_width,
                                        &has_height, &svg_height,
                                        &has_viewbox, &render->viewbox);
  g_assert_true (has_viewbox);
}

/* Draws the whole document into @viewport of a width x height surface. */
static void
render_draw (Render              *render,
             int                  width,
             int                  height,
             const RsvgRectangle *viewport)
{
  g_autoptr(GError) error = NULL;
  cairo_t *cr;

  render->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (render->surface);
  rsvg_handle_render_document (render->handle, cr, viewport, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (render->surface);
}

static guint32
render_pixel (Render *render,
              int     x,
              int     y)
{
  const guchar *data = cairo_image_surface_get_data (render->surface);
  int stride = cairo_image_surface_get_stride (render->surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (render->surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (render->surface));

  /* ARGB32 is premultiplied, but the basemap is opaque everywhere. */
  return *(const guint32 *) (const void *) (data + (gsize) y * stride + (gsize) x * 4) & 0xffffff;
}

static void
save_failure_image (Render     *render,
                    const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  if (cairo_surface_write_to_png (render->surface, path) == CAIRO_STATUS_SUCCESS)
    g_test_message ("wrote %s", path);
}

typedef struct
{
  const char *name;
  double lon, lat;
  gboolean land;
} Probe;

static void
test_land_sea (void)
{
  /* Cities on the Korean mainland, and open sea on both sides. Sinuiju is
   * 1.4 km from the Yalu and 1.5 km from the border, Busan 5 km from the
   * coast: more than the strokes' half-widths, so the exact projected
   * pixel must be plain land. */
  static const Probe probes[] = {
    { "Seoul",      126.978,  37.5665, TRUE },
    { "Pyongyang",  125.7543, 39.0339, TRUE },
    { "Busan",      129.0756, 35.1796, TRUE },
    { "Sinuiju",    124.3983, 40.1006, TRUE },
    { "Chongjin",   129.7758, 41.7956, TRUE },
    { "Yellow Sea", 125.0,    36.5,    FALSE },
    { "East Sea",   130.5,    37.5,    FALSE },
  };
  /* The 125 E meridian of the graticule runs exactly through the Yellow
   * Sea probe; hidden here so the test is about land and sea. */
  static const char *css = ".graticule { display: none !important; }";
  static const double px_per_km = 2.0;  /* 1 px = 0.5 km */
  g_autofree char *text = NULL;
  Render render = { 0 };
  RsvgRectangle viewport;
  guint32 land, sea;
  KwaProjection proj;
  gboolean failed = FALSE;
  gsize len;

  text = load_basemap (&len);
  g_assert_true (kwa_projection_read_svg_metadata (&proj, text, (gssize) len, NULL));
  land = basemap_class_fill (text, "land");
  sea = basemap_class_fill (text, "sea");
  g_assert_cmphex (land, !=, sea);

  render_open (&render, css);
  viewport = (RsvgRectangle) {
    0, 0, render.viewbox.width * px_per_km, render.viewbox.height * px_per_km,
  };
  render_draw (&render, (int) ceil (viewport.width), (int) ceil (viewport.height), &viewport);

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      const Probe *p = &probes[i];
      double sx, sy;
      int px, py;
      guint32 expected, got;

      kwa_projection_to_svg (&proj, p->lon, p->lat, &sx, &sy);
      px = (int) floor ((sx - render.viewbox.x) * px_per_km);
      py = (int) floor ((sy - render.viewbox.y) * px_per_km);
      expected = p->land ? land : sea;
      got = render_pixel (&render, px, py);

      g_test_message ("%s (%.4f E %.4f N) -> pixel %d,%d: #%06x, expected %s #%06x",
                      p->name, p->lon, p->lat, px, py, got,
                      p->land ? "land" : "sea", expected);
      if (got != expected)
        failed = TRUE;
    }

  if (failed)
    {
      save_failure_image (&render, "test-projection-land-sea.out.png");
      g_test_fail_printf ("a place is not on the colour it should be; see the messages above");
    }

  render_clear (&render);
}

/* The app draws the 38th parallel from lat/lon with this module, over a
 * basemap drawn by the Python generator. On a 1080p screen showing the
 * whole map they must agree to a pixel. */
static void
test_parallel_38 (void)
{
  /* Only the graticule, black on white, so the parallel drawn by the
   * generator can be found in the pixels. */
  static const char *css =
    "#land-neighbours, #land-korea, #river, #lake, #coast, #border "
    "  { display: none !important; }"
    ".sea { fill: #ffffff !important; }"
    ".graticule { stroke: #000000 !important; stroke-opacity: 1 !important; }";
  const int width = 1920, height = 1080;
  g_autofree char *text = NULL;
  Render render = { 0 };
  RsvgRectangle viewport;
  KwaProjection proj;
  double scale;
  gboolean failed = FALSE;
  gsize len;

  text = load_basemap (&len);
  g_assert_true (kwa_projection_read_svg_metadata (&proj, text, (gssize) len, NULL));

  render_open (&render, css);
  scale = MIN (width / render.viewbox.width, height / render.viewbox.height);
  viewport = (RsvgRectangle) {
    (width - render.viewbox.width * scale) / 2.0,
    (height - render.viewbox.height * scale) / 2.0,
    render.viewbox.width * scale,
    render.viewbox.height * scale,
  };
  render_draw (&render, width, height, &viewport);

  /* Half degrees, so no meridian of the graticule is in the way. */
  for (double lon = 124.25; lon <= 131.25; lon += 0.5)
    {
      double sx, sy, px, py, cx, cy, lon_c, lat_c, lon_below, lat_below, lat_per_px;
      double weight = 0.0, moment = 0.0, line_y;
      int column;

      kwa_projection_to_svg (&proj, lon, 38.0, &sx, &sy);
      px = viewport.x + (sx - render.viewbox.x) * scale;
      py = viewport.y + (sy - render.viewbox.y) * scale;

      /* The pixel the app would light for this point: its centre maps back
       * to 38 N within what one pixel spans in latitude. */
      cx = floor (px) + 0.5;
      cy = floor (py) + 0.5;
      kwa_projection_from_svg (&proj,
                               render.viewbox.x + (cx - viewport.x) / scale,
                               render.viewbox.y + (cy - viewport.y) / scale,
                               &lon_c, &lat_c);
      kwa_projection_from_svg (&proj,
                               render.viewbox.x + (cx - viewport.x) / scale,
                               render.viewbox.y + (cy + 1.0 - viewport.y) / scale,
                               &lon_below, &lat_below);
      lat_per_px = fabs (lat_c - lat_below);
      g_assert_cmpfloat (fabs (lat_c - 38.0), <=, lat_per_px);

      /* Where the basemap's own 38 N line is in that pixel column: the
       * centroid of the darkness a few pixels either side. */
      column = (int) floor (px);
      for (int row = (int) floor (py) - 4; row <= (int) floor (py) + 4; row++)
        {
          double darkness = 255 - (render_pixel (&render, column, row) & 0xff);

          weight += darkness;
          moment += darkness * (row + 0.5);
        }

      if (weight < 40.0)
        {
          g_test_message ("%.2f E: no graticule line near pixel row %.1f", lon, py);
          failed = TRUE;
          continue;
        }

      line_y = moment / weight;
      g_test_message ("%.2f E: app puts 38 N at %.2f, %.2f; basemap line at row %.2f (%+.2f px)",
                      lon, px, py, line_y, line_y - py);
      if (fabs (line_y - py) >= 1.0)
        failed = TRUE;
    }

  if (failed)
    {
      save_failure_image (&render, "test-projection-parallel-38.out.png");
      g_test_fail_printf ("the app's 38th parallel and the basemap's differ by a pixel or more");
    }

  render_clear (&render);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/reference-values", test_reference_values);
  g_test_add_func ("/projection/origin-and-scale", test_origin_and_scale);
  g_test_add_func ("/projection/round-trip", test_round_trip);
  g_test_add_func ("/projection/parse", test_parse);
  g_test_add_func ("/projection/parse-errors", test_parse_errors);
  g_test_add_func ("/projection/svg-metadata", test_svg_metadata);
  g_test_add_func ("/projection/land-sea", test_land_sea);
  g_test_add_func ("/projection/parallel-38", test_parallel_38);

  return g_test_run ();
}
