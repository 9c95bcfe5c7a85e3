/* kwa-sprite-cache-private.h: what tests look at inside, which the app never needs
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-sprite-cache.h"

G_BEGIN_DECLS

guint            kwa_sprite_cache_get_n_draws (KwaSpriteCache         *self);
gsize            kwa_sprite_cache_get_n_bytes (KwaSpriteCache         *self);

G_END_DECLS
