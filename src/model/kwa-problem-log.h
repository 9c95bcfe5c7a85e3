/* kwa-problem-log.h: the problems found while loading one exhibit file
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-problem.h"

G_BEGIN_DECLS

/* Every problem found while loading, capped at KWA_EXHIBIT_MAX_PROBLEMS
 * listed ones so that a file broken everywhere cannot exhaust memory.
 */
typedef struct
{
  const char *file_name;  /* borrowed */
  GPtrArray  *problems;   /* borrowed; element-type KwaProblem */
  guint       n_found;
  /* What a valid exhibit still lacks (a translation): listed like the
   * problems, capped the same way, but the exhibit loads. */
  GPtrArray  *warnings;   /* borrowed; element-type KwaProblem; nullable */
  guint       n_warnings;
} KwaProblemLog;

void     kwa_problem_log_add           (KwaProblemLog       *log,
                                        const char          *path,
                                        int                  line,
                                        int                  column,
                                        const char          *message);
void     kwa_problem_log_warn          (KwaProblemLog       *log,
                                        const char          *path,
                                        const char          *message);
gboolean kwa_problem_log_is_full       (const KwaProblemLog *log);
void     kwa_problem_log_count_unlisted (KwaProblemLog      *log);

G_END_DECLS
