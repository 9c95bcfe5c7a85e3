/* kwa-render-worker.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-render-worker"

#include "config.h"

#include "kwa-render-worker.h"

/* One thread that draws part of a frame while the caller draws the rest:
 * the caller starts a job, does its own share, and waits for the job.
 * One job at a time; the thread lives as long as the worker, so a frame
 * does not pay for starting one.
 *
 * A band of a 1080p frame takes a quarter of a millisecond, and waking a
 * sleeping thread took 30 µs here, twice a frame. So each side first
 * watches for the other a little while (SPIN_US) before it sleeps: the
 * worker for the next job, which during an export or a benchmark follows
 * within microseconds; the caller for the job's end. Frames drawn now and
 * then (the map view draws through GTK, not here) cost a short spin at
 * most. */

#define SPIN_US 500

struct _KwaRenderWorker
{
  GThread      *thread;
  GMutex        lock;
  GCond         changed;
  KwaRenderJob  job;      /* the job waiting or running; NULL once done */
  gpointer      data;     /* written before the job, read after it */
  gint          quit;
  gboolean      slept;    /* before the last job came: see kwa_render_worker_slept() */
};

/* Returns once the job is there (@present) or gone (!@present), the
 * worker is asked to quit, or SPIN_US have passed. */
static void
spin_until (KwaRenderWorker *self,
            gboolean         present)
{
  gint64 until = g_get_monotonic_time () + SPIN_US;

  while ((g_atomic_pointer_get (&self->job) != NULL) != present && !g_atomic_int_get (&self->quit) &&
         g_get_monotonic_time () < until)
    ;
}

static gpointer
run (gpointer user_data)
{
  KwaRenderWorker *self = user_data;

  for (;;)
    {
      KwaRenderJob job;
      gpointer data;
      gboolean slept;

      spin_until (self, TRUE);

      g_mutex_lock (&self->lock);
      slept = FALSE;
      while ((job = g_atomic_pointer_get (&self->job)) == NULL && !g_atomic_int_get (&self->quit))
        {
          g_cond_wait (&self->changed, &self->lock);
          slept = TRUE;
        }
      /* Said of the job now taken, and kept until the next is: the caller
       * asks once it has waited for this one, and a caller slow to wake
       * asks after this thread has given up watching for the next. */
      self->slept = slept;
      data = self->data;
      g_mutex_unlock (&self->lock);
      if (job == NULL)
        break;

      job (data);

      g_mutex_lock (&self->lock);
      g_atomic_pointer_set (&self->job, NULL);
      g_cond_broadcast (&self->changed);
      g_mutex_unlock (&self->lock);
    }

  return NULL;
}

/**
 * kwa_render_worker_new:
 *
 * Returns: (nullable): a worker, or %NULL when no thread could be started
 *   (the caller then draws the whole frame itself)
 */
KwaRenderWorker *
kwa_render_worker_new (void)
{
  KwaRenderWorker *self = g_new0 (KwaRenderWorker, 1);
  g_autoptr(GError) error = NULL;

  g_mutex_init (&self->lock);
  g_cond_init (&self->changed);
  self->thread = g_thread_try_new ("kwa-render", run, self, &error);
  if (self->thread == NULL)
    {
      g_debug ("No thread to draw with: %s", error->message);
      g_mutex_clear (&self->lock);
      g_cond_clear (&self->changed);
      g_free (self);
      return NULL;
    }

  return self;
}

/* Waits for a job still running, then ends the thread. */
void
kwa_render_worker_free (KwaRenderWorker *self)
{
  if (self == NULL)
    return;

  g_mutex_lock (&self->lock);
  g_atomic_int_set (&self->quit, TRUE);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);

  g_mutex_clear (&self->lock);
  g_cond_clear (&self->changed);
  g_free (self);
}

/**
 * kwa_render_worker_start:
 * @job: runs on the worker's thread, with @data
 *
 * Starts @job. The caller must kwa_render_worker_wait() before starting
 * another, and before using what @job writes.
 */
void
kwa_render_worker_start (KwaRenderWorker *self,
                         KwaRenderJob     job,
                         gpointer         data)
{
  g_return_if_fail (self != NULL && job != NULL);

  g_mutex_lock (&self->lock);
  g_warn_if_fail (g_atomic_pointer_get (&self->job) == NULL);
  self->data = data;
  g_atomic_pointer_set (&self->job, job);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);
}

/* Whether the worker had gone to sleep before the job that ended last
 * came: it then took its time to wake. Call after kwa_render_worker_wait(). */
gboolean
kwa_render_worker_slept (KwaRenderWorker *self)
{
  gboolean slept;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->lock);
  slept = self->slept;
  g_mutex_unlock (&self->lock);

  return slept;
}

/* Returns once the job started last has finished; what it wrote is then
 * the caller's to read. */
void
kwa_render_worker_wait (KwaRenderWorker *self)
{
  g_return_if_fail (self != NULL);

  spin_until (self, FALSE);

  g_mutex_lock (&self->lock);
  while (g_atomic_pointer_get (&self->job) != NULL)
    g_cond_wait (&self->changed, &self->lock);
  g_mutex_unlock (&self->lock);
}
