/* passend-tlv-manifest.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "passend-tlv.h"

/* The manifest of a sent dossier is evidence: the same data must always
 * give the same bytes. Hence one fixed line layout, ids and codes rather
 * than labels where possible, and text escaped so that a tab or newline
 * in a title cannot shift a field. */

#define MANIFEST_HEADER "passend-tlv-manifest 1"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_string_append_c (out, '\t');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static void
append_int (GString *out,
            gint64   value)
{
  g_string_append_printf (out, "\t%" G_GINT64_FORMAT, value);
}

static void
append_day (GString    *out,
            PassendDay  day)
{
  g_autofree char *iso = passend_day_to_iso (day);

  append_escaped (out, iso != NULL ? iso : "-");
}

char *
passend_tlv_manifest_build (const PassendTlvDossierData *data)
{
  GString *out;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (PASSEND_IS_TLV_REQUEST (data->request), NULL);

  out = g_string_new (MANIFEST_HEADER "\n");

  g_string_append (out, "request");
  append_int (out, passend_tlv_request_get_id (data->request));
  append_int (out, passend_tlv_request_get_student_id (data->request));
  append_escaped (out, passend_tlv_kind_to_string (passend_tlv_request_get_kind (data->request)));
  append_int (out, passend_tlv_request_get_is_extension (data->request) ? 1 : 0);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < data->items->len; i++)
    {
      PassendTlvChecklistItem *item = g_ptr_array_index (data->items, i);

      g_string_append (out, "item");
      append_int (out, passend_tlv_checklist_item_get_id (item));
      append_int (out, passend_tlv_checklist_item_get_position (item));
      append_escaped (out, passend_tlv_checklist_source_to_string (passend_tlv_checklist_item_get_source (item)));
      append_int (out, passend_tlv_checklist_item_get_required (item) ? 1 : 0);
      append_escaped (out, passend_tlv_checklist_item_get_code (item));
      append_escaped (out, passend_tlv_checklist_item_get_label (item));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < data->parts->len; i++)
    {
      PassendTlvPart *part = g_ptr_array_index (data->parts, i);

      g_string_append (out, "part");
      append_int (out, passend_tlv_part_get_checklist_item_id (part));
      append_escaped (out, passend_tlv_part_kind_to_string (passend_tlv_part_get_kind (part)));
      append_int (out, passend_tlv_part_get_target_id (part));
      append_escaped (out, passend_tlv_part_get_sha256 (part));
      append_escaped (out, passend_tlv_part_get_media_type (part));
      append_escaped (out, passend_tlv_part_get_file_name (part));
      append_escaped (out, passend_tlv_part_get_title (part));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < data->advices->len; i++)
    {
      PassendTlvAdvice *advice = g_ptr_array_index (data->advices, i);

      g_string_append (out, "advice");
      append_int (out, passend_tlv_advice_get_id (advice));
      append_escaped (out, passend_tlv_discipline_to_string (passend_tlv_advice_get_discipline (advice)));
      append_day (out, passend_tlv_advice_get_advised_on (advice));
      append_int (out, passend_tlv_advice_get_independent (advice) ? 1 : 0);
      append_escaped (out, passend_tlv_advice_has_file (advice) ? passend_tlv_advice_get_sha256 (advice) : "-");
      append_escaped (out, passend_tlv_advice_get_media_type (advice));
      append_escaped (out, passend_tlv_advice_get_file_name (advice));
      append_escaped (out, passend_tlv_advice_get_name (advice));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

char *
passend_tlv_manifest_sha256 (const char *manifest)
{
  g_return_val_if_fail (manifest != NULL, NULL);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, manifest, -1);
}

/* Parsing */

static char *
unescape (const char *field)
{
  GString *out = g_string_new (NULL);

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 't':
          g_string_append_c (out, '\t');
          break;
        case 'n':
          g_string_append_c (out, '\n');
          break;
        case 'r':
          g_string_append_c (out, '\r');
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
parse_int (const char *field,
           gint64     *out)
{
  char *end = NULL;

  if (field == NULL || *field == '\0')
    return FALSE;

  *out = g_ascii_strtoll (field, &end, 10);
  return end != NULL && *end == '\0';
}

typedef struct
{
  char  **fields;
  guint   n_fields;
  gboolean ok;
} Line;

static gint64
field_int (Line  *line,
           guint  index)
{
  gint64 value = 0;

  if (index >= line->n_fields || !parse_int (line->fields[index], &value))
    line->ok = FALSE;
  return value;
}

/* Returns a new string (unescaped). */
static char *
field_text (Line  *line,
            guint  index)
{
  if (index >= line->n_fields)
    {
      line->ok = FALSE;
      return g_strdup ("");
    }

  return unescape (line->fields[index]);
}

static gboolean
parse_request (PassendTlvDossierData *data,
               Line                  *line)
{
  g_autofree char *kind_text = field_text (line, 3);
  PassendTlvKind kind = PASSEND_TLV_KIND_VSO_CLUSTER_4;

  if (!passend_tlv_kind_from_string (kind_text, &kind))
    return FALSE;

  g_clear_object (&data->request);
  data->request = passend_tlv_request_new (field_int (line, 2), kind);
  passend_tlv_request_set_id (data->request, field_int (line, 1));
  passend_tlv_request_set_is_extension (data->request, field_int (line, 4) != 0);
  return line->ok;
}

static gboolean
parse_item (PassendTlvDossierData *data,
            Line                  *line)
{
  g_autofree char *source_text = field_text (line, 3);
  g_autofree char *code = field_text (line, 5);
  g_autofree char *label = field_text (line, 6);
  PassendTlvChecklistSource source;
  PassendTlvChecklistItem *item;

  if (!passend_tlv_checklist_source_from_string (source_text, &source))
    return FALSE;

  item = passend_tlv_checklist_item_new (label, source);
  passend_tlv_checklist_item_set_id (item, field_int (line, 1));
  passend_tlv_checklist_item_set_position (item, (guint) field_int (line, 2));
  passend_tlv_checklist_item_set_required (item, field_int (line, 4) != 0);
  passend_tlv_checklist_item_set_code (item, code);
  g_ptr_array_add (data->items, item);
  return line->ok;
}

static gboolean
parse_part (PassendTlvDossierData *data,
            Line                  *line)
{
  g_autofree char *kind_text = field_text (line, 2);
  g_autofree char *sha256 = field_text (line, 4);
  g_autofree char *media_type = field_text (line, 5);
  g_autofree char *file_name = field_text (line, 6);
  g_autofree char *title = field_text (line, 7);
  PassendTlvPartKind kind;
  PassendTlvPart *part;

  if (!passend_tlv_part_kind_from_string (kind_text, &kind))
    return FALSE;

  part = passend_tlv_part_new (kind, field_int (line, 3));
  passend_tlv_part_set_checklist_item_id (part, field_int (line, 1));
  passend_tlv_part_set_sha256 (part, sha256);
  passend_tlv_part_set_media_type (part, media_type);
  passend_tlv_part_set_file_name (part, file_name);
  passend_tlv_part_set_title (part, title);
  passend_tlv_part_set_established (part, kind == PASSEND_TLV_PART_OPP_VERSION);
  g_ptr_array_add (data->parts, part);
  return line->ok;
}

static gboolean
parse_advice (PassendTlvDossierData *data,
              Line                  *line)
{
  g_autofree char *discipline_text = field_text (line, 2);
  g_autofree char *day_text = field_text (line, 3);
  g_autofree char *sha256 = field_text (line, 5);
  g_autofree char *media_type = field_text (line, 6);
  g_autofree char *file_name = field_text (line, 7);
  g_autofree char *name = field_text (line, 8);
  PassendTlvDiscipline discipline;
  PassendTlvAdvice *advice;

  if (!passend_tlv_discipline_from_string (discipline_text, &discipline))
    return FALSE;

  advice = passend_tlv_advice_new (name, discipline);
  passend_tlv_advice_set_id (advice, field_int (line, 1));
  passend_tlv_advice_set_position (advice, data->advices->len);
  if (g_strcmp0 (day_text, "-") != 0)
    passend_tlv_advice_set_advised_on (advice, passend_day_from_iso (day_text, NULL));
  passend_tlv_advice_set_independent (advice, field_int (line, 4) != 0);
  if (g_strcmp0 (sha256, "-") != 0)
    passend_tlv_advice_set_sha256 (advice, sha256);
  passend_tlv_advice_set_media_type (advice, media_type);
  passend_tlv_advice_set_file_name (advice, file_name);
  g_ptr_array_add (data->advices, advice);
  return line->ok;
}

PassendTlvDossierData *
passend_tlv_manifest_parse (const char  *manifest,
                            GError     **error)
{
  g_autoptr(PassendTlvDossierData) data = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (manifest != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lines = g_strsplit (manifest, "\n", -1);
  if (lines[0] == NULL || g_strcmp0 (lines[0], MANIFEST_HEADER) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a TLV manifest of version 1");
      return NULL;
    }

  data = passend_tlv_dossier_data_new ();
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Line line = { NULL, 0, TRUE };
      gboolean ok;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      line.fields = fields;
      line.n_fields = g_strv_length (fields);

      if (g_str_equal (fields[0], "request"))
        ok = parse_request (data, &line);
      else if (g_str_equal (fields[0], "item"))
        ok = parse_item (data, &line);
      else if (g_str_equal (fields[0], "part"))
        ok = parse_part (data, &line);
      else if (g_str_equal (fields[0], "advice"))
        ok = parse_advice (data, &line);
      else
        ok = FALSE;

      if (!ok)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "manifest line %u cannot be read", i + 1);
          return NULL;
        }
    }

  if (data->request == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the manifest names no request");
      return NULL;
    }

  return g_steal_pointer (&data);
}
