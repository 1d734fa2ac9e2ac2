#!/bin/sh
# tests/tui/lifting.sh: the lifting loop in the journal screen. Once the
# quick-entry line names an exercise, its last session shows under it, and
# C-r takes it as the line, to change and save; per-set lines are read and
# saved set by set.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

"$HERSTEL" log --date 2026-11-10 --time 18:00 "bench press 2x5 60 warmup" \
	"bench press 100x5 @9, 85x8, 85x8 @8" >"$T_TMP/log.out" 2>&1
t_ok $? "last week's bench press on the command line"

tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'; t_ok $? "the journal is open"
tmux_keys a
tmux_keys -l 'bench press'
tmux_wait '^ last Tue 10 Nov: 2x5 60kg warmup, 100x5 @9, 85x8, 85x8 @8  \(C-r: take it\)'
t_ok $? "a bare name: its last session under the line, and the key that takes it"
tmux_keys C-r
tmux_wait 'add> +bench press 2x5 60kg warmup, 100x5 @9, 85x8, 85x8 @8'
t_ok $? "C-r: the last session is the line"
tmux_wait 'bench press: 2 sets of 5 at 60 kg, warm-up; 1 set of 5 at 100 kg, RPE 9; …'
t_ok $? "... and the preview says how each set was read"
# Change the last set: 85x8 @8 becomes 87.5x8 @8.
tmux_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace
tmux_keys -l '87.5x8 @8'
tmux_keys Enter
tmux_wait 'logged: bench press'; t_ok $? "Enter saves the changed line"
t_eq today "$(t_sql "SELECT weight_kg, reps, ifnull(rpe, 0), kind FROM lift WHERE date = '2026-11-17' ORDER BY id")" \
	"60.0|5|0|warmup
60.0|5|0|warmup
100.0|5|9.0|work
85.0|8|0|work
87.5|8|8.0|work" "today holds last week's sets with the one change, each with its own load"
t_eq batches "$(t_sql "SELECT count(DISTINCT batch) FROM lift WHERE date = '2026-11-17'")" 1 \
	"as one undo step"

tmux_keys a
tmux_keys -l 'squat'
tmux_nomatch() { ! tmux_screen | grep -Eq -- "$1"; }
sleep 0.3
tmux_nomatch '^ last '; t_ok $? "an exercise never logged shows no last session"
tmux_keys C-r
tmux_wait 'no earlier session of this exercise'; t_ok $? "... and C-r says so"
tmux_keys -l ' 5x100'
tmux_wait '"5x100" is 5 sets of 100 reps, or 100 for 5 reps\? Write 100x5'
t_ok $? "5x100 for a squat: both readings, not 500 reps"
tmux_keys Escape
tmux_keys q
tmux_cmd kill-server 2>/dev/null

# A record on the status line.
"$HERSTEL" log --date 2026-11-10 --time 18:00 "squat 100x5 @8" >/dev/null 2>&1
tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys a
tmux_keys -l 'squat 105x5 @8'
tmux_keys Enter
tmux_wait '^ ★ PR: squat e1RM 129\.5 kg \(\+6\.17\), 1RM, 3RM, 5RM · logged: squat: 1 set of 5'
t_ok $? "a squat over last week's: the record on the status line, with a star"
tmux_keys q
tmux_cmd kill-server 2>/dev/null

# c on last week's day: its sets again today, as one undo step.
tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys c
tmux_wait 'this is today: go to an earlier day'; t_ok $? "c on today says to go to an earlier day"
tmux_keys -l '['
tmux_wait 'Tue 10 Nov 2026'; t_ok $? "[ goes a week back, to Tue 10 Nov"
before=$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-11-17' AND removed_by IS NULL")
tmux_keys c
tmux_wait 'logged 6 sets of Tue 10 Nov again today \(u undoes it\)'
t_ok $? "c logs that day's sets again today and says so"
tmux_wait 'Tue 17 Nov 2026'; t_ok $? "... and shows today"
t_eq after "$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-11-17' AND removed_by IS NULL")" \
	"$((before + 6))" "today has the six sets more"
tmux_keys u
tmux_wait 'undone: repeat 2026-11-10'; t_ok $? "u undoes the whole repeat"
t_eq undone "$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-11-17' AND removed_by IS NULL")" \
	"$before" "and today is as it was"
tmux_keys q
tmux_cmd kill-server 2>/dev/null

# e: one exercise's history, at 80x24 and at 200x50.
export HERSTEL_DB="$T_TMP/history.db"
"$HERSTEL" log --date 2026-11-03 --time 18:00 "squat 1x5 60 warmup" "squat 3x5 100 @8" >/dev/null 2>&1 &&
	"$HERSTEL" log --date 2026-11-10 --time 18:00 "squat 3x5 102.5 @8" >/dev/null 2>&1 &&
	"$HERSTEL" log --date 2026-11-17 --time 09:00 "squat 3x5 105 @8" >/dev/null 2>&1
t_ok $? "three weeks of squats"
for size in "80 24" "200 50"; do
	set -- $size
	tmux_start "$1" "$2" "\"$HERSTEL\""
	tmux_wait 'Recovery'
	tmux_keys e
	tmux_wait ' History: squat '; t_ok $? "$1x$2: e opens the selected exercise's history"
	tmux_wait '3 sessions, Tue 3 Nov 2026 to Tue 17 Nov 2026'; t_ok $? "$1x$2: ... its span"
	tmux_wait '129\.5 +│ .*█'; t_ok $? "$1x$2: ... a chart of the e1RM, its top labelled"
	tmux_wait '^│ (Tue )?17 Nov 2026 +3  105 × 5 @8 +129\.5 +1575  ★ e1RM \+3\.08 kg, 1/3/5RM'
	t_ok $? "$1x$2: ... today's session first, its records marked with a star and words"
	tmux_wait '^│ (Tue )?3 Nov 2026 +3  100 × 5 @8 +123\.33 +1500  +│'
	t_ok $? "$1x$2: ... the first session, no record, the warm-up not counted"
	if [ "$1" = 200 ]; then
		cols=$(tmux_screen | grep '│ .*█' | head -n 1 | awk '{ print length($0) }')
		[ "${cols:-0}" -gt 150 ]
		t_ok $? "200x50: the chart uses the width ($cols columns)"
	fi
	tmux_keys Escape
	tmux_wait 'Recovery'; t_ok $? "$1x$2: Esc goes back to the day"
	tmux_keys q
	tmux_cmd kill-server 2>/dev/null
done

# Up and Down on the quick-entry line recall the lines of the last days.
tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys a
tmux_keys -l 'sq'
tmux_keys Up
tmux_wait 'add> +squat 3x5 105kg @8 *$'; t_ok $? "Up: the newest line, today's squats"
tmux_keys Up
tmux_wait 'add> +squat 3x5 102.5kg @8 *$'; t_ok $? "Up again: last week's"
tmux_keys Up Up
tmux_wait 'no earlier line: the oldest of the last 28 days'; t_ok $? "past the oldest: said so"
tmux_keys Down Down Down
tmux_wait 'add> +sq *$'; t_ok $? "Down past the newest: the line as typed"
tmux_keys Up
tmux_keys -l ' # easy'
tmux_keys Enter
tmux_wait 'logged: squat: 3 sets of'; t_ok $? "a recalled line, changed, is saved"
t_eq noted "$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-11-17' AND note = 'easy'")" 3 "... with its note"
tmux_keys q
tmux_cmd kill-server 2>/dev/null

done_testing
