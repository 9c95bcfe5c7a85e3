/* kwa-presenter-console.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-exhibit.h"
#include "kwa-presenter.h"

G_BEGIN_DECLS

#define KWA_TYPE_PRESENTER_CONSOLE (kwa_presenter_console_get_type ())

G_DECLARE_FINAL_TYPE (KwaPresenterConsole, kwa_presenter_console, KWA, PRESENTER_CONSOLE, AdwBin)

GtkWidget  *kwa_presenter_console_new            (GdkPaintable        *live);
void        kwa_presenter_console_show_lesson    (KwaPresenterConsole *self,
                                                  const KwaTour       *tour,
                                                  int                  index,
                                                  KwaLanguage          language);
void        kwa_presenter_console_set_clock      (KwaPresenterConsole *self,
                                                  const char          *text);
void        kwa_presenter_console_set_screen     (KwaPresenterConsole *self,
                                                  KwaPresenterScreen   screen);
void        kwa_presenter_console_set_reading_aloud (KwaPresenterConsole *self,
                                                     gboolean             reading_aloud);
GtkListBox *kwa_presenter_console_get_stop_list  (KwaPresenterConsole *self);
GtkWidget  *kwa_presenter_console_get_preview    (KwaPresenterConsole *self);
GtkLabel   *kwa_presenter_console_get_notes      (KwaPresenterConsole *self);
GtkLabel   *kwa_presenter_console_get_counter    (KwaPresenterConsole *self);

G_END_DECLS
