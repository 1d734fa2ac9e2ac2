#!/bin/sh
# tools.sh: the daily tools on the command line: `herstel plates` from the
# herstelrc's inventory, `herstel calendar` of a month and a year from a
# journal built here, `herstel rest` counting a second down to the bell.
. "$TESTS_SRCDIR/lib.sh"
t_require jq

TAB=$(printf '\t')
BEL=$(printf '\a')

## plates ------------------------------------------------------------------

t_run plates 142.5
t_status 0 "plates 142.5 exits 0"
t_eq "exact" "$T_OUT" "142.5 kg: 20 + 2 × (25 + 25 + 10 + 1.25)" \
	"142.5 kg: the default bar and the fewest plates, heaviest first"
t_run plates 143
t_match "not loadable" "$T_OUT" '^143 kg cannot be loaded exactly' "143 kg cannot be loaded: it says so"
t_match "below" "$T_OUT" 'below: 142\.5 kg: 20 \+ 2 × \(25 \+ 25 \+ 10 \+ 1\.25\)' "the nearest load below"
t_match "above" "$T_OUT" 'above: 145 kg: 20 \+ 2 × \(25 \+ 25 \+ 10 \+ 2\.5\)' "the nearest load above"
t_run plates 143 --format json
t_eq "json" "$(printf '%s' "$T_OUT" | jq -c '[.exact, (.loads | map(.total))]')" '[false,[142.5,145]]' \
	"json: not exact, the loads below and above"
t_run plates 100kg --bar 15 --format tsv
t_eq "tsv" "$T_OUT" "weight${TAB}units${TAB}load${TAB}total${TAB}bar${TAB}side
100${TAB}kg${TAB}exact${TAB}100${TAB}15${TAB}25 15 2.5" "tsv with --bar 15: the plates of each side"
t_run plates abc
t_status 1 "a weight that is not one exits 1"
t_match "bad weight" "$T_ERR" 'plates: WEIGHT: expected a weight above 0' "and says what it expected"
t_run plates
t_status 2 "no weight is a usage error"

# An inventory in pounds, and one that does not add up.
printf '[general]\nunits = lb\n[plates]\nplates = 45x2 25x1 10x1 5x1\n' >"$HERSTEL_CONFIG"
t_run plates 225
t_eq "lb" "$T_OUT" "225 lb: 45 + 2 × (45 + 45)" "in lb: a 45 lb bar and 45 lb plates"
t_run plates 231.49
t_match "lb rounded" "$T_OUT" 'below: 225 lb' "231.49 lb: the nearest loads the plates make"
printf '[plates]\nplates = 25x2 25x1\n' >"$HERSTEL_CONFIG"
t_run plates 100
t_status 1 "a plate given twice in herstelrc exits 1"
t_match "bad inventory" "$T_ERR" 'herstelrc: \[plates\]: plate 25 is given twice' "and names the file and the plate"
printf '[plates]\nplates = lots\n' >"$HERSTEL_CONFIG"
t_run plates 100
t_match "bad list" "$T_ERR" 'herstelrc:2: \[plates\] plates: expected plates as WEIGHTxPAIRS' \
	"a list that is not one is named with its line"
rm -f "$HERSTEL_CONFIG"

## calendar ----------------------------------------------------------------

{
	"$HERSTEL" log --date 2026-11-02 "squat 5x5 100kg @8"
	"$HERSTEL" log --date 2026-11-04 "bench press 3x8 80kg @8"
	"$HERSTEL" day --date 2026-11-05 active
	"$HERSTEL" log --date 2026-11-16 "squat 5x5 100kg @8" "deadlift 3x5 140kg @9"
} >"$T_TMP/history.out" 2>&1
t_ok $? "a month of history"

t_run calendar
t_status 0 "calendar exits 0"
t_match "title" "$T_OUT" '^Nov 2026 ' "the month of today (17 November)"
t_match "week 45" "$T_OUT" '^45 +2 ▲5 +3 · +4 ▲3 +5 ~ ' \
	"week 45: hard sets on Monday and Wednesday, a rest day, an active day"
t_match "today" "$T_OUT" '17\* ' "today is marked with a star"
t_match "legend" "$T_OUT" '▲ training  ~ active  · rest  ○ passive' "the legend names each symbol"
t_run calendar --month 2026-11 --format tsv
t_eq "tsv rows" "$(printf '%s\n' "$T_OUT" | sed 1d | wc -l | tr -d ' ')" 30 "tsv: a row per day of November"
t_match "tsv day" "$T_OUT" "^2026-11-16${TAB}training${TAB}8${TAB}1\$" "tsv: 16 November, 8 hard sets, heat 1"
t_run calendar --month 2026-11 --format json
t_eq "json" "$(printf '%s' "$T_OUT" | jq -c '[.month, (.days | length), (.days[15].hard_sets)]')" \
	'["2026-11",30,8]' "json: the month, its 30 days, the hard sets of the 16th"
t_run calendar --year 2026
t_match "year" "$T_OUT" '^2026   hard sets a day: · 0  ░ 1-8  ▒ 9-15  ▓ 16-24  █ 25\+' \
	"the year: its legend, a character per level"
t_eq "year rows" "$(printf '%s\n' "$T_OUT" | grep -c '^\(Mon\|Tue\|Wed\|Thu\|Fri\|Sat\|Sun\) ')" 7 \
	"the year: a row per weekday"
LC_ALL=C t_run calendar --year 2026
t_match "ascii" "$T_OUT" '0  - 1-8  \+ 9-15  \* 16-24  # 25\+' "without UTF-8: ASCII levels"
t_run calendar --year 2026 --format tsv
t_eq "year tsv" "$(printf '%s\n' "$T_OUT" | sed 1d | wc -l | tr -d ' ')" 365 "tsv: 365 days of 2026"
t_run calendar --month 2026-13
t_status 1 "a month that is not one exits 1"
t_match "bad month" "$T_ERR" 'calendar: --month: expected YYYY-MM, got "2026-13"' "and says so"
t_run calendar --month 2026-11 --year 2026
t_status 2 "--month and --year together is a usage error"

## rest --------------------------------------------------------------------

t_run rest 1
t_status 0 "rest 1 exits 0 after a second"
t_eq "rest over" "$(printf '%s' "$T_OUT" | tr -d "$BEL" | sed 's/ *$//')" "rest over" \
	"not on a terminal: only the end is printed"
case $T_OUT in *"$BEL"*) r=0 ;; *) r=1 ;; esac
t_ok $r "the end rings the terminal's bell"
printf '[rest]\nbell = no\nlength = 1\n' >"$HERSTEL_CONFIG"
t_run rest
case $T_OUT in *"$BEL"*) r=1 ;; *) r=0 ;; esac
t_ok $r "[rest] bell = no: no bell, and [rest] length is the default length"
rm -f "$HERSTEL_CONFIG"
t_run rest soon
t_status 1 "a duration that is not one exits 1"
t_match "bad duration" "$T_ERR" 'bad duration "soon"' "and says what it expected"

done_testing
