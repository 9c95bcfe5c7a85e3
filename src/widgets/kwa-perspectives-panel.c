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
#include "kwa-model-enums.h"

/* "Victory or defeat?": how each country and historians judge the
 * outcome, one row a viewpoint that opens on its account and sources.
 * Nothing here depends on the date. */

struct _KwaPerspectivesPanel
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *scroller;
  GtkLabel       *intro_label;
  GtkListBox     *perspectives_list;
  GtkWidget      *empty_label;

  /* Owned */
  KwaTimeline    *timeline;
  KwaMapDocument *document;
  GPtrArray      *rows;        /* AdwExpanderRow *, one a perspective */

  KwaLanguage     language;
};

G_DEFINE_FINAL_TYPE (KwaPerspectivesPanel, kwa_perspectives_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE,
  PROP_DOCUMENT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_account (KwaPerspectivesPanel *self,
              const KwaPerspective *perspective)
{
  GtkWidget *row, *box, *sources;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  gtk_widget_add_css_class (box, "panel-perspective");
  gtk_box_append (GTK_BOX (box), kwa_label_new_wrapped (kwa_text_get (&perspective->body, self->language),
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

static void
rebuild (KwaPerspectivesPanel *self)
{
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

  if (self->document != NULL)
    perspectives = kwa_exhibit_get_perspectives (kwa_map_document_get_exhibit (self->document), &n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     kwa_text_get (&perspectives[i].viewpoint, self->language));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                     kwa_text_get (&perspectives[i].title, self->language));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), make_account (self, &perspectives[i]));
      if (i < expanded->len)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_array_index (expanded, gboolean, i));

      gtk_list_box_append (self->perspectives_list, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->perspectives_list), n > 0);
  gtk_widget_set_visible (self->empty_label, self->document != NULL && n == 0);
}

static void
kwa_perspectives_panel_dispose (GObject *object)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (object);

  g_clear_object (&self->timeline);
  g_clear_object (&self->document);
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

static void
kwa_perspectives_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_perspectives_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KwaPerspectivesPanel *self = KWA_PERSPECTIVES_PANEL (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      kwa_perspectives_panel_set_timeline (self, g_value_get_object (value));
      break;
    case PROP_DOCUMENT:
      kwa_perspectives_panel_set_document (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kwa_perspectives_panel_set_language (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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

  object_class->dispose = kwa_perspectives_panel_dispose;
  object_class->finalize = kwa_perspectives_panel_finalize;
  object_class->get_property = kwa_perspectives_panel_get_property;
  object_class->set_property = kwa_perspectives_panel_set_property;

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, KWA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KWA_TYPE_MAP_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KWA_TYPE_LANGUAGE, KWA_LANGUAGE_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  self->language = KWA_LANGUAGE_EN;
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_widget_translator_label_template_children (GTK_WIDGET (self), accessible_labels,
                                                 G_N_ELEMENTS (accessible_labels));
  kwa_label_keep_words_whole (self->intro_label);

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Victory or Defeat?"));
  rebuild (self);
}

GtkWidget *
kwa_perspectives_panel_new (void)
{
  return g_object_new (KWA_TYPE_PERSPECTIVES_PANEL, NULL);
}

KwaTimeline *
kwa_perspectives_panel_get_timeline (KwaPerspectivesPanel *self)
{
  g_return_val_if_fail (KWA_IS_PERSPECTIVES_PANEL (self), NULL);
  return self->timeline;
}

/* Kept for symmetry with the other panels: perspectives are timeless. */
void
kwa_perspectives_panel_set_timeline (KwaPerspectivesPanel *self,
                                     KwaTimeline          *timeline)
{
  g_return_if_fail (KWA_IS_PERSPECTIVES_PANEL (self));
  g_return_if_fail (timeline == NULL || KWA_IS_TIMELINE (timeline));

  if (g_set_object (&self->timeline, timeline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

KwaMapDocument *
kwa_perspectives_panel_get_document (KwaPerspectivesPanel *self)
{
  g_return_val_if_fail (KWA_IS_PERSPECTIVES_PANEL (self), NULL);
  return self->document;
}

void
kwa_perspectives_panel_set_document (KwaPerspectivesPanel *self,
                                     KwaMapDocument       *document)
{
  g_return_if_fail (KWA_IS_PERSPECTIVES_PANEL (self));
  g_return_if_fail (document == NULL || KWA_IS_MAP_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KwaLanguage
kwa_perspectives_panel_get_language (KwaPerspectivesPanel *self)
{
  g_return_val_if_fail (KWA_IS_PERSPECTIVES_PANEL (self), KWA_LANGUAGE_EN);
  return self->language;
}

void
kwa_perspectives_panel_set_language (KwaPerspectivesPanel *self,
                                     KwaLanguage           language)
{
  g_return_if_fail (KWA_IS_PERSPECTIVES_PANEL (self));
  g_return_if_fail (language < KWA_N_LANGUAGES);

  if (self->language == language)
    return;

  self->language = language;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
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
