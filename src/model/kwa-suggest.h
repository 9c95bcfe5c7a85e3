/* kwa-suggest.h: "did you mean …?" for words a curator mistyped
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       kwa_suggest_typo_distance (const char         *a,
                                       const char         *b);
const char *kwa_suggest_word          (const char         *typed,
                                       const char * const *words);
const char *kwa_suggest_key           (const char         *typed,
                                       GHashTable         *index);

G_END_DECLS
