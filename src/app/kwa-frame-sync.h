/* kwa-frame-sync.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     kwa_frame_sync_follow_window_manager (GtkWindow *window);
gboolean kwa_frame_sync_is_enabled            (GtkWindow *window);

G_END_DECLS
