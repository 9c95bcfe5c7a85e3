/* kwa-language-fonts.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-language.h"

G_BEGIN_DECLS

char       *kwa_language_fonts_get_pango_name (KwaLanguage language);
const char *kwa_language_fonts_get_family (KwaLanguage language);
char       *kwa_language_fonts_get_page_list (KwaLanguage language);
char       *kwa_language_fonts_get_list   (KwaLanguage language,
                                           const char *latin_family);

G_END_DECLS
