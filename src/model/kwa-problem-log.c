/* kwa-problem-log.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-problem-log"

#include "config.h"

#include "kwa-exhibit.h"
#include "kwa-problem-log.h"

void
kwa_problem_log_add (KwaProblemLog *log,
                     const char    *path,
                     int            line,
                     int            column,
                     const char    *message)
{
  g_return_if_fail (log != NULL);
  g_return_if_fail (message != NULL);

  log->n_found++;

  if (log->n_found <= KWA_EXHIBIT_MAX_PROBLEMS)
    g_ptr_array_add (log->problems, kwa_problem_new (log->file_name, path, line, column, message));
  else if (log->n_found == KWA_EXHIBIT_MAX_PROBLEMS + 1)
    g_ptr_array_add (log->problems,
                     kwa_problem_new (log->file_name, NULL, 0, 0,
                                      "there are more problems; only the first "
                                      G_STRINGIFY (KWA_EXHIBIT_MAX_PROBLEMS) " are listed"));
}

/**
 * kwa_problem_log_warn:
 * @path: where in the file
 * @message: what the exhibit lacks there
 *
 * Notes something a curator should mend that does not stop the exhibit
 * from being shown.
 */
void
kwa_problem_log_warn (KwaProblemLog *log,
                      const char    *path,
                      const char    *message)
{
  g_return_if_fail (log != NULL);
  g_return_if_fail (message != NULL);

  log->n_warnings++;
  if (log->warnings == NULL)
    return;

  if (log->n_warnings <= KWA_EXHIBIT_MAX_PROBLEMS)
    g_ptr_array_add (log->warnings, kwa_problem_new (log->file_name, path, 0, 0, message));
  else if (log->n_warnings == KWA_EXHIBIT_MAX_PROBLEMS + 1)
    g_ptr_array_add (log->warnings,
                     kwa_problem_new (log->file_name, NULL, 0, 0,
                                      "there are more warnings; only the first "
                                      G_STRINGIFY (KWA_EXHIBIT_MAX_PROBLEMS) " are listed"));
}

/**
 * kwa_problem_log_is_full:
 * @log: a problem log
 *
 * Past the listed problems only the count matters: a file with a million
 * of them must not cost a million messages, so callers skip building them.
 *
 * Returns: %TRUE if the next problem will only be counted
 */
gboolean
kwa_problem_log_is_full (const KwaProblemLog *log)
{
  g_return_val_if_fail (log != NULL, FALSE);

  return log->n_found > KWA_EXHIBIT_MAX_PROBLEMS;
}

/**
 * kwa_problem_log_count_unlisted:
 * @log: a full problem log
 *
 * Counts one more problem, whose message nobody would read.
 */
void
kwa_problem_log_count_unlisted (KwaProblemLog *log)
{
  g_return_if_fail (kwa_problem_log_is_full (log));

  log->n_found++;
}
