/* kwa-kiosk-language-switch.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-language-switch"

#include "config.h"

#include "kwa-kiosk-language-switch.h"

/* "English | 한국어 | 日本語 | 简体中文" in a corner of the map, large enough
 * for a finger: the kiosk hides the header bar, and with it the window's
 * language menu. One button per language of the exhibit, each named in
 * itself (as the exhibit names it), so a visitor finds theirs without
 * reading the others. */

struct _KwaKioskLanguageSwitch
{
  GtkWidget    parent_instance;

  GPtrArray   *buttons;   /* element-type GtkToggleButton, in the exhibit's order */
  guint        columns;   /* buttons in a row, before the next row */
  KwaLanguage  language;
};

G_DEFINE_FINAL_TYPE (KwaKioskLanguageSwitch, kwa_kiosk_language_switch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define LANGUAGE_KEY "kwa-language"

static KwaLanguage
button_language (GtkToggleButton *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), LANGUAGE_KEY));
}

static void
button_toggled_cb (GtkToggleButton        *button,
                   KwaKioskLanguageSwitch *self)
{
  /* Only the button being switched on speaks; the others' "off" follows. */
  if (!gtk_toggle_button_get_active (button))
    return;

  kwa_kiosk_language_switch_set_language (self, button_language (button));
}

/* Rows of at most self->columns buttons, in the exhibit's order. */
static void
arrange_buttons (KwaKioskLanguageSwitch *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkLayoutChild *child = gtk_layout_manager_get_layout_child (layout, g_ptr_array_index (self->buttons, i));

      gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (child), (int) (i % self->columns));
      gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (child), (int) (i / self->columns));
    }
}

static void
remove_buttons (KwaKioskLanguageSwitch *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->buttons, 0);
}

static void
kwa_kiosk_language_switch_dispose (GObject *object)
{
  KwaKioskLanguageSwitch *self = KWA_KIOSK_LANGUAGE_SWITCH (object);

  remove_buttons (self);

  G_OBJECT_CLASS (kwa_kiosk_language_switch_parent_class)->dispose (object);
}

static void
kwa_kiosk_language_switch_finalize (GObject *object)
{
  KwaKioskLanguageSwitch *self = KWA_KIOSK_LANGUAGE_SWITCH (object);

  g_ptr_array_unref (self->buttons);

  G_OBJECT_CLASS (kwa_kiosk_language_switch_parent_class)->finalize (object);
}

static void
kwa_kiosk_language_switch_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  KwaKioskLanguageSwitch *self = KWA_KIOSK_LANGUAGE_SWITCH (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_uint (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_language_switch_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  KwaKioskLanguageSwitch *self = KWA_KIOSK_LANGUAGE_SWITCH (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      kwa_kiosk_language_switch_set_language (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_language_switch_class_init (KwaKioskLanguageSwitchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_language_switch_dispose;
  object_class->finalize = kwa_kiosk_language_switch_finalize;
  object_class->get_property = kwa_kiosk_language_switch_get_property;
  object_class->set_property = kwa_kiosk_language_switch_set_property;

  /* The same number as KwaSession:language, so the two can be bound. */
  properties[PROP_LANGUAGE] =
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kiosklanguageswitch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_kiosk_language_switch_init (KwaKioskLanguageSwitch *self)
{
  self->buttons = g_ptr_array_new ();
  self->columns = G_MAXUINT;
  self->language = kwa_language_get_source ();
  gtk_grid_layout_set_column_homogeneous (GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
}

GtkWidget *
kwa_kiosk_language_switch_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_LANGUAGE_SWITCH, NULL);
}

/**
 * kwa_kiosk_language_switch_set_exhibit:
 * @exhibit: (nullable): the exhibit whose languages are offered
 *
 * Makes one button per language of @exhibit; with one language, none.
 */
void
kwa_kiosk_language_switch_set_exhibit (KwaKioskLanguageSwitch *self,
                                       KwaExhibit             *exhibit)
{
  const KwaLanguage *languages = NULL;
  GtkToggleButton *group = NULL;
  guint n_languages = 0;

  g_return_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self));
  g_return_if_fail (exhibit == NULL || KWA_IS_EXHIBIT (exhibit));

  remove_buttons (self);
  if (exhibit != NULL)
    languages = kwa_exhibit_get_languages (exhibit, &n_languages);

  for (guint i = 0; n_languages > 1 && i < n_languages; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (kwa_exhibit_get_language_name (exhibit, languages[i]));

      g_object_set_data (G_OBJECT (button), LANGUAGE_KEY, GUINT_TO_POINTER (languages[i]));
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), languages[i] == self->language);
      g_signal_connect_object (button, "toggled", G_CALLBACK (button_toggled_cb), self, 0);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      group = GTK_TOGGLE_BUTTON (button);
      g_ptr_array_add (self->buttons, button);
    }
  arrange_buttons (self);
}

/**
 * kwa_kiosk_language_switch_set_columns:
 * @columns: the most buttons in a row; %G_MAXUINT for one row
 *
 * Four languages in a row are wider than a small screen's map leaves
 * beside its date card: there they go in two rows of two.
 */
void
kwa_kiosk_language_switch_set_columns (KwaKioskLanguageSwitch *self,
                                       guint                   columns)
{
  g_return_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self));
  g_return_if_fail (columns > 0);

  self->columns = columns;
  arrange_buttons (self);
}

KwaLanguage
kwa_kiosk_language_switch_get_language (KwaKioskLanguageSwitch *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self), kwa_language_get_source ());
  return self->language;
}

void
kwa_kiosk_language_switch_set_language (KwaKioskLanguageSwitch *self,
                                        KwaLanguage             language)
{
  GtkWidget *button;

  g_return_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  if ((button = kwa_kiosk_language_switch_get_button (self, language)) != NULL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);

  if (self->language == language)
    return;

  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kwa_kiosk_language_switch_get_button:
 *
 * Returns: (transfer none) (nullable): the button that chooses @language,
 *   or %NULL when the exhibit does not offer it
 */
GtkWidget *
kwa_kiosk_language_switch_get_button (KwaKioskLanguageSwitch *self,
                                      KwaLanguage             language)
{
  g_return_val_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self), NULL);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkToggleButton *button = g_ptr_array_index (self->buttons, i);

      if (button_language (button) == language)
        return GTK_WIDGET (button);
    }
  return NULL;
}
