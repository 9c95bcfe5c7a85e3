/* kwa-situation-panel-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-situation-panel.h"

G_BEGIN_DECLS

GtkLabel  *kwa_situation_panel_get_share_label (KwaSituationPanel *self,
                                                KwaSideId          side);

G_END_DECLS
