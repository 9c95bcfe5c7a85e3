/* kwa-kiosk.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include <math.h>

#include "kwa-kiosk-private.h"
#include "kwa-settings.h"

/* The unattended museum exhibit. Attached to a window, the kiosk
 *
 *  - fills the chosen monitor, hides the mouse pointer while it is still and
 *    keeps the screen awake (KwaKioskScreen);
 *  - plays a tour by itself, stop after stop, forever (ATTRACT), with a
 *    caption and an invitation to touch (KwaKioskOverlay);
 *  - hands over at the first touch, click, key or scroll (INTERACTIVE),
 *    which also does what it would do anyway (KwaKioskInput);
 *  - asks "Still there?" after a while without input (COUNTDOWN), and when
 *    nobody answers, puts everything back as it was and plays again (the
 *    state machine, kwa-kiosk-states.c);
 *  - cannot be closed by a visitor: only the administrator's chord
 *    (Ctrl+Alt+Shift+Q) leaves (KwaKioskLockdown).
 *
 * It drives the exhibit only through the application's timeline and
 * language and the map view's public API, as any other view would, and
 * puts its own widgets in the window's map overlay. This file is the
 * kiosk's properties and public API, and follows the application and the
 * settings; kwa-kiosk-attach.c puts the parts on the window and takes them
 * off, kwa-kiosk-states.c runs the states. */

/* kwa_kiosk_run_soak() lets the main loop run once every this many
 * stops: a full-screen frame costs far more than a stop, and a prime
 * gives every stop of a tour its turn to be drawn. */
#define SOAK_STEPS_PER_ITERATION 127

G_DEFINE_ENUM_TYPE (KwaKioskState, kwa_kiosk_state,
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_ATTRACT, "attract"),
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_INTERACTIVE, "interactive"),
  G_DEFINE_ENUM_VALUE (KWA_KIOSK_STATE_COUNTDOWN, "countdown"))

static const char * const STATE_NAMES[] = { "attract", "interactive", "countdown" };

G_DEFINE_FINAL_TYPE (KwaKiosk, kwa_kiosk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_IDLE_TIMEOUT,
  PROP_COUNTDOWN_SECONDS,
  PROP_TIME_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADMIN_EXIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
kwa_kiosk_set_state (KwaKiosk      *self,
                     KwaKioskState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_debug ("Kiosk: %s", STATE_NAMES[state]);
  kwa_kiosk_show_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* ---- following the application and the settings --------------------- */

static void
language_changed_cb (KwaKiosk *self)
{
  kwa_kiosk_update_caption (self);
  /* The voice in the old language stops at once; the stop speaks again
   * in the new one, if it can, and takes its time from there. A silent
   * stop keeps its time. */
  if (self->state == KWA_KIOSK_STATE_ATTRACT && self->window != NULL)
    {
      gboolean was_speaking = kwa_narrator_get_speaking (self->narrator);

      if (kwa_kiosk_voice_speak_stop (self) || was_speaking)
        kwa_kiosk_schedule_next_stop (self);
    }
  if (self->overlay != NULL)
    kwa_kiosk_show_countdown_language (self, kwa_kiosk_overlay_get_countdown (self->overlay));
}

/**
 * kwa_kiosk_get_home_language:
 *
 * Returns: the language the kiosk returns to when it resets: the
 *   kiosk-language setting when the exhibit has it, else the language the
 *   kiosk started in, else the exhibit's first
 */
KwaLanguage
kwa_kiosk_get_home_language (KwaKiosk *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);
  KwaExhibit *exhibit = document != NULL ? kwa_map_document_get_exhibit (document) : NULL;
  KwaLanguage language;

  if (exhibit == NULL)
    return self->started_language;
  if (self->home_language_tag != NULL && *self->home_language_tag != '\0' &&
      kwa_exhibit_find_language (exhibit, self->home_language_tag, &language))
    return language;
  if (kwa_exhibit_has_language (exhibit, self->started_language))
    return self->started_language;
  return kwa_exhibit_get_first_language (exhibit);
}

/* The countdown asks in the visitor's language, and again in the kiosk's
 * own for whoever comes next. */
void
kwa_kiosk_show_countdown_language (KwaKiosk          *self,
                                   KwaKioskCountdown *countdown)
{
  kwa_kiosk_countdown_set_language (countdown, kwa_kiosk_language (self));
  kwa_kiosk_countdown_set_second_language (countdown, kwa_kiosk_get_home_language (self));
}

/* The tours of the attract loop, in order: kiosk-tours, else "main". */
static void
read_tour_ids (KwaKiosk *self)
{
  g_clear_pointer (&self->tour_ids, g_strfreev);
  if (self->settings != NULL)
    self->tour_ids = g_settings_get_strv (self->settings, "kiosk-tours");
  if (self->tour_ids == NULL || self->tour_ids[0] == NULL)
    {
      g_strfreev (self->tour_ids);
      self->tour_ids = g_strsplit ("main", ",", -1);
    }
  self->tour_position = 0;
}

/* kiosk-language: a tag, or empty for the language the kiosk started in */
static void
read_home_language (KwaKiosk *self)
{
  if (self->home_language_set)
    return;
  g_free (self->home_language_tag);
  self->home_language_tag = g_settings_get_string (self->settings, "kiosk-language");
}

static void
settings_changed_cb (KwaKiosk   *self,
                     const char *key)
{
  if (g_str_equal (key, "kiosk-idle-timeout"))
    {
      if (!self->idle_timeout_set)
        self->idle_timeout = g_settings_get_uint (self->settings, key);
    }
  else if (g_str_equal (key, "kiosk-language"))
    {
      read_home_language (self);
    }
  else if (g_str_equal (key, "kiosk-monitor"))
    {
      if (self->screen != NULL)
        kwa_kiosk_screen_refit (self->screen);
    }
  else if (g_str_equal (key, "kiosk-tours"))
    {
      read_tour_ids (self);
      kwa_tour_player_restart (self->player);
      kwa_kiosk_reload_tour (self);
    }
}

/* What the administrator's chord does unless a handler stops it. */
static void
kwa_kiosk_real_admin_exit (KwaKiosk *self)
{
  GApplication *application = g_application_get_default ();

  g_message ("The administrator's chord: leaving the kiosk");
  if (application != NULL)
    g_application_quit (application);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_kiosk_dispose (GObject *object)
{
  KwaKiosk *self = KWA_KIOSK (object);

  if (self->session != NULL)
    {
      kwa_kiosk_detach (self, TRUE);
      g_signal_handlers_disconnect_by_data (self->session, self);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->narrator);
  if (self->player != NULL)
    kwa_tour_player_set_tour (self->player, NULL);

  G_OBJECT_CLASS (kwa_kiosk_parent_class)->dispose (object);
}

static void
kwa_kiosk_finalize (GObject *object)
{
  KwaKiosk *self = KWA_KIOSK (object);

  /* Kept past dispose, so the loop's place can still be asked. */
  g_clear_object (&self->player);
  g_strfreev (self->tour_ids);
  g_free (self->home_language_tag);

  G_OBJECT_CLASS (kwa_kiosk_parent_class)->finalize (object);
}

static void
kwa_kiosk_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KwaKiosk *self = KWA_KIOSK (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_IDLE_TIMEOUT:
      g_value_set_uint (value, self->idle_timeout);
      break;
    case PROP_COUNTDOWN_SECONDS:
      g_value_set_uint (value, self->countdown_seconds);
      break;
    case PROP_TIME_SCALE:
      g_value_set_double (value, self->time_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KwaKiosk *self = KWA_KIOSK (object);

  switch (prop_id)
    {
    case PROP_IDLE_TIMEOUT:
      kwa_kiosk_set_idle_timeout (self, g_value_get_uint (value));
      break;
    case PROP_COUNTDOWN_SECONDS:
      kwa_kiosk_set_countdown_seconds (self, g_value_get_uint (value));
      break;
    case PROP_TIME_SCALE:
      kwa_kiosk_set_time_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_class_init (KwaKioskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_kiosk_dispose;
  object_class->finalize = kwa_kiosk_finalize;
  object_class->get_property = kwa_kiosk_get_property;
  object_class->set_property = kwa_kiosk_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, KWA_TYPE_KIOSK_STATE, KWA_KIOSK_STATE_ATTRACT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDLE_TIMEOUT] =
    g_param_spec_uint ("idle-timeout", NULL, NULL, 1, G_MAXUINT / 1000, KWA_KIOSK_DEFAULT_IDLE_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTDOWN_SECONDS] =
    g_param_spec_uint ("countdown-seconds", NULL, NULL, 0, 3600, KWA_KIOSK_DEFAULT_COUNTDOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME_SCALE] =
    g_param_spec_double ("time-scale", NULL, NULL, 0.001, 1000.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KwaKiosk::admin-exit:
   *
   * The administrator pressed Ctrl+Alt+Shift+Q. By default the application
   * quits (and its service manager may start it again); stop the emission
   * to do something else.
   */
  signals[ADMIN_EXIT] =
    g_signal_new_class_handler ("admin-exit",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (kwa_kiosk_real_admin_exit),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 0);
}

static void
kwa_kiosk_init (KwaKiosk *self)
{
  self->state = KWA_KIOSK_STATE_ATTRACT;
  self->idle_timeout = KWA_KIOSK_DEFAULT_IDLE_TIMEOUT;
  self->countdown_seconds = KWA_KIOSK_DEFAULT_COUNTDOWN;
  self->time_scale = 1.0;
}

/**
 * kwa_kiosk_new:
 * @session: what the kiosk shows and sets: the document, the clock, the
 *   language, and the kiosk state the application's actions follow
 * @window: the window to take over, best not yet presented (it then
 *   opens fullscreen at once)
 * @idle_timeout_seconds: seconds without input before "Still there?";
 *   0 for the kiosk-idle-timeout setting
 *
 * Turns @window into an unattended exhibit, starting over from the
 * beginning in the kiosk's language, and playing its tour.
 *
 * Returns: (transfer full): the kiosk; it lets go of the window when
 *   either is destroyed. Keep it with the window, e.g. with
 *   g_object_set_data_full().
 */
KwaKiosk *
kwa_kiosk_new (KwaSession   *session,
               KwaKioskHost *window,
               guint         idle_timeout_seconds)
{
  KwaKiosk *self;

  g_return_val_if_fail (KWA_IS_SESSION (session), NULL);
  g_return_val_if_fail (KWA_IS_KIOSK_HOST (window), NULL);

  self = g_object_new (KWA_TYPE_KIOSK, NULL);
  self->session = g_object_ref (session);
  self->player = kwa_tour_player_new (kwa_session_get_timeline (session));
  self->window = window;
  self->started_language = kwa_session_get_language (session);
  self->home_layers = kwa_map_view_get_layers (kwa_kiosk_host_get_map_view (window));

  self->settings = kwa_settings_new ();
  if (self->settings != NULL)
    {
      self->idle_timeout = g_settings_get_uint (self->settings, "kiosk-idle-timeout");
      read_home_language (self);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
    }
  read_tour_ids (self);
  kwa_kiosk_voice_init (self);
  if (idle_timeout_seconds > 0)
    {
      self->idle_timeout = idle_timeout_seconds;
      self->idle_timeout_set = TRUE;
    }

  g_signal_connect_object (session, "notify::document", G_CALLBACK (kwa_kiosk_reload_tour), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify::language", G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  kwa_kiosk_attach (self);
  kwa_kiosk_lookup_tour (self);
  kwa_kiosk_start_attract (self, TRUE);

  return self;
}

/**
 * kwa_kiosk_get_window:
 *
 * Returns: (transfer none) (nullable): the window, or %NULL once it is
 *   destroyed
 */
KwaKioskHost *
kwa_kiosk_get_window (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->window;
}

KwaKioskState
kwa_kiosk_get_state (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), KWA_KIOSK_STATE_ATTRACT);
  return self->state;
}

/**
 * kwa_kiosk_is_attracting:
 *
 * Returns: whether the tour is playing by itself (nobody is using the
 *   exhibit)
 */
gboolean
kwa_kiosk_is_attracting (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), FALSE);
  return self->state == KWA_KIOSK_STATE_ATTRACT;
}

guint
kwa_kiosk_get_idle_timeout (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->idle_timeout;
}

/**
 * kwa_kiosk_set_home_language:
 * @tag: a language of the exhibit, by its tag ("en", "ko", "ja", "zh-Hans")
 *
 * Overrides the kiosk-language setting (--lang): the kiosk speaks @tag
 * when it starts and returns to it whenever it resets. A language the
 * exhibit lacks is ignored, as the setting's is.
 */
void
kwa_kiosk_set_home_language (KwaKiosk   *self,
                             const char *tag)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (tag != NULL);

  self->home_language_set = TRUE;
  g_free (self->home_language_tag);
  self->home_language_tag = g_strdup (tag);

  /* Nobody is using it yet: the tour speaks the language from now. */
  if (self->state == KWA_KIOSK_STATE_ATTRACT)
    kwa_session_set_language (self->session, kwa_kiosk_get_home_language (self));
}

/**
 * kwa_kiosk_set_idle_timeout:
 * @seconds: seconds without input before "Still there?", at least 1
 *
 * Overrides the kiosk-idle-timeout setting (--idle-timeout).
 */
void
kwa_kiosk_set_idle_timeout (KwaKiosk *self,
                            guint     seconds)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (seconds > 0 && seconds <= G_MAXUINT / 1000);

  self->idle_timeout_set = TRUE;
  if (self->idle_timeout == seconds)
    return;

  self->idle_timeout = seconds;
  /* A waiting deadline is measured again against the new timeout. */
  if (self->idle_source_id != 0)
    kwa_kiosk_wait_for_idle_deadline (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE_TIMEOUT]);
}

guint
kwa_kiosk_get_countdown_seconds (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->countdown_seconds;
}

/**
 * kwa_kiosk_set_countdown_seconds:
 * @seconds: how long "Still there?" counts down; 0 starts over at once
 *
 * Takes effect at the next countdown.
 */
void
kwa_kiosk_set_countdown_seconds (KwaKiosk *self,
                                 guint     seconds)
{
  g_return_if_fail (KWA_IS_KIOSK (self));

  if (self->countdown_seconds == seconds)
    return;

  self->countdown_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTDOWN_SECONDS]);
}

double
kwa_kiosk_get_time_scale (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 1.0);
  return self->time_scale;
}

/**
 * kwa_kiosk_set_time_scale:
 * @time_scale: how long each stop of the tour lasts, relative to its
 *   duration in the exhibit (0.05 plays twenty times as fast)
 *
 * For tests and rehearsals; takes effect at the next stop.
 */
void
kwa_kiosk_set_time_scale (KwaKiosk *self,
                          double    time_scale)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (time_scale > 0 && isfinite (time_scale));

  if (self->time_scale == time_scale)
    return;

  self->time_scale = time_scale;
  if (self->stop_source_id != 0)
    kwa_kiosk_schedule_next_stop (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_SCALE]);
}

/**
 * kwa_kiosk_get_stop_index:
 *
 * Returns: the tour stop the attract loop shows (or last showed)
 */
guint
kwa_kiosk_get_stop_index (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return kwa_kiosk_current_index (self);
}

/**
 * kwa_kiosk_get_loop_length:
 *
 * Returns: how many stops one round of the attract loop shows: the stops
 *   of every tour it plays (kiosk-tours), one tour after another
 */
guint
kwa_kiosk_get_loop_length (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return kwa_kiosk_playlist_length (self);
}

/**
 * kwa_kiosk_get_loop_count:
 *
 * Returns: how many times the attract loop came round to its first stop
 *   again since it last started over
 */
guint
kwa_kiosk_get_loop_count (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), 0);
  return self->loop_count;
}

/**
 * kwa_kiosk_get_caption:
 *
 * Returns: (transfer none) (nullable): the attract loop's caption
 */
KwaKioskCaption *
kwa_kiosk_get_caption (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->overlay ? kwa_kiosk_overlay_get_caption (self->overlay) : NULL;
}

/**
 * kwa_kiosk_get_caption_revealer:
 *
 * Returns: (transfer none) (nullable): what shows and hides the caption
 */
GtkWidget *
kwa_kiosk_get_caption_revealer (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->overlay ? kwa_kiosk_overlay_get_caption_revealer (self->overlay) : NULL;
}

/**
 * kwa_kiosk_get_countdown:
 *
 * Returns: (transfer none) (nullable): the "Still there?" overlay
 */
KwaKioskCountdown *
kwa_kiosk_get_countdown (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->overlay ? kwa_kiosk_overlay_get_countdown (self->overlay) : NULL;
}

/**
 * kwa_kiosk_get_mute_button:
 *
 * Returns: (transfer none) (nullable): the narration's speaker button,
 *   while the kiosk holds its window
 */
GtkToggleButton *
kwa_kiosk_get_mute_button (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->overlay ? kwa_kiosk_overlay_get_mute_button (self->overlay) : NULL;
}

/**
 * kwa_kiosk_get_narrator:
 *
 * Returns: (transfer none): the voice that reads the attract loop's stops
 */
KwaNarrator *
kwa_kiosk_get_narrator (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->narrator;
}

/**
 * kwa_kiosk_get_language_switch:
 *
 * Returns: (transfer none) (nullable): the kiosk's "English | 한국어"
 */
KwaKioskLanguageSwitch *
kwa_kiosk_get_language_switch (KwaKiosk *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK (self), NULL);
  return self->overlay ? kwa_kiosk_overlay_get_language_switch (self->overlay) : NULL;
}

/**
 * kwa_kiosk_restart:
 *
 * Starts over now, as when nobody answers "Still there?": the exhibit's
 * first day, the whole map, the kiosk's language, then the tour.
 */
void
kwa_kiosk_restart (KwaKiosk *self)
{
  g_return_if_fail (KWA_IS_KIOSK (self));

  kwa_kiosk_start_attract (self, TRUE);
}

/**
 * kwa_kiosk_run_soak:
 * @n_steps: how many stops to go through
 *
 * Runs the attract loop through @n_steps stops as fast as it can, without
 * waiting or gliding, letting the main loop run between steps; then the
 * loop carries on at its own pace. A test that memory stays flat over
 * months of looping.
 */
void
kwa_kiosk_run_soak (KwaKiosk *self,
                    guint     n_steps)
{
  g_return_if_fail (KWA_IS_KIOSK (self));
  g_return_if_fail (self->state == KWA_KIOSK_STATE_ATTRACT);

  g_clear_handle_id (&self->stop_source_id, g_source_remove);
  for (guint i = 1; i <= n_steps; i++)
    {
      kwa_kiosk_advance (self, FALSE);
      /* Let what the stops queued (redraws, rasters) run now and then:
       * painting every step would make months take hours. */
      if (i % SOAK_STEPS_PER_ITERATION == 0 || i == n_steps)
        g_main_context_iteration (NULL, FALSE);
    }
  kwa_kiosk_schedule_next_stop (self);
}
