/* kwa-command-line.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-command-line"

#include "config.h"

#include "kwa-i18n.h"
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "kwa-animation.h"
#include "kwa-command-line.h"
#include "kwa-figure-export.h"
#include "kwa-handout.h"
#include "kwa-map-document.h"
#include "kwa-map-export.h"
#include "kwa-problem.h"
#include "kwa-record-check.h"
#include "kwa-tour-framing.h"

/* The exhibit on its map, swept day by day against its record of changes
 * of hands (kwa_record_check()); prints each disagreement as a problem. */
gboolean
kwa_command_line_check_record (KwaExhibit *exhibit,
                               const char *name)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  document = kwa_map_document_new (exhibit, &error);
  if (document == NULL)
    {
      g_printerr ("%s: %s\n", name, error->message);
      return FALSE;
    }

  problems = kwa_record_check (kwa_map_document_get_atlas (document), name);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
  if (problems->len > 0)
    g_printerr ("%s: %u disagreement%s between the map and the record\n", name,
                problems->len, problems->len == 1 ? "" : "s");

  return problems->len == 0;
}

/* What a valid file still lacks, such as translations, the way compilers
 * print warnings: "korean-war.json: events[3].title: warning: …". */
static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      const KwaProblem *warning = g_ptr_array_index (warnings, i);
      g_autofree char *location = kwa_problem_dup_location (warning);

      g_printerr ("%s: %s%swarning: %s\n", warning->file, location, *location != '\0' ? ": " : "", warning->message);
    }
  if (warnings->len > 0)
    g_printerr ("%u warning%s\n", warnings->len, warnings->len == 1 ? "" : "s");
}

/* For curators: every problem on its own line, as compilers print them, so
 * an editor can jump to each; the exit status says whether the file is valid.
 */
int
kwa_command_line_validate (const char *data_path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwaExhibit) exhibit = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint n_events, n_fronts, n_movements, n_places, n_sources;

  if (data_path != NULL)
    file = g_file_new_for_commandline_arg (data_path);
  else
    file = g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);

  exhibit = kwa_exhibit_new_from_file (file, &problems, &error);
  if (exhibit == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));

          g_printerr ("%s\n", line);
        }
      /* "N problems in FILE" adds a count to a list; a lone problem is the error. */
      if (problems->len == 0 || g_error_matches (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_INVALID) ||
          g_error_matches (error, KWA_EXHIBIT_ERROR, KWA_EXHIBIT_ERROR_BASEMAP))
        g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  name = g_file_get_basename (file);
  if (!kwa_command_line_check_record (exhibit, name))
    return EXIT_FAILURE;

  kwa_exhibit_get_events (exhibit, &n_events);
  kwa_exhibit_get_fronts (exhibit, &n_fronts);
  kwa_exhibit_get_movements (exhibit, &n_movements);
  kwa_exhibit_get_places (exhibit, &n_places);
  kwa_exhibit_get_sources (exhibit, &n_sources);
  g_print ("%s: valid — %u event%s, %u front%s, %u movement%s, %u place%s, %u source%s\n", name,
           n_events, n_events == 1 ? "" : "s", n_fronts, n_fronts == 1 ? "" : "s",
           n_movements, n_movements == 1 ? "" : "s", n_places, n_places == 1 ? "" : "s",
           n_sources, n_sources == 1 ? "" : "s");
  print_warnings (kwa_exhibit_get_warnings (exhibit));

  return EXIT_SUCCESS;
}

static KwaMapDocument *
load_document (GFile *data_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  KwaMapDocument *document;

  if (data_file != NULL)
    document = kwa_map_document_new_from_file (data_file, &problems, &error);
  else
    document = kwa_map_document_new_default (&error);

  if (document == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));
          g_printerr ("%s\n", line);
        }
      g_printerr ("%s\n", error->message);
    }

  return document;
}

static gboolean
parse_date (const char *text,
            const char *option,
            KwaDate    *date)
{
  if (text == NULL || !kwa_date_parse (text, date))
    {
      g_printerr (_("%s: “%s” is not a date; use YYYY-MM-DD, for example 1950-06-25\n"),
                  option, text ? text : "");
      return FALSE;
    }
  return TRUE;
}

/* WIDTHxHEIGHT, or 1920×1080 when @text is %NULL; prints why not. */
gboolean
kwa_command_line_parse_size (const char *text,
                             int        *width,
                             int        *height)
{
  char *end;
  gint64 w, h;

  if (text == NULL)
    {
      *width = 1920;
      *height = 1080;
      return TRUE;
    }

  w = g_ascii_strtoll (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    goto bad;
  text = end + 1;
  h = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0')
    goto bad;
  if (w < 16 || h < 16 || w > 16384 || h > 16384)
    goto bad;

  *width = (int) w;
  *height = (int) h;
  return TRUE;

bad:
  g_printerr (_("--size: use WIDTHxHEIGHT in pixels, each from 16 to 16384, for example 1920x1080\n"));
  return FALSE;
}

/* --lang: one of the exhibit's languages; without it, the exhibit's first */
static gboolean
parse_language (KwaMapDocument *document,
                const char     *text,
                KwaLanguage    *language)
{
  KwaExhibit *exhibit = kwa_map_document_get_exhibit (document);
  g_autofree char *list = NULL;

  if (text == NULL)
    {
      *language = kwa_exhibit_get_first_language (exhibit);
      return TRUE;
    }
  if (kwa_exhibit_find_language (exhibit, text, language))
    return TRUE;

  list = kwa_exhibit_list_languages (exhibit);
  g_printerr (_("--lang: “%s” is not a language of the exhibit; use one of %s\n"), text, list);
  return FALSE;
}

static gboolean
parse_theme (const char  *text,
             KwaMapTheme *theme)
{
  for (KwaMapTheme t = 0; t < KWA_N_MAP_THEMES; t++)
    if (text == NULL || g_strcmp0 (text, kwa_map_theme_to_string (t)) == 0)
      {
        *theme = text == NULL ? KWA_MAP_THEME_LIGHT : t;
        return TRUE;
      }

  g_printerr (_("--theme: “%s” is not a map theme; use light, dark or high-contrast\n"), text);
  return FALSE;
}

/* "WEST,SOUTH,EAST,NORTH" in degrees, west of east and south of north. */
static gboolean
parse_view (const char *text,
            KwaBBox    *out_box)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 5);
  double values[4];

  if (g_strv_length (parts) != 4)
    goto bad;
  for (guint i = 0; i < 4; i++)
    {
      char *end;

      values[i] = g_ascii_strtod (parts[i], &end);
      if (end == parts[i] || *end != '\0' || !isfinite (values[i]))
        goto bad;
    }
  if (!(values[0] < values[2] && values[1] < values[3] && values[0] >= -180 && values[2] <= 180 &&
        values[1] >= -90 && values[3] <= 90))
    goto bad;

  *out_box = (KwaBBox) { values[0], values[1], values[2], values[3] };
  return TRUE;

bad:
  g_printerr (_("--view: use WEST,SOUTH,EAST,NORTH in degrees, for example 127.5,34.8,129.8,36.5\n"));
  return FALSE;
}

int
kwa_command_line_render (GFile      *data_file,
                         const char *date_text,
                         const char *output,
                         const char *size,
                         const char *view_text,
                         const char *language_text,
                         const char *theme_text)
{
  KwaTourView view = { KWA_TOUR_VIEW_BBOX };
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KwaRenderOptions options;
  KwaViewport viewport;
  KwaMapExtent extent;
  KwaExportFormat format;
  KwaDate date;
  int width, height;

  kwa_render_options_init_default (&options);

  if (!parse_date (date_text, "--render", &date) ||
      !kwa_command_line_parse_size (size, &width, &height) ||
      !parse_theme (theme_text, &options.theme) ||
      (view_text != NULL && !parse_view (view_text, &view.bbox)))
    return EXIT_FAILURE;

  if (output == NULL)
    {
      g_printerr (_("--render needs --output=FILE (.png, .pdf or .svg)\n"));
      return EXIT_FAILURE;
    }
  if (!kwa_export_format_for_path (output, &format, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (!(document = load_document (data_file)))
    return EXIT_FAILURE;
  if (!parse_language (document, language_text, &options.language))
    return EXIT_FAILURE;

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  if (view_text != NULL)
    kwa_tour_view_frame_viewport (&view, kwa_basemap_get_projection (kwa_map_document_get_basemap (document)),
                                  &extent, width, height, &viewport);
  else
    kwa_viewport_init_fit (&viewport, &extent, width, height);

  if (!kwa_map_export_to_file (document, date, &viewport, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static gboolean
parse_point (const char *text,
             KwaLonLat  *point)
{
  g_auto(GStrv) parts = NULL;
  char *end;

  if (text == NULL)
    goto bad;

  parts = g_strsplit (text, ",", 3);
  if (g_strv_length (parts) != 2)
    goto bad;

  point->lat = g_ascii_strtod (g_strstrip (parts[0]), &end);
  if (*end != '\0' || end == parts[0] || point->lat < -90 || point->lat > 90)
    goto bad;
  point->lon = g_ascii_strtod (g_strstrip (parts[1]), &end);
  if (*end != '\0' || end == parts[1] || point->lon < -180 || point->lon > 180)
    goto bad;

  return TRUE;

bad:
  g_printerr (_("--point: use LATITUDE,LONGITUDE in degrees, for example 37.5665,126.978\n"));
  return FALSE;
}

int
kwa_command_line_control_at (GFile      *data_file,
                             const char *date_text,
                             const char *point_text)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(KwaScene) scene = NULL;
  KwaLonLat point;
  KwaDate date;

  if (!parse_date (date_text, "--control-at", &date) || !parse_point (point_text, &point))
    return EXIT_FAILURE;

  if (!(document = load_document (data_file)))
    return EXIT_FAILURE;

  /* The start of the day, as the timeline shows it: a front snapshot dated
   * that day applies exactly. */
  scene = kwa_scene_new (kwa_map_document_get_atlas (document), date);
  g_print ("%s\n", kwa_control_to_string (kwa_scene_control_at_lonlat (scene, point)));

  return EXIT_SUCCESS;
}

int
kwa_command_line_handout (GFile      *data_file,
                          const char *output,
                          const char *tour_id,
                          const char *language_text,
                          gboolean    teacher)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = NULL;
  KwaLanguage language;

  lower = g_ascii_strdown (output != NULL ? output : "", -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_printerr (_("--handout: “%s” must be a .pdf file\n"), output != NULL ? output : "");
      return EXIT_FAILURE;
    }

  if (!(document = load_document (data_file)) ||
      !parse_language (document, language_text, &language))
    return EXIT_FAILURE;

  if (!kwa_handout_write_pdf (document, tour_id, language, teacher ? KWA_HANDOUT_TEACHER : KWA_HANDOUT_STUDENT,
                              output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* --figures: the Figures view's charts, on paper or as a picture. */
int
kwa_command_line_figures (GFile      *data_file,
                          const char *output,
                          const char *language_text)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KwaLanguage language;

  if (!(document = load_document (data_file)) ||
      !parse_language (document, language_text, &language))
    return EXIT_FAILURE;

  if (!kwa_figure_export_write (kwa_map_document_get_exhibit (document), language, output, &error))
    {
      g_printerr ("--figures: %s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

static gboolean
parse_range (const char *text,
             KwaDate    *start,
             KwaDate    *end)
{
  g_auto(GStrv) parts = NULL;

  if (text != NULL)
    parts = g_strsplit (text, ":", 3);

  if (parts == NULL || g_strv_length (parts) != 2)
    {
      g_printerr (_("--animate: use START:END, two dates YYYY-MM-DD, for example 1950-06-25:1953-07-27\n"));
      return FALSE;
    }

  if (!parse_date (parts[0], "--animate", start) || !parse_date (parts[1], "--animate", end))
    return FALSE;

  if (*end < *start)
    {
      g_printerr (_("--animate: %s ends before it starts\n"), text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_rate (const char *text,
            const char *option,
            double      fallback,
            double      max,
            double     *value)
{
  char *end;

  if (text == NULL)
    {
      *value = fallback;
      return TRUE;
    }

  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(*value > 0 && *value <= max))
    {
      g_printerr (_("%s: “%s” is not a number more than 0 and at most %g\n"), option, text, max);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  gboolean terminal;
  guint    last_percent;
} Progress;

/* One line that counts up on a terminal; a line every tenth in a log. */
static void
animate_progress_cb (guint    done,
                     guint    total,
                     gpointer user_data)
{
  Progress *progress = user_data;
  guint percent = total > 0 ? (guint) ((guint64) done * 100 / total) : 100;

  if (progress->terminal)
    {
      g_printerr ("\r");
      g_printerr (_("Frame %u of %u (%u%%)"), done, total, percent);
      if (done == total)
        g_printerr ("\n");
    }
  else if (done == total || percent / 10 != progress->last_percent / 10)
    {
      g_printerr (_("Frame %u of %u (%u%%)"), done, total, percent);
      g_printerr ("\n");
    }

  progress->last_percent = percent;
}

int
kwa_command_line_animate (GFile      *data_file,
                          const char *range,
                          const char *output,
                          const char *size,
                          const char *language_text,
                          const char *theme_text,
                          const char *fps,
                          const char *days_per_second)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  KwaAnimationSpec spec;
  KwaAnimationOutput kind;
  KwaRenderOptions options;
  Progress progress = { isatty (STDERR_FILENO), 0 };

  kwa_animation_spec_init_default (&spec);
  kwa_render_options_init_default (&options);

  if (!parse_range (range, &spec.start, &spec.end) ||
      !kwa_command_line_parse_size (size, &spec.width, &spec.height) ||
      !parse_theme (theme_text, &options.theme) ||
      !parse_rate (fps, "--fps", KWA_ANIMATION_DEFAULT_FPS, KWA_ANIMATION_MAX_FPS, &spec.fps) ||
      !parse_rate (days_per_second, "--days-per-second", KWA_ANIMATION_DEFAULT_DAYS_PER_SECOND,
                   10000, &spec.days_per_second))
    return EXIT_FAILURE;

  if (output == NULL)
    {
      g_printerr (_("--animate needs --output: a .webm file, a folder ending in / or a name with %%05d\n"));
      return EXIT_FAILURE;
    }

  /* Every mistake is found before the first frame is drawn. */
  if (!kwa_animation_spec_validate (&spec, &error) ||
      !kwa_animation_output_for_path (output, &kind, &error) ||
      (kind == KWA_ANIMATION_OUTPUT_WEBM && !kwa_animation_can_write_webm (&error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (!(document = load_document (data_file)) ||
      !parse_language (document, language_text, &options.language))
    return EXIT_FAILURE;

  if (!kwa_animation_write (document, &spec, &options, output, animate_progress_cb, &progress, NULL, &error))
    {
      if (progress.terminal)
        g_printerr ("\n");
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
