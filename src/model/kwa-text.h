/* kwa-text.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-language.h"

G_BEGIN_DECLS

/* A visitor-facing text in both languages. In a loaded exhibit both are
 * non-empty; an optional text that the file leaves out has both NULL.
 */
typedef struct
{
  char *en;
  char *ko;
} KwaText;

const char *kwa_text_get    (const KwaText *text,
                             KwaLanguage    language);
gboolean    kwa_text_is_set (const KwaText *text);
void        kwa_text_clear  (KwaText       *text);

G_END_DECLS
