/* kwa-geojson-layers.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean kwa_geojson_layers_export (JsonNode   *root,
                                    GFile      *folder,
                                    GString    *report,
                                    GError    **error);
gboolean kwa_geojson_layers_import (JsonNode   *root,
                                    GFile      *folder,
                                    GPtrArray  *problems,
                                    GString    *report);

G_END_DECLS
