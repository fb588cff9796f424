/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sl-template.h: role templates in the shortlist-template/1 JSON format */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SL_TEMPLATE_ERROR (sl_template_error_quark ())

typedef enum
{
  SL_TEMPLATE_ERROR_INVALID,
  SL_TEMPLATE_ERROR_NOT_FOUND,
} SlTemplateError;

typedef enum
{
  SL_REQUIREMENT_MUST_HAVE,
  SL_REQUIREMENT_NICE_TO_HAVE,
} SlRequirementKind;

typedef enum
{
  SL_STAGE_APPLIED,
  SL_STAGE_SCREEN,
  SL_STAGE_INTERVIEW,
  SL_STAGE_OFFER,
  SL_STAGE_HIRED,
  SL_STAGE_REJECTED,
} SlStageKind;

typedef struct
{
  char *title;
  char *text;
} SlTemplateResponsibility;

typedef struct
{
  char              *category;
  char              *text;
  SlRequirementKind  kind;
  double             weight;
} SlTemplateRequirement;

typedef struct
{
  char  *key;
  char  *name;
  char  *description;  /* may be NULL */
  char  *source;       /* may be NULL */
  GStrv  questions;    /* 1 to 3 questions */
} SlTemplateCompetency;

typedef struct
{
  char        *name;
  SlStageKind  kind;
  GStrv        focus;  /* competency keys, never NULL, may be empty */
} SlTemplateStage;

typedef struct
{
  char      *id;
  char      *title;
  char      *summary;           /* may be NULL */
  GPtrArray *responsibilities;  /* SlTemplateResponsibility*, owned */
  GPtrArray *requirements;      /* SlTemplateRequirement*, owned */
  GPtrArray *competencies;      /* SlTemplateCompetency*, owned */
  GPtrArray *stages;            /* SlTemplateStage*, owned */
} SlTemplate;

GQuark               sl_template_error_quark         (void);

SlTemplate          *sl_template_new                 (void);
SlTemplate          *sl_template_new_from_data       (const char         *data,
                                                      gssize              length,
                                                      GError            **error);
SlTemplate          *sl_template_new_from_file       (const char         *path,
                                                      GError            **error);
SlTemplate          *sl_template_load_builtin        (const char         *id,
                                                      GError            **error);
GStrv                sl_template_list_builtin        (void);
char                *sl_template_to_json             (const SlTemplate   *self,
                                                      gsize              *length);

const char          *sl_requirement_kind_to_string   (SlRequirementKind   kind);
gboolean             sl_requirement_kind_from_string (const char         *str,
                                                      SlRequirementKind  *kind);
const char          *sl_stage_kind_to_string         (SlStageKind         kind);
gboolean             sl_stage_kind_from_string       (const char         *str,
                                                      SlStageKind        *kind);
const char * const  *sl_template_categories          (void);

void                 sl_template_free                (SlTemplate         *self);
void                 sl_template_stage_free          (SlTemplateStage    *stage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlTemplate, sl_template_free)

G_END_DECLS
