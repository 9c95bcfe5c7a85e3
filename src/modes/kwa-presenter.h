/* kwa-presenter.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-map-view.h"
#include "kwa-narrator.h"
#include "kwa-session.h"

G_BEGIN_DECLS

#define KWA_TYPE_PRESENTER (kwa_presenter_get_type ())

G_DECLARE_FINAL_TYPE (KwaPresenter, kwa_presenter, KWA, PRESENTER, GObject)

typedef enum
{
  KWA_PRESENTER_SCREEN_MAP,
  KWA_PRESENTER_SCREEN_BLACK,
  KWA_PRESENTER_SCREEN_WHITE,
  KWA_PRESENTER_SCREEN_PICTURE,   /* the stop's picture, full screen */
} KwaPresenterScreen;

KwaPresenter       *kwa_presenter_new                 (GtkApplication     *application,
                                                       KwaSession         *session);
void                kwa_presenter_present             (KwaPresenter       *self);
GtkWindow          *kwa_presenter_get_audience_window (KwaPresenter       *self);
GtkWindow          *kwa_presenter_get_presenter_window (KwaPresenter      *self);
KwaMapView         *kwa_presenter_get_audience_map    (KwaPresenter       *self);
typedef struct _KwaPresenterConsole KwaPresenterConsole;
KwaPresenterConsole *kwa_presenter_get_console        (KwaPresenter       *self);
gboolean            kwa_presenter_set_tour            (KwaPresenter       *self,
                                                       const char         *tour_id);
int                 kwa_presenter_get_stop            (KwaPresenter       *self);
void                kwa_presenter_go_to_stop          (KwaPresenter       *self,
                                                       int                 index);
void                kwa_presenter_next                (KwaPresenter       *self);
void                kwa_presenter_previous            (KwaPresenter       *self);
KwaPresenterScreen  kwa_presenter_get_screen          (KwaPresenter       *self);
void                kwa_presenter_set_screen          (KwaPresenter       *self,
                                                       KwaPresenterScreen  screen);
void                kwa_presenter_close               (KwaPresenter       *self);

void                kwa_presenter_set_reading_aloud    (KwaPresenter       *self,
                                                        gboolean            reading_aloud);
gboolean            kwa_presenter_get_reading_aloud    (KwaPresenter       *self);
KwaNarrator        *kwa_presenter_get_narrator         (KwaPresenter       *self);
GtkLabel           *kwa_presenter_get_audience_caption (KwaPresenter       *self);

G_END_DECLS
