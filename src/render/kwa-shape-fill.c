/* kwa-shape-fill.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-shape-fill"

#include "config.h"

#include <math.h>

#include "kwa-shape-fill.h"

/* Fills polygons straight into an image, for the overlays of a frame that
 * are long and thin: arrows and their outlines, the hatched band between
 * two fronts. Cairo's cost for such a shape goes by its rows and by the
 * stretches of each row it composites one call at a time; an arrow across
 * the peninsula has hundreds of both.
 *
 * Each row is one pass. Every edge crossing it leaves the exact area it
 * cuts off in the cells it passes (the signed-area method of font
 * rasterisers), and a running sum along the row turns those into each
 * pixel's coverage: no sub-rows to sample, no crossings to sort, and the
 * pixels are blended as the sum goes. */

typedef struct
{
  double top;          /* the edge's y range, top < bottom */
  double bottom;
  double x_at_top;
  double slope;        /* dx / dy */
  float  direction;    /* +1 going down, -1 going up (reversed for holes) */
} Edge;

typedef struct
{
  int start;   /* the cells an edge touched in the row */
  int end;
} Span;

struct _KwaShapeFill
{
  GArray *edges;       /* Edge; sorted by top when painted */
  guint  *active;      /* indices of the edges crossing the row */
  guint   active_size;
  Span   *spans;       /* room for a span per edge */
  float  *cells;       /* the row's areas, width + 2; zero between rows */
  int     n_cells;
  gboolean sorted;
};

KwaShapeFill *
kwa_shape_fill_new (void)
{
  KwaShapeFill *self = g_new0 (KwaShapeFill, 1);

  self->edges = g_array_new (FALSE, FALSE, sizeof (Edge));

  return self;
}

void
kwa_shape_fill_free (KwaShapeFill *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->edges);
  g_free (self->active);
  g_free (self->spans);
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
  g_return_if_fail (points != NULL || n_points == 0);

  for (guint i = 0; i < n_points; i++)
    {
      const KwaMapPoint *a = &points[i];
      const KwaMapPoint *b = &points[(i + 1) % n_points];
      Edge edge;

      if (a->y == b->y || !isfinite (a->x + a->y + b->x + b->y))
        continue;   /* a level edge cuts off no area */

      if (a->y < b->y)
        edge = (Edge) { a->y, b->y, a->x, 0, 1.0f };
      else
        edge = (Edge) { b->y, a->y, b->x, 0, -1.0f };
      edge.slope = (b->x - a->x) / (b->y - a->y);
      if (reversed)
        edge.direction = -edge.direction;
      g_array_append_val (self->edges, edge);
    }
  self->sorted = FALSE;
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *ea = a, *eb = b;

  return (ea->top > eb->top) - (ea->top < eb->top);
}

/* ceil() for the non-negative x of a row, without the call. */
static inline int
ceil_positive (double x)
{
  int whole = (int) x;

  return whole + (x > whole);
}

/* Adds to the cells the area that the part of an edge from x @from to x
 * @to, @height of the row high, cuts off to its right. (The method and
 * its formulas are those of Raph Levien's font-rs.) */
static inline void
accumulate (float  *cells,
            double  from,
            double  to,
            float   height)
{
  double x0 = MIN (from, to), x1 = MAX (from, to);
  int x0i = (int) x0;
  int x1i = ceil_positive (x1);

  if (x1i <= x0i + 1)
    {
      float middle = (float) (0.5 * (from + to) - x0i);

      cells[x0i] += height - height * middle;
      cells[x0i + 1] += height * middle;
    }
  else
    {
      float s = (float) (1.0 / (x1 - x0));
      float x0f = (float) (x0 - x0i);
      float a0 = 0.5f * s * (1 - x0f) * (1 - x0f);
      float x1f = (float) (x1 - x1i + 1);
      float am = 0.5f * s * x1f * x1f;

      cells[x0i] += height * a0;
      if (x1i == x0i + 2)
        cells[x0i + 1] += height * (1 - a0 - am);
      else
        {
          float a1 = s * (1.5f - x0f);
          float a2 = a1 + (float) (x1i - x0i - 3) * s;

          cells[x0i + 1] += height * (a1 - a0);
          for (int x = x0i + 2; x < x1i - 1; x++)
            cells[x] += height * s;
          cells[x1i - 1] += height * (1 - a2 - am);
        }
      cells[x1i] += height * am;
    }
}

/* Makes room for rows @width wide. */
static void
ensure_cells (KwaShapeFill *self,
              int           width)
{
  if (self->n_cells >= width + 2)
    return;

  g_free (self->cells);
  self->n_cells = width + 2;
  self->cells = g_new0 (float, self->n_cells);
}

/* The edges crossing row @y, from those crossing the row before. */
static void
update_active (KwaShapeFill *self,
               int           y,
               guint        *next_edge,
               guint        *n_active)
{
  const Edge *edges = (const Edge *) self->edges->data;
  guint kept = 0;

  for (guint i = 0; i < *n_active; i++)
    if (edges[self->active[i]].bottom > y)
      self->active[kept++] = self->active[i];
  *n_active = kept;

  while (*next_edge < self->edges->len && edges[*next_edge].top < y + 1)
    {
      if (edges[*next_edge].bottom > y)
        self->active[(*n_active)++] = *next_edge;
      (*next_edge)++;
    }
}

/* OVER of the colour @rgb at @alpha (0–255) on a premultiplied pixel;
 * red with blue and alpha with green are worked two at a time, 16 bits
 * apart. */
static inline guint32
blend_pixel (guint32      pixel,
             const guint  rgb[3],
             guint        alpha)
{
  guint32 keep = 255 - alpha;
  guint32 red_blue = (pixel & 0x00ff00ffu) * keep + ((guint32) rgb[0] << 16 | rgb[2]) * alpha + 0x00800080u;
  guint32 alpha_green = ((pixel >> 8) & 0x00ff00ffu) * keep + (0x00ff0000u | rgb[1]) * alpha + 0x00800080u;

  red_blue = ((red_blue + ((red_blue >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
  alpha_green = ((alpha_green + ((alpha_green >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;

  return alpha_green << 8 | red_blue;
}

static guint
to_byte (double value)
{
  return (guint) lround (CLAMP (value, 0, 1) * 255);
}

#define MAX_TILE 64

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
  guint8        lit[MAX_TILE][MAX_TILE];
  guint8        n_lit[MAX_TILE];
} Texture;

static void
texture_init (Texture               *texture,
              const KwaShapeTexture *source)
{
  *texture = (Texture) { NULL };

  if (source->mask != NULL)
    {
      cairo_surface_flush (source->mask);
      texture->mask = cairo_image_surface_get_data (source->mask);
      texture->mask_x = source->mask_x;
      texture->mask_y = source->mask_y;
      texture->mask_width = cairo_image_surface_get_width (source->mask);
      texture->mask_height = cairo_image_surface_get_height (source->mask);
      texture->mask_stride = cairo_image_surface_get_stride (source->mask);
    }
  if (source->tile != NULL)
    {
      cairo_surface_flush (source->tile);
      texture->tile = cairo_image_surface_get_data (source->tile);
      texture->tile_width = cairo_image_surface_get_width (source->tile);
      texture->tile_height = cairo_image_surface_get_height (source->tile);
      texture->tile_stride = cairo_image_surface_get_stride (source->tile);
      g_return_if_fail (texture->tile_width <= MAX_TILE && texture->tile_height <= MAX_TILE);
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

/* What a row's running sum means for a pixel, 0–1. */
static inline float
coverage_of (float            sum,
             KwaShapeFillRule rule)
{
  float amount = fabsf (sum);

  if (rule == KWA_SHAPE_FILL_EVEN_ODD)
    {
      amount -= 2.0f * (float) (int) (amount * 0.5f);   /* fmodf (amount, 2), inline */
      amount = amount > 1 ? 2 - amount : amount;
    }
  return MIN (amount, 1.0f);
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
} PaintRow;

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
    row->pixels[x] = blend_pixel (row->pixels[x], row->rgb, MIN (amount, 255));
}

static inline void
paint_share (const PaintRow *row,
             int             x,
             guint           share,
             float           scale)
{
  guint amount = (guint) (share * scale + 0.5f);

  if (amount > 0)
    row->pixels[x] = blend_pixel (row->pixels[x], row->rgb, MIN (amount, 255));
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
paint_stretch (const PaintRow *row,
               int             from,
               int             to,
               float           coverage)
{
  from = MAX (from, row->left);
  to = MIN (to, row->right);
  if (coverage <= 0)
    return;

  if (row->texture == NULL)
    {
      guint amount = (guint) (coverage * row->strength + 0.5f);

      if (amount > 0)
        for (int x = from; x < to; x++)
          row->pixels[x] = blend_pixel (row->pixels[x], row->rgb, MIN (amount, 255));
      return;
    }
  paint_textured_stretch (row, from, to, coverage * row->strength / (255.0f * 255.0f));
}

/* Orders the spans by start and merges those that touch: a row has a
 * span per edge crossing it, a handful. */
static guint
merge_spans (Span  *spans,
             guint  n_spans)
{
  guint n_merged = 0;

  for (guint i = 1; i < n_spans; i++)
    {
      Span item = spans[i];
      guint j = i;

      while (j > 0 && spans[j - 1].start > item.start)
        {
          spans[j] = spans[j - 1];
          j--;
        }
      spans[j] = item;
    }

  for (guint i = 0; i < n_spans; i++)
    {
      if (n_merged > 0 && spans[i].start <= spans[n_merged - 1].end)
        spans[n_merged - 1].end = MAX (spans[n_merged - 1].end, spans[i].end);
      else
        spans[n_merged++] = spans[i];
    }
  return n_merged;
}

/* Accumulates the active edges' areas in row @y, then runs the sum along
 * the cells they touched, painting as it goes; in between, the sum holds
 * and the pixels get one coverage. */
static void
paint_row (KwaShapeFill     *self,
           const PaintRow   *row,
           guint             n_active,
           int               width,
           KwaShapeFillRule  rule)
{
  const Edge *edges = (const Edge *) self->edges->data;
  Span *spans = self->spans;
  guint n_spans = 0;
  float sum = 0;

  for (guint i = 0; i < n_active; i++)
    {
      const Edge *edge = &edges[self->active[i]];
      double top = MAX (edge->top, row->y), bottom = MIN (edge->bottom, row->y + 1.0);
      double from, to;

      if (bottom <= top)
        continue;
      /* Left of the image an edge still counts, as if at its border. */
      from = CLAMP (edge->x_at_top + (top - edge->top) * edge->slope, 0, width);
      to = CLAMP (edge->x_at_top + (bottom - edge->top) * edge->slope, 0, width);
      accumulate (self->cells, from, to, (float) (bottom - top) * edge->direction);
      spans[n_spans++] = (Span) { (int) MIN (from, to), ceil_positive (MAX (from, to)) + 2 };
    }
  n_spans = merge_spans (spans, n_spans);

  for (guint i = 0; i < n_spans; i++)
    {
      int end = MIN (spans[i].end, width + 2);

      if (i > 0)
        paint_stretch (row, spans[i - 1].end, spans[i].start, coverage_of (sum, rule));
      for (int x = spans[i].start; x < end; x++)
        {
          sum += self->cells[x];
          self->cells[x] = 0;
          if (x >= row->left && x < row->right)
            paint_pixel (row, x, coverage_of (sum, rule));
        }
    }
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
  const guint rgb[3] = { to_byte (color->r), to_byte (color->g), to_byte (color->b) };
  float strength = (float) (CLAMP (alpha, 0, 1) * 255);
  const Edge *edges;
  guchar *data;
  int width, stride, top, bottom, left, right;
  guint next_edge = 0, n_active = 0;
  Texture resolved;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cairo_surface_get_type (image) == CAIRO_SURFACE_TYPE_IMAGE);
  g_return_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32 ||
                    cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24);
  g_return_if_fail (clip != NULL && color != NULL);

  width = cairo_image_surface_get_width (image);
  left = MAX (clip->x, 0);
  right = MIN (clip->x + clip->width, width);
  top = MAX (clip->y, 0);
  bottom = MIN (clip->y + clip->height, cairo_image_surface_get_height (image));

  if (self->edges->len == 0 || strength <= 0 || left >= right || top >= bottom)
    {
      g_array_set_size (self->edges, 0);
      return;
    }

  if (!self->sorted)
    g_array_sort (self->edges, compare_edges);
  edges = (const Edge *) self->edges->data;
  if (self->active_size < self->edges->len)
    {
      self->active_size = self->edges->len;
      self->active = g_renew (guint, self->active, self->active_size);
      self->spans = g_renew (Span, self->spans, self->active_size);
    }
  ensure_cells (self, width);

  top = MAX (top, (int) floor (edges[0].top));
  if (texture != NULL)
    texture_init (&resolved, texture);
  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);

  for (int y = top; y < bottom && (n_active > 0 || next_edge < self->edges->len); y++)
    {
      PaintRow row = { (guint32 *) (data + (gsize) y * stride), y, left, right,
                       { rgb[0], rgb[1], rgb[2] }, strength, texture != NULL ? &resolved : NULL };

      update_active (self, y, &next_edge, &n_active);
      if (n_active > 0)
        paint_row (self, &row, n_active, width, rule);
    }

  cairo_surface_mark_dirty_rectangle (image, left, top, right - left, bottom - top);
  g_array_set_size (self->edges, 0);
}
