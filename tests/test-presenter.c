/* test-presenter.c: classroom mode — the presenter and audience windows
 * follow the one clock, with the main window.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "kwa-application.h"
#include "kwa-session.h"
#include "kwa-sketch.h"
#include "kwa-timeline.h"
#include "kwa-map-document.h"
#include "kwa-media-gallery.h"
#include "kwa-presenter.h"
#include "kwa-presenter-console.h"
#include "kwa-window.h"
#include "kwa-test-utils.h"
#include "kwa-map-view-private.h"

static void
closed_cb (KwaPresenter *presenter,
           gboolean     *closed)
{
  *closed = TRUE;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_both_windows_follow_the_clock (void)
{
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestPresenter",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaPresenter *presenter;
  KwaWindow *main_window;
  KwaTimeline *timeline;
  const KwaTour *tour;
  KwaMapView *audience_map;
  gboolean closed = FALSE;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_session_load (kwa_application_get_session (app), NULL));
  timeline = kwa_session_get_timeline (kwa_application_get_session (app));
  tour = kwa_exhibit_find_tour (kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (app))), "main");

  main_window = kwa_window_new (app);
  g_object_ref (main_window);
  gtk_window_present (GTK_WINDOW (main_window));

  presenter = kwa_presenter_new (GTK_APPLICATION (app), kwa_application_get_session (app));
  kwa_presenter_present (presenter);
  audience_map = kwa_presenter_get_audience_map (presenter);
  kwa_test_wait_frames (GTK_WIDGET (kwa_presenter_get_audience_window (presenter)), 2);
  kwa_test_wait_frames (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter)), 2);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (kwa_presenter_get_audience_window (presenter))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter))));
  /* Names and legend for the back of the class. */
  {
    KwaRenderOptions options;

    kwa_map_view_get_render_options (audience_map, &options);
    g_assert_cmpfloat (options.label_scale, >=, KWA_MAP_ROOM_LABEL_SCALE);
    g_assert_cmpfloat (options.legend_scale, >=, KWA_MAP_ROOM_LABEL_SCALE);
  }
  /* The lesson opens on its first stop, the map there. */
  g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, 0);
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, tour->stops[0].date);

  /* Step through the first three stops: every view is on the stop's day. */
  for (int i = 1; i < 4; i++)
    {
      const KwaTourStop *stop = &tour->stops[i];

      kwa_presenter_next (presenter);
      kwa_test_wait_frames (GTK_WIDGET (main_window), 1);
      g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, i);
      g_assert_cmpint (kwa_timeline_get_date (timeline), ==, stop->date);
      g_assert_cmpint (kwa_map_view_get_scene (audience_map)->date, ==, stop->date);
      g_assert_cmpint (kwa_map_view_get_scene (kwa_window_get_map_view (main_window))->date, ==, stop->date);
      g_assert_true (kwa_timeline_get_selected_event (timeline) == stop->event);
    }

  kwa_presenter_previous (presenter);
  g_assert_cmpint (kwa_timeline_get_date (timeline), ==, tour->stops[2].date);

  /* The main window moves the clock too: the projector follows. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "go-to-date", g_variant_new_string ("1953-07-27"));
  kwa_test_wait_frames (GTK_WIDGET (kwa_presenter_get_audience_window (presenter)), 1);
  g_assert_cmpint (kwa_map_view_get_scene (audience_map)->date, ==, kwa_timeline_get_date (timeline));

  kwa_presenter_set_screen (presenter, KWA_PRESENTER_SCREEN_BLACK);
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_BLACK);
  kwa_presenter_set_screen (presenter, KWA_PRESENTER_SCREEN_MAP);

  /* The lesson picker lists every tour; choosing the lesson opens it on
   * its first stop. */
  {
    GtkDropDown *picker = GTK_DROP_DOWN (find_child (GTK_WIDGET (kwa_presenter_get_presenter_window (presenter)),
                                                     GTK_TYPE_DROP_DOWN));
    KwaExhibit *exhibit = kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (app)));
    const KwaTour *lesson = kwa_exhibit_find_tour (exhibit, "lesson-turning-points");
    const KwaTour *tours;
    guint n_tours, lesson_position = G_MAXUINT;

    tours = kwa_exhibit_get_tours (exhibit, &n_tours);
    for (guint i = 0; i < n_tours; i++)
      if (&tours[i] == lesson)
        lesson_position = i;
    g_assert_nonnull (picker);
    g_assert_nonnull (lesson);
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (picker)), ==, n_tours);
    g_assert_cmpuint (gtk_drop_down_get_selected (picker), ==, 0);   /* main */

    gtk_drop_down_set_selected (picker, lesson_position);
    g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, 0);
    g_assert_cmpint (kwa_timeline_get_date (timeline), ==, lesson->stops[0].date);

    /* The console lists every stop, the current one selected; choosing
     * one from the list goes there; its notes are shown whole, large. */
    {
      KwaPresenterConsole *console = kwa_presenter_get_console (presenter);
      GtkListBox *stops = kwa_presenter_console_get_stop_list (console);
      GtkWidget *window = GTK_WIDGET (kwa_presenter_get_presenter_window (presenter));
      guint n_rows = 0;

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (stops)); row != NULL; row = gtk_widget_get_next_sibling (row))
        n_rows++;
      g_assert_cmpuint (n_rows, ==, lesson->n_stops);
      g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (stops)), ==, 0);

      g_signal_emit_by_name (stops, "row-activated", gtk_list_box_get_row_at_index (stops, 4));
      g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, 4);
      g_assert_cmpint (kwa_timeline_get_date (timeline), ==, lesson->stops[4].date);
      g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (stops)), ==, 4);
      g_assert_cmpstr (gtk_label_get_text (kwa_presenter_console_get_notes (console)), ==, kwa_text_get (&lesson->stops[4].notes, KWA_LANGUAGE_EN));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (kwa_presenter_console_get_notes (console)), "presenter-notes"));

      /* The live picture is large: above a third of the window's width. */
      kwa_test_wait_frames (window, 2);
      g_assert_cmpint (gtk_widget_get_width (kwa_presenter_console_get_preview (console)), >, gtk_widget_get_width (window) / 3);

      kwa_presenter_go_to_stop (presenter, 0);
    }
    for (guint i = 1; i < lesson->n_stops; i++)
      kwa_presenter_next (presenter);
    g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, (int) lesson->n_stops - 1);
    g_assert_cmpint (kwa_timeline_get_date (timeline), ==, lesson->stops[lesson->n_stops - 1].date);
  }

  /* Closing the presenter window ends classroom mode, both windows. */
  g_signal_connect (presenter, "closed", G_CALLBACK (closed_cb), &closed);
  gtk_window_close (kwa_presenter_get_presenter_window (presenter));
  g_assert_true (closed);
  g_assert_finalize_object (presenter);

  gtk_window_destroy (GTK_WINDOW (main_window));
  g_assert_finalize_object (main_window);
}

/* The toggle button whose content reads @label. */
static GtkToggleButton *
find_toggle_labelled (GtkWidget  *widget,
                      const char *label)
{
  GtkWidget *child;

  if (GTK_IS_TOGGLE_BUTTON (widget) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget))) &&
      g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (widget)))), label) == 0)
    return GTK_TOGGLE_BUTTON (widget);

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkToggleButton *found = find_toggle_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Presses @trigger ("b", "Page_Down") as the window's clicker keys take
 * it: through the shortcut it is bound to. */
static void
press_key (GtkWindow  *window,
           const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           GTK_WIDGET (window),
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("no key %s on the window", trigger);
}

typedef struct
{
  double luminance;   /* mean, 0–255 */
  guint  colours;     /* distinct colours among every 7th pixel */
  guint  checksum;
} Picture;

/* What the audience window shows, as pixels. */
static Picture
look_at (GtkWindow *window)
{
  GtkWidget *content = adw_window_get_content (ADW_WINDOW (window));
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);
  Picture picture = { 0 };
  double sum = 0;

  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, (guchar *) pixels, width * 4);

  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 p = pixels[i];

      sum += 0.2126 * ((p >> 16) & 0xff) + 0.7152 * ((p >> 8) & 0xff) + 0.0722 * (p & 0xff);
      picture.checksum = picture.checksum * 31 + p;
      if (i % 7 == 0)
        g_hash_table_add (colours, GUINT_TO_POINTER (p & 0xffffff));
    }
  picture.luminance = sum / ((double) width * height);
  picture.colours = g_hash_table_size (colours);

  return picture;
}

/* The teacher's keys change what the projector shows, pixel by pixel: B
 * blacks it out, W whitens it, pressing again brings the map back, Page
 * Down moves the map to the next stop. Keys pressed in either window. */
static void
test_keys_change_the_projector (void)
{
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestPresenterKeys",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaPresenter *presenter;
  GtkWindow *audience, *teacher;
  Picture map, black, white, again, next;
  GtkToggleButton *black_toggle, *white_toggle;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_session_load (kwa_application_get_session (app), NULL));
  presenter = kwa_presenter_new (GTK_APPLICATION (app), kwa_application_get_session (app));
  kwa_presenter_present (presenter);
  audience = kwa_presenter_get_audience_window (presenter);
  teacher = kwa_presenter_get_presenter_window (presenter);
  /* Still pictures: no pulsing markers, no gliding. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  press_key (teacher, "Page_Down");
  for (guint i = 0; i < 500 && !kwa_map_view_is_basemap_ready (kwa_presenter_get_audience_map (presenter)); i++)
    kwa_test_wait_frames (GTK_WIDGET (audience), 1);
  g_assert_true (kwa_map_view_is_basemap_ready (kwa_presenter_get_audience_map (presenter)));

  map = look_at (audience);
  g_assert_cmpuint (map.colours, >, 100);

  /* The Black and White buttons are toggles that show the screen's state,
   * whichever key or window changed it. */
  black_toggle = find_toggle_labelled (GTK_WIDGET (teacher), "Black (B)");
  white_toggle = find_toggle_labelled (GTK_WIDGET (teacher), "White (W)");
  g_assert_nonnull (black_toggle);
  g_assert_nonnull (white_toggle);
  g_assert_false (gtk_toggle_button_get_active (black_toggle));
  g_assert_false (gtk_toggle_button_get_active (white_toggle));

  press_key (teacher, "b");
  black = look_at (audience);
  g_assert_cmpfloat (black.luminance, <, 2);
  g_assert_cmpuint (black.colours, <=, 2);
  g_assert_true (gtk_toggle_button_get_active (black_toggle));
  g_assert_false (gtk_toggle_button_get_active (white_toggle));

  press_key (audience, "w");
  white = look_at (audience);
  g_assert_cmpfloat (white.luminance, >, 253);
  g_assert_cmpuint (white.colours, <=, 2);
  g_assert_false (gtk_toggle_button_get_active (black_toggle));
  g_assert_true (gtk_toggle_button_get_active (white_toggle));

  press_key (teacher, "w");
  again = look_at (audience);
  g_assert_cmpuint (again.checksum, ==, map.checksum);
  g_assert_false (gtk_toggle_button_get_active (white_toggle));

  /* Clicking the toggle blanks, clicking again brings the map back. */
  g_signal_emit_by_name (black_toggle, "clicked");
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_BLACK);
  g_assert_true (gtk_toggle_button_get_active (black_toggle));
  g_signal_emit_by_name (black_toggle, "clicked");
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_MAP);
  g_assert_false (gtk_toggle_button_get_active (black_toggle));

  press_key (teacher, "Page_Down");
  next = look_at (audience);
  g_assert_cmpuint (next.colours, >, 100);
  g_assert_cmpuint (next.checksum, !=, map.checksum);

  gtk_window_close (teacher);
  g_assert_finalize_object (presenter);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

/* I fills the projector with the stop's picture (the Pusan Perimeter's map
 * of the exhibit's own, drawn at the projector's size), its toggle says
 * so, and a stop without a picture brings the map back. */
static void
test_picture_on_i (void)
{
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestPresenterPicture",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaPresenter *presenter;
  GtkWindow *audience, *teacher;
  GtkToggleButton *picture_toggle;
  KwaMediaGallery *gallery;
  const KwaTour *tour;
  Picture map, shown;
  gint64 deadline;
  int pictured = -1;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_session_load (kwa_application_get_session (app), NULL));
  presenter = kwa_presenter_new (GTK_APPLICATION (app), kwa_application_get_session (app));
  kwa_presenter_present (presenter);
  audience = kwa_presenter_get_audience_window (presenter);
  teacher = kwa_presenter_get_presenter_window (presenter);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  tour = kwa_exhibit_find_tour (kwa_map_document_get_exhibit (kwa_session_get_document (kwa_application_get_session (app))),
                                "main");
  for (guint i = 0; i < tour->n_stops && pictured < 0; i++)
    if (tour->stops[i].n_media > 0)
      pictured = (int) i;
  g_assert_cmpint (pictured, >, 0);
  g_assert_cmpuint (tour->stops[pictured + 1].n_media, ==, 0);

  /* A stop without a picture: I keeps the map. */
  press_key (teacher, "i");
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_MAP);

  kwa_presenter_go_to_stop (presenter, pictured);
  for (guint i = 0; i < 500 && !kwa_map_view_is_basemap_ready (kwa_presenter_get_audience_map (presenter)); i++)
    kwa_test_wait_frames (GTK_WIDGET (audience), 1);
  map = look_at (audience);

  press_key (teacher, "i");
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_PICTURE);
  picture_toggle = find_toggle_labelled (GTK_WIDGET (teacher), "Picture (I)");
  g_assert_nonnull (picture_toggle);
  g_assert_true (gtk_toggle_button_get_active (picture_toggle));
  gallery = KWA_MEDIA_GALLERY (find_child (GTK_WIDGET (audience), KWA_TYPE_MEDIA_GALLERY));
  g_assert_nonnull (gallery);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (kwa_media_gallery_get_n_pending (gallery) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (kwa_media_gallery_get_n_shown (gallery), ==, 1);
  /* Drawn large: a projector's worth of pixels. */
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (gtk_picture_get_paintable (kwa_media_gallery_get_picture (gallery, 0))),
                   ==, 1920);
  kwa_test_wait_frames (GTK_WIDGET (audience), 2);
  shown = look_at (audience);
  g_test_message ("gallery %dx%d, picture %dx%d, luminance %g", gtk_widget_get_width (GTK_WIDGET (gallery)),
                  gtk_widget_get_height (GTK_WIDGET (gallery)),
                  gtk_widget_get_width (GTK_WIDGET (kwa_media_gallery_get_picture (gallery, 0))),
                  gtk_widget_get_height (GTK_WIDGET (kwa_media_gallery_get_picture (gallery, 0))), shown.luminance);
  g_assert_cmpuint (shown.checksum, !=, map.checksum);
  g_assert_cmpuint (shown.colours, >, 50);   /* a map, not a blank */

  /* The next stop has none: the map comes back, the toggle goes off. */
  press_key (teacher, "Page_Down");
  g_assert_cmpint (kwa_presenter_get_screen (presenter), ==, KWA_PRESENTER_SCREEN_MAP);
  g_assert_false (gtk_toggle_button_get_active (picture_toggle));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (gallery)));

  kwa_presenter_close (presenter);
  g_object_unref (presenter);
}

/* N reads the stops aloud: the first stop of the main tour has a voice,
 * its first sentence is the projector's caption, the toggle says so; when the voice has said all the lesson moves
 * on, and a stop without a voice is silent. N again: silent at once. */
static void
test_reads_aloud_on_n (void)
{
  g_autoptr(KwaApplication) app = kwa_application_new ("org.koreanwaratlas.Atlas.TestPresenterVoice",
                                                       G_APPLICATION_NON_UNIQUE);
  KwaSession *session = kwa_application_get_session (app);
  KwaPresenter *presenter;
  GtkWindow *teacher;
  GtkToggleButton *toggle;
  KwaNarrator *narrator;
  const KwaTour *tour;
  GtkLabel *caption;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_assert_true (kwa_session_load (session, NULL));
  kwa_session_set_language (session, KWA_LANGUAGE_EN);
  presenter = kwa_presenter_new (GTK_APPLICATION (app), session);
  kwa_presenter_present (presenter);
  teacher = kwa_presenter_get_presenter_window (presenter);
  narrator = kwa_presenter_get_narrator (presenter);
  caption = kwa_presenter_get_audience_caption (presenter);
  tour = kwa_exhibit_find_tour (kwa_map_document_get_exhibit (kwa_session_get_document (session)), "main");
  g_assert_nonnull (kwa_tour_stop_get_voice (&tour->stops[0], KWA_LANGUAGE_EN));
  g_assert_null (kwa_tour_stop_get_voice (&tour->stops[1], KWA_LANGUAGE_EN));
  kwa_presenter_go_to_stop (presenter, 0);
  g_assert_false (kwa_narrator_get_speaking (narrator));

  press_key (teacher, "n");
  g_assert_true (kwa_presenter_get_reading_aloud (presenter));
  toggle = find_toggle_labelled (GTK_WIDGET (teacher), "Read Aloud (N)");
  g_assert_nonnull (toggle);
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (kwa_narrator_get_speaking (narrator));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (caption)));
  g_assert_cmpstr (gtk_label_get_text (caption), ==, "Japan's surrender ends 35 years of colonial rule.");

  /* Said all (as the kiosk's test hears a real voice end): on to the
   * next stop, which has no voice. */
  g_signal_emit_by_name (narrator, "finished", TRUE);
  g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, 1);
  g_assert_false (kwa_narrator_get_speaking (narrator));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (caption)));

  /* Back to the voiced stop, then N: silent at once. */
  press_key (teacher, "Page_Up");
  g_assert_true (kwa_narrator_get_speaking (narrator));
  press_key (teacher, "n");
  g_assert_false (kwa_presenter_get_reading_aloud (presenter));
  g_assert_false (kwa_narrator_get_speaking (narrator));
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_cmpint (kwa_presenter_get_stop (presenter), ==, 0);

  kwa_presenter_close (presenter);
  g_object_unref (presenter);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/presenter/reads-aloud-on-n", test_reads_aloud_on_n);
  adw_init ();

  g_test_add_func ("/presenter/both-windows-follow-the-clock", test_both_windows_follow_the_clock);
  g_test_add_func ("/presenter/keys-change-the-projector", test_keys_change_the_projector);
  g_test_add_func ("/presenter/picture-on-i", test_picture_on_i);

  return g_test_run ();
}
