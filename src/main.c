/* main.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "kwa-application.h"
#include "kwa-i18n.h"
#include "kwa-renderer-choice.h"
#include "kwa-room-scale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KwaApplication) app = NULL;

  setlocale (LC_ALL, "");
  kwa_i18n_init ();
  kwa_renderer_choice_before_display ();
  kwa_room_scale_prepare (argc, argv);

  app = kwa_application_new (APP_ID, G_APPLICATION_HANDLES_COMMAND_LINE);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
