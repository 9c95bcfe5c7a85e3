/* kwa-session.c
 *
 * Copyright 2026 The Korean War Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kwa-session"

#include "config.h"

#include "kwa-i18n.h"
#include "kwa-map-document.h"
#include "kwa-playback.h"
#include "kwa-problem.h"
#include "kwa-session.h"
#include "kwa-sketch.h"
#include "kwa-timeline.h"

/**
 * KwaSession:
 *
 * What one running exhibit shares between the application, its windows
 * and the modes (kiosk, presenter): the document on show, the one clock
 * and what plays it, the language, the teacher's sketch, and whether a
 * kiosk has the screen. They all read and change these here, through
 * properties they can watch, instead of through each other.
 *
 * The session also owns where the document comes from: the bundled
 * exhibit (prefetched on a thread while GTK starts) or a curator's file,
 * watched and swapped in when it is saved again. A broken save keeps the
 * last good document on show, with #KwaSession:load-error saying why.
 *
 * It sits above the renderer, not in the model, because the document it
 * shares is a #KwaMapDocument: the exhibit together with the basemap it
 * is drawn on.
 */
struct _KwaSession
{
  GObject         parent_instance;

  GFile          *data_file;     /* a curator's file, or NULL for the bundled exhibit */
  KwaMapDocument *document;      /* what every window shows */
  char           *load_error;    /* why data_file is not shown, one problem a line */
  GFileMonitor   *monitor;       /* watches data_file for a curator's edits */
  guint           reload_id;     /* debounces a burst of change events */
  GThread        *prefetch;      /* loading the bundled exhibit while GTK starts */

  KwaTimeline    *timeline;      /* the one clock */
  KwaPlayback    *playback;      /* what moves it while it plays */
  KwaSketch      *sketch;        /* the teacher's pen strokes, on every map */
  KwaLanguage     language;
  gboolean        language_chosen;  /* by someone, or for the first exhibit */
  gboolean        kiosk;         /* a kiosk has the screen: visitors cannot leave */
};

G_DEFINE_FINAL_TYPE (KwaSession, kwa_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LOAD_ERROR,
  PROP_LANGUAGE,
  PROP_KIOSK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Editors save in several steps (truncate, write, rename): reload once
 * the file has been quiet for a moment. */
#define RELOAD_DELAY_MS 300

/* ---- loading the bundled exhibit early -------------------------------- */

typedef struct
{
  KwaMapDocument *document;
  GError         *error;
} Prefetched;

static gpointer
prefetch_thread (gpointer data)
{
  Prefetched *prefetched = g_new0 (Prefetched, 1);

  prefetched->document = kwa_map_document_new_default (&prefetched->error);

  return prefetched;
}

/**
 * kwa_session_prefetch_default:
 *
 * Starts loading the bundled exhibit on a thread. Parsing the exhibit and
 * the basemap takes ~20 ms that start-up would otherwise spend waiting
 * after GTK's own start (~70 ms, on the main thread): on a two-core kiosk
 * PC the two overlap. The next kwa_session_load() of the bundled exhibit
 * takes the result.
 */
void
kwa_session_prefetch_default (KwaSession *self)
{
  g_return_if_fail (KWA_IS_SESSION (self));

  if (self->prefetch == NULL && self->document == NULL)
    self->prefetch = g_thread_new ("kwa-prefetch", prefetch_thread, NULL);
}

/* The prefetched bundled exhibit, waiting for it if need be; NULL with
 * @error set if it failed, as loading it here would have. */
static KwaMapDocument *
take_prefetched (KwaSession  *self,
                 GError     **error)
{
  Prefetched *prefetched;
  KwaMapDocument *document;

  if (self->prefetch == NULL)
    return kwa_map_document_new_default (error);

  prefetched = g_thread_join (g_steal_pointer (&self->prefetch));
  document = prefetched->document;
  if (prefetched->error != NULL)
    g_propagate_error (error, prefetched->error);
  g_free (prefetched);

  return document;
}

static void
discard_prefetch (KwaSession *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KwaMapDocument) document = NULL;

  if (self->prefetch != NULL)
    document = take_prefetched (self, &error);
}

/* ---- loading and reloading -------------------------------------------- */

static char *
describe_failure (GPtrArray    *problems,
                  const GError *error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = kwa_problem_to_string (g_ptr_array_index (problems, i));
      g_string_append_printf (text, "%s\n", line);
    }
  g_string_append (text, error->message);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The language @exhibit starts in: the first of the desktop's languages
 * that it is written in (Korean on a Korean desktop), else its own first. */
static KwaLanguage
default_language (KwaExhibit *exhibit)
{
  const char * const *names = g_get_language_names ();
  KwaLanguage language;

  for (guint i = 0; names[i] != NULL; i++)
    {
      /* "C" and "POSIX" say nothing about the reader. */
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        continue;
      if (kwa_exhibit_find_language (exhibit, names[i], &language))
        return language;
    }
  return kwa_exhibit_get_first_language (exhibit);
}

static void
set_document (KwaSession     *self,
              KwaMapDocument *document)
{
  KwaExhibit *exhibit;

  if (!g_set_object (&self->document, document))
    return;

  exhibit = kwa_map_document_get_exhibit (document);
  /* The first exhibit picks the language from the desktop; a later one
   * (a curator's edit) keeps the visitor's, unless it has dropped it. */
  if (!self->language_chosen || !kwa_exhibit_has_language (exhibit, self->language))
    kwa_session_set_language (self, default_language (exhibit));
  kwa_timeline_set_exhibit (self->timeline, exhibit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Loads @data_file (or the bundled exhibit); on failure keeps what is
 * shown, or at the very first load falls back to the bundled exhibit, so a
 * curator's typo never leaves a gallery with a blank screen. */
static gboolean
load_file (KwaSession *self,
           GFile      *data_file)
{
  g_autoptr(KwaMapDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (data_file != NULL)
    document = kwa_map_document_new_from_file (data_file, &problems, &error);
  else
    document = take_prefetched (self, &error);

  g_clear_pointer (&self->load_error, g_free);
  if (document == NULL)
    {
      self->load_error = describe_failure (problems, error);
      g_warning ("%s", self->load_error);

      if (self->document == NULL && data_file != NULL)
        {
          g_autoptr(GError) default_error = NULL;

          document = kwa_map_document_new_default (&default_error);
          if (document == NULL)
            g_critical ("The bundled exhibit cannot be shown: %s", default_error->message);
        }
    }

  if (document != NULL)
    set_document (self, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_ERROR]);

  return self->load_error == NULL;
}

static gboolean
reload_cb (gpointer user_data)
{
  KwaSession *self = user_data;

  self->reload_id = 0;
  g_debug ("Reloading the exhibit after a change on disk");
  load_file (self, self->data_file);

  return G_SOURCE_REMOVE;
}

static void
data_file_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      KwaSession        *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
      g_source_set_name_by_id (self->reload_id, "[kwa] reload exhibit");
      break;
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

static void
stop_watching (KwaSession *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
watch_data_file (KwaSession *self)
{
  g_autoptr(GError) error = NULL;

  stop_watching (self);
  if (self->data_file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->data_file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_message ("Cannot watch the exhibit file for changes: %s", error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (data_file_changed_cb), self);
}

/**
 * kwa_session_load:
 * @data_file: (nullable): an exhibit file, or %NULL for the bundled one
 *
 * Shows @data_file and watches it: when a curator saves it again, it is
 * validated and swapped in, keeping the date, the view and the selection;
 * a broken save keeps the last good exhibit on screen (see
 * #KwaSession:load-error).
 *
 * Returns: whether @data_file is now shown
 */
gboolean
kwa_session_load (KwaSession *self,
                  GFile      *data_file)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (data_file == NULL || G_IS_FILE (data_file), FALSE);

  g_set_object (&self->data_file, data_file);
  watch_data_file (self);

  return load_file (self, data_file);
}

/**
 * kwa_session_show_draft:
 * @document: a curator's draft that loaded (see #KwaExhibitDraft)
 *
 * Shows an edited exhibit before it is saved, keeping the date, the view
 * and the language, as a reload from disk would. The file on disk is
 * still the one watched.
 */
void
kwa_session_show_draft (KwaSession     *self,
                        KwaMapDocument *document)
{
  g_return_if_fail (KWA_IS_SESSION (self));
  g_return_if_fail (KWA_IS_MAP_DOCUMENT (document));

  set_document (self, document);
}

/* ---- GObject ------------------------------------------------------------ */

static void
kwa_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KwaSession *self = KWA_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LOAD_ERROR:
      g_value_set_string (value, self->load_error);
      break;
    case PROP_LANGUAGE:
      g_value_set_uint (value, self->language);
      break;
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KwaSession *self = KWA_SESSION (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      kwa_session_set_language (self, g_value_get_uint (value));
      break;
    case PROP_KIOSK:
      kwa_session_set_kiosk (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kwa_session_dispose (GObject *object)
{
  KwaSession *self = KWA_SESSION (object);

  discard_prefetch (self);
  stop_watching (self);

  G_OBJECT_CLASS (kwa_session_parent_class)->dispose (object);
}

static void
kwa_session_finalize (GObject *object)
{
  KwaSession *self = KWA_SESSION (object);

  g_clear_object (&self->data_file);
  g_clear_object (&self->document);
  g_clear_pointer (&self->load_error, g_free);
  g_clear_object (&self->playback);
  g_clear_object (&self->timeline);
  g_clear_object (&self->sketch);

  G_OBJECT_CLASS (kwa_session_parent_class)->finalize (object);
}

static void
kwa_session_class_init (KwaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kwa_session_dispose;
  object_class->finalize = kwa_session_finalize;
  object_class->get_property = kwa_session_get_property;
  object_class->set_property = kwa_session_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, KWA_TYPE_MAP_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOAD_ERROR] =
    g_param_spec_string ("load-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_uint ("language", NULL, NULL, 0, KWA_MAX_LANGUAGES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kwa_session_init (KwaSession *self)
{
  self->timeline = kwa_timeline_new (NULL);
  self->playback = kwa_playback_new (self->timeline);
  self->sketch = kwa_sketch_new ();
  self->language = kwa_language_get_source ();
  kwa_i18n_set_ui_language (self->language);
}

KwaSession *
kwa_session_new (void)
{
  return g_object_new (KWA_TYPE_SESSION, NULL);
}

/* ---- accessors ---------------------------------------------------------- */

/**
 * kwa_session_get_data_file:
 *
 * Returns: (transfer none) (nullable): the curator's exhibit file, or
 *   %NULL for the bundled exhibit
 */
GFile *
kwa_session_get_data_file (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->data_file;
}

/**
 * kwa_session_get_document:
 *
 * Returns: (transfer none) (nullable): what every window shows; %NULL
 *   before the first kwa_session_load()
 */
KwaMapDocument *
kwa_session_get_document (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->document;
}

/**
 * kwa_session_get_load_error:
 *
 * Returns: (nullable): why the curator's file is not shown (every
 *   problem, one per line), or %NULL when it is
 */
const char *
kwa_session_get_load_error (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->load_error;
}

KwaTimeline *
kwa_session_get_timeline (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->timeline;
}

KwaPlayback *
kwa_session_get_playback (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->playback;
}

KwaSketch *
kwa_session_get_sketch (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), NULL);
  return self->sketch;
}

KwaLanguage
kwa_session_get_language (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), kwa_language_get_source ());
  return self->language;
}

/* The interface follows the exhibit's language: one session a process,
 * so it sets the process's interface language too. */
void
kwa_session_set_language (KwaSession  *self,
                          KwaLanguage  language)
{
  g_return_if_fail (KWA_IS_SESSION (self));
  g_return_if_fail (language < kwa_language_get_n_known ());

  self->language_chosen = TRUE;
  if (self->language == language)
    return;

  self->language = language;
  kwa_i18n_set_ui_language (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kwa_session_get_kiosk:
 *
 * Returns: whether a museum kiosk has the screen. The application's and
 *   windows' actions that would let a visitor leave, open files or change
 *   settings follow this and are disabled while it is %TRUE.
 */
gboolean
kwa_session_get_kiosk (KwaSession *self)
{
  g_return_val_if_fail (KWA_IS_SESSION (self), FALSE);
  return self->kiosk;
}

void
kwa_session_set_kiosk (KwaSession *self,
                       gboolean    kiosk)
{
  g_return_if_fail (KWA_IS_SESSION (self));

  kiosk = !!kiosk;
  if (self->kiosk == kiosk)
    return;

  self->kiosk = kiosk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIOSK]);
}
