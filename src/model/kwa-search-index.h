/* kwa-search-index.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit.h"

G_BEGIN_DECLS

typedef enum
{
  KWA_SEARCH_EVENT,
  KWA_SEARCH_PLACE,
  KWA_SEARCH_MOVEMENT,
  KWA_SEARCH_LEADER,
} KwaSearchKind;

/* How well a record matches: every word in its title (or name), in its
 * place's name, or somewhere in its text. Lower is better. */
typedef enum
{
  KWA_SEARCH_RANK_TITLE,
  KWA_SEARCH_RANK_PLACE,
  KWA_SEARCH_RANK_TEXT,
  KWA_SEARCH_RANK_NONE,
} KwaSearchRank;

/* One record of the exhibit, as search sees it, in every language. */
typedef struct
{
  KwaSearchKind  kind;
  gconstpointer  record;     /* a KwaEvent, KwaPlace, KwaMovement or KwaLeader */
  KwaDate        start;      /* the span a date asked for must meet; NONE: no dates */
  KwaDate        end;
  char          *title[KWA_MAX_LANGUAGES];   /* casefolded */
  char          *place[KWA_MAX_LANGUAGES];   /* casefolded */
  char          *text[KWA_MAX_LANGUAGES];    /* casefolded */
  char          *shown_text[KWA_MAX_LANGUAGES];  /* the text as written, for snippets */
} KwaSearchEntry;

typedef struct _KwaSearchQuery KwaSearchQuery;
typedef struct _KwaSearchIndex KwaSearchIndex;

KwaSearchQuery       *kwa_search_query_new        (const char           *text);
void                  kwa_search_query_free       (KwaSearchQuery       *self);
gboolean              kwa_search_query_is_empty   (const KwaSearchQuery *self);
KwaSearchRank         kwa_search_query_rank       (const KwaSearchQuery *self,
                                                   const KwaSearchEntry *entry,
                                                   KwaLanguage          *found_in);
char                 *kwa_search_query_snippet    (const KwaSearchQuery *self,
                                                   const KwaSearchEntry *entry,
                                                   KwaLanguage           language);

KwaSearchIndex       *kwa_search_index_new        (KwaExhibit           *exhibit);
void                  kwa_search_index_free       (KwaSearchIndex       *self);
guint                 kwa_search_index_get_n_entries (KwaSearchIndex    *self);
const KwaSearchEntry *kwa_search_index_get_entry  (KwaSearchIndex       *self,
                                                   guint                 index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaSearchQuery, kwa_search_query_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaSearchIndex, kwa_search_index_free)

G_END_DECLS
