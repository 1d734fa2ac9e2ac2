#!/bin/sh
# tests/cli/translation.sh: the Dutch catalogue is whole. Every message of
# po/herstel.pot is in po/nl.po, translated, none fuzzy, and msgfmt --check
# accepts each format string against its English one.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require msgfmt msgcmp
PO="${HERSTEL_SRCDIR:-$TESTS_SRCDIR/..}/po"

stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$PO/nl.po" 2>&1)
t_ok $? "msgfmt --check accepts po/nl.po"
t_match "statistics" "$stats" '^[0-9]+ translated messages\.$' \
	"every message translated, none fuzzy or untranslated ($stats)"
# msgcmp: every msgid of the catalogue has its entry in nl.po.
out=$(LC_ALL=C msgcmp "$PO/nl.po" "$PO/herstel.pot" 2>&1)
t_ok $? "nl.po has an entry for every message of herstel.pot${out:+: $out}"

done_testing
