/* kwa-damage.c: a frame's cells, marked where it may have changed
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-damage"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-damage.h"

/* The map view draws a frame over the last one, and only where the two
 * may differ (kwa_map_renderer_draw_changes()): where the last frame's
 * overlays were, where this frame's are, and where the land changed
 * hands. Those places are boxes of pixels, kept here as cells: a byte a
 * cell, 8,100 of them for a 4K frame. */

struct _KwaDamage
{
  int     width, height;     /* pixels */
  int     columns, rows;     /* cells */
  guint8 *cells;
};

KwaDamage *
kwa_damage_new (int width,
                int height)
{
  KwaDamage *self = g_new0 (KwaDamage, 1);

  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  self->columns = (self->width + KWA_DAMAGE_CELL - 1) / KWA_DAMAGE_CELL;
  self->rows = (self->height + KWA_DAMAGE_CELL - 1) / KWA_DAMAGE_CELL;
  self->cells = g_new0 (guint8, MAX ((gsize) self->columns * self->rows, 1));

  return self;
}

void
kwa_damage_free (KwaDamage *self)
{
  if (self == NULL)
    return;

  g_free (self->cells);
  g_free (self);
}

/**
 * kwa_damage_ensure:
 * @damage: (inout) (nullable): a damage, or %NULL
 *
 * A damage of @width × @height pixels in *@damage, with no cell marked:
 * the one there, cleared, or a new one in its place. For a damage kept
 * from frame to frame, not made anew each frame.
 *
 * Returns: (transfer none): *@damage
 */
KwaDamage *
kwa_damage_ensure (KwaDamage **damage,
                   int         width,
                   int         height)
{
  g_return_val_if_fail (damage != NULL, NULL);

  if (*damage == NULL || (*damage)->width != MAX (width, 0) || (*damage)->height != MAX (height, 0))
    {
      g_clear_pointer (damage, kwa_damage_free);
      *damage = kwa_damage_new (width, height);
    }
  else
    {
      kwa_damage_clear (*damage);
    }

  return *damage;
}

void
kwa_damage_get_size (const KwaDamage *self,
                     int             *width,
                     int             *height)
{
  g_return_if_fail (self != NULL);

  *width = self->width;
  *height = self->height;
}

void
kwa_damage_get_cells (const KwaDamage *self,
                      int             *columns,
                      int             *rows)
{
  g_return_if_fail (self != NULL);

  *columns = self->columns;
  *rows = self->rows;
}

void
kwa_damage_clear (KwaDamage *self)
{
  g_return_if_fail (self != NULL);

  memset (self->cells, 0, (gsize) self->columns * self->rows);
}

void
kwa_damage_add_all (KwaDamage *self)
{
  g_return_if_fail (self != NULL);

  memset (self->cells, 1, (gsize) self->columns * self->rows);
}

/**
 * kwa_damage_add_box:
 *
 * Marks every cell the box [@x0, @x1) × [@y0, @y1) (in pixels) touches,
 * with the pixel around it that antialiasing may reach. A box of no size,
 * or not a number, marks nothing; one beyond the frame marks what it
 * overlaps.
 */
void
kwa_damage_add_box (KwaDamage *self,
                    double     x0,
                    double     y0,
                    double     x1,
                    double     y1)
{
  int c0, c1, r0, r1;

  g_return_if_fail (self != NULL);

  /* NaN compares false: such a box is skipped here. */
  if (!(x1 > x0 && y1 > y0))
    return;

  x0 = floor (x0) - 1;
  y0 = floor (y0) - 1;
  x1 = ceil (x1) + 1;
  y1 = ceil (y1) + 1;
  if (x1 <= 0 || y1 <= 0 || x0 >= self->width || y0 >= self->height)
    return;

  c0 = (int) MAX (x0, 0) / KWA_DAMAGE_CELL;
  r0 = (int) MAX (y0, 0) / KWA_DAMAGE_CELL;
  c1 = ((int) MIN (x1, self->width) - 1) / KWA_DAMAGE_CELL;
  r1 = ((int) MIN (y1, self->height) - 1) / KWA_DAMAGE_CELL;

  for (int row = r0; row <= r1; row++)
    memset (self->cells + (gsize) row * self->columns + c0, 1, c1 - c0 + 1);
}

/* Widens [@low, @high] to take in the x of edge @a–@b where it crosses
 * the rows [@y0, @y1]. */
static void
take_edge_in_rows (double  ax,
                   double  ay,
                   double  bx,
                   double  by,
                   double  y0,
                   double  y1,
                   double *low,
                   double *high)
{
  double t0, t1;

  if (ay == by)
    {
      if (ay < y0 || ay > y1)
        return;
      t0 = 0, t1 = 1;
    }
  else
    {
      t0 = (y0 - ay) / (by - ay);
      t1 = (y1 - ay) / (by - ay);
      if (t0 > t1)
        {
          double swap = t0;

          t0 = t1, t1 = swap;
        }
      t0 = MAX (t0, 0.0);
      t1 = MIN (t1, 1.0);
      if (t0 > t1)
        return;
    }

  for (int i = 0; i < 2; i++)
    {
      double x = ax + (i == 0 ? t0 : t1) * (bx - ax);

      *low = MIN (*low, x);
      *high = MAX (*high, x);
    }
}

/* Marks the cells of every pixel within @pad of the triangle: row of
 * cells by row, between the triangle's ends in that row's pixels and
 * @pad above and below, widened by @pad. */
static void
add_triangle_within (KwaDamage    *self,
                     const double  xs[3],
                     const double  ys[3],
                     double        pad)
{
  double top = MIN (ys[0], MIN (ys[1], ys[2])), bottom = MAX (ys[0], MAX (ys[1], ys[2]));
  int r0, r1;

  for (int i = 0; i < 3; i++)
    if (isnan (xs[i]) || isnan (ys[i]))
      return;
  /* A point at infinity: its box, which the frame's edges clip. */
  for (int i = 0; i < 3; i++)
    if (!isfinite (xs[i]) || !isfinite (ys[i]))
      {
        kwa_damage_add_box (self, MIN (xs[0], MIN (xs[1], xs[2])) - pad + 1, top - pad + 1,
                            MAX (xs[0], MAX (xs[1], xs[2])) + pad - 1, bottom + pad - 1);
        return;
      }

  top = floor (top) - pad;
  bottom = ceil (bottom) + pad;
  if (bottom <= 0 || top >= self->height)
    return;
  r0 = (int) MAX (top, 0) / KWA_DAMAGE_CELL;
  r1 = ((int) MIN (bottom, self->height) - 1) / KWA_DAMAGE_CELL;

  for (int row = r0; row <= r1; row++)
    {
      double band_top = (double) row * KWA_DAMAGE_CELL - pad;
      double band_bottom = (double) (row + 1) * KWA_DAMAGE_CELL + pad;
      double low = G_MAXDOUBLE, high = -G_MAXDOUBLE;
      int c0, c1;

      for (int i = 0; i < 3; i++)
        take_edge_in_rows (xs[i], ys[i], xs[(i + 1) % 3], ys[(i + 1) % 3], band_top, band_bottom, &low, &high);
      if (low > high)
        continue;

      low = floor (low) - pad;
      high = ceil (high) + pad;
      if (high <= 0 || low >= self->width)
        continue;
      c0 = (int) MAX (low, 0) / KWA_DAMAGE_CELL;
      c1 = ((int) MIN (high, self->width) - 1) / KWA_DAMAGE_CELL;
      memset (self->cells + (gsize) row * self->columns + c0, 1, c1 - c0 + 1);
    }
}

/**
 * kwa_damage_add_triangle:
 *
 * Marks the cells the triangle (in pixels) touches, with the pixel around
 * it that antialiasing may reach: those kwa_damage_add_box() would mark
 * of its box, but, row of cells by row, only between the triangle's ends
 * in that row. A thin strip slanting across the frame (an edge that moved
 * a little) marks the cells along it, not the box it slants across. A
 * triangle with a point not a number marks nothing, as a box does.
 */
void
kwa_damage_add_triangle (KwaDamage *self,
                         double     x0,
                         double     y0,
                         double     x1,
                         double     y1,
                         double     x2,
                         double     y2)
{
  const double xs[3] = { x0, x1, x2 }, ys[3] = { y0, y1, y2 };

  g_return_if_fail (self != NULL);

  add_triangle_within (self, xs, ys, 1);
}

/**
 * kwa_damage_add_segment:
 * @reach: how far from the segment a pixel may be drawn (a pen's half
 *   width and more), in pixels
 *
 * Marks the cells of every pixel within @reach of the segment (and the
 * pixel beyond, that antialiasing may reach): along a line slanting
 * across the frame, a strip, not its box.
 */
void
kwa_damage_add_segment (KwaDamage *self,
                        double     x0,
                        double     y0,
                        double     x1,
                        double     y1,
                        double     reach)
{
  const double xs[3] = { x0, x1, x1 }, ys[3] = { y0, y1, y1 };

  g_return_if_fail (self != NULL);

  add_triangle_within (self, xs, ys, ceil (MAX (reach, 0)) + 1);
}

/* Marks the cells @other marks; both of one size. */
void
kwa_damage_add_damage (KwaDamage       *self,
                       const KwaDamage *other)
{
  gsize n;

  g_return_if_fail (self != NULL && other != NULL);
  g_return_if_fail (self->width == other->width && self->height == other->height);

  n = (gsize) self->columns * self->rows;
  for (gsize i = 0; i < n; i++)
    self->cells[i] |= other->cells[i];
}

void
kwa_damage_add_cell (KwaDamage *self,
                     int        column,
                     int        row)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column >= 0 && row >= 0 && column < self->columns && row < self->rows);

  self->cells[(gsize) row * self->columns + column] = 1;
}

/* The cells of pixel row @y, a byte each, marked or not; %NULL for a row
 * outside the frame. Owned by @self, until it changes. */
const guint8 *
kwa_damage_peek_row (const KwaDamage *self,
                     int              y)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (y < 0 || y >= self->height)
    return NULL;

  return self->cells + (gsize) (y / KWA_DAMAGE_CELL) * self->columns;
}

gboolean
kwa_damage_is_all (const KwaDamage *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return kwa_damage_count_cells (self) == (guint) (self->columns * self->rows);
}

gboolean
kwa_damage_has_cell (const KwaDamage *self,
                     int              column,
                     int              row)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (column < 0 || row < 0 || column >= self->columns || row >= self->rows)
    return FALSE;

  return self->cells[(gsize) row * self->columns + column] != 0;
}

guint
kwa_damage_count_cells (const KwaDamage *self)
{
  gsize n;
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  n = (gsize) self->columns * self->rows;
  for (gsize i = 0; i < n; i++)
    count += self->cells[i] != 0;

  return count;
}

/**
 * kwa_damage_next_span:
 * @row: a row of pixels
 * @x0: (inout): 0 to begin; then where the last span ended, as returned
 * @x1: (out): one past the span's last pixel
 *
 * The next run of marked pixels of @row from @x0 on: marked cells side by
 * side make one run.
 *
 * Returns: %FALSE when the row has no more
 */
gboolean
kwa_damage_next_span (const KwaDamage *self,
                      int              row,
                      int             *x0,
                      int             *x1)
{
  const guint8 *cells;
  int column;

  g_return_val_if_fail (self != NULL && x0 != NULL && x1 != NULL, FALSE);

  if (row < 0 || row >= self->height)
    return FALSE;

  cells = self->cells + (gsize) (row / KWA_DAMAGE_CELL) * self->columns;
  column = (MAX (*x0, 0) + KWA_DAMAGE_CELL - 1) / KWA_DAMAGE_CELL;
  while (column < self->columns && !cells[column])
    column++;
  if (column >= self->columns)
    return FALSE;

  *x0 = column * KWA_DAMAGE_CELL;
  while (column < self->columns && cells[column])
    column++;
  *x1 = MIN (column * KWA_DAMAGE_CELL, self->width);

  return TRUE;
}
