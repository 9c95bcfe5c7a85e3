/* kwa-figure-export.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-figure-sheet"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "kwa-figure-export.h"
#include "kwa-figure-sheet-private.h"
#include "kwa-i18n.h"

/* The Figures view on paper (A4 portrait, every word real text, a chart
 * never split across pages) or as one PNG, drawn by the sheet the window
 * draws. */

G_DEFINE_QUARK (kwa-figure-export-error-quark, kwa_figure_export_error)

/* A4 portrait, in PDF points. */
#define PAGE_WIDTH   595.0
#define PAGE_HEIGHT  842.0
#define MARGIN        48.0
#define PAPER_TEXT    10.0

/* A PNG is as wide as a 1080p screen's Figures window, at that size. */
#define PNG_WIDTH    1200.0
#define PNG_TEXT       20.0
#define PNG_MARGIN     48.0

static gboolean
check_surface (cairo_surface_t *surface,
               const char      *path,
               GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, KWA_FIGURE_EXPORT_ERROR, KWA_FIGURE_EXPORT_ERROR_WRITE,
               "%s: %s", path, cairo_status_to_string (status));
  return FALSE;
}

/* The exhibit's title and the word "Figures" over the first page. */
static double
draw_heading (KwaFigureSheet *sheet,
              cairo_t        *cr,
              double          x,
              double          y)
{
  const char *exhibit_title = kwa_text_get (kwa_exhibit_get_title (sheet->exhibit), sheet->language);
  /* Translators: the title of the Figures view and of its printout. */
  const char *figures = kwa_gettext_in (sheet->language, N_("Figures"));
  g_autoptr(PangoLayout) title = kwa_figure_sheet_make_layout (sheet, figures, sheet->size * 2.2,
                                                               PANGO_WEIGHT_BOLD, sheet->width);
  g_autoptr(PangoLayout) subtitle = kwa_figure_sheet_make_layout (sheet, exhibit_title, sheet->size * 1.1,
                                                                  PANGO_WEIGHT_NORMAL, sheet->width);
  double height;

  kwa_figure_sheet_show_layout (cr, title, &sheet->ink.ink, x, y);
  kwa_figure_sheet_layout_size (title, NULL, &height);
  y += height;
  kwa_figure_sheet_show_layout (cr, subtitle, &sheet->ink.muted, x, y);
  kwa_figure_sheet_layout_size (subtitle, NULL, &height);

  return y + height + sheet->size * 2;
}

static gboolean
write_pdf (KwaExhibit  *exhibit,
           KwaLanguage  language,
           const char  *path,
           GError     **error)
{
  g_autoptr(KwaFigureSheet) sheet = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  KwaFigureInk ink;
  double y;
  gboolean ok;

  kwa_figure_ink_init_paper (&ink, exhibit);
  sheet = kwa_figure_sheet_new (exhibit, language, &ink, PAGE_WIDTH - 2 * MARGIN, PAPER_TEXT);

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, kwa_gettext_in (language, N_("Figures")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Korean War Atlas");

  y = draw_heading (sheet, cr, MARGIN, MARGIN);
  for (guint i = 0; i < kwa_figure_sheet_get_n_blocks (sheet); i++)
    {
      double height = kwa_figure_sheet_get_block_height (sheet, i);

      /* A chart taller than a page is drawn from the top and cut. */
      if (y > MARGIN && y + height > PAGE_HEIGHT - MARGIN)
        {
          cairo_show_page (cr);
          y = MARGIN;
        }
      cairo_save (cr);
      cairo_translate (cr, MARGIN, y);
      kwa_figure_sheet_draw_block (sheet, cr, i);
      cairo_restore (cr);
      y += height + 2.2 * PAPER_TEXT;
    }
  cairo_show_page (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}

static gboolean
write_png (KwaExhibit  *exhibit,
           KwaLanguage  language,
           const char  *path,
           GError     **error)
{
  g_autoptr(KwaFigureSheet) sheet = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  KwaFigureInk ink;
  double heading;
  int height;

  kwa_figure_ink_init_paper (&ink, exhibit);
  sheet = kwa_figure_sheet_new (exhibit, language, &ink, PNG_WIDTH - 2 * PNG_MARGIN, PNG_TEXT);

  /* The heading's height is only known once drawn: measure on a scrap. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  heading = draw_heading (sheet, cr, 0, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  height = (int) ceil (PNG_MARGIN * 2 + heading + kwa_figure_sheet_get_height (sheet));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) PNG_WIDTH, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  draw_heading (sheet, cr, PNG_MARGIN, PNG_MARGIN);
  cairo_translate (cr, PNG_MARGIN, PNG_MARGIN + heading);
  kwa_figure_sheet_draw (sheet, cr);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KWA_FIGURE_EXPORT_ERROR, KWA_FIGURE_EXPORT_ERROR_WRITE,
                   "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * kwa_figure_export_write:
 * @path: a file ending in .pdf or .png
 *
 * Writes the exhibit's charts in @language, as the Figures window shows
 * them but in black on white.
 */
gboolean
kwa_figure_export_write (KwaExhibit  *exhibit,
                         KwaLanguage  language,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  g_return_val_if_fail (KWA_IS_EXHIBIT (exhibit), FALSE);

  if (g_str_has_suffix (lower, ".pdf"))
    return write_pdf (exhibit, language, path, error);
  if (g_str_has_suffix (lower, ".png"))
    return write_png (exhibit, language, path, error);

  g_set_error (error, KWA_FIGURE_EXPORT_ERROR, KWA_FIGURE_EXPORT_ERROR_FORMAT,
               "%s: the charts are written as .pdf or .png", path);
  return FALSE;
}
