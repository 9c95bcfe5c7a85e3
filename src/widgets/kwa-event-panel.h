/* kwa-event-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-panel.h"

G_BEGIN_DECLS

#define KWA_TYPE_EVENT_PANEL (kwa_event_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaEventPanel, kwa_event_panel, KWA, EVENT_PANEL, KwaPanel)

GtkWidget      *kwa_event_panel_new             (void);
const KwaEvent *kwa_event_panel_get_event       (KwaEventPanel *self);
void            kwa_event_panel_set_kiosk (KwaEventPanel *self,
                                           gboolean       kiosk);
void            kwa_event_panel_show_record (KwaEventPanel *self,
                                             int            kind,
                                             gconstpointer  record);
gconstpointer   kwa_event_panel_get_record  (KwaEventPanel *self,
                                             int           *kind);

G_END_DECLS
