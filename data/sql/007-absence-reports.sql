-- Passend schema version 7: what the school reported about a student's
-- absence, and on which day: the verzuimmelding to DUO when the threshold
-- is reached, and the referral to the jeugdarts on an M@ZL signal. A
-- report made on or after the day a signal arose settles that signal; the
-- report also stands as an entry on the student's timeline.
CREATE TABLE absence_report (
  id           INTEGER PRIMARY KEY,
  student_id   INTEGER NOT NULL REFERENCES student (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('duo', 'mazl')),
  reported_on  TEXT NOT NULL CHECK (reported_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  entry_id     INTEGER REFERENCES timeline_entry (id) ON DELETE SET NULL,
  created_at   INTEGER NOT NULL
);
CREATE INDEX absence_report_student ON absence_report (student_id, kind, reported_on);
