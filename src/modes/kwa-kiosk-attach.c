/* kwa-kiosk-attach.c: the kiosk takes its window, and lets it go
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk"

#include "config.h"

#include "kwa-kiosk-private.h"
#include "kwa-kiosk-stage.h"

/* Taking the window puts the kiosk's parts on it: the screen (fullscreen,
 * the pointer), the overlay over the map (caption, language switch,
 * "Still there?"), the input that tells the state machine a visitor is
 * there, and the lockdown. Letting go takes them off again, giving the
 * window back as it was when it stays, leaving it be when it is being
 * destroyed. */

/* The caption speaks only in the attract loop, the countdown only in its
 * own state. While the caption shows, the legend is in its column, large;
 * when a visitor takes the map (and the column slides shut) it is back on
 * the map, closed to its header, which a tap opens: at the room's size it
 * would otherwise cover the south. */
void
kwa_kiosk_show_state (KwaKiosk *self)
{
  gboolean attract = self->state == KWA_KIOSK_STATE_ATTRACT;
  KwaMapView *view = self->window != NULL ? kwa_kiosk_host_get_map_view (self->window) : NULL;

  if (self->overlay != NULL)
    kwa_kiosk_overlay_show (self->overlay, attract, self->state == KWA_KIOSK_STATE_COUNTDOWN);
  if (view != NULL && self->overlay != NULL)
    {
      kwa_map_view_set_legend_elsewhere (view, attract &&
                                         kwa_kiosk_caption_get_map_key_shown (kwa_kiosk_overlay_get_caption (self->overlay)));
      if (attract)
        kwa_map_view_set_legend_collapsed (view, TRUE);
    }
}

static void
visitor_cb (KwaKiosk      *self,
            gboolean       takes_over,
            KwaKioskInput *input)
{
  kwa_kiosk_visitor_input (self, takes_over);
}

static void
pointer_moved_cb (KwaKiosk *self)
{
  if (self->screen != NULL)
    kwa_kiosk_screen_show_pointer (self->screen);
}

static void
admin_chord_cb (KwaKiosk *self)
{
  g_signal_emit_by_name (self, "admin-exit");
}

/* The stage the kiosk built in the window, if it still stands. */
static KwaKioskStage *
get_stage (KwaKiosk *self)
{
  GtkWidget *parent;

  if (self->overlay == NULL)
    return NULL;
  parent = gtk_widget_get_parent (kwa_kiosk_overlay_get_caption_revealer (self->overlay));
  return KWA_IS_KIOSK_STAGE (parent) ? KWA_KIOSK_STAGE (parent) : NULL;
}

/* A small screen: the overlay's compact forms. */
static void
compact_changed_cb (KwaKiosk *self)
{
  if (self->overlay != NULL && self->screen != NULL)
    kwa_kiosk_overlay_set_compact (self->overlay, kwa_kiosk_screen_get_compact (self->screen));
}

static void window_destroy_cb (KwaKiosk *self);

/* The map and the caption's column or band (kwa-kiosk-stage.c) in the
 * place the window had the map. */
static void
build_stage (KwaKiosk *self)
{
  GtkOverlay *map_overlay = kwa_kiosk_host_get_map_overlay (self->window);
  GtkWidget *map = GTK_WIDGET (kwa_kiosk_host_get_map_view (self->window));
  GtkWidget *stage;

  if (gtk_widget_get_parent (map) != GTK_WIDGET (map_overlay))
    return;

  /* A place's name on hover needs a pointer that hovers; a finger on a
   * touch screen only brings up a tooltip that lingers. */
  gtk_widget_set_has_tooltip (map, FALSE);

  g_object_ref (map);
  gtk_overlay_set_child (map_overlay, NULL);
  stage = kwa_kiosk_stage_new (map, GTK_REVEALER (kwa_kiosk_overlay_get_caption_revealer (self->overlay)));
  g_object_unref (map);
  gtk_overlay_set_child (map_overlay, stage);
}

/* The map back where the window had it, the caption gone. A window
 * being destroyed keeps the map where it is, to go with it. */
static void
take_down_stage (KwaKiosk *self)
{
  KwaKioskStage *stage = get_stage (self);
  GtkOverlay *map_overlay;
  GtkWidget *map;

  if (stage == NULL)
    return;
  kwa_kiosk_stage_release_caption (stage);
  if (self->window == NULL)
    return;

  map_overlay = kwa_kiosk_host_get_map_overlay (self->window);
  map = GTK_WIDGET (kwa_kiosk_host_get_map_view (self->window));
  if (gtk_widget_get_parent (map) != GTK_WIDGET (stage) ||
      gtk_widget_get_parent (GTK_WIDGET (stage)) != GTK_WIDGET (map_overlay))
    return;
  g_object_ref (map);
  kwa_kiosk_stage_release (stage);
  gtk_overlay_set_child (map_overlay, map);
  g_object_unref (map);
  gtk_widget_set_has_tooltip (map, TRUE);
}

/* One button per language of the exhibit shown, and the invitation in
 * each. */
static void
offer_languages (KwaKiosk *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);

  KwaExhibit *exhibit = document != NULL ? kwa_map_document_get_exhibit (document) : NULL;
  const KwaLanguage *languages;
  guint n_languages;

  if (self->overlay == NULL || exhibit == NULL)
    return;
  kwa_kiosk_language_switch_set_exhibit (kwa_kiosk_overlay_get_language_switch (self->overlay), exhibit);
  languages = kwa_exhibit_get_languages (exhibit, &n_languages);
  kwa_kiosk_caption_set_languages (kwa_kiosk_get_caption (self), languages, n_languages);
}

void
kwa_kiosk_attach (KwaKiosk *self)
{
  GtkWidget *window = GTK_WIDGET (self->window);
  KwaKioskLanguageSwitch *language_switch;

  g_object_add_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self, G_CONNECT_SWAPPED);

  self->legend_was_collapsed = kwa_map_view_get_legend_collapsed (kwa_kiosk_host_get_map_view (self->window));

  /* The window's look and the ways out follow the session's state. */
  kwa_session_set_kiosk (self->session, TRUE);
  self->screen = kwa_kiosk_screen_new (GTK_WINDOW (window), self->settings, KWA_KIOSK_POINTER_HIDE_DELAY);
  g_signal_connect_object (self->screen, "notify::compact", G_CALLBACK (compact_changed_cb), self, G_CONNECT_SWAPPED);

  self->overlay = g_object_ref_sink (KWA_KIOSK_OVERLAY (kwa_kiosk_overlay_new ()));
  gtk_overlay_add_overlay (kwa_kiosk_host_get_map_overlay (self->window), GTK_WIDGET (self->overlay));
  build_stage (self);
  compact_changed_cb (self);
  kwa_kiosk_show_state (self);
  language_switch = kwa_kiosk_overlay_get_language_switch (self->overlay);
  offer_languages (self);
  g_signal_connect_object (self->session, "notify::document", G_CALLBACK (offer_languages), self, G_CONNECT_SWAPPED);
  self->language_binding = g_object_bind_property (self->session, "language",
                                                   language_switch, "language",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  kwa_kiosk_voice_attach (self);

  self->input = kwa_kiosk_input_new (window);
  kwa_kiosk_input_set_passive_widget (self->input, kwa_kiosk_overlay_get_corner (self->overlay));
  g_signal_connect_object (self->input, "visitor", G_CALLBACK (visitor_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->input, "pointer-moved", G_CALLBACK (pointer_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->input, "admin-chord", G_CALLBACK (admin_chord_cb), self, G_CONNECT_SWAPPED);

  self->lockdown = kwa_kiosk_lockdown_new (GTK_WINDOW (window));
  /* Names the room can read; see KWA_MAP_ROOM_LABEL_SCALE. */
  kwa_map_view_set_label_scale (kwa_kiosk_host_get_map_view (self->window), KWA_MAP_ROOM_LABEL_SCALE);
  kwa_map_view_set_legend_scale (kwa_kiosk_host_get_map_view (self->window), KWA_MAP_ROOM_LABEL_SCALE);
  /* No name under the speaker and the language switch. */
  kwa_map_view_add_cover (kwa_kiosk_host_get_map_view (self->window), kwa_kiosk_overlay_get_corner (self->overlay));
  kwa_map_key_set_map_view (kwa_kiosk_caption_get_map_key (kwa_kiosk_overlay_get_caption (self->overlay)),
                            kwa_kiosk_host_get_map_view (self->window));
  /* A key without room below a long stop leaves the legend to the map. */
  g_signal_connect_object (kwa_kiosk_overlay_get_caption (self->overlay), "notify::map-key-shown",
                           G_CALLBACK (kwa_kiosk_show_state), self, G_CONNECT_SWAPPED);
}

/* Lets go of the window. @restore puts its ordinary look back, when the
 * kiosk ends and the window stays; a window being destroyed is left be. */
void
kwa_kiosk_detach (KwaKiosk *self,
                  gboolean  restore)
{
  GtkWidget *overlay = GTK_WIDGET (self->overlay);

  kwa_kiosk_stop_sources (self);
  g_clear_pointer (&self->language_binding, g_binding_unbind);
  /* A window being destroyed takes the stage with it; one that stays
   * gets its map back. */
  if (self->overlay != NULL && restore)
    take_down_stage (self);

  if (self->screen != NULL)
    kwa_kiosk_screen_release (self->screen, restore);
  if (self->input != NULL)
    kwa_kiosk_input_detach (self->input);
  if (self->lockdown != NULL)
    kwa_kiosk_lockdown_release (self->lockdown);
  g_clear_object (&self->screen);
  g_clear_object (&self->input);
  g_clear_object (&self->lockdown);

  if (self->window != NULL && restore)
    {
      KwaMapView *view = kwa_kiosk_host_get_map_view (self->window);

      kwa_map_view_set_label_scale (view, 1.0);
      kwa_map_view_set_legend_scale (view, 1.0);
      kwa_map_view_set_legend_elsewhere (view, FALSE);
      kwa_map_view_set_legend_collapsed (view, self->legend_was_collapsed);
    }
  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->window, self);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  /* Without its window the kiosk has no screen: the ways out open again. */
  kwa_session_set_kiosk (self->session, FALSE);

  if (overlay != NULL && GTK_IS_OVERLAY (gtk_widget_get_parent (overlay)))
    gtk_overlay_remove_overlay (GTK_OVERLAY (gtk_widget_get_parent (overlay)), overlay);
  g_clear_object (&self->overlay);
}

static void
window_destroy_cb (KwaKiosk *self)
{
  kwa_kiosk_detach (self, FALSE);
}
