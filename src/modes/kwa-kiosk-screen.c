/* kwa-kiosk-screen.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-screen.h"

/* The kiosk's hold on the screen: its window fills the monitor the
 * kiosk-monitor setting names (and takes it again whenever something
 * takes fullscreen away or the monitors change), and the mouse pointer
 * goes away while it is still. Released, it gives the window back its
 * ordinary size and pointer. */

/* Below this many logical pixels of height the map is too small for the
 * 1080p caption: it would cover half of it. */
#define COMPACT_SCREEN_HEIGHT 900

struct _KwaKioskScreen
{
  GObject     parent_instance;

  /* Borrowed: cleared when the window is destroyed */
  GtkWindow  *window;

  /* Owned */
  GSettings  *settings;            /* NULL without an installed schema */
  GListModel *monitors;

  int         saved_width, saved_height;
  gboolean    compact;
  guint       pointer_hide_delay;  /* seconds */
  gint64      last_motion_time;    /* monotonic µs */
  gboolean    pointer_hidden;
  guint       pointer_source_id;
};

G_DEFINE_FINAL_TYPE (KwaKioskScreen, kwa_kiosk_screen, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the monitor ------------------------------------------------------ */

/* The monitor named by the kiosk-monitor setting (a connector such as
 * "HDMI-1"), else the first one. */
static GdkMonitor *
choose_monitor (KwaKioskScreen *self)
{
  g_autofree char *wanted = NULL;
  guint n = g_list_model_get_n_items (self->monitors);

  if (self->settings != NULL)
    wanted = g_settings_get_string (self->settings, "kiosk-monitor");

  for (guint i = 0; wanted != NULL && *wanted != '\0' && i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);

      if (g_strcmp0 (gdk_monitor_get_connector (monitor), wanted) == 0)
        return g_steal_pointer (&monitor);
    }

  if (wanted != NULL && *wanted != '\0')
    g_message ("No monitor “%s” (kiosk-monitor); using the first", wanted);

  return n > 0 ? g_list_model_get_item (self->monitors, 0) : NULL;
}

static void
set_compact (KwaKioskScreen *self,
             gboolean        compact)
{
  if (self->compact == compact)
    return;

  self->compact = compact;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

static void
go_fullscreen (KwaKioskScreen *self)
{
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle geometry;

  if (self->window == NULL)
    return;

  monitor = choose_monitor (self);
  if (monitor == NULL)
    {
      gtk_window_fullscreen (self->window);
      return;
    }

  /* A bare X server has no window manager to honour the request: the
   * window at least covers the screen there. */
  gdk_monitor_get_geometry (monitor, &geometry);
  set_compact (self, geometry.height < COMPACT_SCREEN_HEIGHT);
  gtk_window_set_default_size (self->window, geometry.width, geometry.height);
  gtk_window_fullscreen_on_monitor (self->window, monitor);
}

/* Whatever took fullscreen away (a compositor's key, a monitor coming
 * back), the kiosk takes it again. */
static void
fullscreened_changed_cb (KwaKioskScreen *self)
{
  if (self->window != NULL && !gtk_window_is_fullscreen (self->window))
    go_fullscreen (self);
}

/* ---- the pointer ------------------------------------------------------ */

static void
hide_pointer (KwaKioskScreen *self)
{
  g_autoptr(GdkCursor) none = NULL;
  GdkSurface *surface;

  self->pointer_hidden = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->window), "none");

  /* A widget's own cursor (the map's hand over an event) wins over the
   * window's; setting the surface's hides that one too, until the pointer
   * moves again, which is what we want. */
  surface = gtk_native_get_surface (GTK_NATIVE (self->window));
  if (surface != NULL)
    {
      none = gdk_cursor_new_from_name ("none", NULL);
      gdk_surface_set_cursor (surface, none);
    }
}

static gboolean
pointer_source_cb (gpointer user_data)
{
  KwaKioskScreen *self = user_data;
  gint64 still_for = g_get_monotonic_time () - self->last_motion_time;
  gint64 delay = self->pointer_hide_delay * G_USEC_PER_SEC;

  /* One deadline for all motion: when it comes, look again if the
   * pointer moved since, rather than restarting a timer at every move. */
  if (still_for < delay)
    {
      self->pointer_source_id = g_timeout_add ((guint) ((delay - still_for) / 1000) + 1, pointer_source_cb, self);
      g_source_set_name_by_id (self->pointer_source_id, "[kwa] kiosk pointer hide");
      return G_SOURCE_REMOVE;
    }

  self->pointer_source_id = 0;
  hide_pointer (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_pointer_hide (KwaKioskScreen *self)
{
  self->last_motion_time = g_get_monotonic_time ();
  if (self->pointer_source_id != 0)
    return;

  self->pointer_source_id = g_timeout_add (self->pointer_hide_delay * 1000, pointer_source_cb, self);
  g_source_set_name_by_id (self->pointer_source_id, "[kwa] kiosk pointer hide");
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_kiosk_screen_dispose (GObject *object)
{
  KwaKioskScreen *self = KWA_KIOSK_SCREEN (object);

  kwa_kiosk_screen_release (self, FALSE);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kwa_kiosk_screen_parent_class)->dispose (object);
}

static void
kwa_kiosk_screen_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwaKioskScreen *self = KWA_KIOSK_SCREEN (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_screen_class_init (KwaKioskScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_kiosk_screen_dispose;
  object_class->get_property = kwa_kiosk_screen_get_property;

  /**
   * KwaKioskScreen:compact:
   *
   * Whether the monitor is small (a 1366×768 kiosk PC), so that what the
   * kiosk lays over the map should be smaller.
   */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_kiosk_screen_init (KwaKioskScreen *self)
{
}

/**
 * kwa_kiosk_screen_new:
 * @window: the kiosk's window
 * @settings: (nullable): the application's settings, for kiosk-monitor
 * @pointer_hide_delay: seconds a still pointer stays on screen
 *
 * Takes @window fullscreen on the kiosk's monitor, now and whenever it
 * loses it, and hides the pointer once it has been still for a while.
 */
KwaKioskScreen *
kwa_kiosk_screen_new (GtkWindow *window,
                      GSettings *settings,
                      guint      pointer_hide_delay)
{
  KwaKioskScreen *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KWA_TYPE_KIOSK_SCREEN, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  g_set_object (&self->settings, settings);
  self->pointer_hide_delay = pointer_hide_delay;

  g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_get_default_size (window, &self->saved_width, &self->saved_height);
  self->monitors = g_object_ref (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window))));
  g_signal_connect_object (self->monitors, "items-changed", G_CALLBACK (go_fullscreen), self, G_CONNECT_SWAPPED);
  go_fullscreen (self);

  schedule_pointer_hide (self);

  return self;
}

gboolean
kwa_kiosk_screen_get_compact (KwaKioskScreen *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_SCREEN (self), FALSE);
  return self->compact;
}

/**
 * kwa_kiosk_screen_refit:
 *
 * Goes fullscreen again on the monitor kiosk-monitor names now.
 */
void
kwa_kiosk_screen_refit (KwaKioskScreen *self)
{
  g_return_if_fail (KWA_IS_KIOSK_SCREEN (self));
  go_fullscreen (self);
}

/**
 * kwa_kiosk_screen_show_pointer:
 *
 * The pointer moved: it shows until it has been still for the delay.
 */
void
kwa_kiosk_screen_show_pointer (KwaKioskScreen *self)
{
  g_return_if_fail (KWA_IS_KIOSK_SCREEN (self));

  if (self->window != NULL && self->pointer_hidden)
    {
      self->pointer_hidden = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self->window), NULL);
    }
  schedule_pointer_hide (self);
}

/**
 * kwa_kiosk_screen_release:
 * @restore: give the window back its size, pointer and place on the
 *   desktop (when the kiosk ends and the window stays); a window being
 *   destroyed is left be
 *
 * Lets go of the window; the screen does nothing more.
 */
void
kwa_kiosk_screen_release (KwaKioskScreen *self,
                          gboolean        restore)
{
  g_return_if_fail (KWA_IS_KIOSK_SCREEN (self));

  g_clear_handle_id (&self->pointer_source_id, g_source_remove);
  if (self->monitors != NULL)
    g_signal_handlers_disconnect_by_data (self->monitors, self);
  g_clear_object (&self->monitors);

  if (self->window == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->window, self);
  g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  if (restore)
    {
      gtk_widget_set_cursor (GTK_WIDGET (self->window), NULL);
      gtk_window_unfullscreen (self->window);
      gtk_window_set_default_size (self->window, self->saved_width, self->saved_height);
    }
  self->window = NULL;
}
