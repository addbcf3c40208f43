-- Passend schema version 1: the school, its students, the people around
-- them, the support status with its history, the timeline with its
-- full-text index, content-addressed attachments and the audit log.
-- Dates without a time are 'YYYY-MM-DD' text; moments are Unix seconds.
-- The store sets PRAGMA application_id and user_version in the same
-- transaction as this script, so a half-made file is never taken for ours.

CREATE TABLE school (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  name               TEXT NOT NULL DEFAULT '',
  brin               TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  swv_name           TEXT NOT NULL DEFAULT '',
  coordinator_name   TEXT NOT NULL DEFAULT ''
);
INSERT INTO school (id) VALUES (1);

CREATE TABLE organisation (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL CHECK (length (trim (name)) > 0),
  kind      TEXT NOT NULL CHECK (kind IN ('school', 'samenwerkingsverband', 'sociaal-team',
                                          'leerplicht', 'ggd', 'jos', 'ggz', 'veilig-thuis',
                                          'bpo', 'vso-school', 'other')),
  email     TEXT NOT NULL DEFAULT '',
  phone     TEXT NOT NULL DEFAULT '',
  address   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE person (
  id               INTEGER PRIMARY KEY,
  given_name       TEXT NOT NULL DEFAULT '',
  tussenvoegsel    TEXT NOT NULL DEFAULT '',
  family_name      TEXT NOT NULL CHECK (length (trim (family_name)) > 0),
  role             TEXT NOT NULL DEFAULT '',
  internal         INTEGER NOT NULL DEFAULT 1 CHECK (internal IN (0, 1)),
  code             TEXT NOT NULL DEFAULT '',
  organisation_id  INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  email            TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_organisation ON person (organisation_id);

CREATE TABLE student (
  id             INTEGER PRIMARY KEY,
  lvs_number     TEXT NOT NULL UNIQUE CHECK (length (trim (lvs_number)) > 0),
  roepnaam       TEXT NOT NULL DEFAULT '',
  voorletters    TEXT NOT NULL DEFAULT '',
  tussenvoegsel  TEXT NOT NULL DEFAULT '',
  achternaam     TEXT NOT NULL CHECK (length (trim (achternaam)) > 0),
  birth_date     TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  gender         TEXT NOT NULL DEFAULT '',
  class_name     TEXT NOT NULL DEFAULT '',
  year           INTEGER NOT NULL DEFAULT 0 CHECK (year BETWEEN 0 AND 7),
  track          TEXT NOT NULL DEFAULT '',
  location       TEXT NOT NULL DEFAULT '',
  mentor_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
  enrolled_on    TEXT CHECK (enrolled_on IS NULL OR enrolled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  left_on        TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (left_on IS NULL OR enrolled_on IS NULL OR left_on >= enrolled_on)
);
CREATE INDEX student_mentor ON student (mentor_id);

CREATE TABLE guardian (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  relation         TEXT NOT NULL DEFAULT '',
  voorletters      TEXT NOT NULL DEFAULT '',
  tussenvoegsel    TEXT NOT NULL DEFAULT '',
  achternaam       TEXT NOT NULL CHECK (length (trim (achternaam)) > 0),
  has_authority    INTEGER NOT NULL DEFAULT 1 CHECK (has_authority IN (0, 1)),
  email            TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  phone_is_secret  INTEGER NOT NULL DEFAULT 0 CHECK (phone_is_secret IN (0, 1)),
  prefers_email    INTEGER NOT NULL DEFAULT 1 CHECK (prefers_email IN (0, 1))
);
CREATE INDEX guardian_student ON guardian (student_id);

-- People involved with one student beyond mentor and guardians.
CREATE TABLE student_person (
  student_id  INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  note        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (student_id, person_id)
) WITHOUT ROWID;
CREATE INDEX student_person_person ON student_person (person_id);

CREATE TABLE support_status (
  student_id       INTEGER PRIMARY KEY REFERENCES student (id) ON DELETE CASCADE,
  niveau           INTEGER NOT NULL CHECK (niveau BETWEEN 1 AND 4),
  phase            TEXT NOT NULL CHECK (phase IN ('0', '1', '2', '3a', '3b', '4')),
  regie            TEXT NOT NULL CHECK (regie IN ('mentor', 'leco', 'oco')),
  regie_person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  case_open        INTEGER NOT NULL DEFAULT 1 CHECK (case_open IN (0, 1)),
  opened_at        INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX support_status_regie_person ON support_status (regie_person_id);
-- The caseload reads only open cases: a partial index keeps it small.
CREATE INDEX support_status_open ON support_status (student_id) WHERE case_open = 1;

CREATE TABLE support_status_history (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  changed_at       INTEGER NOT NULL,
  niveau           INTEGER NOT NULL CHECK (niveau BETWEEN 1 AND 4),
  phase            TEXT NOT NULL CHECK (phase IN ('0', '1', '2', '3a', '3b', '4')),
  regie            TEXT NOT NULL CHECK (regie IN ('mentor', 'leco', 'oco')),
  regie_person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  reason           TEXT NOT NULL DEFAULT '',
  actor            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX support_status_history_student ON support_status_history (student_id, changed_at);
CREATE INDEX support_status_history_regie_person ON support_status_history (regie_person_id);

CREATE TABLE support_need (
  id     INTEGER PRIMARY KEY,
  label  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (label)) > 0)
);

CREATE TABLE student_support_need (
  student_id  INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  need_id     INTEGER NOT NULL REFERENCES support_need (id) ON DELETE CASCADE,
  PRIMARY KEY (student_id, need_id)
) WITHOUT ROWID;
CREATE INDEX student_support_need_need ON student_support_need (need_id);

CREATE TABLE timeline_entry (
  id               INTEGER PRIMARY KEY,
  student_id       INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (length (kind) > 0),
  occurred_at      INTEGER NOT NULL,
  author           TEXT NOT NULL DEFAULT '',
  title            TEXT NOT NULL DEFAULT '',
  body             TEXT NOT NULL DEFAULT '',
  confidentiality  TEXT NOT NULL DEFAULT 'normal'
                   CHECK (confidentiality IN ('normal', 'care', 'medical', 'meldcode')),
  is_fact          INTEGER NOT NULL DEFAULT 1 CHECK (is_fact IN (0, 1)),
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX timeline_entry_student ON timeline_entry (student_id, occurred_at DESC, id DESC);
CREATE INDEX timeline_entry_occurred ON timeline_entry (occurred_at DESC);

-- The full-text index over title and body. Meldcode entries belong to a
-- restricted part of the record and are never indexed, so no search can
-- reveal them: the index takes its text from a view without them
-- (external content, the text itself lives once, in timeline_entry), and
-- the triggers skip them. Accents and case are folded by the tokenizer;
-- the prefix index keeps search-as-you-type fast on short prefixes.
CREATE VIEW timeline_entry_searchable AS
  SELECT id, title, body FROM timeline_entry WHERE confidentiality <> 'meldcode';

CREATE VIRTUAL TABLE timeline_fts USING fts5 (
  title, body,
  content = 'timeline_entry_searchable', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE TRIGGER timeline_entry_fts_insert AFTER INSERT ON timeline_entry
  WHEN new.confidentiality <> 'meldcode'
BEGIN
  INSERT INTO timeline_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER timeline_entry_fts_delete AFTER DELETE ON timeline_entry
  WHEN old.confidentiality <> 'meldcode'
BEGIN
  INSERT INTO timeline_fts (timeline_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
-- One trigger, not two: the delete must reach the index before the insert.
CREATE TRIGGER timeline_entry_fts_update AFTER UPDATE OF title, body, confidentiality ON timeline_entry
BEGIN
  INSERT INTO timeline_fts (timeline_fts, rowid, title, body)
    SELECT 'delete', old.id, old.title, old.body WHERE old.confidentiality <> 'meldcode';
  INSERT INTO timeline_fts (rowid, title, body)
    SELECT new.id, new.title, new.body WHERE new.confidentiality <> 'meldcode';
END;

-- Content-addressed: the same bytes are stored once, whatever entries use
-- them. A rowid table, because WITHOUT ROWID suits small rows only.
CREATE TABLE attachment_blob (
  id       INTEGER PRIMARY KEY,
  sha256   TEXT NOT NULL UNIQUE CHECK (length (sha256) = 64),
  size     INTEGER NOT NULL CHECK (size >= 0),
  content  BLOB NOT NULL
);

CREATE TABLE attachment (
  id          INTEGER PRIMARY KEY,
  entry_id    INTEGER NOT NULL REFERENCES timeline_entry (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL REFERENCES attachment_blob (sha256),
  file_name   TEXT NOT NULL CHECK (length (trim (file_name)) > 0),
  media_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
  added_at    INTEGER NOT NULL
);
CREATE INDEX attachment_entry ON attachment (entry_id);
CREATE INDEX attachment_blob_ref ON attachment (sha256);

-- Who changed what and when. Never the content itself: the audit log is
-- read by the FG and must not become a second copy of special data.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  actor      TEXT NOT NULL DEFAULT '',
  action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'view', 'export', 'import')),
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
