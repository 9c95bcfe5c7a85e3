/* bench-render-report.h: bench-render's JSON report, written and read back
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int width;
  int height;
} BenchSize;

typedef struct
{
  BenchSize size;
  double    frame_p50;
  double    frame_p95;
  double    frame_max;
  double    changes_p50;
  double    changes_p95;
  double    naive_p50;
  double    blit_p50;
} SizeResult;

void     bench_report_print     (GArray          *results,
                                 double           load_ms,
                                 guint            frames,
                                 double           peak_rss);
gboolean bench_report_read_size (const char      *output,
                                 const BenchSize *size,
                                 SizeResult      *result,
                                 double          *load_ms,
                                 guint           *frames,
                                 double          *peak_rss,
                                 GError         **error);

G_END_DECLS
