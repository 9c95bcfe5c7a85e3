/* test-render-worker.c: the thread that draws the second band of a frame
 * runs each job once, on its own thread, and says when one found it
 * asleep. (That it watches for jobs back to back is a matter of speed,
 * for the benchmarks: on a machine whose other core is busy it cannot.)
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
} Job;

static void
run_job (gpointer data)
{
  Job *job = data;

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

/* Jobs more than a window's frame apart find the worker asleep, and say
 * so: such frames are not judged, since waking took its time, not a busy
 * core.
 * It is said of the job, however late the caller asks: a caller slow to
 * wake from waiting used to ask after the worker had given up watching
 * for the next job and forgotten (2 to 10 of 20 said here). Nearly all,
 * not all: on a busy machine the worker may not reach its sleep in time. */
static void
test_says_it_slept (void)
{
  g_autoptr(KwaRenderWorker) worker = kwa_render_worker_new ();
  Job job = { 0 };
  guint slept = 0;

  for (guint i = 0; i < 20; i++)
    {
      g_usleep (25 * 1000);
      kwa_render_worker_start (worker, run_job, &job);
      kwa_render_worker_wait (worker);
      slept += kwa_render_worker_slept (worker);
    }

  g_test_message ("%u of 20 jobs 25 ms apart found the worker asleep", slept);
  g_assert_cmpuint (slept, >=, 17);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-worker/runs-jobs", test_runs_jobs);
  g_test_add_func ("/render-worker/says-it-slept", test_says_it_slept);

  return g_test_run ();
}
