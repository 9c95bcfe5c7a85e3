/* kwa-window-actions.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-map-export.h"
#include "kwa-map-view.h"
#include "kwa-sketch.h"
#include "kwa-figures-window.h"
#include "kwa-window-private.h"

/* The window's own actions ("win."): text size, the teacher's pen, the
 * export of the view, and closing the panels. */

/* Text size, for projectors and low vision: the map's labels, and every
 * other text of the app through GTK's font resolution, scaled from the
 * desktop's own. */
static void
apply_text_scale (KwaWindow *self,
                  double     scale)
{
  GtkSettings *gtk_settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int *base_dpi = g_object_get_data (G_OBJECT (gtk_settings), "kwa-base-dpi");

  if (base_dpi == NULL)
    {
      base_dpi = g_new (int, 1);
      g_object_get (gtk_settings, "gtk-xft-dpi", base_dpi, NULL);
      if (*base_dpi <= 0)
        *base_dpi = 96 * 1024;
      g_object_set_data_full (G_OBJECT (gtk_settings), "kwa-base-dpi", base_dpi, g_free);
    }

  scale = CLAMP (scale, 1.0, 2.0);
  g_object_set (gtk_settings, "gtk-xft-dpi", (int) (*base_dpi * scale), NULL);
  kwa_map_view_set_text_scale (self->map_view, scale);
}

static void
text_scale_changed_cb (KwaWindow *self)
{
  apply_text_scale (self, g_settings_get_double (self->settings, "text-scale"));
}

static void
text_scale_action_cb (GSimpleAction *action,
                      GVariant      *value,
                      gpointer       user_data)
{
  g_simple_action_set_state (action, value);
  apply_text_scale (KWA_WINDOW (user_data), g_variant_get_double (value));
}

static void
install_text_scale_action (KwaWindow *self)
{
  g_autoptr(GAction) action = NULL;

  if (self->settings != NULL)
    {
      /* Remembered: a classroom's projector keeps its large text. */
      action = g_settings_create_action (self->settings, "text-scale");
      g_signal_connect_object (self->settings, "changed::text-scale",
                               G_CALLBACK (text_scale_changed_cb), self, G_CONNECT_SWAPPED);
      text_scale_changed_cb (self);
    }
  else
    {
      action = G_ACTION (g_simple_action_new_stateful ("text-scale", G_VARIANT_TYPE_DOUBLE,
                                                       g_variant_new_double (1.0)));
      g_signal_connect (action, "change-state", G_CALLBACK (text_scale_action_cb), self);
    }

  g_action_map_add_action (G_ACTION_MAP (self), action);
}

/* ---- the pen and exports ---------------------------------------------- */

static const struct { const char *name; KwaColor color; } pen_colors[] = {
  { "red", { 0.85, 0.15, 0.15 } },
  { "blue", { 0.10, 0.35, 0.85 } },
  { "black", { 0.05, 0.05, 0.05 } },
  { "yellow", { 0.98, 0.80, 0.05 } },
};

static void
pen_action_cb (GSimpleAction *action,
               GVariant      *value,
               gpointer       user_data)
{
  KwaWindow *self = user_data;

  g_simple_action_set_state (action, value);
  kwa_map_view_set_pen_active (self->map_view, g_variant_get_boolean (value));
}

static void
pen_color_action_cb (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       user_data)
{
  KwaWindow *self = user_data;
  const char *name = g_variant_get_string (value, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pen_colors); i++)
    if (g_str_equal (name, pen_colors[i].name))
      {
        g_simple_action_set_state (action, value);
        kwa_map_view_set_pen_color (self->map_view, &pen_colors[i].color);
        /* Choosing a colour means drawing with it. */
        g_action_group_change_action_state (G_ACTION_GROUP (self), "pen", g_variant_new_boolean (TRUE));
      }
}

static void
pen_undo_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KwaWindow *self = user_data;

  if (self->session != NULL)
    kwa_sketch_undo (kwa_session_get_sketch (self->session));
}

static void
pen_clear_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  KwaWindow *self = user_data;

  if (self->session != NULL)
    kwa_sketch_clear (kwa_session_get_sketch (self->session));
}

/* What the export dialog offers: the view at the window's size, or at a
 * size for a slide, a 4K screen or a sheet of A4 (landscape, in points). */
typedef struct
{
  const char *name;
  int         width, height;   /* 0: the map's own size */
  const char *extension;
} ExportSize;

static const ExportSize export_sizes[] = {
  { N_("As on screen (PNG)"), 0, 0, "png" },
  { N_("Full HD slide, 1920 × 1080 (PNG)"), 1920, 1080, "png" },
  { N_("4K screen, 3840 × 2160 (PNG)"), 3840, 2160, "png" },
  { N_("A4 page, landscape (PDF)"), 842, 595, "pdf" },
};

typedef struct
{
  KwaWindow  *window;
  guint       size;
  gboolean    caption;
} ExportRequest;

/* The same part of the map as the view shows, at the size asked for. */
static gboolean
export_viewport (KwaWindow   *self,
                 int          width,
                 int          height,
                 KwaViewport *out)
{
  KwaViewport view;
  KwaMapExtent extent;

  if (!kwa_map_view_get_viewport (self->map_view, &view))
    return FALSE;
  if (width <= 0 || height <= 0)
    {
      *out = view;
      return TRUE;
    }
  kwa_basemap_get_extent (kwa_map_document_get_basemap (kwa_session_get_document (self->session)), &extent);
  kwa_viewport_init_showing (out, &view, &extent, width, height);
  return TRUE;
}

/* "Korean War Atlas · September 15, 1950 · Inchon landing (Operation
 * Chromite)": what the picture shows; and the exhibit's credit line. */
static void
export_caption_texts (KwaWindow  *self,
                      char      **title,
                      char      **credit)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (self->session));
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);
  KwaLanguage language = kwa_session_get_language (self->session);
  const KwaEvent *event = kwa_timeline_get_selected_event (timeline);
  g_autofree char *date = kwa_date_format (kwa_timeline_get_date (timeline), language);
  const char *name = kwa_text_get (kwa_exhibit_get_title (exhibit), language);

  *title = event != NULL ? g_strdup_printf ("%s · %s · %s", name, date, kwa_text_get (&event->title, language))
                         : g_strdup_printf ("%s · %s", name, date);
  *credit = g_strdup (kwa_text_get (kwa_exhibit_get_attribution (exhibit), language));
}

static void
open_file_cb (AdwToast *toast)
{
  g_app_info_launch_default_for_uri_async (g_object_get_data (G_OBJECT (toast), "kwa-uri"), NULL, NULL, NULL, NULL);
}

/* @text ("Exported “map.png”") with a button that opens @file: how the
 * window says a file it wrote (a view, a video, a handout) is ready. */
void
kwa_window_toast_file (KwaWindow  *self,
                       const char *text,
                       GFile      *file)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kwa-uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_file_cb), NULL);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Why a file could not be written, in a dialog over the window. */
void
kwa_window_alert (KwaWindow  *self,
                  const char *heading,
                  const char *message)
{
  GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (alert));
}

static void
export_file_cb (GtkNativeDialog *dialog,
                int              response,
                ExportRequest   *request)
{
  KwaWindow *self = request->window;
  const ExportSize *size = &export_sizes[request->size];
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *credit = NULL;
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && document != NULL &&
      export_viewport (self, size->width, size->height, &viewport) &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      KwaExportCaption caption;

      kwa_map_view_get_render_options (self->map_view, &options);
      options.legend_collapsed = FALSE;   /* a picture cannot be clicked open */
      export_caption_texts (self, &title, &credit);
      caption = (KwaExportCaption) { title, credit };
      if (kwa_map_export_to_file_captioned (document, kwa_map_view_get_time (self->map_view), &viewport, &options,
                                            request->caption ? &caption : NULL, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

          kwa_window_toast_file (self, text, file);
        }
      else
        kwa_window_alert (self, _("The view could not be exported"), error->message);
    }

  g_object_unref (dialog);
  g_object_unref (request->window);
  g_free (request);
}

/* The file, in the Pictures folder unless the user goes elsewhere. */
static void
choose_export_file (ExportRequest *request)
{
  KwaWindow *self = request->window;
  const ExportSize *size = &export_sizes[request->size];
  const char *pictures = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);
  g_autofree char *date = kwa_date_to_iso ((KwaDate) kwa_map_view_get_time (self->map_view));
  g_autofree char *name = g_strdup_printf ("korean-war-atlas-%s.%s", date, size->extension);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export This View"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  if (pictures != NULL && g_file_test (pictures, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (pictures);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_set_name (filter, g_str_equal (size->extension, "pdf") ? _("PDF document") : _("PNG picture"));
  gtk_file_filter_add_suffix (filter, size->extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (export_file_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_options_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   KwaWindow        *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkDropDown *sizes = g_object_get_data (G_OBJECT (box), "kwa-sizes");
  GtkCheckButton *caption = g_object_get_data (G_OBJECT (box), "kwa-caption");
  ExportRequest *request;

  if (!g_str_equal (response, "export"))
    return;
  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (self);
  request->size = MIN (gtk_drop_down_get_selected (sizes), G_N_ELEMENTS (export_sizes) - 1);
  request->caption = gtk_check_button_get_active (caption);
  choose_export_file (request);
}

/* The view as it is (the day, the zoom, the layers, the pen) as a picture
 * for slides, a 4K screen or a printed page, with a caption that says what
 * it shows and whence. */
static void
export_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KwaWindow *self = user_data;
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export This View"),
                                              _("The map as it is now: this day, this part of the map, "
                                                "these layers and the pen's drawing."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *sizes, *caption;

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    gtk_string_list_append (names, _(export_sizes[i].name));
  sizes = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sizes), 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sizes), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Size"), -1);
  caption = gtk_check_button_new_with_label (_("Title and sources under the map"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (caption), TRUE);
  gtk_box_append (GTK_BOX (box), sizes);
  gtk_box_append (GTK_BOX (box), caption);
  g_object_set_data (G_OBJECT (box), "kwa-sizes", sizes);
  g_object_set_data (G_OBJECT (box), "kwa-caption", caption);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "export", _("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (export_options_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Back to how the window opened: the flap shut where it covers the map
 * (folded), the event page in front. The kiosk's idle reset uses it. */
void
kwa_window_reset_panels (KwaWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    kwa_window_panels_reveal (self, FALSE);
  adw_view_stack_set_visible_child_name (self->panel_stack, "event");
}

static void
close_panels_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  kwa_window_reset_panels (KWA_WINDOW (user_data));
}

/* Curator mode (kwa-window-curator.c): Edit Exhibit… starts it, the
 * panel's Done ends it. */
static void
edit_exhibit_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  kwa_window_start_curating (KWA_WINDOW (user_data));
}

static void
stop_editing_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  kwa_window_stop_curating (KWA_WINDOW (user_data));
}

static void
export_video_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  kwa_window_export_video (user_data);
}

static void
print_handout_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  kwa_window_print_handout (user_data);
}

/* One Figures window per main window, raised again when asked twice. */
static void
show_figures_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  KwaWindow *self = KWA_WINDOW (user_data);

  if (self->session == NULL)
    return;
  if (self->figures_window == NULL)
    {
      self->figures_window = GTK_WIDGET (kwa_figures_window_new (self->session, GTK_WINDOW (self)));
      g_object_add_weak_pointer (G_OBJECT (self->figures_window), (gpointer *) &self->figures_window);
    }
  gtk_window_present (GTK_WINDOW (self->figures_window));
}

static const GActionEntry window_actions[] = {
  { "pen", NULL, NULL, "false", pen_action_cb },
  { "pen-color", NULL, "s", "'red'", pen_color_action_cb },
  { "pen-undo", pen_undo_action_cb },
  { "pen-clear", pen_clear_action_cb },
  { "export", export_action_cb },
  { "export-video", export_video_action_cb },
  { "print-handout", print_handout_action_cb },
  { "show-figures", show_figures_action_cb },
  { "close-panels", close_panels_action_cb },
  { "edit-exhibit", edit_exhibit_action_cb },
  { "stop-editing", stop_editing_action_cb },
};

/* Actions that open what a kiosk's visitor must not reach: a file dialog
 * (exporting the view), the shortcuts window and the teacher's pen (its
 * key, P, would otherwise reach it from a keyboard left at the kiosk).
 * They follow the session's kiosk state, whatever would show them (a
 * menu, a key). */
static const char * const kiosk_locked_actions[] = {
  "export", "export-video", "print-handout", "show-help-overlay", "pen", "pen-color", "pen-undo", "pen-clear",
  "edit-exhibit", "stop-editing", "show-figures",
};

void
kwa_window_actions_follow_kiosk (KwaWindow *self,
                                 gboolean   kiosk)
{
  /* A drag in the kiosk pans, whatever a teacher left on. */
  if (kiosk)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "pen", g_variant_new_boolean (FALSE));
  /* A second window would stand over the kiosk's exhibit. */
  if (kiosk && self->figures_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->figures_window));

  for (guint i = 0; i < G_N_ELEMENTS (kiosk_locked_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), kiosk_locked_actions[i]);

      if (G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !kiosk);
    }
}

/* P takes up the pen and puts it down. A key without a modifier must not
 * be taken from whoever is typing, so it is a shortcut of the bubble
 * phase: a search box with the focus gets its "p" first. (Application
 * accelerators come first, in the capture phase.) */
static void
install_pen_key (KwaWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_static_name (controller, "kwa-pen-key");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_p, 0),
                                                          gtk_named_action_new ("win.pen")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
kwa_window_install_actions (KwaWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions, G_N_ELEMENTS (window_actions), self);
  install_text_scale_action (self);
  install_pen_key (self);
}
