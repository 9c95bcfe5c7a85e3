/* kwa-exhibit-draft-edits.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-draft"

#include "config.h"

#include <math.h>

#include "kwa-exhibit-draft-private.h"
#include "kwa-json-writer.h"

/* The edits a curator makes to a #KwaExhibitDraft, each in the file's
 * JSON as written: a vertex moved, added or removed (a ring's first and
 * last kept the same), a snapshot copied to a new day, a field set, an
 * event put in date order, a change of hands added, changed or removed.
 * Each starts with kwa_exhibit_draft_begin_edit(), which keeps what it
 * changes for undo, and ends with kwa_exhibit_draft_end_edit(), which
 * checks the result. */

static double
snap (double degrees)
{
  /* Divided, not multiplied, by the step's inverse: 376600 / 1e4 is the
   * double nearest 37.66, 376600 * 1e-4 is not. */
  return round (degrees / KWA_EXHIBIT_DRAFT_COORDINATE_STEP) / (1.0 / KWA_EXHIBIT_DRAFT_COORDINATE_STEP);
}

static JsonNode *
position_new (KwaLonLat point)
{
  JsonArray *position = json_array_sized_new (2);

  json_array_add_double_element (position, snap (point.lon));
  json_array_add_double_element (position, snap (point.lat));

  return kwa_json_node_take_array (position);
}

/* Arrays have no "replace at": the tail is taken off and put back. */
static void
array_insert (JsonArray *array,
              guint      index,
              JsonNode  *element)
{
  g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  while (json_array_get_length (array) > index)
    {
      guint last = json_array_get_length (array) - 1;

      g_ptr_array_insert (tail, 0, json_node_ref (json_array_get_element (array, last)));
      json_array_remove_element (array, last);
    }
  json_array_add_element (array, element);
  for (guint i = 0; i < tail->len; i++)
    json_array_add_element (array, json_node_ref (g_ptr_array_index (tail, i)));
}

static void
array_replace (JsonArray *array,
               guint      index,
               JsonNode  *element)
{
  json_array_remove_element (array, index);
  array_insert (array, index, element);
}

/* A record's dates as written: "date" for fronts, events and changes of
 * hands, "start" for enclaves. */
KwaDate
kwa_exhibit_draft_record_date (JsonObject *record)
{
  const char *text = json_object_get_string_member_with_default (record, "date",
                                                                   json_object_get_string_member_with_default (record, "start", ""));
  KwaDate date = KWA_DATE_NONE;

  kwa_date_parse (text, &date);
  return date;
}

/* Where a record dated @day goes in @array, kept in date order: after
 * those of the same day. */
static guint
dated_position (JsonArray *array,
                KwaDate    day)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    if (kwa_exhibit_draft_record_date (json_array_get_object_element (array, i)) > day)
      return i;
  return n;
}

/**
 * kwa_exhibit_draft_move_vertex:
 * @member: "fronts" or "enclaves"
 *
 * Moves a vertex; the first and last of a ring move together.
 */
void
kwa_exhibit_draft_move_vertex (KwaExhibitDraft *self,
                               const char      *member,
                               guint            index,
                               guint            vertex,
                               KwaLonLat        point)
{
  JsonArray *vertices;
  gboolean closed;
  guint n;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  kwa_exhibit_draft_begin_edit (self, member);
  vertices = kwa_exhibit_draft_get_vertices (self, member, index, &closed);
  g_return_if_fail (vertices != NULL && vertex < json_array_get_length (vertices));
  n = json_array_get_length (vertices);
  array_replace (vertices, vertex, position_new (point));
  if (closed && vertex == 0)
    array_replace (vertices, n - 1, position_new (point));
  else if (closed && vertex == n - 1)
    array_replace (vertices, 0, position_new (point));
  kwa_exhibit_draft_end_edit (self);
}

/**
 * kwa_exhibit_draft_insert_vertex:
 * @before: the vertex the new one goes before
 */
void
kwa_exhibit_draft_insert_vertex (KwaExhibitDraft *self,
                                 const char      *member,
                                 guint            index,
                                 guint            before,
                                 KwaLonLat        point)
{
  JsonArray *vertices;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  kwa_exhibit_draft_begin_edit (self, member);
  vertices = kwa_exhibit_draft_get_vertices (self, member, index, NULL);
  g_return_if_fail (vertices != NULL && before <= json_array_get_length (vertices));
  array_insert (vertices, before, position_new (point));
  kwa_exhibit_draft_end_edit (self);
}

/**
 * kwa_exhibit_draft_delete_vertex:
 *
 * Deletes a vertex, unless the line would be left with fewer than two or
 * the ring with fewer than three corners.
 *
 * Returns: whether it was deleted
 */
gboolean
kwa_exhibit_draft_delete_vertex (KwaExhibitDraft *self,
                                 const char      *member,
                                 guint            index,
                                 guint            vertex)
{
  JsonArray *vertices;
  gboolean closed;
  guint n;

  g_return_val_if_fail (KWA_IS_EXHIBIT_DRAFT (self), FALSE);

  vertices = kwa_exhibit_draft_get_vertices (self, member, index, &closed);
  if (vertices == NULL || vertex >= json_array_get_length (vertices))
    return FALSE;
  n = json_array_get_length (vertices);
  if (n <= (closed ? 4u : 2u))
    return FALSE;

  kwa_exhibit_draft_begin_edit (self, member);
  vertices = kwa_exhibit_draft_get_vertices (self, member, index, NULL);
  if (closed && (vertex == 0 || vertex == n - 1))
    {
      /* The ring's second corner becomes its first and last. */
      json_array_remove_element (vertices, n - 1);
      json_array_remove_element (vertices, 0);
      json_array_add_element (vertices, kwa_exhibit_draft_copy_node (json_array_get_element (vertices, 0)));
    }
  else
    json_array_remove_element (vertices, vertex);
  kwa_exhibit_draft_end_edit (self);

  return TRUE;
}

/**
 * kwa_exhibit_draft_add_front:
 *
 * A snapshot of the front on @day, copied from the nearest in time, for a
 * curator to move; or the one already on @day.
 *
 * Returns: its index in "fronts"
 */
guint
kwa_exhibit_draft_add_front (KwaExhibitDraft *self,
                             KwaDate          day)
{
  JsonArray *fronts = kwa_exhibit_draft_get_records (self, "fronts");
  g_autofree char *iso = kwa_date_to_iso (day);
  guint n = json_array_get_length (fronts);
  guint nearest = 0;
  gint64 best = G_MAXINT64;
  JsonNode *copy;
  guint position;

  g_return_val_if_fail (n > 0, 0);

  for (guint i = 0; i < n; i++)
    {
      KwaDate date = kwa_exhibit_draft_record_date (json_array_get_object_element (fronts, i));
      gint64 distance = ABS ((gint64) date - day);

      if (date == day)
        return i;
      if (distance < best)
        best = distance, nearest = i;
    }

  kwa_exhibit_draft_begin_edit (self, "fronts");
  fronts = kwa_exhibit_draft_get_records (self, "fronts");
  copy = kwa_exhibit_draft_copy_node (json_array_get_element (fronts, nearest));
  json_object_set_string_member (json_node_get_object (copy), "date", iso);
  position = dated_position (fronts, day);
  array_insert (fronts, position, copy);
  kwa_exhibit_draft_end_edit (self);

  return position;
}

/**
 * kwa_exhibit_draft_set_member:
 * @value: (transfer full) (nullable): the new value, or %NULL to remove it
 *
 * Sets one field of a record (a front's confidence, notes or sources).
 */
void
kwa_exhibit_draft_set_member (KwaExhibitDraft *self,
                              const char      *member,
                              guint            index,
                              const char      *name,
                              JsonNode        *value)
{
  JsonObject *record;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  record = kwa_exhibit_draft_get_record (self, member, index);
  if (record == NULL ||
      (value == NULL && !json_object_has_member (record, name)) ||
      (value != NULL && json_object_has_member (record, name) &&
       json_node_equal (value, json_object_get_member (record, name))))
    {
      g_clear_pointer (&value, json_node_unref);
      return;
    }

  kwa_exhibit_draft_begin_edit (self, member);
  record = kwa_exhibit_draft_get_record (self, member, index);
  if (value == NULL)
    json_object_remove_member (record, name);
  else
    json_object_set_member (record, name, value);
  kwa_exhibit_draft_end_edit (self);
}

/**
 * kwa_exhibit_draft_put_event:
 * @event: (transfer none): the event, with its "id"
 *
 * Replaces the event with the same id, or adds @event in date order.
 */
void
kwa_exhibit_draft_put_event (KwaExhibitDraft *self,
                             JsonObject      *event)
{
  const char *id = json_object_get_string_member_with_default (event, "id", "");
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *events;
  int existing;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  json_node_set_object (node, event);
  kwa_exhibit_draft_begin_edit (self, "events");
  events = kwa_exhibit_draft_get_records (self, "events");
  existing = kwa_exhibit_draft_find_event (self, id);
  if (existing >= 0)
    json_array_remove_element (events, existing);
  array_insert (events, dated_position (events, kwa_exhibit_draft_record_date (event)), node);
  kwa_exhibit_draft_end_edit (self);
}

static JsonArray *
holding_changes (KwaExhibitDraft *self,
                 const char      *place_id)
{
  JsonObject *holdings = json_object_get_object_member (json_node_get_object (self->root), "holdings");

  if (holdings == NULL || !json_object_has_member (holdings, place_id))
    return NULL;
  return json_object_get_array_member (holdings, place_id);
}

/**
 * kwa_exhibit_draft_add_holding_change:
 * @change: (transfer none): a change of hands, with its "date"
 *
 * Adds a change of hands to @place_id's record, in date order.
 */
void
kwa_exhibit_draft_add_holding_change (KwaExhibitDraft *self,
                                      const char      *place_id,
                                      JsonObject      *change)
{
  JsonObject *holdings;
  JsonArray *changes;
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  json_node_set_object (node, change);
  kwa_exhibit_draft_begin_edit (self, "holdings");
  holdings = json_object_get_object_member (json_node_get_object (self->root), "holdings");
  changes = holding_changes (self, place_id);
  if (changes == NULL)
    {
      changes = json_array_new ();
      json_object_set_array_member (holdings, place_id, changes);
    }
  array_insert (changes, dated_position (changes, kwa_exhibit_draft_record_date (change)), node);
  kwa_exhibit_draft_end_edit (self);
}

/**
 * kwa_exhibit_draft_replace_holding_change:
 * @change: (transfer none): the change as it now reads
 *
 * Puts @change in place of @place_id's change at @index, in date order,
 * as one edit.
 */
void
kwa_exhibit_draft_replace_holding_change (KwaExhibitDraft *self,
                                          const char      *place_id,
                                          guint            index,
                                          JsonObject      *change)
{
  JsonArray *changes;
  JsonNode *node;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  changes = holding_changes (self, place_id);
  if (changes == NULL || index >= json_array_get_length (changes))
    return;

  kwa_exhibit_draft_begin_edit (self, "holdings");
  changes = holding_changes (self, place_id);
  json_array_remove_element (changes, index);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, change);
  array_insert (changes, dated_position (changes, kwa_exhibit_draft_record_date (change)), node);
  kwa_exhibit_draft_end_edit (self);
}

void
kwa_exhibit_draft_remove_holding_change (KwaExhibitDraft *self,
                                         const char      *place_id,
                                         guint            index)
{
  JsonArray *changes;

  g_return_if_fail (KWA_IS_EXHIBIT_DRAFT (self));

  changes = holding_changes (self, place_id);
  if (changes == NULL || index >= json_array_get_length (changes))
    return;

  kwa_exhibit_draft_begin_edit (self, "holdings");
  changes = holding_changes (self, place_id);
  json_array_remove_element (changes, index);
  if (json_array_get_length (changes) == 0)
    json_object_remove_member (json_object_get_object_member (json_node_get_object (self->root), "holdings"),
                               place_id);
  kwa_exhibit_draft_end_edit (self);
}

