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

echo "1..$n"
