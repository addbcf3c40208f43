-- Passend schema version 6: the TLV request with its deskundigenadviezen,
-- the dossier checklist per samenwerkingsverband and what satisfies each
-- item, the sent (frozen) dossiers; and registered absence, from which
-- the rules flag the 16-hours-in-4-school-weeks threshold.

-- Per samenwerkingsverband (organisation_id NULL: the list used for any
-- SWV without its own). The source says what may satisfy an item.
CREATE TABLE tlv_checklist_item (
  id               INTEGER PRIMARY KEY,
  organisation_id  INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position >= 0),
  code             TEXT NOT NULL DEFAULT '',
  label            TEXT NOT NULL CHECK (length (trim (label)) > 0),
  source           TEXT NOT NULL CHECK (source IN ('opp', 'entries', 'minutes', 'attachments', 'signatures')),
  required         INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX tlv_checklist_item_organisation ON tlv_checklist_item (organisation_id, position);

-- The seed school's list (seeds/002, phase 4); editable in Preferences.
INSERT INTO tlv_checklist_item (organisation_id, position, code, label, source, required) VALUES
  (NULL, 0, 'opp',                'OPP',                                          'opp',         1),
  (NULL, 1, 'vpi',                'VPI (Vraagprofiel Instrument)',                'attachments', 1),
  (NULL, 2, 'onderbouwing',       'Onderbouwing aanvraag TLV',                    'attachments', 1),
  (NULL, 3, 'deskundigheid-vso',  'Deskundigheidsverklaring VSO',                 'attachments', 1),
  (NULL, 4, 'observaties',        'Observatieverslagen',                          'entries',     1),
  (NULL, 5, 'gesprekken',         'Gespreksverslagen',                            'entries',     1),
  (NULL, 6, 'onderzoek',          'Onderzoeksverslagen',                          'attachments', 1),
  (NULL, 7, 'handtekeningen',     'Handtekeningen ouders en leerling (en directeur)', 'signatures', 1);

-- Per samenwerkingsverband: whether the school itself must supply the two
-- deskundigenadviezen (strict) or the SWV obtains them (the default), and
-- whose signatures the dossier needs.
CREATE TABLE tlv_swv_rule (
  organisation_id      INTEGER PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
  strict_advice        INTEGER NOT NULL DEFAULT 0 CHECK (strict_advice IN (0, 1)),
  all_guardians_sign   INTEGER NOT NULL DEFAULT 0 CHECK (all_guardians_sign IN (0, 1)),
  student_signs_from   INTEGER NOT NULL DEFAULT 12 CHECK (student_signs_from BETWEEN 0 AND 18)
);

CREATE TABLE tlv_request (
  id                    INTEGER PRIMARY KEY,
  student_id            INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  swv_id                INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('vso-cluster-3', 'vso-cluster-4', 'pro')),
  category              TEXT CHECK (category IS NULL OR category IN ('laag', 'midden', 'hoog')),
  requested_start       TEXT CHECK (requested_start IS NULL OR requested_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  requested_end         TEXT CHECK (requested_end IS NULL OR requested_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  is_extension          INTEGER NOT NULL DEFAULT 0 CHECK (is_extension IN (0, 1)),
  target_school_id      INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
  target_school_name    TEXT NOT NULL DEFAULT '',
  registered_at_target  INTEGER NOT NULL DEFAULT 0 CHECK (registered_at_target IN (0, 1)),
  -- The Flex-ZAT or MDO that preceded the request.
  preceding_meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  preceding_meeting_on  TEXT CHECK (preceding_meeting_on IS NULL OR preceding_meeting_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  parents_view          TEXT NOT NULL DEFAULT '',
  student_view          TEXT NOT NULL DEFAULT '',
  state                 TEXT NOT NULL DEFAULT 'voorbereiding'
                        CHECK (state IN ('voorbereiding', 'ingediend', 'in-behandeling', 'aanvulling-gevraagd',
                                         'toegekend', 'afgewezen', 'bezwaar')),
  submitted_on          TEXT CHECK (submitted_on IS NULL OR submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  decided_on            TEXT CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  granted_category      TEXT CHECK (granted_category IS NULL OR granted_category IN ('laag', 'midden', 'hoog')),
  granted_start         TEXT CHECK (granted_start IS NULL OR granted_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  granted_end           TEXT CHECK (granted_end IS NULL OR granted_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  objection_on          TEXT CHECK (objection_on IS NULL OR objection_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL,
  CHECK (requested_end IS NULL OR requested_start IS NULL OR requested_end > requested_start),
  CHECK (granted_end IS NULL OR granted_start IS NULL OR granted_end > granted_start)
);
CREATE INDEX tlv_request_student ON tlv_request (student_id);
CREATE INDEX tlv_request_swv ON tlv_request (swv_id);
CREATE INDEX tlv_request_target ON tlv_request (target_school_id);
CREATE INDEX tlv_request_meeting ON tlv_request (preceding_meeting_id);

CREATE TABLE tlv_state_change (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES tlv_request (id) ON DELETE CASCADE,
  state       TEXT NOT NULL,
  changed_on  TEXT NOT NULL,
  changed_at  INTEGER NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  actor       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tlv_state_change_request ON tlv_state_change (request_id, changed_at);

CREATE TABLE tlv_advice (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES tlv_request (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  name         TEXT NOT NULL CHECK (length (trim (name)) > 0),
  discipline   TEXT NOT NULL CHECK (discipline IN ('orthopedagoog', 'psycholoog', 'kinder-jeugdpsycholoog', 'pedagoog',
                                                   'kinderpsychiater', 'maatschappelijk-werker', 'arts', 'other')),
  advised_on   TEXT CHECK (advised_on IS NULL OR advised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  independent  INTEGER NOT NULL DEFAULT 0 CHECK (independent IN (0, 1)),
  blob_sha256  TEXT REFERENCES attachment_blob (sha256),
  file_name    TEXT NOT NULL DEFAULT '',
  media_type   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tlv_advice_request ON tlv_advice (request_id, position);
CREATE INDEX tlv_advice_blob ON tlv_advice (blob_sha256);

-- What satisfies a checklist item for one request: exactly one of a
-- vastgesteld OPP version, a timeline entry, a meeting item's minutes, an
-- attachment already in the record, or a file added here.
CREATE TABLE tlv_part (
  id                 INTEGER PRIMARY KEY,
  request_id         INTEGER NOT NULL REFERENCES tlv_request (id) ON DELETE CASCADE,
  checklist_item_id  INTEGER NOT NULL REFERENCES tlv_checklist_item (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL CHECK (position >= 0),
  opp_version_id     INTEGER REFERENCES opp_version (id) ON DELETE CASCADE,
  entry_id           INTEGER REFERENCES timeline_entry (id) ON DELETE CASCADE,
  meeting_item_id    INTEGER REFERENCES meeting_item (id) ON DELETE CASCADE,
  attachment_id      INTEGER REFERENCES attachment (id) ON DELETE CASCADE,
  blob_sha256        TEXT REFERENCES attachment_blob (sha256),
  file_name          TEXT NOT NULL DEFAULT '',
  media_type         TEXT NOT NULL DEFAULT '',
  CHECK ((opp_version_id IS NOT NULL) + (entry_id IS NOT NULL) + (meeting_item_id IS NOT NULL)
         + (attachment_id IS NOT NULL) + (blob_sha256 IS NOT NULL) = 1)
);
CREATE INDEX tlv_part_request ON tlv_part (request_id, checklist_item_id, position);
CREATE INDEX tlv_part_checklist_item ON tlv_part (checklist_item_id);
CREATE INDEX tlv_part_opp_version ON tlv_part (opp_version_id);
CREATE INDEX tlv_part_entry ON tlv_part (entry_id);
CREATE INDEX tlv_part_meeting_item ON tlv_part (meeting_item_id);
CREATE INDEX tlv_part_attachment ON tlv_part (attachment_id);
CREATE INDEX tlv_part_blob ON tlv_part (blob_sha256);

-- A sent dossier. The manifest lists every part with the hash of what was
-- in it, so the same PDF can be assembled again later; the PDF's own hash
-- is kept as evidence. A sent dossier never changes.
CREATE TABLE tlv_dossier (
  id               INTEGER PRIMARY KEY,
  request_id       INTEGER NOT NULL REFERENCES tlv_request (id) ON DELETE CASCADE,
  sent_on          TEXT NOT NULL CHECK (sent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at       INTEGER NOT NULL,
  manifest         TEXT NOT NULL,
  manifest_sha256  TEXT NOT NULL CHECK (length (manifest_sha256) = 64),
  pdf_sha256       TEXT NOT NULL CHECK (length (pdf_sha256) = 64),
  page_count       INTEGER NOT NULL CHECK (page_count > 0)
);
CREATE INDEX tlv_dossier_request ON tlv_dossier (request_id);
CREATE TRIGGER tlv_dossier_frozen BEFORE UPDATE ON tlv_dossier
BEGIN
  SELECT RAISE (ABORT, 'tlv dossier was sent');
END;

-- Registered absence per school day, entered by hand or imported from the
-- LVS. Only unauthorised hours count towards the DUO threshold.
CREATE TABLE absence (
  id            INTEGER PRIMARY KEY,
  student_id    INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  lesson_hours  INTEGER NOT NULL CHECK (lesson_hours BETWEEN 1 AND 12),
  reason        TEXT NOT NULL CHECK (reason IN ('ongeoorloofd', 'te-laat', 'ziek', 'verlof', 'geoorloofd-overig')),
  note          TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import')),
  created_at    INTEGER NOT NULL,
  UNIQUE (student_id, day, reason)
);
CREATE INDEX absence_day ON absence (day);
