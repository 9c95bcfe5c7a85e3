/* kwa-kiosk-countdown.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-kiosk-countdown"

#include "config.h"


#include "kwa-i18n.h"
#include "kwa-kiosk-countdown.h"

/* "Still there?": what the kiosk asks a visitor who has stopped touching
 * it, with the seconds left before it starts over, in numbers large enough
 * to read from a step back. It dims the whole map, and takes the touch that
 * answers it, so that touch only dismisses it and does not also land on
 * whatever lies beneath.
 *
 * The question is asked in the language the visitor chose, and once more,
 * smaller, in the other: the one who walked up may not be the one who
 * chose. */

/* Visitor-facing words of the kiosk follow the exhibit's language switch,
 * not the desktop's locale: kwa_gettext_in() translates into a given
 * language, the words themselves live in po/ like every other. */
#define QUESTION N_("Still there?")
#define HINT     N_("Touch the screen to keep exploring")

struct _KwaKioskCountdown
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkWidget   *card;
  GtkLabel    *question_label;
  GtkLabel    *other_question_label;
  GtkLabel    *seconds_label;
  GtkLabel    *hint_label;

  guint        seconds;
  KwaLanguage  language;
  KwaLanguage  second_language;  /* the question again, for another reader */
};

G_DEFINE_FINAL_TYPE (KwaKioskCountdown, kwa_kiosk_countdown, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECONDS,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_text (KwaKioskCountdown *self)
{
  gboolean second = self->second_language != self->language;

  gtk_label_set_text (self->question_label, kwa_gettext_in (self->language, QUESTION));
  gtk_label_set_text (self->other_question_label, second ? kwa_gettext_in (self->second_language, QUESTION) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->other_question_label), second);
  gtk_label_set_text (self->hint_label, kwa_gettext_in (self->language, HINT));
}

static void
update_seconds (KwaKioskCountdown *self)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", self->seconds);
  gtk_label_set_text (self->seconds_label, text);
}

static void
kwa_kiosk_countdown_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KWA_TYPE_KIOSK_COUNTDOWN);

  G_OBJECT_CLASS (kwa_kiosk_countdown_parent_class)->dispose (object);
}

static void
kwa_kiosk_countdown_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KwaKioskCountdown *self = KWA_KIOSK_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      g_value_set_uint (value, self->seconds);
      break;
    case PROP_LANGUAGE:
      g_value_set_uint (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_countdown_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KwaKioskCountdown *self = KWA_KIOSK_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      kwa_kiosk_countdown_set_seconds (self, g_value_get_uint (value));
      break;
    case PROP_LANGUAGE:
      kwa_kiosk_countdown_set_language (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_kiosk_countdown_class_init (KwaKioskCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kwa_kiosk_countdown_dispose;
  object_class->get_property = kwa_kiosk_countdown_get_property;
  object_class->set_property = kwa_kiosk_countdown_set_property;

  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/kwa-kiosk-countdown.ui");
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCountdown, card);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCountdown, question_label);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCountdown, other_question_label);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCountdown, seconds_label);
  gtk_widget_class_bind_template_child (widget_class, KwaKioskCountdown, hint_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kioskcountdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
kwa_kiosk_countdown_init (KwaKioskCountdown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = self->second_language = kwa_language_get_source ();
  update_text (self);
  update_seconds (self);
}

GtkWidget *
kwa_kiosk_countdown_new (void)
{
  return g_object_new (KWA_TYPE_KIOSK_COUNTDOWN, NULL);
}

guint
kwa_kiosk_countdown_get_seconds (KwaKioskCountdown *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_COUNTDOWN (self), 0);
  return self->seconds;
}

/**
 * kwa_kiosk_countdown_set_seconds:
 *
 * The seconds left, shown as a large number.
 */
void
kwa_kiosk_countdown_set_seconds (KwaKioskCountdown *self,
                                 guint              seconds)
{
  g_return_if_fail (KWA_IS_KIOSK_COUNTDOWN (self));

  if (self->seconds == seconds)
    return;

  self->seconds = seconds;
  update_seconds (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
}

KwaLanguage
kwa_kiosk_countdown_get_language (KwaKioskCountdown *self)
{
  g_return_val_if_fail (KWA_IS_KIOSK_COUNTDOWN (self), kwa_language_get_source ());
  return self->language;
}

void
kwa_kiosk_countdown_set_language (KwaKioskCountdown *self,
                                  KwaLanguage        language)
{
  g_return_if_fail (KWA_IS_KIOSK_COUNTDOWN (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  if (self->language == language)
    return;

  self->language = language;
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kwa_kiosk_countdown_set_second_language:
 * @language: a language to ask the question in below the first (the
 *   kiosk's home language), or the countdown's own language for none
 *
 * Someone who walks up to a kiosk left in another language than theirs
 * can still tell it is about to reset.
 */
void
kwa_kiosk_countdown_set_second_language (KwaKioskCountdown *self,
                                         KwaLanguage        language)
{
  g_return_if_fail (KWA_IS_KIOSK_COUNTDOWN (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  self->second_language = language;
  update_text (self);
}
