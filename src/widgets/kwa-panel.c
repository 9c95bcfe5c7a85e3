/* kwa-panel.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-panel"

#include "config.h"

#include "kwa-panel.h"

/* What every side panel has in common: it shows one document in one
 * language at the moment of the one timeline. The window sets these three
 * on all panels alike, by name, and a panel only says how it shows them.
 *
 * Each panel follows other parts of the timeline (the event panel its
 * date, selected event and exhibit; the search panel only the selected
 * event; the layers panel nothing), so rather than one virtual function
 * for each of the timeline's notifications, a panel connects those it
 * shows to one signal group here, which follows whatever timeline is set. */

typedef struct
{
  /* Owned */
  KwaTimeline    *timeline;
  KwaMapDocument *document;
  GSignalGroup   *timeline_signals;

  KwaLanguage     language;
} KwaPanelPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KwaPanel, kwa_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE,
  PROP_DOCUMENT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kwa_panel_dispose (GObject *object)
{
  KwaPanel *self = KWA_PANEL (object);
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_clear_object (&priv->timeline_signals);
  g_clear_object (&priv->timeline);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (kwa_panel_parent_class)->dispose (object);
}

static void
kwa_panel_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KwaPanel *self = KWA_PANEL (object);
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, priv->timeline);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, priv->document);
      break;
    case PROP_LANGUAGE:
      g_value_set_uint (value, priv->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_panel_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KwaPanel *self = KWA_PANEL (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      kwa_panel_set_timeline (self, g_value_get_object (value));
      break;
    case PROP_DOCUMENT:
      kwa_panel_set_document (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kwa_panel_set_language (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_panel_class_init (KwaPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_panel_dispose;
  object_class->get_property = kwa_panel_get_property;
  object_class->set_property = kwa_panel_set_property;

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, KWA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KWA_TYPE_MAP_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_panel_init (KwaPanel *self)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  priv->language = kwa_language_get_source ();
  priv->timeline_signals = g_signal_group_new (KWA_TYPE_TIMELINE);
}

static void
refresh (KwaPanel *self)
{
  KwaPanelClass *klass = KWA_PANEL_GET_CLASS (self);

  if (klass->refresh != NULL)
    klass->refresh (self);
}

KwaTimeline *
kwa_panel_get_timeline (KwaPanel *self)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_val_if_fail (KWA_IS_PANEL (self), NULL);
  return priv->timeline;
}

void
kwa_panel_set_timeline (KwaPanel    *self,
                        KwaTimeline *timeline)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);
  KwaPanelClass *klass;

  g_return_if_fail (KWA_IS_PANEL (self));
  g_return_if_fail (timeline == NULL || KWA_IS_TIMELINE (timeline));

  if (!g_set_object (&priv->timeline, timeline))
    return;

  g_signal_group_set_target (priv->timeline_signals, timeline);
  klass = KWA_PANEL_GET_CLASS (self);
  if (klass->timeline_changed != NULL)
    klass->timeline_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

KwaMapDocument *
kwa_panel_get_document (KwaPanel *self)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_val_if_fail (KWA_IS_PANEL (self), NULL);
  return priv->document;
}

void
kwa_panel_set_document (KwaPanel       *self,
                        KwaMapDocument *document)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_if_fail (KWA_IS_PANEL (self));
  g_return_if_fail (document == NULL || KWA_IS_MAP_DOCUMENT (document));

  if (!g_set_object (&priv->document, document))
    return;

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KwaLanguage
kwa_panel_get_language (KwaPanel *self)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_val_if_fail (KWA_IS_PANEL (self), kwa_language_get_source ());
  return priv->language;
}

void
kwa_panel_set_language (KwaPanel    *self,
                        KwaLanguage  language)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_if_fail (KWA_IS_PANEL (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  if (priv->language == language)
    return;

  priv->language = language;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kwa_panel_get_timeline_signals:
 *
 * The signal group that follows the panel's timeline, for a subclass to
 * connect the timeline's notifications it shows, once, in its init.
 *
 * Returns: (transfer none): the signal group
 */
GSignalGroup *
kwa_panel_get_timeline_signals (KwaPanel *self)
{
  KwaPanelPrivate *priv = kwa_panel_get_instance_private (self);

  g_return_val_if_fail (KWA_IS_PANEL (self), NULL);
  return priv->timeline_signals;
}
