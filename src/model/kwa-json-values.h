/* kwa-json-values.h: the plain values of an exhibit file — texts in both
 * languages, ids, dates, numbers, words — read at a cursor
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-color.h"
#include "kwa-date.h"
#include "kwa-json-cursor.h"
#include "kwa-text.h"

G_BEGIN_DECLS

/* The parsers below are KwaJsonParseFunc, for kwa_json_cursor_read_member().
 * Where a value needs more than a destination (a range, a list of words),
 * @out is one of these, usually a compound literal at the call.
 */
typedef struct
{
  int  min;
  int  max;
  int *value;
} KwaJsonIntRange;

typedef struct
{
  double  min;
  double  max;
  double *value;
} KwaJsonNumberRange;

typedef struct
{
  const char * const *words;
  int                *index;  /* into @words; left alone if none fits */
} KwaJsonWordChoice;

const char *kwa_json_get_string             (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             const char    *expected);
gboolean    kwa_json_get_number             (JsonNode      *node,
                                             double        *out_value);

gboolean    kwa_json_parse_string           (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_string);
gboolean    kwa_json_parse_text             (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_text);
gboolean    kwa_json_parse_id               (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_id);
gboolean    kwa_json_parse_date             (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_date);
gboolean    kwa_json_parse_number           (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_value);
gboolean    kwa_json_parse_number_in_range  (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       range);
gboolean    kwa_json_parse_int_in_range     (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       range);
gboolean    kwa_json_parse_boolean          (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_value);
gboolean    kwa_json_parse_word             (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       choice);
gboolean    kwa_json_parse_color            (KwaJsonCursor *cursor,
                                             JsonNode      *node,
                                             gpointer       out_color);

G_END_DECLS
