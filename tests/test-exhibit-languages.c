/* test-exhibit-languages.c: the languages an exhibit is written in come
 * from its meta, and any of them may be missing from a text but the first
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kwa-exhibit.h"
#include "kwa-test-loader.h"

#define LANGUAGES_EN_KO_DE \
  "\"meta\": {\n    \"languages\": [{\"code\": \"en\", \"name\": \"English\"}, {\"code\": \"ko\", \"name\": \"한국어\"}, " \
  "{\"code\": \"de\", \"name\": \"Deutsch\"}],\n"

static const KwaPlace *
find_place (KwaExhibit *exhibit,
            const char *id)
{
  guint n;
  const KwaPlace *places = kwa_exhibit_get_places (exhibit, &n);

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (places[i].id, id))
        return &places[i];
    }
  g_assert_not_reached ();
}

static void
assert_warning (GPtrArray  *warnings,
                const char *path,
                const char *phrase)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      const KwaProblem *warning = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (warning->path, path) == 0 && strstr (warning->message, phrase) != NULL)
        return;
    }
  g_error ("no warning at %s saying “%s” (of %u warnings)", path, phrase, warnings->len);
}

/* An exhibit from before there was a choice is in English and Korean. */
static void
test_default_languages (void)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_generated (minimal, NULL, NULL, NULL);
  const KwaLanguage *languages;
  guint n;

  languages = kwa_exhibit_get_languages (exhibit, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (languages[0], ==, KWA_LANGUAGE_EN);
  g_assert_cmpuint (languages[1], ==, KWA_LANGUAGE_KO);
  g_assert_cmpstr (kwa_exhibit_get_language_name (exhibit, KWA_LANGUAGE_KO), ==, "한국어");
  g_assert_cmpuint (kwa_exhibit_get_warnings (exhibit)->len, ==, 0);
}

/* A missing translation is a warning naming the path and the language; a
 * visitor reads the first language there instead. */
static void
test_missing_translation_warns (void)
{
  g_autofree char *text = kwa_test_minimal_with ("\"name\": {\"en\": \"Kaesong\", \"ko\": \"개성\"}",
                                                 "\"name\": {\"en\": \"Kaesong\"}");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_generated (text, &problems, &error, NULL);
  const KwaPlace *kaesong;
  GPtrArray *warnings;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  warnings = kwa_exhibit_get_warnings (exhibit);
  g_assert_cmpuint (warnings->len, ==, 1);
  assert_warning (warnings, "places[2].name", "the \"ko\" (한국어) text is missing");

  kaesong = find_place (exhibit, "kaesong");
  g_assert_false (kwa_text_has (&kaesong->name, KWA_LANGUAGE_KO));
  g_assert_cmpstr (kwa_text_get (&kaesong->name, KWA_LANGUAGE_KO), ==, "Kaesong");
}

/* A language the code has never heard of works like any other: its texts
 * are read, the rest fall back, and a locale name finds it. */
static void
test_fifth_language (void)
{
  g_autofree char *with_de = kwa_test_minimal_with ("\"meta\": {\n", LANGUAGES_EN_KO_DE);
  g_autoptr(GString) text = g_string_new (with_de);
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  KwaLanguage de = KWA_LANGUAGE_NONE;
  const KwaPlace *kaesong;

  g_string_replace (text, "\"title\": {\"en\": \"Korean War Atlas (test)\"",
                    "\"title\": {\"de\": \"Koreakrieg-Atlas (Test)\", \"en\": \"Korean War Atlas (test)\"", 1);
  g_string_replace (text, "\"name\": {\"en\": \"Kaesong\", \"ko\": \"개성\"}",
                    "\"name\": {\"en\": \"Kaesong\", \"ko\": \"개성\", \"de\": \"Kaesŏng\"}", 1);
  exhibit = kwa_test_load_generated (text->str, NULL, &error, NULL);
  g_assert_no_error (error);

  g_assert_true (kwa_exhibit_find_language (exhibit, "de_DE.UTF-8", &de));
  g_assert_cmpstr (kwa_language_to_string (de), ==, "de");
  g_assert_cmpstr (kwa_exhibit_get_language_name (exhibit, de), ==, "Deutsch");
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_title (exhibit), de), ==, "Koreakrieg-Atlas (Test)");
  kaesong = find_place (exhibit, "kaesong");
  g_assert_cmpstr (kwa_text_get (&kaesong->name, de), ==, "Kaesŏng");
  /* Not yet translated: English, with a warning for the curator. */
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_subtitle (exhibit), de), ==, "A small exhibit for the tests");
  assert_warning (kwa_exhibit_get_warnings (exhibit), "meta.subtitle", "the \"de\" (Deutsch) text is missing");
  g_assert_false (kwa_exhibit_find_language (exhibit, "fr_FR", &de));
}

/* The first language is the one every text must have and falls back to. */
static void
test_first_language_is_the_fallback (void)
{
  g_autofree char *text = kwa_test_minimal_with ("\"meta\": {\n",
                                                 "\"meta\": {\n    \"languages\": [{\"code\": \"ko\", \"name\": \"한국어\"}, "
                                                 "{\"code\": \"en\", \"name\": \"English\"}, {\"code\": \"ja\", \"name\": \"日本語\"}],\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaExhibit) exhibit = kwa_test_load_generated (text, NULL, &error, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (kwa_exhibit_get_first_language (exhibit), ==, KWA_LANGUAGE_KO);
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_title (exhibit), KWA_LANGUAGE_JA), ==, "한국전쟁 지도 (시험)");
  assert_warning (kwa_exhibit_get_warnings (exhibit), "meta.title", "the \"ja\" (日本語) text is missing; visitors reading 日本語 see the \"ko\" text instead");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exhibit-languages/default", test_default_languages);
  g_test_add_func ("/exhibit-languages/missing-translation-warns", test_missing_translation_warns);
  g_test_add_func ("/exhibit-languages/fifth-language", test_fifth_language);
  g_test_add_func ("/exhibit-languages/first-is-the-fallback", test_first_language_is_the_fallback);

  return g_test_run ();
}
