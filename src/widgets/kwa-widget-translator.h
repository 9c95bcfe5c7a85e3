/* kwa-widget-translator.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"

G_BEGIN_DECLS

void kwa_widget_translator_translate            (GtkWidget   *root,
                                                 KwaLanguage  language);
void kwa_widget_translator_set_accessible_label (GtkWidget   *widget,
                                                 const char  *msgid);

/* A template child (by its id) and its screen reader's label. */
typedef struct
{
  const char *child_id;
  const char *msgid;
} KwaAccessibleLabel;

void kwa_widget_translator_label_template_children (GtkWidget                *template_root,
                                                    const KwaAccessibleLabel *labels,
                                                    guint                     n_labels);

G_END_DECLS
