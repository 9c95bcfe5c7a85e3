/* kwa-window.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-settings.h"
#include "kwa-window.h"

struct _KwaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkWidget            *map_area;

  /* Owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (KwaWindow, kwa_window, ADW_TYPE_APPLICATION_WINDOW)

static void
save_window_state (KwaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
restore_window_state (KwaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
kwa_window_close_request (GtkWindow *window)
{
  save_window_state (KWA_WINDOW (window));

  return GTK_WINDOW_CLASS (kwa_window_parent_class)->close_request (window);
}

static void
kwa_window_dispose (GObject *object)
{
  KwaWindow *self = KWA_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kwa_window_parent_class)->dispose (object);
}

static void
kwa_window_class_init (KwaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kwa_window_dispose;
  window_class->close_request = kwa_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, map_area);
}

static void
kwa_window_init (KwaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = kwa_settings_new ();
  restore_window_state (self);
}

KwaWindow *
kwa_window_new (KwaApplication *application)
{
  return g_object_new (KWA_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
