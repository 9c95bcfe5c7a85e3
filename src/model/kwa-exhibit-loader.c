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

#include "kwa-exhibit-private.h"
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
 * Every problem names its JSON path, e.g. "events[12].quote.speaker.ko".
 * json-glib 1.6 keeps no positions for nodes, and a path survives
 * reformatting the file anyway.
 */

/* Suggesting an id costs a pass over an index; a file full of bad
 * references must not make validation quadratic.
 */
#define MAX_ID_SUGGESTIONS 50

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Need;

typedef struct
{
  KwaExhibit    *exhibit;
  KwaProblemLog *log;
  GString       *path;
  gboolean       bbox_usable;        /* meta.bbox is valid: check coordinates */
  gboolean       wrong_version;
  guint          id_suggestions_left;
  /* Indexes of collections missing or not a list: that is reported once,
   * not again at every reference into them.
   */
  GHashTable    *unreadable;
} Loader;

typedef void (*ParseRecordFunc) (Loader   *l,
                                 JsonNode *node,
                                 gpointer  record);

static const char * const text_keys[] = { "en", "ko", NULL };
static const char * const geometry_keys[] = { "type", "coordinates", NULL };
static const char * const date_range_keys[] = { "start", "end", NULL };

/* Problems {{{ */

G_GNUC_PRINTF (3, 4)
static void
report (Loader     *l,
        const char *key,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  /* Past the listed problems only the count matters: a file with a million
   * of them must not cost a million messages.
   */
  if (kwa_problem_log_is_full (l->log))
    {
      kwa_problem_log_count_unlisted (l->log);
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (key == NULL)
    path = g_strdup (l->path->str);
  else if (l->path->len == 0)
    path = g_strdup (key);
  else
    path = g_strdup_printf ("%s.%s", l->path->str, key);

  kwa_problem_log_add (l->log, path, 0, 0, message);
}

static gsize
path_enter_key (Loader     *l,
                const char *key)
{
  gsize mark = l->path->len;

  if (mark > 0)
    g_string_append_c (l->path, '.');
  g_string_append (l->path, key);

  return mark;
}

static gsize
path_enter_index (Loader *l,
                  guint   index)
{
  gsize mark = l->path->len;

  g_string_append_printf (l->path, "[%u]", index);

  return mark;
}

static void
path_leave (Loader *l,
            gsize   mark)
{
  g_string_truncate (l->path, mark);
}

/* }}} */

/* Messages and suggestions {{{ */

static void
report_expected (Loader     *l,
                 const char *expected,
                 JsonNode   *node)
{
  g_autofree char *found = kwa_message_describe_node (node);

  report (l, NULL, "expected %s, found %s", expected, found);
}

static const char *
suggest_id (Loader     *l,
            const char *typed,
            GHashTable *index)
{
  if (l->id_suggestions_left == 0)
    return NULL;
  l->id_suggestions_left--;

  return kwa_suggest_key (typed, index);
}

/* }}} */

/* Objects and keys {{{ */

static JsonObject *
expect_object (Loader     *l,
               JsonNode   *node,
               const char *expected)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  report_expected (l, expected, node);
  return NULL;
}

static void
report_unknown_key (Loader             *l,
                    const char         *key,
                    const char * const *allowed)
{
  g_autofree char *quoted = NULL;
  const char *suggestion;

  /* Not listed, so not worth a suggestion (report() counts it). */
  if (kwa_problem_log_is_full (l->log))
    {
      report (l, NULL, "unknown key");
      return;
    }

  quoted = kwa_message_quote (key);
  suggestion = kwa_suggest_word (key, allowed);
  if (suggestion != NULL)
    {
      report (l, NULL, "unknown key %s (did you mean \"%s\"?)", quoted, suggestion);
    }
  else
    {
      g_autofree char *alternatives = kwa_message_join_alternatives (allowed);

      report (l, NULL, "unknown key %s (the keys here are %s)", quoted, alternatives);
    }
}

/* Unknown keys are errors at every level: they are how typos show. */
static void
check_keys (Loader             *l,
            JsonObject         *object,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *iter = members; iter != NULL; iter = iter->next)
    {
      if (!g_strv_contains (allowed, iter->data))
        report_unknown_key (l, iter->data, allowed);
    }
}

/* Returns the member's node with the path pointing at it (leave with
 * path_leave (l, *out_mark)), or NULL, reported if it was required.
 */
static JsonNode *
enter_field (Loader     *l,
             JsonObject *object,
             const char *key,
             Need        need,
             gsize      *out_mark)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      if (need == REQUIRED)
        report (l, NULL, "the key \"%s\" is missing", key);
      return NULL;
    }

  *out_mark = path_enter_key (l, key);
  return node;
}

/* }}} */

/* Scalars {{{ */

static const char *
get_string (Loader     *l,
            JsonNode   *node,
            const char *expected)
{
  const char *text;
  gsize size;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report_expected (l, expected, node);
      return NULL;
    }

  text = json_node_get_string (node);
  size = strlen (text);
  if (size > KWA_EXHIBIT_MAX_STRING_SIZE)
    {
      report (l, NULL, "the text is %" G_GSIZE_FORMAT " bytes long; at most %d bytes (64 KiB) are allowed",
              size, KWA_EXHIBIT_MAX_STRING_SIZE);
      return NULL;
    }

  return text;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_plain_string (Loader    *l,
                    JsonNode  *node,
                    char     **out_string)
{
  const char *text = get_string (l, node, "a text in double quotes");

  if (text == NULL)
    return FALSE;

  if (is_blank (text))
    {
      report (l, NULL, "the text is empty");
      return FALSE;
    }

  *out_string = g_strdup (text);
  return TRUE;
}

static gboolean
parse_text_language (Loader     *l,
                     JsonObject *object,
                     const char *code,
                     const char *language_name,
                     char      **out_string)
{
  JsonNode *node = json_object_get_member (object, code);
  const char *text;
  gsize mark;

  if (node == NULL)
    {
      report (l, NULL, "the %s (\"%s\") text is missing", language_name, code);
      return FALSE;
    }

  mark = path_enter_key (l, code);
  text = get_string (l, node, "a text in double quotes");
  if (text != NULL && is_blank (text))
    report (l, NULL, "the %s text is empty", language_name);
  else if (text != NULL)
    *out_string = g_strdup (text);
  path_leave (l, mark);

  return *out_string != NULL;
}

static gboolean
parse_text (Loader   *l,
            JsonNode *node,
            KwaText  *out_text)
{
  JsonObject *object = expect_object (l, node, "a text in both languages, {\"en\": \"…\", \"ko\": \"…\"}");
  gboolean has_en;
  gboolean has_ko;

  if (object == NULL)
    return FALSE;

  check_keys (l, object, text_keys);
  has_en = parse_text_language (l, object, "en", "English", &out_text->en);
  has_ko = parse_text_language (l, object, "ko", "Korean", &out_text->ko);

  return has_en && has_ko;
}

static gboolean
is_valid_id (const char *id)
{
  gboolean after_hyphen = TRUE;

  /* [a-z0-9]+(-[a-z0-9]+)* */
  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-' && !after_hyphen)
        after_hyphen = TRUE;
      else if ((*p >= 'a' && *p <= 'z') || g_ascii_isdigit (*p))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}

static gboolean
parse_id (Loader    *l,
          JsonNode  *node,
          char     **out_id)
{
  const char *id = get_string (l, node, "an id in double quotes");

  if (id == NULL)
    return FALSE;

  if (!is_valid_id (id))
    {
      g_autofree char *quoted = kwa_message_quote (id);

      report (l, NULL, "%s is not a valid id (ids are lower-case letters and digits in words joined by single hyphens, like \"inchon-landing\")",
              quoted);
      return FALSE;
    }

  *out_id = g_strdup (id);
  return TRUE;
}

static gboolean
parse_date (Loader   *l,
            JsonNode *node,
            KwaDate  *out_date)
{
  const char *text = get_string (l, node, "a date \"YYYY-MM-DD\"");
  g_autofree char *quoted = NULL;
  int year;
  int month;
  int day;

  if (text == NULL)
    return FALSE;

  quoted = kwa_message_quote (text);

  switch (kwa_date_parse_checked (text, &year, &month, &day))
    {
    case KWA_DATE_PARSE_OK:
      *out_date = kwa_date_from_ymd (year, month, day);
      return TRUE;

    case KWA_DATE_PARSE_NO_SUCH_DAY:
      report (l, NULL, "%s is not a valid date (%04d-%02d has only %d days)",
              quoted, year, month, kwa_date_days_in_month (year, month));
      return FALSE;

    case KWA_DATE_PARSE_OUT_OF_RANGE:
      report (l, NULL, "%s is out of range (dates must lie between %d and %d)",
              quoted, KWA_DATE_MIN_YEAR, KWA_DATE_MAX_YEAR);
      return FALSE;

    case KWA_DATE_PARSE_MALFORMED:
    case KWA_DATE_PARSE_NO_SUCH_MONTH:
    default:
      report (l, NULL, "%s is not a valid date (expected YYYY-MM-DD)", quoted);
      return FALSE;
    }
}

/* Takes integers, and whole numbers written as 2.0. */
static gboolean
get_number (JsonNode *node,
            double   *out_value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *out_value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out_value = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

static gboolean
parse_number (Loader   *l,
              JsonNode *node,
              double   *out_value)
{
  if (!get_number (node, out_value))
    {
      report_expected (l, "a number", node);
      return FALSE;
    }

  if (!isfinite (*out_value))
    {
      report (l, NULL, "the number is too large to use");
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_number_in_range (Loader   *l,
                       JsonNode *node,
                       double    min,
                       double    max,
                       double   *out_value)
{
  if (!get_number (node, out_value) || !isfinite (*out_value) ||
      *out_value < min || *out_value > max)
    {
      g_autofree char *expected = g_strdup_printf ("a number from %g to %g", min, max);

      report_expected (l, expected, node);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_int_in_range (Loader   *l,
                    JsonNode *node,
                    int       min,
                    int       max,
                    int      *out_value)
{
  double value;

  if (!get_number (node, &value) || value != floor (value) || value < min || value > max)
    {
      g_autofree char *expected = g_strdup_printf ("an integer from %d to %d", min, max);

      report_expected (l, expected, node);
      return FALSE;
    }

  *out_value = (int) value;
  return TRUE;
}

static gboolean
parse_boolean (Loader   *l,
               JsonNode *node,
               gboolean *out_value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      report_expected (l, "true or false", node);
      return FALSE;
    }

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* Returns the index of the word in @words, or -1. */
static int
parse_word (Loader             *l,
            JsonNode           *node,
            const char * const *words)
{
  g_autofree char *alternatives = kwa_message_join_alternatives (words);
  g_autofree char *expected = NULL;
  g_autofree char *quoted = NULL;
  const char *suggestion;
  const char *text;

  expected = g_strv_length ((char **) words) > 2 ? g_strdup_printf ("one of %s", alternatives)
                                                  : g_strdup (alternatives);
  text = get_string (l, node, expected);
  if (text == NULL)
    return -1;

  for (int i = 0; words[i] != NULL; i++)
    {
      if (strcmp (text, words[i]) == 0)
        return i;
    }

  quoted = kwa_message_quote (text);
  suggestion = kwa_suggest_word (text, words);
  if (suggestion != NULL)
    report (l, NULL, "expected %s, found %s (did you mean \"%s\"?)", expected, quoted, suggestion);
  else
    report (l, NULL, "expected %s, found %s", expected, quoted);

  return -1;
}

static gboolean
parse_color (Loader   *l,
             JsonNode *node,
             KwaColor *out_color)
{
  const char *expected = "a colour \"#rrggbb\"";
  const char *text = get_string (l, node, expected);

  if (text == NULL)
    return FALSE;

  if (!kwa_color_parse_hex (text, out_color))
    {
      report_expected (l, expected, node);
      return FALSE;
    }

  return TRUE;
}

/* }}} */

/* References {{{ */

/* Looks @node's id up in @index; @what is "place", "event", "source". */
static gpointer
parse_reference (Loader     *l,
                 JsonNode   *node,
                 GHashTable *index,
                 const char *what)
{
  g_autofree char *expected = g_strdup_printf ("the id of a %s", what);
  g_autofree char *quoted = NULL;
  const char *suggestion;
  const char *id;
  gpointer record;

  id = get_string (l, node, expected);
  if (id == NULL)
    return NULL;

  record = g_hash_table_lookup (index, id);
  if (record != NULL || g_hash_table_contains (l->unreadable, index))
    return record;

  quoted = kwa_message_quote (id);
  suggestion = suggest_id (l, id, index);
  if (suggestion != NULL)
    report (l, NULL, "unknown %s %s (did you mean \"%s\"?)", what, quoted, suggestion);
  else
    report (l, NULL, "unknown %s %s (no %s has this id)", what, quoted, what);

  return NULL;
}

/* Every fact cites at least one source. */
static gboolean
parse_source_list (Loader            *l,
                   JsonNode          *node,
                   const KwaSource ***out_sources,
                   guint             *out_n_sources)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_expected (l, "a list of source ids, [\"…\"]", node);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length == 0)
    {
      report (l, NULL, "the list is empty; every fact cites at least one source");
      return FALSE;
    }
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      report (l, NULL, "%u sources; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  *out_sources = g_new0 (const KwaSource *, length);
  *out_n_sources = 0;

  for (guint i = 0; i < length; i++)
    {
      gsize mark = path_enter_index (l, i);
      const KwaSource *source = parse_reference (l, json_array_get_element (array, i),
                                                 l->exhibit->sources_by_id, "source");

      if (source != NULL)
        (*out_sources)[(*out_n_sources)++] = source;
      path_leave (l, mark);
    }

  return *out_n_sources == length;
}

/* }}} */

/* Geometry {{{ */

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
check_position (Loader    *l,
                JsonNode  *node,
                KwaLonLat *out_point)
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

      if (!get_number (element, &values[i]))
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

static gboolean
parse_position (Loader    *l,
                JsonNode  *node,
                KwaLonLat *out_point)
{
  g_autofree char *problem = check_position (l, node, out_point);

  if (problem != NULL)
    report (l, NULL, "%s", problem);

  return problem == NULL;
}

/* A list of positions; @inout_budget is what is left of the geometry's
 * coordinate limit.
 */
static gboolean
parse_positions (Loader     *l,
                 JsonNode   *node,
                 guint       min_positions,
                 const char *what,
                 guint      *inout_budget,
                 KwaPath    *out_path)
{
  JsonArray *array;
  guint length;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_expected (l, "a list of positions, [[lon, lat], …]", node);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > *inout_budget)
    {
      report (l, NULL, "too many positions; one geometry may have at most %d", KWA_EXHIBIT_MAX_COORDINATES);
      return FALSE;
    }
  *inout_budget -= length;

  if (length < min_positions)
    {
      report (l, NULL, "%s needs at least %u positions, found %u", what, min_positions, length);
      return FALSE;
    }

  out_path->points = g_new0 (KwaLonLat, length);
  out_path->n_points = length;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *problem = check_position (l, json_array_get_element (array, i), &out_path->points[i]);

      if (problem != NULL)
        {
          gsize mark = path_enter_index (l, i);

          report (l, NULL, "%s", problem);
          path_leave (l, mark);
          ok = FALSE;
        }
    }

  return ok;
}

/* Checks a GeoJSON geometry object and its type; returns its coordinates
 * with the path pointing at them (leave with path_leave (l, *out_mark)).
 */
static JsonNode *
enter_geometry (Loader     *l,
                JsonNode   *node,
                const char *type_name,
                gsize      *out_mark)
{
  g_autofree char *expected = g_strdup_printf ("a GeoJSON %s geometry, {\"type\": \"%s\", \"coordinates\": …}",
                                               type_name, type_name);
  JsonObject *object = expect_object (l, node, expected);
  JsonNode *type_node;
  const char *type;
  gsize mark;
  gboolean type_ok;

  if (object == NULL)
    return NULL;

  check_keys (l, object, geometry_keys);

  type_node = enter_field (l, object, "type", REQUIRED, &mark);
  if (type_node == NULL)
    return NULL;
  type = get_string (l, type_node, "a geometry type in double quotes");
  type_ok = type != NULL && strcmp (type, type_name) == 0;
  if (type != NULL && !type_ok)
    {
      g_autofree char *quoted = kwa_message_quote (type);

      report (l, NULL, "expected a \"%s\" geometry here, found %s", type_name, quoted);
    }
  path_leave (l, mark);

  if (!type_ok)
    return NULL;

  return enter_field (l, object, "coordinates", REQUIRED, out_mark);
}

static gboolean
parse_point_geometry (Loader    *l,
                      JsonNode  *node,
                      KwaLonLat *out_point)
{
  gsize mark;
  JsonNode *coordinates = enter_geometry (l, node, "Point", &mark);
  gboolean ok;

  if (coordinates == NULL)
    return FALSE;

  ok = parse_position (l, coordinates, out_point);
  path_leave (l, mark);

  return ok;
}

static gboolean
parse_line_geometry (Loader   *l,
                     JsonNode *node,
                     KwaPath  *out_path)
{
  guint budget = KWA_EXHIBIT_MAX_COORDINATES;
  gsize mark;
  JsonNode *coordinates = enter_geometry (l, node, "LineString", &mark);
  gboolean ok;

  if (coordinates == NULL)
    return FALSE;

  ok = parse_positions (l, coordinates, 2, "a LineString", &budget, out_path);
  path_leave (l, mark);

  return ok;
}

static gboolean
parse_ring (Loader   *l,
            JsonNode *node,
            guint    *inout_budget,
            KwaPath  *out_ring)
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

      report (l, NULL, "the ring is not closed: its last position must repeat the first, [%s, %s]", lon, lat);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_polygon_geometry (Loader     *l,
                        JsonNode   *node,
                        KwaPolygon *out_polygon)
{
  guint budget = KWA_EXHIBIT_MAX_COORDINATES;
  gsize mark;
  JsonNode *coordinates = enter_geometry (l, node, "Polygon", &mark);
  JsonArray *rings;
  guint n_rings;
  gboolean ok = TRUE;

  if (coordinates == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (coordinates) ||
      (n_rings = json_array_get_length (json_node_get_array (coordinates))) == 0)
    {
      report_expected (l, "a list of rings, [[[lon, lat], …]]", coordinates);
      path_leave (l, mark);
      return FALSE;
    }

  rings = json_node_get_array (coordinates);
  n_rings = MIN (n_rings, KWA_EXHIBIT_MAX_COORDINATES);
  out_polygon->rings = g_new0 (KwaPath, n_rings);
  out_polygon->n_rings = n_rings;

  for (guint i = 0; i < n_rings; i++)
    {
      gsize ring_mark = path_enter_index (l, i);

      ok &= parse_ring (l, json_array_get_element (rings, i), &budget, &out_polygon->rings[i]);
      path_leave (l, ring_mark);
    }

  path_leave (l, mark);
  return ok;
}

/* [west, south, east, north]; @inside_map: must lie within meta.bbox. */
static gboolean
parse_bbox (Loader   *l,
            JsonNode *node,
            gboolean  inside_map,
            KwaBBox  *out_bbox)
{
  const char *expected = "a box [west, south, east, north] in degrees";
  double values[4];
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 4)
    {
      report_expected (l, expected, node);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < 4; i++)
    {
      gsize mark = path_enter_index (l, i);
      gboolean ok = parse_number (l, json_array_get_element (array, i), &values[i]);

      path_leave (l, mark);
      if (!ok)
        return FALSE;
    }

  *out_bbox = (KwaBBox) { values[0], values[1], values[2], values[3] };

  if (out_bbox->west < -180 || out_bbox->east > 180 || out_bbox->south < -90 || out_bbox->north > 90)
    report (l, NULL, "longitudes must lie between -180 and 180 and latitudes between -90 and 90");
  else if (out_bbox->west >= out_bbox->east || out_bbox->south >= out_bbox->north)
    report (l, NULL, "west must be less than east, and south less than north");
  else if (inside_map && l->bbox_usable &&
           (!bbox_contains (&l->exhibit->bbox, out_bbox->west, out_bbox->south) ||
            !bbox_contains (&l->exhibit->bbox, out_bbox->east, out_bbox->north)))
    report (l, NULL, "the box reaches outside the map box meta.bbox");
  else
    return TRUE;

  return FALSE;
}

/* }}} */

/* Fields {{{ */

/* Each reads one member of an object: absent optional members are left
 * as they are and return FALSE without a problem.
 */

static gboolean
field_text (Loader     *l,
            JsonObject *object,
            const char *key,
            Need        need,
            KwaText    *out_text)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_text (l, node, out_text);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_string (Loader     *l,
              JsonObject *object,
              const char *key,
              Need        need,
              char      **out_string)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_plain_string (l, node, out_string);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_id (Loader     *l,
          JsonObject *object,
          char      **out_id)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, "id", REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_id (l, node, out_id);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_date (Loader     *l,
            JsonObject *object,
            const char *key,
            Need        need,
            KwaDate    *out_date)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_date (l, node, out_date);
  path_leave (l, mark);

  return ok;
}

/* A span is inclusive, and never ends before it starts. */
static void
check_span (Loader     *l,
            const char *end_key,
            KwaDate     start,
            KwaDate     end)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (start == KWA_DATE_NONE || end == KWA_DATE_NONE || end >= start)
    return;

  start_text = kwa_date_to_iso (start);
  end_text = kwa_date_to_iso (end);
  report (l, end_key, "%s is before the start, %s", end_text, start_text);
}

/* The start is always required; @end_need says whether "end" is. */
static void
field_span (Loader     *l,
            JsonObject *object,
            const char *start_key,
            Need        end_need,
            KwaDate    *out_start,
            KwaDate    *out_end)
{
  field_date (l, object, start_key, REQUIRED, out_start);
  if (field_date (l, object, "end", end_need, out_end))
    check_span (l, "end", *out_start, *out_end);
}

static gboolean
field_int (Loader     *l,
           JsonObject *object,
           const char *key,
           int         min,
           int         max,
           int        *out_value)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_int_in_range (l, node, min, max, out_value);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_number (Loader     *l,
              JsonObject *object,
              const char *key,
              Need        need,
              double     *out_value)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_number (l, node, out_value);
  path_leave (l, mark);

  return ok;
}

/* Returns the index of the member's word in @words, or -1. */
static int
field_word (Loader             *l,
            JsonObject         *object,
            const char         *key,
            Need                need,
            const char * const *words)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  int index;

  if (node == NULL)
    return -1;

  index = parse_word (l, node, words);
  path_leave (l, mark);

  return index;
}

static KwaSideId
field_side (Loader     *l,
            JsonObject *object)
{
  int index = field_word (l, object, "side", REQUIRED, kwa_side_id_names);

  return index < 0 ? KWA_SIDE_SOUTH : (KwaSideId) index;
}

static KwaConfidence
field_confidence (Loader     *l,
                  JsonObject *object)
{
  int index = field_word (l, object, "confidence", OPTIONAL, kwa_confidence_names);

  return index < 0 ? KWA_CONFIDENCE_UNSTATED : (KwaConfidence) (index + 1);
}

static gpointer
field_reference (Loader     *l,
                 JsonObject *object,
                 const char *key,
                 GHashTable *index,
                 const char *what)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, OPTIONAL, &mark);
  gpointer record;

  if (node == NULL)
    return NULL;

  record = parse_reference (l, node, index, what);
  path_leave (l, mark);

  return record;
}

static gboolean
field_sources (Loader            *l,
               JsonObject        *object,
               const KwaSource ***out_sources,
               guint             *out_n_sources)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, "sources", REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_source_list (l, node, out_sources, out_n_sources);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_color (Loader     *l,
             JsonObject *object,
             const char *key,
             KwaColor   *out_color)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_color (l, node, out_color);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_point (Loader     *l,
             JsonObject *object,
             const char *key,
             Need        need,
             KwaLonLat  *out_point)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_point_geometry (l, node, out_point);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_line (Loader     *l,
            JsonObject *object,
            const char *key,
            KwaPath    *out_path)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_line_geometry (l, node, out_path);
  path_leave (l, mark);

  return ok;
}

static gboolean
field_polygon (Loader     *l,
               JsonObject *object,
               const char *key,
               KwaPolygon *out_polygon)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, REQUIRED, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse_polygon_geometry (l, node, out_polygon);
  path_leave (l, mark);

  return ok;
}

/* }}} */

/* Collections {{{ */

/* Reads a top-level list into @records (sized once, so pointers into it
 * stay valid), calling @parse_record on each item. Every item gets a
 * record, even a broken one, so that index i in the array is items[i].
 *
 * Returns: %FALSE if there was no list to read
 */
static gboolean
parse_collection (Loader          *l,
                  JsonObject      *root,
                  const char      *key,
                  GArray          *records,
                  ParseRecordFunc  parse_record)
{
  guint element_size = g_array_get_element_size (records);
  JsonArray *array;
  guint length;
  gsize mark;
  JsonNode *node = enter_field (l, root, key, REQUIRED, &mark);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_expected (l, "a list, […]", node);
      path_leave (l, mark);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      report (l, NULL, "%u items; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      length = KWA_EXHIBIT_MAX_ITEMS;
    }

  g_assert (records->len == 0);
  g_array_set_size (records, length);

  for (guint i = 0; i < length; i++)
    {
      gsize item_mark = path_enter_index (l, i);

      parse_record (l, json_array_get_element (array, i), records->data + (gsize) i * element_size);
      path_leave (l, item_mark);
    }

  path_leave (l, mark);
  return TRUE;
}

/* Ids are unique within their collection. */
static void
index_ids (Loader     *l,
           const char *key,
           GArray     *records,
           gsize       id_offset,
           GHashTable *index)
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

          kwa_problem_log_add (l->log, path, 0, 0, message);
          continue;
        }

      g_hash_table_insert (index, (char *) id, record);
    }
}

static void
parse_and_index (Loader          *l,
                 JsonObject      *root,
                 const char      *key,
                 GArray          *records,
                 gsize            id_offset,
                 ParseRecordFunc  parse_record,
                 GHashTable      *index)
{
  g_autoptr(GHashTable) own_index = NULL;

  /* Collections nobody looks up still need unique ids. */
  if (index == NULL)
    index = own_index = g_hash_table_new (g_str_hash, g_str_equal);

  if (!parse_collection (l, root, key, records, parse_record))
    g_hash_table_add (l->unreadable, index);
  index_ids (l, key, records, id_offset, index);
}

/* }}} */

/* Records {{{ */

static void
parse_source (Loader   *l,
              JsonNode *node,
              gpointer  record)
{
  static const char * const keys[] = { "id", "title", "author", "publisher", "year", "url", "kind", NULL };
  KwaSource *source = record;
  JsonObject *object = expect_object (l, node, "a source, {\"id\": …, \"title\": …}");
  int kind;

  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &source->id);
  field_string (l, object, "title", REQUIRED, &source->title);
  field_string (l, object, "author", OPTIONAL, &source->author);
  field_string (l, object, "publisher", OPTIONAL, &source->publisher);
  field_int (l, object, "year", 1, KWA_DATE_MAX_YEAR, &source->year);
  field_string (l, object, "url", OPTIONAL, &source->url);
  kind = field_word (l, object, "kind", OPTIONAL, kwa_source_kind_names);
  source->kind = kind < 0 ? KWA_SOURCE_KIND_UNSTATED : (KwaSourceKind) (kind + 1);

  if (!json_object_has_member (object, "author") && !json_object_has_member (object, "publisher"))
    report (l, NULL, "a source needs an \"author\" or a \"publisher\" (or both)");
}

static void
parse_text_list (Loader    *l,
                 JsonNode  *node,
                 KwaText  **out_texts,
                 guint     *out_n_texts)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_expected (l, "a list of texts, [{\"en\": …, \"ko\": …}]", node);
      return;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      report (l, NULL, "%u items; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return;
    }

  *out_texts = g_new0 (KwaText, length);
  *out_n_texts = length;
  for (guint i = 0; i < length; i++)
    {
      gsize mark = path_enter_index (l, i);

      parse_text (l, json_array_get_element (array, i), &(*out_texts)[i]);
      path_leave (l, mark);
    }
}

static void
parse_side (Loader   *l,
            JsonNode *node,
            gpointer  record)
{
  static const char * const keys[] = { "id", "name", "forces", "color", "anchor", NULL };
  KwaSide *side = record;
  JsonObject *object = expect_object (l, node, "a side, {\"id\": \"north\", …}");
  JsonNode *forces;
  gsize mark;
  int id;

  side->id = KWA_N_SIDES;  /* not known yet */
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  id = field_word (l, object, "id", REQUIRED, kwa_side_id_names);
  if (id >= 0)
    side->id = (KwaSideId) id;
  field_text (l, object, "name", REQUIRED, &side->name);

  forces = enter_field (l, object, "forces", REQUIRED, &mark);
  if (forces != NULL)
    {
      parse_text_list (l, forces, &side->forces, &side->n_forces);
      path_leave (l, mark);
    }

  field_color (l, object, "color", &side->color);
  field_point (l, object, "anchor", REQUIRED, &side->anchor);
}

static void
parse_phase (Loader   *l,
             JsonNode *node,
             gpointer  record)
{
  static const char * const keys[] = { "id", "name", "start", "end", "summary", NULL };
  KwaPhase *phase = record;
  JsonObject *object = expect_object (l, node, "a phase, {\"id\": …, \"start\": …}");

  phase->start = phase->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &phase->id);
  field_text (l, object, "name", REQUIRED, &phase->name);
  field_span (l, object, "start", REQUIRED, &phase->start, &phase->end);
  field_text (l, object, "summary", REQUIRED, &phase->summary);
}

static void
parse_place (Loader   *l,
             JsonNode *node,
             gpointer  record)
{
  static const char * const keys[] = { "id", "name", "point", "kind", "importance", "approximate", NULL };
  KwaPlace *place = record;
  JsonObject *object = expect_object (l, node, "a place, {\"id\": …, \"point\": …}");
  gsize mark;
  JsonNode *approximate;
  int kind;

  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &place->id);
  field_text (l, object, "name", REQUIRED, &place->name);
  field_point (l, object, "point", REQUIRED, &place->point);
  kind = field_word (l, object, "kind", REQUIRED, kwa_place_kind_names);
  place->kind = kind < 0 ? KWA_PLACE_CITY : (KwaPlaceKind) kind;
  field_int (l, object, "importance", 1, 3, &place->importance);

  approximate = enter_field (l, object, "approximate", OPTIONAL, &mark);
  if (approximate != NULL)
    {
      parse_boolean (l, approximate, &place->approximate);
      path_leave (l, mark);
    }
}

static void
parse_quote (Loader   *l,
             JsonNode *node,
             KwaQuote *quote)
{
  static const char * const keys[] = { "text", "speaker", "date", NULL };
  JsonObject *object = expect_object (l, node, "a quote, {\"text\": …, \"speaker\": …, \"date\": …}");

  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_text (l, object, "text", REQUIRED, &quote->text);
  field_text (l, object, "speaker", REQUIRED, &quote->speaker);
  field_date (l, object, "date", REQUIRED, &quote->date);
}

/* Where an event is drawn: at its place, at its own point, or nowhere (a
 * vote in New York has no marker on a map of Korea).
 */
static void
parse_event_location (Loader     *l,
                      JsonObject *object,
                      KwaEvent   *event)
{
  KwaLonLat point;

  if (json_object_has_member (object, "place") && json_object_has_member (object, "point"))
    {
      report (l, NULL, "give the event either a \"place\" or a \"point\", not both");
      return;
    }

  event->place = field_reference (l, object, "place", l->exhibit->places_by_id, "place");
  if (event->place != NULL)
    {
      event->has_location = TRUE;
      event->location = event->place->point;
    }
  else if (field_point (l, object, "point", OPTIONAL, &point))
    {
      event->has_location = TRUE;
      event->location = point;
    }
}

static void
parse_event (Loader   *l,
             JsonNode *node,
             gpointer  record)
{
  static const char * const keys[] = {
    "id", "date", "end", "title", "summary", "body", "place", "point", "category",
    "importance", "quote", "sources", "confidence", "notes", NULL
  };
  KwaEvent *event = record;
  JsonObject *object = expect_object (l, node, "an event, {\"id\": …, \"date\": …}");
  JsonNode *quote;
  gsize mark;
  int category;

  event->date = event->end = event->quote.date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &event->id);
  field_span (l, object, "date", OPTIONAL, &event->date, &event->end);
  field_text (l, object, "title", REQUIRED, &event->title);
  field_text (l, object, "summary", REQUIRED, &event->summary);
  field_text (l, object, "body", REQUIRED, &event->body);
  parse_event_location (l, object, event);
  category = field_word (l, object, "category", REQUIRED, kwa_event_category_names);
  event->category = category < 0 ? KWA_EVENT_MILITARY : (KwaEventCategory) category;
  field_int (l, object, "importance", 1, 3, &event->importance);

  quote = enter_field (l, object, "quote", OPTIONAL, &mark);
  if (quote != NULL)
    {
      event->has_quote = TRUE;
      parse_quote (l, quote, &event->quote);
      path_leave (l, mark);
    }

  field_sources (l, object, &event->sources, &event->n_sources);
  event->confidence = field_confidence (l, object);
  field_text (l, object, "notes", OPTIONAL, &event->notes);
}

static void
parse_front (Loader   *l,
             JsonNode *node,
             gpointer  record)
{
  static const char * const keys[] = { "date", "geometry", "confidence", "sources", "notes", NULL };
  KwaFront *front = record;
  JsonObject *object = expect_object (l, node, "a front, {\"date\": …, \"geometry\": …}");

  front->date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_date (l, object, "date", REQUIRED, &front->date);
  field_line (l, object, "geometry", &front->line);
  front->confidence = field_confidence (l, object);
  field_sources (l, object, &front->sources, &front->n_sources);
  field_text (l, object, "notes", OPTIONAL, &front->notes);
}

static void
parse_enclave (Loader   *l,
               JsonNode *node,
               gpointer  record)
{
  static const char * const keys[] = {
    "id", "name", "side", "start", "end", "geometry", "confidence", "sources", NULL
  };
  KwaEnclave *enclave = record;
  JsonObject *object = expect_object (l, node, "an enclave, {\"id\": …, \"geometry\": …}");

  enclave->start = enclave->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &enclave->id);
  field_text (l, object, "name", REQUIRED, &enclave->name);
  enclave->side = field_side (l, object);
  field_span (l, object, "start", REQUIRED, &enclave->start, &enclave->end);
  field_polygon (l, object, "geometry", &enclave->area);
  enclave->confidence = field_confidence (l, object);
  field_sources (l, object, &enclave->sources, &enclave->n_sources);
}

static void
parse_movement (Loader   *l,
                JsonNode *node,
                gpointer  record)
{
  static const char * const keys[] = {
    "id", "side", "unit", "kind", "start", "end", "path", "event", "sources", NULL
  };
  KwaMovement *movement = record;
  JsonObject *object = expect_object (l, node, "a movement, {\"id\": …, \"path\": …}");
  int kind;

  movement->start = movement->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &movement->id);
  movement->side = field_side (l, object);
  field_text (l, object, "unit", REQUIRED, &movement->unit);
  kind = field_word (l, object, "kind", REQUIRED, kwa_movement_kind_names);
  movement->kind = kind < 0 ? KWA_MOVEMENT_ADVANCE : (KwaMovementKind) kind;
  field_span (l, object, "start", REQUIRED, &movement->start, &movement->end);
  field_line (l, object, "path", &movement->path);
  movement->event = field_reference (l, object, "event", l->exhibit->events_by_id, "event");
  field_sources (l, object, &movement->sources, &movement->n_sources);
}

/* How many days either side of a change its true date may lie, when the
 * record does not say: dates in the sources are mostly to the day, but a
 * town abandoned overnight is often entered a day later. */
#define DEFAULT_WITHIN_DAYS 1
#define MAX_WITHIN_DAYS 60

static void
parse_holding_change (Loader           *l,
                      JsonNode         *node,
                      KwaHoldingChange *change)
{
  static const char * const keys[] = {
    "date", "holder", "within_days", "confidence", "event", "sources", "notes", NULL
  };
  JsonObject *object = expect_object (l, node, "a change of hands, {\"date\": …, \"holder\": …}");
  JsonNode *within;
  int holder;
  gsize mark;

  change->date = KWA_DATE_NONE;
  change->within_days = DEFAULT_WITHIN_DAYS;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_date (l, object, "date", REQUIRED, &change->date);
  holder = field_word (l, object, "holder", REQUIRED, kwa_side_id_names);
  change->holder = holder < 0 ? KWA_SIDE_SOUTH : (KwaSideId) holder;
  within = enter_field (l, object, "within_days", OPTIONAL, &mark);
  if (within != NULL)
    {
      parse_int_in_range (l, within, 0, MAX_WITHIN_DAYS, &change->within_days);
      path_leave (l, mark);
    }
  change->confidence = field_confidence (l, object);
  change->event = field_reference (l, object, "event", l->exhibit->events_by_id, "event");
  field_sources (l, object, &change->sources, &change->n_sources);
  field_text (l, object, "notes", OPTIONAL, &change->notes);
}

/* Changes come in date order, each to the other side: two in a row to the
 * same holder would hide a missing change between them. */
static void
check_holding_order (Loader           *l,
                     const KwaHolding *holding)
{
  for (guint i = 1; i < holding->n_changes; i++)
    {
      const KwaHoldingChange *change = &holding->changes[i];
      const KwaHoldingChange *previous = &holding->changes[i - 1];
      g_autofree char *key = g_strdup_printf ("[%u]", i);
      gsize mark;

      if (change->date == KWA_DATE_NONE || previous->date == KWA_DATE_NONE)
        continue;

      mark = l->path->len;
      g_string_append (l->path, key);
      if (change->date <= previous->date)
        {
          g_autofree char *date = kwa_date_to_iso (change->date);
          g_autofree char *previous_date = kwa_date_to_iso (previous->date);

          report (l, "date", "%s is not after the change before it (%s); changes must be in date order",
                  date, previous_date);
        }
      else if (change->holder == previous->holder)
        {
          report (l, "holder", "the place already belongs to the %s since the change before it; each change goes to the other side",
                  kwa_side_id_to_string (change->holder));
        }
      path_leave (l, mark);
    }
}

static void
parse_holding (Loader     *l,
               JsonObject *holdings,
               const char *place_id,
               KwaHolding *holding)
{
  JsonNode *node = json_object_get_member (holdings, place_id);
  gsize mark = path_enter_key (l, place_id);
  g_autoptr(JsonNode) key = NULL;
  JsonArray *array;
  guint length;

  /* The key is a reference like any other: read it as one. */
  key = json_node_init_string (json_node_alloc (), place_id);
  holding->place = parse_reference (l, key, l->exhibit->places_by_id, "place");

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      report_expected (l, "a list of changes of hands, [{\"date\": …, \"holder\": …}, …]", node);
      path_leave (l, mark);
      return;
    }

  array = json_node_get_array (node);
  length = MIN (json_array_get_length (array), KWA_EXHIBIT_MAX_ITEMS);
  holding->changes = g_new0 (KwaHoldingChange, length);
  holding->n_changes = length;
  for (guint i = 0; i < length; i++)
    {
      gsize item_mark = path_enter_index (l, i);

      parse_holding_change (l, json_array_get_element (array, i), &holding->changes[i]);
      path_leave (l, item_mark);
    }

  check_holding_order (l, holding);
  path_leave (l, mark);
}

/* "holdings": {"seoul": [change, …], …}: optional, as an exhibit of
 * another subject may have no record to check its fronts against. */
static void
parse_holdings (Loader     *l,
                JsonObject *root)
{
  GArray *records = l->exhibit->holdings;
  g_autoptr(GList) members = NULL;
  JsonObject *holdings;
  gsize mark;
  JsonNode *node = enter_field (l, root, "holdings", OPTIONAL, &mark);
  guint i = 0;

  if (node == NULL)
    return;

  holdings = expect_object (l, node, "the changes of hands by place, {\"seoul\": […], …}");
  if (holdings == NULL)
    {
      path_leave (l, mark);
      return;
    }

  /* Members keep the file's order, so messages follow the file. */
  members = json_object_get_members (holdings);
  g_array_set_size (records, MIN (g_list_length (members), KWA_EXHIBIT_MAX_ITEMS));
  for (const GList *iter = members; iter != NULL && i < records->len; iter = iter->next, i++)
    parse_holding (l, holdings, iter->data, &g_array_index (records, KwaHolding, i));

  path_leave (l, mark);
}

/* The DMZ is drawn as a band, so it alone has a width. */
static void
parse_line_width (Loader     *l,
                  JsonObject *object,
                  KwaLine    *line,
                  gboolean    kind_known)
{
  gboolean has_width = json_object_has_member (object, "width_km");
  gsize mark;
  JsonNode *width;

  if (!kind_known)
    return;

  if (line->kind != KWA_LINE_DMZ)
    {
      if (has_width)
        report (l, "width_km", "only a \"dmz\" line has a width");
      return;
    }

  width = enter_field (l, object, "width_km", REQUIRED, &mark);
  if (width != NULL)
    {
      parse_number_in_range (l, width, 0.1, 100, &line->width_km);
      path_leave (l, mark);
    }
}

static void
parse_line (Loader   *l,
            JsonNode *node,
            gpointer  record)
{
  static const char * const keys[] = {
    "id", "kind", "name", "geometry", "start", "end", "width_km", "sources", NULL
  };
  KwaLine *line = record;
  JsonObject *object = expect_object (l, node, "a line, {\"id\": …, \"kind\": …, \"geometry\": …}");
  int kind;

  line->start = line->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &line->id);
  kind = field_word (l, object, "kind", REQUIRED, kwa_line_kind_names);
  line->kind = kind < 0 ? KWA_LINE_PARALLEL : (KwaLineKind) kind;
  field_text (l, object, "name", REQUIRED, &line->name);
  field_line (l, object, "geometry", &line->path);
  field_date (l, object, "start", OPTIONAL, &line->start);
  if (field_date (l, object, "end", OPTIONAL, &line->end))
    check_span (l, "end", line->start, line->end);
  parse_line_width (l, object, line, kind >= 0);
  field_sources (l, object, &line->sources, &line->n_sources);
}

/* low <= best <= high: where sources disagree, the range says by how much. */
static void
check_figure_range (Loader          *l,
                    const KwaFigure *figure,
                    gboolean         has_low,
                    gboolean         has_high)
{
  g_autofree char *low = kwa_message_format_number (figure->low);
  g_autofree char *high = kwa_message_format_number (figure->high);
  g_autofree char *best = kwa_message_format_number (figure->best);

  if (!has_low || !has_high)
    return;

  if (figure->low > figure->high)
    report (l, "low", "the low estimate, %s, is above the high estimate, %s", low, high);
  else if (figure->has_best && (figure->best < figure->low || figure->best > figure->high))
    report (l, "best", "the best estimate, %s, lies outside the range %s to %s", best, low, high);
}

static void
parse_figure (Loader   *l,
              JsonNode *node,
              gpointer  record)
{
  static const char * const keys[] = {
    "id", "label", "category", "low", "high", "best", "unit", "as_of", "sources", "notes", NULL
  };
  KwaFigure *figure = record;
  JsonObject *object = expect_object (l, node, "a figure, {\"id\": …, \"low\": …, \"high\": …}");
  gboolean has_low;
  gboolean has_high;
  int category;

  figure->as_of = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &figure->id);
  field_text (l, object, "label", REQUIRED, &figure->label);
  category = field_word (l, object, "category", REQUIRED, kwa_figure_category_names);
  figure->category = category < 0 ? KWA_FIGURE_OTHER : (KwaFigureCategory) category;
  has_low = field_number (l, object, "low", REQUIRED, &figure->low);
  has_high = field_number (l, object, "high", REQUIRED, &figure->high);
  figure->has_best = field_number (l, object, "best", OPTIONAL, &figure->best);
  check_figure_range (l, figure, has_low, has_high);
  field_text (l, object, "unit", REQUIRED, &figure->unit);
  field_date (l, object, "as_of", REQUIRED, &figure->as_of);
  field_sources (l, object, &figure->sources, &figure->n_sources);
  field_text (l, object, "notes", OPTIONAL, &figure->notes);
}

static void
parse_leader (Loader   *l,
              JsonNode *node,
              gpointer  record)
{
  static const char * const keys[] = { "id", "name", "role", "side", "start", "end", "sources", NULL };
  KwaLeader *leader = record;
  JsonObject *object = expect_object (l, node, "a leader, {\"id\": …, \"name\": …}");

  leader->start = leader->end = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &leader->id);
  field_text (l, object, "name", REQUIRED, &leader->name);
  field_text (l, object, "role", REQUIRED, &leader->role);
  leader->side = field_side (l, object);
  field_span (l, object, "start", REQUIRED, &leader->start, &leader->end);
  field_sources (l, object, &leader->sources, &leader->n_sources);
}

static void
parse_perspective (Loader   *l,
                   JsonNode *node,
                   gpointer  record)
{
  static const char * const keys[] = { "id", "viewpoint", "title", "body", "sources", NULL };
  KwaPerspective *perspective = record;
  JsonObject *object = expect_object (l, node, "a perspective, {\"id\": …, \"viewpoint\": …}");

  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &perspective->id);
  field_text (l, object, "viewpoint", REQUIRED, &perspective->viewpoint);
  field_text (l, object, "title", REQUIRED, &perspective->title);
  field_text (l, object, "body", REQUIRED, &perspective->body);
  field_sources (l, object, &perspective->sources, &perspective->n_sources);
}

/* {"center": [lon, lat], "zoom": z} or {"bbox": [w, s, e, n]} */
static void
parse_tour_view (Loader      *l,
                 JsonNode    *node,
                 KwaTourView *view)
{
  static const char * const keys[] = { "center", "zoom", "bbox", NULL };
  JsonObject *object = expect_object (l, node, "a view, {\"center\": [lon, lat], \"zoom\": z} or {\"bbox\": [w, s, e, n]}");
  gsize mark;
  JsonNode *member;

  if (object == NULL)
    return;

  check_keys (l, object, keys);

  if (json_object_has_member (object, "bbox"))
    {
      if (json_object_has_member (object, "center") || json_object_has_member (object, "zoom"))
        {
          report (l, NULL, "give either \"center\" and \"zoom\", or \"bbox\", not both");
          return;
        }

      view->kind = KWA_TOUR_VIEW_BBOX;
      member = enter_field (l, object, "bbox", REQUIRED, &mark);
      if (member != NULL)
        {
          parse_bbox (l, member, TRUE, &view->bbox);
          path_leave (l, mark);
        }
      return;
    }

  view->kind = KWA_TOUR_VIEW_CENTER;
  member = enter_field (l, object, "center", REQUIRED, &mark);
  if (member != NULL)
    {
      parse_position (l, member, &view->center);
      path_leave (l, mark);
    }

  member = enter_field (l, object, "zoom", REQUIRED, &mark);
  if (member != NULL)
    {
      parse_number_in_range (l, member, 1, 8, &view->zoom);
      path_leave (l, mark);
    }
}

static void
parse_tour_stop (Loader      *l,
                 JsonNode    *node,
                 KwaTourStop *stop)
{
  static const char * const keys[] = { "date", "event", "view", "narration", "notes", "duration", NULL };
  JsonObject *object = expect_object (l, node, "a tour stop, {\"date\": …, \"view\": …}");
  gsize mark;
  JsonNode *view;

  stop->date = KWA_DATE_NONE;
  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_date (l, object, "date", REQUIRED, &stop->date);
  stop->event = field_reference (l, object, "event", l->exhibit->events_by_id, "event");

  view = enter_field (l, object, "view", REQUIRED, &mark);
  if (view != NULL)
    {
      parse_tour_view (l, view, &stop->view);
      path_leave (l, mark);
    }

  field_text (l, object, "narration", REQUIRED, &stop->narration);
  field_text (l, object, "notes", OPTIONAL, &stop->notes);
  field_int (l, object, "duration", 3, 120, &stop->duration);
}

static void
parse_tour_stops (Loader   *l,
                  JsonNode *node,
                  KwaTour  *tour)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      report_expected (l, "a list of one or more stops, [{\"date\": …}]", node);
      return;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      report (l, NULL, "%u stops; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return;
    }

  tour->stops = g_new0 (KwaTourStop, length);
  tour->n_stops = length;
  for (guint i = 0; i < length; i++)
    {
      gsize mark = path_enter_index (l, i);

      parse_tour_stop (l, json_array_get_element (array, i), &tour->stops[i]);
      path_leave (l, mark);
    }
}

static void
parse_tour (Loader   *l,
            JsonNode *node,
            gpointer  record)
{
  static const char * const keys[] = { "id", "title", "description", "stops", NULL };
  KwaTour *tour = record;
  JsonObject *object = expect_object (l, node, "a tour, {\"id\": …, \"stops\": […]}");
  gsize mark;
  JsonNode *stops;

  if (object == NULL)
    return;

  check_keys (l, object, keys);
  field_id (l, object, &tour->id);
  field_text (l, object, "title", REQUIRED, &tour->title);
  field_text (l, object, "description", REQUIRED, &tour->description);

  stops = enter_field (l, object, "stops", REQUIRED, &mark);
  if (stops != NULL)
    {
      parse_tour_stops (l, stops, tour);
      path_leave (l, mark);
    }
}

/* }}} */

/* Sides {{{ */

/* Exactly two sides, north and south, kept in KwaSideId order. */
static void
parse_sides (Loader     *l,
             JsonObject *root)
{
  KwaExhibit *self = l->exhibit;
  guint problems_before = l->log->n_found;

  parse_collection (l, root, "sides", self->sides, parse_side);

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
      kwa_problem_log_add (l->log, path, 0, 0, message);
    }

  /* Only when nothing more specific was said about the sides. */
  if (l->log->n_found == problems_before && json_object_has_member (root, "sides") &&
      self->sides->len != KWA_N_SIDES)
    report (l, "sides", "expected exactly two sides, \"north\" and \"south\", found %u", self->sides->len);
}

/* }}} */

/* Meta {{{ */

static void
parse_date_range (Loader       *l,
                  JsonObject   *object,
                  const char   *key,
                  KwaDateRange *range)
{
  gsize mark;
  JsonNode *node = enter_field (l, object, key, REQUIRED, &mark);
  JsonObject *range_object;

  if (node == NULL)
    return;

  range_object = expect_object (l, node, "a span of dates, {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}");
  if (range_object != NULL)
    {
      check_keys (l, range_object, date_range_keys);
      field_span (l, range_object, "start", REQUIRED, &range->start, &range->end);
    }

  path_leave (l, mark);
}

/* The basemap sits next to the exhibit file or below it: a path that leaves
 * the folder could make a kiosk load any file on the machine.
 */
static gboolean
is_safe_relative_path (Loader     *l,
                       const char *path)
{
  g_auto(GStrv) segments = NULL;

  if (g_path_is_absolute (path) || path[0] == '/' || path[0] == '\\')
    {
      report (l, NULL, "the basemap path must be relative to the exhibit file, not an absolute path");
      return FALSE;
    }

  if (strchr (path, ':') != NULL || strchr (path, '\\') != NULL)
    {
      report (l, NULL, "the basemap must be a plain relative path with '/' between folders, not a URI or a Windows path");
      return FALSE;
    }

  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (strcmp (segments[i], "..") == 0)
        {
          report (l, NULL, "the basemap path must not leave the exhibit's folder (\"..\" is not allowed)");
          return FALSE;
        }
    }

  return TRUE;
}

static void
resolve_basemap (Loader     *l,
                 const char *path)
{
  KwaExhibit *self = l->exhibit;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) basemap = NULL;

  if (!is_safe_relative_path (l, path) || self->file == NULL)
    return;

  folder = g_file_get_parent (self->file);
  if (folder == NULL)
    return;

  basemap = g_file_resolve_relative_path (folder, path);
  /* Belt and braces: GFile's own idea of the result must agree. */
  if (!g_file_has_prefix (basemap, folder))
    {
      report (l, NULL, "the basemap path must not leave the exhibit's folder");
      return;
    }

  if (g_file_query_file_type (basemap, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *quoted = kwa_message_quote (path);

      report (l, NULL, "the basemap file %s was not found next to %s", quoted, self->file_name);
      return;
    }

  self->basemap_file = g_steal_pointer (&basemap);
}

static void
parse_meta (Loader     *l,
            JsonObject *root)
{
  static const char * const keys[] = {
    "title", "subtitle", "basemap", "projection", "bbox", "time_range", "war", "attribution", NULL
  };
  KwaExhibit *self = l->exhibit;
  JsonObject *meta;
  gsize mark;
  JsonNode *node = enter_field (l, root, "meta", REQUIRED, &mark);
  JsonNode *bbox;
  gsize bbox_mark;

  if (node == NULL)
    return;

  meta = expect_object (l, node, "an object, {\"title\": …, \"bbox\": …}");
  if (meta == NULL)
    {
      path_leave (l, mark);
      return;
    }

  check_keys (l, meta, keys);
  field_text (l, meta, "title", REQUIRED, &self->title);
  field_text (l, meta, "subtitle", REQUIRED, &self->subtitle);
  if (field_string (l, meta, "basemap", REQUIRED, &self->basemap_path))
    {
      gsize basemap_mark = path_enter_key (l, "basemap");

      resolve_basemap (l, self->basemap_path);
      path_leave (l, basemap_mark);
    }
  field_string (l, meta, "projection", REQUIRED, &self->projection);

  bbox = enter_field (l, meta, "bbox", REQUIRED, &bbox_mark);
  if (bbox != NULL)
    {
      l->bbox_usable = parse_bbox (l, bbox, FALSE, &self->bbox);
      path_leave (l, bbox_mark);
    }

  parse_date_range (l, meta, "time_range", &self->time_range);
  parse_date_range (l, meta, "war", &self->war);
  if (self->war.start != KWA_DATE_NONE && self->time_range.start != KWA_DATE_NONE &&
      (self->war.start < self->time_range.start || self->war.end > self->time_range.end))
    report (l, "war", "the war must lie within the time_range");
  field_text (l, meta, "attribution", REQUIRED, &self->attribution);

  path_leave (l, mark);
}

/* }}} */

/* Order {{{ */

/* The timeline relies on order: events and fronts by date, phases one
 * after another without overlapping.
 */

static void
check_events_order (Loader *l)
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
          report (l, path, "%s comes before the date of the event listed before it (%s); events must be in date order",
                  date, previous_date);
        }
      previous = event;
    }
}

static void
check_fronts_order (Loader *l)
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
          report (l, path, "%s is not after the date of the front listed before it (%s); fronts must be in date order, one per date",
                  date, previous_date);
        }
      previous = front;
    }
}

static void
check_phases_order (Loader *l)
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
            report (l, path, "%s comes before phases[%u]; phases must be in date order", start, previous_index);
          else
            report (l, path, "%s overlaps phases[%u], which ends %s; phases must not overlap",
                    start, previous_index, previous_end);
        }
      previous = phase;
      previous_index = i;
    }
}

/* }}} */

/* The document {{{ */

static gboolean
check_schema (Loader     *l,
              JsonObject *root)
{
  gsize mark;
  JsonNode *node = enter_field (l, root, "schema", OPTIONAL, &mark);
  double version;

  if (node == NULL)
    {
      report (l, NULL, "the key \"schema\" is missing (this app reads schema version 1: \"schema\": 1)");
      return TRUE;
    }

  if (!get_number (node, &version) || !isfinite (version) || version != floor (version))
    {
      report_expected (l, "the schema version, 1", node);
    }
  else if (version != 1)
    {
      g_autofree char *number = kwa_message_format_number (version);

      report (l, NULL, "this file uses schema version %s; this app reads version 1", number);
      l->wrong_version = TRUE;
    }

  path_leave (l, mark);
  return !l->wrong_version;
}

static void
check_main_tour (Loader *l)
{
  if (!g_hash_table_contains (l->unreadable, l->exhibit->tours_by_id) &&
      g_hash_table_lookup (l->exhibit->tours_by_id, "main") == NULL)
    report (l, "tours", "there is no tour with the id \"main\" (the kiosk's attract loop plays it)");
}

static void
parse_document (Loader   *l,
                JsonNode *root_node)
{
  static const char * const keys[] = {
    "schema", "meta", "sides", "phases", "places", "events", "fronts", "enclaves",
    "movements", "holdings", "lines", "figures", "leaders", "perspectives", "tours", "sources", NULL
  };
  KwaExhibit *self = l->exhibit;
  JsonObject *root;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      report_expected (l, "an exhibit object, {\"schema\": 1, …}, at the top level", root_node);
      return;
    }
  root = json_node_get_object (root_node);

  /* Another version's rules differ: anything more would be noise. */
  if (!check_schema (l, root))
    return;

  check_keys (l, root, keys);
  /* First the map box, which every coordinate is checked against; then
   * each collection before those that refer to it.
   */
  parse_meta (l, root);
  parse_and_index (l, root, "sources", self->sources, G_STRUCT_OFFSET (KwaSource, id),
                   parse_source, self->sources_by_id);
  parse_sides (l, root);
  parse_and_index (l, root, "places", self->places, G_STRUCT_OFFSET (KwaPlace, id),
                   parse_place, self->places_by_id);
  parse_and_index (l, root, "phases", self->phases, G_STRUCT_OFFSET (KwaPhase, id),
                   parse_phase, NULL);
  parse_and_index (l, root, "events", self->events, G_STRUCT_OFFSET (KwaEvent, id),
                   parse_event, self->events_by_id);
  parse_collection (l, root, "fronts", self->fronts, parse_front);
  parse_and_index (l, root, "enclaves", self->enclaves, G_STRUCT_OFFSET (KwaEnclave, id),
                   parse_enclave, NULL);
  parse_and_index (l, root, "movements", self->movements, G_STRUCT_OFFSET (KwaMovement, id),
                   parse_movement, NULL);
  parse_holdings (l, root);
  parse_and_index (l, root, "lines", self->lines, G_STRUCT_OFFSET (KwaLine, id),
                   parse_line, NULL);
  parse_and_index (l, root, "figures", self->figures, G_STRUCT_OFFSET (KwaFigure, id),
                   parse_figure, NULL);
  parse_and_index (l, root, "leaders", self->leaders, G_STRUCT_OFFSET (KwaLeader, id),
                   parse_leader, NULL);
  parse_and_index (l, root, "perspectives", self->perspectives, G_STRUCT_OFFSET (KwaPerspective, id),
                   parse_perspective, NULL);
  parse_and_index (l, root, "tours", self->tours, G_STRUCT_OFFSET (KwaTour, id),
                   parse_tour, self->tours_by_id);

  check_phases_order (l);
  check_events_order (l);
  check_fronts_order (l);
  check_main_tour (l);
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
  g_autoptr(GString) path = NULL;
  g_autoptr(GHashTable) unreadable = NULL;
  Loader loader = { 0 };
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

  path = g_string_new (NULL);
  unreadable = g_hash_table_new (NULL, NULL);
  loader.exhibit = self;
  loader.unreadable = unreadable;
  loader.log = &log;
  loader.path = path;
  loader.id_suggestions_left = MAX_ID_SUGGESTIONS;
  parse_document (&loader, json_parser_get_root (parser));

  if (log.n_found > 0)
    {
      set_load_error (self, &log, loader.wrong_version, error);
      return FALSE;
    }

  return TRUE;
}

/* }}} */
