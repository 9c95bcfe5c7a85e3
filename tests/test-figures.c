/* test-figures.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>

#include "kwa-application.h"
#include "kwa-figure-sheet-private.h"
#include "kwa-figures-view.h"
#include "kwa-figures-window.h"
#include "kwa-session.h"
#include "kwa-test-loader.h"
#include "kwa-test-utils.h"

/* The Figures view: the exhibit's numbers as charts. The curator's charts
 * load and refuse figures of another unit; every figure is charted; a
 * disputed number draws as a solid bar and a hatched band, never one bar;
 * numbers never run into the bars; the window follows the language and
 * the kiosk closes it. */

/* ---- the exhibit format ----------------------------------------------- */

#define MINIMAL_CHARTS \
  "\"figures\": [\n" \
  "    {\"id\": \"us-deaths\", \"label\": {\"en\": \"US deaths\", \"ko\": \"미군 사망자\"}, \"category\": \"casualties\",\n" \
  "     \"low\": 33686, \"high\": 36574, \"best\": 36574, \"side\": \"south\",\n" \
  "     \"unit\": {\"en\": \"people\", \"ko\": \"명\"},\n" \
  "     \"as_of\": \"1953-07-27\", \"sources\": [\"test-web\"]},\n" \
  "    {\"id\": \"cpv-deaths\", \"label\": {\"en\": \"Chinese deaths\", \"ko\": \"중국군 사망자\"}, \"category\": \"casualties\",\n" \
  "     \"low\": 183108, \"high\": 400000, \"side\": \"north\",\n" \
  "     \"unit\": {\"en\": \"people\", \"ko\": \"명\"},\n" \
  "     \"as_of\": \"1953-07-27\", \"sources\": [\"test-web\"]},\n" \
  "    {\"id\": \"dmz-width\", \"label\": {\"en\": \"DMZ width\", \"ko\": \"비무장지대 폭\"}, \"category\": \"territory\",\n" \
  "     \"low\": 4, \"high\": 4, \"unit\": {\"en\": \"km\", \"ko\": \"km\"},\n" \
  "     \"as_of\": \"1953-07-27\", \"sources\": [\"test-web\"]}\n" \
  "  ],\n" \
  "  \"charts\": [\n" \
  "    {\"id\": \"deaths\", \"title\": {\"en\": \"Deaths\", \"ko\": \"사망자\"}, \"figures\": %s}\n" \
  "  ],"

static KwaExhibit *
load_with_chart (const char  *figure_list,
                 GPtrArray  **out_problems)
{
  g_autofree char *minimal = kwa_test_read_minimal ();
  const char *start = strstr (minimal, "\"figures\": [");
  const char *end = strstr (minimal, "\"leaders\":");
  g_autofree char *old = NULL;
  g_autofree char *new = g_strdup_printf (MINIMAL_CHARTS, figure_list);
  g_autofree char *text = NULL;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  old = g_strndup (start, end - start);
  text = kwa_test_minimal_with (old, new);

  return kwa_test_load_generated (text, out_problems, NULL, NULL);
}

static void
test_charts_load (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_chart ("[\"us-deaths\", \"cpv-deaths\"]", &problems);
  const KwaChart *charts;
  guint n_charts;

  g_assert_nonnull (exhibit);
  charts = kwa_exhibit_get_charts (exhibit, &n_charts);
  g_assert_cmpuint (n_charts, ==, 1);
  g_assert_cmpstr (charts[0].id, ==, "deaths");
  g_assert_cmpuint (charts[0].n_figures, ==, 2);
  g_assert_cmpstr (charts[0].figures[1]->id, ==, "cpv-deaths");
  g_assert_true (charts[0].figures[0]->has_side);
  g_assert_cmpint (charts[0].figures[0]->side, ==, KWA_SIDE_SOUTH);
  g_assert_cmpint (charts[0].figures[1]->side, ==, KWA_SIDE_NORTH);
}

static void
test_charts_refuse_mistakes (void)
{
  struct {
    const char *list;
    const char *location;
    const char *phrase;
  } cases[] = {
    { "[\"us-deaths\", \"dmz-width\"]", "charts[0].figures[1]",
      "\"dmz-width\" counts \"km\", the chart's first figure \"people\"; a chart compares figures of one unit" },
    { "[\"us-death\"]", "charts[0].figures[0]", "unknown figure \"us-death\"" },
    { "[]", "charts[0].figures", "0 figures; a chart has 1 to 24" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(KwaExhibit) exhibit = load_with_chart (cases[i].list, &problems);

      g_assert_null (exhibit);
      kwa_test_assert_problem (problems, "minimal.json", cases[i].location, cases[i].phrase);
    }
}

/* ---- the sheet -------------------------------------------------------- */

static KwaFigureSheet *
paper_sheet (KwaExhibit  *exhibit,
             KwaLanguage  language,
             double       width)
{
  KwaFigureInk ink;

  kwa_figure_ink_init_paper (&ink, exhibit);
  return kwa_figure_sheet_new (exhibit, language, &ink, width, 16);
}

/* Every figure of the bundled exhibit is in some chart, once; the
 * curator's charts come first and in the file's order. */
static void
test_every_figure_is_charted (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  g_autoptr(KwaFigureSheet) sheet = paper_sheet (exhibit, KWA_LANGUAGE_EN, 900);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  const KwaChart *charts;
  const KwaFigure *figures;
  guint n_charts, n_figures;

  charts = kwa_exhibit_get_charts (exhibit, &n_charts);
  figures = kwa_exhibit_get_figures (exhibit, &n_figures);
  g_assert_cmpuint (n_charts, >=, 5);
  g_assert_cmpuint (sheet->plans->len, >=, n_charts);
  for (guint i = 0; i < n_charts; i++)
    g_assert_cmpstr (((KwaChartPlan *) g_ptr_array_index (sheet->plans, i))->title, ==,
                     kwa_text_get (&charts[i].title, KWA_LANGUAGE_EN));

  for (guint i = 0; i < sheet->plans->len; i++)
    {
      KwaChartPlan *plan = g_ptr_array_index (sheet->plans, i);

      for (guint j = 0; j < plan->figures->len; j++)
        {
          gpointer figure = g_ptr_array_index (plan->figures, j);

          g_assert_false (g_hash_table_contains (seen, figure));
          g_hash_table_add (seen, figure);
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n_figures);
  for (guint i = 0; i < n_figures; i++)
    g_assert_true (g_hash_table_contains (seen, &figures[i]));

  /* The charts the issue asks for: deaths by nation, troops by nation,
   * prisoners and their return. */
  for (guint i = 0; i < n_charts; i++)
    g_assert_cmpuint (charts[i].n_figures, >=, 3);
}

static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static guint32
rgb (const KwaColor *color)
{
  return ((guint32) lround (color->r * 255) << 16) | ((guint32) lround (color->g * 255) << 8) |
         (guint32) lround (color->b * 255);
}

/* Of the pixels along a row of the bar from @x0 to @x1, how many are the
 * side's colour itself. */
static guint
count_solid (cairo_surface_t *surface,
             double           x0,
             double           x1,
             double           y,
             guint32          solid)
{
  guint n = 0;

  for (double x = x0; x < x1; x++)
    n += pixel_at (surface, x, y) == solid;
  return n;
}

/* A disputed number is solid to its lowest estimate, then a lighter,
 * hatched band to its highest; an agreed number is solid all along. The
 * number itself stands right of every bar. */
static void
test_ranges_are_never_one_bar (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(KwaExhibit) exhibit = load_with_chart ("[\"us-deaths\", \"cpv-deaths\"]", &problems);
  g_autoptr(KwaFigureSheet) sheet = paper_sheet (exhibit, KWA_LANGUAGE_EN, 800);
  KwaFigureBlock *block = g_ptr_array_index (sheet->blocks, 0);
  KwaFigureRow *cpv = &g_array_index (block->rows, KwaFigureRow, 1);
  guint32 north = rgb (&kwa_exhibit_get_side (exhibit, KWA_SIDE_NORTH)->color);
  double middle = (cpv->bar_top + cpv->bottom) / 2;
  double low = block->bar_width * cpv->figure->low / block->scale_max;
  double high = block->bar_width * cpv->figure->high / block->scale_max;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, (int) ceil (kwa_figure_sheet_get_height (sheet)));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kwa_figure_sheet_draw (sheet, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpstr (cpv->figure->id, ==, "cpv-deaths");
  /* Solid up to the lowest estimate… */
  g_assert_cmpuint (count_solid (surface, 2, low - 2, middle, north), ==, (guint) (low - 2 - 2 + 0.999));
  /* …then a band in which the side's colour is only the hatching… */
  g_assert_cmpuint (count_solid (surface, low + 3, high - 3, middle, north), <, (high - low - 6) / 3);
  g_assert_cmpuint (pixel_at (surface, (low + high) / 2, cpv->bar_top - 1), ==, 0xffffff);
  /* …and nothing of the bar beyond the highest. */
  g_assert_cmpuint (count_solid (surface, high + 3, block->value_x, middle, north), ==, 0);
  g_assert_cmpfloat (high, <=, block->bar_width + 0.5);
  g_assert_true (block->values_beside);
  g_assert_cmpfloat (block->bar_width, <, block->value_x);
  /* The scale reaches the highest estimate in whole steps. */
  g_assert_cmpfloat (block->scale_max, >=, 400000);
  g_assert_cmpfloat (fmod (block->scale_max, block->step), ==, 0);

  cairo_surface_destroy (surface);
}

/* However narrow or wide, and in every language, no label runs past the
 * sheet, no number into the bars, and the rows follow one another. */
static void
test_layout_keeps_apart (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  KwaLanguage languages[] = { KWA_LANGUAGE_EN, KWA_LANGUAGE_KO, KWA_LANGUAGE_JA, KWA_LANGUAGE_ZH };
  double widths[] = { 320, 600, 1100 };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        g_autoptr(KwaFigureSheet) sheet = paper_sheet (exhibit, languages[l], widths[w]);

        for (guint b = 0; b < sheet->blocks->len; b++)
          {
            KwaFigureBlock *block = g_ptr_array_index (sheet->blocks, b);
            double previous_bottom = 0;

            for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
              {
                KwaFigureRow *row = &g_array_index (block->rows, KwaFigureRow, r);
                PangoRectangle label, value;

                pango_layout_get_pixel_extents (row->label, NULL, &label);
                pango_layout_get_pixel_extents (row->value, NULL, &value);
                g_assert_cmpint (label.width, <=, (int) ceil (widths[w]));
                g_assert_cmpfloat (row->top, >=, previous_bottom);
                g_assert_cmpfloat (row->top + label.height, <=, row->bar_top);
                g_assert_cmpfloat (block->bar_width, <=, widths[w]);
                /* The numbers' column starts right of the longest bar, or,
                 * on a narrow sheet, each number stands over its bar. */
                if (block->values_beside)
                  {
                    g_assert_cmpfloat (block->bar_width, <, block->value_x);
                    g_assert_cmpfloat (block->value_x + value.width, <=, widths[w] + 1);
                  }
                else
                  {
                    g_assert_cmpint (value.width, <=, (int) ceil (widths[w]));
                    g_assert_cmpfloat (row->top + label.height + value.height, <=, row->bar_top);
                  }
                previous_bottom = row->bottom;
              }
            g_assert_cmpfloat (block->height, >, 0);
          }
      }
}

/* Korean charts are Korean: titles, labels and the key's words. */
static void
test_words_follow_the_language (void)
{
  g_autoptr(KwaMapDocument) document = kwa_test_load_bundled ();
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  g_autoptr(KwaFigureSheet) sheet = paper_sheet (exhibit, KWA_LANGUAGE_KO, 900);
  g_autofree char *words = kwa_figure_sheet_describe (sheet);
  KwaFigureBlock *key = g_ptr_array_index (sheet->blocks, sheet->blocks->len - 1);
  KwaKeySample *first = &g_array_index (key->samples, KwaKeySample, 0);

  g_assert_nonnull (strstr (words, "국가별 군인 사망자."));
  g_assert_nonnull (strstr (words, "중국군 사망자: 183,108–400,000명."));
  g_assert_cmpstr (pango_layout_get_text (key->title), ==, "도표 읽는 법");
  g_assert_cmpstr (pango_layout_get_text (first->label), ==, "가장 낮은 추정치");
}

/* ---- the window ------------------------------------------------------- */

static void
test_window (void)
{
  g_autoptr(KwaApplication) app = kwa_test_register_application ("org.koreanwaratlas.Atlas.TestFigures", TRUE);
  KwaWindow *window = kwa_test_open_window (app, 1000, 700);
  KwaSession *session = kwa_application_get_session (app);
  GtkWindow *figures = NULL;
  KwaFiguresView *view;
  KwaFigureSheet *sheet;
  const KwaFigure *figure = NULL;
  KwaFigureBlock *block;
  KwaFigureRow *row;
  GList *windows;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-figures"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-figures", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-figures", NULL);
  windows = gtk_window_list_toplevels ();
  for (GList *l = windows; l != NULL; l = l->next)
    if (KWA_IS_FIGURES_WINDOW (l->data))
      {
        g_assert_null (figures);   /* asked twice, opened once */
        figures = l->data;
      }
  g_list_free (windows);
  g_assert_nonnull (figures);
  g_object_ref (figures);

  view = kwa_figures_window_get_view (KWA_FIGURES_WINDOW (figures));
  kwa_test_wait_frames (GTK_WIDGET (view), 3);
  sheet = kwa_figures_view_get_sheet (view);
  g_assert_nonnull (sheet);
  g_assert_cmpfloat (kwa_figure_sheet_get_width (sheet), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, (int) kwa_figure_sheet_get_height (sheet));

  /* A bar's row is found where it is drawn: its tooltip's figure. */
  block = g_ptr_array_index (sheet->blocks, 0);
  row = &g_array_index (block->rows, KwaFigureRow, 0);
  g_assert_true (kwa_figure_sheet_find_bar (sheet, 10, row->bar_top + 2, &figure));
  g_assert_true (figure == row->figure);

  /* The session's language reaches the window's title and the charts. */
  kwa_session_set_language (session, KWA_LANGUAGE_KO);
  kwa_test_wait_frames (GTK_WIDGET (view), 3);
  g_assert_cmpstr (gtk_window_get_title (figures), ==, "수치 도표");
  sheet = kwa_figures_view_get_sheet (view);
  g_assert_nonnull (sheet);
  g_assert_cmpstr (pango_layout_get_text (((KwaFigureBlock *) g_ptr_array_index (sheet->blocks, 0))->title), ==,
                   "국가별 군인 사망자");
  kwa_session_set_language (session, KWA_LANGUAGE_EN);

  /* The kiosk closes it and locks the way back. */
  kwa_session_set_kiosk (session, TRUE);
  kwa_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (figures)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-figures"));
  kwa_session_set_kiosk (session, FALSE);
  g_object_unref (figures);

  /* A file that cannot be written is an alert, not a crash. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-figures", NULL);
  windows = gtk_window_list_toplevels ();
  figures = NULL;
  for (GList *l = windows; l != NULL; l = l->next)
    if (KWA_IS_FIGURES_WINDOW (l->data))
      figures = l->data;
  g_list_free (windows);
  g_assert_nonnull (figures);
  g_assert_false (kwa_figures_window_save (KWA_FIGURES_WINDOW (figures), "/no/such/folder/figures.png"));
  g_assert_false (kwa_figures_window_save (KWA_FIGURES_WINDOW (figures), "/tmp/figures.txt"));

  kwa_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/figures/charts-load", test_charts_load);
  g_test_add_func ("/figures/charts-refuse-mistakes", test_charts_refuse_mistakes);
  g_test_add_func ("/figures/every-figure-is-charted", test_every_figure_is_charted);
  g_test_add_func ("/figures/ranges-are-never-one-bar", test_ranges_are_never_one_bar);
  g_test_add_func ("/figures/layout-keeps-apart", test_layout_keeps_apart);
  g_test_add_func ("/figures/words-follow-the-language", test_words_follow_the_language);
  g_test_add_func ("/figures/window", test_window);

  return g_test_run ();
}
