/* kwa-exhibit-loader-members.c: members many records share — a span of
 * dates, a side, a confidence, a word from a list
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
