/* kwa-problem-list.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-problem-list"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-problem-list.h"
#include "kwa-problem.h"

/* What is wrong with the curator's draft, as --validate would print it:
 * the errors and the record's disagreements first, one row each, that a
 * click takes the map to (#KwaProblemList::problem-activated); then, out
 * of the way, what a valid exhibit still lacks (missing translations). */

/* Rows beyond this are counted, not shown: a broken draft can have
 * hundreds, and the first few say what to mend. */
#define MAX_ROWS 200

struct _KwaProblemList
{
  AdwBin      parent_instance;

  GtkLabel   *heading;
  GtkListBox *list;
  GtkExpander *warnings_expander;
  GtkListBox *warnings;
};

G_DEFINE_FINAL_TYPE (KwaProblemList, kwa_problem_list, ADW_TYPE_BIN)

enum {
  PROBLEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PROBLEM_KEY "kwa-problem"

static GtkWidget *
problem_row_new (const KwaProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *where = kwa_problem_dup_location (problem);
  g_autofree char *title = g_markup_escape_text (problem->message, -1);
  g_autofree char *subtitle = g_markup_escape_text (where != NULL ? where : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-jump-symbolic"));
  g_object_set_data_full (G_OBJECT (row), PROBLEM_KEY, kwa_problem_copy (problem),
                          (GDestroyNotify) kwa_problem_free);

  return row;
}

static void
fill (GtkListBox *list,
      GPtrArray  *problems)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; problems != NULL && i < MIN (problems->len, MAX_ROWS); i++)
    gtk_list_box_append (list, problem_row_new (g_ptr_array_index (problems, i)));
}

/**
 * kwa_problem_list_set_problems:
 * @checking: whether a check of a newer draft is running
 */
void
kwa_problem_list_set_problems (KwaProblemList *self,
                               GPtrArray      *problems,
                               GPtrArray      *warnings,
                               gboolean        checking)
{
  guint n = problems != NULL ? problems->len : 0;
  guint n_warnings = warnings != NULL ? warnings->len : 0;
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *warnings_count = g_strdup_printf ("%u", n_warnings);
  g_autofree char *heading = NULL;
  g_autofree char *warnings_heading = NULL;

  g_return_if_fail (KWA_IS_PROBLEM_LIST (self));

  if (checking)
    heading = g_strdup (_("Checking…"));
  else if (n == 0)
    heading = g_strdup (_("No problems: the exhibit is valid, and the map agrees with the record on every day"));
  else
    heading = kwa_fill_pattern (kwa_ngettext ("{count} problem", "{count} problems", n), "{count}", count, NULL);
  gtk_label_set_label (self->heading, heading);
  fill (self->list, problems);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);

  warnings_heading = kwa_fill_pattern (kwa_ngettext ("{count} warning", "{count} warnings", n_warnings),
                                       "{count}", warnings_count, NULL);
  gtk_expander_set_label (self->warnings_expander, warnings_heading);
  fill (self->warnings, warnings);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_expander), n_warnings > 0);
}

GtkListBox *
kwa_problem_list_get_list (KwaProblemList *self)
{
  g_return_val_if_fail (KWA_IS_PROBLEM_LIST (self), NULL);
  return self->list;
}

static void
row_activated_cb (KwaProblemList *self,
                  GtkListBoxRow  *row)
{
  KwaProblem *problem = g_object_get_data (G_OBJECT (row), PROBLEM_KEY);

  if (problem != NULL)
    g_signal_emit (self, signals[PROBLEM_ACTIVATED], 0, problem);
}

GtkWidget *
kwa_problem_list_new (void)
{
  return g_object_new (KWA_TYPE_PROBLEM_LIST, NULL);
}

static void
kwa_problem_list_class_init (KwaProblemListClass *klass)
{
  /**
   * KwaProblemList::problem-activated:
   * @problem: the problem clicked
   */
  signals[PROBLEM_ACTIVATED] = g_signal_new ("problem-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                             kwa_problem_get_type () | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static GtkListBox *
list_new (void)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  return list;
}

static void
kwa_problem_list_init (KwaProblemList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  self->list = list_new ();
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  self->warnings = list_new ();
  g_signal_connect_swapped (self->warnings, "row-activated", G_CALLBACK (row_activated_cb), self);
  self->warnings_expander = GTK_EXPANDER (gtk_expander_new (NULL));
  gtk_expander_set_child (self->warnings_expander, GTK_WIDGET (self->warnings));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->warnings_expander));
  adw_bin_set_child (ADW_BIN (self), box);
  kwa_problem_list_set_problems (self, NULL, NULL, TRUE);
}
