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
 * "word-break: keep-all"), so each word gets an attribute that forbids
 * breaks inside it. English already breaks at spaces. */

static PangoAttrList *
keep_words_whole (const char *text)
{
  PangoAttrList *attributes = pango_attr_list_new ();
  const char *word = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = c == 0 || g_unichar_isspace (c);

      if (!space && word == NULL)
        word = p;
      else if (space && word != NULL)
        {
          PangoAttribute *attribute = pango_attr_allow_breaks_new (FALSE);

          attribute->start_index = word - text;
          attribute->end_index = p - text;
          pango_attr_list_insert (attributes, attribute);
          word = NULL;
        }

      if (c == 0)
        break;
    }

  return attributes;
}

/**
 * kwa_label_set_text_in:
 * @text: (nullable): text of the exhibit, in @language
 *
 * Shows @text in @label, wrapping Korean only between words.
 */
void
kwa_label_set_text_in (GtkLabel    *label,
                       const char  *text,
                       KwaLanguage  language)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  if (language == KWA_LANGUAGE_KO)
    attributes = keep_words_whole (text);

  gtk_label_set_attributes (label, attributes);
  gtk_label_set_label (label, text);
}

/* A left-aligned wrapping label for exhibit text. */
GtkWidget *
kwa_label_new_in (const char  *text,
                  KwaLanguage  language,
                  const char  *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  kwa_label_set_text_in (GTK_LABEL (label), text, language);

  return label;
}
