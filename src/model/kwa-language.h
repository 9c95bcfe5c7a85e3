/* kwa-language.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The languages every visitor-facing text of the exhibit is written in. */
typedef enum
{
  KWA_LANGUAGE_EN,
  KWA_LANGUAGE_KO,
} KwaLanguage;

#define KWA_N_LANGUAGES 2

gboolean    kwa_language_from_string (const char  *text,
                                      KwaLanguage *out_language);
const char *kwa_language_to_string   (KwaLanguage  language);

G_END_DECLS
