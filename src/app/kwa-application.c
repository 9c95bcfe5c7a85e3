/* kwa-application.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-application"

#include "config.h"


#include "kwa-application-private.h"
#include "kwa-benchmark.h"
#include "kwa-frame-sync.h"
#include "kwa-presenter.h"
#include "kwa-renderer-choice.h"
#include "kwa-command-line.h"
#include "kwa-i18n.h"
#include "kwa-kiosk.h"
#include "kwa-settings.h"
#include "kwa-window.h"


G_DEFINE_FINAL_TYPE (KwaApplication, kwa_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "data", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Show this exhibit file instead of the bundled one"), N_("FILE") },
  { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Check the exhibit file (see --data), print every problem and exit"), NULL },
  { "export-events", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the exhibit's events (see --data) as a spreadsheet table (CSV) and exit"), N_("FILE") },
  { "import-events", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge a table of events (CSV) into the exhibit (see --data), check it and write it to --output, and exit"), N_("FILE") },
  { "export-geojson", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the exhibit's fronts, enclaves, lines, movements, places and changes of hands (see --data) as GeoJSON files into this folder and exit"), N_("FOLDER") },
  { "import-geojson", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge the geometry of GeoJSON files in this folder into the exhibit (see --data) by id, check it and write it to --output, and exit"), N_("FOLDER") },
  { "render", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Draw the map on this day (YYYY-MM-DD) into --output and exit"), N_("DATE") },
  { "output", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("The file --render writes: .png, .pdf or .svg"), N_("FILE") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The size --render draws, in pixels (default 1920x1080)"), N_("WIDTHxHEIGHT") },
  { "view", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The area --render frames, in degrees (default: the whole map)"), N_("WEST,SOUTH,EAST,NORTH") },
  { "lang", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The language of the exhibit, one of those it is written in (en, ko, ja, zh-Hans)"), N_("LANGUAGE") },
  { "theme", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The map theme --render draws: light, dark or high-contrast"), N_("THEME") },
  { "control-at", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print who held --point on this day (north, south, sea, or undivided before the division) and exit"), N_("DATE") },
  { "point", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The point --control-at asks about"), N_("LAT,LON") },
  { "handout", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Print a tour (see --tour) as a classroom handout into this PDF and exit"), N_("FILE") },
  { "figures", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw the exhibit's figures as charts into this file (.pdf or .png) and exit"), N_("FILE") },
  { "teacher", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --handout: the teacher's copy, with each stop's notes and questions"), NULL },
  { "tour", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The tour --handout prints, or --presenter opens (its id; default main)"), N_("ID") },
  { "animate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    /* xgettext: no-c-format */
    N_("Draw the map day by day from START to END into --output (.webm, or PNG frames: a folder/ or a name with %05d) and exit"),
    N_("START:END") },
  { "fps", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Frames per second --animate writes (default 30)"), N_("FPS") },
  { "days-per-second", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Days --animate shows in each second of video (default 15)"), N_("DAYS") },
  { "date", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open the exhibit on this day (YYYY-MM-DD)"), N_("DATE") },
  { "event", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open the exhibit on this event (its id)"), N_("ID") },
  { "kiosk", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Run as an unattended museum kiosk: fullscreen, a story that plays by itself, no way out for visitors"), NULL },
  { "idle-timeout", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, NULL,
    N_("Seconds without a touch before the kiosk asks “Still there?” (default 90)"), N_("SECONDS") },
  { "presenter", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the classroom presenter view: the map on a second screen, the lesson on this one"), NULL },
  { "curator", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the exhibit file of --data for editing: fronts, changes of hands and events (the bundled exhibit is copied first)"), NULL },
  { "benchmark-startup", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the milliseconds from start to the first frame on screen, and exit"), NULL },
  { "benchmark-scrub", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Scrub the timeline a day a frame for a few seconds in a window of --size (default: the screen), print the frame intervals and work as JSON, and exit"), NULL },
  { NULL }
};

static KwaWindow *
get_or_create_window (KwaApplication *self)
{
  GtkWindow *window = NULL;
  static gboolean renderer_chosen;

  /* The explorer's window, not the presenter's or the projector's, which
   * may be the active one. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL && window == NULL; l = l->next)
    if (KWA_IS_WINDOW (l->data))
      window = l->data;

  /* Once, before GTK makes its first renderer. */
  if (!renderer_chosen)
    {
      kwa_renderer_choice_after_display (gdk_display_get_default ());
      renderer_chosen = TRUE;
    }

  if (window == NULL)
    window = GTK_WINDOW (kwa_window_new (self));

  return KWA_WINDOW (window);
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

  if (g_variant_dict_contains (options, "handout"))
    return kwa_command_line_handout (data_file,
                                     lookup_string (options, "handout"),
                                     lookup_string (options, "tour"),
                                     lookup_string (options, "lang"),
                                     g_variant_dict_contains (options, "teacher"));

  if (g_variant_dict_contains (options, "figures"))
    return kwa_command_line_figures (data_file,
                                     lookup_string (options, "figures"),
                                     lookup_string (options, "lang"));

  if (g_variant_dict_contains (options, "animate"))
    return kwa_command_line_animate (data_file,
                                     lookup_string (options, "animate"),
                                     lookup_string (options, "output"),
                                     lookup_string (options, "size"),
                                     lookup_string (options, "lang"),
                                     lookup_string (options, "theme"),
                                     lookup_string (options, "fps"),
                                     lookup_string (options, "days-per-second"));

  if (g_variant_dict_contains (options, "render"))
    return kwa_command_line_render (data_file,
                                    lookup_string (options, "render"),
                                    lookup_string (options, "output"),
                                    lookup_string (options, "size"),
                                    lookup_string (options, "view"),
                                    lookup_string (options, "lang"),
                                    lookup_string (options, "theme"));

  return kwa_command_line_control_at (data_file,
                                      lookup_string (options, "control-at"),
                                      lookup_string (options, "point"));
}

static gboolean
settings_say_kiosk (void)
{
  g_autoptr(GSettings) settings = kwa_settings_new ();

  return settings != NULL && g_settings_get_boolean (settings, "kiosk");
}

/* The museum kiosk: the window goes fullscreen and locked, and the tour
 * plays until a visitor touches the screen. Without --idle-timeout the
 * kiosk reads kiosk-idle-timeout itself and follows changes to it. */
/* A kiosk runs unattended for months: its log says what it draws with,
 * for whoever looks into a slow one. */
static void
log_kiosk_renderer_cb (GtkWidget *window)
{
  g_message ("The kiosk draws with GTK's %s renderer (%s)",
             kwa_renderer_choice_get_name (window), kwa_renderer_choice_get_reason ());
}

static void
start_kiosk (KwaApplication *self,
             KwaWindow      *window,
             GVariantDict   *options)
{
  int idle_timeout = 0;
  const char *language;

  if (self->kiosk != NULL)
    return;

  g_variant_dict_lookup (options, "idle-timeout", "i", &idle_timeout);
  self->kiosk = kwa_kiosk_new (self->session, KWA_KIOSK_HOST (window), (guint) MAX (idle_timeout, 0));
  /* A language asked for on the command line is the kiosk's own, over
   * the kiosk-language setting (which is Korean unless changed). */
  if ((language = lookup_string (options, "lang")) != NULL)
    kwa_kiosk_set_home_language (self->kiosk, language);
  g_signal_connect (window, "realize", G_CALLBACK (log_kiosk_renderer_cb), NULL);
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
      return kwa_command_line_validate (data_path);
    }

  if (g_variant_dict_contains (options, "export-events") || g_variant_dict_contains (options, "import-events") ||
      g_variant_dict_contains (options, "export-geojson") || g_variant_dict_contains (options, "import-geojson"))
    {
      const char *data_path = NULL, *path = NULL, *output_path = NULL;

      g_variant_dict_lookup (options, "data", "^&ay", &data_path);
      g_variant_dict_lookup (options, "output", "^&ay", &output_path);
      if (g_variant_dict_lookup (options, "export-events", "^&ay", &path))
        return kwa_command_line_export_events (data_path, path);
      if (g_variant_dict_lookup (options, "import-events", "^&ay", &path))
        return kwa_command_line_import_events (data_path, path, output_path);
      if (g_variant_dict_lookup (options, "export-geojson", "^&ay", &path))
        return kwa_command_line_export_geojson (data_path, path);
      g_variant_dict_lookup (options, "import-geojson", "^&ay", &path);
      return kwa_command_line_import_geojson (data_path, path, output_path);
    }

  if (g_variant_dict_contains (options, "render") || g_variant_dict_contains (options, "control-at") ||
      g_variant_dict_contains (options, "handout") || g_variant_dict_contains (options, "animate") ||
      g_variant_dict_contains (options, "figures"))
    return run_headless_command (options);

  if (!g_variant_dict_contains (options, "data"))
    kwa_session_prefetch_default (KWA_APPLICATION (app)->session);

  return -1;
}

static int
kwa_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  KwaApplication *self = KWA_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *data_path;

  const char *text;
  KwaWindow *window;

  /* Resolved here, in the primary instance, against the caller's folder. */
  if (g_variant_dict_lookup (options, "data", "^&ay", &data_path))
    {
      g_autoptr(GFile) data_file = g_application_command_line_create_file_for_arg (command_line, data_path);

      kwa_session_load (self->session, data_file);
    }
  else if (kwa_session_get_document (self->session) == NULL)
    {
      kwa_session_load (self->session, NULL);
    }

  if ((text = lookup_string (options, "lang")) != NULL)
    {
      KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (self->session));
      KwaLanguage language;

      if (!kwa_exhibit_find_language (exhibit, text, &language))
        {
          g_autofree char *list = kwa_exhibit_list_languages (exhibit);

          g_application_command_line_printerr (command_line,
                                               _("--lang: “%s” is not a language of the exhibit; use one of %s\n"),
                                               text, list);
          return EXIT_FAILURE;
        }
      kwa_session_set_language (self->session, language);
    }

  if ((text = lookup_string (options, "date")) != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self), "go-to-date", g_variant_new_string (text));
  if ((text = lookup_string (options, "event")) != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self), "go-to-event", g_variant_new_string (text));

  if (g_variant_dict_contains (options, "curator") &&
      (g_variant_dict_contains (options, "kiosk") || settings_say_kiosk ()))
    {
      g_application_command_line_printerr (command_line, _("--curator: a kiosk cannot edit its exhibit\n"));
      return EXIT_FAILURE;
    }

  /* The kiosk takes the window before it is first shown, so it opens
   * fullscreen with no glimpse of the ordinary window. */
  window = get_or_create_window (self);
  if (g_variant_dict_contains (options, "kiosk") || settings_say_kiosk ())
    start_kiosk (self, window, options);
  /* Before the window is shown: the benchmarks choose its size. */
  if (g_variant_dict_contains (options, "benchmark-startup"))
    kwa_benchmark_startup (GTK_WINDOW (window));
  if (g_variant_dict_contains (options, "benchmark-scrub"))
    {
      int width = 0, height = 0;

      if ((text = lookup_string (options, "size")) != NULL && !kwa_command_line_parse_size (text, &width, &height))
        return EXIT_FAILURE;
      kwa_benchmark_scrub (GTK_WINDOW (window), kwa_session_get_timeline (self->session),
                           kwa_window_get_map_view (window), width, height);
    }

  gtk_window_present (GTK_WINDOW (window));
  if (g_variant_dict_contains (options, "curator"))
    kwa_window_start_curating (window);

  if (self->kiosk == NULL && g_variant_dict_contains (options, "presenter"))
    {
      g_action_group_activate_action (G_ACTION_GROUP (self), "presenter", NULL);
      if ((text = lookup_string (options, "tour")) != NULL && self->presenter != NULL &&
          !kwa_presenter_set_tour (self->presenter, text))
        {
          g_application_command_line_printerr (command_line, _("--tour: the exhibit has no tour “%s”\n"), text);
          return EXIT_FAILURE;
        }
    }

  return EXIT_SUCCESS;
}

static void
kwa_application_activate (GApplication *app)
{
  KwaApplication *self = KWA_APPLICATION (app);

  if (kwa_session_get_document (self->session) == NULL)
    kwa_session_load (self->session, NULL);

  gtk_window_present (GTK_WINDOW (get_or_create_window (self)));
}

static void
kwa_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (kwa_application_parent_class)->startup (app);

  kwa_application_install_actions (KWA_APPLICATION (app));
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.pen-undo",
                                         (const char *[]) { "<Control>z", NULL });
}

/* Every window the app opens, the explorer's, the presenter's and the
 * projector's, skips the frame handshake where no window manager answers
 * it (kwa-frame-sync.c). */
static void
kwa_application_window_added (GtkApplication *app,
                              GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (kwa_application_parent_class)->window_added (app, window);

  kwa_frame_sync_follow_window_manager (window);
}

static void
kwa_application_dispose (GObject *object)
{
  KwaApplication *self = KWA_APPLICATION (object);

  g_clear_object (&self->kiosk);
  kwa_application_release_kiosk (self);
  if (self->presenter != NULL)
    g_object_run_dispose (G_OBJECT (self->presenter));
  g_clear_object (&self->presenter);
  g_clear_object (&self->pacer);
  if (self->session != NULL)
    g_object_run_dispose (G_OBJECT (self->session));
  g_clear_object (&self->session);

  G_OBJECT_CLASS (kwa_application_parent_class)->dispose (object);
}

static void
kwa_application_class_init (KwaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = kwa_application_dispose;

  app_class->activate = kwa_application_activate;
  app_class->command_line = kwa_application_command_line;
  app_class->handle_local_options = kwa_application_handle_local_options;
  app_class->startup = kwa_application_startup;
  gtk_app_class->window_added = kwa_application_window_added;
}

static void
kwa_application_init (KwaApplication *self)
{
  self->session = kwa_session_new ();
  self->pacer = kwa_frame_pacer_new (GTK_APPLICATION (self), kwa_session_get_playback (self->session));

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
 * kwa_application_get_session:
 *
 * Returns: (transfer none): what the application, its windows and its
 *   modes share: the document, the clock, the language and the sketch
 */
KwaSession *
kwa_application_get_session (KwaApplication *self)
{
  g_return_val_if_fail (KWA_IS_APPLICATION (self), NULL);
  return self->session;
}
