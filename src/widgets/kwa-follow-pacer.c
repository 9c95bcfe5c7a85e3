/* kwa-follow-pacer.c: when a panel follows a moving date
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-follow-pacer"

#include "config.h"

#include "kwa-follow-pacer.h"

/* A panel's new texts lay the whole window out again: 10–30 ms for an
 * event's summary, quote and sources, a few for the situation's figures,
 * where a frame at 60 Hz has 16.7. Scrubbing or playing, the date moves
 * every frame and no one reads a panel that changes with it; the map, the
 * date card and the timeline show the day. So a day is shown at once
 * when the date moved after a rest (a click, a step), and while it keeps
 * moving once it rests for REST_US, or at the latest MAX_WAIT_US after
 * the panel last showed a day: a panel that follows a playing timeline
 * still turns its pages, and only one frame in sixty lays it out.
 *
 * A panel on a page not shown (the side bar's other tabs) does not follow
 * at all: it shows the day when it is shown, at once. Its new texts cost
 * the window's layout as much as a shown panel's. */
#define REST_US     (150 * 1000)
#define MAX_WAIT_US (1000 * 1000)

struct _KwaFollowPacer
{
  char          *name;
  GtkWidget     *panel;        /* borrowed: it owns the pacer */
  gulong         map_id;
  gboolean       pending;      /* the date moved while the panel was hidden */
  KwaFollowFunc  show;
  gpointer       user_data;
  gint64         changed_us;   /* when the date last moved */
  gint64         shown_us;     /* when the panel last showed a day */
  guint          rest_id;
};

static void
show_now (KwaFollowPacer *self)
{
  kwa_follow_pacer_shown (self);
  self->show (self->user_data);
}

static void
panel_mapped_cb (KwaFollowPacer *self)
{
  if (!self->pending)
    return;

  show_now (self);
}

KwaFollowPacer *
kwa_follow_pacer_new (const char    *name,
                      GtkWidget     *panel,
                      KwaFollowFunc  show,
                      gpointer       user_data)
{
  KwaFollowPacer *self;

  g_return_val_if_fail (GTK_IS_WIDGET (panel), NULL);

  self = g_new0 (KwaFollowPacer, 1);
  self->name = g_strdup (name);
  self->panel = panel;
  self->show = show;
  self->user_data = user_data;
  self->map_id = g_signal_connect_swapped (panel, "map", G_CALLBACK (panel_mapped_cb), self);

  return self;
}

void
kwa_follow_pacer_free (KwaFollowPacer *self)
{
  if (self == NULL)
    return;

  g_clear_handle_id (&self->rest_id, g_source_remove);
  g_clear_signal_handler (&self->map_id, self->panel);
  g_free (self->name);
  g_free (self);
}

/* The owner showed the day, because of the pacer or not. */
void
kwa_follow_pacer_shown (KwaFollowPacer *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->rest_id, g_source_remove);
  self->shown_us = g_get_monotonic_time ();
  self->pending = FALSE;
}

static gboolean
rested_cb (gpointer user_data)
{
  KwaFollowPacer *self = user_data;

  self->rest_id = 0;
  show_now (self);

  return G_SOURCE_REMOVE;
}

/* The date moved: shows the day now, or once the date rests. */
void
kwa_follow_pacer_changed (KwaFollowPacer *self)
{
  gint64 now = g_get_monotonic_time ();
  gboolean after_rest;

  g_return_if_fail (self != NULL);

  after_rest = now - self->changed_us >= REST_US;
  self->changed_us = now;

  /* In a window but not shown: later, when it is. (A panel outside any
   * window, as some tests hold one, follows as if shown.) */
  if (gtk_widget_get_root (self->panel) != NULL && !gtk_widget_get_mapped (self->panel))
    {
      g_clear_handle_id (&self->rest_id, g_source_remove);
      self->pending = TRUE;
      return;
    }

  if (after_rest || now - self->shown_us >= MAX_WAIT_US)
    {
      show_now (self);
      return;
    }

  g_clear_handle_id (&self->rest_id, g_source_remove);
  self->rest_id = g_timeout_add (REST_US / 1000, rested_cb, self);
  g_source_set_name_by_id (self->rest_id, self->name);
}
