/* kwa-catalog.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-catalog"

#include "config.h"

#include <string.h>

#include "kwa-catalog.h"

/* Why read .mo files ourselves: the exhibit speaks the visitor's language,
 * which changes at a tap while render threads run. gettext answers in the
 * process's language, and the only way to change that is the environment
 * (LANGUAGE), which no thread may write while another reads it. A catalogue
 * per language, read once and never changed, can be asked from any thread.
 *
 * The format (GNU gettext manual, "The Format of GNU MO Files"): a header
 * of 32-bit words (magic, revision, count, offset of the original strings'
 * table, offset of the translations' table), and two tables of (length,
 * offset) pairs. A message with a context is "context\004msgid"; a plural
 * one is "msgid\0msgid_plural", its translation the forms joined by NULs. */

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define CONTEXT_GLUE     "\004"

typedef enum
{
  PLURAL_ALWAYS_FIRST,  /* nplurals=1; plural=0 (Korean, Japanese, Chinese) */
  PLURAL_NOT_ONE,       /* plural=(n != 1) (English, German, …) */
  PLURAL_MORE_THAN_ONE, /* plural=(n > 1) (French, …) */
} PluralRule;

struct _KwaCatalog
{
  GBytes     *bytes;     /* the file; every string below points into it */
  GHashTable *messages;  /* msgid (with context) → translation */
  GHashTable *lengths;   /* translation → its length, for plural forms */
  GHashTable *sources;   /* translation → msgid, for words already shown */
  PluralRule  plural_rule;
  guint       n_plurals;
};

G_DEFINE_QUARK (kwa-catalog-error-quark, kwa_catalog_error)

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string at entry INDEX of the table at TABLE, or NULL (with ERROR
 * set) when the file is cut short or the string is not NUL-terminated. */
static const char *
read_string (const guint8  *data,
             gsize          size,
             gboolean       swapped,
             guint32        table,
             guint32        index,
             const char    *name,
             const char    *which,
             guint32       *out_length,
             GError       **error)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    goto outside;
  length = read_word (data, entry, swapped);
  offset = read_word (data, entry + 4, swapped);
  if ((gsize) offset + length >= size || data[offset + length] != '\0')
    goto outside;

  *out_length = length;
  return (const char *) data + offset;

outside:
  g_set_error (error, KWA_CATALOG_ERROR, KWA_CATALOG_ERROR_INVALID,
               "%s: %s string %u lies outside the file", name, which, index);
  return NULL;
}

/* Only the rules our languages use; an unknown rule falls back to
 * "(n != 1)" over its forms, which is right for most languages. */
static void
read_plural_rule (KwaCatalog *self,
                  const char *header)
{
  const char *forms = header ? strstr (header, "Plural-Forms:") : NULL;
  const char *nplurals, *plural;
  g_autofree char *expression = NULL;

  self->plural_rule = PLURAL_NOT_ONE;
  self->n_plurals = 2;
  if (forms == NULL)
    return;

  if ((nplurals = strstr (forms, "nplurals=")) != NULL)
    self->n_plurals = CLAMP (g_ascii_strtoull (nplurals + strlen ("nplurals="), NULL, 10), 1, 6);
  /* "nplurals=" does not contain "plural=", so this finds the rule. */
  if ((plural = strstr (forms, "plural=")) == NULL)
    return;

  expression = g_strndup (plural + strlen ("plural="), strcspn (plural + strlen ("plural="), ";\n"));
  g_strdelimit (expression, "() ", ' ');
  g_strstrip (expression);
  {
    g_auto(GStrv) words = g_strsplit (expression, " ", -1);
    g_autofree char *compact = g_strjoinv ("", words);

    if (self->n_plurals == 1 || g_str_equal (compact, "0"))
      self->plural_rule = PLURAL_ALWAYS_FIRST;
    else if (g_str_equal (compact, "n>1"))
      self->plural_rule = PLURAL_MORE_THAN_ONE;
  }
}

KwaCatalog *
kwa_catalog_new_from_bytes (GBytes      *bytes,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(KwaCatalog) self = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 magic, count, originals, translations;
  gboolean swapped;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size < 20)
    {
      g_set_error (error, KWA_CATALOG_ERROR, KWA_CATALOG_ERROR_INVALID,
                   "%s: too short for a message catalogue (%" G_GSIZE_FORMAT " bytes)", name, size);
      return NULL;
    }
  magic = read_word (data, 0, FALSE);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    {
      g_set_error (error, KWA_CATALOG_ERROR, KWA_CATALOG_ERROR_INVALID,
                   "%s: not a gettext message catalogue (magic 0x%08x)", name, magic);
      return NULL;
    }
  swapped = magic == MO_MAGIC_SWAPPED;
  count = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);

  self = g_new0 (KwaCatalog, 1);
  self->bytes = g_bytes_ref (bytes);
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
  self->lengths = g_hash_table_new (NULL, NULL);
  self->sources = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 i = 0; i < count; i++)
    {
      guint32 original_length, translation_length;
      const char *original = read_string (data, size, swapped, originals, i, name, "original",
                                          &original_length, error);
      const char *translation = original ? read_string (data, size, swapped, translations, i, name,
                                                        "translated", &translation_length, error)
                                         : NULL;

      if (translation == NULL)
        return NULL;
      /* The header (msgid "") says how plurals are formed. */
      if (original_length == 0)
        {
          read_plural_rule (self, translation);
          continue;
        }
      /* A plural message is keyed by its singular, which ends at the NUL. */
      g_hash_table_insert (self->messages, (gpointer) original, (gpointer) translation);
      g_hash_table_insert (self->lengths, (gpointer) translation, GUINT_TO_POINTER (translation_length));
      /* Plain messages only: a plural's forms depend on a number. The first
       * of two messages with the same translation wins. */
      if (strlen (original) == original_length && strstr (original, CONTEXT_GLUE) == NULL &&
          *translation != '\0')
        g_hash_table_insert (self->sources, (gpointer) translation, (gpointer) original);
    }

  return g_steal_pointer (&self);
}

KwaCatalog *
kwa_catalog_new_from_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((file = g_mapped_file_new (path, FALSE, error)) == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  return kwa_catalog_new_from_bytes (bytes, path, error);
}

void
kwa_catalog_free (KwaCatalog *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->lengths, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self);
}

guint
kwa_catalog_get_n_messages (const KwaCatalog *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->messages);
}

/**
 * kwa_catalog_lookup:
 * @context: (nullable): the message's context (msgctxt), if it has one
 *
 * Returns: (nullable): the translation of @msgid, or %NULL when the
 *   catalogue has none (or an empty one); valid as long as @self
 */
const char *
kwa_catalog_lookup (const KwaCatalog *self,
                    const char       *context,
                    const char       *msgid)
{
  const char *translation;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (context != NULL)
    {
      g_autofree char *key = g_strconcat (context, CONTEXT_GLUE, msgid, NULL);

      translation = g_hash_table_lookup (self->messages, key);
    }
  else
    translation = g_hash_table_lookup (self->messages, msgid);

  return translation != NULL && *translation != '\0' ? translation : NULL;
}

/**
 * kwa_catalog_lookup_plural:
 *
 * Returns: (nullable): the form of the translation of @msgid that suits
 *   @n, or %NULL when the catalogue has none
 */
const char *
kwa_catalog_lookup_plural (const KwaCatalog *self,
                           const char       *msgid,
                           const char       *msgid_plural,
                           gulong            n)
{
  const char *forms, *end;
  guint index;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  forms = g_hash_table_lookup (self->messages, msgid);
  if (forms == NULL || *forms == '\0')
    return NULL;

  switch (self->plural_rule)
    {
    case PLURAL_ALWAYS_FIRST:
      index = 0;
      break;
    case PLURAL_MORE_THAN_ONE:
      index = n > 1;
      break;
    case PLURAL_NOT_ONE:
    default:
      index = n != 1;
      break;
    }
  index = MIN (index, self->n_plurals - 1);

  /* Walk the NUL-separated forms, never past the translation's end. */
  end = forms + GPOINTER_TO_UINT (g_hash_table_lookup (self->lengths, forms));
  for (; index > 0 && forms < end; index--)
    forms += strlen (forms) + 1;

  return index == 0 && forms < end && *forms != '\0' ? forms : NULL;
}

/**
 * kwa_catalog_find_msgid:
 * @text: words shown in some language
 *
 * Returns: (nullable): the English message @text is, or is the
 *   translation of; %NULL when it is neither (a date, a name from the
 *   exhibit). Valid as long as @self.
 */
const char *
kwa_catalog_find_msgid (const KwaCatalog *self,
                        const char       *text)
{
  gpointer msgid;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* The catalogue's own copy, which outlives the widget's text. */
  if (g_hash_table_lookup_extended (self->messages, text, &msgid, NULL))
    return msgid;
  return g_hash_table_lookup (self->sources, text);
}
