/* kwa-problem.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KWA_TYPE_PROBLEM (kwa_problem_get_type ())

/* One thing wrong with an exhibit file, said so a curator can find and fix
 * it: where (a JSON path such as "events[12].date", or a line and column
 * for problems below the JSON level) and what.
 */
typedef struct
{
  char *file;     /* the file's base name, as the curator knows it */
  char *path;     /* JSON path, or NULL */
  int   line;     /* 1-based, or 0 when there is no position */
  int   column;   /* 1-based, in characters */
  char *message;
} KwaProblem;

GType       kwa_problem_get_type     (void) G_GNUC_CONST;

KwaProblem *kwa_problem_new          (const char       *file,
                                      const char       *path,
                                      int               line,
                                      int               column,
                                      const char       *message);
KwaProblem *kwa_problem_copy         (const KwaProblem *problem);
void        kwa_problem_free         (KwaProblem       *problem);

char       *kwa_problem_dup_location (const KwaProblem *problem);
char       *kwa_problem_to_string    (const KwaProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaProblem, kwa_problem_free)

G_END_DECLS
