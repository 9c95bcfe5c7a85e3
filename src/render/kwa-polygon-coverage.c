/* kwa-polygon-coverage.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-polygon-coverage"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "kwa-polygon-coverage.h"

/* How much of each pixel shows "inside", one row at a time, as runs of
 * equal coverage, for polygons painted one over another (the south's
 * region, then enclaves of either side): what a compositor needs to copy
 * whole runs from one image or another and blend only the few pixels on
 * an edge. Cairo can only clip a paint with a polygon, which makes an
 * alpha mask of the whole area and blends every pixel through it: about
 * twice the work of copying the pixels, every frame, per polygon.
 *
 * Each row is sampled on SUB_ROWS lines; on each, a polygon's edges are
 * crossed at exact x positions (nonzero winding, as cairo fills), so
 * coverage is exact across a row and in SUB_ROWS steps down it. */

#define SUB_ROWS 4

typedef struct
{
  double top;       /* y where the edge starts, top < bottom */
  double bottom;
  double x_at_top;
  double slope;     /* dx / dy */
  int    winding;   /* +1 going down, -1 going up */
} Edge;

typedef struct
{
  double x;
  int    winding;
  guint  edge;
} Crossing;

/* A row's runs. Plain arrays with room for a run per column, which no row
 * exceeds: this is filled for every row of every frame. */
typedef struct
{
  KwaCoverageRun *items;
  guint           len;
} RunList;

/* One polygon's coverage of the row being made, before it is painted
 * over the others'. Polygons take turns, so they share one. */
typedef struct
{
  int     width;
  /* partial[x] is what edges leave in pixel x; full[x] changes the
   * coverage of every pixel from x on. Only the columns in touched (and
   * marked) are non-zero. Two spare columns: an edge at the right border
   * writes just past it. */
  float  *partial;
  float  *full;
  guint8 *marked;
  int    *touched;     /* room for every column */
  guint   n_touched;
  RunList runs;
} RowCoverage;

/* One polygon: its edges, and which of them the row being made crosses. */
typedef struct
{
  guint8  paints;      /* 255 where it paints "inside", 0 where "outside" */
  double  top;         /* the rows it reaches */
  double  bottom;

  GArray *edges;       /* Edge, by top */
  guint   next_edge;   /* the first edge not yet active */
  GArray *active;      /* guint indices into edges */
} Polygon;

struct _KwaPolygonCoverage
{
  int          width;
  int          height;
  GPtrArray   *polygons;     /* Polygon, in painting order */
  GArray      *crossings;    /* Crossing: scratch for one sub-row */
  RowCoverage  polygon_row;  /* scratch: one polygon's share of a row */
  RunList      runs;         /* all the polygons painted */
  RunList      merged;       /* scratch */
  int          last_row;
};

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const Edge *ea = a, *eb = b;

  return (ea->top > eb->top) - (ea->top < eb->top);
}

static void
polygon_free (Polygon *polygon)
{
  g_array_unref (polygon->edges);
  g_array_unref (polygon->active);
  g_free (polygon);
}

/**
 * kwa_polygon_coverage_new:
 * @width: (in pixels) the rows' length
 * @height: how many rows there are
 *
 * Returns: (transfer full): a converter with nothing inside yet
 */
KwaPolygonCoverage *
kwa_polygon_coverage_new (int width,
                          int height)
{
  KwaPolygonCoverage *self;

  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (KwaPolygonCoverage, 1);
  self->width = width;
  self->height = height;
  self->polygons = g_ptr_array_new_with_free_func ((GDestroyNotify) polygon_free);
  self->crossings = g_array_new (FALSE, FALSE, sizeof (Crossing));
  self->polygon_row.width = width;
  self->polygon_row.partial = g_new0 (float, width + 2);
  self->polygon_row.full = g_new0 (float, width + 2);
  self->polygon_row.marked = g_new0 (guint8, width + 2);
  self->polygon_row.touched = g_new (int, width + 2);
  self->polygon_row.runs.items = g_new (KwaCoverageRun, width);
  self->runs.items = g_new (KwaCoverageRun, width);
  self->merged.items = g_new (KwaCoverageRun, width);
  self->last_row = -1;

  return self;
}

void
kwa_polygon_coverage_free (KwaPolygonCoverage *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->polygons);
  g_array_unref (self->crossings);
  g_free (self->polygon_row.partial);
  g_free (self->polygon_row.full);
  g_free (self->polygon_row.marked);
  g_free (self->polygon_row.touched);
  g_free (self->polygon_row.runs.items);
  g_free (self->runs.items);
  g_free (self->merged.items);
  g_free (self);
}

/**
 * kwa_polygon_coverage_add:
 * @points: the polygon, in pixels; it closes itself
 * @paints_inside: whether the polygon makes its pixels "inside" (%TRUE)
 *   or "outside" again (%FALSE)
 *
 * Paints a polygon over those added before, as cairo would fill it over
 * them. Only before the first row is read.
 */
void
kwa_polygon_coverage_add (KwaPolygonCoverage *self,
                          const KwaMapPoint  *points,
                          guint               n_points,
                          gboolean            paints_inside)
{
  Polygon *polygon;

  g_return_if_fail (self != NULL);
  g_return_if_fail (points != NULL || n_points == 0);
  g_return_if_fail (self->last_row < 0);

  polygon = g_new0 (Polygon, 1);
  polygon->paints = paints_inside ? 255 : 0;
  polygon->top = G_MAXDOUBLE;
  polygon->bottom = -G_MAXDOUBLE;
  polygon->edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge), n_points);
  polygon->active = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_points; i++)
    {
      const KwaMapPoint *a = &points[i];
      const KwaMapPoint *b = &points[(i + 1) % n_points];
      Edge edge;

      if (a->y == b->y || !isfinite (a->x + a->y + b->x + b->y))
        continue;   /* horizontal edges cross no sampling line */

      if (a->y < b->y)
        edge = (Edge) { a->y, b->y, a->x, 0, +1 };
      else
        edge = (Edge) { b->y, a->y, b->x, 0, -1 };
      edge.slope = (b->x - a->x) / (b->y - a->y);
      if (edge.bottom <= 0 || edge.top >= self->height)
        continue;
      polygon->top = MIN (polygon->top, edge.top);
      polygon->bottom = MAX (polygon->bottom, edge.bottom);
      g_array_append_val (polygon->edges, edge);
    }
  g_array_sort (polygon->edges, compare_edges);

  g_ptr_array_add (self->polygons, polygon);
}

static void
touch (RowCoverage *row,
       int          column)
{
  if (!row->marked[column])
    {
      row->marked[column] = TRUE;
      row->touched[row->n_touched++] = column;
    }
}

/* Adds the inside stretch [start, end) of one sub-row, @weight high. */
static void
add_span (RowCoverage *row,
          double       start,
          double       end,
          float        weight)
{
  int first, last;

  start = CLAMP (start, 0, row->width);
  end = CLAMP (end, 0, row->width);
  if (end <= start)
    return;

  first = (int) start;
  last = (int) end;

  touch (row, first);
  if (first == last)
    {
      row->partial[first] += weight * (float) (end - start);
      return;
    }

  row->partial[first] += weight * (float) (first + 1 - start);
  touch (row, first + 1);
  row->full[first + 1] += weight;
  touch (row, last);
  row->full[last] -= weight;
  row->partial[last] += weight * (float) (end - last);
}

static void
update_active_edges (Polygon *polygon,
                     double   y)
{
  const Edge *edges = (const Edge *) polygon->edges->data;
  guint kept = 0;

  for (guint i = 0; i < polygon->active->len; i++)
    {
      guint index = g_array_index (polygon->active, guint, i);

      if (edges[index].bottom > y)
        g_array_index (polygon->active, guint, kept++) = index;
    }
  g_array_set_size (polygon->active, kept);

  while (polygon->next_edge < polygon->edges->len && edges[polygon->next_edge].top <= y)
    {
      if (edges[polygon->next_edge].bottom > y)
        g_array_append_val (polygon->active, polygon->next_edge);
      polygon->next_edge++;
    }
}

static void
sort_crossings (GArray *crossings)
{
  Crossing *c = (Crossing *) crossings->data;

  /* Insertion sort: a handful of crossings, already in order but for those
   * that crossed since the sub-row before (see sample_sub_row()). */
  for (guint i = 1; i < crossings->len; i++)
    {
      Crossing item = c[i];
      guint j = i;

      while (j > 0 && c[j - 1].x > item.x)
        {
          c[j] = c[j - 1];
          j--;
        }
      c[j] = item;
    }
}

static void
sample_sub_row (Polygon     *polygon,
                RowCoverage *row,
                GArray      *crossings,
                double       y)
{
  const Edge *edges = (const Edge *) polygon->edges->data;
  const Crossing *sorted;
  int winding = 0;
  double start = 0;

  update_active_edges (polygon, y);

  /* Written in place, not appended: this runs for every sub-row. */
  g_array_set_size (crossings, polygon->active->len);
  for (guint i = 0; i < polygon->active->len; i++)
    {
      const Edge *edge = &edges[g_array_index (polygon->active, guint, i)];

      g_array_index (crossings, Crossing, i) = (Crossing) { edge->x_at_top + (y - edge->top) * edge->slope,
                                                            edge->winding,
                                                            g_array_index (polygon->active, guint, i) };
    }
  sort_crossings (crossings);
  /* The active edges in the crossings' order, so the next sub-row's come
   * out nearly sorted. */
  for (guint i = 0; i < crossings->len; i++)
    g_array_index (polygon->active, guint, i) = g_array_index (crossings, Crossing, i).edge;

  sorted = (const Crossing *) crossings->data;
  for (guint i = 0; i < crossings->len; i++)
    {
      int before = winding;

      winding += sorted[i].winding;
      if (before == 0 && winding != 0)
        start = sorted[i].x;
      else if (before != 0 && winding == 0)
        add_span (row, start, sorted[i].x, 1.0f / SUB_ROWS);
    }
}

static void
append_run (RunList *runs,
            int      start,
            int      end,
            guint8   alpha)
{
  KwaCoverageRun *last = runs->len > 0 ? &runs->items[runs->len - 1] : NULL;

  if (end <= start)
    return;
  if (last != NULL && last->alpha == alpha && last->end == start)
    last->end = end;
  else
    runs->items[runs->len++] = (KwaCoverageRun) { start, end, alpha };
}

static guint8
to_alpha (float coverage)
{
  int alpha = (int) (coverage * 255.0f + 0.5f);

  return (guint8) CLAMP (alpha, 0, 255);
}

/* Insertion sort: a row touches a handful of columns, and qsort()'s calls
 * through a function pointer cost more than the sorting. */
static void
sort_columns (int   *columns,
              guint  n_columns)
{
  for (guint i = 1; i < n_columns; i++)
    {
      int column = columns[i];
      guint j = i;

      while (j > 0 && columns[j - 1] > column)
        {
          columns[j] = columns[j - 1];
          j--;
        }
      columns[j] = column;
    }
}

/* Turns the touched columns into the polygon's runs, and clears them for
 * the next polygon or row. */
static void
collect_runs (RowCoverage *row)
{
  float coverage = 0;
  int from = 0;

  row->runs.len = 0;
  sort_columns (row->touched, row->n_touched);

  for (guint i = 0; i < row->n_touched; i++)
    {
      int column = row->touched[i];

      if (column < row->width)
        {
          append_run (&row->runs, from, column, to_alpha (coverage));
          coverage += row->full[column];
          append_run (&row->runs, column, column + 1, to_alpha (coverage + row->partial[column]));
          from = column + 1;
        }
      row->full[column] = 0;
      row->partial[column] = 0;
      row->marked[column] = FALSE;
    }
  append_run (&row->runs, from, row->width, to_alpha (coverage));
  row->n_touched = 0;
}

/* Paints the polygon's runs (self->polygon_row) over self->runs: each
 * pixel becomes what it was where the polygon leaves it, and @paints
 * where it covers. */
static void
paint_runs (KwaPolygonCoverage *self,
            guint8              paints)
{
  const KwaCoverageRun *below = self->runs.items;
  const KwaCoverageRun *above = self->polygon_row.runs.items;
  RunList swap;
  guint i = 0, j = 0;
  int x = 0;

  self->merged.len = 0;
  while (x < self->width)
    {
      int end = MIN (below[i].end, above[j].end);
      guint a = above[j].alpha;
      guint8 value = (guint8) ((below[i].alpha * (255 - a) + paints * a + 127) / 255);

      append_run (&self->merged, x, end, value);
      x = end;
      if (below[i].end == end)
        i++;
      if (above[j].end == end)
        j++;
    }

  swap = self->runs;
  self->runs = self->merged;
  self->merged = swap;
}

/**
 * kwa_polygon_coverage_get_row:
 * @y: the row, greater than the last one asked for
 * @n_runs: (out): how many runs there are
 *
 * Returns: (transfer none): runs that cover the row from 0 to the width,
 *   in order, no two neighbours alike; valid until the next call
 */
const KwaCoverageRun *
kwa_polygon_coverage_get_row (KwaPolygonCoverage *self,
                              int                 y,
                              guint              *n_runs)
{
  g_return_val_if_fail (self != NULL && n_runs != NULL, NULL);
  g_return_val_if_fail (y > self->last_row && y < self->height, NULL);

  self->last_row = y;
  self->runs.len = 0;
  append_run (&self->runs, 0, self->width, 0);

  for (guint p = 0; p < self->polygons->len; p++)
    {
      Polygon *polygon = g_ptr_array_index (self->polygons, p);

      /* Rows the polygon does not reach cost nothing. */
      if (polygon->bottom <= y || polygon->top >= y + 1)
        continue;

      for (guint sub = 0; sub < SUB_ROWS; sub++)
        sample_sub_row (polygon, &self->polygon_row, self->crossings, y + (sub + 0.5) / SUB_ROWS);
      collect_runs (&self->polygon_row);
      if (self->polygon_row.runs.len == 1 && self->polygon_row.runs.items[0].alpha == 0)
        continue;
      if (self->runs.len == 1 && self->runs.items[0].alpha == 0 && polygon->paints == 255)
        {
          /* Painted over nothing, the polygon's runs are the row's. */
          RunList swap = self->runs;

          self->runs = self->polygon_row.runs;
          self->polygon_row.runs = swap;
        }
      else
        paint_runs (self, polygon->paints);
    }

  *n_runs = self->runs.len;
  return self->runs.items;
}
