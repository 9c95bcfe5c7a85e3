/* kwa-events-layer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-events-layer"

#include "config.h"

#include <string.h>

#include "kwa-ink.h"
#include "kwa-events-layer.h"

/* A marker for each event with a place, in its category's colour, the
 * current ones pulsing; the most emphasised on top. */

typedef struct
{
  double   radius;
  double   ring_width;
  KwaColor color;         /* the dot and, unselected, the ring */
  KwaColor ring;
  KwaColor halo;
} MarkerKey;

/* A marker: a disc of halo, its ring, a dot. */
static void
trace_marker (cairo_t         *cr,
              const MarkerKey *marker,
              double           x,
              double           y,
              double           emphasis)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, marker->radius, 0, 2 * G_PI);
  kwa_render_set_color (cr, &marker->halo, 0.95 * emphasis);
  kwa_ink_fill_preserve (cr);
  kwa_render_set_color (cr, &marker->ring, emphasis);
  cairo_set_line_width (cr, marker->ring_width);
  kwa_ink_stroke (cr);
  cairo_arc (cr, x, y, marker->radius * 0.45, 0, 2 * G_PI);
  kwa_render_set_color (cr, &marker->color, emphasis);
  kwa_ink_fill (cr);
}

static void
draw_marker (cairo_t       *cr,
             gconstpointer  key,
             gpointer       user_data)
{
  trace_marker (cr, key, 0, 0, 1);
}

/* The marker as a sprite, faded as a whole by its emphasis (the halo no
 * longer shows through a fading ring: the cleaner of the two); or, where
 * sprites cannot be painted, its shapes. */
static void
paint_marker (KwaRenderScope  *scope,
              gboolean         as_sprite,
              const MarkerKey *marker,
              double           x,
              double           y,
              double           emphasis)
{
  if (!kwa_render_scope_paint_symbol_sprite (scope, as_sprite, marker, sizeof *marker,
                                             marker->radius + marker->ring_width / 2 + 1, draw_marker,
                                             x, y, emphasis))
    trace_marker (scope->cr, marker, x, y, emphasis);
}

/* A ring that grows and fades, once a second. */
static void
draw_pulse (KwaRenderScope *scope,
            const KwaColor *color,
            double          x,
            double          y,
            double          radius)
{
  cairo_t *cr = scope->cr;
  double pulse = scope->options->pulse;

  cairo_arc (cr, x, y, radius * (1 + 1.4 * pulse), 0, 2 * G_PI);
  kwa_render_set_color (cr, color, 0.5 * (1 - pulse));
  cairo_set_line_width (cr, 3 * scope->ui_scale);
  kwa_ink_stroke (cr);
}

void
kwa_events_layer_draw (KwaRenderScope *scope)
{
  cairo_t *cr = scope->cr;
  KwaScene *scene = scope->scene;
  const KwaRenderOptions *options = scope->options;
  double scale = scope->ui_scale;
  gboolean as_sprites = kwa_render_scope_can_paint_sprites (scope);

  if (!(options->layers & KWA_MAP_LAYER_EVENTS))
    return;

  /* Least emphasised first, so the current events end up on top. */
  for (guint i = scene->events->len; i > 0; i--)
    {
      const KwaSceneEvent *visible = &g_array_index (scene->events, KwaSceneEvent, i - 1);
      const KwaEvent *event = visible->event->event;
      const KwaColor *color = kwa_map_palette_get_category (event->category);
      gboolean selected = options->selected == (gconstpointer) event;
      double radius = (10 - 2 * (event->importance - 1)) * scale;
      KwaMapHit hit = { KWA_MAP_HIT_EVENT, event };
      MarkerKey marker;
      double x, y;

      if (!visible->event->has_point)
        continue;

      kwa_render_scope_to_pixel (scope, &visible->event->point, &x, &y);

      cairo_save (cr);
      cairo_new_path (cr);
      if (visible->active && options->pulse > 0)
        draw_pulse (scope, color, x, y, radius);

      /* Zeroed whole: the key is compared as bytes, padding and all. */
      memset (&marker, 0, sizeof marker);
      marker.radius = radius;
      marker.ring_width = (selected ? 3.5 : 2.2) * scale;
      marker.color = *color;
      marker.ring = selected ? scope->palette->ink : *color;
      marker.halo = scope->palette->halo;
      paint_marker (scope, as_sprites, &marker, x, y, visible->emphasis);
      cairo_restore (cr);

      kwa_hit_index_add_marker (scope->hits, x, y, MAX (radius + 6, 16), &hit);
    }
}
