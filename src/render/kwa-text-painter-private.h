/* kwa-text-painter-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-text-painter.h"

G_BEGIN_DECLS

guint kwa_shaped_text_get_n_images (KwaShapedText *text);

G_END_DECLS
