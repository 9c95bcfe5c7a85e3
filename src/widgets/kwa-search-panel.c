/* kwa-search-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-search-panel"

#include "config.h"

#include <adwaita.h>
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include <stdlib.h>
#include <string.h>

#include "kwa-label-text.h"
#include "kwa-legend-symbol.h"
#include "kwa-search-index.h"
#include "kwa-search-panel.h"

/* Every event of the exhibit in time order, narrowed by what the visitor
 * types; with a query, the places, troop movements and leaders it finds
 * too (kwa-search-index.c: words in either language, whatever the
 * interface speaks, and dates). Results found in a title come first, then
 * those found in a place's name, then in the text, with a snippet of the
 * text around the word; each in time order. Activating an event moves
 * the timeline there; a place, an arrow or a leader is handed to the
 * window ("record-chosen"). The results stay while the visitor looks at
 * one after another.
 *
 * On a kiosk there is no keyboard to type with: the entry goes and the
 * list stays, to scroll and tap. */

struct _KwaSearchPanel
{
  KwaPanel        parent_instance;

  /* Template widgets */
  GtkWidget      *entry_clamp;
  GtkSearchEntry *search_entry;
  GtkWidget      *count_clamp;
  GtkLabel       *count_label;
  GtkWidget      *scroller;
  GtkListBox     *events_list;
  GtkWidget      *placeholder;

  /* Owned */
  KwaSearchIndex *index;         /* borrows from the document's exhibit */
  GArray         *ranks;         /* guint8 KwaSearchRank, one an entry */
  GArray         *found_in;      /* guint8 KwaLanguage, one an entry */
  GPtrArray      *rows;          /* GtkListBoxRow *, one an entry, borrowed from the list */
  KwaSearchQuery *words;
  char           *query;

  gboolean        kiosk;
  guint           n_results;
};

G_DEFINE_FINAL_TYPE (KwaSearchPanel, kwa_search_panel, KWA_TYPE_PANEL)

enum {
  PROP_0,
  PROP_KIOSK,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- matching --------------------------------------------------------- */

/**
 * kwa_search_matches:
 * @query: what a visitor typed
 *
 * Whether @event is found by @query in @language alone: every word must
 * be in its title, summary or body, and every date (a year, a month such
 * as "1950-09" or a day) must fall within the event.
 */
gboolean
kwa_search_matches (const KwaEvent *event,
                    const char     *query,
                    KwaLanguage     language)
{
  g_autoptr(KwaSearchQuery) words = NULL;
  g_autofree char *joined = NULL;
  KwaSearchEntry entry = { KWA_SEARCH_EVENT, event, event->date, event->end };
  gboolean found;

  g_return_val_if_fail (event != NULL, FALSE);

  words = kwa_search_query_new (query);
  joined = g_strjoin ("\n", kwa_text_get (&event->title, language), kwa_text_get (&event->summary, language),
                      kwa_text_get (&event->body, language), NULL);
  g_return_val_if_fail (language < KWA_MAX_LANGUAGES, FALSE);

  entry.title[language] = g_utf8_casefold (joined, -1);
  entry.place[language] = g_strdup ("");
  entry.text[language] = g_strdup ("");
  found = kwa_search_query_is_empty (words) || kwa_search_query_rank (words, &entry, NULL) != KWA_SEARCH_RANK_NONE;
  g_free (entry.title[language]);
  g_free (entry.place[language]);
  g_free (entry.text[language]);
  return found;
}

/* ---- the list --------------------------------------------------------- */

enum {
  RECORD_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Rows are sorted by rank, so a row's place in the list is not its
 * entry's: each row keeps its entry's index. */
static guint
row_index (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kwa-event-index"));
}

static KwaSearchRank
entry_rank (KwaSearchPanel *self,
            guint           index)
{
  return index < self->ranks->len ? g_array_index (self->ranks, guint8, index) : KWA_SEARCH_RANK_TITLE;
}

/* Without a query the list is the events; with one, whatever it finds. */
static gboolean
shown (KwaSearchPanel *self,
       guint           index)
{
  if (kwa_search_query_is_empty (self->words))
    return kwa_search_index_get_entry (self->index, index)->kind == KWA_SEARCH_EVENT;
  return entry_rank (self, index) != KWA_SEARCH_RANK_NONE;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  return shown (user_data, row_index (row));
}

static int
sort_cb (GtkListBoxRow *a,
         GtkListBoxRow *b,
         gpointer       user_data)
{
  KwaSearchPanel *self = user_data;
  guint index_a = row_index (a), index_b = row_index (b);
  KwaSearchRank rank_a = entry_rank (self, index_a), rank_b = entry_rank (self, index_b);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return index_a < index_b ? -1 : index_a > index_b;
}

/* A result found only in its text shows the words around it. */
static void
show_snippet (KwaSearchPanel *self,
              guint           index)
{
  GtkLabel *snippet = g_object_get_data (G_OBJECT (self->rows->pdata[index]), "kwa-snippet");
  const KwaSearchEntry *entry = kwa_search_index_get_entry (self->index, index);
  g_autofree char *text = NULL;

  if (entry_rank (self, index) == KWA_SEARCH_RANK_TEXT)
    text = kwa_search_query_snippet (self->words, entry, g_array_index (self->found_in, guint8, index));
  kwa_label_set_text_wrapped (snippet, text);
  gtk_widget_set_visible (GTK_WIDGET (snippet), text != NULL);
}

static void
rank_results (KwaSearchPanel *self)
{
  guint n = kwa_search_index_get_n_entries (self->index);

  g_array_set_size (self->ranks, n);
  g_array_set_size (self->found_in, n);
  for (guint i = 0; i < n; i++)
    {
      KwaLanguage found_in = kwa_panel_get_language (KWA_PANEL (self));
      KwaSearchRank rank = kwa_search_query_is_empty (self->words)
        ? KWA_SEARCH_RANK_TITLE
        : kwa_search_query_rank (self->words, kwa_search_index_get_entry (self->index, i), &found_in);

      g_array_index (self->ranks, guint8, i) = rank;
      g_array_index (self->found_in, guint8, i) = found_in;
      if (i < self->rows->len)
        show_snippet (self, i);
    }
  gtk_list_box_invalidate_sort (self->events_list);
}

/* The first result shown, the best ranked. */
static int
first_result (KwaSearchPanel *self)
{
  int best = -1;

  for (guint i = 0; i < self->rows->len; i++)
    if (shown (self, i) && (best < 0 || entry_rank (self, i) < entry_rank (self, best)))
      best = (int) i;
  return best;
}

static const char *
kind_name (KwaSearchKind kind)
{
  switch (kind)
    {
    case KWA_SEARCH_PLACE:    return _("Place");
    case KWA_SEARCH_MOVEMENT: return _("Troop movement");
    case KWA_SEARCH_LEADER:   return _("Leader");
    case KWA_SEARCH_EVENT:
    default:                  return NULL;
    }
}

/* The row's mark: an event's category dot, else an icon of its kind. */
static GtkWidget *
make_mark (const KwaSearchEntry *entry)
{
  static const char * const icons[] = {
    NULL, "mark-location-symbolic", "go-next-symbolic", "avatar-default-symbolic",
  };
  GtkWidget *mark;

  if (entry->kind != KWA_SEARCH_EVENT)
    {
      mark = gtk_image_new_from_icon_name (icons[entry->kind]);
      gtk_widget_add_css_class (mark, "dim-label");
      return mark;
    }
  mark = kwa_legend_symbol_new (KWA_LEGEND_SYMBOL_DOT);
  gtk_widget_add_css_class (mark, kwa_event_category_to_string (((const KwaEvent *) entry->record)->category));
  return mark;
}

static const KwaText *
entry_title (const KwaSearchEntry *entry)
{
  switch (entry->kind)
    {
    case KWA_SEARCH_PLACE:    return &((const KwaPlace *) entry->record)->name;
    case KWA_SEARCH_MOVEMENT: return &((const KwaMovement *) entry->record)->unit;
    case KWA_SEARCH_LEADER:   return &((const KwaLeader *) entry->record)->name;
    case KWA_SEARCH_EVENT:
    default:                  return &((const KwaEvent *) entry->record)->title;
    }
}

static GtkWidget *
make_row (const KwaSearchEntry *entry,
          KwaLanguage           language)
{
  g_autofree char *span = entry->kind == KWA_SEARCH_LEADER
    ? g_strdup (kwa_text_get (&((const KwaLeader *) entry->record)->role, language))
    : kwa_date_format_span (entry->start, entry->end, language);
  const char *kind = kind_name (entry->kind);
  g_autofree char *kicker = kind != NULL && span != NULL ? g_strdup_printf ("%s · %s", kind, span)
                                                          : g_strdup (kind != NULL ? kind : span);
  const char *title = kwa_text_get (entry_title (entry), language);
  g_autofree char *description = g_strdup_printf ("%s, %s", kicker, title);
  GtkWidget *row, *box, *text, *label, *snippet;

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  /* A leader's role can be long: wrapped, never widening the panel. */
  label = kwa_label_new_wrapped (kicker, "panel-result-date");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (text), kwa_label_new_wrapped (title, "panel-result-title"));
  snippet = kwa_label_new_wrapped (NULL, "panel-result-snippet");
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_widget_set_visible (snippet, FALSE);
  gtk_box_append (GTK_BOX (text), snippet);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "panel-result");
  gtk_box_append (GTK_BOX (box), make_mark (entry));
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "kwa-snippet", snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  return row;
}

static void
update_count (KwaSearchPanel *self)
{
  g_autofree char *text = NULL;
  guint n_events = 0;

  self->n_results = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      self->n_results += shown (self, i);
      n_events += kwa_search_index_get_entry (self->index, i)->kind == KWA_SEARCH_EVENT;
    }

  if (kwa_search_query_is_empty (self->words))
    text = g_strdup_printf (kwa_ngettext ("%u event", "%u events", n_events), n_events);
  else
    text = g_strdup_printf (kwa_ngettext ("%u result found", "%u results found", self->n_results), self->n_results);
  gtk_label_set_label (self->count_label, text);
}

/* Brings @row into view when it is out of it, a third of the way down so
 * the events before it show too. */
static void
scroll_to_row (KwaSearchPanel *self,
               GtkListBoxRow  *row)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double top = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  if (!gtk_widget_get_child_visible (GTK_WIDGET (row)) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->events_list), &bounds))
    return;

  if (bounds.origin.y < top || bounds.origin.y + bounds.size.height > top + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y - page / 3);
}

static void
select_current (KwaSearchPanel *self,
                gboolean        scroll)
{
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));
  const KwaEvent *selected = timeline != NULL ? kwa_timeline_get_selected_event (timeline) : NULL;

  for (guint i = 0; selected != NULL && i < self->rows->len; i++)
    {
      const KwaSearchEntry *entry = kwa_search_index_get_entry (self->index, i);

      if (entry->kind == KWA_SEARCH_EVENT &&
          (entry->record == selected || g_str_equal (((const KwaEvent *) entry->record)->id, selected->id)))
        {
          GtkListBoxRow *row = self->rows->pdata[i];

          gtk_list_box_select_row (self->events_list, row);
          if (scroll)
            scroll_to_row (self, row);
          return;
        }
    }

  gtk_list_box_unselect_all (self->events_list);
}

static void
kwa_search_panel_refresh (KwaPanel *panel)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (panel);
  KwaMapDocument *document = kwa_panel_get_document (panel);
  KwaLanguage language = kwa_panel_get_language (panel);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->events_list, 0)) != NULL)
    gtk_list_box_remove (self->events_list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->ranks, 0);

  g_clear_pointer (&self->index, kwa_search_index_free);
  self->index = kwa_search_index_new (document != NULL ? kwa_map_document_get_exhibit (document) : NULL);

  for (guint i = 0; i < kwa_search_index_get_n_entries (self->index); i++)
    {
      GtkWidget *entry_row = make_row (kwa_search_index_get_entry (self->index, i), language);

      g_object_set_data (G_OBJECT (entry_row), "kwa-event-index", GUINT_TO_POINTER (i));
      g_ptr_array_add (self->rows, entry_row);
      gtk_list_box_append (self->events_list, entry_row);
    }

  rank_results (self);
  gtk_list_box_invalidate_filter (self->events_list);
  update_count (self);
  select_current (self, FALSE);
}

static void
kwa_search_panel_timeline_changed (KwaPanel *panel)
{
  select_current (KWA_SEARCH_PANEL (panel), FALSE);
}

static void
apply_query (KwaSearchPanel *self,
             const char     *query)
{
  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_clear_pointer (&self->words, kwa_search_query_free);
  self->words = kwa_search_query_new (query);

  rank_results (self);
  gtk_list_box_invalidate_filter (self->events_list);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/* An event moves the timeline there; a place, an arrow or a leader is the
 * window's to show. The query and its results stay. */
static void
go_to (KwaSearchPanel *self,
       guint           index)
{
  const KwaSearchEntry *entry = kwa_search_index_get_entry (self->index, index);
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));

  if (entry->kind == KWA_SEARCH_EVENT)
    {
      if (timeline != NULL)
        kwa_timeline_go_to_event (timeline, ((const KwaEvent *) entry->record)->id);
      return;
    }
  gtk_list_box_select_row (self->events_list, self->rows->pdata[index]);
  g_signal_emit (self, signals[RECORD_CHOSEN], 0, (int) entry->kind, entry->record);
}

static void
search_changed_cb (KwaSearchPanel *self)
{
  apply_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter goes to the first result. */
static void
search_activate_cb (KwaSearchPanel *self)
{
  int first;

  /* The entry may be ahead of its delayed "search-changed". */
  search_changed_cb (self);

  if ((first = first_result (self)) >= 0)
    go_to (self, (guint) first);
}

static void
stop_search_cb (KwaSearchPanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
row_activated_cb (KwaSearchPanel *self,
                  GtkListBoxRow  *row)
{
  go_to (self, row_index (row));
}

/* The event chosen elsewhere (the map, the timeline) is shown here too. */
static void
selection_changed_cb (KwaSearchPanel *self)
{
  select_current (self, TRUE);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_search_panel_dispose (GObject *object)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_SEARCH_PANEL);

  G_OBJECT_CLASS (kwa_search_panel_parent_class)->dispose (object);
}

static void
kwa_search_panel_finalize (GObject *object)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (object);

  g_clear_pointer (&self->index, kwa_search_index_free);
  g_clear_pointer (&self->ranks, g_array_unref);
  g_clear_pointer (&self->found_in, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->words, kwa_search_query_free);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (kwa_search_panel_parent_class)->finalize (object);
}

static void
kwa_search_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_search_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
      kwa_search_panel_set_kiosk (self, g_value_get_boolean (value));
      break;
    case PROP_QUERY:
      kwa_search_panel_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Screen readers' labels for the template's unlabelled controls. */
static const KwaAccessibleLabel accessible_labels[] = {
  { "search_entry", N_("Search events") },
  { "events_list", N_("Events") },
};

/* Opening Search is asking to type: the box has the focus (but on a
 * kiosk, which has none). */
static void
kwa_search_panel_map (GtkWidget *widget)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (widget);

  GTK_WIDGET_CLASS (kwa_search_panel_parent_class)->map (widget);

  if (!self->kiosk)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
kwa_search_panel_class_init (KwaSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KwaPanelClass *panel_class = KWA_PANEL_CLASS (klass);

  object_class->dispose = kwa_search_panel_dispose;
  object_class->finalize = kwa_search_panel_finalize;
  object_class->get_property = kwa_search_panel_get_property;
  object_class->set_property = kwa_search_panel_set_property;

  widget_class->map = kwa_search_panel_map;

  panel_class->refresh = kwa_search_panel_refresh;
  panel_class->timeline_changed = kwa_search_panel_timeline_changed;

  /* No free text entry on a kiosk: the list stays, the entry goes. */
  properties[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KWA_TYPE_LEGEND_SYMBOL);

  /**
   * KwaSearchPanel::record-chosen:
   * @kind: a #KwaSearchKind: a place, a troop movement or a leader
   * @record: the KwaPlace, KwaMovement or KwaLeader
   *
   * The visitor chose a result that is not an event.
   */
  signals[RECORD_CHOSEN] = g_signal_new ("record-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, entry_clamp);
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, count_clamp);
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwaSearchPanel, events_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
}

static void
kwa_search_panel_init (KwaSearchPanel *self)
{
  GtkLayoutManager *layout;

  self->ranks = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->found_in = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->rows = g_ptr_array_new ();
  self->words = kwa_search_query_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_widget_translator_label_template_children (GTK_WIDGET (self), accessible_labels,
                                                 G_N_ELEMENTS (accessible_labels));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Search events"));

  self->placeholder = kwa_label_new_wrapped (_("No events match. Try another word or a year such as 1950."),
                                             "panel-body");
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_add_css_class (self->placeholder, "panel-placeholder");
  gtk_list_box_set_placeholder (self->events_list, self->placeholder);
  gtk_list_box_set_filter_func (self->events_list, filter_cb, self, NULL);
  gtk_list_box_set_sort_func (self->events_list, sort_cb, self, NULL);

  g_signal_group_connect_swapped (kwa_panel_get_timeline_signals (KWA_PANEL (self)),
                                  "notify::selected-event-id",
                                  G_CALLBACK (selection_changed_cb), self);

  kwa_search_panel_refresh (KWA_PANEL (self));
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
kwa_search_panel_new (void)
{
  return g_object_new (KWA_TYPE_SEARCH_PANEL, NULL);
}

gboolean
kwa_search_panel_get_kiosk (KwaSearchPanel *self)
{
  g_return_val_if_fail (KWA_IS_SEARCH_PANEL (self), FALSE);
  return self->kiosk;
}

void
kwa_search_panel_set_kiosk (KwaSearchPanel *self,
                            gboolean        kiosk)
{
  g_return_if_fail (KWA_IS_SEARCH_PANEL (self));

  kiosk = !!kiosk;
  if (self->kiosk == kiosk)
    return;

  self->kiosk = kiosk;
  /* A query nobody can see or clear must not hide events. */
  if (kiosk)
    kwa_search_panel_set_query (self, NULL);
  gtk_widget_set_visible (self->entry_clamp, !kiosk);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIOSK]);
}

const char *
kwa_search_panel_get_query (KwaSearchPanel *self)
{
  g_return_val_if_fail (KWA_IS_SEARCH_PANEL (self), NULL);
  return self->query != NULL ? self->query : "";
}

/* Filters at once, as if typed and the entry's delay had passed. */
void
kwa_search_panel_set_query (KwaSearchPanel *self,
                            const char     *query)
{
  g_return_if_fail (KWA_IS_SEARCH_PANEL (self));

  if (query == NULL)
    query = "";

  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), query))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  apply_query (self, query);
}

guint
kwa_search_panel_get_n_results (KwaSearchPanel *self)
{
  g_return_val_if_fail (KWA_IS_SEARCH_PANEL (self), 0);
  return self->n_results;
}
