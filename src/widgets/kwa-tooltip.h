/* kwa-tooltip.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *kwa_tooltip_label_new (void);

void kwa_tooltip_set_markup (GtkTooltip *tooltip,
                             GtkWidget  *owner,
                             const char *markup);
void kwa_tooltip_set_text   (GtkTooltip *tooltip,
                             GtkWidget  *owner,
                             const char *text);

G_END_DECLS
