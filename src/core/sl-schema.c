/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include "sl-store-private.h"

/* Version 1: every entity of a hiring effort, so that later versions add
 * columns rather than redesign. Times are seconds since the Unix epoch (UTC).
 * Money is a REAL amount per year in the row's currency. */
static const char schema_v1[] =
  "PRAGMA application_id = 1397510996;\n" /* 0x534c5354, "SLST" */

  "CREATE TABLE people (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),\n"
  "  email TEXT,\n"
  "  created_at INTEGER NOT NULL\n"
  ");\n"

  "CREATE TABLE roles (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),\n"
  "  summary TEXT,\n"
  "  template_id TEXT,\n"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on-hold', 'closed')),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL\n"
  ");\n"
  "CREATE UNIQUE INDEX roles_title ON roles (title COLLATE NOCASE);\n"

  "CREATE TABLE responsibilities (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  title TEXT NOT NULL,\n"
  "  text TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX responsibilities_role ON responsibilities (role_id, position);\n"

  "CREATE TABLE requirements (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  category TEXT NOT NULL CHECK (length(trim(category)) > 0),\n"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('must-have', 'nice-to-have')),\n"
  "  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0 AND weight <= 100)\n"
  ");\n"
  "CREATE INDEX requirements_role ON requirements (role_id, position);\n"

  "CREATE TABLE competencies (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  key TEXT NOT NULL,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  description TEXT,\n"
  "  source TEXT,\n"
  "  UNIQUE (role_id, key)\n"
  ");\n"

  "CREATE TABLE competency_questions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  text TEXT NOT NULL CHECK (length(trim(text)) > 0)\n"
  ");\n"
  "CREATE INDEX competency_questions_competency ON competency_questions (competency_id);\n"

  /* Pipeline stages; those of kind 'interview' are the interview stages. */
  "CREATE TABLE stages (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('applied', 'screen', 'interview', 'offer', 'hired', 'rejected')),\n"
  "  UNIQUE (role_id, name)\n"
  ");\n"
  "CREATE INDEX stages_role ON stages (role_id, position);\n"

  "CREATE TABLE stage_competencies (\n"
  "  stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,\n"
  "  competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (stage_id, competency_id)\n"
  ") WITHOUT ROWID;\n"

  "CREATE TABLE stage_interviewers (\n"
  "  stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,\n"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (stage_id, person_id)\n"
  ") WITHOUT ROWID;\n"

  /* deleted_at marks a candidate moved to the trash, so that deleting can be
   * undone; trashed rows are purged for good when the undo is no longer
   * offered. */
  "CREATE TABLE candidates (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  email TEXT,\n"
  "  phone TEXT,\n"
  "  location TEXT,\n"
  "  headline TEXT,\n"
  "  company TEXT,\n"
  "  source TEXT,\n"
  "  notes TEXT,\n"
  "  current_pay REAL CHECK (current_pay IS NULL OR current_pay >= 0),\n"
  "  expected_pay REAL CHECK (expected_pay IS NULL OR expected_pay >= 0),\n"
  "  pay_currency TEXT,\n"
  "  created_at INTEGER NOT NULL,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  deleted_at INTEGER\n"
  ");\n"
  "CREATE INDEX candidates_name ON candidates (name COLLATE NOCASE, id);\n"
  "CREATE INDEX candidates_email ON candidates (email COLLATE NOCASE);\n"

  "CREATE VIRTUAL TABLE candidates_fts USING fts5 (\n"
  "  name, email, headline, company, location,\n"
  "  content = 'candidates', content_rowid = 'id',\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"
  "CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN\n"
  "  INSERT INTO candidates_fts (rowid, name, email, headline, company, location)\n"
  "  VALUES (new.id, new.name, new.email, new.headline, new.company, new.location);\n"
  "END;\n"
  "CREATE TRIGGER candidates_fts_delete AFTER DELETE ON candidates BEGIN\n"
  "  INSERT INTO candidates_fts (candidates_fts, rowid, name, email, headline, company, location)\n"
  "  VALUES ('delete', old.id, old.name, old.email, old.headline, old.company, old.location);\n"
  "END;\n"
  "CREATE TRIGGER candidates_fts_update AFTER UPDATE OF name, email, headline, company, location\n"
  "ON candidates BEGIN\n"
  "  INSERT INTO candidates_fts (candidates_fts, rowid, name, email, headline, company, location)\n"
  "  VALUES ('delete', old.id, old.name, old.email, old.headline, old.company, old.location);\n"
  "  INSERT INTO candidates_fts (rowid, name, email, headline, company, location)\n"
  "  VALUES (new.id, new.name, new.email, new.headline, new.company, new.location);\n"
  "END;\n"

  "CREATE TABLE applications (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  candidate_id INTEGER NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  stage_id INTEGER NOT NULL REFERENCES stages (id),\n"
  "  stage_entered_at INTEGER NOT NULL,\n"
  "  rejection_reason TEXT,\n"
  "  current_pay REAL CHECK (current_pay IS NULL OR current_pay >= 0),\n"
  "  expected_pay REAL CHECK (expected_pay IS NULL OR expected_pay >= 0),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  UNIQUE (candidate_id, role_id)\n"
  ");\n"
  "CREATE INDEX applications_role ON applications (role_id, stage_id);\n"

  "CREATE TABLE stage_history (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,\n"
  "  stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,\n"
  "  entered_at INTEGER NOT NULL,\n"
  "  left_at INTEGER,\n"
  "  actor TEXT\n"
  ");\n"
  "CREATE INDEX stage_history_application ON stage_history (application_id, entered_at);\n"

  "CREATE TABLE requirement_assessments (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,\n"
  "  requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE CASCADE,\n"
  "  status TEXT NOT NULL DEFAULT 'unassessed'\n"
  "    CHECK (status IN ('unassessed', 'met', 'partly-met', 'not-met')),\n"
  "  evidence TEXT,\n"
  "  assessed_by TEXT,\n"
  "  assessed_at INTEGER,\n"
  "  UNIQUE (application_id, requirement_id)\n"
  ");\n"

  "CREATE TABLE interviews (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,\n"
  "  stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,\n"
  "  interviewer_id INTEGER NOT NULL REFERENCES people (id),\n"
  "  scheduled_at INTEGER,\n"
  "  created_at INTEGER NOT NULL\n"
  ");\n"
  "CREATE INDEX interviews_application ON interviews (application_id);\n"

  /* A submitted scorecard is never changed: an amendment is a new row with
   * the next version for the same interview. */
  "CREATE TABLE scorecards (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,\n"
  "  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),\n"
  "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),\n"
  "  overall INTEGER CHECK (overall IS NULL OR overall BETWEEN 1 AND 4),\n"
  "  takeaways TEXT,\n"
  "  created_at INTEGER NOT NULL,\n"
  "  submitted_at INTEGER,\n"
  "  UNIQUE (interview_id, version)\n"
  ");\n"

  /* rating NULL with no_evidence = 1 is "No evidence"; NULL and 0 is not
   * rated yet. */
  "CREATE TABLE ratings (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  scorecard_id INTEGER NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,\n"
  "  competency_id INTEGER NOT NULL REFERENCES competencies (id) ON DELETE CASCADE,\n"
  "  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),\n"
  "  no_evidence INTEGER NOT NULL DEFAULT 0 CHECK (no_evidence IN (0, 1)),\n"
  "  note TEXT,\n"
  "  CHECK (NOT (no_evidence = 1 AND rating IS NOT NULL)),\n"
  "  UNIQUE (scorecard_id, competency_id)\n"
  ");\n"

  "CREATE TABLE decisions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,\n"
  "  decision TEXT NOT NULL CHECK (decision IN ('hire', 'no-hire')),\n"
  "  rationale TEXT,\n"
  "  participants TEXT,\n"
  "  decided_at INTEGER NOT NULL\n"
  ");\n"

  "CREATE TABLE pay_bands (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,\n"
  "  currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),\n"
  "  min REAL NOT NULL CHECK (min >= 0),\n"
  "  mid REAL NOT NULL,\n"
  "  max REAL NOT NULL,\n"
  "  target_bonus_pct REAL CHECK (target_bonus_pct IS NULL OR target_bonus_pct >= 0),\n"
  "  equity TEXT,\n"
  "  updated_at INTEGER NOT NULL,\n"
  "  CHECK (min <= mid AND mid <= max),\n"
  "  UNIQUE (role_id)\n"
  ");\n"

  "CREATE TABLE offers (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,\n"
  "  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),\n"
  "  currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),\n"
  "  base REAL NOT NULL CHECK (base >= 0),\n"
  "  target_bonus_pct REAL CHECK (target_bonus_pct IS NULL OR target_bonus_pct >= 0),\n"
  "  sign_on REAL CHECK (sign_on IS NULL OR sign_on >= 0),\n"
  "  equity_value REAL CHECK (equity_value IS NULL OR equity_value >= 0),\n"
  "  vesting_years REAL CHECK (vesting_years IS NULL OR vesting_years > 0),\n"
  "  start_date TEXT,\n"
  "  status TEXT NOT NULL DEFAULT 'draft'\n"
  "    CHECK (status IN ('draft', 'extended', 'accepted', 'declined')),\n"
  "  created_at INTEGER NOT NULL,\n"
  "  UNIQUE (application_id, version)\n"
  ");\n"

  "CREATE TABLE market_datasets (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  source TEXT NOT NULL,\n"
  "  source_url TEXT,\n"
  "  feed_url TEXT,\n"
  "  as_of TEXT NOT NULL,\n"
  "  currency TEXT NOT NULL CHECK (length(currency) = 3),\n"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),\n"
  "  etag TEXT,\n"
  "  last_modified TEXT,\n"
  "  imported_at INTEGER NOT NULL\n"
  ");\n"

  "CREATE TABLE market_entries (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  dataset_id INTEGER NOT NULL REFERENCES market_datasets (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  role TEXT NOT NULL,\n"
  "  level TEXT,\n"
  "  location TEXT NOT NULL DEFAULT 'US',\n"
  "  component TEXT NOT NULL CHECK (component IN ('base', 'total')),\n"
  "  sample_size INTEGER CHECK (sample_size IS NULL OR sample_size > 0),\n"
  "  p10 REAL, p25 REAL, p50 REAL, p75 REAL, p90 REAL,\n"
  "  range_min REAL, range_max REAL,\n"
  "  open_ended INTEGER NOT NULL DEFAULT 0 CHECK (open_ended IN (0, 1)),\n"
  "  average_low REAL, average_high REAL,\n"
  "  mean REAL\n"
  ");\n"
  "CREATE INDEX market_entries_dataset ON market_entries (dataset_id, position);\n"

  "CREATE TABLE audit_log (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  at INTEGER NOT NULL,\n"
  "  actor TEXT,\n"
  "  action TEXT NOT NULL,\n"
  "  entity TEXT NOT NULL,\n"
  "  entity_id INTEGER,\n"
  "  detail TEXT\n"
  ");\n"
  "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);\n";

/* How far an application meets its role's requirements, counted from its
 * assessments of the requirements still in force. Partly met counts half
 * towards the weighted points. */
#define CHECKLIST_COUNT(kind, status) \
  "(SELECT count(*) FROM requirement_assessments x JOIN requirements q ON q.id = x.requirement_id " \
  "  WHERE x.application_id = applications.id AND q.deleted_at IS NULL " \
  "    AND q.kind = '" kind "' AND x.status = '" status "')"

#define UPDATE_APPLICATION_CHECKLIST \
  "UPDATE applications SET\n" \
  "  must_met = " CHECKLIST_COUNT ("must-have", "met") ",\n" \
  "  must_not_met = " CHECKLIST_COUNT ("must-have", "not-met") ",\n" \
  "  nice_met = " CHECKLIST_COUNT ("nice-to-have", "met") ",\n" \
  "  checklist_points = (SELECT total (q.weight * CASE x.status WHEN 'met' THEN 1.0 " \
  "                                               WHEN 'partly-met' THEN 0.5 ELSE 0 END) " \
  "    FROM requirement_assessments x JOIN requirements q ON q.id = x.requirement_id " \
  "    WHERE x.application_id = applications.id AND q.deleted_at IS NULL)\n"

#define ROLE_REQUIREMENT_TOTAL(kind) \
  "(SELECT count(*) FROM requirements q WHERE q.role_id = roles.id " \
  "  AND q.deleted_at IS NULL AND q.kind = '" kind "')"

#define UPDATE_ROLE_CHECKLIST \
  "UPDATE roles SET\n" \
  "  must_total = " ROLE_REQUIREMENT_TOTAL ("must-have") ",\n" \
  "  nice_total = " ROLE_REQUIREMENT_TOTAL ("nice-to-have") ",\n" \
  "  weight_total = (SELECT total (weight) FROM requirements q " \
  "                   WHERE q.role_id = roles.id AND q.deleted_at IS NULL)\n"

/* Version 2: requirement checklists, and roles that make their template
 * again. A removed requirement is kept, marked
 * deleted, with its assessments, so that removing it can be undone. Each
 * application carries the counts of its checklist and each role the totals,
 * kept current by triggers, so that lists of any length sort and filter on
 * them without reading every assessment. */
static const char schema_v2[] =
  "ALTER TABLE requirements ADD COLUMN deleted_at INTEGER;\n"
  /* A stage's focus competencies in the order the template gave them. */
  "ALTER TABLE stage_competencies ADD COLUMN position INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE roles ADD COLUMN must_total INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE roles ADD COLUMN nice_total INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE roles ADD COLUMN weight_total REAL NOT NULL DEFAULT 0;\n"
  "ALTER TABLE applications ADD COLUMN must_met INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE applications ADD COLUMN must_not_met INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE applications ADD COLUMN nice_met INTEGER NOT NULL DEFAULT 0;\n"
  "ALTER TABLE applications ADD COLUMN checklist_points REAL NOT NULL DEFAULT 0;\n"
  "CREATE INDEX requirement_assessments_requirement ON requirement_assessments (requirement_id);\n"
  "CREATE INDEX applications_checklist ON applications (role_id, must_met);\n"

  "CREATE TRIGGER requirement_assessments_insert AFTER INSERT ON requirement_assessments BEGIN\n"
  UPDATE_APPLICATION_CHECKLIST "WHERE id = new.application_id;\n"
  "END;\n"
  "CREATE TRIGGER requirement_assessments_update AFTER UPDATE OF status ON requirement_assessments BEGIN\n"
  UPDATE_APPLICATION_CHECKLIST "WHERE id = new.application_id;\n"
  "END;\n"
  "CREATE TRIGGER requirement_assessments_delete AFTER DELETE ON requirement_assessments BEGIN\n"
  UPDATE_APPLICATION_CHECKLIST "WHERE id = old.application_id;\n"
  "END;\n"

  "CREATE TRIGGER requirements_insert AFTER INSERT ON requirements BEGIN\n"
  UPDATE_ROLE_CHECKLIST "WHERE id = new.role_id;\n"
  "END;\n"
  "CREATE TRIGGER requirements_update AFTER UPDATE OF kind, weight, deleted_at ON requirements BEGIN\n"
  UPDATE_ROLE_CHECKLIST "WHERE id = new.role_id;\n"
  UPDATE_APPLICATION_CHECKLIST
  "WHERE id IN (SELECT application_id FROM requirement_assessments WHERE requirement_id = new.id);\n"
  "END;\n"
  "CREATE TRIGGER requirements_delete AFTER DELETE ON requirements BEGIN\n"
  UPDATE_ROLE_CHECKLIST "WHERE id = old.role_id;\n"
  "END;\n"

  UPDATE_ROLE_CHECKLIST ";\n"
  UPDATE_APPLICATION_CHECKLIST ";\n";

/* Version 3: market data feeds. A feed is a web address that serves a
 * shortlist-market/1 document; each fetch that brings new figures stores
 * them as a new data set with the feed's address, and older versions stay
 * so that charts drawn from them can be drawn again. A feed's row keeps
 * the result of its last fetch only. fetched_at is when a feed's data set
 * was last confirmed current, by a fetch or by a "not modified" answer, so
 * that data nobody could confirm for a while can be shown as stale. */
static const char schema_v3[] =
  "CREATE TABLE market_feeds (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  url TEXT NOT NULL UNIQUE,\n"
  "  added_at INTEGER NOT NULL,\n"
  "  checked_at INTEGER,\n"
  "  ok INTEGER CHECK (ok IN (0, 1)),\n"
  "  message TEXT,\n"
  "  dataset_id INTEGER REFERENCES market_datasets (id) ON DELETE SET NULL\n"
  ");\n"
  "ALTER TABLE market_datasets ADD COLUMN fetched_at INTEGER;\n"
  /* A feed's latest data set is the one with the highest id. */
  "CREATE INDEX market_datasets_feed ON market_datasets (feed_url, id);\n";

const SlMigration sl_schema_migrations[] = {
  { 1, schema_v1 },
  { 2, schema_v2 },
  { 3, schema_v3 },
};

const guint sl_schema_n_migrations = G_N_ELEMENTS (sl_schema_migrations);
