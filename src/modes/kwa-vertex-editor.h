/* kwa-vertex-editor.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit-draft.h"
#include "kwa-map-view.h"

G_BEGIN_DECLS

/* How near a finger or a pointer must come to a handle to take it, in
 * pixels: a 44 px target, as touch guidelines ask. */
#define KWA_VERTEX_EDITOR_GRAB_RADIUS 22.0

#define KWA_TYPE_VERTEX_EDITOR (kwa_vertex_editor_get_type ())

G_DECLARE_FINAL_TYPE (KwaVertexEditor, kwa_vertex_editor, KWA, VERTEX_EDITOR, GtkWidget)

/* A vertex of a shape in the draft: of fronts[index] or enclaves[index]. */
typedef struct
{
  const char *member;   /* "fronts" or "enclaves"; NULL for none */
  guint       index;
  guint       vertex;
} KwaVertexRef;

GtkWidget  *kwa_vertex_editor_new              (KwaMapView       *map_view);
void        kwa_vertex_editor_set_draft        (KwaVertexEditor  *self,
                                                KwaExhibitDraft  *draft);
void        kwa_vertex_editor_set_day          (KwaVertexEditor  *self,
                                                KwaDate           day);
gboolean    kwa_vertex_editor_get_selection    (KwaVertexEditor  *self,
                                                KwaVertexRef     *vertex);
gboolean    kwa_vertex_editor_delete_selected  (KwaVertexEditor  *self);
void        kwa_vertex_editor_pick_point       (KwaVertexEditor  *self);
gboolean    kwa_vertex_editor_get_picking      (KwaVertexEditor  *self);
gboolean    kwa_vertex_editor_get_handle       (KwaVertexEditor  *self,
                                                const KwaVertexRef *vertex,
                                                double           *x,
                                                double           *y);

G_END_DECLS
