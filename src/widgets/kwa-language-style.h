/* kwa-language-style.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-language.h"

G_BEGIN_DECLS

void kwa_language_style_apply (GtkWidget   *widget,
                               KwaLanguage  language);

G_END_DECLS
