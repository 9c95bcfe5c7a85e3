/* kwa-json-writer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-json-writer.h"

/* An exhibit file written back exactly as the curator's tools write it:
 * the bundled exhibit and the files curators keep in git are formatted
 * as Python's json.dump (indent=2, ensure_ascii=False) writes them, keys
 * in their order, so that a change of one value is a change of one line
 * and an import that changes nothing gives back the same bytes.
 * json-glib's own generator puts spaces around the colon and writes
 * numbers differently, hence this one. */

static void write_node (GString *out, JsonNode *node, guint depth);

static void
newline (GString *out,
         guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

/* As Python escapes with ensure_ascii=False: quotes, backslashes and
 * control characters; everything else as it is, in UTF-8. */
static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* Python's repr() of a float: the fewest digits that read back as the
 * same number, in plain notation from 1e-4 up to 1e16 (with ".0" when
 * whole, so it stays a float), in exponent notation beyond. */
static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[32];
  guint n_digits = 0;
  int exponent;
  const char *mark;

  for (int precision = 0; precision <= 16; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* buffer: [-]d[.ddd]e±XX */
  if (buffer[0] == '-')
    g_string_append_c (out, '-');
  for (const char *p = buffer; *p != '\0' && *p != 'e'; p++)
    if (g_ascii_isdigit (*p) && n_digits < sizeof digits - 1)
      digits[n_digits++] = *p;
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  digits[n_digits] = '\0';
  mark = strchr (buffer, 'e');
  exponent = mark != NULL ? atoi (mark + 1) : 0;

  if (exponent < -4 || exponent >= 16)
    {
      g_string_append_c (out, digits[0]);
      if (n_digits > 1)
        g_string_append_printf (out, ".%s", digits + 1);
      g_string_append_printf (out, "e%c%02d", exponent < 0 ? '-' : '+', ABS (exponent));
    }
  else if (exponent < 0)
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -exponent - 1; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
  else
    {
      for (int i = 0; i <= exponent; i++)
        g_string_append_c (out, i < (int) n_digits ? digits[i] : '0');
      g_string_append_c (out, '.');
      g_string_append (out, (int) n_digits > exponent + 1 ? digits + exponent + 1 : "0");
    }
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    write_string (out, json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    write_double (out, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else
    g_string_append (out, "null");
}

static void
write_object (GString    *out,
              JsonObject *object,
              guint       depth)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  if (json_object_get_size (object) == 0)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      newline (out, depth + 1);
      write_string (out, name);
      g_string_append (out, ": ");
      write_node (out, member, depth + 1);
    }
  newline (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      depth)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < length; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      newline (out, depth + 1);
      write_node (out, json_array_get_element (array, i), depth + 1);
    }
  newline (out, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * kwa_json_write:
 * @root: a JSON tree
 *
 * Returns: (transfer full): @root as Python's json.dump (indent=2,
 *   ensure_ascii=False) writes it, and a newline
 */
char *
kwa_json_write (JsonNode *root)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (root != NULL, NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

/**
 * kwa_json_node_take_object:
 * @object: (transfer full)
 *
 * A node holding @object, which it now owns (json_node_init_object() would
 * take a reference of its own, and the caller's would leak).
 *
 * Returns: (transfer full): the node
 */
JsonNode *
kwa_json_node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/**
 * kwa_json_node_take_array:
 * @array: (transfer full)
 *
 * Returns: (transfer full): a node holding @array, which it now owns
 */
JsonNode *
kwa_json_node_take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}
