/* kwa-label-text.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"

G_BEGIN_DECLS

void       kwa_label_set_text_in (GtkLabel    *label,
                                  const char  *text,
                                  KwaLanguage  language);
GtkWidget *kwa_label_new_in      (const char  *text,
                                  KwaLanguage  language,
                                  const char  *css_class);

G_END_DECLS
