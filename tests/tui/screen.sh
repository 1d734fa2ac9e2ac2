#!/bin/sh
# tests/tui/screen.sh: layout at different sizes, the "too small" notice,
# and a storm of resizes after which the screen is whole.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

groups='chest shoulders triceps biceps forearms lats mid.back traps low.back abs glutes quads hamstrings hips calves'

# 120x40: all 15 groups on the board.
tmux_start 120 40 "$HERSTEL"
tmux_wait 'Recovery'; t_ok $? "120x40: the screen opens"
screen=$(tmux_screen)
n=0
for g in $groups; do
	printf '%s\n' "$screen" | grep -Eq "[●○◐✖] $g " && n=$((n + 1))
done
t_eq "groups at 120x40" "$n" 15 "120x40: all 15 groups on the board"

# 80x24: everything important still fits.
tmux_cmd resize-window -t t -x 80 -y 24
tmux_wait '^ a add'; t_ok $? "80x24: the hint line is at the bottom"
screen=$(tmux_screen)
n=0
for g in $groups; do
	printf '%s\n' "$screen" | grep -Eq "[●○◐✖] $g " && n=$((n + 1))
done
t_eq "groups at 80x24" "$n" 15 "80x24: all 15 groups on the board"

# Too small: a notice instead of a broken screen, and back when it grows.
tmux_cmd resize-window -t t -x 40 -y 10
tmux_wait 'terminal too small'; t_ok $? "40x10: the too-small notice"
tmux_gone 'Recovery'; t_ok $? "40x10: nothing of the screen is left over"
tmux_cmd resize-window -t t -x 80 -y 24
tmux_wait 'Recovery'; t_ok $? "back at 80x24: the screen returns"
tmux_gone 'too small'; t_ok $? "back at 80x24: the notice is gone"

# A resize storm, then the screen is whole: header, boxes, hints.
i=0
while [ $i -lt 40 ]; do
	tmux_cmd resize-window -t t -x $((50 + (i * 7) % 60)) -y $((12 + (i * 5) % 25))
	i=$((i + 1))
done
tmux_cmd resize-window -t t -x 80 -y 24
# tmux applies the sizes in its own time: poll until the pane is 80x24 and
# the program has drawn the whole screen for it.
whole() {
	[ "$(tmux_cmd display-message -p -t t '#{pane_width}x#{pane_height}')" = 80x24 ] &&
		tmux_screen | head -1 | grep -q '^ herstel' &&
		tmux_screen | tail -1 | grep -q '^ a add'
}
i=0
while [ $i -lt 200 ] && ! whole; do sleep 0.05; i=$((i + 1)); done
screen=$(tmux_screen)
t_match "screen" "$screen" '^ herstel +Tue 17 Nov 2026' "after the storm: the header is on top"
t_match "screen" "$screen" '┌─ Log ─+┐┌─ Recovery' "after the storm: both boxes are there"
t_match "screen" "$screen" '└─+┘└─+┘' "after the storm: both boxes are closed"
t_eq "lines" "$(printf '%s\n' "$screen" | wc -l | tr -d ' ')" 24 "after the storm: 24 lines"
t_nomatch "screen" "$screen" 'too small' "after the storm: no leftover notice"

# The keys still work after all that.
tmux_keys '?'
tmux_wait 'Help'; t_ok $? "after the storm: keys still work"
tmux_keys q
tmux_keys q
tmux_dead; t_ok $? "after the storm: q quits"

# Without UTF-8 the ASCII symbols and boxes are used.
tmux_cmd kill-server
tmux_start 80 24 "LC_ALL=C $HERSTEL"
tmux_wait 'Recovery'; t_ok $? "C locale: the screen opens"
screen=$(tmux_screen)
t_match "screen" "$screen" '^\+-+ Log -+\+' "C locale: ASCII box"
t_match "screen" "$screen" '\| o abs ' "C locale: ASCII state symbols"
tmux_keys q
tmux_dead

done_testing
