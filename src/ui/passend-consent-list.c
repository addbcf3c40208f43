/* passend-consent-list.c
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "passend-consent-dialog.h"
#include "passend-consent-list.h"
#include "passend-consent-rules.h"
#include "passend-student-page.h"
#include "passend-ui-util.h"

/* Consent that ends within this many days is shown as ending soon. */
#define ENDING_SOON_DAYS 30

struct _PassendConsentList
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkButton           *record_button;
  GtkListBox          *purposes_list;

  PassendDatabase     *database;
  PassendStudent      *student;
  /* The page's database and student, while inside a student page. */
  GBinding            *database_binding;
  GBinding            *student_binding;
};

G_DEFINE_FINAL_TYPE (PassendConsentList, passend_consent_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_STUDENT,
  N_PROPS
};

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Inside the Support tab nobody listens to "add-toast": the window's
 * toast overlay shows it then. */
static void
show_toast (PassendConsentList *self,
            AdwToast           *toast)
{
  GtkWidget *overlay;

  /* As everywhere in Passend, whoever takes the toast owns it. */
  if (g_signal_has_handler_pending (self, signals[SIGNAL_ADD_TOAST], 0, FALSE))
    g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
  else if ((overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY)) != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
toast_error (PassendConsentList *self,
             const char         *what,
             const GError       *error)
{
  show_toast (self, passend_ui_toast_new_error (what, error));
}

/* Rows */

static char *
dup_status (PassendConsent *consent,
            PassendDay      today,
            const char    **icon_name,
            const char    **style)
{
  g_autofree char *day = NULL;
  g_autofree char *relative = NULL;

  *icon_name = "dialog-warning-symbolic";
  *style = "warning";
  if (consent == NULL)
    {
      *icon_name = "action-unavailable-symbolic";
      *style = "dim-label";
      return g_strdup (_("No consent"));
    }

  switch (passend_consent_rules_state_on (consent, today))
    {
    case PASSEND_CONSENT_STATE_VALID:
      *icon_name = "emblem-ok-symbolic";
      *style = "success";
      if (passend_consent_get_valid_until (consent) == PASSEND_DAY_NONE)
        return g_strdup (_("Covered, without end"));
      day = passend_day_format (passend_consent_get_valid_until (consent));
      if (!passend_consent_rules_expires_within (consent, today, ENDING_SOON_DAYS))
        /* TRANSLATORS: %s is a day, "Sat 31 Jul 2027". */
        return g_strdup_printf (_("Covered until %s"), day);
      *icon_name = "alarm-symbolic";
      *style = "warning";
      relative = passend_day_format_relative (passend_consent_get_valid_until (consent), today);
      /* TRANSLATORS: the last day a consent holds, then how far off:
       * "Covered until Sun 6 Dec 2026 (in 13 days)". */
      return g_strdup_printf (_("Covered until %s (%s)"), day, relative);

    case PASSEND_CONSENT_STATE_EXPIRED:
      day = passend_day_format (passend_consent_get_valid_until (consent));
      /* TRANSLATORS: %s is the last day the consent held. */
      return g_strdup_printf (_("Expired after %s"), day);

    case PASSEND_CONSENT_STATE_WITHDRAWN:
      day = passend_day_format (passend_consent_get_withdrawn_on (consent));
      /* TRANSLATORS: %s is a day. */
      return g_strdup_printf (_("Withdrawn on %s"), day);

    case PASSEND_CONSENT_STATE_NOT_YET:
      day = passend_day_format (passend_consent_get_given_on (consent));
      /* TRANSLATORS: %s is a day in the future. */
      return g_strdup_printf (_("Holds from %s"), day);

    case PASSEND_CONSENT_STATE_NONE:
    default:
      return g_strdup (_("No consent"));
    }
}

static void withdraw_clicked_cb (PassendConsentList *self,
                                 GtkButton          *button);

static void
add_row (PassendConsentList    *self,
         PassendConsentPurpose  purpose,
         const char            *party,
         PassendConsent        *consent,
         PassendDay             today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  const char *icon_name, *style;
  g_autofree char *status = dup_status (consent, today, &icon_name, &style);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (party != NULL && party[0] != '\0')
    /* TRANSLATORS: a consent purpose and the party it names,
     * "Sharing data: GGD West". */
    title = g_strdup_printf (C_("consent purpose", "%s: %s"), passend_consent_purpose_get_short_label (purpose), party);
  else
    title = g_strdup (passend_consent_purpose_get_short_label (purpose));

  if (consent != NULL && passend_consent_get_givers_text (consent)[0] != '\0')
    /* TRANSLATORS: a consent's state, then who gave it:
     * "Covered until Sat 31 Jul 2027 · given by mother (A. Bakker)". */
    subtitle = g_strdup_printf (_("%s · given by %s"), status, passend_consent_get_givers_text (consent));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : status);
  passend_ui_set_cell_tooltip (row, passend_consent_purpose_get_label (purpose));

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, status, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (consent != NULL && passend_consent_rules_is_valid_on (consent, today))
    {
      GtkWidget *withdraw = gtk_button_new_with_mnemonic (_("_Withdraw…"));

      gtk_widget_set_valign (withdraw, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (withdraw), "consent", g_object_ref (consent), g_object_unref);
      g_signal_connect_object (withdraw, "clicked", G_CALLBACK (withdraw_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), withdraw);
    }

  gtk_widget_set_name (row, passend_consent_purpose_to_code (purpose));
  gtk_list_box_append (self->purposes_list, row);
}

/* A purpose that names a party has a row per party it was given for. */
static void
add_party_rows (PassendConsentList    *self,
                GPtrArray             *consents,
                PassendConsentPurpose  purpose,
                PassendDay             today)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean any = FALSE;

  for (guint i = 0; i < consents->len; i++)
    {
      PassendConsent *consent = g_ptr_array_index (consents, i);
      const char *party = passend_consent_get_party (consent);

      if (passend_consent_get_purpose (consent) != purpose ||
          !g_hash_table_add (seen, g_utf8_casefold (party, -1)))
        continue;

      add_row (self, purpose, party, passend_consent_rules_find_current (consents, purpose, party, today), today);
      any = TRUE;
    }

  if (!any)
    add_row (self, purpose, NULL, NULL, today);
}

static void
reload (PassendConsentList *self)
{
  g_autoptr(GPtrArray) consents = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  PassendDay today = passend_day_today ();

  while ((row = gtk_list_box_get_row_at_index (self->purposes_list, 0)) != NULL)
    gtk_list_box_remove (self->purposes_list, GTK_WIDGET (row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), self->database != NULL && self->student != NULL);
  if (self->database == NULL || self->student == NULL)
    return;

  consents = passend_database_list_consents (self->database, passend_student_get_id (self->student), &error);
  if (consents == NULL)
    {
      toast_error (self, _("Could not load the consents"), error);
      return;
    }

  for (guint purpose = 0; purpose < PASSEND_CONSENT_N_PURPOSES; purpose++)
    {
      if (passend_consent_purpose_needs_party (purpose))
        add_party_rows (self, consents, purpose, today);
      else
        add_row (self, purpose, NULL,
                 passend_consent_rules_find_current (consents, purpose, NULL, today), today);
    }
}

static void
database_changed_cb (PassendConsentList *self,
                     const char         *entity,
                     gint64              id)
{
  if (g_strcmp0 (entity, "consent") == 0 || g_strcmp0 (entity, "guardian") == 0 || id == 0)
    reload (self);
}

/* Withdrawing */

static void
withdraw_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      PassendConsentList *self)
{
  PassendConsent *consent = g_object_get_data (G_OBJECT (dialog), "consent");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "day-entry");
  g_autoptr(GError) error = NULL;
  PassendDay day;

  if (g_strcmp0 (response, "withdraw") != 0 || self->database == NULL)
    return;

  day = passend_day_from_dutch (gtk_editable_get_text (entry), &error);
  if (day == PASSEND_DAY_NONE ||
      !passend_database_withdraw_consent (self->database, passend_consent_get_id (consent), day, &error))
    {
      toast_error (self, _("Could not withdraw the consent"), error);
      return;
    }

  show_toast (self, adw_toast_new (_("Consent withdrawn")));
}

static void
withdraw_clicked_cb (PassendConsentList *self,
                     GtkButton          *button)
{
  PassendConsent *consent = g_object_get_data (G_OBJECT (button), "consent");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;
  int year, month, day;
  g_autofree char *today = NULL;

  passend_day_get_ymd (passend_day_today (), &year, &month, &day);
  today = g_strdup_printf ("%02d-%02d-%04d", day, month, year);
  gtk_editable_set_text (GTK_EDITABLE (entry), today);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Withdraw Consent?"), NULL);
  /* TRANSLATORS: %s is a consent purpose, "Research". */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("From the day below, “%s” is no longer covered. The withdrawal is recorded on the timeline."),
                                  passend_consent_purpose_get_short_label (passend_consent_get_purpose (consent)));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "withdraw");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "consent", g_object_ref (consent), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "day-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Recording */

GtkWindow *
passend_consent_list_record (PassendConsentList *self)
{
  g_autoptr(PassendStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  PassendConsentDialog *dialog;

  g_return_val_if_fail (PASSEND_IS_CONSENT_LIST (self), NULL);

  if (self->database == NULL || self->student == NULL)
    return NULL;

  /* The caseload's student carries no birth date; the givers need it. */
  student = passend_database_get_student (self->database, passend_student_get_id (self->student), &error);
  if (student == NULL)
    {
      toast_error (self, _("Could not load the student"), error);
      return NULL;
    }

  dialog = passend_consent_dialog_new (self->database, student);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
record_clicked_cb (PassendConsentList *self)
{
  passend_consent_list_record (self);
}

/* The widget */

static void
passend_consent_list_root (GtkWidget *widget)
{
  PassendConsentList *self = PASSEND_CONSENT_LIST (widget);
  GtkWidget *page;

  GTK_WIDGET_CLASS (passend_consent_list_parent_class)->root (widget);

  /* Inserted into the student page by its template alone, so it follows
   * the page's properties rather than being told. */
  page = gtk_widget_get_ancestor (widget, PASSEND_TYPE_STUDENT_PAGE);
  if (page == NULL || self->database_binding != NULL)
    return;

  self->database_binding = g_object_bind_property (page, "database", self, "database", G_BINDING_SYNC_CREATE);
  self->student_binding = g_object_bind_property (page, "student", self, "student", G_BINDING_SYNC_CREATE);
}

static void
passend_consent_list_unroot (GtkWidget *widget)
{
  PassendConsentList *self = PASSEND_CONSENT_LIST (widget);

  g_clear_pointer (&self->database_binding, g_binding_unbind);
  g_clear_pointer (&self->student_binding, g_binding_unbind);

  GTK_WIDGET_CLASS (passend_consent_list_parent_class)->unroot (widget);
}

static void
passend_consent_list_dispose (GObject *object)
{
  PassendConsentList *self = PASSEND_CONSENT_LIST (object);

  g_clear_pointer (&self->database_binding, g_binding_unbind);
  g_clear_pointer (&self->student_binding, g_binding_unbind);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->database);
  g_clear_object (&self->student);

  G_OBJECT_CLASS (passend_consent_list_parent_class)->dispose (object);
}

static void
passend_consent_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PassendConsentList *self = PASSEND_CONSENT_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_STUDENT:
      g_value_set_object (value, self->student);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_consent_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PassendConsentList *self = PASSEND_CONSENT_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      passend_consent_list_set_database (self, g_value_get_object (value));
      break;
    case PROP_STUDENT:
      passend_consent_list_set_student (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
passend_consent_list_class_init (PassendConsentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = passend_consent_list_dispose;
  object_class->get_property = passend_consent_list_get_property;
  object_class->set_property = passend_consent_list_set_property;
  widget_class->root = passend_consent_list_root;
  widget_class->unroot = passend_consent_list_unroot;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PASSEND_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STUDENT] =
    g_param_spec_object ("student", NULL, NULL, PASSEND_TYPE_STUDENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/passend-consent-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PassendConsentList, record_button);
  gtk_widget_class_bind_template_child (widget_class, PassendConsentList, purposes_list);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);
}

static void
passend_consent_list_init (PassendConsentList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
}

GtkWidget *
passend_consent_list_new (void)
{
  return g_object_new (PASSEND_TYPE_CONSENT_LIST, NULL);
}

PassendDatabase *
passend_consent_list_get_database (PassendConsentList *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT_LIST (self), NULL);

  return self->database;
}

void
passend_consent_list_set_database (PassendConsentList *self,
                                   PassendDatabase    *database)
{
  g_return_if_fail (PASSEND_IS_CONSENT_LIST (self));
  g_return_if_fail (database == NULL || PASSEND_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

PassendStudent *
passend_consent_list_get_student (PassendConsentList *self)
{
  g_return_val_if_fail (PASSEND_IS_CONSENT_LIST (self), NULL);

  return self->student;
}

void
passend_consent_list_set_student (PassendConsentList *self,
                                  PassendStudent     *student)
{
  g_return_if_fail (PASSEND_IS_CONSENT_LIST (self));
  g_return_if_fail (student == NULL || PASSEND_IS_STUDENT (student));

  if (!g_set_object (&self->student, student))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDENT]);
}
