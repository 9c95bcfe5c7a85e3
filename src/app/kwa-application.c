/* kwa-application.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-application.h"
#include "kwa-command-line.h"
#include "kwa-exhibit.h"
#include "kwa-window.h"

struct _KwaApplication
{
  AdwApplication parent_instance;

  /* owned */
  GFile *data_file;   /* --data, or NULL for the bundled exhibit */
};

G_DEFINE_FINAL_TYPE (KwaApplication, kwa_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "data", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Show this exhibit file instead of the bundled one"), N_("FILE") },
  { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Check the exhibit file (see --data), print every problem and exit"), NULL },
  { "render", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Draw the map on this day (YYYY-MM-DD) into --output and exit"), N_("DATE") },
  { "output", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("The file --render writes: .png, .pdf or .svg"), N_("FILE") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The size --render draws, in pixels (default 1920x1080)"), N_("WIDTHxHEIGHT") },
  { "lang", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The language of the exhibit: en or ko"), N_("LANGUAGE") },
  { "theme", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The map theme --render draws: light, dark or high-contrast"), N_("THEME") },
  { "control-at", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print who held --point on this day (north, south or sea) and exit"), N_("DATE") },
  { "point", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The point --control-at asks about"), N_("LAT,LON") },
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

/* For curators: every problem on its own line, as compilers print them, so
 * an editor can jump to each; the exit status says whether the file is valid.
 */
static int
validate_exhibit (const char *data_path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint n_events, n_fronts, n_movements, n_places, n_sources;

  if (data_path != NULL)
    file = g_file_new_for_commandline_arg (data_path);
  else
    file = g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);

  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  if (exhibit == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

          g_printerr ("%s\n", line);
        }
      /* "N problems in FILE" adds a count to a list; a lone problem is the error. */
      if (problems->len == 0 || g_error_matches (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID) ||
          g_error_matches (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_BASEMAP))
        g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  kwa_exhibit_get_events (exhibit, &n_events);
  kwa_exhibit_get_fronts (exhibit, &n_fronts);
  kwa_exhibit_get_movements (exhibit, &n_movements);
  kwa_exhibit_get_places (exhibit, &n_places);
  kwa_exhibit_get_sources (exhibit, &n_sources);
  name = g_file_get_basename (file);
  g_print ("%s: valid — %u event%s, %u front%s, %u movement%s, %u place%s, %u source%s\n", name,
           n_events, n_events == 1 ? "" : "s", n_fronts, n_fronts == 1 ? "" : "s",
           n_movements, n_movements == 1 ? "" : "s", n_places, n_places == 1 ? "" : "s",
           n_sources, n_sources == 1 ? "" : "s");

  return EXIT_SUCCESS;
}

static const char *
lookup_string (GVariantDict *options,
               const char   *key)
{
  const char *value = NULL;

  if (!g_variant_dict_lookup (options, key, "&s", &value))
    g_variant_dict_lookup (options, key, "^&ay", &value);

  return value;
}

static int
run_headless_command (GVariantDict *options)
{
  g_autoptr(GFile) data_file = NULL;
  const char *data_path = lookup_string (options, "data");

  if (data_path != NULL)
    data_file = g_file_new_for_commandline_arg (data_path);

  if (g_variant_dict_contains (options, "render"))
    return kwa_command_line_render (data_file,
                                    lookup_string (options, "render"),
                                    lookup_string (options, "output"),
                                    lookup_string (options, "size"),
                                    lookup_string (options, "lang"),
                                    lookup_string (options, "theme"));

  return kwa_command_line_control_at (data_file,
                                      lookup_string (options, "control-at"),
                                      lookup_string (options, "point"));
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

  if (g_variant_dict_contains (options, "validate"))
    {
      const char *data_path = NULL;

      g_variant_dict_lookup (options, "data", "^&ay", &data_path);
      return validate_exhibit (data_path);
    }

  if (g_variant_dict_contains (options, "render") || g_variant_dict_contains (options, "control-at"))
    return run_headless_command (options);

  return -1;
}

static int
kwa_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  KwaApplication *self = KWA_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *data_path;

  /* Resolved here, in the primary instance, against the caller's folder. */
  if (g_variant_dict_lookup (options, "data", "^&ay", &data_path))
    {
      g_autoptr(GFile) data_file = g_application_command_line_create_file_for_arg (command_line, data_path);

      g_set_object (&self->data_file, data_file);
    }

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
kwa_application_dispose (GObject *object)
{
  KwaApplication *self = KWA_APPLICATION (object);

  g_clear_object (&self->data_file);

  G_OBJECT_CLASS (kwa_application_parent_class)->dispose (object);
}

static void
kwa_application_class_init (KwaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kwa_application_dispose;

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

/**
 * kwa_application_get_data_file:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the exhibit file given with --data,
 *   or %NULL for the bundled exhibit
 */
GFile *
kwa_application_get_data_file (KwaApplication *self)
{
  g_return_val_if_fail (KWA_IS_APPLICATION (self), NULL);

  return self->data_file;
}
