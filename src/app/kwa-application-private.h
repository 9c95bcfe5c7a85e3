/* kwa-application-private.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-application.h"
#include "kwa-frame-pacer.h"

G_BEGIN_DECLS

struct _KwaApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  KwaSession     *session;       /* the document, clock, language and sketch every window shares */
  KwaFramePacer  *pacer;         /* lends a window's frames to the session's playback */
  KwaPresenter   *presenter;     /* while classroom mode is on */
  KwaKiosk       *kiosk;         /* when running as a museum kiosk */

  /* While the session's kiosk has the screen */
  char          **kiosk_saved_accels[3];   /* see kiosk_locked_accels */
  guint           kiosk_inhibit_cookie;    /* no screen blanking, no suspend */
};

void kwa_application_install_actions (KwaApplication *self);
void kwa_application_release_kiosk   (KwaApplication *self);

G_END_DECLS
