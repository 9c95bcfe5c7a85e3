/* kwa-sketch.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-sketch"

#include "config.h"

#include "kwa-sketch.h"

/* A teacher's drawing on the map. Like the timeline, it belongs to the
 * application, not to a window: what is drawn on the laptop shows on the
 * projector at once. Views redraw on ::changed. */

struct _KwaSketch
{
  GObject  parent_instance;

  /* Owned */
  GArray  *strokes;   /* KwaStroke */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KwaSketch, kwa_sketch, G_TYPE_OBJECT)

static void
clear_stroke (gpointer data)
{
  KwaStroke *stroke = data;

  g_clear_pointer (&stroke->points, g_array_unref);
}

static void
kwa_sketch_finalize (GObject *object)
{
  KwaSketch *self = KWA_SKETCH (object);

  g_clear_pointer (&self->strokes, g_array_unref);

  G_OBJECT_CLASS (kwa_sketch_parent_class)->finalize (object);
}

static void
kwa_sketch_class_init (KwaSketchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_sketch_finalize;

  /**
   * KwaSketch::changed:
   *
   * A stroke was begun, extended, undone, or all were cleared.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kwa_sketch_init (KwaSketch *self)
{
  self->strokes = g_array_new (FALSE, FALSE, sizeof (KwaStroke));
  g_array_set_clear_func (self->strokes, clear_stroke);
}

KwaSketch *
kwa_sketch_new (void)
{
  return g_object_new (KWA_TYPE_SKETCH, NULL);
}

guint
kwa_sketch_get_n_strokes (KwaSketch *self)
{
  g_return_val_if_fail (KWA_IS_SKETCH (self), 0);
  return self->strokes->len;
}

const KwaStroke *
kwa_sketch_get_stroke (KwaSketch *self,
                       guint      index)
{
  g_return_val_if_fail (KWA_IS_SKETCH (self), NULL);
  g_return_val_if_fail (index < self->strokes->len, NULL);

  return &g_array_index (self->strokes, KwaStroke, index);
}

void
kwa_sketch_begin_stroke (KwaSketch         *self,
                         const KwaColor    *color,
                         double             width,
                         const KwaMapPoint *start)
{
  KwaStroke stroke;

  g_return_if_fail (KWA_IS_SKETCH (self));
  g_return_if_fail (color != NULL && start != NULL);

  stroke.color = *color;
  stroke.width = width;
  stroke.points = g_array_new (FALSE, FALSE, sizeof (KwaMapPoint));
  g_array_append_val (stroke.points, *start);
  g_array_append_val (self->strokes, stroke);

  g_signal_emit (self, signals[CHANGED], 0);
}

void
kwa_sketch_extend_stroke (KwaSketch         *self,
                          const KwaMapPoint *point)
{
  KwaStroke *stroke;

  g_return_if_fail (KWA_IS_SKETCH (self));
  g_return_if_fail (point != NULL);

  if (self->strokes->len == 0)
    return;

  stroke = &g_array_index (self->strokes, KwaStroke, self->strokes->len - 1);
  g_array_append_val (stroke->points, *point);

  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns FALSE when there was nothing to undo. */
gboolean
kwa_sketch_undo (KwaSketch *self)
{
  g_return_val_if_fail (KWA_IS_SKETCH (self), FALSE);

  if (self->strokes->len == 0)
    return FALSE;

  g_array_set_size (self->strokes, self->strokes->len - 1);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

void
kwa_sketch_clear (KwaSketch *self)
{
  g_return_if_fail (KWA_IS_SKETCH (self));

  if (self->strokes->len == 0)
    return;

  g_array_set_size (self->strokes, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}
