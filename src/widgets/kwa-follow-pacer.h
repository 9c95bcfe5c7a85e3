/* kwa-follow-pacer.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* When a panel that follows a moving date shows the new day. */
typedef struct _KwaFollowPacer KwaFollowPacer;

typedef void (*KwaFollowFunc) (gpointer user_data);

KwaFollowPacer *kwa_follow_pacer_new     (const char      *name,
                                          GtkWidget       *panel,
                                          KwaFollowFunc    show,
                                          gpointer         user_data);
void            kwa_follow_pacer_free    (KwaFollowPacer  *self);
void            kwa_follow_pacer_changed (KwaFollowPacer  *self);
void            kwa_follow_pacer_shown   (KwaFollowPacer  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KwaFollowPacer, kwa_follow_pacer_free)

G_END_DECLS
