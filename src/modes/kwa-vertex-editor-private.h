/* kwa-vertex-editor-private.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-vertex-editor.h"

G_BEGIN_DECLS

typedef struct
{
  const char *member;   /* interned */
  guint       index;
  gboolean    closed;
} Shape;

typedef enum
{
  GRAB_NONE,
  GRAB_VERTEX,
  GRAB_MIDPOINT,   /* inserts before ref.vertex */
  GRAB_PICK,
} GrabKind;

typedef struct
{
  GrabKind     kind;
  KwaVertexRef ref;
  double       start_x, start_y;
  double       x, y;
} Grab;

struct _KwaVertexEditor
{
  GtkWidget        parent_instance;

  KwaMapView      *map_view;
  KwaExhibitDraft *draft;
  KwaDate          day;
  GArray          *shapes;       /* of Shape */
  KwaVertexRef     selected;     /* member NULL: none */
  Grab             grab;
  gboolean         picking;
};

JsonArray *kwa_vertex_editor_shape_vertices (KwaVertexEditor    *self,
                                             const Shape        *shape);
KwaLonLat  kwa_vertex_editor_vertex_lonlat  (JsonArray          *vertices,
                                             guint               vertex);
gboolean   kwa_vertex_editor_to_widget      (KwaVertexEditor    *self,
                                             KwaLonLat           point,
                                             double             *x,
                                             double             *y);
gboolean   kwa_vertex_editor_same_vertex    (const KwaVertexRef *a,
                                             const KwaVertexRef *b);
void       kwa_vertex_editor_snapshot       (GtkWidget          *widget,
                                             GtkSnapshot        *snapshot);

G_END_DECLS
