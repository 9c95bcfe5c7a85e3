/* kwa-events-table.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-events-table"

#include "config.h"

#include <string.h>

#include "kwa-csv.h"
#include "kwa-date.h"
#include "kwa-events-table.h"
#include "kwa-exhibit-private.h"
#include "kwa-json-writer.h"

/* The exhibit's events as a table a spreadsheet opens (and TimelineJS is
 * fed from): a row an event, a column a field and language. Read back, a
 * row updates the event of its id, or adds one; every bad cell is told by
 * line and column and nothing is changed. The table is made from, and
 * merged into, the exhibit's JSON as written, not the loaded model, so an
 * unchanged table gives back the same file byte for byte (see
 * kwa_json_write()). What the table does not carry (an event's quote)
 * stays as it was; events the table leaves out are kept. */

/* The texts an event has, a column each per language. */
static const char * const text_fields[] = { "title", "summary", "body", "notes" };

/* Members in the order the exhibit format lists them: a member the table
 * adds goes where a curator would have written it. */
static const char * const member_order[] = {
  "id", "date", "end", "title", "summary", "body", "place", "point", "category",
  "importance", "quote", "sources", "confidence", "notes",
};

typedef struct
{
  GPtrArray *names;        /* the columns, in order */
  GStrv      languages;
} Columns;

static GStrv
exhibit_languages (JsonObject *root)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonObject *meta = json_object_get_object_member (root, "meta");
  JsonArray *languages = meta != NULL && json_object_has_member (meta, "languages")
                         ? json_object_get_array_member (meta, "languages") : NULL;

  if (languages == NULL)
    {
      g_strv_builder_add (builder, "en");
      g_strv_builder_add (builder, "ko");
    }
  else
    for (guint i = 0; i < json_array_get_length (languages); i++)
      g_strv_builder_add (builder, json_object_get_string_member (json_array_get_object_element (languages, i), "code"));

  return g_strv_builder_end (builder);
}

static void
columns_init (Columns    *columns,
              JsonObject *root)
{
  columns->names = g_ptr_array_new_with_free_func (g_free);
  columns->languages = exhibit_languages (root);
  g_ptr_array_add (columns->names, g_strdup ("id"));
  g_ptr_array_add (columns->names, g_strdup ("date"));
  g_ptr_array_add (columns->names, g_strdup ("end"));
  for (guint f = 0; f < G_N_ELEMENTS (text_fields); f++)
    for (guint l = 0; columns->languages[l] != NULL; l++)
      g_ptr_array_add (columns->names, g_strdup_printf ("%s.%s", text_fields[f], columns->languages[l]));
  for (const char * const *name = (const char *[]) { "category", "importance", "confidence", "place",
                                                     "longitude", "latitude", "sources", NULL };
       *name != NULL; name++)
    g_ptr_array_add (columns->names, g_strdup (*name));
}

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->names, g_ptr_array_unref);
  g_clear_pointer (&columns->languages, g_strfreev);
}

/* ---- writing ------------------------------------------------------------ */

static char *
number_text (JsonNode *node)
{
  g_autofree char *written = kwa_json_write (node);

  return g_strchomp (g_steal_pointer (&written));
}

/* The cell of column @name for @event. */
static char *
cell_of (JsonObject *event,
         const char *name)
{
  const char *dot = strchr (name, '.');

  if (dot != NULL)
    {
      g_autofree char *field = g_strndup (name, dot - name);
      JsonObject *text = json_object_has_member (event, field) ? json_object_get_object_member (event, field) : NULL;

      return g_strdup (text != NULL && json_object_has_member (text, dot + 1)
                       ? json_object_get_string_member (text, dot + 1) : "");
    }
  if (g_str_equal (name, "longitude") || g_str_equal (name, "latitude"))
    {
      JsonObject *point = json_object_has_member (event, "point") ? json_object_get_object_member (event, "point") : NULL;
      JsonArray *coordinates = point != NULL ? json_object_get_array_member (point, "coordinates") : NULL;

      if (coordinates == NULL || json_array_get_length (coordinates) < 2)
        return g_strdup ("");
      return number_text (json_array_get_element (coordinates, g_str_equal (name, "longitude") ? 0 : 1));
    }
  if (g_str_equal (name, "sources"))
    {
      JsonArray *sources = json_object_has_member (event, "sources") ? json_object_get_array_member (event, "sources") : NULL;
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
        g_string_append_printf (list, "%s%s", i > 0 ? "; " : "", json_array_get_string_element (sources, i));
      return g_string_free (g_steal_pointer (&list), FALSE);
    }
  if (!json_object_has_member (event, name))
    return g_strdup ("");
  if (json_node_get_value_type (json_object_get_member (event, name)) == G_TYPE_STRING)
    return g_strdup (json_object_get_string_member (event, name));
  return number_text (json_object_get_member (event, name));
}

/**
 * kwa_events_table_export:
 * @root: the exhibit's JSON
 *
 * Returns: (transfer full): the events as CSV, a header line first
 */
char *
kwa_events_table_export (JsonNode *root)
{
  JsonObject *exhibit = json_node_get_object (root);
  JsonArray *events = json_object_get_array_member (exhibit, "events");
  GString *out = g_string_new (NULL);
  Columns columns;

  columns_init (&columns, exhibit);
  kwa_csv_append_row (out, (const char * const *) columns.names->pdata, columns.names->len);
  for (guint i = 0; events != NULL && i < json_array_get_length (events); i++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      JsonObject *event = json_array_get_object_element (events, i);

      for (guint c = 0; c < columns.names->len; c++)
        g_ptr_array_add (cells, cell_of (event, g_ptr_array_index (columns.names, c)));
      kwa_csv_append_row (out, (const char * const *) cells->pdata, cells->len);
    }
  columns_clear (&columns);

  return g_string_free (out, FALSE);
}

/* ---- reading ------------------------------------------------------------ */

typedef struct
{
  Columns     columns;
  GHashTable *index;      /* column name → its position in the table + 1 */
  GPtrArray  *problems;   /* char * */
  guint       line;       /* of the row being read */
} Reading;

static void G_GNUC_PRINTF (3, 4)
problem (Reading    *r,
         const char *column,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (r->problems, g_strdup_printf ("line %u, column \"%s\": %s", r->line, column, message));
}

static gboolean
has_column (Reading    *r,
            const char *name)
{
  return g_hash_table_contains (r->index, name);
}

static const char *
cell (Reading         *r,
      const KwaCsvRow *row,
      const char      *name)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (r->index, name));

  return position > 0 && position <= row->n_cells ? row->cells[position - 1] : "";
}

static gboolean
read_header (Reading         *r,
             const KwaCsvRow *header)
{
  r->line = header->line;
  for (guint i = 0; i < header->n_cells; i++)
    {
      const char *name = header->cells[i];

      if (!g_ptr_array_find_with_equal_func (r->columns.names, name, g_str_equal, NULL))
        problem (r, name, "not a column of the events table");
      else if (g_hash_table_contains (r->index, name))
        problem (r, name, "the column comes twice");
      else
        g_hash_table_insert (r->index, (gpointer) name, GUINT_TO_POINTER (i + 1));
    }
  if (!has_column (r, "id"))
    problem (r, "id", "the table needs an id column");

  return r->problems->len == 0;
}

static gboolean
check_date (Reading    *r,
            const char *column,
            const char *text)
{
  int year, month, day;

  switch (kwa_date_parse_checked (text, &year, &month, &day))
    {
    case KWA_DATE_PARSE_OK:
      return TRUE;
    case KWA_DATE_PARSE_NO_SUCH_DAY:
      problem (r, column, "\"%s\" is not a day of the calendar", text);
      break;
    case KWA_DATE_PARSE_OUT_OF_RANGE:
      problem (r, column, "\"%s\" is outside 1900–2100", text);
      break;
    default:
      problem (r, column, "\"%s\" is not a date (YYYY-MM-DD)", text);
    }
  return FALSE;
}

static gboolean
parse_number (const char *text,
              double      low,
              double      high,
              double     *out)
{
  char *end = NULL;

  *out = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && *out >= low && *out <= high;
}

static gboolean
is_word (const char         *text,
         const char * const *words)
{
  return g_strv_contains (words, text);
}

/* Everything about one row that can be told without the exhibit, and
 * what a new event must have. */
static void
check_row (Reading         *r,
           const KwaCsvRow *row,
           gboolean         is_new)
{
  const char *id = cell (r, row, "id"), *date = cell (r, row, "date"), *end = cell (r, row, "end");
  const char *lon = cell (r, row, "longitude"), *lat = cell (r, row, "latitude");
  const char *importance = cell (r, row, "importance");
  gboolean date_ok = FALSE;
  double number;

  /* A short row would empty the members of its missing cells. */
  if (row->n_cells != g_hash_table_size (r->index))
    problem (r, "id", "the row has %u cells, the header %u columns", row->n_cells, g_hash_table_size (r->index));
  if (*id == '\0' || strpbrk (id, " \t\n") != NULL)
    problem (r, "id", "\"%s\" is not an id (letters, digits and hyphens, no spaces)", id);

  if (*date != '\0')
    date_ok = check_date (r, "date", date);
  else if (has_column (r, "date") || is_new)
    problem (r, "date", "an event needs a date");
  /* An end before a bad date says nothing more. */
  if (*end != '\0' && check_date (r, "end", end) && date_ok && strcmp (end, date) < 0)
    problem (r, "end", "\"%s\" is before the date, %s", end, date);

  if (*cell (r, row, "category") != '\0' ? !is_word (cell (r, row, "category"), kwa_event_category_names)
                                          : (has_column (r, "category") || is_new))
    problem (r, "category", "\"%s\" is not a category (military, political, diplomatic or humanitarian)",
             cell (r, row, "category"));
  if (*importance != '\0' ? !(parse_number (importance, 1, 3, &number) && number == (int) number)
                          : (has_column (r, "importance") || is_new))
    problem (r, "importance", "\"%s\" is not an importance (1, 2 or 3)", importance);
  if (*cell (r, row, "confidence") != '\0' && !is_word (cell (r, row, "confidence"), kwa_confidence_names))
    problem (r, "confidence", "\"%s\" is not a confidence (high, medium or low)", cell (r, row, "confidence"));

  if ((*lon == '\0') != (*lat == '\0'))
    problem (r, *lon == '\0' ? "longitude" : "latitude", "a point needs both longitude and latitude");
  else if (*lon != '\0' && !parse_number (lon, -180, 180, &number))
    problem (r, "longitude", "\"%s\" is not a longitude (−180 to 180)", lon);
  else if (*lat != '\0' && !parse_number (lat, -90, 90, &number))
    problem (r, "latitude", "\"%s\" is not a latitude (−90 to 90)", lat);

  if (is_new)
    for (guint f = 0; f < 3; f++)
      {
        g_autofree char *column = g_strdup_printf ("%s.%s", text_fields[f], r->columns.languages[0]);

        if (*cell (r, row, column) == '\0')
          problem (r, column, "a new event needs its %s in %s", text_fields[f], r->columns.languages[0]);
      }
}

/* ---- merging ------------------------------------------------------------ */

static JsonNode *
string_node (const char *text)
{
  return *text != '\0' ? json_node_init_string (json_node_alloc (), text) : NULL;
}

/* The text object @field should become: the languages the row fills, in
 * the order the event had them, new ones after in the exhibit's order. */
static JsonNode *
text_node (Reading         *r,
           const KwaCsvRow *row,
           JsonObject      *event,
           const char      *field)
{
  JsonObject *old = json_object_has_member (event, field) ? json_object_get_object_member (event, field) : NULL;
  JsonObject *text = json_object_new ();
  g_autoptr(GList) names = old != NULL ? json_object_get_members (old) : NULL;

  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *column = g_strdup_printf ("%s.%s", field, (const char *) l->data);

      if (!has_column (r, column))
        json_object_set_member (text, l->data, json_node_copy (json_object_get_member (old, l->data)));
      else if (*cell (r, row, column) != '\0')
        json_object_set_string_member (text, l->data, cell (r, row, column));
    }
  for (guint i = 0; r->columns.languages[i] != NULL; i++)
    {
      const char *language = r->columns.languages[i];
      g_autofree char *column = g_strdup_printf ("%s.%s", field, language);

      if (!json_object_has_member (text, language) && *cell (r, row, column) != '\0')
        json_object_set_string_member (text, language, cell (r, row, column));
    }

  if (json_object_get_size (text) == 0)
    {
      json_object_unref (text);
      return NULL;
    }
  return kwa_json_node_take_object (text);
}

static JsonNode *
point_node (Reading         *r,
            const KwaCsvRow *row)
{
  JsonObject *point;
  JsonArray *coordinates;

  if (*cell (r, row, "longitude") == '\0')
    return NULL;
  point = json_object_new ();
  coordinates = json_array_new ();
  json_array_add_double_element (coordinates, g_ascii_strtod (cell (r, row, "longitude"), NULL));
  json_array_add_double_element (coordinates, g_ascii_strtod (cell (r, row, "latitude"), NULL));
  json_object_set_string_member (point, "type", "Point");
  json_object_set_array_member (point, "coordinates", coordinates);
  return kwa_json_node_take_object (point);
}

static JsonNode *
sources_node (const char *list)
{
  g_auto(GStrv) ids = g_strsplit (list, ";", -1);
  JsonArray *array = json_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    if (*g_strstrip (ids[i]) != '\0')
      json_array_add_string_element (array, ids[i]);
  return kwa_json_node_take_array (array);
}

static void
node_unref_nullable (JsonNode *node)
{
  if (node != NULL)
    json_node_unref (node);
}

/* What the row says each member it carries should be: name → node, or
 * NULL for "no such member". */
static GHashTable *
row_members (Reading         *r,
             const KwaCsvRow *row,
             JsonObject      *event)
{
  GHashTable *members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) node_unref_nullable);

  for (const char * const *name = (const char *[]) { "id", "date", "end", "category", "confidence", "place", NULL };
       *name != NULL; name++)
    if (has_column (r, *name))
      g_hash_table_insert (members, (gpointer) *name, string_node (cell (r, row, *name)));
  if (has_column (r, "importance"))
    g_hash_table_insert (members, "importance",
                         json_node_init_int (json_node_alloc (), g_ascii_strtoll (cell (r, row, "importance"), NULL, 10)));
  if (has_column (r, "longitude") && has_column (r, "latitude"))
    g_hash_table_insert (members, "point", point_node (r, row));
  if (has_column (r, "sources"))
    g_hash_table_insert (members, "sources", sources_node (cell (r, row, "sources")));
  for (guint f = 0; f < G_N_ELEMENTS (text_fields); f++)
    for (guint l = 0; r->columns.languages[l] != NULL; l++)
      {
        g_autofree char *column = g_strdup_printf ("%s.%s", text_fields[f], r->columns.languages[l]);

        if (has_column (r, column) && !g_hash_table_contains (members, text_fields[f]))
          g_hash_table_insert (members, (gpointer) text_fields[f], text_node (r, row, event, text_fields[f]));
      }

  return members;
}

static gboolean
same_node (JsonNode *a,
           JsonNode *b)
{
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  text_a = kwa_json_write (a);
  text_b = kwa_json_write (b);
  return g_str_equal (text_a, text_b);
}

static guint
order_of (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_order); i++)
    if (g_str_equal (member_order[i], name))
      return i;
  return G_N_ELEMENTS (member_order);
}

/* @event with @members applied, keeping its members' order; NULL when
 * nothing changes. */
static JsonObject *
merged_event (JsonObject *event,
              GHashTable *members)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GList) old_names = json_object_get_members (event);
  GHashTableIter iter;
  gpointer name, node;
  gboolean changed = FALSE;
  JsonObject *merged;

  for (GList *l = old_names; l != NULL; l = l->next)
    {
      JsonNode *replacement = g_hash_table_lookup (members, l->data);

      if (!g_hash_table_contains (members, l->data))
        g_ptr_array_add (names, l->data);
      else if (replacement != NULL)
        {
          g_ptr_array_add (names, l->data);
          changed |= !same_node (replacement, json_object_get_member (event, l->data));
        }
      else
        changed = TRUE;
    }

  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &name, &node))
    if (node != NULL && !json_object_has_member (event, name))
      {
        guint at = 0;

        while (at < names->len && order_of (g_ptr_array_index (names, at)) <= order_of (name))
          at++;
        g_ptr_array_insert (names, at, name);
        changed = TRUE;
      }
  if (!changed)
    return NULL;

  merged = json_object_new ();
  for (guint i = 0; i < names->len; i++)
    {
      const char *member = g_ptr_array_index (names, i);
      JsonNode *value = g_hash_table_contains (members, member) ? g_hash_table_lookup (members, member)
                                                                 : json_object_get_member (event, member);

      json_object_set_member (merged, member, json_node_copy (value));
    }
  return merged;
}

static gint
find_event (JsonArray  *events,
            const char *id)
{
  for (guint i = 0; i < json_array_get_length (events); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (events, i), "id", NULL), id) == 0)
      return (gint) i;
  return -1;
}

/* Puts @event after the last event of its day or before, in a new array. */
static JsonArray *
insert_by_date (JsonArray  *events,
                JsonObject *event)
{
  JsonArray *result = json_array_new ();
  const char *date = json_object_get_string_member (event, "date");
  guint length = json_array_get_length (events), at = length;

  while (at > 0 && g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (events, at - 1),
                                                                          "date", ""), date) > 0)
    at--;
  for (guint i = 0; i < length; i++)
    {
      if (i == at)
        json_array_add_object_element (result, json_object_ref (event));
      json_array_add_element (result, json_node_copy (json_array_get_element (events, i)));
    }
  if (at == length)
    json_array_add_object_element (result, json_object_ref (event));

  return result;
}

static void
apply_row (Reading         *r,
           const KwaCsvRow *row,
           JsonObject      *exhibit,
           GString         *updated,
           GString         *added)
{
  JsonArray *events = json_object_get_array_member (exhibit, "events");
  const char *id = cell (r, row, "id");
  gint index = find_event (events, id);
  g_autoptr(JsonObject) fresh = index < 0 ? json_object_new () : NULL;
  JsonObject *event = index >= 0 ? json_array_get_object_element (events, index) : fresh;
  g_autoptr(GHashTable) members = row_members (r, row, event);
  g_autoptr(JsonObject) merged = NULL;

  if (fresh != NULL)
    json_object_set_string_member (fresh, "id", id);
  merged = merged_event (event, members);
  if (merged == NULL)
    return;

  if (index >= 0)
    {
      json_node_set_object (json_array_get_element (events, index), merged);
      g_string_append_printf (updated, "%s%s", updated->len > 0 ? ", " : "", id);
    }
  else
    {
      json_object_set_array_member (exhibit, "events", insert_by_date (events, merged));
      g_string_append_printf (added, "%s%s", added->len > 0 ? ", " : "", id);
    }
}

/**
 * kwa_events_table_import:
 * @root: the exhibit's JSON, changed in place
 * @csv: the table, as kwa_events_table_export() writes it (any subset of
 *   its columns, in any order; id is required)
 * @problems: (element-type utf8): where each bad cell is told, as
 *   `line 7, column "date": …`
 * @report: (nullable): what changed, in a line
 *
 * Every row is checked before anything changes: with any problem, @root
 * is left as it was.
 *
 * Returns: %TRUE when the table was merged
 */
gboolean
kwa_events_table_import (JsonNode   *root,
                         const char *csv,
                         GPtrArray  *problems,
                         GString    *report)
{
  JsonObject *exhibit = json_node_get_object (root);
  JsonArray *events = json_object_get_array_member (exhibit, "events");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) updated = g_string_new (NULL);
  g_autoptr(GString) added = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  Reading r = { .problems = problems };
  guint first_problem = problems->len;

  rows = kwa_csv_parse (csv, &error);
  if (rows == NULL)
    {
      g_ptr_array_add (problems, g_strdup (error->message));
      return FALSE;
    }
  if (rows->len == 0)
    {
      g_ptr_array_add (problems, g_strdup ("line 1: the table is empty; it needs a header line"));
      return FALSE;
    }

  columns_init (&r.columns, exhibit);
  r.index = g_hash_table_new (g_str_hash, g_str_equal);
  if (read_header (&r, g_ptr_array_index (rows, 0)))
    for (guint i = 1; i < rows->len; i++)
      {
        const KwaCsvRow *row = g_ptr_array_index (rows, i);
        const char *id = cell (&r, row, "id");

        r.line = row->line;
        if (g_hash_table_contains (seen, id))
          problem (&r, "id", "\"%s\" has a row already (line %u)", id,
                   GPOINTER_TO_UINT (g_hash_table_lookup (seen, id)));
        g_hash_table_insert (seen, (gpointer) id, GUINT_TO_POINTER (row->line));
        check_row (&r, row, events == NULL || find_event (events, id) < 0);
      }

  if (problems->len == first_problem && events != NULL)
    for (guint i = 1; i < rows->len; i++)
      apply_row (&r, g_ptr_array_index (rows, i), exhibit, updated, added);

  if (report != NULL && problems->len == first_problem)
    g_string_append_printf (report, "updated: %s; added: %s", updated->len > 0 ? updated->str : "none",
                            added->len > 0 ? added->str : "none");
  g_hash_table_unref (r.index);
  columns_clear (&r.columns);

  return problems->len == first_problem && events != NULL;
}
