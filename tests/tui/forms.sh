#!/bin/sh
# tests/tui/forms.sh: the small things of the forms a daily user trips over.
# A prefilled field is selected: the first character typed replaces it, an
# editing key keeps it. A short word is previewed as herstel log takes it.
# Every change is checked in the database.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

"$HERSTEL" sleep 7 --quality 3 >/dev/null
"$HERSTEL" day training --note "heavy legs" >/dev/null
"$HERSTEL" log "squat 5x5 100kg @8" >/dev/null
sleep_row() { t_sql "SELECT hours || '|' || coalesce(quality, '-') FROM sleep WHERE removed_by IS NULL"; }

tmux_start 80 24 "$HERSTEL"
tmux_wait 'Sleep +7 h +quality 3/5'; t_ok $? "the day has 7 h of sleep, quality 3"

## prefilled fields are selected --------------------------------------------

# z on a day with 7 h slept, then 6: 6 h, not 76 and an error.
tmux_keys z
tmux_wait 'Hours +7 '; t_ok $? "z opens the sleep form with the night's 7 h"
tmux_keys 6
tmux_wait 'Hours +6 '; t_ok $? "typing 6 replaces the selected 7"
tmux_keys Tab 4
tmux_wait 'Quality +4 '; t_ok $? "... and the quality's 3 the same way (4)"
tmux_keys Enter
tmux_wait 'Sleep +6 h +quality 4/5'; t_ok $? "the form saves"
t_eq "sleep" "$(sleep_row)" "6.0|4" "the journal has 6 h, quality 4 (not 76 and an error)"

# An arrow keeps the text for editing: Left, then 5 before the last digit.
tmux_keys z
tmux_wait 'Hours +6 '
tmux_keys Left 5
tmux_wait 'Hours +56 '; t_ok $? "Left keeps the prefilled 6: 5 goes before it"
tmux_keys BSpace
tmux_wait 'Hours +6 '; t_ok $? "Backspace deletes one character, the rest stays"
tmux_keys End
tmux_keys -l '.5'
tmux_wait 'Hours +6\.5 '; t_ok $? "End, then .5: 6.5"
tmux_keys Enter
tmux_wait 'Sleep +6\.5 h'
t_eq "sleep" "$(sleep_row)" "6.5|4" "the edited hours are saved (6.5), the quality kept"

# Backspace on a selected field is an editing key too: one character goes.
tmux_keys z
tmux_wait 'Hours +6\.5 '
tmux_keys BSpace
tmux_wait 'Hours +6\. '; t_ok $? "Backspace on the selected 6.5 leaves 6."
tmux_keys Escape
tmux_wait 'cancelled: nothing saved'
t_eq "sleep" "$(sleep_row)" "6.5|4" "Esc saves nothing"

# The day's note: a character typed replaces the whole note.
tmux_keys n
tmux_wait 'Note +heavy legs'; t_ok $? "n opens the day form with the note"
tmux_keys Tab
tmux_keys -l 'light'
tmux_wait 'Note +light +'; t_ok $? "typing replaces the selected note"
tmux_keys Enter
# The status line names the saved day (the form's own field said light too).
tmux_wait 'day [0-9-]+: training, light'
t_eq "note" "$(t_sql "SELECT note FROM day WHERE removed_by IS NULL")" "light" \
	"the journal has the new note, not \"heavy legslight\""

# The quick-entry line opened on a logged entry: the same rule.
tmux_keys T k k k k
tmux_keys Enter
tmux_wait 'edit> +squat 5x5 100kg @8'; t_ok $? "Enter opens the entry prefilled"
tmux_keys -l 'squat 3x3 110 @9'
tmux_wait 'squat: 3 sets of 3 at 110 kg, RPE 9'; t_ok $? "typing replaces it: the preview is the new entry alone"
tmux_keys Enter
tmux_wait '3 × 3  110 kg  @9'
t_eq "sets" "$(t_sql "SELECT count(*) || '|' || max(weight_kg) FROM lift WHERE removed_by IS NULL")" \
	"3|110.0" "the edit replaced the sets"

# Tab completion is not a prefill: what it completes stays for typing on.
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'bench pr'
tmux_keys Tab
tmux_wait 'add> +bench press'
tmux_keys -l '3x5 80'
tmux_wait 'bench press: 3 sets of 5 at 80 kg'; t_ok $? "after Tab, typing goes on after the name"
tmux_keys Escape

## the future ----------------------------------------------------------------

# Two days ahead (Thursday 19; the clock is Tuesday 17): a form asks first.
lifts() { t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL AND date = '$1'"; }
tmux_keys T Right Right
tmux_wait 'Thu 19 Nov 2026 +\(in 2 days\)'
tmux_keys a
tmux_wait 'Thu 19 Nov 2026 is 2 days from today: log into the future\? \(y/n\)'; t_ok $? \
	"a, two days ahead, asks before the quick-entry line opens"
tmux_keys n
tmux_wait 'nothing logged: the day is in the future'; t_ok $? "n: nothing is logged, and it says so"
tmux_gone 'add>'; t_ok $? "... and no form opens"
for k in s z n; do
	tmux_keys $k
	tmux_wait 'log into the future\? \(y/n\)'; t_ok $? "$k two days ahead asks first too"
	tmux_keys Escape
	tmux_wait 'nothing logged'
done
tmux_keys a
tmux_wait 'log into the future'
tmux_keys y
tmux_wait 'add>'; t_ok $? "y opens the quick-entry line on the day ahead"
tmux_keys -l 'squat 3x5 100'
tmux_keys Enter
tmux_wait '3 × 5  100 kg'; t_ok $? "the sets are logged there"
t_eq "future sets" "$(lifts 2026-11-19)" 3 "the journal has the sets on Thursday 19"
tmux_keys Left
tmux_wait 'Wed 18 Nov 2026 +\(tomorrow\)'
tmux_keys z
tmux_wait 'Wed 18 Nov 2026 is tomorrow: log into the future\? \(y/n\)'; t_ok $? "tomorrow asks too"
tmux_keys n
# Today asks nothing.
tmux_keys T a
tmux_wait 'add>'; t_ok $? "today, a opens the line at once"
tmux_keys Escape
tmux_wait 'cancelled: nothing saved'

## short words ----------------------------------------------------------------

# The preview names the candidates of a short word, as herstel log refuses.
before=$(t_sum)
tmux_keys a
tmux_wait 'add>'
tmux_keys -l 'row 5 60'
tmux_wait '"row" is ambiguous: barbell row, dumbbell row'; t_ok $? \
	"row: the preview names barbell row and dumbbell row"
tmux_keys Enter
tmux_wait 'add> +row 5 60'; t_ok $? "Enter saves nothing and keeps the line"
tmux_keys C-u
tmux_keys -l 'fly 3x12 14'
tmux_wait 'chest fly: 3 sets of 12 at 14 kg'; t_ok $? "fly: the preview says chest fly"
tmux_keys Escape
tmux_wait 'cancelled: nothing saved'
t_eq "journal" "$(t_sum)" "$before" "the journal is unchanged"

tmux_keys q
tmux_dead; t_ok $? "q quits"

done_testing
