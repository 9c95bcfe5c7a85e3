/* kwa-window-panels.c: the panels beside the map, or folded over it on a
 * portrait kiosk
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kwa-window-private.h"

/* Beside a landscape map the panels take a third of the width the
 * peninsula does not need. On a portrait kiosk (1080 pixels across) they
 * took 400 of the 1080 the map is short of, and the map was a strip. There
 * the flap folds: the map and its caption band have the whole width, and
 * the panels slide over the map when a visitor asks for them (the
 * "Details" handle in the map's corner, or a marker, place or arrow picked
 * on the map). A touch outside them, or the idle reset, closes them.
 *
 * So do they on a small landscape kiosk (a 1366×768 PC): beside the
 * caption's column they left the map 650 pixels of the 1366.
 *
 * The shape is the window's content (what the flap is given), which
 * folding does not change, so the choice cannot flip back and forth. The
 * desktop keeps libadwaita's own rule: fold when the two do not fit. */

/* Narrower than this (in the window's pixels), a kiosk folds its panels. */
#define KIOSK_PANELS_BESIDE_MIN_WIDTH 1600

static gboolean
wants_folded (KwaWindow *self)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (self));
  int width, height;

  if (!self->kiosk_mode || content == NULL)
    return FALSE;
  width = gtk_widget_get_width (content);
  height = gtk_widget_get_height (content);
  return height > width || width < KIOSK_PANELS_BESIDE_MIN_WIDTH;
}

static void
update_handle (KwaWindow *self)
{
  gboolean shown = self->kiosk_mode && adw_flap_get_folded (self->flap) &&
                   !adw_flap_get_reveal_flap (self->flap);

  gtk_widget_set_visible (self->panels_handle, shown);
}

/* The fold changes between frames, not inside the allocation that
 * found the new shape: a frame later, the one time a kiosk's shape is
 * known or a screen is turned. */
static gboolean
apply_fold_cb (gpointer user_data)
{
  KwaWindow *self = user_data;
  gboolean fold = wants_folded (self);

  self->fold_idle_id = 0;
  adw_flap_set_fold_policy (self->flap, fold ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_AUTO);
  if (fold)
    adw_flap_set_reveal_flap (self->flap, FALSE);
  update_handle (self);
  return G_SOURCE_REMOVE;
}

/* Called after each allocation of the window and when the kiosk comes or
 * goes. */
void
kwa_window_panels_follow_shape (KwaWindow *self)
{
  gboolean folded_always = adw_flap_get_fold_policy (self->flap) == ADW_FLAP_FOLD_POLICY_ALWAYS;

  if (wants_folded (self) != folded_always && self->fold_idle_id == 0)
    self->fold_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_fold_cb, self, NULL);
  update_handle (self);
}

/* A visitor picked something on the folded kiosk's map: its story is in
 * the panels, so they come out. */
void
kwa_window_panels_show (KwaWindow *self)
{
  if (self->kiosk_mode && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
handle_clicked_cb (KwaWindow *self)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

/* The handle sits in the map's bottom right corner, wherever the map is
 * in the overlay (above the kiosk's caption band, which a fixed
 * alignment in the whole area would straddle on a small screen). */
static gboolean
place_handle_cb (GtkOverlay   *overlay,
                 GtkWidget    *widget,
                 GdkRectangle *allocation,
                 KwaWindow    *self)
{
  graphene_rect_t map;
  int width, height;

  if (widget != self->panels_handle ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->map_view), GTK_WIDGET (overlay), &map))
    return FALSE;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  *allocation = (GdkRectangle) { (int) (map.origin.x + map.size.width) - width,
                                 (int) (map.origin.y + map.size.height) - height, width, height };
  return TRUE;
}

/* The handle: words as well as the icon, for a visitor who has never seen
 * a sidebar button, and as large as the kiosk's other buttons. */
void
kwa_window_panels_init (KwaWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("sidebar-show-right-symbolic"));
  /* Translators: the portrait kiosk's button that opens the panels over the map */
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Details")));
  self->panels_handle = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->panels_handle), box);
  gtk_widget_add_css_class (self->panels_handle, "kiosk-panels-handle");
  gtk_widget_set_visible (self->panels_handle, FALSE);
  g_signal_connect_swapped (self->panels_handle, "clicked", G_CALLBACK (handle_clicked_cb), self);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->map_area), self->panels_handle);
  g_signal_connect_object (self->map_area, "get-child-position", G_CALLBACK (place_handle_cb), self, 0);
  kwa_map_view_add_cover (self->map_view, self->panels_handle);

  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (update_handle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (update_handle), self, G_CONNECT_SWAPPED);
}

void
kwa_window_panels_dispose (KwaWindow *self)
{
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
}
