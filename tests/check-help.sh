#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The user guide: every page is valid Mallard, every xref leads to a page (and section)
# that exists, and every page is installed.
set -u

help_dir=$1
cd "$help_dir/C" || exit 1

command -v yelp-check >/dev/null || { echo "yelp-check is missing: install yelp-tools"; exit 1; }

status=0
set -- *.page
[ -e "$1" ] || { echo "no pages in $help_dir/C"; exit 1; }

yelp-check validate "$@" || status=1

broken=$(yelp-check links "$@") || status=1
if [ -n "$broken" ]; then
  printf 'broken links (page: target):\n%s\n' "$broken"
  status=1
fi

for page in "$@"; do
  grep -q "'$page'" ../meson.build || { echo "$page is not listed in help/meson.build"; status=1; }
done

exit $status
