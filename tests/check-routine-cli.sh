#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# unknot --check-routine and --check-anatomy: silent and 0 on good files; every problem with
# its line:column and 1 on bad ones.
set -u
unknot=$1 top=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0

"$unknot" --check-routine "$top"/resources/routines/*.json >"$out" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ -s "$out" ]; then
  echo "bundled routines: exit $rc, expected 0 and no output:"; cat "$out"; status=1
fi

"$unknot" --check-anatomy "$top"/resources/anatomy/*.json >"$out" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ -s "$out" ]; then
  echo "bundled anatomy: exit $rc, expected 0 and no output:"; cat "$out"; status=1
fi
"$unknot" --check-anatomy "$top/tests/data/bad-routine.json" >"$out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -q "bad-routine.json:1:1: \$: The field “muscles” is missing" "$out" ||
  { echo "a routine checked as anatomy: exit $rc:"; cat "$out"; status=1; }

"$unknot" --check-routine "$top/tests/data/bad-routine.json" >"$out" 2>&1
rc=$?
cat "$out"
[ $rc -eq 1 ] || { echo "bad routine: exit $rc, expected 1"; status=1; }
for expected in \
  "bad-routine.json:3:9: \$.id: " \
  "bad-routine.json:13:89: \$.steps\[0\].hold: " \
  "bad-routine.json:14:57: \$.steps\[1\].pattern: There is no breathing pattern"; do
  grep -q "$expected" "$out" || { echo "missing: $expected"; status=1; }
done
[ "$(wc -l <"$out")" -eq 3 ] || { echo "expected exactly 3 problems"; status=1; }

"$unknot" --check-routine >"$out" 2>&1
rc=$?
[ $rc -eq 2 ] || { echo "no files: exit $rc, expected 2"; status=1; }

[ $status -eq 0 ] && echo "unknot --check-routine behaves"
exit $status
