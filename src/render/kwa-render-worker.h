/* kwa-render-worker.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef void (*KwaRenderJob) (gpointer data);

typedef struct _KwaRenderWorker KwaRenderWorker;

KwaRenderWorker *kwa_render_worker_new   (void);
void             kwa_render_worker_free  (KwaRenderWorker *self);
void             kwa_render_worker_start (KwaRenderWorker *self,
                                          KwaRenderJob     job,
                                          gpointer         data);
void             kwa_render_worker_wait  (KwaRenderWorker *self);
gboolean         kwa_render_worker_slept (KwaRenderWorker *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaRenderWorker, kwa_render_worker_free)

G_END_DECLS
