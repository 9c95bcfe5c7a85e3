/* kwa-event-panel-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-event-panel.h"

G_BEGIN_DECLS

GtkLabel       *kwa_event_panel_get_title_label (KwaEventPanel *self);
GtkWidget      *kwa_event_panel_get_media_gallery (KwaEventPanel *self);

G_END_DECLS
