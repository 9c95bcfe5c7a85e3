/* test-renderer-choice.c: cairo where GL would draw on the CPU
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kwa-renderer-choice.h"

/* GL_RENDERER strings as Mesa and the vendors' drivers give them. */
static void
test_software_gl_is_recognised (void)
{
  g_assert_true (kwa_renderer_choice_is_software_gl ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (kwa_renderer_choice_is_software_gl ("softpipe"));
  g_assert_true (kwa_renderer_choice_is_software_gl ("Software Rasterizer"));
  g_assert_true (kwa_renderer_choice_is_software_gl ("Mesa DRI swrast"));

  g_assert_false (kwa_renderer_choice_is_software_gl ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (kwa_renderer_choice_is_software_gl ("AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, DRM 3.49)"));
  g_assert_false (kwa_renderer_choice_is_software_gl ("NVIDIA GeForce GTX 1050/PCIe/SSE2"));
  g_assert_false (kwa_renderer_choice_is_software_gl ("V3D 4.2"));
  g_assert_false (kwa_renderer_choice_is_software_gl (NULL));
}

/* Under Xvfb GL is llvmpipe: asked, the display's GL says so, and the
 * app chooses cairo before GTK makes a renderer; a window then draws with
 * it. Run in a child, with GSK_RENDERER unset as a user's session has it. */
static void
test_display_with_software_gl_gets_cairo (void)
{
  /* The sanitizer run disables GL: Mesa loses a block LeakSanitizer
   * cannot name (see test.sh). There is then no GL to ask. */
  if (!g_test_subprocess () && strstr (g_getenv ("GDK_DEBUG") ? g_getenv ("GDK_DEBUG") : "", "gl-disable") != NULL)
    {
      g_test_skip ("GL is disabled for this run");
      return;
    }

  if (g_test_subprocess ())
    {
      GtkWidget *window;

      g_unsetenv ("GSK_RENDERER");
      g_unsetenv ("GDK_DEBUG");
      gtk_init ();
      kwa_renderer_choice_after_display (gdk_display_get_default ());
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
      g_assert_cmpstr (kwa_renderer_choice_get_reason (), ==, "GL is software");

      window = gtk_window_new ();
      gtk_widget_realize (window);
      g_assert_cmpstr (kwa_renderer_choice_get_name (window), ==, "cairo");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A renderer the user chose is theirs. */
static void
test_users_choice_is_kept (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("GSK_RENDERER", "gl", TRUE);
      kwa_renderer_choice_before_display ();
      gtk_init ();
      kwa_renderer_choice_after_display (gdk_display_get_default ());
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
      g_assert_cmpstr (kwa_renderer_choice_get_reason (), ==, "GSK_RENDERER");
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* With LIBGL_ALWAYS_SOFTWARE, GL is not even loaded. */
static void
test_forced_software_disables_gl (void)
{
  if (g_test_subprocess ())
    {
      g_unsetenv ("GSK_RENDERER");
      g_setenv ("GDK_DEBUG", "", TRUE);
      g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
      kwa_renderer_choice_before_display ();
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
      g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The cairo renderer chosen by the user needs no GL: GDK does not load
 * it (Mesa's 50-60 MB), and flags already in GDK_DEBUG are kept. */
static void
test_chosen_cairo_disables_gl (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("GSK_RENDERER", "Cairo", TRUE);
      g_setenv ("GDK_DEBUG", "events", TRUE);
      kwa_renderer_choice_before_display ();
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "Cairo");
      g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events,gl-disable");
      g_assert_cmpstr (kwa_renderer_choice_get_reason (), ==, "GSK_RENDERER");

      /* Twice, as a second start in one process would: one flag. */
      kwa_renderer_choice_before_display ();
      g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "events,gl-disable");

      g_setenv ("GSK_RENDERER", "ngl", TRUE);
      g_unsetenv ("GDK_DEBUG");
      kwa_renderer_choice_before_display ();
      g_assert_null (g_getenv ("GDK_DEBUG"));
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer-choice/software-gl-is-recognised", test_software_gl_is_recognised);
  g_test_add_func ("/renderer-choice/display-with-software-gl-gets-cairo", test_display_with_software_gl_gets_cairo);
  g_test_add_func ("/renderer-choice/users-choice-is-kept", test_users_choice_is_kept);
  g_test_add_func ("/renderer-choice/forced-software-disables-gl", test_forced_software_disables_gl);
  g_test_add_func ("/renderer-choice/chosen-cairo-disables-gl", test_chosen_cairo_disables_gl);

  return g_test_run ();
}
