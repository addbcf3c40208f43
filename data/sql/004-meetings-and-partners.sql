-- Passend schema version 4: meetings. A meeting has a kind (with the
-- roles that kind always or optionally invites), an agenda of one item
-- per student with its own invitees, and minutes with decisions and
-- actions. Closing a meeting writes one timeline entry per item, linked
-- back to it. The partner directory gains notes and archiving.

ALTER TABLE organisation ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
ALTER TABLE person ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- The roles a kind invites and an invitee attends in. The organisation
-- roles share their names with organisation.kind.
CREATE TABLE meeting_kind (
  id                    INTEGER PRIMARY KEY,
  code                  TEXT NOT NULL UNIQUE CHECK (length (trim (code)) > 0),
  name                  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0),
  default_item_minutes  INTEGER NOT NULL DEFAULT 20 CHECK (default_item_minutes BETWEEN 1 AND 480),
  default_place         TEXT NOT NULL DEFAULT '',
  archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE meeting_kind_role (
  kind_id   INTEGER NOT NULL REFERENCES meeting_kind (id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('mentor', 'coordinator', 'leco', 'verzuimcoordinator',
                                          'leerlingbegeleider', 'afdelingsleider', 'guardians', 'student',
                                          'sociaal-team', 'samenwerkingsverband', 'leerplicht', 'ggd',
                                          'jos', 'ggz', 'bpo', 'veilig-thuis', 'other')),
  required  INTEGER NOT NULL CHECK (required IN (0, 1)),
  PRIMARY KEY (kind_id, role)
) WITHOUT ROWID;

-- The seed school's meetings (seeds/001, seeds/002); editable in Preferences.
INSERT INTO meeting_kind (code, name, default_item_minutes) VALUES
  ('flex-zat',            'Flex-ZAT',                   30),
  ('ot',                  'OT / schoolzorgteam',        15),
  ('izo',                 'IZO',                        20),
  ('leerlingbespreking',  'Leerlingbespreking',         10),
  ('verzuimoverleg',      'Groot-verzuimoverleg',       15),
  ('oudergesprek',        'Oudergesprek / RTO',         30);

INSERT INTO meeting_kind_role (kind_id, role, required)
  SELECT k.id, r.role, r.required
    FROM meeting_kind k
    JOIN (SELECT 'flex-zat' AS code, 'mentor' AS role, 1 AS required
          UNION ALL SELECT 'flex-zat', 'sociaal-team', 1
          UNION ALL SELECT 'flex-zat', 'samenwerkingsverband', 1
          UNION ALL SELECT 'flex-zat', 'guardians', 1
          UNION ALL SELECT 'flex-zat', 'student', 1
          UNION ALL SELECT 'flex-zat', 'jos', 0
          UNION ALL SELECT 'flex-zat', 'ggz', 0
          UNION ALL SELECT 'flex-zat', 'ggd', 0
          UNION ALL SELECT 'flex-zat', 'leerplicht', 0
          UNION ALL SELECT 'flex-zat', 'other', 0
          UNION ALL SELECT 'ot', 'leerlingbegeleider', 1
          UNION ALL SELECT 'ot', 'mentor', 0
          UNION ALL SELECT 'ot', 'bpo', 0
          UNION ALL SELECT 'ot', 'jos', 0
          UNION ALL SELECT 'izo', 'mentor', 1
          UNION ALL SELECT 'izo', 'leco', 0
          UNION ALL SELECT 'izo', 'leerlingbegeleider', 0
          UNION ALL SELECT 'leerlingbespreking', 'mentor', 1
          UNION ALL SELECT 'leerlingbespreking', 'afdelingsleider', 0
          UNION ALL SELECT 'verzuimoverleg', 'verzuimcoordinator', 1
          UNION ALL SELECT 'verzuimoverleg', 'samenwerkingsverband', 1
          UNION ALL SELECT 'verzuimoverleg', 'leerplicht', 1
          UNION ALL SELECT 'verzuimoverleg', 'bpo', 1
          UNION ALL SELECT 'verzuimoverleg', 'ggd', 1
          UNION ALL SELECT 'verzuimoverleg', 'afdelingsleider', 0
          UNION ALL SELECT 'oudergesprek', 'mentor', 1
          UNION ALL SELECT 'oudergesprek', 'guardians', 1
          UNION ALL SELECT 'oudergesprek', 'student', 0) r
      ON r.code = k.code;

-- uid and sequence make the iCalendar invitations stable: the uid never
-- changes, the sequence rises with every change invitees would see.
CREATE TABLE meeting (
  id                      INTEGER PRIMARY KEY,
  kind_id                 INTEGER NOT NULL REFERENCES meeting_kind (id),
  title                   TEXT NOT NULL DEFAULT '',
  starts_at               INTEGER NOT NULL,
  place                   TEXT NOT NULL DEFAULT '',
  online_link             TEXT NOT NULL DEFAULT '',
  chair_person_id         INTEGER REFERENCES person (id) ON DELETE SET NULL,
  minute_taker_person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  state                   TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'closed', 'cancelled')),
  uid                     TEXT NOT NULL UNIQUE CHECK (length (uid) > 0),
  sequence                INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  -- For the chair only: never on an external agenda or verslag.
  internal_note           TEXT NOT NULL DEFAULT '',
  closed_at               INTEGER,
  created_at              INTEGER NOT NULL,
  updated_at              INTEGER NOT NULL,
  CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX meeting_starts ON meeting (starts_at);
CREATE INDEX meeting_chair ON meeting (chair_person_id);
CREATE INDEX meeting_minute_taker ON meeting (minute_taker_person_id);

-- One item per student; its slot follows from the meeting's start and the
-- durations of the items before it.
CREATE TABLE meeting_item (
  id                 INTEGER PRIMARY KEY,
  meeting_id         INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  student_id         INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  position           INTEGER NOT NULL CHECK (position >= 0),
  duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 480),
  question           TEXT NOT NULL DEFAULT '',
  documents          TEXT NOT NULL DEFAULT '',
  -- For the internal agenda only.
  internal_note      TEXT NOT NULL DEFAULT '',
  minutes            TEXT NOT NULL DEFAULT '',
  uid                TEXT NOT NULL UNIQUE CHECK (length (uid) > 0),
  UNIQUE (meeting_id, student_id)
);
CREATE INDEX meeting_item_meeting ON meeting_item (meeting_id, position);
CREATE INDEX meeting_item_student ON meeting_item (student_id);

-- Exactly one of: a person, an organisation, a guardian of the student,
-- or the student.
CREATE TABLE meeting_invitee (
  id               INTEGER PRIMARY KEY,
  item_id          INTEGER NOT NULL REFERENCES meeting_item (id) ON DELETE CASCADE,
  role             TEXT NOT NULL CHECK (role IN ('mentor', 'coordinator', 'leco', 'verzuimcoordinator',
                                                 'leerlingbegeleider', 'afdelingsleider', 'guardians', 'student',
                                                 'sociaal-team', 'samenwerkingsverband', 'leerplicht', 'ggd',
                                                 'jos', 'ggz', 'bpo', 'veilig-thuis', 'other')),
  person_id        INTEGER REFERENCES person (id) ON DELETE CASCADE,
  organisation_id  INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
  guardian_id      INTEGER REFERENCES guardian (id) ON DELETE CASCADE,
  is_student       INTEGER NOT NULL DEFAULT 0 CHECK (is_student IN (0, 1)),
  CHECK ((person_id IS NOT NULL) + (organisation_id IS NOT NULL) + (guardian_id IS NOT NULL) + is_student = 1)
);
CREATE INDEX meeting_invitee_item ON meeting_invitee (item_id);
CREATE INDEX meeting_invitee_person ON meeting_invitee (person_id);
CREATE INDEX meeting_invitee_organisation ON meeting_invitee (organisation_id);
CREATE INDEX meeting_invitee_guardian ON meeting_invitee (guardian_id);

-- A decision keeps its rationale; deciding not to refer or escalate is a
-- decision too, and the record must show it was weighed.
CREATE TABLE meeting_decision (
  id         INTEGER PRIMARY KEY,
  item_id    INTEGER NOT NULL REFERENCES meeting_item (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL CHECK (position >= 0),
  body       TEXT NOT NULL CHECK (length (trim (body)) > 0),
  rationale  TEXT NOT NULL DEFAULT '',
  no_action  INTEGER NOT NULL DEFAULT 0 CHECK (no_action IN (0, 1))
);
CREATE INDEX meeting_decision_item ON meeting_decision (item_id, position);

-- Afspraken: what, who, by when. The owner is a person from Partners or
-- a name (a parent, the student).
CREATE TABLE meeting_action (
  id               INTEGER PRIMARY KEY,
  item_id          INTEGER NOT NULL REFERENCES meeting_item (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position >= 0),
  what             TEXT NOT NULL CHECK (length (trim (what)) > 0),
  owner_person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  owner_name       TEXT NOT NULL DEFAULT '',
  due_on           TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  done_on          TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX meeting_action_item ON meeting_action (item_id, position);
CREATE INDEX meeting_action_owner ON meeting_action (owner_person_id);
CREATE INDEX meeting_action_open ON meeting_action (due_on) WHERE done_on IS NULL;

ALTER TABLE timeline_entry ADD COLUMN meeting_item_id INTEGER REFERENCES meeting_item (id) ON DELETE SET NULL;
CREATE INDEX timeline_entry_meeting_item ON timeline_entry (meeting_item_id);
