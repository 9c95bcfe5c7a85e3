/* kwa-curator-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-exhibit-draft.h"
#include "kwa-holding-editor.h"
#include "kwa-language.h"
#include "kwa-problem-list.h"
#include "kwa-vertex-editor.h"

G_BEGIN_DECLS

#define KWA_TYPE_CURATOR_PANEL (kwa_curator_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaCuratorPanel, kwa_curator_panel, KWA, CURATOR_PANEL, AdwBin)

GtkWidget        *kwa_curator_panel_new                (void);
void              kwa_curator_panel_set_draft          (KwaCuratorPanel    *self,
                                                        KwaExhibitDraft    *draft);
void              kwa_curator_panel_set_day            (KwaCuratorPanel    *self,
                                                        KwaDate             day,
                                                        KwaLanguage         language);
void              kwa_curator_panel_set_vertex         (KwaCuratorPanel    *self,
                                                        const KwaVertexRef *vertex);
void              kwa_curator_panel_set_front_fields   (KwaCuratorPanel    *self,
                                                        const char         *notes_en,
                                                        const char         *notes_ko,
                                                        const char         *sources);
KwaHoldingEditor *kwa_curator_panel_get_holding_editor (KwaCuratorPanel    *self);
KwaProblemList   *kwa_curator_panel_get_problem_list   (KwaCuratorPanel    *self);

G_END_DECLS
