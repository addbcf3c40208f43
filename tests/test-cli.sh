#!/bin/sh
# test-cli.sh
#
# Copyright (C) 2026 The Passend authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the built `passend` binary the way a script would, without a
# display, and reports in TAP. Usage: test-cli.sh PASSEND VERSION

set -u

passend=$1
version=$2

# The headless commands must work where there is no display at all.
unset DISPLAY WAYLAND_DISPLAY
export LC_ALL=C.UTF-8

tmp=$(mktemp -d "${TMPDIR:-/tmp}/passend-cli-XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

n=0
check () {
  description=$1
  shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    if [ -s "$tmp/out" ]; then sed 's/^/# stdout: /' "$tmp/out"; fi
    if [ -s "$tmp/err" ]; then sed 's/^/# stderr: /' "$tmp/err"; fi
  fi
}

# Runs passend with the given arguments, keeping its output and status.
run () {
  "$passend" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
}

status_is () { [ "$status" -eq "$1" ]; }
out_has () { grep -qF -- "$1" "$tmp/out"; }
out_matches () { grep -qE -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }
err_is_error () { head -n 1 "$tmp/err" | grep -q '^passend: ..*' && [ ! -s "$tmp/out" ]; }
absent () { for f in "$@"; do [ ! -e "$f" ] || return 1; done; }
mode_is () { [ "$(stat -c %a "$1")" = "$2" ]; }

# Version and help
run --version
check "--version exits 0" status_is 0
check "--version prints the version" [ "$(cat "$tmp/out")" = "passend $version" ]

run --help
check "--help exits 0" status_is 0
check "--help lists demo" out_has "demo "
check "--help lists check" out_has "check "

# A demo school, then a check of it
db="$tmp/school.db"
run demo --database "$db" --students 120 --caseload 12 --seed 3 --today 2026-03-16
check "demo exits 0" status_is 0
check "demo reports the students" out_has "120 students"
check "demo reports the caseload" out_has "12 in the caseload"
check "demo reports the entries" out_has "300 timeline entries"
check "demo creates the database for its owner only" mode_is "$db" 600

run check --database "$db"
check "check of a demo exits 0" status_is 0
# The newest schema is the number of migrations the source tree ships.
latest_schema=$(ls "$G_TEST_SRCDIR"/../data/sql/[0-9][0-9][0-9]-*.sql | wc -l)
check "check reports the schema version" out_has "Schema version: $latest_schema"
check "check reports the integrity" out_has "Integrity: ok"
check "check counts the students" out_has "Students: 120"
check "check counts the caseload" out_has "In the caseload: 12"
check "check counts the entries" out_has "Timeline entries: 300"
check "check counts the guardians" grep -qE '^Guardians: [0-9]+$' "$tmp/out"
# The demo attaches generated reports to a few cases.
check "check counts the attachments" out_matches "^Attachments: [1-9][0-9]*$"

# A second demo into the same database is refused and changes nothing.
run demo --database "$db" --seed 4
check "demo into a school exits 1" status_is 1
check "demo into a school says why" err_has "already has 120 students"
run check --database "$db"
check "the refused demo left the school as it was" out_has "Students: 120"

# Importing students from an LVS export
lvs="$G_TEST_SRCDIR/data/lvs"
run check --database "$db"
students=$(sed -n 's/^Students: //p' "$tmp/out")
run import-students --database "$db" --dry-run --today 2026-11-23 "$lvs/magister-1252.csv"
check "import --dry-run exits 0" status_is 0
check "import --dry-run shows the plan" out_has "3 new, 0 updated"
check "import --dry-run lists unused columns" out_has "Columns not used: Email"
run check --database "$db"
check "import --dry-run writes nothing" out_has "Students: $students"
run import-students --database "$db" --today 2026-11-23 "$lvs/bad-date.csv"
check "import of a bad row exits 1" status_is 1
check "import of a bad row names row and column" out_has "Row 3, column Geb.datum"
check "import of a bad row says nothing was imported" err_has "nothing was imported"
run check --database "$db"
check "import of a bad row writes nothing" out_has "Students: $students"
run import-students --database "$db" --today 2026-11-23 "$lvs/magister-1252.csv"
check "import exits 0" status_is 0
check "import reports what it stored" out_has "Imported: 3 new, 0 updated"
check "import without --complete marks nobody as left" sh -c '! grep -q "possibly left" "$1"' - "$tmp/out"
run check --database "$db"
check "import stores the new students" out_has "Students: $((students + 3))"
run import-students --database "$db" --dry-run --complete "$lvs/magister-1252.csv"
check "import --complete offers the missing students" grep -qE '^[1-9][0-9]* possibly left$' "$tmp/out"
printf 'Geen export maar een brief.\n' >"$tmp/letter.txt"
run import-students --database "$db" "$tmp/letter.txt"
check "import of a text file is refused" status_is 1
check "import of a text file says it is no CSV" err_has "not a CSV export"
run import-students --database "$db"
check "import without an export is a usage error" status_is 2

# check never creates what it checks
run check --database "$tmp/missing.db"
check "check of a missing file exits 1" status_is 1
check "check of a missing file explains" err_is_error
check "check of a missing file creates nothing" absent "$tmp/missing.db" "$tmp/missing.db-wal" "$tmp/missing.db-shm"

printf 'Dit is geen database.\n' >"$tmp/notes.txt"
cp "$tmp/notes.txt" "$tmp/notes.orig"
run check --database "$tmp/notes.txt"
check "check of a text file exits 1" status_is 1
check "check of a text file explains" err_is_error
check "check of a text file leaves it alone" cmp -s "$tmp/notes.txt" "$tmp/notes.orig"
check "check of a text file creates nothing" absent "$tmp/notes.txt-wal" "$tmp/notes.txt-shm" "$tmp/notes.txt-journal"

run demo --database "$tmp/notes.txt"
check "demo into a text file exits 1" status_is 1
check "demo into a text file leaves it alone" cmp -s "$tmp/notes.txt" "$tmp/notes.orig"

# Usage errors: exit 2, name the value, hint at --help, create nothing.
run demo --database "$tmp/bad.db" --students abc
check "a bad --students is a usage error" status_is 2
check "a bad --students names the value" err_has "abc"
check "a usage error points to --help" err_has "--help"
check "a usage error creates nothing" absent "$tmp/bad.db"

run demo --database "$tmp/bad.db" --today 2026-02-30
check "a bad --today is a usage error naming it" sh -c '[ "$1" -eq 2 ] && grep -qF 2026-02-30 "$2"' - "$status" "$tmp/err"

run demo --database "$tmp/few.db" --students 5 --caseload 5 --entries 3
check "options that do not fit together are a usage error" status_is 2
check "options that do not fit together create nothing" absent "$tmp/few.db" "$tmp/few.db-wal" "$tmp/few.db-shm"

run frobnicate
check "an unknown command is a usage error" status_is 2

run check
check "check without --database is a usage error" status_is 2

run check --database "$db" extra
check "a stray argument is a usage error" status_is 2

# Deadlines: the list of the overview, for scripts (area "rules").
run deadlines --database "$db" --as-of 2026-03-16
check "deadlines exits 0" status_is 0
check "deadlines prints a date, a name and what is due per line" \
  sh -c '[ -s "$1" ] && ! grep -qvP "^\d{4}-\d{2}-\d{2}\t[^\t]+\t[^\t]+$" "$1"' - "$tmp/out"
check "deadlines are sorted by date" sh -c 'cut -f1 "$1" | sort -c' - "$tmp/out"
check "deadlines show an overdue OPP of the demo" \
  sh -c 'awk -F "\t" "\$1 < \"2026-03-16\" && \$3 ~ /OPP/" "$1" | grep -q .' - "$tmp/out"
n_now=$(wc -l <"$tmp/out")
run deadlines --database "$db" --as-of 2030-01-01
check "deadlines years later include every deadline of before" sh -c '[ "$(wc -l <"$1")" -gt "$2" ]' - "$tmp/out" "$n_now"
run deadlines --database "$tmp/missing.db"
check "deadlines of a missing file exits 1" status_is 1
check "deadlines of a missing file creates nothing" absent "$tmp/missing.db" "$tmp/missing.db-wal"
run deadlines --database "$db" --as-of 2026-02-30
check "a bad --as-of is a usage error naming it" sh -c '[ "$1" -eq 2 ] && grep -qF 2026-02-30 "$2"' - "$status" "$tmp/err"
run deadlines
check "deadlines without --database is a usage error" status_is 2

# Chronology export (area "chronology").
# The student with the longest timeline, so the document has pages to turn.
lvs=$(sqlite3 "$db" "SELECT s.lvs_number FROM student s JOIN timeline_entry e ON e.student_id = s.id GROUP BY s.id ORDER BY count(*) DESC LIMIT 1" 2>/dev/null)
check "the demo has a student with a timeline (needs the sqlite3 tool)" [ -n "$lvs" ]
run export-timeline --database "$db" --student "$lvs" --output "$tmp/chronologie.pdf"
check "export-timeline exits 0" status_is 0
check "export-timeline says what it wrote" out_has "chronologie.pdf"
check "export-timeline writes a private PDF" sh -c 'head -c 5 "$1" | grep -q "%PDF-" && [ "$(stat -c %a "$1")" = 600 ]' - "$tmp/chronologie.pdf"
if command -v pdftotext >/dev/null 2>&1; then
  check "the PDF is a Dutch chronology with page numbers" \
    sh -c 'pdftotext "$1" - | grep -q "Chronologisch overzicht" && pdftotext "$1" - | grep -q "pagina 1 van"' - "$tmp/chronologie.pdf"
fi
run export-timeline --database "$db" --student 000000 --output "$tmp/nobody.pdf"
check "an unknown LVS number exits 1" status_is 1
check "an unknown LVS number is named" err_has "000000"
check "an unknown LVS number writes nothing" absent "$tmp/nobody.pdf"
run export-timeline --database "$db" --student "$lvs" --output "$tmp/bad.pdf" --from 2026-02-30
check "a bad --from is a usage error naming it" sh -c '[ "$1" -eq 2 ] && grep -qF 2026-02-30 "$2"' - "$status" "$tmp/err"
check "a bad --from writes nothing" absent "$tmp/bad.pdf"
run export-timeline --database "$tmp/missing.db" --student "$lvs" --output "$tmp/bad.pdf"
check "export-timeline of a missing database exits 1 and creates nothing" \
  sh -c '[ "$1" -eq 1 ] && [ ! -e "$2" ] && [ ! -e "$3" ]' - "$status" "$tmp/missing.db" "$tmp/bad.pdf"

# Meeting documents (area "agenda-docs"): an OT on Friday 20 March 2026
# with a student who has consent for discussion with externals and one
# who has not, both with JOS (organisation 1) invited.
day=2026-03-20
valid="purpose = 'discussion-external' AND given_on <= '$day' AND (valid_until IS NULL OR valid_until >= '$day') AND (withdrawn_on IS NULL OR withdrawn_on > '$day')"
with_consent=$(sqlite3 "$db" "SELECT student_id FROM consent WHERE $valid LIMIT 1" 2>/dev/null)
without_consent=$(sqlite3 "$db" "SELECT id FROM student WHERE id NOT IN (SELECT student_id FROM consent WHERE $valid) LIMIT 1" 2>/dev/null)
name_of () { sqlite3 "$db" "SELECT roepnaam || ' ' || CASE tussenvoegsel WHEN '' THEN '' ELSE tussenvoegsel || ' ' END || achternaam FROM student WHERE id = $1"; }
check "the demo has students with and without consent" test -n "$with_consent" -a -n "$without_consent"
sqlite3 "$db" "INSERT INTO meeting (id, kind_id, starts_at, place, uid, internal_note, created_at, updated_at)
                 SELECT 900001, id, CAST(strftime('%s', '$day 09:00:00') AS INTEGER), 'Lokaal 12', 'cli-900001@passend', 'CLI-INTERNE-NOTITIE', 0, 0
                 FROM meeting_kind WHERE code = 'ot';
               INSERT INTO meeting_item (id, meeting_id, student_id, position, duration_minutes, question, uid) VALUES
                 (900001, 900001, $with_consent, 0, 15, 'Hulpvraag een', 'cli-item-1@passend'),
                 (900002, 900001, $without_consent, 1, 15, 'Hulpvraag twee', 'cli-item-2@passend');
               INSERT INTO meeting_invitee (item_id, role, organisation_id) VALUES (900001, 'jos', 1), (900002, 'jos', 1);"
shown=$(name_of "$with_consent")
hidden=$(name_of "$without_consent")

run export-agenda --database "$db" --meeting 900001 --output "$tmp/agenda.pdf"
check "export-agenda exits 0" status_is 0
check "export-agenda says what it wrote" out_has "agenda.pdf: 2 students"
check "export-agenda writes a private PDF" sh -c 'head -c 5 "$1" | grep -q "%PDF-" && [ "$(stat -c %a "$1")" = 600 ]' - "$tmp/agenda.pdf"
run export-agenda --database "$db" --meeting 900001 --for organisation:1 --output "$tmp/agenda-jos.pdf"
check "export-agenda for a partner exits 0" status_is 0
check "a partner's agenda holds only the students with consent" out_has "agenda-jos.pdf: 1 student,"
if command -v pdftotext >/dev/null 2>&1; then
  check "the internal agenda names both students and the internal note" \
    sh -c 't=$(pdftotext "$1" -); echo "$t" | grep -qF "$2" && echo "$t" | grep -qF "$3" && echo "$t" | grep -qF CLI-INTERNE-NOTITIE' \
    - "$tmp/agenda.pdf" "$shown" "$hidden"
  check "the partner's agenda leaves out the other student and the note" \
    sh -c 't=$(pdftotext "$1" -); echo "$t" | grep -qF "Agenda voor" && echo "$t" | grep -qF "$2" && ! echo "$t" | grep -qF "$3" && ! echo "$t" | grep -qF CLI-INTERNE' \
    - "$tmp/agenda-jos.pdf" "$shown" "$hidden"
fi
run export-agenda --database "$db" --meeting 900001 --for organisation:1 --ics "$tmp/jos.ics"
check "export-agenda --ics exits 0" status_is 0
check "export-agenda --ics writes a private calendar" \
  sh -c 'head -n 1 "$1" | grep -q "^BEGIN:VCALENDAR" && [ "$(stat -c %a "$1")" = 600 ]' - "$tmp/jos.ics"
run export-minutes --database "$db" --meeting 900001 --output "$tmp/verslag.pdf"
check "export-minutes exits 0" status_is 0
check "export-minutes writes a private PDF" mode_is "$tmp/verslag.pdf" 600
run export-minutes --database "$db" --meeting 900001 --item 900002 --for organisation:1 --output "$tmp/verslag-2.pdf"
check "minutes of an item the partner may not see exit 1 and write nothing" \
  sh -c '[ "$1" -eq 1 ] && [ ! -e "$2" ]' - "$status" "$tmp/verslag-2.pdf"
run export-agenda --database "$db" --meeting 123456789 --output "$tmp/none.pdf"
check "an unknown meeting exits 1 and is named" sh -c '[ "$1" -eq 1 ] && grep -qF 123456789 "$2"' - "$status" "$tmp/err"
run export-agenda --database "$db" --meeting 900001 --for person:987654 --output "$tmp/none.pdf"
check "an unknown partner exits 1 and is named" sh -c '[ "$1" -eq 1 ] && grep -qF person:987654 "$2"' - "$status" "$tmp/err"
run export-agenda --database "$db" --meeting 900001 --for organisation:2 --output "$tmp/none.pdf"
check "a partner not on the agenda exits 1" sh -c '[ "$1" -eq 1 ] && grep -qF "not invited" "$2"' - "$status" "$tmp/err"
check "failed exports write nothing" absent "$tmp/none.pdf"
run export-agenda --database "$db" --meeting 900001 --for jos --output "$tmp/none.pdf"
check "a malformed --for is a usage error" status_is 2
run export-agenda --database "$db" --meeting 900001 --output "$tmp/none.pdf" --ics "$tmp/none.ics"
check "--output with --ics is a usage error" status_is 2
run export-minutes --database "$db" --meeting 900001
check "export-minutes without --output is a usage error" status_is 2

# OPP export (area "opp-pdf"): a concept version 1 for one student.
opp_student=$(sqlite3 "$db" "SELECT id FROM student WHERE id NOT IN (SELECT student_id FROM opp_version) LIMIT 1" 2>/dev/null)
opp_lvs=$(sqlite3 "$db" "SELECT lvs_number FROM student WHERE id = $opp_student" 2>/dev/null)
no_opp_lvs=$(sqlite3 "$db" "SELECT lvs_number FROM student WHERE id NOT IN (SELECT student_id FROM opp_version) AND id <> $opp_student LIMIT 1" 2>/dev/null)
sqlite3 "$db" "INSERT INTO opp_version (id, student_id, number, state, uitstroom_level, created_at, updated_at)
                 VALUES (900001, $opp_student, 1, 'concept', 'havo', 0, 0);
               INSERT INTO opp_text (version_id, section, body) VALUES
                 (900001, 'mening-leerling', 'CLI-MENING-LEERLING'), (900001, 'medisch', 'CLI-MEDISCH');
               INSERT INTO opp_goal (version_id, domain, position, body, criterion)
                 VALUES (900001, 'leren', 0, 'CLI-DOEL', 'vier van de vijf weken');"
run export-opp --database "$db" --student "$opp_lvs" --output "$tmp/opp.pdf"
check "export-opp exits 0" status_is 0
check "export-opp says what it wrote" out_has "opp.pdf: version 1"
check "export-opp writes a private PDF" sh -c 'head -c 5 "$1" | grep -q "%PDF-" && [ "$(stat -c %a "$1")" = 600 ]' - "$tmp/opp.pdf"
if command -v pdftotext >/dev/null 2>&1; then
  check "the OPP is a Dutch plan with the student's view and without the medical details" \
    sh -c 't=$(pdftotext "$1" -); echo "$t" | grep -q Ontwikkelingsperspectiefplan && echo "$t" | grep -q CLI-MENING-LEERLING && echo "$t" | grep -q CLI-DOEL && ! echo "$t" | grep -q CLI-MEDISCH' \
    - "$tmp/opp.pdf"
fi
run export-opp --database "$db" --student "$opp_lvs" --version 1 --include-medical --output "$tmp/opp-medisch.pdf"
check "export-opp --version 1 --include-medical exits 0" status_is 0
if command -v pdftotext >/dev/null 2>&1; then
  check "--include-medical prints the medical details" sh -c 'pdftotext "$1" - | grep -q CLI-MEDISCH' - "$tmp/opp-medisch.pdf"
fi
run export-opp --database "$db" --student "$opp_lvs" --version 4 --output "$tmp/no-opp.pdf"
check "a version that does not exist exits 1 and is named" sh -c '[ "$1" -eq 1 ] && grep -qF "no version 4" "$2"' - "$status" "$tmp/err"
run export-opp --database "$db" --student "$no_opp_lvs" --output "$tmp/no-opp.pdf"
check "a student without an OPP exits 1 and says so" sh -c '[ "$1" -eq 1 ] && grep -qF "has no OPP" "$2"' - "$status" "$tmp/err"
run export-opp --database "$db" --student 000000 --output "$tmp/no-opp.pdf"
check "export-opp of an unknown LVS number exits 1 naming it" sh -c '[ "$1" -eq 1 ] && grep -qF 000000 "$2"' - "$status" "$tmp/err"
check "failed OPP exports write nothing" absent "$tmp/no-opp.pdf"
run export-opp --database "$db" --student "$opp_lvs" --version 0
check "--version 0 is a usage error" status_is 2
run export-opp --student "$opp_lvs"
check "export-opp without --database is a usage error" status_is 2

# TLV dossier export (area "tlv-dossier"): a request of one student, then
# a damaged file added to it.
tlv_student=$(sqlite3 "$db" "SELECT id FROM student WHERE id NOT IN (SELECT student_id FROM tlv_request) LIMIT 1" 2>/dev/null)
tlv_lvs=$(sqlite3 "$db" "SELECT lvs_number FROM student WHERE id = $tlv_student" 2>/dev/null)
no_tlv_lvs=$(sqlite3 "$db" "SELECT lvs_number FROM student WHERE id NOT IN (SELECT student_id FROM tlv_request) AND id <> $tlv_student LIMIT 1" 2>/dev/null)
sqlite3 "$db" "INSERT INTO tlv_request (id, student_id, kind, parents_view, created_at, updated_at)
                 VALUES (900001, $tlv_student, 'vso-cluster-4', 'CLI-ZIENSWIJZE', 0, 0);"
run export-dossier --database "$db" --student "$tlv_lvs" --output "$tmp/dossier.pdf"
check "export-dossier exits 0" status_is 0
check "export-dossier says what it wrote" out_matches "dossier.pdf: [0-9]+ pages"
check "export-dossier says the dossier is not complete" out_has "not complete"
check "export-dossier writes a private PDF" sh -c 'head -c 5 "$1" | grep -q "%PDF-" && [ "$(stat -c %a "$1")" = 600 ]' - "$tmp/dossier.pdf"
if command -v pdftotext >/dev/null 2>&1; then
  check "the dossier has a cover, contents and the parents' view" \
    sh -c 't=$(pdftotext "$1" -); echo "$t" | grep -q "Aanvraag toelaatbaarheidsverklaring" && echo "$t" | grep -q Inhoudsopgave && echo "$t" | grep -q CLI-ZIENSWIJZE' \
    - "$tmp/dossier.pdf"
fi
bad='Dit is geen PDF'
bad_sha=$(printf '%s' "$bad" | sha256sum | cut -d ' ' -f 1)
sqlite3 "$db" "INSERT INTO attachment_blob (sha256, size, content) VALUES ('$bad_sha', 15, CAST('$bad' AS BLOB));
               INSERT INTO tlv_part (request_id, checklist_item_id, position, blob_sha256, file_name, media_type)
                 SELECT 900001, id, 0, '$bad_sha', 'Onderzoeksverslag psycholoog.pdf', 'application/pdf'
                 FROM tlv_checklist_item WHERE organisation_id IS NULL AND code = 'onderzoek';"
run export-dossier --database "$db" --student "$tlv_lvs" --request 900001 --output "$tmp/kapot.pdf"
check "a damaged attachment exits 1 and is named" sh -c '[ "$1" -eq 1 ] && grep -qF "Onderzoeksverslag psycholoog.pdf" "$2"' - "$status" "$tmp/err"
check "a refused dossier leaves no file behind" sh -c '[ ! -e "$1/kapot.pdf" ] && ! ls -A "$1" | grep -q kapot' - "$tmp"
run export-dossier --database "$db" --student "$no_tlv_lvs" --output "$tmp/geen.pdf"
check "a student without a TLV request exits 1 and says so" sh -c '[ "$1" -eq 1 ] && grep -qF "has no TLV request" "$2"' - "$status" "$tmp/err"
run export-dossier --database "$db" --student "$tlv_lvs" --request 4 --output "$tmp/geen.pdf"
check "a request of someone else exits 1" status_is 1
check "failed dossier exports write nothing" absent "$tmp/geen.pdf"
run export-dossier --database "$db" --student "$tlv_lvs"
check "export-dossier without --output is a usage error" status_is 2

# Backups, restoring and archives
mkdir -p "$tmp/b"
bdb="$tmp/b/school.db"
cp "$db" "$bdb"
run check --database "$bdb"
students=$(sed -n 's/^Students: //p' "$tmp/out")
run backups --database "$bdb"
check "backups without any exits 0 and says so" sh -c '[ "$1" -eq 0 ] && grep -qF "No backups" "$2"' - "$status" "$tmp/out"
run backup --database "$bdb"
check "backup exits 0" status_is 0
check "backup reports a verified backup" out_has "verified"
backup=$(ls "$tmp/b/backups/school.db/"*.passend-backup 2>/dev/null | head -n 1)
check "backup writes a private file in the backup folder" sh -c '[ -n "$1" ] && [ "$(stat -c %a "$1")" = 600 ] && [ "$(stat -c %a "$2")" = 700 ]' - "$backup" "$tmp/b/backups/school.db"
run backups --database "$bdb"
check "backups lists the backup with its schema" out_has "schema $latest_schema  verified"
run backup --database "$tmp/b/missing.db"
check "backup of a missing database exits 1 and creates nothing" sh -c '[ "$1" -eq 1 ] && [ ! -e "$2" ]' - "$status" "$tmp/b/missing.db"
run backup --database "$bdb" --to "$tmp/b/usb"
check "backup --to writes to that folder" sh -c '[ "$1" -eq 0 ] && ls "$2"/*.passend-backup >/dev/null' - "$status" "$tmp/b/usb"
run import-students --database "$bdb" --today 2026-11-23 "$lvs/magister-1252.csv"
run restore --database "$bdb" "$backup"
check "restore exits 0" status_is 0
check "restore names the file kept aside" out_has "school.db.replaced-"
run check --database "$bdb"
check "restore brings back the backed-up students" out_has "Students: $students"
check "restore keeps the replaced database" sh -c 'ls "$1"/school.db.replaced-* >/dev/null' - "$tmp/b"
printf 'geen database\n' >"$tmp/b/fake.passend-backup"
run restore --database "$bdb" "$tmp/b/fake.passend-backup"
check "restore of a damaged backup exits 1" status_is 1
run check --database "$bdb"
check "a refused restore changes nothing" out_has "Students: $students"
run restore --database "$bdb"
check "restore without a backup is a usage error" status_is 2
run export-archive --database "$bdb" --output "$tmp/b/school.passend-archive"
check "export-archive exits 0" status_is 0
check "export-archive writes a private file" mode_is "$tmp/b/school.passend-archive" 600
run export-archive --database "$bdb" --output "$tmp/b/school.passend-archive"
check "export-archive does not overwrite" status_is 1
run import-archive --database "$tmp/b/laptop/school.db" "$tmp/b/school.passend-archive"
check "import-archive exits 0" status_is 0
run check --database "$tmp/b/laptop/school.db"
check "import-archive brings every student" out_has "Students: $students"
run import-archive --database "$tmp/b/other.db" "$backup"
check "import-archive of a backup is refused" sh -c '[ "$1" -eq 1 ] && [ ! -e "$2" ]' - "$status" "$tmp/b/other.db"
run export-archive --output "$tmp/b/x.passend-archive"
check "export-archive without --database is a usage error" status_is 2

echo "1..$n"
