#!/bin/sh
# search.sh: `herstel search`: text, tsv and json, case, % taken literally,
# --limit, the exit status as grep's (0 found, 1 none, 2 an error), the
# journal left as it was, and a long note cut for the line.
. "$TESTS_SRCDIR/lib.sh"
t_require jq

TAB=$(printf '\t')
{
	"$HERSTEL" log --date 2026-11-02 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" log --date 2026-11-04 --time 18:00 "front squat 3x5 80kg # Felt HEAVY, 100% effort"
	"$HERSTEL" day --date 2026-11-08 --note "Knie deed pijn; rustig aan, reis naar Gent met de trein en daarna een lange wandeling door de stad" rest
	"$HERSTEL" log --date 2026-11-10 --time 18:00 "deadlift 3x5 140kg # grip gave out"
} >"$T_TMP/history" 2>&1
t_ok $? "build a history" || t_diag "$(cat "$T_TMP/history")"
before=$(t_sql 'SELECT count(*) FROM batch')

t_run search squat
t_status 0 "a match exits 0"
t_eq "text" "$T_OUT" "2026-11-04  front squat
2026-11-02  squat" "one line a day, newest first, the names that matched"
t_run search HEAVY
t_eq "note" "$T_OUT" "2026-11-04  set note: Felt HEAVY, 100% effort" "a set note, whatever the case"
t_run search '100%'
t_eq "percent" "$T_OUT" "2026-11-04  set note: Felt HEAVY, 100% effort" "% is a character, not a wildcard"
t_run search '1_0'
t_status 1 "_ is a character too: nothing matches 1_0"
t_run search rustig
t_match "cut" "$T_OUT" '^2026-11-08  day note: Knie deed pijn; rustig aan, reis naar Gent met de trein…$' \
	"a long note is cut with … for the line"
t_run search felt heavy
t_status 0 "several words are one text"
t_run search GRIP --format tsv
t_eq "tsv" "$T_OUT" "date${TAB}exercises${TAB}day_note${TAB}set_note
2026-11-10${TAB}-${TAB}-${TAB}grip gave out" "tsv: a header, whole notes, - for none"
t_run search e --format json --limit 2
t_status 0 "json exits 0"
t_eq "json" "$(printf '%s' "$T_OUT" | jq -c 'map([.date, .exercises, .day_note, .set_note])')" \
	'[["2026-11-10",["deadlift"],null,"grip gave out"],["2026-11-08",[],"Knie deed pijn; rustig aan, reis naar Gent met de trein en daarna een lange wandeling door de stad",null]]' \
	"json with --limit 2: the newest two days, every field named in English"
LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 t_run search grip --format json
t_eq "json in Dutch" "$(printf '%s' "$T_OUT" | jq -c '.[0] | keys')" '["date","day_note","exercises","set_note"]' \
	"json keys do not change with the language"

[ -f "${HERSTEL_LOCALEDIR:-/nonexistent}/nl/LC_MESSAGES/herstel.mo" ] ||
	t_bail "no Dutch catalogue in HERSTEL_LOCALEDIR: run under make check"
LC_ALL=nl_NL.UTF-8 t_run search HEAVY
t_eq "Dutch text" "$T_OUT" "2026-11-04  setnotitie: Felt HEAVY, 100% effort" "the text output in Dutch"

t_run search zzzz
t_status 1 "nothing found exits 1"
t_eq "nothing" "$T_OUT" "" "and prints nothing on stdout"
t_match "said" "$T_ERR" 'search: no day matches "zzzz"' "it says so on stderr"
t_run search zzzz --format json
t_status 1 "json: nothing found exits 1 too"
t_eq "empty json" "$T_OUT" "[]" "an empty array"
t_run search
t_status 2 "no TEXT is a usage error: 2"
t_run search '   '
t_status 2 "blank text: 2"
t_match "blank" "$T_ERR" 'search text is empty' "and says why"
t_run search squat --limit 0
t_status 2 "a bad --limit: 2"
t_run search squat --format xml
t_status 2 "a bad format: 2"
printf 'not a journal at all, but long enough to be read as a file header...\n' >"$T_TMP/junk.db"
t_run --db "$T_TMP/junk.db" search squat
t_status 2 "a file that is not a journal: 2, never 1"
t_eq "unchanged" "$(t_sql 'SELECT count(*) FROM batch')" "$before" "search writes nothing"
done_testing
