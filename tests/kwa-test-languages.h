/* kwa-test-languages.h: the languages the tests' exhibits are written in
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-language.h"

/* The app names no language: they come from the exhibit. Tests know which
 * ones their exhibits have. */
#define KWA_LANGUAGE_EN (kwa_language_register ("en"))
#define KWA_LANGUAGE_KO (kwa_language_register ("ko"))
#define KWA_LANGUAGE_JA (kwa_language_register ("ja"))
#define KWA_LANGUAGE_ZH (kwa_language_register ("zh-Hans"))
