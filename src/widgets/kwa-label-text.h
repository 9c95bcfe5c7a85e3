/* kwa-label-text.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       kwa_label_set_text_wrapped (GtkLabel   *label,
                                       const char *text);
void       kwa_label_set_markup_wrapped (GtkLabel *label,
                                         const char *markup);
GtkWidget *kwa_label_new_wrapped      (const char *text,
                                       const char *css_class);
void       kwa_label_keep_words_whole (GtkLabel   *label);

G_END_DECLS
