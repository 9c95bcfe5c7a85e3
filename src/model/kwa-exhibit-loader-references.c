/* kwa-exhibit-loader-references.c: ids of other records, resolved to them
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"
#include "kwa-suggest.h"

static const char *
suggest_id (KwaExhibitLoader *l,
            const char       *typed,
            GHashTable       *index)
{
  if (l->id_suggestions_left == 0)
    return NULL;
  l->id_suggestions_left--;

  return kwa_suggest_key (typed, index);
}

/**
 * kwa_exhibit_loader_resolve_reference:
 * @l: a loader
 * @node: an id
 * @index: the ids of the collection @node refers to
 * @what: that collection's record, for messages: "place", "event", "source"
 *
 * Returns: (nullable): the record @node's id names, or %NULL (reported,
 *   unless the whole collection was unreadable)
 */
gpointer
kwa_exhibit_loader_resolve_reference (KwaExhibitLoader *l,
                                      JsonNode         *node,
                                      GHashTable       *index,
                                      const char       *what)
{
  KwaJsonCursor *cursor = &l->cursor;
  g_autofree char *expected = g_strdup_printf ("the id of a %s", what);
  g_autofree char *quoted = NULL;
  const char *suggestion;
  const char *id;
  gpointer record;

  id = kwa_json_get_string (cursor, node, expected);
  if (id == NULL)
    return NULL;

  record = g_hash_table_lookup (index, id);
  if (record != NULL || g_hash_table_contains (l->unreadable, index))
    return record;

  quoted = kwa_message_quote (id);
  suggestion = suggest_id (l, id, index);
  if (suggestion != NULL)
    kwa_json_cursor_report (cursor, NULL, "unknown %s %s (did you mean \"%s\"?)", what, quoted, suggestion);
  else
    kwa_json_cursor_report (cursor, NULL, "unknown %s %s (no %s has this id)", what, quoted, what);

  return NULL;
}

static gboolean
parse_reference_into (KwaJsonCursor *cursor,
                      JsonNode      *node,
                      GHashTable    *index,
                      const char    *what,
                      gpointer      *out_record)
{
  *out_record = kwa_exhibit_loader_resolve_reference (kwa_exhibit_loader_from_cursor (cursor), node, index, what);

  return *out_record != NULL;
}

/* @out_place: a const KwaPlace * */
gboolean
kwa_exhibit_loader_parse_place_reference (KwaJsonCursor *cursor,
                                          JsonNode      *node,
                                          gpointer       out_place)
{
  GHashTable *places = kwa_exhibit_loader_from_cursor (cursor)->exhibit->places_by_id;

  return parse_reference_into (cursor, node, places, "place", out_place);
}

/* @out_event: a const KwaEvent * */
gboolean
kwa_exhibit_loader_parse_event_reference (KwaJsonCursor *cursor,
                                          JsonNode      *node,
                                          gpointer       out_event)
{
  GHashTable *events = kwa_exhibit_loader_from_cursor (cursor)->exhibit->events_by_id;

  return parse_reference_into (cursor, node, events, "event", out_event);
}

typedef struct
{
  const KwaSource ***sources;
  guint             *n_sources;
} SourceList;

/* Every fact cites at least one source. */
static gboolean
parse_source_list (KwaJsonCursor *cursor,
                   JsonNode      *node,
                   gpointer       out_list)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  const SourceList *list = out_list;
  JsonArray *array;
  guint length;

  array = kwa_json_cursor_expect_array (cursor, node, "a list of source ids, [\"…\"]");
  if (array == NULL)
    return FALSE;

  length = json_array_get_length (array);
  if (length == 0)
    {
      kwa_json_cursor_report (cursor, NULL, "the list is empty; every fact cites at least one source");
      return FALSE;
    }
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u sources; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  *list->sources = g_new0 (const KwaSource *, length);
  *list->n_sources = 0;

  for (guint i = 0; i < length; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);
      const KwaSource *source = kwa_exhibit_loader_resolve_reference (l, json_array_get_element (array, i),
                                                                      l->exhibit->sources_by_id, "source");

      if (source != NULL)
        (*list->sources)[(*list->n_sources)++] = source;
      kwa_json_cursor_leave (cursor, mark);
    }

  return *list->n_sources == length;
}

/**
 * kwa_exhibit_loader_read_sources:
 * @l: a loader
 * @object: a record that cites sources
 * @out_sources: (out): the record's sources
 * @out_n_sources: (out): how many
 *
 * Reads the record's required "sources", a list of source ids.
 *
 * Returns: %TRUE if every source cited exists
 */
gboolean
kwa_exhibit_loader_read_sources (KwaExhibitLoader   *l,
                                 JsonObject         *object,
                                 const KwaSource  ***out_sources,
                                 guint              *out_n_sources)
{
  SourceList list = { out_sources, out_n_sources };

  return kwa_json_cursor_read_member (&l->cursor, object, "sources", KWA_FIELD_REQUIRED, parse_source_list, &list);
}
