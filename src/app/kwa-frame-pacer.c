/* kwa-frame-pacer.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-frame-pacer"

#include "config.h"

#include "kwa-frame-pacer.h"

/**
 * KwaFramePacer:
 *
 * Feeds the session's playback the frames of one of the application's
 * windows while the clock plays. The application, which owns both the
 * windows and the session, decides which window paces the clock; no view
 * has to claim it, and however many windows show the clock it moves once
 * a frame.
 *
 * The pacing window is the most recently focused window that is on
 * screen (GtkApplication keeps its windows in that order). When it is
 * hidden or closed, the next one takes over; with no window on screen
 * the clock stands still, as nothing would show it move.
 */
struct _KwaFramePacer
{
  GObject         parent_instance;

  GtkApplication *application;   /* unowned: it owns us */
  KwaPlayback    *playback;
  GtkWidget      *window;        /* the pacing window, or NULL */
  guint           tick_id;
  gulong          unmap_id;
};

G_DEFINE_FINAL_TYPE (KwaFramePacer, kwa_frame_pacer, G_TYPE_OBJECT)

static void choose_window (KwaFramePacer *self);

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  KwaFramePacer *self = user_data;

  kwa_playback_tick (self->playback, gdk_frame_clock_get_frame_time (clock));

  return G_SOURCE_CONTINUE;
}

static void
release_window (KwaFramePacer *self)
{
  if (self->window == NULL)
    {
      /* Closed and finalized under us: its handlers went with it. */
      self->tick_id = 0;
      self->unmap_id = 0;
      return;
    }

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->window, self->tick_id);
  self->tick_id = 0;
  g_clear_signal_handler (&self->unmap_id, self->window);
  g_clear_weak_pointer (&self->window);
}

static void
window_unmapped_cb (KwaFramePacer *self)
{
  choose_window (self);
}

static GtkWidget *
first_window_on_screen (KwaFramePacer *self)
{
  for (GList *l = gtk_application_get_windows (self->application); l != NULL; l = l->next)
    if (gtk_widget_get_mapped (l->data))
      return l->data;

  return NULL;
}

/* Picks the pacing window anew: after playback starts or stops, and when
 * windows come, go, map or take the focus. */
static void
choose_window (KwaFramePacer *self)
{
  GtkWidget *window = NULL;

  if (kwa_playback_get_running (self->playback))
    window = first_window_on_screen (self);

  if (window == self->window)
    return;

  release_window (self);
  if (window == NULL)
    return;

  g_set_weak_pointer (&self->window, window);
  self->unmap_id = g_signal_connect_swapped (window, "unmap", G_CALLBACK (window_unmapped_cb), self);
  self->tick_id = gtk_widget_add_tick_callback (window, tick_cb, self, NULL);
}

static void
window_added_cb (KwaFramePacer *self,
                 GtkWindow     *window)
{
  /* A window that is not yet on screen can pace only once it maps. */
  g_signal_connect_object (window, "map", G_CALLBACK (choose_window), self, G_CONNECT_SWAPPED);
  choose_window (self);
}

static void
kwa_frame_pacer_dispose (GObject *object)
{
  KwaFramePacer *self = KWA_FRAME_PACER (object);

  release_window (self);
  g_clear_object (&self->playback);

  G_OBJECT_CLASS (kwa_frame_pacer_parent_class)->dispose (object);
}

static void
kwa_frame_pacer_class_init (KwaFramePacerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_frame_pacer_dispose;
}

static void
kwa_frame_pacer_init (KwaFramePacer *self)
{
}

/**
 * kwa_frame_pacer_new:
 * @application: whose windows may pace the clock
 * @playback: what to feed their frames to
 */
KwaFramePacer *
kwa_frame_pacer_new (GtkApplication *application,
                     KwaPlayback    *playback)
{
  KwaFramePacer *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KWA_IS_PLAYBACK (playback), NULL);

  self = g_object_new (KWA_TYPE_FRAME_PACER, NULL);
  self->application = application;
  self->playback = g_object_ref (playback);

  g_signal_connect_object (playback, "notify::running", G_CALLBACK (choose_window), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "window-added", G_CALLBACK (window_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "window-removed", G_CALLBACK (choose_window), self, G_CONNECT_SWAPPED);
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    g_signal_connect_object (l->data, "map", G_CALLBACK (choose_window), self, G_CONNECT_SWAPPED);
  choose_window (self);

  return self;
}

/**
 * kwa_frame_pacer_get_window:
 *
 * Returns: (transfer none) (nullable): the window whose frames move the
 *   clock: one on screen while playback runs, else %NULL
 */
GtkWidget *
kwa_frame_pacer_get_window (KwaFramePacer *self)
{
  g_return_val_if_fail (KWA_IS_FRAME_PACER (self), NULL);

  return self->window;
}
