/* kwa-event-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_EVENT_PANEL (kwa_event_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaEventPanel, kwa_event_panel, KWA, EVENT_PANEL, GtkWidget)

GtkWidget       *kwa_event_panel_new             (void);
KwaTimeline     *kwa_event_panel_get_timeline    (KwaEventPanel  *self);
void             kwa_event_panel_set_timeline    (KwaEventPanel  *self,
                                                  KwaTimeline    *timeline);
KwaMapDocument  *kwa_event_panel_get_document    (KwaEventPanel  *self);
void             kwa_event_panel_set_document    (KwaEventPanel  *self,
                                                  KwaMapDocument *document);
KwaLanguage      kwa_event_panel_get_language    (KwaEventPanel  *self);
void             kwa_event_panel_set_language    (KwaEventPanel  *self,
                                                  KwaLanguage     language);
const KwaEvent  *kwa_event_panel_get_event       (KwaEventPanel  *self);
GtkLabel        *kwa_event_panel_get_title_label (KwaEventPanel  *self);

G_END_DECLS
