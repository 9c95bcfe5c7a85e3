/* kwa-test-loader.h: what the exhibit loader's tests share — test files,
 * minimal.json edited, and checks of the problems a load reports.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-test-languages.h"
#include "kwa-exhibit.h"

G_BEGIN_DECLS

gint64      kwa_test_time_limit_usec (void);
GFile      *kwa_test_data_file       (const char  *first_element,
                                      ...) G_GNUC_NULL_TERMINATED;
char       *kwa_test_read_minimal    (void);
char       *kwa_test_minimal_with    (const char  *old,
                                      const char  *new);
KwaExhibit *kwa_test_load_generated  (const char  *text,
                                      GPtrArray  **out_problems,
                                      GError     **error,
                                      gint64      *out_elapsed);
void        kwa_test_assert_problem  (GPtrArray   *problems,
                                      const char  *file_name,
                                      const char  *location,
                                      const char  *phrase);

G_END_DECLS
