/* kwa-shape-fill.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-shape-fill"

#include "config.h"

#include <math.h>

#include "kwa-area-rows.h"
#include "kwa-pixel.h"
#include "kwa-shape-fill.h"

/* Fills polygons straight into an image, for the overlays of a frame that
 * are long and thin: arrows and their outlines, the hatched band between
 * two fronts. Cairo's cost for such a shape goes by its rows and by the
 * stretches of each row it composites one call at a time; an arrow across
 * the peninsula has hundreds of both.
 *
 * Each row is one pass (see KwaAreaRows): the running sum of the areas
 * the edges cut off is each pixel's coverage, and pixels are blended as
 * the sum goes; stretches between the edges are blended at one coverage,
 * or skipped. */

struct _KwaShapeFill
{
  KwaAreaRows *rows;
  float       *cells;     /* a row's areas, n_cells; zero between rows */
  int          n_cells;
  KwaDamage   *ink;       /* not owned: see kwa_shape_fill_set_ink() */
  const KwaDamage *only;  /* not owned: see kwa_shape_fill_set_only() */
};

KwaShapeFill *
kwa_shape_fill_new (void)
{
  KwaShapeFill *self = g_new0 (KwaShapeFill, 1);

  self->rows = kwa_area_rows_new ();

  return self;
}

void
kwa_shape_fill_free (KwaShapeFill *self)
{
  if (self == NULL)
    return;

  kwa_area_rows_free (self->rows);
  g_free (self->cells);
  g_free (self);
}

/**
 * kwa_shape_fill_add_ring:
 * @points: a closed ring, in the image's pixels (it closes itself)
 * @reversed: whether to count the ring as wound the other way: how a hole
 *   is cut from a ring drawn the same way round, with
 *   %KWA_SHAPE_FILL_NONZERO
 *
 * Adds a ring to the shape the next kwa_shape_fill_paint() fills.
 */
void
kwa_shape_fill_add_ring (KwaShapeFill      *self,
                         const KwaMapPoint *points,
                         guint              n_points,
                         gboolean           reversed)
{
  g_return_if_fail (self != NULL);

  kwa_area_rows_add_ring (self->rows, points, n_points, reversed);
}

/**
 * kwa_shape_fill_set_ink:
 * @ink: (nullable): where the next paints mark the pixels they paint
 *   (see kwa-ink.c), kept by the caller
 */
void
kwa_shape_fill_set_ink (KwaShapeFill *self,
                        KwaDamage    *ink)
{
  g_return_if_fail (self != NULL);

  self->ink = ink;
}

/**
 * kwa_shape_fill_set_only:
 * @only: (nullable): the cells to paint, of the image's size; %NULL for
 *   all. Kept, not copied, until set again.
 *
 * Paints only in these cells: where the rest of the image still holds
 * what the shapes painted there before (see kwa_map_renderer_draw_changes()).
 */
void
kwa_shape_fill_set_only (KwaShapeFill    *self,
                         const KwaDamage *only)
{
  g_return_if_fail (self != NULL);

  self->only = only;
}
/* A texture's surfaces, looked up once for the whole fill: the pixel
 * loop must not call into cairo. */
typedef struct
{
  const guint8 *mask;        /* NULL for everywhere */
  int           mask_x;
  int           mask_y;
  int           mask_width;
  int           mask_height;
  int           mask_stride;
  const guint8 *tile;        /* NULL for everywhere */
  int           tile_width;
  int           tile_height;
  int           tile_stride;
  /* Per tile row, the columns that are not empty: a hatch line crosses a
   * row of its tile in a pixel or two, and only those need painting. */
  guint8        lit[KWA_SHAPE_TEXTURE_MAX_TILE][KWA_SHAPE_TEXTURE_MAX_TILE];
  guint8        n_lit[KWA_SHAPE_TEXTURE_MAX_TILE];
} Texture;

static void
texture_init (Texture               *texture,
              const KwaShapeTexture *source)
{
  *texture = (Texture) { NULL };

  /* Only read, and flushed by their owner: threads may share them. */
  if (source->mask != NULL)
    {
      texture->mask = cairo_image_surface_get_data (source->mask);
      texture->mask_x = source->mask_x;
      texture->mask_y = source->mask_y;
      texture->mask_width = cairo_image_surface_get_width (source->mask);
      texture->mask_height = cairo_image_surface_get_height (source->mask);
      texture->mask_stride = cairo_image_surface_get_stride (source->mask);
    }
  if (source->tile != NULL)
    {
      texture->tile = cairo_image_surface_get_data (source->tile);
      texture->tile_width = cairo_image_surface_get_width (source->tile);
      texture->tile_height = cairo_image_surface_get_height (source->tile);
      texture->tile_stride = cairo_image_surface_get_stride (source->tile);
      for (int y = 0; y < texture->tile_height; y++)
        for (int x = 0; x < texture->tile_width; x++)
          if (texture->tile[(gsize) y * texture->tile_stride + x] > 0)
            texture->lit[y][texture->n_lit[y]++] = (guint8) x;
    }
}

/* The texture's share of pixel (@x, @y), 0–255. */
static inline guint
texture_at (const Texture *texture,
            int            x,
            int            y)
{
  guint share = 255;

  if (texture->mask != NULL)
    {
      int mx = x - texture->mask_x, my = y - texture->mask_y;

      if (mx < 0 || my < 0 || mx >= texture->mask_width || my >= texture->mask_height)
        return 0;
      share = texture->mask[(gsize) my * texture->mask_stride + mx];
    }
  if (texture->tile != NULL)
    share = share * texture->tile[(gsize) (y % texture->tile_height) * texture->tile_stride +
                                  x % texture->tile_width] / 255;
  return share;
}

typedef struct
{
  guint32               *pixels;
  int                    y;
  int                    left;      /* the clip, in this row */
  int                    right;
  guint                  rgb[3];
  float                  strength;  /* the colour's alpha, 0–255 */
  const Texture         *texture;   /* NULL for none */
  KwaDamage             *ink;       /* NULL, or where pixels are painted */
  const guint8          *only;      /* NULL, or the cells of the row to paint */
} PaintRow;

/* Whether pixel @x of the row may be painted: within the clip and, when
 * only some cells are painted, in one of them. */
static inline gboolean
may_paint (const PaintRow *row,
           int             x)
{
  return x >= row->left && x < row->right && (row->only == NULL || row->only[x / KWA_DAMAGE_CELL]);
}

static inline void
paint_pixel (const PaintRow *row,
             int             x,
             float           coverage)
{
  float share = coverage * row->strength;
  guint amount;

  if (row->texture != NULL && share > 0)
    share *= texture_at (row->texture, x, row->y) / 255.0f;
  amount = (guint) (share + 0.5f);
  if (amount > 0)
    row->pixels[x] = kwa_pixel_blend (row->pixels[x], row->rgb, MIN (amount, 255));
}

static inline void
paint_share (const PaintRow *row,
             int             x,
             guint           share,
             float           scale)
{
  guint amount = (guint) (share * scale + 0.5f);

  if (amount > 0)
    row->pixels[x] = kwa_pixel_blend (row->pixels[x], row->rgb, MIN (amount, 255));
}

/* paint_stretch() through a texture: the hatched band's inside, most of
 * its pixels. The mask's row and the tile's column are stepped along, not
 * looked up pixel by pixel. */
static void
paint_textured_stretch (const PaintRow *row,
                        int             from,
                        int             to,
                        float           scale)
{
  const Texture *texture = row->texture;
  const guint8 *mask_row = NULL, *tile_row = NULL;
  int column = 0;

  if (texture->mask != NULL)
    {
      int my = row->y - texture->mask_y;

      if (my < 0 || my >= texture->mask_height)
        return;
      mask_row = texture->mask + (gsize) my * texture->mask_stride - texture->mask_x;
      from = MAX (from, texture->mask_x);
      to = MIN (to, texture->mask_x + texture->mask_width);
    }
  if (texture->tile != NULL)
    {
      tile_row = texture->tile + (gsize) (row->y % texture->tile_height) * texture->tile_stride;
      column = from % texture->tile_width;
    }

  if (tile_row == NULL)
    {
      for (int x = from; x < to; x++)
        paint_share (row, x, (mask_row != NULL ? mask_row[x] : 255) * 255, scale);
      return;
    }

  /* Only the tile's lit columns, a period apart. */
  for (guint k = 0; k < texture->n_lit[row->y % texture->tile_height]; k++)
    {
      int lit = texture->lit[row->y % texture->tile_height][k];
      int first = from + (lit - column + texture->tile_width) % texture->tile_width;

      for (int x = first; x < to; x += texture->tile_width)
        paint_share (row, x, (mask_row != NULL ? mask_row[x] : 255) * tile_row[lit], scale);
    }
}

/* Pixels [@from, @to) all at @coverage: the inside of a shape, between
 * the cells its edges touch. */
static void
paint_stretch_within (const PaintRow *row,
                      int             from,
                      int             to,
                      float           coverage)
{
  if (row->texture == NULL)
    {
      guint amount = (guint) (coverage * row->strength + 0.5f);

      if (amount > 0)
        for (int x = from; x < to; x++)
          row->pixels[x] = kwa_pixel_blend (row->pixels[x], row->rgb, MIN (amount, 255));
      return;
    }
  paint_textured_stretch (row, from, to, coverage * row->strength / (255.0f * 255.0f));
}

static void
paint_stretch (const PaintRow *row,
               int             from,
               int             to,
               float           coverage)
{
  from = MAX (from, row->left);
  to = MIN (to, row->right);
  if (coverage <= 0)
    return;

  if (row->only == NULL)
    {
      paint_stretch_within (row, from, to, coverage);
      return;
    }
  /* Cell by cell, those to paint. */
  for (int x = from, end; x < to; x = end)
    {
      end = MIN (to, (x / KWA_DAMAGE_CELL + 1) * KWA_DAMAGE_CELL);
      if (row->only[x / KWA_DAMAGE_CELL])
        paint_stretch_within (row, x, end, coverage);
    }
}

/* Whether a pixel @coverage inside changes at all (see paint_pixel()):
 * where two outlines meet, as the fronts do along the coasts, their
 * coverages cancel to crumbs that round to nothing. */
static inline gboolean
paints (const PaintRow *row,
        float           coverage)
{
  return coverage * row->strength + 0.5f >= 1.0f;
}

/* Marks the run of painted pixels [@start, @end) of the row on the ink,
 * if there is one and a run began; returns -1, for no run. */
static int
note_ink (const PaintRow *row,
          int             start,
          int             end)
{
  if (row->ink != NULL && start >= 0)
    kwa_damage_add_box (row->ink, MAX (start, row->left), row->y, MIN (end, row->right), row->y + 1);
  return -1;
}

/* Accumulates the edges' areas in the row, then runs the sum along the
 * cells they touched, painting as it goes; in between, the sum holds and
 * the pixels get one coverage. */
static void
paint_row (KwaShapeFill   *self,
           const PaintRow *row,
           gboolean        even_odd)
{
  const KwaAreaSpan *spans;
  guint n_spans = kwa_area_rows_accumulate (self->rows, row->y, self->cells, &spans);
  float *cells = self->cells;
  float sum = 0;
  int inked = -1;   /* where the run of painted pixels began, or -1 */

  for (guint i = 0; i < n_spans; i++)
    {
      if (i > 0)
        {
          float coverage = kwa_area_coverage (sum, even_odd);

          paint_stretch (row, spans[i - 1].end, spans[i].start, coverage);
          if (!paints (row, coverage))
            inked = note_ink (row, inked, spans[i - 1].end);
        }
      for (int x = spans[i].start; x < spans[i].end; x++)
        {
          float coverage;

          sum += cells[x];
          cells[x] = 0;
          coverage = kwa_area_coverage (sum, even_odd);
          if (may_paint (row, x))
            paint_pixel (row, x, coverage);
          if (!paints (row, coverage))
            inked = note_ink (row, inked, x);
          else if (inked < 0)
            inked = x;
        }
    }
  note_ink (row, inked, n_spans > 0 ? spans[n_spans - 1].end : 0);
}

/* Whether any cell of row @y between @left and @right is to be painted. */
static gboolean
paints_in_row (const KwaDamage *only,
               int              y,
               int              left,
               int              right)
{
  const guint8 *cells = kwa_damage_peek_row (only, y);

  for (int column = left / KWA_DAMAGE_CELL; cells != NULL && column <= (right - 1) / KWA_DAMAGE_CELL; column++)
    if (cells[column])
      return TRUE;
  return FALSE;
}

/**
 * kwa_shape_fill_paint:
 * @image: an ARGB32 or RGB24 image surface, one unit to a pixel
 * @clip: the pixels that may change
 * @alpha: the colour's opacity, 0–1
 * @texture: (nullable): a mask and a tile the colour shows through
 *
 * Fills the rings added since the last paint with a colour, OVER, as
 * cairo_fill() would, then forgets them.
 */
void
kwa_shape_fill_paint (KwaShapeFill                *self,
                      cairo_surface_t             *image,
                      const cairo_rectangle_int_t *clip,
                      KwaShapeFillRule             rule,
                      const KwaColor              *color,
                      double                       alpha,
                      const KwaShapeTexture       *texture)
{
  const guint rgb[3] = { kwa_pixel_byte (color->r), kwa_pixel_byte (color->g), kwa_pixel_byte (color->b) };
  float strength = (float) (CLAMP (alpha, 0, 1) * 255);
  guchar *data;
  int width, stride, top, bottom, left, right, first, end;
  Texture resolved;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE);
  g_return_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                    cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24);
  g_return_if_fail (clip != NULL && color != NULL);
  g_return_if_fail (texture == NULL || texture->tile == NULL ||
                    (cairo_image_surface_get_width (texture->tile) <= KWA_SHAPE_TEXTURE_MAX_TILE &&
                     cairo_image_surface_get_height (texture->tile) <= KWA_SHAPE_TEXTURE_MAX_TILE));

  width = cairo_image_surface_get_width (image);
  left = MAX (clip->x, 0);
  right = MIN (clip->x + clip->width, width);
  top = MAX (clip->y, 0);
  bottom = MIN (clip->y + clip->height, cairo_image_surface_get_height (image));

  if (strength <= 0 || left >= right || top >= bottom ||
      !kwa_area_rows_start (self->rows, width, top, &first, &end))
    {
      kwa_area_rows_clear (self->rows);
      return;
    }
  top = first;
  bottom = MIN (bottom, end);
  if (self->n_cells < width + 2)
    {
      g_free (self->cells);
      self->n_cells = width + 2;
      self->cells = g_new0 (float, self->n_cells);
    }

  if (texture != NULL)
    texture_init (&resolved, texture);
  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);

  for (int y = top; y < bottom; y++)
    {
      PaintRow row = { (guint32 *) (data + (gsize) y * stride), y, left, right,
                       { rgb[0], rgb[1], rgb[2] }, strength, texture != NULL ? &resolved : NULL,
                       self->ink, self->only != NULL ? kwa_damage_peek_row (self->only, y) : NULL };

      if (self->only != NULL && !paints_in_row (self->only, y, left, right))
        continue;

      paint_row (self, &row, rule == KWA_SHAPE_FILL_EVEN_ODD);
    }

  if (top < bottom)
    cairo_surface_mark_dirty_rectangle (image, left, top, right - left, bottom - top);
  kwa_area_rows_clear (self->rows);
}
