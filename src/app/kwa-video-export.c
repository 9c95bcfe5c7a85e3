/* kwa-video-export.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-video-export"

#include "config.h"

#include "kwa-video-export.h"

/* A video of the map drawn on a worker thread, so the window stays usable
 * through the minutes a war takes to draw: the frames are drawn and
 * encoded by kwa_animation_write(), which reports each frame; the report
 * reaches the main thread as "progress" (at most every tenth of a
 * second), the end as "finished". Cancelling stops it between frames.
 * The document is read, never changed, by the worker. */

struct _KwaVideoExport
{
  GObject           parent_instance;

  /* Owned */
  KwaMapDocument   *document;
  KwaAnimationSpec  spec;
  KwaRenderOptions  options;
  char             *path;
  GCancellable     *cancellable;

  /* Written by the worker, read on the main thread */
  gint              done;          /* frames drawn: atomic */
  guint             total;         /* set before the worker starts */
  guint             progress_id;   /* main thread: polls @done */
  gboolean          started;
};

G_DEFINE_FINAL_TYPE (KwaVideoExport, kwa_video_export, G_TYPE_OBJECT)

enum {
  PROGRESS,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The worker's frame count; the main thread polls it (poll_progress_cb). */
static void
frame_done_cb (guint    done,
               guint    total,
               gpointer user_data)
{
  KwaVideoExport *self = user_data;

  g_atomic_int_set (&self->done, (gint) done);
}

static gboolean
poll_progress_cb (gpointer user_data)
{
  KwaVideoExport *self = user_data;

  g_signal_emit (self, signals[PROGRESS], 0, kwa_video_export_get_fraction (self));
  return G_SOURCE_CONTINUE;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  KwaVideoExport *self = source_object;
  g_autoptr(GError) error = NULL;

  if (kwa_animation_write (self->document, &self->spec, &self->options, self->path,
                           frame_done_cb, self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  KwaVideoExport *self = KWA_VIDEO_EXPORT (object);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (ok)
    g_signal_emit (self, signals[PROGRESS], 0, 1.0);
  g_signal_emit (self, signals[FINISHED], 0, ok, error);
}

static void
kwa_video_export_finalize (GObject *object)
{
  KwaVideoExport *self = KWA_VIDEO_EXPORT (object);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);
  g_free (self->path);

  G_OBJECT_CLASS (kwa_video_export_parent_class)->finalize (object);
}

static void
kwa_video_export_class_init (KwaVideoExportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kwa_video_export_finalize;

  /**
   * KwaVideoExport::progress:
   * @fraction: how much of the video is drawn, 0 to 1
   */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  /**
   * KwaVideoExport::finished:
   * @ok: whether the video was written
   * @error: (nullable): why not (cancelled: %G_IO_ERROR_CANCELLED)
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_BOOLEAN, G_TYPE_ERROR);
}

static void
kwa_video_export_init (KwaVideoExport *self)
{
  self->cancellable = g_cancellable_new ();
}

KwaVideoExport *
kwa_video_export_new (KwaMapDocument         *document,
                      const KwaAnimationSpec *spec,
                      const KwaRenderOptions *options,
                      const char             *path)
{
  KwaVideoExport *self;

  g_return_val_if_fail (KWA_IS_MAP_DOCUMENT (document), NULL);
  g_return_val_if_fail (spec != NULL && options != NULL && path != NULL, NULL);

  self = g_object_new (KWA_TYPE_VIDEO_EXPORT, NULL);
  self->document = g_object_ref (document);
  self->spec = *spec;
  self->options = *options;
  self->options.sketch = NULL;       /* the pen's strokes belong to the window's thread */
  self->options.selected = NULL;
  self->path = g_strdup (path);
  self->total = kwa_animation_spec_get_n_frames (spec);

  return self;
}

/**
 * kwa_video_export_start:
 *
 * Starts drawing on a worker thread; "progress" and then "finished" follow
 * on the main thread. The export keeps itself alive until it finishes.
 */
void
kwa_video_export_start (KwaVideoExport *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KWA_IS_VIDEO_EXPORT (self));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  task = g_task_new (self, self->cancellable, written_cb, NULL);
  g_task_set_name (task, "[kwa] video export");
  g_task_run_in_thread (task, write_thread);
  self->progress_id = g_timeout_add (100, poll_progress_cb, self);
  g_source_set_name_by_id (self->progress_id, "[kwa] video export progress");
}

void
kwa_video_export_cancel (KwaVideoExport *self)
{
  g_return_if_fail (KWA_IS_VIDEO_EXPORT (self));
  g_cancellable_cancel (self->cancellable);
}

double
kwa_video_export_get_fraction (KwaVideoExport *self)
{
  g_return_val_if_fail (KWA_IS_VIDEO_EXPORT (self), 0);
  return self->total > 0 ? CLAMP ((double) g_atomic_int_get (&self->done) / self->total, 0, 1) : 0;
}

const char *
kwa_video_export_get_path (KwaVideoExport *self)
{
  g_return_val_if_fail (KWA_IS_VIDEO_EXPORT (self), NULL);
  return self->path;
}
