/* kwa-benchmark.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-view.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

double kwa_benchmark_ms_since_process_start (void);
void   kwa_benchmark_startup                (GtkWindow   *window);
void   kwa_benchmark_scrub                  (GtkWindow   *window,
                                             KwaTimeline *timeline,
                                             KwaMapView  *map_view,
                                             int          width,
                                             int          height);

G_END_DECLS
