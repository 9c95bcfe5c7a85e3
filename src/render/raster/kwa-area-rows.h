/* kwa-area-rows.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

#include "kwa-map-types.h"

G_BEGIN_DECLS

/* Cells of a row some edge touched, [start, end); outside them the row's
 * running sum holds. */
typedef struct
{
  int start;
  int end;
} KwaAreaSpan;

typedef struct _KwaAreaRows KwaAreaRows;

KwaAreaRows       *kwa_area_rows_new        (void);
void               kwa_area_rows_free       (KwaAreaRows       *self);
void               kwa_area_rows_clear      (KwaAreaRows       *self);
void               kwa_area_rows_add_ring   (KwaAreaRows       *self,
                                             const KwaMapPoint *points,
                                             guint              n_points,
                                             gboolean           reversed);
gboolean           kwa_area_rows_start      (KwaAreaRows       *self,
                                             int                width,
                                             int                first_row,
                                             int               *top,
                                             int               *bottom);
guint              kwa_area_rows_accumulate (KwaAreaRows       *self,
                                             int                y,
                                             float             *cells,
                                             const KwaAreaSpan **spans);

/* How much of a pixel is inside, 0–1, for a running sum of signed areas:
 * by the nonzero rule (rings that do not cross, or overlap wound alike)
 * or the even-odd one. */
static inline float
kwa_area_coverage (float    sum,
                   gboolean even_odd)
{
  float amount = fabsf (sum);

  if (even_odd)
    {
      amount -= 2.0f * (float) (int) (amount * 0.5f);   /* fmodf (amount, 2), inline */
      amount = amount > 1 ? 2 - amount : amount;
    }
  return amount < 1.0f ? amount : 1.0f;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaAreaRows, kwa_area_rows_free)

G_END_DECLS
