/* passend-tlv-dossier.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "passend-tlv.h"

PassendTlvDossierData *
passend_tlv_dossier_data_new (void)
{
  PassendTlvDossierData *data = g_new0 (PassendTlvDossierData, 1);

  passend_tlv_swv_rule_init (&data->rule);
  data->items = g_ptr_array_new_with_free_func (g_object_unref);
  data->parts = g_ptr_array_new_with_free_func (g_object_unref);
  data->advices = g_ptr_array_new_with_free_func (g_object_unref);
  data->problems = g_ptr_array_new_with_free_func (g_object_unref);
  data->school_name = g_strdup ("");

  return data;
}

void
passend_tlv_dossier_data_free (PassendTlvDossierData *data)
{
  if (data == NULL)
    return;

  g_clear_object (&data->request);
  g_free (data->school_name);
  g_clear_pointer (&data->items, g_ptr_array_unref);
  g_clear_pointer (&data->parts, g_ptr_array_unref);
  g_clear_pointer (&data->advices, g_ptr_array_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data->manifest);
  g_free (data);
}

GPtrArray *
passend_tlv_dossier_data_get_item_parts (const PassendTlvDossierData *data,
                                         gint64                       item_id)
{
  GPtrArray *parts = g_ptr_array_new ();

  g_return_val_if_fail (data != NULL, parts);

  for (guint i = 0; i < data->parts->len; i++)
    {
      PassendTlvPart *part = g_ptr_array_index (data->parts, i);

      if (passend_tlv_part_get_checklist_item_id (part) == item_id)
        g_ptr_array_add (parts, part);
    }

  return parts;
}

gboolean
passend_tlv_dossier_data_is_complete (const PassendTlvDossierData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  for (guint i = 0; i < data->problems->len; i++)
    {
      if (!passend_tlv_problem_is_warning (g_ptr_array_index (data->problems, i)))
        return FALSE;
    }

  return TRUE;
}

void
passend_tlv_sent_dossier_free (PassendTlvSentDossier *dossier)
{
  if (dossier == NULL)
    return;

  g_free (dossier->manifest_sha256);
  g_free (dossier->pdf_sha256);
  g_free (dossier);
}
