/* kwa-presenter.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-presenter"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-narrator.h"
#include "kwa-tour-player.h"
#include "kwa-widget-translator.h"

#include "kwa-media-gallery.h"
#include "kwa-presenter.h"
#include "kwa-presenter-console.h"
#include "kwa-timeline.h"

/* Classroom mode: two windows on the application's one clock. The
 * audience window (the projector) shows the map, the date and the event
 * title, large, and nothing else; the presenter window (the laptop) shows
 * the lesson: this stop and its notes, the next stop, a clock, and a live
 * picture of what the class sees. A lesson is a tour; clicker keys step
 * through it, B blanks the projector and W whitens it. N reads the stops
 * aloud where they have a voice: the sentence being spoken is the
 * projector's caption, and the lesson moves on when the voice ends. */

struct _KwaPresenter
{
  GObject             parent_instance;

  /* Borrowed */
  GtkApplication     *application;   /* whose windows ours become */

  /* Owned */
  KwaSession         *session;

  /* Owned (the windows are owned by GTK once presented; we keep refs) */
  KwaTourPlayer      *player;         /* the lesson, and which stop of it */
  GtkWindow          *audience;
  GtkWindow          *presenter;
  GSignalGroup       *session_signals;
  GSignalGroup       *timeline_signals;

  /* Audience widgets */
  KwaMapView         *audience_map;
  GtkLabel           *audience_title;
  GtkWidget          *blank;
  GtkWidget          *picture;    /* the stop's picture, full screen on I … */
  GtkStack           *audience_stack;   /* … instead of the map */

  /* Presenter widgets */
  KwaPresenterConsole *console;       /* the lesson, the stops, the live picture */
  GtkDropDown        *tour_picker;    /* every tour of the exhibit */
  GStrv               tour_ids;       /* the picker's, in its order */
  gboolean            picking;        /* the picker is being set, not chosen from */

  KwaNarrator        *narrator;       /* the stop's voice, while reading aloud */
  gboolean            reading_aloud;
  GtkLabel           *audience_caption;  /* the sentence being spoken */

  KwaPresenterScreen  screen;
  gint64              started_us;
  guint               clock_id;
};

G_DEFINE_FINAL_TYPE (KwaPresenter, kwa_presenter, G_TYPE_OBJECT)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Closing either window ends classroom mode: both go. */
static gboolean
window_close_request_cb (GtkWindow    *window,
                         KwaPresenter *self)
{
  g_object_ref (self);
  g_signal_emit (self, signals[CLOSED], 0);
  g_object_run_dispose (G_OBJECT (self));
  g_object_unref (self);

  return TRUE;
}

static KwaLanguage
language (KwaPresenter *self)
{
  return kwa_session_get_language (self->session);
}

static KwaTimeline *
timeline (KwaPresenter *self)
{
  return kwa_session_get_timeline (self->session);
}

/* ---- what the windows show ------------------------------------------- */

/* The event's title in the bottom left corner; while a voice speaks, the
 * sentence it is saying instead, as a film's subtitle. */
static void
update_audience_title (KwaPresenter *self)
{
  const KwaEvent *event = kwa_timeline_get_selected_event (timeline (self));
  gboolean speaking = gtk_widget_get_visible (GTK_WIDGET (self->audience_caption));

  gtk_label_set_text (self->audience_title, event ? kwa_text_get (&event->title, language (self)) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->audience_title), event != NULL && !speaking);
}

static void
sentence_cb (KwaPresenter *self)
{
  g_autofree char *words = kwa_narrator_dup_spoken (self->narrator);

  if (words != NULL)
    gtk_label_set_text (self->audience_caption, words);
  gtk_widget_set_visible (GTK_WIDGET (self->audience_caption), words != NULL);
  update_audience_title (self);
}

/* Reading aloud: the stop's voice in the class's language, if it has one. */
static void
speak_stop (KwaPresenter *self)
{
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);

  if (!self->reading_aloud || stop == NULL)
    kwa_narrator_silence (self->narrator);
  else
    kwa_narrator_speak (self->narrator, kwa_tour_stop_get_voice (stop, language (self)),
                        kwa_text_get (&stop->narration, language (self)));
}

/* Said all: on to the next stop, which speaks in turn. */
static void
voice_finished_cb (KwaPresenter *self,
                   gboolean      said_all)
{
  if (said_all && self->reading_aloud)
    kwa_presenter_next (self);
}

static void
update_lesson (KwaPresenter *self)
{
  if (self->console != NULL)
    kwa_presenter_console_show_lesson (self->console, kwa_tour_player_get_tour (self->player),
                                       kwa_tour_player_get_stop_index (self->player), language (self));
}

static gboolean
clock_tick_cb (gpointer user_data)
{
  KwaPresenter *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  gint64 elapsed = (g_get_monotonic_time () - self->started_us) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf (_("%s · lesson %02d:%02d"), time,
                                           (int) (elapsed / 60), (int) (elapsed % 60));

  kwa_presenter_console_set_clock (self->console, text);
  return G_SOURCE_CONTINUE;
}

/* ---- building the windows --------------------------------------------- */

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  KwaPresenter *self = user_data;
  const char *command = g_variant_get_string (args, NULL);

  if (g_str_equal (command, "next"))
    kwa_presenter_next (self);
  else if (g_str_equal (command, "previous"))
    kwa_presenter_previous (self);
  else if (g_str_equal (command, "black"))
    kwa_presenter_set_screen (self, self->screen == KWA_PRESENTER_SCREEN_BLACK ? KWA_PRESENTER_SCREEN_MAP
                                                                               : KWA_PRESENTER_SCREEN_BLACK);
  else if (g_str_equal (command, "white"))
    kwa_presenter_set_screen (self, self->screen == KWA_PRESENTER_SCREEN_WHITE ? KWA_PRESENTER_SCREEN_MAP
                                                                               : KWA_PRESENTER_SCREEN_WHITE);
  else if (g_str_equal (command, "picture"))
    kwa_presenter_set_screen (self, self->screen == KWA_PRESENTER_SCREEN_PICTURE ? KWA_PRESENTER_SCREEN_MAP
                                                                                 : KWA_PRESENTER_SCREEN_PICTURE);
  else if (g_str_equal (command, "map"))
    kwa_presenter_set_screen (self, KWA_PRESENTER_SCREEN_MAP);
  else if (g_str_equal (command, "narrate"))
    kwa_presenter_set_reading_aloud (self, !self->reading_aloud);

  return TRUE;
}

static GtkEventController *
shortcut_controller (KwaPresenter       *self,
                     GtkPropagationPhase phase,
                     const char * const *keys)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, phase);
  for (guint i = 0; keys[i] != NULL; i += 2)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (keys[i]),
                                                                           gtk_callback_action_new (shortcut_cb, self, NULL),
                                                                           "s", keys[i + 1]));
  return controller;
}

/* Clicker keys on both windows. A clicker sends Page Down/Up (some send
 * B or the full stop to blank): those work wherever the focus is, caught
 * before any widget. A keyboard's arrows, space and Escape work unless the
 * focused widget uses them itself (the list of stops moves its focus with
 * the arrows, a button presses with space). B and W as in presentation
 * software. */
static void
add_clicker_keys (KwaPresenter *self,
                  GtkWidget    *window)
{
  static const char * const clicker[] = {
    "Page_Down", "next", "Page_Up", "previous", "b", "black", "period", "black", "w", "white", "i", "picture", "n", "narrate", NULL,
  };
  static const char * const keyboard[] = {
    "Right", "next", "space", "next", "Down", "next", "Left", "previous", "Up", "previous", "Escape", "map", NULL,
  };

  gtk_widget_add_controller (window, shortcut_controller (self, GTK_PHASE_CAPTURE, clicker));
  gtk_widget_add_controller (window, shortcut_controller (self, GTK_PHASE_BUBBLE, keyboard));
}

static void
build_audience (KwaPresenter *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *title = gtk_label_new (NULL);

  self->audience = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (self->audience, _("Korean War Atlas — Audience"));
  gtk_window_set_default_size (self->audience, 1280, 720);
  gtk_widget_add_css_class (GTK_WIDGET (self->audience), "audience");

  self->audience_map = KWA_MAP_VIEW (kwa_map_view_new ());
  kwa_map_view_set_line_scale (self->audience_map, 1.5);   /* a projector in a bright room */
  kwa_map_view_set_label_scale (self->audience_map, KWA_MAP_ROOM_LABEL_SCALE);
  /* The legend as large as the names, read from the back of the class. */
  kwa_map_view_set_legend_scale (self->audience_map, KWA_MAP_ROOM_LABEL_SCALE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->audience_map));

  gtk_widget_add_css_class (title, "audience-title");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  /* In the bottom left corner, over the Yellow Sea and above the scale
   * bar. At the bottom centre it hid the south coast and, at the room's
   * size, the legend's first column; at the top, the north-east where the
   * Soviet army came in. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 26);
  gtk_widget_set_halign (title, GTK_ALIGN_START);
  gtk_widget_set_valign (title, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (title, 40);
  gtk_widget_set_can_target (title, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), title);
  self->audience_title = GTK_LABEL (title);

  /* Where the title is, as narrow: over the Yellow Sea, not the south
   * coast; a long sentence grows upwards instead. */
  self->audience_caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->audience_caption), "audience-title");
  gtk_label_set_wrap (self->audience_caption, TRUE);
  gtk_label_set_max_width_chars (self->audience_caption, 28);
  gtk_widget_set_halign (GTK_WIDGET (self->audience_caption), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->audience_caption), GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->audience_caption), 40);
  gtk_widget_set_can_target (GTK_WIDGET (self->audience_caption), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->audience_caption), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->audience_caption));

  self->blank = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->blank, TRUE);
  gtk_widget_set_vexpand (self->blank, TRUE);
  gtk_widget_set_visible (self->blank, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->blank);

  /* I: the stop's picture over the whole projector, in the room's type,
   * drawn at the projector's size. A page of its own, not an overlay: an
   * overlay would be as tall as the picture's words at their narrowest. */
  self->picture = kwa_media_gallery_new ();
  kwa_media_gallery_set_large (KWA_MEDIA_GALLERY (self->picture), TRUE);
  kwa_media_gallery_set_can_enlarge (KWA_MEDIA_GALLERY (self->picture), FALSE);
  gtk_widget_add_css_class (self->picture, "audience-picture");
  gtk_widget_set_can_target (self->picture, FALSE);

  self->audience_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->audience_stack, overlay, "map");
  gtk_stack_add_named (self->audience_stack, self->picture, "picture");
  adw_window_set_content (ADW_WINDOW (self->audience), GTK_WIDGET (self->audience_stack));
  add_clicker_keys (self, GTK_WIDGET (self->audience));
}

/* The console's buttons do what the keys do; the shortcut's arguments
 * are its own, here ours to free. */
static void
console_command_cb (KwaPresenter *self,
                    const char   *command)
{
  g_autoptr(GVariant) args = g_variant_ref_sink (g_variant_new_string (command));

  shortcut_cb (NULL, args, self);
}

static void
console_stop_chosen_cb (KwaPresenter *self,
                        int           index)
{
  kwa_presenter_go_to_stop (self, index);
}

/* The picker lists every tour of the exhibit by its title in the
 * session's language; the main tour and each lesson are tours. */
static void
select_current_tour (KwaPresenter *self)
{
  const KwaTour *tour = kwa_tour_player_get_tour (self->player);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; tour != NULL && self->tour_ids != NULL && self->tour_ids[i] != NULL; i++)
    if (g_str_equal (self->tour_ids[i], tour->id))
      position = i;

  self->picking = TRUE;
  gtk_drop_down_set_selected (self->tour_picker, position);
  self->picking = FALSE;
}

static void
fill_tour_picker (KwaPresenter *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  const KwaTour *tours = NULL;
  guint n_tours = 0;

  if (document != NULL)
    tours = kwa_exhibit_get_tours (kwa_map_document_get_exhibit (document), &n_tours);
  for (guint i = 0; i < n_tours; i++)
    {
      g_strv_builder_add (ids, tours[i].id);
      gtk_string_list_append (titles, kwa_text_get (&tours[i].title, language (self)));
    }

  g_strfreev (self->tour_ids);
  self->tour_ids = g_strv_builder_end (ids);
  self->picking = TRUE;
  gtk_drop_down_set_model (self->tour_picker, G_LIST_MODEL (titles));
  self->picking = FALSE;
  select_current_tour (self);
}

static void
tour_picked_cb (KwaPresenter *self)
{
  guint position = gtk_drop_down_get_selected (self->tour_picker);

  if (self->picking || self->tour_ids == NULL || position >= g_strv_length (self->tour_ids))
    return;

  kwa_presenter_set_tour (self, self->tour_ids[position]);
}

static void
build_presenter (KwaPresenter *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GdkPaintable) live = NULL;

  self->presenter = GTK_WINDOW (adw_application_window_new (self->application));
  gtk_window_set_title (self->presenter, _("Korean War Atlas — Presenter"));
  gtk_window_set_default_size (self->presenter, 1280, 800);

  live = gtk_widget_paintable_new (GTK_WIDGET (adw_window_get_content (ADW_WINDOW (self->audience))));
  self->console = KWA_PRESENTER_CONSOLE (kwa_presenter_console_new (live));
  gtk_widget_set_vexpand (GTK_WIDGET (self->console), TRUE);
  g_signal_connect_swapped (self->console, "command", G_CALLBACK (console_command_cb), self);
  g_signal_connect_swapped (self->console, "stop-chosen", G_CALLBACK (console_stop_chosen_cb), self);

  self->tour_picker = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->tour_picker), _("Lesson"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tour_picker), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lesson"), -1);
  g_signal_connect_swapped (self->tour_picker, "notify::selected", G_CALLBACK (tour_picked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->tour_picker));

  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->console));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self->presenter), toolbar);
  add_clicker_keys (self, GTK_WIDGET (self->presenter));
}

/* ---- following the session --------------------------------------- */

static void
document_changed_cb (KwaPresenter *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);

  kwa_map_view_set_document (self->audience_map, document);
  fill_tour_picker (self);
  /* A reloaded exhibit: find the lesson again by its id, at the same stop. */
  if (kwa_tour_player_get_tour (self->player) != NULL && document != NULL)
    {
      g_autofree char *id = g_strdup (kwa_tour_player_get_tour (self->player)->id);
      int index = kwa_tour_player_get_stop_index (self->player);

      kwa_tour_player_set_tour (self->player, NULL);
      if (kwa_presenter_set_tour (self, id) && index > 0)
        kwa_presenter_go_to_stop (self, index);
    }
  update_lesson (self);
}

static void
language_changed_cb (KwaPresenter *self)
{
  fill_tour_picker (self);
  kwa_map_view_set_language (self->audience_map, language (self));
  update_audience_title (self);
  update_lesson (self);
  /* The buttons' words, made once, follow in place. */
  kwa_widget_translator_translate (GTK_WIDGET (self->presenter), language (self));
  kwa_widget_translator_translate (GTK_WIDGET (self->audience), language (self));
  speak_stop (self);
}

static void
kwa_presenter_dispose (GObject *object)
{
  KwaPresenter *self = KWA_PRESENTER (object);

  self->picking = TRUE;   /* the picker goes with its window: no lesson is chosen */
  self->console = NULL;
  self->reading_aloud = FALSE;
  if (self->narrator != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->narrator, self);
      kwa_narrator_silence (self->narrator);
    }
  g_clear_object (&self->narrator);
  g_clear_handle_id (&self->clock_id, g_source_remove);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  if (self->timeline_signals != NULL)
    g_signal_group_set_target (self->timeline_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->timeline_signals);
  if (self->audience != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->audience, window_close_request_cb, self);
      gtk_window_destroy (self->audience);
    }
  if (self->presenter != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->presenter, window_close_request_cb, self);
      gtk_window_destroy (self->presenter);
    }
  g_clear_object (&self->audience);
  g_clear_object (&self->presenter);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (kwa_presenter_parent_class)->dispose (object);
}

/* The player outlives dispose, so the lesson's place can still be asked
 * after the windows have gone. */
static void
kwa_presenter_finalize (GObject *object)
{
  KwaPresenter *self = KWA_PRESENTER (object);

  g_clear_object (&self->player);
  g_clear_pointer (&self->tour_ids, g_strfreev);

  G_OBJECT_CLASS (kwa_presenter_parent_class)->finalize (object);
}

static void
kwa_presenter_class_init (KwaPresenterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kwa_presenter_dispose;
  G_OBJECT_CLASS (klass)->finalize = kwa_presenter_finalize;

  /**
   * KwaPresenter::closed:
   *
   * The teacher closed one of the windows; classroom mode is over.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kwa_presenter_init (KwaPresenter *self)
{
  self->narrator = kwa_narrator_new ();
  g_signal_connect_object (self->narrator, "notify::sentence", G_CALLBACK (sentence_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->narrator, "finished", G_CALLBACK (voice_finished_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kwa_presenter_new:
 * @application: the application the two windows belong to
 * @session: what they show: the document, the clock, the language and the
 *   sketch the main window shows too
 */
KwaPresenter *
kwa_presenter_new (GtkApplication *application,
                   KwaSession     *session)
{
  KwaPresenter *self;
  KwaTimeline *clock_;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KWA_IS_SESSION (session), NULL);

  self = g_object_new (KWA_TYPE_PRESENTER, NULL);
  self->application = application;
  self->session = g_object_ref (session);
  clock_ = timeline (self);
  self->player = kwa_tour_player_new (clock_);

  build_audience (self);
  build_presenter (self);
  g_object_ref_sink (self->audience);
  g_object_ref (self->presenter);
  g_signal_connect (self->audience, "close-request", G_CALLBACK (window_close_request_cb), self);
  g_signal_connect (self->presenter, "close-request", G_CALLBACK (window_close_request_cb), self);

  g_object_bind_property (clock_, "time", self->audience_map, "time", G_BINDING_SYNC_CREATE);
  kwa_map_view_set_sketch (self->audience_map, kwa_session_get_sketch (session));

  self->session_signals = g_signal_group_new (KWA_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::document", G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (language_changed_cb), self);
  g_signal_group_set_target (self->session_signals, session);

  self->timeline_signals = g_signal_group_new (KWA_TYPE_TIMELINE);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::selected-event-id",
                                  G_CALLBACK (update_audience_title), self);
  g_signal_group_set_target (self->timeline_signals, clock_);

  document_changed_cb (self);
  language_changed_cb (self);
  kwa_presenter_set_tour (self, "main");

  self->started_us = g_get_monotonic_time ();
  self->clock_id = g_timeout_add_seconds (1, clock_tick_cb, self);
  clock_tick_cb (self);

  return self;
}

/* The audience window goes fullscreen on a second monitor when there is
 * one (the projector); with one monitor it is an ordinary window the
 * teacher drags there. */
void
kwa_presenter_present (KwaPresenter *self)
{
  GListModel *monitors;

  g_return_if_fail (KWA_IS_PRESENTER (self));

  gtk_window_present (self->presenter);
  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self->presenter)));
  if (g_list_model_get_n_items (monitors) > 1)
    {
      g_autoptr(GdkMonitor) projector = g_list_model_get_item (monitors, 1);
      gtk_window_fullscreen_on_monitor (self->audience, projector);
    }
  gtk_window_present (self->audience);
}

GtkWindow *
kwa_presenter_get_audience_window (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->audience;
}

GtkWindow *
kwa_presenter_get_presenter_window (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->presenter;
}

/**
 * kwa_presenter_get_console:
 *
 * Returns: (transfer none) (nullable): the presenter window's lesson
 *   console; %NULL once classroom mode is over
 */
KwaPresenterConsole *
kwa_presenter_get_console (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->console;
}

KwaMapView *
kwa_presenter_get_audience_map (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->audience_map;
}

gboolean
kwa_presenter_set_tour (KwaPresenter *self,
                        const char   *tour_id)
{
  KwaMapDocument *document;
  const KwaTour *tour;

  g_return_val_if_fail (KWA_IS_PRESENTER (self), FALSE);

  document = kwa_session_get_document (self->session);
  tour = document ? kwa_exhibit_find_tour (kwa_map_document_get_exhibit (document), tour_id) : NULL;
  if (tour == NULL)
    return FALSE;

  /* A lesson opens on its first stop, "Stop 1 of N", with the map there. */
  kwa_tour_player_set_tour (self->player, tour);
  select_current_tour (self);
  kwa_presenter_go_to_stop (self, 0);
  update_lesson (self);

  return TRUE;
}

int
kwa_presenter_get_stop (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), -1);
  return kwa_tour_player_get_stop_index (self->player);
}

/* A stop moves the one clock (so every view follows) and frames the
 * projector's map on the stop's view. */
void
kwa_presenter_go_to_stop (KwaPresenter *self,
                          int           index)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));

  if (!kwa_tour_player_go_to (self->player, index))
    return;

  kwa_map_view_show_tour_view (self->audience_map, &kwa_tour_player_get_stop (self->player)->view, TRUE);
  update_lesson (self);
  speak_stop (self);
  /* The next stop's picture, or the map if it has none. */
  kwa_presenter_set_screen (self, self->screen);
}

void
kwa_presenter_next (KwaPresenter *self)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));
  kwa_presenter_go_to_stop (self, kwa_presenter_get_stop (self) + 1);
}

void
kwa_presenter_previous (KwaPresenter *self)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));
  kwa_presenter_go_to_stop (self, kwa_presenter_get_stop (self) - 1);
}

KwaPresenterScreen
kwa_presenter_get_screen (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), KWA_PRESENTER_SCREEN_MAP);
  return self->screen;
}

/* The stop's picture (its own, else its event's), if it has one. */
static gboolean
show_stop_picture (KwaPresenter *self)
{
  const KwaTourStop *stop = kwa_tour_player_get_stop (self->player);
  KwaMapDocument *document = kwa_session_get_document (self->session);
  const KwaMedia *media = NULL;
  guint n_media = 0;

  if (stop != NULL)
    media = kwa_tour_stop_get_media (stop, &n_media);
  kwa_media_gallery_set_document (KWA_MEDIA_GALLERY (self->picture), document);
  kwa_media_gallery_set_media (KWA_MEDIA_GALLERY (self->picture), media, n_media, language (self));
  return kwa_media_gallery_get_n_shown (KWA_MEDIA_GALLERY (self->picture)) > 0;
}

/* Black or white, to take the class's eyes off the screen; or the stop's
 * picture, where it has one. */
void
kwa_presenter_set_screen (KwaPresenter       *self,
                          KwaPresenterScreen  screen)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));

  if (screen == KWA_PRESENTER_SCREEN_PICTURE && !show_stop_picture (self))
    screen = KWA_PRESENTER_SCREEN_MAP;
  self->screen = screen;
  gtk_stack_set_visible_child_name (self->audience_stack, screen == KWA_PRESENTER_SCREEN_PICTURE ? "picture" : "map");
  gtk_widget_set_visible (self->blank, screen == KWA_PRESENTER_SCREEN_BLACK || screen == KWA_PRESENTER_SCREEN_WHITE);
  gtk_widget_remove_css_class (self->blank, "blank-black");
  gtk_widget_remove_css_class (self->blank, "blank-white");
  if (screen == KWA_PRESENTER_SCREEN_BLACK)
    gtk_widget_add_css_class (self->blank, "blank-black");
  else if (screen == KWA_PRESENTER_SCREEN_WHITE)
    gtk_widget_add_css_class (self->blank, "blank-white");

  if (self->console != NULL)
    kwa_presenter_console_set_screen (self->console, screen);
}

/**
 * kwa_presenter_set_reading_aloud:
 *
 * Reads the lesson aloud from this stop on, where stops have a voice in
 * the class's language (or stops at once): the projector shows the
 * sentence being spoken, and the lesson moves on when a voice ends.
 */
void
kwa_presenter_set_reading_aloud (KwaPresenter *self,
                                 gboolean      reading_aloud)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));

  self->reading_aloud = !!reading_aloud;
  speak_stop (self);
  if (self->console != NULL)
    kwa_presenter_console_set_reading_aloud (self->console, self->reading_aloud);
}

gboolean
kwa_presenter_get_reading_aloud (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), FALSE);
  return self->reading_aloud;
}

/**
 * kwa_presenter_get_narrator:
 *
 * Returns: (transfer none) (nullable): the voice that reads the stops
 *   aloud; %NULL once the presenter has closed
 */
KwaNarrator *
kwa_presenter_get_narrator (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->narrator;
}

GtkLabel *
kwa_presenter_get_audience_caption (KwaPresenter *self)
{
  g_return_val_if_fail (KWA_IS_PRESENTER (self), NULL);
  return self->audience_caption;
}

void
kwa_presenter_close (KwaPresenter *self)
{
  g_return_if_fail (KWA_IS_PRESENTER (self));
  g_object_run_dispose (G_OBJECT (self));
}
