#!/bin/sh
# tests/tui/split.sh: an upper/lower split on the screen (model v2). A legs
# day after an upper day raises no warning about the upper groups, though
# the board shows them recovering; training one of them again that day
# does. A short night raises signal 6 on that day only.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

# Monday 16 November 2026: upper body, hard. Tuesday 17: legs at 10:00,
# after a 4.5 h night. Every night around it is 7.5 h.
{
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "bench press 5x5 90kg @9" \
		"overhead press 4x6 50kg @9" "barbell row 5x8 70kg @9" "pull-up 4x8 bw @9" \
		"biceps curl 3x10 30kg @9"
	"$HERSTEL" sleep --date 2026-11-16 7.5
	"$HERSTEL" sleep --date 2026-11-17 4.5
	"$HERSTEL" sleep --date 2026-11-18 7.5
	"$HERSTEL" log --date 2026-11-17 --time 10:00 "squat 5x5 120kg @8" \
		"romanian deadlift 3x8 100kg @8" "leg press 3x10 160kg @8" "calf raise 4x12 60kg @8"
} >"$T_TMP/history.out" 2>&1
t_ok $? "log an upper day, a short night and a legs day on the command line"

# The legs day, at noon (the pinned clock).
tmux_start 80 30 "\"$HERSTEL\"; echo \$? >'$T_TMP/status'"
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "the daily screen opens on the legs day"
tmux_wait '✖ chest +recovering'; t_ok $? "the board shows chest recovering after Monday's bench"
tmux_wait '✖ mid back +recovering'; t_ok $? "... and the mid back after Monday's rows"
tmux_wait '! short night: 4\.5 h, train lighter today'
t_ok $? "the 4.5 h night raises signal 6 on its day"
tmux_gone 'trained at' 1; t_ok $? "the footer names no group trained while recovering"

# The week view lists every signal of the day: none about the upper groups.
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "w opens the week view"
tmux_wait '! short night: 4\.5 h, train lighter today'; t_ok $? "the week view tells the short night too"
screen=$(tmux_screen)
t_nomatch "week view" "$screen" 'trained at' "the legs day after the upper day warns of no upper group"
t_nomatch "week view" "$screen" 'recovering on a training day' "... nor of groups merely recovering"

# A second bench session the same day does hit a recovering group. Bench
# 5x5 at 9 (S 5, V 0.7071, E 1, a first session: N 1.25) asked 48 x 0.7071
# x 1.25 = 42.4 h of chest on Monday 18:00; by Tuesday 12:00, 6 h at full
# speed and 12 h at 0.825 (the 4.5 h night): 15.9 h, 37 %.
tmux_keys w
tmux_wait 'Recovery'
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'bench press 3x8 60kg @7'
tmux_keys Enter
tmux_wait '3 × 8  60 kg  @7'; t_ok $? "log three sets of bench on the legs day"
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'
tmux_wait '! .*chest trained at 37 %'; t_ok $? "then the week view warns: chest trained at 37 %"
screen=$(tmux_screen)
t_nomatch "week view" "$screen" 'quads trained at|hamstrings trained at|calves trained at' \
	"... and still not of the legs, trained fresh"
tmux_keys q
tmux_dead; t_ok $? "q quits"
t_eq "exit status" "$(cat "$T_TMP/status" 2>/dev/null)" 0 "herstel exits 0"

# The day after: 7.5 h, no signal 6. The day before neither.
tmux_cmd kill-server 2>/dev/null
tmux_start 80 30 "\"$HERSTEL\" --at '2026-11-18 12:00'"
tmux_wait 'Wed 18 Nov 2026 +week 47'; t_ok $? "the day after opens"
tmux_wait 'Recovery'
tmux_gone 'short night' 1; t_ok $? "the day after, no short night on the footer"
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'
tmux_wait '· sleep average 6\.5 h|! sleep average 6\.5 h'; t_ok $? "the week's one sleep line: 3 nights, 6.5 h"
t_nomatch "week view" "$(tmux_screen)" 'short night' "the week view no longer tells Tuesday's night"
tmux_keys q
tmux_dead
tmux_cmd kill-server 2>/dev/null
tmux_start 80 30 "\"$HERSTEL\" --at '2026-11-16 20:00'"
tmux_wait 'Mon 16 Nov 2026 +week 47'; t_ok $? "the day before opens"
tmux_wait 'Recovery'
tmux_gone 'short night' 1; t_ok $? "the day before, no short night either"
tmux_keys q
tmux_dead

done_testing
