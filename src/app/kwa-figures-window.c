/* kwa-figures-window.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-figures-window"

#include "config.h"

#include "kwa-figure-export.h"
#include "kwa-figures-view.h"
#include "kwa-figures-window.h"
#include "kwa-i18n.h"
#include "kwa-map-document.h"

/* The Figures view: the exhibit's numbers as charts, in a window of its
 * own beside the map (a teacher projects it; an explorer reads it next to
 * the timeline). It follows the session's exhibit and language, and saves
 * the charts as the PDF or PNG that --figures writes. */

struct _KwaFiguresWindow
{
  AdwWindow        parent_instance;

  KwaSession      *session;
  GSignalGroup    *session_signals;
  AdwWindowTitle  *title;
  KwaFiguresView  *view;
  GtkWidget       *save_button;
  AdwToastOverlay *toasts;
};

G_DEFINE_FINAL_TYPE (KwaFiguresWindow, kwa_figures_window, ADW_TYPE_WINDOW)

static KwaExhibit *
current_exhibit (KwaFiguresWindow *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);

  return document != NULL ? kwa_map_document_get_exhibit (document) : NULL;
}

static void
show_language (KwaFiguresWindow *self)
{
  KwaLanguage language = kwa_session_get_language (self->session);
  KwaExhibit *exhibit = current_exhibit (self);
  const char *figures = kwa_gettext_in (language, N_("Figures"));

  gtk_window_set_title (GTK_WINDOW (self), figures);
  adw_window_title_set_title (self->title, figures);
  adw_window_title_set_subtitle (self->title,
                                 exhibit != NULL ? kwa_text_get (kwa_exhibit_get_title (exhibit), language) : NULL);
  gtk_widget_set_tooltip_text (self->save_button, kwa_gettext_in (language, N_("Save as PDF or PNG…")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kwa_gettext_in (language, N_("Save as PDF or PNG…")), -1);
  kwa_figures_view_set_language (self->view, language);
}

static void
document_changed_cb (KwaFiguresWindow *self)
{
  kwa_figures_view_set_exhibit (self->view, current_exhibit (self));
  show_language (self);
}

/* ---- saving ----------------------------------------------------------- */

static void
open_file_cb (AdwToast *toast)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "kwa-uri");
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_message ("Could not open %s: %s", uri, error->message);
}

/**
 * kwa_figures_window_save:
 * @path: a .pdf or .png file
 *
 * Writes the charts in the window's language and says so, or says why
 * not.
 *
 * Returns: whether the file was written
 */
gboolean
kwa_figures_window_save (KwaFiguresWindow *self,
                         const char       *path)
{
  KwaExhibit *exhibit = current_exhibit (self);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (exhibit == NULL ||
      !kwa_figure_export_write (exhibit, kwa_session_get_language (self->session), path, &error))
    {
      GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (self), _("The charts could not be saved"),
                                                 error != NULL ? error->message : NULL);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
      return FALSE;
    }

  text = g_strdup_printf (_("Saved “%s”"), name);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kwa-uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_file_cb), NULL);
  adw_toast_overlay_add_toast (self->toasts, toast);
  return TRUE;
}

static void
save_response_cb (GtkNativeDialog  *chooser,
                  int               response,
                  KwaFiguresWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    kwa_figures_window_save (self, path);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
save_clicked_cb (KwaFiguresWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Charts"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "korean-war-atlas-figures.pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF document"), "pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG image"), "png");
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the window ------------------------------------------------------- */

static void
build (KwaFiguresWindow *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new ("", NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->save_button = gtk_button_new_from_icon_name ("document-save-symbolic");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->view = KWA_FIGURES_VIEW (kwa_figures_view_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->view), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->view), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->view), 24);
  gtk_widget_set_margin_end (GTK_WIDGET (self->view), 24);
  /* Bars much wider than this only stretch the distance to the numbers. */
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scroller);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

static void
kwa_figures_window_dispose (GObject *object)
{
  KwaFiguresWindow *self = KWA_FIGURES_WINDOW (object);

  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (kwa_figures_window_parent_class)->dispose (object);
}

static void
kwa_figures_window_class_init (KwaFiguresWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_figures_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kwa_figures_window_init (KwaFiguresWindow *self)
{
  build (self);
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 720);
}

/**
 * kwa_figures_window_new:
 * @session: the session whose exhibit and language the window follows
 */
KwaFiguresWindow *
kwa_figures_window_new (KwaSession *session,
                        GtkWindow  *parent)
{
  KwaFiguresWindow *self = g_object_new (KWA_TYPE_FIGURES_WINDOW, NULL);

  self->session = g_object_ref (session);
  self->session_signals = g_signal_group_new (KWA_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::document", G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (show_language), self);
  g_signal_group_set_target (self->session_signals, session);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  document_changed_cb (self);

  return self;
}

KwaFiguresView *
kwa_figures_window_get_view (KwaFiguresWindow *self)
{
  g_return_val_if_fail (KWA_IS_FIGURES_WINDOW (self), NULL);

  return self->view;
}
