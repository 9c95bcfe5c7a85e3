/* kwa-json-writer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     *kwa_json_write            (JsonNode   *root);
JsonNode *kwa_json_node_take_object (JsonObject *object);
JsonNode *kwa_json_node_take_array  (JsonArray  *array);

G_END_DECLS
