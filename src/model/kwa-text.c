/* kwa-text.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-text"

#include "config.h"

#include <string.h>

#include "kwa-text.h"

static const char * const language_codes[KWA_N_LANGUAGES] = {
  [KWA_LANGUAGE_EN] = "en",
  [KWA_LANGUAGE_KO] = "ko",
};

/**
 * kwa_language_from_string:
 * @text: a language code such as "ko", or a locale name such as "ko_KR.UTF-8"
 * @out_language: (out): the language
 *
 * Locale names are accepted so that the result of g_get_language_names()
 * or $LANG can be passed straight in.
 *
 * Returns: %TRUE if @text names one of the exhibit's languages
 */
gboolean
kwa_language_from_string (const char  *text,
                          KwaLanguage *out_language)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_language != NULL, FALSE);

  for (guint i = 0; i < KWA_N_LANGUAGES; i++)
    {
      gsize len = strlen (language_codes[i]);

      if (g_ascii_strncasecmp (text, language_codes[i], len) == 0 &&
          (text[len] == '\0' || strchr ("_-.@", text[len]) != NULL))
        {
          *out_language = (KwaLanguage) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
kwa_language_to_string (KwaLanguage language)
{
  g_return_val_if_fail (language < KWA_N_LANGUAGES, NULL);

  return language_codes[language];
}

/**
 * kwa_text_get:
 * @text: a text
 * @language: the wanted language
 *
 * Returns: (nullable): the text in @language, falling back to English;
 *   %NULL for an optional text the exhibit leaves out
 */
const char *
kwa_text_get (const KwaText *text,
              KwaLanguage    language)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (language == KWA_LANGUAGE_KO && text->ko != NULL)
    return text->ko;

  return text->en != NULL ? text->en : text->ko;
}

gboolean
kwa_text_is_set (const KwaText *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return text->en != NULL || text->ko != NULL;
}

void
kwa_text_clear (KwaText *text)
{
  g_return_if_fail (text != NULL);

  g_clear_pointer (&text->en, g_free);
  g_clear_pointer (&text->ko, g_free);
}
