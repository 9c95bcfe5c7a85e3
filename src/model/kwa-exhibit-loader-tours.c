/* kwa-exhibit-loader-tours.c: guided tours, stop by stop
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"

/* @out_view: a KwaTourView, from {"center": [lon, lat], "zoom": z} or
 * {"bbox": [w, s, e, n]}
 */
gboolean
kwa_exhibit_loader_parse_tour_view (KwaJsonCursor *cursor,
                                    JsonNode      *node,
                                    gpointer       out_view)
{
  static const char * const keys[] = { "center", "zoom", "bbox", NULL };
  KwaTourView *view = out_view;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a view, {\"center\": [lon, lat], \"zoom\": z} or {\"bbox\": [w, s, e, n]}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);

  if (json_object_has_member (object, "bbox"))
    {
      if (json_object_has_member (object, "center") || json_object_has_member (object, "zoom"))
        {
          kwa_json_cursor_report (cursor, NULL, "give either \"center\" and \"zoom\", or \"bbox\", not both");
          return FALSE;
        }

      view->kind = KWA_TOUR_VIEW_BBOX;
      return kwa_json_cursor_read_member (cursor, object, "bbox", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_view_box,
                                          &view->bbox);
    }

  view->kind = KWA_TOUR_VIEW_CENTER;
  kwa_json_cursor_read_member (cursor, object, "center", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_position,
                               &view->center);
  kwa_json_cursor_read_member (cursor, object, "zoom", KWA_FIELD_REQUIRED, kwa_json_parse_number_in_range,
                               &(KwaJsonNumberRange) { 1, 8, &view->zoom });

  return TRUE;
}

/* @out_stop: a KwaTourStop */
static gboolean
parse_tour_stop (KwaJsonCursor *cursor,
                 JsonNode      *node,
                 gpointer       out_stop)
{
  static const char * const keys[] = { "date", "event", "view", "narration", "notes", "duration", "media", "voice", NULL };
  KwaTourStop *stop = out_stop;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a tour stop, {\"date\": …, \"view\": …}");

  stop->date = KWA_DATE_NONE;
  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &stop->date);
  kwa_json_cursor_read_member (cursor, object, "event", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_event_reference,
                               &stop->event);
  kwa_json_cursor_read_member (cursor, object, "view", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_tour_view, &stop->view);
  kwa_json_cursor_read_member (cursor, object, "narration", KWA_FIELD_REQUIRED, kwa_json_parse_text, &stop->narration);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &stop->notes);
  kwa_json_cursor_read_member (cursor, object, "duration", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 3, 120, &stop->duration });
  kwa_exhibit_loader_read_media (kwa_exhibit_loader_from_cursor (cursor), object, &stop->media, &stop->n_media);
  kwa_exhibit_loader_read_voices (kwa_exhibit_loader_from_cursor (cursor), object, &stop->narration, &stop->voices,
                                  &stop->n_voices);

  return TRUE;
}

/* @out_tour: the KwaTour whose stops these are */
static gboolean
parse_tour_stops (KwaJsonCursor *cursor,
                  JsonNode      *node,
                  gpointer       out_tour)
{
  KwaTour *tour = out_tour;
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      kwa_json_cursor_report_expected (cursor, "a list of one or more stops, [{\"date\": …}]", node);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u stops; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  tour->stops = g_new0 (KwaTourStop, length);
  tour->n_stops = length;
  kwa_json_cursor_read_elements (cursor, array, length, parse_tour_stop, tour->stops, sizeof (KwaTourStop));

  return TRUE;
}

void
kwa_exhibit_loader_parse_tour (KwaExhibitLoader *l,
                               JsonNode         *node,
                               gpointer          record)
{
  static const char * const keys[] = { "id", "title", "description", "stops", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaTour *tour = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a tour, {\"id\": …, \"stops\": […]}");

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &tour->id);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &tour->title);
  kwa_json_cursor_read_member (cursor, object, "description", KWA_FIELD_REQUIRED, kwa_json_parse_text, &tour->description);
  kwa_json_cursor_read_member (cursor, object, "stops", KWA_FIELD_REQUIRED, parse_tour_stops, tour);
}
