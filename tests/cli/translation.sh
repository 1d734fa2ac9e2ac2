#!/bin/sh
# tests/cli/translation.sh: the Dutch catalogue is whole, the shell speaks
# it, and herstelrc's language chooses it. Every message of
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

# The shell's messages in Dutch, chosen by the locale: what a command
# says, its counts, an import's summary and an error with file:line.
locale -a 2>/dev/null | grep -qix 'nl_NL\.utf-\?8' ||
	t_bail "the nl_NL.UTF-8 locale is missing: run build-aux/bootstrap as root (locale-gen)"
[ -n "${HERSTEL_LOCALEDIR:-}" ] && [ -f "$HERSTEL_LOCALEDIR/nl/LC_MESSAGES/herstel.mo" ] ||
	t_bail "no Dutch catalogue in HERSTEL_LOCALEDIR: run under make check"
FIX="$TESTS_SRCDIR/fixtures"
nl() { LC_ALL=nl_NL.UTF-8 t_run "$@"; }

nl undo
t_match stdout "$T_OUT" '^niets om ongedaan te maken$' "nl: undo with nothing to undo"
nl sore quads=2
t_match stdout "$T_OUT" '^spierpijn vastgelegd: quadriceps 2 op di 17 nov 2026 12:00$' \
	"nl: sore says what it logged, with the group's Dutch name"
nl undo
t_match stdout "$T_OUT" '^ongedaan gemaakt: spierpijn$' "nl: undo names what it took back"
nl import --dry-run "$FIX/strong-classic.csv"
t_match stdout "$T_OUT" '^proefrun: zou importeren [0-9]+ sets, 1 activiteit, 0 keer spierpijn, 0 nachten, 0 dagen en 0 dagnotities uit .*; er is niets geschreven$' \
	"nl: the import's summary, each count with its own plural"
t_match stdout "$T_OUT" '^1 rij van de rusttimer weggelaten$' "nl: a count of one is singular"
sum=$(t_sum)
nl import "$FIX/bad-reps.csv"
t_status 1 "nl: a bad file is refused"
t_match stderr "$T_ERR" 'bad-reps\.csv:3: Reps: verwacht een geheel getal van 1 tot 1000, gevonden "-5"' \
	"nl: the error names file:line and the column, in Dutch"
t_eq "journal" "$(t_sum)" "$sum" "nl: the journal is unchanged"
nl sleep 25
t_match stderr "$T_ERR" 'uren moet een getal van 0 tot 24 zijn, gevonden "25"' "nl: a bad value, in Dutch"
LC_ALL=C.UTF-8 t_run sleep 25
t_match stderr "$T_ERR" 'hours must be a number from 0 to 24, got "25"' "C: the same in English"
printf '[recovery]\nsleep_target = abc\n' >"$HERSTEL_CONFIG"
nl status
t_match stderr "$T_ERR" 'herstelrc:2: \[recovery\] sleep_target: uren van 4 tot 12 verwacht, gevonden "abc"' \
	"nl: a herstelrc error with file:line, in Dutch"
rm -f "$HERSTEL_CONFIG"

# herstelrc's language = auto | en | nl over the locale.
lang_rc() { printf '[general]\nlanguage = %s\n' "$1" >"$HERSTEL_CONFIG"; }
lang_rc nl
for loc in C C.UTF-8 nl_NL.UTF-8; do
	LC_ALL=$loc t_run undo
	t_match stdout "$T_OUT" '^niets om ongedaan te maken$' "language = nl in LC_ALL=$loc: Dutch"
done
LANG=C LC_ALL= LANGUAGE=en t_run undo
t_match stdout "$T_OUT" '^niets om ongedaan te maken$' "language = nl over LANGUAGE=en: Dutch"
LC_ALL=C.UTF-8 t_run status --format tsv
t_match stdout "$T_OUT" '^group	state	percent' "language = nl: a machine format stays English"
LC_ALL=C.UTF-8 t_run status
t_match stdout "$T_OUT" 'borst' "language = nl: the text of status is Dutch"
lang_rc en
LC_ALL=nl_NL.UTF-8 t_run undo
t_match stdout "$T_OUT" '^nothing to undo$' "language = en in nl_NL.UTF-8: English"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl t_run undo
t_match stdout "$T_OUT" '^nothing to undo$' "language = en over LANGUAGE=nl: English"
lang_rc auto
LC_ALL=nl_NL.UTF-8 t_run undo
t_match stdout "$T_OUT" '^niets om ongedaan te maken$' "language = auto follows the locale: nl_NL"
LC_ALL=C.UTF-8 t_run undo
t_match stdout "$T_OUT" '^nothing to undo$' "language = auto follows the locale: C.UTF-8"
lang_rc de
sum=$(t_sum)
LC_ALL=C.UTF-8 t_run sore quads=1
t_status 1 "language = de is refused"
t_match stderr "$T_ERR" 'herstelrc:2: \[general\] language: expected auto, en or nl, got "de"' \
	"the bad language names file:line, section, key and the choices"
t_eq "journal" "$(t_sum)" "$sum" "and the journal is unchanged"
rm -f "$HERSTEL_CONFIG"

done_testing
