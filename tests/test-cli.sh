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
check "check counts the attachments" out_has "Attachments: 0"

# A second demo into the same database is refused and changes nothing.
run demo --database "$db" --seed 4
check "demo into a school exits 1" status_is 1
check "demo into a school says why" err_has "already has 120 students"
run check --database "$db"
check "the refused demo left the school as it was" out_has "Students: 120"

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

echo "1..$n"
