#!/bin/sh
# tests/tui/place.sh: the journal offers to give muscle groups to the
# exercises an import left without them: g lists them with their sets and
# a suggestion; Enter takes the suggestion, e chooses the groups; each is
# one undo step, and the board counts the sets at once.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux

cat >"$T_TMP/unknown.csv" <<'CSV'
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2026-11-16 18:00:00,Legs,1h,Sqaut,1,100,5,0,0,,,9
2026-11-16 18:00:00,Legs,1h,Sqaut,2,100,5,0,0,,,9
2026-11-16 18:00:00,Legs,1h,Hamster Wheel,1,20,10,0,0,,,9
CSV
t_run import "$T_TMP/unknown.csv"
t_status 0 "a file with two names herstel cannot place imports"
grp() { t_sql "SELECT group_concat(x, ' ') FROM (SELECT g.grp || ':' || g.role AS x FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = '$1' ORDER BY g.grp)"; }

tmux_start 90 26 "\"$HERSTEL\""
tmux_wait 'Recovery'; t_ok $? "the journal screen is up"
tmux_wait '2 exercises from an import have no muscle groups: g gives them groups'; t_ok $? \
	"the status line offers to give them groups"
tmux_wait 'quads +due'; t_ok $? "their sets count toward no timer yet (quads is due)"
tmux_keys g
tmux_wait 'Muscle groups for imported exercises'; t_ok $? "g opens the list"
tmux_wait 'Sqaut +2 sets +like squat: quads'; t_ok $? "the typo has the suggestion squat"
tmux_wait 'Hamster Wheel +1 set +no suggestion'; t_ok $? "a name with nothing close has none"
tmux_keys Enter
tmux_wait 'gave groups to Sqaut: quads \(\+ lower_back, glutes, hamstrings\); u undoes it'; t_ok $? \
	"Enter takes the suggestion and says so"
t_eq groups "$(grp Sqaut)" "glutes:secondary hamstrings:secondary lower_back:secondary quads:primary" \
	"the journal holds squat's groups for Sqaut"
tmux_gone 'Sqaut +2 sets'; t_ok $? "it leaves the list"
tmux_keys e
tmux_wait 'Groups of Hamster Wheel:'; t_ok $? "e opens the chooser"
tmux_keys Enter
tmux_wait 'choose at least one primary group'; t_ok $? "nothing chosen: it says what is needed"
tmux_keys j j j Space
tmux_wait '\[P\] primary +biceps'; t_ok $? "Space makes the selected group primary"
tmux_keys j Space Space
tmux_wait '\[s\] secondary +forearms'; t_ok $? "Space again makes it secondary"
tmux_keys Enter
tmux_wait 'gave groups to Hamster Wheel: biceps \(\+ forearms\)'; t_ok $? "Enter saves the chosen groups"
tmux_wait 'quads +recovering'; t_ok $? "back in the day view, the board counts the sets"
t_eq groups "$(grp 'Hamster Wheel')" "biceps:primary forearms:secondary" "the journal holds them"
tmux_keys u
tmux_wait 'undone: give groups to Hamster Wheel'; t_ok $? "u takes the last one back"
t_eq groups "$(grp 'Hamster Wheel')" "" "Hamster Wheel is without groups again"
t_eq groups "$(grp Sqaut)" "glutes:secondary hamstrings:secondary lower_back:secondary quads:primary" \
	"Sqaut keeps its own step"
tmux_keys g
tmux_wait 'Hamster Wheel +1 set'; t_ok $? "g lists it again"
tmux_keys Escape
tmux_gone 'Muscle groups for imported'; t_ok $? "Esc goes back to the day"
tmux_keys q
tmux_dead; t_ok $? "q quits"

done_testing
