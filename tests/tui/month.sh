#!/bin/sh
# tests/tui/month.sh: the month view (m) at 80x24, at the least size
# (60x16) and at 200x50: the weeks as rows, each day's kind symbol and hard
# sets, today marked, rest days, the training days per week against the
# level; moving by day, week and month; Enter opens the day, w its week.
# And going to a date (:) from the day, week and month views, in the forms
# of --date, with bad input said on the status line and moving nothing.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

# Monday 16 to Wednesday 18 November 2026, the clock Tuesday 17 12:00,
# and a deadlift the Tuesday before.
{
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" log --date 2026-11-17 --time 17:00 "bench press 3x8 80kg @9"
	"$HERSTEL" day --date 2026-11-18 active
	"$HERSTEL" log --date 2026-11-10 --time 18:00 "deadlift 3x5 140kg @9"
} >"$T_TMP/history.out" 2>&1
t_ok $? "build some history on the command line"

tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "the daily screen opens on the pinned day"
tmux_keys m
tmux_wait '^ herstel +Nov 2026 +intermediate: 4-5 days a week'; t_ok $? "m opens the month view"
tmux_wait '^week +Mon +Tue +Wed +Thu +Fri +Sat +Sun +days'; t_ok $? "the weekdays from Monday, and the days column"
tmux_wait '^47 +16  ▲ 5 +17\* ▲ 3 +18  ~ +19 +20'; t_ok $? "week 47: kinds, hard sets, today marked *, the future blank"
tmux_wait '^47 .* 2$'; t_ok $? "... two training days so far"
tmux_wait '^46 +9  · +10  ▲ 3 +11  · .* 1 !$'; t_ok $? "week 46: rest days as ·, one training day, ! under the level"
tmux_wait '^44 +1  ·'; t_ok $? "the first row starts in October, left blank"
tmux_wait '^49 +30 *$'; t_ok $? "the last row ends with the 30th"
tmux_wait '▲ training +~ active +· rest'; t_ok $? "the legend says the symbols"
tmux_wait 'Tue 17 Nov: training, 3 hard sets: chest shoulders triceps$'; t_ok $? "the selected day in words"
tmux_wait '←→ day +↑↓ week +\[\] month +Enter open day'; t_ok $? "the view's key hints"

tmux_keys Right
tmux_wait 'Wed 18 Nov: active recovery'; t_ok $? "→ selects the next day"
tmux_keys Down
tmux_wait 'Wed 25 Nov: nothing logged'; t_ok $? "↓ the same day a week ahead"
tmux_keys k k
tmux_wait 'Wed 11 Nov: nothing logged, a rest day'; t_ok $? "k k two weeks back, a past day without sets a rest day"
tmux_keys ']'
tmux_wait '^ herstel +Dec 2026'; t_ok $? "] the next month"
tmux_wait 'Fri 11 Dec:'; t_ok $? "... the same day of the month selected"
tmux_keys '[' '['
tmux_wait '^ herstel +Oct 2026'; t_ok $? "[ [ two months back"
tmux_keys T
tmux_wait 'Tue 17 Nov: training'; t_ok $? "T back to today"
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "w opens the week of the selected day"
tmux_keys m
tmux_wait '^ herstel +Nov 2026'; t_ok $? "m in the week view opens the month again"
tmux_keys '?'
tmux_wait 'Month view: keys'; t_ok $? "? shows the month view's keys"
tmux_wait '\[\]/PgUp/PgDn|\[\] +the previous / next month'; t_ok $? "... with [ and ]"
tmux_keys x
tmux_gone 'Month view: keys'; t_ok $? "any key closes the help"
tmux_keys a
tmux_wait 'not in the month view: Enter opens the day'; t_ok $? "a day-view key says what to do instead"
tmux_keys Left Enter
tmux_wait '^ herstel +Mon 16 Nov 2026 +\(yesterday\)'; t_ok $? "Enter opens the selected day"
tmux_keys m Escape
tmux_wait '^ herstel +Mon 16 Nov 2026'; t_ok $? "Esc goes back to the day it was opened from"
tmux_gone 'days a week'; t_ok $? "... in the daily screen"

# Go to a date.
tmux_keys ':'
tmux_wait 'go to>'; t_ok $? ": asks for a date"
tmux_keys -l '2026-03-14'
tmux_keys Enter
tmux_wait '^ herstel +Sat 14 Mar 2026'; t_ok $? "a date as YYYY-MM-DD"
tmux_keys ':'
tmux_keys -l 'yesterday'
tmux_keys Enter
tmux_wait '^ herstel +Mon 16 Nov 2026'; t_ok $? "yesterday"
tmux_keys ':'
tmux_keys -l -- '-10'
tmux_keys Enter
tmux_wait '^ herstel +Sat 07 Nov 2026'; t_ok $? "-10: ten days before today"
tmux_keys ':'
tmux_keys -l 'tomorow'
tmux_keys Enter
tmux_wait '^ go to: .*tomorow'; t_ok $? "bad input: an error on the status line"
tmux_wait '^ herstel +Sat 07 Nov 2026'; t_ok $? "... and the day stays"
tmux_keys Escape
tmux_gone 'go to>'; t_ok $? "Esc closes the line"
tmux_keys w ':'
tmux_keys -l '2026-01-01'
tmux_keys Enter
tmux_wait 'week 1 +29 Dec 2025 - 4 Jan 2026'; t_ok $? ": in the week view goes to the week of the date"
tmux_keys m ':'
tmux_keys -l '2024-02-29'
tmux_keys Enter
tmux_wait '^ herstel +Feb 2024'; t_ok $? ": in the month view goes to the month (a leap day)"
tmux_wait 'Thu 29 Feb:'; t_ok $? "... the day selected"
tmux_wait '^9 +26  · +27  · +28  · +29  · +0 !$'; t_ok $? "... February 2024 ends on Thursday 29"

# The least size.
tmux_cmd resize-window -t t -x 60 -y 16
tmux_keys T
tmux_wait '^47 +16 ▲5 +17\*▲3 +18 ~'; t_ok $? "60x16: the days, tighter"
tmux_wait '^47 .* 2 *$'; t_ok $? "... and the training days"
tmux_nomatch() { ! tmux_screen | grep -Eq -- "$1"; }
tmux_nomatch 'terminal too small'; t_ok $? "... it fits"

# Room: 200x50, wider cells and the groups of each day under it.
tmux_cmd resize-window -t t -x 200 -y 50
tmux_wait '^47 +16  ▲ 5 {15,}17\* ▲ 3'; t_ok $? "200x50: wider days"
tmux_wait '^ +(quads|glutes|hamstrings|low back)( |$).* chest'; t_ok $? "... with the groups each day trained"
tmux_wait '^week +Mon {15,}Tue'; t_ok $? "... the weekdays spread out"

done_testing
