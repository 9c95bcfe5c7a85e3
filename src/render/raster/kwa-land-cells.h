/* kwa-land-cells.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kwa-damage.h"

G_BEGIN_DECLS

/* The land under the last frame's overlays, kept cell by cell. */
typedef struct _KwaLandCells KwaLandCells;

KwaLandCells *kwa_land_cells_new       (void);
void          kwa_land_cells_free      (KwaLandCells    *self);
void          kwa_land_cells_forget    (KwaLandCells    *self);
void          kwa_land_cells_plan      (KwaLandCells    *self,
                                        const KwaDamage *restore,
                                        const KwaDamage *under,
                                        const KwaDamage *land_moved,
                                        KwaDamage       *compose);
void          kwa_land_cells_put_rows  (const KwaLandCells *self,
                                        cairo_surface_t    *target,
                                        int                 first_row,
                                        int                 end_row);
void          kwa_land_cells_keep_rows (KwaLandCells    *self,
                                        cairo_surface_t *target,
                                        int              first_row,
                                        int              end_row);
void          kwa_land_cells_keep_only (KwaLandCells    *self,
                                        const KwaDamage *ink);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaLandCells, kwa_land_cells_free)

G_END_DECLS
