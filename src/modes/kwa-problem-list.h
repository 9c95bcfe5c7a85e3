/* kwa-problem-list.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KWA_TYPE_PROBLEM_LIST (kwa_problem_list_get_type ())

G_DECLARE_FINAL_TYPE (KwaProblemList, kwa_problem_list, KWA, PROBLEM_LIST, AdwBin)

GtkWidget  *kwa_problem_list_new           (void);
void        kwa_problem_list_set_problems  (KwaProblemList *self,
                                            GPtrArray      *problems,
                                            GPtrArray      *warnings,
                                            gboolean        checking);
GtkListBox *kwa_problem_list_get_list      (KwaProblemList *self);

G_END_DECLS
