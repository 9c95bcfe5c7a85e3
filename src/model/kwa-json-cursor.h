/* kwa-json-cursor.h: where the loader is in the JSON tree, and what it
 * reports there
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "kwa-language.h"
#include "kwa-problem-log.h"

G_BEGIN_DECLS

typedef enum
{
  KWA_FIELD_OPTIONAL,
  KWA_FIELD_REQUIRED,
} KwaFieldNeed;

/* Every problem names its JSON path, e.g. "events[12].quote.speaker.ko":
 * json-glib 1.6 keeps no positions for nodes, and a path survives
 * reformatting the file anyway. The cursor keeps that path as the reader
 * walks down the tree, and files problems under it.
 */
typedef struct
{
  KwaProblemLog     *log;   /* borrowed */
  GString           *path;  /* owned */
  /* The exhibit's languages, which every text is read in: borrowed, set
   * once meta.languages is read. The first is required of every text. */
  const KwaLanguage *languages;
  char * const      *language_names;
  guint              n_languages;
  /* Tags texts are written in that meta.languages does not list, each
   * reported once; owned, created when the first is found. */
  GHashTable        *unlisted_languages;
} KwaJsonCursor;

/* Reads @node into @out, reporting what is wrong with it at the cursor.
 * Returns FALSE if it was not usable.
 */
typedef gboolean (*KwaJsonParseFunc) (KwaJsonCursor *cursor,
                                      JsonNode      *node,
                                      gpointer       out);

void        kwa_json_cursor_init            (KwaJsonCursor      *cursor,
                                             KwaProblemLog      *log);
void        kwa_json_cursor_clear           (KwaJsonCursor      *cursor);

gsize       kwa_json_cursor_enter_key       (KwaJsonCursor      *cursor,
                                             const char         *key);
gsize       kwa_json_cursor_enter_index     (KwaJsonCursor      *cursor,
                                             guint               index);
void        kwa_json_cursor_leave           (KwaJsonCursor      *cursor,
                                             gsize               mark);

void        kwa_json_cursor_report          (KwaJsonCursor      *cursor,
                                             const char         *key,
                                             const char         *format,
                                             ...) G_GNUC_PRINTF (3, 4);
void        kwa_json_cursor_warn            (KwaJsonCursor      *cursor,
                                             const char         *key,
                                             const char         *format,
                                             ...) G_GNUC_PRINTF (3, 4);
void        kwa_json_cursor_report_expected (KwaJsonCursor      *cursor,
                                             const char         *expected,
                                             JsonNode           *node);

JsonObject *kwa_json_cursor_expect_object   (KwaJsonCursor      *cursor,
                                             JsonNode           *node,
                                             const char         *expected);
JsonArray  *kwa_json_cursor_expect_array    (KwaJsonCursor      *cursor,
                                             JsonNode           *node,
                                             const char         *expected);
void        kwa_json_cursor_check_keys      (KwaJsonCursor      *cursor,
                                             JsonObject         *object,
                                             const char * const *allowed);

JsonNode   *kwa_json_cursor_enter_member    (KwaJsonCursor      *cursor,
                                             JsonObject         *object,
                                             const char         *key,
                                             KwaFieldNeed        need,
                                             gsize              *out_mark);
gboolean    kwa_json_cursor_read_member     (KwaJsonCursor      *cursor,
                                             JsonObject         *object,
                                             const char         *key,
                                             KwaFieldNeed        need,
                                             KwaJsonParseFunc    parse,
                                             gpointer            out);
void        kwa_json_cursor_read_elements   (KwaJsonCursor      *cursor,
                                             JsonArray          *array,
                                             guint               n_elements,
                                             KwaJsonParseFunc    parse,
                                             gpointer            elements,
                                             gsize               element_size);

G_END_DECLS
