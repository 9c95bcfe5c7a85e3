/* test-timeline-chips.c: every phase chip on the timeline names its phase
 * at any window width and text size: whole, ellipsized or by number, with
 * the full name for a screen reader.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-map-document.h"
#include "kwa-timeline-bar.h"
#include "kwa-test-utils.h"
#include "kwa-timeline-bar-private.h"
#include "kwa-timeline-track-private.h"

typedef struct
{
  KwaMapDocument *document;
  KwaTimeline    *timeline;
  GtkWidget      *window;
  KwaTimelineBar *bar;
  GtkCssProvider *style;
  int             base_dpi;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->document = kwa_test_load_bundled ();
  fixture->timeline = kwa_timeline_new (kwa_map_document_get_exhibit (fixture->document));
  fixture->bar = g_object_ref_sink (KWA_TIMELINE_BAR (kwa_timeline_bar_new (fixture->timeline)));

  /* The application's style: the track's type sizes, the kiosk's larger
   * ones among them, are the theme's. */
  fixture->style = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (fixture->style, "/org/koreanwaratlas/Atlas/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (fixture->style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  fixture->window = g_object_ref (gtk_window_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->bar));
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &fixture->base_dpi, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", fixture->base_dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (fixture->style));
  g_clear_object (&fixture->style);
  g_assert_finalize_object (fixture->bar);
  g_assert_finalize_object (fixture->timeline);
  g_assert_finalize_object (fixture->document);
}

static KwaTimelineTrack *
get_track (Fixture *fixture)
{
  return KWA_TIMELINE_TRACK (kwa_timeline_bar_get_track (fixture->bar));
}

static void
show_at_width (Fixture *fixture,
               int      width)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 200);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kwa_test_wait_frames (fixture->window, 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, width);
}

static void
assert_every_chip_named (Fixture *fixture)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (fixture->document);
  guint n;

  kwa_exhibit_get_phases (exhibit, &n);
  g_assert_cmpuint (n, >, 5);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = kwa_timeline_track_get_phase_label (get_track (fixture), i);

      if (label == NULL || *label == '\0')
        g_error ("phase %u's chip is blank at %d px (%s)", i + 1,
                 gtk_widget_get_width (GTK_WIDGET (get_track (fixture))),
                 kwa_language_to_string (kwa_timeline_bar_get_language (fixture->bar)));
    }
}

static void
test_never_blank (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const int widths[] = { 480, 1366, 1920 };
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      show_at_width (fixture, widths[w]);
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          kwa_timeline_bar_set_language (fixture->bar, languages[l]);
          kwa_test_wait_frames (fixture->window, 1);
          assert_every_chip_named (fixture);
        }
    }
}

/* At a laptop's and a kiosk's width, a phase with a short name shows
 * words, never its bare number: "3" says nothing to a visitor. (In a
 * 1366 px window the timeline is about 1200 px wide; a portrait kiosk,
 * 1080 px across, gives it the screen's width, in the kiosk's larger
 * type.) In every language of the bundled exhibit. */
static void
assert_short_names_at (Fixture *fixture,
                       int      width)
{
  const KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO, KWA_LANGUAGE_JA, KWA_LANGUAGE_ZH };
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (fixture->document);
  guint n, n_short = 0;
  const KwaPhase *phases = kwa_exhibit_get_phases (exhibit, &n);

  show_at_width (fixture, width);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      kwa_timeline_bar_set_language (fixture->bar, languages[l]);
      kwa_test_wait_frames (fixture->window, 1);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *label = kwa_timeline_track_get_phase_label (get_track (fixture), i);
          const char *short_name = kwa_text_get (&phases[i].short_name, languages[l]);

          if (short_name == NULL)
            continue;
          n_short++;
          g_assert_nonnull (label);
          g_test_message ("%d px, %s: phase %u shows \"%s\"", width,
                          kwa_language_to_string (languages[l]), i + 1, label);
          if (g_ascii_isdigit (label[0]) && label[1] == '\0')
            g_error ("phase %u's chip shows only its number at %d px (%s%s), though it has a short name",
                     i + 1, width, kwa_language_to_string (languages[l]),
                     gtk_widget_has_css_class (GTK_WIDGET (fixture->bar), "touch") ? ", kiosk" : "");
        }
    }
  g_assert_cmpuint (n_short, >, 0);
}

static void
test_short_names (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const int widths[] = { 1080, 1200, 1920 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    assert_short_names_at (fixture, widths[w]);
}

/* The same in a kiosk's bar, whose type is larger (read at arm's length),
 * on a portrait screen and a landscape one. */
static void
test_short_names_kiosk (Fixture       *fixture,
                        gconstpointer  user_data)
{
  const int widths[] = { 1080, 1920 };

  kwa_timeline_bar_set_kiosk (fixture->bar, TRUE);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    assert_short_names_at (fixture, widths[w]);
}

/* Text Size sets gtk-xft-dpi; the track's text is in points, so it grows,
 * and the chips still say something. */
static void
test_text_size (Fixture       *fixture,
                gconstpointer  user_data)
{
  int height_before, height_after;

  show_at_width (fixture, 1366);
  height_before = gtk_widget_get_height (GTK_WIDGET (get_track (fixture)));

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", fixture->base_dpi * 2, NULL);
  kwa_test_wait_frames (fixture->window, 3);
  height_after = gtk_widget_get_height (GTK_WIDGET (get_track (fixture)));

  g_assert_cmpint (height_after, >, height_before + 12);
  assert_every_chip_named (fixture);
}

/* A chip may show only a number: the slider's value names the phase. */
static void
test_accessible_phase (Fixture       *fixture,
                       gconstpointer  user_data)
{
  show_at_width (fixture, 480);
  kwa_timeline_set_date (fixture->timeline, kwa_date_from_ymd (1950, 9, 20));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (get_track (fixture)), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "September 20, 1950, Inchon and the march north");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/timeline-chips/never-blank", test_never_blank);
  ADD ("/timeline-chips/short-names", test_short_names);
  ADD ("/timeline-chips/short-names-kiosk", test_short_names_kiosk);
  ADD ("/timeline-chips/text-size", test_text_size);
  ADD ("/timeline-chips/accessible-phase", test_accessible_phase);

#undef ADD

  return g_test_run ();
}
