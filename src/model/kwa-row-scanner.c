/* kwa-row-scanner.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kwa-row-scanner.h"

/* Where horizontal lines cross the edges of polygons, row after row.
 *
 * Measuring the land a side holds scans a thousand rows of the 1 km land
 * grid. Testing every edge of every ring at every row made that a
 * millisecond and more of each frame on the main thread (the situation
 * panel shows the shares of every day). Here each ring's edges are sorted
 * by their lower end once; a row only looks at the edges that span it,
 * taking new ones in as the rows go down and dropping those left behind.
 * Rows must therefore come in order of height, as scanlines do.
 *
 * The crossings are the ones the plain test gives, to the bit: an edge
 * counts where exactly one end lies below the row (so a vertex on the row
 * counts once), and x is computed from the edge's ends in ring order. */

typedef struct
{
  double low, high;    /* the edge's ends' heights, low ≤ high */
  guint  from, to;     /* the edge's ends, in ring order */
} Edge;

typedef struct
{
  const KwaMapPoint *points;
  guint              n_points;
  Edge              *edges;       /* sorted by low */
  guint              n_edges;
  guint              next;        /* the first edge not yet taken in */
  GArray            *active;      /* guint indexes into edges */
  double             last_y;
} Ring;

struct _KwaRowScanner
{
  Ring  *rings;
  guint  n_rings;
};

static int
compare_edges (const void *a,
               const void *b)
{
  const Edge *x = a, *y = b;

  return (x->low > y->low) - (x->low < y->low);
}

static void
ring_init (Ring             *ring,
           const KwaMapRing *source)
{
  guint n = source->n_points;

  ring->points = source->points;
  ring->n_points = n;
  ring->edges = g_new (Edge, MAX (n, 1));
  ring->n_edges = 0;
  ring->next = 0;
  ring->active = g_array_new (FALSE, FALSE, sizeof (guint));
  ring->last_y = -G_MAXDOUBLE;

  for (guint i = 0, j = n > 0 ? n - 1 : 0; i < n; j = i++)
    {
      const KwaMapPoint *a = &source->points[j], *b = &source->points[i];

      /* A level edge spans no row. */
      if (a->y == b->y)
        continue;
      ring->edges[ring->n_edges++] = (Edge) { MIN (a->y, b->y), MAX (a->y, b->y), j, i };
    }
  qsort (ring->edges, ring->n_edges, sizeof (Edge), compare_edges);
}

/**
 * kwa_row_scanner_new:
 * @rings: (array length=n_rings): polygons, borrowed until freed
 *
 * Returns: (transfer full): a scanner of @rings
 */
KwaRowScanner *
kwa_row_scanner_new (const KwaMapRing *rings,
                     guint             n_rings)
{
  KwaRowScanner *self;

  g_return_val_if_fail (rings != NULL || n_rings == 0, NULL);

  self = g_new0 (KwaRowScanner, 1);
  self->rings = g_new0 (Ring, MAX (n_rings, 1));
  self->n_rings = n_rings;
  for (guint r = 0; r < n_rings; r++)
    ring_init (&self->rings[r], &rings[r]);

  return self;
}

void
kwa_row_scanner_free (KwaRowScanner *self)
{
  if (self == NULL)
    return;

  for (guint r = 0; r < self->n_rings; r++)
    {
      g_free (self->rings[r].edges);
      g_array_unref (self->rings[r].active);
    }
  g_free (self->rings);
  g_free (self);
}

guint
kwa_row_scanner_get_n_rings (KwaRowScanner *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rings;
}

guint
kwa_row_scanner_get_n_points (KwaRowScanner *self,
                              guint          ring)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].n_points;
}

/**
 * kwa_row_scanner_add_crossings:
 * @ring: which ring
 * @y: the row's height, no lower than the last row asked of @ring
 * @crossings: (element-type double): where the crossings' x are appended,
 *   in no order
 *
 * Appends the x positions where the row at @y crosses @ring's edges.
 */
void
kwa_row_scanner_add_crossings (KwaRowScanner *self,
                               guint          ring_index,
                               double         y,
                               GArray        *crossings)
{
  Ring *ring;
  guint kept = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (ring_index < self->n_rings);

  ring = &self->rings[ring_index];
  g_return_if_fail (y >= ring->last_y);
  ring->last_y = y;

  while (ring->next < ring->n_edges && ring->edges[ring->next].low <= y)
    {
      g_array_append_val (ring->active, ring->next);
      ring->next++;
    }

  for (guint i = 0; i < ring->active->len; i++)
    {
      guint index = g_array_index (ring->active, guint, i);
      const Edge *edge = &ring->edges[index];
      const KwaMapPoint *a, *b;
      double x;

      /* Left behind: no later row reaches it again. */
      if (edge->high <= y)
        continue;
      g_array_index (ring->active, guint, kept++) = index;

      a = &ring->points[edge->from];
      b = &ring->points[edge->to];
      x = a->x + (y - a->y) * (b->x - a->x) / (b->y - a->y);
      g_array_append_val (crossings, x);
    }
  g_array_set_size (ring->active, kept);
}
