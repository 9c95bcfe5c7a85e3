/* kwa-vertex-editor.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-vertex-editor"

#include "config.h"

#include <math.h>

#include "kwa-vertex-editor-private.h"

/* The handles a curator drags, over the map: the vertices of the front in
 * force on the day shown and of the enclaves held that day, and between
 * each two a smaller handle that adds a vertex when it is dragged or
 * clicked. A secondary click (or Delete) removes a vertex; the arrow keys
 * nudge the selected one. Edits go to the #KwaExhibitDraft; the map
 * redraws when the draft has been checked.
 *
 * The widget lies over the whole map but takes only the events that land
 * on a handle (see contains()): elsewhere the map pans, zooms and selects
 * as it always does. To place a new event it takes one click anywhere
 * (kwa_vertex_editor_pick_point()). */

/* A nudge of the arrow keys, in degrees; with Shift, ten times it. */
#define NUDGE_DEGREES 0.01
/* A click that moved less than this is a click, not a drag. */
#define CLICK_SLOP 3.0

G_DEFINE_FINAL_TYPE (KwaVertexEditor, kwa_vertex_editor, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  POINT_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- shapes and handles ----------------------------------------------- */

static gboolean
enclave_held_on (JsonObject *enclave,
                 KwaDate     day)
{
  KwaDate start = KWA_DATE_NONE, end = KWA_DATE_NONE;

  return kwa_date_parse (json_object_get_string_member_with_default (enclave, "start", ""), &start) &&
         kwa_date_parse (json_object_get_string_member_with_default (enclave, "end", ""), &end) &&
         start <= day && day <= end;
}

static void
collect_shapes (KwaVertexEditor *self)
{
  JsonArray *enclaves;
  int front;

  g_array_set_size (self->shapes, 0);
  if (self->draft == NULL || self->day == KWA_DATE_NONE)
    return;

  front = kwa_exhibit_draft_find_front (self->draft, self->day);
  if (front >= 0)
    g_array_append_val (self->shapes, ((Shape) { g_intern_static_string ("fronts"), front, FALSE }));

  enclaves = kwa_exhibit_draft_get_records (self->draft, "enclaves");
  for (guint i = 0; enclaves != NULL && i < json_array_get_length (enclaves); i++)
    if (enclave_held_on (json_array_get_object_element (enclaves, i), self->day))
      g_array_append_val (self->shapes, ((Shape) { g_intern_static_string ("enclaves"), i, TRUE }));
}

JsonArray *
kwa_vertex_editor_shape_vertices (KwaVertexEditor *self,
                const Shape     *shape)
{
  return kwa_exhibit_draft_get_vertices (self->draft, shape->member, shape->index, NULL);
}

KwaLonLat
kwa_vertex_editor_vertex_lonlat (JsonArray *vertices,
               guint      vertex)
{
  JsonArray *position = json_array_get_array_element (vertices, vertex);

  return (KwaLonLat) { json_array_get_double_element (position, 0), json_array_get_double_element (position, 1) };
}

/* Where @point is drawn in this widget's coordinates. */
gboolean
kwa_vertex_editor_to_widget (KwaVertexEditor *self,
           KwaLonLat        point,
           double          *x,
           double          *y)
{
  double map_x, map_y;

  if (!kwa_map_view_lonlat_to_widget (self->map_view, point, &map_x, &map_y))
    return FALSE;
  return gtk_widget_translate_coordinates (GTK_WIDGET (self->map_view), GTK_WIDGET (self),
                                           map_x, map_y, x, y);
}

static gboolean
to_lonlat (KwaVertexEditor *self,
           double           x,
           double           y,
           KwaLonLat       *point)
{
  double map_x, map_y;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), GTK_WIDGET (self->map_view), x, y, &map_x, &map_y))
    return FALSE;
  return kwa_map_view_widget_to_lonlat (self->map_view, map_x, map_y, point);
}

gboolean
kwa_vertex_editor_same_vertex (const KwaVertexRef *a,
             const KwaVertexRef *b)
{
  return a->member != NULL && a->member == b->member && a->index == b->index && a->vertex == b->vertex;
}

/* The handle under (@x, @y): the nearest vertex within reach, else the
 * nearest midpoint. */
static Grab
hit_test (KwaVertexEditor *self,
          double           x,
          double           y)
{
  Grab best = { GRAB_NONE };
  double best_distance = KWA_VERTEX_EDITOR_GRAB_RADIUS;
  double best_midpoint = KWA_VERTEX_EDITOR_GRAB_RADIUS;
  Grab midpoint = { GRAB_NONE };

  for (guint s = 0; s < self->shapes->len; s++)
    {
      const Shape *shape = &g_array_index (self->shapes, Shape, s);
      JsonArray *vertices = kwa_vertex_editor_shape_vertices (self, shape);
      guint n = vertices != NULL ? json_array_get_length (vertices) : 0;
      double px = 0, py = 0;

      for (guint i = 0; i < n; i++)
        {
          double vx, vy, distance;

          if (!kwa_vertex_editor_to_widget (self, kwa_vertex_editor_vertex_lonlat (vertices, i), &vx, &vy))
            continue;
          distance = hypot (vx - x, vy - y);
          if (distance < best_distance)
            {
              best_distance = distance;
              best = (Grab) { GRAB_VERTEX, { shape->member, shape->index, i }, vx, vy, vx, vy };
            }
          if (i > 0 && hypot (vx - px, vy - py) > 4 * KWA_VERTEX_EDITOR_GRAB_RADIUS / 2)
            {
              double mx = (vx + px) / 2, my = (vy + py) / 2;

              distance = hypot (mx - x, my - y);
              if (distance < best_midpoint)
                {
                  best_midpoint = distance;
                  midpoint = (Grab) { GRAB_MIDPOINT, { shape->member, shape->index, i }, mx, my, mx, my };
                }
            }
          px = vx, py = vy;
        }
    }

  return best.kind != GRAB_NONE ? best : midpoint;
}

static void
select_vertex (KwaVertexEditor    *self,
               const KwaVertexRef *vertex)
{
  KwaVertexRef none = { NULL };

  if (vertex == NULL)
    vertex = &none;
  if (kwa_vertex_editor_same_vertex (&self->selected, vertex) || (self->selected.member == NULL && vertex->member == NULL))
    return;
  self->selected = *vertex;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* Only the handles take events (or, while picking, the whole map). */
static gboolean
kwa_vertex_editor_contains (GtkWidget *widget,
                            double     x,
                            double     y)
{
  KwaVertexEditor *self = KWA_VERTEX_EDITOR (widget);

  if (self->picking)
    return TRUE;
  return hit_test (self, x, y).kind != GRAB_NONE;
}

/* ---- input ------------------------------------------------------------ */

static void
set_picking (KwaVertexEditor *self,
             gboolean         picking)
{
  if (self->picking == picking)
    return;
  self->picking = picking;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), picking ? "crosshair" : NULL);
}

static void
drag_begin_cb (KwaVertexEditor *self,
               double           x,
               double           y,
               GtkGestureDrag  *gesture)
{
  if (self->picking)
    self->grab = (Grab) { GRAB_PICK, { NULL }, x, y, x, y };
  else
    self->grab = hit_test (self, x, y);

  if (self->grab.kind == GRAB_NONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* A grabbed handle starts where it is drawn, not under the pointer,
   * and keeps its distance from it. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (KwaVertexEditor *self,
                double           dx,
                double           dy,
                GtkGestureDrag  *gesture)
{
  if (self->grab.kind == GRAB_NONE)
    return;
  self->grab.x = self->grab.start_x + dx;
  self->grab.y = self->grab.start_y + dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (KwaVertexEditor *self,
             double           dx,
             double           dy,
             GtkGestureDrag  *gesture)
{
  Grab grab = self->grab;
  KwaLonLat point;
  gboolean moved = hypot (dx, dy) >= CLICK_SLOP;

  self->grab.kind = GRAB_NONE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (grab.kind == GRAB_NONE || !to_lonlat (self, grab.start_x + dx, grab.start_y + dy, &point))
    return;

  switch (grab.kind)
    {
    case GRAB_PICK:
      set_picking (self, FALSE);
      g_signal_emit (self, signals[POINT_PICKED], 0, point.lon, point.lat);
      break;
    case GRAB_VERTEX:
      if (moved)
        kwa_exhibit_draft_move_vertex (self->draft, grab.ref.member, grab.ref.index, grab.ref.vertex, point);
      select_vertex (self, &grab.ref);
      break;
    case GRAB_MIDPOINT:
      kwa_exhibit_draft_insert_vertex (self->draft, grab.ref.member, grab.ref.index, grab.ref.vertex, point);
      select_vertex (self, &grab.ref);
      break;
    case GRAB_NONE:
    default:
      break;
    }
}

static void
secondary_pressed_cb (KwaVertexEditor *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  Grab hit = hit_test (self, x, y);

  if (hit.kind != GRAB_VERTEX)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  select_vertex (self, &hit.ref);
  kwa_vertex_editor_delete_selected (self);
}

static void
nudge (KwaVertexEditor *self,
       double           dlon,
       double           dlat)
{
  JsonArray *vertices;
  KwaLonLat point;

  vertices = kwa_exhibit_draft_get_vertices (self->draft, self->selected.member, self->selected.index, NULL);
  if (vertices == NULL || self->selected.vertex >= json_array_get_length (vertices))
    return;
  point = kwa_vertex_editor_vertex_lonlat (vertices, self->selected.vertex);
  point.lon += dlon, point.lat += dlat;
  kwa_exhibit_draft_move_vertex (self->draft, self->selected.member, self->selected.index,
                                 self->selected.vertex, point);
}

static gboolean
key_pressed_cb (KwaVertexEditor       *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *keys)
{
  double step = (state & GDK_SHIFT_MASK) ? 10 * NUDGE_DEGREES : NUDGE_DEGREES;

  if (keyval == GDK_KEY_Escape && self->picking)
    {
      set_picking (self, FALSE);
      return TRUE;
    }
  if (self->selected.member == NULL || self->draft == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      return kwa_vertex_editor_delete_selected (self);
    case GDK_KEY_Escape:
      select_vertex (self, NULL);
      return TRUE;
    case GDK_KEY_Left:
      nudge (self, -step, 0);
      return TRUE;
    case GDK_KEY_Right:
      nudge (self, step, 0);
      return TRUE;
    case GDK_KEY_Up:
      nudge (self, 0, step);
      return TRUE;
    case GDK_KEY_Down:
      nudge (self, 0, -step);
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- following the draft and the map ----------------------------------- */

static void
refresh (KwaVertexEditor *self)
{
  gboolean still_there = FALSE;

  collect_shapes (self);
  for (guint s = 0; s < self->shapes->len && self->selected.member != NULL; s++)
    {
      const Shape *shape = &g_array_index (self->shapes, Shape, s);
      JsonArray *vertices = kwa_vertex_editor_shape_vertices (self, shape);

      if (shape->member == self->selected.member && shape->index == self->selected.index && vertices != NULL &&
          self->selected.vertex < json_array_get_length (vertices))
        still_there = TRUE;
    }
  if (!still_there)
    select_vertex (self, NULL);
  else
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);   /* its position may have changed */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kwa_vertex_editor_set_draft (KwaVertexEditor *self,
                             KwaExhibitDraft *draft)
{
  g_return_if_fail (KWA_IS_VERTEX_EDITOR (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    g_signal_connect_object (draft, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
kwa_vertex_editor_set_day (KwaVertexEditor *self,
                           KwaDate          day)
{
  g_return_if_fail (KWA_IS_VERTEX_EDITOR (self));

  if (self->day == day)
    return;
  self->day = day;
  refresh (self);
}

/**
 * kwa_vertex_editor_get_selection:
 *
 * Returns: whether a vertex is selected, which is put in @vertex
 */
gboolean
kwa_vertex_editor_get_selection (KwaVertexEditor *self,
                                 KwaVertexRef    *vertex)
{
  g_return_val_if_fail (KWA_IS_VERTEX_EDITOR (self), FALSE);

  if (vertex != NULL)
    *vertex = self->selected;
  return self->selected.member != NULL;
}

gboolean
kwa_vertex_editor_delete_selected (KwaVertexEditor *self)
{
  KwaVertexRef selected;

  g_return_val_if_fail (KWA_IS_VERTEX_EDITOR (self), FALSE);

  selected = self->selected;
  if (selected.member == NULL || self->draft == NULL)
    return FALSE;
  select_vertex (self, NULL);
  if (!kwa_exhibit_draft_delete_vertex (self->draft, selected.member, selected.index, selected.vertex))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  return TRUE;
}

/**
 * kwa_vertex_editor_pick_point:
 *
 * The next click on the map is taken as a place (#KwaVertexEditor::point-picked);
 * Escape gives up.
 */
void
kwa_vertex_editor_pick_point (KwaVertexEditor *self)
{
  g_return_if_fail (KWA_IS_VERTEX_EDITOR (self));

  set_picking (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

gboolean
kwa_vertex_editor_get_picking (KwaVertexEditor *self)
{
  g_return_val_if_fail (KWA_IS_VERTEX_EDITOR (self), FALSE);
  return self->picking;
}

/**
 * kwa_vertex_editor_get_handle:
 *
 * Where @vertex's handle is, in this widget's coordinates.
 */
gboolean
kwa_vertex_editor_get_handle (KwaVertexEditor    *self,
                              const KwaVertexRef *vertex,
                              double             *x,
                              double             *y)
{
  JsonArray *vertices;

  g_return_val_if_fail (KWA_IS_VERTEX_EDITOR (self), FALSE);

  if (self->draft == NULL)
    return FALSE;
  vertices = kwa_exhibit_draft_get_vertices (self->draft, vertex->member, vertex->index, NULL);
  if (vertices == NULL || vertex->vertex >= json_array_get_length (vertices))
    return FALSE;
  return kwa_vertex_editor_to_widget (self, kwa_vertex_editor_vertex_lonlat (vertices, vertex->vertex), x, y);
}

/* ---- GObject ---------------------------------------------------------- */

GtkWidget *
kwa_vertex_editor_new (KwaMapView *map_view)
{
  KwaVertexEditor *self = g_object_new (KWA_TYPE_VERTEX_EDITOR, NULL);

  self->map_view = g_object_ref (map_view);
  /* Zooming and panning move the handles with the map. */
  g_signal_connect_object (map_view, "notify::zoom", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

static void
kwa_vertex_editor_dispose (GObject *object)
{
  KwaVertexEditor *self = KWA_VERTEX_EDITOR (object);

  g_clear_object (&self->draft);
  g_clear_object (&self->map_view);

  G_OBJECT_CLASS (kwa_vertex_editor_parent_class)->dispose (object);
}

static void
kwa_vertex_editor_finalize (GObject *object)
{
  KwaVertexEditor *self = KWA_VERTEX_EDITOR (object);

  g_array_unref (self->shapes);

  G_OBJECT_CLASS (kwa_vertex_editor_parent_class)->finalize (object);
}

static void
kwa_vertex_editor_class_init (KwaVertexEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_vertex_editor_dispose;
  object_class->finalize = kwa_vertex_editor_finalize;
  widget_class->snapshot = kwa_vertex_editor_snapshot;
  widget_class->contains = kwa_vertex_editor_contains;

  /**
   * KwaVertexEditor::selection-changed:
   *
   * Another vertex was selected, or none, or the selected one moved.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KwaVertexEditor::point-picked:
   * @lon: the longitude clicked
   * @lat: its latitude
   */
  signals[POINT_PICKED] = g_signal_new ("point-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_css_name (widget_class, "vertex-editor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_vertex_editor_init (KwaVertexEditor *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->shapes = g_array_new (FALSE, FALSE, sizeof (Shape));
  self->day = KWA_DATE_NONE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (drag), "kwa-vertex-drag");
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (secondary), "kwa-vertex-delete");
  g_signal_connect_swapped (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  gtk_event_controller_set_name (keys, "kwa-vertex-keys");
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
