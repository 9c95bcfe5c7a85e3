/* kwa-holding-editor.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-exhibit-draft.h"

G_BEGIN_DECLS

#define KWA_TYPE_HOLDING_EDITOR (kwa_holding_editor_get_type ())

G_DECLARE_FINAL_TYPE (KwaHoldingEditor, kwa_holding_editor, KWA, HOLDING_EDITOR, AdwBin)

GtkWidget *kwa_holding_editor_new        (void);
void       kwa_holding_editor_set_draft  (KwaHoldingEditor *self,
                                          KwaExhibitDraft  *draft);
void       kwa_holding_editor_set_place  (KwaHoldingEditor *self,
                                          const char       *place_id,
                                          const char       *name);
const char *kwa_holding_editor_get_place (KwaHoldingEditor *self);
GtkListBox *kwa_holding_editor_get_list  (KwaHoldingEditor *self);
gboolean   kwa_holding_editor_add_change (KwaHoldingEditor *self,
                                          const char       *date,
                                          const char       *holder,
                                          const char       *sources);

G_END_DECLS
