/* kwa-events-table.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     *kwa_events_table_export (JsonNode    *root);
gboolean  kwa_events_table_import (JsonNode    *root,
                                   const char  *csv,
                                   GPtrArray   *problems,
                                   GString     *report);

G_END_DECLS
