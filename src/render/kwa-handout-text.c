/* kwa-handout-text.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-handout"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "kwa-handout-private.h"
#include "kwa-language-fonts.h"

/* Words on the handout's pages: set in the page's language, measured, and
 * cut to a height with an ellipsis. */

void
kwa_handout_set_gray (cairo_t *cr,
                      double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

PangoLayout *
kwa_handout_make_layout (KwaHandout  *self,
                         const char  *text,
                         double       size,
                         PangoWeight  weight,
                         PangoStyle   style,
                         double       width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autofree char *families = kwa_language_fonts_get_page_list (self->language);
  PangoFontDescription *font = pango_font_description_from_string (families);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

double
kwa_handout_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
kwa_handout_show_layout (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
kwa_handout_add_attribute (PangoAttrList  *attrs,
                           PangoAttribute *attribute,
                           gsize           start,
                           gsize           end)
{
  attribute->start_index = (guint) start;
  attribute->end_index = (guint) end;
  pango_attr_list_insert (attrs, attribute);
}

/* Makes @layout's attributes end where its text will: at @length, or at
 * the end of the ellipsis after it for those that went past the cut. An
 * attribute ending inside a character would split the glyph's UTF-8 and
 * put the PDF's cairo_t in an error state. */
static void
clip_attributes (PangoLayout *layout,
                 gsize        length)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  PangoAttrList *clipped;
  GSList *list;
  guint end = (guint) (length + strlen (ELLIPSIS));

  if (attrs == NULL)
    return;

  clipped = pango_attr_list_new ();
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->start_index >= length)
        {
          pango_attribute_destroy (attribute);
          continue;
        }
      if (attribute->end_index > length)
        attribute->end_index = end;
      pango_attr_list_insert (clipped, attribute);
    }
  g_slist_free (list);

  pango_layout_set_attributes (layout, clipped);
  pango_attr_list_unref (clipped);
}

/* Cuts @layout's text to end in an ellipsis where it reaches @max_height
 * (points), keeping whole words where it can. Returns %FALSE, leaving the
 * text as it was, when not even @min_lines fit.
 *
 * Pango's own ellipsizing keeps a line of every paragraph whatever the
 * height, which is not what a column with a limit needs. */
gboolean
kwa_handout_truncate_to_height (PangoLayout *layout,
                                double       max_height,
                                int          min_lines)
{
  int limit = (int) (max_height * PANGO_SCALE);
  g_autofree char *kept = NULL;
  PangoLayoutIter *iter;
  int cut = -1;
  int n_lines = 0;
  gsize length;

  if (kwa_handout_layout_height (layout) <= max_height)
    return TRUE;

  iter = pango_layout_get_iter (layout);
  do
    {
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      if (bottom > limit)
        {
          cut = pango_layout_iter_get_line_readonly (iter)->start_index;
          break;
        }
      n_lines++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (cut < 0 || n_lines < min_lines)
    return cut < 0;

  kept = g_strndup (pango_layout_get_text (layout), cut);
  length = strlen (kept);

  for (;;)
    {
      g_autofree char *text = NULL;
      const char *space;

      while (length > 0 && (g_ascii_isspace (kept[length - 1]) || strchr (",;:", kept[length - 1]) != NULL))
        length--;

      text = g_strdup_printf ("%.*s%s", (int) length, kept, ELLIPSIS);
      clip_attributes (layout, length);
      pango_layout_set_text (layout, text, -1);
      if (kwa_handout_layout_height (layout) <= max_height || length == 0)
        break;

      /* The ellipsis pushed a word onto a new line: drop that word, or a
       * character where the text has no spaces near the end (CJK, URLs). */
      kept[length] = '\0';
      space = strrchr (kept, ' ');
      if (space != NULL && (gsize) (kept + length - space) <= 40)
        length = space - kept;
      else
        length = g_utf8_find_prev_char (kept, kept + length) - kept;
    }

  return TRUE;
}
