/* kwa-area-rows.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-area-rows"

#include "config.h"

#include "kwa-area-rows.h"

/* Rings swept one pixel row at a time, as font rasterisers do: every edge
 * crossing a row leaves in the cells it passes the exact area it cuts off
 * to its right, so that a running sum along the row is each pixel's
 * (signed) coverage. No sub-rows to sample and no crossings to sort:
 * coverage is exact both ways, and a row costs a few operations per edge
 * crossing it plus one per cell those edges touch. Between the touched
 * cells the sum holds, so whole stretches inside or outside a shape are
 * known at once. Used by kwa_shape_fill_paint() (overlays) and
 * KwaPolygonCoverage (the basemap's tints). */

typedef struct
{
  double top;          /* the edge's y range, top < bottom */
  double bottom;
  double x_at_top;
  double slope;        /* dx / dy */
  float  direction;    /* +1 going down, -1 going up (reversed for holes) */
} Edge;

struct _KwaAreaRows
{
  GArray      *edges;       /* Edge, sorted by top once started */
  guint        next_edge;   /* the first edge not yet active */
  guint       *active;      /* indices of the edges crossing the row */
  guint        n_active;
  KwaAreaSpan *spans;       /* room for one per edge */
  guint        room;        /* of active and spans */
  int          width;
};

KwaAreaRows *
kwa_area_rows_new (void)
{
  KwaAreaRows *self = g_new0 (KwaAreaRows, 1);

  self->edges = g_array_new (FALSE, FALSE, sizeof (Edge));

  return self;
}

void
kwa_area_rows_free (KwaAreaRows *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->edges);
  g_free (self->active);
  g_free (self->spans);
  g_free (self);
}

/* Forgets the rings; the room made for them stays. */
void
kwa_area_rows_clear (KwaAreaRows *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->edges, 0);
  self->next_edge = 0;
  self->n_active = 0;
}

/**
 * kwa_area_rows_add_ring:
 * @points: a closed ring, in pixels (it closes itself)
 * @reversed: whether to count the ring as wound the other way: how a hole
 *   is cut from a ring drawn the same way round, by the nonzero rule
 */
void
kwa_area_rows_add_ring (KwaAreaRows       *self,
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
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *ea = a, *eb = b;

  return (ea->top > eb->top) - (ea->top < eb->top);
}

/**
 * kwa_area_rows_start:
 * @width: the rows' length, in pixels
 * @first_row: the first row to be swept; rows go down from there
 * @top: (out): the first row the rings reach, at or after @first_row
 * @bottom: (out): one past the last
 *
 * Readies the rings for kwa_area_rows_accumulate(), row after row.
 *
 * Returns: %FALSE when there is nothing to sweep
 */
gboolean
kwa_area_rows_start (KwaAreaRows *self,
                     int          width,
                     int          first_row,
                     int         *top,
                     int         *bottom)
{
  const Edge *edges;
  double lowest = -G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL && width > 0 && top != NULL && bottom != NULL, FALSE);

  self->next_edge = 0;
  self->n_active = 0;
  self->width = width;
  if (self->edges->len == 0)
    return FALSE;

  g_array_sort (self->edges, compare_edges);
  edges = (const Edge *) self->edges->data;
  for (guint i = 0; i < self->edges->len; i++)
    lowest = MAX (lowest, edges[i].bottom);
  /* Clamped before the cast: a view zoomed far in puts edges at any y. */
  *top = (int) CLAMP (floor (edges[0].top), first_row, G_MAXINT / 2);
  *bottom = (int) CLAMP (ceil (lowest), first_row, G_MAXINT / 2);

  if (self->room < self->edges->len)
    {
      self->room = self->edges->len;
      self->active = g_renew (guint, self->active, self->room);
      self->spans = g_renew (KwaAreaSpan, self->spans, self->room);
    }
  return *top < *bottom;
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

/* The edges crossing row @y, from those crossing the row before. */
static void
update_active (KwaAreaRows *self,
               int          y)
{
  const Edge *edges = (const Edge *) self->edges->data;
  guint kept = 0;

  for (guint i = 0; i < self->n_active; i++)
    if (edges[self->active[i]].bottom > y)
      self->active[kept++] = self->active[i];
  self->n_active = kept;

  while (self->next_edge < self->edges->len && edges[self->next_edge].top < y + 1)
    {
      if (edges[self->next_edge].bottom > y)
        self->active[self->n_active++] = self->next_edge;
      self->next_edge++;
    }
}

/* Orders the spans by start and merges those that touch: a row has a
 * span per edge crossing it, a handful. */
static guint
merge_spans (KwaAreaSpan *spans,
             guint        n_spans)
{
  guint n_merged = 0;

  for (guint i = 1; i < n_spans; i++)
    {
      KwaAreaSpan item = spans[i];
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

/**
 * kwa_area_rows_accumulate:
 * @y: the row, below the one before
 * @cells: width + 2 cells, zero but for what this call adds: rings swept
 *   in turn can share them
 * @spans: (out) (transfer none): where the cells were touched, in order,
 *   apart, and within [0, width + 2)
 *
 * Adds the areas the rings' edges cut off in row @y to @cells. The caller
 * sweeps the spans' cells and sets them back to zero before the next row.
 *
 * Returns: how many spans there are
 */
guint
kwa_area_rows_accumulate (KwaAreaRows        *self,
                          int                 y,
                          float              *cells,
                          const KwaAreaSpan **spans)
{
  const Edge *edges = (const Edge *) self->edges->data;
  guint n_spans = 0;

  update_active (self, y);

  for (guint i = 0; i < self->n_active; i++)
    {
      const Edge *edge = &edges[self->active[i]];
      double top = MAX (edge->top, y), bottom = MIN (edge->bottom, y + 1.0);
      double from, to;

      if (bottom <= top)
        continue;
      /* Left of the row an edge still counts, as if at its start. */
      from = CLAMP (edge->x_at_top + (top - edge->top) * edge->slope, 0, self->width);
      to = CLAMP (edge->x_at_top + (bottom - edge->top) * edge->slope, 0, self->width);
      accumulate (cells, from, to, (float) (bottom - top) * edge->direction);
      self->spans[n_spans++] = (KwaAreaSpan) { (int) MIN (from, to),
                                               MIN (ceil_positive (MAX (from, to)) + 2, self->width + 2) };
    }

  *spans = self->spans;
  return merge_spans (self->spans, n_spans);
}
