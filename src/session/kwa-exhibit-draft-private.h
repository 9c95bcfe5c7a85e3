/* kwa-exhibit-draft-private.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit-draft.h"

G_BEGIN_DECLS

struct _KwaExhibitDraft
{
  GObject         parent_instance;

  GFile          *file;
  JsonNode       *root;
  GPtrArray      *undo;        /* of Change, the last done last */
  GPtrArray      *redo;        /* of Change, the next to redo last */
  gboolean        modified;

  KwaMapDocument *document;    /* the last draft that loaded */
  GPtrArray      *problems;    /* of KwaProblem: errors and disagreements */
  GPtrArray      *warnings;    /* of KwaProblem: what a valid draft lacks */
  guint           generation;  /* bumped by each edit */
  gboolean        checking;
  gboolean        check_again; /* an edit came while a check ran */
  GCancellable   *cancellable;
};

void kwa_exhibit_draft_begin_edit (KwaExhibitDraft *self,
                                   const char      *member);
void kwa_exhibit_draft_end_edit   (KwaExhibitDraft *self);
/* A record's day: "date" (fronts, events, changes of hands) or "start"
 * (enclaves); KWA_DATE_NONE if it has none. */
KwaDate kwa_exhibit_draft_record_date (JsonObject *record);

G_END_DECLS
