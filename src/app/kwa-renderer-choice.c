/* kwa-renderer-choice.c: cairo where GL is only software
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-renderer-choice"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "kwa-renderer-choice.h"

/* Many small kiosk PCs have no GPU that Mesa can drive: GL is then
 * llvmpipe or softpipe, drawing on the CPU. GTK 4.8 still picks its GL
 * renderer there, which scrubs the 1080p window at 20 frames a second
 * (p95 50-117 ms on the reference machine), while its cairo renderer,
 * given the map's image path and tiles, keeps every frame. So, unless the
 * user chose a renderer with GSK_RENDERER, the app chooses cairo where GL
 * would be software.
 *
 * Two steps. Before GTK opens the display: with no DRM render node (and
 * no NVIDIA device) GL cannot be anything but software, and GL is then
 * not even loaded (GDK_DEBUG=gl-disable): Mesa's llvmpipe is 44 MB of
 * memory and a tenth of a second of start-up. Otherwise, once the display
 * is open and before the first window, a GL context is asked what it
 * draws with. GTK reads GSK_RENDERER when it makes its first renderer. */

static const char *reason = "GTK's default";

static gboolean
environment_says_software (void)
{
  const char *value = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  return value != NULL && *value != '\0' && g_strcmp0 (value, "0") != 0 && g_ascii_strcasecmp (value, "false") != 0;
}

static gboolean
has_gpu_device (void)
{
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  if (g_file_test ("/dev/nvidia0", G_FILE_TEST_EXISTS))
    return TRUE;

  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;

  return FALSE;
}

static void
disable_gl (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  if (debug != NULL && strstr (debug, "gl-disable") != NULL)
    return;
  flags = debug != NULL && *debug != '\0' ? g_strconcat (debug, ",gl-disable", NULL) : g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
}

static void
choose_cairo (const char *why,
              gboolean    without_gl)
{
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  reason = why;

  if (without_gl)
    disable_gl ();
}

/**
 * kwa_renderer_choice_before_display:
 *
 * Call before GTK opens the display: chooses the cairo renderer, and no
 * GL at all, where the machine has no GPU device; with the cairo renderer
 * chosen by the user, GL is not loaded either.
 */
void
kwa_renderer_choice_before_display (void)
{
  if (g_getenv ("GSK_RENDERER") != NULL)
    {
      reason = "GSK_RENDERER";
      /* GDK on X11 loads GL at start-up to choose the window's visual,
       * whatever the renderer: with cairo chosen, Mesa is 50-60 MB of
       * memory for nothing (a 4K window's peak: 281-283 MB with it,
       * 222-237 without) and start-up time. */
      if (g_ascii_strcasecmp (g_getenv ("GSK_RENDERER"), "cairo") == 0)
        disable_gl ();
      return;
    }

  if (environment_says_software ())
    choose_cairo ("LIBGL_ALWAYS_SOFTWARE: GL would be software", TRUE);
  else if (!has_gpu_device ())
    choose_cairo ("no GPU device: GL would be software", TRUE);
}

/**
 * kwa_renderer_choice_is_software_gl:
 * @gl_renderer: GL_RENDERER's string
 *
 * Returns: whether @gl_renderer draws on the CPU
 */
gboolean
kwa_renderer_choice_is_software_gl (const char *gl_renderer)
{
  static const char * const software[] = { "llvmpipe", "softpipe", "swrast", "software rasterizer", "swr " };
  g_autofree char *lower = NULL;

  if (gl_renderer == NULL)
    return FALSE;

  lower = g_ascii_strdown (gl_renderer, -1);
  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    if (strstr (lower, software[i]) != NULL)
      return TRUE;

  return FALSE;
}

/**
 * kwa_renderer_choice_after_display:
 *
 * Call once the display is open and before any window is shown: where GL
 * turns out to be software, chooses the cairo renderer.
 */
void
kwa_renderer_choice_after_display (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *gl_renderer;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_getenv ("GSK_RENDERER") != NULL)
    return;

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      choose_cairo ("no GL", FALSE);
      g_debug ("No GL context: %s", error != NULL ? error->message : "?");
      return;
    }

  gdk_gl_context_make_current (context);
  gl_renderer = (const char *) glGetString (GL_RENDERER);
  if (kwa_renderer_choice_is_software_gl (gl_renderer))
    choose_cairo ("GL is software", FALSE);
  else
    reason = "GL has a GPU";
  g_debug ("GL renderer “%s”: %s", gl_renderer != NULL ? gl_renderer : "?", reason);
  gdk_gl_context_clear_current ();
}

/**
 * kwa_renderer_choice_get_name:
 *
 * Returns: the GSK renderer drawing @widget's window: "cairo", "gl",
 *   "ngl", "vulkan", or its type name
 */
const char *
kwa_renderer_choice_get_name (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  const char *name;

  if (renderer == NULL)
    return "none";

  name = G_OBJECT_TYPE_NAME (renderer);
  if (g_str_equal (name, "GskCairoRenderer"))
    return "cairo";
  if (g_str_equal (name, "GskGLRenderer"))
    return "gl";
  if (g_str_equal (name, "GskNglRenderer"))
    return "ngl";
  if (g_str_equal (name, "GskVulkanRenderer"))
    return "vulkan";
  return name;
}

/* Why the renderer is the one it is, for logs and the benchmarks. */
const char *
kwa_renderer_choice_get_reason (void)
{
  return reason;
}
