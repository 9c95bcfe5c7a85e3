/* kwa-exhibit-draft.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kwa-date.h"
#include "kwa-geometry.h"
#include "kwa-map-document.h"

G_BEGIN_DECLS

/* How many edits can be undone. Each keeps a copy of the part of the file
 * it changed (the fronts, the events, …), at most about a megabyte. */
#define KWA_EXHIBIT_DRAFT_MAX_UNDO 100

/* Coordinates a curator drags are kept to 4 decimals of a degree (about
 * 10 m), as the exhibit's own are written: a moved vertex stays a short,
 * readable line in git. */
#define KWA_EXHIBIT_DRAFT_COORDINATE_STEP 1e-4

#define KWA_TYPE_EXHIBIT_DRAFT (kwa_exhibit_draft_get_type ())

G_DECLARE_FINAL_TYPE (KwaExhibitDraft, kwa_exhibit_draft, KWA, EXHIBIT_DRAFT, GObject)

KwaExhibitDraft *kwa_exhibit_draft_new_for_file      (GFile            *file,
                                                      GError          **error);
GFile           *kwa_exhibit_draft_get_file          (KwaExhibitDraft  *self);
JsonObject      *kwa_exhibit_draft_get_root          (KwaExhibitDraft  *self);
JsonArray       *kwa_exhibit_draft_get_records       (KwaExhibitDraft  *self,
                                                      const char       *member);
JsonObject      *kwa_exhibit_draft_get_record        (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index);
JsonArray       *kwa_exhibit_draft_get_vertices      (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index,
                                                      gboolean         *closed);
int              kwa_exhibit_draft_find_front        (KwaExhibitDraft  *self,
                                                      KwaDate           day);
int              kwa_exhibit_draft_find_event        (KwaExhibitDraft  *self,
                                                      const char       *id);
gboolean         kwa_exhibit_draft_get_modified      (KwaExhibitDraft  *self);
JsonNode        *kwa_exhibit_draft_copy_node         (JsonNode         *node);

/* Edits: each can be undone, and starts a check of the result. */
void             kwa_exhibit_draft_move_vertex       (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index,
                                                      guint             vertex,
                                                      KwaLonLat         point);
void             kwa_exhibit_draft_insert_vertex     (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index,
                                                      guint             before,
                                                      KwaLonLat         point);
gboolean         kwa_exhibit_draft_delete_vertex     (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index,
                                                      guint             vertex);
guint            kwa_exhibit_draft_add_front         (KwaExhibitDraft  *self,
                                                      KwaDate           day);
void             kwa_exhibit_draft_set_member        (KwaExhibitDraft  *self,
                                                      const char       *member,
                                                      guint             index,
                                                      const char       *name,
                                                      JsonNode         *value);
void             kwa_exhibit_draft_put_event         (KwaExhibitDraft  *self,
                                                      JsonObject       *event);
void             kwa_exhibit_draft_add_holding_change    (KwaExhibitDraft *self,
                                                          const char      *place_id,
                                                          JsonObject      *change);
void             kwa_exhibit_draft_replace_holding_change (KwaExhibitDraft *self,
                                                           const char      *place_id,
                                                           guint            index,
                                                           JsonObject      *change);
void             kwa_exhibit_draft_remove_holding_change (KwaExhibitDraft *self,
                                                          const char      *place_id,
                                                          guint            index);

gboolean         kwa_exhibit_draft_can_undo          (KwaExhibitDraft  *self);
gboolean         kwa_exhibit_draft_can_redo          (KwaExhibitDraft  *self);
gboolean         kwa_exhibit_draft_undo              (KwaExhibitDraft  *self);
gboolean         kwa_exhibit_draft_redo              (KwaExhibitDraft  *self);

/* The last check of the draft: the document to show (the last draft that
 * loaded, NULL before the first check ends), and what is wrong with the
 * draft as it is now. */
KwaMapDocument  *kwa_exhibit_draft_get_document      (KwaExhibitDraft  *self);
GPtrArray       *kwa_exhibit_draft_get_problems      (KwaExhibitDraft  *self);
GPtrArray       *kwa_exhibit_draft_get_warnings      (KwaExhibitDraft  *self);
gboolean         kwa_exhibit_draft_get_checking      (KwaExhibitDraft  *self);

char            *kwa_exhibit_draft_to_text           (KwaExhibitDraft  *self);
gboolean         kwa_exhibit_draft_save              (KwaExhibitDraft  *self,
                                                      GError          **error);

G_END_DECLS
