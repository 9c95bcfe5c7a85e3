/* kwa-language.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A language an exhibit is written in, named by its BCP 47 tag ("en",
 * "ko", "zh-Hans"). The exhibit's meta lists its languages; each tag is
 * registered once per process and stands for itself from then on as a
 * small number, which indexes a KwaText's translations and the interface's
 * catalogues from any thread. The numbers say nothing about order: an
 * exhibit's own order is kwa_exhibit_get_languages().
 */
typedef guint KwaLanguage;

/* Tags a process can know: an exhibit lists at most KWA_EXHIBIT_MAX_LANGUAGES. */
#define KWA_MAX_LANGUAGES 16
#define KWA_LANGUAGE_NONE G_MAXUINT

/* The interface's words are written in English: the language that needs
 * no catalogue, and the default before an exhibit says otherwise. */
#define KWA_LANGUAGE_SOURCE_TAG "en"

gboolean    kwa_language_tag_is_valid  (const char        *tag);
KwaLanguage kwa_language_register      (const char        *tag);
KwaLanguage kwa_language_get_source    (void);
guint       kwa_language_get_n_known   (void);
const char *kwa_language_to_string     (KwaLanguage        language);
gboolean    kwa_language_matches       (KwaLanguage        language,
                                        const char        *text);
gboolean    kwa_language_choose        (const KwaLanguage *languages,
                                        guint              n_languages,
                                        const char        *text,
                                        KwaLanguage       *out_language);
char       *kwa_language_get_locale_name (KwaLanguage      language);

G_END_DECLS
