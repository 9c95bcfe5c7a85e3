/* kwa-window.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-window"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-kiosk-host.h"
#include "kwa-widget-translator.h"

#include <gobject/gvaluecollector.h>

#include "kwa-event-panel.h"
#include "kwa-layers-panel.h"
#include "kwa-map-view.h"
#include "kwa-perspectives-panel.h"
#include "kwa-search-panel.h"
#include "kwa-search-index.h"
#include "kwa-situation-panel.h"
#include "kwa-timeline-bar.h"
#include "kwa-settings.h"
#include "kwa-window-private.h"

/* The explorer's window: the map, the timeline and the panels, all
 * following the application's one timeline. The window only connects
 * views to that state; it holds no state of its own but the layout. */

/* How close the map frames a chosen event. */
#define EVENT_ZOOM 2.2


static void kwa_window_kiosk_host_init (KwaKioskHostInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KwaWindow, kwa_window, ADW_TYPE_APPLICATION_WINDOW,
                               G_IMPLEMENT_INTERFACE (KWA_TYPE_KIOSK_HOST, kwa_window_kiosk_host_init))

static void
save_window_state (KwaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
restore_window_state (KwaWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* ---- following the application -------------------------------------- */

static KwaLanguage
language (KwaWindow *self)
{
  return self->session ? kwa_session_get_language (self->session) : kwa_language_get_source ();
}

static KwaExhibit *
exhibit (KwaWindow *self)
{
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;

  return document != NULL ? kwa_map_document_get_exhibit (document) : NULL;
}

static void
update_title (KwaWindow *self)
{
  KwaExhibit *shown = exhibit (self);

  if (shown == NULL)
    return;

  adw_window_title_set_title (self->window_title, kwa_text_get (kwa_exhibit_get_title (shown), language (self)));
  adw_window_title_set_subtitle (self->window_title, kwa_text_get (kwa_exhibit_get_subtitle (shown), language (self)));
  gtk_window_set_title (GTK_WINDOW (self), kwa_text_get (kwa_exhibit_get_title (shown), language (self)));
}

/* Every panel shows the same three things the map does: the document,
 * the clock and the language. */
static void
set_on_panels (KwaWindow  *self,
               const char *property,
               ...)
{
  GtkWidget *panels[] = { self->event_panel, self->situation_panel, self->layers_panel,
                          self->perspectives_panel, self->search_panel };
  va_list args;
  GValue value = G_VALUE_INIT;
  g_autofree char *error = NULL;

  if (self->event_panel == NULL)
    return;

  va_start (args, property);
  G_VALUE_COLLECT_INIT (&value, g_object_class_find_property (G_OBJECT_GET_CLASS (panels[0]), property)->value_type,
                        args, 0, &error);
  va_end (args);
  g_assert (error == NULL);

  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    g_object_set_property (G_OBJECT (panels[i]), property, &value);
  g_value_unset (&value);
}

/* The language menu lists the exhibit's languages, each in itself, as
 * choices of app.set-language; the button names the one shown. */
static void
update_language_button (KwaWindow *self)
{
  KwaExhibit *shown = exhibit (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  const KwaLanguage *languages;
  guint n_languages;

  if (shown == NULL)
    return;

  languages = kwa_exhibit_get_languages (shown, &n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (kwa_exhibit_get_language_name (shown, languages[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "app.set-language",
                                               g_variant_new_string (kwa_language_to_string (languages[i])));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->language_button, G_MENU_MODEL (menu));
  gtk_menu_button_set_label (self->language_button, kwa_exhibit_get_language_name (shown, language (self)));
}

static void
document_changed_cb (KwaWindow *self)
{
  KwaMapDocument *document = kwa_session_get_document (self->session);

  kwa_map_view_set_document (self->map_view, document);
  set_on_panels (self, "document", document);
  update_title (self);
  update_language_button (self);
}

static void translate_parts (KwaWindow *self);

static void
language_changed_cb (KwaWindow *self)
{
  KwaLanguage lang = language (self);

  kwa_map_view_set_language (self->map_view, lang);
  set_on_panels (self, "language", lang);
  if (self->timeline_bar != NULL)
    kwa_timeline_bar_set_language (self->timeline_bar, lang);
  translate_parts (self);
  update_title (self);
  update_language_button (self);
}

static void
load_error_changed_cb (KwaWindow *self)
{
  const char *problems = kwa_session_get_load_error (self->session);

  gtk_label_set_text (self->problems_label, problems ? problems : "");
  /* Visitors never see a curator's problems; they are in the log. */
  gtk_revealer_set_reveal_child (self->problems_revealer, problems != NULL && !self->kiosk_mode);
}

/* A chosen event (from a panel, a search, a key, a show-control command)
 * brings the map to it; one tapped on the map is already in view. */
static void
selected_event_changed_cb (KwaWindow *self)
{
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);
  const KwaEvent *event = kwa_timeline_get_selected_event (timeline);
  gboolean same = event != NULL && g_strcmp0 (event->id, self->selected_event_id) == 0;

  g_free (self->selected_event_id);
  self->selected_event_id = event != NULL ? g_strdup (event->id) : NULL;
  kwa_map_view_set_selected (self->map_view, event);
  /* The same event in a new exhibit (a curator's edit, a reload from
   * disk): the map keeps its view and the panels their page. */
  if (same)
    return;

  /* A chosen event is read in the event panel, instead of a place or an
   * arrow picked before. */
  if (event != NULL && self->event_panel != NULL)
    kwa_event_panel_show_record (KWA_EVENT_PANEL (self->event_panel), KWA_MAP_HIT_NONE, NULL);
  if (event != NULL)
    adw_view_stack_set_visible_child_name (self->panel_stack, "event");

  if (event != NULL && event->has_location && !self->selecting_on_map && self->follow_selection)
    kwa_map_view_go_to (self->map_view, event->location,
                        MAX (EVENT_ZOOM, kwa_map_view_get_zoom (self->map_view)), TRUE);
}

static void
record_activated_cb (KwaWindow     *self,
                     int            kind,
                     gconstpointer  record,
                     KwaMapView    *map_view)
{
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);

  kwa_window_panels_show (self);
  /* A place or an arrow is told in the event panel: who held the place
   * on this day, and since when; whose arrow it is, and what it did. */
  if ((kind == KWA_MAP_HIT_PLACE || kind == KWA_MAP_HIT_MOVEMENT) && self->event_panel != NULL)
    {
      kwa_event_panel_show_record (KWA_EVENT_PANEL (self->event_panel), kind, record);
      adw_view_stack_set_visible_child_name (self->panel_stack, "event");
      return;
    }
  if (kind != KWA_MAP_HIT_EVENT)
    return;

  self->selecting_on_map = TRUE;
  kwa_timeline_select_event (timeline, record);
  self->selecting_on_map = FALSE;
}

/* A place, an arrow or a leader found by Search: the map goes to a place
 * or an arrow and the event panel tells it, as a click on it would; a
 * leader's time in office begins on the timeline, told by the Situation
 * panel. */
static void
search_record_chosen_cb (KwaWindow     *self,
                         int            kind,
                         gconstpointer  record)
{
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);

  switch (kind)
    {
    case KWA_SEARCH_PLACE:
      kwa_map_view_set_selected (self->map_view, record);
      kwa_map_view_go_to (self->map_view, ((const KwaPlace *) record)->point,
                          MAX (EVENT_ZOOM, kwa_map_view_get_zoom (self->map_view)), TRUE);
      record_activated_cb (self, KWA_MAP_HIT_PLACE, record, self->map_view);
      break;
    case KWA_SEARCH_MOVEMENT:
      {
        const KwaMovement *movement = record;

        kwa_timeline_set_date (timeline, movement->end);
        kwa_map_view_set_selected (self->map_view, record);
        kwa_map_view_go_to (self->map_view, movement->path.points[movement->path.n_points / 2],
                            kwa_map_view_get_zoom (self->map_view), TRUE);
        record_activated_cb (self, KWA_MAP_HIT_MOVEMENT, record, self->map_view);
      }
      break;
    case KWA_SEARCH_LEADER:
      kwa_timeline_set_date (timeline, CLAMP (((const KwaLeader *) record)->start, kwa_timeline_get_range (timeline).start,
                                              kwa_timeline_get_range (timeline).end));
      adw_view_stack_set_visible_child_name (self->panel_stack, "situation");
      break;
    default:
      break;
    }
}

/* The window's look for an unattended touch screen: no header bar or
 * menus, touch-sized controls, the curator's problems kept in the log.
 * Fullscreen, lockdown and the attract loop belong to the kiosk
 * controller (src/modes/). */
static void
apply_kiosk_mode (KwaWindow *self,
                  gboolean   kiosk)
{
  kiosk = !!kiosk;
  if (self->kiosk_mode == kiosk)
    return;

  self->kiosk_mode = kiosk;
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !kiosk);
  if (kiosk)
    {
      kwa_window_curator_end (self);
      gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
      if (self->timeline_bar != NULL)
        kwa_timeline_bar_set_kiosk (self->timeline_bar, TRUE);
      if (self->event_panel != NULL)
        kwa_event_panel_set_kiosk (KWA_EVENT_PANEL (self->event_panel), TRUE);
      if (self->search_panel != NULL)
        kwa_search_panel_set_kiosk (KWA_SEARCH_PANEL (self->search_panel), TRUE);
      gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "kiosk");
      if (self->timeline_bar != NULL)
        kwa_timeline_bar_set_kiosk (self->timeline_bar, FALSE);
      if (self->event_panel != NULL)
        kwa_event_panel_set_kiosk (KWA_EVENT_PANEL (self->event_panel), FALSE);
      if (self->search_panel != NULL)
        kwa_search_panel_set_kiosk (KWA_SEARCH_PANEL (self->search_panel), FALSE);
    }
  kwa_window_panels_follow_shape (self);
}

/* A kiosk has the screen (or gave it back): the window's look and the
 * actions a visitor must not reach follow the session. */
static void
kiosk_changed_cb (KwaWindow *self)
{
  gboolean kiosk = kwa_session_get_kiosk (self->session);

  apply_kiosk_mode (self, kiosk);
  kwa_window_actions_follow_kiosk (self, kiosk);
}

static void
hide_problems_cb (KwaWindow *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
  gsize       offset;          /* where the window keeps it */
} PanelPage;

static const PanelPage panel_pages[] = {
  { "event", N_("Event"), "x-office-document-symbolic", kwa_event_panel_get_type, G_STRUCT_OFFSET (KwaWindow, event_panel) },
  { "situation", N_("Situation"), "mark-location-symbolic", kwa_situation_panel_get_type, G_STRUCT_OFFSET (KwaWindow, situation_panel) },
  { "layers", N_("Layers"), "view-paged-symbolic", kwa_layers_panel_get_type, G_STRUCT_OFFSET (KwaWindow, layers_panel) },
  { "perspectives", N_("Views"), "emoji-people-symbolic", kwa_perspectives_panel_get_type, G_STRUCT_OFFSET (KwaWindow, perspectives_panel) },
  { "search", N_("Search"), "system-search-symbolic", kwa_search_panel_get_type, G_STRUCT_OFFSET (KwaWindow, search_panel) },
};

static GMenuModel *
build_pen_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) colors = g_menu_new ();
  g_autoptr(GMenu) edits = g_menu_new ();

  g_menu_append (colors, _("Red"), "win.pen-color::red");
  g_menu_append (colors, _("Blue"), "win.pen-color::blue");
  g_menu_append (colors, _("Black"), "win.pen-color::black");
  g_menu_append (colors, _("Yellow"), "win.pen-color::yellow");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (colors));
  g_menu_append (edits, _("_Undo Last Stroke"), "win.pen-undo");
  g_menu_append (edits, _("_Clear Drawing"), "win.pen-clear");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edits));

  return G_MENU_MODEL (menu);
}

static GMenuModel *
build_primary_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) tools = g_menu_new ();
  g_autoptr(GMenu) help = g_menu_new ();

  g_autoptr(GMenu) sizes = g_menu_new ();

  g_menu_append (sizes, _("Normal"), "win.text-scale(1.0)");
  g_menu_append (sizes, _("Large"), "win.text-scale(1.5)");
  g_menu_append (sizes, _("Largest"), "win.text-scale(2.0)");
  g_menu_append_submenu (tools, _("_Text Size"), G_MENU_MODEL (sizes));
  g_menu_append (tools, _("_Presenter View"), "app.presenter");
  g_menu_append (tools, _("_Export This View…"), "win.export");
  g_menu_append (tools, _("Export _Video…"), "win.export-video");
  g_menu_append (tools, _("Print _Handout…"), "win.print-handout");
  g_menu_append (tools, _("_Figures"), "win.show-figures");
  g_menu_append (tools, _("Show _Coordinates"), "win.show-coordinates");
  g_menu_append (tools, _("_Edit Exhibit…"), "win.edit-exhibit");
  g_menu_append (help, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (help, _("_About Korean War Atlas"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (tools));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (help));

  return G_MENU_MODEL (menu);
}

/* The five panels and the timeline bar, made once. A language change puts
 * their words into the new language in place (translate_parts), so a
 * visitor keeps the page, the scroll position and the focus. */
static void
build_panels (KwaWindow *self)
{
  KwaTimeline *timeline = self->session ? kwa_session_get_timeline (self->session) : NULL;
  KwaMapDocument *document = self->session ? kwa_session_get_document (self->session) : NULL;
  KwaLanguage lang = language (self);

  g_assert (self->event_panel == NULL);

  for (guint i = 0; i < G_N_ELEMENTS (panel_pages); i++)
    {
      GtkWidget **slot = G_STRUCT_MEMBER_P (self, panel_pages[i].offset);
      AdwViewStackPage *page;

      *slot = g_object_new (panel_pages[i].get_type (),
                            "timeline", timeline,
                            "document", document,
                            "language", lang,
                            NULL);
      page = adw_view_stack_add_titled (self->panel_stack, *slot, panel_pages[i].name,
                                        _(panel_pages[i].title));
      adw_view_stack_page_set_icon_name (page, panel_pages[i].icon_name);
    }

  /* The layer switches show and hide the map's layers, starting from
   * what the map shows now. */
  self->layers_binding = g_object_bind_property (self->map_view, "layers", self->layers_panel, "layers",
                                                 G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  kwa_search_panel_set_kiosk (KWA_SEARCH_PANEL (self->search_panel), self->kiosk_mode);
  kwa_event_panel_set_kiosk (KWA_EVENT_PANEL (self->event_panel), self->kiosk_mode);
  g_signal_connect_object (self->search_panel, "record-chosen", G_CALLBACK (search_record_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  self->timeline_bar = KWA_TIMELINE_BAR (kwa_timeline_bar_new (timeline));
  kwa_timeline_bar_set_language (self->timeline_bar, lang);
  kwa_timeline_bar_set_kiosk (self->timeline_bar, self->kiosk_mode);
  gtk_box_append (GTK_BOX (self->timeline_slot), GTK_WIDGET (self->timeline_bar));
}

/* Words in the interface's language: those code gives (page titles, menus,
 * tooltips, screen readers' labels), then every word of the window and
 * its shortcuts window that the catalogues know. Menus are models, made
 * again; widgets keep their state. */
static void
translate_parts (KwaWindow *self)
{
  g_autoptr(GMenuModel) menu = build_primary_menu ();
  g_autoptr(GMenuModel) pen_menu = build_pen_menu ();
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  KwaLanguage lang = language (self);

  for (guint i = 0; i < G_N_ELEMENTS (panel_pages); i++)
    {
      GtkWidget **slot = G_STRUCT_MEMBER_P (self, panel_pages[i].offset);

      if (*slot != NULL)
        adw_view_stack_page_set_title (adw_view_stack_get_page (self->panel_stack, *slot),
                                       _(panel_pages[i].title));
    }

  gtk_menu_button_set_menu_model (self->primary_menu_button, menu);
  gtk_menu_button_set_menu_model (self->pen_button, pen_menu);
  /* Translators: the toggle that draws on the map; P is its key */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pen_toggle), _("Pen (P)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pen_button), _("Pen Colour, Undo and Clear"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  gtk_widget_set_tooltip_text (self->panels_button, _("Show the Panels"));
  /* Icon-only buttons: screen readers need words, not a tooltip. */
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self->pen_toggle), N_("Pen"));
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self->pen_button), N_("Pen Colour, Undo and Clear"));
  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self->primary_menu_button), N_("Main Menu"));
  kwa_widget_translator_set_accessible_label (self->panels_button, N_("Show the Panels"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_button), _("Exhibit Language"));

  kwa_widget_translator_translate (GTK_WIDGET (self), lang);
  if (shortcuts != NULL)
    kwa_widget_translator_translate (GTK_WIDGET (shortcuts), lang);
}

static void
connect_session (KwaWindow *self)
{
  KwaTimeline *timeline = kwa_session_get_timeline (self->session);

  g_signal_group_set_target (self->session_signals, self->session);
  g_signal_group_set_target (self->timeline_signals, timeline);
  self->time_binding = g_object_bind_property (timeline, "time", self->map_view, "time", G_BINDING_SYNC_CREATE);
  kwa_map_view_set_sketch (self->map_view, kwa_session_get_sketch (self->session));

  if (self->event_panel == NULL)
    build_panels (self);
  else
    {
      set_on_panels (self, "timeline", timeline);
      g_object_set (self->timeline_bar, "timeline", timeline, NULL);
    }
  document_changed_cb (self);
  language_changed_cb (self);
  load_error_changed_cb (self);
  kiosk_changed_cb (self);
  selected_event_changed_cb (self);
}

/* ---- GObject ---------------------------------------------------------- */

static gboolean
kwa_window_close_request (GtkWindow *window)
{
  if (kwa_window_curator_close_request (KWA_WINDOW (window)))
    return TRUE;
  save_window_state (KWA_WINDOW (window));

  return GTK_WINDOW_CLASS (kwa_window_parent_class)->close_request (window);
}

/* "application" is an ordinary property, set after construction: the
 * window connects to the application's session when it arrives. */
static void
application_changed_cb (KwaWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  KwaSession *session;

  if (!KWA_IS_APPLICATION (application))
    return;

  session = kwa_application_get_session (KWA_APPLICATION (application));
  if (session == self->session)
    return;

  g_clear_pointer (&self->time_binding, g_binding_unbind);
  g_set_object (&self->session, session);
  connect_session (self);
}

/* A window shown without an application still needs its panels. (Not in
 * constructed(): "application" is set after it, and they would be made
 * twice.) */
static void
kwa_window_realize (GtkWidget *widget)
{
  KwaWindow *self = KWA_WINDOW (widget);

  if (self->event_panel == NULL)
    {
      build_panels (self);
      translate_parts (self);
    }

  GTK_WIDGET_CLASS (kwa_window_parent_class)->realize (widget);
}

static void
kwa_window_dispose (GObject *object)
{
  KwaWindow *self = KWA_WINDOW (object);

  kwa_window_curator_end (self);
  kwa_window_panels_dispose (self);
  if (self->figures_window != NULL)
    {
      GtkWidget *figures = self->figures_window;

      g_object_remove_weak_pointer (G_OBJECT (figures), (gpointer *) &self->figures_window);
      self->figures_window = NULL;
      gtk_window_destroy (GTK_WINDOW (figures));
    }
  g_clear_pointer (&self->time_binding, g_binding_unbind);
  g_clear_pointer (&self->layers_binding, g_binding_unbind);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  if (self->timeline_signals != NULL)
    g_signal_group_set_target (self->timeline_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->timeline_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_pointer (&self->selected_event_id, g_free);

  G_OBJECT_CLASS (kwa_window_parent_class)->dispose (object);
}

static void
kwa_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  GTK_WIDGET_CLASS (kwa_window_parent_class)->size_allocate (widget, width, height, baseline);
  kwa_window_panels_follow_shape (KWA_WINDOW (widget));
}

/* ---- KwaKioskHost ------------------------------------------------------ */

static KwaMapView *
kiosk_host_get_map_view (KwaKioskHost *host)
{
  return KWA_WINDOW (host)->map_view;
}

static GtkOverlay *
kiosk_host_get_map_overlay (KwaKioskHost *host)
{
  return GTK_OVERLAY (KWA_WINDOW (host)->map_area);
}

static void
kiosk_host_set_follow_selection (KwaKioskHost *host,
                                 gboolean      follow)
{
  kwa_window_set_follow_selection (KWA_WINDOW (host), follow);
}

static void
kiosk_host_reset_panels (KwaKioskHost *host)
{
  kwa_window_reset_panels (KWA_WINDOW (host));
}

static void
kwa_window_kiosk_host_init (KwaKioskHostInterface *iface)
{
  iface->get_map_view = kiosk_host_get_map_view;
  iface->get_map_overlay = kiosk_host_get_map_overlay;
  iface->set_follow_selection = kiosk_host_set_follow_selection;
  iface->reset_panels = kiosk_host_reset_panels;
}

static void
kwa_window_class_init (KwaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kwa_window_dispose;
  widget_class->realize = kwa_window_realize;
  widget_class->size_allocate = kwa_window_size_allocate;
  window_class->close_request = kwa_window_close_request;

  g_type_ensure (KWA_TYPE_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, map_area);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, timeline_slot);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, panels_button);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, pen_button);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, pen_toggle);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, KwaWindow, problems_label);
  gtk_widget_class_bind_template_callback (widget_class, record_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, hide_problems_cb);
}

static void
kwa_window_init (KwaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_window_panels_init (self);

  self->follow_selection = TRUE;
  self->session_signals = g_signal_group_new (KWA_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::document", G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::language", G_CALLBACK (language_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::load-error", G_CALLBACK (load_error_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::kiosk", G_CALLBACK (kiosk_changed_cb), self);

  self->timeline_signals = g_signal_group_new (KWA_TYPE_TIMELINE);
  g_signal_group_connect_swapped (self->timeline_signals, "notify::selected-event-id",
                                  G_CALLBACK (selected_event_changed_cb), self);

  /* The curator's aid: the map's own property, as a checkable menu item. */
  {
    g_autoptr(GPropertyAction) action = g_property_action_new ("show-coordinates", self->map_view,
                                                               "show-coordinates");
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  }

  /* The panels, the timeline bar and the menu are made when the
   * application arrives (see connect_application()), or on realize for a
   * window without one: not here and again then, which cost the first
   * frame a second set of panels. */
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);

  self->settings = kwa_settings_new ();
  restore_window_state (self);
  /* Closed once, the legend stays closed, here and next time. */
  if (self->settings != NULL)
    g_settings_bind (self->settings, "legend-collapsed", self->map_view, "legend-collapsed",
                     G_SETTINGS_BIND_DEFAULT);
  kwa_window_install_actions (self);
}

KwaWindow *
kwa_window_new (KwaApplication *application)
{
  return g_object_new (KWA_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

KwaMapView *
kwa_window_get_map_view (KwaWindow *self)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), NULL);
  return self->map_view;
}

/* Where modes (the kiosk's captions and countdown) put their own layers
 * over the map. */
GtkOverlay *
kwa_window_get_map_overlay (KwaWindow *self)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), NULL);
  return GTK_OVERLAY (self->map_area);
}

GtkWidget *
kwa_window_get_timeline_bar (KwaWindow *self)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->timeline_bar);
}

/**
 * kwa_window_get_panel:
 * @name: "event", "situation", "layers", "perspectives" or "search"
 *
 * Returns: (transfer none) (nullable): the panel now shown under @name
 *   (panels are made again when the language changes)
 */
GtkWidget *
kwa_window_get_panel (KwaWindow  *self,
                      const char *name)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), NULL);

  return adw_view_stack_get_child_by_name (self->panel_stack, name);
}

gboolean
kwa_window_get_kiosk_mode (KwaWindow *self)
{
  g_return_val_if_fail (KWA_IS_WINDOW (self), FALSE);
  return self->kiosk_mode;
}

/**
 * kwa_window_set_follow_selection:
 *
 * Whether the map glides to each event chosen on the timeline (the
 * default). The kiosk turns it off while it frames a stop itself, so
 * the map makes one move rather than two.
 */
void
kwa_window_set_follow_selection (KwaWindow *self,
                                 gboolean   follow)
{
  g_return_if_fail (KWA_IS_WINDOW (self));

  self->follow_selection = !!follow;
}
