/* kwa-narrator.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-exhibit-records.h"
#include "kwa-narration.h"

G_BEGIN_DECLS

#define KWA_TYPE_NARRATOR (kwa_narrator_get_type ())

G_DECLARE_FINAL_TYPE (KwaNarrator, kwa_narrator, KWA, NARRATOR, GObject)

KwaNarrator       *kwa_narrator_new           (void);
gboolean           kwa_narrator_speak         (KwaNarrator    *self,
                                               const KwaVoice *voice,
                                               const char     *text);
void               kwa_narrator_silence       (KwaNarrator    *self);
gboolean           kwa_narrator_get_speaking  (KwaNarrator    *self);
int                kwa_narrator_get_sentence  (KwaNarrator    *self);
const KwaSentence *kwa_narrator_get_sentences (KwaNarrator    *self,
                                               guint          *n_sentences);
char              *kwa_narrator_dup_spoken    (KwaNarrator    *self);
GtkMediaStream    *kwa_narrator_get_stream    (KwaNarrator    *self);
gboolean           kwa_narrator_get_muted     (KwaNarrator    *self);
void               kwa_narrator_set_muted     (KwaNarrator    *self,
                                               gboolean        muted);
double             kwa_narrator_get_volume    (KwaNarrator    *self);
void               kwa_narrator_set_volume    (KwaNarrator    *self,
                                               double          volume);

G_END_DECLS
