/* kwa-text.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-text"

#include "config.h"

#include "kwa-text.h"

/**
 * kwa_text_get:
 * @text: a text
 * @language: the wanted language
 *
 * A visitor never sees a gap: a translation the exhibit lacks is read in
 * its first language (curators see the gap in the validator's warnings,
 * and kwa_text_has() tells it).
 *
 * Returns: (nullable): the text in @language, or in the fallback
 *   language; %NULL for an optional text the exhibit leaves out
 */
const char *
kwa_text_get (const KwaText *text,
              KwaLanguage    language)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (language < KWA_MAX_LANGUAGES && text->by_language[language] != NULL)
    return text->by_language[language];
  if (text->fallback < KWA_MAX_LANGUAGES && text->by_language[text->fallback] != NULL)
    return text->by_language[text->fallback];

  for (guint i = 0; i < KWA_MAX_LANGUAGES; i++)
    {
      if (text->by_language[i] != NULL)
        return text->by_language[i];
    }
  return NULL;
}

/**
 * kwa_text_has:
 *
 * Returns: %TRUE if @text is written in @language itself, not shown in
 *   the fallback language
 */
gboolean
kwa_text_has (const KwaText *text,
              KwaLanguage    language)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return language < KWA_MAX_LANGUAGES && text->by_language[language] != NULL;
}

gboolean
kwa_text_is_set (const KwaText *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < KWA_MAX_LANGUAGES; i++)
    {
      if (text->by_language[i] != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * kwa_text_set:
 * @string: (nullable): the text in @language, copied; %NULL removes it
 */
void
kwa_text_set (KwaText     *text,
              KwaLanguage  language,
              const char  *string)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (language < KWA_MAX_LANGUAGES);

  g_free (text->by_language[language]);
  text->by_language[language] = g_strdup (string);
}

void
kwa_text_clear (KwaText *text)
{
  g_return_if_fail (text != NULL);

  for (guint i = 0; i < KWA_MAX_LANGUAGES; i++)
    g_clear_pointer (&text->by_language[i], g_free);
}
