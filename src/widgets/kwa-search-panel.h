/* kwa-search-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-panel.h"

G_BEGIN_DECLS

#define KWA_TYPE_SEARCH_PANEL (kwa_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaSearchPanel, kwa_search_panel, KWA, SEARCH_PANEL, KwaPanel)

GtkWidget  *kwa_search_panel_new           (void);
gboolean    kwa_search_panel_get_kiosk     (KwaSearchPanel *self);
void        kwa_search_panel_set_kiosk     (KwaSearchPanel *self,
                                            gboolean        kiosk);
const char *kwa_search_panel_get_query     (KwaSearchPanel *self);
void        kwa_search_panel_set_query     (KwaSearchPanel *self,
                                            const char     *query);
guint       kwa_search_panel_get_n_results (KwaSearchPanel *self);

gboolean    kwa_search_matches             (const KwaEvent *event,
                                            const char     *query,
                                            KwaLanguage     language);

G_END_DECLS
