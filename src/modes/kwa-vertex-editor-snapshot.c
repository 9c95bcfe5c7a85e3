/* kwa-vertex-editor-snapshot.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-vertex-editor"

#include "config.h"

#include <math.h>

#include "kwa-vertex-editor-private.h"

/* How the curator's handles look: each shape's line as the draft has it,
 * dark under light so it reads on either side's land and on the sea; a
 * ring for each vertex (a dot where they crowd), the selected one larger
 * and yellow; a faint small handle between two vertices far enough apart
 * to take a new one. A dragged vertex is drawn under the pointer. */

#define VERTEX_RADIUS 6.0
/* Where vertices lie closer than this on screen (a front zoomed out),
 * they are drawn as dots, so the line under them stays readable. */
#define CROWDED_SPACING 18.0
#define DOT_RADIUS 3.5
#define SELECTED_RADIUS 9.0
#define MIDPOINT_RADIUS 4.5

/* ---- drawing ---------------------------------------------------------- */

static void
draw_handle (cairo_t *cr,
             double   x,
             double   y,
             double   radius,
             gboolean selected)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  if (selected)
    cairo_set_source_rgb (cr, 0.96, 0.76, 0.07);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.11, 0.11, 0.11);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}

/* A vertex drawn where it is, or where the pointer drags it. */
static gboolean
handle_position (KwaVertexEditor *self,
                 const Shape     *shape,
                 JsonArray       *vertices,
                 guint            i,
                 double          *x,
                 double          *y)
{
  guint n = json_array_get_length (vertices);
  KwaVertexRef ref = { shape->member, shape->index, i };

  if (self->grab.kind == GRAB_VERTEX &&
      (kwa_vertex_editor_same_vertex (&self->grab.ref, &ref) ||
       (shape->closed && self->grab.ref.member == shape->member && self->grab.ref.index == shape->index &&
        ((i == n - 1 && self->grab.ref.vertex == 0) || (i == 0 && self->grab.ref.vertex == n - 1)))))
    {
      *x = self->grab.x, *y = self->grab.y;
      return TRUE;
    }
  return kwa_vertex_editor_to_widget (self, kwa_vertex_editor_vertex_lonlat (vertices, i), x, y);
}

/* The handles' size: dots where the vertices crowd (the median spacing
 * on screen is small, that is, more than half the spacings are), rings a
 * finger can take where they do not. Counted, not sorted: this runs every
 * frame the map moves. */
static double
handle_radius (KwaVertexEditor *self,
               const Shape     *shape,
               JsonArray       *vertices)
{
  guint n = json_array_get_length (vertices);
  guint n_spacings = 0, n_crowded = 0;
  double px = 0, py = 0;

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (!handle_position (self, shape, vertices, i, &x, &y))
        continue;
      if (i > 0)
        {
          n_spacings++;
          n_crowded += hypot (x - px, y - py) < CROWDED_SPACING;
        }
      px = x, py = y;
    }
  return n_crowded > n_spacings / 2 && n_spacings > 0 ? DOT_RADIUS : VERTEX_RADIUS;
}

static void
draw_shape (KwaVertexEditor *self,
            cairo_t         *cr,
            const Shape     *shape)
{
  JsonArray *vertices = kwa_vertex_editor_shape_vertices (self, shape);
  guint n = vertices != NULL ? json_array_get_length (vertices) : 0;
  double px = 0, py = 0;
  double radius = n > 0 ? handle_radius (self, shape, vertices) : VERTEX_RADIUS;

  /* The line as the draft has it, dark under light, readable on either
   * side's land and on the sea. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          double x, y;

          if (!handle_position (self, shape, vertices, i, &x, &y))
            continue;
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          if (self->grab.kind == GRAB_MIDPOINT && self->grab.ref.member == shape->member &&
              self->grab.ref.index == shape->index && self->grab.ref.vertex == i + 1)
            cairo_line_to (cr, self->grab.x, self->grab.y);
        }
      cairo_set_source_rgba (cr, pass == 0 ? 0.11 : 0.96, pass == 0 ? 0.11 : 0.76, pass == 0 ? 0.11 : 0.07, 0.9);
      cairo_set_line_width (cr, pass == 0 ? 4.0 : 2.0);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (!handle_position (self, shape, vertices, i, &x, &y))
        continue;
      if (i > 0 && hypot (x - px, y - py) > 4 * KWA_VERTEX_EDITOR_GRAB_RADIUS / 2)
        {
          cairo_save (cr);
          cairo_push_group (cr);
          draw_handle (cr, (x + px) / 2, (y + py) / 2, MIDPOINT_RADIUS, FALSE);
          cairo_pop_group_to_source (cr);
          cairo_paint_with_alpha (cr, 0.75);
          cairo_restore (cr);
        }
      px = x, py = y;
    }
  for (guint i = 0; i < n; i++)
    {
      KwaVertexRef ref = { shape->member, shape->index, i };
      double x, y;

      if (shape->closed && i == n - 1)
        continue;   /* the ring's last is its first */
      if (handle_position (self, shape, vertices, i, &x, &y))
        draw_handle (cr, x, y, kwa_vertex_editor_same_vertex (&ref, &self->selected) ? SELECTED_RADIUS : radius,
                     kwa_vertex_editor_same_vertex (&ref, &self->selected));
    }
}

void
kwa_vertex_editor_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KwaVertexEditor *self = KWA_VERTEX_EDITOR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->shapes->len == 0 && self->grab.kind != GRAB_MIDPOINT)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint s = 0; s < self->shapes->len; s++)
    draw_shape (self, cr, &g_array_index (self->shapes, Shape, s));
  if (self->grab.kind == GRAB_MIDPOINT)
    draw_handle (cr, self->grab.x, self->grab.y, VERTEX_RADIUS, TRUE);
  cairo_destroy (cr);
}
