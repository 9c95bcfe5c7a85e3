/* kwa-exhibit-loader-members.c: members many records share — a span of
 * dates, a side, a confidence, a word from a list, a list of records
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-loader"

#include "config.h"

#include "kwa-exhibit-loader-private.h"

/* A span is inclusive, and never ends before it starts. */
void
kwa_exhibit_loader_check_span (KwaExhibitLoader *l,
                               const char       *end_key,
                               KwaDate           start,
                               KwaDate           end)
{
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (start == KWA_DATE_NONE || end == KWA_DATE_NONE || end >= start)
    return;

  start_text = kwa_date_to_iso (start);
  end_text = kwa_date_to_iso (end);
  kwa_json_cursor_report (&l->cursor, end_key, "%s is before the start, %s", end_text, start_text);
}

/* The start is always required; @end_need says whether "end" is. */
void
kwa_exhibit_loader_read_span (KwaExhibitLoader *l,
                              JsonObject       *object,
                              const char       *start_key,
                              KwaFieldNeed      end_need,
                              KwaDate          *out_start,
                              KwaDate          *out_end)
{
  kwa_json_cursor_read_member (&l->cursor, object, start_key, KWA_FIELD_REQUIRED, kwa_json_parse_date, out_start);
  if (kwa_json_cursor_read_member (&l->cursor, object, "end", end_need, kwa_json_parse_date, out_end))
    kwa_exhibit_loader_check_span (l, "end", *out_start, *out_end);
}

/* Returns the index of the member's word in @words, or -1. */
int
kwa_exhibit_loader_read_word (KwaExhibitLoader   *l,
                              JsonObject         *object,
                              const char         *key,
                              KwaFieldNeed        need,
                              const char * const *words)
{
  int index = -1;

  kwa_json_cursor_read_member (&l->cursor, object, key, need, kwa_json_parse_word,
                               &(KwaJsonWordChoice) { words, &index });

  return index;
}

/* A required side, "north" or "south" */
KwaSideId
kwa_exhibit_loader_read_side (KwaExhibitLoader *l,
                              JsonObject       *object,
                              const char       *key)
{
  int index = kwa_exhibit_loader_read_word (l, object, key, KWA_FIELD_REQUIRED, kwa_side_id_names);

  return index < 0 ? KWA_SIDE_SOUTH : (KwaSideId) index;
}

KwaConfidence
kwa_exhibit_loader_read_confidence (KwaExhibitLoader *l,
                                    JsonObject       *object)
{
  int index = kwa_exhibit_loader_read_word (l, object, "confidence", KWA_FIELD_OPTIONAL, kwa_confidence_names);

  return index < 0 ? KWA_CONFIDENCE_UNSTATED : (KwaConfidence) (index + 1);
}

/* A list of records (@element_size bytes each, read by @parse) into a new
 * array in @out_elements; FALSE, and nothing allocated, if @node is
 * not a list or holds too many items. */
gboolean
kwa_exhibit_loader_read_list (KwaJsonCursor    *cursor,
                              JsonNode         *node,
                              const char       *expected,
                              KwaJsonParseFunc  parse,
                              gsize             element_size,
                              gpointer         *out_elements,
                              guint            *out_length)
{
  JsonArray *array = kwa_json_cursor_expect_array (cursor, node, expected);
  guint length;

  if (array == NULL)
    return FALSE;

  length = json_array_get_length (array);
  if (length > KWA_EXHIBIT_MAX_ITEMS)
    {
      kwa_json_cursor_report (cursor, NULL, "%u items; at most %d are allowed", length, KWA_EXHIBIT_MAX_ITEMS);
      return FALSE;
    }

  *out_elements = g_malloc0_n (MAX (length, 1), element_size);
  *out_length = length;
  kwa_json_cursor_read_elements (cursor, array, length, parse, *out_elements, element_size);
  return TRUE;
}
