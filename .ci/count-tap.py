#!/usr/bin/env python3
# .ci/count-tap.py
#
# Copyright (C) 2026 The Passend authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Counts test results in meson's testlog.json: every TAP "ok" / "not ok" /
# "# SKIP" line of every test program, and each non-TAP test as one result.
# Prints a line per program and, as the very last line,
# "N passed, N failed, N skipped". Exits 1 when anything failed.
#
# The log's "env" field holds the whole environment of the run: it is never
# read, let alone printed.
#
# Usage: count-tap.py build/meson-logs/testlog.json [RESULTS.tap…]
#
# Each further file is the TAP output of a program run outside meson (the
# libFuzzer runs of .ci/fuzz), counted the same way; a missing or empty
# one counts as one failure.

import json
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b[ \t]*(\d*)[ \t]*(?:-[ \t]*)?(.*)$')
TAP_PLAN = re.compile(r'^1\.\.\d+')
DIRECTIVE = re.compile(r'#\s*(SKIP|TODO)\b', re.IGNORECASE)

PASSED_RESULTS = {'OK', 'EXPECTEDFAIL'}
SKIPPED_RESULTS = {'SKIP'}


def count_tap(stdout):
    """Returns (passed, failed, skipped, failed_names, saw_plan)."""
    passed = failed = skipped = 0
    failed_names = []
    saw_plan = False

    for line in stdout.splitlines():
        if TAP_PLAN.match(line):
            saw_plan = True
            continue
        if line.startswith('Bail out!'):
            failed_names.append(line[:160])
            continue
        match = TAP_LINE.match(line)
        if match is None:
            continue
        verdict, _number, rest = match.groups()
        directive = DIRECTIVE.search(rest)
        kind = directive.group(1).upper() if directive else None

        if kind == 'SKIP':
            skipped += 1
        elif verdict == 'ok':
            passed += 1
        elif kind == 'TODO':
            # A known, unfinished failure: it does not fail the run.
            skipped += 1
        else:
            failed += 1
            failed_names.append('not ok: ' + (rest.split('#')[0].strip() or line.strip()))

    return passed, failed, skipped, failed_names, saw_plan


def main():
    if len(sys.argv) < 2:
        print('usage: count-tap.py TESTLOG.json [RESULTS.tap…]', file=sys.stderr)
        sys.exit(2)

    try:
        with open(sys.argv[1], encoding='utf-8') as log:
            lines = [line for line in log if line.strip()]
    except OSError as error:
        print('count-tap: cannot read %s: %s' % (sys.argv[1], error.strerror))
        print('0 passed, 0 failed, 0 skipped')
        sys.exit(2)

    total_passed = total_failed = total_skipped = 0

    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            print('count-tap: line %d of the log is not JSON' % number)
            total_failed += 1
            continue

        name = record.get('name', '?')
        result = record.get('result', '?')
        passed, failed, skipped, failed_names, saw_plan = count_tap(record.get('stdout') or '')
        # meson 1.0 does not log the protocol: GTest programs run with
        # --tap, and every TAP producer prints a plan.
        is_tap = saw_plan or '--tap' in (record.get('command') or [])
        has_results = passed + failed + skipped > 0

        if not is_tap or not has_results:
            # Not a TAP program, or one that died before it said anything:
            # it counts once, by what meson made of it.
            passed = failed = skipped = 0
            if result in PASSED_RESULTS:
                passed = 1
            elif result in SKIPPED_RESULTS:
                skipped = 1
            else:
                failed = 1
        elif result not in PASSED_RESULTS | SKIPPED_RESULTS and failed == 0:
            # Every line said ok, yet the program failed: it crashed after
            # its last test, bailed out, or timed out.
            failed = 1
            if not failed_names:
                failed_names.append('(%s after its last result)' % result.lower())

        print('%-14s %-52s %4d passed, %d failed, %d skipped%s' %
              (result, name, passed, failed, skipped, '' if is_tap else '  (exit status)'))
        for failed_name in failed_names:
            print('    ' + failed_name)

        total_passed += passed
        total_failed += failed
        total_skipped += skipped

    for tap_path in sys.argv[2:]:
        try:
            with open(tap_path, encoding='utf-8') as tap:
                stdout = tap.read()
        except OSError as error:
            stdout = ''
            print('count-tap: cannot read %s: %s' % (tap_path, error.strerror))
        passed, failed, skipped, failed_names, _saw_plan = count_tap(stdout)
        if passed + failed + skipped == 0:
            failed = 1
            failed_names.append('(no results)')
        print('%-14s %-52s %4d passed, %d failed, %d skipped' %
              ('FAIL' if failed else 'OK', tap_path, passed, failed, skipped))
        for failed_name in failed_names:
            print('    ' + failed_name)
        total_passed += passed
        total_failed += failed
        total_skipped += skipped

    if not lines:
        print('count-tap: the log holds no test results')

    print('%d passed, %d failed, %d skipped' % (total_passed, total_failed, total_skipped))
    sys.exit(1 if total_failed > 0 or not lines else 0)


if __name__ == '__main__':
    main()
