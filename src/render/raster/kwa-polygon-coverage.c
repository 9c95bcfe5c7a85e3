/* kwa-polygon-coverage.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-polygon-coverage"

#include "config.h"

#include <math.h>

#include "kwa-area-rows.h"
#include "kwa-polygon-coverage.h"

/* How much of each pixel shows "inside", one row at a time, as runs of
 * equal coverage, for polygons painted one over another (the south's
 * region, then enclaves of either side): what a compositor needs to copy
 * whole runs from one image or another and blend only the few pixels on
 * an edge. Cairo can only clip a paint with a polygon, which makes an
 * alpha mask of the whole area and blends every pixel through it: about
 * twice the work of copying the pixels, every frame, per polygon.
 *
 * Each polygon's coverage of a row is exact, from the areas its edges cut
 * off (see KwaAreaRows), by the nonzero rule as cairo fills. */

/* A row's runs. Plain arrays with room for a run per column, which no row
 * exceeds: this is filled for every row of every frame. */
typedef struct
{
  KwaCoverageRun *items;
  guint           len;
} RunList;

/* One polygon: its rings, swept row by row. */
typedef struct
{
  guint8       paints;   /* 255 where it paints "inside", 0 where "outside" */
  guint        needed;   /* how many of its rings must overlap to cover */
  KwaAreaRows *rows;
  int          top;      /* the rows it reaches, once started */
  int          bottom;
} Polygon;

struct _KwaPolygonCoverage
{
  int          width;
  int          height;
  GPtrArray   *polygons;     /* Polygon, in painting order */
  float       *cells;        /* scratch: a row's areas, width + 2; polygons take turns */
  RunList      polygon_runs; /* scratch: one polygon's share of a row */
  RunList      runs;         /* all the polygons painted */
  RunList      merged;       /* scratch */
  int          last_row;
};

static void
polygon_free (Polygon *polygon)
{
  kwa_area_rows_free (polygon->rows);
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
  self->cells = g_new0 (float, width + 2);
  self->polygon_runs.items = g_new (KwaCoverageRun, width);
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
  g_free (self->cells);
  g_free (self->polygon_runs.items);
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
  KwaMapRing ring = { points, n_points };

  kwa_polygon_coverage_add_overlap (self, &ring, 1, 1, paints_inside);
}

/**
 * kwa_polygon_coverage_add_overlap:
 * @rings: rings in pixels, all wound the same way; each closes itself
 * @needed: how many of @rings must overlap a point to cover it
 * @paints_inside: as for kwa_polygon_coverage_add()
 *
 * Paints where at least @needed of @rings overlap, over the polygons
 * added before: with @needed 1, their union. Only before the first row is
 * read.
 */
void
kwa_polygon_coverage_add_overlap (KwaPolygonCoverage *self,
                                  const KwaMapRing   *rings,
                                  guint               n_rings,
                                  guint               needed,
                                  gboolean            paints_inside)
{
  Polygon *polygon;

  g_return_if_fail (self != NULL);
  g_return_if_fail (rings != NULL || n_rings == 0);
  g_return_if_fail (needed >= 1);
  g_return_if_fail (self->last_row < 0);

  polygon = g_new0 (Polygon, 1);
  polygon->paints = paints_inside ? 255 : 0;
  polygon->needed = needed;
  polygon->rows = kwa_area_rows_new ();
  for (guint i = 0; i < n_rings; i++)
    {
      g_return_if_fail (rings[i].points != NULL || rings[i].n_points == 0);
      kwa_area_rows_add_ring (polygon->rows, rings[i].points, rings[i].n_points, FALSE);
    }
  g_ptr_array_add (self->polygons, polygon);
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

/* Rings wound alike sum their windings: a point inside k of them has k
 * (fractions on edges), and is covered where k reaches @needed. */
static float
overlap_coverage (float sum,
                  guint needed)
{
  float amount;

  if (needed == 1)
    return kwa_area_coverage (sum, FALSE);

  amount = fabsf (sum) - (float) (needed - 1);
  return CLAMP (amount, 0.0f, 1.0f);
}

static guint8
to_alpha (float coverage)
{
  int alpha = (int) (coverage * 255.0f + 0.5f);

  return (guint8) CLAMP (alpha, 0, 255);
}

/* The polygon's coverage of row @y, as runs in self->polygon_runs. */
static void
collect_runs (KwaPolygonCoverage *self,
              Polygon            *polygon,
              int                 y)
{
  const KwaAreaSpan *spans;
  guint n_spans = kwa_area_rows_accumulate (polygon->rows, y, self->cells, &spans);
  float *cells = self->cells;
  RunList *runs = &self->polygon_runs;
  float sum = 0;
  int from = 0;

  runs->len = 0;
  for (guint i = 0; i < n_spans; i++)
    {
      int end = MIN (spans[i].end, self->width);

      append_run (runs, from, spans[i].start, to_alpha (overlap_coverage (sum, polygon->needed)));
      for (int x = spans[i].start; x < spans[i].end; x++)
        {
          sum += cells[x];
          cells[x] = 0;
          if (x < end)
            append_run (runs, x, x + 1, to_alpha (overlap_coverage (sum, polygon->needed)));
        }
      from = MAX (from, end);
    }
  append_run (runs, from, self->width, to_alpha (overlap_coverage (sum, polygon->needed)));
}

/* Paints the polygon's runs (self->polygon_row) over self->runs: each
 * pixel becomes what it was where the polygon leaves it, and @paints
 * where it covers. */
static void
paint_runs (KwaPolygonCoverage *self,
            guint8              paints)
{
  const KwaCoverageRun *below = self->runs.items;
  const KwaCoverageRun *above = self->polygon_runs.items;
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
  gboolean first_row;

  g_return_val_if_fail (self != NULL && n_runs != NULL, NULL);
  g_return_val_if_fail (y > self->last_row && y < self->height, NULL);

  first_row = self->last_row < 0;
  self->last_row = y;
  self->runs.len = 0;
  append_run (&self->runs, 0, self->width, 0);

  for (guint p = 0; p < self->polygons->len; p++)
    {
      Polygon *polygon = g_ptr_array_index (self->polygons, p);

      if (first_row &&
          !kwa_area_rows_start (polygon->rows, self->width, y, &polygon->top, &polygon->bottom))
        polygon->top = polygon->bottom = y;
      /* Rows the polygon does not reach cost nothing. */
      if (y < polygon->top || y >= polygon->bottom)
        continue;

      collect_runs (self, polygon, y);
      if (self->polygon_runs.len == 1 && self->polygon_runs.items[0].alpha == 0)
        continue;
      if (self->runs.len == 1 && self->runs.items[0].alpha == 0 && polygon->paints == 255)
        {
          /* Painted over nothing, the polygon's runs are the row's. */
          RunList swap = self->runs;

          self->runs = self->polygon_runs;
          self->polygon_runs = swap;
        }
      else
        paint_runs (self, polygon->paints);
    }

  *n_runs = self->runs.len;
  return self->runs.items;
}
