/* kwa-sprite-cache.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The most pixel bytes the cache keeps before it starts again. */
#define KWA_SPRITE_CACHE_MAX_BYTES (8 * 1024 * 1024)

/* Draws a sprite's content around (0, 0), its anchor. */
typedef void (*KwaSpriteDrawFunc) (cairo_t       *cr,
                                   gconstpointer  key,
                                   gpointer       user_data);

typedef struct _KwaSpriteCache KwaSpriteCache;

KwaSpriteCache  *kwa_sprite_cache_new    (guint                        max_sprites);
void             kwa_sprite_cache_free   (KwaSpriteCache              *self);
cairo_surface_t *kwa_sprite_cache_lookup (KwaSpriteCache              *self,
                                          gconstpointer                key,
                                          gsize                        key_size,
                                          const cairo_rectangle_int_t *extent,
                                          const cairo_font_options_t  *font_options,
                                          KwaSpriteDrawFunc            draw,
                                          gpointer                     user_data);
void             kwa_sprite_cache_clear  (KwaSpriteCache              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaSpriteCache, kwa_sprite_cache_free)

G_END_DECLS
