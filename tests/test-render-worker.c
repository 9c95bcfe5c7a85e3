/* test-render-worker.c: the thread that draws the second band of a frame
 * runs each job once, on its own thread; watches for the next job when
 * jobs come back to back, and says when one found it asleep.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kwa-render-worker.h"

typedef struct
{
  GThread *thread;    /* the one the job ran on */
  guint    runs;
  double   work_ms;   /* how long the job keeps its thread busy */
} Job;

/* Busy for @ms, as a thread drawing its band of a frame is. */
static void
work_for (double ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) (ms * 1000);

  while (g_get_monotonic_time () < until)
    ;
}

static void
run_job (gpointer data)
{
  Job *job = data;

  work_for (job->work_ms);
  job->thread = g_thread_self ();
  job->runs++;
}

/* Each job runs once, not on the caller's thread, and what it wrote is
 * there once the caller has waited. */
static void
test_runs_jobs (void)
{
  g_autoptr(KwaRenderWorker) worker = kwa_render_worker_new ();
  Job job = { 0 };

  g_assert_nonnull (worker);
  for (guint i = 1; i <= 5; i++)
    {
      kwa_render_worker_start (worker, run_job, &job);
      kwa_render_worker_wait (worker);
      g_assert_cmpuint (job.runs, ==, i);
      g_assert_true (job.thread != g_thread_self ());
    }
}

/* Frames back to back, as an export or a benchmark draws them, the caller
 * drawing its own band while the worker draws the other, the two as
 * long: most jobs find the worker still watching, not asleep, and so are
 * judged (see kwa-map-renderer-bands.c). Not all: on a busy machine the
 * caller may be held up between two. */
static void
test_watches_back_to_back_jobs (void)
{
  g_autoptr(KwaRenderWorker) worker = kwa_render_worker_new ();
  Job job = { .work_ms = 1.0 };
  guint awake = 0;

  for (guint i = 0; i < 50; i++)
    {
      kwa_render_worker_start (worker, run_job, &job);
      work_for (1.0);
      kwa_render_worker_wait (worker);
      awake += !kwa_render_worker_slept (worker);
    }

  g_test_message ("%u of 50 jobs found the worker awake", awake);
  g_assert_cmpuint (job.runs, ==, 50);
  g_assert_cmpuint (awake, >=, 10);
}

/* Jobs a window's frame apart find the worker asleep, and say so: such
 * frames are not judged, since waking took its time, not a busy core.
 * It is said of the job, however late the caller asks: a caller slow to
 * wake from waiting used to ask after the worker had given up watching
 * for the next job and forgotten (4 to 8 of 10 said here). Nearly all,
 * not all: on a busy machine the worker may not reach its sleep in 16 ms. */
static void
test_says_it_slept (void)
{
  g_autoptr(KwaRenderWorker) worker = kwa_render_worker_new ();
  Job job = { 0 };
  guint slept = 0;

  for (guint i = 0; i < 20; i++)
    {
      g_usleep (16 * 1000);
      kwa_render_worker_start (worker, run_job, &job);
      kwa_render_worker_wait (worker);
      slept += kwa_render_worker_slept (worker);
    }

  g_test_message ("%u of 20 jobs 16 ms apart found the worker asleep", slept);
  g_assert_cmpuint (slept, >=, 17);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-worker/runs-jobs", test_runs_jobs);
  g_test_add_func ("/render-worker/watches-back-to-back-jobs", test_watches_back_to_back_jobs);
  g_test_add_func ("/render-worker/says-it-slept", test_says_it_slept);

  return g_test_run ();
}
