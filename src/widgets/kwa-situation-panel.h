/* kwa-situation-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-panel.h"

G_BEGIN_DECLS

#define KWA_TYPE_SITUATION_PANEL (kwa_situation_panel_get_type ())

G_DECLARE_FINAL_TYPE (KwaSituationPanel, kwa_situation_panel, KWA, SITUATION_PANEL, KwaPanel)

GtkWidget *kwa_situation_panel_new             (void);

G_END_DECLS
