/* kwa-situation-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_SITUATION_PANEL (kwa_situation_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaSituationPanel, kwa_situation_panel, KWA, SITUATION_PANEL, GtkWidget)

GtkWidget      *kwa_situation_panel_new             (void);
KwaTimeline    *kwa_situation_panel_get_timeline    (KwaSituationPanel *self);
void            kwa_situation_panel_set_timeline    (KwaSituationPanel *self,
                                                     KwaTimeline       *timeline);
KwaMapDocument *kwa_situation_panel_get_document    (KwaSituationPanel *self);
void            kwa_situation_panel_set_document    (KwaSituationPanel *self,
                                                     KwaMapDocument    *document);
KwaLanguage     kwa_situation_panel_get_language    (KwaSituationPanel *self);
void            kwa_situation_panel_set_language    (KwaSituationPanel *self,
                                                     KwaLanguage        language);
GtkLabel       *kwa_situation_panel_get_share_label (KwaSituationPanel *self,
                                                     KwaSideId          side);

G_END_DECLS
