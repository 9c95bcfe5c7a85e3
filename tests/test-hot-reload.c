/* test-hot-reload.c: a curator saves the exhibit file; a good save is
 * swapped in keeping the date, a broken one keeps the last good exhibit.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kwa-test-languages.h"
#include "kwa-test-utils.h"
#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-sketch.h"
#include "kwa-timeline.h"
#include "kwa-map-document.h"

static gboolean
wait_for (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  return *flag;
}

static void
set_flag_cb (GObject    *object,
             GParamSpec *pspec,
             gboolean   *flag)
{
  *flag = TRUE;
}

static void
test_hot_reload (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-reload-XXXXXX", &error);
  g_autofree char *exhibit_path = g_build_filename (dir, "exhibit.json", NULL);
  g_autofree char *basemap_path = g_build_filename (dir, "minimal-basemap.svg", NULL);
  g_autofree char *good = kwa_test_read_data_file ("minimal.json");
  g_autofree char *basemap = kwa_test_read_data_file ("minimal-basemap.svg");
  g_autoptr(GString) edited = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwaApplication) app = NULL;
  KwaMapDocument *first;
  KwaTimeline *timeline;
  KwaDate day;
  gboolean document_changed = FALSE, error_changed = FALSE;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (exhibit_path, good, -1, NULL));
  g_assert_true (g_file_set_contents (basemap_path, basemap, -1, NULL));
  file = g_file_new_for_path (exhibit_path);

  app = kwa_application_new ("org.koreanwaratlas.Atlas.TestReload", G_APPLICATION_NON_UNIQUE);
  g_assert_true (kwa_session_load (kwa_application_get_session (app), file));
  first = kwa_session_get_document (kwa_application_get_session (app));
  g_assert_nonnull (first);

  timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  day = kwa_exhibit_get_time_range (kwa_map_document_get_exhibit (first)).start + 100;
  kwa_timeline_set_date (timeline, day);

  g_signal_connect (kwa_application_get_session (app), "notify::document", G_CALLBACK (set_flag_cb), &document_changed);
  g_signal_connect (kwa_application_get_session (app), "notify::load-error", G_CALLBACK (set_flag_cb), &error_changed);

  /* A broken save: the last good exhibit stays, the problem is reported. */
  g_test_expect_message ("kwa-session", G_LOG_LEVEL_WARNING, "*exhibit.json*");
  g_assert_true (g_file_set_contents (exhibit_path, "{\"schema\": 1, \"meta\": ", -1, NULL));
  g_assert_true (wait_for (&error_changed));
  g_test_assert_expected_messages ();
  g_assert_false (document_changed);
  g_assert_true (kwa_session_get_document (kwa_application_get_session (app)) == first);
  g_assert_nonnull (kwa_session_get_load_error (kwa_application_get_session (app)));
  g_assert_nonnull (strstr (kwa_session_get_load_error (kwa_application_get_session (app)), "exhibit.json"));
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, day);

  /* A good save with a new title: swapped in, the date kept. */
  edited = g_string_new (good);
  g_assert_cmpint (g_string_replace (edited, "Korean War Atlas (test)", "Korean War Atlas (edited)", 1), ==, 1);
  error_changed = FALSE;
  g_assert_true (g_file_set_contents (exhibit_path, edited->str, -1, NULL));
  g_assert_true (wait_for (&document_changed));
  g_assert_true (kwa_session_get_document (kwa_application_get_session (app)) != first);
  g_assert_null (kwa_session_get_load_error (kwa_application_get_session (app)));
  g_assert_cmpstr (kwa_text_get (kwa_exhibit_get_title (kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (app)))), KWA_LANGUAGE_EN),
                   ==, "Korean War Atlas (edited)");
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, day);

  g_unlink (exhibit_path);
  g_unlink (basemap_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hot-reload/good-swaps-bad-keeps", test_hot_reload);

  return g_test_run ();
}
