#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist.
set -eu
top=$1
cd "$top"
status=0
listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')

for f in $listed; do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done

for f in $(grep -rlE '_\("|N_\("|C_\("|translatable="yes"' src data 2>/dev/null | sort); do
  case $f in *.h) continue ;; esac
  echo "$listed" | grep -qx "$f" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done
for f in data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml; do
  echo "$listed" | grep -qx "$f" || { echo "$f is not in po/POTFILES.in"; status=1; }
done
[ $status = 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status
