/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-test-packet"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sl-packet.h"
#include "sl-sample.h"
#include "test-pdf.h"
#include "test-util.h"

/* The committee packet of the sample role, read from a real database:
 * what its pages hold, that no page break cuts a block, and that a blind
 * packet names nobody. */

#define SAMPLE_ROLE 1

static SlPacketData *
load_sample (Fixture  *f,
             gboolean  blind,
             gint64    candidate_id)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  SlPacketData *data;

  if (query_int (f->path, "SELECT count(*) FROM roles") == 0)
    {
      g_assert_true (sl_sample_populate (store, SL_SAMPLE_DEFAULT_CANDIDATES, &error));
      g_assert_no_error (error);
    }

  data = sl_store_load_packet (store, SAMPLE_ROLE, candidate_id, blind, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static SlPacket *
lay_out (const SlPacketData *data,
         SlPaper             paper)
{
  double width, height;

  sl_paper_get_size (paper, &width, &height);

  return sl_packet_new (data, width, height);
}

/* Every block lies between the top of a page's body and its bottom. */
static void
assert_no_block_crosses (SlPacket *packet)
{
  double top, bottom;

  sl_packet_get_body (packet, &top, &bottom);

  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    {
      g_assert_cmpuint (sl_packet_get_n_blocks (packet, page), >, 0);

      for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
        {
          SlPacketBlockInfo info;

          sl_packet_get_block (packet, page, i, &info);
          g_assert_cmpfloat (info.y, >=, top - 0.01);
          g_assert_cmpfloat (info.y + info.height, <=, bottom + 0.01);
        }
    }
}

/* A page that goes on with a table's rows starts with its header again. */
static guint
assert_headers_repeated (SlPacket *packet)
{
  g_autoptr(GHashTable) with_header = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n_repeated = 0;
  guint last_table = 0;

  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    {
      for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
        {
          SlPacketBlockInfo info;

          sl_packet_get_block (packet, page, i, &info);

          if (i == 0 && info.kind == SL_PACKET_BLOCK_TABLE_HEADER && info.repeated)
            {
              SlPacketBlockInfo next;

              g_assert_cmpuint (info.table, ==, last_table);
              g_assert_cmpuint (sl_packet_get_n_blocks (packet, page), >, 1);
              sl_packet_get_block (packet, page, 1, &next);
              g_assert_cmpint (next.kind, ==, SL_PACKET_BLOCK_TABLE_ROW);
              g_assert_cmpuint (next.table, ==, info.table);
              n_repeated++;
            }
          else
            {
              /* Only at the top of a page, and never a row without its
               * header before it on the page. */
              g_assert_false (info.repeated);
              if (i == 0 && info.kind == SL_PACKET_BLOCK_TABLE_ROW)
                {
                  /* Tables without a header go on as they are. */
                  g_assert_cmpuint (info.table, ==, last_table);
                  g_assert_false (g_hash_table_contains (with_header, GUINT_TO_POINTER (info.table)));
                }
            }

          if (info.kind == SL_PACKET_BLOCK_TABLE_HEADER)
            g_hash_table_add (with_header, GUINT_TO_POINTER (info.table));

          if (info.table != 0)
            last_table = info.table;
        }
    }

  return n_repeated;
}

typedef struct
{
  guint cover_title;
  guint matrix_rows;
  guint heatmaps;
  guint salary_charts;
  GHashTable *candidate_pages;   /* candidate → first page */
} Census;

static void
count_blocks (SlPacket           *packet,
              const SlPacketData *data,
              Census             *census)
{
  double top;

  sl_packet_get_body (packet, &top, NULL);
  memset (census, 0, sizeof *census);
  census->candidate_pages = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    {
      const SlPacketCandidate *on_page = NULL;

      for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
        {
          SlPacketBlockInfo info;

          sl_packet_get_block (packet, page, i, &info);

          if (info.section == SL_PACKET_SECTION_COVER && info.kind == SL_PACKET_BLOCK_HEADING &&
              g_strcmp0 (info.text, data->role_title) == 0)
            {
              g_assert_cmpuint (page, ==, 0);
              census->cover_title++;
            }
          if (info.section == SL_PACKET_SECTION_MATRIX && info.kind == SL_PACKET_BLOCK_TABLE_ROW &&
              strstr (info.text, "/18\t") != NULL)
            census->matrix_rows++;
          if (info.section == SL_PACKET_SECTION_RATINGS && info.kind == SL_PACKET_BLOCK_CHART)
            census->heatmaps++;
          if (info.section == SL_PACKET_SECTION_COMPENSATION && info.kind == SL_PACKET_BLOCK_CHART &&
              g_strcmp0 (info.text, "Salary chart") == 0)
            census->salary_charts++;

          /* A candidate's pages are theirs alone, from the top of the
           * first, which their name heads. */
          if (info.section == SL_PACKET_SECTION_CANDIDATE)
            {
              g_assert_nonnull (info.candidate);
              if (on_page != NULL)
                g_assert_true (on_page == info.candidate);
              on_page = info.candidate;

              if (!g_hash_table_contains (census->candidate_pages, info.candidate))
                {
                  g_assert_cmpuint (i, ==, 0);
                  g_assert_cmpfloat (info.y, ==, top);
                  g_assert_cmpint (info.kind, ==, SL_PACKET_BLOCK_HEADING);
                  g_assert_cmpstr (info.text, ==, info.candidate->name);
                  g_hash_table_insert (census->candidate_pages, (gpointer) info.candidate,
                                       GUINT_TO_POINTER (page));
                }
            }
          else
            g_assert_null (on_page);
        }
    }
}

static void
test_sample (Fixture       *f,
             gconstpointer  paper_data)
{
  SlPaper paper = GPOINTER_TO_UINT (paper_data);
  g_autoptr(SlPacketData) data = load_sample (f, FALSE, 0);
  g_autoptr(SlPacket) packet = lay_out (data, paper);
  Census census;

  g_assert_cmpuint (data->candidates->len, ==, SL_SAMPLE_DEFAULT_CANDIDATES);
  g_assert_cmpuint (data->requirements->len, ==, 22);
  g_assert_cmpuint (data->reviewers->len, ==, 4);

  assert_no_block_crosses (packet);
  assert_headers_repeated (packet);
  count_blocks (packet, data, &census);

  g_assert_cmpuint (census.cover_title, ==, 1);
  /* Every candidate in the matrix, in each of its tables. */
  g_assert_cmpuint (census.matrix_rows % data->candidates->len, ==, 0);
  g_assert_cmpuint (census.matrix_rows, >=, data->candidates->len);
  g_assert_cmpuint (census.heatmaps, >=, 1);
  g_assert_cmpuint (census.salary_charts, ==, 1);
  g_assert_cmpuint (g_hash_table_size (census.candidate_pages), ==, data->candidates->len);

  /* The rated first, in the order a debrief with names hidden gives them
   * letters. */
  for (guint i = 0; i < data->candidates->len; i++)
    {
      const SlPacketCandidate *candidate = g_ptr_array_index (data->candidates, i);
      g_autofree char *label = g_strdup_printf ("Candidate %c", 'A' + i);

      g_assert_cmpstr (candidate->label, ==, label);
      if (i > 0 && candidate->scorecards->len > 0)
        g_assert_cmpuint (((SlPacketCandidate *) g_ptr_array_index (data->candidates, i - 1))->scorecards->len, >, 0);
    }

  g_hash_table_unref (census.candidate_pages);
}

/* Pages a few lines tall: the requirements' table goes on from page to
 * page, a whole row on each at least, its header above each part. */
static void
test_tiny_pages (Fixture       *f,
                 gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) data = load_sample (f, FALSE, 0);
  g_autoptr(SlPacket) packet = sl_packet_new (data, 595, 190);
  guint key_pages = 0;
  guint key_rows = 0;

  assert_no_block_crosses (packet);
  g_assert_cmpuint (assert_headers_repeated (packet), >, 10);

  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    {
      gboolean key_here = FALSE;

      for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
        {
          SlPacketBlockInfo info;

          sl_packet_get_block (packet, page, i, &info);
          if (info.section != SL_PACKET_SECTION_MATRIX || info.kind != SL_PACKET_BLOCK_TABLE_ROW ||
              (strstr (info.text, "\tMust-have\t") == NULL && strstr (info.text, "\tNice-to-have\t") == NULL))
            continue;

          key_rows++;
          key_here = TRUE;
        }
      key_pages += key_here;
    }

  /* All 22 requirements, over several pages. */
  g_assert_cmpuint (key_rows, ==, 22);
  g_assert_cmpuint (key_pages, >, 2);
}

/* A paragraph taller than a page goes on from page to page, a line at a
 * time, none of it lost. */
static void
test_long_paragraph (Fixture       *f,
                     gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) sample = load_sample (f, FALSE, 0);
  g_autoptr(GString) takeaways = g_string_new (NULL);
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(SlPacketData) data = NULL;
  g_autoptr(SlPacket) packet = NULL;
  g_autofree char *sql = NULL;
  guint first_page = 0;
  guint last_page = 0;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (takeaways, "Point %u: the answer was specific, with outcomes it measured. ", i + 1);
  g_string_truncate (takeaways, takeaways->len - 1);
  sql = g_strdup_printf ("UPDATE scorecards SET takeaways = '%s' WHERE id = "
                         "(SELECT min (id) FROM scorecards WHERE status = 'submitted')",
                         takeaways->str);
  exec_raw (f->path, sql);

  data = load_sample (f, FALSE, 0);
  packet = sl_packet_new (data, 420, 300);
  assert_no_block_crosses (packet);

  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
      {
        SlPacketBlockInfo info;

        sl_packet_get_block (packet, page, i, &info);
        if (info.kind != SL_PACKET_BLOCK_TEXT ||
            (found->len == 0 && strstr (info.text, "Point 1:") == NULL) ||
            (found->len > 0 && strstr (takeaways->str, info.text) == NULL) ||
            found->len >= strlen ("Takeaways: ") + takeaways->len)
          continue;

        if (found->len == 0)
          first_page = page;
        last_page = page;
        g_string_append (found, info.text);
      }

  g_assert_cmpuint (last_page, >, first_page);
  g_assert_cmpstr (found->str + strlen ("Takeaways: "), ==, takeaways->str);
}

static GStrv
candidate_names (Fixture *f)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (gint64 id = 1; id <= SL_SAMPLE_DEFAULT_CANDIDATES; id++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM candidates WHERE id = %" G_GINT64_FORMAT, id);
      g_autofree char *name = query_text (f->path, sql);

      g_strv_builder_add (names, name);
    }

  return g_strv_builder_end (names);
}

/* Written to PDF, the packet is text; blind, it names no candidate, in
 * the charts neither, while the interviewers stay named. */
static void
test_blind (Fixture       *f,
            gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) named = load_sample (f, FALSE, 0);
  g_autoptr(SlPacketData) blind = load_sample (f, TRUE, 0);
  g_autoptr(SlPacket) named_packet = lay_out (named, SL_PAPER_A4);
  g_autoptr(SlPacket) blind_packet = lay_out (blind, SL_PAPER_LETTER);
  g_autofree char *named_path = g_build_filename (f->dir, "named.pdf", NULL);
  g_autofree char *blind_path = g_build_filename (f->dir, "blind.pdf", NULL);
  g_autofree char *named_text = NULL;
  g_autofree char *blind_text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = candidate_names (f);
  guint n_employers_named = 0;
  GStatBuf st;

  g_assert_true (sl_packet_write_pdf (named_packet, named_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sl_packet_write_pdf (blind_packet, blind_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Only its owner reads what it says about candidates. */
  g_assert_cmpint (g_stat (blind_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  named_text = read_pdf_text (named_path);
  blind_text = read_pdf_text (blind_path);

  g_assert_nonnull (strstr (named_text, "Requirement matrix"));
  g_assert_nonnull (strstr (named_text, "Committee ratings"));
  g_assert_nonnull (strstr (named_text, "Krippendorff"));
  g_assert_nonnull (strstr (named_text, "Takeaways"));
  g_assert_nonnull (strstr (named_text, "Every offer"));
  g_assert_nonnull (strstr (named_text, "$237,000"));
  g_assert_nonnull (strstr (named_text, "Page 3 of"));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (names[i], " ", 2);

      g_assert_nonnull (strstr (named_text, names[i]));
      g_assert_null (strstr (blind_text, names[i]));
      /* Last names are each one candidate's; first names may be an
       * interviewer's too. */
      g_assert_null (strstr (blind_text, parts[1]));
    }

  /* The sample's evidence names employers, which would tell who. */
  for (guint i = 0; i < named->candidates->len; i++)
    {
      SlPacketCandidate *candidate = g_ptr_array_index (named->candidates, i);

      if (candidate->company == NULL)
        continue;
      n_employers_named += strstr (named_text, candidate->company) != NULL;
      g_assert_null (strstr (blind_text, candidate->company));
    }
  g_assert_cmpuint (n_employers_named, >, 0);
  g_assert_nonnull (strstr (blind_text, "[employer hidden]"));

  for (guint page = 0; page < sl_packet_get_n_pages (blind_packet); page++)
    for (guint i = 0; i < sl_packet_get_n_blocks (blind_packet, page); i++)
      {
        SlPacketBlockInfo info;

        sl_packet_get_block (blind_packet, page, i, &info);
        for (guint k = 0; names[k] != NULL; k++)
          g_assert_null (strstr (info.text, names[k]));
      }

  g_assert_nonnull (strstr (blind_text, "Candidate A"));
  g_assert_nonnull (strstr (blind_text, "Candidate L"));
  g_assert_nonnull (strstr (blind_text, "names hidden"));
  g_assert_nonnull (strstr (blind_text, "Sam Whitfield"));
}

static void
test_hide_names_in_text (void)
{
  const char *names[] = { "Dana Reyes", "Sam Reyes", "Lee Chen", NULL };
  const char *labels[] = { "Candidate A", "Candidate B", "Candidate C", NULL };
  const char *employers[] = { "Example Bank", "Sample Health", NULL };
  const struct
  {
    const char *text;
    const char *hidden;
  } cases[] = {
    { "Dana Reyes led the platform team", "Candidate A led the platform team" },
    { "Dana's answer beat Lee's", "Candidate A's answer beat Candidate C's" },
    { "Chen and Reyes both", "Candidate C and [name hidden] both" },
    { "Leeds, Danaher and Chenoweth", "Leeds, Danaher and Chenoweth" },
    { "dana reyes, as written by hand", "dana reyes, as written by hand" },
    { "Long record of production ML at Example Bank.", "Long record of production ML at [employer hidden]." },
    { "Sam Reyes joined Sample Health from Example Banking", "Candidate B joined [employer hidden] from Example Banking" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *hidden = sl_packet_hide_names_in_text (cases[i].text, names, labels, employers);

      g_assert_cmpstr (hidden, ==, cases[i].hidden);
    }

  g_assert_null (sl_packet_hide_names_in_text (NULL, names, labels, employers));

  /* Without employers, only the names. */
  {
    g_autofree char *hidden = sl_packet_hide_names_in_text ("Dana at Example Bank", names, labels, NULL);

    g_assert_cmpstr (hidden, ==, "Candidate A at Example Bank");
  }
}

/* One candidate's packet: their page, the heat map's row of theirs, and
 * the same label as in the whole role's blind packet. */
static void
test_one_candidate (Fixture       *f,
                    gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) all = load_sample (f, TRUE, 0);
  const SlPacketCandidate *third = g_ptr_array_index (all->candidates, 2);
  g_autoptr(SlPacketData) one = load_sample (f, TRUE, third->candidate_id);
  g_autoptr(SlPacket) packet = lay_out (one, SL_PAPER_A4);
  const SlPacketCandidate *candidate;
  Census census;

  g_assert_true (one->one_candidate);
  g_assert_cmpuint (one->candidates->len, ==, 1);
  g_assert_cmpuint (one->n_role_candidates, ==, SL_SAMPLE_DEFAULT_CANDIDATES);
  candidate = g_ptr_array_index (one->candidates, 0);
  g_assert_cmpstr (candidate->label, ==, "Candidate C");
  g_assert_cmpstr (candidate->name, ==, "Candidate C");

  for (guint i = 0; i < one->ratings->len; i++)
    g_assert_cmpint (((SlRoleRating *) g_ptr_array_index (one->ratings, i))->application_id, ==,
                     candidate->application_id);
  for (guint i = 0; i < one->pay_rows->len; i++)
    g_assert_cmpint (((SlPayRow *) g_ptr_array_index (one->pay_rows, i))->application_id, ==,
                     candidate->application_id);

  assert_no_block_crosses (packet);
  count_blocks (packet, one, &census);
  g_assert_cmpuint (g_hash_table_size (census.candidate_pages), ==, 1);
  g_assert_cmpuint (census.matrix_rows % 1, ==, 0);
  g_assert_cmpuint (census.matrix_rows, >=, 1);
  g_hash_table_unref (census.candidate_pages);
}

static void
test_not_a_candidate (Fixture       *f,
                      gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) sample = load_sample (f, FALSE, 0);
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlPacketData) data = NULL;
  gint64 outsider = add_candidate (store, "Ola Nordmann", "ola@example.com");

  data = sl_store_load_packet (store, SAMPLE_ROLE, outsider, FALSE, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_clear_error (&error);

  data = sl_store_load_packet (store, SAMPLE_ROLE, 9999, FALSE, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  data = sl_store_load_packet (store, 42, 0, FALSE, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, SL_ERROR, SL_ERROR_NOT_FOUND);
}

static gboolean
packet_says (SlPacket   *packet,
             const char *text)
{
  for (guint page = 0; page < sl_packet_get_n_pages (packet); page++)
    for (guint i = 0; i < sl_packet_get_n_blocks (packet, page); i++)
      {
        SlPacketBlockInfo info;

        sl_packet_get_block (packet, page, i, &info);
        if (strstr (info.text, text) != NULL)
          return TRUE;
      }

  return FALSE;
}

/* A role with nothing yet: every part is there and says so. */
static void
test_empty_role (Fixture       *f,
                 gconstpointer  data_unused)
{
  g_autoptr(SlStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  gint64 role_id = create_template_role (store, "Head of Nothing Yet");
  g_autoptr(SlPacketData) data = sl_store_load_packet (store, role_id, 0, FALSE, NULL, &error);
  g_autoptr(SlPacket) packet = NULL;

  g_assert_no_error (error);
  packet = lay_out (data, SL_PAPER_LETTER);
  assert_no_block_crosses (packet);

  g_assert_true (packet_says (packet, "The role has no candidates yet."));
  g_assert_true (packet_says (packet, "No submitted scorecards yet"));
  g_assert_true (packet_says (packet, "No one yet: there are no submitted scorecards"));
  g_assert_true (packet_says (packet, "No candidate’s pay, expectation or offer is known yet."));
  g_assert_true (packet_says (packet, "No offers yet."));
}

static void
on_progress (guint    n_done,
             guint    n_pages,
             gpointer user_data)
{
  GCancellable *cancellable = user_data;

  if (n_done == 2)
    g_cancellable_cancel (cancellable);
}

/* A packet not written whole leaves no file, and an older one as it was. */
static void
test_write_fails (Fixture       *f,
                  gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) data = load_sample (f, FALSE, 0);
  g_autoptr(SlPacket) packet = lay_out (data, SL_PAPER_A4);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *missing = g_build_filename (f->dir, "no such folder", "packet.pdf", NULL);
  g_autofree char *path = g_build_filename (f->dir, "packet.pdf", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_false (sl_packet_write_pdf (packet, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no such folder"));
  g_clear_error (&error);

  g_assert_false (sl_packet_write_pdf (packet, f->dir, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "an older packet", -1, NULL));
  g_assert_false (sl_packet_write_pdf (packet, path, on_progress, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, "an older packet");

  /* Nothing written aside is left. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".packet.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* What a printer gets: a page drawn into any cairo_t of its size. */
static void
test_draw_page (Fixture       *f,
                gconstpointer  data_unused)
{
  g_autoptr(SlPacketData) data = load_sample (f, FALSE, 0);
  g_autoptr(SlPacket) packet = sl_packet_new (data, 612, 792);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cairo_t *cr = cairo_create (surface);
  guint n_dark = 0;
  guchar *pixels;
  int stride;

  sl_packet_draw_page (packet, cr, 1);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 792; y++)
    for (int x = 0; x < 612; x++)
      {
        guint32 pixel = *(guint32 *) (pixels + y * stride + x * 4);

        n_dark += (pixel & 0xff) < 0x80;
      }
  g_assert_cmpuint (n_dark, >, 1000);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/packet/sample-a4", Fixture, GUINT_TO_POINTER (SL_PAPER_A4), fixture_set_up, test_sample,
              fixture_tear_down);
  g_test_add ("/packet/sample-letter", Fixture, GUINT_TO_POINTER (SL_PAPER_LETTER), fixture_set_up, test_sample,
              fixture_tear_down);
  FIXTURE_TEST ("/packet/tiny-pages", test_tiny_pages);
  FIXTURE_TEST ("/packet/long-paragraph", test_long_paragraph);
  FIXTURE_TEST ("/packet/blind", test_blind);
  g_test_add_func ("/packet/hide-names-in-text", test_hide_names_in_text);
  FIXTURE_TEST ("/packet/one-candidate", test_one_candidate);
  FIXTURE_TEST ("/packet/not-a-candidate", test_not_a_candidate);
  FIXTURE_TEST ("/packet/empty-role", test_empty_role);
  FIXTURE_TEST ("/packet/write-fails", test_write_fails);
  FIXTURE_TEST ("/packet/draw-page", test_draw_page);

  return g_test_run ();
}
