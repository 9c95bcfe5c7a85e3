/* test-kiosk-voice.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kwa-kiosk-caption.h"
#include "kwa-narrator.h"
#include "kwa-test-kiosk.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"
#include "kwa-settings.h"

/* The narrated attract loop: the minimal exhibit's first stop has a voice
 * (four real seconds of Opus) in English and Korean. The kiosk plays it,
 * marks the sentence being spoken, and moves on when the voice ends
 * rather than after the stop's twelve seconds; the second stop, without
 * a voice, keeps its duration. A touch silences the voice at once and so
 * does starting over; the language switch starts it again in the new
 * language; the speaker button mutes it without stopping the story. */

static char *folder;
static char *exhibit_path;

#define CREDIT "\"credit\": {\"en\": \"The exhibit\", \"ko\": \"전시\"}, \"licence\": \"CC0-1.0\""

static void
write_exhibit (void)
{
  g_autofree char *basemap = kwa_test_read_data_file ("minimal-basemap.svg");
  g_autofree char *voice_source = g_test_build_filename (G_TEST_DIST, "data", "media", "voice-4s.ogg", NULL);
  g_autofree char *media = NULL;
  g_autofree char *voice = NULL;
  g_autofree char *basemap_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  folder = g_dir_make_tmp ("kwa-kiosk-voice-XXXXXX", NULL);
  media = g_build_filename (folder, "media", NULL);
  voice = g_build_filename (media, "voice.ogg", NULL);
  basemap_path = g_build_filename (folder, "minimal-basemap.svg", NULL);
  exhibit_path = g_build_filename (folder, "minimal.json", NULL);
  g_assert_cmpint (g_mkdir_with_parents (media, 0755), ==, 0);
  g_assert_true (g_file_get_contents (voice_source, &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (voice, bytes, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (basemap_path, basemap, -1, NULL));

  text = kwa_test_minimal_with ("\"duration\": 12}",
                                "\"duration\": 12, \"voice\": {"
                                "\"en\": {\"file\": \"media/voice.ogg\", " CREDIT ", \"cues\": [0]}, "
                                "\"ko\": {\"file\": \"media/voice.ogg\", " CREDIT "}}}");
  g_assert_true (g_file_set_contents (exhibit_path, text, -1, NULL));
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  kwa_test_kiosk_set_up (fixture, exhibit_path);
}

static gboolean
is_speaking (Fixture  *fixture,
             gpointer  data)
{
  return kwa_narrator_get_speaking (kwa_kiosk_get_narrator (fixture->kiosk));
}

static gboolean
spoken_is (Fixture  *fixture,
           gpointer  data)
{
  g_autofree char *spoken = kwa_kiosk_caption_get_spoken (kwa_kiosk_get_caption (fixture->kiosk));

  return g_strcmp0 (spoken, data) == 0;
}

static void
finished_cb (KwaNarrator *narrator,
             gboolean     said_all,
             int         *finished)
{
  *finished = said_all ? 1 : -1;
}

/* Read aloud, marked, and on to the next stop when the voice has ended:
 * well before the stop's twelve seconds. */
static void
test_plays_and_advances (Fixture       *fixture,
                         gconstpointer  data)
{
  KwaNarrator *narrator = kwa_kiosk_get_narrator (fixture->kiosk);
  GtkWidget *mute = GTK_WIDGET (kwa_kiosk_get_mute_button (fixture->kiosk));
  int finished = 0;
  gint64 start;

  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);
  start = g_get_monotonic_time ();
  g_signal_connect (narrator, "finished", G_CALLBACK (finished_cb), &finished);

  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 0);
  g_assert_true (kwa_narrator_get_speaking (narrator));
  g_assert_true (gtk_widget_get_visible (mute));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (mute));
  /* The one sentence, marked once the caption has faded to it. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, spoken_is, "전쟁이 시작된다.", 5000));

  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0), 11500));
  g_assert_cmpint (finished, ==, 1);
  /* The voice's 4 s and the breath after it, not the stop's 12 s. */
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, >=, 4000);
  g_assert_cmpint ((g_get_monotonic_time () - start) / 1000, <, 11500);
  g_assert_cmpuint (kwa_kiosk_get_stop_index (fixture->kiosk), ==, 1);

  /* The second stop has no voice: silent, and nothing marked. */
  g_assert_false (kwa_narrator_get_speaking (narrator));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, spoken_is, NULL, 5000));
  g_signal_handlers_disconnect_by_data (narrator, &finished);
}

/* A touch stops the voice at once; the language switch and the speaker
 * button do not stop the story. */
static void
test_touch_silences (Fixture       *fixture,
                     gconstpointer  data)
{
  KwaNarrator *narrator = kwa_kiosk_get_narrator (fixture->kiosk);
  KwaKioskLanguageSwitch *language_switch = kwa_kiosk_get_language_switch (fixture->kiosk);
  GtkToggleButton *mute = kwa_kiosk_get_mute_button (fixture->kiosk);
  GtkMediaStream *stream;
  graphene_point_t point;

  kwa_kiosk_set_time_scale (fixture->kiosk, 1.0);
  kwa_kiosk_restart (fixture->kiosk);
  g_assert_true (kwa_narrator_get_speaking (narrator));
  stream = kwa_narrator_get_stream (narrator);
  g_assert_nonnull (stream);
  g_assert_true (gtk_media_stream_get_playing (stream));
  g_object_add_weak_pointer (G_OBJECT (stream), (gpointer *) &stream);

  /* The speaker button: muted, the story goes on. */
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (mute), GTK_WIDGET (fixture->window),
                                           &GRAPHENE_POINT_INIT (10, 10), &point));
  kwa_test_kiosk_touch (fixture, point.x, point.y);
  g_signal_emit_by_name (mute, "clicked");
  g_assert_true (gtk_toggle_button_get_active (mute));
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_ATTRACT);
  g_assert_true (kwa_narrator_get_muted (narrator));
  g_assert_true (gtk_media_stream_get_muted (kwa_narrator_get_stream (narrator)));

  /* A new language: the old voice stops, the stop speaks again (muted
   * still) in the new one. */
  {
    GtkWidget *english = kwa_kiosk_language_switch_get_button (language_switch, KWA_LANGUAGE_EN);

    g_assert_true (gtk_widget_compute_point (english, GTK_WIDGET (fixture->window), &GRAPHENE_POINT_INIT (10, 10),
                                             &point));
    kwa_test_kiosk_touch (fixture, point.x, point.y);
    g_signal_emit_by_name (english, "clicked");
  }
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_ATTRACT);
  g_assert_true (kwa_narrator_get_speaking (narrator));
  g_assert_null (stream);   /* the Korean voice is gone */
  g_assert_true (gtk_media_stream_get_muted (kwa_narrator_get_stream (narrator)));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, spoken_is, "The war begins.", 5000));

  /* A touch on the map: silent at once. */
  kwa_test_kiosk_touch_map (fixture);
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_INTERACTIVE);
  g_assert_false (kwa_narrator_get_speaking (narrator));
  g_assert_null (kwa_narrator_get_stream (narrator));

  /* Nobody left: the kiosk starts over, speaking and not muted. */
  g_assert_true (kwa_test_kiosk_wait_until (fixture, is_speaking, NULL, (IDLE_TIMEOUT + 4) * 1000));
  g_assert_cmpint (kwa_kiosk_get_state (fixture->kiosk), ==, KWA_KIOSK_STATE_ATTRACT);
  g_assert_false (gtk_toggle_button_get_active (mute));
  g_assert_false (gtk_media_stream_get_muted (kwa_narrator_get_stream (narrator)));
}

/* Turned off in the settings: silent, paced by durations, no button. */
static void
test_narration_off (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = kwa_settings_new ();
  GtkWidget *mute = GTK_WIDGET (kwa_kiosk_get_mute_button (fixture->kiosk));

  g_settings_set_boolean (settings, "kiosk-narration", FALSE);
  kwa_kiosk_restart (fixture->kiosk);
  g_assert_false (kwa_narrator_get_speaking (kwa_kiosk_get_narrator (fixture->kiosk)));
  g_assert_false (gtk_widget_get_visible (mute));
  g_assert_true (kwa_test_kiosk_wait_until (fixture, kwa_test_kiosk_stop_is_not, GUINT_TO_POINTER (0),
                                            (guint) (12 * TIME_SCALE * 1000) + 3000));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kwa_test_kiosk_init (&argc, &argv);
  write_exhibit ();

  g_test_add ("/kiosk-voice/plays-and-advances", Fixture, NULL, set_up, test_plays_and_advances,
              kwa_test_kiosk_tear_down);
  g_test_add ("/kiosk-voice/touch-silences", Fixture, NULL, set_up, test_touch_silences, kwa_test_kiosk_tear_down);
  g_test_add ("/kiosk-voice/narration-off", Fixture, NULL, set_up, test_narration_off, kwa_test_kiosk_tear_down);
  status = g_test_run ();

  {
    g_autofree char *media = g_build_filename (folder, "media", NULL);

    kwa_test_remove_dir (media);
    kwa_test_remove_dir (folder);
  }
  g_free (exhibit_path);
  g_free (folder);
  return status;
}
