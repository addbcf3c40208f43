-- Passend schema version 2: closing and reopening cases, the OPP dates the
-- deadline rules need until the OPP editor exists, aanmeldingen under the
-- zorgplicht, the school's locations, logo and holidays, and the local
-- protocol values the coordinator can change.

ALTER TABLE school ADD COLUMN logo BLOB;
ALTER TABLE school ADD COLUMN logo_media_type TEXT NOT NULL DEFAULT '';

CREATE TABLE school_location (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0)
);

-- Holidays make "school weeks" countable (16 lesuren in 4 school weeks,
-- M@ZL's 12 school weeks).
CREATE TABLE school_holiday (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  first_day  TEXT NOT NULL CHECK (first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  last_day   TEXT NOT NULL CHECK (last_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  CHECK (last_day >= first_day)
);
CREATE INDEX school_holiday_first_day ON school_holiday (first_day);

-- Local protocol values that differ from the seed school's defaults (the
-- defaults live in core); a missing key means "the default".
CREATE TABLE protocol_value (
  key    TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
) WITHOUT ROWID;

-- Closing a case keeps its history: case_open = 0 with the date and why.
ALTER TABLE support_status ADD COLUMN closed_on TEXT;
ALTER TABLE support_status ADD COLUMN close_outcome TEXT
  CHECK (close_outcome IS NULL OR close_outcome IN ('support-ended', 'left-school', 'referred-vso',
                                                    'referred-pro', 'referred-other', 'other'));
ALTER TABLE support_status ADD COLUMN close_note TEXT NOT NULL DEFAULT '';
-- The day extra support was agreed or an arrangement granted: the trigger
-- of the 6-week OPP term. Set by the store when niveau first reaches 3.
ALTER TABLE support_status ADD COLUMN extra_support_since TEXT;
-- Recorded by hand until the OPP editor keeps OPP versions itself.
ALTER TABLE support_status ADD COLUMN opp_established_on TEXT;
ALTER TABLE support_status ADD COLUMN opp_evaluated_on TEXT;

UPDATE support_status
   SET extra_support_since = (SELECT date (min (h.changed_at), 'unixepoch', 'localtime')
                                FROM support_status_history h
                               WHERE h.student_id = support_status.student_id AND h.niveau >= 3)
 WHERE niveau >= 3;

-- A written aanmelding of a pupil with a signalled support need: the
-- zorgplicht starts on received_on at the school of first preference.
CREATE TABLE aanmelding (
  id                   INTEGER PRIMARY KEY,
  roepnaam             TEXT NOT NULL DEFAULT '',
  tussenvoegsel        TEXT NOT NULL DEFAULT '',
  achternaam           TEXT NOT NULL CHECK (length (trim (achternaam)) > 0),
  birth_date           TEXT,
  previous_school      TEXT NOT NULL DEFAULT '',
  requested_track      TEXT NOT NULL DEFAULT '',
  requested_year       INTEGER NOT NULL DEFAULT 1 CHECK (requested_year BETWEEN 1 AND 6),
  guardian_name        TEXT NOT NULL DEFAULT '',
  guardian_email       TEXT NOT NULL DEFAULT '',
  guardian_phone       TEXT NOT NULL DEFAULT '',
  received_on          TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  first_preference     INTEGER NOT NULL DEFAULT 1 CHECK (first_preference IN (0, 1)),
  support_need         TEXT NOT NULL DEFAULT '',
  extension_letter_on  TEXT,
  extension_reason     TEXT NOT NULL DEFAULT '',
  extended_until       TEXT,
  screening_notes      TEXT NOT NULL DEFAULT '',
  advice               TEXT NOT NULL DEFAULT '',
  outcome              TEXT CHECK (outcome IS NULL OR outcome IN ('admitted', 'admitted-with-arrangement',
                                                                  'placed-elsewhere', 'not-admitted')),
  outcome_reason       TEXT NOT NULL DEFAULT '',
  outcome_school       TEXT NOT NULL DEFAULT '',
  decided_on           TEXT,
  student_id           INTEGER REFERENCES student (id) ON DELETE SET NULL,
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL,
  CHECK ((extension_letter_on IS NULL) = (extended_until IS NULL)),
  CHECK ((outcome IS NULL) = (decided_on IS NULL))
);
CREATE INDEX aanmelding_open ON aanmelding (decided_on, received_on);
