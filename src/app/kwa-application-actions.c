/* kwa-application-actions.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-application"

#include "config.h"

#include "kwa-i18n.h"

#include "kwa-application-private.h"
#include "kwa-presenter.h"

/* Application actions. GApplication exports them on D-Bus, so a museum's
 * show-control system can drive a running exhibit:
 *
 *   gapplication action org.koreanwaratlas.Atlas go-to-date "'1951-01-24'"
 *
 * Every view follows the timeline; none of these talks to a window. */

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KwaApplication *self = user_data;
  static const char *developers[] = { "The Korean War Atlas authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Korean War Atlas"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Korean War Atlas authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("An interactive map of the Korean War, 1945–1953, for museums, classrooms and the curious"),
                        "developers", developers,
                        "copyright", "© 2026 The Korean War Atlas authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Map data"),
                                      _("Natural Earth 1:10m land, countries and borders, public domain.\n"
                                        "GSHHG 2.3.7 rivers and lakes (WDBII), LGPL-3.0-or-later.\n"
                                        "The Chongchon River and the Chosin Reservoir are digitised by hand and approximate."),
                                      GTK_LICENSE_CUSTOM, NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
go_to_date_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KwaApplication *self = user_data;
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);
  const char *text = g_variant_get_string (parameter, NULL);
  KwaDate date;

  if (!kwa_date_parse (text, &date))
    {
      g_warning ("go-to-date: “%s” is not a date (YYYY-MM-DD)", text);
      return;
    }

  kwa_timeline_set_playing (timeline, FALSE);
  kwa_timeline_select_event (timeline, NULL);
  kwa_timeline_set_date (timeline, date);
}

static void
go_to_event_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  KwaApplication *self = user_data;
  const char *id = g_variant_get_string (parameter, NULL);

  if (!kwa_timeline_go_to_event (kwa_session_get_timeline (self->session), id))
    g_warning ("go-to-event: the exhibit has no event “%s”", id);
}

static void
play_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  kwa_timeline_set_playing (kwa_session_get_timeline (KWA_APPLICATION (user_data)->session), TRUE);
}

static void
pause_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  kwa_timeline_set_playing (kwa_session_get_timeline (KWA_APPLICATION (user_data)->session), FALSE);
}

static void
next_event_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  kwa_timeline_next_event (kwa_session_get_timeline (KWA_APPLICATION (user_data)->session));
}

static void
previous_event_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  kwa_timeline_previous_event (kwa_session_get_timeline (KWA_APPLICATION (user_data)->session));
}

/* app.set-language: one of the exhibit's languages, by tag ("ja") or
 * locale name; stateful, so the window's language menu shows the one in
 * use. */
static void
set_language_change_state_cb (GSimpleAction *action,
                              GVariant      *value,
                              gpointer       user_data)
{
  KwaApplication *self = KWA_APPLICATION (user_data);
  const char *text = g_variant_get_string (value, NULL);
  KwaMapDocument *document = kwa_session_get_document (self->session);
  KwaExhibit *exhibit = document != NULL ? kwa_map_document_get_exhibit (document) : NULL;
  KwaLanguage language;

  if (exhibit == NULL || !kwa_exhibit_find_language (exhibit, text, &language))
    {
      g_autofree char *list = exhibit != NULL ? kwa_exhibit_list_languages (exhibit) : g_strdup ("");

      g_message ("set-language: “%s” is not a language of the exhibit (%s)", text, list);
      return;
    }

  kwa_session_set_language (self->session, language);
}

static void
language_changed_cb (KwaApplication *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "set-language");
  const char *tag = kwa_language_to_string (kwa_session_get_language (self->session));

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (tag));
}

static void
presenter_closed_cb (KwaPresenter   *presenter,
                     KwaApplication *self)
{
  g_clear_object (&self->presenter);
}

/* Classroom mode: the presenter and audience windows, on the one clock. */
static void
presenter_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  KwaApplication *self = user_data;

  if (self->presenter == NULL)
    {
      self->presenter = kwa_presenter_new (GTK_APPLICATION (self), self->session);
      g_signal_connect_object (self->presenter, "closed", G_CALLBACK (presenter_closed_cb), self, 0);
    }
  kwa_presenter_present (self->presenter);
}

static const GActionEntry app_actions[] = {
  { "presenter", presenter_action_cb },
  { "about", about_action_cb },
  { "quit", quit_action_cb },
  { "go-to-date", go_to_date_action_cb, "s" },
  { "go-to-event", go_to_event_action_cb, "s" },
  { "play", play_action_cb },
  { "pause", pause_action_cb },
  { "next-event", next_event_action_cb },
  { "previous-event", previous_event_action_cb },
  { "set-language", NULL, "s", "\"en\"", set_language_change_state_cb },
};

/* ---- the kiosk's lockdown ------------------------------------------------ */

/* While a kiosk has the screen, a visitor must not reach what leads out of
 * the exhibit: the about window (links to the web), another window (the
 * classroom presenter), or the keys that quit, close or open the
 * shortcuts window. These follow the session's kiosk state, whatever
 * would trigger them (a menu, D-Bus, a key). */
static const char * const kiosk_locked_actions[] = { "about", "presenter" };
static const char * const kiosk_locked_accels[] = { "app.quit", "window.close", "win.show-help-overlay" };

G_STATIC_ASSERT (G_N_ELEMENTS (kiosk_locked_accels) == G_N_ELEMENTS (((KwaApplication *) NULL)->kiosk_saved_accels));

static void
lock_accels (KwaApplication *self)
{
  static const char * const no_accels[] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (kiosk_locked_accels); i++)
    {
      if (self->kiosk_saved_accels[i] != NULL)
        continue;
      self->kiosk_saved_accels[i] = gtk_application_get_accels_for_action (GTK_APPLICATION (self),
                                                                           kiosk_locked_accels[i]);
      gtk_application_set_accels_for_action (GTK_APPLICATION (self), kiosk_locked_accels[i], no_accels);
    }
}

static void
unlock_accels (KwaApplication *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (kiosk_locked_accels); i++)
    {
      if (self->kiosk_saved_accels[i] == NULL)
        continue;
      gtk_application_set_accels_for_action (GTK_APPLICATION (self), kiosk_locked_accels[i],
                                             (const char * const *) self->kiosk_saved_accels[i]);
      g_clear_pointer (&self->kiosk_saved_accels[i], g_strfreev);
    }
}

static void
kiosk_changed_cb (KwaApplication *self)
{
  gboolean kiosk = kwa_session_get_kiosk (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (kiosk_locked_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), kiosk_locked_actions[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !kiosk);
    }

  if (kiosk)
    {
      lock_accels (self);
      /* An exhibit is watched, not typed at: no blanking, no suspend. */
      if (self->kiosk_inhibit_cookie == 0)
        self->kiosk_inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (self),
                                                              gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                              GTK_APPLICATION_INHIBIT_IDLE |
                                                              GTK_APPLICATION_INHIBIT_SUSPEND,
                                                              "Museum exhibit");
    }
  else
    {
      unlock_accels (self);
      if (self->kiosk_inhibit_cookie != 0)
        gtk_application_uninhibit (GTK_APPLICATION (self), self->kiosk_inhibit_cookie);
      self->kiosk_inhibit_cookie = 0;
    }
}

void
kwa_application_install_actions (KwaApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  g_signal_connect_object (self->session, "notify::kiosk", G_CALLBACK (kiosk_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::language", G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  language_changed_cb (self);
}

/* Gives back what the kiosk took, when the application goes. */
void
kwa_application_release_kiosk (KwaApplication *self)
{
  unlock_accels (self);
  if (self->kiosk_inhibit_cookie != 0)
    gtk_application_uninhibit (GTK_APPLICATION (self), self->kiosk_inhibit_cookie);
  self->kiosk_inhibit_cookie = 0;
}
