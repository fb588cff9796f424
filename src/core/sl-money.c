/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-money"

#include "config.h"

#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sl-money.h"

/* Symbols that readers of the currency's own country and of English both
 * recognise. Dollars other than the US dollar carry a prefix, so that a
 * table mixing currencies never reads two different amounts as the same. */
static const struct
{
  const char *code;
  const char *symbol;
} symbols[] = {
  { "USD", "$" },
  { "EUR", "€" },
  { "GBP", "£" },
  { "JPY", "¥" },
  { "CNY", "CN¥" },
  { "CHF", "CHF" },
  { "CAD", "CA$" },
  { "AUD", "A$" },
  { "NZD", "NZ$" },
  { "HKD", "HK$" },
  { "SGD", "S$" },
  { "MXN", "MX$" },
  { "BRL", "R$" },
  { "INR", "₹" },
  { "KRW", "₩" },
  { "ILS", "₪" },
  { "PLN", "zł" },
};

/* The symbols a user may type around an amount in sl_money_parse(): those
 * without letters, since letters are never part of a number. */
static const char * const parse_symbols[] = { "$", "€", "£", "¥", "₹", "₩", "₪" };

/* How the current locale writes money, in UTF-8. */
typedef struct
{
  char     thousands_sep[16];
  char     decimal_point[16];
  char     grouping[8];       /* digits a group, from the right; 0 ends it */
  gboolean symbol_first;
  gboolean symbol_space;
} Conventions;

static void
copy_locale_string (char       *dest,
                    gsize       size,
                    const char *first,
                    const char *second,
                    const char *fallback)
{
  const char *src = fallback;

  if (first != NULL && *first != '\0')
    src = first;
  else if (second != NULL && *second != '\0')
    src = second;

  /* localeconv() answers in the locale's own character set. */
  if (!g_utf8_validate (src, -1, NULL))
    {
      g_autofree char *utf8 = g_locale_to_utf8 (src, -1, NULL, NULL, NULL);

      if (utf8 == NULL || strlen (utf8) >= size)
        src = fallback;
      else
        {
          g_strlcpy (dest, utf8, size);
          return;
        }
    }

  if (strlen (src) >= size)
    src = fallback;

  g_strlcpy (dest, src, size);
}

static void
copy_grouping (char       *dest,
               gsize       size,
               const char *first,
               const char *second)
{
  const char *src = NULL;
  gsize i;

  if (first != NULL && first[0] > 0 && first[0] != CHAR_MAX)
    src = first;
  else if (second != NULL && second[0] > 0 && second[0] != CHAR_MAX)
    src = second;

  /* A locale without grouping, such as C.UTF-8, still gets groups of three:
   * "$130000" is hard to read at a glance in a chart. */
  if (src == NULL)
    src = "\3";

  for (i = 0; i + 1 < size && src[i] > 0 && src[i] != CHAR_MAX; i++)
    dest[i] = src[i];
  dest[i] = '\0';
}

static void
get_conventions (Conventions *conv)
{
  /* localeconv() reads LC_MONETARY and LC_NUMERIC; not thread-safe against
   * setlocale(), which the application calls once before any thread. */
  const struct lconv *lc = localeconv ();

  copy_locale_string (conv->thousands_sep, sizeof conv->thousands_sep,
                      lc->mon_thousands_sep, lc->thousands_sep, ",");
  copy_locale_string (conv->decimal_point, sizeof conv->decimal_point,
                      lc->mon_decimal_point, lc->decimal_point, ".");
  copy_grouping (conv->grouping, sizeof conv->grouping, lc->mon_grouping, lc->grouping);

  /* A locale that leaves the separators alike would make 1,500 a decimal. */
  if (strcmp (conv->thousands_sep, conv->decimal_point) == 0)
    g_strlcpy (conv->thousands_sep, strcmp (conv->decimal_point, ",") == 0 ? "." : ",",
               sizeof conv->thousands_sep);

  /* CHAR_MAX means the locale does not say; C.UTF-8 says nothing. */
  conv->symbol_first = lc->p_cs_precedes != 0;
  conv->symbol_space = lc->p_sep_by_space == 1;
}

const char *
sl_money_symbol (const char *currency)
{
  g_return_val_if_fail (currency != NULL, "");

  for (gsize i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (g_ascii_strcasecmp (symbols[i].code, currency) == 0)
      return symbols[i].symbol;

  return currency;
}

static void
append_grouped (GString           *out,
                const char        *digits,
                const Conventions *conv)
{
  gsize n = strlen (digits);
  gsize boundaries[64];
  gsize n_boundaries = 0;
  gsize end = n;
  guint g = 0;

  /* Where separators go, found from the right; the last group size in the
   * locale's list repeats. */
  while (conv->grouping[0] != '\0')
    {
      guint size = (guint) conv->grouping[g];

      if (end <= size || n_boundaries == G_N_ELEMENTS (boundaries))
        break;

      end -= size;
      boundaries[n_boundaries++] = end;
      if (conv->grouping[g + 1] != '\0')
        g++;
    }

  for (gsize i = 0; i < n; i++)
    {
      if (n_boundaries > 0 && i == boundaries[n_boundaries - 1])
        {
          g_string_append (out, conv->thousands_sep);
          n_boundaries--;
        }
      g_string_append_c (out, digits[i]);
    }
}

/* Whether the character of @symbol that touches the number is a letter. */
static gboolean
letter_touches (const char *symbol,
                gboolean    symbol_first)
{
  const char *p = symbol_first ? g_utf8_find_prev_char (symbol, symbol + strlen (symbol)) : symbol;

  return p != NULL && g_unichar_isalpha (g_utf8_get_char (p));
}

/* Puts @symbol where the locale puts it. A symbol that meets the number
 * with a letter always gets a space, since "CHF130,000" reads as one word;
 * "CA$130,000" needs none. */
static char *
place_symbol (const char        *number,
              gboolean           negative,
              const char        *currency,
              const Conventions *conv)
{
  const char *symbol;
  const char *space;

  if (currency == NULL || *currency == '\0')
    return g_strconcat (negative ? "-" : "", number, NULL);

  symbol = sl_money_symbol (currency);
  space = conv->symbol_space || letter_touches (symbol, conv->symbol_first) ? " " : "";

  if (conv->symbol_first)
    return g_strconcat (negative ? "-" : "", symbol, space, number, NULL);
  else
    return g_strconcat (negative ? "-" : "", number, space, symbol, NULL);
}

/**
 * sl_money_format:
 * @amount: an amount, rounded to whole units
 * @currency: (nullable): an ISO 4217 code; %NULL for the bare number
 *
 * Returns: (transfer full): the amount as the locale writes it, "—" when
 *   @amount is not a number
 */
char *
sl_money_format (double      amount,
                 const char *currency)
{
  g_autoptr(GString) number = g_string_new (NULL);
  char digits[32];
  Conventions conv;
  double rounded;

  if (!isfinite (amount))
    return g_strdup ("—");

  get_conventions (&conv);

  rounded = round (fabs (amount));
  g_snprintf (digits, sizeof digits, "%.0f", rounded);
  append_grouped (number, digits, &conv);

  return place_symbol (number->str, amount < 0 && rounded > 0, currency, &conv);
}

/* @value with at most one decimal, none when it is whole or large. */
static void
append_short_number (GString           *out,
                     double             value,
                     const Conventions *conv)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double tenths = round (value * 10);

  if (value >= 100 || fmod (tenths, 10) == 0)
    {
      g_string_append_printf (out, "%.0f", round (value));
      return;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", tenths / 10);
  for (const char *p = buffer; *p != '\0'; p++)
    {
      if (*p == '.')
        g_string_append (out, conv->decimal_point);
      else
        g_string_append_c (out, *p);
    }
}

/**
 * sl_money_format_short:
 *
 * Returns: (transfer full): "$130K", "$1.2M", or the whole amount below a
 *   thousand
 */
char *
sl_money_format_short (double      amount,
                       const char *currency)
{
  static const struct
  {
    double      scale;
    const char *context;
    const char *suffix;
  } units[] = {
    /* Translators: the suffix of an amount in thousands, as in "$130K" */
    { 1e3, "thousands", NC_("thousands", "K") },
    /* Translators: the suffix of an amount in millions, as in "$1.2M" */
    { 1e6, "millions", NC_("millions", "M") },
    /* Translators: the suffix of an amount in billions, as in "$3B" */
    { 1e9, "billions", NC_("billions", "B") },
  };
  g_autoptr(GString) number = g_string_new (NULL);
  Conventions conv;
  double magnitude;
  gsize unit;

  if (!isfinite (amount))
    return g_strdup ("—");

  magnitude = fabs (amount);
  if (round (magnitude) < 1000)
    return sl_money_format (amount, currency);

  get_conventions (&conv);

  /* Pick the unit after rounding, so 999,960 reads $1M and not $1000K. */
  for (unit = 0; unit + 1 < G_N_ELEMENTS (units); unit++)
    {
      double scaled = magnitude / units[unit].scale;
      double shown = scaled >= 100 ? round (scaled) : round (scaled * 10) / 10;

      if (shown < 1000)
        break;
    }

  append_short_number (number, magnitude / units[unit].scale, &conv);
  g_string_append (number, g_dpgettext2 (GETTEXT_PACKAGE, units[unit].context,
                                         units[unit].suffix));

  return place_symbol (number->str, amount < 0, currency, &conv);
}

static gboolean
has_prefix_len (const char *text,
                const char *prefix,
                gsize      *length)
{
  gsize n = strlen (prefix);

  if (n == 0 || strncmp (text, prefix, n) != 0)
    return FALSE;

  *length = n;
  return TRUE;
}

/* The length of a group separator at @p, 0 when there is none. Besides the
 * locale's own, people type commas, spaces, apostrophes and the spaces
 * that French and Swiss locales use, whichever of them is not the decimal
 * mark. */
static gsize
separator_at (const char        *p,
              const Conventions *conv)
{
  static const char * const common[] = {
    ",", ".", " ", "'", "\u00a0", "\u202f", "\u2009", "\u2019",
  };
  gsize length;

  if (has_prefix_len (p, conv->thousands_sep, &length))
    return length;

  for (gsize i = 0; i < G_N_ELEMENTS (common); i++)
    if (strcmp (common[i], conv->decimal_point) != 0 && has_prefix_len (p, common[i], &length))
      return length;

  return 0;
}

static const char *
skip_space (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

static const char *
skip_symbol (const char *p)
{
  gsize length;

  for (gsize i = 0; i < G_N_ELEMENTS (parse_symbols); i++)
    if (has_prefix_len (p, parse_symbols[i], &length))
      return skip_space (p + length);

  return p;
}

/**
 * sl_money_parse:
 * @text: what the user typed: "250000", "250,000", "250 000", "$250,000",
 *   or with the locale's separators
 * @amount: (out): where to store the amount
 *
 * Groups of digits must look like groups: "25,00" is refused rather than
 * read as 2,500, since it was more likely meant as a decimal.
 *
 * Returns: %TRUE when @text is an amount
 */
gboolean
sl_money_parse (const char *text,
                double     *amount)
{
  g_autoptr(GString) normal = g_string_new (NULL);
  Conventions conv;
  const char *p;
  guint group_digits = 0;
  gboolean grouped = FALSE;
  gboolean negative = FALSE;
  gsize length;
  double value;

  g_return_val_if_fail (amount != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  get_conventions (&conv);

  p = skip_space (text);
  if (*p == '-')
    {
      negative = TRUE;
      p = skip_space (p + 1);
    }
  p = skip_symbol (p);

  if (!g_ascii_isdigit (*p))
    return FALSE;

  /* The whole part, with its separators checked: every group after the
   * first has two (as in India's 12,34,567) or three digits, and the last
   * has three. */
  for (;;)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (normal, *p++);
          group_digits++;
          continue;
        }

      length = separator_at (p, &conv);
      if (length > 0 && g_ascii_isdigit (p[length]))
        {
          if ((grouped && group_digits != 2 && group_digits != 3) || (!grouped && group_digits > 3))
            return FALSE;
          grouped = TRUE;
          group_digits = 0;
          p += length;
          continue;
        }

      break;
    }

  if (grouped && group_digits != 3)
    return FALSE;

  if (has_prefix_len (p, conv.decimal_point, &length) && g_ascii_isdigit (p[length]))
    {
      p += length;
      g_string_append_c (normal, '.');
      while (g_ascii_isdigit (*p))
        g_string_append_c (normal, *p++);
    }

  p = skip_space (p);
  p = skip_symbol (p);
  if (*p != '\0')
    return FALSE;

  value = g_ascii_strtod (normal->str, NULL);
  if (!isfinite (value))
    return FALSE;

  *amount = negative ? -value : value;
  return TRUE;
}
