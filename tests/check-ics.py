#!/usr/bin/env python3
# tests/check-ics.py
#
# Copyright (C) 2026 The Passend authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads an .ics file with an independent parser (python3-icalendar) and
# prints what test-render-ics asserts, one "key value" line each. The raw
# checks (CRLF, 75-octet lines, UTF-8 intact) are made on the bytes, since
# the parser unfolds lines before anyone sees them.
import sys

import icalendar


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def main():
    raw = open(sys.argv[1], "rb").read()
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d has a bare line end" % number)
        if len(line) > 75:
            fail("line %d has %d octets" % (number, len(line)))
    # A fold that split a character would not decode.
    unfolded = raw.replace(b"\r\n ", b"")
    try:
        unfolded.decode("utf-8")
    except UnicodeDecodeError as error:
        fail("not UTF-8 after unfolding: %s" % error)
    folded = raw.count(b"\r\n ")

    calendar = icalendar.Calendar.from_ical(raw)
    print("VERSION %s" % calendar.get("VERSION"))
    print("METHOD %s" % calendar.get("METHOD"))
    print("PRODID %s" % calendar.get("PRODID"))
    print("FOLDS %d" % folded)

    for zone in calendar.walk("VTIMEZONE"):
        print("VTIMEZONE %s" % zone.get("TZID"))
        # The zone must answer for a winter and a summer day.
        tz = zone.to_tz()
        import datetime
        winter = tz.utcoffset(datetime.datetime(2026, 12, 7, 13, 0))
        summer = tz.utcoffset(datetime.datetime(2026, 6, 8, 13, 0))
        print("OFFSETS %s %s" % (winter, summer))

    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        tzid = event["DTSTART"].params.get("TZID", "")
        print("EVENT %s" % event.get("UID"))
        print("  SEQUENCE %s" % event.get("SEQUENCE"))
        print("  TZID %s" % tzid)
        print("  DTSTART %s" % start.isoformat())
        print("  DTEND %s" % end.isoformat())
        print("  UTCSTART %s" % start.astimezone(__import__("datetime").timezone.utc).isoformat())
        print("  DTSTAMP %s" % event.decoded("DTSTAMP").isoformat())
        print("  SUMMARY %s" % event.get("SUMMARY"))
        print("  LOCATION %s" % event.get("LOCATION"))
        print("  STATUS %s" % event.get("STATUS"))
        print("  DESCRIPTION %s" % str(event.get("DESCRIPTION")).replace("\n", "|"))
        if event.get("ORGANIZER") is not None:
            print("  ORGANIZER %s" % event.get("ORGANIZER"))
    print("OK")


main()
