#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts the test cases of a meson test log: each TAP line of a TAP test,
or the whole test for the others. Prints "N passed, N failed" last."""

import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")
TAP_PLAN = re.compile(r"^1\.\.\d+")


def count(path):
    passed = failed = skipped = 0
    with open(path, encoding="utf-8") as log:
        for line in log:
            test = json.loads(line)
            result = test.get("result")
            lines = (test.get("stdout") or "").splitlines()
            is_tap = any(TAP_PLAN.match(l) for l in lines)
            cases = [TAP_LINE.match(l) for l in lines] if is_tap else []
            cases = [c for c in cases if c]
            if not cases:
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
                continue
            for case in cases:
                rest = case.group(2)
                if "# SKIP" in rest.upper():
                    skipped += 1
                elif case.group(1) == "ok" or "# TODO" in rest.upper():
                    passed += 1
                else:
                    failed += 1
            # A test that crashed after its last TAP line still failed.
            if result not in ("OK", "EXPECTEDFAIL", "SKIP") and all(
                c.group(1) == "ok" for c in cases
            ):
                failed += 1
    return passed, failed, skipped


def main():
    passed, failed, skipped = count(sys.argv[1])
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
