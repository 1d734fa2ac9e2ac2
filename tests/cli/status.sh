#!/bin/sh
# status.sh: `herstel status` against the worked examples of the recovery
# model v2 (docs: herstel-recovery(7)), in text, TSV and JSON; the groups'
# names, in every form a person types.
. "$TESTS_SRCDIR/lib.sh"
t_require python3 script

ESC=$(printf '\033')
TAB=$(printf '\t')
GROUP_ORDER="chest shoulders triceps biceps forearms lats middle_back traps lower_back abs glutes quads hamstrings hips calves"

# The worked example: back squat 5x5 at RPE 8 on Monday 18:00, the same
# session the Thursday before (so no novelty), 7.5 h of sleep; the clock is
# Tuesday 2026-11-17 12:00. Quads: H = 72 x sqrt(5/10) x 0.90 = 45.8 h,
# ready Wednesday 15:50; glutes, hamstrings, lower back: 72 x 0.5 x 0.90 =
# 32.4 h.
t_run log --date 2026-11-12 --time 18:00 "squat 5x5 @8"
t_status 0 "log the Thursday before"
t_run log --date 2026-11-16 --time 18:00 "squat 5x5 @8"
t_status 0 "log the worked example's squat"
t_run sleep --date 2026-11-16 7.5
t_status 0 "log the worked example's sleep"

# line GROUP: GROUP's line of the last TSV output.
line() { printf '%s\n' "$T_OUT" | grep "^$1$TAB"; }

## TSV --------------------------------------------------------------------------

before=$(t_sum)
t_run status --at "2026-11-17 12:00" --format tsv
t_status 0 "status --format tsv exits 0"
t_eq header "$(printf '%s\n' "$T_OUT" | sed -n 1p)" \
	"group${TAB}state${TAB}percent${TAB}left_hours${TAB}ready_at${TAB}last_trained${TAB}soreness" \
	"the TSV header line"
t_eq lines "$(printf '%s\n' "$T_OUT" | wc -l | tr -d ' ')" 16 "a header and 15 group lines"
t_eq order "$(printf '%s\n' "$T_OUT" | sed 1d | cut -f1 | tr '\n' ' ')" "$GROUP_ORDER " \
	"the groups come in their fixed order"
t_eq quads "$(line quads)" \
	"quads${TAB}recovering${TAB}39${TAB}27.8${TAB}2026-11-18 15:50${TAB}2026-11-16 18:00${TAB}0" \
	"worked example: quads 39 % recovered, 27.8 h left, ready Wednesday 15:50"
for g in glutes hamstrings lower_back; do
	# secondary: S 2.5, V 0.5: 32.4 h; 18 h done by Tuesday 12:00: 55 %, and
	# 14.4 h from 12:00 is Wednesday 02:24
	t_eq $g "$(line $g)" \
		"$g${TAB}almost${TAB}55${TAB}14.4${TAB}2026-11-18 02:24${TAB}2026-11-16 18:00${TAB}0" \
		"worked example: $g (secondary, 32.4 h need) 55 %, 14.4 h left, ready Wednesday 02:24"
done
t_eq chest "$(line chest)" "chest${TAB}due${TAB}100${TAB}0.0${TAB}-${TAB}-${TAB}0" \
	"a never trained group is due, 100 %, with no times"
tsv_at=$T_OUT
t_run status --format tsv
t_eq "pinned clock" "$T_OUT" "$tsv_at" "HERSTEL_AT pins the clock like --at"

t_run status --at "2026-11-18 12:00" --format tsv
t_eq quads "$(line quads)" \
	"quads${TAB}almost${TAB}91${TAB}3.8${TAB}2026-11-18 15:50${TAB}2026-11-16 18:00${TAB}0" \
	"Wednesday 12:00: quads almost (42 of 45.8 h: 91 %), 3.8 h left"
t_match glutes "$(line glutes)" "^glutes${TAB}ready${TAB}100${TAB}0\\.0${TAB}" \
	"Wednesday 12:00: glutes are ready"
t_run status --at "2026-11-18 15:50" --format tsv
t_match quads "$(line quads)" "^quads${TAB}ready${TAB}100${TAB}0\\.0${TAB}" \
	"Wednesday 15:50: quads are ready"
t_run status --at "2026-11-26 12:00" --format tsv
t_match quads "$(line quads)" "^quads${TAB}due${TAB}100${TAB}" \
	"ten days later quads are due (due_days 7)"

t_run status --format tsv --group quads
t_status 0 "status --format tsv --group quads exits 0"
t_eq "one group" "$(printf '%s\n' "$T_OUT" | sed 1d)" \
	"quads${TAB}recovering${TAB}39${TAB}27.8${TAB}2026-11-18 15:50${TAB}2026-11-16 18:00${TAB}0" \
	"--group quads: the header and only the quads line"

## short sleep --------------------------------------------------------------------

short="$T_TMP/short-sleep.db"
t_run --db "$short" log --date 2026-11-12 --time 18:00 "squat 5x5 @8"
t_run --db "$short" log --date 2026-11-16 --time 18:00 "squat 5x5 @8"
t_run --db "$short" sleep --date 2026-11-16 7.5
t_run --db "$short" sleep --date 2026-11-17 5
t_run --db "$short" sleep --date 2026-11-18 5
t_status 0 "log 5 h of sleep for Tuesday and Wednesday"
t_run --db "$short" status --at "2026-11-17 12:00" --format tsv
# 6 h at 1.0 on Monday, 12 h at 0.86 on Tuesday: 16.32 of 45.82 h
t_match quads "$(line quads)" \
	"^quads${TAB}recovering${TAB}35${TAB}29\\.5${TAB}" \
	"with a 5 h night (speed 0.86), on Tuesday 12:00 quads are 35 %, 29.5 h left"
# Wednesday's night is over by Wednesday noon: both short nights count.
t_run --db "$short" status --at "2026-11-18 12:00" --format tsv
t_eq quads "$(line quads)" \
	"quads${TAB}almost${TAB}80${TAB}8.9${TAB}2026-11-18 22:19${TAB}2026-11-16 18:00${TAB}0" \
	"with 5 h nights on Tuesday and Wednesday, quads are ready Wednesday 22:19 (the worked example)"
t_run --db "$short" status --at "2026-11-18 12:00" --group quads
t_match driver "$T_OUT" '5 hard sets @8 Mon 18:00, short sleep 5\.0h' \
	"the driver names the short night that slows the window"
# Squats on Wednesday and Thursday 20:00 keep the window open; each restarts
# it. Wednesday's 5 h night still slows what is left of Wednesday; once the
# window restarts on Thursday, the nights before no longer act on it.
t_run --db "$short" log --date 2026-11-18 --time 20:00 "squat 5x5 @8"
t_run --db "$short" status --at "2026-11-18 21:00" --group quads
t_match driver "$(printf '%s\n' "$T_OUT" | sed -n 1p)" 'short sleep 5\.0h' \
	"restarted on Wednesday, the window is still slowed by Wednesday's night"
t_run --db "$short" log --date 2026-11-19 --time 20:00 "squat 5x5 @8"
t_run --db "$short" status --at "2026-11-19 21:00" --group quads
t_match driver "$(printf '%s\n' "$T_OUT" | sed -n 1p)" '^✖ recovering quads .*5 hard sets @8 Thu 20:00$' \
	"restarted on Thursday, Tuesday's and Wednesday's nights are no longer named"

## the deload and the lay-off ----------------------------------------------------

# The contract's other examples: 3x4 at RPE 6 is 15.8 h (ready Tuesday
# 09:47); the first squat after four weeks off is 57.3 h (Thursday 03:17).
deload="$T_TMP/deload.db"
t_run --db "$deload" log --date 2026-11-12 --time 18:00 "squat 5x5 @8"
t_run --db "$deload" log --date 2026-11-16 --time 18:00 "squat 3x4 @6"
t_run --db "$deload" status --at "2026-11-16 18:00" --format tsv
t_match deload "$(line quads)" "^quads${TAB}recovering${TAB}0${TAB}15\\.8${TAB}2026-11-17 09:47${TAB}" \
	"a deload 3x4 at RPE 6: 15.8 h, ready Tuesday 09:47"
layoff="$T_TMP/layoff.db"
t_run --db "$layoff" log --date 2026-10-19 --time 18:00 "squat 5x5 @8"
t_run --db "$layoff" log --date 2026-11-16 --time 18:00 "squat 5x5 @8"
t_run --db "$layoff" status --at "2026-11-16 18:00" --format tsv
t_match layoff "$(line quads)" "^quads${TAB}recovering${TAB}0${TAB}57\\.3${TAB}2026-11-19 03:17${TAB}" \
	"the first squat after four weeks off: 57.3 h, ready Thursday 03:17"
t_run --db "$layoff" status --at "2026-11-16 18:00" --explain quads
t_match explain "$T_OUT" '^  first quads session in 28 days: x1\.25, need 57\.3 h$' \
	"--explain tells the lay-off in words"
t_run --db "$layoff" status --at "2026-11-16 18:00" --group quads
t_match driver "$T_OUT" '5 hard sets @8 Mon 18:00, first in 28 days' "the board's driver says so too"
# Warm-ups and easy sets between make no session: still a lay-off.
t_run --db "$layoff" log --date 2026-11-05 --time 18:00 "squat 3x5 60kg warmup" "squat 2x5 @4"
t_run --db "$layoff" status --at "2026-11-16 18:00" --format tsv
t_match layoff "$(line quads)" "^quads${TAB}recovering${TAB}0${TAB}57\\.3${TAB}" \
	"warm-ups and RPE 4 sets 11 days before do not end the lay-off"
t_run --db "$layoff" log --date 2026-11-05 --time 18:10 "squat 1x5 @7"
t_run --db "$layoff" status --at "2026-11-16 18:00" --format tsv
t_match layoff "$(line quads)" "^quads${TAB}recovering${TAB}0${TAB}45\\.8${TAB}" \
	"one hard set 11 days before does"

## soreness -------------------------------------------------------------------------

sore="$T_TMP/sore.db"
t_run --db "$sore" sore chest=3
t_run --db "$sore" status --format tsv
t_eq chest "$(line chest)" \
	"chest${TAB}recovering${TAB}0${TAB}48.0${TAB}2026-11-19 12:00${TAB}-${TAB}3" \
	"soreness 3 on an untrained group: recovering, 48 h left"
t_run --db "$sore" sore biceps=2
t_run --db "$sore" status --format tsv
t_match biceps "$(line biceps)" "^biceps${TAB}recovering${TAB}0${TAB}24\\.0${TAB}2026-11-18 12:00${TAB}" \
	"soreness 2: at least 24 h left"
t_run --db "$sore" sore triceps=1
t_run --db "$sore" status --format tsv
t_match triceps "$(line triceps)" "^triceps${TAB}(due|ready)${TAB}100${TAB}0\\.0${TAB}" \
	"soreness 1 changes no time"

## JSON -----------------------------------------------------------------------------

t_run status --format json
t_status 0 "status --format json exits 0"
printf '%s\n' "$T_OUT" | python3 -m json.tool >/dev/null 2>&1
t_ok $? "the JSON is valid (python3 -m json.tool)"
got=$(printf '%s\n' "$T_OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(d["now"])
print(len(d["groups"]))
print(" ".join(g["group"] for g in d["groups"]))
print(all(set(g) == {"group", "state", "percent", "left_hours", "ready_at",
"last_trained", "soreness"} for g in d["groups"]))
q = [g for g in d["groups"] if g["group"] == "quads"][0]
print(q["state"], q["percent"], q["left_hours"], q["ready_at"], q["last_trained"], q["soreness"])
c = [g for g in d["groups"] if g["group"] == "chest"][0]
print(c["ready_at"], c["last_trained"])
print(type(d["signals"]).__name__)
' 2>&1)
t_eq now "$(printf '%s\n' "$got" | sed -n 1p)" "2026-11-17 12:00" "JSON now is the pinned clock"
t_eq count "$(printf '%s\n' "$got" | sed -n 2p)" 15 "JSON has 15 groups"
t_eq order "$(printf '%s\n' "$got" | sed -n 3p)" "$GROUP_ORDER" "JSON groups in the fixed order"
t_eq fields "$(printf '%s\n' "$got" | sed -n 4p)" True \
	"each JSON group has group, state, percent, left_hours, ready_at, last_trained, soreness"
t_eq quads "$(printf '%s\n' "$got" | sed -n 5p)" \
	"recovering 39 27.8 2026-11-18 15:50 2026-11-16 18:00 0" "JSON quads match the worked example"
t_eq chest "$(printf '%s\n' "$got" | sed -n 6p)" "None None" \
	"JSON times of a never trained group are null"
t_eq signals "$(printf '%s\n' "$got" | sed -n 7p)" list "JSON has a signals list"
t_run status --format json --group quads
t_match json "$T_OUT" '"groups":\[\{"group":"quads",[^]]*\}\]' "--group quads in JSON: only quads"

## text -------------------------------------------------------------------------------

t_run status
t_status 0 "status (text) exits 0"
t_eq lines "$(printf '%s\n' "$T_OUT" | grep -cE 'recovering|almost|ready|due')" 15 \
	"the text has a line per group"
t_match text "$T_OUT" '^✖ recovering quads +39% .*ready Wed 15:50' \
	"text: quads with symbol, word, percent and ready time"
t_match text "$T_OUT" '^○ due +chest +100%' "text: chest with the due symbol and word"
t_eq first "$(printf '%s\n' "$T_OUT" | sed -n 1p | awk '{ print $3 }')" quads \
	"text: the least recovered group comes first"
t_match text "$T_OUT" 'quads .*5 hard sets @8 Mon 18:00$' "text: says what drives the quads"
t_match text "$T_OUT" 'low back .*2\.5 hard sets @8 Mon 18:00$' \
	"text: a secondary group counts the sets at half, as the week grid does"
t_match text "$T_OUT" '^\(hard sets of the last session; a secondary set counts half\)$' \
	"text: says what the count counts"
t_nomatch text "$T_OUT" "$ESC" "text: no escape codes when piped"

LC_ALL=C
t_run status
LC_ALL=C.UTF-8
t_match text "$T_OUT" '^x recovering quads' "in the C locale the recovering symbol is x"
t_match text "$T_OUT" '^o due +chest' "in the C locale the due symbol is o"
! printf '%s\n' "$T_OUT" | LC_ALL=C grep -q "$(printf '[\200-\377]')"
t_ok $? "in the C locale the text is plain ASCII"

t_run status --group quads
t_eq "one group" "$(printf '%s\n' "$T_OUT" | grep -c .)" 2 "--group quads prints one line and the note"
t_match text "$T_OUT" '^✖ recovering quads ' "--group quads prints the quads line"
for form in "low back" lower_back lowback LOW-BACK; do
	t_run status --group "$form"
	t_status 0 "--group '$form' exits 0"
	t_match text "$T_OUT" '^◐ almost +low back ' "--group '$form' is the low back, named so"
done
t_run status --group mid back
t_status 0 "--group mid back, unquoted, exits 0"
t_match text "$T_OUT" '^○ due +mid back ' "--group mid back, unquoted, is the mid back"

# On a terminal, colour; with NO_COLOR or color = no, none.
tty_out=$(script -qec "\"$HERSTEL\" status" /dev/null </dev/null 2>&1)
t_match "tty" "$tty_out" "$ESC\\[" "on a terminal the states are coloured"
tty_out=$(NO_COLOR=1 script -qec "\"$HERSTEL\" status" /dev/null </dev/null 2>&1)
t_match "tty" "$tty_out" 'recovering quads' "with NO_COLOR on a terminal: the text is there"
t_nomatch "tty" "$tty_out" "$ESC" "with NO_COLOR on a terminal: no escape codes"
printf '[general]\ncolor = no\n' >"$HERSTEL_CONFIG"
tty_out=$(script -qec "\"$HERSTEL\" status" /dev/null </dev/null 2>&1)
rm "$HERSTEL_CONFIG"
t_nomatch "tty" "$tty_out" "$ESC" "with color = no on a terminal: no escape codes"

## explain -----------------------------------------------------------------------------

t_run status --explain quads
t_status 0 "status --explain quads exits 0"
t_match explain "$T_OUT" 'squat' "--explain quads mentions squat"
t_match explain "$T_OUT" '= 45\.8 h$' "--explain quads gives the session need (45.8 h)"
t_match explain "$T_OUT" '^  5 hard sets at mean RPE 8: ' "--explain counts the sets and the RPE as status does"
t_match explain "$T_OUT" '^  first quads session in the journal: x1\.25, need 57\.3 h$' \
	"--explain: Thursday's squat was the first in the journal"
t_match explain "$T_OUT" '^now: 39 % recovered, 27\.8 h left, ready Wed 18 Nov 15:50$' \
	"--explain quads ends with 39 % and 27.8 h left"
t_nomatch explain "$T_OUT" 'chest' "--explain quads is about quads only"
t_run status --explain glutes
t_match explain "$T_OUT" 'squat.*secondary' "--explain glutes shows squat as secondary"
t_match explain "$T_OUT" '^  2\.5 hard sets \(a secondary set counts half\) at mean RPE 8: ' \
	"--explain glutes: 2.5 hard sets, the count status shows"
for form in "low back" lower_back lowback; do
	t_run status --explain "$form"
	t_match explain "$T_OUT" '^low back: 72 h base need' "--explain '$form' explains the low back"
done
t_run status --explain low back
t_match explain "$T_OUT" '^low back: 72 h base need' "--explain low back, unquoted"

## refused ------------------------------------------------------------------------------

t_run status --format xml
t_status 1 "--format xml exits 1"
t_match stderr "$T_ERR" 'expected text, tsv or json, got "xml"' "--format xml: the message says why"
t_eq stdout "$T_OUT" "" "--format xml prints no report"
t_run status --group quadz
t_status 1 "--group quadz exits 1"
t_match stderr "$T_ERR" 'unknown group "quadz" \(groups: chest, shoulders, .*, mid back, traps, low back, .*calves\)' \
	"--group quadz: the message names it and lists the groups"
t_run status --explain quadz
t_status 1 "--explain quadz exits 1"
t_match stderr "$T_ERR" 'explain: unknown group "quadz" \(groups: ' "--explain quadz lists the groups"
t_run status --at "2026-11-17"
t_status 1 "--at without a time exits 1"
t_match stderr "$T_ERR" 'bad time stamp' "--at without a time: the message says why"
t_run status extra
t_status 2 "status with an operand exits 2"

t_eq checksum "$(t_sum)" "$before" "status (all of the above) left the journal unchanged"
t_eq rows "$(t_sql 'SELECT count(*) FROM batch')" 3 "status wrote no batch"

# A ready time a week or more ahead shows its date, not an ambiguous weekday:
# four days of heavy deadlifts stack lower_back to the 168 h cap (10 sets at
# 10: 90 h, the first 112.5; then 134.25, 155.25 and 168 instead of 176.25).
far="$T_TMP/far.db"
for d in 14 15 16 17; do
	"$HERSTEL" --db "$far" log --date 2026-11-$d --time 12:00 "deadlift 10x5 180kg @10" >/dev/null
done
t_run --db "$far" status --group lower_back --at "2026-11-17 12:00"
t_match stdout "$T_OUT" 'ready 24 Nov 12:00' "a ready time a week ahead shows its date"
t_run --db "$far" status --group lower_back --at "2026-11-18 12:00"
t_match stdout "$T_OUT" 'ready Tue 12:00' "six days ahead it shows the weekday"

done_testing
