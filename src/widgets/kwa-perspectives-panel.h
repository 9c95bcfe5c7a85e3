/* kwa-perspectives-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-panel.h"

G_BEGIN_DECLS

#define KWA_TYPE_PERSPECTIVES_PANEL (kwa_perspectives_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaPerspectivesPanel, kwa_perspectives_panel, KWA, PERSPECTIVES_PANEL, KwaPanel)

GtkWidget *kwa_perspectives_panel_new          (void);
guint      kwa_perspectives_panel_get_n_items  (KwaPerspectivesPanel *self);
void       kwa_perspectives_panel_set_expanded (KwaPerspectivesPanel *self,
                                                guint                 index,
                                                gboolean              expanded);

G_END_DECLS
