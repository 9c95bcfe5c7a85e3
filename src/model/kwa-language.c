/* kwa-language.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-language"

#include "config.h"

#include <string.h>

#include "kwa-language.h"

/* Registered tags, in the order they were first seen. A tag is written
 * before the count that makes it visible, and never changes after, so the
 * renderer's threads read them without a lock. */
static GMutex       register_lock;
static const char  *tags[KWA_MAX_LANGUAGES];
static guint        n_tags;

/**
 * kwa_language_tag_is_valid:
 * @tag: a language tag such as "ko" or "zh-Hans"
 *
 * The exhibit format takes the common shape of BCP 47 tags: a language of
 * two or three lower-case letters, then subtags of 2–8 letters or digits
 * joined by hyphens (script, region).
 */
gboolean
kwa_language_tag_is_valid (const char *tag)
{
  g_auto(GStrv) subtags = NULL;
  gsize length;

  g_return_val_if_fail (tag != NULL, FALSE);

  subtags = g_strsplit (tag, "-", -1);
  if (subtags[0] == NULL)
    return FALSE;  /* "" */
  length = strlen (subtags[0]);
  if (length < 2 || length > 3)
    return FALSE;
  for (const char *p = subtags[0]; *p != '\0'; p++)
    {
      if (*p < 'a' || *p > 'z')
        return FALSE;
    }

  for (guint i = 1; subtags[i] != NULL; i++)
    {
      length = strlen (subtags[i]);
      if (length < 2 || length > 8)
        return FALSE;
      for (const char *p = subtags[i]; *p != '\0'; p++)
        {
          if (!g_ascii_isalnum (*p))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * kwa_language_register:
 * @tag: a valid language tag
 *
 * Returns: the language @tag names, the same number every time; or
 *   %KWA_LANGUAGE_NONE when the process already knows
 *   %KWA_MAX_LANGUAGES others
 */
KwaLanguage
kwa_language_register (const char *tag)
{
  KwaLanguage language = KWA_LANGUAGE_NONE;
  guint n;

  g_return_val_if_fail (tag != NULL && kwa_language_tag_is_valid (tag), KWA_LANGUAGE_NONE);

  g_mutex_lock (&register_lock);
  n = g_atomic_int_get (&n_tags);
  for (guint i = 0; i < n && language == KWA_LANGUAGE_NONE; i++)
    {
      if (g_ascii_strcasecmp (tags[i], tag) == 0)
        language = i;
    }
  if (language == KWA_LANGUAGE_NONE && n < KWA_MAX_LANGUAGES)
    {
      tags[n] = g_intern_string (tag);
      language = n;
      g_atomic_int_set (&n_tags, n + 1);
    }
  g_mutex_unlock (&register_lock);

  return language;
}

/**
 * kwa_language_get_source:
 *
 * Returns: the language the interface is written in (English)
 */
KwaLanguage
kwa_language_get_source (void)
{
  static KwaLanguage source = KWA_LANGUAGE_NONE;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      source = kwa_language_register (KWA_LANGUAGE_SOURCE_TAG);
      g_once_init_leave (&initialized, 1);
    }

  return source;
}

guint
kwa_language_get_n_known (void)
{
  return (guint) g_atomic_int_get (&n_tags);
}

/**
 * kwa_language_to_string:
 *
 * Returns: (transfer none): the language's tag, as the exhibit writes it
 */
const char *
kwa_language_to_string (KwaLanguage language)
{
  g_return_val_if_fail (language < kwa_language_get_n_known (), NULL);

  return tags[language];
}

/* "zh_CN.UTF-8" → "zh-CN": a locale name in the shape of a tag */
static char *
locale_to_tag (const char *text)
{
  char *tag = g_strndup (text, strcspn (text, ".@"));

  g_strdelimit (tag, "_", '-');
  return tag;
}

/* Chinese locales name a region, Chinese tags a script: which script a
 * region's locale writes. */
static const char *
script_of_region (const char *region)
{
  static const struct { const char *region; const char *script; } scripts[] = {
    { "CN", "Hans" }, { "SG", "Hans" }, { "MY", "Hans" },
    { "TW", "Hant" }, { "HK", "Hant" }, { "MO", "Hant" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      if (g_ascii_strcasecmp (region, scripts[i].region) == 0)
        return scripts[i].script;
    }
  return NULL;
}

typedef enum
{
  MATCH_NONE,
  MATCH_LANGUAGE,  /* "zh-TW" and "zh-Hans": the same language, no more */
  MATCH_EXACT,     /* "ko_KR.UTF-8" and "ko", "zh_CN" and "zh-Hans" */
} Match;

static Match
match_tag (const char *tag,
           const char *text)
{
  g_autofree char *wanted = locale_to_tag (text);
  g_auto(GStrv) want = g_strsplit (wanted, "-", -1);
  g_auto(GStrv) have = g_strsplit (tag, "-", -1);

  if (want[0] == NULL || have[0] == NULL || g_ascii_strcasecmp (want[0], have[0]) != 0)
    return MATCH_NONE;
  if (have[1] == NULL)
    return MATCH_EXACT;  /* "ko" is any Korean */

  /* Every further subtag the exhibit's tag has must be in the wanted one,
   * where a region stands for its script. */
  for (guint i = 1; have[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 1; want[j] != NULL && !found; j++)
        found = g_ascii_strcasecmp (have[i], want[j]) == 0 ||
                g_strcmp0 (script_of_region (want[j]), have[i]) == 0;
      if (!found)
        return MATCH_LANGUAGE;
    }
  return MATCH_EXACT;
}

/**
 * kwa_language_matches:
 * @text: a tag ("ko", "zh-Hans") or a locale name ("ko_KR.UTF-8", "zh_CN")
 *
 * Returns: %TRUE if @text asks for @language
 */
gboolean
kwa_language_matches (KwaLanguage  language,
                      const char  *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return match_tag (kwa_language_to_string (language), text) == MATCH_EXACT;
}

/**
 * kwa_language_choose:
 * @languages: (array length=n_languages): the languages on offer
 * @text: a tag or locale name, as kwa_language_matches() takes
 * @out_language: (out): the language of @languages that @text asks for
 *
 * A request for the same language in another script or region
 * ("zh_TW" of an exhibit in "zh-Hans" alone) takes that language when
 * nothing matches better: the visitor reads it more easily than another.
 *
 * Returns: %TRUE if one of @languages suits @text
 */
gboolean
kwa_language_choose (const KwaLanguage *languages,
                     guint              n_languages,
                     const char        *text,
                     KwaLanguage       *out_language)
{
  KwaLanguage near = KWA_LANGUAGE_NONE;

  g_return_val_if_fail (languages != NULL || n_languages == 0, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_language != NULL, FALSE);

  for (guint i = 0; i < n_languages; i++)
    {
      Match match = match_tag (kwa_language_to_string (languages[i]), text);

      if (match == MATCH_EXACT)
        {
          *out_language = languages[i];
          return TRUE;
        }
      if (match == MATCH_LANGUAGE && near == KWA_LANGUAGE_NONE)
        near = languages[i];
    }

  if (near == KWA_LANGUAGE_NONE)
    return FALSE;
  *out_language = near;
  return TRUE;
}

/**
 * kwa_language_get_locale_name:
 *
 * Returns: (transfer full): the name gettext gives @language's catalogue
 *   folder: "ko", "de", "zh_CN" for "zh-Hans"
 */
char *
kwa_language_get_locale_name (KwaLanguage language)
{
  g_auto(GStrv) subtags = g_strsplit (kwa_language_to_string (language), "-", -1);
  GString *name = g_string_new (subtags[0]);

  for (guint i = 1; subtags[i] != NULL; i++)
    {
      if (strlen (subtags[i]) == 4)
        {
          /* A script: the locale names the region that writes it. */
          static const struct { const char *script; const char *region; } regions[] = {
            { "Hans", "CN" }, { "Hant", "TW" },
          };

          for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
            {
              if (g_ascii_strcasecmp (subtags[i], regions[r].script) == 0)
                g_string_append_printf (name, "_%s", regions[r].region);
            }
        }
      else
        {
          g_autofree char *region = g_ascii_strup (subtags[i], -1);

          g_string_append_printf (name, "_%s", region);
        }
    }

  return g_string_free (name, FALSE);
}
