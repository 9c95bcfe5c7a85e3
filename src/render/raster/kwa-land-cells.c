/* kwa-land-cells.c: the land under the last frame's overlays, kept cell by cell
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-land-cells"

#include "config.h"

#include <string.h>

#include "kwa-land-cells.h"

/* A frame drawn over the last puts the land back under the last frame's
 * overlays before drawing them again (kwa-frame-changes.c). From one day
 * to the next most of them stay where they were, over land that did not
 * change hands: the date card, the legend, the names, the scale bar. Composing
 * that land again each frame, from the basemap raster, the land mask and
 * the front's coverage row by row, was half of a quiet day's map (a sixth
 * of the 1080p window's work). So the land of each cell under an overlay
 * is kept as it was composed, and put back by copying it, until the land
 * in that cell changes hands or the cell is no longer under an overlay.
 *
 * What is kept is always the land of the last frame: a cell is kept only
 * while an overlay covers it, every such cell is put back the next frame,
 * and a cell whose land moved is composed afresh and kept anew. Anything
 * that changes all the land (the view, the theme, the raster) starts
 * afresh: kwa_land_cells_forget(). */

struct _KwaLandCells
{
  int        columns, rows;   /* cells */
  guint32  **cells;           /* KWA_DAMAGE_CELL² pixels each, or NULL */

  /* This frame's plan */
  KwaDamage *copy;            /* cells whose kept land is copied back */
  KwaDamage *keep;            /* cells whose land, once composed, is kept */
};

#define CELL_PIXELS (KWA_DAMAGE_CELL * KWA_DAMAGE_CELL)

KwaLandCells *
kwa_land_cells_new (void)
{
  return g_new0 (KwaLandCells, 1);
}

void
kwa_land_cells_forget (KwaLandCells *self)
{
  g_return_if_fail (self != NULL);

  for (int i = 0; i < self->columns * self->rows; i++)
    g_free (self->cells[i]);
  g_clear_pointer (&self->cells, g_free);
  self->columns = self->rows = 0;
  if (self->copy != NULL)
    kwa_damage_clear (self->copy);
  if (self->keep != NULL)
    kwa_damage_clear (self->keep);
}

void
kwa_land_cells_free (KwaLandCells *self)
{
  if (self == NULL)
    return;

  kwa_land_cells_forget (self);
  g_clear_pointer (&self->copy, kwa_damage_free);
  g_clear_pointer (&self->keep, kwa_damage_free);
  g_free (self);
}

static void
ensure_grid (KwaLandCells    *self,
             const KwaDamage *damage)
{
  int columns, rows;

  kwa_damage_get_cells (damage, &columns, &rows);
  if (columns == self->columns && rows == self->rows && self->cells != NULL)
    return;

  kwa_land_cells_forget (self);
  self->columns = columns;
  self->rows = rows;
  self->cells = g_new0 (guint32 *, MAX (columns * rows, 1));
}

/**
 * kwa_land_cells_plan:
 * @restore: the cells whose land is put back this frame
 * @under: those under the last frame's overlays
 * @land_moved: those where the land may have changed hands
 * @compose: (out caller-allocates): cleared, then the cells to compose
 *
 * Before a frame, on one thread: of @restore, the cells under the last
 * overlays whose land is kept and did not move are copied back, the rest
 * composed (@compose); and of those composed, the ones under the last
 * overlays are kept for the next frame. Cells composed only because the
 * front moved over them are not kept: in the war of movement that is
 * most of the view, and an overlay seldom lands there.
 */
void
kwa_land_cells_plan (KwaLandCells    *self,
                     const KwaDamage *restore,
                     const KwaDamage *under,
                     const KwaDamage *land_moved,
                     KwaDamage       *compose)
{
  int width, height;

  g_return_if_fail (self != NULL && restore != NULL && under != NULL && land_moved != NULL);
  g_return_if_fail (compose != NULL);

  ensure_grid (self, restore);
  kwa_damage_get_size (restore, &width, &height);
  kwa_damage_clear (compose);
  kwa_damage_ensure (&self->copy, width, height);
  kwa_damage_ensure (&self->keep, width, height);

  for (int row = 0; row < self->rows; row++)
    for (int column = 0; column < self->columns; column++)
      {
        guint32 **cell = &self->cells[row * self->columns + column];
        gboolean is_under = kwa_damage_has_cell (under, column, row);

        if (!kwa_damage_has_cell (restore, column, row))
          continue;

        if (*cell != NULL && is_under && !kwa_damage_has_cell (land_moved, column, row))
          {
            kwa_damage_add_cell (self->copy, column, row);
            continue;
          }

        kwa_damage_add_cell (compose, column, row);
        if (is_under)
          {
            kwa_damage_add_cell (self->keep, column, row);
            if (*cell == NULL)
              *cell = g_new (guint32, CELL_PIXELS);
          }
      }
}

/* Copies each marked cell's rows in [first_row, end_row) between @target
 * and the land kept: into @target when @put, else out of it. */
static void
copy_cells (const KwaLandCells *self,
            cairo_surface_t    *target,
            const KwaDamage    *cells,
            int                 first_row,
            int                 end_row,
            gboolean            put)
{
  guint8 *data = cairo_image_surface_get_data (target);
  int stride = cairo_image_surface_get_stride (target);
  int width, height;

  kwa_damage_get_size (cells, &width, &height);
  width = MIN (width, cairo_image_surface_get_width (target));
  first_row = MAX (first_row, 0);
  end_row = MIN (end_row, MIN (height, cairo_image_surface_get_height (target)));

  for (int row = first_row / KWA_DAMAGE_CELL; row * KWA_DAMAGE_CELL < end_row; row++)
    {
      int y0 = MAX (row * KWA_DAMAGE_CELL, first_row);
      int y1 = MIN ((row + 1) * KWA_DAMAGE_CELL, end_row);

      for (int column = 0; column < self->columns; column++)
        {
          int x = column * KWA_DAMAGE_CELL;
          gsize bytes = MIN (KWA_DAMAGE_CELL, width - x) * sizeof (guint32);
          guint32 *cell;

          if (!kwa_damage_has_cell (cells, column, row))
            continue;

          cell = self->cells[row * self->columns + column];
          g_assert (cell != NULL);
          for (int y = y0; y < y1; y++)
            {
              guint32 *pixels = (guint32 *) (data + (gsize) y * stride) + x;
              guint32 *kept = cell + (y - row * KWA_DAMAGE_CELL) * KWA_DAMAGE_CELL;

              memcpy (put ? pixels : kept, put ? kept : pixels, bytes);
            }
        }
    }
}

/**
 * kwa_land_cells_put_rows:
 * @target: the frame's image, (0, 0) the view's
 *
 * Copies the kept land of the cells planned for it back into @target's
 * rows [@first_row, @end_row). Bands of a frame may call it side by side
 * for rows of their own.
 */
void
kwa_land_cells_put_rows (const KwaLandCells *self,
                         cairo_surface_t    *target,
                         int                 first_row,
                         int                 end_row)
{
  g_return_if_fail (self != NULL && target != NULL);

  if (self->copy != NULL)
    copy_cells (self, target, self->copy, first_row, end_row, TRUE);
}

/**
 * kwa_land_cells_keep_rows:
 *
 * Keeps the land just composed in the cells planned for it, of @target's
 * rows [@first_row, @end_row), before the overlays are drawn over it.
 * Bands of a frame may call it side by side for rows of their own.
 */
void
kwa_land_cells_keep_rows (KwaLandCells    *self,
                          cairo_surface_t *target,
                          int              first_row,
                          int              end_row)
{
  g_return_if_fail (self != NULL && target != NULL);

  if (self->keep != NULL)
    copy_cells (self, target, self->keep, first_row, end_row, FALSE);
}

/**
 * kwa_land_cells_keep_only:
 * @ink: where the frame's overlays drew
 *
 * After the frame: the land of cells no overlay covers is not put back
 * next frame, so it is let go.
 */
void
kwa_land_cells_keep_only (KwaLandCells    *self,
                          const KwaDamage *ink)
{
  g_return_if_fail (self != NULL && ink != NULL);

  for (int row = 0; row < self->rows; row++)
    for (int column = 0; column < self->columns; column++)
      if (!kwa_damage_has_cell (ink, column, row))
        g_clear_pointer (&self->cells[row * self->columns + column], g_free);
}
