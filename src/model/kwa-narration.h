/* kwa-narration.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sentence of a narration: bytes [start, end) of its text, without the
 * spaces around it. */
typedef struct
{
  gsize start;
  gsize end;
} KwaSentence;

KwaSentence *kwa_narration_split       (const char        *text,
                                        guint             *n_sentences);
guint        kwa_narration_count       (const char        *text);
int          kwa_narration_sentence_at (const char        *text,
                                        const KwaSentence *sentences,
                                        guint              n_sentences,
                                        const double      *cues,
                                        guint              n_cues,
                                        double             duration,
                                        double             seconds);

G_END_DECLS
