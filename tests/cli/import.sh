#!/bin/sh
# import.sh: `herstel import` of Strong (three headers), Hevy, FitNotes and
# herstel's own files: what lands in the journal, dry runs, importing twice,
# undo, and a table of broken files that must leave the journal unchanged.
. "$TESTS_SRCDIR/lib.sh"

FX="$TESTS_SRCDIR/fixtures"

# A journal to import into, with one set already there.
"$HERSTEL" log --date 2026-11-10 "squat 3x5 100kg" >/dev/null

## broken files: a message naming file:line and field, nothing written -----

before=$(t_sum)
while IFS='|' read -r file message; do
	t_run import "$FX/$file"
	t_status 1 "$file: import exits 1"
	t_match stderr "$T_ERR" "$message" "$file: the message says what is wrong"
	t_eq journal "$(t_sum)" "$before" "$file: the journal is unchanged"
done <<'TABLE'
bad-columns.csv|bad-columns.csv:3: 9 fields where the header has 12
bad-date.csv|bad-date.csv:3: start_time: expected a date like 9 Jan 2024, 18:30, got "31 Feb 2024, 18:30"
bad-reps.csv|bad-reps.csv:3: Reps: expected a whole number from 1 to 1000, got "-5"
bad-unit.csv|bad-unit.csv:3: Weight Unit: expected kg or lbs, got "stone"
bad-truncated.csv|bad-truncated.csv:3: a quoted field is not closed
bad-junk.bin|bad-junk.bin:1: binary data
bad-empty.csv|bad-empty.csv: the file is empty
bad-late.csv|bad-late.csv:30: 8 fields where the header has 9
bad.json|bad.json: sets\[1\]: reps: expected a whole number
bad-object-key.json|bad-object-key.json: not valid JSON at line 1: a key must be a string
TABLE
t_eq sets "$(t_sql 'SELECT count(*) FROM lift')" 3 "bad-late.csv's 28 good rows were not written either"

head -c 300 "$FX/bad.json" >"$T_TMP/cut.json"
t_run import "$T_TMP/cut.json"
t_status 1 "a truncated JSON document exits 1"
t_match stderr "$T_ERR" 'cut.json: not valid JSON' "a truncated JSON document is named"
printf 'Date,Reps\n2024-01-01,5\n' >"$T_TMP/unknown.csv"
t_run import "$T_TMP/unknown.csv"
t_status 1 "a header herstel does not know exits 1"
t_match stderr "$T_ERR" 'unknown.csv:1: the header is not one herstel knows' "the header is named"
printf '\377\376b\000a\000d\000\n' >"$T_TMP/utf16.csv"
t_run import "$T_TMP/utf16.csv"
t_status 1 "a UTF-16 file exits 1"
t_run import --format hevy "$FX/fitnotes.csv"
t_status 1 "--format hevy on a FitNotes file exits 1"
t_match stderr "$T_ERR" 'fitnotes.csv:1: a Hevy export needs the columns' "--format is checked against the header"
t_run import --format excel "$FX/hevy.csv"
t_status 1 "an unknown --format exits 1"
t_run import
t_status 2 "import without FILE is a usage error"
t_run import "$T_TMP/missing.csv"
t_status 1 "a missing file exits 1"
t_eq journal "$(t_sum)" "$before" "none of these changed the journal"

## JSON that C strings or a terminal would misread -------------------------

json_doc() { # json_doc SETS EXERCISES: a herstel JSON export around two lists
	printf '{"format":"herstel","schema_version":1,"units":"kg","exercises":[%s],"sets":[%s],"soreness":[],"sleep":[],"days":[]}\n' "$2" "$1"
}
set_item() { # set_item EXERCISE NOTE (JSON string bodies)
	printf '{"date":"2026-10-01","time":"18:00","exercise":"%s","weight_kg":100,"reps":5,"note":"%s"}' "$1" "$2"
}
json_doc "$(set_item squat 'before\u0000after')" "" >"$T_TMP/nul.json"
t_run import "$T_TMP/nul.json"
t_status 1 "JSON: a note with \\u0000 exits 1"
t_match stderr "$T_ERR" 'nul.json: line 1: a text holds a NUL character' \
	"JSON: the NUL is refused with its line, not cut silently"
json_doc "$(set_item 'squat\u009b31m' '')" "" >"$T_TMP/c1-set.json"
t_run import "$T_TMP/c1-set.json"
t_status 1 "JSON: a C1 control (U+009B, CSI) in a set's exercise exits 1"
t_match stderr "$T_ERR" 'c1-set.json: sets\[0\]: exercise: has a control character \(U\+009B\)' \
	"JSON: the C1 control in the exercise is named"
json_doc "" '{"name":"Carry\u0085Walk","primary":["quads"],"secondary":[],"bodyweight":false}' >"$T_TMP/c1-own.json"
t_run import "$T_TMP/c1-own.json"
t_status 1 "JSON: a C1 control in an own exercise's name exits 1"
t_match stderr "$T_ERR" 'c1-own.json: exercises\[0\]: name: has a control character \(U\+0085\)' \
	"JSON: the C1 control in the exercises list is named"
json_doc "$(set_item squat '')" "" | sed 's/"sets":\[[^]]*\]/"sets":"none"/' >"$T_TMP/notlist.json"
t_run import "$T_TMP/notlist.json"
t_status 1 "JSON: a list that is not a list exits 1"
t_match stderr "$T_ERR" 'notlist.json: sets: expected a list, got text' "JSON: the list is named"
t_eq journal "$(t_sum)" "$before" "none of these JSON files changed the journal"
{ printf '\357\273\277'; json_doc "$(set_item squat 'with a BOM')" ""; } >"$T_TMP/bom.json"
t_run import "$T_TMP/bom.json"
t_status 0 "JSON: a file that starts with a UTF-8 byte order mark imports"
t_eq note "$(t_sql "SELECT count(*) FROM lift WHERE note = 'with a BOM'")" 1 "JSON: its set is in the journal"
t_run undo
t_eq sets "$(t_sql 'SELECT count(*) FROM lift')" 3 "JSON: undo takes it back"
before=$(t_sum)

## line ends: LF, CRLF and CR alone read alike ---------------------------

for eol in lf crlf cr; do
	case $eol in
	lf) cp "$FX/herstel.csv" "$T_TMP/eol-$eol.csv" ;;
	crlf) sed 's/$/\r/' "$FX/herstel.csv" >"$T_TMP/eol-$eol.csv" ;;
	cr) tr '\n' '\r' <"$FX/herstel.csv" >"$T_TMP/eol-$eol.csv" ;;
	esac
	t_run import --dry-run "$T_TMP/eol-$eol.csv"
	t_status 0 "a herstel CSV with $eol line ends: a dry run exits 0"
	t_match stdout "$T_OUT" 'would import 3 sets, 0 activities, 1 soreness, 1 sleep, 1 day and 0 day notes' \
		"a herstel CSV with $eol line ends: every record is read"
done
tr '\n' '\r' <"$FX/strong-classic.csv" | sed 's/\r\r/\r/g' >"$T_TMP/strong-cr.csv"
t_run import --dry-run "$T_TMP/strong-cr.csv"
t_match stdout "$T_OUT" 'would import 6 sets' "a Strong export with CR line ends imports its 6 sets"
tr '\n' '\r' <"$FX/bad-reps.csv" >"$T_TMP/bad-reps-cr.csv"
t_run import "$T_TMP/bad-reps-cr.csv"
t_match stderr "$T_ERR" 'bad-reps-cr.csv:3: Reps' "with CR line ends, an error names its line"
t_eq journal "$(t_sum)" "$before" "none of these wrote anything"

## dry run ------------------------------------------------------------------

t_run import --dry-run "$FX/strong-classic.csv"
t_status 0 "import --dry-run exits 0"
t_match stdout "$T_OUT" '^dry run: would import 6 sets, 1 activity, .*nothing was written' "the dry run says what it would import"
t_match stdout "$T_OUT" 'would add your own exercises .*: Landmine Twist Deluxe' "the dry run lists new exercises"
t_eq journal "$(t_sum)" "$before" "the dry run writes nothing"

## Strong, classic: CRLF, quotes, an embedded newline, W, rest timers --------

t_run import "$FX/strong-classic.csv"
t_status 0 "Strong's classic export imports"
t_match stdout "$T_OUT" '^imported 6 sets, 1 activity, 0 soreness, 0 sleep, 0 days and 0 day notes from .*\(Strong \(classic\)\)' \
	"six sets and a run from the classic export, its format named"
t_match stdout "$T_OUT" 'left out 1 rest timer row' "the rest timer is left out"
t_match stdout "$T_OUT" 'weights read as kg, your units; --units lb if the file is in pounds' \
	"a file without units says how its weights were read"
t_eq run "$(t_sql "SELECT name || ' ' || seconds || ' ' || distance_m FROM activity")" "Running 1800 5000.0" \
	"the run is kept as an activity, 5 km in 30 minutes"
t_match stdout "$T_OUT" 'Landmine Twist Deluxe' "an unknown exercise is listed"
t_eq warmup "$(t_sql "SELECT l.kind || ' ' || l.weight_kg || ' ' || l.reps FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE e.name = 'bench press' AND l.date = '2024-01-09' ORDER BY l.id LIMIT 1")" \
	"warmup 40.0 10" "set order W is a warm-up; Bench Press (Barbell) is bench press"
t_eq rpe "$(t_sql "SELECT group_concat(rpe, ' ') FROM lift WHERE date = '2024-01-09' AND kind = 'work' AND reps = 5")" \
	"8.0 8.5" "RPE is kept"
t_eq note "$(t_sql "SELECT note FROM lift WHERE note LIKE 'felt%'")" 'felt strong, grip "ok"' \
	"a quoted note with a comma and quotes is read whole"
t_eq newline "$(t_sql "SELECT note FROM lift WHERE note LIKE 'two%'")" "two lines" \
	"a note with an embedded newline is read whole, the line break made a space"
t_eq pullup "$(t_sql "SELECT l.bodyweight || ' ' || l.time FROM lift l JOIN exercise e ON e.id = l.exercise_id WHERE e.name = 'pull-up'")" \
	"1 07:15" "Pull Up maps to pull-up, a bodyweight set, at the workout's time"
t_eq custom "$(t_sql "SELECT custom FROM exercise WHERE name = 'Landmine Twist Deluxe'")" 1 \
	"an unknown exercise becomes the user's own"

after=$(t_sum)
t_run import "$FX/strong-classic.csv"
t_status 0 "importing the same file again exits 0"
t_match stdout "$T_OUT" 'imported 0 sets.*' "the second import adds nothing"
t_match stdout "$T_OUT" 'skipped 7 already in the journal' "the second import skips all six sets and the run"
t_eq journal "$(t_sum)" "$after" "the second import leaves the journal file as it was"
t_run status
t_status 0 "the journal still opens with an exercise without groups"

## Strong, legacy semicolon with Weight Unit; the newer quoted one -----------

t_run import "$FX/strong-semicolon.csv"
t_status 0 "Strong's semicolon export imports"
t_match stdout "$T_OUT" 'imported 3 sets.*\(Strong \(semicolon, Weight Unit\)\)' "three sets from the semicolon export"
t_eq lbs "$(t_sql "SELECT round(weight_kg, 3) FROM lift WHERE date = '2019-03-02' AND rpe = 8")" 102.058 \
	"225 lbs are stored as 102.058 kg"
t_eq kg "$(t_sql "SELECT weight_kg FROM lift WHERE date = '2019-03-02' AND reps = 3")" 140.0 \
	"a row in kg stays in kg"

t_run import "$FX/strong-new.csv"
t_status 0 "Strong's newer quoted export imports"
t_eq comma "$(t_sql "SELECT weight_kg || ' ' || rpe FROM lift WHERE date = '2024-05-01' AND reps = 5")" \
	"82.5 8.5" "decimal commas are read (82,5 kg at RPE 8,5)"

## Hevy, FitNotes -------------------------------------------------------------

t_run import "$FX/hevy.csv"
t_status 0 "Hevy's export imports"
t_match stdout "$T_OUT" 'imported 5 sets.*\(Hevy\)' "five sets from Hevy, the plank of 60 s among them"
t_match stdout "$T_OUT" 'kept 1 warm-up, 1 drop and 1 failure set, 1 timed, 0 with a distance, 0 in supersets' \
	"the report says which kinds it kept"
t_eq types "$(t_sql "SELECT group_concat(kind || ':' || reps, ' ') FROM (SELECT kind, reps FROM lift WHERE date = '2024-01-09' AND time = '18:30' AND exercise_id IN (SELECT id FROM exercise WHERE name IN ('squat', 'leg extension')) ORDER BY id)")" \
	"warmup:5 work:5 failure:4 drop:12" "set_type warmup, normal, failure and dropset are kept as kinds"
t_eq plank "$(t_sql "SELECT reps || ' ' || seconds FROM lift WHERE exercise_id = (SELECT id FROM exercise WHERE name = 'plank')")" \
	"0 60" "a plank of 60 s is a timed set"
t_eq note "$(t_sql "SELECT note FROM lift WHERE note = 'slow, deep'")" "slow, deep" "exercise_notes are kept"
t_run import "$FX/hevy-lbs.csv"
t_status 0 "Hevy's export in pounds imports"
t_eq lbs "$(t_sql "SELECT round(weight_kg, 3) FROM lift WHERE date = '2024-02-12'")" 102.058 "weight_lbs is converted to kg"

t_run import "$FX/fitnotes.csv"
t_status 0 "FitNotes' export imports"
t_match stdout "$T_OUT" 'imported 4 sets.*\(FitNotes\)' "four sets from FitNotes"
t_eq same "$(t_sql "SELECT count(*) FROM lift WHERE date = '2023-06-01' AND weight_kg = 80")" 3 \
	"three equal sets in the file are three sets"
t_eq group "$(t_sql "SELECT g.grp || ' ' || g.role FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = 'Cable Crossover Fancy'")" \
	"chest primary" "an unknown FitNotes exercise gets its category as group"
after=$(t_sum)
t_run import "$FX/fitnotes.csv"
t_match stdout "$T_OUT" 'imported 0 sets' "importing FitNotes twice adds nothing"
t_eq journal "$(t_sum)" "$after" "and leaves the journal as it was"

## herstel's own csv, in pounds, from stdin -----------------------------------

t_run import - <"$FX/herstel.csv"
t_status 0 "herstel's csv imports from stdin"
t_match stdout "$T_OUT" 'imported 3 sets, 0 activities, 1 soreness, 1 sleep, 1 day and 0 day notes from stdin \(herstel csv\)' \
	"every kind of record is imported"
t_eq own "$(t_sql "SELECT group_concat(g.grp || ':' || g.role, ' ') FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = 'Zercher Carry Walk'")" \
	"calves:secondary glutes:secondary quads:primary" "an own exercise gets the groups of its row" 
t_eq kinds "$(t_sql "SELECT (SELECT hours || '/' || quality FROM sleep) || ' ' || (SELECT kind FROM day WHERE kind IS NOT NULL) || ' ' || (SELECT grp || level FROM soreness)")" \
	"6.5/3 rest quads2" "sleep, day and soreness are read"

## undo takes a whole import back ---------------------------------------------

n=$(t_sql 'SELECT count(*) FROM lift WHERE removed_by IS NULL')
t_run undo
t_match stdout "$T_OUT" 'undone: import -' "undo names the import"
t_eq sets "$(t_sql 'SELECT count(*) FROM lift WHERE removed_by IS NULL')" $((n - 3)) "undo takes back all its sets"
t_eq sleep "$(t_sql 'SELECT count(*) FROM sleep')" 0 "and its sleep"
t_eq own "$(t_sql "SELECT count(*) FROM exercise WHERE name = 'Zercher Carry Walk'")" 0 \
	"and the own exercise it created, with its groups"
t_eq groups "$(t_sql "SELECT count(*) FROM exercise_group WHERE exercise_id NOT IN (SELECT id FROM exercise)")" 0 \
	"no group is left without its exercise"

# A name no mapping knows becomes the user's own exercise without groups;
# `exercises --add NAME --primary ...` gives it its groups later, and its
# imported sets then count for recovery.
rm -f "$HERSTEL_DB"
printf '%s\n' 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE' \
	'2026-11-16 18:00:00,Legs,60m,Sled Push Thing,1,100,5,0,0,,,8' >"$T_TMP/own.csv"
t_run import "$T_TMP/own.csv"
t_status 0 "an unknown exercise name imports"
t_match stdout "$T_OUT" 'Sled Push Thing' "the report lists the new own exercise"
t_run status --format tsv --group quads --at "2026-11-17 12:00"
t_match stdout "$T_OUT" '^quads	due' "without groups it counts toward nothing"
t_run exercises --add "sled push thing" --primary quads --secondary glutes
t_status 0 "exercises --add gives the imported exercise its groups"
t_match stdout "$T_OUT" 'gave groups to sled push thing: quads \(\+ glutes\)' "and says so"
t_run undo
t_match stdout "$T_OUT" 'undone: add exercise sled push thing' "undo takes the groups back"
t_eq groups "$(t_sql "SELECT count(*) FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = 'Sled Push Thing'")" 0 \
	"the imported exercise is without groups again"
t_eq exercise "$(t_sql "SELECT count(*) FROM exercise WHERE name = 'Sled Push Thing'")" 1 \
	"and still there, with its imported sets"
t_run exercises --add "sled push thing" --primary quads --secondary glutes
t_status 0 "the groups can be given again"
t_eq groups "$(t_sql "SELECT group_concat(grp || ':' || role, ' ') FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id WHERE e.name = 'Sled Push Thing'")" \
	"glutes:secondary quads:primary" "the journal holds the groups"
t_run status --format tsv --group quads --at "2026-11-17 12:00"
t_match stdout "$T_OUT" '^quads	recovering	44	22.5	' \
	"its imported set now counts for quads (one set, a first: 72 x 0.5 x 0.90 x 1.25 = 40.5 h, 18 done)"

## equal records: the file's against the journal's, one for one ---------------

# The journal has one deadlift 5 @ 140 at 07:00; the file has three. The
# first of the file is that one, the other two are new: two are added, and
# a second import of the file adds none.
"$HERSTEL" log --date 2026-12-01 --time 07:00 "deadlift 1x5 140kg @8" >/dev/null
printf '%s\n' 'kind,date,time,exercise,weight_kg,bodyweight,reps,rpe,warmup,group,level,hours,quality,day,note,primary,secondary' \
	'set,2026-12-01,07:00,deadlift,140,0,5,8,0,,,,,,,,' \
	'set,2026-12-01,07:00,deadlift,140,0,5,8,0,,,,,,,,' \
	'set,2026-12-01,07:00,deadlift,140,0,5,8,0,,,,,,,,' >"$T_TMP/three.csv"
t_run import "$T_TMP/three.csv"
t_status 0 "a file with three equal sets imports"
t_match stdout "$T_OUT" '^imported 2 sets' "the two the journal lacks are added"
t_match stdout "$T_OUT" 'skipped 1 already in the journal' "the one it has is skipped"
t_eq deadlifts "$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-12-01' AND removed_by IS NULL")" 3 \
	"the journal now holds three, like the file"
t_run import "$T_TMP/three.csv"
t_match stdout "$T_OUT" '^imported 0 sets' "a second import adds none"
t_match stdout "$T_OUT" 'skipped 3 already in the journal' "and skips all three"

done_testing
