/* kwa-window-curator.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include "kwa-curator.h"
#include "kwa-i18n.h"
#include "kwa-map-document.h"
#include "kwa-window-private.h"

/* Curator mode in the window (Edit Exhibit…, --curator): the curator's
 * panel as a page of the side panels, the handles over the map, the
 * "curator" actions and their keys. Never in the kiosk. The bundled
 * exhibit cannot be changed in place: a copy is saved to a folder the
 * curator chooses, with its basemap, and opened from there. Closing the
 * window with unsaved edits asks first. */

#define CURATOR_PAGE "curator"

/* The pen's actions and the curator's share Ctrl+Z; while curating, the
 * keys are the curator's. */
static const char * const pen_actions[] = { "pen", "pen-undo", "pen-clear" };

static void
enable_pen (KwaWindow *self,
            gboolean   enabled)
{
  if (!enabled)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "pen", g_variant_new_boolean (FALSE));
  for (guint i = 0; i < G_N_ELEMENTS (pen_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), pen_actions[i])),
                                 enabled);
}

static void
stop_curating (KwaWindow *self)
{
  GtkWidget *panel;

  if (self->curator == NULL)
    return;

  panel = GTK_WIDGET (kwa_curator_get_panel (self->curator));
  kwa_curator_stop (self->curator);
  if (gtk_widget_get_parent (panel) != NULL)
    adw_view_stack_remove (self->panel_stack, panel);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "curator", NULL);
  gtk_widget_remove_controller (GTK_WIDGET (self), kwa_curator_get_shortcuts (self->curator));
  g_clear_object (&self->curator);
  enable_pen (self, TRUE);
}

static gboolean
start_curating (KwaWindow  *self,
                GError    **error)
{
  AdwViewStackPage *page;

  if (self->curator != NULL)
    return TRUE;
  self->curator = kwa_curator_new (self->session, self->map_view, GTK_OVERLAY (self->map_area), error);
  if (self->curator == NULL)
    return FALSE;

  page = adw_view_stack_add_titled (self->panel_stack, GTK_WIDGET (kwa_curator_get_panel (self->curator)),
                                    CURATOR_PAGE, _("Curate"));
  adw_view_stack_page_set_icon_name (page, "document-edit-symbolic");
  adw_view_stack_set_visible_child_name (self->panel_stack, CURATOR_PAGE);
  kwa_window_panels_reveal (self, TRUE);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "curator", kwa_curator_get_actions (self->curator));
  gtk_widget_add_controller (GTK_WIDGET (self), g_object_ref (kwa_curator_get_shortcuts (self->curator)));
  enable_pen (self, FALSE);

  return TRUE;
}

/* ---- a copy of the bundled exhibit to edit ---------------------------- */

static gboolean
copy_into (GFile   *from,
           GFile   *folder,
           GError **error)
{
  g_autofree char *name = g_file_get_basename (from);
  g_autoptr(GFile) to = g_file_get_child (folder, name);

  return g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
}

/* Copies the exhibit on show and its basemap into @folder and shows the
 * copy: the curator edits that one. */
static gboolean
edit_copy_in (KwaWindow  *self,
              GFile      *folder,
              GError    **error)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (self->session));
  g_autoptr(GFile) exhibit_file = g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);
  g_autofree char *name = g_file_get_basename (exhibit_file);
  g_autoptr(GFile) copy = g_file_get_child (folder, name);

  if (!copy_into (exhibit_file, folder, error) ||
      !copy_into (kwa_exhibit_get_basemap_file (exhibit), folder, error))
    return FALSE;
  if (!kwa_session_load (self->session, copy))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", kwa_session_get_load_error (self->session));
      return FALSE;
    }
  return start_curating (self, error);
}

static void
folder_chosen_cb (GtkNativeDialog *dialog,
                  int              response,
                  KwaWindow       *self)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_autoptr(GError) error = NULL;

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  if (response != GTK_RESPONSE_ACCEPT || folder == NULL)
    return;
  if (!edit_copy_in (self, folder, &error))
    kwa_window_alert (self, _("The Exhibit Could Not Be Copied"), error->message);
}

static void
choose_folder_for_copy (KwaWindow *self)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Choose a Folder for a Copy of the Exhibit to Edit"),
                                                              GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                              _("_Copy Here"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- API ------------------------------------------------------------- */

/**
 * kwa_window_start_curating:
 *
 * Starts curator mode. Started on the bundled exhibit, it first asks for
 * a folder to copy it to.
 */
void
kwa_window_start_curating (KwaWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KWA_IS_WINDOW (self));

  if (self->kiosk_mode)
    return;
  if (kwa_session_get_data_file (self->session) == NULL)
    {
      choose_folder_for_copy (self);
      return;
    }
  if (!start_curating (self, &error))
    kwa_window_alert (self, _("The Exhibit Cannot Be Edited"), error->message);
}

KwaCurator *
kwa_window_get_curator (KwaWindow *self)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), NULL);
  return self->curator;
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     KwaWindow        *self)
{
  gboolean then_close = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kwa-then-close"));
  g_autoptr(GError) error = NULL;

  if (self->curator == NULL)
    return;
  if (g_str_equal (response, "save") && !kwa_curator_save (self->curator, &error))
    {
      kwa_window_alert (self, _("The Exhibit Could Not Be Saved"), error->message);
      return;
    }
  if (g_str_equal (response, "save") || g_str_equal (response, "discard"))
    {
      stop_curating (self);
      /* Discarded edits leave the screen too: the file as saved returns. */
      if (!then_close && g_str_equal (response, "discard"))
        kwa_session_load (self->session, kwa_session_get_data_file (self->session));
      if (then_close)
        gtk_window_close (GTK_WINDOW (self));
    }
}

/* Asks whether to save unsaved edits before curator mode ends (and the
 * window closes, if @then_close). Returns whether it asked. */
static gboolean
ask_about_unsaved (KwaWindow *self,
                   gboolean   then_close)
{
  GtkWidget *dialog;

  if (self->curator == NULL || !kwa_exhibit_draft_get_modified (kwa_curator_get_draft (self->curator)))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes to the Exhibit?"),
                                   _("The edits since the last save are lost if you close without saving."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kwa-then-close", GINT_TO_POINTER (then_close));
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/**
 * kwa_window_curator_close_request:
 *
 * Returns: %TRUE if closing waits for the curator's answer about unsaved
 *   edits
 */
gboolean
kwa_window_curator_close_request (KwaWindow *self)
{
  return ask_about_unsaved (self, TRUE);
}

/**
 * kwa_window_stop_curating:
 *
 * Ends curator mode, asking first about unsaved edits.
 */
void
kwa_window_stop_curating (KwaWindow *self)
{
  if (!ask_about_unsaved (self, FALSE))
    stop_curating (self);
}

/* The kiosk takes the window: curating ends at once, edits unsaved. */
void
kwa_window_curator_end (KwaWindow *self)
{
  stop_curating (self);
}
