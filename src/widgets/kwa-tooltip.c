/* kwa-tooltip.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-tooltip"

#include "config.h"

#include "kwa-tooltip.h"

#include "kwa-label-text.h"

/* Exhibit text (a place, a unit, an event) in a tooltip.
 *
 * GTK 4.8's own tooltip label wraps at a width it guesses from Latin
 * letters, and lets Pango break Korean between any two syllables, so a
 * unit's name came out as "미 제8군(미 제1기병사" / "단 린치 …". This label
 * keeps a line up to MAX_WIDTH_CHARS and breaks Korean only between words
 * (kwa_label_set_markup_wrapped()). Each widget keeps one such label, so
 * a pointer moving over the same thing does not rebuild the tooltip. */

#define MAX_WIDTH_CHARS 48
#define LABEL_KEY "kwa-tooltip-label"

/**
 * kwa_tooltip_label_new:
 *
 * The label a tooltip of exhibit text shows; set its text with
 * kwa_label_set_markup_wrapped().
 */
GtkWidget *
kwa_tooltip_label_new (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  /* Natural width: the text on one line, up to the maximum; without
   * this GTK asks for the width of a wrapped guess. */
  gtk_label_set_natural_wrap_mode (label, GTK_NATURAL_WRAP_NONE);
  gtk_label_set_max_width_chars (label, MAX_WIDTH_CHARS);

  return GTK_WIDGET (label);
}

static GtkLabel *
ensure_label (GtkWidget *owner)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (owner), LABEL_KEY);

  if (label == NULL)
    {
      label = GTK_LABEL (g_object_ref_sink (kwa_tooltip_label_new ()));
      g_object_set_data_full (G_OBJECT (owner), LABEL_KEY, label, g_object_unref);
    }

  return label;
}

/**
 * kwa_tooltip_set_markup:
 * @owner: the widget whose ::query-tooltip this answers
 * @markup: Pango markup, escaped
 */
void
kwa_tooltip_set_markup (GtkTooltip *tooltip,
                        GtkWidget  *owner,
                        const char *markup)
{
  GtkLabel *label;

  g_return_if_fail (GTK_IS_TOOLTIP (tooltip));
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (markup != NULL);

  label = ensure_label (owner);
  if (g_strcmp0 (gtk_label_get_label (label), markup) != 0)
    kwa_label_set_markup_wrapped (label, markup);
  gtk_tooltip_set_custom (tooltip, GTK_WIDGET (label));
}

void
kwa_tooltip_set_text (GtkTooltip *tooltip,
                      GtkWidget  *owner,
                      const char *text)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (text != NULL);

  markup = g_markup_escape_text (text, -1);
  kwa_tooltip_set_markup (tooltip, owner, markup);
}
