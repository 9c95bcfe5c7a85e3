/* kwa-exhibit-loader.c: from bytes to a validated, indexed KwaExhibit
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "kwa-exhibit-loader-private.h"
#include "kwa-message-words.h"
#include "kwa-suggest.h"

/* The loader walks the JSON tree once, collection by collection, filling
 * the exhibit's records and collecting every problem on the way rather than
 * stopping at the first: a curator fixes a file faster from the whole list.
 *
 * Collections are read in dependency order (sources before anything that
 * cites them, places before events, events before movements and tours), so
 * references resolve to pointers as they are read. Each collection's array
 * is sized once before it is filled, so those pointers stay valid.
 *
 * The values records are made of are read in kwa-json-values.c, at a
 * cursor that tracks the path every problem names (kwa-json-cursor.c).
 */

/* Suggesting an id costs a pass over an index; a file full of bad
 * references must not make validation quadratic.
 */
#define MAX_ID_SUGGESTIONS 50

/* Members many records share {{{ */

/* A span is inclusive, and never ends before it starts. */
void
kwa_exhibit_loader_check_span (KwaExhibitLoader *l,
                               const char       *end_key,
                               KwaDate           start,
                               KwaDate           end)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (start == KWA_DATE_NONE || end == KWA_DATE_NONE || end >= start)
    return;

  start_text = kwa_date_to_iso (start);
  end_text = kwa_date_to_iso (end);
  kwa_json_cursor_report (&l->cursor, end_key, "%s is before the start, %s", end_text, start_text);
}

/* The start is always required; @end_need says whether "end" is. */
void
kwa_exhibit_loader_read_span (KwaExhibitLoader *l,
                              JsonObject       *object,
                              const char       *start_key,
                              KwaFieldNeed      end_need,
                              KwaDate          *out_start,
                              KwaDate          *out_end)
{
  kwa_json_cursor_read_member (&l->cursor, object, start_key, KWA_FIELD_REQUIRED, kwa_json_parse_date, out_start);
  if (kwa_json_cursor_read_member (&l->cursor, object, "end", end_need, kwa_json_parse_date, out_end))
    kwa_exhibit_loader_check_span (l, "end", *out_start, *out_end);
}

/* Returns the index of the member's word in @words, or -1. */
int
kwa_exhibit_loader_read_word (KwaExhibitLoader   *l,
                              JsonObject         *object,
                              const char         *key,
                              KwaFieldNeed        need,
                              const char * const *words)
{
  int index = -1;

  kwa_json_cursor_read_member (&l->cursor, object, key, need, kwa_json_parse_word,
                               &(KwaJsonWordChoice) { words, &index });

  return index;
}

/* A required side, "north" or "south" */
KwaSideId
kwa_exhibit_loader_read_side (KwaExhibitLoader *l,
                              JsonObject       *object,
                              const char       *key)
{
  int index = kwa_exhibit_loader_read_word (l, object, key, KWA_FIELD_REQUIRED, kwa_side_id_names);

  return index < 0 ? KWA_SIDE_SOUTH : (KwaSideId) index;
}

KwaConfidence
kwa_exhibit_loader_read_confidence (KwaExhibitLoader *l,
                                    JsonObject       *object)
{
  int index = kwa_exhibit_loader_read_word (l, object, "confidence", KWA_FIELD_OPTIONAL, kwa_confidence_names);

  return index < 0 ? KWA_CONFIDENCE_UNSTATED : (KwaConfidence) (index + 1);
}

/* }}} */

/* References {{{ */

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

/* @out_place: a const KwaPlace * */
gboolean
kwa_exhibit_loader_parse_place_reference (KwaJsonCursor *cursor,
                                          JsonNode      *node,
                                          gpointer       out_place)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);

  *(const KwaPlace **) out_place = kwa_exhibit_loader_resolve_reference (l, node, l->exhibit->places_by_id, "place");

  return *(const KwaPlace **) out_place != NULL;
}

/* @out_event: a const KwaEvent * */
gboolean
kwa_exhibit_loader_parse_event_reference (KwaJsonCursor *cursor,
                                          JsonNode      *node,
                                          gpointer       out_event)
{
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);

  *(const KwaEvent **) out_event = kwa_exhibit_loader_resolve_reference (l, node, l->exhibit->events_by_id, "event");

  return *(const KwaEvent **) out_event != NULL;
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

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      kwa_json_cursor_report_expected (cursor, "a list of source ids, [\"…\"]", node);
      return FALSE;
    }

  array = json_node_get_array (node);
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

/* }}} */

/* Sources, sides and places {{{ */

void
kwa_exhibit_loader_parse_source (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = { "id", "title", "author", "publisher", "year", "url", "kind", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaSource *source = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a source, {\"id\": …, \"title\": …}");
  int kind;

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &source->id);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_string, &source->title);
  kwa_json_cursor_read_member (cursor, object, "author", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->author);
  kwa_json_cursor_read_member (cursor, object, "publisher", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->publisher);
  kwa_json_cursor_read_member (cursor, object, "year", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, KWA_DATE_MAX_YEAR, &source->year });
  kwa_json_cursor_read_member (cursor, object, "url", KWA_FIELD_OPTIONAL, kwa_json_parse_string, &source->url);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_OPTIONAL, kwa_source_kind_names);
  source->kind = kind < 0 ? KWA_SOURCE_KIND_UNSTATED : (KwaSourceKind) (kind + 1);

  if (!json_object_has_member (object, "author") && !json_object_has_member (object, "publisher"))
    kwa_json_cursor_report (cursor, NULL, "a source needs an \"author\" or a \"publisher\" (or both)");
}

/* @out_side: the KwaSide whose forces these are */
static gboolean
parse_forces (KwaJsonCursor *cursor,
              JsonNode      *node,
              gpointer       out_side)
{
  KwaSide *side = out_side;
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      kwa_json_cursor_report_expected (cursor, "a list of texts, [{\"en\": …, \"ko\": …}]", node);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u items; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  side->forces = g_new0 (KwaText, length);
  side->n_forces = length;
  for (guint i = 0; i < length; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);

      kwa_json_parse_text (cursor, json_array_get_element (array, i), &side->forces[i]);
      kwa_json_cursor_leave (cursor, mark);
    }

  return TRUE;
}

static void
parse_side (KwaExhibitLoader *l,
            JsonNode         *node,
            gpointer          record)
{
  static const char * const keys[] = { "id", "name", "forces", "color", "anchor", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaSide *side = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a side, {\"id\": \"north\", …}");
  int id;

  side->id = KWA_N_SIDES;  /* not known yet */
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  id = kwa_exhibit_loader_read_word (l, object, "id", KWA_FIELD_REQUIRED, kwa_side_id_names);
  if (id >= 0)
    side->id = (KwaSideId) id;
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &side->name);
  kwa_json_cursor_read_member (cursor, object, "forces", KWA_FIELD_REQUIRED, parse_forces, side);
  kwa_json_cursor_read_member (cursor, object, "color", KWA_FIELD_REQUIRED, kwa_json_parse_color, &side->color);
  kwa_json_cursor_read_member (cursor, object, "anchor", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_point_geometry,
                               &side->anchor);
}

/* Exactly two sides, north and south, kept in KwaSideId order. */
void
kwa_exhibit_loader_parse_sides (KwaExhibitLoader *l,
                                JsonObject       *root)
{
  KwaExhibit *self = l->exhibit;
  KwaProblemLog *log = l->cursor.log;
  guint problems_before = log->n_found;

  kwa_exhibit_loader_parse_collection (l, root, "sides", self->sides, parse_side);

  for (guint i = 0; i < self->sides->len; i++)
    {
      const KwaSide *side = &g_array_index (self->sides, KwaSide, i);
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      if (side->id == KWA_N_SIDES)
        continue;

      if (self->side_by_id[side->id] == NULL)
        {
          self->side_by_id[side->id] = side;
          continue;
        }

      path = g_strdup_printf ("sides[%u].id", i);
      message = g_strdup_printf ("the side \"%s\" is already defined by sides[%u]",
                                 kwa_side_id_to_string (side->id),
                                 (guint) (self->side_by_id[side->id] - &g_array_index (self->sides, KwaSide, 0)));
      kwa_problem_log_add (log, path, 0, 0, message);
    }

  /* Only when nothing more specific was said about the sides. */
  if (log->n_found == problems_before && json_object_has_member (root, "sides") &&
      self->sides->len != KWA_N_SIDES)
    kwa_json_cursor_report (&l->cursor, "sides", "expected exactly two sides, \"north\" and \"south\", found %u", self->sides->len);
}

void
kwa_exhibit_loader_parse_place (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "id", "name", "point", "kind", "importance", "approximate", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPlace *place = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a place, {\"id\": …, \"point\": …}");
  int kind;

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &place->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &place->name);
  kwa_json_cursor_read_member (cursor, object, "point", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_point_geometry,
                               &place->point);
  kind = kwa_exhibit_loader_read_word (l, object, "kind", KWA_FIELD_REQUIRED, kwa_place_kind_names);
  place->kind = kind < 0 ? KWA_PLACE_CITY : (KwaPlaceKind) kind;
  kwa_json_cursor_read_member (cursor, object, "importance", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, 3, &place->importance });
  kwa_json_cursor_read_member (cursor, object, "approximate", KWA_FIELD_OPTIONAL, kwa_json_parse_boolean,
                               &place->approximate);
}

/* }}} */

/* Phases, events, figures, leaders and perspectives {{{ */

void
kwa_exhibit_loader_parse_phase (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = { "id", "name", "start", "end", "summary", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPhase *phase = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a phase, {\"id\": …, \"start\": …}");

  phase->start = phase->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &phase->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &phase->name);
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &phase->start, &phase->end);
  kwa_json_cursor_read_member (cursor, object, "summary", KWA_FIELD_REQUIRED, kwa_json_parse_text, &phase->summary);
}

/* @out_quote: a KwaQuote */
static gboolean
parse_quote (KwaJsonCursor *cursor,
             JsonNode      *node,
             gpointer       out_quote)
{
  static const char * const keys[] = { "text", "speaker", "date", NULL };
  KwaQuote *quote = out_quote;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a quote, {\"text\": …, \"speaker\": …, \"date\": …}");

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "text", KWA_FIELD_REQUIRED, kwa_json_parse_text, &quote->text);
  kwa_json_cursor_read_member (cursor, object, "speaker", KWA_FIELD_REQUIRED, kwa_json_parse_text, &quote->speaker);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &quote->date);

  return TRUE;
}

/* Where an event is drawn: at its place, at its own point, or nowhere (a
 * vote in New York has no marker on a map of Korea).
 */
static void
parse_event_location (KwaExhibitLoader *l,
                      JsonObject       *object,
                      KwaEvent         *event)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaLonLat point;

  if (json_object_has_member (object, "place") && json_object_has_member (object, "point"))
    {
      kwa_json_cursor_report (cursor, NULL, "give the event either a \"place\" or a \"point\", not both");
      return;
    }

  if (kwa_json_cursor_read_member (cursor, object, "place", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_place_reference,
                                   &event->place))
    {
      event->has_location = TRUE;
      event->location = event->place->point;
    }
  else if (kwa_json_cursor_read_member (cursor, object, "point", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_point_geometry,
                                        &point))
    {
      event->has_location = TRUE;
      event->location = point;
    }
}

void
kwa_exhibit_loader_parse_event (KwaExhibitLoader *l,
                                JsonNode         *node,
                                gpointer          record)
{
  static const char * const keys[] = {
    "id", "date", "end", "title", "summary", "body", "place", "point", "category",
    "importance", "quote", "sources", "confidence", "notes", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaEvent *event = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "an event, {\"id\": …, \"date\": …}");
  int category;

  event->date = event->end = event->quote.date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &event->id);
  kwa_exhibit_loader_read_span (l, object, "date", KWA_FIELD_OPTIONAL, &event->date, &event->end);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->title);
  kwa_json_cursor_read_member (cursor, object, "summary", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->summary);
  kwa_json_cursor_read_member (cursor, object, "body", KWA_FIELD_REQUIRED, kwa_json_parse_text, &event->body);
  parse_event_location (l, object, event);
  category = kwa_exhibit_loader_read_word (l, object, "category", KWA_FIELD_REQUIRED, kwa_event_category_names);
  event->category = category < 0 ? KWA_EVENT_MILITARY : (KwaEventCategory) category;
  kwa_json_cursor_read_member (cursor, object, "importance", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 1, 3, &event->importance });

  /* A quote that is there but broken is still a quote, only an invalid one. */
  event->has_quote = json_object_has_member (object, "quote");
  kwa_json_cursor_read_member (cursor, object, "quote", KWA_FIELD_OPTIONAL, parse_quote, &event->quote);

  kwa_exhibit_loader_read_sources (l, object, &event->sources, &event->n_sources);
  event->confidence = kwa_exhibit_loader_read_confidence (l, object);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &event->notes);
}

/* low <= best <= high: where sources disagree, the range says by how much. */
static void
check_figure_range (KwaExhibitLoader *l,
                    const KwaFigure  *figure,
                    gboolean          has_low,
                    gboolean          has_high)
{
  g_autofree char *low = kwa_message_format_number (figure->low);
  g_autofree char *high = kwa_message_format_number (figure->high);
  g_autofree char *best = kwa_message_format_number (figure->best);

  if (!has_low || !has_high)
    return;

  if (figure->low > figure->high)
    kwa_json_cursor_report (&l->cursor, "low", "the low estimate, %s, is above the high estimate, %s", low, high);
  else if (figure->has_best && (figure->best < figure->low || figure->best > figure->high))
    kwa_json_cursor_report (&l->cursor, "best", "the best estimate, %s, lies outside the range %s to %s", best, low, high);
}

void
kwa_exhibit_loader_parse_figure (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = {
    "id", "label", "category", "low", "high", "best", "unit", "as_of", "sources", "notes", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  KwaFigure *figure = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a figure, {\"id\": …, \"low\": …, \"high\": …}");
  gboolean has_low;
  gboolean has_high;
  int category;

  figure->as_of = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &figure->id);
  kwa_json_cursor_read_member (cursor, object, "label", KWA_FIELD_REQUIRED, kwa_json_parse_text, &figure->label);
  category = kwa_exhibit_loader_read_word (l, object, "category", KWA_FIELD_REQUIRED, kwa_figure_category_names);
  figure->category = category < 0 ? KWA_FIGURE_OTHER : (KwaFigureCategory) category;
  has_low = kwa_json_cursor_read_member (cursor, object, "low", KWA_FIELD_REQUIRED, kwa_json_parse_number, &figure->low);
  has_high = kwa_json_cursor_read_member (cursor, object, "high", KWA_FIELD_REQUIRED, kwa_json_parse_number, &figure->high);
  figure->has_best = kwa_json_cursor_read_member (cursor, object, "best", KWA_FIELD_OPTIONAL, kwa_json_parse_number,
                                                  &figure->best);
  check_figure_range (l, figure, has_low, has_high);
  kwa_json_cursor_read_member (cursor, object, "unit", KWA_FIELD_REQUIRED, kwa_json_parse_text, &figure->unit);
  kwa_json_cursor_read_member (cursor, object, "as_of", KWA_FIELD_REQUIRED, kwa_json_parse_date, &figure->as_of);
  kwa_exhibit_loader_read_sources (l, object, &figure->sources, &figure->n_sources);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &figure->notes);
}

void
kwa_exhibit_loader_parse_leader (KwaExhibitLoader *l,
                                 JsonNode         *node,
                                 gpointer          record)
{
  static const char * const keys[] = { "id", "name", "role", "side", "start", "end", "sources", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaLeader *leader = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a leader, {\"id\": …, \"name\": …}");

  leader->start = leader->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &leader->id);
  kwa_json_cursor_read_member (cursor, object, "name", KWA_FIELD_REQUIRED, kwa_json_parse_text, &leader->name);
  kwa_json_cursor_read_member (cursor, object, "role", KWA_FIELD_REQUIRED, kwa_json_parse_text, &leader->role);
  leader->side = kwa_exhibit_loader_read_side (l, object, "side");
  kwa_exhibit_loader_read_span (l, object, "start", KWA_FIELD_REQUIRED, &leader->start, &leader->end);
  kwa_exhibit_loader_read_sources (l, object, &leader->sources, &leader->n_sources);
}

void
kwa_exhibit_loader_parse_perspective (KwaExhibitLoader *l,
                                      JsonNode         *node,
                                      gpointer          record)
{
  static const char * const keys[] = { "id", "viewpoint", "title", "body", "sources", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  KwaPerspective *perspective = record;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a perspective, {\"id\": …, \"viewpoint\": …}");

  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "id", KWA_FIELD_REQUIRED, kwa_json_parse_id, &perspective->id);
  kwa_json_cursor_read_member (cursor, object, "viewpoint", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->viewpoint);
  kwa_json_cursor_read_member (cursor, object, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->title);
  kwa_json_cursor_read_member (cursor, object, "body", KWA_FIELD_REQUIRED, kwa_json_parse_text, &perspective->body);
  kwa_exhibit_loader_read_sources (l, object, &perspective->sources, &perspective->n_sources);
}

/* }}} */

/* Fronts, enclaves, movements, holdings and lines {{{ */

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

void
kwa_exhibit_loader_parse_movement (KwaExhibitLoader *l,
                                   JsonNode         *node,
                                   gpointer          record)
{
  static const char * const keys[] = {
    "id", "side", "unit", "kind", "start", "end", "path", "event", "sources", NULL
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
  kwa_json_cursor_read_member (cursor, object, "event", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_event_reference,
                               &movement->event);
  kwa_exhibit_loader_read_sources (l, object, &movement->sources, &movement->n_sources);
}

static void
parse_holding_change (KwaExhibitLoader *l,
                      JsonNode         *node,
                      KwaHoldingChange *change)
{
  static const char * const keys[] = {
    "date", "holder", "within_days", "confidence", "event", "sources", "notes", NULL
  };
  KwaJsonCursor *cursor = &l->cursor;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a change of hands, {\"date\": …, \"holder\": …}");

  change->date = KWA_DATE_NONE;
  change->within_days = DEFAULT_WITHIN_DAYS;
  if (object == NULL)
    return;

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
  for (guint i = 0; i < length; i++)
    {
      gsize item_mark = kwa_json_cursor_enter_index (cursor, i);

      parse_holding_change (l, json_array_get_element (array, i), &holding->changes[i]);
      kwa_json_cursor_leave (cursor, item_mark);
    }

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

/* }}} */

/* Tours {{{ */

/* @out_view: a KwaTourView, from {"center": [lon, lat], "zoom": z} or
 * {"bbox": [w, s, e, n]}
 */
static gboolean
parse_tour_view (KwaJsonCursor *cursor,
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

static void
parse_tour_stop (KwaExhibitLoader *l,
                 JsonNode         *node,
                 KwaTourStop      *stop)
{
  static const char * const keys[] = { "date", "event", "view", "narration", "notes", "duration", NULL };
  KwaJsonCursor *cursor = &l->cursor;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a tour stop, {\"date\": …, \"view\": …}");

  stop->date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  kwa_json_cursor_check_keys (cursor, object, keys);
  kwa_json_cursor_read_member (cursor, object, "date", KWA_FIELD_REQUIRED, kwa_json_parse_date, &stop->date);
  kwa_json_cursor_read_member (cursor, object, "event", KWA_FIELD_OPTIONAL, kwa_exhibit_loader_parse_event_reference,
                               &stop->event);
  kwa_json_cursor_read_member (cursor, object, "view", KWA_FIELD_REQUIRED, parse_tour_view, &stop->view);
  kwa_json_cursor_read_member (cursor, object, "narration", KWA_FIELD_REQUIRED, kwa_json_parse_text, &stop->narration);
  kwa_json_cursor_read_member (cursor, object, "notes", KWA_FIELD_OPTIONAL, kwa_json_parse_text, &stop->notes);
  kwa_json_cursor_read_member (cursor, object, "duration", KWA_FIELD_REQUIRED, kwa_json_parse_int_in_range,
                               &(KwaJsonIntRange) { 3, 120, &stop->duration });
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
  for (guint i = 0; i < length; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);

      parse_tour_stop (kwa_exhibit_loader_from_cursor (cursor), json_array_get_element (array, i), &tour->stops[i]);
      kwa_json_cursor_leave (cursor, mark);
    }

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

/* }}} */

/* Meta {{{ */

static const char * const date_range_keys[] = { "start", "end", NULL };

/* @out_range: a KwaDateRange, from {"start": …, "end": …} */
static gboolean
parse_date_range (KwaJsonCursor *cursor,
                  JsonNode      *node,
                  gpointer       out_range)
{
  KwaDateRange *range = out_range;
  JsonObject *range_object;

  range_object = kwa_json_cursor_expect_object (cursor, node, "a span of dates, {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}");
  if (range_object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, range_object, date_range_keys);
  kwa_exhibit_loader_read_span (kwa_exhibit_loader_from_cursor (cursor), range_object, "start", KWA_FIELD_REQUIRED,
                                &range->start, &range->end);

  return TRUE;
}

/* The basemap sits next to the exhibit file or below it: a path that leaves
 * the folder could make a kiosk load any file on the machine.
 */
static gboolean
is_safe_relative_path (KwaJsonCursor *cursor,
                       const char    *path)
{
  g_auto(GStrv) segments = NULL;

  if (g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\')
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap path must be relative to the exhibit file, not an absolute path");
      return FALSE;
    }

  if (strchr (path, ':') != NULL || strchr (path, '\\') != NULL)
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap must be a plain relative path with '/' between folders, not a URI or a Windows path");
      return FALSE;
    }

  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (strcmp (segments[i], "..") == 0)
        {
          kwa_json_cursor_report (cursor, NULL, "the basemap path must not leave the exhibit's folder (\"..\" is not allowed)");
          return FALSE;
        }
    }

  return TRUE;
}

static void
resolve_basemap (KwaExhibitLoader *l,
                 const char       *path)
{
  KwaJsonCursor *cursor = &l->cursor;
  KwaExhibit *self = l->exhibit;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) basemap = NULL;

  if (!is_safe_relative_path (cursor, path) || self->file == NULL)
    return;

  folder = g_file_get_parent (self->file);
  if (folder == NULL)
    return;

  basemap = g_file_resolve_relative_path (folder, path);
  /* Belt and braces: GFile's own idea of the result must agree. */
  if (!g_file_has_prefix (basemap, folder))
    {
      kwa_json_cursor_report (cursor, NULL, "the basemap path must not leave the exhibit's folder");
      return;
    }

  if (g_file_query_file_type (basemap, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *quoted = kwa_message_quote (path);

      kwa_json_cursor_report (cursor, NULL, "the basemap file %s was not found next to %s", quoted, self->file_name);
      return;
    }

  self->basemap_file = g_steal_pointer (&basemap);
}

/* @out_exhibit: the KwaExhibit the meta object describes */
static gboolean
parse_meta_object (KwaJsonCursor *cursor,
                   JsonNode      *node,
                   gpointer       out_exhibit)
{
  static const char * const keys[] = {
    "title", "subtitle", "basemap", "projection", "bbox", "time_range", "war", "attribution", NULL
  };
  KwaExhibitLoader *l = kwa_exhibit_loader_from_cursor (cursor);
  KwaExhibit *self = out_exhibit;
  JsonObject *meta;

  meta = kwa_json_cursor_expect_object (cursor, node, "an object, {\"title\": …, \"bbox\": …}");
  if (meta == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, meta, keys);
  kwa_json_cursor_read_member (cursor, meta, "title", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->title);
  kwa_json_cursor_read_member (cursor, meta, "subtitle", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->subtitle);
  if (kwa_json_cursor_read_member (cursor, meta, "basemap", KWA_FIELD_REQUIRED, kwa_json_parse_string, &self->basemap_path))
    {
      gsize basemap_mark = kwa_json_cursor_enter_key (cursor, "basemap");

      resolve_basemap (l, self->basemap_path);
      kwa_json_cursor_leave (cursor, basemap_mark);
    }
  kwa_json_cursor_read_member (cursor, meta, "projection", KWA_FIELD_REQUIRED, kwa_json_parse_string, &self->projection);

  /* Every coordinate after this is checked against the map box. */
  l->bbox_usable = kwa_json_cursor_read_member (cursor, meta, "bbox", KWA_FIELD_REQUIRED, kwa_exhibit_loader_parse_map_box,
                                                &self->bbox);

  kwa_json_cursor_read_member (cursor, meta, "time_range", KWA_FIELD_REQUIRED, parse_date_range, &self->time_range);
  kwa_json_cursor_read_member (cursor, meta, "war", KWA_FIELD_REQUIRED, parse_date_range, &self->war);
  if (self->war.start != KWA_DATE_NONE && self->time_range.start != KWA_DATE_NONE &&
      (self->war.start < self->time_range.start || self->war.end > self->time_range.end))
    kwa_json_cursor_report (cursor, "war", "the war must lie within the time_range");
  kwa_json_cursor_read_member (cursor, meta, "attribution", KWA_FIELD_REQUIRED, kwa_json_parse_text, &self->attribution);

  return TRUE;
}

void
kwa_exhibit_loader_parse_meta (KwaExhibitLoader *l,
                               JsonObject       *root)
{
  kwa_json_cursor_read_member (&l->cursor, root, "meta", KWA_FIELD_REQUIRED, parse_meta_object, l->exhibit);
}

/* }}} */

/* Order and the main tour {{{ */

/* The timeline relies on order: events and fronts by date, phases one
 * after another without overlapping.
 */

static void
check_events_order (KwaExhibitLoader *l)
{
  GArray *events = l->exhibit->events;
  const KwaEvent *previous = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      const KwaEvent *event = &g_array_index (events, KwaEvent, i);
      g_autofree char *path = NULL;
      g_autofree char *date = NULL;
      g_autofree char *previous_date = NULL;

      if (event->date == KWA_DATE_NONE)
        continue;

      if (previous != NULL && event->date < previous->date)
        {
          path = g_strdup_printf ("events[%u].date", i);
          date = kwa_date_to_iso (event->date);
          previous_date = kwa_date_to_iso (previous->date);
          kwa_json_cursor_report (&l->cursor, path, "%s comes before the date of the event listed before it (%s); events must be in date order",
                                  date, previous_date);
        }
      previous = event;
    }
}

static void
check_fronts_order (KwaExhibitLoader *l)
{
  GArray *fronts = l->exhibit->fronts;
  const KwaFront *previous = NULL;

  for (guint i = 0; i < fronts->len; i++)
    {
      const KwaFront *front = &g_array_index (fronts, KwaFront, i);
      g_autofree char *path = NULL;
      g_autofree char *date = NULL;
      g_autofree char *previous_date = NULL;

      if (front->date == KWA_DATE_NONE)
        continue;

      if (previous != NULL && front->date <= previous->date)
        {
          path = g_strdup_printf ("fronts[%u].date", i);
          date = kwa_date_to_iso (front->date);
          previous_date = kwa_date_to_iso (previous->date);
          kwa_json_cursor_report (&l->cursor, path, "%s is not after the date of the front listed before it (%s); fronts must be in date order, one per date",
                                  date, previous_date);
        }
      previous = front;
    }
}

static void
check_phases_order (KwaExhibitLoader *l)
{
  GArray *phases = l->exhibit->phases;
  const KwaPhase *previous = NULL;
  guint previous_index = 0;

  for (guint i = 0; i < phases->len; i++)
    {
      const KwaPhase *phase = &g_array_index (phases, KwaPhase, i);
      g_autofree char *path = NULL;
      g_autofree char *start = NULL;
      g_autofree char *previous_end = NULL;

      if (phase->start == KWA_DATE_NONE || phase->end == KWA_DATE_NONE || phase->end < phase->start)
        continue;

      if (previous != NULL && phase->start <= previous->end)
        {
          path = g_strdup_printf ("phases[%u].start", i);
          start = kwa_date_to_iso (phase->start);
          previous_end = kwa_date_to_iso (previous->end);
          if (phase->start < previous->start)
            kwa_json_cursor_report (&l->cursor, path, "%s comes before phases[%u]; phases must be in date order", start, previous_index);
          else
            kwa_json_cursor_report (&l->cursor, path, "%s overlaps phases[%u], which ends %s; phases must not overlap",
                                    start, previous_index, previous_end);
        }
      previous = phase;
      previous_index = i;
    }
}

/* Phases, events and fronts, in that order. */
void
kwa_exhibit_loader_check_order (KwaExhibitLoader *l)
{
  /* Paths here are whole: the cursor must be at the top. */
  g_assert (l->cursor.path->len == 0);

  check_phases_order (l);
  check_events_order (l);
  check_fronts_order (l);
}

void
kwa_exhibit_loader_check_main_tour (KwaExhibitLoader *l)
{
  if (!g_hash_table_contains (l->unreadable, l->exhibit->tours_by_id) &&
      g_hash_table_lookup (l->exhibit->tours_by_id, "main") == NULL)
    kwa_json_cursor_report (&l->cursor, "tours", "there is no tour with the id \"main\" (the kiosk's attract loop plays it)");
}

/* }}} */

/* Collections {{{ */

/* Reads a top-level list into @records (sized once, so pointers into it
 * stay valid), calling @parse_record on each item. Every item gets a
 * record, even a broken one, so that index i in the array is items[i].
 *
 * Returns: %FALSE if there was no list to read
 */
gboolean
kwa_exhibit_loader_parse_collection (KwaExhibitLoader   *l,
                                     JsonObject         *root,
                                     const char         *key,
                                     GArray             *records,
                                     KwaRecordParseFunc  parse_record)
{
  guint element_size = g_array_get_element_size (records);
  JsonArray *array;
  guint length;
  gsize mark;
  JsonNode *node = kwa_json_cursor_enter_member (&l->cursor, root, key, KWA_FIELD_REQUIRED, &mark);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      kwa_json_cursor_report_expected (&l->cursor, "a list, […]", node);
      kwa_json_cursor_leave (&l->cursor, mark);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (&l->cursor, NULL, "%u items; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      length = KWA_EXHIBIT_MAX_ITEMS;
    }

  g_assert (records->len == 0);
  g_array_set_size (records, length);

  for (guint i = 0; i < length; i++)
    {
      gsize item_mark = kwa_json_cursor_enter_index (&l->cursor, i);

      parse_record (l, json_array_get_element (array, i), records->data + (gsize) i * element_size);
      kwa_json_cursor_leave (&l->cursor, item_mark);
    }

  kwa_json_cursor_leave (&l->cursor, mark);
  return TRUE;
}

/* Ids are unique within their collection. */
static void
index_ids (KwaExhibitLoader *l,
           const char       *key,
           GArray           *records,
           gsize             id_offset,
           GHashTable       *index)
{
  guint element_size = g_array_get_element_size (records);

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = records->data + (gsize) i * element_size;
      const char *id = G_STRUCT_MEMBER (const char *, record, id_offset);
      gpointer existing;

      if (id == NULL)
        continue;

      existing = g_hash_table_lookup (index, id);
      if (existing != NULL)
        {
          guint first = (guint) (((char *) existing - records->data) / element_size);
          g_autofree char *path = g_strdup_printf ("%s[%u].id", key, i);
          g_autofree char *message = g_strdup_printf ("the id \"%s\" is already used by %s[%u]", id, key, first);

          kwa_problem_log_add (l->cursor.log, path, 0, 0, message);
          continue;
        }

      g_hash_table_insert (index, (char *) id, record);
    }
}

static void
parse_and_index (KwaExhibitLoader   *l,
                 JsonObject         *root,
                 const char         *key,
                 GArray             *records,
                 gsize               id_offset,
                 KwaRecordParseFunc  parse_record,
                 GHashTable         *index)
{
  g_autoptr(GHashTable) own_index = NULL;

  /* Collections nobody looks up still need unique ids. */
  if (index == NULL)
    index = own_index = g_hash_table_new (g_str_hash, g_str_equal);

  if (!kwa_exhibit_loader_parse_collection (l, root, key, records, parse_record))
    g_hash_table_add (l->unreadable, index);
  index_ids (l, key, records, id_offset, index);
}

/* }}} */

/* The document {{{ */

static gboolean
check_schema (KwaExhibitLoader *l,
              JsonObject       *root)
{
  gsize mark;
  JsonNode *node = kwa_json_cursor_enter_member (&l->cursor, root, "schema", KWA_FIELD_OPTIONAL, &mark);
  double version;

  if (node == NULL)
    {
      kwa_json_cursor_report (&l->cursor, NULL, "the key \"schema\" is missing (this app reads schema version 1: \"schema\": 1)");
      return TRUE;
    }

  if (!kwa_json_get_number (node, &version) || !isfinite (version) || version != floor (version))
    {
      kwa_json_cursor_report_expected (&l->cursor, "the schema version, 1", node);
    }
  else if (version != 1)
    {
      g_autofree char *number = kwa_message_format_number (version);

      kwa_json_cursor_report (&l->cursor, NULL, "this file uses schema version %s; this app reads version 1", number);
      l->wrong_version = TRUE;
    }

  kwa_json_cursor_leave (&l->cursor, mark);
  return !l->wrong_version;
}

static void
parse_document (KwaExhibitLoader *l,
                JsonNode         *root_node)
{
  static const char * const keys[] = {
    "schema", "meta", "sides", "phases", "places", "events", "fronts", "enclaves",
    "movements", "holdings", "lines", "figures", "leaders", "perspectives", "tours", "sources", NULL
  };
  KwaExhibit *self = l->exhibit;
  JsonObject *root;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      kwa_json_cursor_report_expected (&l->cursor, "an exhibit object, {\"schema\": 1, …}, at the top level", root_node);
      return;
    }
  root = json_node_get_object (root_node);

  /* Another version's rules differ: anything more would be noise. */
  if (!check_schema (l, root))
    return;

  kwa_json_cursor_check_keys (&l->cursor, root, keys);
  /* First the map box, which every coordinate is checked against; then
   * each collection before those that refer to it.
   */
  kwa_exhibit_loader_parse_meta (l, root);
  parse_and_index (l, root, "sources", self->sources, G_STRUCT_OFFSET (KwaSource, id),
                   kwa_exhibit_loader_parse_source, self->sources_by_id);
  kwa_exhibit_loader_parse_sides (l, root);
  parse_and_index (l, root, "places", self->places, G_STRUCT_OFFSET (KwaPlace, id),
                   kwa_exhibit_loader_parse_place, self->places_by_id);
  parse_and_index (l, root, "phases", self->phases, G_STRUCT_OFFSET (KwaPhase, id),
                   kwa_exhibit_loader_parse_phase, NULL);
  parse_and_index (l, root, "events", self->events, G_STRUCT_OFFSET (KwaEvent, id),
                   kwa_exhibit_loader_parse_event, self->events_by_id);
  kwa_exhibit_loader_parse_collection (l, root, "fronts", self->fronts, kwa_exhibit_loader_parse_front);
  parse_and_index (l, root, "enclaves", self->enclaves, G_STRUCT_OFFSET (KwaEnclave, id),
                   kwa_exhibit_loader_parse_enclave, NULL);
  parse_and_index (l, root, "movements", self->movements, G_STRUCT_OFFSET (KwaMovement, id),
                   kwa_exhibit_loader_parse_movement, NULL);
  kwa_exhibit_loader_parse_holdings (l, root);
  parse_and_index (l, root, "lines", self->lines, G_STRUCT_OFFSET (KwaLine, id),
                   kwa_exhibit_loader_parse_line, NULL);
  parse_and_index (l, root, "figures", self->figures, G_STRUCT_OFFSET (KwaFigure, id),
                   kwa_exhibit_loader_parse_figure, NULL);
  parse_and_index (l, root, "leaders", self->leaders, G_STRUCT_OFFSET (KwaLeader, id),
                   kwa_exhibit_loader_parse_leader, NULL);
  parse_and_index (l, root, "perspectives", self->perspectives, G_STRUCT_OFFSET (KwaPerspective, id),
                   kwa_exhibit_loader_parse_perspective, NULL);
  parse_and_index (l, root, "tours", self->tours, G_STRUCT_OFFSET (KwaTour, id),
                   kwa_exhibit_loader_parse_tour, self->tours_by_id);

  kwa_exhibit_loader_check_order (l);
  kwa_exhibit_loader_check_main_tour (l);
}

/* json-glib says "<data>:34:7: Parse error: unexpected character `,'";
 * a curator wants "korean-war.json:34:7: unexpected character ','".
 */
static void
log_parser_error (KwaProblemLog *log,
                  const GError  *parse_error)
{
  const char *message = parse_error->message;
  const char *rest;
  char *end;
  guint64 line = 0;
  guint64 column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    {
      rest = message + strlen ("<data>:");
      line = g_ascii_strtoull (rest, &end, 10);
      if (*end == ':')
        column = g_ascii_strtoull (end + 1, &end, 10);
      if (*end == ':' && line > 0 && line < G_MAXINT && column < G_MAXINT)
        {
          message = end + 1;
          while (*message == ' ')
            message++;
          if (g_str_has_prefix (message, "Parse error: "))
            message += strlen ("Parse error: ");
        }
      else
        {
          line = column = 0;
        }
    }

  kwa_problem_log_add (log, NULL, (int) line, (int) column, message);
}

static void
set_load_error (KwaExhibit          *self,
                const KwaProblemLog *log,
                gboolean             wrong_version,
                GError             **error)
{
  gboolean only_basemap = TRUE;

  if (wrong_version)
    {
      g_autofree char *text = kwa_problem_to_string (g_ptr_array_index (log->problems, log->problems->len - 1));

      g_set_error_literal (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_VERSION, text);
      return;
    }

  /* A missing basemap is worth telling apart: the data itself is fine. */
  for (guint i = 0; i < log->problems->len; i++)
    {
      const KwaProblem *problem = g_ptr_array_index (log->problems, i);

      only_basemap &= g_strcmp0 (problem->path, "meta.basemap") == 0;
    }

  g_set_error (error, KWA_EXHIBIT_ERROR,
               only_basemap ? KWA_EXHIBIT_ERROR_BASEMAP : KWA_EXHIBIT_ERROR_INVALID,
               log->n_found == 1 ? "%u problem in %s" : "%u problems in %s",
               log->n_found, self->file_name);
}

/**
 * kwa_exhibit_load:
 * @self: a new, empty exhibit whose file and file name are set
 * @bytes: the contents of the exhibit file
 * @problems: (element-type KwaProblem): where every problem found is added
 * @error: set when the exhibit cannot be used
 *
 * Returns: %TRUE if @self now holds a valid exhibit
 */
gboolean
kwa_exhibit_load (KwaExhibit  *self,
                  GBytes      *bytes,
                  GPtrArray   *problems,
                  GError     **error)
{
  KwaProblemLog log = { self->file_name, problems, 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GHashTable) unreadable = NULL;
  KwaExhibitLoader loader = { 0 };
  const char *data;
  gsize length;

  g_return_val_if_fail (KWA_IS_EXHIBIT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);

  if (length > KWA_EXHIBIT_MAX_FILE_SIZE)
    {
      g_autofree char *message = g_strdup_printf ("the file is %.1f MiB; an exhibit may be at most 16 MiB",
                                                  length / (1024.0 * 1024.0));

      kwa_problem_log_add (&log, NULL, 0, 0, message);
      g_set_error (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_LIMIT, "%s: %s", self->file_name, message);
      return FALSE;
    }

  /* Editors on Windows like to start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!kwa_exhibit_check_syntax (data, length, &log, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      g_autofree char *text = NULL;

      log_parser_error (&log, parse_error);
      text = kwa_problem_to_string (g_ptr_array_index (problems, problems->len - 1));
      g_set_error_literal (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_SYNTAX, text);
      return FALSE;
    }

  unreadable = g_hash_table_new (NULL, NULL);
  kwa_json_cursor_init (&loader.cursor, &log);
  loader.exhibit = self;
  loader.unreadable = unreadable;
  loader.id_suggestions_left = MAX_ID_SUGGESTIONS;
  parse_document (&loader, json_parser_get_root (parser));
  kwa_json_cursor_clear (&loader.cursor);

  if (log.n_found > 0)
    {
      set_load_error (self, &log, loader.wrong_version, error);
      return FALSE;
    }

  return TRUE;
}

/* }}} */
