/* test-panels-bundled.c: the side panels over the bundled exhibit: every
 * event shown in every language, and search ranking what it finds.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kwa-event-panel-private.h"
#include "kwa-event-panel.h"
#include "kwa-layers-panel.h"
#include "kwa-perspectives-panel.h"
#include "kwa-search-panel.h"
#include "kwa-situation-panel.h"
#include "kwa-test-utils.h"

/* ---- search ranks, and takes the keyboard ------------------------------ */

/* The bundled exhibit, "Seoul": the events named for Seoul come first,
 * then those at a place called Seoul, then those that only mention it;
 * each group in time order. And the box has the focus as Search opens. */
static void
test_search_ranks_and_focuses (void)
{
  g_autoptr(GError) error = NULL;
  KwaMapDocument *document = kwa_map_document_new_default (&error);
  KwaTimeline *timeline;
  GtkWindow *window;
  GtkWidget *panel;
  GtkEditable *entry;
  GtkListBox *list;
  GtkListBoxRow *row;
  guint previous_group = 0, n_shown = 0, groups_seen = 0, found_other = 0;
  const KwaEvent *events;
  guint n_events;

  g_assert_no_error (error);
  timeline = kwa_timeline_new (kwa_map_document_get_exhibit (document));
  events = kwa_exhibit_get_events (kwa_map_document_get_exhibit (document), &n_events);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 500, 900);
  panel = kwa_search_panel_new ();
  g_object_set (panel, "document", document, "timeline", timeline, NULL);
  g_object_ref (panel);
  gtk_window_set_child (window, panel);
  gtk_window_present (window);
  kwa_test_wait_frames (panel, 2);

  entry = GTK_EDITABLE (kwa_test_find_widget (panel, GTK_TYPE_SEARCH_ENTRY));
  list = GTK_LIST_BOX (kwa_test_find_widget (panel, GTK_TYPE_LIST_BOX));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));

  gtk_editable_set_text (entry, "seoul");
  /* The entry reports a search after a short pause in typing. */
  while (g_strcmp0 (kwa_search_panel_get_query (KWA_SEARCH_PANEL (panel)), "seoul") != 0)
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      const KwaEvent *event = NULL;
      g_autofree char *title = NULL;
      g_autofree char *place = NULL;
      guint group;
      int child;

      if (!gtk_widget_get_child_visible (GTK_WIDGET (row)))
        continue;
      /* Which record: each row keeps its index (the list is sorted):
       * the events first, then places, movements and leaders. A place
       * called Seoul is found by its name: a title match. */
      child = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kwa-event-index"));
      if (child >= (int) n_events)
        {
          found_other++;
          continue;
        }
      event = &events[child];
      title = g_utf8_strdown (kwa_text_get (&event->title, KWA_LANGUAGE_EN), -1);
      place = g_utf8_strdown (event->place != NULL ? kwa_text_get (&event->place->name, KWA_LANGUAGE_EN) : "", -1);
      group = strstr (title, "seoul") != NULL ? 0 : strstr (place, "seoul") != NULL ? 1 : 2;
      g_assert_cmpuint (group, >=, previous_group);
      if (n_shown == 0 || group != previous_group)
        groups_seen++;
      previous_group = group;
      n_shown++;
    }
  g_test_message ("\"seoul\": %u results in %u groups", n_shown, groups_seen);
  g_assert_cmpuint (n_shown, >=, 5);
  g_assert_cmpuint (groups_seen, >=, 2);
  g_assert_cmpuint (found_other, >=, 1);   /* the place */

  gtk_window_destroy (window);
  g_assert_finalize_object (panel);
  g_assert_finalize_object (timeline);
  g_assert_finalize_object (document);
}

/* ---- every panel, the whole bundled exhibit ---------------------------- */

/* Each event of the real exhibit, shown and laid out in both languages by
 * all five panels at once, as in the window: its texts are longer and more
 * varied than any test file's. */
static void
test_bundled_exhibit (void)
{
  g_autoptr(GError) error = NULL;
  KwaMapDocument *document = kwa_map_document_new_default (&error);
  KwaExhibit *exhibit;
  KwaTimeline *timeline;
  GtkWindow *window;
  GtkWidget *box;
  GtkWidget *panels[5];
  const KwaEvent *events;
  const KwaLanguage *languages;
  guint n_events;
  guint n_languages;

  g_assert_no_error (error);
  exhibit = kwa_map_document_get_exhibit (document);
  timeline = kwa_timeline_new (exhibit);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1900, 900);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  panels[0] = kwa_event_panel_new ();
  panels[1] = kwa_situation_panel_new ();
  panels[2] = kwa_layers_panel_new ();
  panels[3] = kwa_perspectives_panel_new ();
  panels[4] = kwa_search_panel_new ();
  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    {
      g_object_set (panels[i], "document", document, "timeline", timeline, NULL);
      g_object_ref (panels[i]);
      gtk_box_append (GTK_BOX (box), panels[i]);
    }
  gtk_window_set_child (window, box);
  gtk_window_present (window);

  for (guint i = 0; i < kwa_perspectives_panel_get_n_items (KWA_PERSPECTIVES_PANEL (panels[3])); i++)
    kwa_perspectives_panel_set_expanded (KWA_PERSPECTIVES_PANEL (panels[3]), i, TRUE);

  events = kwa_exhibit_get_events (exhibit, &n_events);
  g_assert_cmpuint (n_events, >, 50);
  languages = kwa_exhibit_get_languages (exhibit, &n_languages);
  for (guint l = 0; l < n_languages; l++)
    {
      KwaLanguage language = languages[l];

      for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
        g_object_set (panels[i], "language", language, NULL);

      for (guint i = 0; i < n_events; i++)
        {
          g_assert_true (kwa_timeline_go_to_event (timeline, events[i].id));
          kwa_test_wait_frames (box, 1);
          g_assert_true (kwa_event_panel_get_event (KWA_EVENT_PANEL (panels[0])) == &events[i]);
          g_assert_cmpstr (gtk_label_get_text (kwa_event_panel_get_title_label (KWA_EVENT_PANEL (panels[0]))), ==,
                           kwa_text_get (&events[i].title, language));
        }
    }

  gtk_window_destroy (window);
  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    g_assert_finalize_object (panels[i]);
  g_assert_finalize_object (timeline);
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/panels/all/bundled-exhibit", test_bundled_exhibit);
  g_test_add_func ("/panels/search/ranks-and-focuses", test_search_ranks_and_focuses);

  return g_test_run ();
}
