/* kwa-exhibit-loader-ground.c: the records of who held what, drawn on
 * the map — fronts, enclaves, movements, holdings and lines
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include <math.h>

#include "kwa-exhibit-loader-private.h"
#include "kwa-front-line.h"

/* How many days either side of a change its true date may lie, when the
 * record does not say: dates in the sources are mostly to the day, but a
 * town abandoned overnight is often entered a day later. */
#define DEFAULT_WITHIN_DAYS 1
#define MAX_WITHIN_DAYS 60

void
kwa_exhibit_loader_parse_front (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "date", "geometry", "confidence", "sources", "notes", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaFront *front = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a front, {\"date\": …, \"geometry\": …}");

  front->date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &front->date);
  kwa_json_cursor_read_member (cursor, object, "geometry", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_line_geometry,
                               &front->line);
  front->confidence = kwa_exhibit_loader_read_confidence (l, object);
  kwa_exhibit_loader_read_sources (l, object, &front->sources, &front->n_sources);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &front->notes);
}

void
kwa_exhibit_loader_parse_enclave (KwaExhibitLoader *l,
                                  JsonNode         *node,
                                  gpointer          record)
{
  static const char * const keys[] = {
    "id", "name", "side", "start", "end", "geometry", "confidence", "sources", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaEnclave *enclave = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "an enclave, {\"id\": …, \"geometry\": …}");

  enclave->start = enclave->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &enclave->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &enclave->name);
  enclave->side = kwa_exhibit_loader_read_side (l, object, "side");
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &enclave->start, &enclave->end);
  kwa_json_cursor_read_member (cursor, object, "geometry", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_polygon_geometry,
                               &enclave->area);
  enclave->confidence = kwa_exhibit_loader_read_confidence (l, object);
  kwa_exhibit_loader_read_sources (l, object, &enclave->sources, &enclave->n_sources);
}

/* How far from its path a movement's waypoint may lie: a town a road
 * passes, not one the arrow misses. */
#define MAX_REACH_OFF_PATH_KM 10.0

/* @out_reach: a KwaMovementReach: {"date": …, "place": id} or {"date": …, "point": [lon, lat]} */
static gboolean
parse_reach (KwaJsonCursor *cursor,
             JsonNode      *node,
             gpointer       out_reach)
{
  static const char * const keys[] = { "date", "place", "point", NULL };
  KwaMovementReach *reach = out_reach;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node,
                                                      "a waypoint, {\"date\": …, \"place\": …} or {\"date\": …, \"point\": [lon, lat]}");
  gboolean has_place, has_point, ok;

  reach->date = KWA_DATE_NONE;
  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &reach->date);
  has_place = json_object_has_member (object, "place");
  has_point = json_object_has_member (object, "point");
  if (has_place == has_point)
    {
      kwa_json_cursor_report (cursor, NULL, has_place ? "a waypoint has a \"place\" or a \"point\", not both"
                                                      : "a waypoint needs a \"place\" (its id) or a \"point\" ([lon, lat])");
      ok = FALSE;
    }
  else if (has_place)
    {
      ok = kwa_json_cursor_read_member (cursor, object, "place", KWA_FIELD_REQUIRED,
                                        kwa_exhibit_loader_parse_place_reference, &reach->place) &&
           reach->place != NULL;
      if (ok)
        reach->point = reach->place->point;
    }
  else
    ok = kwa_json_cursor_read_member (cursor, object, "point", KWA_FIELD_REQUIRED,
                                      kwa_exhibit_loader_parse_position, &reach->point);

  /* A waypoint with no date is skipped by the checks and the pace. */
  if (!ok)
    reach->date = KWA_DATE_NONE;
  return ok;
}

/* @out_movement: the KwaMovement whose "reaches" these are */
static gboolean
parse_reaches (KwaJsonCursor *cursor,
               JsonNode      *node,
               gpointer       out_movement)
{
  KwaMovement *movement = out_movement;

  return kwa_exhibit_loader_read_list (cursor, node, "a list of waypoints, [{\"date\": …, \"place\": …}, …]",
                                       parse_reach, sizeof (KwaMovementReach), (gpointer *) &movement->reaches,
                                       &movement->n_reaches);
}

/* How far along @path (km) its point nearest @point lies, and how far
 * from it (@out_off_km). Each segment is flattened about its own latitude,
 * in km: the error is metres for segments of tens of km. */
static double
locate_on_path (const KwaPath *path,
                KwaLonLat      point,
                double        *out_off_km)
{
  const double km_per_degree = kwa_lonlat_distance_km ((KwaLonLat) { 0, 0 }, (KwaLonLat) { 0, 1 });
  double best_off = G_MAXDOUBLE, best_along = 0, walked = 0;

  for (guint i = 1; i < path->n_points; i++)
    {
      KwaLonLat a = path->points[i - 1], b = path->points[i];
      double km_per_lon = km_per_degree * cos ((a.lat + b.lat) * G_PI / 360.0);
      KwaMapPoint flat_b = { (b.lon - a.lon) * km_per_lon, (b.lat - a.lat) * km_per_degree };
      KwaMapPoint flat_p = { (point.lon - a.lon) * km_per_lon, (point.lat - a.lat) * km_per_degree };
      double t, off = kwa_map_segment_nearest (flat_p, (KwaMapPoint) { 0, 0 }, flat_b, &t);
      double length = kwa_lonlat_distance_km (a, b);

      if (off < best_off)
        {
          best_off = off;
          best_along = walked + t * length;
        }
      walked += length;
    }

  *out_off_km = best_off;
  return best_along;
}

static const char *
describe_reach (const KwaMovementReach *reach,
                char                   *buffer,
                gsize                   size)
{
  if (reach->place != NULL)
    g_snprintf (buffer, size, "\"%s\"", reach->place->id);
  else
    g_snprintf (buffer, size, "[%g, %g]", reach->point.lon, reach->point.lat);
  return buffer;
}

/* Each waypoint lies on the path, within the movement's days, and later
 * and further along than the one before: the head never runs backwards. */
static void
check_reaches (KwaExhibitLoader  *l,
               const KwaMovement *movement)
{
  KwaJsonCursor *cursor = &l->cursor;
  gsize outer = kwa_json_cursor_enter_key (cursor, "reaches");
  const KwaMovementReach *previous = NULL;
  double previous_along = 0;

  for (guint i = 0; i < movement->n_reaches; i++)
    {
      const KwaMovementReach *reach = &movement->reaches[i];
      gsize mark;
      double off_km, along_km;
      char what[96];

      if (reach->date == KWA_DATE_NONE || movement->path.n_points < 2)
        continue;

      mark = kwa_json_cursor_enter_index (cursor, i);
      along_km = locate_on_path (&movement->path, reach->point, &off_km);
      describe_reach (reach, what, sizeof what);
      if (off_km > MAX_REACH_OFF_PATH_KM)
        kwa_json_cursor_report (cursor, NULL, "%s lies %.0f km from the movement's path; a waypoint must lie within %.0f km of it",
                                what, off_km, MAX_REACH_OFF_PATH_KM);
      else if (movement->start != KWA_DATE_NONE && movement->end != KWA_DATE_NONE &&
               (reach->date < movement->start || reach->date > movement->end))
        {
          g_autofree char *date = kwa_date_to_iso (reach->date);

          kwa_json_cursor_report (cursor, "date", "%s is not within the movement's days, from \"start\" to \"end\"", date);
        }
      else if (previous != NULL && reach->date <= previous->date)
        kwa_json_cursor_report (cursor, "date", "waypoints must be in date order; this one is not after the one before it");
      else if (previous != NULL && along_km <= previous_along)
        kwa_json_cursor_report (cursor, NULL, "%s is not further along the path than the waypoint before it; "
                                "the arrow's head only moves forward", what);
      previous = reach;
      previous_along = along_km;
      kwa_json_cursor_leave (cursor, mark);
    }
  kwa_json_cursor_leave (cursor, outer);
}

void
kwa_exhibit_loader_parse_movement (KwaExhibitLoader *l,
                                   JsonNode         *node,
                                   gpointer          record)
{
  static const char * const keys[] = {
    "id", "side", "unit", "kind", "start", "end", "path", "reaches", "event", "sources", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaMovement *movement = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a movement, {\"id\": …, \"path\": …}");
  int kind;

  movement->start = movement->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &movement->id);
  movement->side = kwa_exhibit_loader_read_side (l, object, "side");
  kwa_json_cursor_read_member (cursor, object, "unit", KWA_FIELD_REQUIRED, kwa_json_parse_text, &movement->unit);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_REQUIRED, kwa_movement_kind_names);
  movement->kind = kind < 0 ? KWA_MOVEMENT_ADVANCE : (KwaMovementKind) kind;
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &movement->start, &movement->end);
  kwa_json_cursor_read_member (cursor, object, "path", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_line_geometry,
                               &movement->path);
  if (kwa_json_cursor_read_member (cursor, object, "reaches", KWA_FIELD_OPTIONAL, parse_reaches, movement))
    check_reaches (l, movement);
  kwa_json_cursor_read_member (cursor, object, "event", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_event_reference,
                               &movement->event);
  kwa_exhibit_loader_read_sources (l, object, &movement->sources, &movement->n_sources);
}

/* @out_change: a KwaHoldingChange */
static gboolean
parse_holding_change (KwaJsonCursor *cursor,
                      JsonNode      *node,
                      gpointer       out_change)
{
  static const char * const keys[] = {
    "date", "holder", "within_days", "confidence", "event", "sources", "notes", NULL
  };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaHoldingChange *change = out_change;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a change of hands, {\"date\": …, \"holder\": …}");

  change->date = KWA_DATE_NONE;
  change->within_days = DEFAULT_WITHIN_DAYS;
  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &change->date);
  change->holder = kwa_exhibit_loader_read_side (l, object, "holder");
  kwa_json_cursor_read_member (cursor, object, "within_days", KWA_FIELD_OPTIONAL, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 0, MAX_WITHIN_DAYS, &change->within_days });
  change->confidence = kwa_exhibit_loader_read_confidence (l, object);
  kwa_json_cursor_read_member (cursor, object, "event", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_event_reference,
                               &change->event);
  kwa_exhibit_loader_read_sources (l, object, &change->sources, &change->n_sources);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &change->notes);

  return TRUE;
}

/* Changes come in date order, each to the other side: two in a row to the
 * same holder would hide a missing change between them. */
static void
check_holding_order (KwaExhibitLoader *l,
                     const KwaHolding *holding)
{
  KwaJsonCursor *cursor = &l->cursor;

  for (guint i = 1; i < holding->n_changes; i++)
    {
      const KwaHoldingChange *change = &holding->changes[i];
      const KwaHoldingChange *previous = &holding->changes[i - 1];
      gsize mark;

      if (change->date == KWA_DATE_NONE || previous->date == KWA_DATE_NONE)
        continue;

      mark = kwa_json_cursor_enter_index (cursor, i);
      if (change->date <= previous->date)
        {
          g_autofree char *date = kwa_date_to_iso (change->date);
          g_autofree char *previous_date = kwa_date_to_iso (previous->date);

          kwa_json_cursor_report (cursor, "date", "%s is not after the change before it (%s); changes must be in date order",
                                  date, previous_date);
        }
      else if (change->holder == previous->holder)
        {
          kwa_json_cursor_report (cursor, "holder", "the place already belongs to the %s since the change before it; each change goes to the other side",
                                  kwa_side_id_to_string (change->holder));
        }
      kwa_json_cursor_leave (cursor, mark);
    }
}

static void
parse_holding (KwaExhibitLoader *l,
               JsonObject       *holdings,
               const char       *place_id,
               KwaHolding       *holding)
{
  KwaJsonCursor *cursor = &l->cursor;
  JsonNode *node = json_object_get_member (holdings, place_id);
  gsize mark = kwa_json_cursor_enter_key (cursor, place_id);
  g_autoptr(JsonNode) key = NULL;
  JsonArray *array;
  guint length;

  /* The key is a reference like any other: read it as one. */
  key = json_node_init_string (json_node_alloc (), place_id);
  holding->place = kwa_exhibit_loader_resolve_reference (l, key, l->exhibit->places_by_id, "place");

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      kwa_json_cursor_report_expected (cursor, "a list of changes of hands, [{\"date\": …, \"holder\": …}, …]", node);
      kwa_json_cursor_leave (cursor, mark);
      return;
    }

  array = json_node_get_array (node);
  length = MIN (json_array_get_length (array), KWA_EXHIBIT_MAX_ITEMS);
  holding->changes = g_new0 (KwaHoldingChange, length);
  holding->n_changes = length;
  kwa_json_cursor_read_elements (cursor, array, length, parse_holding_change, holding->changes, sizeof (KwaHoldingChange));

  check_holding_order (l, holding);
  kwa_json_cursor_leave (cursor, mark);
}

/* @out_records: the exhibit's GArray of KwaHolding */
static gboolean
parse_holdings_object (KwaJsonCursor *cursor,
                       JsonNode      *node,
                       gpointer       out_records)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  GArray *records = out_records;
  g_autoptr(GList) members = NULL;
  JsonObject *holdings;
  guint i = 0;

  holdings = kwa_json_cursor_expect_object (cursor, node, "the changes of hands by place, {\"seoul\": […], …}");
  if (holdings == NULL)
    return FALSE;

  /* Members keep the file's order, so messages follow the file. */
  members = json_object_get_members (holdings);
  g_array_set_size (records, MIN (g_list_length (members), KWA_EXHIBIT_MAX_ITEMS));
  for (const GList *iter = members; iter != NULL && i < records->len; iter = iter->next, i++)
    parse_holding (l, holdings, iter->data, &g_array_index (records, KwaHolding, i));

  return TRUE;
}

/* "holdings": {"seoul": [change, …], …}: optional, as an exhibit of
 * another subject may have no record to check its fronts against. */
void
kwa_exhibit_loader_parse_holdings (KwaExhibitLoader *l,
                                   JsonObject       *root)
{
  kwa_json_cursor_read_member (&l->cursor, root, "holdings", KWA_FIELD_OPTIONAL, parse_holdings_object,
                               l->exhibit->holdings);
}

/* The DMZ is drawn as a band, so it alone has a width. */
static void
parse_line_width (KwaExhibitLoader *l,
                  JsonObject       *object,
                  KwaLine          *line,
                  gboolean          kind_known)
{
  KwaJsonCursor *cursor = &l->cursor;

  if (!kind_known)
    return;

  if (line->kind != KWA_LINE_DMZ)
    {
      if (json_object_has_member (object, "width_km"))
        kwa_json_cursor_report (cursor, "width_km", "only a \"dmz\" line has a width");
      return;
    }

  kwa_json_cursor_read_member (cursor, object, "width_km", KWA_FIELD_REQUIRED, kwa_json_parse_number_in_range,
                               &(KwaJsonNumberRange) { 0.1, 100, &line->width_km });
}

void
kwa_exhibit_loader_parse_line (KwaExhibitLoader *l,
                               JsonNode         *node,
                               gpointer          record)
{
  static const char * const keys[] = {
    "id", "kind", "name", "geometry", "start", "end", "width_km", "sources", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaLine *line = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a line, {\"id\": …, \"kind\": …, \"geometry\": …}");
  int kind;

  line->start = line->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &line->id);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_REQUIRED, kwa_line_kind_names);
  line->kind = kind < 0 ? KWA_LINE_PARALLEL : (KwaLineKind) kind;
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &line->name);
  kwa_json_cursor_read_member (cursor, object, "geometry", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_line_geometry,
                               &line->path);
  kwa_json_cursor_read_member (cursor, object, "start", KWA_FIELD_OPTIONAL, kwa_json_parse_date, &line->start);
  if (kwa_json_cursor_read_member (cursor, object, "end", KWA_FIELD_OPTIONAL, kwa_json_parse_date, &line->end))
    kwa_exhibit_loader_check_span (l, "end", line->start, line->end);
  parse_line_width (l, object, line, kind >= 0);
  kwa_exhibit_loader_read_sources (l, object, &line->sources, &line->n_sources);
}
