/* kwa-i18n.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <libintl.h>
#include <locale.h>

#include "kwa-i18n.h"

/* The exhibit speaks the visitor's chosen language, which need not be the
 * desktop's: a kiosk in Korean on an English system, a Korean handout
 * printed from an English laptop. So words the app draws on the map are
 * translated into a given language, not the process locale. */

static GHashTable *cache[KWA_N_LANGUAGES];
G_LOCK_DEFINE_STATIC (cache);
static gboolean initialized;

/**
 * kwa_i18n_init:
 *
 * Binds the translation domain: installed catalogues, or the build tree's
 * when running uninstalled. Without a real locale (plain "C"), glibc would
 * ignore every translation, so messages fall back to C.UTF-8.
 */
void
kwa_i18n_init (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *localedir = LOCALEDIR;
  g_autofree char *installed = NULL;

  initialized = TRUE;

  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");

#ifdef KWA_BUILD_PO_DIR
  installed = g_build_filename (LOCALEDIR, "ko", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (installed, G_FILE_TEST_EXISTS))
    localedir = KWA_BUILD_PO_DIR;
#endif

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* GLib decides once, at the first g_dgettext() (which _() and GtkBuilder
   * use), whether to translate at all: only if our catalogue exists for
   * the language in force then. Ask it while Korean is in force, so that
   * a visitor can switch the interface to Korean later, whatever the
   * desktop's language. */
  {
    g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

    g_setenv ("LANGUAGE", "ko", TRUE);
    textdomain (GETTEXT_PACKAGE);
    g_dgettext (GETTEXT_PACKAGE, "");
    if (saved != NULL)
      g_setenv ("LANGUAGE", saved, TRUE);
    else
      g_unsetenv ("LANGUAGE");
    textdomain (GETTEXT_PACKAGE);
  }
}

/**
 * kwa_i18n_set_ui_language:
 *
 * Makes gettext answer in @language from now on: the interface follows the
 * exhibit's language switch without a restart (windows rebuild the parts
 * whose words came from templates).
 */
void
kwa_i18n_set_ui_language (KwaLanguage language)
{
  g_return_if_fail (language < KWA_N_LANGUAGES);

  /* Under the lock kwa_gettext_in() holds while it borrows LANGUAGE, so
   * that it cannot put back the language this replaces. */
  G_LOCK (cache);
  if (!initialized)
    kwa_i18n_init ();

  g_setenv ("LANGUAGE", kwa_language_to_string (language), TRUE);
  textdomain (GETTEXT_PACKAGE);
  G_UNLOCK (cache);
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
  g_autofree char *saved = NULL;
  const char *translation;

  g_return_val_if_fail (language < KWA_N_LANGUAGES, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (language == KWA_LANGUAGE_EN)
    return msgid;

  /* A message is looked up in the catalogue once and cached; the cache
   * and the borrowing of LANGUAGE are under a lock. Switching LANGUAGE is
   * still not safe while another thread reads the environment, so the
   * map renderer asks for its words before it starts its threads. */
  G_LOCK (cache);

  /* Tests and tools that draw maps may never have called kwa_i18n_init(). */
  if (!initialized)
    kwa_i18n_init ();

  if (cache[language] == NULL)
    cache[language] = g_hash_table_new (g_str_hash, g_str_equal);
  if ((translation = g_hash_table_lookup (cache[language], msgid)) != NULL)
    {
      G_UNLOCK (cache);
      return translation;
    }

  /* glibc reads LANGUAGE again once textdomain() bumps its catalogue
   * counter; the translation points into the mapped catalogue. */
  saved = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", kwa_language_to_string (language), TRUE);
  textdomain (GETTEXT_PACKAGE);
  /* Plain dgettext(): g_dgettext() decides once, from the default locale,
   * whether to translate at all, which is exactly what must not happen here. */
  translation = dgettext (GETTEXT_PACKAGE, msgid);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  textdomain (GETTEXT_PACKAGE);

  g_hash_table_insert (cache[language], (gpointer) msgid, (gpointer) translation);
  G_UNLOCK (cache);

  return translation;
}
