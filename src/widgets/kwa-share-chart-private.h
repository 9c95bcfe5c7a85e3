/* kwa-share-chart-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-share-chart.h"

G_BEGIN_DECLS

gboolean        kwa_share_chart_is_complete  (KwaShareChart  *self);
guint           kwa_share_chart_get_n_samples (KwaShareChart *self);

G_END_DECLS
