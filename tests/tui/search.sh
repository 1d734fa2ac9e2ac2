#!/bin/sh
# tests/tui/search.sh: / in the journal: the prompt, the days that match
# newest first, moving in them, Enter jumps to the day, a search that finds
# nothing says so, Esc goes back; at 80x24 and at the minimum size.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

# The clock is Tuesday 17 November 2026 12:00.
{
	"$HERSTEL" log --date 2026-11-02 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" day --date 2026-11-03 --note "Knie deed pijn, rustig aan" rest
	"$HERSTEL" day --date 2026-11-05 --note "knee sore, an easy day" active
	"$HERSTEL" log --date 2026-11-09 --time 18:00 "bench press 3x8 80kg @9 # Knee fine today"
	"$HERSTEL" log --date 2026-11-12 --time 18:00 "deadlift 3x5 140kg @9"
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "front squat 3x5 80kg @8"
} >"$T_TMP/history.out" 2>&1
t_ok $? "build the history on the command line" || t_diag "$(cat "$T_TMP/history.out")"

tmux_start 80 24 "\"$HERSTEL\"; echo \$? >'$T_TMP/status'"
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "the daily screen opens on the pinned day"
tmux_keys /
tmux_wait '^ *search>'; t_ok $? "/ opens the search prompt on the foot line"
tmux_wait 'The days whose exercises, day note or set notes contain the text'; t_ok $? "... saying what it searches"
tmux_keys K N E E Enter
tmux_wait '"KNEE": 2 days match'; t_ok $? "KNEE matches two days, case aside"
tmux_wait '▸ 2026-11-09  set note: Knee fine today'; t_ok $? "the newest first, selected with a mark"
tmux_wait '^│   2026-11-05  day note: knee sore, an easy day'; t_ok $? "... then the day note"
tmux_screen > "$T_TMP/screen1"
! grep -q '2026-11-03' "$T_TMP/screen1"; t_ok $? "Knie... does not contain knee: a substring, not a guess"
tmux_wait 'Enter open day'; t_ok $? "the results' key hints"

tmux_keys /
tmux_wait 'search> *KNEE'; t_ok $? "/ searches again, the text kept"
tmux_keys BSpace BSpace BSpace BSpace K N I Enter
tmux_wait '"KNI": 1 day matches'; t_ok $? "a new search replaces the results"
tmux_keys Escape
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "Esc goes back to the day it was opened on"

tmux_keys / s q u a t Enter
tmux_wait '"squat": 2 days match'; t_ok $? "exercise names match: squat and front squat"
tmux_wait '▸ 2026-11-16  front squat'; t_ok $? "... the newest first"
tmux_keys j
tmux_wait '▸ 2026-11-02  squat'; t_ok $? "j moves down"
tmux_keys k j
tmux_keys Enter
tmux_wait 'Mon 02 Nov 2026 .*week 45'; t_ok $? "Enter jumps to that day in the daily screen"
tmux_wait 'squat'; t_ok $? "... with its sets"

tmux_keys / z z z z Enter
tmux_wait 'No day matches "zzzz"\.'; t_ok $? "nothing found is said in words"
tmux_keys Enter
tmux_wait 'no day to open: / searches again, Esc goes back'; t_ok $? "Enter on no result says what to do"
tmux_keys '?'
tmux_wait 'Search: keys'; t_ok $? "? lists the search's keys"
tmux_wait 'open the selected day in the daily screen'; t_ok $? "... from its key table"
tmux_keys x
tmux_gone 'Search: keys'; t_ok $? "any key closes the help"
tmux_keys q
tmux_wait 'Mon 02 Nov 2026 .*week 45'; t_ok $? "q goes back to the day"

# The minimum size: the results still fit, cut with the mark.
tmux_cmd resize-window -t t -x 60 -y 16
tmux_keys / k n e e Enter
tmux_wait '"knee": 2 days match'; t_ok $? "at 60x16 the search works"
tmux_wait '▸ 2026-11-09  set note: Knee fine today'; t_ok $? "... its lines fit"
tmux_keys Escape q
tmux_dead; t_ok $? "q quits"
t_eq "exit status" "$(cat "$T_TMP/status" 2>/dev/null)" 0 "herstel exits 0"
done_testing
