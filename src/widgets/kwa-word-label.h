/* kwa-word-label.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KWA_TYPE_WORD_LABEL (kwa_word_label_get_type ())

G_DECLARE_FINAL_TYPE (KwaWordLabel, kwa_word_label, KWA, WORD_LABEL, GtkWidget)

GtkWidget  *kwa_word_label_new              (void);
void        kwa_word_label_set_text         (KwaWordLabel *self,
                                             const char   *text);
const char *kwa_word_label_get_text         (KwaWordLabel *self);
void        kwa_word_label_set_width        (KwaWordLabel *self,
                                             int           width);
guint       kwa_word_label_get_pieces_shaped (KwaWordLabel *self);

G_END_DECLS
