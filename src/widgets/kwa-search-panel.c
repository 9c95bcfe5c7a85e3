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
#include "kwa-search-panel.h"

/* Every event of the exhibit in time order, narrowed by what the visitor
 * types: words are looked for in the title, summary and body in the
 * panel's language (ignoring case, and inside Korean words too, which do
 * not split at spaces), and a year, "1950-09" or a whole date keeps the
 * events on those days. Results found in a title come first, then those
 * found in a place's name, then in the text; each in time order.
 * Activating a result moves the timeline there.
 *
 * On a kiosk there is no keyboard to type with: the entry goes and the
 * list stays, to scroll and tap. */

typedef struct
{
  char    *text;      /* words in the text, normalized and casefolded … */
  char    *prefix;    /* … or the start of a date as typed: "195", "1950-0" … */
  gboolean is_range;  /* … or a whole year, month or day */
  KwaDate  from;
  KwaDate  to;
} QueryWord;

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
  GPtrArray      *haystacks;     /* char *, one an event: its words, casefolded */
  GPtrArray      *titles;        /* char *, one an event: its title, casefolded */
  GPtrArray      *places;        /* char *, one an event: its place's name, casefolded */
  GArray         *ranks;         /* guint8, one an event: see rank() */
  GPtrArray      *rows;          /* GtkListBoxRow *, one an event, borrowed from the list */
  GArray         *words;         /* QueryWord */
  char           *query;

  /* Borrowed from the document's exhibit */
  const KwaEvent *events;
  guint           n_events;

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

/* Composed (NFC) and casefolded, so "Inchon", "INCHON" and a Korean word
 * typed with decomposed jamo all compare equal. */
static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static char *
make_haystack (const KwaEvent *event,
               KwaLanguage     language)
{
  g_autofree char *joined = g_strjoin ("\n",
                                       kwa_text_get (&event->title, language),
                                       kwa_text_get (&event->summary, language),
                                       kwa_text_get (&event->body, language),
                                       NULL);

  return fold (joined);
}

static void
query_word_clear (gpointer data)
{
  QueryWord *word = data;

  g_clear_pointer (&word->text, g_free);
  g_clear_pointer (&word->prefix, g_free);
}

/* "1950", "1950-9", "1950-09-15", or the start of one ("1950-", "1950-0");
 * a Korean "1950년" counts as the year. A shorter number ("195" while a
 * year is typed, or "38" for the 38th parallel) is both a word and the
 * start of a date. */
static void
parse_word (const char *word,
            QueryWord  *out)
{
  g_autofree char *text = g_strdup (word);
  g_auto(GStrv) parts = NULL;
  int values[3] = { 0, 0, 0 };
  gsize digits;
  guint n;

  if (g_str_has_suffix (text, "년") && strlen (text) > strlen ("년"))
    text[strlen (text) - strlen ("년")] = '\0';

  digits = strspn (text, "0123456789");
  if (digits == strlen (text) && digits < 4)
    {
      out->text = g_strdup (word);
      out->prefix = g_strdup (text);
      return;
    }
  if (digits != 4 || strspn (text, "0123456789-") != strlen (text))
    {
      out->text = g_strdup (word);
      return;
    }

  parts = g_strsplit (text, "-", -1);
  n = g_strv_length (parts);
  for (guint i = 0; i < n; i++)
    {
      if (n > 3 || parts[i][0] == '\0' || strlen (parts[i]) > (i == 0 ? 4 : 2))
        {
          /* Still being typed: match the start of the ISO date. */
          out->prefix = g_strdup (text);
          return;
        }
      values[i] = atoi (parts[i]);
    }

  if (values[0] < KWA_DATE_MIN_YEAR || values[0] > KWA_DATE_MAX_YEAR ||
      (n > 1 && (values[1] < 1 || values[1] > 12)) ||
      (n > 2 && (values[2] < 1 || values[2] > kwa_date_days_in_month (values[0], values[1]))))
    {
      out->prefix = g_strdup (text);
      return;
    }

  out->is_range = TRUE;
  switch (n)
    {
    case 1:
      out->from = kwa_date_from_ymd (values[0], 1, 1);
      out->to = kwa_date_from_ymd (values[0], 12, 31);
      break;
    case 2:
      out->from = kwa_date_from_ymd (values[0], values[1], 1);
      out->to = kwa_date_from_ymd (values[0], values[1], kwa_date_days_in_month (values[0], values[1]));
      break;
    default:
      out->from = out->to = kwa_date_from_ymd (values[0], values[1], values[2]);
      break;
    }
}

static GArray *
parse_query (const char *query)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (QueryWord));
  g_autofree char *folded = fold (query != NULL ? query : "");
  g_auto(GStrv) tokens = g_strsplit_set (folded, " \t\n,", -1);

  g_array_set_clear_func (words, query_word_clear);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      QueryWord word = { 0 };

      if (tokens[i][0] == '\0')
        continue;
      parse_word (tokens[i], &word);
      g_array_append_val (words, word);
    }

  return words;
}

static gboolean
iso_has_prefix (KwaDate     date,
                const char *prefix)
{
  g_autofree char *iso = NULL;

  if (date == KWA_DATE_NONE)
    return FALSE;

  iso = kwa_date_to_iso (date);
  return g_str_has_prefix (iso, prefix);
}

static gboolean
matches (const KwaEvent *event,
         const char     *haystack,
         GArray         *words)
{
  KwaDate last = event->end != KWA_DATE_NONE ? event->end : event->date;

  for (guint i = 0; i < words->len; i++)
    {
      const QueryWord *word = &g_array_index (words, QueryWord, i);
      gboolean found = FALSE;

      if (word->text != NULL)
        found = strstr (haystack, word->text) != NULL;
      if (!found && word->prefix != NULL)
        found = iso_has_prefix (event->date, word->prefix) || iso_has_prefix (event->end, word->prefix);
      /* An event that spans the day, month or year asked for. */
      if (!found && word->is_range)
        found = event->date <= word->to && last >= word->from;

      if (!found)
        return FALSE;
    }

  return TRUE;
}

/**
 * kwa_search_matches:
 * @query: what a visitor typed
 *
 * Whether @event is found by @query in @language: every word must be in
 * its title, summary or body, and every date (a year, a month such as
 * "1950-09" or a day) must fall within the event.
 */
gboolean
kwa_search_matches (const KwaEvent *event,
                    const char     *query,
                    KwaLanguage     language)
{
  g_autoptr(GArray) words = NULL;
  g_autofree char *haystack = NULL;

  g_return_val_if_fail (event != NULL, FALSE);

  words = parse_query (query);
  haystack = make_haystack (event, language);

  return matches (event, haystack, words);
}

/* ---- the list --------------------------------------------------------- */

/* Rows are sorted by rank, so a row's place in the list is not its
 * event's: each row keeps its event's index. */
static guint
row_index (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kwa-event-index"));
}

static const KwaEvent *
row_event (KwaSearchPanel *self,
           GtkListBoxRow  *row)
{
  guint index = row_index (row);

  g_assert (index < self->n_events);
  return &self->events[index];
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  KwaSearchPanel *self = user_data;
  guint index = row_index (row);

  return matches (&self->events[index], self->haystacks->pdata[index], self->words);
}

/* 0 when every word is in the title, 1 in the title or the place's
 * name, 2 anywhere else (a date asked for counts as found). */
static guint8
rank (KwaSearchPanel *self,
      guint           index)
{
  const char *title = self->titles->pdata[index], *place = self->places->pdata[index];
  gboolean in_title = TRUE, in_place = TRUE;

  for (guint i = 0; i < self->words->len; i++)
    {
      const QueryWord *word = &g_array_index (self->words, QueryWord, i);

      if (word->text == NULL)
        continue;
      if (strstr (title, word->text) == NULL)
        {
          in_title = FALSE;
          in_place &= strstr (place, word->text) != NULL;
        }
    }

  return in_title ? 0 : in_place ? 1 : 2;
}

static int
sort_cb (GtkListBoxRow *a,
         GtkListBoxRow *b,
         gpointer       user_data)
{
  KwaSearchPanel *self = user_data;
  guint index_a = row_index (a), index_b = row_index (b);
  /* Rows are sorted as they are added, before they are ranked. */
  guint8 rank_a = index_a < self->ranks->len ? g_array_index (self->ranks, guint8, index_a) : 0;
  guint8 rank_b = index_b < self->ranks->len ? g_array_index (self->ranks, guint8, index_b) : 0;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return index_a < index_b ? -1 : index_a > index_b;
}

static void
rank_results (KwaSearchPanel *self)
{
  g_array_set_size (self->ranks, self->n_events);
  for (guint i = 0; i < self->n_events; i++)
    g_array_index (self->ranks, guint8, i) = rank (self, i);
  gtk_list_box_invalidate_sort (self->events_list);
}

/* The event of the first result shown, the best ranked. */
static const KwaEvent *
first_result (KwaSearchPanel *self)
{
  const KwaEvent *best = NULL;
  guint8 best_rank = G_MAXUINT8;

  for (guint i = 0; i < self->n_events; i++)
    if (matches (&self->events[i], self->haystacks->pdata[i], self->words) &&
        g_array_index (self->ranks, guint8, i) < best_rank)
      {
        best = &self->events[i];
        best_rank = g_array_index (self->ranks, guint8, i);
      }

  return best;
}

/* The whole span, so a search for a month shows why a longer event
 * that began before it is found. */
static char *
format_span (const KwaEvent *event,
             KwaLanguage     language)
{
  g_autofree char *from = kwa_date_format (event->date, language);
  g_autofree char *to = NULL;

  if (event->end == KWA_DATE_NONE || event->end == event->date)
    return g_steal_pointer (&from);

  to = kwa_date_format (event->end, language);
  return g_strdup_printf ("%s – %s", from, to);
}

static GtkWidget *
make_row (const KwaEvent *event,
          KwaLanguage     language)
{
  g_autofree char *date = format_span (event, language);
  const char *title = kwa_text_get (&event->title, language);
  g_autofree char *description = g_strdup_printf ("%s, %s", date, title);
  GtkWidget *row, *box, *text, *label, *symbol;

  symbol = kwa_legend_symbol_new (KWA_LEGEND_SYMBOL_DOT);
  gtk_widget_add_css_class (symbol, kwa_event_category_to_string (event->category));

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  label = gtk_label_new (date);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "panel-result-date");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (text), label);
  gtk_box_append (GTK_BOX (text), kwa_label_new_wrapped (title, "panel-result-title"));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "panel-result");
  gtk_box_append (GTK_BOX (box), symbol);
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return row;
}

static void
update_count (KwaSearchPanel *self)
{
  g_autofree char *text = NULL;

  self->n_results = 0;
  for (guint i = 0; i < self->n_events; i++)
    if (matches (&self->events[i], self->haystacks->pdata[i], self->words))
      self->n_results++;

  if (self->words->len == 0)
    text = g_strdup_printf (kwa_ngettext ("%u event", "%u events", self->n_events), self->n_events);
  else
    text = g_strdup_printf (kwa_ngettext ("%u event found", "%u events found", self->n_results), self->n_results);
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

  for (guint i = 0; i < self->n_events; i++)
    if (&self->events[i] == selected || (selected != NULL && g_str_equal (self->events[i].id, selected->id)))
      {
        GtkListBoxRow *row = self->rows->pdata[i];

        gtk_list_box_select_row (self->events_list, row);
        if (scroll)
          scroll_to_row (self, row);
        return;
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
  g_ptr_array_set_size (self->haystacks, 0);
  g_ptr_array_set_size (self->titles, 0);
  g_ptr_array_set_size (self->places, 0);
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->ranks, 0);

  self->events = NULL;
  self->n_events = 0;
  if (document != NULL)
    self->events = kwa_exhibit_get_events (kwa_map_document_get_exhibit (document), &self->n_events);

  for (guint i = 0; i < self->n_events; i++)
    {
      const KwaEvent *event = &self->events[i];
      GtkWidget *event_row = make_row (event, language);

      g_ptr_array_add (self->haystacks, make_haystack (event, language));
      g_ptr_array_add (self->titles, fold (kwa_text_get (&event->title, language)));
      g_ptr_array_add (self->places, fold (event->place != NULL ? kwa_text_get (&event->place->name, language) : ""));
      g_object_set_data (G_OBJECT (event_row), "kwa-event-index", GUINT_TO_POINTER (i));
      g_ptr_array_add (self->rows, event_row);
      gtk_list_box_append (self->events_list, event_row);
    }

  rank_results (self);
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
  g_clear_pointer (&self->words, g_array_unref);
  self->words = parse_query (query);

  gtk_list_box_invalidate_filter (self->events_list);
  rank_results (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

static void
go_to (KwaSearchPanel *self,
       const KwaEvent *event)
{
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));

  if (timeline != NULL)
    kwa_timeline_go_to_event (timeline, event->id);
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
  const KwaEvent *event;

  /* The entry may be ahead of its delayed "search-changed". */
  search_changed_cb (self);

  if ((event = first_result (self)) != NULL)
    go_to (self, event);
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
  go_to (self, row_event (self, row));
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

  self->events = NULL;
  self->n_events = 0;

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_SEARCH_PANEL);

  G_OBJECT_CLASS (kwa_search_panel_parent_class)->dispose (object);
}

static void
kwa_search_panel_finalize (GObject *object)
{
  KwaSearchPanel *self = KWA_SEARCH_PANEL (object);

  g_clear_pointer (&self->haystacks, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->ranks, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_array_unref);
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

  self->haystacks = g_ptr_array_new_with_free_func (g_free);
  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->places = g_ptr_array_new_with_free_func (g_free);
  self->ranks = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->rows = g_ptr_array_new ();
  self->words = parse_query (NULL);

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
