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

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    KwaWindow       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && document != NULL &&
      kwa_map_view_get_viewport (self->map_view, &viewport))
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      kwa_map_view_get_render_options (self->map_view, &options);

      if (path != NULL &&
          !kwa_map_export_to_file (document, kwa_map_view_get_time (self->map_view),
                                   &viewport, &options, path, &error))
        {
          GtkWidget *alert = adw_message_dialog_new (GTK_WINDOW (self), _("The view could not be exported"),
                                                     error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (alert));
        }
    }

  g_object_unref (dialog);
}

/* The view as it is (the day, the zoom, the layers, the pen) into a
 * picture for slides (PNG) or a print-quality vector (PDF, SVG). */
static void
export_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KwaWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autofree char *date = kwa_date_to_iso ((KwaDate) kwa_map_view_get_time (self->map_view));
  g_autofree char *name = g_strdup_printf ("korean-war-atlas-%s.png", date);
  const char *patterns[][2] = { { N_("PNG picture"), "*.png" }, { N_("PDF document"), "*.pdf" },
                                { N_("SVG drawing"), "*.svg" } };

  dialog = gtk_file_chooser_native_new (_("Export This View"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(patterns[i][0]));
      gtk_file_filter_add_pattern (filter, patterns[i][1]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Back to how the window opened: the flap shut where it covers the map
 * (folded), the event page in front. The kiosk's idle reset uses it. */
void
kwa_window_reset_panels (KwaWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  adw_view_stack_set_visible_child_name (self->panel_stack, "event");
}

static void
close_panels_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  kwa_window_reset_panels (KWA_WINDOW (user_data));
}

static const GActionEntry window_actions[] = {
  { "pen", NULL, NULL, "false", pen_action_cb },
  { "pen-color", NULL, "s", "'red'", pen_color_action_cb },
  { "pen-undo", pen_undo_action_cb },
  { "pen-clear", pen_clear_action_cb },
  { "export", export_action_cb },
  { "close-panels", close_panels_action_cb },
};

/* Actions that open what a kiosk's visitor must not reach: a file dialog
 * (exporting the view), the shortcuts window and the teacher's pen (its
 * key, P, would otherwise reach it from a keyboard left at the kiosk).
 * They follow the session's kiosk state, whatever would show them (a
 * menu, a key). */
static const char * const kiosk_locked_actions[] = {
  "export", "show-help-overlay", "pen", "pen-color", "pen-undo", "pen-clear",
};

void
kwa_window_actions_follow_kiosk (KwaWindow *self,
                                 gboolean   kiosk)
{
  /* A drag in the kiosk pans, whatever a teacher left on. */
  if (kiosk)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "pen", g_variant_new_boolean (FALSE));

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
