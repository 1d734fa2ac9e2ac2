#!/bin/sh
# tests/tui/rest.sh: the rest countdown of the journal screen. Saving a set
# starts it in the header with its kind's length ([rest] length for a
# compound lift, isolation for the others), it counts down and keeps
# counting across a resize and another screen, at zero it rings the bell
# (the byte reaches the terminal), shows "rest over" until the next key
# and starts [rest] hook; r starts, pauses and resumes it by hand, R stops
# it. The rests are seconds long, so the test sees them end without long
# sleeps; the journal's clock is pinned as always (the countdown runs on
# the monotonic clock, which HERSTEL_AT does not pin).
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

cat >"$HERSTEL_CONFIG" <<RC
[rest]
length = 0:03
isolation = 0:02
hook = touch $T_TMP/hooked
[exercise sled push]
primary = quads
rest = 0:06
RC

tmux_start 80 24 "\"$HERSTEL\""
tmux_cmd pipe-pane -t t -o "cat >>'$T_TMP/pane.out'"
tmux_wait 'Recovery'; t_ok $? "the journal is open"
tmux_nomatch() { ! tmux_screen | grep -Eq -- "$1"; }
tmux_nomatch 'rest [0-9]'; t_ok $? "no countdown before a set"

# A compound lift: 3 seconds.
tmux_keys a
tmux_keys -l 'squat 5x5 100kg @8'
tmux_keys Enter
tmux_wait 'logged: squat'; t_ok $? "the set is saved"
tmux_wait '^ herstel .* rest 0:0[1-3]  \? help$'; t_ok $? "saving a set starts the countdown in the header"
tmux_wait 'rest 0:01'; t_ok $? "... and it counts down"

# Resized while it runs: the time goes on from where it was, not again
# from 0:03 (it is 0:01 or over by now, never more).
tmux_cmd resize-window -t t -x 100 -y 30
tmux_wait '^ herstel .* rest (0:01|over)'; t_ok $? "a resize keeps the countdown"
tmux_nomatch 'rest 0:0[23]'; t_ok $? "... and does not start it again"
tmux_wait 'rest over' 5; t_ok $? "at zero: rest over"
tmux_wait '^ herstel .*rest over  \? help$'; t_ok $? "... in the header"
[ "$(tmux_cmd display-message -p -t t '#{window_bell_flag}')" = 1 ]
t_ok $? "the bell rang in the terminal (tmux's bell flag)"
n=0
while [ ! -e "$T_TMP/hooked" ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
[ -e "$T_TMP/hooked" ]; t_ok $? "[rest] hook ran, without a shell"
bells=$(tr -dc '\007' <"$T_TMP/pane.out" | wc -c)
[ "$bells" -eq 1 ]; t_ok $? "one bell byte reached the terminal (got $bells)"
sleep 1.2
tmux_wait 'rest over' 1; t_ok $? "rest over stays while no key is pressed"
tmux_keys Escape
tmux_gone 'rest over'; t_ok $? "the next key takes it away"

# An isolation exercise: 2 seconds; the first second shown is 0:02 or less.
tmux_keys a
tmux_keys -l 'biceps curl 3x10 15kg'
tmux_keys Enter
tmux_wait 'rest 0:0[0-9]'; t_ok $? "a curl starts a rest"
tmux_nomatch 'rest 0:03'; t_ok $? "... of [rest] isolation, shorter"
tmux_keys R
tmux_gone 'rest 0:0'; t_ok $? "R stops the countdown"

# An exercise with a rest of its own in herstelrc: 6 seconds.
tmux_keys a
tmux_keys -l 'sled push 1x20'
tmux_keys Enter
tmux_wait 'rest 0:0[4-6]'; t_ok $? "an exercise's own [exercise] rest"
tmux_keys R
tmux_gone 'rest 0:0'

# By hand: r starts a rest of [rest] length, r pauses, r resumes.
tmux_keys r
tmux_wait 'rest 0:03'; t_ok $? "r starts a rest by hand"
tmux_keys r
tmux_wait 'rest 0:0[1-3] paused'; t_ok $? "r pauses it"
shown=$(tmux_screen | grep -Eo 'rest 0:0[0-9] paused')
sleep 1.5
tmux_wait "$shown"; t_ok $? "a paused rest keeps its time"
tmux_keys w
tmux_wait 'week 47'; t_ok $? "the week view opens"
tmux_wait "^ herstel .*$shown"; t_ok $? "... with the rest in its header"
tmux_keys Escape r
tmux_gone 'paused'; t_ok $? "r resumes it"
tmux_wait 'rest over' 5; t_ok $? "... and it runs out"

# bell = no: no bell byte at zero.
tmux_cmd kill-server 2>/dev/null
printf '[rest]\nlength = 1\nbell = no\n' >"$HERSTEL_CONFIG"
: >"$T_TMP/pane2.out"
tmux_start 80 24 "\"$HERSTEL\""
tmux_cmd pipe-pane -t t -o "cat >>'$T_TMP/pane2.out'"
tmux_wait 'Recovery'
tmux_keys r
tmux_wait 'rest over' 5; t_ok $? "a rest of one second is over"
[ "$(tr -dc '\007' <"$T_TMP/pane2.out" | wc -c)" -eq 0 ]; t_ok $? "bell = no: no bell byte"

# flash = yes: the screen flashes (terminfo's flash, tmux's TERM has one)
# instead of the bell.
tmux_cmd kill-server 2>/dev/null
printf '[rest]\nlength = 1\nflash = yes\n' >"$HERSTEL_CONFIG"
: >"$T_TMP/pane3.out"
tmux_start 80 24 "\"$HERSTEL\""
tmux_cmd pipe-pane -t t -o "cat >>'$T_TMP/pane3.out'"
tmux_wait 'Recovery'
tmux_keys r
tmux_wait 'rest over' 5; t_ok $? "flash = yes: the rest is over"
[ "$(tr -dc '\007' <"$T_TMP/pane3.out" | wc -c)" -eq 0 ]; t_ok $? "... and no bell byte: a flash instead"

done_testing
