/* kwa-panel.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kwa-map-document.h"
#include "kwa-timeline.h"

G_BEGIN_DECLS

#define KWA_TYPE_PANEL (kwa_panel_get_type ())

G_DECLARE_DERIVABLE_TYPE (KwaPanel, kwa_panel, KWA, PANEL, GtkWidget)

/**
 * KwaPanelClass:
 * @refresh: shows the document in the language anew; called when either
 *   changes
 * @timeline_changed: called when another timeline (or none) is set, after
 *   the signal group follows it; %NULL for a panel that shows nothing of
 *   the timeline
 */
struct _KwaPanelClass
{
  GtkWidgetClass parent_class;

  void (*refresh)          (KwaPanel *self);
  void (*timeline_changed) (KwaPanel *self);
};

KwaTimeline    *kwa_panel_get_timeline         (KwaPanel       *self);
void            kwa_panel_set_timeline         (KwaPanel       *self,
                                                KwaTimeline    *timeline);
KwaMapDocument *kwa_panel_get_document         (KwaPanel       *self);
void            kwa_panel_set_document         (KwaPanel       *self,
                                                KwaMapDocument *document);
KwaLanguage     kwa_panel_get_language         (KwaPanel       *self);
void            kwa_panel_set_language         (KwaPanel       *self,
                                                KwaLanguage     language);
GSignalGroup   *kwa_panel_get_timeline_signals (KwaPanel       *self);

G_END_DECLS
