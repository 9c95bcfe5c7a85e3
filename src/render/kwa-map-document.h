/* kwa-map-document.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-atlas.h"
#include "kwa-basemap.h"
#include "kwa-exhibit.h"

G_BEGIN_DECLS

#define KWA_TYPE_MAP_DOCUMENT (kwa_map_document_get_type ())

G_DECLARE_FINAL_TYPE (KwaMapDocument, kwa_map_document, KWA, MAP_DOCUMENT, GObject)

KwaMapDocument *kwa_map_document_new_from_file  (GFile           *file,
                                                 GPtrArray      **out_problems,
                                                 GError         **error);
KwaMapDocument *kwa_map_document_new_default    (GError         **error);
KwaMapDocument *kwa_map_document_new            (KwaExhibit      *exhibit,
                                                 GError         **error);
KwaExhibit     *kwa_map_document_get_exhibit    (KwaMapDocument  *self);
KwaBasemap     *kwa_map_document_get_basemap    (KwaMapDocument  *self);
KwaAtlas       *kwa_map_document_get_atlas      (KwaMapDocument  *self);

G_END_DECLS
