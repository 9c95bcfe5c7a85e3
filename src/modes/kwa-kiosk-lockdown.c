/* kwa-kiosk-lockdown.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-lockdown.h"

/* What a visitor must not reach while the kiosk runs: the ways out of the
 * exhibit (quit, close), what would cover it (the shortcuts window, the
 * about window with its links to the web, another window, a file dialog)
 * and the screen going to sleep. Only what the lockdown itself turned off
 * is turned on again when it is released, so an action the application
 * had disabled for its own reasons stays disabled. */

/* Accelerators a visitor could leave or cover the exhibit with. */
static const char * const LOCKED_ACCELS[] = {
  "app.quit",
  "window.close",
  "win.show-help-overlay",
};

#define N_LOCKED_ACCELS G_N_ELEMENTS (LOCKED_ACCELS)

/* Actions that open what a visitor must not reach: the about window
 * (links to the web), another window (the classroom presenter), a file
 * dialog (exporting the view), the shortcuts window. Disabled while the
 * kiosk runs, whatever shows them (a menu, D-Bus, a key). */
static const char * const LOCKED_APP_ACTIONS[] = { "about", "presenter" };
static const char * const LOCKED_WINDOW_ACTIONS[] = { "show-help-overlay", "export" };

#define N_LOCKED_APP_ACTIONS    G_N_ELEMENTS (LOCKED_APP_ACTIONS)
#define N_LOCKED_WINDOW_ACTIONS G_N_ELEMENTS (LOCKED_WINDOW_ACTIONS)

struct _KwaKioskLockdown
{
  GObject          parent_instance;

  /* Borrowed: weak pointers, cleared should either go first */
  GtkApplication  *application;
  GtkWindow       *window;

  /* Owned */
  char           **saved_accels[N_LOCKED_ACCELS];
  gboolean         app_actions_disabled[N_LOCKED_APP_ACTIONS];
  gboolean         window_actions_disabled[N_LOCKED_WINDOW_ACTIONS];
  guint            inhibit_cookie;
};

G_DEFINE_FINAL_TYPE (KwaKioskLockdown, kwa_kiosk_lockdown, G_TYPE_OBJECT)

/* Disables the actions of @map named in @names, noting which it turned
 * off, so that only those are turned on again. */
static void
disable_actions (GActionMap         *map,
                 const char * const *names,
                 gboolean           *disabled,
                 guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      GAction *action = g_action_map_lookup_action (map, names[i]);

      disabled[i] = G_IS_SIMPLE_ACTION (action) && g_action_get_enabled (action);
      if (disabled[i])
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
    }
}

static void
enable_actions (GActionMap         *map,
                const char * const *names,
                gboolean           *disabled,
                guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      GAction *action = g_action_map_lookup_action (map, names[i]);

      if (disabled[i] && G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), TRUE);
      disabled[i] = FALSE;
    }
}

static gboolean
close_request_cb (KwaKioskLockdown *self)
{
  g_debug ("Kiosk: refusing to close the window");
  return TRUE;
}

static void
kwa_kiosk_lockdown_dispose (GObject *object)
{
  kwa_kiosk_lockdown_release (KWA_KIOSK_LOCKDOWN (object), FALSE);

  G_OBJECT_CLASS (kwa_kiosk_lockdown_parent_class)->dispose (object);
}

/* Accelerators saved from an application that went first. */
static void
kwa_kiosk_lockdown_finalize (GObject *object)
{
  KwaKioskLockdown *self = KWA_KIOSK_LOCKDOWN (object);

  for (guint i = 0; i < N_LOCKED_ACCELS; i++)
    g_clear_pointer (&self->saved_accels[i], g_strfreev);

  G_OBJECT_CLASS (kwa_kiosk_lockdown_parent_class)->finalize (object);
}

static void
kwa_kiosk_lockdown_class_init (KwaKioskLockdownClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_kiosk_lockdown_dispose;
  G_OBJECT_CLASS (klass)->finalize = kwa_kiosk_lockdown_finalize;
}

static void
kwa_kiosk_lockdown_init (KwaKioskLockdown *self)
{
}

/**
 * kwa_kiosk_lockdown_new:
 * @application: the application, registered
 * @window: the kiosk's window
 *
 * Locks @application and @window down until kwa_kiosk_lockdown_release():
 * the window refuses to close, and the accelerators and actions that
 * leave or cover the exhibit are off.
 */
KwaKioskLockdown *
kwa_kiosk_lockdown_new (GtkApplication *application,
                        GtkWindow      *window)
{
  static const char *no_accels[] = { NULL };
  KwaKioskLockdown *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KWA_TYPE_KIOSK_LOCKDOWN, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < N_LOCKED_ACCELS; i++)
    {
      self->saved_accels[i] = gtk_application_get_accels_for_action (application, LOCKED_ACCELS[i]);
      gtk_application_set_accels_for_action (application, LOCKED_ACCELS[i], no_accels);
    }

  disable_actions (G_ACTION_MAP (application), LOCKED_APP_ACTIONS, self->app_actions_disabled, N_LOCKED_APP_ACTIONS);
  disable_actions (G_ACTION_MAP (window), LOCKED_WINDOW_ACTIONS, self->window_actions_disabled,
                   N_LOCKED_WINDOW_ACTIONS);

  self->inhibit_cookie = gtk_application_inhibit (application, window,
                                                  GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND,
                                                  "Museum exhibit");

  return self;
}

/**
 * kwa_kiosk_lockdown_release:
 * @restore: turn the window's actions on again (when the kiosk ends and
 *   the window stays); a window being destroyed is left be
 *
 * Gives back what the lockdown took. Releasing twice does nothing more.
 */
void
kwa_kiosk_lockdown_release (KwaKioskLockdown *self,
                            gboolean          restore)
{
  g_return_if_fail (KWA_IS_KIOSK_LOCKDOWN (self));

  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->window, self);
      if (restore)
        enable_actions (G_ACTION_MAP (self->window), LOCKED_WINDOW_ACTIONS, self->window_actions_disabled,
                        N_LOCKED_WINDOW_ACTIONS);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }

  if (self->application == NULL)
    return;

  for (guint i = 0; i < N_LOCKED_ACCELS; i++)
    {
      if (self->saved_accels[i] == NULL)
        continue;
      gtk_application_set_accels_for_action (self->application, LOCKED_ACCELS[i],
                                             (const char * const *) self->saved_accels[i]);
      g_clear_pointer (&self->saved_accels[i], g_strfreev);
    }

  enable_actions (G_ACTION_MAP (self->application), LOCKED_APP_ACTIONS, self->app_actions_disabled,
                  N_LOCKED_APP_ACTIONS);

  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->application, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
  self->application = NULL;
}

/**
 * kwa_kiosk_lockdown_is_locked_key:
 * @keyval: a key, in lower case
 * @state: the modifiers held
 *
 * Returns: whether the key would leave the exhibit, cover it or open a
 *   developer's tool, and must go no further
 */
gboolean
kwa_kiosk_lockdown_is_locked_key (guint           keyval,
                                  GdkModifierType state)
{
  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_F10:
    case GDK_KEY_F11:
      return TRUE;
    case GDK_KEY_F4:
      return (state & GDK_ALT_MASK) != 0;
    case GDK_KEY_q:
    case GDK_KEY_w:
    case GDK_KEY_question:
    case GDK_KEY_slash:
      return (state & GDK_CONTROL_MASK) != 0;
    case GDK_KEY_i:
    case GDK_KEY_d:
      return (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) == (GDK_CONTROL_MASK | GDK_SHIFT_MASK);
    default:
      return FALSE;
    }
}
