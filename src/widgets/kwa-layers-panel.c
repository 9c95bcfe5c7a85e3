/* kwa-layers-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-layers-panel"

#include "config.h"

#include <adwaita.h>
#include "kwa-i18n.h"
#include "kwa-widget-translator.h"

#include "kwa-layers-panel.h"
#include "kwa-legend-symbol.h"
#include "kwa-scene.h"
#include "kwa-layers-panel-private.h"

/* What the map shows, one switch a layer, and what its colours and lines
 * mean. The panel only holds the "layers" flags; the window binds them to
 * the map, so the two never call each other. */

/* The layers a visitor can switch; the others (date, legend, scale bar)
 * belong to exports and keep whatever value they are given. */
#define N_SWITCHES 7

static const KwaMapLayers switch_layers[N_SWITCHES] = {
  KWA_MAP_LAYER_CONTROL,
  KWA_MAP_LAYER_FRONT,
  KWA_MAP_LAYER_MOVEMENTS,
  KWA_MAP_LAYER_EVENTS,
  KWA_MAP_LAYER_LABELS,
  KWA_MAP_LAYER_PARALLEL,
  KWA_MAP_LAYER_DMZ,
};

struct _KwaLayersPanel
{
  KwaPanel         parent_instance;

  /* Template widgets */
  GtkWidget       *scroller;
  GtkSwitch       *switches[N_SWITCHES];   /* in the order of switch_layers */
  AdwActionRow    *north_row;
  AdwActionRow    *south_row;
  AdwActionRow    *ghost_row;
  AdwActionRow    *north_arrow_row;
  AdwActionRow    *south_arrow_row;
  KwaLegendSymbol *north_symbol;
  KwaLegendSymbol *south_symbol;

  KwaMapLayers     layers;
  gboolean         syncing;
};

G_DEFINE_FINAL_TYPE (KwaLayersPanel, kwa_layers_panel, KWA_TYPE_PANEL)

enum {
  PROP_0,
  PROP_LAYERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
switch_active_cb (KwaLayersPanel *self)
{
  KwaMapLayers layers = self->layers;

  if (self->syncing)
    return;

  for (guint i = 0; i < N_SWITCHES; i++)
    {
      if (gtk_switch_get_active (self->switches[i]))
        layers |= switch_layers[i];
      else
        layers &= ~switch_layers[i];
    }

  kwa_layers_panel_set_layers (self, layers);
}

static void
sync_switches (KwaLayersPanel *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < N_SWITCHES; i++)
    gtk_switch_set_active (self->switches[i], (self->layers & switch_layers[i]) != 0);
  self->syncing = FALSE;
}

/* Gives every legend entry under @widget the exhibit's side colours, so
 * each is painted as the map paints it. */
static void
set_sides_below (GtkWidget      *widget,
                 const KwaColor *north,
                 const KwaColor *south)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (KWA_IS_LEGEND_SYMBOL (child))
        kwa_legend_symbol_set_sides (KWA_LEGEND_SYMBOL (child), north, south);
      else
        set_sides_below (child, north, south);
    }
}

/* "%s movements", translated, with the side's name: a translation is not
 * trusted as a printf format. */
static char *
movements_title (const char *name)
{
  GString *title = g_string_new (_("%s movements"));

  g_string_replace (title, "%s", name, 1);

  return g_string_free (title, FALSE);
}

/* The legend does not change with the date: the panel shows nothing of
 * the timeline. */
static void
kwa_layers_panel_refresh (KwaPanel *panel)
{
  KwaLayersPanel *self = KWA_LAYERS_PANEL (panel);
  KwaMapDocument *document = kwa_panel_get_document (panel);
  KwaLanguage language = kwa_panel_get_language (panel);
  g_autofree char *ghost = NULL;

  /* Translators: the dashed line in the legend, drawn %d days behind the front */
  ghost = g_strdup_printf (kwa_ngettext ("Front line %d day earlier",
                                     "Front line %d days earlier", KWA_SCENE_GHOST_DAYS),
                           KWA_SCENE_GHOST_DAYS);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ghost_row), ghost);

  gtk_widget_set_visible (GTK_WIDGET (self->north_row), document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->south_row), document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->north_arrow_row), document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->south_arrow_row), document != NULL);
  if (document == NULL)
    return;

  set_sides_below (gtk_widget_get_parent (GTK_WIDGET (self->north_row)),
                   &kwa_exhibit_get_side (kwa_map_document_get_exhibit (document), KWA_SIDE_NORTH)->color,
                   &kwa_exhibit_get_side (kwa_map_document_get_exhibit (document), KWA_SIDE_SOUTH)->color);

  for (KwaSideId side = KWA_SIDE_NORTH; side < KWA_N_SIDES; side++)
    {
      const KwaSide *record = kwa_exhibit_get_side (kwa_map_document_get_exhibit (document), side);
      AdwActionRow *row = side == KWA_SIDE_NORTH ? self->north_row : self->south_row;
      AdwActionRow *arrow_row = side == KWA_SIDE_NORTH ? self->north_arrow_row : self->south_arrow_row;
      g_autofree char *arrow_title = movements_title (kwa_text_get (&record->name, language));
      g_autoptr(GString) forces = g_string_new (NULL);

      for (guint i = 0; i < record->n_forces; i++)
        {
          if (i > 0)
            /* Translators: between the forces of a side, which may have
               commas inside them in English ("Korean People's Army
               (Democratic People's Republic of Korea); Chinese …"). */
            g_string_append (forces, kwa_pgettext_in (language, "list of forces", NC_("list of forces", "; ")));
          g_string_append (forces, kwa_text_get (&record->forces[i], language));
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kwa_text_get (&record->name, language));
      adw_action_row_set_subtitle (row, forces->str);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (arrow_row), arrow_title);
    }
}

static void
kwa_layers_panel_dispose (GObject *object)
{
  KwaLayersPanel *self = KWA_LAYERS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KWA_TYPE_LAYERS_PANEL);

  G_OBJECT_CLASS (kwa_layers_panel_parent_class)->dispose (object);
}

static void
kwa_layers_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KwaLayersPanel *self = KWA_LAYERS_PANEL (object);

  switch (prop_id)
    {
    case PROP_LAYERS:
      g_value_set_flags (value, self->layers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_layers_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KwaLayersPanel *self = KWA_LAYERS_PANEL (object);

  switch (prop_id)
    {
    case PROP_LAYERS:
      kwa_layers_panel_set_layers (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Screen readers' labels for the template's unlabelled controls. */
static const KwaAccessibleLabel accessible_labels[] = {
  { "layers_list", N_("Map layers") },
  { "control_switch", N_("Territorial Control") },
  { "front_switch", N_("Front Line") },
  { "movements_switch", N_("Troop Movements") },
  { "events_switch", N_("Events") },
  { "labels_switch", N_("Place Names") },
  { "parallel_switch", N_("38th Parallel") },
  { "dmz_switch", N_("DMZ and Demarcation Line") },
  { "legend_list", N_("Legend") },
};

static void
kwa_layers_panel_class_init (KwaLayersPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KwaPanelClass *panel_class = KWA_PANEL_CLASS (klass);

  object_class->dispose = kwa_layers_panel_dispose;
  object_class->get_property = kwa_layers_panel_get_property;
  object_class->set_property = kwa_layers_panel_set_property;

  panel_class->refresh = kwa_layers_panel_refresh;

  /* The same flags as KwaMapView:layers, which the window binds to it. */
  properties[PROP_LAYERS] =
    g_param_spec_flags ("layers", NULL, NULL, KWA_TYPE_MAP_LAYERS, KWA_MAP_LAYERS_ALL,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KWA_TYPE_LEGEND_SYMBOL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-layers-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, scroller);
  gtk_widget_class_bind_template_child_full (widget_class, "control_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "front_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "movements_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "events_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "labels_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[4]));
  gtk_widget_class_bind_template_child_full (widget_class, "parallel_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[5]));
  gtk_widget_class_bind_template_child_full (widget_class, "dmz_switch", FALSE,
                                             G_STRUCT_OFFSET (KwaLayersPanel, switches[6]));
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, north_row);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, south_row);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, ghost_row);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, north_arrow_row);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, south_arrow_row);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, north_symbol);
  gtk_widget_class_bind_template_child (widget_class, KwaLayersPanel, south_symbol);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "layerspanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_layers_panel_init (KwaLayersPanel *self)
{
  self->layers = KWA_MAP_LAYERS_ALL;

  gtk_widget_init_template (GTK_WIDGET (self));
  kwa_widget_translator_label_template_children (GTK_WIDGET (self), accessible_labels,
                                                 G_N_ELEMENTS (accessible_labels));

  kwa_widget_translator_set_accessible_label (GTK_WIDGET (self), N_("Map layers and legend"));

  sync_switches (self);
  for (guint i = 0; i < N_SWITCHES; i++)
    g_signal_connect_object (self->switches[i], "notify::active",
                             G_CALLBACK (switch_active_cb), self, G_CONNECT_SWAPPED);

  kwa_layers_panel_refresh (KWA_PANEL (self));
}

GtkWidget *
kwa_layers_panel_new (void)
{
  return g_object_new (KWA_TYPE_LAYERS_PANEL, NULL);
}

KwaMapLayers
kwa_layers_panel_get_layers (KwaLayersPanel *self)
{
  g_return_val_if_fail (KWA_IS_LAYERS_PANEL (self), 0);
  return self->layers;
}

void
kwa_layers_panel_set_layers (KwaLayersPanel *self,
                             KwaMapLayers    layers)
{
  g_return_if_fail (KWA_IS_LAYERS_PANEL (self));

  layers &= KWA_MAP_LAYERS_ALL;
  if (self->layers == layers)
    return;

  self->layers = layers;
  sync_switches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYERS]);
}

/**
 * kwa_layers_panel_get_switch:
 * @layer: one of the layers a visitor can switch
 *
 * Returns: (transfer none) (nullable): the switch for @layer, or %NULL
 *   when the panel has none for it
 */
GtkSwitch *
kwa_layers_panel_get_switch (KwaLayersPanel *self,
                             KwaMapLayers    layer)
{
  g_return_val_if_fail (KWA_IS_LAYERS_PANEL (self), NULL);

  for (guint i = 0; i < N_SWITCHES; i++)
    if (switch_layers[i] == layer)
      return self->switches[i];

  return NULL;
}
