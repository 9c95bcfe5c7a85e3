/* kwa-kiosk-caption.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-caption"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "kwa-kiosk-caption.h"

/* What the kiosk says while nobody is using it: the story's current stop
 * in large type across the bottom of the map, and above it an invitation
 * to touch that breathes gently so the eye finds it from across a room.
 *
 * The caption never takes input: a touch on it reaches the map below.
 * Two pages take turns so one stop fades into the next; nothing is
 * created per stop, so an exhibit running for months stays the same
 * size. The invitation keeps still when the visitor's system asks for
 * less motion. */

/* One breath of the invitation, and how faint it gets. */
#define PULSE_PERIOD_US   (2400 * G_TIME_SPAN_MILLISECOND)
#define PULSE_MIN_OPACITY 0.55

struct _KwaKioskCaption
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkWidget   *invitation;
  GtkStack    *stack;
  GtkWidget   *page_a;
  GtkLabel    *title_a;
  GtkLabel    *narration_a;
  GtkWidget   *page_b;
  GtkLabel    *title_b;
  GtkLabel    *narration_b;

  /* Borrowed, while mapped */
  GtkSettings *settings;

  guint        pulse_tick_id;
};

G_DEFINE_FINAL_TYPE (KwaKioskCaption, kwa_kiosk_caption, GTK_TYPE_WIDGET)

/* ---- the invitation's pulse ------------------------------------------ */

static gboolean
pulse_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double phase = (double) (now % PULSE_PERIOD_US) / PULSE_PERIOD_US;
  double breath = 0.5 + 0.5 * cos (2 * G_PI * phase);

  gtk_widget_set_opacity (widget, PULSE_MIN_OPACITY + (1 - PULSE_MIN_OPACITY) * breath);

  return G_SOURCE_CONTINUE;
}

static void
update_pulse (KwaKioskCaption *self)
{
  gboolean pulse = gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                   adw_get_enable_animations (GTK_WIDGET (self));

  if (pulse && self->pulse_tick_id == 0)
    {
      self->pulse_tick_id = gtk_widget_add_tick_callback (self->invitation, pulse_tick_cb, NULL, NULL);
    }
  else if (!pulse && self->pulse_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (self->invitation, self->pulse_tick_id);
      self->pulse_tick_id = 0;
      gtk_widget_set_opacity (self->invitation, 1.0);
    }
}

static void
kwa_kiosk_caption_map (GtkWidget *widget)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);

  GTK_WIDGET_CLASS (kwa_kiosk_caption_parent_class)->map (widget);

  /* Reduced motion can be asked for at any moment, not only at start. */
  self->settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (self->settings, "notify::gtk-enable-animations",
                           G_CALLBACK (update_pulse), self, G_CONNECT_SWAPPED);
  update_pulse (self);
}

static void
kwa_kiosk_caption_unmap (GtkWidget *widget)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (widget);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, update_pulse, self);
  self->settings = NULL;

  GTK_WIDGET_CLASS (kwa_kiosk_caption_parent_class)->unmap (widget);

  update_pulse (self);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_kiosk_caption_dispose (GObject *object)
{
  KwaKioskCaption *self = KWA_KIOSK_CAPTION (object);

  if (self->pulse_tick_id != 0 && self->invitation != NULL)
    gtk_widget_remove_tick_callback (self->invitation, self->pulse_tick_id);
  self->pulse_tick_id = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_KIOSK_CAPTION);

  G_OBJECT_CLASS (kwa_kiosk_caption_parent_class)->dispose (object);
}

static void
kwa_kiosk_caption_class_init (KwaKioskCaptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_caption_dispose;
  widget_class->map = kwa_kiosk_caption_map;
  widget_class->unmap = kwa_kiosk_caption_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-kiosk-caption.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, invitation);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, stack);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, page_a);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, title_a);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, narration_a);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, page_b);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, title_b);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCaption, narration_b);

  gtk_widget_class_set_css_name (widget_class, "kioskcaption");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
kwa_kiosk_caption_init (KwaKioskCaption *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kwa_kiosk_caption_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_CAPTION, NULL);
}

static gboolean
page_is_a (KwaKioskCaption *self)
{
  return gtk_stack_get_visible_child (self->stack) == self->page_a;
}

/**
 * kwa_kiosk_caption_set_text:
 * @title: (nullable): the stop's heading, or %NULL for none
 * @narration: what the stop tells
 *
 * Fades to a new stop; the same text again changes nothing.
 */
void
kwa_kiosk_caption_set_text (KwaKioskCaption *self,
                            const char      *title,
                            const char      *narration)
{
  GtkLabel *next_title, *next_narration;

  g_return_if_fail (KWA_IS_KIOSK_CAPTION (self));

  if (g_strcmp0 (title, kwa_kiosk_caption_get_title (self)) == 0 &&
      g_strcmp0 (narration, kwa_kiosk_caption_get_narration (self)) == 0)
    return;

  next_title = page_is_a (self) ? self->title_b : self->title_a;
  next_narration = page_is_a (self) ? self->narration_b : self->narration_a;

  gtk_label_set_text (next_title, title ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (next_title), title != NULL && *title != '\0');
  gtk_label_set_text (next_narration, narration ? narration : "");
  gtk_widget_set_visible (GTK_WIDGET (next_narration), narration != NULL && *narration != '\0');

  gtk_stack_set_visible_child (self->stack, page_is_a (self) ? self->page_b : self->page_a);
}

/**
 * kwa_kiosk_caption_get_title:
 *
 * Returns: (nullable): the heading on screen, or %NULL when there is none
 */
const char *
kwa_kiosk_caption_get_title (KwaKioskCaption *self)
{
  GtkLabel *label;

  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);

  label = page_is_a (self) ? self->title_a : self->title_b;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/**
 * kwa_kiosk_caption_get_narration:
 *
 * Returns: (nullable): the narration on screen, or %NULL when there is none
 */
const char *
kwa_kiosk_caption_get_narration (KwaKioskCaption *self)
{
  GtkLabel *label;

  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);

  label = page_is_a (self) ? self->narration_a : self->narration_b;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/**
 * kwa_kiosk_caption_get_invitation:
 *
 * Returns: (transfer none): the "Touch to explore" label
 */
GtkWidget *
kwa_kiosk_caption_get_invitation (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), NULL);
  return self->invitation;
}

/**
 * kwa_kiosk_caption_get_pulsing:
 *
 * Returns: whether the invitation is breathing now (it is still while the
 *   caption is hidden and when animations are off)
 */
gboolean
kwa_kiosk_caption_get_pulsing (KwaKioskCaption *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_CAPTION (self), FALSE);
  return self->pulse_tick_id != 0;
}
