/* kwa-exhibit-syntax.c: the checks on an exhibit's raw bytes
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-exhibit-syntax"

#include "config.h"

#include <string.h>

#include "kwa-exhibit-private.h"
#include "kwa-json-tree-builder.h"

/* json-glib 1.6 is the wrong reader for a file a curator edits by hand:
 * its parser recurses once per nesting level (a file of a thousand '['
 * overflows the stack), it accepts what other JSON tools refuse (comments,
 * single quotes, hex numbers, text after the end) and wraps integers that
 * do not fit 64 bits, and its positions are often a token off. So the
 * bytes are walked here with an explicit stack: strict RFC 8259 syntax,
 * with a line and column a curator can jump to. As each token passes, the
 * json-glib tree the loader reads is built from it (kwa-json-tree-builder.c),
 * so the file is read once.
 */

/* gint64 holds every 18-digit integer; json-glib wraps anything longer. */
#define MAX_INTEGER_DIGITS 18

typedef struct
{
  char        close;      /* ']' or '}' */
  gsize       open_pos;
  GHashTable *keys;       /* objects only: the keys seen so far, as written (see raw_key_hash()) */
} Frame;

typedef struct
{
  const char    *data;
  gsize          length;
  gsize          pos;
  KwaProblemLog *log;
  GError       **error;
  /* Where the tree is built, if one is wanted. */
  KwaJsonTreeBuilder *tree;
  Frame          frames[KWA_EXHIBIT_MAX_DEPTH];
  guint          depth;
  guint          n_values;
  /* The last position worked out (line 0: none yet). */
  gsize          known_offset;
  int            known_line;
  int            known_column;
} Scanner;

typedef enum
{
  SCAN_FAILED,
  SCAN_COMPLETE,    /* a whole value was read */
  SCAN_OPENED,      /* a container was opened and its first item is next */
} ScanResult;

/* Positions are asked for mostly in file order (each duplicate key as it
 * is read), so each walk goes on from the last position worked out rather
 * than from the start: a file with a million duplicate keys costs one walk,
 * not a million.
 */
static void
position_of (Scanner *s,
             gsize    offset,
             int     *out_line,
             int     *out_column)
{
  const char *p = s->data;
  const char *end = s->data + offset;
  int line = 1;
  int column = 1;

  if (s->known_line > 0 && offset >= s->known_offset)
    {
      p = s->data + s->known_offset;
      line = s->known_line;
      column = s->known_column;
    }

  for (; p < end; p++)
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      /* Characters, not bytes, so a column is right after Korean text too:
       * every byte but a UTF-8 continuation byte starts one.
       */
      else if (((guchar) *p & 0xc0) != 0x80)
        {
          column++;
        }
    }

  s->known_offset = offset;
  s->known_line = line;
  s->known_column = column;

  *out_line = line;
  *out_column = column;
}

static void
log_at (Scanner    *s,
        gsize       offset,
        const char *message)
{
  int line;
  int column;

  position_of (s, offset, &line, &column);
  kwa_problem_log_add (s->log, NULL, line, column, message);
}

/* A problem that stops the check: the bytes must not be parsed. */
G_GNUC_PRINTF (4, 0)
static gboolean
fail_valist (Scanner         *s,
             KwaExhibitError  code,
             gsize            offset,
             const char      *format,
             va_list          args)
{
  g_autoptr(KwaProblem) problem = NULL;
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *text = NULL;
  int line;
  int column;

  position_of (s, offset, &line, &column);
  problem = kwa_problem_new (s->log->file_name, NULL, line, column, message);
  text = kwa_problem_to_string (problem);

  kwa_problem_log_add (s->log, NULL, line, column, message);
  g_set_error_literal (s->error, KWA_EXHIBIT_ERROR, code, text);

  return FALSE;
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail_with_code (Scanner         *s,
                KwaExhibitError  code,
                gsize            offset,
                const char      *format,
                ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (s, code, offset, format, args);
  va_end (args);

  return FALSE;
}

/* Returns: FALSE, so that a check can end with "return fail (…)" */
G_GNUC_PRINTF (3, 4)
static gboolean
fail (Scanner    *s,
      gsize       offset,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (s, KWA_EXHIBIT_ERROR_SYNTAX, offset, format, args);
  va_end (args);

  return FALSE;
}

/* Raw text from the file, cut short on a character boundary. */
static char *
shorten (const char *text,
         gsize       length)
{
  enum { MAX_CHARS = 40 };
  const char *end = text;

  for (guint i = 0; i < MAX_CHARS && end < text + length; i++)
    end = g_utf8_next_char (end);

  if (end < text + length)
    return g_strdup_printf ("%.*s…", (int) (end - text), text);

  return g_strndup (text, length);
}

static gboolean
at_end (Scanner *s)
{
  return s->pos >= s->length;
}

static char
peek (Scanner *s)
{
  return at_end (s) ? '\0' : s->data[s->pos];
}

static void
skip_whitespace (Scanner *s)
{
  while (!at_end (s))
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      s->pos++;
    }
}

/* For messages: the character at @offset, as a curator would type it. */
static char *
describe_character (Scanner *s,
                    gsize    offset)
{
  const char *p = s->data + offset;
  gunichar c = g_utf8_get_char (p);

  if (c < 0x20 || c == 0x7f)
    return g_strdup_printf ("U+%04X", c);

  return g_strdup_printf ("'%.*s'", (int) (g_utf8_next_char (p) - p), p);
}

static gboolean
fail_truncated (Scanner *s)
{
  const Frame *frame = &s->frames[s->depth - 1];
  int line;
  int column;

  position_of (s, frame->open_pos, &line, &column);

  return fail (s, s->length,
               "the file ends before the %s opened at line %d, column %d is closed (is the file cut short?)",
               frame->close == ']' ? "list" : "object", line, column);
}

static gboolean
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  g_autofree char *found = NULL;

  if (at_end (s))
    return s->depth > 0 ? fail_truncated (s) : fail (s, s->pos, "the file ends where %s should be", expected);

  found = describe_character (s, s->pos);

  switch (peek (s))
    {
    case '\'':
      return fail (s, s->pos, "unexpected character %s (text must be in double quotes)", found);

    case '/':
    case '#':
      return fail (s, s->pos, "unexpected character %s (JSON has no comments)", found);

    default:
      return fail (s, s->pos, "unexpected character %s (expected %s)", found, expected);
    }
}

static gboolean
read_unicode_escape (Scanner  *s,
                     gsize     offset,
                     gunichar *out_code)
{
  gunichar code = 0;

  /* offset points at the 'u' of "\uXXXX". */
  if (offset + 4 >= s->length)
    return FALSE;

  for (guint i = 1; i <= 4; i++)
    {
      if (!g_ascii_isxdigit (s->data[offset + i]))
        return FALSE;
      code = code * 16 + g_ascii_xdigit_value (s->data[offset + i]);
    }

  *out_code = code;
  return TRUE;
}

/* @s->pos is just after a backslash. */
static gboolean
scan_escape (Scanner *s)
{
  gsize backslash = s->pos - 1;
  gunichar code;

  if (at_end (s))
    return TRUE;  /* the caller reports the unclosed text */

  switch (peek (s))
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      s->pos++;
      return TRUE;

    case 'u':
      break;

    default:
      {
        const char *p = s->data + s->pos;

        return fail (s, backslash, "\\%.*s is not a valid escape in a text (write a backslash as \\\\)",
                     (int) (g_utf8_next_char (p) - p), p);
      }
    }

  if (!read_unicode_escape (s, s->pos, &code))
    return fail (s, backslash, "\\u must be followed by four hexadecimal digits");
  s->pos += 5;

  if (code == 0)
    return fail (s, backslash, "the text contains \\u0000, a NUL character, which is not allowed");

  if (code >= 0xdc00 && code <= 0xdfff)
    return fail (s, backslash, "\\u%04X is half of a surrogate pair without its first half", code);

  if (code >= 0xd800 && code <= 0xdbff)
    {
      gunichar low;

      if (s->pos + 1 >= s->length || s->data[s->pos] != '\\' ||
          s->data[s->pos + 1] != 'u' ||
          !read_unicode_escape (s, s->pos + 1, &low) ||
          low < 0xdc00 || low > 0xdfff)
        return fail (s, backslash, "\\u%04X is half of a surrogate pair without its second half", code);
      s->pos += 6;
    }

  return TRUE;
}

/* @s->pos is at the opening quote; on success it is after the closing one
 * and *out_start / *out_length cover the raw text between them.
 */
static gboolean
scan_string (Scanner *s,
             gsize   *out_start,
             gsize   *out_length)
{
  gsize open = s->pos;

  g_assert (peek (s) == '"');
  s->pos++;

  while (!at_end (s))
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          *out_start = open + 1;
          *out_length = s->pos - open - 1;
          s->pos++;
          return TRUE;
        }

      if (c == '\\')
        {
          s->pos++;
          if (!scan_escape (s))
            return FALSE;
          continue;
        }

      if (c == '\n')
        return fail (s, s->pos, "a line break inside a text must be written as \\n (or is a closing '\"' missing?)");

      if (c < 0x20)
        return fail (s, s->pos, "the control character U+%04X must be written as an escape such as \\t or \\u%04X", c, c);

      s->pos++;
    }

  return fail (s, open, "this text is never closed (a closing '\"' is missing)");
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '+' || c == '-';
}

/* The whole token at @start, for messages such as "0x10 is not a number". */
static char *
token_at (Scanner *s,
          gsize    start)
{
  gsize end = start;

  while (end < s->length && end - start < 40 && is_word_char (s->data[end]))
    end++;

  return g_strndup (s->data + start, MAX (end - start, 1));
}

static gsize
skip_digits (Scanner *s)
{
  gsize start = s->pos;

  while (g_ascii_isdigit (peek (s)))
    s->pos++;

  return s->pos - start;
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  gsize n_int_digits;
  gboolean is_integer = TRUE;

  if (peek (s) == '-')
    s->pos++;

  if (peek (s) == '0')
    {
      s->pos++;
      n_int_digits = 1;
    }
  else
    {
      n_int_digits = skip_digits (s);
    }

  if (n_int_digits == 0)
    goto invalid;

  if (peek (s) == '.')
    {
      s->pos++;
      is_integer = FALSE;
      if (skip_digits (s) == 0)
        goto invalid;
    }

  if (peek (s) == 'e' || peek (s) == 'E')
    {
      s->pos++;
      is_integer = FALSE;
      if (peek (s) == '+' || peek (s) == '-')
        s->pos++;
      if (skip_digits (s) == 0)
        goto invalid;
    }

  /* "01", "1x", "0x10": a number must end where a delimiter starts. */
  if (is_word_char (peek (s)))
    goto invalid;

  if (is_integer && n_int_digits > MAX_INTEGER_DIGITS)
    {
      g_autofree char *token = token_at (s, start);

      return fail_with_code (s, KWA_EXHIBIT_ERROR_LIMIT, start,
                             "the number %s is too large (whole numbers may have at most %d digits)",
                             token, MAX_INTEGER_DIGITS);
    }

  if (s->tree != NULL)
    kwa_json_tree_builder_add_number (s->tree, s->data + start, s->pos - start, is_integer);

  return TRUE;

invalid:
  {
    g_autofree char *token = token_at (s, start);

    return fail (s, start, "%s is not a valid JSON number", token);
  }
}

static gboolean
scan_word (Scanner *s)
{
  static const char * const words[] = { "true", "false", "null" };
  g_autofree char *token = token_at (s, s->pos);
  gsize start = s->pos;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (strcmp (token, words[i]) == 0)
        {
          s->pos += strlen (words[i]);
          if (s->tree != NULL && i == 2)
            kwa_json_tree_builder_add_null (s->tree);
          else if (s->tree != NULL)
            kwa_json_tree_builder_add_boolean (s->tree, i == 0);
          return TRUE;
        }
    }

  if (g_ascii_strcasecmp (token, "nan") == 0 || g_ascii_strcasecmp (token, "infinity") == 0)
    return fail (s, start, "%s is not a number JSON can hold; write a number", token);

  return fail (s, start, "unexpected word \"%s\" (text must be in double quotes; the only words are true, false and null)", token);
}

static gboolean
push_frame (Scanner *s,
            char     close)
{
  Frame *frame;

  if (s->depth == KWA_EXHIBIT_MAX_DEPTH)
    return fail_with_code (s, KWA_EXHIBIT_ERROR_LIMIT, s->pos,
                           "the data is nested more than %d levels deep",
                           KWA_EXHIBIT_MAX_DEPTH);

  frame = &s->frames[s->depth++];
  frame->close = close;
  frame->open_pos = s->pos;
  if (frame->keys != NULL)
    g_hash_table_remove_all (frame->keys);

  s->pos++;
  return TRUE;
}

static void
pop_frame (Scanner *s)
{
  g_assert (s->depth > 0);

  s->depth--;
  if (s->tree != NULL)
    kwa_json_tree_builder_end (s->tree);
}

/* A key as the file writes it, from just past its opening quote to its
 * closing one, escapes and all: hashed and compared where it stands, since
 * copying each of the exhibit's hundred thousand keys cost a tenth of its
 * load. Keys were always compared as written. */
static guint
raw_key_hash (gconstpointer key)
{
  guint hash = 5381;

  for (const guchar *p = key; *p != '"'; p++)
    {
      if (*p == '\\')
        hash = hash * 33 + *p++;
      hash = hash * 33 + *p;
    }
  return hash;
}

static gboolean
raw_key_equal (gconstpointer a,
               gconstpointer b)
{
  for (const char *p = a, *q = b;; p++, q++)
    {
      if (*p != *q)
        return FALSE;
      if (*p == '"')
        return TRUE;
      if (*p == '\\' && *++p != *++q)
        return FALSE;
    }
}

/* @s->pos is at the opening quote of a key; the key must be new in its
 * object, since json-glib (like most readers) silently keeps only one.
 */
static gboolean
scan_key (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  gsize key_pos = s->pos;
  gsize start;
  gsize length;

  if (peek (s) != '"')
    return fail_unexpected (s, "a key in double quotes");

  if (!scan_string (s, &start, &length))
    return FALSE;

  if (s->tree != NULL)
    kwa_json_tree_builder_set_key (s->tree, s->data + start, length);

  if (frame->keys == NULL)
    frame->keys = g_hash_table_new (raw_key_hash, raw_key_equal);

  if (!g_hash_table_add (frame->keys, (gpointer) (s->data + start)))
    {
      g_autofree char *short_key = shorten (s->data + start, length);
      g_autofree char *message = g_strdup_printf ("the key \"%s\" appears twice in the same object; only one would be kept",
                                                  short_key);

      log_at (s, key_pos, message);
    }

  skip_whitespace (s);
  if (peek (s) != ':')
    {
      g_autofree char *short_key = shorten (s->data + start, length);

      if (at_end (s))
        return fail_truncated (s);
      return fail (s, s->pos, "expected ':' after the key \"%s\"", short_key);
    }
  s->pos++;
  skip_whitespace (s);

  return TRUE;
}

/* Reads a scalar, or opens a container and its first key. */
static ScanResult
scan_value (Scanner *s)
{
  gsize start;
  gsize length;
  char c = peek (s);

  if (at_end (s))
    {
      fail_unexpected (s, "a value");
      return SCAN_FAILED;
    }

  if (++s->n_values > KWA_EXHIBIT_MAX_VALUES)
    {
      fail_with_code (s, KWA_EXHIBIT_ERROR_LIMIT, s->pos,
                      "the file holds more than %d values (an exhibit has tens of thousands)",
                      KWA_EXHIBIT_MAX_VALUES);
      return SCAN_FAILED;
    }

  if (c == '{' || c == '[')
    {
      if (!push_frame (s, c == '{' ? '}' : ']'))
        return SCAN_FAILED;

      if (s->tree != NULL && c == '{')
        kwa_json_tree_builder_begin_object (s->tree);
      else if (s->tree != NULL)
        kwa_json_tree_builder_begin_array (s->tree);

      skip_whitespace (s);
      if (peek (s) == s->frames[s->depth - 1].close)
        {
          s->pos++;
          pop_frame (s);
          return SCAN_COMPLETE;
        }
      if (c == '{' && !scan_key (s))
        return SCAN_FAILED;
      return SCAN_OPENED;
    }

  if (c == '"')
    {
      if (!scan_string (s, &start, &length))
        return SCAN_FAILED;
      if (s->tree != NULL)
        kwa_json_tree_builder_add_string (s->tree, s->data + start, length);
      return SCAN_COMPLETE;
    }

  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (s) ? SCAN_COMPLETE : SCAN_FAILED;

  if (g_ascii_isalpha (c))
    return scan_word (s) ? SCAN_COMPLETE : SCAN_FAILED;

  fail_unexpected (s, "a value: text, a number, true, false, null, a list or an object");
  return SCAN_FAILED;
}

/* After an item: a comma and the next item, or the end of the container. */
static gboolean
scan_after_item (Scanner  *s,
                 gboolean *out_need_value)
{
  Frame *frame = &s->frames[s->depth - 1];
  char c;

  skip_whitespace (s);
  c = peek (s);

  if (at_end (s))
    return fail_truncated (s);

  if (c == frame->close)
    {
      s->pos++;
      pop_frame (s);
      *out_need_value = FALSE;
      return TRUE;
    }

  if (c == ',')
    {
      gsize comma = s->pos;

      s->pos++;
      skip_whitespace (s);
      if (peek (s) == ']' || peek (s) == '}')
        return fail (s, comma, "unexpected character ',' before '%c' (remove the trailing comma)", peek (s));
      if (frame->close == '}' && !scan_key (s))
        return FALSE;
      *out_need_value = TRUE;
      return TRUE;
    }

  if (c == '"' || c == '{' || c == '[' || c == '-' || g_ascii_isalnum (c))
    return fail (s, s->pos, "expected ',' or '%c' (is a comma missing before this?)", frame->close);

  return fail_unexpected (s, frame->close == ']' ? "',' or ']'" : "',' or '}'");
}

static gboolean
scan_document (Scanner *s)
{
  gboolean need_value = TRUE;

  skip_whitespace (s);
  if (at_end (s))
    return fail (s, s->pos, "the file is empty (an exhibit is a JSON object, { … })");

  for (;;)
    {
      if (need_value)
        {
          switch (scan_value (s))
            {
            case SCAN_FAILED:
              return FALSE;
            case SCAN_OPENED:
              continue;
            case SCAN_COMPLETE:
            default:
              need_value = FALSE;
              break;
            }
        }

      if (s->depth == 0)
        {
          skip_whitespace (s);
          if (!at_end (s))
            {
              g_autofree char *found = describe_character (s, s->pos);

              return fail (s, s->pos, "unexpected character %s after the end of the data", found);
            }
          return TRUE;
        }

      if (!scan_after_item (s, &need_value))
        return FALSE;
    }
}

static gboolean
check_encoding (Scanner *s)
{
  const char *end;

  if (g_utf8_validate_len (s->data, s->length, &end))
    return TRUE;

  if (*end == '\0')
    return fail (s, end - s->data, "the file contains a NUL byte (byte %" G_GSIZE_FORMAT "); is it a text file?",
                 (gsize) (end - s->data));

  return fail (s, end - s->data, "the file is not valid UTF-8 text (byte %" G_GSIZE_FORMAT " is 0x%02x); save it as UTF-8",
               (gsize) (end - s->data), (guchar) *end);
}

gboolean
kwa_exhibit_check_syntax (const char    *data,
                          gsize          length,
                          KwaProblemLog *log,
                          JsonNode     **out_root,
                          GError       **error)
{
  g_autoptr(KwaJsonTreeBuilder) tree = NULL;
  Scanner s = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (log != NULL, FALSE);

  if (out_root != NULL)
    tree = kwa_json_tree_builder_new ();

  s.data = data != NULL ? data : "";
  s.length = length;
  s.log = log;
  s.error = error;
  s.tree = tree;

  ok = check_encoding (&s) && scan_document (&s);

  for (guint i = 0; i < G_N_ELEMENTS (s.frames); i++)
    g_clear_pointer (&s.frames[i].keys, g_hash_table_unref);

  if (ok && out_root != NULL)
    *out_root = kwa_json_tree_builder_steal_root (tree);

  return ok;
}
