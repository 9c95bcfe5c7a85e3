/* kwa-perspectives-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_PERSPECTIVES_PANEL (kwa_perspectives_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaPerspectivesPanel, kwa_perspectives_panel, KWA, PERSPECTIVES_PANEL, GtkWidget)

GtkWidget      *kwa_perspectives_panel_new             (void);
KwaTimeline    *kwa_perspectives_panel_get_timeline    (KwaPerspectivesPanel *self);
void            kwa_perspectives_panel_set_timeline    (KwaPerspectivesPanel *self,
                                                        KwaTimeline          *timeline);
KwaMapDocument *kwa_perspectives_panel_get_document    (KwaPerspectivesPanel *self);
void            kwa_perspectives_panel_set_document    (KwaPerspectivesPanel *self,
                                                        KwaMapDocument       *document);
KwaLanguage     kwa_perspectives_panel_get_language    (KwaPerspectivesPanel *self);
void            kwa_perspectives_panel_set_language    (KwaPerspectivesPanel *self,
                                                        KwaLanguage           language);
guint           kwa_perspectives_panel_get_n_items     (KwaPerspectivesPanel *self);
void            kwa_perspectives_panel_set_expanded    (KwaPerspectivesPanel *self,
                                                        guint                 index,
                                                        gboolean              expanded);

G_END_DECLS
