#!/usr/bin/env python3
# check-bench.py
#
# Copyright (C) 2026 The Passend authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs passend-bench with the given arguments, checks that it printed a
# complete JSON report, prints it and a short table of medians, budgets
# and comparisons, and exits non-zero when the report is incomplete or —
# in a full run (without --quick) — a budget was missed or the kill test
# found a damaged database.

import json
import subprocess
import sys

# Every measure in "results", in milliseconds, each with its budget.
MEASURES = ('open', 'verify_bulk', 'create', 'caseload', 'overview', 'keystroke',
            'caseload-filter', 'timeline', 'fts', 'fts-snippets', 'add-entry', 'import',
            'pdf-preview', 'agenda-pdf', 'agenda-pdf-partner', 'opp-pdf', 'backup',
            'tlv-dossier', 'first-window')
# Measures of the running app in MiB, each with its budget.
MEMORY_MEASURES = ('app-memory',)
# Another program doing the same work: ratios, not budgets.
COMPARISONS = (('opp-pdf-vs-libreoffice', 'OPP PDF vs LibreOffice'),
               ('tlv-dossier-vs-qpdf', 'TLV dossier vs qpdf'))

QUICK_TIMEOUT_S = 280
FULL_TIMEOUT_S = 3600


def fail(message):
    print('check-bench: ' + message, file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) < 2:
        fail('usage: check-bench.py PASSEND-BENCH [ARGS…]')

    quick = '--quick' in sys.argv[2:] or '-q' in sys.argv[2:]
    run = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                         timeout=QUICK_TIMEOUT_S if quick else FULL_TIMEOUT_S)
    sys.stderr.write(run.stderr)
    print(run.stdout)
    # 1: a budget was missed, the report is still complete; 2: an error.
    if run.returncode not in (0, 1):
        fail('exited with status %d' % run.returncode)

    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        fail('not valid JSON: %s' % error)

    try:
        check_report(report)
        print_table(report)
        missed = missed_budgets(report)
    except (KeyError, TypeError, AttributeError) as error:
        fail('incomplete report: %r' % error)

    if report['budgets_enforced'] and missed:
        fail('over budget: ' + ', '.join(missed))
    if run.returncode != 0:
        fail('exited with status %d' % run.returncode)


def check_stats(name, measure, unit, runs):
    for key in ('median_' + unit, 'min_' + unit, 'max_' + unit, 'budget_' + unit):
        if not isinstance(measure.get(key), (int, float)):
            fail('"%s" has no number "%s"' % (name, key))
    if not measure['min_' + unit] <= measure['median_' + unit] <= measure['max_' + unit]:
        fail('"%s": the median is not between min and max' % name)
    if measure['n'] != runs and 'queries' not in measure:
        fail('"%s" ran %d times, not %d' % (name, measure['n'], runs))
    if not isinstance(measure.get('ok'), bool):
        fail('"%s" has no "ok"' % name)


def check_report(report):
    if not isinstance(report.get('ok'), bool):
        fail('no "ok" member')
    if report['database']['students'] <= 0 or report['database']['entries'] <= 0:
        fail('the database is empty')
    for names, unit in ((MEASURES, 'ms'), (MEMORY_MEASURES, 'mb')):
        for name in names:
            measure = report['results'].get(name)
            if measure is None:
                fail('no result for "%s"' % name)
            if 'skipped' in measure:
                # Only the app needs a display; a full run must measure it.
                if report['budgets_enforced']:
                    fail('"%s" was skipped: %s' % (name, measure['skipped']))
                continue
            check_stats(name, measure, unit, report['runs'])
    unknown = set(report['results']) - set(MEASURES) - set(MEMORY_MEASURES)
    if unknown:
        fail('results not listed in MEASURES: %s' % ', '.join(sorted(unknown)))
    if report['results']['timeline']['entries'] <= 0:
        fail('the heaviest timeline is empty')
    for name, _ in COMPARISONS:
        comparison = report['comparisons'][name]
        if 'skipped' not in comparison and not comparison['ratio'] > 0:
            fail('comparison "%s" has no ratio' % name)
    kills = report['kill-test']
    if 'skipped' not in kills and kills['kills'] <= 0 and kills['damaged'] == 0:
        fail('the kill test made no kills')


def missed_budgets(report):
    missed = [name for name, measure in report['results'].items() if not measure['ok']]
    kills = report['kill-test']
    if 'skipped' not in kills and not kills['ok']:
        missed.append('kill-test')
    return missed


def number(value, unit):
    return '%.1f %s' % (value, unit) if value < 100 else '%.0f %s' % (value, unit)


def print_table(report):
    database = report['database']
    print('%s run, %d runs each; %d students, %d in the caseload, %d entries'
          % (report['mode'], report['runs'], database['students'], database['caseload'],
             database['entries']))
    print()
    print('%-20s %10s %10s  %s' % ('measure', 'median', 'budget', ''))
    for names, unit, shown in ((MEASURES, 'ms', 'ms'), (MEMORY_MEASURES, 'mb', 'MB')):
        for name in names:
            measure = report['results'][name]
            if 'skipped' in measure:
                print('%-20s %10s %10s  skipped: %s' % (name, '—', '—', measure['skipped']))
                continue
            state = 'ok' if measure['ok'] else 'OVER BUDGET'
            if 'queries' in measure:
                state += ' (slowest query counts)'
            if 'hwm_median_mb' in measure:
                state += ' (peak %s, renderer %s)' % (number(measure['hwm_median_mb'], shown),
                                                      measure.get('renderer', 'unknown'))
            for key in ('gl_median_ms', 'gl_median_mb'):
                if key in measure:
                    state += ' (with GL forced: %s)' % number(measure[key], shown)
            print('%-20s %10s %10s  %s' % (name, number(measure['median_' + unit], shown),
                                           number(measure['budget_' + unit], shown), state))
    print()
    print('%-24s %10s %10s %12s %8s' % ('comparison', 'Passend', 'other', 'other, cold', 'ratio'))
    for name, label in COMPARISONS:
        comparison = report['comparisons'][name]
        if 'skipped' in comparison:
            print('%-24s skipped: %s' % (label, comparison['skipped']))
            continue
        cold = comparison['tool_cold_ms']
        print('%-24s %10s %10s %12s %7.1f×'
              % (label, number(comparison['passend_median_ms'], 'ms'),
                 number(comparison['tool_median_ms'], 'ms'),
                 number(cold, 'ms') if cold is not None else '—', comparison['ratio']))
    print()
    kills = report['kill-test']
    if 'skipped' in kills:
        print('kill test: skipped: %s' % kills['skipped'])
    else:
        print('kill test: %d kills, %d damaged (%.0f s)' % (kills['kills'], kills['damaged'],
                                                          kills['seconds']))


if __name__ == '__main__':
    main()
