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

/* AdwFlap 1.2 starts its reveal animation at a speed divided by the
 * panels' width as last laid out: 0 / 0 before they ever were, when the
 * flap folds (and so hides them) in its first allocation, as a narrow
 * window or a kiosk not yet fullscreen makes it, or when the kiosk hides
 * them before the window's first frame. A first tick of that animation in
 * the same frame then lays the map out NaN pixels wide: GTK warns of an
 * overlay "with width -2147483648" and the frame is drawn wrong (one run
 * in five of check-two-monitors.py). So the flap starts locked, which
 * keeps folding from touching reveal-flap, the panels are shown or hidden
 * only through kwa_window_panels_reveal(), which holds a wish until they
 * have been laid out, and then the flap is unlocked and the wish granted
 * (or the panels hidden, as folding would have). */
static gboolean
panels_laid_out (KwaWindow *self)
{
  GtkWidget *panels = adw_flap_get_flap (self->flap);

  return panels != NULL && gtk_widget_get_width (panels) > 0;
}

/* Once hidden, the panels slide in and out as usual again. */
static void
restore_reveal_params (KwaWindow *self)
{
  if (self->usual_reveal_params == NULL || adw_flap_get_reveal_progress (self->flap) > 0)
    return;

  adw_flap_set_reveal_params (self->flap, self->usual_reveal_params);
  g_clear_pointer (&self->usual_reveal_params, adw_spring_params_unref);
}

/* AdwFlap has no reveal without animation; a spring this stiff settles
 * within a millisecond, so the panels are gone by the next frame, as they
 * were when folding in the first allocation hid them. */
static void
hide_panels_at_once (KwaWindow *self)
{
  g_autoptr(AdwSpringParams) stiff = adw_spring_params_new (1.0, 1.0, 1e9);

  if (self->usual_reveal_params == NULL)
    self->usual_reveal_params = adw_spring_params_ref (adw_flap_get_reveal_params (self->flap));
  adw_flap_set_reveal_params (self->flap, stiff);
  adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
unlock_flap (KwaWindow *self)
{
  gboolean reveal;

  if (!adw_flap_get_locked (self->flap) || !panels_laid_out (self))
    return;

  adw_flap_set_locked (self->flap, FALSE);
  reveal = self->reveal_pending ? self->reveal_wanted
                                : adw_flap_get_reveal_flap (self->flap) && !adw_flap_get_folded (self->flap);
  self->reveal_pending = FALSE;
  if (reveal)
    adw_flap_set_reveal_flap (self->flap, TRUE);
  else if (adw_flap_get_reveal_flap (self->flap))
    hide_panels_at_once (self);
}

/**
 * kwa_window_panels_reveal:
 *
 * Shows or hides the panels; before they were first laid out, as soon as
 * they are (see unlock_flap()).
 */
void
kwa_window_panels_reveal (KwaWindow *self,
                          gboolean   reveal)
{
  if (adw_flap_get_locked (self->flap) && !panels_laid_out (self))
    {
      self->reveal_pending = TRUE;
      self->reveal_wanted = reveal;
      return;
    }
  adw_flap_set_reveal_flap (self->flap, reveal);
}

/* The fold changes between frames, not inside the allocation that
 * found the new shape: a frame later, the one time a kiosk's shape is
 * known or a screen is turned. */
static gboolean
apply_fold_cb (gpointer user_data)
{
  KwaWindow *self = user_data;
  gboolean fold;

  self->fold_idle_id = 0;
  /* Before the first allocation the window has no shape to follow; the
   * allocation calls kwa_window_panels_follow_shape() again. */
  if (!panels_laid_out (self))
    return G_SOURCE_REMOVE;

  unlock_flap (self);
  fold = wants_folded (self);
  adw_flap_set_fold_policy (self->flap, fold ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_AUTO);
  if (fold)
    kwa_window_panels_reveal (self, FALSE);
  update_handle (self);
  return G_SOURCE_REMOVE;
}

/* Called after each allocation of the window and when the kiosk comes or
 * goes. */
void
kwa_window_panels_follow_shape (KwaWindow *self)
{
  gboolean folded_always = adw_flap_get_fold_policy (self->flap) == ADW_FLAP_FOLD_POLICY_ALWAYS;
  gboolean unlock = adw_flap_get_locked (self->flap) && panels_laid_out (self);

  if ((unlock || wants_folded (self) != folded_always) && self->fold_idle_id == 0)
    self->fold_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_fold_cb, self, NULL);
  update_handle (self);
}

/* A visitor picked something on the folded kiosk's map: its story is in
 * the panels, so they come out. */
void
kwa_window_panels_show (KwaWindow *self)
{
  if (self->kiosk_mode && adw_flap_get_folded (self->flap))
    kwa_window_panels_reveal (self, TRUE);
}

static void
handle_clicked_cb (KwaWindow *self)
{
  kwa_window_panels_reveal (self, TRUE);
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
  adw_flap_set_locked (self->flap, TRUE);   /* see unlock_flap() */
  g_signal_connect_object (self->flap, "notify::reveal-progress", G_CALLBACK (restore_reveal_params), self,
                           G_CONNECT_SWAPPED);
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
  g_clear_pointer (&self->usual_reveal_params, adw_spring_params_unref);
}
