/* kwa-event-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-event-panel"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-widget-translator.h"

#include "kwa-event-panel.h"
#include "kwa-follow-pacer.h"
#include "kwa-media-gallery.h"
#include "kwa-label-text.h"
#include "kwa-legend-symbol.h"
#include "kwa-text-column.h"
#include "kwa-map-renderer.h"
#include "kwa-record-text.h"
#include "kwa-scene.h"
#include "kwa-source-list.h"
#include "kwa-event-panel-private.h"

/* The event of the moment: the one the visitor picked, or else the latest
 * one to have begun by the timeline's date. Everything a visitor reads
 * about it is here: when, where, what happened, who said what, what is
 * disputed, and where it comes from. */

struct _KwaEventPanel
{
  KwaPanel         parent_instance;

  /* Template widgets */
  GtkWidget       *scroller;
  GtkStack        *stack;
  GtkLabel        *empty_description;
  KwaLegendSymbol *category_symbol;
  GtkLabel        *category_label;
  GtkLabel        *context_label;
  GtkLabel        *title_label;
  GtkLabel        *date_label;
  GtkWidget       *place_box;
  GtkLabel        *place_label;
  GtkLabel        *summary_label;
  GtkLabel        *body_label;
  GtkWidget       *quote_box;
  GtkLabel        *quote_label;
  GtkLabel        *quote_source_label;
  GtkWidget       *note_box;
  GtkImage        *note_icon;
  GtkLabel        *note_heading;
  GtkLabel        *note_label;
  GtkWidget       *sources_box;
  KwaSourceList   *source_list;
  KwaMediaGallery *media_gallery;   /* built in code, above the summary */

  /* Borrowed from the timeline's or the document's exhibit */
  const KwaEvent  *event;          /* the one shown, NULL when none is */
  gboolean         event_selected; /* whether it is shown as selected */
  KwaFollowPacer  *pacer;          /* when a moving date is shown */
  gboolean         kiosk;

  /* A place or an arrow picked on the map, shown instead of the event
   * until an event is chosen; the place's day, to redo it when it moves. */
  int              record_kind;    /* KwaMapHitKind */
  gconstpointer    record;
  KwaDate          record_date;
};

G_DEFINE_FINAL_TYPE (KwaEventPanel, kwa_event_panel, KWA_TYPE_PANEL)

static const char *
category_name (KwaEventCategory category)
{
  switch (category)
    {
    case KWA_EVENT_POLITICAL:
      return _("Political");
    case KWA_EVENT_MILITARY:
      return _("Military");
    case KWA_EVENT_DIPLOMATIC:
      return _("Diplomatic");
    case KWA_EVENT_HUMANITARIAN:
      return _("Humanitarian");
    default:
      g_assert_not_reached ();
    }
}

static const KwaEvent *
find_event (KwaEventPanel *self,
            gboolean      *out_selected)
{
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));
  KwaMapDocument *document = kwa_panel_get_document (KWA_PANEL (self));
  g_autoptr(KwaScene) scene = NULL;
  const KwaEvent *selected;

  *out_selected = FALSE;

  if (timeline == NULL)
    return NULL;

  if ((selected = kwa_timeline_get_selected_event (timeline)) != NULL)
    {
      *out_selected = TRUE;
      return selected;
    }

  if (document == NULL)
    return NULL;

  scene = kwa_scene_new (kwa_map_document_get_atlas (document),
                         kwa_timeline_get_date (timeline));
  return scene->latest_event;
}

static void
set_optional_label (GtkLabel      *label,
                    GtkWidget     *container,
                    const KwaText *text,
                    KwaLanguage    language)
{
  gboolean shown = kwa_text_is_set (text);

  kwa_label_set_text_wrapped (label, shown ? kwa_text_get (text, language) : "");
  gtk_widget_set_visible (container, shown);
}

/* Hangul, kana and Han characters have no italic: a slanted fake reads
 * worse than none. */
static gboolean
has_no_italics (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      switch (g_unichar_get_script (g_utf8_get_char (p)))
        {
        case G_UNICODE_SCRIPT_HANGUL:
        case G_UNICODE_SCRIPT_HAN:
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA:
          return TRUE;
        default:
          break;
        }
    }
  return FALSE;
}

static void
show_quote (KwaEventPanel  *self,
            const KwaEvent *event)
{
  g_autofree char *quoted = NULL;
  g_autofree char *attribution = NULL;
  const KwaQuote *quote = &event->quote;
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));

  gtk_widget_set_visible (self->quote_box, event->has_quote);
  if (!event->has_quote)
    return;

  /* Translators: a quotation, in your language's quotation marks
     (Korean “{quote}”, Japanese 「{quote}」). */
  quoted = kwa_fill_pattern (kwa_pgettext_in (language, "quotation", NC_("quotation", "“{quote}”")),
                             "{quote}", kwa_text_get (&quote->text, language), NULL);
  kwa_label_set_text_wrapped (self->quote_label, quoted);
  if (has_no_italics (quoted))
    gtk_widget_add_css_class (self->quote_box, "upright-script");
  else
    gtk_widget_remove_css_class (self->quote_box, "upright-script");

  if (kwa_text_is_set (&quote->speaker) && quote->date != KWA_DATE_NONE)
    {
      g_autofree char *date = kwa_date_format (quote->date, language);
      attribution = g_strdup_printf ("— %s, %s", kwa_text_get (&quote->speaker, language), date);
    }
  else if (kwa_text_is_set (&quote->speaker))
    attribution = g_strdup_printf ("— %s", kwa_text_get (&quote->speaker, language));
  else if (quote->date != KWA_DATE_NONE)
    {
      g_autofree char *date = kwa_date_format (quote->date, language);
      attribution = g_strdup_printf ("— %s", date);
    }

  kwa_label_set_text_wrapped (self->quote_source_label, attribution);
  gtk_widget_set_visible (GTK_WIDGET (self->quote_source_label), attribution != NULL);
}

/* Notes and doubtful confidence get a box of their own, so a visitor sees
 * at a glance where historians disagree. */
static void
show_note (KwaEventPanel  *self,
           const KwaEvent *event)
{
  gboolean doubtful = event->confidence == KWA_CONFIDENCE_LOW ||
                      event->confidence == KWA_CONFIDENCE_MEDIUM;
  const char *heading;
  const char *text;

  gtk_widget_remove_css_class (self->note_box, "disputed");

  if (!kwa_text_is_set (&event->notes) && !doubtful)
    {
      gtk_widget_set_visible (self->note_box, FALSE);
      return;
    }

  switch (event->confidence)
    {
    case KWA_CONFIDENCE_LOW:
      heading = _("Disputed");
      text = _("The sources disagree about what happened here.");
      gtk_widget_add_css_class (self->note_box, "disputed");
      gtk_image_set_from_icon_name (self->note_icon, "dialog-warning-symbolic");
      break;
    case KWA_CONFIDENCE_MEDIUM:
      heading = _("Uncertain");
      text = _("Some details are uncertain; the sources do not fully agree.");
      gtk_image_set_from_icon_name (self->note_icon, "dialog-information-symbolic");
      break;
    case KWA_CONFIDENCE_UNSTATED:
    case KWA_CONFIDENCE_HIGH:
    default:
      heading = _("Note");
      text = NULL;
      gtk_image_set_from_icon_name (self->note_icon, "dialog-information-symbolic");
      break;
    }

  if (kwa_text_is_set (&event->notes))
    text = kwa_text_get (&event->notes, kwa_panel_get_language (KWA_PANEL (self)));

  gtk_label_set_label (self->note_heading, heading);
  kwa_label_set_text_wrapped (self->note_label, text);
  gtk_widget_set_visible (self->note_box, TRUE);
}

static void
show_event (KwaEventPanel  *self,
            const KwaEvent *event,
            gboolean        selected)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  g_autofree char *date = NULL;
  const char *summary;
  const char *body;

  /* The marker's colour: the stylesheet names categories as the exhibit does. */
  for (KwaEventCategory category = KWA_EVENT_POLITICAL; category <= KWA_EVENT_HUMANITARIAN; category++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->category_symbol), kwa_event_category_to_string (category));
  gtk_widget_add_css_class (GTK_WIDGET (self->category_symbol), kwa_event_category_to_string (event->category));
  gtk_label_set_label (self->category_label, category_name (event->category));
  gtk_label_set_label (self->context_label, selected ? _("Selected event") : _("Latest event"));

  kwa_label_set_text_wrapped (self->title_label, kwa_text_get (&event->title, language));

  date = kwa_date_format_span (event->date, event->end, language);
  kwa_label_set_text_wrapped (self->date_label, date);

  if (event->place != NULL)
    {
      const char *name = kwa_text_get (&event->place->name, language);
      g_autofree char *approximate = NULL;

      if (event->place->approximate)
        approximate = g_strdup_printf (_("near %s"), name);
      kwa_label_set_text_wrapped (self->place_label, approximate != NULL ? approximate : name);
    }
  gtk_widget_set_visible (self->place_box, event->place != NULL);

  /* The summary leads; the body follows unless it only repeats it. */
  summary = kwa_text_get (&event->summary, language);
  body = kwa_text_get (&event->body, language);
  set_optional_label (self->summary_label, GTK_WIDGET (self->summary_label), &event->summary, language);
  if (summary != NULL && body != NULL && g_str_equal (summary, body))
    gtk_widget_set_visible (GTK_WIDGET (self->body_label), FALSE);
  else
    set_optional_label (self->body_label, GTK_WIDGET (self->body_label), &event->body, language);

  show_quote (self, event);
  show_note (self, event);
  kwa_media_gallery_set_media (self->media_gallery, event->media, event->n_media, language);

  kwa_source_list_set_sources (self->source_list, event->sources, event->n_sources);
  gtk_widget_set_visible (self->sources_box, event->n_sources > 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  kwa_text_get (&event->title, language),
                                  -1);
}

/* A place or an arrow, told in the event's widgets. */
static void
show_record (KwaEventPanel *self)
{
  KwaMapDocument *document = kwa_panel_get_document (KWA_PANEL (self));
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  g_auto(KwaRecordText) text = { 0 };

  self->record_date = kwa_timeline_get_date (timeline);
  if (self->record_kind == KWA_MAP_HIT_PLACE)
    kwa_record_text_for_place (&text, exhibit, self->record, self->record_date, language);
  else
    kwa_record_text_for_movement (&text, exhibit, self->record, language);

  gtk_widget_set_visible (GTK_WIDGET (self->category_symbol), FALSE);
  gtk_label_set_label (self->category_label, text.category);
  gtk_label_set_label (self->context_label, _("Picked on the map"));
  kwa_label_set_text_wrapped (self->title_label, text.title);
  kwa_label_set_text_wrapped (self->date_label, text.date);
  gtk_widget_set_visible (self->place_box, FALSE);
  kwa_label_set_text_wrapped (self->summary_label, text.summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), text.summary != NULL);
  kwa_label_set_text_wrapped (self->body_label, text.body);
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), text.body != NULL);
  gtk_widget_set_visible (self->quote_box, FALSE);
  gtk_widget_set_visible (self->note_box, FALSE);
  if (self->record_kind == KWA_MAP_HIT_PLACE)
    kwa_media_gallery_set_media (self->media_gallery, ((const KwaPlace *) self->record)->media,
                                 ((const KwaPlace *) self->record)->n_media, language);
  else
    kwa_media_gallery_set_media (self->media_gallery, NULL, 0, language);
  kwa_source_list_set_sources (self->source_list, text.sources, text.n_sources);
  gtk_widget_set_visible (self->sources_box, text.n_sources > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text.title, -1);
  gtk_stack_set_visible_child_name (self->stack, "event");
}

static void
update (KwaEventPanel *self)
{
  gboolean selected;
  const KwaEvent *event = find_event (self, &selected);
  gboolean changed = event != self->event;

  if (self->record != NULL)
    {
      /* A place's holder is of the day: told again when the day moves. */
      if (self->record_date == KWA_DATE_NONE ||
          (self->record_kind == KWA_MAP_HIT_PLACE &&
           self->record_date != kwa_timeline_get_date (kwa_panel_get_timeline (KWA_PANEL (self)))))
        show_record (self);
      return;
    }

  /* The date moves every frame while the timeline plays; the event it
   * shows changes far less often. Setting the same texts again would
   * still make every label shape and measure its text anew. */
  if (!changed && selected == self->event_selected && event != NULL)
    return;

  self->event = event;
  self->event_selected = selected;

  if (event == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->category_symbol), TRUE);
  show_event (self, event, selected);
  gtk_stack_set_visible_child_name (self->stack, "event");

  /* A new event is read from its title down. */
  if (changed)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
    }
}

/* A new event lays the panel out again, 10–30 ms: a moving date is shown
 * as KwaFollowPacer paces it, a chosen event at once. */
static void
follow_date (gpointer user_data)
{
  update (user_data);
}

static void
date_changed_cb (KwaEventPanel *self)
{
  if (self->pacer != NULL)
    kwa_follow_pacer_changed (self->pacer);
}

static void
timeline_changed_cb (KwaEventPanel *self)
{
  if (self->pacer != NULL)
    kwa_follow_pacer_shown (self->pacer);
  update (self);
}

/* Shows the event again even if it seems the same: the language changed,
 * or the exhibit did (whose new events may sit where the old ones were),
 * or the timeline. */
static void
kwa_event_panel_refresh (KwaPanel *panel)
{
  KwaEventPanel *self = KWA_EVENT_PANEL (panel);

  self->event = NULL;
  self->record_date = KWA_DATE_NONE;
  /* Another exhibit: its records are others. */
  if (self->record != NULL && kwa_panel_get_document (panel) == NULL)
    self->record = NULL;
  /* Its maps are drawn from it. */
  kwa_media_gallery_set_document (self->media_gallery, kwa_panel_get_document (panel));
  update (self);
}

static void
kwa_event_panel_dispose (GObject *object)
{
  KwaEventPanel *self = KWA_EVENT_PANEL (object);

  self->event = NULL;
  g_clear_pointer (&self->pacer, kwa_follow_pacer_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_EVENT_PANEL);

  G_OBJECT_CLASS (kwa_event_panel_parent_class)->dispose (object);
}

static void
kwa_event_panel_class_init (KwaEventPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KwaPanelClass *panel_class = KWA_PANEL_CLASS (klass);

  object_class->dispose = kwa_event_panel_dispose;

  panel_class->refresh = kwa_event_panel_refresh;
  panel_class->timeline_changed = kwa_event_panel_refresh;

  g_type_ensure (KWA_TYPE_LEGEND_SYMBOL);
  g_type_ensure (KWA_TYPE_TEXT_COLUMN);
  g_type_ensure (KWA_TYPE_SOURCE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-event-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, empty_description);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, category_symbol);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, category_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, context_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, place_box);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, place_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, body_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, quote_box);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, quote_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, quote_source_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, note_box);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, note_icon);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, note_heading);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, note_label);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, sources_box);
  gtk_widget_class_bind_template_child (widget_class, KwaEventPanel, source_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_event_panel_init (KwaEventPanel *self)
{
  GSignalGroup *timeline_signals = kwa_panel_get_timeline_signals (KWA_PANEL (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_label_keep_words_whole (self->empty_description);

  /* Pictures go between the date and the summary, as a caption's would. */
  self->media_gallery = KWA_MEDIA_GALLERY (kwa_media_gallery_new ());
  gtk_widget_insert_before (GTK_WIDGET (self->media_gallery),
                            gtk_widget_get_parent (GTK_WIDGET (self->summary_label)),
                            GTK_WIDGET (self->summary_label));

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Event"));

  self->pacer = kwa_follow_pacer_new ("[kwa] event update", GTK_WIDGET (self), follow_date, self);
  g_signal_group_connect_swapped (timeline_signals, "notify::date",
                                  G_CALLBACK (date_changed_cb), self);
  g_signal_group_connect_swapped (timeline_signals, "notify::selected-event-id",
                                  G_CALLBACK (timeline_changed_cb), self);
  g_signal_group_connect_swapped (timeline_signals, "notify::exhibit",
                                  G_CALLBACK (kwa_event_panel_refresh), self);

  update (self);
}

GtkWidget *
kwa_event_panel_new (void)
{
  return g_object_new (KWA_TYPE_EVENT_PANEL, NULL);
}

/**
 * kwa_event_panel_get_event:
 *
 * Returns: (nullable): the event shown, owned by the exhibit
 */
const KwaEvent *
kwa_event_panel_get_event (KwaEventPanel *self)
{
  g_return_val_if_fail (KWA_IS_EVENT_PANEL (self), NULL);
  return self->event;
}

/**
 * kwa_event_panel_get_title_label:
 *
 * The label that shows the event's title, for tests and for a presenter
 * that wants to mirror it.
 *
 * Returns: (transfer none): the title label
 */
GtkLabel *
kwa_event_panel_get_title_label (KwaEventPanel *self)
{
  g_return_val_if_fail (KWA_IS_EVENT_PANEL (self), NULL);
  return self->title_label;
}

/**
 * kwa_event_panel_set_kiosk:
 * @kiosk: whether the panel is on an unattended touch screen
 *
 * A kiosk's panel is for reading: no web addresses nobody there can
 * follow, and no text to select, whose long press or right click would
 * open a Cut/Copy/Paste menu.
 */
void
kwa_event_panel_set_kiosk (KwaEventPanel *self,
                           gboolean       kiosk)
{
  g_return_if_fail (KWA_IS_EVENT_PANEL (self));

  kiosk = !!kiosk;
  if (self->kiosk == kiosk)
    return;

  self->kiosk = kiosk;
  gtk_label_set_selectable (self->body_label, !kiosk);
  kwa_source_list_set_show_urls (self->source_list, !kiosk);
  kwa_media_gallery_set_can_enlarge (self->media_gallery, !kiosk);
  kwa_event_panel_refresh (KWA_PANEL (self));
}

/**
 * kwa_event_panel_show_record:
 * @kind: a #KwaMapHitKind: %KWA_MAP_HIT_PLACE or %KWA_MAP_HIT_MOVEMENT, or
 *   %KWA_MAP_HIT_NONE to go back to the event of the moment
 * @record: (nullable): the place or the movement, from the panel's exhibit
 *
 * Shows what a visitor picked on the map: a place (who held it on the
 * day shown, and its record of changes of hands) or a troop movement.
 */
void
kwa_event_panel_show_record (KwaEventPanel *self,
                             int            kind,
                             gconstpointer  record)
{
  g_return_if_fail (KWA_IS_EVENT_PANEL (self));
  g_return_if_fail (record == NULL || kind == KWA_MAP_HIT_PLACE || kind == KWA_MAP_HIT_MOVEMENT);

  if (kwa_panel_get_document (KWA_PANEL (self)) == NULL || kwa_panel_get_timeline (KWA_PANEL (self)) == NULL)
    record = NULL;
  self->record_kind = record != NULL ? kind : KWA_MAP_HIT_NONE;
  self->record = record;
  self->record_date = KWA_DATE_NONE;
  self->event = NULL;
  if (record != NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

      show_record (self);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
    }
  else
    update (self);
}

/**
 * kwa_event_panel_get_record:
 * @kind: (out) (optional): a #KwaMapHitKind
 *
 * Returns: (nullable): the place or movement shown, %NULL when an event is
 */
gconstpointer
kwa_event_panel_get_record (KwaEventPanel *self,
                            int           *kind)
{
  g_return_val_if_fail (KWA_IS_EVENT_PANEL (self), NULL);
  if (kind != NULL)
    *kind = self->record_kind;
  return self->record;
}

/* The panel's pictures (a KwaMediaGallery), for tests. */
GtkWidget *
kwa_event_panel_get_media_gallery (KwaEventPanel *self)
{
  g_return_val_if_fail (KWA_IS_EVENT_PANEL (self), NULL);
  return GTK_WIDGET (self->media_gallery);
}
