/* kwa-exhibit-loader-geojson.c: GeoJSON geometries and boxes
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"

static const char * const geometry_keys[] = { "type", "coordinates", NULL };

static gboolean
bbox_contains (const KwaBBox *bbox,
               double         lon,
               double         lat)
{
  return kwa_bbox_contains (bbox, (KwaLonLat) { lon, lat });
}

/* Returns NULL for a usable position, else what is wrong with it. A
 * message rather than a report, so that the path of each of a hundred
 * thousand coordinates is only built for the ones that are wrong.
 */
static char *
check_position (KwaExhibitLoader *l,
                JsonNode         *node,
                KwaLonLat        *out_point)
{
  const KwaBBox *bbox = &l->exhibit->bbox;
  g_autofree char *lon = NULL;
  g_autofree char *lat = NULL;
  JsonArray *array;
  double values[2];

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *found = kwa_message_describe_node (node);

      return g_strdup_printf ("expected a position [lon, lat] of two numbers, found %s", found);
    }

  if (json_array_get_length (json_node_get_array (node)) != 2)
    return g_strdup_printf ("expected a position [lon, lat] of two numbers, found a list of %u",
                            json_array_get_length (json_node_get_array (node)));

  array = json_node_get_array (node);
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!kwa_json_get_number (element, &values[i]))
        {
          g_autofree char *found = kwa_message_describe_node (element);

          return g_strdup_printf ("expected a position [lon, lat] of two numbers, found %s in it", found);
        }
      if (!isfinite (values[i]))
        return g_strdup ("a coordinate is too large to use");
    }

  *out_point = (KwaLonLat) { values[0], values[1] };

  if (!l->bbox_usable || kwa_bbox_contains (bbox, *out_point))
    return NULL;

  lon = kwa_message_format_number (values[0]);
  lat = kwa_message_format_number (values[1]);

  return g_strdup_printf ("[%s, %s] is outside the map box meta.bbox%s", lon, lat,
                          bbox_contains (bbox, values[1], values[0]) ?
                          " (are longitude and latitude swapped? GeoJSON puts the longitude first)" : "");
}

/* @out_point: a KwaLonLat, from [lon, lat] */
gboolean
kwa_exhibit_loader_parse_position (KwaJsonCursor *cursor,
                                   JsonNode      *node,
                                   gpointer       out_point)
{
  g_autofree char *problem = check_position (kwa_exhibit_loader_from_cursor (cursor), node, out_point);

  if (problem != NULL)
    kwa_json_cursor_report (cursor, NULL, "%s", problem);

  return problem == NULL;
}

/* A list of positions; @inout_budget is what is left of the geometry's
 * coordinate limit.
 */
static gboolean
parse_positions (KwaExhibitLoader *l,
                 JsonNode         *node,
                 guint             min_positions,
                 const char       *what,
                 guint            *inout_budget,
                 KwaPath          *out_path)
{
  KwaJsonCursor *cursor = &l->cursor;
  JsonArray *array;
  guint length;
  gboolean ok = TRUE;

  array = kwa_json_cursor_expect_array (cursor, node, "a list of positions, [[lon, lat], …]");
  if (array == NULL)
    return FALSE;

  length = json_array_get_length (array);
  if (length > *inout_budget)
    {
      kwa_json_cursor_report (cursor, NULL, "too many positions; one geometry may have at most %d", KWA_EXHIBIT_MAX_COORDINATES);
      return FALSE;
    }
  *inout_budget -= length;

  if (length < min_positions)
    {
      kwa_json_cursor_report (cursor, NULL, "%s needs at least %u positions, found %u", what, min_positions, length);
      return FALSE;
    }

  out_path->points = g_new0 (KwaLonLat, length);
  out_path->n_points = length;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *problem = check_position (l, json_array_get_element (array, i), &out_path->points[i]);

      if (problem != NULL)
        {
          gsize mark = kwa_json_cursor_enter_index (cursor, i);

          kwa_json_cursor_report (cursor, NULL, "%s", problem);
          kwa_json_cursor_leave (cursor, mark);
          ok = FALSE;
        }
    }

  return ok;
}

/* Checks a GeoJSON geometry object and its type; returns its coordinates
 * with the cursor at them (leave with kwa_json_cursor_leave (cursor, *out_mark)).
 */
static JsonNode *
enter_geometry (KwaJsonCursor *cursor,
                JsonNode      *node,
                const char    *type_name,
                gsize         *out_mark)
{
  g_autofree char *expected = g_strdup_printf ("a GeoJSON %s geometry, {\"type\": \"%s\", \"coordinates\": …}",
                                               type_name, type_name);
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, expected);
  JsonNode *type_node;
  const char *type;
  gsize mark;
  gboolean type_ok;

  if (object == NULL)
    return NULL;

  kwa_json_cursor_check_keys (cursor, object, geometry_keys);

  type_node = kwa_json_cursor_enter_member (cursor, object, "type", KWA_FIELD_REQUIRED, &mark);
  if (type_node == NULL)
    return NULL;
  type = kwa_json_get_string (cursor, type_node, "a geometry type in double quotes");
  type_ok = type != NULL && strcmp (type, type_name) == 0;
  if (type != NULL && !type_ok)
    {
      g_autofree char *quoted = kwa_message_quote (type);

      kwa_json_cursor_report (cursor, NULL, "expected a \"%s\" geometry here, found %s", type_name, quoted);
    }
  kwa_json_cursor_leave (cursor, mark);

  if (!type_ok)
    return NULL;

  return kwa_json_cursor_enter_member (cursor, object, "coordinates", KWA_FIELD_REQUIRED, out_mark);
}

/* @out_point: a KwaLonLat, from {"type": "Point", …} */
gboolean
kwa_exhibit_loader_parse_point_geometry (KwaJsonCursor *cursor,
                                         JsonNode      *node,
                                         gpointer       out_point)
{
  gsize mark;
  JsonNode *coordinates = enter_geometry (cursor, node, "Point", &mark);
  gboolean ok;

  if (coordinates == NULL)
    return FALSE;

  ok = kwa_exhibit_loader_parse_position (cursor, coordinates, out_point);
  kwa_json_cursor_leave (cursor, mark);

  return ok;
}

/* @out_path: a KwaPath, from {"type": "LineString", …} */
gboolean
kwa_exhibit_loader_parse_line_geometry (KwaJsonCursor *cursor,
                                        JsonNode      *node,
                                        gpointer       out_path)
{
  guint budget = KWA_EXHIBIT_MAX_COORDINATES;
  gsize mark;
  JsonNode *coordinates = enter_geometry (cursor, node, "LineString", &mark);
  gboolean ok;

  if (coordinates == NULL)
    return FALSE;

  ok = parse_positions (kwa_exhibit_loader_from_cursor (cursor), coordinates, 2, "a LineString", &budget, out_path);
  kwa_json_cursor_leave (cursor, mark);

  return ok;
}

static gboolean
parse_ring (KwaExhibitLoader *l,
            JsonNode         *node,
            guint            *inout_budget,
            KwaPath          *out_ring)
{
  const KwaLonLat *first;
  const KwaLonLat *last;

  if (!parse_positions (l, node, 4, "a polygon ring", inout_budget, out_ring))
    return FALSE;

  first = &out_ring->points[0];
  last = &out_ring->points[out_ring->n_points - 1];
  if (first->lon != last->lon || first->lat != last->lat)
    {
      g_autofree char *lon = kwa_message_format_number (first->lon);
      g_autofree char *lat = kwa_message_format_number (first->lat);

      kwa_json_cursor_report (&l->cursor, NULL, "the ring is not closed: its last position must repeat the first, [%s, %s]", lon, lat);
      return FALSE;
    }

  return TRUE;
}

/* @out_polygon: a KwaPolygon, from {"type": "Polygon", …} */
gboolean
kwa_exhibit_loader_parse_polygon_geometry (KwaJsonCursor *cursor,
                                           JsonNode      *node,
                                           gpointer       out_polygon)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaPolygon *polygon = out_polygon;
  guint budget = KWA_EXHIBIT_MAX_COORDINATES;
  gsize mark;
  JsonNode *coordinates = enter_geometry (cursor, node, "Polygon", &mark);
  JsonArray *rings;
  guint n_rings;
  gboolean ok = TRUE;

  if (coordinates == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (coordinates) ||
      (n_rings = json_array_get_length (json_node_get_array (coordinates))) == 0)
    {
      kwa_json_cursor_report_expected (cursor, "a list of rings, [[[lon, lat], …]]", coordinates);
      kwa_json_cursor_leave (cursor, mark);
      return FALSE;
    }

  rings = json_node_get_array (coordinates);
  n_rings = MIN (n_rings, KWA_EXHIBIT_MAX_COORDINATES);
  polygon->rings = g_new0 (KwaPath, n_rings);
  polygon->n_rings = n_rings;

  for (guint i = 0; i < n_rings; i++)
    {
      gsize ring_mark = kwa_json_cursor_enter_index (cursor, i);

      ok &= parse_ring (l, json_array_get_element (rings, i), &budget, &polygon->rings[i]);
      kwa_json_cursor_leave (cursor, ring_mark);
    }

  kwa_json_cursor_leave (cursor, mark);
  return ok;
}

/* [west, south, east, north]; @inside_map: must lie within meta.bbox. */
static gboolean
parse_bbox (KwaExhibitLoader *l,
            JsonNode         *node,
            gboolean          inside_map,
            KwaBBox          *out_bbox)
{
  KwaJsonCursor *cursor = &l->cursor;
  const char *expected = "a box [west, south, east, north] in degrees";
  double values[4];
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 4)
    {
      kwa_json_cursor_report_expected (cursor, expected, node);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < 4; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);
      gboolean ok = kwa_json_parse_number (cursor, json_array_get_element (array, i), &values[i]);

      kwa_json_cursor_leave (cursor, mark);
      if (!ok)
        return FALSE;
    }

  *out_bbox = (KwaBBox) { values[0], values[1], values[2], values[3] };

  if (out_bbox->west < -180 || out_bbox->east > 180 || out_bbox->south < -90 || out_bbox->north > 90)
    kwa_json_cursor_report (cursor, NULL, "longitudes must lie between -180 and 180 and latitudes between -90 and 90");
  else if (out_bbox->west >= out_bbox->east || out_bbox->south >= out_bbox->north)
    kwa_json_cursor_report (cursor, NULL, "west must be less than east, and south less than north");
  else if (inside_map && l->bbox_usable &&
           (!bbox_contains (&l->exhibit->bbox, out_bbox->west, out_bbox->south) ||
            !bbox_contains (&l->exhibit->bbox, out_bbox->east, out_bbox->north)))
    kwa_json_cursor_report (cursor, NULL, "the box reaches outside the map box meta.bbox");
  else
    return TRUE;

  return FALSE;
}

/* @out_bbox: a KwaBBox, the map's own box (meta.bbox) */
gboolean
kwa_exhibit_loader_parse_map_box (KwaJsonCursor *cursor,
                                  JsonNode      *node,
                                  gpointer       out_bbox)
{
  return parse_bbox (kwa_exhibit_loader_from_cursor (cursor), node, FALSE, out_bbox);
}

/* @out_bbox: a KwaBBox within the map's box, such as a tour stop's view */
gboolean
kwa_exhibit_loader_parse_view_box (KwaJsonCursor *cursor,
                                   JsonNode      *node,
                                   gpointer       out_bbox)
{
  return parse_bbox (kwa_exhibit_loader_from_cursor (cursor), node, TRUE, out_bbox);
}
