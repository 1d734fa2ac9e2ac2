#!/bin/sh
# tests/tui/daily.sh: the daily screen in tmux: logging through the
# quick-entry line and the forms, delete and undo, moving between days,
# the help screen and the demo journal. Every change is checked in the
# database, not only on the screen.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

# The shell keeps the exit status in a file: tmux 3.3 sometimes marks a pane
# dead long before it reaps the program, leaving #{pane_dead_status} empty.
tmux_start 80 24 "\"$HERSTEL\"; echo \$? >'$T_TMP/status'"
tmux_wait 'Tue 17 Nov 2026 +week 47'; t_ok $? "opens on the pinned day with its ISO week"
tmux_wait 'Recovery'; t_ok $? "shows the recovery board"
tmux_wait 'a add .* q quit'; t_ok $? "hint line comes from the key table"

# Quick entry: live preview, then Enter saves one batch of five sets.
tmux_keys a
tmux_wait 'add>'; t_ok $? "a opens the quick-entry line"
tmux_keys -l 'squat 5x5 100 @8'
tmux_wait 'squat: 5 sets of 5 at 100 kg, RPE 8'; t_ok $? "the parsed entry shows while typing"
tmux_keys Enter
tmux_wait '5 × 5  100 kg  @8'; t_ok $? "saved sets show grouped in the log"
t_eq "sets in db" "$(t_sql "SELECT count(*), min(reps), max(weight_kg), max(rpe), min(date), min(time) FROM lift WHERE removed_by IS NULL")" \
	"5|5|100.0|8.0|2026-11-17|12:00" "five sets of 5 at 100 kg @8 stored at the pinned time"

# An error in place keeps the text; Esc writes nothing.
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'squat 5x5 100 @11'
tmux_wait 'RPE'; t_ok $? "a bad RPE is reported while typing"
tmux_keys Enter
tmux_wait 'add> +squat 5x5 100 @11'; t_ok $? "Enter on an error keeps what was typed"
tmux_keys Escape
tmux_gone 'add>'; t_ok $? "Esc closes the quick-entry line"
t_eq "sets after cancel" "$(t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL")" 5 "Esc wrote nothing"

# Tab completes exercise names.
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'bench pr'
tmux_keys Tab
tmux_wait 'add> +bench press'; t_ok $? "Tab completes the exercise name"
tmux_keys Escape
tmux_gone 'add>'

# Soreness form: move with j, set with digits, Enter saves.
tmux_keys s
tmux_wait 'Soreness'; t_ok $? "s opens the soreness form"
tmux_wait 'calves'; t_ok $? "the form lists every group"
tmux_keys 2 j j 1
tmux_keys Enter
tmux_wait 'Sore +chest 2'; t_ok $? "soreness shows in the log"
t_eq "soreness in db" "$(t_sql "SELECT group_concat(grp || '=' || level, ',') FROM (SELECT grp, level FROM soreness WHERE removed_by IS NULL ORDER BY grp)")" \
	"chest=2,triceps=1" "soreness saved for the groups with a level"

# Sleep form: a bad field is named and nothing is written.
tmux_keys z
tmux_wait 'Hours'; t_ok $? "z opens the sleep form"
tmux_keys -l 'lots'
tmux_keys Enter
tmux_wait 'sleep: hours: expected a number'; t_ok $? "a bad hours field is named on the status line"
t_eq "no sleep yet" "$(t_sql "SELECT count(*) FROM sleep")" 0 "a refused form writes nothing"
tmux_keys C-u
tmux_keys -l '6.5'
tmux_keys Tab
tmux_keys -l '3'
tmux_keys Enter
tmux_wait 'Sleep +6.5 h +quality 3/5'; t_ok $? "sleep shows in the log"
t_eq "sleep in db" "$(t_sql "SELECT date, hours, quality FROM sleep WHERE removed_by IS NULL")" \
	"2026-11-17|6.5|3" "sleep saved with hours and quality"

# Delete the selected sets after y, then undo brings them back.
tmux_keys T
tmux_keys d
tmux_wait 'delete ".*squat.*\? \(y/n\)'; t_ok $? "d asks before deleting"
tmux_keys y
tmux_gone '│ +5 × 5  100 kg'; t_ok $? "the deleted sets leave the log"
t_eq "sets after delete" "$(t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL")" 0 "delete removed the five sets"
tmux_keys u
tmux_wait 'undone: delete'; t_ok $? "u says what was undone"
tmux_wait '│ +5 × 5  100 kg'; t_ok $? "undo brings the sets back on screen"
t_eq "sets after undo" "$(t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL")" 5 "undo restored the five sets"

# Days: back one, log there (at 12:00), forward again.
tmux_keys Left
tmux_wait 'Mon 16 Nov 2026'; t_ok $? "Left shows the previous day"
tmux_wait 'Nothing logged'; t_ok $? "the previous day is empty"
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'deadlift 3x5 140kg @9'
tmux_keys Enter
tmux_wait '3 × 5  140 kg  @9'
t_eq "past day set" "$(t_sql "SELECT DISTINCT date || ' ' || time FROM lift WHERE reps = 5 AND weight_kg = 140 AND removed_by IS NULL")" \
	"2026-11-16 12:00" "an entry on another day gets that day at 12:00"
tmux_keys l
tmux_wait 'Tue 17 Nov 2026'; t_ok $? "l shows the next day"
tmux_keys h h
tmux_wait 'Sun 15 Nov 2026'
tmux_keys T
tmux_wait 'Tue 17 Nov 2026'; t_ok $? "T goes back to today"

# Edit: Enter on the sets reopens the line prefilled; saving replaces them.
tmux_keys Enter
tmux_wait 'edit> +squat 5x5 100kg @8'; t_ok $? "Enter reopens the entry prefilled"
tmux_keys C-u
tmux_keys -l 'squat 3x3 110 @9'
tmux_keys Enter
tmux_wait '3 × 3  110 kg  @9'; t_ok $? "the edited sets replace the old ones"
t_eq "sets after edit" "$(t_sql "SELECT count(*), max(weight_kg) FROM lift WHERE date = '2026-11-17' AND removed_by IS NULL")" \
	"3|110.0" "edit replaced the sets in the database"

# Other views are announced, not silently ignored.
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026'; t_ok $? "w opens the week view (tests/tui/week.sh tests it)"
tmux_keys w
tmux_wait 'Recovery'; t_ok $? "w again goes back to the daily screen"
tmux_keys x
tmux_wait 'Format +‹ csv ›'; t_ok $? "x opens the export dialog (tests/tui/export.sh tests it)"
tmux_keys Escape
tmux_wait 'export cancelled: nothing written'

# Help lists every key, generated from the key table.
tmux_keys '?'
tmux_wait 'Help'; t_ok $? "? opens the help screen"
screen=$(tmux_screen)
for k in 'a +log sets' 's +report soreness' 'z +log last night' 'n +set the day' \
	'h +previous day' 'l +next day' 'T +back to today' 'd +delete' 'u +undo' \
	'w +week view' 'x +export' 'q +quit'; do
	t_match "help" "$screen" "$k" "help lists /$k/"
done
tmux_keys Escape
tmux_gone 'Help'; t_ok $? "any key closes the help"

tmux_keys q
i=0
while [ $i -lt 200 ] && [ ! -s "$T_TMP/status" ]; do sleep 0.05; i=$((i + 1)); done
t_eq "exit status" "$(cat "$T_TMP/status" 2>/dev/null)" 0 "q quits with exit status 0"

# The demo journal opens on a populated screen.
tmux_cmd kill-server
rm -f "$HERSTEL_DB"
tmux_start 80 24 "$HERSTEL --demo"
tmux_wait 'Recovery'; t_ok $? "--demo opens the screen"
tmux_wait '(recovering|almost)'; t_ok $? "--demo has groups recovering"
tmux_wait 'Sleep +[0-9.]+ h'; t_ok $? "--demo has last night's sleep"
tmux_keys q
tmux_dead
# The demo works on a temporary journal: the user's own is not even created.
[ ! -e "$HERSTEL_DB" ]; t_ok $? "--demo leaves the user's journal alone"

done_testing
