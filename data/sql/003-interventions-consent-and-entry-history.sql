-- Passend schema version 3: the intervention catalogue and each student's
-- interventions, the consent ledger, earlier versions of edited timeline
-- entries, drafts kept while typing, and entries recorded for several
-- students at once (each student keeps a private copy).

CREATE TABLE intervention_kind (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE CHECK (length (trim (code)) > 0),
  name              TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0),
  support_level     TEXT NOT NULL CHECK (support_level IN ('basis', 'extra')),
  -- A default length in weeks or months, or a number of sessions; a
  -- maximum where the protocol sets one (JOS: at most 5 months).
  default_weeks     INTEGER CHECK (default_weeks IS NULL OR default_weeks > 0),
  default_months    INTEGER CHECK (default_months IS NULL OR default_months > 0),
  default_sessions  INTEGER CHECK (default_sessions IS NULL OR default_sessions > 0),
  max_months        INTEGER CHECK (max_months IS NULL OR max_months > 0),
  consent_required  INTEGER NOT NULL DEFAULT 0 CHECK (consent_required IN (0, 1)),
  archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- The seed school's catalogue (seeds/002, seeds/003); editable in Preferences.
INSERT INTO intervention_kind (code, name, support_level, default_weeks, default_months, default_sessions, max_months, consent_required) VALUES
  ('rt-dyslexie',        'RT dyslexie',                    'basis', NULL, NULL, 6,    NULL, 0),
  ('rt-dyscalculie',     'RT dyscalculie',                 'basis', NULL, NULL, 6,    NULL, 0),
  ('sova',               'SoVa-training',                  'basis', NULL, NULL, 6,    NULL, 0),
  ('faalangst',          'Faalangstreductietraining',      'basis', NULL, NULL, 6,    NULL, 0),
  ('examenvrees',        'Examenvreestraining',            'basis', NULL, NULL, 3,    NULL, 0),
  ('stuva',              'STUVA',                          'basis', 10,   NULL, NULL, NULL, 0),
  ('steunlessen',        'Steunlessen',                    'basis', 6,    NULL, NULL, NULL, 0),
  ('huiswerkbegeleiding','Huiswerkbegeleiding',            'basis', 10,   NULL, NULL, NULL, 0),
  ('leerlingbegeleider', 'Leerlingbegeleider',             'basis', NULL, NULL, 3,    NULL, 0),
  ('jos',                'Jeugdondersteuning op school (JOS)', 'extra', NULL, 5, NULL, 5,    1),
  ('bpo-cluster-2',      'BPO cluster 2',                  'extra', NULL, 6,    NULL, NULL, 1),
  ('bpo-cluster-3',      'BPO cluster 3',                  'extra', NULL, 6,    NULL, NULL, 1),
  ('bpo-cluster-4',      'BPO cluster 4',                  'extra', NULL, 6,    NULL, NULL, 1),
  ('oov-observatie',     'OOV observatie',                 'extra', 6,    NULL, NULL, NULL, 1),
  ('oov-3-maanden',      'OOV observatie en behandeling (3 maanden)', 'extra', NULL, 3, NULL, NULL, 1),
  ('oov-6-maanden',      'OOV observatie en behandeling (6 maanden)', 'extra', NULL, 6, NULL, NULL, 1),
  ('pmt',                'PMT',                            'extra', NULL, NULL, 9,    NULL, 1),
  ('gastleerling',       'Gastleerlingschap',              'extra', NULL, 3,    NULL, 6,    1);

CREATE TABLE intervention (
  id                        INTEGER PRIMARY KEY,
  student_id                INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind_id                   INTEGER NOT NULL REFERENCES intervention_kind (id),
  provider_person_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  provider_organisation_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  status                    TEXT NOT NULL DEFAULT 'proposed'
                            CHECK (status IN ('proposed', 'requested', 'granted', 'running', 'extended',
                                              'evaluated', 'ended', 'refused')),
  start_on                  TEXT,
  planned_end_on            TEXT,
  planned_sessions          INTEGER CHECK (planned_sessions IS NULL OR planned_sessions > 0),
  sessions_held             INTEGER NOT NULL DEFAULT 0 CHECK (sessions_held >= 0),
  goal                      TEXT NOT NULL DEFAULT '',
  evaluation_on             TEXT,
  evaluation_outcome        TEXT NOT NULL DEFAULT '',
  created_at                INTEGER NOT NULL,
  updated_at                INTEGER NOT NULL,
  CHECK (planned_end_on IS NULL OR start_on IS NULL OR planned_end_on >= start_on)
);
CREATE INDEX intervention_student ON intervention (student_id);
CREATE INDEX intervention_open ON intervention (status, planned_end_on);

-- Consent per purpose (DOMAIN.md §6, §10.1), given by guardians with
-- gezag and/or the student (16+).
CREATE TABLE consent (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  purpose          TEXT NOT NULL CHECK (purpose IN ('discussion-external', 'request-data', 'share-data',
                                                    'research', 'jos', 'tlv')),
  party            TEXT NOT NULL DEFAULT '',
  organisation_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  form             TEXT NOT NULL CHECK (form IN ('signed-document', 'verbal')),
  given_on         TEXT NOT NULL,
  valid_until      TEXT,
  withdrawn_on     TEXT,
  note             TEXT NOT NULL DEFAULT '',
  entry_id         INTEGER REFERENCES timeline_entry (id) ON DELETE SET NULL,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  CHECK (valid_until IS NULL OR valid_until >= given_on),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_student ON consent (student_id, purpose);

CREATE TABLE consent_giver (
  consent_id   INTEGER NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
  guardian_id  INTEGER REFERENCES guardian (id) ON DELETE SET NULL,
  by_student   INTEGER NOT NULL DEFAULT 0 CHECK (by_student IN (0, 1)),
  CHECK ((guardian_id IS NOT NULL) <> (by_student = 1))
);
CREATE INDEX consent_giver_consent ON consent_giver (consent_id);

-- Editing an entry keeps what it said before: the record a TLV committee
-- or a parent may read must show it was changed, and how.
CREATE TABLE timeline_entry_version (
  id               INTEGER PRIMARY KEY,
  entry_id         INTEGER NOT NULL REFERENCES timeline_entry (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL,
  occurred_at      INTEGER NOT NULL,
  title            TEXT NOT NULL,
  body             TEXT NOT NULL,
  confidentiality  TEXT NOT NULL,
  is_fact          INTEGER NOT NULL,
  replaced_at      INTEGER NOT NULL,
  replaced_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_entry_version_entry ON timeline_entry_version (entry_id, replaced_at);

-- The same incident recorded for several students: each copy belongs to
-- one student and shows nothing of the others.
ALTER TABLE timeline_entry ADD COLUMN link_group INTEGER;
ALTER TABLE timeline_entry ADD COLUMN intervention_id INTEGER REFERENCES intervention (id) ON DELETE SET NULL;
CREATE INDEX timeline_entry_intervention ON timeline_entry (intervention_id);

-- What is being typed, stored as it is typed; closing the window never
-- loses text.
CREATE TABLE entry_draft (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  entry_id         INTEGER REFERENCES timeline_entry (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL,
  occurred_at      INTEGER NOT NULL,
  title            TEXT NOT NULL DEFAULT '',
  body             TEXT NOT NULL DEFAULT '',
  confidentiality  TEXT NOT NULL DEFAULT 'normal',
  is_fact          INTEGER NOT NULL DEFAULT 1,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX entry_draft_student ON entry_draft (student_id);
