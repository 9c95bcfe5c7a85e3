/* kwa-renderer-choice.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        kwa_renderer_choice_before_display (void);
void        kwa_renderer_choice_after_display  (GdkDisplay *display);
const char *kwa_renderer_choice_get_reason     (void);
const char *kwa_renderer_choice_get_name       (GtkWidget  *widget);
gboolean    kwa_renderer_choice_is_software_gl (const char *gl_renderer);

G_END_DECLS
