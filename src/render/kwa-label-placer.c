/* kwa-label-placer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-label-placer"

#include "config.h"

#include <math.h>

#include "kwa-label-placer.h"

struct _KwaLabelPlacer
{
  /* Owned */
  GArray *labels;    /* KwaMapLabel: the frame's, in the order placed */
  GArray *markers;   /* KwaMapLabel boxes around event markers */
  GArray *obstacles; /* KwaMapLabel boxes drawn over the map: the legend */
  GArray *lines;     /* KwaMapLabel boxes hugging lines drawn on the map */
};

/* How long a piece of a line one box covers, in pixels: short enough that
 * the boxes of a slanting line hug it. */
#define LINE_PIECE 8.0

/* The share of a name's box, top and bottom, that is line spacing rather
 * than letters: a line may pass through it without striking the name. */
#define LINE_SPACING_SHARE 0.12

/* A name moved off a line may come nearer the names above and below it:
 * their boxes' line spacing may overlap and a little more, as long as the
 * letters do not touch. In a Korean kiosk at 1080p (names 40 px high,
 * Noto Sans CJK) the glyphs fill only 9-34 px of the box, and Kaesong's
 * name, moved under the 38th parallel, met Incheon's by 2.6 px of their
 * 12 % boxes (and was struck through by the line instead). */
#define MOVED_SPACING_SHARE 0.18

KwaLabelPlacer *
kwa_label_placer_new (void)
{
  KwaLabelPlacer *self = g_new0 (KwaLabelPlacer, 1);

  self->labels = g_array_new (FALSE, FALSE, sizeof (KwaMapLabel));
  self->markers = g_array_new (FALSE, FALSE, sizeof (KwaMapLabel));
  self->obstacles = g_array_new (FALSE, FALSE, sizeof (KwaMapLabel));
  self->lines = g_array_new (FALSE, FALSE, sizeof (KwaMapLabel));

  return self;
}

void
kwa_label_placer_free (KwaLabelPlacer *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_free (self);
}

/* Forgets the last frame's labels: a new frame is being drawn. */
void
kwa_label_placer_clear (KwaLabelPlacer *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->labels, 0);
  g_array_set_size (self->obstacles, 0);
  g_array_set_size (self->lines, 0);
}

/* A panel drawn over the map (the legend): a name under it could not be
 * read, so labels keep clear of it as of each other. */
void
kwa_label_placer_add_obstacle (KwaLabelPlacer *self,
                               double          x,
                               double          y,
                               double          width,
                               double          height)
{
  KwaMapLabel box = { 0 };

  g_return_if_fail (self != NULL);

  box.x = x;
  box.y = y;
  box.width = width;
  box.height = height;
  g_array_append_val (self->obstacles, box);
}

/**
 * kwa_label_placer_add_line:
 * @points: (array length=n_points): the line, in pixels
 * @half_width: half the line's width, in pixels
 *
 * A line drawn across the map from west to east (one piece over each
 * column), which names should not be struck through by nor put across:
 * kwa_label_placer_place() puts a name beside it where it can, and across
 * it only where nowhere else is free (a name crossed by a line is read;
 * one left out is not).
 */
void
kwa_label_placer_add_line (KwaLabelPlacer    *self,
                           const KwaMapPoint *points,
                           guint              n_points,
                           double             half_width)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (points != NULL || n_points == 0);

  for (guint i = 0; i + 1 < n_points; i++)
    {
      double dx = points[i + 1].x - points[i].x, dy = points[i + 1].y - points[i].y;
      guint n_pieces = MAX (1, (guint) ceil (hypot (dx, dy) / LINE_PIECE));

      for (guint k = 0; k < n_pieces; k++)
        {
          double x0 = points[i].x + dx * k / n_pieces, y0 = points[i].y + dy * k / n_pieces;
          double x1 = points[i].x + dx * (k + 1) / n_pieces, y1 = points[i].y + dy * (k + 1) / n_pieces;
          KwaMapLabel box = { 0 };

          box.x = MIN (x0, x1) - half_width;
          box.y = MIN (y0, y1) - half_width;
          box.width = fabs (x1 - x0) + 2 * half_width;
          box.height = fabs (y1 - y0) + 2 * half_width;
          g_array_append_val (self->lines, box);
        }
    }
}

void
kwa_label_placer_clear_markers (KwaLabelPlacer *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->markers, 0);
}

/* An event marker of @radius at (@x, @y), which labels keep clear of:
 * markers are drawn over the labels. */
void
kwa_label_placer_add_marker (KwaLabelPlacer *self,
                             double          x,
                             double          y,
                             double          radius)
{
  KwaMapLabel box = { 0 };

  g_return_if_fail (self != NULL);

  box.x = x - radius;
  box.y = y - radius;
  box.width = box.height = 2 * radius;
  g_array_append_val (self->markers, box);
}

static gboolean
contains (const KwaMapLabel *box,
          double             x,
          double             y)
{
  return x >= box->x && x <= box->x + box->width &&
         y >= box->y && y <= box->y + box->height;
}

static gboolean
overlaps (const KwaMapLabel *a,
          const KwaMapLabel *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
overlaps_any (GArray            *boxes,
              const KwaMapLabel *box)
{
  for (guint i = 0; i < boxes->len; i++)
    if (overlaps (box, &g_array_index (boxes, KwaMapLabel, i)))
      return TRUE;

  return FALSE;
}

/* As overlaps_any(), leaving out the boxes that hold (@x, @y). */
static gboolean
overlaps_any_except_at (GArray            *boxes,
                        const KwaMapLabel *box,
                        double             x,
                        double             y)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const KwaMapLabel *other = &g_array_index (boxes, KwaMapLabel, i);

      if (contains (other, x, y))
        continue;
      if (overlaps (box, other))
        return TRUE;
    }
  return FALSE;
}

/* The letters of @label: its box without the line spacing above and below. */
static KwaMapLabel
letters_within (const KwaMapLabel *label,
                double             spacing_share)
{
  KwaMapLabel letters = *label;

  letters.y += label->height * spacing_share;
  letters.height -= 2 * label->height * spacing_share;

  return letters;
}

static KwaMapLabel
letters_of (const KwaMapLabel *label)
{
  return letters_within (label, LINE_SPACING_SHARE);
}

/* Whether @label's letters would overlap another's, with their boxes'
 * line spacing (see MOVED_SPACING_SHARE) left out. */
static gboolean
letters_overlap_any (GArray            *labels,
                     const KwaMapLabel *label)
{
  KwaMapLabel letters = letters_within (label, MOVED_SPACING_SHARE);

  for (guint i = 0; i < labels->len; i++)
    {
      KwaMapLabel other = letters_within (&g_array_index (labels, KwaMapLabel, i), MOVED_SPACING_SHARE);

      if (overlaps (&letters, &other))
        return TRUE;
    }
  return FALSE;
}

/* The middle of the line's piece over column @x: %FALSE where no piece is
 * over it. */
static gboolean
line_at_column (KwaLabelPlacer *self,
                double          x,
                double         *y)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      const KwaMapLabel *piece = &g_array_index (self->lines, KwaMapLabel, i);

      if (x >= piece->x && x <= piece->x + piece->width)
        {
          *y = piece->y + piece->height / 2;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether a line added with kwa_label_placer_add_line() strikes through
 * @label's letters (not only the spacing above and below them), or runs
 * between them and their point (@x, @y): a name across the line from its
 * town reads as the other side's. A town a pixel from the line is still
 * on its side of it (Kaesong, 3 km south of the parallel); only one
 * exactly on it is on neither. */
static gboolean
is_parted_by_line (KwaLabelPlacer    *self,
                   const KwaMapLabel *label,
                   double             x,
                   double             y)
{
  KwaMapLabel letters = letters_of (label);
  double point_line, label_line;

  if (overlaps_any (self->lines, &letters))
    return TRUE;
  if (!line_at_column (self, x, &point_line) || y == point_line)
    return FALSE;
  if (!line_at_column (self, letters.x + letters.width / 2, &label_line))
    return FALSE;

  return (y < point_line) != (letters.y + letters.height / 2 < label_line);
}

/* Moves @label @down (or up) as little as clears its letters of the lines
 * (a line moved onto may need another step); %FALSE when that is more than
 * the label's own height, too far to read as its point's. */
static gboolean
move_clear_of_lines (KwaLabelPlacer *self,
                     KwaMapLabel    *label,
                     gboolean        down)
{
  double start = label->y;

  for (guint step = 0; step < 4; step++)
    {
      KwaMapLabel letters = letters_of (label);
      double edge = down ? -G_MAXDOUBLE : G_MAXDOUBLE;   /* the farthest edge of the pieces met */

      for (guint i = 0; i < self->lines->len; i++)
        {
          const KwaMapLabel *piece = &g_array_index (self->lines, KwaMapLabel, i);

          if (overlaps (&letters, piece))
            edge = down ? MAX (edge, piece->y + piece->height) : MIN (edge, piece->y);
        }
      if (fabs (edge) == G_MAXDOUBLE)
        return fabs (label->y - start) <= label->height;
      label->y += down ? edge - letters.y : edge - (letters.y + letters.height);
    }
  return FALSE;
}

/* How far from its point a label must start: past the edge of an event
 * marker drawn on the point itself. */
static double
gap_past_marker (KwaLabelPlacer *self,
                 double          x,
                 double          y,
                 double          gap)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      const KwaMapLabel *marker = &g_array_index (self->markers, KwaMapLabel, i);

      if (contains (marker, x, y))
        gap = MAX (gap, MAX (marker->x + marker->width - x, marker->y + marker->height - y) + 2);
    }

  return gap;
}

/**
 * kwa_label_placer_place:
 * @label: its size in; where it goes out
 *
 * Tries the label right of its point (@x, @y), then left, above and below,
 * and keeps it at the first that collides with no label or marker: first
 * among those no line strikes through or parts from the point (see
 * kwa_label_placer_add_line()), then among all.
 *
 * Returns: %FALSE, placing nothing, when every position collides
 */
gboolean
kwa_label_placer_place (KwaLabelPlacer *self,
                        KwaMapLabel    *label,
                        double          x,
                        double          y,
                        double          gap)
{
  double candidates[4][2];

  g_return_val_if_fail (self != NULL, FALSE);

  gap = gap_past_marker (self, x, y, gap);
  candidates[0][0] = x + gap;                   candidates[0][1] = y - label->height / 2;
  candidates[1][0] = x - gap - label->width;    candidates[1][1] = y - label->height / 2;
  candidates[2][0] = x - label->width / 2;      candidates[2][1] = y - gap - label->height;
  candidates[3][0] = x - label->width / 2;      candidates[3][1] = y + gap;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
      {
        /* Right or left of a point just by a line, the name may also move
         * down or up, as little as clears the line. */
        guint n_moves = pass == 0 && i < 2 ? 3 : 1;

        for (guint k = 0; k < n_moves; k++)
          {
            KwaMapLabel trial = *label;

            trial.x = candidates[i][0];
            trial.y = candidates[i][1];
            if (k > 0 && !move_clear_of_lines (self, &trial, k == 1))
              continue;
            if (pass == 0 && is_parted_by_line (self, &trial, x, y))
              continue;
            /* The place's own marker no longer overlaps once past its edge;
             * a name moved off a line may come as near the others as their
             * letters allow, their line spacing overlapping. */
            if (!(k == 0 ? overlaps_any (self->labels, &trial) : letters_overlap_any (self->labels, &trial)) &&
                !overlaps_any (self->obstacles, &trial) &&
                !overlaps_any_except_at (self->markers, &trial, x, y))
              {
                *label = trial;
                g_array_append_val (self->labels, trial);
                return TRUE;
              }
            if (k == 0)
              break;   /* taken, and not for a line: as if no line were drawn */
          }
      }
  return FALSE;
}

static double
overlap_area (const KwaMapLabel *a,
              const KwaMapLabel *b)
{
  double width = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double height = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return width > 0 && height > 0 ? width * height : 0;
}

/* How much of @box would hide something: labels already placed, markers
 * other than the one on its own point (@x, @y), or the edge of the view. */
static double
hidden_area (KwaLabelPlacer    *self,
             const KwaViewport *viewport,
             const KwaMapLabel *box,
             double             x,
             double             y)
{
  KwaMapLabel view = { 0, 0, viewport->width, viewport->height, { KWA_MAP_HIT_NONE, NULL } };
  double area = box->width * box->height - overlap_area (box, &view);

  for (guint i = 0; i < self->labels->len; i++)
    area += overlap_area (box, &g_array_index (self->labels, KwaMapLabel, i));

  for (guint i = 0; i < self->obstacles->len; i++)
    area += overlap_area (box, &g_array_index (self->obstacles, KwaMapLabel, i));

  for (guint i = 0; i < self->markers->len; i++)
    {
      const KwaMapLabel *marker = &g_array_index (self->markers, KwaMapLabel, i);

      if (!contains (marker, x, y))
        area += overlap_area (box, marker);
    }

  return area;
}

/**
 * kwa_label_placer_place_near:
 * @label: its size in; where it goes out
 * @always: place it even where it must cover another label
 *
 * A unit's name goes beside its arrow's head, which moves every frame: on
 * the right, or on the first of the other sides, near and then a little
 * further out, that covers no place's name, other unit's name or marker;
 * else where it covers least. Where every such spot would cover another
 * label (arrows crowded on a small map) it is left out, unless @always
 * (the arrow the visitor chose): two names on top of each other say
 * neither.
 *
 * Returns: %FALSE, placing nothing, when it was left out
 */
gboolean
kwa_label_placer_place_near (KwaLabelPlacer    *self,
                             const KwaViewport *viewport,
                             KwaMapLabel       *label,
                             double             x,
                             double             y,
                             double             gap,
                             gboolean           always)
{
  /* Where the label's box goes, per side: its near corner's direction
   * from the head, and which of its corners (0, ½ or 1 of its size) that
   * is. Right first: where it reads as the arrow's own. */
  static const double sides[][4] = {
    { 1, 0, 0, 0.5 }, { -1, 0, 1, 0.5 }, { 0.7, -0.7, 0, 1 }, { 0.7, 0.7, 0, 0 },
    { -0.7, -0.7, 1, 1 }, { -0.7, 0.7, 1, 0 }, { 0, -1, 0.5, 1 }, { 0, 1, 0.5, 0 },
  };
  static const double distances[] = { 1, 2.5, 4 };
  double least = G_MAXDOUBLE;
  KwaMapLabel best = *label;

  g_return_val_if_fail (self != NULL, FALSE);

  gap = gap_past_marker (self, x, y, gap);

  for (guint d = 0; d < G_N_ELEMENTS (distances) && least > 0; d++)
    for (guint i = 0; i < G_N_ELEMENTS (sides) && least > 0; i++)
      {
        KwaMapLabel trial = *label;
        double hidden;

        trial.x = x + sides[i][0] * gap * distances[d] - sides[i][2] * label->width;
        trial.y = y + sides[i][1] * gap * distances[d] - sides[i][3] * label->height;
        hidden = hidden_area (self, viewport, &trial, x, y);
        if (hidden < least)
          {
            least = hidden;
            best = trial;
          }
      }

  if (!always && (overlaps_any (self->labels, &best) || overlaps_any (self->obstacles, &best)))
    return FALSE;

  *label = best;
  g_array_append_val (self->labels, best);
  return TRUE;
}

/**
 * kwa_label_placer_get_labels:
 * @n_labels: (out): how many
 *
 * Returns: (array length=n_labels): the labels placed since the last
 *   kwa_label_placer_clear(), in the order placed
 */
const KwaMapLabel *
kwa_label_placer_get_labels (KwaLabelPlacer *self,
                             guint          *n_labels)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_labels != NULL, NULL);

  *n_labels = self->labels->len;

  return (const KwaMapLabel *) self->labels->data;
}

const KwaMapLabel *
kwa_label_placer_get_obstacles (KwaLabelPlacer *self,
                                guint          *n_obstacles)
{
  g_return_val_if_fail (self != NULL, NULL);

  *n_obstacles = self->obstacles->len;
  return (const KwaMapLabel *) (gpointer) self->obstacles->data;
}
