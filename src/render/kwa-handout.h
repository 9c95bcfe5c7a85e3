/* kwa-handout.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kwa-language.h"
#include "kwa-map-document.h"

G_BEGIN_DECLS

/* The tour printed when none is named. */
#define KWA_HANDOUT_DEFAULT_TOUR "main"

#define KWA_HANDOUT_ERROR (kwa_handout_error_quark ())

typedef enum
{
  KWA_HANDOUT_ERROR_NO_SUCH_TOUR,   /* the exhibit has no tour of that id (or none at all) */
  KWA_HANDOUT_ERROR_WRITE,          /* the PDF could not be written */
} KwaHandoutError;

GQuark   kwa_handout_error_quark  (void);
/* Who the handout is for: the class, or the teacher, whose copy also
 * prints each stop's notes and questions. */
typedef enum
{
  KWA_HANDOUT_STUDENT,
  KWA_HANDOUT_TEACHER,
} KwaHandoutCopy;

gboolean kwa_handout_write_pdf    (KwaMapDocument  *document,
                                   const char      *tour_id,
                                   KwaLanguage      language,
                                   KwaHandoutCopy   copy,
                                   const char      *path,
                                   GError         **error);

G_END_DECLS
