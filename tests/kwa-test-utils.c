/* kwa-test-utils.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kwa-test-utils.h"

/**
 * kwa_test_wait_frames:
 *
 * Runs the main loop until @widget's frame clock has drawn @n_frames more
 * frames. Each frame asks for the next, so it also returns when nothing on
 * screen moves; it first waits for the widget to have a frame clock (a
 * window just presented may not yet).
 */
void
kwa_test_wait_frames (GtkWidget *widget,
                      guint      n_frames)
{
  for (guint i = 0; i < n_frames; i++)
    {
      GdkFrameClock *clock;
      gint64 target;

      while ((clock = gtk_widget_get_frame_clock (widget)) == NULL)
        g_main_context_iteration (NULL, TRUE);

      target = gdk_frame_clock_get_frame_counter (clock) + 1;
      gtk_widget_queue_draw (widget);
      while (gdk_frame_clock_get_frame_counter (clock) < target)
        g_main_context_iteration (NULL, TRUE);
    }
}

/* The first widget of @type in @root's tree, @root itself included,
 * depth first; NULL if there is none. */
GtkWidget *
kwa_test_find_widget (GtkWidget *root,
                      GType      type)
{
  return kwa_test_find_widget_with_class (root, type, NULL);
}

/* The same, among the widgets that also carry @css_class (any, if NULL):
 * one of many buttons, say. */
GtkWidget *
kwa_test_find_widget_with_class (GtkWidget  *root,
                                 GType       type,
                                 const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kwa_test_find_widget_with_class (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* tests/data/minimal.json, the smallest exhibit that has one of each
 * record; it must load without a problem. */
KwaExhibit *
kwa_test_load_minimal (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "minimal.json", NULL));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  KwaExhibit *exhibit = kwa_exhibit_new_from_file (file, &problems, &error);

  if (problems != NULL)
    kwa_test_print_problems (problems);
  g_assert_no_error (error);
  g_assert_nonnull (exhibit);
  g_assert_cmpuint (problems != NULL ? problems->len : 0, ==, 0);

  return exhibit;
}

/* What a load found, into the test's log: to read when a check fails. */
void
kwa_test_print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = kwa_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", text);
    }
}

/* The exhibit and basemap the app ships. */
KwaMapDocument *
kwa_test_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  KwaMapDocument *document = kwa_map_document_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/**
 * kwa_test_register_application:
 * @application_id: the test's own id
 * @load_bundled: whether to load the bundled exhibit, as start-up does
 *
 * A KwaApplication as main() makes it, registered (so that its actions
 * are exported, as show control sees them) but not run. Without
 * @load_bundled the test loads what it likes, or nothing.
 */
KwaApplication *
kwa_test_register_application (const char *application_id,
                               gboolean    load_bundled)
{
  KwaApplication *app = kwa_application_new (application_id, G_APPLICATION_NON_UNIQUE);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  if (load_bundled)
    g_assert_true (kwa_session_load (kwa_application_get_session (app), NULL));

  return app;
}

/**
 * kwa_test_open_window:
 * @app: a registered application
 * @width: the window's width, or 0 for the one the settings remember
 * @height: the window's height, or 0 likewise
 *
 * Opens @app's main window and waits until it has drawn two frames, so
 * that it is mapped and laid out. The caller holds a reference of its
 * own, which kwa_test_close_window() gives back.
 */
KwaWindow *
kwa_test_open_window (KwaApplication *app,
                      int             width,
                      int             height)
{
  KwaWindow *window = kwa_window_new (app);

  g_object_ref (window);
  /* Only when asked: the window sets its size from the settings. */
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kwa_test_wait_frames (GTK_WIDGET (window), 2);

  return window;
}

/* Closes a window kwa_test_open_window() opened; nothing may keep it. */
void
kwa_test_close_window (KwaWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The contents of tests/data/@name, such as "minimal.json". */
char *
kwa_test_read_data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  char *contents;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The contents of the project's data/@name (the bundled exhibit, its
 * basemap), as a curator's copy has them. */
char *
kwa_test_read_bundled_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Copies the bundled exhibit's media folder (its tour stops' voices)
 * into @dir, as a curator's copy of the exhibit has it. */
void
kwa_test_copy_bundled_media (const char *dir)
{
  g_autofree char *from = g_build_filename (g_getenv ("KWA_SOURCE_DIR"), "data", "media", "voice", NULL);
  g_autofree char *to = g_build_filename (dir, "media", "voice", NULL);
  g_autoptr(GDir) listing = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  g_assert_cmpint (g_mkdir_with_parents (to, 0755), ==, 0);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *bytes = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (source, &bytes, &length, NULL));
      g_assert_true (g_file_set_contents (target, bytes, (gssize) length, NULL));
    }
}

/**
 * kwa_test_differing_lines:
 *
 * The lines of @a and @b that differ, as "N: a | b", when both have as
 * many lines (asserted): a one-value edit of an exhibit is one line.
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
kwa_test_differing_lines (const char *a,
                          const char *b)
{
  g_auto(GStrv) lines_a = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lines_b = g_strsplit (b, "\n", -1);
  GPtrArray *differ = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (g_strv_length (lines_a), ==, g_strv_length (lines_b));
  for (guint i = 0; lines_a[i] != NULL; i++)
    if (!g_str_equal (lines_a[i], lines_b[i]))
      g_ptr_array_add (differ, g_strdup_printf ("%u: %s | %s", i + 1, lines_a[i], lines_b[i]));
  return differ;
}

/* Removes a folder of files a test made, and the folder. */
void
kwa_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR) && !g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        kwa_test_remove_dir (file);
      else
        g_unlink (file);
    }
  g_rmdir (path);
}
