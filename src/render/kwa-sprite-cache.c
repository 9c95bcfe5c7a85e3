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
 * sprite holds is exactly what drawing it there would give.
 *
 * When the cache is full, the sprites least recently used go: a frame's
 * markers stay while what it no longer shows makes room. Big sprites (a
 * legend) are kept two at most: the legend changes with the day and, in
 * a kiosk, at every stop, and a legend of a day long past is 0.3 MB (at
 * 4K) that nothing will show again soon; two spare a scrub back and forth
 * across the day the legend changed. */

/* A marker or a label's symbol is a few kilobytes; a legend, hundreds. */
#define BIG_SPRITE_BYTES (64 * 1024)
#define MAX_BIG_SPRITES 2

typedef struct
{
  guint8                *key;
  gsize                  key_size;
  cairo_rectangle_int_t  extent;
  cairo_font_options_t  *font_options;   /* NULL: none given */
  cairo_surface_t       *image;
  guint64                last_used;      /* the cache's lookups then */
} Sprite;

struct _KwaSpriteCache
{
  GArray *sprites;      /* Sprite */
  guint   max_sprites;
  gsize   n_bytes;      /* of the sprites' pixels */
  guint64 n_lookups;
  guint   n_draws;
};

static gsize
sprite_bytes (const cairo_rectangle_int_t *extent)
{
  return (gsize) extent->width * extent->height * 4;
}

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

static gboolean
is_big (const Sprite *sprite)
{
  return sprite_bytes (&sprite->extent) >= BIG_SPRITE_BYTES;
}

static guint
count_big (KwaSpriteCache *self)
{
  guint n = 0;

  for (guint i = 0; i < self->sprites->len; i++)
    n += is_big (&g_array_index (self->sprites, Sprite, i));
  return n;
}

/* Forgets the sprite least recently used, among the big ones only if
 * @big_only; FALSE if there was none. */
static gboolean
forget_least_used (KwaSpriteCache *self,
                   gboolean        big_only)
{
  guint oldest = G_MAXUINT;

  for (guint i = 0; i < self->sprites->len; i++)
    {
      const Sprite *sprite = &g_array_index (self->sprites, Sprite, i);

      if (big_only && !is_big (sprite))
        continue;
      if (oldest == G_MAXUINT || sprite->last_used < g_array_index (self->sprites, Sprite, oldest).last_used)
        oldest = i;
    }
  if (oldest == G_MAXUINT)
    return FALSE;

  self->n_bytes -= sprite_bytes (&g_array_index (self->sprites, Sprite, oldest).extent);
  g_array_remove_index_fast (self->sprites, oldest);

  return TRUE;
}

/* Bounded by count, by bytes and by big sprites: months of a kiosk's
 * looping must not grow the cache past its bound. */
static void
make_room (KwaSpriteCache *self,
           gsize           bytes)
{
  if (bytes >= BIG_SPRITE_BYTES)
    while (count_big (self) >= MAX_BIG_SPRITES && forget_least_used (self, TRUE))
      ;

  while ((self->sprites->len >= self->max_sprites || self->n_bytes + bytes > KWA_SPRITE_CACHE_MAX_BYTES) &&
         forget_least_used (self, FALSE))
    ;
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
 *   valid until the next lookup (which may forget it); its pixel (0, 0)
 *   goes at the anchor plus (@extent->x, @extent->y). %NULL for an empty
 *   or huge @extent.
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
        {
          g_array_index (self->sprites, Sprite, i).last_used = ++self->n_lookups;
          return cached->image;
        }
    }

  make_room (self, sprite_bytes (extent));

  sprite.key = g_memdup2 (key, key_size);
  sprite.key_size = key_size;
  sprite.extent = *extent;
  /* Copied only for a sprite drawn: looking up allocates nothing. */
  sprite.font_options = font_options != NULL ? cairo_font_options_copy (font_options) : NULL;
  sprite.image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, extent->width, extent->height);
  sprite.last_used = ++self->n_lookups;

  cr = cairo_create (sprite.image);
  if (sprite.font_options != NULL)
    cairo_set_font_options (cr, sprite.font_options);
  cairo_translate (cr, -extent->x, -extent->y);
  draw (cr, key, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (sprite.image);
  self->n_draws++;

  g_array_append_val (self->sprites, sprite);
  self->n_bytes += sprite_bytes (extent);

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

/* For tests: the bytes of the sprites' pixels held. */
gsize
kwa_sprite_cache_get_n_bytes (KwaSpriteCache *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_bytes;
}
