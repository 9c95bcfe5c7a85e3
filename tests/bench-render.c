/* bench-render.c: how fast the map draws, across the whole war.
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders one frame per day of the exhibit's time range through the same
 * renderer the map view uses, into an ARGB32 image surface (the widget's
 * cairo path), at 1920x1080 and 3840x2160, and prints one JSON object on
 * stdout:
 *
 *   {"sizes": {"1920x1080": {"frame_ms_p50": …, "frame_ms_p95": …,
 *              "frame_ms_max": …, "changes_ms_p50": …, "changes_ms_p95": …,
 *              "naive_ms_p50": …, "blit_ms_p50": …}, …},
 *    "load_ms": …, "frames": …, "peak_rss_mb": …}
 *
 *  - frame_ms_*: kwa_scene_new + kwa_map_renderer_draw, with the basemap
 *    rasters prepared before timing starts: whole frames, as exports draw;
 *  - changes_ms_*: the same days drawn each over the last, as the map view
 *    draws them (kwa_map_renderer_draw_changes, in as many bands);
 *  - naive_ms_p50: the same frames, but drawing the basemap SVG as vectors
 *    every frame (what the cache saves), on a sample spread over the war;
 *  - blit_ms_p50: one full-frame copy of a basemap raster the size of the
 *    frame: the floor no frame can beat;
 *  - load_ms: median time to parse, validate and index the exhibit;
 *  - frames: frames timed per size;
 *  - peak_rss_mb: the peak resident set of the process that measured a
 *    size, the largest over the sizes: each size runs in a process of its
 *    own, as the app runs at one size (and the blit's frame-sized source
 *    and the vector frames are made in children of that, so this is the
 *    renderer's own).
 *
 * --quick draws every 10th day, --size=WxH one size, --data=FILE another
 * exhibit, --naive-samples=N sets how many vector frames are timed,
 * --threads=1 draws every frame on one thread (two bands at once is the
 * default on two cores or more), --from=DAY and --to=DAY time a part of the
 * war only (to profile it).
 *
 * Everything else (progress, the one-off costs) goes to stderr, so stdout
 * can be piped straight into a JSON parser.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "kwa-map-document.h"
#include "kwa-map-renderer.h"
#include "kwa-map-renderer-private.h"
#include "kwa-map-view-private.h"
#include "kwa-basemap-cache-private.h"
#include "kwa-damage.h"

#include "bench-render-report.h"

#define N_LOADS            7
#define N_DOCUMENT_LOADS   3
#define N_BLITS            30
#define N_NAIVE_SAMPLES    60
#define N_NAIVE_QUICK      12
#define QUICK_STEP_DAYS    10

static gboolean opt_quick;
static char *opt_size;
static char *opt_data;
static int opt_naive_samples = -1;
static int opt_threads;
static char *opt_from;
static char *opt_to;

static const GOptionEntry entries[] = {
  { "quick", 0, 0, G_OPTION_ARG_NONE, &opt_quick, "Every 10th day only: a smoke run", NULL },
  { "size", 0, 0, G_OPTION_ARG_STRING, &opt_size, "Run one frame size only", "WxH" },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, &opt_data, "Use this exhibit instead of the bundled one", "FILE" },
  { "threads", 0, 0, G_OPTION_ARG_INT, &opt_threads,
    "Threads a frame is drawn with: 1, or 2 (the default with two cores)", "N" },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from,
    "Time the days from this one only (to profile a part of the war)", "YYYY-MM-DD" },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, "… to this one", "YYYY-MM-DD" },
  { "naive-samples", 0, 0, G_OPTION_ARG_INT, &opt_naive_samples,
    "Frames to time with the basemap drawn as vectors (0 skips them)", "N" },
  { NULL }
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* This thread's CPU time: unlike the wall time it barely moves when other
 * processes share the machine, so stderr reports it beside the JSON's
 * wall times to tell a slow frame from a busy machine. */
static double
cpu_now_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);

  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile (p in 0 … 1) of @samples, which it sorts. */
static double
percentile (GArray *samples,
            double  p)
{
  guint rank;

  g_assert (samples->len > 0);

  g_array_sort (samples, compare_doubles);
  rank = (guint) ceil (p * samples->len);
  rank = CLAMP (rank, 1, samples->len);

  return g_array_index (samples, double, rank - 1);
}

static double
median (GArray *samples)
{
  return percentile (samples, 0.5);
}

/* ru_maxrss is in KiB on Linux. */
static double
peak_rss_mb (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return NAN;

  return usage.ru_maxrss / 1024.0;
}

static gboolean
parse_size (const char *text,
            BenchSize  *size)
{
  char *end;
  guint64 width, height;

  width = g_ascii_strtoull (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    return FALSE;
  text = end + 1;
  height = g_ascii_strtoull (text, &end, 10);
  if (end == text || *end != '\0')
    return FALSE;
  if (width < 16 || height < 16 || width > 16384 || height > 16384)
    return FALSE;

  size->width = (int) width;
  size->height = (int) height;

  return TRUE;
}

static GFile *
exhibit_file (void)
{
  if (opt_data != NULL)
    return g_file_new_for_commandline_arg (opt_data);

  return g_file_new_for_uri (KWA_EXHIBIT_DEFAULT_URI);
}

/* Parse, validate and index: what the app waits for before the first frame
 * can know anything about the war. */
static gboolean
measure_load (GFile   *file,
              double  *out_exhibit_ms,
              double  *out_document_ms,
              GError **error)
{
  g_autoptr(GArray) exhibit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) document_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_LOADS; i++)
    {
      g_autoptr(KwaExhibit) exhibit = NULL;
      double start = now_ms (), elapsed;

      exhibit = kwa_exhibit_new_from_file (file, NULL, error);
      elapsed = now_ms () - start;
      if (exhibit == NULL)
        return FALSE;
      g_array_append_val (exhibit_ms, elapsed);
    }

  for (guint i = 0; i < N_DOCUMENT_LOADS; i++)
    {
      g_autoptr(KwaMapDocument) document = NULL;
      double start = now_ms (), elapsed;

      document = kwa_map_document_new_from_file (file, NULL, error);
      elapsed = now_ms () - start;
      if (document == NULL)
        return FALSE;
      g_array_append_val (document_ms, elapsed);
    }

  *out_exhibit_ms = median (exhibit_ms);
  *out_document_ms = median (document_ms);

  return TRUE;
}

static cairo_surface_t *
create_frame_surface (const BenchSize *size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size->width, size->height);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    g_error ("Could not make a %dx%d image surface: %s", size->width, size->height,
             cairo_status_to_string (cairo_surface_status (surface)));

  return surface;
}

/* One frame as the widget draws it: the scene of the day, then the map.
 * Returns the wall time; @out_cpu_ms, if given, gets the CPU time. */
static double
time_frame (KwaMapRenderer         *renderer,
            KwaAtlas               *atlas,
            cairo_surface_t        *target,
            const KwaViewport      *viewport,
            const KwaRenderOptions *options,
            double                  time,
            KwaDamage              *changed,
            double                 *out_cpu_ms)
{
  g_autoptr(GError) error = NULL;
  double cpu_start = cpu_now_ms ();
  double start = now_ms ();
  KwaScene *scene = kwa_scene_new (atlas, time);
  cairo_t *cr = cairo_create (target);
  double elapsed;

  gboolean drawn = changed != NULL
                   ? kwa_map_renderer_draw_changes (renderer, cr, viewport, scene, options, changed, &error)
                   : kwa_map_renderer_draw (renderer, cr, viewport, scene, options, &error);

  if (!drawn)
    g_error ("Could not draw the map on day %g: %s", time, error->message);
  cairo_destroy (cr);
  kwa_scene_unref (scene);
  cairo_surface_flush (target);

  elapsed = now_ms () - start;
  if (out_cpu_ms != NULL)
    *out_cpu_ms = cpu_now_ms () - cpu_start;

  return elapsed;
}

/* The cheapest a full frame can be: one copy of a frame-sized basemap
 * raster onto the frame. RGB24, like the cache's rasters, so cairo copies
 * it as the renderer's opaque basemap is copied. */
static double
measure_blit (KwaBasemapCache   *cache,
              cairo_surface_t   *target,
              const KwaViewport *viewport,
              const BenchSize   *size)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *raster = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size->width, size->height);
  cairo_t *cr = cairo_create (raster);

  kwa_basemap_cache_draw (cache, cr, viewport, KWA_BASEMAP_TINT_NORTH);
  cairo_destroy (cr);
  cairo_surface_flush (raster);

  for (guint i = 0; i < N_BLITS + 1; i++)
    {
      double start = now_ms (), elapsed;

      cr = cairo_create (target);
      cairo_set_source_surface (cr, raster, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      elapsed = now_ms () - start;

      if (i > 0)   /* the first one faults the pages in */
        g_array_append_val (samples, elapsed);
    }

  cairo_surface_destroy (raster);

  return median (samples);
}

/* A measurement gives up to N_RESULTS numbers; those it does not give stay NaN. */
#define N_RESULTS 2
typedef void (*MeasureFunc) (gpointer data,
                             double   results[N_RESULTS]);

/* Runs @measure in a child process and fills @results with what it
 * measured: what a measurement allocates for itself then never counts in
 * peak_rss_mb. */
static void
measure_in_child (const char  *what,
                  MeasureFunc  measure,
                  gpointer     data,
                  double       results[N_RESULTS])
{
  gsize size = N_RESULTS * sizeof (double);
  int fds[2];
  pid_t pid;

  for (guint i = 0; i < N_RESULTS; i++)
    results[i] = NAN;

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      close (fds[0]);
      measure (data, results);
      _exit (write (fds[1], results, size) == (gssize) size ? 0 : 1);
    }

  close (fds[1]);
  if (read (fds[0], results, size) != (gssize) size)
    g_error ("The %s measurement's child process reported nothing", what);
  close (fds[0]);
  waitpid (pid, NULL, 0);
}

typedef struct
{
  KwaBasemapCache   *cache;
  KwaMapRenderer    *renderer;
  KwaAtlas          *atlas;
  cairo_surface_t   *target;
  const KwaViewport *viewport;
  const BenchSize   *size;
  KwaRenderOptions   options;
  double             first_day;
  guint              n_days;
  guint              n_samples;
  KwaRenderOptions   frame_options;   /* for the frames over the last */
  guint              step;
} Measure;

/* The blit's frame-sized source belongs to the benchmark, not to anything
 * the app holds: measured in a child, so peak_rss_mb stays the
 * renderer's own. */
static void
measure_blit_in_child_process (gpointer data,
                               double   results[N_RESULTS])
{
  const Measure *m = data;

  results[0] = measure_blit (m->cache, m->target, m->viewport, m->size);
}

/* So are the vector frames: no window, kiosk or export draws the basemap
 * SVG every frame (PDF and SVG exports draw it once), and its styled
 * parses and cairo's tessellation would count as the renderer's. */
static void
measure_naive_in_child_process (gpointer data,
                                double   results[N_RESULTS])
{
  const Measure *m = data;
  g_autoptr(GArray) naive_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < m->n_samples; i++)
    {
      double day = m->n_samples > 1 ? floor ((double) i * (m->n_days - 1) / (m->n_samples - 1)) : 0;
      double elapsed = time_frame (m->renderer, m->atlas, m->target, m->viewport, &m->options,
                                   m->first_day + day, NULL, NULL);

      g_array_append_val (naive_ms, elapsed);
    }

  results[0] = naive_ms->len > 0 ? median (naive_ms) : NAN;
}

/* The units' and places' labels made ahead, as the map view makes them
 * between its first frames (kwa_map_renderer_prepare_labels()). */
static void
prepare_labels (KwaMapRenderer         *renderer,
                KwaAtlas               *atlas,
                cairo_surface_t        *target,
                const KwaViewport      *viewport,
                const KwaRenderOptions *options,
                double                  time)
{
  g_autoptr(KwaScene) scene = kwa_scene_new (atlas, time);

  if (!kwa_map_renderer_prepare_labels (renderer, target, viewport, scene, options, G_MAXINT64))
    g_error ("The labels were not all made");
}

/* The same days as the window scrubs them, each drawn over the last (the
 * first of them whole), by a renderer of its own (the parent's band worker
 * is not in the child) with as many threads as the map view's (one on two
 * cores, see kwa_map_view_render_threads(); --threads sets it): the land
 * it keeps under the overlays (kwa-land-cells.c) is the window's memory,
 * not the whole-frame renderer's that peak_rss_mb reports. Gives the p50
 * and the p95. */
static void
measure_changes_in_child_process (gpointer data,
                                  double   results[N_RESULTS])
{
  const Measure *m = data;
  g_autoptr(KwaMapRenderer) renderer = kwa_map_renderer_new (m->cache);
  g_autoptr(GArray) changes_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(KwaDamage) changed = kwa_damage_new (m->size->width, m->size->height);

  kwa_map_renderer_set_max_threads (renderer, opt_threads > 0 ? (guint) opt_threads
                                                              : kwa_map_view_render_threads (g_get_num_processors ()));
  prepare_labels (renderer, m->atlas, m->target, m->viewport, &m->frame_options, m->first_day);

  for (guint day = 0; day < m->n_days; day += m->step)
    {
      double elapsed = time_frame (renderer, m->atlas, m->target, m->viewport, &m->frame_options,
                                   m->first_day + day, changed, NULL);

      if (day > 0)
        g_array_append_val (changes_ms, elapsed);
    }
  results[0] = percentile (changes_ms, 0.5);
  results[1] = percentile (changes_ms, 0.95);
}

/* The exhibit's whole time range, or the part --from and --to ask for. */
static KwaDateRange
days_to_time (KwaMapDocument *document)
{
  KwaDateRange range = kwa_exhibit_get_time_range (kwa_map_document_get_exhibit (document));
  KwaDate date;

  if (opt_from != NULL)
    {
      if (!kwa_date_parse (opt_from, &date))
        g_error ("--from: expected a day such as 1950-06-25, not \"%s\"", opt_from);
      range.start = MAX (range.start, date);
    }
  if (opt_to != NULL)
    {
      if (!kwa_date_parse (opt_to, &date))
        g_error ("--to: expected a day such as 1950-12-31, not \"%s\"", opt_to);
      range.end = MIN (range.end, date);
    }
  if (range.end < range.start)
    g_error ("--from and --to leave no day of the exhibit to time");

  return range;
}

static void
run_size (KwaMapDocument  *document,
          KwaMapRenderer  *renderer,
          const BenchSize *size,
          SizeResult      *result,
          guint           *out_frames)
{
  KwaAtlas *atlas = kwa_map_document_get_atlas (document);
  KwaBasemapCache *cache = kwa_map_renderer_get_cache (renderer);
  KwaDateRange range = days_to_time (document);
  guint step = opt_quick ? QUICK_STEP_DAYS : 1;
  guint n_days = (guint) (range.end - range.start) + 1;
  guint n_naive = opt_naive_samples >= 0 ? (guint) opt_naive_samples
                                         : opt_quick ? N_NAIVE_QUICK : N_NAIVE_SAMPLES;
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  KwaRenderOptions options, naive_options;
  KwaViewport viewport;
  KwaMapExtent extent;
  cairo_surface_t *target;
  double start, elapsed, cpu;
  guint n_renders;
  gsize cache_bytes;
  Measure measure;
  double measured[N_RESULTS];

  kwa_basemap_get_extent (kwa_map_document_get_basemap (document), &extent);
  kwa_viewport_init_fit (&viewport, &extent, size->width, size->height);
  kwa_render_options_init_default (&options);
  naive_options = options;
  naive_options.vector = TRUE;

  target = create_frame_surface (size);

  start = now_ms ();
  kwa_basemap_cache_prepare_sync (cache, &viewport, options.theme);
  g_printerr ("%dx%d: basemap rasters prepared in %.1f ms (%.1f MB)\n",
              size->width, size->height, now_ms () - start,
              kwa_basemap_cache_get_byte_size (cache) / (1024.0 * 1024.0));
  start = now_ms ();
  prepare_labels (renderer, atlas, target, &viewport, &options, range.start);
  g_printerr ("%dx%d: labels made ahead in %.1f ms\n", size->width, size->height, now_ms () - start);
  n_renders = kwa_basemap_cache_get_n_renders (cache);
  cache_bytes = kwa_basemap_cache_get_byte_size (cache);

  /* The first frame pays once for fonts, glyph caches and the land mask;
   * that is start-up, not playback. A basemap tint made on first use (the
   * cache growing) is paid here too, and said, since a window pays it in
   * the middle of a frame. */
  elapsed = time_frame (renderer, atlas, target, &viewport, &options, range.start, NULL, NULL);
  g_printerr ("%dx%d: first (cold) frame %.2f ms\n", size->width, size->height, elapsed);
  if (kwa_basemap_cache_get_byte_size (cache) != cache_bytes)
    g_printerr ("%dx%d: note: the first frame rasterised a basemap tint that "
                "kwa_basemap_cache_prepare_sync() had not made (cache %.1f MB -> %.1f MB)\n",
                size->width, size->height, cache_bytes / (1024.0 * 1024.0),
                kwa_basemap_cache_get_byte_size (cache) / (1024.0 * 1024.0));
  cache_bytes = kwa_basemap_cache_get_byte_size (cache);

  for (guint day = 0; day < n_days; day += step)
    {
      /* Dates before 1970 are negative: add in double, not in guint. */
      elapsed = time_frame (renderer, atlas, target, &viewport, &options,
                            (double) range.start + day, NULL, &cpu);
      g_array_append_val (frame_ms, elapsed);
      g_array_append_val (cpu_ms, cpu);
    }

  /* A frame should never rasterise the SVG: that is the cache's whole
   * point. A tint made on first use shows as the cache growing. */
  if (kwa_basemap_cache_get_n_renders (cache) != n_renders)
    g_error ("The basemap was rasterised again during playback (%u renders, expected %u)",
             kwa_basemap_cache_get_n_renders (cache), n_renders);
  if (kwa_basemap_cache_get_byte_size (cache) != cache_bytes)
    g_printerr ("%dx%d: warning: the basemap cache grew from %.1f MB to %.1f MB during playback: "
                "a frame rasterised a tint that kwa_basemap_cache_prepare_sync() did not make\n",
                size->width, size->height, cache_bytes / (1024.0 * 1024.0),
                kwa_basemap_cache_get_byte_size (cache) / (1024.0 * 1024.0));

  g_printerr ("%dx%d: resident set after the frames: peak %.1f MB\n",
              size->width, size->height, peak_rss_mb ());

  result->size = *size;
  measure = (Measure) { cache, renderer, atlas, target, &viewport, size, naive_options,
                        (double) range.start, n_days, n_naive, options, step };
  measure_in_child ("blit", measure_blit_in_child_process, &measure, measured);
  result->blit_p50 = measured[0];
  result->naive_p50 = NAN;
  if (n_naive > 0)
    {
      measure_in_child ("vector frame", measure_naive_in_child_process, &measure, measured);
      result->naive_p50 = measured[0];
    }
  measure_in_child ("frames over the last", measure_changes_in_child_process, &measure, measured);
  result->changes_p50 = measured[0];
  result->changes_p95 = measured[1];
  *out_frames = frame_ms->len;
  result->frame_max = percentile (frame_ms, 1.0);
  result->frame_p95 = percentile (frame_ms, 0.95);
  result->frame_p50 = percentile (frame_ms, 0.5);

  g_printerr ("%dx%d: %u frames, p50 %.2f ms, p95 %.2f ms, max %.2f ms "
              "(CPU time p50 %.2f ms, p95 %.2f ms); "
              "each over the last p50 %.2f ms, p95 %.2f ms; "
              "naive p50 %.2f ms over %u frames; blit %.2f ms\n",
              size->width, size->height, frame_ms->len, result->frame_p50,
              result->frame_p95, result->frame_max,
              percentile (cpu_ms, 0.5), percentile (cpu_ms, 0.95),
              result->changes_p50, result->changes_p95,
              result->naive_p50, n_naive, result->blit_p50);

  cairo_surface_destroy (target);
}

/* One size, measured by this program run again with --size: each size is
 * a process of its own, as the app runs at one size, so that neither the
 * frames nor the memory of one size count in the other's. */
static gboolean
run_size_in_child (const char      *program,
                   const BenchSize *size,
                   SizeResult      *result,
                   double          *load_ms,
                   guint           *frames,
                   double          *peak_rss,
                   GError         **error)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *output = NULL;
  g_autofree char *name = g_strdup_printf ("%dx%d", size->width, size->height);
  int status;

  g_ptr_array_add (args, g_strdup (program));
  g_ptr_array_add (args, g_strdup_printf ("--size=%s", name));
  if (opt_quick)
    g_ptr_array_add (args, g_strdup ("--quick"));
  if (opt_data != NULL)
    g_ptr_array_add (args, g_strdup_printf ("--data=%s", opt_data));
  if (opt_naive_samples >= 0)
    g_ptr_array_add (args, g_strdup_printf ("--naive-samples=%d", opt_naive_samples));
  if (opt_threads > 0)
    g_ptr_array_add (args, g_strdup_printf ("--threads=%d", opt_threads));
  if (opt_from != NULL)
    g_ptr_array_add (args, g_strdup_printf ("--from=%s", opt_from));
  if (opt_to != NULL)
    g_ptr_array_add (args, g_strdup_printf ("--to=%s", opt_to));
  g_ptr_array_add (args, NULL);

  /* The child's stderr (its progress) is ours. */
  if (!g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    return FALSE;

  return bench_report_read_size (output, size, result, load_ms, frames, peak_rss, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the map renderer across the war");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(KwaBasemapCache) cache = NULL;
  g_autoptr(KwaMapRenderer) renderer = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (BenchSize));
  g_autoptr(GArray) results = g_array_new (FALSE, TRUE, sizeof (SizeResult));
  double load_ms, document_ms;
  guint frames = 0;

  /* stdout carries the JSON and nothing else, even with G_MESSAGES_DEBUG. */
  g_log_writer_default_set_use_stderr (TRUE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (opt_size != NULL)
    {
      BenchSize size;

      if (!parse_size (opt_size, &size))
        {
          g_printerr ("--size: expected WIDTHxHEIGHT, such as 1920x1080, not \"%s\"\n", opt_size);
          return 2;
        }
      g_array_append_val (sizes, size);
    }
  else
    {
      const BenchSize defaults[] = { { 1920, 1080 }, { 3840, 2160 } };
      double peak_rss = 0;

      for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
        {
          SizeResult result;

          if (!run_size_in_child (argv[0], &defaults[i], &result, &load_ms, &frames, &peak_rss, &error))
            {
              g_printerr ("Could not measure %dx%d: %s\n", defaults[i].width, defaults[i].height, error->message);
              return 1;
            }
          g_array_append_val (results, result);
        }
      bench_report_print (results, load_ms, frames, peak_rss);

      return 0;
    }

  file = exhibit_file ();
  if (!measure_load (file, &load_ms, &document_ms, &error))
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_printerr ("Could not load %s: %s\n", uri, error->message);
      return 1;
    }
  g_printerr ("load: exhibit %.2f ms (median of %d); whole document with basemap, land and atlas %.2f ms (median of %d)\n",
              load_ms, N_LOADS, document_ms, N_DOCUMENT_LOADS);

  document = kwa_map_document_new_from_file (file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("Could not load the exhibit: %s\n", error->message);
      return 1;
    }
  cache = kwa_basemap_cache_new (kwa_map_document_get_basemap (document));
  renderer = kwa_map_renderer_new (cache);
  if (opt_threads > 0)
    kwa_map_renderer_set_max_threads (renderer, opt_threads);

  for (guint i = 0; i < sizes->len; i++)
    {
      SizeResult result;
      guint n;

      run_size (document, renderer, &g_array_index (sizes, BenchSize, i), &result, &n);
      g_array_append_val (results, result);
      frames = n;   /* the same days at every size */
    }

  bench_report_print (results, load_ms, frames, peak_rss_mb ());

  return 0;
}
