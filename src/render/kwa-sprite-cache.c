/* kwa-sprite-cache.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-sprite-cache"

#include "config.h"

#include <string.h>

#include "kwa-sprite-cache.h"
#include "kwa-sprite-cache-private.h"

/* Small images of things a frame draws again and again the same: an
 * event's marker, a place's dot, the legend. Filling and stroking a
 * marker's three circles costs cairo more than the rest of its pixels;
 * painting the same pixels from an image costs one composite.
 *
 * A sprite is found by the bytes of its key (the caller's struct of what
 * makes it look as it does: sizes, colours; never a pointer to something
 * that changes) and its extent, in whole device pixels around its anchor.
 * The caller paints it with its anchor on a whole pixel, so what the
 * sprite holds is exactly what drawing it there would give. When the
 * cache is full it starts again: the set of sprites a map needs is small
 * and changes only with the view's size, theme or language. */

typedef struct
{
  guint8                *key;
  gsize                  key_size;
  cairo_rectangle_int_t  extent;
  cairo_font_options_t  *font_options;   /* NULL: none given */
  cairo_surface_t       *image;
} Sprite;

struct _KwaSpriteCache
{
  GArray *sprites;      /* Sprite */
  guint   max_sprites;
  gsize   n_bytes;      /* of the sprites' pixels */
  guint   n_draws;
};

static void
sprite_clear (Sprite *sprite)
{
  g_free (sprite->key);
  if (sprite->font_options != NULL)
    cairo_font_options_destroy (sprite->font_options);
  cairo_surface_destroy (sprite->image);
}

KwaSpriteCache *
kwa_sprite_cache_new (guint max_sprites)
{
  KwaSpriteCache *self;

  g_return_val_if_fail (max_sprites > 0, NULL);

  self = g_new0 (KwaSpriteCache, 1);
  self->sprites = g_array_new (FALSE, FALSE, sizeof (Sprite));
  g_array_set_clear_func (self->sprites, (GDestroyNotify) sprite_clear);
  self->max_sprites = max_sprites;

  return self;
}

void
kwa_sprite_cache_free (KwaSpriteCache *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->sprites);
  g_free (self);
}

static gboolean
sprite_matches (const Sprite                *sprite,
                gconstpointer                key,
                gsize                        key_size,
                const cairo_rectangle_int_t *extent,
                const cairo_font_options_t  *font_options)
{
  return sprite->key_size == key_size && memcmp (sprite->key, key, key_size) == 0 &&
         sprite->extent.x == extent->x && sprite->extent.y == extent->y &&
         sprite->extent.width == extent->width && sprite->extent.height == extent->height &&
         (sprite->font_options == NULL ? font_options == NULL
                                       : font_options != NULL &&
                                         cairo_font_options_equal (sprite->font_options, font_options));
}

/**
 * kwa_sprite_cache_lookup:
 * @key: what the sprite looks like, compared byte for byte: zero a key
 *   struct's padding before filling it in
 * @extent: the sprite's pixels, relative to its anchor
 * @font_options: (nullable): those of the target, for a sprite with text
 * @draw: draws the sprite around its anchor when it is not cached
 *
 * Returns: (transfer none): the sprite, an ARGB32 image @extent large,
 *   valid until the next lookup; its pixel (0, 0) goes at the anchor plus
 *   (@extent->x, @extent->y). %NULL for an empty or huge @extent.
 */
cairo_surface_t *
kwa_sprite_cache_lookup (KwaSpriteCache              *self,
                         gconstpointer                key,
                         gsize                        key_size,
                         const cairo_rectangle_int_t *extent,
                         const cairo_font_options_t  *font_options,
                         KwaSpriteDrawFunc            draw,
                         gpointer                     user_data)
{
  Sprite sprite;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL && key != NULL && extent != NULL && draw != NULL, NULL);

  if (extent->width <= 0 || extent->height <= 0 || extent->width > 4096 || extent->height > 4096)
    return NULL;

  for (guint i = 0; i < self->sprites->len; i++)
    {
      const Sprite *cached = &g_array_index (self->sprites, Sprite, i);

      if (sprite_matches (cached, key, key_size, extent, font_options))
        return cached->image;
    }

  /* Bounded by count and by bytes: a kiosk's legend, at twice the size
   * and different at every stop, makes sprites of half a megabyte, and
   * months of looping must not grow the cache past its bound. */
  if (self->sprites->len >= self->max_sprites ||
      self->n_bytes + (gsize) extent->width * extent->height * 4 > KWA_SPRITE_CACHE_MAX_BYTES)
    kwa_sprite_cache_clear (self);

  sprite.key = g_memdup2 (key, key_size);
  sprite.key_size = key_size;
  sprite.extent = *extent;
  /* Copied only for a sprite drawn: looking up allocates nothing. */
  sprite.font_options = font_options != NULL ? cairo_font_options_copy (font_options) : NULL;
  sprite.image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, extent->width, extent->height);

  cr = cairo_create (sprite.image);
  if (sprite.font_options != NULL)
    cairo_set_font_options (cr, sprite.font_options);
  cairo_translate (cr, -extent->x, -extent->y);
  draw (cr, key, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (sprite.image);
  self->n_draws++;

  g_array_append_val (self->sprites, sprite);
  self->n_bytes += (gsize) extent->width * extent->height * 4;

  return sprite.image;
}

/* Forgets every sprite: the caller's sizes changed. */
void
kwa_sprite_cache_clear (KwaSpriteCache *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->sprites, 0);
  self->n_bytes = 0;
}

/* How many sprites were drawn, not found: for tests of what is cached. */
guint
kwa_sprite_cache_get_n_draws (KwaSpriteCache *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_draws;
}
