/* test-i18n.c: the interface's words come from our own catalogues, in any
 * language, from any thread, without touching the environment.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-test-languages.h"
#include "kwa-catalog.h"
#include "kwa-i18n.h"

/* ---- a catalogue made in the test ------------------------------------ */

typedef struct
{
  const char *original;  /* may hold a NUL (plural) or \004 (context) */
  gsize       original_length;
  const char *translation;
  gsize       translation_length;
} Message;

#define MESSAGE(o, t) { o, sizeof (o) - 1, t, sizeof (t) - 1 }

/* A little-endian .mo file: header, the two tables, then the strings. The
 * originals must be sorted, as msgfmt sorts them. */
static GBytes *
make_catalog (const Message *messages,
              guint          n)
{
  g_autoptr(GByteArray) file = g_byte_array_new ();
  guint32 header[7] = { 0x950412de, 0, n, 28, 28 + 8 * n, 0, 0 };
  guint32 offset = 28 + 16 * n;

  g_byte_array_append (file, (const guint8 *) header, sizeof header);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        guint32 length = pass == 0 ? messages[i].original_length : messages[i].translation_length;
        guint32 entry[2] = { length, offset };

        g_byte_array_append (file, (const guint8 *) entry, sizeof entry);
        offset += length + 1;
      }
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        const char *text = pass == 0 ? messages[i].original : messages[i].translation;
        gsize length = pass == 0 ? messages[i].original_length : messages[i].translation_length;

        g_byte_array_append (file, (const guint8 *) text, length + 1);
      }

  return g_byte_array_free_to_bytes (g_steal_pointer (&file));
}

static void
test_catalog_reads_messages (void)
{
  static const Message messages[] = {
    MESSAGE ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"),
    MESSAGE ("%u event\0%u events", "%u événement\0%u événements"),
    MESSAGE ("Play", "Lire"),
    MESSAGE ("menu\004Quit", "Quitter"),
  };
  g_autoptr(GBytes) bytes = make_catalog (messages, G_N_ELEMENTS (messages));
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaCatalog) catalog = kwa_catalog_new_from_bytes (bytes, "fr.mo", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kwa_catalog_get_n_messages (catalog), ==, 3);
  g_assert_cmpstr (kwa_catalog_lookup (catalog, NULL, "Play"), ==, "Lire");
  g_assert_null (kwa_catalog_lookup (catalog, NULL, "Pause"));
  /* A context is part of the key. */
  g_assert_cmpstr (kwa_catalog_lookup (catalog, "menu", "Quit"), ==, "Quitter");
  g_assert_null (kwa_catalog_lookup (catalog, NULL, "Quit"));
  /* French counts 0 and 1 as singular (plural=(n > 1)). */
  g_assert_cmpstr (kwa_catalog_lookup_plural (catalog, "%u event", "%u events", 0), ==, "%u événement");
  g_assert_cmpstr (kwa_catalog_lookup_plural (catalog, "%u event", "%u events", 1), ==, "%u événement");
  g_assert_cmpstr (kwa_catalog_lookup_plural (catalog, "%u event", "%u events", 2), ==, "%u événements");
  /* Words already shown lead back to their message. */
  g_assert_cmpstr (kwa_catalog_find_msgid (catalog, "Lire"), ==, "Play");
  g_assert_cmpstr (kwa_catalog_find_msgid (catalog, "Play"), ==, "Play");
  g_assert_null (kwa_catalog_find_msgid (catalog, "Seoul"));
}

static void
test_catalog_refuses_broken_files (void)
{
  static const Message messages[] = { MESSAGE ("Play", "Lire") };
  g_autoptr(GBytes) good = make_catalog (messages, 1);
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);
  g_autoptr(GBytes) short_file = g_bytes_new (data, 12);
  g_autofree guint8 *bad_magic = g_memdup2 (data, size);
  g_autoptr(GBytes) cut = g_bytes_new (data, size - 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) wrong = NULL;

  g_assert_null (kwa_catalog_new_from_bytes (short_file, "short.mo", &error));
  g_assert_error (error, KWA_CATALOG_ERROR, KWA_CATALOG_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "short.mo: too short"));
  g_clear_error (&error);

  bad_magic[0] ^= 0xff;
  wrong = g_bytes_new (bad_magic, size);
  g_assert_null (kwa_catalog_new_from_bytes (wrong, "magic.mo", &error));
  g_assert_nonnull (strstr (error->message, "magic.mo: not a gettext message catalogue"));
  g_clear_error (&error);

  /* The last translation runs past the end. */
  g_assert_null (kwa_catalog_new_from_bytes (cut, "cut.mo", &error));
  g_assert_cmpstr (error->message, ==, "cut.mo: translated string 0 lies outside the file");
}

/* ---- the app's catalogues -------------------------------------------- */

static void
test_korean_from_the_build (void)
{
  const char *play = kwa_gettext_in (KWA_LANGUAGE_KO, "Play");

  g_assert_cmpstr (kwa_gettext_in (KWA_LANGUAGE_EN, "Play"), ==, "Play");
  g_assert_cmpstr (play, !=, "Play");
  g_assert_true (g_utf8_validate (play, -1, NULL));
  /* Hangul syllables start at U+AC00. */
  g_assert_cmpuint (g_utf8_get_char (play), >=, 0xAC00);
  /* Korean has one plural form; English two. */
  g_assert_cmpstr (kwa_ngettext_in (KWA_LANGUAGE_KO, "%u event", "%u events", 1), ==,
                   kwa_ngettext_in (KWA_LANGUAGE_KO, "%u event", "%u events", 7));
  g_assert_cmpstr (kwa_ngettext_in (KWA_LANGUAGE_EN, "%u event", "%u events", 1), ==, "%u event");
  g_assert_cmpstr (kwa_ngettext_in (KWA_LANGUAGE_EN, "%u event", "%u events", 7), ==, "%u events");
  g_assert_cmpstr (kwa_i18n_find_msgid (play), ==, "Play");
  /* Not a message: unknown words stay as they are. */
  g_assert_cmpstr (kwa_gettext_in (KWA_LANGUAGE_KO, "no such message"), ==, "no such message");
}

static void
test_ui_language_switches_without_environment (void)
{
  const char *before = g_getenv ("LANGUAGE");
  g_autofree char *saved = g_strdup (before);

  kwa_i18n_set_ui_language (KWA_LANGUAGE_KO);
  g_assert_cmpstr (_("Play"), ==, kwa_gettext_in (KWA_LANGUAGE_KO, "Play"));
  kwa_i18n_set_ui_language (KWA_LANGUAGE_EN);
  g_assert_cmpstr (_("Play"), ==, "Play");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, saved);
}

/* Threads translate while the language switches under them (the map's
 * render bands while a visitor taps the language button). Every answer
 * must be one of the two languages' words; ThreadSanitizer (tools/tsan.sh)
 * checks that nothing here races. */
typedef struct
{
  const char *english;
  const char *korean;
  gint        stop;
  gint        wrong;
} Stress;

static gpointer
translate_in_a_loop (gpointer data)
{
  Stress *stress = data;

  while (!g_atomic_int_get (&stress->stop))
    {
      const char *word = _("Play");

      if (word != stress->english && word != stress->korean)
        g_atomic_int_inc (&stress->wrong);
    }
  return NULL;
}

static void
test_switching_while_threads_translate (void)
{
  Stress stress = { "Play", kwa_gettext_in (KWA_LANGUAGE_KO, "Play"), 0, 0 };
  GThread *threads[2];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("translate", translate_in_a_loop, &stress);
  for (guint i = 0; i < 2000; i++)
    kwa_i18n_set_ui_language (i % 2 ? KWA_LANGUAGE_KO : KWA_LANGUAGE_EN);
  g_atomic_int_set (&stress.stop, 1);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  kwa_i18n_set_ui_language (KWA_LANGUAGE_EN);
  g_assert_cmpint (stress.wrong, ==, 0);
}

/* Languages are tags the exhibit lists, registered once per process; a
 * locale name asks for one. */
static void
test_language_tags (void)
{
  KwaLanguage ko = kwa_language_register ("ko");
  KwaLanguage zh = kwa_language_register ("zh-Hans");
  KwaLanguage offered[] = { KWA_LANGUAGE_EN, ko, KWA_LANGUAGE_JA, zh };
  KwaLanguage chosen;
  g_autofree char *locale = NULL;

  g_assert_cmpuint (kwa_language_register ("ko"), ==, ko);
  g_assert_cmpstr (kwa_language_to_string (zh), ==, "zh-Hans");
  g_assert_cmpuint (kwa_language_get_source (), ==, KWA_LANGUAGE_EN);

  g_assert_true (kwa_language_tag_is_valid ("de"));
  g_assert_true (kwa_language_tag_is_valid ("zh-Hans"));
  g_assert_true (kwa_language_tag_is_valid ("pt-BR"));
  g_assert_false (kwa_language_tag_is_valid ("Korean"));
  g_assert_false (kwa_language_tag_is_valid ("k"));
  g_assert_false (kwa_language_tag_is_valid ("ko_KR"));
  g_assert_false (kwa_language_tag_is_valid ("ko-"));
  g_assert_false (kwa_language_tag_is_valid (""));  /* found by the fuzzer */

  g_assert_true (kwa_language_matches (ko, "ko_KR.UTF-8"));
  g_assert_true (kwa_language_matches (zh, "zh_CN.UTF-8"));
  g_assert_true (kwa_language_matches (zh, "zh-Hans-CN"));
  g_assert_false (kwa_language_matches (zh, "zh_TW"));
  g_assert_false (kwa_language_matches (ko, "en_US"));

  g_assert_true (kwa_language_choose (offered, G_N_ELEMENTS (offered), "ja_JP.UTF-8", &chosen));
  g_assert_cmpuint (chosen, ==, KWA_LANGUAGE_JA);
  /* Traditional Chinese readers get the Chinese there is. */
  g_assert_true (kwa_language_choose (offered, G_N_ELEMENTS (offered), "zh_TW", &chosen));
  g_assert_cmpuint (chosen, ==, zh);
  g_assert_false (kwa_language_choose (offered, G_N_ELEMENTS (offered), "de_DE", &chosen));

  locale = kwa_language_get_locale_name (zh);
  g_assert_cmpstr (locale, ==, "zh_CN");
  g_clear_pointer (&locale, g_free);
  locale = kwa_language_get_locale_name (kwa_language_register ("pt-BR"));
  g_assert_cmpstr (locale, ==, "pt_BR");
}

/* A language nobody translated the interface into speaks English, quietly. */
static void
test_untranslated_language_speaks_english (void)
{
  KwaLanguage de = kwa_language_register ("de");

  g_assert_cmpstr (kwa_gettext_in (de, "Events"), ==, "Events");
  g_assert_cmpstr (kwa_pgettext_in (de, "date", "{month-name} {day}, {year}"), ==, "{month-name} {day}, {year}");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/catalog/reads-messages", test_catalog_reads_messages);
  g_test_add_func ("/i18n/catalog/refuses-broken-files", test_catalog_refuses_broken_files);
  g_test_add_func ("/i18n/korean-from-the-build", test_korean_from_the_build);
  g_test_add_func ("/i18n/ui-language-without-environment", test_ui_language_switches_without_environment);
  g_test_add_func ("/i18n/switching-while-threads-translate", test_switching_while_threads_translate);
  g_test_add_func ("/i18n/language-tags", test_language_tags);
  g_test_add_func ("/i18n/untranslated-language-speaks-english", test_untranslated_language_speaks_english);

  return g_test_run ();
}
