/* kwa-event-editor.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-exhibit-draft.h"

G_BEGIN_DECLS

#define KWA_TYPE_EVENT_EDITOR (kwa_event_editor_get_type ())

G_DECLARE_FINAL_TYPE (KwaEventEditor, kwa_event_editor, KWA, EVENT_EDITOR, AdwWindow)

GtkWidget *kwa_event_editor_new       (GtkWindow       *parent,
                                       KwaExhibitDraft *draft,
                                       const char      *event_id,
                                       const KwaLonLat *point,
                                       KwaDate          day);
void       kwa_event_editor_set_field (KwaEventEditor  *self,
                                       const char      *name,
                                       const char      *value);
gboolean   kwa_event_editor_save      (KwaEventEditor  *self);
const char *kwa_event_editor_get_error (KwaEventEditor *self);

G_END_DECLS
