#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# update-content-pot.sh EXTRACTOR POT: adds the bundled content's texts to POT.
set -eu
extractor=$1 pot=$2
content=$(mktemp --suffix=.pot)
trap 'rm -f "$content"' EXIT
"$extractor" "$content"
if [ -f "$pot" ]; then
  msgcat --use-first -o "$pot" "$pot" "$content"
else
  cp "$content" "$pot"
fi
echo "merged into $pot"
