/* kwa-window-video.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-video-export.h"
#include "kwa-window-private.h"

/* Export Video: a span of the timeline, drawn as a WebM video (the map as
 * the window shows it: its language, theme and layers) in the Videos
 * folder, in the background. A dialog that does not block the window
 * shows the progress and can cancel; a toast says when it is done. */

typedef struct
{
  const char *name;
  const char *start;    /* NULL: the exhibit's own span */
  const char *end;
} VideoSpan;

static const VideoSpan video_spans[] = {
  { N_("The war, 25 June 1950 to 27 July 1953"), "1950-06-25", "1953-07-27" },
  { N_("The war of movement, June 1950 to July 1951"), "1950-06-25", "1951-07-10" },
  { N_("Everything, 1945 to 1953"), NULL, NULL },
};

typedef struct
{
  KwaWindow      *window;
  KwaVideoExport *export;
  GtkWidget      *dialog;
  GtkProgressBar *bar;
} VideoJob;

static void
video_job_free (VideoJob *job)
{
  g_clear_object (&job->export);
  g_object_unref (job->window);
  g_free (job);
}

static void
progress_cb (KwaVideoExport *export,
             double          fraction,
             VideoJob       *job)
{
  g_autofree char *text = g_strdup_printf ("%.0f %%", fraction * 100);

  gtk_progress_bar_set_fraction (job->bar, fraction);
  gtk_progress_bar_set_text (job->bar, text);
}

static void
finished_cb (KwaVideoExport *export,
             gboolean        ok,
             const GError   *error,
             VideoJob       *job)
{
  g_autoptr(GFile) file = g_file_new_for_path (kwa_video_export_get_path (export));
  g_autofree char *name = g_file_get_basename (file);

  gtk_window_destroy (GTK_WINDOW (job->dialog));
  if (ok)
    {
      g_autofree char *text = g_strdup_printf (_("Exported video “%s”"), name);

      kwa_window_toast_file (job->window, text, file);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (job->window->toast_overlay, adw_toast_new (_("Video export cancelled")));
  else
    kwa_window_alert (job->window, _("The video could not be exported"), error ? error->message : NULL);
  video_job_free (job);
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      VideoJob         *job)
{
  if (g_str_equal (response, "cancel"))
    kwa_video_export_cancel (job->export);
}

/* A dialog beside the window, not over it: the app stays usable. */
static void
show_progress (VideoJob *job)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (job->window), _("Exporting Video"),
                                              _("The map is being drawn, frame by frame. You can go on using "
                                                "the atlas meanwhile."));

  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (job->bar, TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (job->bar));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel", ADW_RESPONSE_DESTRUCTIVE);
  gtk_window_set_modal (GTK_WINDOW (dialog), FALSE);
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), job);
  job->dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kwa_window_start_video_export:
 * @span: which of the offered spans
 * @path: a .webm file, a folder ending in "/" or a name with "%05d"
 *
 * Starts drawing the video in the background, with its progress dialog.
 *
 * Returns: (transfer none) (nullable): the export, until it finishes;
 *   %NULL with @error set when it cannot start
 */
KwaVideoExport *
kwa_window_start_video_export (KwaWindow   *self,
                               guint        span,
                               const char  *path,
                               GError     **error)
{
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;
  KwaAnimationOutput output;
  KwaAnimationSpec spec;
  KwaRenderOptions options;
  VideoJob *job;

  g_return_val_if_fail (span < G_N_ELEMENTS (video_spans), NULL);

  if (document == NULL || !kwa_animation_output_for_path (path, &output, error) ||
      (output == KWA_ANIMATION_OUTPUT_WEBM && !kwa_animation_can_write_webm (error)))
    return NULL;

  kwa_animation_spec_init_default (&spec);
  if (video_spans[span].start != NULL)
    {
      kwa_date_parse (video_spans[span].start, &spec.start);
      kwa_date_parse (video_spans[span].end, &spec.end);
    }
  else
    {
      KwaDateRange range = kwa_timeline_get_range (kwa_session_get_timeline (self->session));

      spec.start = range.start;
      spec.end = range.end;
    }
  if (!kwa_animation_spec_validate (&spec, error))
    return NULL;
  kwa_map_view_get_render_options (self->map_view, &options);
  options.legend_collapsed = FALSE;

  job = g_new0 (VideoJob, 1);
  job->window = g_object_ref (self);
  job->export = kwa_video_export_new (document, &spec, &options, path);
  g_signal_connect (job->export, "progress", G_CALLBACK (progress_cb), job);
  g_signal_connect (job->export, "finished", G_CALLBACK (finished_cb), job);
  show_progress (job);
  kwa_video_export_start (job->export);
  return job->export;
}

typedef struct
{
  KwaWindow *window;
  guint      span;
} VideoRequest;

static void
video_file_cb (GtkNativeDialog *chooser,
               int              response,
               VideoRequest    *request)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      kwa_window_start_video_export (request->window, request->span, path, &error) == NULL)
    kwa_window_alert (request->window, _("The video could not be exported"), error->message);
  g_object_unref (chooser);
  g_object_unref (request->window);
  g_free (request);
}

static void
video_options_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  KwaWindow        *self)
{
  GtkDropDown *spans = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  const char *videos = g_get_user_special_dir (G_USER_DIRECTORY_VIDEOS);
  VideoRequest *request;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (!g_str_equal (response, "export"))
    return;
  request = g_new0 (VideoRequest, 1);
  request->window = g_object_ref (self);
  request->span = MIN (gtk_drop_down_get_selected (spans), G_N_ELEMENTS (video_spans) - 1);

  chooser = gtk_file_chooser_native_new (_("Export Video"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  if (videos != NULL && g_file_test (videos, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (videos);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "korean-war-atlas.webm");
  gtk_file_filter_set_name (filter, _("WebM video"));
  gtk_file_filter_add_suffix (filter, "webm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (video_file_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The menu's Export Video…: which span, then where. */
void
kwa_window_export_video (KwaWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Video"),
                                              _("The map day by day, half a month a second, as a 1920 × 1080 "
                                                "WebM video for slides and screens."));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *spans;

  for (guint i = 0; i < G_N_ELEMENTS (video_spans); i++)
    gtk_string_list_append (names, _(video_spans[i].name));
  spans = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spans), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Span"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spans);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (video_options_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
