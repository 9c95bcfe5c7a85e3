/* kwa-language-style.c: every word of a window in its language's fonts
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-language-style"

#include "config.h"

#include "kwa-language-fonts.h"
#include "kwa-language-style.h"

/* GTK shapes every label with the desktop's language, whatever the
 * exhibit speaks: a Japanese page on a Korean kiosk would draw its kanji
 * in Korean forms. So a window carries a CSS class for its language, and
 * one rule per language puts that language's family (fontconfig's choice,
 * see kwa-language-fonts.c) after the theme's font, which keeps the Latin
 * letters as they were. font-family is inherited: the class on the window
 * reaches every label in it, popovers included. */

#define CLASS_PREFIX "kwa-lang-"

static GtkCssProvider *provider;
static guint           n_styled;  /* languages [0, n_styled) have rules */

static char *
class_name (KwaLanguage language)
{
  g_autofree char *tag = g_ascii_strdown (kwa_language_to_string (language), -1);

  return g_strconcat (CLASS_PREFIX, tag, NULL);
}

static char *
theme_family (GtkWidget *widget)
{
  g_autofree char *font_name = NULL;
  PangoFontDescription *font;
  char *family;

  g_object_get (gtk_widget_get_settings (widget), "gtk-font-name", &font_name, NULL);
  font = pango_font_description_from_string (font_name != NULL ? font_name : "Sans");
  family = g_strdup (pango_font_description_get_family (font) != NULL ? pango_font_description_get_family (font)
                                                                      : "sans-serif");
  pango_font_description_free (font);
  return family;
}

/* Rules for every language known so far, made again when one is new. */
static void
update_rules (GtkWidget *widget)
{
  guint n_known = kwa_language_get_n_known ();
  g_autofree char *latin = NULL;
  g_autoptr(GString) css = NULL;

  if (provider != NULL && n_styled == n_known)
    return;

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  latin = theme_family (widget);
  css = g_string_new (NULL);
  for (KwaLanguage language = 0; language < n_known; language++)
    {
      g_autofree char *name = class_name (language);

      g_string_append_printf (css, ".%s { font-family: \"%s\", \"%s\", sans-serif; }\n",
                              name, latin, kwa_language_fonts_get_family (language));
    }
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
  n_styled = n_known;
}

/**
 * kwa_language_style_apply:
 * @widget: a window, or any widget whose words are in @language
 *
 * Draws @widget's words, and its children's, in @language's fonts.
 */
void
kwa_language_style_apply (GtkWidget   *widget,
                          KwaLanguage  language)
{
  g_autofree char *wanted = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (language < kwa_language_get_n_known ());

  update_rules (widget);
  wanted = class_name (language);
  for (KwaLanguage other = 0; other < kwa_language_get_n_known (); other++)
    {
      g_autofree char *name = class_name (other);

      if (!g_str_equal (name, wanted))
        gtk_widget_remove_css_class (widget, name);
    }
  gtk_widget_add_css_class (widget, wanted);
}
