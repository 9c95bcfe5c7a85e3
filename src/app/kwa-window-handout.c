/* kwa-window-handout.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include "kwa-handout.h"
#include "kwa-i18n.h"
#include "kwa-window-private.h"

/* Print Handout: a tour of the exhibit as the A4 PDF --handout writes,
 * the class's copy or the teacher's (with each stop's notes and
 * questions), in the window's language, into the Documents folder. It
 * takes a few seconds: the window waits with a busy cursor. */

typedef struct
{
  KwaWindow     *window;
  char          *tour_id;
  KwaHandoutCopy copy;
} HandoutRequest;

static void
handout_request_free (HandoutRequest *request)
{
  g_object_unref (request->window);
  g_free (request->tour_id);
  g_free (request);
}

/**
 * kwa_window_write_handout:
 * @tour_id: the tour to print
 * @copy: the class's copy or the teacher's
 * @path: the PDF to write
 *
 * Writes the handout in the window's language and says so with a toast
 * that opens it, or says why not.
 *
 * Returns: whether it was written
 */
gboolean
kwa_window_write_handout (KwaWindow      *self,
                          const char     *tour_id,
                          KwaHandoutCopy  copy,
                          const char     *path)
{
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (document == NULL ||
      !kwa_handout_write_pdf (document, tour_id, kwa_session_get_language (self->session), copy, path, &error))
    {
      kwa_window_alert (self, _("The handout could not be printed"), error ? error->message : NULL);
      return FALSE;
    }

  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Printed “%s”"), name);
  kwa_window_toast_file (self, text, file);
  return TRUE;
}

static void
handout_file_cb (GtkNativeDialog *chooser,
                 int              response,
                 HandoutRequest  *request)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    kwa_window_write_handout (request->window, request->tour_id, request->copy, path);
  g_object_unref (chooser);
  handout_request_free (request);
}

static void
handout_options_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KwaWindow        *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkDropDown *tours = g_object_get_data (G_OBJECT (box), "kwa-tours");
  GtkCheckButton *teacher = g_object_get_data (G_OBJECT (box), "kwa-teacher");
  GStrv ids = g_object_get_data (G_OBJECT (box), "kwa-tour-ids");
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  HandoutRequest *request;
  guint selected;

  if (!g_str_equal (response, "print") || ids == NULL || ids[0] == NULL)
    return;
  selected = MIN (gtk_drop_down_get_selected (tours), g_strv_length (ids) - 1);
  request = g_new0 (HandoutRequest, 1);
  request->window = g_object_ref (self);
  request->tour_id = g_strdup (ids[selected]);
  request->copy = gtk_check_button_get_active (teacher) ? KWA_HANDOUT_TEACHER : KWA_HANDOUT_STUDENT;

  chooser = gtk_file_chooser_native_new (_("Print Handout"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  name = g_strdup_printf ("korean-war-atlas-%s%s.pdf", request->tour_id,
                          request->copy == KWA_HANDOUT_TEACHER ? "-teacher" : "");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (handout_file_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The menu's Print Handout…: which tour, and whose copy. */
void
kwa_window_print_handout (KwaWindow *self)
{
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;
  KwaLanguage language = self->session ? kwa_session_get_language (self->session) : kwa_language_get_source ();
  GtkWidget *dialog, *box, *tours_drop_down, *teacher;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  const KwaTour *tours = NULL;
  guint n_tours = 0;

  if (document != NULL)
    tours = kwa_exhibit_get_tours (kwa_map_document_get_exhibit (document), &n_tours);
  for (guint i = 0; i < n_tours; i++)
    {
      gtk_string_list_append (titles, kwa_text_get (&tours[i].title, language));
      g_strv_builder_add (ids, tours[i].id);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Print Handout"),
                                   _("A tour as an A4 handout: a page for each stop, with its map, what happened "
                                     "and the sources."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  tours_drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tours_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tour"), -1);
  teacher = gtk_check_button_new_with_label (_("Teacher's copy, with the notes and questions"));
  gtk_box_append (GTK_BOX (box), tours_drop_down);
  gtk_box_append (GTK_BOX (box), teacher);
  g_object_set_data (G_OBJECT (box), "kwa-tours", tours_drop_down);
  g_object_set_data (G_OBJECT (box), "kwa-teacher", teacher);
  g_object_set_data_full (G_OBJECT (box), "kwa-tour-ids", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "print", _("_Print…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "print", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "print");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (handout_options_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
