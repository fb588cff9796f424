/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-pay-dialogs"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sl-gui-util.h"
#include "sl-money.h"
#include "sl-pay-dialogs.h"
#include "sl-util.h"

/* The small forms of compensation: a role's pay band, what a candidate
 * earns and asks, and an offer. Each checks what is typed as it is typed,
 * with the store's own rules, and says what is wrong; Save stays off until
 * the form is right, so nothing typed is lost to a refusal. */

typedef struct _Form
{
  SlStore *store;
  GtkWidget *dialog;
  GtkLabel *message;
  GHashTable *rows;       /* field name → AdwEntryRow or AdwComboRow */
  gint64 id;              /* the role or the application */
  char *currency;
  gboolean (*check) (struct _Form *form, GError **error);
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->store);
  g_clear_pointer (&form->rows, g_hash_table_unref);
  g_free (form->currency);
  g_free (form);
}

static const char *
field_text (Form       *form,
            const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_hash_table_lookup (form->rows, name)));
}

/* An amount, NAN when the field is empty; FALSE with @error set when it
 * holds something else than a number. */
static gboolean
field_amount (Form        *form,
              const char  *name,
              const char  *label,
              double      *amount,
              GError     **error)
{
  const char *text = field_text (form, name);

  if (sl_str_is_blank (text))
    {
      *amount = NAN;
      return TRUE;
    }

  if (!sl_money_parse (text, amount))
    {
      g_set_error (error, SL_ERROR, SL_ERROR_INVALID, _("%s: “%s” is not a number"), label, text);
      return FALSE;
    }

  return TRUE;
}

static void
validate (Form *form)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = form->check (form, &error);

  gtk_label_set_label (form->message, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->message), !ok);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "save", ok);
}

static GtkWidget *
add_entry (Form       *form,
           GtkWidget  *group,
           const char *name,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (validate), form);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (form->rows, (gpointer) name, row);

  return row;
}

static char *
amount_text (double amount)
{
  return isnan (amount) ? NULL : g_strdup_printf ("%.0f", amount);
}

static char *
number_text (double value)
{
  return isnan (value) ? NULL : g_strdup_printf ("%g", value);
}

/* A message dialog holding the form's rows, Cancel and Save. */
static Form *
form_new (GtkWindow  *parent,
          SlStore    *store,
          const char *heading,
          const char *body,
          GtkWidget **group)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  form->store = g_object_ref (store);
  form->rows = g_hash_table_new (g_str_hash, g_str_equal);
  form->dialog = adw_message_dialog_new (parent, heading, body);
  form->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message, TRUE);
  gtk_label_set_xalign (form->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->message), FALSE);

  *group = adw_preferences_group_new ();
  gtk_box_append (GTK_BOX (box), *group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->message));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (form->dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");
  gtk_window_set_default_size (GTK_WINDOW (form->dialog), 480, -1);

  g_object_set_data_full (G_OBJECT (form->dialog), "sl-form", form, (GDestroyNotify) form_free);

  return form;
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ADW_IS_TOAST_OVERLAY (child) ? child : find_toast_overlay (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A refusal after Save, which validation should have caught, such as a
 * role deleted meanwhile: said in the window that opened the dialog. */
static void
report (Form         *form,
        const GError *error)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (form->dialog));
  GtkWidget *overlay = parent != NULL ? find_toast_overlay (GTK_WIDGET (parent)) : NULL;

  if (overlay != NULL)
    sl_gui_show_error (gtk_widget_get_first_child (overlay), error);
  else
    g_warning ("%s", error->message);
}

/* Pay band */

static SlPayBand *
read_band (Form    *form,
           GError **error)
{
  g_autoptr(SlPayBand) band = g_new0 (SlPayBand, 1);
  g_autofree char *currency = g_strstrip (g_strdup (field_text (form, "currency")));
  const char *equity = field_text (form, "equity");

  band->role_id = form->id;
  band->currency = g_ascii_strup (currency, -1);
  if (!field_amount (form, "min", _("Minimum"), &band->min, error) ||
      !field_amount (form, "mid", _("Midpoint"), &band->mid, error) ||
      !field_amount (form, "max", _("Maximum"), &band->max, error) ||
      !field_amount (form, "bonus", _("Target bonus"), &band->target_bonus_pct, error))
    return NULL;

  if (isnan (band->min) || isnan (band->max))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("A band needs a minimum and a maximum"));
      return NULL;
    }

  /* Without a midpoint, the band's middle. */
  if (isnan (band->mid))
    band->mid = (band->min + band->max) / 2;

  band->equity = sl_str_is_blank (equity) ? NULL : g_strstrip (g_strdup (equity));

  if (!sl_pay_band_validate (band, error))
    return NULL;

  return g_steal_pointer (&band);
}

static gboolean
check_band (Form    *form,
            GError **error)
{
  g_autoptr(SlPayBand) band = read_band (form, error);

  return band != NULL;
}

static void
on_band_save (Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlPayBand) band = read_band (form, &error);

  if (band == NULL || !sl_store_set_pay_band (form->store, band, &error))
    report (form, error);
}

/**
 * sl_pay_band_dialog_new:
 * @band: (nullable): the role's band, or %NULL when it has none yet
 */
GtkWindow *
sl_pay_band_dialog_new (GtkWindow       *parent,
                        SlStore         *store,
                        gint64           role_id,
                        const SlPayBand *band)
{
  g_autofree char *min = band != NULL ? amount_text (band->min) : NULL;
  g_autofree char *mid = band != NULL ? amount_text (band->mid) : NULL;
  g_autofree char *max = band != NULL ? amount_text (band->max) : NULL;
  g_autofree char *bonus = band != NULL ? number_text (band->target_bonus_pct) : NULL;
  GtkWidget *group;
  Form *form;

  form = form_new (parent, store, _("Pay Band"),
                   _("The role’s annual base pay, from minimum to maximum. Without a midpoint, "
                     "the middle of the two is taken."),
                   &group);
  form->id = role_id;
  form->check = check_band;

  add_entry (form, group, "currency", _("Currency (ISO 4217 code)"), band != NULL ? band->currency : "USD");
  add_entry (form, group, "min", _("Minimum"), min);
  add_entry (form, group, "mid", _("Midpoint"), mid);
  add_entry (form, group, "max", _("Maximum"), max);
  /* xgettext:no-c-format */
  add_entry (form, group, "bonus", _("Target bonus (% of base)"), bonus);
  add_entry (form, group, "equity", _("Equity"), band != NULL ? band->equity : NULL);

  g_signal_connect_swapped (form->dialog, "response::save", G_CALLBACK (on_band_save), form);
  validate (form);

  return GTK_WINDOW (form->dialog);
}

/* A candidate's pay */

static gboolean
read_pay (Form    *form,
          double  *current,
          double  *expected,
          GError **error)
{
  if (!field_amount (form, "current", _("Current pay"), current, error) ||
      !field_amount (form, "expected", _("Expectation"), expected, error))
    return FALSE;

  if ((!isnan (*current) && *current < 0) || (!isnan (*expected) && *expected < 0))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("Pay cannot be negative"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_pay (Form    *form,
           GError **error)
{
  double current, expected;

  return read_pay (form, &current, &expected, error);
}

static void
on_pay_save (Form *form)
{
  g_autoptr(GError) error = NULL;
  double current, expected;

  if (!read_pay (form, &current, &expected, &error) ||
      !sl_store_set_application_pay (form->store, form->id, current, expected, &error))
    report (form, error);
}

GtkWindow *
sl_pay_dialog_new (GtkWindow      *parent,
                   SlStore        *store,
                   const SlPayRow *row,
                   const char     *currency)
{
  g_autofree char *current = amount_text (row->current_pay);
  g_autofree char *expected = amount_text (row->expected_pay);
  g_autofree char *body = NULL;
  GtkWidget *group;
  Form *form;

  /* Translators: %s is a currency's code, such as USD */
  body = g_strdup_printf (_("Annual base pay in %s. Leave a field empty when it is not known."), currency);
  form = form_new (parent, store, row->candidate_name, body, &group);
  form->id = row->application_id;
  form->check = check_pay;

  add_entry (form, group, "current", _("Current pay"), current);
  add_entry (form, group, "expected", _("Expectation"), expected);

  g_signal_connect_swapped (form->dialog, "response::save", G_CALLBACK (on_pay_save), form);
  validate (form);

  return GTK_WINDOW (form->dialog);
}

/* Offers */

static SlOffer *
read_offer (Form    *form,
            GError **error)
{
  g_autoptr(SlOffer) offer = g_new0 (SlOffer, 1);
  const char *start = field_text (form, "start");

  offer->application_id = form->id;
  offer->currency = g_strdup (form->currency);
  if (!field_amount (form, "base", _("Base pay"), &offer->base, error) ||
      !field_amount (form, "bonus", _("Target bonus"), &offer->target_bonus_pct, error) ||
      !field_amount (form, "sign-on", _("Sign-on bonus"), &offer->sign_on, error) ||
      !field_amount (form, "equity", _("Equity grant"), &offer->equity_value, error) ||
      !field_amount (form, "vesting", _("Vesting years"), &offer->vesting_years, error))
    return NULL;

  if (isnan (offer->base))
    {
      g_set_error_literal (error, SL_ERROR, SL_ERROR_INVALID, _("An offer needs a base pay"));
      return NULL;
    }

  offer->start_date = sl_str_is_blank (start) ? NULL : g_strstrip (g_strdup (start));
  offer->status = adw_combo_row_get_selected (ADW_COMBO_ROW (g_hash_table_lookup (form->rows, "status")));

  if (!sl_offer_validate (offer, error))
    return NULL;

  return g_steal_pointer (&offer);
}

static gboolean
check_offer (Form    *form,
             GError **error)
{
  g_autoptr(SlOffer) offer = read_offer (form, error);

  return offer != NULL;
}

static void
on_offer_save (Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlOffer) offer = read_offer (form, &error);

  if (offer == NULL || sl_store_save_offer (form->store, offer, &error) == 0)
    report (form, error);
}

static char *
describe_versions (SlStore        *store,
                   const SlPayRow *row)
{
  g_autoptr(GPtrArray) offers = sl_store_list_offers (store, row->application_id, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  if (offers == NULL || offers->len == 0)
    return g_strdup (_("No offer yet. Saving makes the first version."));

  g_string_append (text, _("Saving makes a new version; the earlier ones are kept."));
  for (guint i = 0; i < offers->len; i++)
    {
      const SlOffer *offer = g_ptr_array_index (offers, i);
      g_autofree char *base = sl_money_format (offer->base, offer->currency);
      g_autofree char *total = sl_money_format (sl_offer_total (offer), offer->currency);
      g_autofree char *date = sl_gui_format_date (offer->created);

      g_string_append_c (text, '\n');
      /* Translators: an offer's version, base pay, total compensation,
       * status and the day it was made */
      g_string_append_printf (text, _("Version %u: %s base, %s in total, %s, %s"),
                              offer->version, base, total,
                              sl_offer_status_get_label (offer->status), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkWindow *
sl_offer_dialog_new (GtkWindow      *parent,
                     SlStore        *store,
                     const SlPayRow *row,
                     const char     *currency)
{
  const SlOffer *latest = row->offer;
  g_autofree char *body = describe_versions (store, row);
  g_autofree char *heading = g_strdup_printf (_("Offer to %s"), row->candidate_name);
  g_autofree char *base = latest != NULL ? amount_text (latest->base) : amount_text (row->expected_pay);
  g_autofree char *bonus = latest != NULL ? number_text (latest->target_bonus_pct) : NULL;
  g_autofree char *sign_on = latest != NULL ? amount_text (latest->sign_on) : NULL;
  g_autofree char *equity = latest != NULL ? amount_text (latest->equity_value) : NULL;
  g_autofree char *vesting = latest != NULL ? number_text (latest->vesting_years) : NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *status_row;
  GtkWidget *group;
  Form *form;

  form = form_new (parent, store, heading, body, &group);
  form->id = row->application_id;
  form->currency = g_strdup (latest != NULL ? latest->currency : currency);
  form->check = check_offer;

  add_entry (form, group, "base", _("Base pay"), base);
  /* xgettext:no-c-format */
  add_entry (form, group, "bonus", _("Target bonus (% of base)"), bonus);
  add_entry (form, group, "sign-on", _("Sign-on bonus"), sign_on);
  add_entry (form, group, "equity", _("Equity grant value"), equity);
  add_entry (form, group, "vesting", _("Vesting years"), vesting);
  add_entry (form, group, "start", _("Start date (YYYY-MM-DD)"), latest != NULL ? latest->start_date : NULL);

  for (guint i = 0; i < SL_N_OFFER_STATUSES; i++)
    gtk_string_list_append (statuses, sl_offer_status_get_label (i));
  status_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status_row), _("Status"));
  sl_gui_name_combo_row_items (ADW_COMBO_ROW (status_row));
  adw_combo_row_set_model (ADW_COMBO_ROW (status_row), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status_row), latest != NULL ? latest->status : SL_OFFER_DRAFT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status_row);
  g_hash_table_insert (form->rows, (gpointer) "status", status_row);

  g_signal_connect_swapped (form->dialog, "response::save", G_CALLBACK (on_offer_save), form);
  validate (form);

  return GTK_WINDOW (form->dialog);
}
