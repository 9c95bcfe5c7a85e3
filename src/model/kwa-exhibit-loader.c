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

/* The loader walks the JSON tree once, collection by collection, filling
 * the exhibit's records and collecting every problem on the way rather than
 * stopping at the first: a curator fixes a file faster from the whole list.
 *
 * Collections are read in dependency order (sources before anything that
 * cites them, places before events, events before movements and tours), so
 * references resolve to pointers as they are read. Each collection's array
 * is sized once before it is filled, so those pointers stay valid.
 *
 * This file reads the document and its collections; the records, by
 * family, are in kwa-exhibit-loader-*.c, the values they are made of in
 * kwa-json-values.c, and the path every problem names (kwa-json-cursor.c).
 */

/* Suggesting an id costs a pass over an index; a file full of bad
 * references must not make validation quadratic.
 */
#define MAX_ID_SUGGESTIONS 50

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

  array = kwa_json_cursor_expect_array (&l->cursor, node, "a list, […]");
  if (array == NULL)
    {
      kwa_json_cursor_leave (&l->cursor, mark);
      return FALSE;
    }

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
    "movements", "holdings", "lines", "figures", "charts", "leaders", "perspectives", "tours", "sources", NULL
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
                   kwa_exhibit_loader_parse_figure, self->figures_by_id);
  /* Optional: without charts the Figures view groups figures itself. */
  if (json_object_has_member (root, "charts"))
    parse_and_index (l, root, "charts", self->charts, G_STRUCT_OFFSET (KwaChart, id),
                     kwa_exhibit_loader_parse_chart, NULL);
  parse_and_index (l, root, "leaders", self->leaders, G_STRUCT_OFFSET (KwaLeader, id),
                   kwa_exhibit_loader_parse_leader, NULL);
  parse_and_index (l, root, "perspectives", self->perspectives, G_STRUCT_OFFSET (KwaPerspective, id),
                   kwa_exhibit_loader_parse_perspective, NULL);
  parse_and_index (l, root, "tours", self->tours, G_STRUCT_OFFSET (KwaTour, id),
                   kwa_exhibit_loader_parse_tour, self->tours_by_id);

  kwa_exhibit_loader_check_order (l);
  kwa_exhibit_loader_check_main_tour (l);
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

/* A file of more values than the limit is refused by counting them; it
 * must not first get a node for each (a million empty objects make hundreds
 * of megabytes of tree, and take a second). A value takes at least two
 * bytes with its comma or brackets, so a file shorter than twice the limit
 * is counted and built in one pass; a longer one is counted first, then
 * built in a second pass whose problems are the first's again.
 */
static gboolean
read_tree (const char     *data,
           gsize           length,
           KwaProblemLog  *log,
           JsonNode      **out_root,
           GError        **error)
{
  g_autoptr(GPtrArray) again = NULL;
  KwaProblemLog quiet = { log->file_name, NULL, 0, NULL, 0 };

  if (length / 2 < KWA_EXHIBIT_MAX_VALUES)
    return kwa_exhibit_check_syntax (data, length, log, out_root, error);

  if (!kwa_exhibit_check_syntax (data, length, log, NULL, error))
    return FALSE;

  again = g_ptr_array_new_with_free_func ((GDestroyNotify) kwa_problem_free);
  quiet.problems = again;
  if (!kwa_exhibit_check_syntax (data, length, &quiet, out_root, NULL))
    g_return_val_if_reached (FALSE);

  return TRUE;
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
  KwaProblemLog log = { self->file_name, problems, 0, self->warnings, 0 };
  g_autoptr(JsonNode) root = NULL;
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

  if (!read_tree (data, length, &log, &root, error))
    return FALSE;

  unreadable = g_hash_table_new (NULL, NULL);
  kwa_json_cursor_init (&loader.cursor, &log);
  loader.exhibit = self;
  loader.unreadable = unreadable;
  loader.id_suggestions_left = MAX_ID_SUGGESTIONS;
  parse_document (&loader, root);
  kwa_json_cursor_clear (&loader.cursor);

  if (log.n_found > 0)
    {
      set_load_error (self, &log, loader.wrong_version, error);
      return FALSE;
    }

  return TRUE;
}

/* }}} */
