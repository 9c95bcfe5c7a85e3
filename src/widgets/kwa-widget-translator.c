/* kwa-widget-translator.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-widget-translator"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-language-style.h"
#include "kwa-widget-translator.h"

/* Switching the interface's language in place, without rebuilding a
 * widget: a visitor's panel keeps its scroll position, focus and page.
 *
 * Templates are built in English (GtkBuilder translates with the process's
 * gettext, which our words never go through; see kwa-i18n.c). Code sets
 * words with _() in the language in force. Either way, a word the
 * catalogues know can be found again from the text shown (the English
 * message, or its translation) and replaced by the new language's. Words
 * the catalogues do not know (names and texts from the exhibit, dates,
 * counts) are left alone: the widgets that show them refresh them from the
 * exhibit when the language changes. */

static const char * const translated_properties[] = {
  "label", "title", "subtitle", "tooltip-text", "placeholder-text", "description",
};

/* Accessible labels cannot be read back, so a widget that needs one keeps
 * its English message here. */
#define ACCESSIBLE_LABEL_KEY "kwa-accessible-label-msgid"

static void
translate_property (GObject     *object,
                    GParamSpec  *pspec,
                    KwaLanguage  language)
{
  g_autofree char *shown = NULL;
  const char *msgid, *translation;

  g_object_get (object, pspec->name, &shown, NULL);
  if (shown == NULL || *shown == '\0' || (msgid = kwa_i18n_find_msgid (shown)) == NULL)
    return;

  translation = kwa_gettext_in (language, msgid);
  if (!g_str_equal (shown, translation))
    g_object_set (object, pspec->name, translation, NULL);
}

/* A drop-down's choices (the playback speeds) are a list of strings. */
static void
translate_string_list (GtkDropDown *drop_down,
                       KwaLanguage  language)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);
  g_autoptr(GPtrArray) words = NULL;
  gboolean changed = FALSE;
  guint selected, n;

  if (!GTK_IS_STRING_LIST (model))
    return;

  n = g_list_model_get_n_items (model);
  words = g_ptr_array_new_full (n + 1, NULL);
  for (guint i = 0; i < n; i++)
    {
      const char *shown = gtk_string_list_get_string (GTK_STRING_LIST (model), i);
      const char *msgid = kwa_i18n_find_msgid (shown);
      const char *translation = msgid != NULL ? kwa_gettext_in (language, msgid) : shown;

      changed |= !g_str_equal (shown, translation);
      g_ptr_array_add (words, (gpointer) translation);
    }
  g_ptr_array_add (words, NULL);
  if (!changed)
    return;

  selected = gtk_drop_down_get_selected (drop_down);
  gtk_string_list_splice (GTK_STRING_LIST (model), 0, n, (const char * const *) words->pdata);
  gtk_drop_down_set_selected (drop_down, selected);
}

static void
translate_widget (GtkWidget   *widget,
                  KwaLanguage  language)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);
  const char *accessible_msgid = g_object_get_data (G_OBJECT (widget), ACCESSIBLE_LABEL_KEY);

  for (guint i = 0; i < G_N_ELEMENTS (translated_properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, translated_properties[i]);

      if (pspec != NULL && pspec->value_type == G_TYPE_STRING &&
          (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE)
        translate_property (G_OBJECT (widget), pspec, language);
    }

  if (GTK_IS_DROP_DOWN (widget))
    translate_string_list (GTK_DROP_DOWN (widget), language);

  if (accessible_msgid != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    kwa_gettext_in (language, accessible_msgid), -1);
}

static void
translate_tree (GtkWidget   *root,
                KwaLanguage  language)
{
  translate_widget (root, language);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    translate_tree (child, language);
}

/**
 * kwa_widget_translator_translate:
 * @root: a window, or any widget
 * @language: the language its words should be in
 *
 * Puts the words of @root and everything inside it (popovers included)
 * that the catalogues know into @language, drawn in @language's fonts.
 */
void
kwa_widget_translator_translate (GtkWidget   *root,
                                 KwaLanguage  language)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (language < kwa_language_get_n_known ());

  kwa_language_style_apply (root, language);
  translate_tree (root, language);
}

/**
 * kwa_widget_translator_set_accessible_label:
 * @msgid: the English label, marked with N_()
 *
 * Gives @widget a screen reader's label in the interface's language, which
 * kwa_widget_translator_translate() keeps in the language in force.
 */
void
kwa_widget_translator_set_accessible_label (GtkWidget  *widget,
                                            const char *msgid)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (msgid != NULL);

  g_object_set_data (G_OBJECT (widget), ACCESSIBLE_LABEL_KEY, (gpointer) msgid);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kwa_gettext (msgid), -1);
}

/* GtkBuilder names every object with an id (gtk_buildable_get_buildable_id);
 * GTK only hands out the children a class binds, which these need not be. */
static GtkWidget *
find_by_buildable_id (GtkWidget  *root,
                      const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_buildable_id (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * kwa_widget_translator_label_template_children:
 *
 * Gives each named child of @template_root's template its accessible
 * label (what a template's <accessibility> would, but kept in the
 * interface's language).
 */
void
kwa_widget_translator_label_template_children (GtkWidget                *template_root,
                                               const KwaAccessibleLabel *labels,
                                               guint                     n_labels)
{
  g_return_if_fail (GTK_IS_WIDGET (template_root));

  for (guint i = 0; i < n_labels; i++)
    {
      GtkWidget *child = find_by_buildable_id (template_root, labels[i].child_id);

      g_return_if_fail (child != NULL);
      kwa_widget_translator_set_accessible_label (child, labels[i].msgid);
    }
}
