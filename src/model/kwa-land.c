/* kwa-land.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-land"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kwa-land.h"
#include "kwa-row-scanner.h"

/* The Korean land, as the basemap draws it (the "land-korea" group of
 * data/korea-basemap.svg), so that "who holds this point" and "how much of
 * the peninsula does each side hold" agree with what visitors see.
 *
 * The shape becomes a mask of 1 km cells. Each row keeps a running count of
 * land cells, so the land inside any polygon is measured with one scanline
 * pass over the polygon's edges — fast enough to chart the whole war. */

#define CELL_SIZE 1.0   /* map units (km) per cell */

struct _KwaLand
{
  GObject  parent_instance;

  /* Owned */
  double   origin_x, origin_y;   /* map position of cell (0, 0)'s corner */
  guint    n_columns, n_rows;
  guint8  *cells;                /* n_rows × n_columns, 1 = land */
  guint16 *row_prefix;           /* n_rows × (n_columns + 1) land counts */
  double   area;
  GArray  *rings;                /* GArray of KwaMapPoint, one per ring */
  GArray  *ring_views;           /* KwaMapRing over @rings, for callers */
};

G_DEFINE_FINAL_TYPE (KwaLand, kwa_land, G_TYPE_OBJECT)
G_DEFINE_QUARK (kwa-land-error-quark, kwa_land_error)

static void
kwa_land_finalize (GObject *object)
{
  KwaLand *self = KWA_LAND (object);

  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->row_prefix, g_free);
  g_clear_pointer (&self->ring_views, g_array_unref);
  g_clear_pointer (&self->rings, g_array_unref);

  G_OBJECT_CLASS (kwa_land_parent_class)->finalize (object);
}

static void
kwa_land_class_init (KwaLandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_land_finalize;
}

static void
kwa_land_init (KwaLand *self)
{
}

/* ---- SVG path data (straight lines only) ---------------------------- */

static const char *
skip_separators (const char *p,
                 const char *end)
{
  while (p < end && (g_ascii_isspace (*p) || *p == ','))
    p++;
  return p;
}

static gboolean
read_number (const char **cursor,
             const char  *end,
             double      *value)
{
  const char *p = skip_separators (*cursor, end);
  char buffer[64];
  char *number_end;
  gsize len = 0;

  while (p + len < end && len < sizeof buffer - 1 &&
         (g_ascii_isdigit (p[len]) || p[len] == '.' || p[len] == 'e' || p[len] == 'E' ||
          ((p[len] == '-' || p[len] == '+') && (len == 0 || p[len - 1] == 'e' || p[len - 1] == 'E'))))
    {
      /* A second '.' starts the next number: "0.5.3" is 0.5 and .3 */
      if (p[len] == '.' && memchr (p, '.', len) != NULL)
        break;
      len++;
    }

  if (len == 0)
    return FALSE;

  memcpy (buffer, p, len);
  buffer[len] = '\0';
  *value = g_ascii_strtod (buffer, &number_end);
  if (number_end == buffer || !isfinite (*value))
    return FALSE;

  *cursor = p + (number_end - buffer);
  return TRUE;
}

static void
close_ring (GArray    *rings,
            GArray   **ring)
{
  if (*ring != NULL && (*ring)->len >= 3)
    g_array_append_val (rings, *ring);
  else if (*ring != NULL)
    g_array_unref (*ring);
  *ring = NULL;
}

/* Appends the rings of one path's d attribute to @rings (GArray of GArray
 * of KwaMapPoint). */
static gboolean
parse_path_data (const char  *d,
                 const char  *end,
                 GArray      *rings,
                 GError     **error)
{
  GArray *ring = NULL;
  KwaMapPoint current = { 0, 0 }, start = { 0, 0 };
  char command = 0;
  const char *p = d;

  while ((p = skip_separators (p, end)) < end)
    {
      double a, b;

      if (g_ascii_isalpha (*p))
        command = *p++;
      else if (command == 0)
        goto bad;

      switch (command)
        {
        case 'Z': case 'z':
          close_ring (rings, &ring);
          current = start;
          command = 0;
          continue;

        case 'M': case 'm':
          if (!read_number (&p, end, &a) || !read_number (&p, end, &b))
            goto bad;
          close_ring (rings, &ring);
          current.x = command == 'm' ? current.x + a : a;
          current.y = command == 'm' ? current.y + b : b;
          start = current;
          ring = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
          g_array_append_val (ring, current);
          /* Further pairs after a moveto are linetos. */
          command = command == 'm' ? 'l' : 'L';
          continue;

        case 'L': case 'l':
          if (!read_number (&p, end, &a) || !read_number (&p, end, &b))
            goto bad;
          current.x = command == 'l' ? current.x + a : a;
          current.y = command == 'l' ? current.y + b : b;
          break;

        case 'H': case 'h':
          if (!read_number (&p, end, &a))
            goto bad;
          current.x = command == 'h' ? current.x + a : a;
          break;

        case 'V': case 'v':
          if (!read_number (&p, end, &a))
            goto bad;
          current.y = command == 'v' ? current.y + a : a;
          break;

        default:
          goto bad;
        }

      if (ring == NULL)
        goto bad;
      g_array_append_val (ring, current);
    }

  close_ring (rings, &ring);
  return TRUE;

bad:
  if (ring != NULL)
    g_array_unref (ring);
  g_set_error (error, KWA_LAND_ERROR, KWA_LAND_ERROR_BAD_PATH,
               "the land outline has path data this app cannot read near “%.20s” "
               "(only straight lines: M, L, H, V, Z)", p < end ? p : "");
  return FALSE;
}

static gboolean
collect_land_rings (const char  *svg,
                    const char  *svg_end,
                    GArray      *rings,
                    GError     **error)
{
  const char *group = g_strstr_len (svg, svg_end - svg, "id=\"land-korea\"");
  const char *group_end;
  const char *p;

  if (group == NULL)
    {
      g_set_error (error, KWA_LAND_ERROR, KWA_LAND_ERROR_NO_LAND,
                   "the basemap has no group with id “land-korea”, so the app cannot tell land from sea");
      return FALSE;
    }

  group_end = g_strstr_len (group, svg_end - group, "</g>");
  if (group_end == NULL)
    group_end = svg_end;

  for (p = group; (p = g_strstr_len (p, group_end - p, " d=\"")) != NULL; )
    {
      const char *d = p + 4;
      const char *d_end = memchr (d, '"', group_end - d);

      if (d_end == NULL)
        break;
      if (!parse_path_data (d, d_end, rings, error))
        return FALSE;
      p = d_end;
    }

  if (rings->len == 0)
    {
      g_set_error (error, KWA_LAND_ERROR, KWA_LAND_ERROR_NO_LAND,
                   "the basemap's land-korea group has no outline");
      return FALSE;
    }

  return TRUE;
}

/* ---- scanline helpers --------------------------------------------- */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The x positions where the row at height @y crosses @scanner's rings,
 * all of them or only @ring's, sorted; even–odd pairs of them enclose the
 * inside. */
static void
row_crossings (KwaRowScanner *scanner,
               int            ring,
               double         y,
               GArray        *crossings)
{
  g_array_set_size (crossings, 0);

  if (ring >= 0)
    kwa_row_scanner_add_crossings (scanner, ring, y, crossings);
  else
    for (guint r = 0; r < kwa_row_scanner_get_n_rings (scanner); r++)
      kwa_row_scanner_add_crossings (scanner, r, y, crossings);

  g_array_sort (crossings, compare_doubles);
}

/* Counts along a row fit in 16 bits: half the memory of 32 (1.5 MB for
 * the peninsula at 1 km), for land up to this many cells across. */
#define MAX_COLUMNS (G_MAXUINT16 - 2)

static gboolean
rasterize (KwaLand  *self,
           GArray   *rings,
           GError  **error)
{
  g_autoptr(GArray) crossings = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree KwaMapRing *views = g_new (KwaMapRing, MAX (rings->len, 1));
  g_autoptr(KwaRowScanner) scanner = NULL;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint r = 0; r < rings->len; r++)
    {
      GArray *ring = g_array_index (rings, GArray *, r);

      views[r] = (KwaMapRing) { (const KwaMapPoint *) ring->data, ring->len };
      for (guint i = 0; i < ring->len; i++)
        {
          const KwaMapPoint *pt = &g_array_index (ring, KwaMapPoint, i);
          min_x = MIN (min_x, pt->x);
          max_x = MAX (max_x, pt->x);
          min_y = MIN (min_y, pt->y);
          max_y = MAX (max_y, pt->y);
        }
    }

  scanner = kwa_row_scanner_new (views, rings->len);

  self->origin_x = floor (min_x) - CELL_SIZE;
  self->origin_y = floor (min_y) - CELL_SIZE;
  if (!(max_x - self->origin_x < MAX_COLUMNS * CELL_SIZE && max_y - self->origin_y < MAX_COLUMNS * CELL_SIZE))
    {
      g_set_error (error, KWA_LAND_ERROR, KWA_LAND_ERROR_TOO_LARGE,
                   "the land-korea outline spans %.0f by %.0f km; the app reads land up to %d km across",
                   max_x - min_x, max_y - min_y, MAX_COLUMNS - 4);
      return FALSE;
    }
  self->n_columns = (guint) ceil ((max_x - self->origin_x) / CELL_SIZE) + 2;
  self->n_rows = (guint) ceil ((max_y - self->origin_y) / CELL_SIZE) + 2;
  self->cells = g_new0 (guint8, (gsize) self->n_columns * self->n_rows);
  self->row_prefix = g_new0 (guint16, (gsize) (self->n_columns + 1) * self->n_rows);

  for (guint row = 0; row < self->n_rows; row++)
    {
      double y = self->origin_y + (row + 0.5) * CELL_SIZE;
      guint8 *cells = self->cells + (gsize) row * self->n_columns;
      guint16 *prefix = self->row_prefix + (gsize) row * (self->n_columns + 1);

      row_crossings (scanner, -1, y, crossings);
      for (guint i = 0; i + 1 < crossings->len; i += 2)
        {
          double x0 = g_array_index (crossings, double, i);
          double x1 = g_array_index (crossings, double, i + 1);
          /* cells whose centre lies inside [x0, x1] */
          int c0 = (int) ceil ((x0 - self->origin_x) / CELL_SIZE - 0.5);
          int c1 = (int) floor ((x1 - self->origin_x) / CELL_SIZE - 0.5);

          for (int c = MAX (c0, 0); c <= c1 && c < (int) self->n_columns; c++)
            cells[c] = 1;
        }

      for (guint c = 0; c < self->n_columns; c++)
        prefix[c + 1] = prefix[c] + cells[c];
      self->area += prefix[self->n_columns] * CELL_SIZE * CELL_SIZE;
    }

  return TRUE;
}

static void
free_ring (gpointer data)
{
  g_array_unref (*(GArray **) data);
}

/**
 * kwa_land_new_from_svg:
 * @svg_text: the basemap SVG
 *
 * Returns: (transfer full) (nullable): the land, or %NULL with @error set
 */
KwaLand *
kwa_land_new_from_svg (const char  *svg_text,
                       gssize       len,
                       GError     **error)
{
  g_autoptr(KwaLand) self = NULL;
  g_autoptr(GArray) rings = NULL;

  g_return_val_if_fail (svg_text != NULL, NULL);

  if (len < 0)
    len = strlen (svg_text);

  rings = g_array_new (FALSE, FALSE, sizeof (GArray *));
  g_array_set_clear_func (rings, free_ring);
  if (!collect_land_rings (svg_text, svg_text + len, rings, error))
    return NULL;

  self = g_object_new (KWA_TYPE_LAND, NULL);
  if (!rasterize (self, rings, error))
    return NULL;

  self->ring_views = g_array_sized_new (FALSE, FALSE, sizeof (KwaMapRing), rings->len);
  for (guint i = 0; i < rings->len; i++)
    {
      GArray *ring = g_array_index (rings, GArray *, i);
      KwaMapRing view = { (const KwaMapPoint *) ring->data, ring->len };

      g_array_append_val (self->ring_views, view);
    }
  self->rings = g_steal_pointer (&rings);

  return g_steal_pointer (&self);
}

gboolean
kwa_land_contains (KwaLand *self,
                   double   x,
                   double   y)
{
  double column, row;

  g_return_val_if_fail (KWA_IS_LAND (self), FALSE);

  column = floor ((x - self->origin_x) / CELL_SIZE);
  row = floor ((y - self->origin_y) / CELL_SIZE);
  if (!(column >= 0 && column < self->n_columns && row >= 0 && row < self->n_rows))
    return FALSE;

  return self->cells[(gsize) row * self->n_columns + (gsize) column] != 0;
}

/**
 * kwa_land_get_grid:
 * @bounds: (out): the map area the grid covers
 * @cells: (out) (transfer none): @n_rows rows of @n_columns bytes, 1 = land
 *
 * The land as a grid of 1 km cells, for drawing that must stay on land.
 */
void
kwa_land_get_grid (KwaLand       *self,
                   KwaMapRect    *bounds,
                   guint         *n_columns,
                   guint         *n_rows,
                   const guint8 **cells)
{
  g_return_if_fail (KWA_IS_LAND (self));

  bounds->x = self->origin_x;
  bounds->y = self->origin_y;
  bounds->width = self->n_columns * CELL_SIZE;
  bounds->height = self->n_rows * CELL_SIZE;
  *n_columns = self->n_columns;
  *n_rows = self->n_rows;
  *cells = self->cells;
}

/**
 * kwa_land_get_rings:
 *
 * The land's outline, exactly as the basemap draws it: for vector output,
 * where a 1 km grid would show.
 *
 * Returns: (transfer none): @n_rings rings
 */
const KwaMapRing *
kwa_land_get_rings (KwaLand *self,
                    guint   *n_rings)
{
  g_return_val_if_fail (KWA_IS_LAND (self), NULL);

  *n_rings = self->ring_views->len;
  return (const KwaMapRing *) self->ring_views->data;
}

double
kwa_land_get_area (KwaLand *self)
{
  g_return_val_if_fail (KWA_IS_LAND (self), 0);

  return self->area;
}

typedef struct
{
  int first, last;   /* cells [first, last) */
} CellSpan;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const CellSpan *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

/* The cell spans of one row inside the union of @scanner's rings from
 * @first_ring on (each ring a polygon of its own), merged and sorted. */
static void
row_spans (KwaLand       *self,
           KwaRowScanner *scanner,
           guint          first_ring,
           guint          n_rings,
           double         y,
           GArray        *crossings,
           GArray        *spans)
{
  g_array_set_size (spans, 0);

  for (guint r = first_ring; r < first_ring + n_rings; r++)
    {
      if (kwa_row_scanner_get_n_points (scanner, r) < 3)
        continue;

      row_crossings (scanner, r, y, crossings);
      for (guint i = 0; i + 1 < crossings->len; i += 2)
        {
          double x0 = g_array_index (crossings, double, i);
          double x1 = g_array_index (crossings, double, i + 1);
          CellSpan span;

          span.first = CLAMP ((int) ceil ((x0 - self->origin_x) / CELL_SIZE - 0.5), 0, (int) self->n_columns);
          span.last = CLAMP ((int) floor ((x1 - self->origin_x) / CELL_SIZE - 0.5) + 1, 0, (int) self->n_columns);
          if (span.last > span.first)
            g_array_append_val (spans, span);
        }
    }

  if (spans->len < 2)
    return;

  g_array_sort (spans, compare_spans);
  {
    guint merged = 0;

    for (guint i = 1; i < spans->len; i++)
      {
        CellSpan *last = &g_array_index (spans, CellSpan, merged);
        CellSpan *next = &g_array_index (spans, CellSpan, i);

        if (next->first <= last->last)
          last->last = MAX (last->last, next->last);
        else
          g_array_index (spans, CellSpan, ++merged) = *next;
      }
    g_array_set_size (spans, merged + 1);
  }
}

static guint
count_land (const guint16 *prefix,
            int            first,
            int            last)
{
  return last > first ? prefix[last] - prefix[first] : 0;
}

typedef struct
{
  int position;
  int change;    /* +1 where a ring's span starts, -1 past its end */
} SpanEdge;

static int
compare_span_edges (gconstpointer a,
                    gconstpointer b)
{
  const SpanEdge *x = a, *y = b;

  return (x->position > y->position) - (x->position < y->position);
}

/* The cell spans of one row that at least @needed of @rings cover (each
 * ring counted once however it winds), sorted and apart. */
static void
row_spans_covered (KwaLand          *self,
                   KwaRowScanner    *rings,
                   guint             needed,
                   double            y,
                   GArray           *crossings,
                   GArray           *ring_spans,
                   GArray           *edges,
                   GArray           *spans)
{
  int depth = 0, opened = 0;

  g_array_set_size (edges, 0);
  for (guint r = 0; r < kwa_row_scanner_get_n_rings (rings); r++)
    {
      row_spans (self, rings, r, 1, y, crossings, ring_spans);
      for (guint i = 0; i < ring_spans->len; i++)
        {
          const CellSpan *span = &g_array_index (ring_spans, CellSpan, i);
          SpanEdge start = { span->first, +1 }, end = { span->last, -1 };

          g_array_append_val (edges, start);
          g_array_append_val (edges, end);
        }
    }
  g_array_sort (edges, compare_span_edges);

  g_array_set_size (spans, 0);
  for (guint i = 0; i < edges->len; i++)
    {
      const SpanEdge *edge = &g_array_index (edges, SpanEdge, i);
      gboolean was_covered = depth >= (int) needed;

      depth += edge->change;
      if (!was_covered && depth >= (int) needed)
        opened = edge->position;
      else if (was_covered && depth < (int) needed && edge->position > opened)
        {
          CellSpan span = { opened, edge->position };

          /* Edges at one position may close and reopen: join them. */
          if (spans->len > 0 && g_array_index (spans, CellSpan, spans->len - 1).last == opened)
            g_array_index (spans, CellSpan, spans->len - 1).last = edge->position;
          else
            g_array_append_val (spans, span);
        }
    }
}

/**
 * kwa_land_get_area_covered:
 * @gained: polygons whose overlap counts
 * @needed: how many of @gained must cover a place for it to count
 * @lost: polygons whose land does not count, even where @gained do
 *
 * Measures the land that at least @needed of @gained cover, less the
 * union of @lost: with @needed 1, kwa_land_get_area_where().
 *
 * Returns: the area in km²
 */
double
kwa_land_get_area_covered (KwaLand          *self,
                           const KwaMapRing *gained,
                           guint             n_gained,
                           guint             needed,
                           const KwaMapRing *lost,
                           guint             n_lost)
{
  g_autoptr(GArray) crossings = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ring_spans = g_array_new (FALSE, FALSE, sizeof (CellSpan));
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (SpanEdge));
  g_autoptr(GArray) plus = g_array_new (FALSE, FALSE, sizeof (CellSpan));
  g_autoptr(GArray) minus = g_array_new (FALSE, FALSE, sizeof (CellSpan));
  g_autoptr(KwaRowScanner) gained_rows = NULL;
  g_autoptr(KwaRowScanner) lost_rows = NULL;
  guint64 count = 0;

  g_return_val_if_fail (KWA_IS_LAND (self), 0);
  g_return_val_if_fail (needed >= 1, 0);
  g_return_val_if_fail (gained != NULL || n_gained == 0, 0);
  g_return_val_if_fail (lost != NULL || n_lost == 0, 0);

  gained_rows = kwa_row_scanner_new (gained, n_gained);
  lost_rows = kwa_row_scanner_new (lost, n_lost);

  for (guint row = 0; row < self->n_rows; row++)
    {
      double y = self->origin_y + (row + 0.5) * CELL_SIZE;
      const guint16 *prefix = self->row_prefix + (gsize) row * (self->n_columns + 1);

      if (prefix[self->n_columns] == 0)
        continue;

      row_spans_covered (self, gained_rows, needed, y, crossings, ring_spans, edges, plus);
      if (plus->len == 0)
        continue;
      row_spans (self, lost_rows, 0, n_lost, y, crossings, minus);

      for (guint i = 0; i < plus->len; i++)
        {
          CellSpan span = g_array_index (plus, CellSpan, i);

          count += count_land (prefix, span.first, span.last);
          for (guint j = 0; j < minus->len; j++)
            {
              const CellSpan *hole = &g_array_index (minus, CellSpan, j);

              count -= count_land (prefix, MAX (span.first, hole->first), MIN (span.last, hole->last));
            }
        }
    }

  return count * CELL_SIZE * CELL_SIZE;
}

/**
 * kwa_land_get_area_where:
 * @gained: polygons whose land counts
 * @lost: polygons whose land does not count, even inside @gained
 *
 * Measures the land inside the union of @gained less the union of @lost:
 * what one side holds, given the region its front encloses plus its own
 * enclaves, less the other side's enclaves.
 *
 * Returns: the area in km²
 */
double
kwa_land_get_area_where (KwaLand          *self,
                         const KwaMapRing *gained,
                         guint             n_gained,
                         const KwaMapRing *lost,
                         guint             n_lost)
{
  return kwa_land_get_area_covered (self, gained, n_gained, 1, lost, n_lost);
}

double
kwa_land_get_area_inside (KwaLand           *self,
                          const KwaMapPoint *polygon,
                          guint              n_points)
{
  KwaMapRing ring = { polygon, n_points };

  g_return_val_if_fail (polygon != NULL || n_points == 0, 0);

  return kwa_land_get_area_where (self, &ring, 1, NULL, 0);
}
