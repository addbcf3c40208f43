/* passend-lvs-import.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "passend-lvs-import.h"
#include "passend-text.h"

G_DEFINE_QUARK (passend-lvs-import-error-quark, passend_lvs_import_error)

/* Headers as schools name them, folded to lower-case letters and digits
 * ("Geb.datum" → "gebdatum", "Klassenmentor 1" → "klassenmentor1"). */
static const struct
{
  const char       *header;
  PassendLvsColumn  column;
} synonyms[] = {
  { "stamnummer", PASSEND_LVS_COLUMN_ID },
  { "stamnr", PASSEND_LVS_COLUMN_ID },
  { "leerlingnummer", PASSEND_LVS_COLUMN_ID },
  { "leerlingnr", PASSEND_LVS_COLUMN_ID },
  { "llnr", PASSEND_LVS_COLUMN_ID },
  { "studentnummer", PASSEND_LVS_COLUMN_ID },
  { "roepnaam", PASSEND_LVS_COLUMN_ROEPNAAM },
  { "voornaam", PASSEND_LVS_COLUMN_ROEPNAAM },
  { "firstname", PASSEND_LVS_COLUMN_ROEPNAAM },
  { "voorletters", PASSEND_LVS_COLUMN_VOORLETTERS },
  { "initials", PASSEND_LVS_COLUMN_VOORLETTERS },
  { "initialen", PASSEND_LVS_COLUMN_VOORLETTERS },
  { "tussenvoegsel", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "tussenvoegsels", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "tussenv", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "voorvoegsel", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "voorv", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "prefix", PASSEND_LVS_COLUMN_TUSSENVOEGSEL },
  { "achternaam", PASSEND_LVS_COLUMN_ACHTERNAAM },
  { "lastname", PASSEND_LVS_COLUMN_ACHTERNAAM },
  { "geslachtsnaam", PASSEND_LVS_COLUMN_ACHTERNAAM },
  { "familienaam", PASSEND_LVS_COLUMN_ACHTERNAAM },
  { "naam", PASSEND_LVS_COLUMN_FULL_NAME },
  { "volledigenaam", PASSEND_LVS_COLUMN_FULL_NAME },
  { "name", PASSEND_LVS_COLUMN_FULL_NAME },
  { "fullname", PASSEND_LVS_COLUMN_FULL_NAME },
  { "geboortedatum", PASSEND_LVS_COLUMN_BIRTH_DATE },
  { "gebdatum", PASSEND_LVS_COLUMN_BIRTH_DATE },
  { "birthdate", PASSEND_LVS_COLUMN_BIRTH_DATE },
  { "dateofbirth", PASSEND_LVS_COLUMN_BIRTH_DATE },
  { "geslacht", PASSEND_LVS_COLUMN_GENDER },
  { "gender", PASSEND_LVS_COLUMN_GENDER },
  { "jongenmeisje", PASSEND_LVS_COLUMN_GENDER },
  { "klas", PASSEND_LVS_COLUMN_CLASS },
  { "class", PASSEND_LVS_COLUMN_CLASS },
  { "stamgroep", PASSEND_LVS_COLUMN_CLASS },
  { "stamklas", PASSEND_LVS_COLUMN_CLASS },
  { "klassen", PASSEND_LVS_COLUMN_CLASS },
  { "studie", PASSEND_LVS_COLUMN_TRACK },
  { "study", PASSEND_LVS_COLUMN_TRACK },
  { "opleiding", PASSEND_LVS_COLUMN_TRACK },
  { "leerjaar", PASSEND_LVS_COLUMN_YEAR },
  { "jaarlaag", PASSEND_LVS_COLUMN_YEAR },
  { "mentor", PASSEND_LVS_COLUMN_MENTOR },
  { "klassenmentor1", PASSEND_LVS_COLUMN_MENTOR },
  { "klassenmentor", PASSEND_LVS_COLUMN_MENTOR },
  { "cmentorname", PASSEND_LVS_COLUMN_MENTOR },
  { "cmentorcode", PASSEND_LVS_COLUMN_MENTOR },
  { "mentorcode", PASSEND_LVS_COLUMN_MENTOR },
  { "pmentorname", PASSEND_LVS_COLUMN_MENTOR },
  { "coach", PASSEND_LVS_COLUMN_MENTOR },
  { "locatie", PASSEND_LVS_COLUMN_LOCATION },
  { "location", PASSEND_LVS_COLUMN_LOCATION },
  { "vestiging", PASSEND_LVS_COLUMN_LOCATION },
  { "schooljaar", PASSEND_LVS_COLUMN_SCHOOL_YEAR },
  { "studyperiod", PASSEND_LVS_COLUMN_SCHOOL_YEAR },
  { "studieperiode", PASSEND_LVS_COLUMN_SCHOOL_YEAR },
};

static char *
fold_key (const char *text)
{
  g_autofree char *folded = passend_text_fold (text);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (key, *p);
    }

  return g_string_free (key, FALSE);
}

PassendLvsColumn
passend_lvs_column_for_header (const char *header)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (header != NULL, PASSEND_LVS_COLUMN_NONE);

  key = fold_key (header);
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    {
      if (g_str_equal (key, synonyms[i].header))
        return synonyms[i].column;
    }

  return PASSEND_LVS_COLUMN_NONE;
}

/* Values */

gboolean
passend_lvs_parse_date (const char  *text,
                        PassendDay  *day,
                        GError     **error)
{
  g_autofree char *date = NULL;
  char *space;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  date = g_strstrip (g_strdup (text));
  *day = PASSEND_DAY_NONE;
  if (*date == '\0')
    return TRUE;

  /* Some exports add a time ("14-03-2011 0:00"). */
  space = strchr (date, ' ');
  if (space != NULL && strchr (space, ':') != NULL)
    *space = '\0';

  if (strlen (date) >= 5 && g_ascii_isdigit (date[0]) && g_ascii_isdigit (date[3]) && date[4] == '-')
    *day = passend_day_from_iso (date, NULL);
  else
    *day = passend_day_from_dutch (date, NULL);

  if (*day == PASSEND_DAY_NONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a valid date (write it as dd-mm-jjjj)"), text);
      return FALSE;
    }

  return TRUE;
}

gboolean
passend_lvs_parse_year (const char  *text,
                        int         *year,
                        GError     **error)
{
  const char *p;
  guint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (year != NULL, FALSE);

  *year = 0;
  for (p = text; *p != '\0' && !g_ascii_isdigit (*p); p++)
    ;

  if (*p == '\0')
    {
      for (p = text; g_ascii_isspace (*p); p++)
        ;
      if (*p == '\0')
        return TRUE;
    }
  else
    {
      g_autofree char *digits = NULL;
      const char *end = p;

      while (g_ascii_isdigit (*end))
        end++;
      digits = g_strndup (p, end - p);
      if (end - p <= 2 && g_ascii_string_to_unsigned (digits, 10, 1, 6, &value, NULL))
        {
          *year = (int) value;
          return TRUE;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a school year from 1 to 6"), text);
  return FALSE;
}

gboolean
passend_lvs_parse_school_year (const char  *text,
                               int         *start_year,
                               GError     **error)
{
  g_autofree char *stripped = NULL;
  guint64 first = 0, second = 0;
  char **parts;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (start_year != NULL, FALSE);

  *start_year = 0;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return TRUE;

  parts = g_strsplit_set (stripped, "/-", 3);
  if (g_strv_length (parts) >= 1 && g_strv_length (parts) <= 2 &&
      g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1900, 2200, &first, NULL) &&
      (parts[1] == NULL ||
       (g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1900, 2200, &second, NULL) &&
        second == first + 1)))
    {
      g_strfreev (parts);
      *start_year = (int) first;
      return TRUE;
    }

  g_strfreev (parts);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a school year such as 2025/2026"), text);
  return FALSE;
}

int
passend_lvs_year_from_class (const char *class_name)
{
  const char *p = class_name;

  g_return_val_if_fail (class_name != NULL, 0);

  while (g_ascii_isspace (*p))
    p++;

  if (*p >= '1' && *p <= '6' && !g_ascii_isdigit (p[1]))
    return *p - '0';

  return 0;
}

/* Track words, folded, and what each names. */
static const struct
{
  const char *word;
  const char *track;
} track_words[] = {
  { "praktijkonderwijs", "pro" }, { "pro", "pro" }, { "praktijk", "pro" },
  { "bb", "vmbo-b" }, { "bbl", "vmbo-b" }, { "basis", "vmbo-b" },
  { "basisberoepsgerichte", "vmbo-b" }, { "b", "vmbo-b" },
  { "kb", "vmbo-k" }, { "kbl", "vmbo-k" }, { "kader", "vmbo-k" },
  { "kaderberoepsgerichte", "vmbo-k" }, { "k", "vmbo-k" },
  { "gt", "vmbo-gt" }, { "gl", "vmbo-gt" }, { "tl", "vmbo-gt" }, { "mavo", "vmbo-gt" },
  { "gemengde", "vmbo-gt" }, { "theoretische", "vmbo-gt" }, { "t", "vmbo-gt" }, { "m", "vmbo-gt" },
  { "havo", "havo" }, { "h", "havo" },
  { "vwo", "vwo" }, { "atheneum", "vwo" }, { "gymnasium", "vwo" }, { "gym", "vwo" },
  { "v", "vwo" }, { "a", "vwo" }, { "g", "vwo" },
};

static const char *
track_for_word (const char *word,
                gboolean    letters_allowed)
{
  if (strlen (word) == 1 && !letters_allowed)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (track_words); i++)
    {
      if (g_str_equal (word, track_words[i].word))
        return track_words[i].track;
    }

  return NULL;
}

char *
passend_lvs_normalize_track (const char *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const char *found = NULL;
  gboolean letters_allowed;
  guint n_words = 0;

  g_return_val_if_fail (text != NULL, NULL);

  folded = passend_text_fold (text);
  /* "H3", "3 V", "B2": one letter counts only in such short codes. */
  g_strdelimit (folded, " -/.,_()0123456789", ' ');
  words = g_strsplit (g_strstrip (folded), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    n_words += *words[i] != '\0';
  letters_allowed = n_words == 1 && strlen (text) <= 4;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *track = track_for_word (words[i], letters_allowed);

      if (track == NULL || g_strcmp0 (found, track) == 0)
        continue;
      if (found != NULL && !g_str_equal (words[i], "vmbo"))
        return g_strstrip (g_strdup (text));  /* "havo/vwo": not one track */
      found = track;
    }

  return found != NULL ? g_strdup (found) : g_strstrip (g_strdup (text));
}

static gboolean
is_one_of (const char         *word,
           const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (word, words[i]))
        return TRUE;
    }

  return FALSE;
}

char *
passend_lvs_normalize_gender (const char *text)
{
  static const char * const male[] = { "m", "man", "mannelijk", "jongen", "j", "male", NULL };
  static const char * const female[] = { "v", "vrouw", "vrouwelijk", "meisje", "f", "female", NULL };
  static const char * const other[] = { "x", "o", "anders", "onbekend", NULL };
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_strstrip (passend_text_fold (text));
  if (is_one_of (folded, male))
    return g_strdup ("m");
  if (is_one_of (folded, female))
    return g_strdup ("v");
  if (is_one_of (folded, other))
    return g_strdup ("x");

  return g_strdup (folded);
}

/* Dutch name particles: in a full name they belong to the tussenvoegsel. */
static gboolean
is_particle (const char *word)
{
  static const char * const particles[] = {
    "de", "den", "der", "van", "het", "'t", "te", "ten", "ter", "in", "op", "la", "le",
    "du", "des", "d'", "da", "dos", "el", "al", "von", "zu", "aan", "bij", "uit", NULL
  };
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return is_one_of (lower, particles);
}

gboolean
passend_lvs_split_full_name (const char  *text,
                             char       **roepnaam,
                             char       **tussenvoegsel,
                             char       **achternaam)
{
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) given = g_ptr_array_new ();
  g_autoptr(GPtrArray) particles = g_ptr_array_new ();
  g_autoptr(GString) rest = g_string_new (NULL);
  const char *family = NULL;
  char *comma;
  guint n;

  g_return_val_if_fail (text != NULL, FALSE);

  name = g_strstrip (g_strdup (text));
  *roepnaam = *tussenvoegsel = *achternaam = NULL;

  comma = strchr (name, ',');
  if (comma != NULL)
    {
      /* "Vries, Jan de": the family name first, the particles last. */
      *comma = '\0';
      words = g_strsplit (g_strstrip (comma + 1), " ", -1);
      n = g_strv_length (words);
      while (n > 0 && is_particle (words[n - 1]))
        n--;
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] != '\0')
            g_ptr_array_add (i < n ? given : particles, words[i]);
        }
      family = g_strstrip (name);
    }
  else
    {
      /* "Jan de Vries": the first word, the particles, the rest. */
      words = g_strsplit (name, " ", -1);
      for (guint i = 0; words[i] != NULL; i++)
        {
          if (*words[i] == '\0')
            continue;
          if (given->len == 0)
            g_ptr_array_add (given, words[i]);
          else if (rest->len == 0 && is_particle (words[i]))
            g_ptr_array_add (particles, words[i]);
          else
            g_string_append_printf (rest, "%s%s", rest->len > 0 ? " " : "", words[i]);
        }
      family = rest->str;
    }

  if (family == NULL || *family == '\0')
    return FALSE;

  g_ptr_array_add (given, NULL);
  g_ptr_array_add (particles, NULL);
  *roepnaam = g_strjoinv (" ", (char **) given->pdata);
  *tussenvoegsel = g_strjoinv (" ", (char **) particles->pdata);
  *achternaam = g_strdup (family);
  return TRUE;
}
