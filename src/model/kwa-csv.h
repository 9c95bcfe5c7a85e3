/* kwa-csv.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One record of a CSV file, with the line it starts on (from 1). */
typedef struct
{
  guint   line;
  GStrv   cells;
  guint   n_cells;
} KwaCsvRow;

void       kwa_csv_append_row (GString            *out,
                               const char * const *cells,
                               guint               n_cells);
GPtrArray *kwa_csv_parse      (const char         *text,
                               GError            **error);

G_END_DECLS
