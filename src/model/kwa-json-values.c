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

static const char * const text_keys[] = { "en", "ko", NULL };

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

static gboolean
parse_text_language (KwaJsonCursor  *cursor,
                     JsonObject     *object,
                     const char     *code,
                     const char     *language_name,
                     char          **out_string)
{
  JsonNode *node = json_object_get_member (object, code);
  const char *text;
  gsize mark;

  if (node == NULL)
    {
      kwa_json_cursor_report (cursor, NULL, "the %s (\"%s\") text is missing", language_name, code);
      return FALSE;
    }

  mark = kwa_json_cursor_enter_key (cursor, code);
  text = kwa_json_get_string (cursor, node, "a text in double quotes");
  if (text != NULL && is_blank (text))
    kwa_json_cursor_report (cursor, NULL, "the %s text is empty", language_name);
  else if (text != NULL)
    *out_string = g_strdup (text);
  kwa_json_cursor_leave (cursor, mark);

  return *out_string != NULL;
}

/* @out_text: a KwaText, which every exhibit text is: English and Korean */
gboolean
kwa_json_parse_text (KwaJsonCursor *cursor,
                     JsonNode      *node,
                     gpointer       out_text)
{
  KwaText *text = out_text;
  JsonObject *object = kwa_json_cursor_expect_object (cursor, node, "a text in both languages, {\"en\": \"…\", \"ko\": \"…\"}");
  gboolean has_en;
  gboolean has_ko;

  if (object == NULL)
    return FALSE;

  kwa_json_cursor_check_keys (cursor, object, text_keys);
  has_en = parse_text_language (cursor, object, "en", "English", &text->en);
  has_ko = parse_text_language (cursor, object, "ko", "Korean", &text->ko);

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
