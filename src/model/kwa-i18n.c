/* kwa-i18n.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-i18n"

#include "config.h"

#include "kwa-catalog.h"
#include "kwa-i18n.h"

/* The exhibit speaks the visitor's chosen language, which need not be the
 * desktop's (a kiosk in Korean on an English system, a Korean handout
 * printed from an English laptop) and which changes at a tap while the map
 * renderer's threads run. So our words never go through the process's
 * gettext, whose language lives in the environment: each language's
 * catalogue is read once into a KwaCatalog that any thread may ask, and the
 * interface's language is one atomic value. English is the source
 * language and needs no catalogue; any other language the exhibit lists
 * has one when po/ has its translations. */

static char       *locale_dir;
static gsize       catalog_loaded[KWA_MAX_LANGUAGES];
static KwaCatalog *catalogs[KWA_MAX_LANGUAGES];
static gint        ui_language = -1;  /* the source language until set */

static const char *
get_locale_dir (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      const char *dir = LOCALEDIR;
#ifdef KWA_BUILD_PO_DIR
      g_autofree char *installed = g_build_filename (LOCALEDIR, KWA_BUILD_PO_PROBE, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      /* Uninstalled (the build tree, the tests): the catalogues made there. */
      if (!g_file_test (installed, G_FILE_TEST_EXISTS))
        dir = KWA_BUILD_PO_DIR;
#endif
      locale_dir = g_strdup (dir);
      g_once_init_leave (&initialized, 1);
    }

  return locale_dir;
}

/* The catalogue of LANGUAGE, read at its first use; NULL for English, for
 * a language nobody has translated the interface into (an exhibit may add
 * any language: its interface is then English), or when it cannot be read
 * (the log says why, once). */
static const KwaCatalog *
get_catalog (KwaLanguage language)
{
  if (language >= kwa_language_get_n_known () || language == kwa_language_get_source ())
    return NULL;

  if (g_once_init_enter (&catalog_loaded[language]))
    {
      g_autofree char *locale_name = kwa_language_get_locale_name (language);
      g_autofree char *path = g_build_filename (get_locale_dir (), locale_name, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      g_autoptr(GError) error = NULL;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_debug ("No %s translations (%s): the interface stays in English", kwa_language_to_string (language), path);
      else if ((catalogs[language] = kwa_catalog_new_from_file (path, &error)) == NULL)
        g_warning ("No %s translations: %s", kwa_language_to_string (language), error->message);
      g_once_init_leave (&catalog_loaded[language], 1);
    }

  return catalogs[language];
}

/**
 * kwa_i18n_init:
 *
 * Finds the translations (installed, or the build tree's when running
 * uninstalled). Optional: the first translation does it too.
 */
void
kwa_i18n_init (void)
{
  get_locale_dir ();
}

/**
 * kwa_i18n_set_ui_language:
 *
 * Makes _() answer in @language from now on, in every thread: the
 * interface follows the exhibit's language switch without a restart.
 */
void
kwa_i18n_set_ui_language (KwaLanguage language)
{
  g_return_if_fail (language < kwa_language_get_n_known ());

  g_atomic_int_set (&ui_language, (gint) language);
}

KwaLanguage
kwa_i18n_get_ui_language (void)
{
  gint language = g_atomic_int_get (&ui_language);

  return language >= 0 ? (KwaLanguage) language : kwa_language_get_source ();
}

/**
 * kwa_gettext_in:
 * @language: the language to translate into
 * @msgid: an English message marked with N_()
 *
 * Returns: (transfer none): the translation, or @msgid; valid for the life
 *   of the process
 */
const char *
kwa_gettext_in (KwaLanguage  language,
                const char  *msgid)
{
  const KwaCatalog *catalog;
  const char *translation;

  g_return_val_if_fail (language < KWA_MAX_LANGUAGES, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  catalog = get_catalog (language);
  translation = catalog != NULL ? kwa_catalog_lookup (catalog, NULL, msgid) : NULL;
  return translation != NULL ? translation : msgid;
}

/**
 * kwa_pgettext_in:
 * @context: the message's context (msgctxt)
 *
 * Returns: (transfer none): the translation of @msgid in @context, or @msgid
 */
const char *
kwa_pgettext_in (KwaLanguage  language,
                 const char  *context,
                 const char  *msgid)
{
  const KwaCatalog *catalog;
  const char *translation;

  g_return_val_if_fail (language < KWA_MAX_LANGUAGES, msgid);
  g_return_val_if_fail (context != NULL && msgid != NULL, msgid);

  catalog = get_catalog (language);
  translation = catalog != NULL ? kwa_catalog_lookup (catalog, context, msgid) : NULL;
  return translation != NULL ? translation : msgid;
}

/**
 * kwa_ngettext_in:
 *
 * Returns: (transfer none): the form of the translation that suits @n, or
 *   the English form (@msgid for one, @msgid_plural otherwise)
 */
const char *
kwa_ngettext_in (KwaLanguage  language,
                 const char  *msgid,
                 const char  *msgid_plural,
                 gulong       n)
{
  const KwaCatalog *catalog;
  const char *translation;

  g_return_val_if_fail (language < KWA_MAX_LANGUAGES, msgid);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, msgid);

  catalog = get_catalog (language);
  translation = catalog != NULL ? kwa_catalog_lookup_plural (catalog, msgid, msgid_plural, n) : NULL;
  if (translation != NULL)
    return translation;
  return n == 1 ? msgid : msgid_plural;
}

const char *
kwa_gettext (const char *msgid)
{
  return kwa_gettext_in (kwa_i18n_get_ui_language (), msgid);
}

const char *
kwa_pgettext (const char *context,
              const char *msgid)
{
  return kwa_pgettext_in (kwa_i18n_get_ui_language (), context, msgid);
}

const char *
kwa_ngettext (const char *msgid,
              const char *msgid_plural,
              gulong      n)
{
  return kwa_ngettext_in (kwa_i18n_get_ui_language (), msgid, msgid_plural, n);
}

/**
 * kwa_i18n_find_msgid:
 * @text: words the interface shows, in any of its languages
 *
 * What lets a window put the words its templates and code made in one
 * language into another, in place.
 *
 * Returns: (nullable): the English message @text is, or translates; %NULL
 *   when no catalogue knows it
 */
const char *
kwa_i18n_find_msgid (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  for (guint language = 0; language < kwa_language_get_n_known (); language++)
    {
      const KwaCatalog *catalog = get_catalog (language);
      const char *msgid = catalog != NULL ? kwa_catalog_find_msgid (catalog, text) : NULL;

      if (msgid != NULL)
        return msgid;
    }

  return NULL;
}

/**
 * kwa_fill_pattern:
 * @pattern: a translated pattern with named places, "{number} {unit}"
 * @first_name: the first place's name with its braces, "{number}"
 * @...: its text, then more names and texts, ending with %NULL
 *
 * Translations put words in their own order ("{year}년 {month}월"), which
 * printf's positional arguments make hard for translators to get right;
 * named places are what they see and can move.
 *
 * Returns: (transfer full): @pattern with each place filled in
 */
char *
kwa_fill_pattern (const char *pattern,
                  const char *first_name,
                  ...)
{
  GString *text;
  va_list args;

  g_return_val_if_fail (pattern != NULL, NULL);

  text = g_string_new (pattern);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      g_string_replace (text, name, value != NULL ? value : "", 0);
    }
  va_end (args);

  return g_string_free (text, FALSE);
}
