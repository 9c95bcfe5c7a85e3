/* kwa-kiosk-overlay.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-overlay"

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-kiosk-overlay.h"

/* The kiosk's layer over the map (ui/kwa-kiosk-overlay.ui): the language
 * switch and "Still there?". It covers the whole map but is itself glass:
 * only its children take touches, so a tap between them reaches the map.
 *
 * It also holds the caption of the attract loop with its invitation to
 * touch, though not over the map: the kiosk puts the caption's revealer
 * in a band of its own below the map (kwa_kiosk_attach()), so a stop's
 * landing or front is never under the words about it. The kiosk says
 * which of caption and countdown show; the switch always does. */

struct _KwaKioskOverlay
{
  GtkWidget               parent_instance;

  /* Owned, placed by the kiosk beside the map, not on it */
  GtkWidget              *caption_revealer;
  KwaKioskCaption        *caption;

  /* Template widgets */
  GtkWidget              *corner;
  GtkToggleButton        *mute_button;
  KwaKioskLanguageSwitch *language_switch;
  GtkWidget              *countdown_revealer;
  KwaKioskCountdown      *countdown;
};

G_DEFINE_FINAL_TYPE (KwaKioskOverlay, kwa_kiosk_overlay, GTK_TYPE_WIDGET)

/* How long the caption's band takes to open or shut. */
#define CAPTION_TRANSITION_MS 400

/* Glass: nothing is picked here but the children. */
static gboolean
kwa_kiosk_overlay_contains (GtkWidget *widget,
                            double     x,
                            double     y)
{
  return FALSE;
}

static void
kwa_kiosk_overlay_dispose (GObject *object)
{
  KwaKioskOverlay *self = KWA_KIOSK_OVERLAY (object);

  /* The band it sits in lets go of it (kwa_kiosk_detach()). */
  g_clear_object (&self->caption_revealer);
  self->caption = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), KWA_TYPE_KIOSK_OVERLAY);

  G_OBJECT_CLASS (kwa_kiosk_overlay_parent_class)->dispose (object);
}

static void
kwa_kiosk_overlay_class_init (KwaKioskOverlayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_overlay_dispose;
  widget_class->contains = kwa_kiosk_overlay_contains;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-kiosk-overlay.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaKioskOverlay, corner);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskOverlay, mute_button);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskOverlay, language_switch);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskOverlay, countdown_revealer);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskOverlay, countdown);

  /* Each child sits where its own alignment puts it, over the whole map. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kioskoverlay");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The speaker shows what a touch would do, and says it to screen readers. */
static void
show_muted (KwaKioskOverlay *self)
{
  gboolean muted = gtk_toggle_button_get_active (self->mute_button);

  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mute_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  muted ? _("Narration muted: touch to hear it") : _("Mute the narration"), -1);
}

static void
kwa_kiosk_overlay_init (KwaKioskOverlay *self)
{
  g_type_ensure (KWA_TYPE_KIOSK_CAPTION);
  g_type_ensure (KWA_TYPE_KIOSK_COUNTDOWN);
  g_type_ensure (KWA_TYPE_KIOSK_LANGUAGE_SWITCH);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->mute_button, "notify::active", G_CALLBACK (show_muted), self, G_CONNECT_SWAPPED);
  show_muted (self);

  /* The caption slides its band open and shut, so the map grows back
   * when a visitor takes over and the words have gone. It only speaks:
   * the map takes the touch. */
  self->caption = KWA_KIOSK_CAPTION (g_object_new (KWA_TYPE_KIOSK_CAPTION, NULL));
  self->caption_revealer = g_object_ref_sink (gtk_revealer_new ());
  gtk_revealer_set_transition_type (GTK_REVEALER (self->caption_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_transition_duration (GTK_REVEALER (self->caption_revealer), CAPTION_TRANSITION_MS);
  gtk_widget_set_can_target (self->caption_revealer, FALSE);
  gtk_widget_set_vexpand (self->caption_revealer, FALSE);
  gtk_revealer_set_child (GTK_REVEALER (self->caption_revealer), GTK_WIDGET (self->caption));

  kwa_kiosk_overlay_show (self, FALSE, FALSE);
}

GtkWidget *
kwa_kiosk_overlay_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_OVERLAY, NULL);
}

/**
 * kwa_kiosk_overlay_get_caption:
 *
 * Returns: (transfer none): the attract loop's caption
 */
KwaKioskCaption *
kwa_kiosk_overlay_get_caption (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->caption;
}

/**
 * kwa_kiosk_overlay_get_caption_revealer:
 *
 * Not a child of the overlay: whoever shows the kiosk puts it below (or
 * beside) the map, never over it.
 *
 * Returns: (transfer none): what shows and hides the caption
 */
GtkWidget *
kwa_kiosk_overlay_get_caption_revealer (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->caption_revealer;
}

/**
 * kwa_kiosk_overlay_get_countdown:
 *
 * Returns: (transfer none): "Still there?"
 */
KwaKioskCountdown *
kwa_kiosk_overlay_get_countdown (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->countdown;
}

/**
 * kwa_kiosk_overlay_get_language_switch:
 *
 * Returns: (transfer none): "English | 한국어"
 */
KwaKioskLanguageSwitch *
kwa_kiosk_overlay_get_language_switch (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->language_switch;
}

/**
 * kwa_kiosk_overlay_get_mute_button:
 *
 * Returns: (transfer none): the narration's speaker button: active when
 *   muted; hidden until the kiosk has a voice to play
 */
GtkToggleButton *
kwa_kiosk_overlay_get_mute_button (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->mute_button;
}

/**
 * kwa_kiosk_overlay_get_corner:
 *
 * Returns: (transfer none): the speaker button and the language switch,
 *   which a visitor may touch without stopping the story
 */
GtkWidget *
kwa_kiosk_overlay_get_corner (KwaKioskOverlay *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_OVERLAY (self), NULL);
  return self->corner;
}

/**
 * kwa_kiosk_overlay_show:
 * @caption: whether the caption shows (the attract loop)
 * @countdown: whether "Still there?" shows
 *
 * Fades the caption and the countdown in or out.
 */
void
kwa_kiosk_overlay_show (KwaKioskOverlay *self,
                        gboolean         caption,
                        gboolean         countdown)
{
  g_return_if_fail (KWA_IS_KIOSK_OVERLAY (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->caption_revealer), caption);
  /* Hidden, it must not catch the touches meant for the map. */
  gtk_widget_set_can_target (self->countdown_revealer, countdown);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->countdown_revealer), countdown);
}

/**
 * kwa_kiosk_overlay_set_compact:
 *
 * A small screen (a 1366×768 kiosk PC) gets a smaller caption. The
 * language buttons are in rows of two on every screen: a row of four
 * across a landscape map covered the north-east of the peninsula (the
 * Soviet landing at the first stop), and on a portrait one the date card.
 */
void
kwa_kiosk_overlay_set_compact (KwaKioskOverlay *self,
                               gboolean         compact)
{
  g_return_if_fail (KWA_IS_KIOSK_OVERLAY (self));

  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self->caption), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "compact");
  kwa_kiosk_language_switch_set_columns (self->language_switch, 2);
}
