/* kwa-kiosk-language-switch.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-language-switch"

#include "config.h"

#include "kwa-kiosk-language-switch.h"
#include "kwa-model-enums.h"

/* "English | 한국어" in a corner of the map, large enough for a finger:
 * the kiosk hides the header bar, and with it the window's own switch.
 * Each language is named in itself, so a visitor finds theirs without
 * reading the other. */

struct _KwaKioskLanguageSwitch
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkToggleButton *english_button;
  GtkToggleButton *korean_button;

  KwaLanguage      language;
};

G_DEFINE_FINAL_TYPE (KwaKioskLanguageSwitch, kwa_kiosk_language_switch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
button_toggled_cb (KwaKioskLanguageSwitch *self,
                   GtkToggleButton        *button)
{
  /* Only the button being switched on speaks; its partner's "off" follows. */
  if (!gtk_toggle_button_get_active (button))
    return;

  kwa_kiosk_language_switch_set_language (self, button == self->korean_button ? KWA_LANGUAGE_KO
                                                                               : KWA_LANGUAGE_EN);
}

static void
kwa_kiosk_language_switch_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KWA_TYPE_KIOSK_LANGUAGE_SWITCH);

  G_OBJECT_CLASS (kwa_kiosk_language_switch_parent_class)->dispose (object);
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
      g_value_set_enum (value, self->language);
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
      kwa_kiosk_language_switch_set_language (self, g_value_get_enum (value));
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
  object_class->get_property = kwa_kiosk_language_switch_get_property;
  object_class->set_property = kwa_kiosk_language_switch_set_property;

  /* The same int as KwaApplication:language, so the two can be bound. */
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KWA_TYPE_LANGUAGE, KWA_LANGUAGE_EN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-kiosk-language-switch.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaKioskLanguageSwitch, english_button);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskLanguageSwitch, korean_button);
  gtk_widget_class_bind_template_callback (widget_class, button_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kiosklanguageswitch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kwa_kiosk_language_switch_init (KwaKioskLanguageSwitch *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kwa_kiosk_language_switch_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_LANGUAGE_SWITCH, NULL);
}

KwaLanguage
kwa_kiosk_language_switch_get_language (KwaKioskLanguageSwitch *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self), KWA_LANGUAGE_EN);
  return self->language;
}

void
kwa_kiosk_language_switch_set_language (KwaKioskLanguageSwitch *self,
                                        KwaLanguage             language)
{
  g_return_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self));
  g_return_if_fail (language < KWA_N_LANGUAGES);

  gtk_toggle_button_set_active (language == KWA_LANGUAGE_KO ? self->korean_button : self->english_button, TRUE);

  if (self->language == language)
    return;

  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kwa_kiosk_language_switch_get_button:
 *
 * Returns: (transfer none): the button that chooses @language
 */
GtkWidget *
kwa_kiosk_language_switch_get_button (KwaKioskLanguageSwitch *self,
                                      KwaLanguage             language)
{
  g_return_val_if_fail (KWA_IS_KIOSK_LANGUAGE_SWITCH (self), NULL);
  return GTK_WIDGET (language == KWA_LANGUAGE_KO ? self->korean_button : self->english_button);
}
