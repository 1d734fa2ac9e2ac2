#!/bin/sh
# tests/tui/week.sh: the week view in tmux: opened with w from the daily
# screen, moving the selected day and the week, opening a day, this week,
# back, its help, and more rows when the terminal is larger.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

# A week of history: Monday 16 to Saturday 21 November 2026; the clock is
# Tuesday 17 12:00.
{
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" sleep --date 2026-11-16 7.5
	"$HERSTEL" log --date 2026-11-17 --time 17:00 "bench press 3x8 80kg @9"
	"$HERSTEL" sleep --date 2026-11-17 6
	"$HERSTEL" sore --date 2026-11-17 --time 08:00 quads=2
	"$HERSTEL" day --date 2026-11-18 active
	"$HERSTEL" log --date 2026-11-19 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" log --date 2026-11-10 --time 18:00 "deadlift 3x5 140kg @9"
} >"$T_TMP/history.out" 2>&1
t_ok $? "build a week of history on the command line"

tmux_start 80 24 "\"$HERSTEL\"; echo \$? >'$T_TMP/status'"
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "the daily screen opens on the pinned day"
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026 +intermediate'; t_ok $? "w opens the week view of the day"
tmux_wait 'Mon 16 +Tue 17\* +Wed 18'; t_ok $? "seven columns from Monday, today marked *"
tmux_wait '^day +▲ train +▲ train +~ active +▲ train'; t_ok $? "each day's kind with its symbol"
tmux_wait '^sleep +7\.5 +6\.0 !'; t_ok $? "a night under the target is flagged with !"
tmux_wait '^sore +- +quads 2'; t_ok $? "the day's highest soreness"
tmux_wait '^quads +▒▒▒ 5 +▒▒▒ 5'; t_ok $? "the grid: quads hit Monday and Thursday"
tmux_wait '· 2 training days so far \(intermediate: 4-5\)'; t_ok $? "the verdicts of the week so far (Monday and Tuesday)"
tmux_wait '· 2 nights logged this week: a sleep verdict needs 3'; t_ok $? "the sleep verdict needs three nights"
tmux_gone 'short sleep: ' 1; t_ok $? "... and the model's sleep signal is not a second sleep line"
tmux_wait 'Tue 17 Nov: training, 3 hard sets: chest'; t_ok $? "the selected day in words"
tmux_wait '←→ day +\[\] week +Enter open day +T this week +w/Esc back'; t_ok $? "the view's key hints"

tmux_keys ']'
tmux_wait 'week 48 +23-29 Nov 2026'; t_ok $? "] shows the next week"
tmux_wait 'Tue 24 Nov: nothing logged'; t_ok $? "... with the same weekday selected"
tmux_keys '[' '['
tmux_wait 'week 46 +9-15 Nov 2026'; t_ok $? "[ [ goes two weeks back"
tmux_wait '^low back +▒▒ 3'; t_ok $? "the deadlift of Tuesday 10 is in its grid, low back named as on the board"
tmux_wait '^hamstrings +▒▒ 3'; t_ok $? "... hamstrings in full"
tmux_keys ']' Right
tmux_wait 'Wed 18 Nov: active recovery'; t_ok $? "→ selects the next day"
tmux_keys Enter
tmux_wait 'Wed 18 Nov 2026 +\(tomorrow\) +week 47'; t_ok $? "Enter opens the selected day in the daily screen"
tmux_wait 'Recovery'; t_ok $? "... the daily screen, with its board"

tmux_keys w
tmux_wait 'Wed 18 Nov: active recovery'; t_ok $? "w opens the week view on the viewed day"
tmux_keys a
tmux_wait 'not in the week view: Enter opens the day'; t_ok $? "a day-view key says what to do instead"
tmux_keys '?'
tmux_wait 'Week view: keys'; t_ok $? "? shows the week view's keys"
tmux_wait '\[\] +the previous / next week'; t_ok $? "the help lists [ and ]"
tmux_wait 'a secondary set counts half, as in status and --explain'; t_ok $? "the help says what the grid counts"
tmux_keys x
tmux_gone 'Week view: keys'; t_ok $? "any key closes the help"
tmux_keys '[' T
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "T comes back to this week"
tmux_wait 'Tue 17 Nov: training'; t_ok $? "... with today selected"
tmux_keys Escape
tmux_wait 'Wed 18 Nov 2026 +\(tomorrow\)'; t_ok $? "Esc goes back to the day the view was opened from"
tmux_keys ']'
tmux_wait 'Wed 25 Nov 2026'; t_ok $? "] in the daily screen goes a week ahead"
tmux_keys q
tmux_dead; t_ok $? "q quits"
t_eq "exit status" "$(cat "$T_TMP/status" 2>/dev/null)" 0 "herstel exits 0"

# With room, all 15 groups get a row; at 80x24 the untrained fold.
tmux_cmd kill-server 2>/dev/null
tmux_start 120 40 "$HERSTEL"
tmux_wait 'week 47'
tmux_keys w
tmux_wait '^hips *$'; t_ok $? "at 120x40 every group has a row, hips too"
tmux_wait '^calves *$'; t_ok $? "... calves too"
tmux_gone 'not trained:' 1; t_ok $? "... and nothing is folded"
tmux_wait '^ +\(hard sets per group and day; a secondary set counts half\)'
t_ok $? "with a line to spare, the grid says what it counts"
tmux_keys q

done_testing
