/* kwa-situation-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-situation-panel"

#include "config.h"

#include "kwa-follow-pacer.h"
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"
#include <math.h>
#include <string.h>

#include "kwa-label-text.h"
#include "kwa-legend-symbol.h"
#include "kwa-quantity.h"
#include "kwa-scene.h"
#include "kwa-share-chart.h"
#include "kwa-situation-panel.h"
#include "kwa-situation-panel-private.h"

/* The state of the war on the timeline's date: which day of the war it is,
 * the phase, how much of the peninsula each side holds (today and over the
 * whole war), who was in charge, and the figures known by then. */

struct _KwaSituationPanel
{
  KwaPanel         parent_instance;

  /* Template widgets */
  GtkWidget       *scroller;
  GtkLabel        *date_label;
  GtkLabel        *day_label;
  GtkWidget       *phase_box;
  GtkLabel        *phase_name_label;
  GtkLabel        *phase_summary_label;
  GtkWidget       *share_box;
  KwaLegendSymbol *north_symbol;
  GtkLabel        *north_name_label;
  GtkLabel        *north_share_label;
  KwaLegendSymbol *south_symbol;
  GtkLabel        *south_name_label;
  GtkLabel        *south_share_label;
  GtkLabel        *undivided_label;
  KwaShareChart   *share_chart;
  GtkLabel        *chart_caption_label;
  GtkWidget       *leaders_section;
  GtkBox          *leaders_box;
  GtkWidget       *figures_section;
  GtkListBox      *figures_list;

  /* When a moving date is shown */
  KwaFollowPacer  *pacer;

  /* Owned */
  GPtrArray       *leaders;     /* const KwaLeader *, shown now */
  GPtrArray       *figures;     /* const KwaFigure *, shown now */
};

G_DEFINE_FINAL_TYPE (KwaSituationPanel, kwa_situation_panel, KWA_TYPE_PANEL)

/* ---- numbers ---------------------------------------------------------- */

static char *
format_share (double share)
{
  return g_strdup_printf ("%.0f%%", share * 100);
}

/* ---- sections --------------------------------------------------------- */

static void
remove_children (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static GtkWidget *
make_label (const char *text,
            const char *css_class,
            gboolean    dim)
{
  GtkWidget *label = kwa_label_new_wrapped (text, css_class);

  if (dim)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
show_day (KwaSituationPanel *self,
          KwaExhibit        *exhibit,
          KwaDate            date)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  KwaDateRange war = kwa_exhibit_get_war_span (exhibit);
  g_autofree char *formatted_date = kwa_date_format (date, language);
  g_autofree char *text = NULL;

  kwa_label_set_text_wrapped (self->date_label, formatted_date);

  if (war.start == KWA_DATE_NONE || date < war.start)
    text = g_strdup (_("Before the War"));
  else if (war.end != KWA_DATE_NONE && date == war.end)
    text = g_strdup (_("Armistice Signed Today"));
  else if (war.end == KWA_DATE_NONE || date < war.end)
    {
      g_autofree char *day = kwa_quantity_format_count (date - war.start + 1);
      /* Translators: %s is a number of days, such as “1,128” */
      text = g_strdup_printf (_("Day %s of the War"), day);
    }
  else
    {
      int days = date - war.end;
      g_autofree char *count = kwa_quantity_format_count (days);
      /* Translators: %s is a number of days, such as “1,128” */
      text = g_strdup_printf (kwa_ngettext ("Armistice Signed %s Day Ago",
                                        "Armistice Signed %s Days Ago", days), count);
    }

  kwa_label_set_text_wrapped (self->day_label, text);
}

static void
show_phase (KwaSituationPanel *self,
            const KwaPhase    *phase)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  gtk_widget_set_visible (self->phase_box, phase != NULL);
  if (phase == NULL)
    return;

  kwa_label_set_text_wrapped (self->phase_name_label, kwa_text_get (&phase->name, language));
  kwa_label_set_text_wrapped (self->phase_summary_label, kwa_text_get (&phase->summary, language));
}

static void
show_sides (KwaSituationPanel *self,
            KwaExhibit        *exhibit)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  const KwaSide *north = kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH);
  const KwaSide *south = kwa_exhibit_get_side (exhibit, KWA_SIDE_SOUTH);
  GdkRGBA color;

  gtk_label_set_label (self->north_name_label, kwa_text_get (&north->name, language));
  gtk_label_set_label (self->south_name_label, kwa_text_get (&south->name, language));

  color = (GdkRGBA) { north->color.r, north->color.g, north->color.b, 1 };
  kwa_legend_symbol_set_color (self->north_symbol, &color);
  color = (GdkRGBA) { south->color.r, south->color.g, south->color.b, 1 };
  kwa_legend_symbol_set_color (self->south_symbol, &color);
}

static void
show_shares (KwaSituationPanel *self,
             KwaScene          *scene)
{
  gboolean divided = scene->has_front || scene->enclaves->len > 0;
  g_autofree char *north = NULL;
  g_autofree char *south = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->undivided_label), !divided);
  if (!divided)
    {
      gtk_label_set_label (self->north_share_label, "—");
      gtk_label_set_label (self->south_share_label, "—");
      return;
    }

  north = format_share (kwa_scene_get_share (scene, KWA_SIDE_NORTH));
  south = format_share (kwa_scene_get_share (scene, KWA_SIDE_SOUTH));
  gtk_label_set_label (self->north_share_label, north);
  gtk_label_set_label (self->south_share_label, south);
}

static void
show_chart_caption (KwaSituationPanel *self,
                    KwaExhibit        *exhibit)
{
  KwaDateRange range = kwa_exhibit_get_time_range (exhibit);
  g_autofree char *text = NULL;
  int first, last, unused;

  kwa_date_get_ymd (range.start, &first, &unused, &unused);
  kwa_date_get_ymd (range.end, &last, &unused, &unused);
  /* Translators: the years the territory chart covers, such as “1945–1953” */
  text = g_strdup_printf (_("Week by week, %d–%d. The white lines mark the invasion and the armistice."),
                          first, last);
  kwa_label_set_text_wrapped (self->chart_caption_label, text);
}

static gboolean
same_records (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;
  return TRUE;
}

static gboolean
in_office (const KwaLeader *leader,
           KwaDate          date)
{
  return (leader->start == KWA_DATE_NONE || leader->start <= date) &&
         (leader->end == KWA_DATE_NONE || date <= leader->end);
}

static void
show_leaders (KwaSituationPanel *self,
              KwaExhibit        *exhibit,
              KwaDate            date,
              gboolean           force)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  g_autoptr(GPtrArray) now = g_ptr_array_new ();
  const KwaLeader *leaders;
  guint n;

  leaders = kwa_exhibit_get_leaders (exhibit, &n);
  for (guint i = 0; i < n; i++)
    if (in_office (&leaders[i], date))
      g_ptr_array_add (now, (gpointer) &leaders[i]);

  gtk_widget_set_visible (self->leaders_section, now->len > 0);
  if (!force && same_records (now, self->leaders))
    return;

  g_ptr_array_set_size (self->leaders, 0);
  g_ptr_array_extend (self->leaders, now, NULL, NULL);
  remove_children (GTK_WIDGET (self->leaders_box));

  for (KwaSideId side = KWA_SIDE_NORTH; side < KWA_N_SIDES; side++)
    {
      const KwaSide *record = kwa_exhibit_get_side (exhibit, side);
      GtkWidget *group = NULL;
      GdkRGBA color = { record->color.r, record->color.g, record->color.b, 1 };

      for (guint i = 0; i < now->len; i++)
        {
          const KwaLeader *leader = now->pdata[i];
          GtkWidget *entry;

          if (leader->side != side)
            continue;

          if (group == NULL)
            {
              GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
              GtkWidget *symbol = kwa_legend_symbol_new (KWA_LEGEND_SYMBOL_SWATCH);

              kwa_legend_symbol_set_color (KWA_LEGEND_SYMBOL (symbol), &color);
              gtk_box_append (GTK_BOX (header), symbol);
              gtk_box_append (GTK_BOX (header), make_label (kwa_text_get (&record->name, language),
                                                            "heading", FALSE));

              group = g_object_new (GTK_TYPE_BOX,
                                    "orientation", GTK_ORIENTATION_VERTICAL,
                                    "spacing", 10,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                    NULL);
              gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              kwa_text_get (&record->name, language),
                                              -1);
              gtk_widget_add_css_class (group, "panel-leader-group");
              gtk_box_append (GTK_BOX (group), header);
              gtk_box_append (self->leaders_box, group);
            }

          entry = g_object_new (GTK_TYPE_BOX,
                                "orientation", GTK_ORIENTATION_VERTICAL,
                                "spacing", 2,
                                "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                NULL);
          gtk_widget_add_css_class (entry, "panel-leader");
          gtk_box_append (GTK_BOX (entry), make_label (kwa_text_get (&leader->name, language),
                                                       "panel-leader-name", FALSE));
          gtk_box_append (GTK_BOX (entry), make_label (kwa_text_get (&leader->role, language),
                                                       "panel-leader-role", TRUE));
          gtk_box_append (GTK_BOX (group), entry);
        }
    }
}

static GtkWidget *
make_figure_row (KwaSituationPanel *self,
                 const KwaFigure   *figure)
{
  KwaLanguage language = kwa_panel_get_language (KWA_PANEL (self));
  const char *unit = kwa_text_is_set (&figure->unit) ? kwa_text_get (&figure->unit, language) : NULL;
  g_autofree char *value = NULL;
  g_autofree char *range = NULL;
  GtkWidget *row, *box;

  /* The best estimate leads when there is one; the range says how sure. */
  if (figure->has_best)
    {
      value = kwa_quantity_format (figure->best, figure->best, unit, language);
      if (figure->high > figure->low)
        {
          g_autofree char *span = kwa_quantity_format (figure->low, figure->high, unit, language);
          /* Translators: %s is a range of numbers, such as “33,686–36,574 people” */
          range = g_strdup_printf (_("Estimates range from %s"), span);
        }
    }
  else
    value = kwa_quantity_format (figure->low, figure->high, unit, language);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "panel-figure");
  gtk_box_append (GTK_BOX (box), make_label (value, "panel-figure-value", FALSE));
  gtk_box_append (GTK_BOX (box), make_label (kwa_text_get (&figure->label, language),
                                             "panel-figure-label", FALSE));
  if (range != NULL)
    gtk_box_append (GTK_BOX (box), make_label (range, "panel-caption", TRUE));
  if (kwa_text_is_set (&figure->notes))
    gtk_box_append (GTK_BOX (box), make_label (kwa_text_get (&figure->notes, language),
                                               "panel-caption", TRUE));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
show_figures (KwaSituationPanel *self,
              KwaExhibit        *exhibit,
              KwaDate            date,
              gboolean           force)
{
  g_autoptr(GPtrArray) now = g_ptr_array_new ();
  const KwaFigure *figures;
  guint n;

  /* The newest first: what has just become known leads. */
  figures = kwa_exhibit_get_figures (exhibit, &n);
  for (KwaDate as_of = date; ; )
    {
      KwaDate next = KWA_DATE_NONE;

      for (guint i = 0; i < n; i++)
        {
          if (figures[i].as_of == as_of)
            g_ptr_array_add (now, (gpointer) &figures[i]);
          else if (figures[i].as_of < as_of && (next == KWA_DATE_NONE || figures[i].as_of > next))
            next = figures[i].as_of;
        }
      if (next == KWA_DATE_NONE)
        break;
      as_of = next;
    }

  gtk_widget_set_visible (self->figures_section, now->len > 0);
  if (!force && same_records (now, self->figures))
    return;

  g_ptr_array_set_size (self->figures, 0);
  g_ptr_array_extend (self->figures, now, NULL, NULL);
  remove_children (GTK_WIDGET (self->figures_list));

  for (guint i = 0; i < now->len; i++)
    gtk_list_box_append (self->figures_list, make_figure_row (self, now->pdata[i]));
}

static void
update_now (KwaSituationPanel *self,
            gboolean           force)
{
  KwaTimeline *timeline = kwa_panel_get_timeline (KWA_PANEL (self));
  KwaMapDocument *document = kwa_panel_get_document (KWA_PANEL (self));
  g_autoptr(KwaScene) scene = NULL;
  KwaExhibit *exhibit;
  KwaDate date;

  if (self->pacer != NULL)
    kwa_follow_pacer_shown (self->pacer);

  if (document == NULL || timeline == NULL)
    {
      gtk_widget_set_visible (self->scroller, FALSE);
      return;
    }
  gtk_widget_set_visible (self->scroller, TRUE);

  exhibit = kwa_map_document_get_exhibit (document);
  date = kwa_timeline_get_date (timeline);
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);

  show_day (self, exhibit, date);
  show_phase (self, scene->phase);
  show_shares (self, scene);
  show_leaders (self, exhibit, date, force);
  show_figures (self, exhibit, date, force);

  if (force)
    {
      show_sides (self, exhibit);
      show_chart_caption (self, exhibit);
    }
}

/* Each new day the panel shows costs a scene of its own and a measure of
 * the land each side holds (a millisecond or two), and its new texts lay
 * the whole window out again: a moving date is shown as KwaFollowPacer
 * paces it. */
static void
follow_date (gpointer user_data)
{
  update_now (user_data, FALSE);
}

static void
update (KwaSituationPanel *self,
        gboolean           force)
{
  if (force || self->pacer == NULL)
    update_now (self, force);
  else
    kwa_follow_pacer_changed (self->pacer);
}

static void
date_changed_cb (KwaSituationPanel *self)
{
  update (self, FALSE);
}

static void
time_changed_cb (KwaSituationPanel *self)
{
  kwa_share_chart_set_time (self->share_chart,
                            kwa_timeline_get_time (kwa_panel_get_timeline (KWA_PANEL (self))));
}

/* A new document (a hot reload) measures the territory series afresh; a
 * new timeline moves the chart's cursor. Both are kept when only the
 * language changes, since the chart ignores setting what it has. */
static void
kwa_situation_panel_refresh (KwaPanel *panel)
{
  KwaSituationPanel *self = KWA_SITUATION_PANEL (panel);
  KwaTimeline *timeline = kwa_panel_get_timeline (panel);

  kwa_share_chart_set_document (self->share_chart, kwa_panel_get_document (panel));
  if (timeline != NULL)
    kwa_share_chart_set_time (self->share_chart, kwa_timeline_get_time (timeline));
  update (self, TRUE);
}

/* ---- GObject ---------------------------------------------------------- */

static void
kwa_situation_panel_dispose (GObject *object)
{
  KwaSituationPanel *self = KWA_SITUATION_PANEL (object);

  g_clear_pointer (&self->pacer, kwa_follow_pacer_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_SITUATION_PANEL);

  G_OBJECT_CLASS (kwa_situation_panel_parent_class)->dispose (object);
}

static void
kwa_situation_panel_finalize (GObject *object)
{
  KwaSituationPanel *self = KWA_SITUATION_PANEL (object);

  g_clear_pointer (&self->leaders, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_ptr_array_unref);

  G_OBJECT_CLASS (kwa_situation_panel_parent_class)->finalize (object);
}

static void
kwa_situation_panel_class_init (KwaSituationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KwaPanelClass *panel_class = KWA_PANEL_CLASS (klass);

  object_class->dispose = kwa_situation_panel_dispose;
  object_class->finalize = kwa_situation_panel_finalize;

  panel_class->refresh = kwa_situation_panel_refresh;
  panel_class->timeline_changed = kwa_situation_panel_refresh;

  g_type_ensure (KWA_TYPE_LEGEND_SYMBOL);
  g_type_ensure (KWA_TYPE_SHARE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-situation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, date_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, day_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, phase_box);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, phase_name_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, phase_summary_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, share_box);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, north_symbol);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, north_name_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, north_share_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, south_symbol);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, south_name_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, south_share_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, undivided_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, share_chart);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, chart_caption_label);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, leaders_section);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, leaders_box);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, figures_section);
  gtk_widget_class_bind_template_child (widget_class, KwaSituationPanel, figures_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "situationpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_situation_panel_init (KwaSituationPanel *self)
{
  GSignalGroup *timeline_signals = kwa_panel_get_timeline_signals (KWA_PANEL (self));

  self->leaders = g_ptr_array_new ();
  self->figures = g_ptr_array_new ();
  self->pacer = kwa_follow_pacer_new ("[kwa] situation update", GTK_WIDGET (self), follow_date, self);

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_label_keep_words_whole (self->undivided_label);

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Situation"));

  g_signal_group_connect_swapped (timeline_signals, "notify::date",
                                  G_CALLBACK (date_changed_cb), self);
  g_signal_group_connect_swapped (timeline_signals, "notify::time",
                                  G_CALLBACK (time_changed_cb), self);

  update (self, TRUE);
}

/* ---- public API ------------------------------------------------------- */

GtkWidget *
kwa_situation_panel_new (void)
{
  return g_object_new (KWA_TYPE_SITUATION_PANEL, NULL);
}

/**
 * kwa_situation_panel_get_share_label:
 * @side: a side of the war
 *
 * The label with the share of the peninsula @side holds, such as “48%”.
 *
 * Returns: (transfer none): the label
 */
GtkLabel *
kwa_situation_panel_get_share_label (KwaSituationPanel *self,
                                     KwaSideId          side)
{
  g_return_val_if_fail (KWA_IS_SITUATION_PANEL (self), NULL);
  g_return_val_if_fail (side < KWA_N_SIDES, NULL);

  return side == KWA_SIDE_NORTH ? self->north_share_label : self->south_share_label;
}
