#!/bin/sh
# import_apps.sh: `herstel import` of what lifters bring from other apps,
# one fixture a format (written for these tests from the facts real exports
# show): Strong in its oldest, wrapped, German and "Workout #" forms, Hevy's
# supersets, FitNotes' current export, Fitbod, Liftosaur, StrongLifts and
# LiftLog; the kinds, times, distances, activities and notes they keep, the
# names they place and leave, --units, --dry-run, and importing twice.
. "$TESTS_SRCDIR/lib.sh"

FX="$TESTS_SRCDIR/fixtures"
TZ=UTC
export TZ

# imp FIXTURE: import it into a journal of its own, $DB.
imp() {
	DB="$T_TMP/$1.db"
	t_run --db "$DB" import "$FX/$1.csv"
	t_status 0 "$1.csv imports"
}
q() { "${SQLITE3_BIN:-sqlite3}" -readonly -batch -noheader "$DB" "$1"; }

# twice: a second import of the last fixture adds nothing.
twice() {
	before=$(t_sum "$DB")
	t_run --db "$DB" import "$FX/$1.csv"
	t_match stdout "$T_OUT" '^imported 0 sets, 0 activities, 0 soreness, 0 sleep, 0 days and 0 day notes' \
		"$1.csv: a second import adds nothing"
	t_eq journal "$(t_sum "$DB")" "$before" "$1.csv: and leaves the journal as it was"
}

## Strong, oldest: the unit as the column's name, Set Order from 0, CRLF ------

imp strong-oldest
t_match stdout "$T_OUT" '\(Strong \(oldest, unit as column name\)\)' "the oldest header is named"
t_eq squat "$(q "SELECT group_concat(weight_kg || 'x' || reps, ' ') FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'squat')")" \
	"80.0x5 82.5x5" "Set Order 0 is a set; a column named kg is kilograms"
t_eq plank "$(q "SELECT e.name || ' ' || l.reps || ' ' || l.seconds FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.seconds IS NOT NULL")" \
	"Plank Fitball 0 45" "a plank of 45 s is a timed set"
t_eq run "$(q "SELECT name || ' ' || distance_m || ' ' || seconds || ' ' || note FROM activity")" \
	"Running 3000.0 1200 steady" "a run is an activity, 3 km (the column is named km)"
twice strong-oldest

## Strong, every line wrapped in quotes, pounds and miles ----------------------

imp strong-wrapped
t_eq squat "$(q "SELECT group_concat(round(weight_kg, 2), ' ') FROM lift")" "43.09 45.36" \
	"the rows inside the quotes are read; a column named lbs is pounds"
t_eq ride "$(q "SELECT round(distance_m) || ' ' || seconds FROM activity")" "4989.0 1500" \
	"a column named mi. is miles"
t_eq note "$(q "SELECT note FROM day WHERE removed_by IS NULL")" "first day back" "Workout Notes become the day's note"
twice strong-wrapped

## Strong in German -------------------------------------------------------------

imp strong-german
t_match stdout "$T_OUT" '\(Strong \(German\)\)' "the German header is read"
t_match stdout "$T_OUT" 'left out 1 rest timer row' "Ruhezeit is a rest timer"
t_eq kinds "$(q "SELECT group_concat(kind || ':' || reps || ':' || coalesce(rpe, '-'), ' ') FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'squat')")" \
	"warmup:5:- work:5:8.0" "Reihenfolge festlegen W is a warm-up; Wiederh. 5.0 is 5 reps"
t_match stdout "$T_OUT" 'without muscle groups, counting toward no timer: Kniebeuge am Baum \(1 set\)' \
	"a name herstel does not know is listed with its sets"
twice strong-german

## Strong's "Workout #" export: Note rows, kinds, a carry, a row ---------------

imp strong-workout
t_match stdout "$T_OUT" 'kept 1 warm-up, 1 drop and 1 failure set, 0 timed, 1 with a distance, 0 in supersets' \
	"warm-up, drop and failure sets and a distance are kept"
t_eq kinds "$(q "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'lat pulldown') ORDER BY id)")" \
	"warmup work failure drop" "WARM_UP, a number, FAILURE and D"
t_eq note "$(q "SELECT DISTINCT note FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'lat pulldown')")" \
	"wide grip today" "a Note row is the note of the exercise's sets after it"
t_eq reps "$(q "SELECT reps FROM lift WHERE kind = 'work' AND exercise_id = (SELECT id FROM exercise WHERE name = 'lat pulldown')")" \
	10 "reps written 10.0 are 10"
t_eq carry "$(q "SELECT round(weight_kg, 1) || ' ' || distance_m || ' ' || reps FROM lift WHERE distance_m IS NOT NULL")" \
	"22.7 40.0 0" "a farmer's walk of 40 m with 50 lb is a distance set, not cardio"
t_eq row "$(q "SELECT name || ' ' || distance_m || ' ' || seconds FROM activity")" \
	"Rowing (Machine) 2000.0 480" "the rowing machine is cardio: an activity"
t_eq days "$(q "SELECT note FROM day WHERE removed_by IS NULL")" "long day; second one" \
	"both workouts' notes become the day's note, once each"
t_eq times "$(q "SELECT group_concat(DISTINCT time) FROM lift")" "17:20,19:05" \
	"each workout keeps its own start"
twice strong-workout

## names: placed, placed like, assisted, added load, unplaced ------------------

imp strong-names
g() { q "SELECT group_concat(g.grp || ':' || g.role, ' ') FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = '$1' ORDER BY g.grp"; }
t_eq pullup "$(q "SELECT group_concat(bodyweight || '+' || weight_kg, ' ') FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'pull-up')")" \
	"1+10.0 1+0.0" "Pull Up with 10 is bw+10: a bodyweight exercise's weight is added load"
t_eq assisted "$(q "SELECT e.bodyweight || ' ' || l.bodyweight || ' ' || l.weight_kg FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE e.name = 'Pull Up (Assisted)'")" \
	"0 0 60.0" "Pull Up (Assisted) stays assisted: its 60 is the help, not added weight"
t_match stdout "$T_OUT" 'Pull Up \(Assisted\) \(like Band Assisted Pull-Up\)' "and it is placed like the assisted pull-up"
t_eq arnold "$(q "SELECT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.weight_kg = 25")" \
	"Arnold Dumbbell Press" "Arnold Press (Dumbbell) is the catalogue's Arnold Dumbbell Press"
t_eq row "$(q "SELECT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.weight_kg = 90")" \
	"Seated Cable Rows" "Seated Row (Cable) is its Seated Cable Rows"
t_eq dip "$(q "SELECT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.reps = 12 AND l.weight_kg = 0")" \
	"Bench Dips" "Bench Dip is its Bench Dips"
t_eq lateral "$(g 'Single Arm Lateral Raise (Cable)')" "shoulders:primary" \
	"a variant keeps its name, with the groups of what it is like"
t_eq chest "$(q "SELECT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.weight_kg = 100 AND l.reps = 10")" \
	"Leverage Chest Press" "Chest Press (Machine) comes from the reviewed table"
t_match stdout "$T_OUT" 'Sqaut \(2 sets; did you mean squat\?\)' "a typo is listed with a suggestion"
t_match stdout "$T_OUT" 'Hamster Wheel \(1 set\)' "a name with nothing close is listed without one"
t_run --db "$DB" exercises --unplaced
t_status 0 "exercises --unplaced exits 0"
t_match stdout "$T_OUT" '^Sqaut  *2 sets   did you mean squat\?' "it lists the unplaced names, most sets first"
t_match stdout "$T_OUT" '^Hamster Wheel  *1 set$' "with their set counts"
t_run --db "$DB" exercises sqa
t_match stdout "$T_OUT" '^Sqaut  *no groups yet, 2 sets \[own\]' "exercises TEXT finds own exercises without groups too"
t_run --db "$DB" exercises --add Sqaut --primary quads --secondary glutes
t_status 0 "--add gives an unplaced name its groups"
t_run --db "$DB" exercises --unplaced
t_nomatch stdout "$T_OUT" 'Sqaut' "and it is no longer unplaced"
t_run --db "$DB" undo
t_match stdout "$T_OUT" 'undone: add exercise Sqaut' "undo takes the groups back"
t_eq groups "$(g Sqaut)" "" "the exercise is without groups again"
twice strong-names

## --units ------------------------------------------------------------------------

DB="$T_TMP/units.db"
t_run --db "$DB" import --units lb "$FX/strong-names.csv"
t_status 0 "--units lb exits 0"
t_match stdout "$T_OUT" 'weights read as lb, your units; --units kg if the file is in kilograms' \
	"the summary says the weights were read as pounds"
t_eq lb "$(q "SELECT round(weight_kg, 3) FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'Sqaut') LIMIT 1")" \
	"61.235" "135 read as pounds is 61.235 kg"
t_run --db "$DB" import --units stone "$FX/strong-names.csv"
t_status 1 "--units stone exits 1"
t_match stderr "$T_ERR" '--units: expected kg or lb, got "stone"' "and says what it takes"

## Hevy: supersets, literal \n, descriptions, a hang, a run ------------------------

imp hevy-supersets
t_match stdout "$T_OUT" 'kept 1 warm-up, 1 drop and 1 failure set, 1 timed, 0 with a distance, 4 in supersets' \
	"the report counts the kinds kept"
t_eq superset "$(q "SELECT count(*) FROM lift WHERE superset = 1")" 4 "superset_id 0 is superset 1 of the workout"
t_eq note "$(q "SELECT note FROM lift WHERE kind = 'warmup'")" "slow eccentric" "a literal \\n is a space"
t_eq day "$(q "SELECT note FROM day WHERE removed_by IS NULL")" "short on time" "the description is the day's note"
t_eq chin "$(q "SELECT bodyweight || ' ' || kind FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'chin-up')")" \
	"1 failure" "a set with no weight is bodyweight; failure is kept"
t_eq hang "$(q "SELECT seconds FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'Dead Hang')")" 45 \
	"a dead hang is a timed set"
t_eq run "$(q "SELECT name || ' ' || distance_m || ' ' || seconds FROM activity")" "Running 3200.0 1100" \
	"a run is an activity"
twice hevy-supersets

## FitNotes, current: units per row, a name with a comma, Time, Cardio ----------

imp fitnotes-new
t_match stdout "$T_OUT" '\(FitNotes \(Weight Unit\)\)' "the current header is named"
t_eq comma "$(q "SELECT weight_kg FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'Overhead Press (Each Side, Dumbbells)')")" \
	"10.0" "a name with an unquoted comma is read whole"
t_eq lbs "$(q "SELECT round(weight_kg, 3) FROM lift WHERE note = 'warm up'")" 49.895 "the unit is on each row"
t_eq wall "$(q "SELECT seconds FROM lift WHERE seconds IS NOT NULL")" 90 "Time 0:01:30 is a timed set of 90 s"
t_eq wallgroups "$(g 'Wall Sit')" "glutes:secondary hamstrings:secondary quads:primary" \
	"an unknown name gets the groups of its category (Legs)"
t_eq hike "$(q "SELECT name || ' ' || round(distance_m) || ' ' || seconds FROM activity")" "Backpacking 9656.0 10800" \
	"the Cardio category makes an activity"
twice fitnotes-new

## Fitbod -------------------------------------------------------------------------

imp fitbod
t_eq kick "$(q "SELECT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE l.reps = 10")" \
	"Tricep Dumbbell Kickback" "Dumbbell Kickbacks are the triceps kickback"
t_eq goblet "$(q "SELECT count(*) || ' ' || min(kind) FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'Goblet Squat')")" \
	"2 warmup" "Sets 2 is two sets; isWarmup TRUE is a warm-up"
t_eq assist "$(q "SELECT round(weight_kg, 3) || ' ' || bodyweight FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'Assisted Chin Up')")" \
	"13.608 0" "a negative weight of an assisted exercise is its help"
t_eq noon "$(q "SELECT DISTINCT time FROM lift")" "12:00" "a date without a time is at noon"
twice fitbod

## Liftosaur ----------------------------------------------------------------------

imp liftosaur
t_eq times "$(q "SELECT group_concat(time || ':' || kind, ' ') FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'squat')")" \
	"10:32:warmup 10:40:work" "each set at its own time; Is Warmup Set? 1 is a warm-up; 0 reps: not done"
t_eq zottman "$(g 'Zottman Twister')" "biceps:primary forearms:primary" \
	"an unknown name gets the groups of its Target and Synergist Muscles"
TZ=Europe/Amsterdam "$HERSTEL" --db "$T_TMP/ams.db" import "$FX/liftosaur.csv" >/dev/null
t_eq local "$("${SQLITE3_BIN:-sqlite3}" -readonly -batch -noheader "$T_TMP/ams.db" "SELECT min(time) FROM lift")" "11:32" \
	"the UTC times are local times in the journal (Amsterdam: 10:32 UTC is 11:32)"

## StrongLifts and LiftLog ----------------------------------------------------------

imp stronglifts
t_eq squat "$(q "SELECT count(*) || ' ' || time FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'squat')")" \
	"2 18:15" "Set N columns are sets; 0 reps is a missed set; 6:15 PM is 18:15"
t_eq deadlift "$(q "SELECT date || ' ' || time FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'deadlift')")" \
	"2026-03-04 00:30" "12:30 AM is just after midnight"
twice stronglifts
imp liftlog
t_eq press "$(q "SELECT round(weight_kg, 3) || ' ' || note FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'overhead press')")" \
	"43.091 last one hard" "the unit is on each row; 0 reps: not done"
twice liftlog

## --dry-run creates nothing --------------------------------------------------------

t_run --db "$T_TMP/none/never.db" import --dry-run "$FX/hevy-supersets.csv"
t_status 0 "a dry run into a journal that does not exist exits 0"
t_match stdout "$T_OUT" '^dry run: would import 6 sets, 1 activity' "it says what it would import"
[ ! -e "$T_TMP/none" ]
t_ok $? "no journal, not even its directory, is created"
DB="$T_TMP/strong-names.db"
before=$(t_sum "$DB")
t_run --db "$DB" import --dry-run "$FX/fitbod.csv"
t_status 0 "a dry run into an existing journal exits 0"
t_eq journal "$(t_sum "$DB")" "$before" "and writes nothing to it"

done_testing
