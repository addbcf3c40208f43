/* passend-fuzz-driver.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs a fuzz target without libFuzzer, as an ordinary test: every file
 * of the corpus folders on the command line, then a fixed number of
 * mutations of each (PASSEND_FUZZ_MUTATIONS, 300 by default). The
 * mutations depend only on the file's name and content, so a failure
 * repeats exactly; the crash handler names the input that caused it and
 * writes it to the file PASSEND_FUZZ_SAVE names, if set.
 * Speaks TAP: one result per corpus file. */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "passend-fuzz.h"

#define DEFAULT_MUTATIONS 300
#define MAX_INPUT_SIZE (1024 * 1024)

typedef struct
{
  char   *name;
  GBytes *content;
} CorpusFile;

static char crash_note[512];
static const char *save_path;       /* PASSEND_FUZZ_SAVE: where a crashing input goes */
static const guint8 *current_data;
static gsize current_size;

static void
crash_handler (int signal_number)
{
  /* Only async-signal-safe calls here. */
  if (write (STDOUT_FILENO, crash_note, strlen (crash_note)) < 0)
    _exit (1);
  if (save_path != NULL && current_data != NULL)
    {
      int fd = open (save_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

      if (fd >= 0)
        {
          if (write (fd, current_data, current_size) < 0)
            _exit (1);
          close (fd);
        }
    }
  signal (signal_number, SIG_DFL);
  raise (signal_number);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
corpus_file_free (gpointer data)
{
  CorpusFile *file = data;

  g_free (file->name);
  g_bytes_unref (file->content);
  g_free (file);
}

static void
add_path (GPtrArray  *corpus,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  CorpusFile *file;
  char *content = NULL;
  gsize size = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      /* Directory order differs between file systems: sort for a fixed run. */
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        add_path (corpus, g_ptr_array_index (names, i));
      return;
    }

  if (!g_file_get_contents (path, &content, &size, &error))
    g_error ("%s", error->message);

  file = g_new0 (CorpusFile, 1);
  file->name = g_path_get_basename (path);
  file->content = g_bytes_new_take (content, size);
  g_ptr_array_add (corpus, file);
}

static const guint8 interesting[] = {
  0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0xc3, 0xe2, 0xef, 0xbb, 0xbf,
  '"', ';', ',', '\t', '\n', '\r', '%', '-', '/', '.', ':', '0', '9', ' ',
};

static const char * const interesting_text[] = {
  "\"\"", "\xef\xbb\xbf", "\xff\xfe", "\r\n", "99999999999999999999", "-1", "0",
  "2147483648", "4294967296", "31-02-2011", "2011-13-45", "person:", "organisation:0",
  "\xe2\x80\xae", "\xcc\x81\xcc\x81\xcc\x81", "%PDF-1.7\n", "endobj", "stream\n", "xref",
};

/* One random edit of @data in place. */
static void
mutate_once (GByteArray *data,
             GRand      *rand,
             GPtrArray  *corpus)
{
  guint len = data->len;
  guint at = len > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) len) : 0;
  guint span = len > 0 ? (guint) g_rand_int_range (rand, 1, (gint32) MIN (len - at, 64u) + 1) : 0;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      if (len > 0)
        data->data[at] ^= (guint8) (1u << g_rand_int_range (rand, 0, 8));
      break;
    case 1:
      if (len > 0)
        data->data[at] = interesting[g_rand_int_range (rand, 0, G_N_ELEMENTS (interesting))];
      break;
    case 2:
      if (len > 0)
        g_byte_array_remove_range (data, at, span);
      break;
    case 3:
      if (len > 0 && len + span <= MAX_INPUT_SIZE)
        {
          g_autofree guint8 *copy = g_memdup2 (data->data + at, span);
          guint times = g_rand_int_range (rand, 1, 16);

          for (guint i = 0; i < times && data->len + span <= MAX_INPUT_SIZE; i++)
            {
              GByteArray *grown = g_byte_array_prepend (g_byte_array_new (), copy, span);

              g_byte_array_append (grown, data->data + at, data->len - at);
              g_byte_array_set_size (data, at);
              g_byte_array_append (data, grown->data, grown->len);
              g_byte_array_unref (grown);
            }
        }
      break;
    case 4:
      g_byte_array_set_size (data, at);
      break;
    case 5:
      {
        CorpusFile *other = g_ptr_array_index (corpus, g_rand_int_range (rand, 0, corpus->len));
        gsize other_len;
        const guint8 *other_data = g_bytes_get_data (other->content, &other_len);
        guint from = other_len > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) other_len) : 0;

        g_byte_array_set_size (data, at);
        if (data->len + (other_len - from) <= MAX_INPUT_SIZE)
          g_byte_array_append (data, other_data + from, other_len - from);
      }
      break;
    case 6:
      {
        const char *text = interesting_text[g_rand_int_range (rand, 0, G_N_ELEMENTS (interesting_text))];
        GByteArray *tail = g_byte_array_new ();

        g_byte_array_append (tail, data->data + at, data->len - at);
        g_byte_array_set_size (data, at);
        g_byte_array_append (data, (const guint8 *) text, strlen (text));
        g_byte_array_append (data, tail->data, tail->len);
        g_byte_array_unref (tail);
      }
      break;
    default:
      for (guint i = 0; i < span; i++)
        data->data[at + i] = (guint8) g_rand_int_range (rand, 0, 256);
      break;
    }
}

static void
run_input (const guint8 *data,
           gsize         size)
{
  /* A copy of exactly @size bytes, so reading past the end is caught by
   * the allocator checks rather than running into other data. */
  g_autofree guint8 *copy = g_malloc (MAX (size, 1));

  if (size > 0)
    memcpy (copy, data, size);

  current_data = copy;
  current_size = size;
  LLVMFuzzerTestOneInput (copy, size);
  current_data = NULL;
}

static guint
mutations_wanted (void)
{
  const char *value = g_getenv ("PASSEND_FUZZ_MUTATIONS");

  if (value == NULL || *value == '\0')
    return DEFAULT_MUTATIONS;
  return (guint) MIN (g_ascii_strtoull (value, NULL, 10), 1000000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) corpus = g_ptr_array_new_with_free_func (corpus_file_free);
  guint n_mutations = mutations_wanted ();

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--tap") || g_str_equal (argv[i], "-k"))
        continue;
      add_path (corpus, argv[i]);
    }

  if (corpus->len == 0)
    {
      g_printerr ("Usage: %s CORPUS-FOLDER-OR-FILE…\n", argv[0]);
      return 2;
    }

  save_path = g_getenv ("PASSEND_FUZZ_SAVE");
  signal (SIGABRT, crash_handler);
  signal (SIGSEGV, crash_handler);
  signal (SIGBUS, crash_handler);
  signal (SIGFPE, crash_handler);

  g_print ("1..%u\n", corpus->len);
  for (guint i = 0; i < corpus->len; i++)
    {
      CorpusFile *file = g_ptr_array_index (corpus, i);
      gsize size;
      const guint8 *data = g_bytes_get_data (file->content, &size);
      g_autoptr(GRand) rand = NULL;
      guint32 seed = g_str_hash (file->name) ^ (guint32) g_bytes_hash (file->content);

      g_snprintf (crash_note, sizeof crash_note, "Bail out! %s crashed as it is\n", file->name);
      run_input (data, size);

      rand = g_rand_new_with_seed (seed);
      for (guint m = 0; m < n_mutations; m++)
        {
          g_autoptr(GByteArray) mutated = g_byte_array_sized_new (size);
          guint n_edits = g_rand_int_range (rand, 1, 5);

          g_byte_array_append (mutated, data, size);
          for (guint e = 0; e < n_edits; e++)
            mutate_once (mutated, rand, corpus);

          g_snprintf (crash_note, sizeof crash_note,
                      "Bail out! %s crashed in mutation %u (seed %u); PASSEND_FUZZ_MUTATIONS=%u repeats it\n",
                      file->name, m, seed, m + 1);
          run_input (mutated->data, mutated->len);
        }

      g_print ("ok %u - %s and %u mutations\n", i + 1, file->name, n_mutations);
    }

  return 0;
}
