/* kwa-hit-index.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-hit-index"

#include "config.h"

#include <math.h>

#include "kwa-hit-index.h"

typedef struct
{
  double    x, y, radius;
  KwaMapHit hit;
} HitCircle;

struct _KwaHitIndex
{
  /* Owned */
  GArray *markers;   /* HitCircle around event markers, in drawing order */
  GArray *paths;     /* HitCircle samples along arrows, in drawing order */
};

KwaHitIndex *
kwa_hit_index_new (void)
{
  KwaHitIndex *self = g_new0 (KwaHitIndex, 1);

  self->markers = g_array_new (FALSE, FALSE, sizeof (HitCircle));
  self->paths = g_array_new (FALSE, FALSE, sizeof (HitCircle));

  return self;
}

void
kwa_hit_index_free (KwaHitIndex *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->paths, g_array_unref);
  g_free (self);
}

/* Forgets the last frame: a new one is being drawn. */
void
kwa_hit_index_clear (KwaHitIndex *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->markers, 0);
  g_array_set_size (self->paths, 0);
}

static void
append_circle (GArray          *circles,
               double           x,
               double           y,
               double           radius,
               const KwaMapHit *hit)
{
  HitCircle circle = { x, y, radius, *hit };

  g_array_append_val (circles, circle);
}

void
kwa_hit_index_add_marker (KwaHitIndex     *self,
                          double           x,
                          double           y,
                          double           radius,
                          const KwaMapHit *hit)
{
  g_return_if_fail (self != NULL);

  append_circle (self->markers, x, y, radius, hit);
}

/* One of the circles along an arrow that together cover it. */
void
kwa_hit_index_add_path (KwaHitIndex     *self,
                        double           x,
                        double           y,
                        double           radius,
                        const KwaMapHit *hit)
{
  g_return_if_fail (self != NULL);

  append_circle (self->paths, x, y, radius, hit);
}

/* The last circle drawn that holds (@x, @y): the one on top. */
static const HitCircle *
find_topmost (GArray *circles,
              double  x,
              double  y)
{
  for (guint i = circles->len; i > 0; i--)
    {
      const HitCircle *c = &g_array_index (circles, HitCircle, i - 1);

      if (hypot (x - c->x, y - c->y) <= c->radius)
        return c;
    }

  return NULL;
}

/**
 * kwa_hit_index_lookup:
 * @labels: (array length=n_labels): the labels the frame placed
 *
 * What the frame drew at (@x, @y): an event marker first, then an arrow,
 * then a label.
 */
KwaMapHit
kwa_hit_index_lookup (const KwaHitIndex *self,
                      const KwaMapLabel *labels,
                      guint              n_labels,
                      double             x,
                      double             y)
{
  KwaMapHit none = { KWA_MAP_HIT_NONE, NULL };
  const HitCircle *circle;

  g_return_val_if_fail (self != NULL, none);

  if ((circle = find_topmost (self->markers, x, y)) != NULL ||
      (circle = find_topmost (self->paths, x, y)) != NULL)
    return circle->hit;

  /* A little room left of a label: that is where its place's dot is. */
  for (guint i = 0; i < n_labels; i++)
    {
      const KwaMapLabel *b = &labels[i];

      if (x >= b->x - 8 && x <= b->x + b->width && y >= b->y && y <= b->y + b->height)
        return b->hit;
    }

  return none;
}
