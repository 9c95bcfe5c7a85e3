/* test-session.c: what the application, its windows and modes share
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-test-utils.h"
#include "kwa-window.h"

static gboolean
action_enabled (GActionGroup *group,
                const char   *name)
{
  g_assert_true (g_action_group_has_action (group, name));
  return g_action_group_get_action_enabled (group, name);
}

static guint
n_accels (KwaApplication *app,
          const char     *action)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  return g_strv_length (accels);
}

/* The kiosk is a state of the session that the application's and the
 * window's actions follow: whoever sets it (the kiosk, a test, a future
 * remote control), the ways out close, and open again after. */
static void
test_kiosk_state_locks_the_ways_out (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestSession", TRUE);
  KwaSession *session = kwa_application_get_session (app);
  KwaWindow *window = kwa_test_open_window (app, 0, 0);

  g_assert_false (kwa_session_get_kiosk (session));
  g_assert_true (action_enabled (G_ACTION_GROUP (app), "about"));
  g_assert_true (action_enabled (G_ACTION_GROUP (app), "presenter"));
  g_assert_true (action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_cmpuint (n_accels (app, "app.quit"), ==, 1);
  g_assert_cmpuint (n_accels (app, "window.close"), ==, 1);
  g_assert_false (kwa_window_get_kiosk_mode (window));

  kwa_session_set_kiosk (session, TRUE);
  g_assert_false (action_enabled (G_ACTION_GROUP (app), "about"));
  g_assert_false (action_enabled (G_ACTION_GROUP (app), "presenter"));
  g_assert_false (action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_cmpuint (n_accels (app, "app.quit"), ==, 0);
  g_assert_cmpuint (n_accels (app, "window.close"), ==, 0);
  g_assert_true (kwa_window_get_kiosk_mode (window));
  /* The explorer's actions stay: visitors may still play and choose. */
  g_assert_true (action_enabled (G_ACTION_GROUP (app), "play"));
  g_assert_true (action_enabled (G_ACTION_GROUP (window), "close-panels"));

  kwa_session_set_kiosk (session, FALSE);
  g_assert_true (action_enabled (G_ACTION_GROUP (app), "about"));
  g_assert_true (action_enabled (G_ACTION_GROUP (app), "presenter"));
  g_assert_true (action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_cmpuint (n_accels (app, "app.quit"), ==, 1);
  g_assert_cmpuint (n_accels (app, "window.close"), ==, 1);
  g_assert_false (kwa_window_get_kiosk_mode (window));

  kwa_test_close_window (window);
}

/* The session follows a language change once, and sets the interface's. */
static void
test_language_notifies_once (void)
{
  g_autoptr(KwaSession) session = kwa_session_new ();
  guint notified = 0;

  kwa_session_set_language (session, KWA_LANGUAGE_EN);
  g_signal_connect_swapped (session, "notify::language", G_CALLBACK (g_atomic_int_inc), &notified);
  kwa_session_set_language (session, KWA_LANGUAGE_KO);
  kwa_session_set_language (session, KWA_LANGUAGE_KO);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (kwa_session_get_language (session), ==, KWA_LANGUAGE_KO);
  kwa_session_set_language (session, KWA_LANGUAGE_EN);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/session/kiosk-state-locks-the-ways-out", test_kiosk_state_locks_the_ways_out);
  g_test_add_func ("/session/language-notifies-once", test_language_notifies_once);

  return g_test_run ();
}
