/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-application"

#include "config.h"

#include <math.h>

#include "sl-application-private.h"
#include "sl-util.h"

/* A candidate in a role: one row of a role's pipeline, joined with the names
 * a list shows, as a read-only snapshot from the store. */
struct _SlApplication
{
  GObject parent_instance;

  gint64 id;
  gint64 candidate_id;
  gint64 role_id;
  gint64 stage_id;
  char *candidate_name;
  char *candidate_headline;
  char *role_title;
  char *stage_name;
  SlStageKind stage_kind;
  gint64 stage_entered;
  SlChecklistSummary checklist;
  char *statuses;
  GStrv evidence;
  char *rejection_reason;
  double mean_score;
};

G_DEFINE_FINAL_TYPE (SlApplication, sl_application, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CANDIDATE_ID,
  PROP_ROLE_ID,
  PROP_STAGE_ID,
  PROP_CANDIDATE_NAME,
  PROP_CANDIDATE_HEADLINE,
  PROP_ROLE_TITLE,
  PROP_STAGE_NAME,
  PROP_STAGE_KIND,
  PROP_STAGE_ENTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sl_application_finalize (GObject *object)
{
  SlApplication *self = SL_APPLICATION (object);

  g_clear_pointer (&self->candidate_name, g_free);
  g_clear_pointer (&self->candidate_headline, g_free);
  g_clear_pointer (&self->role_title, g_free);
  g_clear_pointer (&self->stage_name, g_free);
  g_clear_pointer (&self->statuses, g_free);
  g_clear_pointer (&self->evidence, g_strfreev);
  g_clear_pointer (&self->rejection_reason, g_free);

  G_OBJECT_CLASS (sl_application_parent_class)->finalize (object);
}

static void
sl_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CANDIDATE_ID:
      g_value_set_int64 (value, self->candidate_id);
      break;

    case PROP_ROLE_ID:
      g_value_set_int64 (value, self->role_id);
      break;

    case PROP_STAGE_ID:
      g_value_set_int64 (value, self->stage_id);
      break;

    case PROP_CANDIDATE_NAME:
      g_value_set_string (value, self->candidate_name);
      break;

    case PROP_CANDIDATE_HEADLINE:
      g_value_set_string (value, self->candidate_headline);
      break;

    case PROP_ROLE_TITLE:
      g_value_set_string (value, self->role_title);
      break;

    case PROP_STAGE_NAME:
      g_value_set_string (value, self->stage_name);
      break;

    case PROP_STAGE_KIND:
      g_value_set_int (value, self->stage_kind);
      break;

    case PROP_STAGE_ENTERED:
      g_value_set_int64 (value, self->stage_entered);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SlApplication *self = SL_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_CANDIDATE_ID:
      self->candidate_id = g_value_get_int64 (value);
      break;

    case PROP_ROLE_ID:
      self->role_id = g_value_get_int64 (value);
      break;

    case PROP_STAGE_ID:
      self->stage_id = g_value_get_int64 (value);
      break;

    case PROP_CANDIDATE_NAME:
      self->candidate_name = g_value_dup_string (value);
      break;

    case PROP_CANDIDATE_HEADLINE:
      self->candidate_headline = g_value_dup_string (value);
      break;

    case PROP_ROLE_TITLE:
      self->role_title = g_value_dup_string (value);
      break;

    case PROP_STAGE_NAME:
      self->stage_name = g_value_dup_string (value);
      break;

    case PROP_STAGE_KIND:
      self->stage_kind = g_value_get_int (value);
      break;

    case PROP_STAGE_ENTERED:
      self->stage_entered = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_application_class_init (SlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sl_application_finalize;
  object_class->get_property = sl_application_get_property;
  object_class->set_property = sl_application_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CANDIDATE_ID] =
    g_param_spec_int64 ("candidate-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROLE_ID] =
    g_param_spec_int64 ("role-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STAGE_ID] =
    g_param_spec_int64 ("stage-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CANDIDATE_NAME] =
    g_param_spec_string ("candidate-name", NULL, NULL, NULL, flags);
  properties[PROP_CANDIDATE_HEADLINE] =
    g_param_spec_string ("candidate-headline", NULL, NULL, NULL, flags);
  properties[PROP_ROLE_TITLE] =
    g_param_spec_string ("role-title", NULL, NULL, NULL, flags);
  properties[PROP_STAGE_NAME] =
    g_param_spec_string ("stage-name", NULL, NULL, NULL, flags);
  properties[PROP_STAGE_KIND] =
    g_param_spec_int ("stage-kind", NULL, NULL,
                      SL_STAGE_APPLIED, SL_STAGE_REJECTED, SL_STAGE_APPLIED, flags);
  properties[PROP_STAGE_ENTERED] =
    g_param_spec_int64 ("stage-entered", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sl_application_init (SlApplication *self)
{
  self->mean_score = NAN;
}

gint64
sl_application_get_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);
  return self->id;
}

gint64
sl_application_get_candidate_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);
  return self->candidate_id;
}

gint64
sl_application_get_role_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);
  return self->role_id;
}

gint64
sl_application_get_stage_id (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);
  return self->stage_id;
}

const char *
sl_application_get_candidate_name (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->candidate_name;
}

const char *
sl_application_get_candidate_headline (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->candidate_headline;
}

const char *
sl_application_get_role_title (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->role_title;
}

const char *
sl_application_get_stage_name (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);
  return self->stage_name;
}

SlStageKind
sl_application_get_stage_kind (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), SL_STAGE_APPLIED);
  return self->stage_kind;
}

/**
 * sl_application_get_stage_entered:
 *
 * Returns: when the candidate entered the current stage, in seconds since
 *   the Unix epoch (UTC).
 */
gint64
sl_application_get_stage_entered (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);
  return self->stage_entered;
}

guint
sl_application_get_days_in_stage (SlApplication *self,
                                  gint64         now)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), 0);

  if (now <= self->stage_entered)
    return 0;

  return (guint) ((now - self->stage_entered) / (24 * 60 * 60));
}

/**
 * sl_application_get_checklist:
 *
 * Returns: (transfer none): how far the candidate meets the role's
 *   requirements
 */
const SlChecklistSummary *
sl_application_get_checklist (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return &self->checklist;
}

/**
 * sl_application_get_statuses:
 *
 * Returns: (nullable): one sl_assessment_status_to_code() character per
 *   requirement of the role, in the role's order, when the application was
 *   read for a checklist matrix; %NULL otherwise
 */
const char *
sl_application_get_statuses (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->statuses;
}

/**
 * sl_application_get_evidence:
 *
 * Returns: (nullable): the evidence of each requirement, "" where there is
 *   none, in the order of sl_application_get_statuses()
 */
const char * const *
sl_application_get_evidence (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return (const char * const *) self->evidence;
}

void
sl_application_set_checklist (SlApplication            *self,
                              const SlChecklistSummary *checklist,
                              const char               *statuses,
                              const char * const       *evidence)
{
  GStrv copy;

  g_return_if_fail (SL_IS_APPLICATION (self));
  g_return_if_fail (checklist != NULL);

  self->checklist = *checklist;
  sl_set_str (&self->statuses, statuses);

  copy = g_strdupv ((char **) evidence);
  g_strfreev (self->evidence);
  self->evidence = copy;
}

void
sl_application_set_pipeline (SlApplication *self,
                             const char    *rejection_reason,
                             double         mean_score)
{
  g_return_if_fail (SL_IS_APPLICATION (self));

  sl_set_str (&self->rejection_reason, rejection_reason);
  self->mean_score = mean_score;
}

/* Why the candidate was rejected, when they were; NULL otherwise or when
 * not read with the application. */
const char *
sl_application_get_rejection_reason (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NULL);

  return self->rejection_reason;
}

/**
 * sl_application_get_mean_score:
 *
 * Returns: the mean overall recommendation of the submitted scorecards,
 *   from 1 (Strong no) to 4 (Strong yes); NAN when there is none or it was
 *   not read; -1 when the viewer may not see it yet, having a scorecard of
 *   their own to submit
 */
double
sl_application_get_mean_score (SlApplication *self)
{
  g_return_val_if_fail (SL_IS_APPLICATION (self), NAN);

  return self->mean_score;
}
