#!/bin/sh
# status.sh: `herstel status` against the worked example of the recovery
# model (docs: herstel-recovery(7)), in text, TSV and JSON.
. "$TESTS_SRCDIR/lib.sh"
t_require python3 script

ESC=$(printf '\033')
TAB=$(printf '\t')
GROUP_ORDER="chest shoulders triceps biceps forearms lats middle_back traps lower_back abs glutes quads hamstrings hips calves"

# The worked example: back squat 5x5 at RPE 8 on Monday 18:00, nothing
# before, 7.5 h of sleep; the clock is Tuesday 2026-11-17 12:00.
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
	"quads${TAB}recovering${TAB}27${TAB}47.7${TAB}2026-11-19 11:44${TAB}2026-11-16 18:00${TAB}0" \
	"worked example: quads 27 % recovered, 47.7 h left, ready Thursday 11:44"
for g in glutes hamstrings lower_back; do
	# secondary: need 72 x sqrt(2.5/6) = 46.48 h; 18 h done by Tuesday 12:00
	t_eq $g "$(line $g)" \
		"$g${TAB}recovering${TAB}38${TAB}28.5${TAB}2026-11-18 16:29${TAB}2026-11-16 18:00${TAB}0" \
		"worked example: $g (secondary, 46.5 h need) 38 %, 28.5 h left, ready Wednesday 16:29"
done
t_eq chest "$(line chest)" "chest${TAB}due${TAB}100${TAB}0.0${TAB}-${TAB}-${TAB}0" \
	"a never trained group is due, 100 %, with no times"
tsv_at=$T_OUT
t_run status --format tsv
t_eq "pinned clock" "$T_OUT" "$tsv_at" "HERSTEL_AT pins the clock like --at"

t_run status --at "2026-11-18 20:00" --format tsv
t_eq quads "$(line quads)" \
	"quads${TAB}almost${TAB}76${TAB}15.7${TAB}2026-11-19 11:44${TAB}2026-11-16 18:00${TAB}0" \
	"Wednesday 20:00: quads almost (76 %), 15.7 h left"
t_match glutes "$(line glutes)" "^glutes${TAB}ready${TAB}100${TAB}0\\.0${TAB}" \
	"Wednesday 20:00: glutes are ready"
t_run status --at "2026-11-19 12:00" --format tsv
t_match quads "$(line quads)" "^quads${TAB}ready${TAB}100${TAB}0\\.0${TAB}" \
	"Thursday 12:00: quads are ready"
t_run status --at "2026-11-26 12:00" --format tsv
t_match quads "$(line quads)" "^quads${TAB}due${TAB}100${TAB}" \
	"ten days later quads are due (due_days 7)"

t_run status --format tsv --group quads
t_status 0 "status --format tsv --group quads exits 0"
t_eq "one group" "$(printf '%s\n' "$T_OUT" | sed 1d)" \
	"quads${TAB}recovering${TAB}27${TAB}47.7${TAB}2026-11-19 11:44${TAB}2026-11-16 18:00${TAB}0" \
	"--group quads: the header and only the quads line"

## short sleep --------------------------------------------------------------------

short="$T_TMP/short-sleep.db"
t_run --db "$short" log --date 2026-11-16 --time 18:00 "squat 5x5 @8"
t_run --db "$short" sleep --date 2026-11-16 7.5
t_run --db "$short" sleep --date 2026-11-17 5
t_run --db "$short" sleep --date 2026-11-18 5
t_status 0 "log 5 h of sleep for Tuesday and Wednesday"
t_run --db "$short" status --at "2026-11-17 12:00" --format tsv
t_match quads "$(line quads)" \
	"^quads${TAB}recovering${TAB}24${TAB}49\\.4${TAB}" \
	"with a 5 h night (speed 0.86), on Tuesday 12:00 quads are 24 %, 49.4 h left"
# Wednesday's night is over by Wednesday noon: both short nights count.
t_run --db "$short" status --at "2026-11-18 12:00" --format tsv
t_eq quads "$(line quads)" \
	"quads${TAB}almost${TAB}56${TAB}28.8${TAB}2026-11-19 18:27${TAB}2026-11-16 18:00${TAB}0" \
	"with 5 h nights on Tuesday and Wednesday, quads are ready Thursday 18:27"

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
	"recovering 27 47.7 2026-11-19 11:44 2026-11-16 18:00 0" "JSON quads match the worked example"
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
t_match text "$T_OUT" '^✖ recovering quads +27% .*ready Thu 11:44' \
	"text: quads with symbol, word, percent and ready time"
t_match text "$T_OUT" '^○ due +chest +100%' "text: chest with the due symbol and word"
t_eq first "$(printf '%s\n' "$T_OUT" | sed -n 1p | awk '{ print $3 }')" quads \
	"text: the least recovered group comes first"
t_match text "$T_OUT" 'squat|5 sets @8' "text: says what drives the quads"
t_nomatch text "$T_OUT" "$ESC" "text: no escape codes when piped"

LC_ALL=C
t_run status
LC_ALL=C.UTF-8
t_match text "$T_OUT" '^x recovering quads' "in the C locale the recovering symbol is x"
t_match text "$T_OUT" '^o due +chest' "in the C locale the due symbol is o"
! printf '%s\n' "$T_OUT" | LC_ALL=C grep -q "$(printf '[\200-\377]')"
t_ok $? "in the C locale the text is plain ASCII"

t_run status --group quads
t_eq "one group" "$(printf '%s\n' "$T_OUT" | grep -c .)" 1 "--group quads prints one line"
t_match text "$T_OUT" '^✖ recovering quads ' "--group quads prints the quads line"
for form in "low back" lower_back lowback LOW-BACK; do
	t_run status --group "$form"
	t_status 0 "--group '$form' exits 0"
	t_match text "$T_OUT" '^[^ ]+ [a-z]+ +low back ' "--group '$form' is the low back, named so"
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
t_match explain "$T_OUT" '65\.7 h' "--explain quads gives the session need (65.7 h)"
t_match explain "$T_OUT" '27 ?%.*47\.7 h left' "--explain quads ends with 27 % and 47.7 h left"
t_nomatch explain "$T_OUT" 'chest' "--explain quads is about quads only"
t_run status --explain glutes
t_match explain "$T_OUT" 'squat.*secondary' "--explain glutes shows squat as secondary"
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
t_eq rows "$(t_sql 'SELECT count(*) FROM batch')" 2 "status wrote no batch"

# A ready time a week or more ahead shows its date, not an ambiguous weekday:
# four days of heavy deadlifts stack lower_back to the 168 h cap.
far="$T_TMP/far.db"
for d in 14 15 16 17; do
	"$HERSTEL" --db "$far" log --date 2026-11-$d --time 12:00 "deadlift 8x5 180kg @10" >/dev/null
done
t_run --db "$far" status --group lower_back --at "2026-11-17 12:00"
t_match stdout "$T_OUT" 'ready 24 Nov 12:00' "a ready time a week ahead shows its date"
t_run --db "$far" status --group lower_back --at "2026-11-18 12:00"
t_match stdout "$T_OUT" 'ready Tue 12:00' "six days ahead it shows the weekday"

done_testing
