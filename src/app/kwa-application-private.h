/* kwa-application-private.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-application.h"

G_BEGIN_DECLS

struct _KwaApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  GFile          *data_file;     /* --data, or NULL for the bundled exhibit */
  KwaMapDocument *document;      /* what every window shows */
  KwaTimeline    *timeline;      /* the one clock all windows follow */
  KwaSketch      *sketch;        /* the teacher's pen strokes, on every map */
  GObject        *presenter;     /* KwaPresenter, while classroom mode is on */
  GObject        *kiosk;         /* KwaKiosk, when running as a museum kiosk */
  char           *load_error;    /* why --data could not be shown, for curators */
  GFileMonitor   *monitor;       /* watches --data for a curator's edits */
  guint           reload_id;     /* debounces a burst of change events */
  GThread        *prefetch;      /* loading the bundled exhibit while GTK starts */

  KwaLanguage     language;
};

void kwa_application_install_actions (KwaApplication *self);

G_END_DECLS
