/* kwa-timeline-bar.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-timeline-bar"

#include "config.h"

#include <adwaita.h>
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include <math.h>

#include "kwa-timeline-bar.h"
#include "kwa-timeline-track.h"
#include "kwa-word-label.h"
#include "kwa-timeline-bar-private.h"

/* The slider under the map: today's date, large enough to read across a
 * room, its phase, the transport buttons and the track. It keeps no idea of
 * "now" of its own: everything it shows is read from the timeline when the
 * timeline says it changed, and everything it does goes through the
 * timeline, so the map and the panels follow without knowing the bar.
 *
 * Play only asks the timeline to play: the session's KwaPlayback moves the
 * clock, once a frame however many bars show it. */

/* Days per second; the speed menu in the template lists them in order. */
static const double SPEEDS[] = { 1, 3, 7, 14, 31 };

struct _KwaTimelineBar
{
  GtkWidget         parent_instance;

  /* Template widgets: the header comes wide and compact, each with its
   * own play button and labels, kept alike */
  GtkWidget        *header;
  GtkButton        *play_button;
  GtkButton        *compact_play_button;
  KwaWordLabel     *date_label;          /* not labels: see date_room() */
  GtkInscription   *compact_date_label;
  GtkLabel         *phase_label;
  GtkLabel         *compact_phase_label;
  GtkDropDown      *speed_dropdown;
  GtkWidget        *scale_button;
  GtkWidget        *previous_button;
  GtkWidget        *next_button;
  KwaTimelineTrack *track;

  /* Owned */
  KwaTimeline      *timeline;
  GSignalGroup     *timeline_signals;
  KwaTimeScale     *scale;

  KwaLanguage       language;
  gboolean          nonlinear;

  gboolean          syncing_speed;
  gboolean          kiosk;
};

G_DEFINE_FINAL_TYPE (KwaTimelineBar, kwa_timeline_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE,
  PROP_LANGUAGE,
  PROP_NONLINEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static KwaExhibit *
get_exhibit (KwaTimelineBar *self)
{
  return self->timeline != NULL ? kwa_timeline_get_exhibit (self->timeline) : NULL;
}

/* ---- showing the timeline --------------------------------------------- */

/* The date changes every frame of a scrub. A label would resize with each
 * new date, and a resize lays out the whole window again (in GTK 4.8 on
 * X11 with three round trips to the server): a millisecond a frame. The
 * date is given room for the widest date in the language at the font it
 * is drawn in, and only redraws: a KwaWordLabel, which also shapes only
 * the new pieces of a date; in the compact bar an inscription, which may
 * shorten it with "…". */
typedef struct
{
  KwaLanguage           language;
  PangoFontDescription *font;
  int                   width;   /* pixels */
  guint                 chars;   /* the same, in the font's average characters */
} DateRoom;

static void
date_room_free (gpointer data)
{
  DateRoom *room = data;

  pango_font_description_free (room->font);
  g_free (room);
}

/* The room the widest date in @language takes at @widget's font, measured
 * again only when the language or the font changes. */
static const DateRoom *
date_room (GtkWidget   *widget,
           KwaLanguage  language)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  DateRoom *room = g_object_get_data (G_OBJECT (widget), "kwa-date-room");
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontMetrics *metrics;
  int widest = 0, char_width;

  if (room != NULL && room->language == language && pango_font_description_equal (room->font, font))
    return room;

  layout = pango_layout_new (context);
  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *text = kwa_date_format (kwa_date_from_ymd (1950, month, 28), language);
      int width;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  metrics = pango_context_get_metrics (context, NULL, NULL);
  char_width = MAX (1, PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics)));
  pango_font_metrics_unref (metrics);

  room = g_new0 (DateRoom, 1);
  room->language = language;
  room->font = pango_font_description_copy (font);
  /* A pixel spare: the word label places its pieces at whole pixels. */
  room->width = widest + 2;
  room->chars = (guint) (widest + char_width - 1) / char_width + 1;
  g_object_set_data_full (G_OBJECT (widget), "kwa-date-room", room, date_room_free);

  return room;
}

static void
update_labels (KwaTimelineBar *self)
{
  KwaExhibit *exhibit = get_exhibit (self);
  g_autofree char *date = NULL;
  const char *phase_name = "";
  const DateRoom *compact_room;

  if (exhibit != NULL)
    {
      KwaDate today = kwa_timeline_get_date (self->timeline);
      const KwaPhase *phase = kwa_exhibit_find_phase (exhibit, today);

      date = kwa_date_format (today, self->language);
      if (phase != NULL)
        phase_name = kwa_text_get (&phase->name, self->language);
    }

  kwa_word_label_set_width (self->date_label, date_room (GTK_WIDGET (self->date_label), self->language)->width);
  /* The compact bar, for narrow windows, may shorten a date with "…". */
  compact_room = date_room (GTK_WIDGET (self->compact_date_label), self->language);
  gtk_inscription_set_min_chars (self->compact_date_label, compact_room->chars / 2);
  gtk_inscription_set_nat_chars (self->compact_date_label, compact_room->chars);
  kwa_word_label_set_text (self->date_label, date != NULL ? date : "");
  gtk_inscription_set_text (self->compact_date_label, date != NULL ? date : "");
  /* Screen readers read a label's text; an inscription's, when told (the
   * word label tells them itself). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->compact_date_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, date != NULL ? date : "", -1);
  gtk_label_set_text (self->phase_label, phase_name);
  gtk_label_set_text (self->compact_phase_label, phase_name);
}

/* The buttons grey out where there is nowhere to go, so a visitor at the
 * last event sees why "next" does nothing. */
static void
update_actions (KwaTimelineBar *self)
{
  KwaExhibit *exhibit = get_exhibit (self);
  gboolean has_previous = FALSE, has_next = FALSE;

  if (exhibit != NULL)
    {
      KwaDate today = kwa_timeline_get_date (self->timeline);
      const KwaEvent *events;
      guint n;

      /* Events are in date order (the loader checks). */
      events = kwa_exhibit_get_events (exhibit, &n);
      has_previous = n > 0 && events[0].date < today;
      has_next = n > 0 && events[n - 1].date > today;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.play-pause", exhibit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.step", exhibit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.home", exhibit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.end", exhibit != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.previous-event", has_previous);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.next-event", has_next);
}

static void
update_play_button (KwaTimelineBar *self)
{
  gboolean playing = self->timeline != NULL && kwa_timeline_get_playing (self->timeline);
  const char *label = playing ? _("Pause") : _("Play");
  GtkButton *buttons[] = { self->play_button, self->compact_play_button };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      gtk_button_set_icon_name (buttons[i],
                                playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (buttons[i]), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

/* The menu offers a few speeds; a speed set elsewhere (the kiosk, the
 * command line) shows as the nearest of them. */
static void
sync_speed_menu (KwaTimelineBar *self)
{
  double speed;
  guint nearest = 0;

  if (self->timeline == NULL)
    return;

  speed = kwa_timeline_get_speed (self->timeline);
  for (guint i = 1; i < G_N_ELEMENTS (SPEEDS); i++)
    if (fabs (SPEEDS[i] - speed) < fabs (SPEEDS[nearest] - speed))
      nearest = i;

  self->syncing_speed = TRUE;
  gtk_drop_down_set_selected (self->speed_dropdown, nearest);
  self->syncing_speed = FALSE;
}

static void
speed_selected_cb (KwaTimelineBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->speed_dropdown);

  if (self->syncing_speed || self->timeline == NULL || selected >= G_N_ELEMENTS (SPEEDS))
    return;

  kwa_timeline_set_speed (self->timeline, SPEEDS[selected]);
}

static void
rebuild_scale (KwaTimelineBar *self)
{
  KwaExhibit *exhibit = get_exhibit (self);

  g_clear_pointer (&self->scale, kwa_time_scale_unref);
  if (exhibit != NULL)
    self->scale = kwa_time_scale_new_for_exhibit (exhibit, self->nonlinear);

  kwa_timeline_track_set_scale (self->track, self->scale);
}

static void
date_changed_cb (KwaTimelineBar *self)
{
  update_labels (self);
  update_actions (self);
}

static void
exhibit_changed_cb (KwaTimelineBar *self)
{
  rebuild_scale (self);
  update_labels (self);
  update_actions (self);
}

static void
playing_changed_cb (KwaTimelineBar *self)
{
  update_play_button (self);
}

/* ---- actions ---------------------------------------------------------- */

static void
play_pause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (widget);

  if (self->timeline != NULL)
    kwa_timeline_set_playing (self->timeline, !kwa_timeline_get_playing (self->timeline));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (widget);

  if (self->timeline != NULL)
    kwa_timeline_step_days (self->timeline, g_variant_get_int32 (parameter));
}

static void
next_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (widget);

  if (self->timeline != NULL)
    kwa_timeline_next_event (self->timeline);
}

static void
previous_event_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (widget);

  if (self->timeline != NULL)
    kwa_timeline_previous_event (self->timeline);
}

static void
go_to_end (KwaTimelineBar *self,
           gboolean        last)
{
  KwaDateRange range;

  if (get_exhibit (self) == NULL)
    return;

  range = kwa_timeline_get_range (self->timeline);
  kwa_timeline_set_playing (self->timeline, FALSE);
  kwa_timeline_set_time (self->timeline, last ? range.end : range.start);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_to_end (KWA_TIMELINE_BAR (widget), FALSE);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  go_to_end (KWA_TIMELINE_BAR (widget), TRUE);
}

/* ---- GtkWidget -------------------------------------------------------- */

/* Focusing the bar focuses the slider, where the keys make sense. */
static gboolean
kwa_timeline_bar_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KWA_TIMELINE_BAR (widget)->track));
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_timeline_bar_dispose (GObject *object)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (object);

  if (self->timeline_signals != NULL)
    g_signal_group_set_target (self->timeline_signals, NULL);
  g_clear_object (&self->timeline_signals);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->scale, kwa_time_scale_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_TIMELINE_BAR);

  G_OBJECT_CLASS (kwa_timeline_bar_parent_class)->dispose (object);
}

static void
kwa_timeline_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    case PROP_LANGUAGE:
      g_value_set_uint (value, self->language);
      break;
    case PROP_NONLINEAR:
      g_value_set_boolean (value, self->nonlinear);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_timeline_bar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KwaTimelineBar *self = KWA_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      kwa_timeline_bar_set_timeline (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kwa_timeline_bar_set_language (self, g_value_get_uint (value));
      break;
    case PROP_NONLINEAR:
      kwa_timeline_bar_set_nonlinear (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            keyval,
         guint            keypad_keyval,
         GdkModifierType  modifiers,
         const char      *action_name,
         const char      *format,
         int              value)
{
  if (format != NULL)
    {
      gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action_name, format, value);
      gtk_widget_class_add_binding_action (widget_class, keypad_keyval, modifiers, action_name, format, value);
    }
  else
    {
      gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action_name, NULL);
      gtk_widget_class_add_binding_action (widget_class, keypad_keyval, modifiers, action_name, NULL);
    }
}

/* Screen readers' labels for the template's unlabelled controls. */
static const KwaAccessibleLabel accessible_labels[] = {
  { "previous_button", N_("Previous event") },
  { "next_button", N_("Next event") },
  { "scale_button", N_("Widen the war years") },
  { "speed_dropdown", N_("Playback speed") },
};

static void
kwa_timeline_bar_class_init (KwaTimelineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_timeline_bar_dispose;
  object_class->get_property = kwa_timeline_bar_get_property;
  object_class->set_property = kwa_timeline_bar_set_property;

  widget_class->grab_focus = kwa_timeline_bar_grab_focus;

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, KWA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONLINEAR] =
    g_param_spec_boolean ("nonlinear", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "timeline.play-pause", NULL, play_pause_action);
  gtk_widget_class_install_action (widget_class, "timeline.step", "i", step_action);
  gtk_widget_class_install_action (widget_class, "timeline.next-event", NULL, next_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous-event", NULL, previous_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "timeline.end", NULL, end_action);

  /* Anywhere in the bar: after pressing "play" with the mouse, the arrows
   * still step (buttons take Space and Enter themselves first). */
  add_key (widget_class, GDK_KEY_space, GDK_KEY_KP_Space, 0, "timeline.play-pause", NULL, 0);
  add_key (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, "timeline.step", "i", -1);
  add_key (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, "timeline.step", "i", 1);
  add_key (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GDK_SHIFT_MASK, "timeline.step", "i", -7);
  add_key (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GDK_SHIFT_MASK, "timeline.step", "i", 7);
  add_key (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, 0, "timeline.previous-event", NULL, 0);
  add_key (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 0, "timeline.next-event", NULL, 0);
  add_key (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, 0, "timeline.home", NULL, 0);
  add_key (widget_class, GDK_KEY_End, GDK_KEY_KP_End, 0, "timeline.end", NULL, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-timeline-bar.ui");
  /* Every direct child is bound, so gtk_widget_dispose_template() unparents it. */
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, header);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, play_button);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, compact_play_button);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, date_label);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, compact_date_label);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, phase_label);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, compact_phase_label);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, scale_button);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, next_button);
  gtk_widget_class_bind_template_child (widget_class, KwaTimelineBar, track);
  gtk_widget_class_bind_template_callback (widget_class, speed_selected_cb);

  gtk_widget_class_set_css_name (widget_class, "timelinebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_timeline_bar_init (KwaTimelineBar *self)
{
  self->language = kwa_language_get_source ();
  self->nonlinear = TRUE;

  g_type_ensure (KWA_TYPE_TIMELINE_TRACK);
  g_type_ensure (KWA_TYPE_WORD_LABEL);
  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_widget_translator_label_template_children (GTK_WIDGET (self), accessible_labels,
                                                 G_N_ELEMENTS (accessible_labels));

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Timeline"));

  self->timeline_signals = g_signal_group_new (KWA_TYPE_TIMELINE);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::date",
                                  G_CALLBACK (date_changed_cb), self);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::playing",
                                  G_CALLBACK (playing_changed_cb), self);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::speed",
                                  G_CALLBACK (sync_speed_menu), self);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::exhibit",
                                  G_CALLBACK (exhibit_changed_cb), self);

  update_actions (self);
  update_play_button (self);
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
kwa_timeline_bar_new (KwaTimeline *timeline)
{
  g_return_val_if_fail (timeline == NULL || KWA_IS_TIMELINE (timeline), NULL);

  return g_object_new (KWA_TYPE_TIMELINE_BAR, "timeline", timeline, NULL);
}

KwaTimeline *
kwa_timeline_bar_get_timeline (KwaTimelineBar *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_BAR (self), NULL);
  return self->timeline;
}

void
kwa_timeline_bar_set_timeline (KwaTimelineBar *self,
                               KwaTimeline    *timeline)
{
  g_return_if_fail (KWA_IS_TIMELINE_BAR (self));
  g_return_if_fail (timeline == NULL || KWA_IS_TIMELINE (timeline));

  if (self->timeline == timeline)
    return;

  g_set_object (&self->timeline, timeline);
  g_signal_group_set_target (self->timeline_signals, timeline);
  kwa_timeline_track_set_timeline (self->track, timeline);

  rebuild_scale (self);
  update_labels (self);
  update_actions (self);
  update_play_button (self);
  sync_speed_menu (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

KwaLanguage
kwa_timeline_bar_get_language (KwaTimelineBar *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_BAR (self), kwa_language_get_source ());
  return self->language;
}

void
kwa_timeline_bar_set_language (KwaTimelineBar *self,
                               KwaLanguage     language)
{
  g_return_if_fail (KWA_IS_TIMELINE_BAR (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  if (self->language == language)
    return;

  self->language = language;
  kwa_timeline_track_set_language (self->track, language);
  update_labels (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
kwa_timeline_bar_get_nonlinear (KwaTimelineBar *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_BAR (self), TRUE);
  return self->nonlinear;
}

/**
 * kwa_timeline_bar_set_nonlinear:
 * @nonlinear: give the war of movement more of the width than its days
 *
 * See kwa_time_scale_new_for_exhibit().
 */
void
kwa_timeline_bar_set_nonlinear (KwaTimelineBar *self,
                                gboolean        nonlinear)
{
  g_return_if_fail (KWA_IS_TIMELINE_BAR (self));

  nonlinear = !!nonlinear;
  if (self->nonlinear == nonlinear)
    return;

  self->nonlinear = nonlinear;
  rebuild_scale (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONLINEAR]);
}

/**
 * kwa_timeline_bar_get_time_scale:
 *
 * Returns: (transfer none) (nullable): the scale the track is drawn on,
 *   %NULL without an exhibit
 */
KwaTimeScale *
kwa_timeline_bar_get_time_scale (KwaTimelineBar *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_BAR (self), NULL);
  return self->scale;
}

/**
 * kwa_timeline_bar_get_track:
 *
 * Returns: (transfer none): the slider, for focus and for tests
 */
GtkWidget *
kwa_timeline_bar_get_track (KwaTimelineBar *self)
{
  g_return_val_if_fail (KWA_IS_TIMELINE_BAR (self), NULL);
  return GTK_WIDGET (self->track);
}

/**
 * kwa_timeline_bar_scrub_to_fraction:
 * @fraction: 0 … 1 along the track
 *
 * Moves the timeline to the time drawn at @fraction of the track, as a
 * click there does.
 */
void
kwa_timeline_bar_scrub_to_fraction (KwaTimelineBar *self,
                                    double          fraction)
{
  g_return_if_fail (KWA_IS_TIMELINE_BAR (self));

  kwa_timeline_track_scrub_to_fraction (self->track, fraction);
}

/* The language and the play button set their tooltips again as they
 * change; in a kiosk each is taken away again at once. */
static void
tooltip_back_cb (GtkWidget      *widget,
                 GParamSpec     *pspec,
                 KwaTimelineBar *self)
{
  if (self->kiosk && gtk_widget_get_has_tooltip (widget))
    gtk_widget_set_has_tooltip (widget, FALSE);
}

/**
 * kwa_timeline_bar_set_kiosk:
 * @kiosk: whether the bar is on an unattended touch screen
 *
 * A kiosk's bar is for a visitor's finger: play, the arrows and the
 * track. The speed menu and the war-years switch are a desk user's
 * settings, and a tooltip never comes without a hovering pointer, so
 * they go; the buttons keep their accessible names.
 */
void
kwa_timeline_bar_set_kiosk (KwaTimelineBar *self,
                            gboolean        kiosk)
{
  GtkWidget *tipped[] = { self->previous_button, GTK_WIDGET (self->play_button), self->next_button,
                          GTK_WIDGET (self->compact_play_button), GTK_WIDGET (self->track) };

  g_return_if_fail (KWA_IS_TIMELINE_BAR (self));

  kiosk = !!kiosk;
  if (kiosk && !self->kiosk)
    for (guint i = 0; i < G_N_ELEMENTS (tipped); i++)
      g_signal_connect_object (tipped[i], "notify::has-tooltip", G_CALLBACK (tooltip_back_cb), self, 0);
  else if (!kiosk && self->kiosk)
    for (guint i = 0; i < G_N_ELEMENTS (tipped); i++)
      g_signal_handlers_disconnect_by_func (tipped[i], tooltip_back_cb, self);
  self->kiosk = kiosk;

  gtk_widget_set_visible (GTK_WIDGET (self->speed_dropdown), !kiosk);
  gtk_widget_set_visible (self->scale_button, !kiosk);
  for (guint i = 0; i < G_N_ELEMENTS (tipped); i++)
    gtk_widget_set_has_tooltip (tipped[i], !kiosk);
  if (kiosk)
    gtk_widget_add_css_class (GTK_WIDGET (self), "touch");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "touch");
}
