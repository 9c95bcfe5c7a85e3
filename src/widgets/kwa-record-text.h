/* kwa-record-text.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-exhibit.h"

G_BEGIN_DECLS

/* What a visitor reads about a place or a troop movement picked on the
 * map, in one language, on one day. */
typedef struct
{
  char              *category;   /* "Place · City", "Troop movement · Offensive" */
  char              *title;      /* the place's name, the unit's */
  char              *date;       /* how often it changed hands; the movement's span */
  char              *summary;    /* who held it on the day; whose arrow, in which event */
  char              *body;       /* the record of who held it; the event's summary */
  const KwaSource  **sources;    /* borrowed sources in an owned array */
  guint              n_sources;
} KwaRecordText;

void kwa_record_text_for_place    (KwaRecordText     *text,
                                   KwaExhibit        *exhibit,
                                   const KwaPlace    *place,
                                   KwaDate            date,
                                   KwaLanguage        language);
void kwa_record_text_for_movement (KwaRecordText     *text,
                                   KwaExhibit        *exhibit,
                                   const KwaMovement *movement,
                                   KwaLanguage        language);
void kwa_record_text_clear        (KwaRecordText     *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KwaRecordText, kwa_record_text_clear)

G_END_DECLS
