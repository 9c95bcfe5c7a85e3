/* kwa-narrator.c: a voice reading a tour stop aloud, and where it is
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-narrator"

#include "config.h"

#include "kwa-media-stream.h"
#include "kwa-narrator.h"

/* Plays a stop's voice (one sound at a time: a new stop's voice, or
 * silence, cuts the last one off at once) and says which sentence of the
 * narration is being spoken, so that the words on screen follow the
 * voice as captions do. "finished" tells when the voice has said all
 * (TRUE) or could not be played (FALSE): the kiosk moves on then, or
 * falls back to the stop's own duration.
 *
 * The narrator copies what it needs of the voice (its cues, the text),
 * so an exhibit reloaded mid-sentence leaves nothing dangling. Muting
 * and the volume carry over from voice to voice. */

struct _KwaNarrator
{
  GObject         parent_instance;

  GtkMediaStream *stream;        /* the voice speaking; NULL when silent */
  char           *text;          /* the narration it reads */
  KwaSentence    *sentences;
  guint           n_sentences;
  double         *cues;
  guint           n_cues;
  int             sentence;      /* being spoken, or -1 */

  gboolean        muted;
  double          volume;
};

G_DEFINE_FINAL_TYPE (KwaNarrator, kwa_narrator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SPEAKING,
  PROP_SENTENCE,
  PROP_MUTED,
  PROP_VOLUME,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_sentence (KwaNarrator *self,
              int          sentence)
{
  if (self->sentence == sentence)
    return;
  self->sentence = sentence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTENCE]);
}

static void
drop_stream (KwaNarrator *self)
{
  if (self->stream == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->stream, self);
  gtk_media_stream_pause (self->stream);
  g_clear_object (&self->stream);
}

static void
timestamp_cb (GtkMediaStream *stream,
              GParamSpec     *pspec,
              KwaNarrator    *self)
{
  double duration = gtk_media_stream_get_duration (stream) / (double) G_USEC_PER_SEC;
  double seconds = gtk_media_stream_get_timestamp (stream) / (double) G_USEC_PER_SEC;

  set_sentence (self, kwa_narration_sentence_at (self->text, self->sentences, self->n_sentences, self->cues,
                                                 self->n_cues, duration, seconds));
}

/* Said all, or failed: silent, then tell. */
static void
finish (KwaNarrator *self,
        gboolean     said_all)
{
  g_object_ref (self);
  kwa_narrator_silence (self);
  g_signal_emit (self, signals[FINISHED], 0, said_all);
  g_object_unref (self);
}

static void
ended_cb (GtkMediaStream *stream,
          GParamSpec     *pspec,
          KwaNarrator    *self)
{
  if (gtk_media_stream_get_ended (stream))
    finish (self, TRUE);
}

static void
error_cb (GtkMediaStream *stream,
          GParamSpec     *pspec,
          KwaNarrator    *self)
{
  const GError *error = gtk_media_stream_get_error (stream);

  if (error == NULL)
    return;
  g_message ("A narration could not be played: %s", error->message);
  finish (self, FALSE);
}

/**
 * kwa_narrator_speak:
 * @voice: (nullable): a stop's voice in the visitor's language
 * @text: (nullable): the narration it reads, as shown
 *
 * Stops whatever was being said and starts @voice, from its first
 * sentence.
 *
 * Returns: whether a voice is speaking now (FALSE without @voice)
 */
gboolean
kwa_narrator_speak (KwaNarrator    *self,
                    const KwaVoice *voice,
                    const char     *text)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), FALSE);

  kwa_narrator_silence (self);
  if (voice == NULL || voice->media.file == NULL)
    return FALSE;

  self->text = g_strdup (text != NULL ? text : "");
  self->sentences = kwa_narration_split (self->text, &self->n_sentences);
  self->cues = voice->n_cues > 0 ? g_memdup2 (voice->cues, voice->n_cues * sizeof (double)) : NULL;
  self->n_cues = voice->n_cues;

  self->stream = kwa_media_stream_new (voice->media.file);
  gtk_media_stream_set_muted (self->stream, self->muted);
  gtk_media_stream_set_volume (self->stream, self->volume);
  g_signal_connect (self->stream, "notify::timestamp", G_CALLBACK (timestamp_cb), self);
  g_signal_connect (self->stream, "notify::ended", G_CALLBACK (ended_cb), self);
  g_signal_connect (self->stream, "notify::error", G_CALLBACK (error_cb), self);
  gtk_media_stream_play (self->stream);

  set_sentence (self, self->n_sentences > 0 ? 0 : -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
  return TRUE;
}

/**
 * kwa_narrator_silence:
 *
 * Stops the voice at once, without "finished".
 */
void
kwa_narrator_silence (KwaNarrator *self)
{
  gboolean was_speaking;

  g_return_if_fail (KWA_IS_NARRATOR (self));

  was_speaking = self->stream != NULL;
  drop_stream (self);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->sentences, g_free);
  g_clear_pointer (&self->cues, g_free);
  self->n_sentences = 0;
  self->n_cues = 0;
  set_sentence (self, -1);
  if (was_speaking)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
}

gboolean
kwa_narrator_get_speaking (KwaNarrator *self)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), FALSE);
  return self->stream != NULL;
}

/* The sentence being spoken, or -1 */
int
kwa_narrator_get_sentence (KwaNarrator *self)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), -1);
  return self->sentence;
}

/**
 * kwa_narrator_get_sentences:
 *
 * Returns: (array length=n_sentences) (nullable): the sentences of the
 *   narration being read, as byte ranges of its text
 */
const KwaSentence *
kwa_narrator_get_sentences (KwaNarrator *self,
                            guint       *n_sentences)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), NULL);
  *n_sentences = self->n_sentences;
  return self->sentences;
}

/**
 * kwa_narrator_dup_spoken:
 *
 * Returns: (transfer full) (nullable): the sentence being spoken, as the
 *   narration given to kwa_narrator_speak() writes it
 */
char *
kwa_narrator_dup_spoken (KwaNarrator *self)
{
  const KwaSentence *sentence;

  g_return_val_if_fail (KWA_IS_NARRATOR (self), NULL);

  if (self->sentence < 0 || (guint) self->sentence >= self->n_sentences)
    return NULL;
  sentence = &self->sentences[self->sentence];
  return g_strndup (self->text + sentence->start, sentence->end - sentence->start);
}

/**
 * kwa_narrator_get_stream:
 *
 * Returns: (transfer none) (nullable): the voice speaking
 */
GtkMediaStream *
kwa_narrator_get_stream (KwaNarrator *self)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), NULL);
  return self->stream;
}

gboolean
kwa_narrator_get_muted (KwaNarrator *self)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), FALSE);
  return self->muted;
}

void
kwa_narrator_set_muted (KwaNarrator *self,
                        gboolean     muted)
{
  g_return_if_fail (KWA_IS_NARRATOR (self));

  muted = !!muted;
  if (self->muted == muted)
    return;
  self->muted = muted;
  if (self->stream != NULL)
    gtk_media_stream_set_muted (self->stream, muted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

double
kwa_narrator_get_volume (KwaNarrator *self)
{
  g_return_val_if_fail (KWA_IS_NARRATOR (self), 0.0);
  return self->volume;
}

void
kwa_narrator_set_volume (KwaNarrator *self,
                         double       volume)
{
  g_return_if_fail (KWA_IS_NARRATOR (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (self->volume == volume)
    return;
  self->volume = volume;
  if (self->stream != NULL)
    gtk_media_stream_set_volume (self->stream, volume);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

/* ---- GObject ---------------------------------------------------------- */

KwaNarrator *
kwa_narrator_new (void)
{
  return g_object_new (KWA_TYPE_NARRATOR, NULL);
}

static void
kwa_narrator_dispose (GObject *object)
{
  kwa_narrator_silence (KWA_NARRATOR (object));

  G_OBJECT_CLASS (kwa_narrator_parent_class)->dispose (object);
}

static void
kwa_narrator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KwaNarrator *self = KWA_NARRATOR (object);

  switch (prop_id)
    {
    case PROP_SPEAKING:
      g_value_set_boolean (value, kwa_narrator_get_speaking (self));
      break;
    case PROP_SENTENCE:
      g_value_set_int (value, self->sentence);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_narrator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KwaNarrator *self = KWA_NARRATOR (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      kwa_narrator_set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_VOLUME:
      kwa_narrator_set_volume (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_narrator_class_init (KwaNarratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_narrator_dispose;
  object_class->get_property = kwa_narrator_get_property;
  object_class->set_property = kwa_narrator_set_property;

  properties[PROP_SPEAKING] =
    g_param_spec_boolean ("speaking", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTENCE] =
    g_param_spec_int ("sentence", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL, 0.0, 1.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwaNarrator::finished:
   * @said_all: TRUE at the voice's end, FALSE if it could not be played
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
kwa_narrator_init (KwaNarrator *self)
{
  self->sentence = -1;
  self->volume = 1.0;
}
