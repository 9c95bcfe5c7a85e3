/* kwa-frame-tiles.c: a frame's pixels as textures, new only where they changed
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
 * arrows and the date card cross are sent again: 3 or 4 of 135 at 4K.
 *
 * The node's kind suits the renderer. GTK 4.8's cairo renderer draws every
 * node of the tree, clipped to the damage: a texture node would copy its
 * pixels out each time, a cairo node painting an image costs nothing
 * outside the clip. GL renderers redraw every node but keep each
 * texture's upload, so there a tile is a texture. */

/* Device pixels a side: big enough that a 4K frame is 135 nodes, small
 * enough that a moving front redraws a strip rather than the map. */
#define TILE_SIZE 256

/* Each tile also carries the first columns and rows of its neighbours, drawn
 * again under them: pixel for pixel the same where the view is shown as it
 * is, but where the window is drawn scaled (the presenter's live picture
 * of the projector) the filtered edges of two tiles then overlap instead
 * of fading to a hairline seam between them. */
#define TILE_BLEED 4

G_STATIC_ASSERT (G_BYTE_ORDER == G_LITTLE_ENDIAN);

typedef struct
{
  cairo_surface_t *pixels;   /* the tile's own copy, ARGB32 */
  GskRenderNode   *node;     /* showing pixels */
} Tile;

struct _KwaFrameTiles
{
  int       width, height;       /* of the frame, in device pixels */
  double    scale;               /* device pixels per view pixel */
  gboolean  textures;            /* tiles as texture nodes (GL), else cairo nodes */
  int       columns, rows;
  Tile     *tiles;
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
  self->columns = self->rows = 0;
  self->width = self->height = 0;
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
resize (KwaFrameTiles *self,
        int            width,
        int            height)
{
  kwa_frame_tiles_clear (self);
  self->width = width;
  self->height = height;
  self->columns = (width + TILE_SIZE - 1) / TILE_SIZE;
  self->rows = (height + TILE_SIZE - 1) / TILE_SIZE;
  self->tiles = g_new0 (Tile, self->columns * self->rows);
}

/* Whether the tile's rows in @data differ from what @tile shows. Rows
 * are compared from the first; a changed tile usually differs early. */
static gboolean
tile_changed (const Tile   *tile,
              const guchar *data,
              int           stride,
              int           tile_width,
              int           tile_height)
{
  const guchar *kept;
  int kept_stride;
  gsize row_bytes = (gsize) tile_width * 4;

  if (tile->pixels == NULL)
    return TRUE;

  kept = cairo_image_surface_get_data (tile->pixels);
  kept_stride = cairo_image_surface_get_stride (tile->pixels);
  for (int y = 0; y < tile_height; y++)
    if (memcmp (data + (gsize) y * stride, kept + (gsize) y * kept_stride, row_bytes) != 0)
      return TRUE;

  return FALSE;
}

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

  /* The recording refers to the tile's pixels, which the tile keeps as
   * they are (a new tile gets new pixels): cairo never copies them. */
  node = gsk_cairo_node_new (&bounds);
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, pixels, bounds.origin.x, bounds.origin.y);
  cairo_paint (cr);
  cairo_destroy (cr);

  return node;
}

static void
take_tile (KwaFrameTiles *self,
           Tile          *tile,
           const guchar  *data,
           int            stride,
           int            x,
           int            y,
           int            tile_width,
           int            tile_height)
{
  cairo_surface_t *pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tile_width, tile_height);
  guchar *copy = cairo_image_surface_get_data (pixels);
  int copy_stride = cairo_image_surface_get_stride (pixels);

  for (int row = 0; row < tile_height; row++)
    memcpy (copy + (gsize) row * copy_stride, data + (gsize) row * stride, (gsize) tile_width * 4);
  cairo_surface_mark_dirty (pixels);
  cairo_surface_set_device_scale (pixels, self->scale, self->scale);

  g_clear_pointer (&tile->node, gsk_render_node_unref);
  g_clear_pointer (&tile->pixels, cairo_surface_destroy);
  tile->pixels = pixels;
  tile->node = create_node (self, pixels, x, y);
}

/**
 * kwa_frame_tiles_update:
 * @image: the frame: an ARGB32 image, its device scale the view's
 * @textures: whether tiles are texture nodes (for GL renderers) or cairo
 *   nodes (for the cairo renderer)
 *
 * Replaces the tiles whose pixels differ from @image's.
 *
 * Returns: how many tiles were replaced
 */
guint
kwa_frame_tiles_update (KwaFrameTiles   *self,
                        cairo_surface_t *image,
                        gboolean         textures)
{
  double scale_x, scale_y;
  int width, height, stride;
  const guchar *data;
  guint replaced = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32, 0);


  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);

  cairo_surface_get_device_scale (image, &scale_x, &scale_y);
  if (width != self->width || height != self->height || scale_x != self->scale || textures != self->textures)
    resize (self, width, height);
  self->scale = scale_x;
  self->textures = textures;

  for (int row = 0; row < self->rows; row++)
    for (int column = 0; column < self->columns; column++)
      {
        Tile *tile = &self->tiles[row * self->columns + column];
        int x = column * TILE_SIZE, y = row * TILE_SIZE;
        int tile_width = MIN (TILE_SIZE + TILE_BLEED, width - x);
        int tile_height = MIN (TILE_SIZE + TILE_BLEED, height - y);
        const guchar *origin = data + (gsize) y * stride + (gsize) x * 4;

        if (tile_changed (tile, origin, stride, tile_width, tile_height))
          {
            take_tile (self, tile, origin, stride, x, y, tile_width, tile_height);
            replaced++;
          }
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
