/* kwa-language-fonts.c: the font each language's text is drawn in
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-language-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>

#include "kwa-language-fonts.h"

/* The same Han character is drawn differently in Japanese, Chinese and
 * Korean (骨, 直, 海 differ in a stroke or two), and one CJK font family per
 * region carries each form. Naming a CJK family in code would pick one
 * region for every language; so each language asks fontconfig which
 * sans-serif family suits it, as a browser does for lang="ja", and the
 * answer ("Noto Sans CJK JP") is kept for the life of the process. */

static GMutex      families_lock;
static const char *families[KWA_MAX_LANGUAGES];

static const char *
ask_fontconfig (KwaLanguage language)
{
  g_autofree char *fc_language = kwa_language_fonts_get_pango_name (language);
  g_autofree char *name = g_strdup_printf ("sans-serif:lang=%s", fc_language);
  const char *family = "sans-serif";
  FcPattern *pattern = FcNameParse ((const FcChar8 *) name);
  FcPattern *match;
  FcResult result;
  FcChar8 *found;

  if (pattern == NULL)
    return family;

  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && FcPatternGetString (match, FC_FAMILY, 0, &found) == FcResultMatch)
    family = g_intern_string ((const char *) found);

  if (match != NULL)
    FcPatternDestroy (match);
  FcPatternDestroy (pattern);
  return family;
}

/**
 * kwa_language_fonts_get_pango_name:
 *
 * fontconfig and Pango know languages by their RFC 3066 names, with a
 * region where BCP 47 names a script: "zh-cn" for "zh-Hans".
 *
 * Returns: (transfer full): @language's name for fontconfig and Pango
 */
char *
kwa_language_fonts_get_pango_name (KwaLanguage language)
{
  g_autofree char *locale_name = kwa_language_get_locale_name (language);
  char *name = g_ascii_strdown (locale_name, -1);

  g_strdelimit (name, "_", '-');
  return name;
}

/**
 * kwa_language_fonts_get_family:
 *
 * Returns: (transfer none): the sans-serif family fontconfig prefers for
 *   @language, such as "Noto Sans CJK JP" for Japanese
 */
const char *
kwa_language_fonts_get_family (KwaLanguage language)
{
  const char *family;

  g_return_val_if_fail (language < kwa_language_get_n_known (), "sans-serif");

  g_mutex_lock (&families_lock);
  if (families[language] == NULL)
    families[language] = ask_fontconfig (language);
  family = families[language];
  g_mutex_unlock (&families_lock);

  return family;
}

/**
 * kwa_language_fonts_get_list:
 * @latin_family: the family Latin letters are drawn in, first
 *
 * Returns: (transfer full): a Pango family list for text in @language:
 *   @latin_family, then @language's own family for what it lacks, then
 *   any sans-serif
 */
/**
 * kwa_language_fonts_get_page_list:
 *
 * Returns: (transfer full): a Pango family list for printed and charted
 *   text in @language: its own family first, so Latin words in a Korean
 *   or Japanese page share the CJK font's metrics; Noto Sans for what it
 *   lacks
 */
char *
kwa_language_fonts_get_page_list (KwaLanguage language)
{
  return g_strdup_printf ("%s, Noto Sans, sans-serif", kwa_language_fonts_get_family (language));
}

char *
kwa_language_fonts_get_list (KwaLanguage  language,
                             const char  *latin_family)
{
  g_return_val_if_fail (latin_family != NULL, NULL);

  return g_strdup_printf ("%s, %s, sans-serif", latin_family, kwa_language_fonts_get_family (language));
}
