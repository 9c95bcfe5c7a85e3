/* kwa-kiosk-input.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include <math.h>

#include "kwa-kiosk-input.h"
#include "kwa-kiosk-lockdown.h"

/* Every sign of a visitor, seen before any widget of the window sees it:
 * controllers in the capture phase on the window for keys, presses (any
 * button, and touch), scrolls and pointer motion. The input says who is
 * there ("visitor"), whether they mean to take over from the story, and
 * when the administrator's chord is pressed; it also swallows the keys
 * the lockdown names. What the visitor's input does otherwise, it still
 * does. */

/* A pointer moving less than this (pixels) is a tremor, not a visitor. */
#define MOTION_THRESHOLD 3.0

struct _KwaKioskInput
{
  GObject             parent_instance;

  /* Borrowed: cleared when the window is destroyed */
  GtkWidget          *window;
  GtkWidget          *passive_widget;
  GtkEventController *key_controller;
  GtkEventController *click_gesture;
  GtkEventController *scroll_controller;
  GtkEventController *motion_controller;

  double              pointer_x, pointer_y;
  gboolean            has_pointer_position;
};

G_DEFINE_FINAL_TYPE (KwaKioskInput, kwa_kiosk_input, G_TYPE_OBJECT)

enum {
  VISITOR,
  POINTER_MOVED,
  ADMIN_CHORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
visitor (KwaKioskInput *self,
         gboolean       takes_over)
{
  g_signal_emit (self, signals[VISITOR], 0, takes_over);
}

/* A visitor who walks up and taps "English" wants to read the story, not
 * stop it: the passive widget (the language switch) does not take over. */
static gboolean
is_on_passive_widget (KwaKioskInput *self,
                      double         x,
                      double         y)
{
  GtkWidget *target;

  if (self->window == NULL || self->passive_widget == NULL)
    return FALSE;

  target = gtk_widget_pick (self->window, x, y, GTK_PICK_DEFAULT);
  return target != NULL &&
         (target == self->passive_widget || gtk_widget_is_ancestor (target, self->passive_widget));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KwaKioskInput   *self)
{
  visitor (self, !is_on_passive_widget (self, x, y));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           KwaKioskInput            *self)
{
  visitor (self, TRUE);
  return GDK_EVENT_PROPAGATE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           KwaKioskInput            *self)
{
  if (self->has_pointer_position &&
      fabs (x - self->pointer_x) < MOTION_THRESHOLD &&
      fabs (y - self->pointer_y) < MOTION_THRESHOLD)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer_position = TRUE;

  g_signal_emit (self, signals[POINTER_MOVED], 0);

  /* A moving mouse is someone exploring, but not reason enough to stop
   * the story for. */
  visitor (self, FALSE);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KwaKioskInput         *self)
{
  const GdkModifierType chord = GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK;
  guint key = gdk_keyval_to_lower (keyval);

  if (key == GDK_KEY_q && (state & chord) == chord)
    {
      g_signal_emit (self, signals[ADMIN_CHORD], 0);
      return GDK_EVENT_STOP;
    }

  visitor (self, TRUE);

  return kwa_kiosk_lockdown_is_locked_key (key, state) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static GtkEventController *
add_capture_controller (KwaKioskInput      *self,
                        GtkEventController *controller,
                        const char         *name)
{
  gtk_event_controller_set_name (controller, name);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (self->window, controller);
  return controller;
}

static void
kwa_kiosk_input_dispose (GObject *object)
{
  kwa_kiosk_input_detach (KWA_KIOSK_INPUT (object));

  G_OBJECT_CLASS (kwa_kiosk_input_parent_class)->dispose (object);
}

static void
kwa_kiosk_input_class_init (KwaKioskInputClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_kiosk_input_dispose;

  /**
   * KwaKioskInput::visitor:
   * @takes_over: whether the input means to take over from the story (a
   *   touch, a key, a scroll), or only shows someone is there (a mouse
   *   moving, a tap on the passive widget)
   *
   * Someone is at the exhibit.
   */
  signals[VISITOR] =
    g_signal_new ("visitor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * KwaKioskInput::pointer-moved:
   *
   * The mouse pointer moved, more than a tremor.
   */
  signals[POINTER_MOVED] =
    g_signal_new ("pointer-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KwaKioskInput::admin-chord:
   *
   * The administrator pressed Ctrl+Alt+Shift+Q.
   */
  signals[ADMIN_CHORD] =
    g_signal_new ("admin-chord", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kwa_kiosk_input_init (KwaKioskInput *self)
{
}

/**
 * kwa_kiosk_input_new:
 * @window: the kiosk's window
 *
 * Watches @window's input until kwa_kiosk_input_detach().
 */
KwaKioskInput *
kwa_kiosk_input_new (GtkWidget *window)
{
  KwaKioskInput *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KWA_TYPE_KIOSK_INPUT, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  self->key_controller = add_capture_controller (self, gtk_event_controller_key_new (), "kwa-kiosk-keys");
  g_signal_connect (self->key_controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);

  self->click_gesture = add_capture_controller (self, GTK_EVENT_CONTROLLER (gtk_gesture_click_new ()), "kwa-kiosk-touch");
  /* Any button, and touch screens too. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click_gesture), 0);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (self->click_gesture), FALSE);
  g_signal_connect (self->click_gesture, "pressed", G_CALLBACK (pressed_cb), self);

  self->scroll_controller = add_capture_controller (self, gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES),
                                                    "kwa-kiosk-scroll");
  g_signal_connect (self->scroll_controller, "scroll", G_CALLBACK (scroll_cb), self);

  self->motion_controller = add_capture_controller (self, gtk_event_controller_motion_new (), "kwa-kiosk-motion");
  g_signal_connect (self->motion_controller, "motion", G_CALLBACK (motion_cb), self);

  return self;
}

/**
 * kwa_kiosk_input_set_passive_widget:
 * @widget: (nullable): a widget inside the window
 *
 * Touches on @widget (the language switch) show a visitor is there but do
 * not take over from the story. The input does not keep @widget alive:
 * set %NULL before it goes.
 */
void
kwa_kiosk_input_set_passive_widget (KwaKioskInput *self,
                                    GtkWidget     *widget)
{
  g_return_if_fail (KWA_IS_KIOSK_INPUT (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  self->passive_widget = widget;
}

/**
 * kwa_kiosk_input_detach:
 *
 * Takes the controllers off the window; no more signals.
 */
void
kwa_kiosk_input_detach (KwaKioskInput *self)
{
  g_return_if_fail (KWA_IS_KIOSK_INPUT (self));

  self->passive_widget = NULL;
  if (self->window == NULL)
    return;

  gtk_widget_remove_controller (self->window, self->key_controller);
  gtk_widget_remove_controller (self->window, self->click_gesture);
  gtk_widget_remove_controller (self->window, self->scroll_controller);
  gtk_widget_remove_controller (self->window, self->motion_controller);
  self->key_controller = NULL;
  self->click_gesture = NULL;
  self->scroll_controller = NULL;
  self->motion_controller = NULL;

  g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
}
