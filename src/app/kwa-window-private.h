/* kwa-window-private.h
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kwa-handout.h"

#include "kwa-session.h"
#include "kwa-timeline-bar.h"
#include "kwa-window.h"

G_BEGIN_DECLS

struct _KwaWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkWidget            *map_area;
  KwaMapView           *map_view;
  GtkWidget            *timeline_slot;
  GtkMenuButton        *primary_menu_button;
  AdwFlap              *flap;
  AdwViewStack         *panel_stack;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *event_panel;
  GtkWidget            *situation_panel;
  GtkWidget            *layers_panel;
  GtkWidget            *perspectives_panel;
  GtkWidget            *search_panel;
  GtkWidget            *panels_button;
  GtkMenuButton        *pen_button;      /* colours, undo, clear */
  GtkToggleButton      *pen_toggle;      /* win.pen */

  /* Built in code, once (see build_panels). */
  KwaTimelineBar       *timeline_bar;
  GtkMenuButton        *language_button;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  GtkWidget            *panels_handle;   /* the folded kiosk's "Details" */

  /* Owned */
  KwaSession           *session;     /* the application's: what every window shares */
  GSettings            *settings;
  GSignalGroup         *session_signals;
  GSignalGroup         *timeline_signals;
  GBinding             *time_binding;
  GBinding             *layers_binding;
  gboolean              selecting_on_map;
  gboolean              kiosk_mode;
  gboolean              follow_selection;
  struct _KwaCurator   *curator;     /* while curating, else NULL */
  char                 *selected_event_id;   /* the last one shown */
  GtkWidget            *figures_window;      /* weak; while open */
  guint                 fold_idle_id;
  AdwSpringParams      *usual_reveal_params; /* while the panels hide at once */
  gboolean              reveal_pending;      /* asked for before the panels were laid out: */
  gboolean              reveal_wanted;       /* see kwa_window_panels_reveal() */
};

void kwa_window_install_actions     (KwaWindow *self);
void kwa_window_reset_panels        (KwaWindow *self);
void kwa_window_export_video        (KwaWindow *self);
void kwa_window_toast_file          (KwaWindow  *self,
                                     const char *text,
                                     GFile      *file);
void kwa_window_alert               (KwaWindow  *self,
                                     const char *heading,
                                     const char *message);
void kwa_window_print_handout       (KwaWindow *self);
gboolean kwa_window_write_handout   (KwaWindow      *self,
                                     const char     *tour_id,
                                     KwaHandoutCopy  copy,
                                     const char     *path);
struct _KwaVideoExport *kwa_window_start_video_export (KwaWindow   *self,
                                                       guint        span,
                                                       const char  *path,
                                                       GError     **error);
gboolean kwa_window_curator_close_request (KwaWindow *self);
void kwa_window_curator_end          (KwaWindow *self);
void kwa_window_actions_follow_kiosk (KwaWindow *self,
                                      gboolean   kiosk);
void kwa_window_panels_init          (KwaWindow *self);
void kwa_window_panels_dispose       (KwaWindow *self);
void kwa_window_panels_follow_shape  (KwaWindow *self);
void kwa_window_panels_show          (KwaWindow *self);
void kwa_window_panels_reveal        (KwaWindow *self,
                                      gboolean   reveal);

G_END_DECLS
