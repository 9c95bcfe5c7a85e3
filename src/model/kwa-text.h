/* kwa-text.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kwa-language.h"

G_BEGIN_DECLS

/* A visitor-facing text in the exhibit's languages, indexed by language.
 * In a loaded exhibit the exhibit's first language is always there (the
 * fallback); the others may be missing, which the validator warns of. An
 * optional text that the file leaves out has none.
 */
typedef struct
{
  char        *by_language[KWA_MAX_LANGUAGES];
  KwaLanguage  fallback;
} KwaText;

const char *kwa_text_get             (const KwaText *text,
                                      KwaLanguage    language);
gboolean    kwa_text_has             (const KwaText *text,
                                      KwaLanguage    language);
gboolean    kwa_text_is_set          (const KwaText *text);
void        kwa_text_set             (KwaText       *text,
                                      KwaLanguage    language,
                                      const char    *string);
void        kwa_text_clear           (KwaText       *text);

G_END_DECLS
