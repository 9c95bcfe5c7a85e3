/* kwa-curator.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-curator-panel.h"
#include "kwa-exhibit-draft.h"
#include "kwa-map-view.h"
#include "kwa-session.h"
#include "kwa-vertex-editor.h"

G_BEGIN_DECLS

#define KWA_TYPE_CURATOR (kwa_curator_get_type ())

G_DECLARE_FINAL_TYPE (KwaCurator, kwa_curator, KWA, CURATOR, GObject)

KwaCurator      *kwa_curator_new               (KwaSession   *session,
                                                KwaMapView   *map_view,
                                                GtkOverlay   *map_area,
                                                GError      **error);
void             kwa_curator_stop              (KwaCurator   *self);
KwaExhibitDraft *kwa_curator_get_draft         (KwaCurator   *self);
KwaCuratorPanel *kwa_curator_get_panel         (KwaCurator   *self);
KwaVertexEditor *kwa_curator_get_vertex_editor (KwaCurator   *self);
GActionGroup    *kwa_curator_get_actions       (KwaCurator   *self);
GtkEventController *kwa_curator_get_shortcuts  (KwaCurator   *self);
GtkWidget       *kwa_curator_edit_event        (KwaCurator      *self,
                                                const char      *event_id,
                                                const KwaLonLat *point);
gboolean         kwa_curator_save              (KwaCurator   *self,
                                                GError      **error);

G_END_DECLS
