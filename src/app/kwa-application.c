/* kwa-application.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-application.h"
#include "kwa-window.h"

struct _KwaApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (KwaApplication, kwa_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static KwaWindow *
get_or_create_window (KwaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (kwa_window_new (self));

  return KWA_WINDOW (window);
}

/* Options that need no window (and no display) are answered here, in the
 * process that was started, before it becomes or contacts the primary
 * instance.
 */
static int
kwa_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "korean-war-atlas", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static int
kwa_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  KwaApplication *self = KWA_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (get_or_create_window (self)));

  return EXIT_SUCCESS;
}

static void
kwa_application_activate (GApplication *app)
{
  KwaApplication *self = KWA_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (get_or_create_window (self)));
}

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

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

static void
kwa_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (kwa_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
kwa_application_class_init (KwaApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = kwa_application_activate;
  app_class->command_line = kwa_application_command_line;
  app_class->handle_local_options = kwa_application_handle_local_options;
  app_class->startup = kwa_application_startup;
}

static void
kwa_application_init (KwaApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("An interactive map of the Korean War, 1945–1953."));
}

KwaApplication *
kwa_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (KWA_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", APP_PATH,
                       NULL);
}
