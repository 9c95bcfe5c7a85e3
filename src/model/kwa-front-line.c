/* kwa-front-line.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-front-line"

#include "config.h"

#include <math.h>

#include "kwa-front-line.h"

double
kwa_polyline_length (const KwaMapPoint *points,
                     guint              n_points)
{
  double length = 0;

  for (guint i = 1; i < n_points; i++)
    length += hypot (points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);

  return length;
}

/**
 * kwa_polyline_simplify:
 * @simplified: (out caller-allocates): room for @n_points points; may be
 *   @points itself
 * @tolerance: how far a dropped point may lie from the line kept
 *
 * Douglas–Peucker: keeps the ends and every point farther than @tolerance
 * from the line through its kept neighbours. A front resampled to 256
 * points has a point every pixel or two at most zooms; stroked with round
 * joins, each costs cairo a join, though most change nothing visible.
 *
 * Returns: how many points @simplified holds
 */
guint
kwa_polyline_simplify (const KwaMapPoint *points,
                       guint              n_points,
                       double             tolerance,
                       KwaMapPoint       *simplified)
{
  g_autofree gboolean *keep = NULL;
  g_autoptr(GArray) stack = NULL;
  guint n_kept = 0;

  g_return_val_if_fail (points != NULL || n_points == 0, 0);
  g_return_val_if_fail (simplified != NULL || n_points == 0, 0);

  if (n_points <= 2)
    {
      /* A loop, not memcpy(): the two may be the same array, or NULL. */
      for (guint i = 0; i < n_points; i++)
        simplified[i] = points[i];
      return n_points;
    }

  keep = g_new0 (gboolean, n_points);
  keep[0] = keep[n_points - 1] = TRUE;
  stack = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (stack, ((guint) { 0 }));
  g_array_append_val (stack, ((guint) { n_points - 1 }));

  while (stack->len >= 2)
    {
      guint last = g_array_index (stack, guint, stack->len - 1);
      guint first = g_array_index (stack, guint, stack->len - 2);
      double dx = points[last].x - points[first].x;
      double dy = points[last].y - points[first].y;
      double length = hypot (dx, dy);
      double farthest = -1;
      guint split = first;

      g_array_set_size (stack, stack->len - 2);

      for (guint i = first + 1; i < last; i++)
        {
          double ex = points[i].x - points[first].x;
          double ey = points[i].y - points[first].y;
          /* Distance from the chord; from @first when the ends coincide. */
          double distance = length > 1e-12 ? fabs (ex * dy - ey * dx) / length : hypot (ex, ey);

          if (distance > farthest)
            {
              farthest = distance;
              split = i;
            }
        }

      if (farthest > tolerance)
        {
          keep[split] = TRUE;
          g_array_append_val (stack, first);
          g_array_append_val (stack, split);
          g_array_append_val (stack, split);
          g_array_append_val (stack, last);
        }
    }

  for (guint i = 0; i < n_points; i++)
    if (keep[i])
      simplified[n_kept++] = points[i];

  return n_kept;
}

/* Places @n_samples points evenly along the polyline between the arc
 * lengths @from and @to, the first at @from and the last at @to. */
static void
resample_stretch (const KwaMapPoint *points,
                  guint              n_points,
                  double             from,
                  double             to,
                  KwaMapPoint       *samples,
                  guint              n_samples)
{
  double step = (to - from) / (n_samples - 1), walked = 0;
  guint segment = 1;

  for (guint i = 0; i < n_samples; i++)
    {
      double target = from + step * i;
      double segment_length = hypot (points[segment].x - points[segment - 1].x,
                                     points[segment].y - points[segment - 1].y);

      while (segment < n_points - 1 && walked + segment_length < target)
        {
          walked += segment_length;
          segment++;
          segment_length = hypot (points[segment].x - points[segment - 1].x,
                                  points[segment].y - points[segment - 1].y);
        }

      if (segment_length <= 0)
        {
          samples[i] = points[segment];
        }
      else
        {
          double t = CLAMP ((target - walked) / segment_length, 0.0, 1.0);

          samples[i].x = points[segment - 1].x + (points[segment].x - points[segment - 1].x) * t;
          samples[i].y = points[segment - 1].y + (points[segment].y - points[segment - 1].y) * t;
        }
    }
}

/**
 * kwa_front_line_resample:
 *
 * Places @n_samples points evenly along the polyline by arc length, the
 * first and last on its ends. Two lines resampled alike can be blended
 * point by point: their ends meet their ends, their middles their middles.
 */
void
kwa_front_line_resample (const KwaMapPoint *points,
                         guint              n_points,
                         KwaMapPoint       *samples,
                         guint              n_samples)
{
  g_return_if_fail (points != NULL && n_points >= 2);
  g_return_if_fail (samples != NULL && n_samples >= 2);

  resample_stretch (points, n_points, 0, kwa_polyline_length (points, n_points), samples, n_samples);
  samples[0] = points[0];
  samples[n_samples - 1] = points[n_points - 1];
}

/**
 * kwa_front_line_resample_ashore:
 * @ashore_from: how far along the line it first comes ashore
 * @ashore_to: how far along it last leaves the land
 *
 * As kwa_front_line_resample(), but the stretch on land always gets the
 * same samples, and the runs out to sea at either end
 * %KWA_FRONT_LINE_SEA_SAMPLES each. Curators end a front wherever they
 * like at sea: far out on one day, at the coast the next. Resampled whole,
 * the two lines' samples were shifted along the land by the difference,
 * and the days between blended a town's front with a point tens of
 * kilometres along the other line: a town changed hands days early or
 * late. Resampled ashore, coast meets coast and town meets town. With
 * no stretch ashore (@ashore_to not past @ashore_from), as
 * kwa_front_line_resample().
 */
void
kwa_front_line_resample_ashore (const KwaMapPoint *points,
                                guint              n_points,
                                double             ashore_from,
                                double             ashore_to,
                                KwaMapPoint       *samples,
                                guint              n_samples)
{
  guint sea = KWA_FRONT_LINE_SEA_SAMPLES;
  double total;

  g_return_if_fail (points != NULL && n_points >= 2);
  g_return_if_fail (samples != NULL && n_samples > 2 * sea + 1);

  total = kwa_polyline_length (points, n_points);
  ashore_from = CLAMP (ashore_from, 0, total);
  ashore_to = CLAMP (ashore_to, ashore_from, total);
  if (ashore_to <= ashore_from)
    {
      kwa_front_line_resample (points, n_points, samples, n_samples);
      return;
    }

  resample_stretch (points, n_points, 0, ashore_from, samples, sea + 1);
  resample_stretch (points, n_points, ashore_from, ashore_to, samples + sea, n_samples - 2 * sea);
  resample_stretch (points, n_points, ashore_to, total, samples + n_samples - 1 - sea, sea + 1);
  samples[0] = points[0];
  samples[n_samples - 1] = points[n_points - 1];
}

void
kwa_front_line_blend (const KwaMapPoint *from,
                      const KwaMapPoint *to,
                      double             progress,
                      KwaMapPoint       *blended,
                      guint              n_points)
{
  for (guint i = 0; i < n_points; i++)
    {
      blended[i].x = from[i].x + (to[i].x - from[i].x) * progress;
      blended[i].y = from[i].y + (to[i].y - from[i].y) * progress;
    }
}

/* Position along the box's outline, clockwise from its top-left corner
 * (y grows downwards in map units, so "clockwise" is as seen on screen). */
static double
perimeter_position (const KwaMapRect  *box,
                    const KwaMapPoint *p)
{
  double w = box->width, h = box->height;
  double dx = p->x - box->x, dy = p->y - box->y;
  double eps = 1e-9 * (w + h);

  if (fabs (dy) <= eps)
    return CLAMP (dx, 0, w);                           /* top, going right */
  if (fabs (dx - w) <= eps)
    return w + CLAMP (dy, 0, h);                       /* right, going down */
  if (fabs (dy - h) <= eps)
    return w + h + (w - CLAMP (dx, 0, w));             /* bottom, going left */
  return 2 * w + h + (h - CLAMP (dy, 0, h));           /* left, going up */
}

static KwaMapPoint
corner (const KwaMapRect *box,
        guint             index)
{
  /* Corners in clockwise order; corner k sits at perimeter position
   * (k + 1) quarters: top-right, bottom-right, bottom-left, top-left. */
  switch (index % 4)
    {
    case 0: return (KwaMapPoint) { box->x + box->width, box->y };
    case 1: return (KwaMapPoint) { box->x + box->width, box->y + box->height };
    case 2: return (KwaMapPoint) { box->x, box->y + box->height };
    default: return (KwaMapPoint) { box->x, box->y };
    }
}

static double
corner_position (const KwaMapRect *box,
                 guint             index)
{
  double w = box->width, h = box->height;
  double positions[4] = { w, w + h, 2 * w + h, 2 * w + 2 * h };

  return positions[index % 4];
}

/* Where the ray from @from through @through leaves the box. */
static KwaMapPoint
extend_to_box (const KwaMapPoint *through,
               const KwaMapPoint *from,
               const KwaMapRect  *box)
{
  double dx = through->x - from->x, dy = through->y - from->y;
  double best = G_MAXDOUBLE;
  KwaMapPoint hit;

  if (dx == 0 && dy == 0)
    dx = 1;   /* a degenerate last segment: head east rather than nowhere */

  if (dx > 0) best = MIN (best, (box->x + box->width - through->x) / dx);
  if (dx < 0) best = MIN (best, (box->x - through->x) / dx);
  if (dy > 0) best = MIN (best, (box->y + box->height - through->y) / dy);
  if (dy < 0) best = MIN (best, (box->y - through->y) / dy);
  best = MAX (best, 0);

  hit.x = CLAMP (through->x + dx * best, box->x, box->x + box->width);
  hit.y = CLAMP (through->y + dy * best, box->y, box->y + box->height);

  return hit;
}

/* Walks the outline clockwise from position @from_pos to @to_pos, adding
 * the corners passed. */
static void
append_outline (GArray           *polygon,
                const KwaMapRect *box,
                double            from_pos,
                double            to_pos)
{
  double perimeter = 2 * (box->width + box->height);

  if (to_pos < from_pos)
    to_pos += perimeter;

  for (guint k = 0; k < 8; k++)
    {
      double pos = corner_position (box, k % 4) + (k >= 4 ? perimeter : 0);

      if (pos > from_pos && pos < to_pos)
        {
          KwaMapPoint c = corner (box, k);
          g_array_append_val (polygon, c);
        }
    }
}

/**
 * kwa_front_line_close:
 * @line: the front, from sea to sea
 * @box: the map's box; the line's ends are extended to it
 * @inside: a point the returned side must contain (the south's anchor)
 *
 * Turns a front into the region on one side of it: the line is extended
 * from each end along its last segment to the box, then closed along the
 * box one way or the other, whichever way encloses @inside. This is how a
 * coast-to-coast line splits the peninsula and how an arc such as the Pusan
 * Perimeter cuts off a corner of it (docs/exhibit-format.md, "fronts").
 *
 * Returns: (transfer full): the polygon, a #GArray of #KwaMapPoint
 */
GArray *
kwa_front_line_close (const KwaMapPoint *line,
                      guint              n_points,
                      const KwaMapRect  *box,
                      const KwaMapPoint *inside)
{
  GArray *polygon;
  KwaMapPoint start, end;
  double start_pos, end_pos;

  g_return_val_if_fail (line != NULL && n_points >= 2, NULL);
  g_return_val_if_fail (box != NULL && inside != NULL, NULL);

  start = extend_to_box (&line[0], &line[1], box);
  end = extend_to_box (&line[n_points - 1], &line[n_points - 2], box);
  start_pos = perimeter_position (box, &start);
  end_pos = perimeter_position (box, &end);

  polygon = g_array_sized_new (FALSE, FALSE, sizeof (KwaMapPoint), n_points + 8);

  /* First try: line, then clockwise from its end back to its start. */
  g_array_append_val (polygon, start);
  g_array_append_vals (polygon, line, n_points);
  g_array_append_val (polygon, end);
  append_outline (polygon, box, end_pos, start_pos);

  if (kwa_map_polygon_contains ((KwaMapPoint *) polygon->data, polygon->len, inside->x, inside->y))
    return polygon;

  /* Otherwise the other side: clockwise from the start to the end, i.e.
   * the same outline walked the other way round. */
  g_array_set_size (polygon, 0);
  g_array_append_val (polygon, start);
  g_array_append_vals (polygon, line, n_points);
  g_array_append_val (polygon, end);
  {
    g_autoptr(GArray) outline = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));

    append_outline (outline, box, start_pos, end_pos);
    for (guint i = outline->len; i > 0; i--)
      g_array_append_val (polygon, g_array_index (outline, KwaMapPoint, i - 1));
  }

  return polygon;
}

/* Twice the signed area: positive when the ring turns clockwise on a
 * y-down screen. */
static double
ring_orientation (const KwaMapPoint *points,
                  guint              n_points)
{
  double area = 0;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    area += points[j].x * points[i].y - points[i].x * points[j].y;

  return area;
}

/**
 * kwa_map_polygon_orient:
 * @polygon: (element-type KwaMapPoint): a closed ring
 *
 * Reverses @polygon if need be so that its signed area is positive
 * (clockwise on screen, where y grows downwards): rings wound alike add
 * their windings up, so a point's winding counts the rings around it.
 */
void
kwa_map_polygon_orient (GArray *polygon)
{
  KwaMapPoint *points = (KwaMapPoint *) polygon->data;
  guint n = polygon->len;

  if (n == 0 || ring_orientation (points, n) >= 0)
    return;

  for (guint i = 0; i < n / 2; i++)
    {
      KwaMapPoint swap = points[i];

      points[i] = points[n - 1 - i];
      points[n - 1 - i] = swap;
    }
}

/**
 * kwa_map_segment_nearest:
 * @out_t: (out) (optional): where along @a–@b its point nearest @p lies,
 *   from 0 at @a to 1 at @b
 *
 * Returns: how far @p lies from the segment @a–@b, in map units
 */
double
kwa_map_segment_nearest (KwaMapPoint p,
                         KwaMapPoint a,
                         KwaMapPoint b,
                         double     *out_t)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0, 1) : 0;

  if (out_t != NULL)
    *out_t = t;
  return hypot (p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * kwa_map_segment_distance:
 *
 * Returns: how far @p lies from the segment @a–@b, in map units
 */
double
kwa_map_segment_distance (KwaMapPoint p,
                          KwaMapPoint a,
                          KwaMapPoint b)
{
  return kwa_map_segment_nearest (p, a, b, NULL);
}

gboolean
kwa_map_polygon_contains (const KwaMapPoint *polygon,
                      guint              n_points,
                      double             x,
                      double             y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    {
      const KwaMapPoint *a = &polygon[j], *b = &polygon[i];

      if ((a->y > y) != (b->y > y) &&
          x < a->x + (y - a->y) * (b->x - a->x) / (b->y - a->y))
        inside = !inside;
    }

  return inside;
}

/* The unit normal of the edge from @a to @b, pointing to its right in
 * y-down pixel space; FALSE for an edge of no length. */
static gboolean
edge_normal (const KwaMapPoint *a,
             const KwaMapPoint *b,
             KwaMapPoint       *normal)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double length = hypot (dx, dy);

  if (length < 1e-9)
    return FALSE;
  normal->x = -dy / length;
  normal->y = dx / length;
  return TRUE;
}

/**
 * kwa_map_polygon_offset:
 * @points: a closed ring (the last point need not repeat the first)
 * @distance: how far to move each edge; positive grows the ring, negative
 *   shrinks it, whichever way the ring turns
 * @offset: (out caller-allocates): room for @n_points points; not @points
 *
 * Moves every edge along its normal by @distance and meets neighbours in a
 * mitre, as a stroke of width 2 × |@distance| would along the outside (or
 * the inside). A thin outline is then a fill between the ring grown and
 * shrunk by half its width: cairo fills that far faster than it strokes
 * one, since a stroke turns every join into a polygon of its own. Mitres
 * are held to 4 × |@distance| at hairpin corners, as a mitre limit would;
 * repeated points keep their neighbours' normals.
 */
void
kwa_map_polygon_offset (const KwaMapPoint *points,
                        guint              n_points,
                        double             distance,
                        KwaMapPoint       *offset)
{
  double side;

  g_return_if_fail (points != NULL || n_points == 0);
  g_return_if_fail (offset != NULL || n_points == 0);
  g_return_if_fail (offset != points || n_points == 0);

  if (n_points < 3)
    {
      for (guint i = 0; i < n_points; i++)
        offset[i] = points[i];
      return;
    }

  /* edge_normal() points right of travel: outward for a ring that turns
   * anticlockwise on screen. */
  side = ring_orientation (points, n_points) > 0 ? -distance : distance;

  for (guint i = 0; i < n_points; i++)
    {
      KwaMapPoint before = { 0, 0 }, after = { 0, 0 }, mitre;
      gboolean has_before = FALSE, has_after = FALSE;
      double along;

      /* The nearest edges of some length on either side. */
      for (guint k = 1; k < n_points && !has_before; k++)
        has_before = edge_normal (&points[(i + n_points - k) % n_points],
                                  &points[(i + n_points - k + 1) % n_points], &before);
      for (guint k = 0; k + 1 < n_points && !has_after; k++)
        has_after = edge_normal (&points[(i + k) % n_points],
                                 &points[(i + k + 1) % n_points], &after);
      if (!has_before || !has_after)
        {
          offset[i] = points[i];
          continue;
        }

      /* The mitre point lies along the sum of the two normals, at
       * 1 / cos(half the turn) of the distance. */
      along = MIN (1 / MAX (1 + before.x * after.x + before.y * after.y, 1e-9), 16.0);
      mitre.x = (before.x + after.x) * along;
      mitre.y = (before.y + after.y) * along;
      {
        double reach = hypot (mitre.x, mitre.y);

        if (reach > 4)
          {
            mitre.x *= 4 / reach;
            mitre.y *= 4 / reach;
          }
      }
      offset[i].x = points[i].x + mitre.x * side;
      offset[i].y = points[i].y + mitre.y * side;
    }
}
