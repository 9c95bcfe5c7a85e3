/* kwa-kiosk-voice.c: the attract loop read aloud
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-private.h"

/* Where a stop of the attract loop has a voice in the visitor's language
 * (a tour stop's "voice"), the kiosk plays it, marks the sentence being
 * spoken in the caption, and moves on a breath after the voice ends,
 * rather than after the stop's duration. A stop without a voice keeps its
 * duration; a voice that cannot be played falls back to it.
 *
 * Sound stops at once when a visitor takes over, when the kiosk starts
 * over and when it lets go of the window. A new language cuts the voice
 * off and starts the stop's voice in that language, if it has one. The
 * speaker button (shown while the tour has a voice in any language) mutes
 * the narration until the kiosk resets; narration-volume sets how loud,
 * and kiosk-narration turns voices off altogether. */

/* The breath after a voice before the next stop. */
#define AFTER_VOICE_SECONDS 1.5
/* A voice that never ends (a stalled device) cannot stop the loop: after
 * this long the next stop comes anyway. */
#define VOICE_WATCHDOG_SECONDS 620.0

static gboolean
tour_has_voices (KwaKiosk *self)
{
  const KwaTour *tour = kwa_tour_player_get_tour (self->player);

  for (guint i = 0; tour != NULL && i < tour->n_stops; i++)
    if (tour->stops[i].n_voices > 0)
      return TRUE;
  return FALSE;
}

/* The speaker button shows while the tour can speak. */
void
kwa_kiosk_voice_show_button (KwaKiosk *self)
{
  gboolean enabled = self->settings == NULL || g_settings_get_boolean (self->settings, "kiosk-narration");

  if (self->overlay != NULL)
    gtk_widget_set_visible (GTK_WIDGET (kwa_kiosk_overlay_get_mute_button (self->overlay)),
                            enabled && tour_has_voices (self));
}

static void
sentence_cb (KwaKiosk *self)
{
  int sentence = kwa_narrator_get_sentence (self->narrator);
  const KwaSentence *sentences;
  guint n_sentences;

  if (self->overlay == NULL)
    return;
  sentences = kwa_narrator_get_sentences (self->narrator, &n_sentences);
  if (sentence >= 0 && (guint) sentence < n_sentences)
    kwa_kiosk_caption_set_spoken (kwa_kiosk_overlay_get_caption (self->overlay), sentences[sentence].start,
                                  sentences[sentence].end);
  else
    kwa_kiosk_caption_set_spoken (kwa_kiosk_overlay_get_caption (self->overlay), 0, 0);
}

static void
finished_cb (KwaKiosk *self,
             gboolean  said_all)
{
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);

  if (self->state != KWA_KIOSK_STATE_ATTRACT)
    return;
  /* Said: a breath, then on. Not played: the stop's own time, as if it
   * had no voice. */
  kwa_kiosk_arm_next_stop (self, said_all ? AFTER_VOICE_SECONDS : (stop ? stop->duration : AFTER_VOICE_SECONDS));
}

static void
mute_toggled_cb (KwaKiosk *self)
{
  if (self->overlay != NULL)
    kwa_narrator_set_muted (self->narrator,
                            gtk_toggle_button_get_active (kwa_kiosk_overlay_get_mute_button (self->overlay)));
}

/* Plays the current stop's voice in the visitor's language, if the loop
 * is showing it and it has one. Returns whether a voice speaks now. */
gboolean
kwa_kiosk_voice_speak_stop (KwaKiosk *self)
{
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);
  KwaLanguage language = kwa_kiosk_language (self);

  if (self->state != KWA_KIOSK_STATE_ATTRACT || stop == NULL || self->window == NULL ||
      (self->settings != NULL && !g_settings_get_boolean (self->settings, "kiosk-narration")))
    {
      kwa_narrator_silence (self->narrator);
      return FALSE;
    }
  return kwa_narrator_speak (self->narrator, kwa_tour_stop_get_voice (stop, language),
                             kwa_text_get (&stop->narration, language));
}

/* How long the loop waits on this stop: for its voice (within the
 * watchdog), or its duration. */
double
kwa_kiosk_voice_stop_seconds (KwaKiosk          *self,
                              const KwaTourStop *stop)
{
  if (kwa_narrator_get_speaking (self->narrator))
    return VOICE_WATCHDOG_SECONDS;
  return stop != NULL ? stop->duration : -1;
}

/* Everything back as the first visitor found it: silent, not muted. */
void
kwa_kiosk_voice_reset (KwaKiosk *self)
{
  kwa_narrator_silence (self->narrator);
  if (self->overlay != NULL)
    gtk_toggle_button_set_active (kwa_kiosk_overlay_get_mute_button (self->overlay), FALSE);
  kwa_narrator_set_muted (self->narrator, FALSE);
}

static void
read_volume (KwaKiosk *self)
{
  if (self->settings != NULL)
    kwa_narrator_set_volume (self->narrator, g_settings_get_double (self->settings, "narration-volume"));
}

void
kwa_kiosk_voice_init (KwaKiosk *self)
{
  self->narrator = kwa_narrator_new ();
  g_signal_connect_object (self->narrator, "notify::sentence", G_CALLBACK (sentence_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->narrator, "finished", G_CALLBACK (finished_cb), self, G_CONNECT_SWAPPED);
  read_volume (self);
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::narration-volume", G_CALLBACK (read_volume), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::kiosk-narration", G_CALLBACK (kwa_kiosk_voice_show_button),
                               self, G_CONNECT_SWAPPED);
    }
}

/* The overlay's speaker button, once the kiosk has its window. */
void
kwa_kiosk_voice_attach (KwaKiosk *self)
{
  GtkToggleButton *button = kwa_kiosk_overlay_get_mute_button (self->overlay);

  gtk_toggle_button_set_active (button, kwa_narrator_get_muted (self->narrator));
  g_signal_connect_object (button, "toggled", G_CALLBACK (mute_toggled_cb), self, G_CONNECT_SWAPPED);
  kwa_kiosk_voice_show_button (self);
}
