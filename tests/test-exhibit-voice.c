/* test-exhibit-voice.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kwa-exhibit.h"
#include "kwa-test-languages.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"

/* A tour stop's "voice": a sound per language that reads its narration,
 * checked as media files are (there, inside the folder, a sound, with a
 * credit and a licence), in the exhibit's languages only, with rising
 * cues, one per sentence of the narration in that language. */

static char *folder;

#define CREDIT "\"credit\": {\"en\": \"The exhibit\", \"ko\": \"전시\"}"
#define LICENCE ", \"licence\": \"CC0-1.0\""
#define VOICE(file, more) "{\"file\": \"" file "\", " CREDIT more "}"

static void
write_folder (void)
{
  g_autofree char *basemap = kwa_test_read_data_file ("minimal-basemap.svg");
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "media", "voice.ogg", NULL);
  g_autofree char *media = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  folder = g_dir_make_tmp ("kwa-voice-XXXXXX", NULL);
  media = g_build_filename (folder, "media", NULL);
  g_assert_cmpint (g_mkdir_with_parents (media, 0755), ==, 0);
  g_assert_true (g_file_get_contents (source, &bytes, &length, NULL));
  {
    g_autofree char *voice = g_build_filename (media, "voice.ogg", NULL);
    g_autofree char *picture = g_build_filename (media, "picture.svg", NULL);
    g_autofree char *map = g_build_filename (folder, "minimal-basemap.svg", NULL);

    g_assert_true (g_file_set_contents (voice, bytes, (gssize) length, NULL));
    g_assert_true (g_file_set_contents (picture, basemap, -1, NULL));
    g_assert_true (g_file_set_contents (map, basemap, -1, NULL));
  }
}

/* The minimal exhibit with @voice on its first stop ("The war begins.",
 * one sentence in each language). */
static KwaExhibit *
load_with_voice (const char  *voice,
                 GPtrArray  **problems)
{
  g_autofree char *replacement = g_strdup_printf ("\"duration\": 12, \"voice\": %s}", voice);
  g_autofree char *text = kwa_test_minimal_with ("\"duration\": 12}", replacement);
  g_autofree char *path = g_build_filename (folder, "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return kwa_exhibit_new_from_file (file, problems, NULL);
}

static void
test_voice_loads (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_voice ("{\"en\": " VOICE ("media/voice.ogg", LICENCE ", \"cues\": [0.25]")
                                                   ", \"ko\": " VOICE ("media/voice.ogg", LICENCE) "}",
                                                   &problems);
  const KwaTourStop *stop;
  const KwaVoice *voice;

  kwa_test_print_problems (problems);
  g_assert_nonnull (exhibit);
  stop = &kwa_exhibit_find_tour (exhibit, "main")->stops[0];
  g_assert_cmpuint (stop->n_voices, ==, 2);

  voice = kwa_tour_stop_get_voice (stop, KWA_LANGUAGE_EN);
  g_assert_nonnull (voice);
  g_assert_cmpint (voice->media.kind, ==, KWA_MEDIA_AUDIO);
  g_assert_cmpstr (voice->media.licence, ==, "CC0-1.0");
  g_assert_cmpuint (voice->n_cues, ==, 1);
  g_assert_cmpfloat (voice->cues[0], ==, 0.25);

  voice = kwa_tour_stop_get_voice (stop, KWA_LANGUAGE_KO);
  g_assert_nonnull (voice);
  g_assert_cmpuint (voice->n_cues, ==, 0);

  /* The second stop has none; no stop borrows another language's. */
  g_assert_null (kwa_tour_stop_get_voice (&kwa_exhibit_find_tour (exhibit, "main")->stops[1], KWA_LANGUAGE_EN));
}

typedef struct
{
  const char *name;
  const char *voice;
  const char *location;
  const char *phrase;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "missing-file", "{\"en\": " VOICE ("media/gone.ogg", LICENCE) "}",
    "tours[0].stops[0].voice.en.file", "\"media/gone.ogg\" was not found" },
  { "outside-the-folder", "{\"en\": " VOICE ("../voice.ogg", LICENCE) "}",
    "tours[0].stops[0].voice.en.file", "must not leave the exhibit's folder" },
  { "not-a-sound", "{\"en\": " VOICE ("media/picture.svg", LICENCE) "}",
    "tours[0].stops[0].voice.en.file", "a voice is a sound" },
  { "missing-licence", "{\"en\": " VOICE ("media/voice.ogg", "") "}",
    "tours[0].stops[0].voice.en", "licence" },
  { "unknown-language", "{\"fr\": " VOICE ("media/voice.ogg", LICENCE) "}",
    "tours[0].stops[0].voice.fr", "not one of the exhibit's languages" },
  { "cues-for-sentences", "{\"en\": " VOICE ("media/voice.ogg", LICENCE ", \"cues\": [0, 2.5]") "}",
    "tours[0].stops[0].voice.en.cues", "2 cues for the narration's 1 sentences" },
  { "cues-going-back", "{\"ko\": " VOICE ("media/voice.ogg", LICENCE ", \"cues\": [3, 1]") "}",
    "tours[0].stops[0].voice.ko.cues[1]", "comes after the one before it" },
  { "cue-not-seconds", "{\"en\": " VOICE ("media/voice.ogg", LICENCE ", \"cues\": [\"0:01\"]") "}",
    "tours[0].stops[0].voice.en.cues[0]", "seconds from the start" },
  { "not-per-language", "[" VOICE ("media/voice.ogg", LICENCE) "]",
    "tours[0].stops[0].voice", "a voice per language" },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_voice (c->voice, &problems);

  g_assert_null (exhibit);
  kwa_test_assert_problem (problems, "minimal.json", c->location, c->phrase);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  write_folder ();
  g_test_add_func ("/voice/loads", test_voice_loads);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/voice/refused/%s", broken_cases[i].name);

      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  status = g_test_run ();

  {
    g_autofree char *media = g_build_filename (folder, "media", NULL);

    kwa_test_remove_dir (media);
    kwa_test_remove_dir (folder);
    g_free (folder);
  }
  return status;
}
