#!/bin/sh
# tests/tui/plates.sh: the plates in the journal screen. The quick-entry
# line shows the plates of a barbell lift's typed weight, from [plates];
# a weight that does not load says the nearest that do; other exercises
# show no plates. p shows each set's plates of the selected entry. In
# ASCII (LC_ALL=C) "x" for "×"; in lb the weights are what lb plates make.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

"$HERSTEL" log --date 2026-11-17 --time 09:00 "dumbbell row 3x8 30kg" >"$T_TMP/log.out" 2>&1
t_ok $? "a dumbbell row on the command line"

tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'; t_ok $? "the journal is open"
tmux_keys a
tmux_keys -l 'bench press 3x5 102.5'
tmux_wait '^ plates: 20 \+ 2 × \(25 \+ 15 \+ 1\.25\)   Enter save  Tab complete  Esc cancel$'; t_ok $? "a bench press: its plates on the entry line"
tmux_keys C-u
tmux_keys -l 'squat 5x5 101'
tmux_wait 'plates: 101 kg does not load: 100 or 102\.5'; t_ok $? "a weight that does not load: the nearest that do"
tmux_keys C-u
tmux_keys -l 'overhead press 5x5 40 @8'
tmux_wait 'plates: 20 \+ 2 × 10 '; t_ok $? "overhead press is a barbell lift too; one plate a side"
tmux_keys C-u
tmux_keys -l 'dumbbell row 3x8 30'
tmux_wait 'dumbbell row: 3 sets of 8 at 30 kg'; t_ok $? "a dumbbell row is understood"
tmux_nomatch() { ! tmux_screen | grep -Eq -- "$1"; }
tmux_nomatch 'plates:'; t_ok $? "... and has no plates"
tmux_wait '^ Enter save  Tab complete  Esc cancel$'; t_ok $? "... the keys are shown alone"
tmux_keys C-u
tmux_keys -l 'squat 5x5 bw'
tmux_wait 'squat: 5 sets of 5'; t_ok $? "a squat without a weight"
tmux_nomatch 'plates:'; t_ok $? "... has no plates"
tmux_keys C-u
tmux_keys -l 'squat 3x5 142.5kg @8'
tmux_keys Enter
tmux_wait 'logged: squat'; t_ok $? "the squat is saved"

# The panel of each set: select the squat, p.
tmux_keys k k j p
tmux_wait ' Plates: squat '; t_ok $? "p opens the plates of the selected entry"
tmux_wait 'bar 20 kg, per side as loaded'; t_ok $? "... with the bar"
tmux_wait ' 1  5 × 142\.5 kg  ' && tmux_wait '│     20 \+ 2 × \(25 \+ 25 \+ 10 \+ 1\.25\) +│$'
t_ok $? "... and each set's plates, under it where they do not fit beside"
tmux_wait ' 3  5 × 142\.5 kg'; t_ok $? "... all three sets"
tmux_keys x
tmux_gone ' Plates: '; t_ok $? "any key closes it"
tmux_wait 'Recovery'; t_ok $? "... the board is back"
tmux_keys k p
tmux_wait 'plates: dumbbell row is not a barbell lift'; t_ok $? "p on a dumbbell row: not a barbell lift"
tmux_cmd kill-server 2>/dev/null

# ASCII.
tmux_start 80 24 "LC_ALL=C \"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys a
tmux_keys -l 'bench press 3x5 102.5'
tmux_wait 'plates: 20 \+ 2 x \(25 \+ 15 \+ 1\.25\) '; t_ok $? "LC_ALL=C: x for the times sign"
tmux_cmd kill-server 2>/dev/null

# lb: 225 lb loads exactly; 105 kg in the panel is the 230 lb the plates make.
printf '[general]\nunits = lb\n' >"$HERSTEL_CONFIG"
"$HERSTEL" log --date 2026-11-17 --time 10:00 "deadlift 1x5 105kg" >>"$T_TMP/log.out" 2>&1
tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys a
tmux_keys -l 'bench press 3x5 225'
tmux_wait 'plates: 45 \+ 2 × \(45 \+ 45\) '; t_ok $? "lb: 225 lb is 45 + 2 × (45 + 45)"
tmux_keys Escape
tmux_wait '1 × 5  230 lb'; t_ok $? "lb: the log shows 105 kg of a deadlift as 230 lb"
tmux_wait '3 × 8  66\.14 lb'; t_ok $? "... and a dumbbell's weight as it converts"
tmux_keys k k k j p
tmux_wait ' Plates: deadlift '; t_ok $? "the deadlift's plates"
tmux_wait ' 1  5 × 230 lb   45 \+ 2 × \(45 \+ 45 \+ 2\.5\)'; t_ok $? "... 105 kg shown as the 230 lb the plates make"
tmux_nomatch '231'; t_ok $? "... no 231.49 lb"
tmux_cmd kill-server 2>/dev/null

# No plates in the inventory but the bar.
printf '[plates]\nplates = 25x0\n' >"$HERSTEL_CONFIG"
tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys a
tmux_keys -l 'bench press 3x5 100'
tmux_wait 'plates: 100 kg does not load: at most 20( |$)'; t_ok $? "no plates: the bar at most"
tmux_keys C-u
tmux_keys -l 'bench press 3x5 20'
tmux_wait 'plates: 20   Enter'; t_ok $? "... and the bar alone loads"

done_testing
