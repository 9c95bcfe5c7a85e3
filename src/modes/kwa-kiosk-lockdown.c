/* kwa-kiosk-lockdown.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-lockdown.h"

/* What only the kiosk can shut: the window refusing to close, and the keys
 * that would leave the exhibit, cover it or open a developer's tool. The
 * ways out through actions (quit, about, the presenter, export, the
 * shortcuts window) and the screen's sleep are the application's and the
 * window's to close: they follow the session's kiosk state, which the
 * kiosk sets while it has the screen. */

struct _KwaKioskLockdown
{
  GObject          parent_instance;

  /* Borrowed: a weak pointer, cleared should the window go first */
  GtkWindow       *window;
};

G_DEFINE_FINAL_TYPE (KwaKioskLockdown, kwa_kiosk_lockdown, G_TYPE_OBJECT)

static gboolean
close_request_cb (KwaKioskLockdown *self)
{
  g_debug ("Kiosk: refusing to close the window");
  return TRUE;
}

static void
kwa_kiosk_lockdown_dispose (GObject *object)
{
  kwa_kiosk_lockdown_release (KWA_KIOSK_LOCKDOWN (object));

  G_OBJECT_CLASS (kwa_kiosk_lockdown_parent_class)->dispose (object);
}

static void
kwa_kiosk_lockdown_class_init (KwaKioskLockdownClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_kiosk_lockdown_dispose;
}

static void
kwa_kiosk_lockdown_init (KwaKioskLockdown *self)
{
}

/**
 * kwa_kiosk_lockdown_new:
 * @window: the kiosk's window
 *
 * Keeps @window open until kwa_kiosk_lockdown_release(): whatever asks
 * it to close (a window manager's button, a key), it stays.
 */
KwaKioskLockdown *
kwa_kiosk_lockdown_new (GtkWindow *window)
{
  KwaKioskLockdown *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KWA_TYPE_KIOSK_LOCKDOWN, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * kwa_kiosk_lockdown_release:
 *
 * Lets the window close again. Releasing twice does nothing more.
 */
void
kwa_kiosk_lockdown_release (KwaKioskLockdown *self)
{
  g_return_if_fail (KWA_IS_KIOSK_LOCKDOWN (self));

  if (self->window == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->window, self);
  g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
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
