/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sl-application.h"
#include "sl-audit.h"
#include "sl-candidate.h"
#include "sl-checklist.h"
#include "sl-compensation.h"
#include "sl-error.h"
#include "sl-import.h"
#include "sl-market.h"
#include "sl-packet-data.h"
#include "sl-role.h"
#include "sl-scorecard.h"
#include "sl-stage.h"
#include "sl-template.h"

G_BEGIN_DECLS

/* The schema version this build writes. A file with a higher
 * PRAGMA user_version was written by a newer Shortlist and is refused. */
#define SL_STORE_SCHEMA_VERSION 3

/* The longest reason for a rejection, in characters. */
#define SL_REJECTION_REASON_MAX 1000

/* PRAGMA application_id of a Shortlist database: "SLST". */
#define SL_STORE_APPLICATION_ID 0x534c5354

typedef struct
{
  gint64 id;
  char *title;
  char *text;
} SlResponsibility;

typedef struct
{
  gint64 id;
  char *category;
  char *text;
  SlRequirementKind kind;
  double weight;
} SlRequirement;

typedef enum
{
  SL_CHECKLIST_ORDER_STAGE,
  SL_CHECKLIST_ORDER_NAME,
  SL_CHECKLIST_ORDER_MUST_HAVES,
  SL_CHECKLIST_ORDER_SCORE,
} SlChecklistOrder;

typedef struct
{
  gint64 id;
  char *key;
  char *name;
  char *description;
  GStrv questions;
  char *source;       /* where in the role profile it comes from, or NULL */
} SlCompetency;

typedef struct
{
  gint64 stage_id;
  char *stage_name;
  gint64 entered;   /* seconds since the epoch, UTC */
  gint64 left;      /* 0 while the candidate is still in the stage */
  char *actor;      /* who moved the candidate, or NULL */
} SlStageVisit;

typedef struct
{
  gint64 id;
  char *source;
  char *source_url;
  char *as_of;
  char *currency;
  gint64 imported;  /* seconds since the epoch, UTC */
  gboolean builtin;
  guint n_entries;
  char *feed_url;           /* the feed it was fetched from, or NULL */
  gint64 fetched;           /* when its feed last confirmed it current; 0 when never */
  gint64 total_sample_size; /* of all its entries; -1 when no entry has one */
} SlMarketDataset;

/* A feed's data set not confirmed current for this long is stale. */
#define SL_MARKET_STALE_AFTER (7 * 24 * 60 * 60)

/* A market data feed and the result of its last fetch. */
typedef struct
{
  char *url;
  gint64 added;         /* seconds since the epoch, UTC */
  gint64 checked;       /* when it was last fetched; 0 when never */
  gboolean ok;          /* whether that fetch worked */
  char *message;        /* what it brought, or what went wrong; NULL when never fetched */
  gint64 dataset_id;    /* the data set it last brought or confirmed; 0 when none */
  char *etag;           /* of its latest data set, for a conditional fetch; nullable */
  char *last_modified;  /* the same; nullable */
} SlMarketFeed;

typedef enum
{
  SL_BACKUP_ON_REQUEST,
  SL_BACKUP_DAILY,
  SL_BACKUP_BEFORE_MIGRATION,
  SL_BACKUP_BEFORE_RESTORE,
} SlBackupKind;

/* A copy of the database beside it, as its name describes it. */
typedef struct
{
  char *path;
  SlBackupKind kind;
  int schema_version;   /* before a migration: the schema it had */
  gint64 made;          /* seconds since the epoch, UTC */
  goffset size;         /* in bytes */
} SlBackup;

void             sl_backup_free                      (SlBackup       *backup);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlBackup, sl_backup_free)

/* A candidate a retention period would erase. */
typedef struct
{
  gint64 id;
  char *name;
  char *roles;          /* the roles they were rejected from, joined by ", " */
  gint64 rejected;      /* the last rejection, seconds since the epoch, UTC */
} SlExpiredCandidate;

void             sl_expired_candidate_free           (SlExpiredCandidate *expired);

/* The retention period the preferences suggest, in days. */
#define SL_RETENTION_SUGGESTED_DAYS 180

#define SL_TYPE_STORE (sl_store_get_type ())
G_DECLARE_FINAL_TYPE (SlStore, sl_store, SL, STORE, GObject)

char            *sl_store_default_path               (void);
SlStore         *sl_store_open                       (const char     *path,
                                                      GError        **error);
const char      *sl_store_get_path                   (SlStore        *self);
int              sl_store_get_schema_version         (SlStore        *self);
void             sl_store_set_actor                  (SlStore        *self,
                                                      const char     *actor);
const char      *sl_store_get_actor                  (SlStore        *self);

/* Roles */
GListModel      *sl_store_list_roles                 (SlStore        *self,
                                                      GError        **error);
SlRole          *sl_store_get_role                   (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
SlRole          *sl_store_find_role                  (SlStore        *self,
                                                      const char     *id_or_title,
                                                      GError        **error);
gint64           sl_store_create_role                (SlStore        *self,
                                                      const SlTemplate *template,
                                                      const char     *title,
                                                      GError        **error);
gboolean         sl_store_delete_role                (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_responsibilities      (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_requirements          (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_competencies          (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
GListModel      *sl_store_list_stages                (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
char            *sl_store_export_template            (SlStore        *self,
                                                      gint64          role_id,
                                                      gsize          *length,
                                                      GError        **error);

/* Requirement checklists */
gint64           sl_store_add_requirement            (SlStore        *self,
                                                      gint64          role_id,
                                                      const SlRequirement *requirement,
                                                      GError        **error);
gboolean         sl_store_update_requirement         (SlStore        *self,
                                                      const SlRequirement *requirement,
                                                      GError        **error);
gboolean         sl_store_move_requirement           (SlStore        *self,
                                                      gint64          requirement_id,
                                                      guint           index,
                                                      GError        **error);
gboolean         sl_store_remove_requirement         (SlStore        *self,
                                                      gint64          requirement_id,
                                                      GError        **error);
gboolean         sl_store_restore_requirement        (SlStore        *self,
                                                      gint64          requirement_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_assessments           (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);
gboolean         sl_store_assess                     (SlStore        *self,
                                                      gint64          application_id,
                                                      gint64          requirement_id,
                                                      SlAssessmentStatus status,
                                                      const char     *evidence,
                                                      GError        **error);
GListModel      *sl_store_list_checklist             (SlStore        *self,
                                                      gint64          role_id,
                                                      const char     *search,
                                                      SlChecklistOrder order,
                                                      gboolean        meets_must_haves);

/* Candidates */
gboolean         sl_store_save_candidate             (SlStore        *self,
                                                      SlCandidate    *candidate,
                                                      GError        **error);
gint64           sl_store_add_candidate_to_role      (SlStore        *self,
                                                      SlCandidate    *candidate,
                                                      gint64          role_id,
                                                      GError        **error);
SlCandidate     *sl_store_get_candidate              (SlStore        *self,
                                                      gint64          candidate_id,
                                                      GError        **error);
gboolean         sl_store_trash_candidate            (SlStore        *self,
                                                      gint64          candidate_id,
                                                      GError        **error);
gboolean         sl_store_restore_candidate          (SlStore        *self,
                                                      gint64          candidate_id,
                                                      GError        **error);
gboolean         sl_store_purge_trash                (SlStore        *self,
                                                      GError        **error);
guint            sl_store_count_candidates           (SlStore        *self,
                                                      GError        **error);
GListModel      *sl_store_list_candidates            (SlStore        *self,
                                                      const char     *search);
GListModel      *sl_store_list_candidates_outside_role (SlStore      *self,
                                                      gint64          role_id,
                                                      const char     *search);

/* Backups */
char            *sl_store_backup                     (SlStore        *self,
                                                      GError        **error);
GStrv            sl_store_list_backups               (SlStore        *self);
GPtrArray       *sl_store_list_backup_files          (SlStore        *self);
gboolean         sl_store_back_up_daily              (SlStore        *self,
                                                      guint           keep,
                                                      char          **path,
                                                      GError        **error);
gboolean         sl_store_restore_backup             (SlStore        *self,
                                                      const char     *backup_path,
                                                      char          **undo_path,
                                                      GError        **error);
gboolean         sl_store_quick_check                (SlStore        *self,
                                                      char          **problems,
                                                      GError        **error);

/* Personal data */
gboolean         sl_store_erase_candidate            (SlStore        *self,
                                                      gint64          candidate_id,
                                                      guint          *n_backups,
                                                      GError        **error);
GListModel      *sl_store_list_audit                 (SlStore        *self,
                                                      gint64          candidate_id);
GPtrArray       *sl_store_list_expired_candidates    (SlStore        *self,
                                                      guint           days,
                                                      GError        **error);
gboolean         sl_store_erase_expired_candidates   (SlStore        *self,
                                                      guint           days,
                                                      guint          *n_erased,
                                                      GError        **error);
char            *sl_store_export_subject             (SlStore        *self,
                                                      gint64          candidate_id,
                                                      gsize          *length,
                                                      GError        **error);

/* Importing candidates from CSV */
SlImport        *sl_store_read_import                (SlStore        *self,
                                                      GInputStream   *stream,
                                                      const char     *name,
                                                      SlImportFormat  format,
                                                      gint64          role_id,
                                                      guint64         size,
                                                      GCancellable   *cancellable,
                                                      SlImportProgress progress,
                                                      gpointer        user_data,
                                                      GError        **error);
gboolean         sl_store_import                     (SlStore        *self,
                                                      SlImport       *import,
                                                      SlImportDuplicates duplicates,
                                                      GCancellable   *cancellable,
                                                      SlImportProgress progress,
                                                      gpointer        user_data,
                                                      SlImportResult *result,
                                                      GError        **error);

/* Applications: a candidate in a role */
gint64           sl_store_add_application            (SlStore        *self,
                                                      gint64          candidate_id,
                                                      gint64          role_id,
                                                      GError        **error);
gboolean         sl_store_move_application           (SlStore        *self,
                                                      gint64          application_id,
                                                      gint64          stage_id,
                                                      GError        **error);
gboolean         sl_store_remove_application         (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);
SlApplication   *sl_store_get_application            (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);
GListModel      *sl_store_list_role_applications     (SlStore        *self,
                                                      gint64          role_id,
                                                      const char     *search);
GListModel      *sl_store_list_stage_applications    (SlStore        *self,
                                                      gint64          role_id,
                                                      gint64          stage_id,
                                                      gint64          viewer_person_id);
gboolean         sl_store_reject_application         (SlStore        *self,
                                                      gint64          application_id,
                                                      gint64          stage_id,
                                                      const char     *reason,
                                                      GError        **error);
GPtrArray       *sl_store_list_candidate_applications (SlStore       *self,
                                                      gint64          candidate_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_stage_history         (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);

/* Compensation */
SlPayBand       *sl_store_get_pay_band               (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
gboolean         sl_store_set_pay_band               (SlStore        *self,
                                                      const SlPayBand *band,
                                                      GError        **error);
gboolean         sl_store_remove_pay_band            (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);
gboolean         sl_store_set_application_pay        (SlStore        *self,
                                                      gint64          application_id,
                                                      double          current_pay,
                                                      double          expected_pay,
                                                      GError        **error);
GPtrArray       *sl_store_list_offers                (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);
gint64           sl_store_save_offer                 (SlStore        *self,
                                                      SlOffer        *offer,
                                                      GError        **error);
gboolean         sl_store_set_offer_status           (SlStore        *self,
                                                      gint64          offer_id,
                                                      SlOfferStatus   status,
                                                      GError        **error);
GPtrArray       *sl_store_list_pay_rows              (SlStore        *self,
                                                      gint64          role_id,
                                                      GError        **error);

/* Interviews and scorecards */
gint64           sl_store_ensure_person              (SlStore        *self,
                                                      const char     *name,
                                                      GError        **error);
GPtrArray       *sl_store_list_people                (SlStore        *self,
                                                      GError        **error);
gint64           sl_store_get_actor_person           (SlStore        *self);
gboolean         sl_store_set_stage_interviewers     (SlStore        *self,
                                                      gint64          stage_id,
                                                      const gint64   *person_ids,
                                                      guint           n_person_ids,
                                                      GError        **error);
GPtrArray       *sl_store_list_stage_interviewers    (SlStore        *self,
                                                      gint64          stage_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_stage_focus           (SlStore        *self,
                                                      gint64          stage_id,
                                                      GError        **error);
gint64           sl_store_add_interview              (SlStore        *self,
                                                      gint64          application_id,
                                                      gint64          stage_id,
                                                      gint64          interviewer_id,
                                                      gint64          scheduled,
                                                      GError        **error);
GPtrArray       *sl_store_list_interviews            (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);
SlScorecard     *sl_store_get_draft                  (SlStore        *self,
                                                      gint64          interview_id,
                                                      GError        **error);
gboolean         sl_store_save_draft                 (SlStore        *self,
                                                      const SlScorecard *draft,
                                                      GError        **error);
gboolean         sl_store_submit_scorecard           (SlStore        *self,
                                                      gint64          scorecard_id,
                                                      GError        **error);
gint64           sl_store_amend_scorecard            (SlStore        *self,
                                                      gint64          scorecard_id,
                                                      GError        **error);
GPtrArray       *sl_store_list_scorecards            (SlStore        *self,
                                                      gint64          application_id,
                                                      gint64          viewer_person_id,
                                                      gboolean       *hidden,
                                                      GError        **error);
GPtrArray       *sl_store_list_role_ratings          (SlStore        *self,
                                                      gint64          role_id,
                                                      gint64          viewer_person_id,
                                                      GError        **error);
gint64           sl_store_record_decision            (SlStore        *self,
                                                      gint64          application_id,
                                                      gboolean        hire,
                                                      const char     *rationale,
                                                      const char     *participants,
                                                      GError        **error);
GPtrArray       *sl_store_list_decisions             (SlStore        *self,
                                                      gint64          application_id,
                                                      GError        **error);

/* Market data */
gint64           sl_store_import_market              (SlStore        *self,
                                                      const SlMarketDocument *document,
                                                      gboolean        builtin,
                                                      GError        **error);
GPtrArray       *sl_store_list_market_datasets       (SlStore        *self,
                                                      GError        **error);
SlMarketDocument *sl_store_load_market_dataset       (SlStore        *self,
                                                      gint64          dataset_id,
                                                      GError        **error);
gboolean         sl_store_load_chart_market          (SlStore        *self,
                                                      gint64          dataset_id,
                                                      SlMarketDocument **document,
                                                      char          **note,
                                                      GError        **error);
gboolean         sl_store_delete_market_dataset      (SlStore        *self,
                                                      gint64          dataset_id,
                                                      GError        **error);
gboolean         sl_market_dataset_is_stale          (const SlMarketDataset *dataset,
                                                      gint64          now);

/* Market data feeds */
gboolean         sl_store_add_market_feed            (SlStore        *self,
                                                      const char     *url,
                                                      GError        **error);
gboolean         sl_store_remove_market_feed         (SlStore        *self,
                                                      const char     *url,
                                                      GError        **error);
GPtrArray       *sl_store_list_market_feeds          (SlStore        *self,
                                                      GError        **error);
gint64           sl_store_import_market_feed         (SlStore        *self,
                                                      const char     *feed_url,
                                                      const SlMarketDocument *document,
                                                      const char     *etag,
                                                      const char     *last_modified,
                                                      GError        **error);
gboolean         sl_store_record_feed_result         (SlStore        *self,
                                                      const char     *feed_url,
                                                      gboolean        ok,
                                                      const char     *message,
                                                      GError        **error);

/* The committee packet */
SlPacketData    *sl_store_load_packet                (SlStore        *self,
                                                      gint64          role_id,
                                                      gint64          candidate_id,
                                                      gboolean        blind,
                                                      GCancellable   *cancellable,
                                                      GError        **error);

/* Export */
gboolean         sl_store_export_checklist           (SlStore        *self,
                                                      gint64          role_id,
                                                      GOutputStream  *stream,
                                                      guint          *n_rows,
                                                      GCancellable   *cancellable,
                                                      GError        **error);
gboolean         sl_store_export_candidates          (SlStore        *self,
                                                      gint64          role_id,
                                                      GOutputStream  *stream,
                                                      guint          *n_rows,
                                                      GCancellable   *cancellable,
                                                      GError        **error);

/* Changes: the signal "changed" (SlStore *store, const char *what,
 * gint64 id) is emitted after a write committed, so views can reload. */
gboolean         sl_store_check_outside_changes      (SlStore        *self);

void             sl_responsibility_free              (SlResponsibility *responsibility);
void             sl_requirement_free                 (SlRequirement  *requirement);
void             sl_competency_free                  (SlCompetency   *competency);
void             sl_stage_visit_free                 (SlStageVisit   *visit);
void             sl_market_dataset_free              (SlMarketDataset *dataset);
void             sl_market_feed_free                 (SlMarketFeed   *feed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketDataset, sl_market_dataset_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlMarketFeed, sl_market_feed_free)

G_END_DECLS
