/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-template.c: the built-in role template and template validation */

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sl-template.h"

#define BUILTIN_ID "vp-ai-ml-engineering"

/* A small valid template that the invalid cases below break one member at
 * a time.
 */
static const char *base_document =
  "{\n"
  "  \"format\": \"shortlist-template/1\",\n"
  "  \"id\": \"test-role\",\n"
  "  \"title\": \"Test role\",\n"
  "  \"summary\": \"A role for tests.\",\n"
  "  \"responsibilities\": [ { \"title\": \"Lead\", \"text\": \"Lead the team.\" } ],\n"
  "  \"requirements\": [\n"
  "    { \"category\": \"Experience\", \"text\": \"Ten years\", \"kind\": \"must-have\",\n"
  "      \"weight\": 2 },\n"
  "    { \"category\": \"Education\", \"text\": \"A degree\", \"kind\": \"nice-to-have\" }\n"
  "  ],\n"
  "  \"competencies\": [\n"
  "    { \"key\": \"alpha\", \"name\": \"Alpha\", \"questions\": [ \"Tell us about alpha.\" ] },\n"
  "    { \"key\": \"beta\", \"name\": \"Beta\", \"description\": \"B\",\n"
  "      \"source\": \"soft-skill\",\n"
  "      \"questions\": [ \"One?\", \"Two?\", \"Three?\" ] }\n"
  "  ],\n"
  "  \"stages\": [\n"
  "    { \"name\": \"Applied\", \"kind\": \"applied\", \"focus\": [] },\n"
  "    { \"name\": \"Interview\", \"kind\": \"interview\", \"focus\": [ \"alpha\", \"beta\" ] },\n"
  "    { \"name\": \"Rejected\", \"kind\": \"rejected\" }\n"
  "  ]\n"
  "}\n";

/* The base document with one member replaced by @value, a JSON text in
 * which single quotes stand for double quotes, or left out if @value is
 * NULL.
 */
static char *
document_with (const char *member,
               const char *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, base_document, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  if (value == NULL)
    {
      json_object_remove_member (root, member);
    }
  else
    {
      g_autoptr(JsonParser) value_parser = json_parser_new ();
      g_autofree char *json = g_strdelimit (g_strdup (value), "'", '"');

      json_parser_load_from_data (value_parser, json, -1, &error);
      g_assert_no_error (error);
      json_object_set_member (root, member, json_node_copy (json_parser_get_root (value_parser)));
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  return json_generator_to_data (generator, NULL);
}

static SlTemplate *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  SlTemplate *template = sl_template_load_builtin (BUILTIN_ID, &error);

  g_assert_no_error (error);
  g_assert_nonnull (template);
  return template;
}

static const SlTemplateRequirement *
find_requirement (const SlTemplate *template,
                  const char       *text)
{
  for (guint i = 0; i < template->requirements->len; i++)
    {
      const SlTemplateRequirement *item = g_ptr_array_index (template->requirements, i);

      if (strcmp (item->text, text) == 0)
        return item;
    }

  return NULL;
}

static const SlTemplateCompetency *
find_competency (const SlTemplate *template,
                 const char       *key)
{
  for (guint i = 0; i < template->competencies->len; i++)
    {
      const SlTemplateCompetency *item = g_ptr_array_index (template->competencies, i);

      if (strcmp (item->key, key) == 0)
        return item;
    }

  return NULL;
}

static guint
count_requirements_containing (const SlTemplate *template,
                               const char       *needle)
{
  guint n = 0;

  for (guint i = 0; i < template->requirements->len; i++)
    {
      const SlTemplateRequirement *item = g_ptr_array_index (template->requirements, i);

      if (strstr (item->text, needle) != NULL)
        n++;
    }

  return n;
}

static void
assert_templates_equal (const SlTemplate *a,
                        const SlTemplate *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->summary, ==, b->summary);

  g_assert_cmpuint (a->responsibilities->len, ==, b->responsibilities->len);
  for (guint i = 0; i < a->responsibilities->len; i++)
    {
      const SlTemplateResponsibility *x = g_ptr_array_index (a->responsibilities, i);
      const SlTemplateResponsibility *y = g_ptr_array_index (b->responsibilities, i);

      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->text, ==, y->text);
    }

  g_assert_cmpuint (a->requirements->len, ==, b->requirements->len);
  for (guint i = 0; i < a->requirements->len; i++)
    {
      const SlTemplateRequirement *x = g_ptr_array_index (a->requirements, i);
      const SlTemplateRequirement *y = g_ptr_array_index (b->requirements, i);

      g_assert_cmpstr (x->category, ==, y->category);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpfloat (x->weight, ==, y->weight);
    }

  g_assert_cmpuint (a->competencies->len, ==, b->competencies->len);
  for (guint i = 0; i < a->competencies->len; i++)
    {
      const SlTemplateCompetency *x = g_ptr_array_index (a->competencies, i);
      const SlTemplateCompetency *y = g_ptr_array_index (b->competencies, i);

      g_assert_cmpstr (x->key, ==, y->key);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->description, ==, y->description);
      g_assert_cmpstr (x->source, ==, y->source);
      g_assert_true (g_strv_equal ((const char * const *) x->questions,
                                   (const char * const *) y->questions));
    }

  g_assert_cmpuint (a->stages->len, ==, b->stages->len);
  for (guint i = 0; i < a->stages->len; i++)
    {
      const SlTemplateStage *x = g_ptr_array_index (a->stages, i);
      const SlTemplateStage *y = g_ptr_array_index (b->stages, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_true (g_strv_equal ((const char * const *) x->focus,
                                   (const char * const *) y->focus));
    }
}

static void
test_builtin_list (void)
{
  g_auto(GStrv) ids = sl_template_list_builtin ();

  g_assert_nonnull (ids);
  g_assert_true (g_strv_contains ((const char * const *) ids, BUILTIN_ID));

  for (guint i = 1; ids[i] != NULL; i++)
    g_assert_cmpstr (ids[i - 1], <, ids[i]);
}

static void
test_builtin_not_found (void)
{
  const char *ids[] = { "no-such-role", "../market/default", "", "VP" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SlTemplate) template = sl_template_load_builtin (ids[i], &error);

      g_assert_error (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_NOT_FOUND);
      g_assert_null (template);
    }
}

static void
test_builtin_header (void)
{
  g_autoptr(SlTemplate) template = load_builtin ();

  g_assert_cmpstr (template->id, ==, BUILTIN_ID);
  g_assert_cmpstr (template->title, ==, "VP of AI/ML Engineering");
  g_assert_cmpstr (template->summary, ==,
                   "The role of Vice President (VP) of AI/ML Engineering is a critical "
                   "leadership position that combines technical expertise, strategic vision, "
                   "and managerial skills. This overview provides a comprehensive look at the "
                   "key responsibilities and qualifications required for this high-level "
                   "position.");
}

static void
test_builtin_responsibilities (void)
{
  static const char *key_responsibilities[][2] = {
    { "Technical Leadership",
      "Guide and mentor a team of engineers and data scientists, fostering a culture of "
      "innovation and high performance." },
    { "Strategic Direction",
      "Develop and implement AI/ML strategies aligned with company objectives." },
    { "Solution Design",
      "Oversee the design, development, and deployment of scalable, robust ML models and AI "
      "solutions." },
    { "Cross-functional Collaboration",
      "Work closely with various teams to ensure seamless integration of AI/ML solutions." },
    { "Innovation",
      "Stay abreast of industry trends and drive the adoption of cutting-edge AI/ML "
      "technologies." },
    { "Operational Excellence",
      "Ensure the reliability and efficiency of ML models in production environments." },
  };
  static const struct
  {
    const char *title;
    guint n_items;
  } core_groups[] = {
    { "Strategic Leadership", 2 },
    { "Technical Oversight", 3 },
    { "Team Management", 2 },
    { "Project Management", 2 },
    { "Innovation and Best Practices", 2 },
    { "Ethical and Secure AI", 2 },
    { "Stakeholder Engagement", 2 },
    { "Continuous Improvement", 2 },
  };
  g_autoptr(SlTemplate) template = load_builtin ();
  const SlTemplateResponsibility *item;

  g_assert_cmpuint (template->responsibilities->len, ==, 6 + 17);

  for (guint i = 0; i < G_N_ELEMENTS (key_responsibilities); i++)
    {
      item = g_ptr_array_index (template->responsibilities, i);
      g_assert_cmpstr (item->title, ==, key_responsibilities[i][0]);
      g_assert_cmpstr (item->text, ==, key_responsibilities[i][1]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (core_groups); i++)
    {
      guint n = 0;

      for (guint j = 6; j < template->responsibilities->len; j++)
        {
          item = g_ptr_array_index (template->responsibilities, j);
          if (strcmp (item->title, core_groups[i].title) == 0)
            n++;
        }

      g_assert_cmpuint (n, ==, core_groups[i].n_items);
    }

  item = g_ptr_array_index (template->responsibilities, 6);
  g_assert_cmpstr (item->text, ==,
                   "Develop and execute AI/ML strategies aligned with business objectives");
  item = g_ptr_array_index (template->responsibilities, template->responsibilities->len - 1);
  g_assert_cmpstr (item->title, ==, "Continuous Improvement");
  g_assert_cmpstr (item->text, ==, "Integrate cutting-edge research into organizational practices");
}

static void
test_builtin_requirements (void)
{
  static const struct
  {
    const char *category;
    SlRequirementKind kind;
    const char *text;
  } expected[] = {
    { "Experience", SL_REQUIREMENT_MUST_HAVE,
      "7-10 years of hands-on experience in AI/ML engineering, with a focus on production "
      "environments." },
    { "Education", SL_REQUIREMENT_MUST_HAVE,
      "Advanced degree (Master's or Ph.D.) in AI/ML, data science, computer science, "
      "mathematics, or related field" },
    { "Industry knowledge", SL_REQUIREMENT_MUST_HAVE,
      "Understanding of relevant industry regulations and compliance requirements." },
    { "Leadership", SL_REQUIREMENT_MUST_HAVE,
      "Proven track record in managing and leading large, highly skilled technical teams" },
    { "Leadership", SL_REQUIREMENT_MUST_HAVE,
      "Experience in talent recognition, performance management, and fostering "
      "high-performance culture" },
    { "Technical skills", SL_REQUIREMENT_MUST_HAVE,
      "Proficiency in programming languages, particularly Python" },
    { "Technical skills", SL_REQUIREMENT_MUST_HAVE,
      "Expertise in machine learning libraries and frameworks (e.g., TensorFlow, PyTorch, "
      "scikit-learn)" },
    { "Technical skills", SL_REQUIREMENT_MUST_HAVE,
      "Experience with cloud platforms (AWS, Azure, GCP) and containerization (Docker, "
      "Kubernetes)" },
    { "Technical skills", SL_REQUIREMENT_MUST_HAVE,
      "Strong understanding of data science pipelines, MLOps, and ML model lifecycle "
      "management" },
    { "Technical skills", SL_REQUIREMENT_MUST_HAVE,
      "Familiarity with API development and integration" },
    { "Domain expertise", SL_REQUIREMENT_MUST_HAVE,
      "Experience in developing and deploying AI/ML models in production environments" },
    { "Domain expertise", SL_REQUIREMENT_MUST_HAVE,
      "Knowledge of Generative AI, Natural Language Processing (NLP), and other advanced AI "
      "applications" },
    { "Domain expertise", SL_REQUIREMENT_MUST_HAVE,
      "Understanding of software engineering principles and best practices" },
    { "Soft skills", SL_REQUIREMENT_MUST_HAVE,
      "Excellent communication skills to articulate technical concepts to diverse audiences" },
    { "Soft skills", SL_REQUIREMENT_MUST_HAVE,
      "Strong collaboration abilities to work effectively with cross-functional teams" },
    { "Soft skills", SL_REQUIREMENT_MUST_HAVE,
      "Leadership qualities to inspire and guide technical teams" },
    { "Soft skills", SL_REQUIREMENT_MUST_HAVE,
      "Passion for technology transformation and continuous improvement" },
    { "Soft skills", SL_REQUIREMENT_MUST_HAVE,
      "Commitment to staying updated with the latest AI/ML trends and best practices" },
    { "Leadership", SL_REQUIREMENT_NICE_TO_HAVE,
      "Leadership Experience: Proven track record in managing technical teams and complex "
      "projects." },
    { "Domain expertise", SL_REQUIREMENT_NICE_TO_HAVE,
      "Specialized Skills: Experience with Generative AI, large language models (LLMs), and "
      "advanced NLP techniques." },
    { "Soft skills", SL_REQUIREMENT_NICE_TO_HAVE,
      "Research Orientation: Strong drive to incorporate cutting-edge research into practical "
      "AI/ML initiatives." },
    { "Industry knowledge", SL_REQUIREMENT_NICE_TO_HAVE,
      "For financial sector roles, experience in Finance or FinTech is often preferred" },
  };
  g_autoptr(SlTemplate) template = load_builtin ();
  guint n_must = 0;
  guint n_nice = 0;

  g_assert_cmpuint (template->requirements->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const SlTemplateRequirement *item = find_requirement (template, expected[i].text);

      if (item == NULL)
        g_error ("missing requirement: %s", expected[i].text);

      g_assert_cmpstr (item->category, ==, expected[i].category);
      g_assert_cmpint (item->kind, ==, expected[i].kind);
      g_assert_cmpfloat (item->weight, ==, 1.0);
    }

  for (guint i = 0; i < template->requirements->len; i++)
    {
      const SlTemplateRequirement *item = g_ptr_array_index (template->requirements, i);

      g_assert_true (g_strv_contains (sl_template_categories (), item->category));
      if (item->kind == SL_REQUIREMENT_MUST_HAVE)
        n_must++;
      else
        n_nice++;
    }

  g_assert_cmpuint (n_must, ==, 18);
  g_assert_cmpuint (n_nice, ==, 4);

  /* Lines that the seed gives both as a qualification and as a requirement
   * are listed once.
   */
  g_assert_cmpuint (count_requirements_containing (template, "7-10 years"), ==, 1);
  g_assert_cmpuint (count_requirements_containing (template, "Advanced degree"), ==, 1);
  g_assert_cmpuint (count_requirements_containing (template, "industry regulations"), ==, 1);
  g_assert_cmpuint (count_requirements_containing (template, "FinTech"), ==, 1);
}

static void
test_builtin_competencies (void)
{
  static const char *expected[][3] = {
    { "technical-leadership", "Technical Leadership", "responsibility" },
    { "strategic-direction", "Strategic Direction", "responsibility" },
    { "solution-design", "Solution Design", "responsibility" },
    { "cross-functional-collaboration", "Cross-functional Collaboration", "responsibility" },
    { "innovation", "Innovation", "responsibility" },
    { "operational-excellence", "Operational Excellence", "responsibility" },
    { "communication", "Communication", "soft-skill" },
    { "collaboration", "Collaboration", "soft-skill" },
    { "problem-solving-and-critical-thinking", "Problem-Solving and Critical Thinking",
      "soft-skill" },
    { "adaptability-and-continuous-learning", "Adaptability and Continuous Learning",
      "soft-skill" },
    { "leadership-and-strategic-thinking", "Leadership and Strategic Thinking", "soft-skill" },
    { "emotional-intelligence", "Emotional Intelligence", "soft-skill" },
    { "domain-knowledge", "Domain Knowledge", "soft-skill" },
    { "customer-focus-and-business-acumen", "Customer Focus and Business Acumen", "soft-skill" },
    { "accountability-and-ownership", "Accountability and Ownership", "soft-skill" },
    { "patience-and-tenacity", "Patience and Tenacity", "soft-skill" },
  };
  g_autoptr(SlTemplate) template = load_builtin ();
  const SlTemplateCompetency *item;

  g_assert_cmpuint (template->competencies->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      guint n_questions;

      item = g_ptr_array_index (template->competencies, i);
      g_assert_cmpstr (item->key, ==, expected[i][0]);
      g_assert_cmpstr (item->name, ==, expected[i][1]);
      g_assert_cmpstr (item->source, ==, expected[i][2]);
      g_assert_nonnull (item->description);
      g_assert_cmpstr (item->description, !=, "");

      n_questions = g_strv_length (item->questions);
      g_assert_cmpuint (n_questions, >=, 1);
      g_assert_cmpuint (n_questions, <=, 3);
      for (guint j = 0; j < n_questions; j++)
        g_assert_cmpuint (strlen (item->questions[j]), >, 20);
    }

  item = find_competency (template, "operational-excellence");
  g_assert_cmpstr (item->description, ==,
                   "Ensure the reliability and efficiency of ML models in production "
                   "environments.");
  item = find_competency (template, "communication");
  g_assert_nonnull (strstr (item->description,
                            "Ability to convey complex AI/ML concepts to both technical and "
                            "non-technical stakeholders"));
  item = find_competency (template, "patience-and-tenacity");
  g_assert_nonnull (strstr (item->description, "despite obstacles"));
  g_assert_null (strstr (item->description, "Mastering"));
}

static void
test_builtin_stages (void)
{
  static const struct
  {
    const char *name;
    SlStageKind kind;
  } expected[] = {
    { "Applied", SL_STAGE_APPLIED },
    { "Recruiter screen", SL_STAGE_SCREEN },
    { "Hiring manager interview", SL_STAGE_INTERVIEW },
    { "Technical deep dive", SL_STAGE_INTERVIEW },
    { "Leadership panel", SL_STAGE_INTERVIEW },
    { "Executive interview", SL_STAGE_INTERVIEW },
    { "Offer", SL_STAGE_OFFER },
    { "Hired", SL_STAGE_HIRED },
    { "Rejected", SL_STAGE_REJECTED },
  };
  g_autoptr(SlTemplate) template = load_builtin ();
  g_autoptr(GHashTable) focused = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (template->stages->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const SlTemplateStage *stage = g_ptr_array_index (template->stages, i);
      guint n_focus = g_strv_length (stage->focus);

      g_assert_cmpstr (stage->name, ==, expected[i].name);
      g_assert_cmpint (stage->kind, ==, expected[i].kind);

      if (stage->kind == SL_STAGE_INTERVIEW)
        {
          g_assert_cmpuint (n_focus, >=, 3);
          g_assert_cmpuint (n_focus, <=, 6);
        }
      else
        {
          g_assert_cmpuint (n_focus, ==, 0);
        }

      for (guint j = 0; j < n_focus; j++)
        {
          g_assert_nonnull (find_competency (template, stage->focus[j]));
          g_hash_table_add (focused, stage->focus[j]);
        }
    }

  for (guint i = 0; i < template->competencies->len; i++)
    {
      const SlTemplateCompetency *item = g_ptr_array_index (template->competencies, i);

      if (!g_hash_table_contains (focused, item->key))
        g_error ("competency %s is not the focus of any stage", item->key);
    }
}

static void
test_builtin_from_seed (void)
{
  const char *seed_path = g_getenv ("SHORTLIST_SEED");
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = NULL;

  if (seed_path == NULL)
    {
      g_test_skip ("SHORTLIST_SEED is not set");
      return;
    }

  g_file_get_contents (seed_path, &seed, NULL, &error);
  g_assert_no_error (error);

  template = load_builtin ();
  g_assert_nonnull (strstr (seed, template->summary));

  for (guint i = 0; i < template->requirements->len; i++)
    {
      const SlTemplateRequirement *item = g_ptr_array_index (template->requirements, i);

      if (strstr (seed, item->text) == NULL)
        g_error ("requirement not in the seed: %s", item->text);
    }

  for (guint i = 0; i < template->responsibilities->len; i++)
    {
      const SlTemplateResponsibility *item = g_ptr_array_index (template->responsibilities, i);

      if (strstr (seed, item->text) == NULL || strstr (seed, item->title) == NULL)
        g_error ("responsibility not in the seed: %s: %s", item->title, item->text);
    }

  for (guint i = 0; i < template->competencies->len; i++)
    {
      const SlTemplateCompetency *item = g_ptr_array_index (template->competencies, i);
      g_autofree char *heading = g_strdup_printf ("\n%s\n", item->name);
      g_autofree char *bullet = g_strdup_printf ("- %s: ", item->name);

      if (strstr (seed, heading) == NULL && strstr (seed, bullet) == NULL)
        g_error ("competency not in the seed: %s", item->name);
    }
}

static void
test_round_trip_builtin (void)
{
  g_autoptr(SlTemplate) template = load_builtin ();
  g_autoptr(SlTemplate) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  gsize length = 0;

  json = sl_template_to_json (template, &length);
  g_assert_nonnull (json);
  g_assert_cmpuint (length, ==, strlen (json));

  copy = sl_template_new_from_data (json, (gssize) length, &error);
  g_assert_no_error (error);
  assert_templates_equal (template, copy);

  json_again = sl_template_to_json (copy, NULL);
  g_assert_cmpstr (json, ==, json_again);
}

static void
test_round_trip_optional (void)
{
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(SlTemplate) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  SlTemplateRequirement *requirement;

  template = sl_template_new_from_data (base_document, -1, &error);
  g_assert_no_error (error);

  g_clear_pointer (&template->summary, g_free);
  requirement = g_ptr_array_index (template->requirements, 0);
  requirement->weight = 0.25;

  json = sl_template_to_json (template, NULL);
  copy = sl_template_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  assert_templates_equal (template, copy);
  g_assert_null (copy->summary);
  g_assert_null (((SlTemplateCompetency *) g_ptr_array_index (copy->competencies, 0))->description);
}

static void
test_valid_document (void)
{
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;
  const SlTemplateRequirement *requirement;
  const SlTemplateStage *stage;

  template = sl_template_new_from_data (base_document, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (template->id, ==, "test-role");
  g_assert_cmpuint (template->requirements->len, ==, 2);

  requirement = g_ptr_array_index (template->requirements, 0);
  g_assert_cmpfloat (requirement->weight, ==, 2.0);
  requirement = g_ptr_array_index (template->requirements, 1);
  g_assert_cmpfloat (requirement->weight, ==, 1.0);
  g_assert_cmpint (requirement->kind, ==, SL_REQUIREMENT_NICE_TO_HAVE);

  stage = g_ptr_array_index (template->stages, 2);
  g_assert_nonnull (stage->focus);
  g_assert_cmpuint (g_strv_length (stage->focus), ==, 0);
  g_clear_pointer (&template, sl_template_free);

  /* Unknown members are ignored; optional ones may be left out. */
  extra = document_with ("x-extension", "{ \"anything\": [1, 2, 3] }");
  template = sl_template_new_from_data (extra, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&template, sl_template_free);
  g_clear_pointer (&extra, g_free);

  extra = document_with ("responsibilities", NULL);
  template = sl_template_new_from_data (extra, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (template->responsibilities->len, ==, 0);
  g_clear_pointer (&template, sl_template_free);
  g_clear_pointer (&extra, g_free);

  extra = document_with ("requirements", "[]");
  template = sl_template_new_from_data (extra, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (template->requirements->len, ==, 0);
}

static void
test_file (void)
{
  g_autoptr(SlTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("shortlist-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "role.json", NULL);

  g_file_set_contents (path, base_document, -1, &error);
  g_assert_no_error (error);
  template = sl_template_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (template->title, ==, "Test role");
  g_clear_pointer (&template, sl_template_free);

  g_file_set_contents (path, "{ \"format\": 3 }", -1, &error);
  g_assert_no_error (error);
  template = sl_template_new_from_file (path, &error);
  g_assert_error (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "role.json: "));
  g_assert_nonnull (strstr (error->message, "format: "));
  g_assert_null (template);
  g_clear_error (&error);

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  template = sl_template_new_from_file (path, &error);
  g_assert_error (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_INVALID);
  g_assert_null (template);
  g_clear_error (&error);

  template = sl_template_new_from_file (dir, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_null (template);
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (path), ==, 0);
  template = sl_template_new_from_file (path, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (template);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_kind_strings (void)
{
  SlRequirementKind requirement_kind;
  SlStageKind stage_kind;
  const char * const *categories = sl_template_categories ();

  g_assert_cmpstr (sl_requirement_kind_to_string (SL_REQUIREMENT_MUST_HAVE), ==, "must-have");
  g_assert_cmpstr (sl_requirement_kind_to_string (SL_REQUIREMENT_NICE_TO_HAVE), ==, "nice-to-have");
  g_assert_true (sl_requirement_kind_from_string ("nice-to-have", &requirement_kind));
  g_assert_cmpint (requirement_kind, ==, SL_REQUIREMENT_NICE_TO_HAVE);
  g_assert_false (sl_requirement_kind_from_string ("must", &requirement_kind));

  for (SlStageKind kind = SL_STAGE_APPLIED; kind <= SL_STAGE_REJECTED; kind++)
    {
      g_assert_true (sl_stage_kind_from_string (sl_stage_kind_to_string (kind), &stage_kind));
      g_assert_cmpint (stage_kind, ==, kind);
    }
  g_assert_cmpstr (sl_stage_kind_to_string (SL_STAGE_SCREEN), ==, "screen");
  g_assert_false (sl_stage_kind_from_string ("Interview", &stage_kind));

  g_assert_cmpuint (g_strv_length ((GStrv) categories), ==, 7);
  g_assert_cmpstr (categories[0], ==, "Experience");
  g_assert_cmpstr (categories[6], ==, "Industry knowledge");
}

typedef struct
{
  const char *name;
  const char *member;    /* NULL: value is the whole document */
  const char *value;     /* NULL with a member: leave the member out */
  const char *expected;  /* a part of the error message */
} InvalidCase;

/* Values are written with single quotes for legibility; document_with()
 * turns them into double quotes. Whole documents are used as they are.
 */
static const InvalidCase invalid_cases[] = {
  { "broken-json", NULL,
    "{\n  \"format\": \"shortlist-template/1\",\n  \"id\": ,\n}",
    "line 3, column" },
  { "single-quotes", NULL,
    "{ 'format': 'shortlist-template/1' }",
    "line 1, column 3: unexpected character" },
  { "trailing-garbage", NULL, "{}\n}", "line 2" },
  { "empty", NULL, "", "empty" },
  { "not-an-object", NULL, "[1, 2]", "not a JSON object" },
  { "format-type", "format", "1", "format: expected a string" },
  { "format-missing", "format", NULL, "format: required member is missing" },
  { "format-value", "format", "'shortlist-template/2'",
    "format: expected \"shortlist-template/1\", found \"shortlist-template/2\"" },
  { "id-type", "id", "7", "id: expected a string" },
  { "id-missing", "id", NULL, "id: required member is missing" },
  { "id-not-slug", "id", "'VP AI'", "id: \"VP AI\" is not an id" },
  { "title-type", "title", "['VP']", "title: expected a string" },
  { "title-missing", "title", NULL, "title: required member is missing" },
  { "title-blank", "title", "'   '", "title: must not be empty" },
  { "title-long", "title",
    "'0123456789012345678901234567890123456789012345678901234567890123456789"
    "0123456789012345678901234567890123456789012345678901234567890123456789"
    "012345678901234567890123456789012345678901234567890123456789X'",
    "title: longer than 200 characters" },
  { "summary-type", "summary", "5", "summary: expected a string" },
  { "responsibilities-type", "responsibilities", "{}", "responsibilities: expected an array" },
  { "responsibility-item", "responsibilities", "['Lead']",
    "responsibilities[0]: expected an object" },
  { "responsibility-text", "responsibilities", "[{'title': 'Lead'}]",
    "responsibilities[0].text: required member is missing" },
  { "requirements-type", "requirements", "'none'", "requirements: expected an array" },
  { "requirements-missing", "requirements", NULL, "requirements: required member is missing" },
  { "requirement-kind", "requirements",
    "[{'category': 'Experience', 'text': 'a', 'kind': 'must-have'},"
    " {'category': 'Experience', 'text': 'b', 'kind': 'must-have'},"
    " {'category': 'Experience', 'text': 'c', 'kind': 'must-have'},"
    " {'category': 'Experience', 'text': 'd', 'kind': 'must'}]",
    "requirements[3].kind: \"must\" is not one of \"must-have\", \"nice-to-have\"" },
  { "requirement-category", "requirements",
    "[{'category': 'Cooking', 'text': 'a', 'kind': 'must-have'}]",
    "requirements[0].category: \"Cooking\" is not one of \"Experience\", \"Education\"" },
  { "requirement-category-case", "requirements",
    "[{'category': 'technical skills', 'text': 'a', 'kind': 'must-have'}]",
    "requirements[0].category: \"technical skills\" is not one of" },
  { "requirement-text", "requirements",
    "[{'category': 'Education', 'text': 12, 'kind': 'must-have'}]",
    "requirements[0].text: expected a string" },
  { "requirement-weight-type", "requirements",
    "[{'category': 'Education', 'text': 'a', 'kind': 'must-have', 'weight': '1'}]",
    "requirements[0].weight: expected a number" },
  { "requirement-weight-range", "requirements",
    "[{'category': 'Education', 'text': 'a', 'kind': 'must-have', 'weight': 101}]",
    "requirements[0].weight: 101 is not between 0 and 100" },
  { "requirement-weight-negative", "requirements",
    "[{'category': 'Education', 'text': 'a', 'kind': 'must-have', 'weight': -0.5}]",
    "requirements[0].weight: -0.5 is not between 0 and 100" },
  { "competencies-type", "competencies", "3", "competencies: expected an array" },
  { "competencies-missing", "competencies", NULL, "competencies: required member is missing" },
  { "competency-key", "competencies",
    "[{'key': 'Alpha Key', 'name': 'A', 'questions': ['Q?']}]",
    "competencies[0].key: \"Alpha Key\" is not a key" },
  { "competency-key-duplicate", "competencies",
    "[{'key': 'alpha', 'name': 'A', 'questions': ['Q?']},"
    " {'key': 'alpha', 'name': 'B', 'questions': ['Q?']}]",
    "competencies[1].key: the key \"alpha\" is already used by competencies[0]" },
  { "competency-name", "competencies",
    "[{'key': 'alpha', 'name': '', 'questions': ['Q?']}]",
    "competencies[0].name: must not be empty" },
  { "competency-four-questions", "competencies",
    "[{'key': 'alpha', 'name': 'A', 'questions': ['1?', '2?', '3?', '4?']}]",
    "competencies[0].questions: expected an array of 1 to 3 strings" },
  { "competency-no-questions", "competencies",
    "[{'key': 'alpha', 'name': 'A', 'questions': []}]",
    "competencies[0].questions: expected an array of 1 to 3 strings" },
  { "competency-questions-missing", "competencies",
    "[{'key': 'alpha', 'name': 'A'}]",
    "competencies[0].questions: expected an array of 1 to 3 strings" },
  { "competency-question-type", "competencies",
    "[{'key': 'alpha', 'name': 'A', 'questions': ['Q?', 2]}]",
    "competencies[0].questions: expected an array of 1 to 3 strings" },
  { "competency-question-blank", "competencies",
    "[{'key': 'alpha', 'name': 'A', 'questions': ['Q?', ' ']}]",
    "competencies[0].questions[1]: must not be empty" },
  { "stages-type", "stages", "{}", "stages: expected an array" },
  { "stages-missing", "stages", NULL, "stages: required member is missing" },
  { "stages-empty", "stages", "[]", "stages: expected at least one stage" },
  { "stages-only-rejected", "stages",
    "[{'name': 'Rejected', 'kind': 'rejected'}]",
    "stages: at least one stage" },
  { "stage-kind", "stages",
    "[{'name': 'Applied', 'kind': 'new'}]",
    "stages[0].kind: \"new\" is not one of \"applied\", \"screen\"" },
  { "stage-duplicate", "stages",
    "[{'name': 'Applied', 'kind': 'applied'}, {'name': 'APPLIED ', 'kind': 'screen'}]",
    "stages[1].name: \"APPLIED\" is already the name of stages[0]" },
  { "stage-focus-type", "stages",
    "[{'name': 'Applied', 'kind': 'applied', 'focus': 'alpha'}]",
    "stages[0].focus: expected an array" },
  { "stage-focus-unknown", "stages",
    "[{'name': 'A', 'kind': 'applied'}, {'name': 'B', 'kind': 'screen'},"
    " {'name': 'C', 'kind': 'interview'}, {'name': 'D', 'kind': 'interview'},"
    " {'name': 'E', 'kind': 'interview', 'focus': ['alpha', 'foo']}]",
    "stages[4].focus[1]: no competency has the key \"foo\"" },
  { "stage-focus-twice", "stages",
    "[{'name': 'A', 'kind': 'interview', 'focus': ['alpha', 'alpha']}]",
    "stages[0].focus[1]: \"alpha\" is listed more than once" },
};

static void
assert_invalid (const char *document,
                gssize      length,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SlTemplate) template = sl_template_new_from_data (document, length, &error);

  g_assert_error (error, SL_TEMPLATE_ERROR, SL_TEMPLATE_ERROR_INVALID);
  g_assert_null (template);

  if (strstr (error->message, expected) == NULL)
    g_error ("message \"%s\" does not contain \"%s\"", error->message, expected);
}

static void
test_invalid_case (gconstpointer data)
{
  const InvalidCase *invalid = data;
  g_autofree char *document = NULL;

  if (invalid->member == NULL)
    document = g_strdup (invalid->value);
  else
    document = document_with (invalid->member, invalid->value);

  assert_invalid (document, -1, invalid->expected);
}

static void
test_invalid_too_large (void)
{
  gsize size = 1024 * 1024 + 1;
  g_autofree char *document = g_malloc (size);
  gsize base_length = strlen (base_document);

  /* A valid template padded with white space past the limit. */
  memcpy (document, base_document, base_length);
  memset (document + base_length, ' ', size - base_length);

  assert_invalid (document, (gssize) size, "larger than 1 MiB");

  /* Exactly at the limit is fine. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SlTemplate) template = NULL;

    template = sl_template_new_from_data (document, (gssize) size - 1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (template);
  }
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *document = document_with ("title", "\"Title\"");
  gsize length = strlen (document);
  char *at = strstr (document, "Title");

  at[1] = (char) 0xff;
  assert_invalid (document, -1, "not valid UTF-8");

  /* A NUL byte inside the given length is not text either. */
  at[1] = '\0';
  assert_invalid (document, (gssize) length, "not valid UTF-8");
}

static void
test_invalid_weight_overflow (void)
{
  g_autoptr(GString) document = g_string_new (base_document);

  /* Written by hand: a generator cannot write a number that overflows. */
  g_assert_cmpuint (g_string_replace (document, "\"weight\": 2", "\"weight\": 1e999", 1),
                    ==, 1);
  assert_invalid (document->str, -1, "requirements[0].weight: inf is not between 0 and 100");
}

static void
test_invalid_too_many_items (void)
{
  GString *requirements = g_string_new ("[");
  g_autofree char *document = NULL;

  for (guint i = 0; i < 501; i++)
    g_string_append_printf (requirements,
                            "%s{\"category\": \"Experience\", \"text\": \"r%u\", "
                            "\"kind\": \"must-have\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (requirements, "]");

  document = document_with ("requirements", requirements->str);
  assert_invalid (document, -1, "requirements: more than 500 items");
  g_string_free (requirements, TRUE);
}

static void
test_invalid_deep_nesting (void)
{
  guint depth = 200000;
  GString *document = g_string_new ("{\"format\": \"shortlist-template/1\", \"x\": ");

  /* Deep enough to exhaust the stack of a recursive parser. */
  for (guint i = 0; i < depth; i++)
    g_string_append_c (document, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (document, ']');
  g_string_append_c (document, '}');

  assert_invalid (document->str, -1, "nested more than");
  g_string_free (document, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/template/builtin/list", test_builtin_list);
  g_test_add_func ("/template/builtin/not-found", test_builtin_not_found);
  g_test_add_func ("/template/builtin/header", test_builtin_header);
  g_test_add_func ("/template/builtin/responsibilities", test_builtin_responsibilities);
  g_test_add_func ("/template/builtin/requirements", test_builtin_requirements);
  g_test_add_func ("/template/builtin/competencies", test_builtin_competencies);
  g_test_add_func ("/template/builtin/stages", test_builtin_stages);
  g_test_add_func ("/template/builtin/from-seed", test_builtin_from_seed);
  g_test_add_func ("/template/round-trip/builtin", test_round_trip_builtin);
  g_test_add_func ("/template/round-trip/optional", test_round_trip_optional);
  g_test_add_func ("/template/valid", test_valid_document);
  g_test_add_func ("/template/file", test_file);
  g_test_add_func ("/template/kind-strings", test_kind_strings);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/template/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid_case);
    }

  g_test_add_func ("/template/invalid/too-large", test_invalid_too_large);
  g_test_add_func ("/template/invalid/utf8", test_invalid_utf8);
  g_test_add_func ("/template/invalid/weight-overflow", test_invalid_weight_overflow);
  g_test_add_func ("/template/invalid/too-many-items", test_invalid_too_many_items);
  g_test_add_func ("/template/invalid/deep-nesting", test_invalid_deep_nesting);

  return g_test_run ();
}
