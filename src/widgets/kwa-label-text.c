/* kwa-label-text.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-label-text"

#include "config.h"

#include "kwa-label-text.h"

/* Exhibit text in a panel's label, wrapped the way its language is read.
 *
 * Pango may break Korean between any two syllables, which splits words
 * ("시험" becomes "시" / "험") and reads as careless to a Korean visitor.
 * Korean print breaks at the spaces between words (CSS calls this
 * "word-break: keep-all"), so each run of Hangul gets an attribute that
 * forbids breaks inside it, whatever the panel's language (a source's
 * title may be Korean in an English panel). Other scripts keep Pango's
 * breaks: English already breaks at spaces.
 *
 * Only Hangul, on purpose: Pango 1.50 aborts on an assertion
 * (process_line: result == BREAK_SOME_FIT || …) when a no-break range
 * spans items of different fonts, such as "90,000–95,000명" where the
 * dash, the digits and the syllable come from different fonts. A run of
 * Hangul is one script in one font, so it stays one item. */

static gboolean
is_hangul (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HANGUL;
}

static PangoAttrList *
keep_words_whole (const char *text)
{
  PangoAttrList *attributes = pango_attr_list_new ();
  const char *run = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean hangul = c != 0 && is_hangul (c);

      if (hangul && run == NULL)
        run = p;
      else if (!hangul && run != NULL)
        {
          /* One syllable has nothing inside to break. */
          if (g_utf8_strlen (run, p - run) > 1)
            {
              PangoAttribute *attribute = pango_attr_allow_breaks_new (FALSE);

              attribute->start_index = run - text;
              attribute->end_index = p - text;
              pango_attr_list_insert (attributes, attribute);
            }
          run = NULL;
        }

      if (c == 0)
        break;
    }

  return attributes;
}

/**
 * kwa_label_set_text_wrapped:
 * @text: (nullable): text to show
 *
 * Shows @text in @label, wrapping Korean only between words.
 */
void
kwa_label_set_text_wrapped (GtkLabel   *label,
                            const char *text)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  /* New attributes resize the label even for the same text, and a resize
   * lays out the whole window again: a panel that shows the same phase
   * every day of a scrub would cost a relayout a frame. */
  if (g_strcmp0 (gtk_label_get_label (label), text) == 0 && !gtk_label_get_use_markup (label))
    return;

  attributes = keep_words_whole (text);
  gtk_label_set_attributes (label, attributes);
  gtk_label_set_label (label, text);
}

/**
 * kwa_label_set_markup_wrapped:
 * @markup: Pango markup, escaped
 *
 * As kwa_label_set_text_wrapped(), for marked-up text: the breaks are
 * kept out of words of the text the markup leaves.
 */
void
kwa_label_set_markup_wrapped (GtkLabel   *label,
                              const char *markup)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (markup != NULL);

  /* The same markup again would only lay the window out again. */
  if (gtk_label_get_use_markup (label) && g_strcmp0 (gtk_label_get_label (label), markup) == 0)
    return;

  /* Markup's own attributes are kept apart from these and merged. */
  gtk_label_set_markup (label, markup);
  attributes = keep_words_whole (gtk_label_get_text (label));
  gtk_label_set_attributes (label, attributes);
}

/* A left-aligned wrapping label, for text of the exhibit. */
GtkWidget *
kwa_label_new_wrapped (const char *text,
                       const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  kwa_label_set_text_wrapped (GTK_LABEL (label), text);

  return label;
}

/* For a label whose text comes from a template (a translation): Korean in
 * it wraps between words too. */
void
kwa_label_keep_words_whole (GtkLabel *label)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (!gtk_label_get_use_markup (label));

  attributes = keep_words_whole (gtk_label_get_text (label));
  gtk_label_set_attributes (label, attributes);
}
