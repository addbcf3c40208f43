#!/usr/bin/env python3
# check-bench.py
#
# Copyright (C) 2026 The Passend authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs passend-bench with the given arguments and checks that it exits 0
# and prints a complete JSON report. Budgets are not checked here.

import json
import subprocess
import sys

MEASURES = ('open', 'verify_bulk', 'create', 'caseload', 'overview', 'keystroke',
            'caseload-filter', 'timeline', 'fts', 'fts-snippets', 'add-entry', 'import',
            'pdf-preview')


def fail(message):
    print('check-bench: ' + message, file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) < 2:
        fail('usage: check-bench.py PASSEND-BENCH [ARGS…]')

    run = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=280)
    sys.stderr.write(run.stderr)
    print(run.stdout)
    if run.returncode != 0:
        fail('exited with status %d' % run.returncode)

    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        fail('not valid JSON: %s' % error)

    try:
        check_report(report)
    except (KeyError, TypeError, AttributeError) as error:
        fail('incomplete report: %r' % error)


def check_report(report):
    if not isinstance(report.get('ok'), bool):
        fail('no "ok" member')
    if report['database']['students'] <= 0 or report['database']['entries'] <= 0:
        fail('the database is empty')
    for name in MEASURES:
        measure = report['results'].get(name)
        if measure is None:
            fail('no result for "%s"' % name)
        for key in ('median_ms', 'min_ms', 'max_ms', 'budget_ms'):
            if not isinstance(measure.get(key), (int, float)):
                fail('"%s" has no number "%s"' % (name, key))
        if not measure['min_ms'] <= measure['median_ms'] <= measure['max_ms']:
            fail('"%s": the median is not between min and max' % name)
        if measure['n'] != report['runs'] and 'queries' not in measure:
            fail('"%s" ran %d times, not %d' % (name, measure['n'], report['runs']))
    if report['results']['timeline']['entries'] <= 0:
        fail('the heaviest timeline is empty')


if __name__ == '__main__':
    main()
