#!/bin/sh
# tests/tui/keys.sh: herstelrc rebinds the keys of the week view
# ([keys.week]) and of the forms ([keys.form]): the new key does the
# action, the old one no longer, and the hint line and the help screen show
# the key as bound, since all three come from the same table.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

cat >"$HERSTEL_CONFIG" <<'EOF2'
[keys.week]
prev-week = PgUp
next-week = PgDn
back = b
[keys.form]
next-field = C-n
save = F2
EOF2
"$HERSTEL" log --date 2026-11-16 --time 18:00 "squat 5x5 100kg @8" >"$T_TMP/log.out" 2>&1
t_ok $? "a set on Monday, from the command line"

tmux_start 80 24 "\"$HERSTEL\"; echo \$? >'$T_TMP/status'"
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "the journal opens with the rebinding herstelrc"

## the week view ------------------------------------------------------------

tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "w still opens the week view (the day view's keys are [keys])"
tmux_wait 'PgUp/PgDn week'; t_ok $? "the hint line shows the rebound week keys"
tmux_wait 'b back'; t_ok $? "... and the rebound back key, the only one now"
tmux_gone 'w/Esc back' 1; t_ok $? "... not the default w/Esc"
tmux_keys PgDn
tmux_wait 'week 48 +23-29 Nov 2026'; t_ok $? "PgDn shows the next week"
tmux_keys ']'
tmux_wait 'not in the week view: Enter opens the day'; t_ok $? "] does nothing any more, and says so"
tmux_keys PgUp
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "PgUp goes back a week"
tmux_keys '?'
tmux_wait 'Week view: keys'; t_ok $? "? shows the week view's keys"
tmux_wait 'PgUp/PgDn +the previous / next week'; t_ok $? "the help lists the rebound week keys"
tmux_wait '│ b +back to the day the view was opened from'; t_ok $? "... and b for back"
tmux_keys x
tmux_gone 'Week view: keys'; t_ok $? "any key closes the help"
tmux_keys Escape
tmux_wait 'not in the week view'; t_ok $? "Esc is no longer back"
tmux_keys b
tmux_wait 'Recovery'; t_ok $? "b goes back to the daily screen"

## a form -------------------------------------------------------------------

tmux_keys z
tmux_wait 'Hours'; t_ok $? "z opens the sleep form"
tmux_wait 'C-n next field +F2 save +Esc cancel'; t_ok $? "its hint line shows the rebound keys"
# Enter no longer saves, Tab no longer moves: were they still bound, the
# form would close on 6 (or type 4 into the hours) and the row would differ.
tmux_keys 6 Enter Tab C-n 4
tmux_wait 'Quality +4 '; t_ok $? "C-n moves to the quality field"
tmux_keys F2
tmux_wait 'Sleep +6 h +quality 4/5'; t_ok $? "F2 saves the form"
t_eq "sleep" "$(t_sql "SELECT hours || '|' || quality FROM sleep WHERE removed_by IS NULL")" \
	"6.0|4" "one row: 6 h, quality 4 (Enter did not save, Tab did not move)"

tmux_keys q
tmux_dead; t_ok $? "q quits"
t_eq "exit status" "$(cat "$T_TMP/status" 2>/dev/null)" 0 "herstel exits 0"

done_testing
