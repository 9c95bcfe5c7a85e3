/* kwa-json-cursor.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-json-cursor"

#include "config.h"

#include "kwa-json-cursor.h"
#include "kwa-message-words.h"
#include "kwa-suggest.h"

void
kwa_json_cursor_init (KwaJsonCursor *cursor,
                      KwaProblemLog *log)
{
  g_return_if_fail (cursor != NULL);
  g_return_if_fail (log != NULL);

  cursor->log = log;
  cursor->path = g_string_new (NULL);
}

void
kwa_json_cursor_clear (KwaJsonCursor *cursor)
{
  g_return_if_fail (cursor != NULL);

  if (cursor->path != NULL)
    g_string_free (g_steal_pointer (&cursor->path), TRUE);
  g_clear_pointer (&cursor->unlisted_languages, g_hash_table_unref);
  cursor->log = NULL;
}

/**
 * kwa_json_cursor_enter_key:
 * @cursor: a cursor
 * @key: a member of the object the cursor is at
 *
 * Returns: the mark to leave the member with (kwa_json_cursor_leave())
 */
gsize
kwa_json_cursor_enter_key (KwaJsonCursor *cursor,
                           const char    *key)
{
  gsize mark = cursor->path->len;

  if (mark > 0)
    g_string_append_c (cursor->path, '.');
  g_string_append (cursor->path, key);

  return mark;
}

/**
 * kwa_json_cursor_enter_index:
 * @cursor: a cursor
 * @index: an element of the list the cursor is at
 *
 * Returns: the mark to leave the element with (kwa_json_cursor_leave())
 */
gsize
kwa_json_cursor_enter_index (KwaJsonCursor *cursor,
                             guint          index)
{
  gsize mark = cursor->path->len;

  g_string_append_printf (cursor->path, "[%u]", index);

  return mark;
}

void
kwa_json_cursor_leave (KwaJsonCursor *cursor,
                       gsize          mark)
{
  g_string_truncate (cursor->path, mark);
}

/* The cursor's path, or that of its member @key */
static char *
path_at (KwaJsonCursor *cursor,
         const char    *key)
{
  if (key == NULL)
    return g_strdup (cursor->path->str);
  if (cursor->path->len == 0)
    return g_strdup (key);
  return g_strdup_printf ("%s.%s", cursor->path->str, key);
}

/**
 * kwa_json_cursor_report:
 * @cursor: a cursor
 * @key: (nullable): a member below the cursor the problem is about, or
 *   %NULL for the value the cursor is at
 * @format: the message, printf()-style
 */
void
kwa_json_cursor_report (KwaJsonCursor *cursor,
                        const char    *key,
                        const char    *format,
                        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (kwa_problem_log_is_full (cursor->log))
    {
      kwa_problem_log_count_unlisted (cursor->log);
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = path_at (cursor, key);

  kwa_problem_log_add (cursor->log, path, 0, 0, message);
}

/* Like kwa_json_cursor_report(), for what a valid exhibit lacks. */
void
kwa_json_cursor_warn (KwaJsonCursor *cursor,
                      const char    *key,
                      const char    *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = path_at (cursor, key);

  kwa_problem_log_warn (cursor->log, path, message);
}

/* "expected a date "YYYY-MM-DD", found 1950" */
void
kwa_json_cursor_report_expected (KwaJsonCursor *cursor,
                                 const char    *expected,
                                 JsonNode      *node)
{
  g_autofree char *found = kwa_message_describe_node (node);

  kwa_json_cursor_report (cursor, NULL, "expected %s, found %s", expected, found);
}

/**
 * kwa_json_cursor_expect_object:
 * @cursor: a cursor at @node
 * @node: a value that must be an object
 * @expected: what the object is, for the message when it is not one
 *
 * Returns: (nullable): @node's object, or %NULL (reported)
 */
JsonObject *
kwa_json_cursor_expect_object (KwaJsonCursor *cursor,
                               JsonNode      *node,
                               const char    *expected)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  kwa_json_cursor_report_expected (cursor, expected, node);
  return NULL;
}

/**
 * kwa_json_cursor_expect_array:
 * @cursor: a cursor at @node
 * @node: a value that must be a list
 * @expected: what the list is, for the message when it is not one
 *
 * Returns: (nullable): @node's array, or %NULL (reported)
 */
JsonArray *
kwa_json_cursor_expect_array (KwaJsonCursor *cursor,
                              JsonNode      *node,
                              const char    *expected)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  kwa_json_cursor_report_expected (cursor, expected, node);
  return NULL;
}

static void
report_unknown_key (KwaJsonCursor      *cursor,
                    const char         *key,
                    const char * const *allowed)
{
  g_autofree char *quoted = NULL;
  const char *suggestion;

  /* Not listed, so not worth a suggestion (the report counts it). */
  if (kwa_problem_log_is_full (cursor->log))
    {
      kwa_json_cursor_report (cursor, NULL, "unknown key");
      return;
    }

  quoted = kwa_message_quote (key);
  suggestion = kwa_suggest_word (key, allowed);
  if (suggestion != NULL)
    {
      kwa_json_cursor_report (cursor, NULL, "unknown key %s (did you mean \"%s\"?)", quoted, suggestion);
    }
  else
    {
      g_autofree char *alternatives = kwa_message_join_alternatives (allowed);

      kwa_json_cursor_report (cursor, NULL, "unknown key %s (the keys here are %s)", quoted, alternatives);
    }
}

/* Unknown keys are errors at every level: they are how typos show. */
void
kwa_json_cursor_check_keys (KwaJsonCursor      *cursor,
                            JsonObject         *object,
                            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *iter = members; iter != NULL; iter = iter->next)
    {
      if (!g_strv_contains (allowed, iter->data))
        report_unknown_key (cursor, iter->data, allowed);
    }
}

/**
 * kwa_json_cursor_enter_member:
 * @cursor: a cursor at @object
 * @object: an object
 * @key: the member to enter
 * @need: whether a missing member is a problem
 * @out_mark: (out): the mark to leave the member with
 *
 * Returns: (nullable): the member's node with the cursor at it (leave with
 *   kwa_json_cursor_leave (cursor, *out_mark)), or %NULL, reported if it
 *   was required
 */
JsonNode *
kwa_json_cursor_enter_member (KwaJsonCursor *cursor,
                              JsonObject    *object,
                              const char    *key,
                              KwaFieldNeed   need,
                              gsize         *out_mark)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    {
      if (need == KWA_FIELD_REQUIRED)
        kwa_json_cursor_report (cursor, NULL, "the key \"%s\" is missing", key);
      return NULL;
    }

  *out_mark = kwa_json_cursor_enter_key (cursor, key);
  return node;
}

/**
 * kwa_json_cursor_read_member:
 * @cursor: a cursor at @object
 * @object: an object
 * @key: the member to read
 * @need: whether a missing member is a problem
 * @parse: reads the member's value into @out
 * @out: where the value goes, as @parse wants it
 *
 * Reads one member of an object with the cursor at it, so that what
 * @parse reports names the member. An absent optional member leaves @out
 * as it is and returns %FALSE without a problem.
 *
 * Returns: %TRUE if the member was there and @parse accepted it
 */
gboolean
kwa_json_cursor_read_member (KwaJsonCursor    *cursor,
                             JsonObject       *object,
                             const char       *key,
                             KwaFieldNeed      need,
                             KwaJsonParseFunc  parse,
                             gpointer          out)
{
  gsize mark;
  JsonNode *node = kwa_json_cursor_enter_member (cursor, object, key, need, &mark);
  gboolean ok;

  if (node == NULL)
    return FALSE;

  ok = parse (cursor, node, out);
  kwa_json_cursor_leave (cursor, mark);

  return ok;
}

/**
 * kwa_json_cursor_read_elements:
 * @cursor: a cursor at @array
 * @array: a list
 * @n_elements: how many of its elements to read, from the first
 * @parse: reads one element
 * @elements: where they go, element i at @elements + i * @element_size
 * @element_size: the size of one
 *
 * Reads the elements of a list each with the cursor at it, so that what
 * @parse reports names the element: "stops[3]". A broken element does not
 * stop the others from being read.
 */
void
kwa_json_cursor_read_elements (KwaJsonCursor    *cursor,
                               JsonArray        *array,
                               guint             n_elements,
                               KwaJsonParseFunc  parse,
                               gpointer          elements,
                               gsize             element_size)
{
  g_return_if_fail (n_elements <= json_array_get_length (array));

  for (guint i = 0; i < n_elements; i++)
    {
      gsize mark = kwa_json_cursor_enter_index (cursor, i);

      parse (cursor, json_array_get_element (array, i), (char *) elements + (gsize) i * element_size);
      kwa_json_cursor_leave (cursor, mark);
    }
}
