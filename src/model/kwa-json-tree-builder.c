/* kwa-json-tree-builder.c: a json-glib tree made from tokens already read
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-json-tree-builder"

#include "config.h"

#include <string.h>

#include "kwa-json-tree-builder.h"

/* Why not json-glib's own parser: the exhibit is first read by a strict
 * scanner anyway (kwa-exhibit-syntax.c says why), and json-glib's scanner
 * then reads every byte again, one character at a time: about half of the
 * time an exhibit took to load. Building the tree from the scanner's tokens
 * reads the file once.
 */

struct _KwaJsonTreeBuilder
{
  JsonNode  *root;        /* owned, until stolen */
  GPtrArray *open;        /* borrowed: the containers not yet closed, innermost last */
  GString   *key;         /* the key of the member whose value comes next */
  GString   *scratch;     /* a text unescaped, or a number made a C string */
};

KwaJsonTreeBuilder *
kwa_json_tree_builder_new (void)
{
  KwaJsonTreeBuilder *self = g_new0 (KwaJsonTreeBuilder, 1);

  self->open = g_ptr_array_new ();
  self->key = g_string_new (NULL);
  self->scratch = g_string_new (NULL);

  return self;
}

void
kwa_json_tree_builder_free (KwaJsonTreeBuilder *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->root, json_node_unref);
  g_ptr_array_unref (self->open);
  g_string_free (self->key, TRUE);
  g_string_free (self->scratch, TRUE);
  g_free (self);
}

static gunichar
read_hex4 (const char *p)
{
  gunichar code = 0;

  for (guint i = 0; i < 4; i++)
    code = code * 16 + g_ascii_xdigit_value (p[i]);

  return code;
}

/* @raw was checked by the scanner: every escape in it is whole and valid,
 * and a high surrogate is always followed by its low half. */
static const char *
unescape (GString    *out,
          const char *raw,
          gsize       length)
{
  const char *end = raw + length;
  const char *p = raw;

  g_string_truncate (out, 0);

  while (p < end)
    {
      const char *backslash = memchr (p, '\\', end - p);
      gunichar code;

      if (backslash == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }

      g_string_append_len (out, p, backslash - p);
      p = backslash + 2;

      switch (backslash[1])
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          code = read_hex4 (p);
          p += 4;
          if (code >= 0xd800 && code <= 0xdbff)
            {
              code = 0x10000 + ((code - 0xd800) << 10) + (read_hex4 (p + 2) - 0xdc00);
              p += 6;
            }
          g_string_append_unichar (out, code);
          break;
        default:  /* '"', '\\' and '/' stand for themselves */
          g_string_append_c (out, backslash[1]);
          break;
        }
    }

  return out->str;
}

static void
add_node (KwaJsonTreeBuilder *self,
          JsonNode           *node)
{
  JsonNode *parent;

  if (self->open->len == 0)
    {
      g_return_if_fail (self->root == NULL);
      self->root = node;
      return;
    }

  parent = g_ptr_array_index (self->open, self->open->len - 1);
  if (JSON_NODE_HOLDS_OBJECT (parent))
    json_object_set_member (json_node_get_object (parent), self->key->str, node);
  else
    json_array_add_element (json_node_get_array (parent), node);
}

/* @container's members or items come next, until the matching end. */
static void
begin (KwaJsonTreeBuilder *self,
       JsonNode           *container)
{
  add_node (self, container);
  g_ptr_array_add (self->open, container);
}

void
kwa_json_tree_builder_begin_object (KwaJsonTreeBuilder *self)
{
  JsonNode *node = json_node_init (json_node_alloc (), JSON_NODE_OBJECT);

  json_node_take_object (node, json_object_new ());
  begin (self, node);
}

void
kwa_json_tree_builder_begin_array (KwaJsonTreeBuilder *self)
{
  JsonNode *node = json_node_init (json_node_alloc (), JSON_NODE_ARRAY);

  json_node_take_array (node, json_array_new ());
  begin (self, node);
}

void
kwa_json_tree_builder_end (KwaJsonTreeBuilder *self)
{
  g_return_if_fail (self->open->len > 0);

  g_ptr_array_set_size (self->open, self->open->len - 1);
}

void
kwa_json_tree_builder_set_key (KwaJsonTreeBuilder *self,
                               const char         *raw,
                               gsize               length)
{
  unescape (self->key, raw, length);
}

void
kwa_json_tree_builder_add_string (KwaJsonTreeBuilder *self,
                                  const char         *raw,
                                  gsize               length)
{
  add_node (self, json_node_init_string (json_node_alloc (), unescape (self->scratch, raw, length)));
}

void
kwa_json_tree_builder_add_number (KwaJsonTreeBuilder *self,
                                  const char         *text,
                                  gsize               length,
                                  gboolean            is_integer)
{
  JsonNode *node = json_node_alloc ();

  /* The text is not NUL-terminated where the number ends. */
  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, text, length);

  /* As json-glib reads them: whole numbers as gint64 (the scanner refused
   * any too long for one), anything with a fraction or exponent as double. */
  if (is_integer)
    json_node_init_int (node, g_ascii_strtoll (self->scratch->str, NULL, 10));
  else
    json_node_init_double (node, g_ascii_strtod (self->scratch->str, NULL));

  add_node (self, node);
}

void
kwa_json_tree_builder_add_boolean (KwaJsonTreeBuilder *self,
                                   gboolean            value)
{
  add_node (self, json_node_init_boolean (json_node_alloc (), value));
}

void
kwa_json_tree_builder_add_null (KwaJsonTreeBuilder *self)
{
  add_node (self, json_node_init_null (json_node_alloc ()));
}

/**
 * kwa_json_tree_builder_steal_root:
 *
 * The tree is not sealed, as an immutable parser's is: sealing hashes every
 * text in it, a sixth of the whole load, and the loader only reads the tree
 * and drops it.
 *
 * Returns: (transfer full) (nullable): the whole tree, or %NULL if no value
 *   was read or one is still open
 */
JsonNode *
kwa_json_tree_builder_steal_root (KwaJsonTreeBuilder *self)
{
  if (self->root == NULL || self->open->len > 0)
    return NULL;

  return g_steal_pointer (&self->root);
}
