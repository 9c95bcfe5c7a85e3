/* kwa-json-tree-builder.h: a json-glib tree made from tokens already read
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The exhibit's bytes are walked once, by the strict scanner in
 * kwa-exhibit-syntax.c; it hands each token here, and the same tree
 * json-glib's parser would make is built from them. Texts and
 * keys come raw, as they stand between their quotes in the file (already
 * checked, so every escape in them is valid).
 */
typedef struct _KwaJsonTreeBuilder KwaJsonTreeBuilder;

KwaJsonTreeBuilder *kwa_json_tree_builder_new        (void);
void                kwa_json_tree_builder_free       (KwaJsonTreeBuilder *self);

void                kwa_json_tree_builder_begin_object (KwaJsonTreeBuilder *self);
void                kwa_json_tree_builder_begin_array  (KwaJsonTreeBuilder *self);
void                kwa_json_tree_builder_end          (KwaJsonTreeBuilder *self);
void                kwa_json_tree_builder_set_key      (KwaJsonTreeBuilder *self,
                                                        const char         *raw,
                                                        gsize               length);
void                kwa_json_tree_builder_add_string   (KwaJsonTreeBuilder *self,
                                                        const char         *raw,
                                                        gsize               length);
void                kwa_json_tree_builder_add_number   (KwaJsonTreeBuilder *self,
                                                        const char         *text,
                                                        gsize               length,
                                                        gboolean            is_integer);
void                kwa_json_tree_builder_add_boolean  (KwaJsonTreeBuilder *self,
                                                        gboolean            value);
void                kwa_json_tree_builder_add_null     (KwaJsonTreeBuilder *self);

JsonNode           *kwa_json_tree_builder_steal_root   (KwaJsonTreeBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaJsonTreeBuilder, kwa_json_tree_builder_free)

G_END_DECLS
