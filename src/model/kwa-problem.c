/* kwa-problem.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-problem"

#include "config.h"

#include "kwa-problem.h"

G_DEFINE_BOXED_TYPE (KwaProblem, kwa_problem, kwa_problem_copy, kwa_problem_free)

/**
 * kwa_problem_new:
 * @file: (nullable): the file's base name
 * @path: (nullable): the JSON path of the offending value
 * @line: the 1-based line, or 0
 * @column: the 1-based column, or 0
 * @message: what is wrong, in words a curator understands
 *
 * Returns: (transfer full): a new problem
 */
KwaProblem *
kwa_problem_new (const char *file,
                 const char *path,
                 int         line,
                 int         column,
                 const char *message)
{
  KwaProblem *problem;

  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (line >= 0 && column >= 0, NULL);

  problem = g_new0 (KwaProblem, 1);
  problem->file = g_strdup (file);
  problem->path = g_strdup (path);
  problem->line = line;
  problem->column = column;
  problem->message = g_strdup (message);

  return problem;
}

KwaProblem *
kwa_problem_copy (const KwaProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return kwa_problem_new (problem->file, problem->path, problem->line,
                          problem->column, problem->message);
}

void
kwa_problem_free (KwaProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * kwa_problem_dup_location:
 * @problem: a problem
 *
 * Returns: (transfer full): "events[12].date", "34:7", or "" for a problem
 *   with the whole file
 */
char *
kwa_problem_dup_location (const KwaProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->path != NULL && problem->path[0] != '\0')
    return g_strdup (problem->path);

  if (problem->line > 0)
    return g_strdup_printf ("%d:%d", problem->line, problem->column);

  return g_strdup ("");
}

/**
 * kwa_problem_to_string:
 * @problem: a problem
 *
 * Formats @problem the way compilers do, so editors and terminals can jump
 * to it: `korean-war.json:34:7: unexpected character ','` or
 * `korean-war.json: events[12].date: "1950-13-01" is not a valid date`.
 *
 * Returns: (transfer full): one line describing @problem
 */
char *
kwa_problem_to_string (const KwaProblem *problem)
{
  const char *file;

  g_return_val_if_fail (problem != NULL, NULL);

  file = problem->file != NULL ? problem->file : "exhibit";

  if (problem->path != NULL && problem->path[0] != '\0')
    return g_strdup_printf ("%s: %s: %s", file, problem->path, problem->message);

  if (problem->line > 0)
    return g_strdup_printf ("%s:%d:%d: %s", file, problem->line, problem->column, problem->message);

  return g_strdup_printf ("%s: %s", file, problem->message);
}
