/* test-fifth-language.c: an exhibit in a language the program has never
 * heard of (German, with no interface translation) works end to end: the
 * window offers it, switches to it in place and shows its texts, with the
 * interface's own words in English
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kwa-application.h"
#include "kwa-kiosk-language-switch.h"
#include "kwa-session.h"
#include "kwa-test-utils.h"
#include "kwa-window.h"
#include "kwa-window-private.h"

/* minimal.json in English, Korean and German, the German partly done. */
static GFile *
write_german_exhibit (const char *dir)
{
  g_autofree char *minimal = kwa_test_read_data_file ("minimal.json");
  g_autofree char *basemap = kwa_test_read_data_file ("minimal-basemap.svg");
  g_autofree char *exhibit_path = g_build_filename (dir, "exhibit.json", NULL);
  g_autofree char *basemap_path = g_build_filename (dir, "minimal-basemap.svg", NULL);
  g_autoptr(GString) text = g_string_new (minimal);

  g_assert_cmpint (g_string_replace (text, "\"meta\": {\n",
                                     "\"meta\": {\n    \"languages\": [{\"code\": \"en\", \"name\": \"English\"}, "
                                     "{\"code\": \"ko\", \"name\": \"한국어\"}, {\"code\": \"de\", \"name\": \"Deutsch\"}],\n", 1), ==, 1);
  g_assert_cmpint (g_string_replace (text, "\"title\": {\"en\": \"Korean War Atlas (test)\"",
                                     "\"title\": {\"de\": \"Koreakrieg-Atlas (Test)\", \"en\": \"Korean War Atlas (test)\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (exhibit_path, text->str, -1, NULL));
  g_assert_true (g_file_set_contents (basemap_path, basemap, -1, NULL));

  return g_file_new_for_path (exhibit_path);
}

static guint
count_menu_items_named (GMenuModel *menu,
                        const char *label)
{
  guint found = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_str_equal (item_label, label))
        found++;
    }
  return found;
}

static void
test_window_in_german (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-german-XXXXXX", &error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestGerman", FALSE);
  KwaSession *session = kwa_application_get_session (app);
  KwaWindow *window;
  GMenuModel *menu;
  GVariant *state;

  g_assert_no_error (error);
  file = write_german_exhibit (dir);
  g_assert_true (kwa_session_load (session, file));
  window = kwa_test_open_window (app, 1366, 768);

  /* The window's menu offers every language of the exhibit, by its name. */
  menu = gtk_menu_button_get_menu_model (window->language_button);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  g_assert_cmpuint (count_menu_items_named (menu, "Deutsch"), ==, 1);

  g_action_group_activate_action (G_ACTION_GROUP (app), "set-language", g_variant_new_string ("de"));
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (kwa_language_to_string (kwa_session_get_language (session)), ==, "de");
  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "set-language");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "de");
  g_variant_unref (state);

  /* The exhibit's German, in place; English where it has none yet; the
   * interface's words English, with no catalogue for German. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Koreakrieg-Atlas (Test)");
  g_assert_cmpstr (gtk_menu_button_get_label (window->language_button), ==, "Deutsch");
  g_assert_cmpstr (adw_window_title_get_subtitle (window->window_title), ==, "A small exhibit for the tests");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->language_button)), ==, "Exhibit Language");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kwa-lang-de"));

  kwa_test_close_window (window);
  kwa_test_remove_dir (dir);
}

/* The kiosk's switch: a button for each language, named in itself. */
static void
test_kiosk_switch_offers_german (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kwa-german-XXXXXX", &error);
  g_autoptr(GFile) file = write_german_exhibit (dir);
  g_autoptr(KwaMapDocument) document = kwa_map_document_new_from_file (file, NULL, &error);
  GtkWidget *language_switch = g_object_ref_sink (kwa_kiosk_language_switch_new ());
  KwaExhibit *exhibit;
  GtkWidget *german;

  g_assert_no_error (error);
  exhibit = kwa_map_document_get_exhibit (document);
  kwa_kiosk_language_switch_set_exhibit (KWA_KIOSK_LANGUAGE_SWITCH (language_switch), exhibit);
  german = kwa_kiosk_language_switch_get_button (KWA_KIOSK_LANGUAGE_SWITCH (language_switch),
                                                 kwa_language_register ("de"));
  g_assert_nonnull (german);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (german)), ==, "Deutsch");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (german), TRUE);
  g_assert_cmpstr (kwa_language_to_string (kwa_kiosk_language_switch_get_language (KWA_KIOSK_LANGUAGE_SWITCH (language_switch))),
                   ==, "de");
  g_object_unref (language_switch);
  kwa_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/fifth-language/window", test_window_in_german);
  g_test_add_func ("/fifth-language/kiosk-switch", test_kiosk_switch_offers_german);

  return g_test_run ();
}
