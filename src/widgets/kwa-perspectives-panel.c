/* kwa-perspectives-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-perspectives-panel"

#include "config.h"

#include <adwaita.h>
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"

#include "kwa-label-text.h"
#include "kwa-perspectives-panel.h"
#include "kwa-source-list.h"

/* "Victory or defeat?": how each country and historians judge the
 * outcome, one row a viewpoint that opens on its account and sources.
 * Nothing here depends on the date. */

struct _KwaPerspectivesPanel
{
  KwaPanel        parent_instance;

  /* Template widgets */
  GtkWidget      *scroller;
  GtkLabel       *intro_label;
  GtkListBox     *perspectives_list;
  GtkWidget      *empty_label;

  /* Owned */
  GPtrArray      *rows;        /* AdwExpanderRow *, one a perspective */
};

G_DEFINE_FINAL_TYPE (KwaPerspectivesPanel, kwa_perspectives_panel, KWA_TYPE_PANEL)

static GtkWidget *
make_account (const KwaPerspective *perspective,
              KwaLanguage           language)
{
  GtkWidget *row, *box, *sources;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  gtk_widget_add_css_class (box, "panel-perspective");
  gtk_box_append (GTK_BOX (box), kwa_label_new_wrapped (kwa_text_get (&perspective->body, language),
                                                        "panel-body"));

  if (perspective->n_sources > 0)
    {
      gtk_box_append (GTK_BOX (box), kwa_label_new_wrapped (_("Sources"), "panel-section-title"));
      sources = kwa_source_list_new ();
      kwa_source_list_set_sources (KWA_SOURCE_LIST (sources), perspective->sources, perspective->n_sources);
      gtk_box_append (GTK_BOX (box), sources);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* Perspectives are timeless: the panel shows nothing of the timeline. */
static void
kwa_perspectives_panel_refresh (KwaPanel *panel)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (panel);
  KwaMapDocument *document = kwa_panel_get_document (panel);
  KwaLanguage language = kwa_panel_get_language (panel);
  g_autoptr(GArray) expanded = g_array_new (FALSE, TRUE, sizeof (gboolean));
  const KwaPerspective *perspectives = NULL;
  guint n = 0;

  /* The same rows stay open across a language switch or a reload. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      gboolean open = adw_expander_row_get_expanded (self->rows->pdata[i]);
      g_array_append_val (expanded, open);
      gtk_list_box_remove (self->perspectives_list, self->rows->pdata[i]);
    }
  g_ptr_array_set_size (self->rows, 0);

  if (document != NULL)
    perspectives = kwa_exhibit_get_perspectives (kwa_map_document_get_exhibit (document), &n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kwa_text_get (&perspectives[i].viewpoint, language));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                     kwa_text_get (&perspectives[i].title, language));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), make_account (&perspectives[i], language));
      if (i < expanded->len)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_array_index (expanded, gboolean, i));

      gtk_list_box_append (self->perspectives_list, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->perspectives_list), n > 0);
  gtk_widget_set_visible (self->empty_label, document != NULL && n == 0);
}

static void
kwa_perspectives_panel_dispose (GObject *object)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (object);

  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_PERSPECTIVES_PANEL);

  G_OBJECT_CLASS (kwa_perspectives_panel_parent_class)->dispose (object);
}

static void
kwa_perspectives_panel_finalize (GObject *object)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kwa_perspectives_panel_parent_class)->finalize (object);
}

/* Screen readers' labels for the template's unlabelled controls. */
static const KwaAccessibleLabel accessible_labels[] = {
  { "perspectives_list", N_("Perspectives") },
};

static void
kwa_perspectives_panel_class_init (KwaPerspectivesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KwaPanelClass *panel_class = KWA_PANEL_CLASS (klass);

  object_class->dispose = kwa_perspectives_panel_dispose;
  object_class->finalize = kwa_perspectives_panel_finalize;

  panel_class->refresh = kwa_perspectives_panel_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-perspectives-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaPerspectivesPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, KwaPerspectivesPanel, intro_label);
  gtk_widget_class_bind_template_child (widget_class, KwaPerspectivesPanel, perspectives_list);
  gtk_widget_class_bind_template_child (widget_class, KwaPerspectivesPanel, empty_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "perspectivespanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_perspectives_panel_init (KwaPerspectivesPanel *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_widget_translator_label_template_children (GTK_WIDGET (self), accessible_labels,
                                                 G_N_ELEMENTS (accessible_labels));
  kwa_label_keep_words_whole (self->intro_label);

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Victory or Defeat?"));
  kwa_perspectives_panel_refresh (KWA_PANEL (self));
}

GtkWidget *
kwa_perspectives_panel_new (void)
{
  return g_object_new (KWA_TYPE_PERSPECTIVES_PANEL, NULL);
}

guint
kwa_perspectives_panel_get_n_items (KwaPerspectivesPanel *self)
{
  g_return_val_if_fail (KWA_IS_PERSPECTIVES_PANEL (self), 0);
  return self->rows->len;
}

/* Opens or closes the account of the @index-th perspective, as a presenter
 * or a tour stop might. */
void
kwa_perspectives_panel_set_expanded (KwaPerspectivesPanel *self,
                                     guint                 index,
                                     gboolean              expanded)
{
  g_return_if_fail (KWA_IS_PERSPECTIVES_PANEL (self));
  g_return_if_fail (index < self->rows->len);

  adw_expander_row_set_expanded (self->rows->pdata[index], expanded);
}
