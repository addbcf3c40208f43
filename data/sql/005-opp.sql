-- Passend schema version 5: the OPP as a versioned document. Each version
-- has a state; its content (the short fields below, the texts per
-- section, factors, needs, goals, support lines and the OOGO log) can be
-- edited while the version is a concept or in overleg. Vaststellen stores
-- the SHA-256 of the canonical content and from then on triggers refuse
-- any change to it: editing afterwards means a new version. Evaluations,
-- signatures, the state history and the end of the OPP are recorded
-- beside the content, not in it.

CREATE TABLE opp_version (
  id                  INTEGER PRIMARY KEY,
  student_id          INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  number              INTEGER NOT NULL CHECK (number >= 1),
  state               TEXT NOT NULL DEFAULT 'concept'
                      CHECK (state IN ('concept', 'in-overleg', 'ter-instemming', 'vastgesteld',
                                       'in-uitvoering', 'geevalueerd', 'bijgesteld', 'beeindigd',
                                       'geen-overeenstemming')),
  -- What starts the 6-week term: enrolment with extra support, the
  -- decision to give extra support, or an arrangement granted.
  trigger_kind        TEXT CHECK (trigger_kind IS NULL OR trigger_kind IN ('enrolment', 'extra-support', 'arrangement')),
  trigger_on          TEXT CHECK (trigger_on IS NULL OR trigger_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  based_on_id         INTEGER REFERENCES opp_version (id) ON DELETE SET NULL,
  -- Content: uitstroomperspectief, hoorrecht and maatwerk onderwijstijd.
  uitstroom_profile   TEXT NOT NULL DEFAULT ''
                      CHECK (uitstroom_profile IN ('', 'vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding')),
  uitstroom_level     TEXT NOT NULL DEFAULT '',
  student_heard_on    TEXT CHECK (student_heard_on IS NULL OR student_heard_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  maatwerk            INTEGER NOT NULL DEFAULT 0 CHECK (maatwerk IN (0, 1)),
  isd_requested_on    TEXT CHECK (isd_requested_on IS NULL OR isd_requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  isd_decided_on      TEXT CHECK (isd_decided_on IS NULL OR isd_decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- Set when the version is vastgesteld; never changes afterwards.
  content_sha256      TEXT CHECK (content_sha256 IS NULL OR length (content_sha256) = 64),
  established_on      TEXT CHECK (established_on IS NULL OR established_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  ended_on            TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  end_reason          TEXT CHECK (end_reason IS NULL OR end_reason IN ('support-ended', 'left-school', 'tlv', 'other')),
  end_note            TEXT NOT NULL DEFAULT '',
  bron_reported_on    TEXT CHECK (bron_reported_on IS NULL OR bron_reported_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  UNIQUE (student_id, number),
  CHECK ((content_sha256 IS NULL) = (established_on IS NULL)),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE INDEX opp_version_based_on ON opp_version (based_on_id);

-- The free texts, one row per section that has text.
CREATE TABLE opp_text (
  version_id  INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  section     TEXT NOT NULL CHECK (section IN ('schoolloopbaan', 'earlier-support', 'po-advice', 'instroom',
                                               'wishes-student', 'wishes-parents', 'people-involved',
                                               'uitstroom-onderbouwing', 'afwijkingen', 'toegroeiplan',
                                               'mening-leerling', 'hoorrecht-motivering', 'zienswijze-ouders',
                                               'medisch')),
  body        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (version_id, section)
) WITHOUT ROWID;

CREATE TABLE opp_factor (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  domain      TEXT NOT NULL CHECK (domain IN ('leren', 'werkhouding', 'sociaal-emotioneel', 'lichamelijk-medisch',
                                              'thuissituatie')),
  polarity    TEXT NOT NULL CHECK (polarity IN ('belemmerend', 'bevorderend')),
  position    INTEGER NOT NULL CHECK (position >= 0),
  body        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opp_factor_version ON opp_factor (version_id, domain, position);

-- Onderwijs- and ondersteuningsbehoeften ("heeft … nodig").
CREATE TABLE opp_need (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('onderwijs', 'ondersteuning')),
  domain      TEXT NOT NULL CHECK (domain IN ('leren', 'werkhouding', 'sociaal-emotioneel', 'lichamelijk-medisch',
                                              'thuissituatie')),
  position    INTEGER NOT NULL CHECK (position >= 0),
  body        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opp_need_version ON opp_need (version_id, position);

-- The golden thread: need → goal → support line → evaluation date.
CREATE TABLE opp_goal (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  need_id     INTEGER REFERENCES opp_need (id) ON DELETE SET NULL,
  domain      TEXT NOT NULL CHECK (domain IN ('leren', 'werkhouding', 'sociaal-emotioneel', 'lichamelijk-medisch',
                                              'thuissituatie')),
  position    INTEGER NOT NULL CHECK (position >= 0),
  body        TEXT NOT NULL DEFAULT '',
  criterion   TEXT NOT NULL DEFAULT '',
  target_on   TEXT CHECK (target_on IS NULL OR target_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX opp_goal_version ON opp_goal (version_id, position);
CREATE INDEX opp_goal_need ON opp_goal (need_id);

-- The handelingsdeel's support lines. is_extra marks extra ondersteuning:
-- without any, the handelingsdeel needs no instemming.
CREATE TABLE opp_support (
  id               INTEGER PRIMARY KEY,
  version_id       INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  goal_id          INTEGER REFERENCES opp_goal (id) ON DELETE SET NULL,
  intervention_id  INTEGER REFERENCES intervention (id) ON DELETE SET NULL,
  position         INTEGER NOT NULL CHECK (position >= 0),
  what             TEXT NOT NULL DEFAULT '',
  who              TEXT NOT NULL DEFAULT '',
  frequency        TEXT NOT NULL DEFAULT '',
  from_on          TEXT CHECK (from_on IS NULL OR from_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  until_on         TEXT CHECK (until_on IS NULL OR until_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  evaluation_on    TEXT CHECK (evaluation_on IS NULL OR evaluation_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  is_extra         INTEGER NOT NULL DEFAULT 1 CHECK (is_extra IN (0, 1)),
  CHECK (until_on IS NULL OR from_on IS NULL OR until_on >= from_on)
);
CREATE INDEX opp_support_version ON opp_support (version_id, position);
CREATE INDEX opp_support_goal ON opp_support (goal_id);
CREATE INDEX opp_support_intervention ON opp_support (intervention_id);

-- The OOGO log: op overeenstemming gericht overleg with the parents.
CREATE TABLE opp_consultation (
  id            INTEGER PRIMARY KEY,
  version_id    INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 0),
  held_on       TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  participants  TEXT NOT NULL DEFAULT '',
  summary       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opp_consultation_version ON opp_consultation (version_id, position);

-- Evaluations happen after vaststelling and are not part of the content.
CREATE TABLE opp_evaluation (
  id            INTEGER PRIMARY KEY,
  version_id    INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  held_on       TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  participants  TEXT NOT NULL DEFAULT '',
  student_view  TEXT NOT NULL DEFAULT '',
  conclusions   TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX opp_evaluation_version ON opp_evaluation (version_id, held_on);

CREATE TABLE opp_goal_result (
  evaluation_id  INTEGER NOT NULL REFERENCES opp_evaluation (id) ON DELETE CASCADE,
  goal_id        INTEGER NOT NULL REFERENCES opp_goal (id) ON DELETE CASCADE,
  result         TEXT NOT NULL CHECK (result IN ('reached', 'partly', 'not-reached')),
  note           TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX opp_goal_result_goal ON opp_goal_result (goal_id);

-- Instemming by a guardian with gezag or the adult student, the student's
-- own signature, and vaststelling by the school. Each names the content
-- hash it was given on. Strokes are the pad's vector drawing (format in
-- core's passend-signature.h); a paper signature points at its scan.
CREATE TABLE opp_signature (
  id              INTEGER PRIMARY KEY,
  version_id      INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  signer          TEXT NOT NULL CHECK (signer IN ('guardian', 'student', 'school')),
  guardian_id     INTEGER REFERENCES guardian (id) ON DELETE SET NULL,
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  role            TEXT NOT NULL DEFAULT '',
  outcome         TEXT NOT NULL CHECK (outcome IN ('agreed', 'not-agreed', 'established')),
  reason          TEXT NOT NULL DEFAULT '',
  signed_on       TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  place           TEXT NOT NULL DEFAULT '',
  method          TEXT NOT NULL CHECK (method IN ('pad', 'paper', 'none')),
  strokes         BLOB,
  scan_sha256     TEXT REFERENCES attachment_blob (sha256),
  version_sha256  TEXT NOT NULL CHECK (length (version_sha256) = 64),
  created_at      INTEGER NOT NULL,
  CHECK ((outcome = 'established') = (signer = 'school')),
  CHECK (method <> 'pad' OR strokes IS NOT NULL),
  CHECK (method <> 'paper' OR scan_sha256 IS NOT NULL)
);
CREATE INDEX opp_signature_version ON opp_signature (version_id);
CREATE INDEX opp_signature_guardian ON opp_signature (guardian_id);
CREATE INDEX opp_signature_scan ON opp_signature (scan_sha256);

CREATE TABLE opp_state_change (
  id          INTEGER PRIMARY KEY,
  version_id  INTEGER NOT NULL REFERENCES opp_version (id) ON DELETE CASCADE,
  state       TEXT NOT NULL,
  changed_at  INTEGER NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  actor       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opp_state_change_version ON opp_state_change (version_id, changed_at);

-- The freeze. Once content_sha256 is set, the content columns of the
-- version and every content row refuse change. Deleting a whole student
-- (retention) still cascades: the version row goes first, so the child
-- triggers no longer find it frozen; a later version only loses its link
-- to the deleted one it was based on.
CREATE TRIGGER opp_version_frozen BEFORE UPDATE ON opp_version
  WHEN old.content_sha256 IS NOT NULL
   AND (new.content_sha256 IS NOT old.content_sha256
        OR new.established_on IS NOT old.established_on
        OR new.student_id IS NOT old.student_id
        OR new.number IS NOT old.number
        OR new.trigger_kind IS NOT old.trigger_kind
        OR new.trigger_on IS NOT old.trigger_on
        OR (new.based_on_id IS NOT old.based_on_id AND new.based_on_id IS NOT NULL)
        OR new.uitstroom_profile IS NOT old.uitstroom_profile
        OR new.uitstroom_level IS NOT old.uitstroom_level
        OR new.student_heard_on IS NOT old.student_heard_on
        OR new.maatwerk IS NOT old.maatwerk
        OR new.isd_requested_on IS NOT old.isd_requested_on
        OR new.isd_decided_on IS NOT old.isd_decided_on)
BEGIN
  SELECT RAISE (ABORT, 'opp version is vastgesteld');
END;

CREATE TRIGGER opp_text_frozen_insert BEFORE INSERT ON opp_text
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_text_frozen_update BEFORE UPDATE ON opp_text
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_text_frozen_delete BEFORE DELETE ON opp_text
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;

CREATE TRIGGER opp_factor_frozen_insert BEFORE INSERT ON opp_factor
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_factor_frozen_update BEFORE UPDATE ON opp_factor
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_factor_frozen_delete BEFORE DELETE ON opp_factor
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;

CREATE TRIGGER opp_need_frozen_insert BEFORE INSERT ON opp_need
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_need_frozen_update BEFORE UPDATE ON opp_need
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_need_frozen_delete BEFORE DELETE ON opp_need
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;

CREATE TRIGGER opp_goal_frozen_insert BEFORE INSERT ON opp_goal
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_goal_frozen_update BEFORE UPDATE ON opp_goal
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_goal_frozen_delete BEFORE DELETE ON opp_goal
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;

CREATE TRIGGER opp_support_frozen_insert BEFORE INSERT ON opp_support
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
-- A linked intervention that is deleted later only loses the link.
CREATE TRIGGER opp_support_frozen_update BEFORE UPDATE ON opp_support
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
   AND NOT (new.intervention_id IS NULL AND old.intervention_id IS NOT NULL
            AND new.goal_id IS old.goal_id AND new.position IS old.position AND new.what IS old.what
            AND new.who IS old.who AND new.frequency IS old.frequency AND new.from_on IS old.from_on
            AND new.until_on IS old.until_on AND new.evaluation_on IS old.evaluation_on
            AND new.is_extra IS old.is_extra)
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_support_frozen_delete BEFORE DELETE ON opp_support
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;

CREATE TRIGGER opp_consultation_frozen_insert BEFORE INSERT ON opp_consultation
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = new.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_consultation_frozen_update BEFORE UPDATE ON opp_consultation
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
CREATE TRIGGER opp_consultation_frozen_delete BEFORE DELETE ON opp_consultation
  WHEN (SELECT content_sha256 FROM opp_version WHERE id = old.version_id) IS NOT NULL
BEGIN SELECT RAISE (ABORT, 'opp version is vastgesteld'); END;
