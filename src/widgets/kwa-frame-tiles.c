/* kwa-frame-tiles.c: a frame's pixels as render nodes, new only where they changed
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-frame-tiles"

#include "config.h"

#include <string.h>

#include "kwa-frame-tiles.h"

/* The map view draws each frame into an image, in the renderer's fast
 * path; GTK then has to put those pixels on screen. Handed over whole, a
 * 4K frame is 33 MB that GTK's renderer copies, clears round and uploads
 * every frame, which alone takes longer than a frame at 60 Hz.
 *
 * So the frame is cut into tiles, each a render node of its own. A tile
 * whose pixels are the same as last frame's appends the very same node;
 * GTK's render node diff sees the same node and repaints none of it.
 * Scrubbing a day at a time, most of the map (the sea, the far north, the
 * settled coast) stays as it was and only the tiles the front, the
 * arrows and the date card cross are sent again: a few dozen of 510 at 4K.
 *
 * Which pixels changed is told, not searched for: the renderer says which
 * cells it drew again (kwa_map_renderer_draw_changes()), and only those
 * are read, each to a 64-bit hash compared with the one it had, so that
 * the legend and the labels, drawn again the same, are not sent again.
 * Comparing every pixel with a copy of the last frame took a fifth of a
 * 4K frame's time, and the copy 33 MB.
 *
 * The node's kind suits the renderer. GTK 4.8's cairo renderer draws every
 * node of the tree, clipped to the damage: a texture node would copy its
 * pixels out each time, a cairo node painting an image costs nothing
 * outside the clip. That image is a view of the frame's own pixels, a
 * surface of its own over them: the frame is drawn in place, and cairo,
 * which copies a surface its recordings use as soon as that surface is
 * drawn on, never sees the view drawn on. GL renderers redraw every node
 * but keep each texture's upload, so there a tile is a texture of a copy. */

/* Device pixels a side (KWA_FRAME_TILE_SIZE): GTK repaints a changed
 * tile whole, so the tiles are small enough that a moving front, a unit's
 * label or the date card send a narrow strip, yet few enough (510 at 4K,
 * 135 at 1080p) that GTK's diff of the nodes costs nothing to speak of.
 * 128 against 256 (2026-12-07, Xvfb, three runs each, alternated): window
 * scrub work p95 at 1080p from the start 2.7-3.0 ms against 3.1-3.7, from
 * 20 June 1950 5.4-5.8 against 5.9-6.0. A whole number of the renderer's
 * cells. */
#define TILE_SIZE KWA_FRAME_TILE_SIZE
G_STATIC_ASSERT (TILE_SIZE % KWA_DAMAGE_CELL == 0);

/* Each tile also carries the first columns and rows of its neighbours, drawn
 * again under them: pixel for pixel the same where the view is shown as it
 * is, but where the window is drawn scaled (the presenter's live picture
 * of the projector) the filtered edges of two tiles then overlap instead
 * of fading to a hairline seam between them. */
#define TILE_BLEED 4

G_STATIC_ASSERT (G_BYTE_ORDER == G_LITTLE_ENDIAN);

typedef struct
{
  cairo_surface_t *pixels;   /* a view of the frame's pixels, or (textures) a copy */
  GskRenderNode   *node;     /* showing pixels */
  gboolean         changed;  /* in this update */
} Tile;

struct _KwaFrameTiles
{
  cairo_surface_t *image;        /* the frame: compared, never used (the views own it) */
  guchar          *data;
  int              width, height;  /* of the frame, in device pixels */
  double           scale;          /* device pixels per view pixel */
  gboolean         textures;       /* tiles as texture nodes (GL), else cairo nodes */
  int              columns, rows;
  Tile            *tiles;
  int              cell_columns, cell_rows;
  guint64         *hashes;         /* of each cell's pixels, KWA_DAMAGE_CELL square */
};

KwaFrameTiles *
kwa_frame_tiles_new (void)
{
  return g_new0 (KwaFrameTiles, 1);
}

void
kwa_frame_tiles_clear (KwaFrameTiles *self)
{
  g_return_if_fail (self != NULL);

  for (int i = 0; i < self->columns * self->rows; i++)
    {
      g_clear_pointer (&self->tiles[i].node, gsk_render_node_unref);
      g_clear_pointer (&self->tiles[i].pixels, cairo_surface_destroy);
    }
  g_clear_pointer (&self->tiles, g_free);
  g_clear_pointer (&self->hashes, g_free);
  self->columns = self->rows = 0;
  self->cell_columns = self->cell_rows = 0;
  self->width = self->height = 0;
  self->image = NULL;
  self->data = NULL;
}

void
kwa_frame_tiles_free (KwaFrameTiles *self)
{
  if (self == NULL)
    return;

  kwa_frame_tiles_clear (self);
  g_free (self);
}

static void
resize (KwaFrameTiles   *self,
        cairo_surface_t *image)
{
  kwa_frame_tiles_clear (self);
  self->image = image;
  self->data = cairo_image_surface_get_data (image);
  self->width = cairo_image_surface_get_width (image);
  self->height = cairo_image_surface_get_height (image);
  self->columns = (self->width + TILE_SIZE - 1) / TILE_SIZE;
  self->rows = (self->height + TILE_SIZE - 1) / TILE_SIZE;
  self->tiles = g_new0 (Tile, MAX (self->columns * self->rows, 1));
  self->cell_columns = (self->width + KWA_DAMAGE_CELL - 1) / KWA_DAMAGE_CELL;
  self->cell_rows = (self->height + KWA_DAMAGE_CELL - 1) / KWA_DAMAGE_CELL;
  self->hashes = g_new0 (guint64, MAX (self->cell_columns * self->cell_rows, 1));
}

/* ---- which cells changed ---------------------------------------------- */

#define PRIME1 G_GUINT64_CONSTANT (0x9E3779B185EBCA87)
#define PRIME2 G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)
#define PRIME3 G_GUINT64_CONSTANT (0x165667B19E3779F9)

static inline guint64
rotate_left (guint64 x,
             int     bits)
{
  return (x << bits) | (x >> (64 - bits));
}

static inline guint64
hash_round (guint64 accumulator,
            guint64 input)
{
  return rotate_left (accumulator + input * PRIME2, 31) * PRIME1;
}

/* A cell's pixels to 64 bits, in four lanes side by side (xxHash64's
 * round and finish): a pixel that changed changes the hash, but for a
 * chance of one in 2^64. */
static guint64
hash_cell (const guchar *data,
           int           stride,
           int           x,
           int           y,
           int           width,
           int           height)
{
  guint64 lanes[4] = { PRIME1 + PRIME2, PRIME2, 0, -PRIME1 };
  guint64 hash;
  int words = width / 2;   /* two pixels a word */

  for (int row = 0; row < height; row++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) (y + row) * stride) + x;
      int i = 0;

      for (; i + 4 <= words; i += 4)
        for (int lane = 0; lane < 4; lane++)
          {
            guint64 word;

            memcpy (&word, pixels + 2 * (i + lane), sizeof word);
            lanes[lane] = hash_round (lanes[lane], word);
          }
      for (int k = 2 * i; k < width; k++)
        lanes[k % 4] = hash_round (lanes[k % 4], pixels[k]);
    }

  hash = rotate_left (lanes[0], 1) + rotate_left (lanes[1], 7) + rotate_left (lanes[2], 12) +
         rotate_left (lanes[3], 18) + (guint64) width * height;
  hash ^= hash >> 33;
  hash *= PRIME2;
  hash ^= hash >> 29;
  hash *= PRIME3;
  hash ^= hash >> 32;

  return hash;
}

/* Marks the tiles whose pixels (with their bleed) take in the cell. */
static void
mark_tiles_of_cell (KwaFrameTiles *self,
                    int            cell_x,
                    int            cell_y)
{
  int x = cell_x * KWA_DAMAGE_CELL, y = cell_y * KWA_DAMAGE_CELL;
  int column = x / TILE_SIZE, row = y / TILE_SIZE;

  for (int r = row - (y % TILE_SIZE < TILE_BLEED ? 1 : 0); r <= row; r++)
    for (int c = column - (x % TILE_SIZE < TILE_BLEED ? 1 : 0); c <= column; c++)
      if (r >= 0 && c >= 0)
        self->tiles[r * self->columns + c].changed = TRUE;
}

/* Hashes the cells @changed marks (every cell, with %NULL, and then every
 * tile is new) and marks the tiles of those whose hash is not as it was. */
static void
find_changed_tiles (KwaFrameTiles   *self,
                    const KwaDamage *changed)
{
  int stride = cairo_image_surface_get_stride (self->image);

  for (int cy = 0; cy < self->cell_rows; cy++)
    for (int cx = 0; cx < self->cell_columns; cx++)
      {
        int x = cx * KWA_DAMAGE_CELL, y = cy * KWA_DAMAGE_CELL;
        guint64 *kept = &self->hashes[cy * self->cell_columns + cx];
        guint64 hash;

        if (changed != NULL && !kwa_damage_has_cell (changed, cx, cy))
          continue;
        hash = hash_cell (self->data, stride, x, y,
                          MIN (KWA_DAMAGE_CELL, self->width - x), MIN (KWA_DAMAGE_CELL, self->height - y));
        if (changed == NULL || hash != *kept)
          mark_tiles_of_cell (self, cx, cy);
        *kept = hash;
      }
}

/* ---- the nodes ---------------------------------------------------------- */

static GskRenderNode *
create_node (KwaFrameTiles   *self,
             cairo_surface_t *pixels,
             int              x,
             int              y)
{
  int width = cairo_image_surface_get_width (pixels);
  int height = cairo_image_surface_get_height (pixels);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x / self->scale, y / self->scale,
                                               width / self->scale, height / self->scale);
  GskRenderNode *node;
  cairo_t *cr;

  if (self->textures)
    {
      /* Cairo's ARGB32 is premultiplied BGRA in memory on a little-endian
       * machine: GDK_MEMORY_DEFAULT. The bytes keep the surface alive. */
      g_autoptr(GBytes) bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (pixels),
                                                            (gsize) cairo_image_surface_get_stride (pixels) * height,
                                                            (GDestroyNotify) cairo_surface_destroy,
                                                            cairo_surface_reference (pixels));
      g_autoptr(GdkTexture) texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                                              cairo_image_surface_get_stride (pixels));

      return gsk_texture_node_new (texture, &bounds);
    }

  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, pixels, bounds.origin.x, bounds.origin.y);
  cairo_paint (cr);
  cairo_destroy (cr);

  return node;
}

/* The frame's pixels of a tile, seen through a surface of their own,
 * which keeps the frame alive for as long as a node shows it. */
static cairo_surface_t *
view_tile (KwaFrameTiles *self,
           int            x,
           int            y,
           int            tile_width,
           int            tile_height)
{
  static const cairo_user_data_key_t frame_key;
  int stride = cairo_image_surface_get_stride (self->image);
  cairo_surface_t *view = cairo_image_surface_create_for_data (self->data + (gsize) y * stride + (gsize) x * 4,
                                                               CAIRO_FORMAT_ARGB32, tile_width, tile_height,
                                                               stride);

  cairo_surface_set_user_data (view, &frame_key, cairo_surface_reference (self->image),
                               (cairo_destroy_func_t) cairo_surface_destroy);
  return view;
}

/* A texture's pixels must not change under it: a copy of the tile's. */
static cairo_surface_t *
copy_tile (KwaFrameTiles *self,
           int            x,
           int            y,
           int            tile_width,
           int            tile_height)
{
  cairo_surface_t *pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tile_width, tile_height);
  guchar *copy = cairo_image_surface_get_data (pixels);
  int copy_stride = cairo_image_surface_get_stride (pixels);
  int stride = cairo_image_surface_get_stride (self->image);
  const guchar *data = self->data + (gsize) y * stride + (gsize) x * 4;

  for (int row = 0; row < tile_height; row++)
    memcpy (copy + (gsize) row * copy_stride, data + (gsize) row * stride, (gsize) tile_width * 4);
  cairo_surface_mark_dirty (pixels);

  return pixels;
}

static void
renew_tile (KwaFrameTiles *self,
            Tile          *tile,
            int            x,
            int            y)
{
  int tile_width = MIN (TILE_SIZE + TILE_BLEED, self->width - x);
  int tile_height = MIN (TILE_SIZE + TILE_BLEED, self->height - y);

  /* A view is made once: cairo copies a surface its recordings use even
   * when only its device scale is set again. */
  if (self->textures || tile->pixels == NULL)
    {
      g_clear_pointer (&tile->pixels, cairo_surface_destroy);
      tile->pixels = self->textures ? copy_tile (self, x, y, tile_width, tile_height)
                                    : view_tile (self, x, y, tile_width, tile_height);
      cairo_surface_set_device_scale (tile->pixels, self->scale, self->scale);
    }

  g_clear_pointer (&tile->node, gsk_render_node_unref);
  tile->node = create_node (self, tile->pixels, x, y);
}

/**
 * kwa_frame_tiles_update:
 * @image: the frame: an ARGB32 image, its device scale the view's
 * @changed: (nullable): the cells of @image that may have changed since
 *   the last update (see kwa_map_renderer_draw_changes()), or %NULL for
 *   any
 * @textures: whether tiles are texture nodes (for GL renderers) or cairo
 *   nodes (for the cairo renderer)
 *
 * Replaces the nodes of the tiles whose pixels changed. Cairo nodes show
 * @image's own pixels, as they are when GTK draws them: a widget draws
 * its next frame into @image in its next snapshot, after GTK drew this
 * one.
 *
 * Returns: how many tiles were replaced
 */
guint
kwa_frame_tiles_update (KwaFrameTiles   *self,
                        cairo_surface_t *image,
                        const KwaDamage *changed,
                        gboolean         textures)
{
  double scale_x, scale_y;
  guint replaced = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32, 0);

  cairo_surface_flush (image);
  cairo_surface_get_device_scale (image, &scale_x, &scale_y);
  if (image != self->image || cairo_image_surface_get_data (image) != self->data ||
      cairo_image_surface_get_width (image) != self->width ||
      cairo_image_surface_get_height (image) != self->height ||
      scale_x != self->scale || textures != self->textures)
    {
      resize (self, image);
      changed = NULL;
    }
  self->scale = scale_x;
  self->textures = textures;

  find_changed_tiles (self, changed);

  for (int row = 0; row < self->rows; row++)
    for (int column = 0; column < self->columns; column++)
      {
        Tile *tile = &self->tiles[row * self->columns + column];

        if (!tile->changed)
          continue;
        renew_tile (self, tile, column * TILE_SIZE, row * TILE_SIZE);
        tile->changed = FALSE;
        replaced++;
      }

  return replaced;
}

/**
 * kwa_frame_tiles_snapshot:
 *
 * Appends the tiles' nodes, in view pixels, at the view's origin.
 */
void
kwa_frame_tiles_snapshot (KwaFrameTiles *self,
                          GtkSnapshot   *snapshot)
{
  g_return_if_fail (self != NULL);

  for (int i = 0; i < self->columns * self->rows; i++)
    gtk_snapshot_append_node (snapshot, self->tiles[i].node);
}
