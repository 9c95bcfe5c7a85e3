/* kwa-message-words.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-message-words"

#include "config.h"

#include <math.h>

#include "kwa-message-words.h"

/* Values quoted in messages are cut to this many characters. */
#define MAX_QUOTED_CHARS 40

/**
 * kwa_message_quote:
 * @text: a text from the file
 *
 * A value as it appears in the file: quoted, escaped so a problem stays on
 * one line, and cut short so a 60 KiB text does not flood the terminal.
 *
 * Returns: (transfer full): @text in double quotes
 */
char *
kwa_message_quote (const char *text)
{
  GString *quoted = g_string_new ("\"");
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  for (glong n_chars = 0; *p != '\0' && n_chars < MAX_QUOTED_CHARS; n_chars++)
    {
      const char *next = g_utf8_next_char (p);

      switch (*p)
        {
        case '"':
          g_string_append (quoted, "\\\"");
          break;
        case '\\':
          g_string_append (quoted, "\\\\");
          break;
        case '\n':
          g_string_append (quoted, "\\n");
          break;
        case '\t':
          g_string_append (quoted, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (quoted, "\\u%04x", (guint) *p);
          else
            g_string_append_len (quoted, p, next - p);
          break;
        }

      p = next;
    }

  if (*p != '\0')
    g_string_append (quoted, "…");
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/**
 * kwa_message_format_number:
 * @value: a finite number
 *
 * Returns: (transfer full): @value as JSON would write it, whatever the locale
 */
char *
kwa_message_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

/**
 * kwa_message_describe_node:
 * @node: a value from the file
 *
 * Returns: (transfer full): what was found where something else was
 *   expected: a quoted text, a number, "a list […]"…
 */
char *
kwa_message_describe_node (JsonNode *node)
{
  GType type;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup ("an object {…}");
    case JSON_NODE_ARRAY:
      return g_strdup ("a list […]");
    case JSON_NODE_NULL:
      return g_strdup ("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return kwa_message_quote (json_node_get_string (node));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE && isfinite (json_node_get_double (node)))
    return kwa_message_format_number (json_node_get_double (node));
  if (type == G_TYPE_DOUBLE)
    return g_strdup ("a number too large to use");

  return g_strdup ("an unknown value");
}

/**
 * kwa_message_join_alternatives:
 * @words: (array zero-terminated=1): words a value may be
 *
 * Returns: (transfer full): '"a", "b" or "c"'
 */
char *
kwa_message_join_alternatives (const char * const *words)
{
  GString *joined = g_string_new (NULL);
  guint n_words = g_strv_length ((char **) words);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append (joined, i + 1 == n_words ? " or " : ", ");
      g_string_append_printf (joined, "\"%s\"", words[i]);
    }

  return g_string_free (joined, FALSE);
}
