#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh TOP EXTRACTOR: checks every translation in po/LINGUAS against the
# texts the sources and the bundled content have now, and prints each one's status as
#   translations: LANG N of M texts (P%)
# Fails when a catalogue does not pass msgfmt --check (format directives, plural forms,
# header, mnemonics), or when a text of the app is untranslated or fuzzy in it.
set -eu
top=$1 extractor=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top"

# the template, made as po/meson.build makes it (the glib preset of meson's i18n module)
grep -v '^#' po/POTFILES.in | grep -v '^$' >"$work/files"
xgettext --package-name=unknot --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_set_error:4:c-format \
  -f "$work/files" -o "$work/code.pot" 2>"$work/xgettext.log" || { cat "$work/xgettext.log"; exit 1; }
"$extractor" "$work/content.pot" >/dev/null
msgcat --use-first -o "$work/unknot.pot" "$work/code.pot" "$work/content.pot"
total=$(LC_ALL=C msgfmt --statistics -o /dev/null "$work/unknot.pot" 2>&1 | sed -n 's/.*[^0-9]\([0-9][0-9]*\) untranslated.*/\1/p')

status=0
languages=$(grep -v '^#' po/LINGUAS | tr -s ' \n' '  ')
[ -n "${languages# }" ] || { echo "po/LINGUAS lists no language"; exit 1; }
for lang in $languages; do
  po=po/$lang.po
  [ -f "$po" ] || { echo "po/LINGUAS lists $lang, but $po does not exist"; status=1; continue; }
  if ! msgfmt --check --check-accelerators=_ -o /dev/null "$po" 2>"$work/check.log"; then
    echo "$po has errors:"; cat "$work/check.log"; status=1
  fi
  # measured against the texts of now: a text changed in the sources counts as not translated
  msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "$po" "$work/unknot.pot"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$work/$lang.po" 2>&1)
  done_=$(echo "$stats" | sed -n 's/^\([0-9][0-9]*\) translated.*/\1/p')
  done_=${done_:-0}
  echo "translations: $lang $done_ of $total texts ($((done_ * 100 / total))%)"
  if [ "$done_" -ne "$total" ]; then
    echo "$po: $stats"
    echo "not translated (the first 20):"
    { msgattrib --untranslated "$work/$lang.po"; msgattrib --only-fuzzy "$work/$lang.po"; } 2>/dev/null |
      grep '^msgid ' | grep -vx 'msgid ""' | head -20
    status=1
  fi
done
exit $status
