/* kwa-json-values.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-json-values"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-exhibit.h"
#include "kwa-json-values.h"
#include "kwa-message-words.h"
#include "kwa-suggest.h"


/**
 * kwa_json_get_string:
 * @cursor: a cursor at @node
 * @node: a value that must be a text
 * @expected: what the text is, for the message when it is not one
 *
 * Returns: (nullable): @node's text, or %NULL (reported) if it is not a
 *   text or is too long
 */
const char *
kwa_json_get_string (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     const char    *expected)
{
  const char *text;
  gsize size;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      kwa_json_cursor_report_expected (cursor, expected, node);
      return NULL;
    }

  text = json_node_get_string (node);
  size = strlen (text);
  if (size > KWA_EXHIBIT_MAX_STRING_SIZE)
    {
      kwa_json_cursor_report (cursor, NULL, "the text is %" G_GSIZE_FORMAT " bytes long; at most %d bytes (64 KiB) are allowed",
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

/* @out_string: a char **, set to a copy of a text that is not blank */
gboolean
kwa_json_parse_string (KwaJsonCursor *cursor,
                       JsonNode      *node,
                       gpointer       out_string)
{
  const char *text = kwa_json_get_string (cursor, node, "a text in double quotes");

  if (text == NULL)
    return FALSE;

  if (is_blank (text))
    {
      kwa_json_cursor_report (cursor, NULL, "the text is empty");
      return FALSE;
    }

  *(char **) out_string = g_strdup (text);
  return TRUE;
}

/* Reads the text in the cursor's language @index from @object. */
static gboolean
parse_text_language (KwaJsonCursor *cursor,
                     JsonObject    *object,
                     guint          index,
                     KwaText       *text)
{
  KwaLanguage language = cursor->languages[index];
  const char *code = kwa_language_to_string (language);
  const char *name = cursor->language_names[index];
  JsonNode *node = json_object_get_member (object, code);
  const char *string;
  gsize mark;

  if (node == NULL)
    {
      /* The first language is what a visitor sees when another is
       * missing: without it there is nothing to fall back on. */
      if (index == 0)
        kwa_json_cursor_report (cursor, NULL, "the \"%s\" (%s) text is missing; every text needs the exhibit's first language",
                                code, name);
      else
        kwa_json_cursor_warn (cursor, NULL, "the \"%s\" (%s) text is missing; visitors reading %s see the \"%s\" text instead",
                              code, name, name, kwa_language_to_string (cursor->languages[0]));
      return index != 0;
    }

  mark = kwa_json_cursor_enter_key (cursor, code);
  string = kwa_json_get_string (cursor, node, "a text in double quotes");
  if (string != NULL && is_blank (string))
    kwa_json_cursor_report (cursor, NULL, "the \"%s\" (%s) text is empty", code, name);
  else if (string != NULL)
    kwa_text_set (text, language, string);
  kwa_json_cursor_leave (cursor, mark);

  return kwa_text_has (text, language);
}

/* Members of a text that are not the exhibit's languages: a language the
 * file forgot to list in meta.languages is said once, not at every text
 * written in it; anything else is an unknown key. */
static void
check_text_keys (KwaJsonCursor      *cursor,
                 JsonObject         *object,
                 const char * const *tags)
{
  g_autoptr(GList) members = NULL;
  guint n_listed = 0;

  /* Thousands of texts, nearly all in listed languages only: that is
   * known from a lookup per language (keys are unique), without copying
   * the list of members. */
  for (guint i = 0; tags[i] != NULL; i++)
    n_listed += json_object_has_member (object, tags[i]);
  if (n_listed == json_object_get_size (object))
    return;

  members = json_object_get_members (object);
  for (const GList *iter = members; iter != NULL; iter = iter->next)
    {
      const char *key = iter->data;
      g_autoptr(GString) listed = NULL;

      if (g_strv_contains (tags, key))
        continue;
      if (!kwa_language_tag_is_valid (key))
        {
          kwa_json_cursor_check_keys (cursor, object, tags);
          return;
        }
      if (cursor->unlisted_languages == NULL)
        cursor->unlisted_languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (!g_hash_table_add (cursor->unlisted_languages, g_strdup (key)))
        continue;
      listed = g_string_new (NULL);
      for (guint i = 0; tags[i] != NULL; i++)
        g_string_append_printf (listed, "%s\"%s\"", i > 0 ? ", " : "", tags[i]);
      kwa_json_cursor_report (cursor, NULL, "a text in \"%s\", which meta.languages does not list (it lists %s); "
                                "add the language there, or remove its texts (said once for all of them)",
                                key, listed->str);
    }
}

/* @out_text: a KwaText: a text in each of the exhibit's languages, of
 * which only the first is required */
gboolean
kwa_json_parse_text (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       out_text)
{
  KwaText *text = out_text;
  const char *keys[KWA_MAX_LANGUAGES + 1] = { NULL };
  g_autofree char *expected = NULL;
  JsonObject *object;
  gboolean usable = TRUE;

  g_return_val_if_fail (cursor->n_languages > 0 && cursor->n_languages <= KWA_MAX_LANGUAGES, FALSE);

  for (guint i = 0; i < cursor->n_languages; i++)
    keys[i] = kwa_language_to_string (cursor->languages[i]);
  /* What was expected is said only when it was not found: most of the
   * exhibit is texts, and this message would be made for each. */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      expected = g_strdup_printf ("a text in the exhibit's languages, {\"%s\": \"…\"%s}", keys[0],
                                  cursor->n_languages > 1 ? ", …" : "");
      kwa_json_cursor_expect_object (cursor, node, expected);
      return FALSE;
    }
  object = json_node_get_object (node);

  check_text_keys (cursor, object, keys);
  text->fallback = cursor->languages[0];
  for (guint i = 0; i < cursor->n_languages; i++)
    usable &= parse_text_language (cursor, object, i, text);

  return usable;
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

/* @out_id: a char **, set to a copy of a well-formed id */
gboolean
kwa_json_parse_id (KwaJsonCursor *cursor,
                   JsonNode      *node,
                   gpointer       out_id)
{
  const char *id = kwa_json_get_string (cursor, node, "an id in double quotes");

  if (id == NULL)
    return FALSE;

  if (!is_valid_id (id))
    {
      g_autofree char *quoted = kwa_message_quote (id);

      kwa_json_cursor_report (cursor, NULL, "%s is not a valid id (ids are lower-case letters and digits in words joined by single hyphens, like \"inchon-landing\")",
                              quoted);
      return FALSE;
    }

  *(char **) out_id = g_strdup (id);
  return TRUE;
}

/* @out_date: a KwaDate, from "YYYY-MM-DD" */
gboolean
kwa_json_parse_date (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       out_date)
{
  const char *text = kwa_json_get_string (cursor, node, "a date \"YYYY-MM-DD\"");
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
      *(KwaDate *) out_date = kwa_date_from_ymd (year, month, day);
      return TRUE;

    case KWA_DATE_PARSE_NO_SUCH_DAY:
      kwa_json_cursor_report (cursor, NULL, "%s is not a valid date (%04d-%02d has only %d days)",
                              quoted, year, month, kwa_date_days_in_month (year, month));
      return FALSE;

    case KWA_DATE_PARSE_OUT_OF_RANGE:
      kwa_json_cursor_report (cursor, NULL, "%s is out of range (dates must lie between %d and %d)",
                              quoted, KWA_DATE_MIN_YEAR, KWA_DATE_MAX_YEAR);
      return FALSE;

    case KWA_DATE_PARSE_MALFORMED:
    case KWA_DATE_PARSE_NO_SUCH_MONTH:
    default:
      kwa_json_cursor_report (cursor, NULL, "%s is not a valid date (expected YYYY-MM-DD)", quoted);
      return FALSE;
    }
}

/**
 * kwa_json_get_number:
 * @node: a value
 * @out_value: (out): the number, which may not be finite
 *
 * Takes integers, and whole numbers written as 2.0. Reports nothing, so
 * that a hundred thousand coordinates cost no messages until one is wrong.
 *
 * Returns: %TRUE if @node is a number
 */
gboolean
kwa_json_get_number (JsonNode *node,
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

/* @out_value: a double, which must be finite */
gboolean
kwa_json_parse_number (KwaJsonCursor *cursor,
                       JsonNode      *node,
                       gpointer       out_value)
{
  double *value = out_value;

  if (!kwa_json_get_number (node, value))
    {
      kwa_json_cursor_report_expected (cursor, "a number", node);
      return FALSE;
    }

  if (!isfinite (*value))
    {
      kwa_json_cursor_report (cursor, NULL, "the number is too large to use");
      return FALSE;
    }

  return TRUE;
}

/* @range: a KwaJsonNumberRange, whose limits are inclusive */
gboolean
kwa_json_parse_number_in_range (KwaJsonCursor *cursor,
                                JsonNode      *node,
                                gpointer       range)
{
  const KwaJsonNumberRange *limits = range;
  double *value = limits->value;

  if (!kwa_json_get_number (node, value) || !isfinite (*value) ||
      *value < limits->min || *value > limits->max)
    {
      g_autofree char *expected = g_strdup_printf ("a number from %g to %g", limits->min, limits->max);

      kwa_json_cursor_report_expected (cursor, expected, node);
      return FALSE;
    }

  return TRUE;
}

/* @range: a KwaJsonIntRange, whose limits are inclusive */
gboolean
kwa_json_parse_int_in_range (KwaJsonCursor *cursor,
                             JsonNode      *node,
                             gpointer       range)
{
  const KwaJsonIntRange *limits = range;
  double value;

  if (!kwa_json_get_number (node, &value) || value != floor (value) || value < limits->min || value > limits->max)
    {
      g_autofree char *expected = g_strdup_printf ("an integer from %d to %d", limits->min, limits->max);

      kwa_json_cursor_report_expected (cursor, expected, node);
      return FALSE;
    }

  *limits->value = (int) value;
  return TRUE;
}

/* @out_value: a gboolean */
gboolean
kwa_json_parse_boolean (KwaJsonCursor *cursor,
                        JsonNode      *node,
                        gpointer       out_value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      kwa_json_cursor_report_expected (cursor, "true or false", node);
      return FALSE;
    }

  *(gboolean *) out_value = json_node_get_boolean (node);
  return TRUE;
}

/* @choice: a KwaJsonWordChoice; a near miss gets a suggestion */
gboolean
kwa_json_parse_word (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       choice)
{
  const KwaJsonWordChoice *word_choice = choice;
  const char * const *words = word_choice->words;
  g_autofree char *alternatives = kwa_message_join_alternatives (words);
  g_autofree char *expected = NULL;
  g_autofree char *quoted = NULL;
  const char *suggestion;
  const char *text;

  expected = g_strv_length ((char **) words) > 2 ? g_strdup_printf ("one of %s", alternatives)
                                                  : g_strdup (alternatives);
  text = kwa_json_get_string (cursor, node, expected);
  if (text == NULL)
    return FALSE;

  for (int i = 0; words[i] != NULL; i++)
    {
      if (strcmp (text, words[i]) == 0)
        {
          *word_choice->index = i;
          return TRUE;
        }
    }

  quoted = kwa_message_quote (text);
  suggestion = kwa_suggest_word (text, words);
  if (suggestion != NULL)
    kwa_json_cursor_report (cursor, NULL, "expected %s, found %s (did you mean \"%s\"?)", expected, quoted, suggestion);
  else
    kwa_json_cursor_report (cursor, NULL, "expected %s, found %s", expected, quoted);

  return FALSE;
}

/* @out_color: a KwaColor, from "#rrggbb" */
gboolean
kwa_json_parse_color (KwaJsonCursor *cursor,
                      JsonNode      *node,
                      gpointer       out_color)
{
  const char *expected = "a colour \"#rrggbb\"";
  const char *text = kwa_json_get_string (cursor, node, expected);

  if (text == NULL)
    return FALSE;

  if (!kwa_color_parse (text, out_color))
    {
      kwa_json_cursor_report_expected (cursor, expected, node);
      return FALSE;
    }

  return TRUE;
}
