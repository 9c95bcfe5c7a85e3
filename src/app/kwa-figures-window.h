/* kwa-figures-window.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kwa-figures-view.h"
#include "kwa-session.h"

G_BEGIN_DECLS

#define KWA_TYPE_FIGURES_WINDOW (kwa_figures_window_get_type ())

G_DECLARE_FINAL_TYPE (KwaFiguresWindow, kwa_figures_window, KWA, FIGURES_WINDOW, AdwWindow)

KwaFiguresWindow *kwa_figures_window_new      (KwaSession       *session,
                                               GtkWindow        *parent);
KwaFiguresView   *kwa_figures_window_get_view (KwaFiguresWindow *self);
gboolean          kwa_figures_window_save     (KwaFiguresWindow *self,
                                               const char       *path);

G_END_DECLS
