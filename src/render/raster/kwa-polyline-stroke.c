/* kwa-polyline-stroke.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-polyline-stroke"

#include "config.h"

#include <math.h>

#include "kwa-pixel.h"
#include "kwa-polyline-stroke.h"

/* Strokes a line straight into an image: the front, a halo under an ink
 * line, on every frame of the war. Cairo turns each stroke into a polygon
 * with an arc at every join, then scan-converts it; the front has a
 * hundred joins and two strokes, and that was a fifth of a busy frame.
 *
 * Here each pixel near the line takes its distance to the nearest segment
 * (so joins and ends come out round, as cairo's round joins and caps),
 * and every pen's coverage follows from that one distance: a pen w wide
 * covers a pixel whose centre is d away by w/2 + ½ − d, clamped to 0 … 1.
 * Rows are swept top to bottom; on each, only the segments within reach
 * are looked at, and only over the stretch of the row they can reach.
 *
 * A dashed pen also takes where along the line the nearest point is: a
 * pixel is in a dash, or in a gap, or at the end of a dash by that much
 * (a dash ends square, as cairo's butt caps). The dashed line three weeks
 * behind the front is drawn so. */

typedef struct
{
  double x0, y0;
  double dx, dy;
  double inverse_length2;   /* 0 for a segment that is a point */
  double top, bottom;       /* its y extent */
  double start;             /* how far along the line it starts */
  double length;
} Segment;

typedef struct
{
  int   start, end;         /* pixels of the row a segment can reach */
  guint segment;
} Reach;

struct _KwaPolylineStroke
{
  GArray *segments;         /* Segment, by top */
  guint  *active;           /* segments within reach of the row … */
  Reach  *reaches;          /* … and the stretches of the row they reach */
  guint   n_active, n_reaches;
  float  *distance2;        /* per pixel of the row: squared distance to the line … */
  float  *along;            /* … and how far along it the nearest point is */
  int     n_distance2;
};

KwaPolylineStroke *
kwa_polyline_stroke_new (void)
{
  KwaPolylineStroke *self = g_new0 (KwaPolylineStroke, 1);

  self->segments = g_array_new (FALSE, FALSE, sizeof (Segment));

  return self;
}

void
kwa_polyline_stroke_free (KwaPolylineStroke *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->segments);
  g_free (self->active);
  g_free (self->reaches);
  g_free (self->distance2);
  g_free (self->along);
  g_free (self);
}

static int
compare_tops (gconstpointer a,
              gconstpointer b)
{
  const Segment *sa = a, *sb = b;

  return (sa->top > sb->top) - (sa->top < sb->top);
}

/* A row has a few reaches, nearly in order already: insertion sort. */
static void
sort_reaches (Reach *reaches,
              guint  n)
{
  for (guint i = 1; i < n; i++)
    {
      Reach r = reaches[i];
      guint j = i;

      for (; j > 0 && reaches[j - 1].start > r.start; j--)
        reaches[j] = reaches[j - 1];
      reaches[j] = r;
    }
}

static void
add_segments (KwaPolylineStroke *self,
              const KwaMapPoint *points,
              guint              n_points)
{
  double start = 0;

  g_array_set_size (self->segments, 0);

  for (guint i = 0; i < MAX (n_points, 2) - 1; i++)
    {
      const KwaMapPoint *a = &points[i], *b = &points[MIN (i + 1, n_points - 1)];
      Segment segment;
      double length2;

      if (!isfinite (a->x) || !isfinite (a->y) || !isfinite (b->x) || !isfinite (b->y))
        continue;

      segment.x0 = a->x;
      segment.y0 = a->y;
      segment.dx = b->x - a->x;
      segment.dy = b->y - a->y;
      length2 = segment.dx * segment.dx + segment.dy * segment.dy;
      /* Points far apart enough overflow: such a segment is left out. */
      if (!isfinite (length2))
        continue;
      segment.inverse_length2 = length2 > 0 ? 1 / length2 : 0;
      segment.top = MIN (a->y, b->y);
      segment.bottom = MAX (a->y, b->y);
      segment.start = start;
      segment.length = sqrt (length2);
      start += segment.length;
      g_array_append_val (self->segments, segment);
    }

  g_array_sort (self->segments, compare_tops);
}

/* The stretch of row @y (centre @centre) that pixels within @reach of the
 * segment lie on: the segment's part within @reach of the row, widened by
 * @reach. FALSE when no part is. */
static gboolean
segment_reach (const Segment *segment,
               double         centre,
               double         reach,
               double        *left,
               double        *right)
{
  double from = 0, to = 1;

  if (segment->dy != 0)
    {
      double ta = (centre - reach - segment->y0) / segment->dy;
      double tb = (centre + reach - segment->y0) / segment->dy;

      from = MAX (MIN (ta, tb), 0);
      to = MIN (MAX (ta, tb), 1);
      if (from > to)
        return FALSE;
    }
  else if (fabs (segment->y0 - centre) > reach)
    return FALSE;

  *left = segment->x0 + MIN (from, to) * segment->dx;
  *right = segment->x0 + MAX (from, to) * segment->dx;
  if (*left > *right)
    {
      double swap = *left;

      *left = *right;
      *right = swap;
    }
  *left -= reach;
  *right += reach;

  return TRUE;
}

/* The squared distance from each pixel centre of [@start, @end) on the
 * row to the segment, kept where it is the nearest so far, with how far
 * along the line that nearest point is (when @along is not NULL). */
static void
measure_segment (const Segment *segment,
                 float         *distance2,
                 float         *along,
                 int            start,
                 int            end,
                 double         centre)
{
  double offset_y = centre - segment->y0;

  for (int x = start; x < end; x++)
    {
      double offset_x = x + 0.5 - segment->x0;
      double t = CLAMP ((offset_x * segment->dx + offset_y * segment->dy) * segment->inverse_length2, 0, 1);
      double ex = offset_x - t * segment->dx, ey = offset_y - t * segment->dy;
      float d2 = (float) (ex * ex + ey * ey);

      if (d2 < distance2[x])
        {
          distance2[x] = d2;
          if (along != NULL)
            along[x] = (float) (segment->start + t * segment->length);
        }
    }
}

typedef struct
{
  guint  rgb[3];
  double half_width;   /* plus half a pixel: where coverage falls to 0 */
  double alpha;        /* 0 … 255 */
  double dash_on;      /* 0 for solid */
  double dash_period;
  double inverse_period;
} Pen;

/* How much of the pixel a dashed pen covers along the line, at @along:
 * all of it inside a dash, none inside a gap, and in between at a dash's
 * end. */
static double
dash_coverage (const Pen *pen,
               double     along)
{
  double phase = along - floor (along * pen->inverse_period) * pen->dash_period;

  if (phase < pen->dash_on)
    return MIN (MIN (phase, pen->dash_on - phase) + 0.5, 1);

  return MAX (0.5 - MIN (phase - pen->dash_on, pen->dash_period - phase), 0);
}

static void
paint_stretch (guint32     *pixels,
               const float *distance2,
               const float *along,
               int          start,
               int          end,
               const Pen   *pens,
               guint        n_pens,
               float        reach2)
{
  for (int x = start; x < end; x++)
    {
      double distance;

      if (distance2[x] >= reach2)
        continue;
      distance = sqrt (distance2[x]);
      for (guint p = 0; p < n_pens; p++)
        {
          double coverage = MIN (pens[p].half_width - distance, 1);

          if (coverage > 0 && pens[p].dash_on > 0)
            coverage *= dash_coverage (&pens[p], along[x]);
          if (coverage > 0)
            pixels[x] = kwa_pixel_blend (pixels[x], pens[p].rgb, (guint) (coverage * pens[p].alpha + 0.5));
        }
    }
}

/* The row's reaches, merged where they overlap: each merged stretch is
 * measured by its segments, then painted. */
static void
paint_row (KwaPolylineStroke *self,
           guint32           *pixels,
           double             centre,
           const Pen         *pens,
           guint              n_pens,
           gboolean           dashed,
           float              reach2)
{
  float *along = dashed ? self->along : NULL;
  const Segment *segments = (const Segment *) self->segments->data;
  Reach *reaches = self->reaches;
  guint n = self->n_reaches, first = 0;

  sort_reaches (reaches, n);

  while (first < n)
    {
      int start = reaches[first].start, end = reaches[first].end;
      guint last = first + 1;

      for (; last < n && reaches[last].start < end; last++)
        end = MAX (end, reaches[last].end);

      for (int x = start; x < end; x++)
        self->distance2[x] = G_MAXFLOAT;
      for (guint r = first; r < last; r++)
        measure_segment (&segments[reaches[r].segment], self->distance2, along,
                         reaches[r].start, reaches[r].end, centre);
      paint_stretch (pixels, self->distance2, along, start, end, pens, n_pens, reach2);

      first = last;
    }
}

/**
 * kwa_polyline_stroke_paint:
 * @points: the line, in the image's pixels
 * @pens: (array length=n_pens): laid down in order; at most
 *   %KWA_POLYLINE_STROKE_MAX_PENS
 * @image: an ARGB32 or RGB24 image surface
 * @clip: the pixels that may change
 *
 * Strokes the line with round joins and ends (a dashed pen's dashes end
 * square), every pen centred on it.
 */
void
kwa_polyline_stroke_paint (KwaPolylineStroke           *self,
                           const KwaMapPoint           *points,
                           guint                        n_points,
                           const KwaStrokePen          *pens,
                           guint                        n_pens,
                           cairo_surface_t             *image,
                           const cairo_rectangle_int_t *clip)
{
  const Segment *segments;
  Pen prepared[KWA_POLYLINE_STROKE_MAX_PENS];
  double reach = 0.5, lowest = -G_MAXDOUBLE;
  gboolean dashed = FALSE;
  cairo_format_t format;
  guint8 *data;
  int stride, width, height, first_row, end_row;
  guint next = 0;

  g_return_if_fail (self != NULL && (points != NULL || n_points == 0) && image != NULL && clip != NULL);
  g_return_if_fail (n_pens > 0 && n_pens <= KWA_POLYLINE_STROKE_MAX_PENS);

  format = cairo_image_surface_get_format (image);
  g_return_if_fail (format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24);
  if (n_points == 0)
    return;

  for (guint p = 0; p < n_pens; p++)
    {
      if (!isfinite (pens[p].width) || !isfinite (pens[p].alpha) ||
          !isfinite (pens[p].dash_on) || !isfinite (pens[p].dash_off))
        return;
      prepared[p].rgb[0] = kwa_pixel_byte (pens[p].color.r);
      prepared[p].rgb[1] = kwa_pixel_byte (pens[p].color.g);
      prepared[p].rgb[2] = kwa_pixel_byte (pens[p].color.b);
      prepared[p].half_width = MAX (pens[p].width, 0) / 2 + 0.5;
      prepared[p].alpha = CLAMP (pens[p].alpha, 0, 1) * 255;
      prepared[p].dash_on = pens[p].dash_on > 0 && pens[p].dash_off > 0 ? pens[p].dash_on : 0;
      prepared[p].dash_period = pens[p].dash_on + pens[p].dash_off;
      prepared[p].inverse_period = prepared[p].dash_on > 0 ? 1 / prepared[p].dash_period : 0;
      dashed |= prepared[p].dash_on > 0;
      reach = MAX (reach, prepared[p].half_width);
    }

  add_segments (self, points, n_points);
  if (self->segments->len == 0)
    return;
  segments = (const Segment *) self->segments->data;
  for (guint i = 0; i < self->segments->len; i++)
    lowest = MAX (lowest, segments[i].bottom);

  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  first_row = MAX (clip->y, 0);
  end_row = MIN (clip->y + clip->height, height);
  /* Clamped before the cast: a line far off the view has any y. */
  first_row = (int) MAX (first_row, CLAMP (floor (segments[0].top - reach), -1, G_MAXINT / 2));
  end_row = (int) MIN (end_row, CLAMP (ceil (lowest + reach), -1, G_MAXINT / 2));
  if (first_row >= end_row)
    return;

  if (self->n_distance2 < width)
    {
      self->n_distance2 = width;
      self->distance2 = g_renew (float, self->distance2, width);
      self->along = g_renew (float, self->along, width);
    }

  /* At most every segment is active, with one reach each. */
  self->active = g_renew (guint, self->active, self->segments->len);
  self->reaches = g_renew (Reach, self->reaches, self->segments->len);
  self->n_active = 0;

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);

  for (int y = first_row; y < end_row; y++)
    {
      double centre = y + 0.5;
      guint kept = 0;

      /* Segments come into reach by their tops, and leave by their bottoms. */
      for (; next < self->segments->len && segments[next].top - reach <= centre; next++)
        self->active[self->n_active++] = next;

      self->n_reaches = 0;
      for (guint i = 0; i < self->n_active; i++)
        {
          guint s = self->active[i];
          double left, right;

          if (segments[s].bottom + reach < centre)
            continue;
          self->active[kept++] = s;
          if (segment_reach (&segments[s], centre, reach, &left, &right) &&
              isfinite (left) && isfinite (right))
            {
              Reach r = { (int) CLAMP (floor (left), MAX (clip->x, 0), MIN (clip->x + clip->width, width)),
                          (int) CLAMP (ceil (right), MAX (clip->x, 0), MIN (clip->x + clip->width, width)), s };

              if (r.start < r.end)
                self->reaches[self->n_reaches++] = r;
            }
        }
      self->n_active = kept;

      if (self->n_reaches > 0)
        paint_row (self, (guint32 *) (data + (gsize) y * stride), centre, prepared, n_pens, dashed,
                   (float) (reach * reach));
    }

  cairo_surface_mark_dirty_rectangle (image, clip->x, first_row, clip->width, end_row - first_row);
}
