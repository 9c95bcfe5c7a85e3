/* kwa-projection.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-projection"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-projection.h"

/* The same ellipsoidal Lambert Conformal Conic as tools/gen-basemap.py:
 * Snyder, Map Projections: A Working Manual (USGS PP 1395, 1987), equations
 * 14-15, 15-7 to 15-11 and 7-9. Both implementations agree with PROJ 9.1
 * (cs2cs) to well under a millimetre over the map box, which is what lets
 * the app draw lines from lat/lon on top of a basemap projected elsewhere.
 */

G_DEFINE_QUARK (kwa-projection-error-quark, kwa_projection_error)

#define DEG_TO_RAD (G_PI / 180.0)

#define WGS84_A_KM 6378.137
#define WGS84_F    (1.0 / 298.257223563)
#define GRS80_F    (1.0 / 298.257222101)

static double
lcc_m (double e,
       double phi)
{
  double s = e * sin (phi);

  return cos (phi) / sqrt (1.0 - s * s);                        /* 14-15 */
}

static double
lcc_t (double e,
       double phi)
{
  double s = e * sin (phi);

  return tan (G_PI / 4.0 - phi / 2.0)
         / pow ((1.0 - s) / (1.0 + s), e / 2.0);                /* 15-9 */
}

/* Fills the derived fields from the parameters, refusing values that would
 * give NaNs later: every projected point would then be silently wrong.
 */
static gboolean
projection_setup (KwaProjection  *self,
                  GError        **error)
{
  double phi1, phi2, m1, m2, t1, t2;

  if (!(self->lat_1 > -90.0 && self->lat_1 < 90.0) ||
      !(self->lat_2 > -90.0 && self->lat_2 < 90.0))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "standard parallels %g and %g must lie strictly between the poles",
                   self->lat_1, self->lat_2);
      return FALSE;
    }

  if (!(self->lat_0 >= -90.0 && self->lat_0 <= 90.0) ||
      !(self->lon_0 >= -180.0 && self->lon_0 <= 180.0))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "origin %g, %g is not a latitude, longitude",
                   self->lat_0, self->lon_0);
      return FALSE;
    }

  if (!(self->a > 0.0) || !(self->f >= 0.0 && self->f < 1.0))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "ellipsoid a=%g km, f=%g is not an ellipsoid", self->a, self->f);
      return FALSE;
    }

  self->e = sqrt (self->f * (2.0 - self->f));

  phi1 = self->lat_1 * DEG_TO_RAD;
  phi2 = self->lat_2 * DEG_TO_RAD;
  m1 = lcc_m (self->e, phi1);
  m2 = lcc_m (self->e, phi2);
  t1 = lcc_t (self->e, phi1);
  t2 = lcc_t (self->e, phi2);

  /* One standard parallel (a tangent cone) makes 15-8 0/0. */
  if (fabs (phi1 - phi2) < 1e-12)
    self->n = sin (phi1);
  else
    self->n = (log (m1) - log (m2)) / (log (t1) - log (t2));    /* 15-8 */

  if (!isfinite (self->n) || fabs (self->n) < 1e-10)
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                   "standard parallels %g and %g are symmetric about the equator: "
                   "that is a cylinder (Mercator), not a cone",
                   self->lat_1, self->lat_2);
      return FALSE;
    }

  self->F = m1 / (self->n * pow (t1, self->n));                 /* 15-10 */
  self->rho0 = self->a * self->F
               * pow (lcc_t (self->e, self->lat_0 * DEG_TO_RAD), self->n); /* 15-7 */

  return TRUE;
}

/**
 * kwa_projection_init_default:
 * @self: projection to fill
 *
 * The projection of the shipped basemap, %KWA_PROJECTION_DEFAULT_PROJ.
 */
void
kwa_projection_init_default (KwaProjection *self)
{
  gboolean ok;

  g_return_if_fail (self != NULL);

  *self = (KwaProjection) {
    .lat_1 = 34.0,
    .lat_2 = 41.0,
    .lat_0 = 38.0,
    .lon_0 = 127.5,
    .a = WGS84_A_KM,
    .f = WGS84_F,
  };

  ok = projection_setup (self, NULL);
  g_assert (ok);
}

enum {
  SEEN_PROJ  = 1 << 0,
  SEEN_LAT_1 = 1 << 1,
  SEEN_LAT_2 = 1 << 2,
  SEEN_LAT_0 = 1 << 3,
  SEEN_LON_0 = 1 << 4,
  SEEN_DATUM = 1 << 5,
  SEEN_ELLPS = 1 << 6,
  SEEN_UNITS = 1 << 7,
  SEEN_NO_DEFS = 1 << 8,
  SEEN_TYPE  = 1 << 9,
};

static gboolean
parse_degrees (const char  *token,
               const char  *value,
               double       min,
               double       max,
               double      *out,
               GError     **error)
{
  char *end = NULL;
  double v;

  if (value == NULL || *value == '\0')
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "“%s” needs a value in degrees", token);
      return FALSE;
    }

  /* g_ascii_strtod: a proj string is not localised, "34.5" in any locale. */
  v = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (v))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "“%s”: “%s” is not a number of degrees", token, value);
      return FALSE;
    }

  if (v < min || v > max)
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "“%s”: %g is outside %g…%g degrees", token, v, min, max);
      return FALSE;
    }

  *out = v;
  return TRUE;
}

static gboolean
set_ellipsoid (KwaProjection  *p,
               const char     *token,
               const char     *value,
               GError        **error)
{
  if (g_strcmp0 (value, "WGS84") == 0)
    p->f = WGS84_F;
  else if (g_strcmp0 (value, "GRS80") == 0)
    p->f = GRS80_F;
  else
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                   "“%s” is not supported; use +datum=WGS84", token);
      return FALSE;
    }

  p->a = WGS84_A_KM;
  return TRUE;
}

static gboolean
parse_token (KwaProjection  *p,
             guint          *seen,
             const char     *token,
             GError        **error)
{
  g_autofree char *key = NULL;
  const char *eq;
  const char *value = NULL;
  guint flag;

  if (token[0] != '+' || token[1] == '\0' || token[1] == '=')
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "“%s” is not a +key or +key=value parameter", token);
      return FALSE;
    }

  eq = strchr (token, '=');
  if (eq != NULL)
    {
      key = g_strndup (token + 1, eq - token - 1);
      value = eq + 1;
    }
  else
    key = g_strdup (token + 1);

  if (g_str_equal (key, "proj"))
    flag = SEEN_PROJ;
  else if (g_str_equal (key, "lat_1"))
    flag = SEEN_LAT_1;
  else if (g_str_equal (key, "lat_2"))
    flag = SEEN_LAT_2;
  else if (g_str_equal (key, "lat_0"))
    flag = SEEN_LAT_0;
  else if (g_str_equal (key, "lon_0"))
    flag = SEEN_LON_0;
  else if (g_str_equal (key, "datum"))
    flag = SEEN_DATUM;
  else if (g_str_equal (key, "ellps"))
    flag = SEEN_ELLPS;
  else if (g_str_equal (key, "units"))
    flag = SEEN_UNITS;
  else if (g_str_equal (key, "no_defs"))
    flag = SEEN_NO_DEFS;
  else if (g_str_equal (key, "type"))
    flag = SEEN_TYPE;
  else
    {
      /* Refusing what we do not implement (+x_0, +k_0, +towgs84…) beats
       * projecting every point a little wrong without a word. */
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                   "“%s” is not supported", token);
      return FALSE;
    }

  if (*seen & flag)
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "“+%s” is given twice", key);
      return FALSE;
    }
  *seen |= flag;

  switch (flag)
    {
    case SEEN_PROJ:
      if (g_strcmp0 (value, "lcc") != 0)
        {
          g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                       "“%s” is not supported; only +proj=lcc "
                       "(Lambert Conformal Conic)", token);
          return FALSE;
        }
      return TRUE;

    case SEEN_LAT_1:
      return parse_degrees (token, value, -90.0, 90.0, &p->lat_1, error);
    case SEEN_LAT_2:
      return parse_degrees (token, value, -90.0, 90.0, &p->lat_2, error);
    case SEEN_LAT_0:
      return parse_degrees (token, value, -90.0, 90.0, &p->lat_0, error);
    case SEEN_LON_0:
      return parse_degrees (token, value, -180.0, 180.0, &p->lon_0, error);

    case SEEN_DATUM:
    case SEEN_ELLPS:
      return set_ellipsoid (p, token, value, error);

    case SEEN_UNITS:
      /* Every caller works in km (1 SVG unit = 1 km); a basemap in metres
       * would come out a thousand times too big. */
      if (g_strcmp0 (value, "km") != 0)
        {
          g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                       "“%s” is not supported; the basemap is in +units=km", token);
          return FALSE;
        }
      return TRUE;

    case SEEN_NO_DEFS:
    case SEEN_TYPE:
      return TRUE;

    default:
      break;
    }

  g_assert_not_reached ();
  return FALSE;
}

/**
 * kwa_projection_init_from_proj_string:
 * @self: projection to fill; left untouched on error
 * @proj: a PROJ-style string such as %KWA_PROJECTION_DEFAULT_PROJ
 * @error: return location for a %KWA_PROJECTION_ERROR
 *
 * Understands the subset the basemap needs: +proj=lcc with +lat_1,
 * +lat_2 (optional: one standard parallel), +lat_0, +lon_0,
 * +datum=WGS84 or +ellps=WGS84/GRS80, +units=km, and the harmless +no_defs
 * and +type. Anything else is an error rather than ignored.
 *
 * Returns: %TRUE if @proj was understood
 */
gboolean
kwa_projection_init_from_proj_string (KwaProjection  *self,
                                      const char     *proj,
                                      GError        **error)
{
  g_auto(GStrv) tokens = NULL;
  KwaProjection p = { 0 };
  guint seen = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (proj != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tokens = g_strsplit_set (proj, " \t\r\n", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (tokens[i][0] == '\0')
        continue;
      if (!parse_token (&p, &seen, tokens[i], error))
        return FALSE;
    }

  if (!(seen & SEEN_PROJ))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "proj string “%s” has no +proj=", proj);
      return FALSE;
    }

  if ((seen & (SEEN_LAT_1 | SEEN_LAT_0 | SEEN_LON_0))
      != (SEEN_LAT_1 | SEEN_LAT_0 | SEEN_LON_0))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "proj string “%s” lacks%s%s%s", proj,
                   (seen & SEEN_LAT_1) ? "" : " +lat_1",
                   (seen & SEEN_LAT_0) ? "" : " +lat_0",
                   (seen & SEEN_LON_0) ? "" : " +lon_0");
      return FALSE;
    }

  /* PROJ would fall back to GRS80 and metres; the basemap must say what it
   * means, so a missing ellipsoid or unit is an error here. */
  if (!(seen & (SEEN_DATUM | SEEN_ELLPS)))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "proj string “%s” names no ellipsoid (+datum=WGS84)", proj);
      return FALSE;
    }

  if (!(seen & SEEN_UNITS))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_PARSE,
                   "proj string “%s” has no +units=km", proj);
      return FALSE;
    }

  if (!(seen & SEEN_LAT_2))
    p.lat_2 = p.lat_1;

  if (!projection_setup (&p, error))
    return FALSE;

  *self = p;
  return TRUE;
}

typedef struct
{
  gboolean found;
  char *proj;
  char *units;
  char *y_axis;
} MetadataSearch;

/* A private domain, used only to stop GMarkup once the element is found:
 * everything after <metadata> is map geometry we do not need to parse. */
static GQuark
metadata_found_quark (void)
{
  return g_quark_from_static_string ("kwa-projection-metadata-found");
}

static void
metadata_start_element_cb (GMarkupParseContext  *context,
                           const char           *element_name,
                           const char          **attribute_names,
                           const char          **attribute_values,
                           gpointer              user_data,
                           GError              **error)
{
  MetadataSearch *search = user_data;

  if (!g_str_equal (element_name, "kwa:projection"))
    return;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      char **slot = NULL;

      if (g_str_equal (attribute_names[i], "proj"))
        slot = &search->proj;
      else if (g_str_equal (attribute_names[i], "units"))
        slot = &search->units;
      else if (g_str_equal (attribute_names[i], "y-axis"))
        slot = &search->y_axis;

      if (slot != NULL)
        {
          g_free (*slot);
          *slot = g_strdup (attribute_values[i]);
        }
    }

  search->found = TRUE;
  g_set_error_literal (error, metadata_found_quark (), 0, "found");
}

/**
 * kwa_projection_read_svg_metadata:
 * @self: projection to fill; left untouched on error
 * @svg_text: the basemap SVG
 * @len: length of @svg_text in bytes, or -1 if it is nul-terminated
 * @error: return location for a %KWA_PROJECTION_ERROR
 *
 * Reads the projection the basemap was drawn with from its
 * `<kwa:projection proj="…" units="km" y-axis="-northing"/>` metadata, so
 * the app never has to trust a second copy of the parameters.
 *
 * Returns: %TRUE if the SVG carries a projection this module implements
 */
gboolean
kwa_projection_read_svg_metadata (KwaProjection  *self,
                                  const char     *svg_text,
                                  gssize          len,
                                  GError        **error)
{
  static const GMarkupParser parser = {
    .start_element = metadata_start_element_cb,
  };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) markup_error = NULL;
  MetadataSearch search = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (svg_text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION,
                                        &search, NULL);
  if (g_markup_parse_context_parse (context, svg_text, len, &markup_error))
    g_markup_parse_context_end_parse (context, &markup_error);

  if (!search.found)
    {
      if (markup_error != NULL)
        g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_NO_METADATA,
                     "basemap SVG is not readable before its projection metadata: %s",
                     markup_error->message);
      else
        g_set_error_literal (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_NO_METADATA,
                             "basemap SVG has no <kwa:projection> metadata");
      goto out;
    }

  if (search.proj == NULL)
    {
      g_set_error_literal (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_NO_METADATA,
                           "basemap SVG: <kwa:projection> has no proj attribute");
      goto out;
    }

  /* The attributes state the SVG convention the app relies on:
   * 1 user unit = 1 km and y = -northing. */
  if (search.units != NULL && !g_str_equal (search.units, "km"))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                   "basemap SVG: <kwa:projection units=\"%s\">, expected \"km\"",
                   search.units);
      goto out;
    }

  if (search.y_axis != NULL && !g_str_equal (search.y_axis, "-northing"))
    {
      g_set_error (error, KWA_PROJECTION_ERROR, KWA_PROJECTION_ERROR_UNSUPPORTED,
                   "basemap SVG: <kwa:projection y-axis=\"%s\">, expected \"-northing\"",
                   search.y_axis);
      goto out;
    }

  ok = kwa_projection_init_from_proj_string (self, search.proj, error);
  if (!ok)
    g_prefix_error (error, "basemap SVG <kwa:projection>: ");

out:
  g_free (search.proj);
  g_free (search.units);
  g_free (search.y_axis);

  return ok;
}

/**
 * kwa_projection_equal:
 * @a: a projection
 * @b: another projection
 *
 * Whether @a and @b project every point to the same place (within far
 * less than a metre), e.g. to check that an exhibit file and its basemap
 * agree.
 *
 * Returns: %TRUE if they are the same projection
 */
gboolean
kwa_projection_equal (const KwaProjection *a,
                      const KwaProjection *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return fabs (a->lat_1 - b->lat_1) < 1e-9 &&
         fabs (a->lat_2 - b->lat_2) < 1e-9 &&
         fabs (a->lat_0 - b->lat_0) < 1e-9 &&
         fabs (a->lon_0 - b->lon_0) < 1e-9 &&
         fabs (a->a - b->a) < 1e-9 &&
         fabs (a->f - b->f) < 1e-12;
}

/**
 * kwa_projection_forward:
 * @self: an initialised projection
 * @lon: longitude, degrees east
 * @lat: latitude, degrees north
 * @x_km: (out): easting, km
 * @y_km: (out): northing, km (up is positive, unlike SVG)
 */
void
kwa_projection_forward (const KwaProjection *self,
                        double               lon,
                        double               lat,
                        double              *x_km,
                        double              *y_km)
{
  double rho, theta, dlon;

  g_return_if_fail (self != NULL);
  g_return_if_fail (x_km != NULL && y_km != NULL);

  /* Take the short way round so 179E and 179W are neighbours. */
  dlon = remainder (lon - self->lon_0, 360.0);

  rho = self->a * self->F * pow (lcc_t (self->e, lat * DEG_TO_RAD), self->n); /* 15-7 */
  theta = self->n * dlon * DEG_TO_RAD;                                         /* 14-4 */

  *x_km = rho * sin (theta);                                                   /* 14-1 */
  *y_km = self->rho0 - rho * cos (theta);                                      /* 14-2 */
}

/**
 * kwa_projection_inverse:
 * @self: an initialised projection
 * @x_km: easting, km
 * @y_km: northing, km
 * @lon: (out): longitude, degrees east
 * @lat: (out): latitude, degrees north
 */
void
kwa_projection_inverse (const KwaProjection *self,
                        double               x_km,
                        double               y_km,
                        double              *lon,
                        double              *lat)
{
  double dy, rho, theta, t, phi;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lon != NULL && lat != NULL);

  dy = self->rho0 - y_km;
  if (self->n < 0.0)
    {
      x_km = -x_km;
      dy = -dy;
    }

  rho = copysign (hypot (x_km, dy), self->n);                   /* 14-10 */
  theta = atan2 (x_km, dy);                                     /* 14-11 */

  if (rho == 0.0)
    {
      /* The apex of the cone is the pole. */
      *lon = self->lon_0;
      *lat = copysign (90.0, self->n);
      return;
    }

  t = pow (rho / (self->a * self->F), 1.0 / self->n);           /* 15-11 */

  /* 7-9 converges to 1e-14 rad in 4 or 5 steps at these latitudes. */
  phi = G_PI / 2.0 - 2.0 * atan (t);
  for (guint i = 0; i < 20; i++)
    {
      double s = self->e * sin (phi);
      double next = G_PI / 2.0
                    - 2.0 * atan (t * pow ((1.0 - s) / (1.0 + s), self->e / 2.0));
      gboolean done = fabs (next - phi) < 1e-14;

      phi = next;
      if (done)
        break;
    }

  *lon = theta / self->n / DEG_TO_RAD + self->lon_0;
  *lat = phi / DEG_TO_RAD;
}

/**
 * kwa_projection_to_svg:
 * @self: the basemap's projection
 * @lon: longitude, degrees east
 * @lat: latitude, degrees north
 * @svg_x: (out): basemap user units (km): easting
 * @svg_y: (out): basemap user units (km): minus northing
 *
 * Where a point lies in the basemap SVG's user space: the generator writes
 * x = easting, y = -northing, 1 unit = 1 km.
 */
void
kwa_projection_to_svg (const KwaProjection *self,
                       double               lon,
                       double               lat,
                       double              *svg_x,
                       double              *svg_y)
{
  double northing;

  g_return_if_fail (self != NULL);
  g_return_if_fail (svg_x != NULL && svg_y != NULL);

  kwa_projection_forward (self, lon, lat, svg_x, &northing);
  *svg_y = -northing;
}

/**
 * kwa_projection_from_svg:
 * @self: the basemap's projection
 * @svg_x: basemap user units (km)
 * @svg_y: basemap user units (km)
 * @lon: (out): longitude, degrees east
 * @lat: (out): latitude, degrees north
 *
 * The inverse of kwa_projection_to_svg(), e.g. for the point under the
 * pointer.
 */
void
kwa_projection_from_svg (const KwaProjection *self,
                         double               svg_x,
                         double               svg_y,
                         double              *lon,
                         double              *lat)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lon != NULL && lat != NULL);

  kwa_projection_inverse (self, svg_x, -svg_y, lon, lat);
}
