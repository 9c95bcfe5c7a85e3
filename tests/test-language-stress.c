/* test-language-stress.c: two hundred language switches while the story
 * plays, as a kiosk's visitors tap the language button, with exports (the
 * banded renderer's threads) in between. Run as part of the UI suite, and
 * under ThreadSanitizer by tools/tsan.sh, which fails on any race in our
 * code: the interface's language must never be coordinated through the
 * environment, which other threads read.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-basemap.h"
#include "kwa-i18n.h"
#include "kwa-map-export.h"
#include "kwa-timeline.h"
#include "kwa-window.h"
#include "kwa-test-utils.h"

/* The soak is the ordinary run's; under the sanitizers, whose every
 * frame is several times slower, a fifth of it walks the same paths for
 * memory errors and keeps the suite within its time. */
#if defined(__SANITIZE_ADDRESS__)
#define N_SWITCHES 40
#define EXPORT_EVERY 10
#else
#define N_SWITCHES 200
#define EXPORT_EVERY 25
#endif

/* The map at the playing date, drawn in bands on threads into a PNG. */
static void
export_now (KwaApplication *app,
            const char     *path)
{
  KwaMapDocument *document = kwa_session_get_document (kwa_application_get_session (app));
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapExtent extent;
  g_autoptr(GError) error = NULL;

  kwa_render_options_init_default (&options);
  options.language = kwa_session_get_language (kwa_application_get_session (app));
  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, 640, 480);
  g_assert_true (kwa_map_export_to_file (document, kwa_timeline_get_time (kwa_session_get_timeline (kwa_application_get_session (app))),
                                         &viewport, &options, path, &error));
  g_assert_no_error (error);
}

static void
test_switches_during_playback (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kwa-stress-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "frame.png", NULL);
  g_autofree char *environment = g_strdup (g_getenv ("LANGUAGE"));
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestStress", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);
  KwaTimeline *timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  double start = kwa_timeline_get_time (timeline);

  kwa_timeline_set_playing (timeline, TRUE);

  for (guint i = 0; i < N_SWITCHES; i++)
    {
      KwaLanguage language = i % 2 == 0 ? KWA_LANGUAGE_KO : KWA_LANGUAGE_EN;

      kwa_session_set_language (kwa_application_get_session (app), language);
      g_assert_cmpint (kwa_i18n_get_ui_language (), ==, language);
      kwa_test_wait_frames (GTK_WIDGET (window), 1);
      if (i % EXPORT_EVERY == 0)
        export_now (app, png);
    }

  /* It kept playing through it all, and ends in the last language chosen. */
  g_assert_true (kwa_timeline_get_playing (timeline));
  g_assert_cmpfloat (kwa_timeline_get_time (timeline), >, start);
  g_assert_cmpint (kwa_session_get_language (kwa_application_get_session (app)), ==, KWA_LANGUAGE_EN);
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, environment);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));

  kwa_timeline_set_playing (timeline, FALSE);
  kwa_test_close_window (window);
  g_remove (png);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/language/switches-during-playback", test_switches_during_playback);

  return g_test_run ();
}
