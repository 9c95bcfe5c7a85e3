/* kwa-time-scale.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-time-scale"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kwa-time-scale.h"

/* Where on a timeline a day sits. Eight years of exhibit on one strip of
 * screen would leave the war's first year, when the front crossed the
 * peninsula four times, a few hundred pixels; so the scale can be
 * piecewise linear, giving each part of the story the room it needs.
 * Piecewise linear keeps it trivially monotonic and exactly invertible, so
 * scrubbing to a point and drawing the thumb at a time agree. */

struct _KwaTimeScale
{
  gatomicrefcount   ref_count;
  gboolean          nonlinear;
  guint             n_knots;
  KwaTimeScaleKnot  knots[];   /* times and fractions strictly increasing,
                                * 0 first and 1 last; one knot if empty */
};

G_DEFINE_BOXED_TYPE (KwaTimeScale, kwa_time_scale, kwa_time_scale_ref, kwa_time_scale_unref)

static KwaTimeScale *
time_scale_alloc (guint n_knots)
{
  KwaTimeScale *self;

  self = g_malloc0 (sizeof (KwaTimeScale) + n_knots * sizeof (KwaTimeScaleKnot));
  g_atomic_ref_count_init (&self->ref_count);
  self->n_knots = n_knots;

  return self;
}

/**
 * kwa_time_scale_new_linear:
 *
 * Every day gets the same width. An empty or reversed span makes a scale
 * that maps everything to 0.
 */
KwaTimeScale *
kwa_time_scale_new_linear (double start,
                           double end)
{
  KwaTimeScale *self;

  g_return_val_if_fail (isfinite (start) && isfinite (end), NULL);

  if (end <= start)
    {
      self = time_scale_alloc (1);
      self->knots[0] = (KwaTimeScaleKnot) { start, 0.0 };
      return self;
    }

  self = time_scale_alloc (2);
  self->knots[0] = (KwaTimeScaleKnot) { start, 0.0 };
  self->knots[1] = (KwaTimeScaleKnot) { end, 1.0 };

  return self;
}

/**
 * kwa_time_scale_new_weighted:
 * @boundaries: (array length=n_segments+1): non-decreasing times
 * @weights: (array length=n_segments): the share of the width each segment
 *   takes; they need not sum to 1
 *
 * Segments that are empty (no days) or weightless are dropped and the
 * others share the whole width in proportion to their weights, so an
 * exhibit that starts with the war loses only the "before" segment.
 */
KwaTimeScale *
kwa_time_scale_new_weighted (const double *boundaries,
                             const double *weights,
                             guint         n_segments)
{
  KwaTimeScale *self;
  double total = 0, sum = 0;
  guint n_kept = 0, k = 1;

  g_return_val_if_fail (boundaries != NULL && weights != NULL, NULL);
  g_return_val_if_fail (n_segments > 0, NULL);

  for (guint i = 0; i < n_segments; i++)
    {
      g_return_val_if_fail (boundaries[i] <= boundaries[i + 1], NULL);
      g_return_val_if_fail (weights[i] >= 0, NULL);

      if (boundaries[i + 1] > boundaries[i] && weights[i] > 0)
        {
          total += weights[i];
          n_kept++;
        }
    }

  if (n_kept == 0)
    return kwa_time_scale_new_linear (boundaries[0], boundaries[n_segments]);

  self = time_scale_alloc (n_kept + 1);
  self->nonlinear = n_kept > 1;
  self->knots[0] = (KwaTimeScaleKnot) { boundaries[0], 0.0 };

  for (guint i = 0; i < n_segments; i++)
    {
      if (!(boundaries[i + 1] > boundaries[i] && weights[i] > 0))
        continue;

      sum += weights[i];
      /* A dropped segment's days fold into the next kept one's start, so
       * the knots still cover the whole span without a gap. */
      self->knots[k++] = (KwaTimeScaleKnot) { boundaries[i + 1], sum / total };
    }

  /* Rounding must not leave the last day a hair short of the end. */
  self->knots[n_kept].time = boundaries[n_segments];
  self->knots[n_kept].fraction = 1.0;

  return self;
}

/* The stalemate phase, found by what the curators call it, so that the
 * exhibit decides where the war of movement ends. */
static const KwaPhase *
find_stalemate (KwaExhibit *exhibit)
{
  const KwaPhase *phases;
  guint n_phases;

  phases = kwa_exhibit_get_phases (exhibit, &n_phases);

  for (guint i = 0; i < n_phases; i++)
    if (phases[i].id != NULL && strstr (phases[i].id, "stalemate") != NULL)
      return &phases[i];

  for (guint i = 0; i < n_phases; i++)
    {
      const char *english = kwa_text_get (&phases[i].name, kwa_language_get_source ());
      g_autofree char *name = english != NULL ? g_utf8_strdown (english, -1) : NULL;

      if (name != NULL && strstr (name, "stalemate") != NULL)
        return &phases[i];
    }

  return NULL;
}

/**
 * kwa_time_scale_new_for_exhibit:
 * @nonlinear: squeeze the years before and after the war and the
 *   stalemate, widening the war of movement
 *
 * The scale for the exhibit's whole time range. The non-linear segments
 * come from the exhibit's war span and its stalemate phase (a phase whose
 * id contains "stalemate"); without a stalemate phase the whole war is one
 * segment, and without a war span inside the range the scale is linear.
 */
KwaTimeScale *
kwa_time_scale_new_for_exhibit (KwaExhibit *exhibit,
                                gboolean    nonlinear)
{
  KwaDateRange range, war;
  const KwaPhase *stalemate;
  double war_start, war_end;

  g_return_val_if_fail (KWA_IS_EXHIBIT (exhibit), NULL);

  range = kwa_exhibit_get_time_range (exhibit);
  if (range.start == KWA_DATE_NONE || range.end == KWA_DATE_NONE)
    return kwa_time_scale_new_linear (0, 0);

  war = kwa_exhibit_get_war_span (exhibit);
  if (!nonlinear || war.start == KWA_DATE_NONE || war.end == KWA_DATE_NONE ||
      war.end <= range.start || war.start >= range.end)
    return kwa_time_scale_new_linear (range.start, range.end);

  war_start = CLAMP (war.start, range.start, range.end);
  war_end = CLAMP (war.end, war_start, range.end);

  stalemate = find_stalemate (exhibit);
  if (stalemate != NULL && stalemate->start > war_start && stalemate->start < war_end)
    {
      const double boundaries[] = { range.start, war_start, stalemate->start, war_end, range.end };
      const double weights[] = {
        KWA_TIME_SCALE_WEIGHT_BEFORE_WAR,
        KWA_TIME_SCALE_WEIGHT_MOVEMENT,
        KWA_TIME_SCALE_WEIGHT_STALEMATE,
        KWA_TIME_SCALE_WEIGHT_AFTER_WAR,
      };

      return kwa_time_scale_new_weighted (boundaries, weights, G_N_ELEMENTS (weights));
    }
  else
    {
      const double boundaries[] = { range.start, war_start, war_end, range.end };
      const double weights[] = {
        KWA_TIME_SCALE_WEIGHT_BEFORE_WAR,
        KWA_TIME_SCALE_WEIGHT_MOVEMENT + KWA_TIME_SCALE_WEIGHT_STALEMATE,
        KWA_TIME_SCALE_WEIGHT_AFTER_WAR,
      };

      g_debug ("No stalemate phase inside the war: the war is one segment");
      return kwa_time_scale_new_weighted (boundaries, weights, G_N_ELEMENTS (weights));
    }
}

KwaTimeScale *
kwa_time_scale_ref (KwaTimeScale *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
kwa_time_scale_unref (KwaTimeScale *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    g_free (self);
}

double
kwa_time_scale_get_start (const KwaTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->knots[0].time;
}

double
kwa_time_scale_get_end (const KwaTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->knots[self->n_knots - 1].time;
}

/* Returns: whether the days do not all get the same width */
gboolean
kwa_time_scale_is_nonlinear (const KwaTimeScale *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->nonlinear;
}

/**
 * kwa_time_scale_get_knots:
 *
 * Returns: (array length=n_knots): where the segments meet, first and last
 *   included, so a view can mark where the scale changes
 */
const KwaTimeScaleKnot *
kwa_time_scale_get_knots (const KwaTimeScale *self,
                          guint              *n_knots)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_knots != NULL, NULL);

  *n_knots = self->n_knots;
  return self->knots;
}

/* The segment [knots[i], knots[i + 1]] holding @value, by time or by
 * fraction (both increase together). */
static guint
find_segment (const KwaTimeScale *self,
              double              value,
              gboolean            by_fraction)
{
  guint i;

  g_assert (self->n_knots >= 2);

  for (i = 0; i + 2 < self->n_knots; i++)
    {
      double upper = by_fraction ? self->knots[i + 1].fraction : self->knots[i + 1].time;

      if (value < upper)
        break;
    }

  return i;
}

/**
 * kwa_time_scale_to_fraction:
 * @time: days since 1970-01-01, fractional
 *
 * Returns: where @time sits, 0 at the start and 1 at the end; times
 *   outside the scale are clamped
 */
double
kwa_time_scale_to_fraction (const KwaTimeScale *self,
                            double              time)
{
  const KwaTimeScaleKnot *a, *b;
  guint i;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_knots < 2 || !(time > self->knots[0].time))
    return 0.0;
  if (time >= self->knots[self->n_knots - 1].time)
    return 1.0;

  i = find_segment (self, time, FALSE);
  a = &self->knots[i];
  b = &self->knots[i + 1];

  return a->fraction + (time - a->time) / (b->time - a->time) * (b->fraction - a->fraction);
}

/**
 * kwa_time_scale_from_fraction:
 * @fraction: 0 … 1, clamped
 *
 * The inverse of kwa_time_scale_to_fraction().
 */
double
kwa_time_scale_from_fraction (const KwaTimeScale *self,
                              double              fraction)
{
  const KwaTimeScaleKnot *a, *b;
  guint i;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_knots < 2 || !(fraction > 0.0))
    return self->knots[0].time;
  if (fraction >= 1.0)
    return self->knots[self->n_knots - 1].time;

  i = find_segment (self, fraction, TRUE);
  a = &self->knots[i];
  b = &self->knots[i + 1];

  return a->time + (fraction - a->fraction) / (b->fraction - a->fraction) * (b->time - a->time);
}
