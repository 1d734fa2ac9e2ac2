#!/bin/sh
# export.sh: `herstel export` in herstel's CSV and JSON and Strong's CSV, to
# stdout and to files (mode 0600, renamed into place, symbolic links
# refused), date ranges, pounds, and the round trips through import.
. "$TESTS_SRCDIR/lib.sh"

SQL=${SQLITE3_BIN:-sqlite3}

"$HERSTEL" log --date 2026-11-10 --time 18:00 "squat 3x5 100kg @8" >/dev/null
"$HERSTEL" log --date 2026-11-10 --time 18:20 "bench press 2x10 40kg warmup" >/dev/null
"$HERSTEL" log --date 2026-11-12 --time 07:30 'pull-up 8 # grip "wide", slow' >/dev/null
"$HERSTEL" exercises --add "Zercher Carry" --primary traps --secondary abs,forearms >/dev/null
"$HERSTEL" exercises --add "Unused Own" --primary calves --bodyweight >/dev/null
"$HERSTEL" log --date 2026-11-12 --time 07:45 "zercher carry 20 50kg" >/dev/null
"$HERSTEL" sore --date 2026-11-11 --time 08:00 quads=2 >/dev/null
"$HERSTEL" sleep --date 2026-11-11 7.5 --quality 4 >/dev/null
"$HERSTEL" day --date 2026-11-12 training --note 'line one, "two"' >/dev/null

## csv -----------------------------------------------------------------------

t_run export
t_status 0 "export exits 0"
t_eq "header" "$(printf '%s\n' "$T_OUT" | head -n 1)" \
	"kind,date,time,exercise,weight_kg,bodyweight,reps,rpe,warmup,group,level,hours,quality,day,note,primary,secondary,set_kind,seconds,distance_m,superset" \
	"csv is the default, with kind first and weight_kg in the header"
t_eq "set rows" "$(printf '%s\n' "$T_OUT" | grep -c '^set,')" 7 "csv has a row per set"
t_match stdout "$T_OUT" '^set,2026-11-10,18:00,squat,100,0,5,8,0,' "a set row has ISO date, time, kg, reps, rpe"
t_match stdout "$T_OUT" '^set,2026-11-10,18:20,bench press,40,0,10,,1,.*,warmup,,,$' \
	"a warm-up is marked (warmup 1, set_kind warmup), an empty rpe is empty"
t_match stdout "$T_OUT" '^set,2026-11-12,07:30,pull-up,0,1,8,,0,,,,,,"grip ""wide"", slow",,,work,,,$' \
	"a note with a comma and quotes is quoted the RFC 4180 way"
t_match stdout "$T_OUT" '^set,2026-11-12,07:45,Zercher Carry,50,0,20,,0,,,,,,,traps,forearms abs,work,,,$' \
	"a set of the user's own exercise carries its groups"
t_match stdout "$T_OUT" '^soreness,2026-11-11,08:00,,,,,,,quads,2,' "soreness has a row"
t_match stdout "$T_OUT" '^sleep,2026-11-11,,,,,,,,,,7.5,4,' "sleep has a row"
t_match stdout "$T_OUT" '^day,2026-11-12,,,,,,,,,,,,training,"line one, ""two""",,,,,,$' "the day has a row"
CSV=$T_OUT

t_run export --from 2026-11-11 --to 2026-11-11
t_status 0 "export --from --to exits 0"
t_eq "rows" "$(printf '%s\n' "$T_OUT" | wc -l)" 3 "--from/--to keep the header and that day's two records"

printf '[general]\nunits = lb\n' >"$HERSTEL_CONFIG"
t_run export
t_match stdout "$T_OUT" '^kind,date,time,exercise,weight_lb,' "with units = lb the header says weight_lb"
t_match stdout "$T_OUT" '^set,2026-11-10,18:00,squat,220.462,' "with units = lb weights are in pounds"
rm -f "$HERSTEL_CONFIG"

## json ----------------------------------------------------------------------

t_run export --format json
t_status 0 "export --format json exits 0"
JSON=$T_OUT
t_match stdout "$T_OUT" '^\{"format":"herstel","schema_version":[0-9][0-9]*,' "json names its format and schema version"
t_match stdout "$T_OUT" '^"exported_at":"2026-11-17T12:00",' "json has the export time"
t_match stdout "$T_OUT" '"name":"Unused Own","primary":\["calves"\],"secondary":\[\],"bodyweight":true' \
	"json lists the user's own exercises with their groups, used or not"
t_match stdout "$T_OUT" '"note":"grip \\"wide\\", slow"' "json escapes quotes in notes"
printf '%s\n' "$T_OUT" >"$T_TMP/j.json"
t_eq "sets in json" "$("$SQL" :memory: "SELECT json_array_length(CAST(readfile('$T_TMP/j.json') AS TEXT), '\$.sets')")" 7 \
	"the json document is valid and has the seven sets"

## strong --------------------------------------------------------------------

t_run export --format strong
t_status 0 "export --format strong exits 0"
t_eq "header" "$(printf '%s\n' "$T_OUT" | head -n 1)" \
	"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE" \
	"strong has Strong's classic header"
t_match stdout "$T_OUT" '^2026-11-10 18:00:00,herstel,[^,]*,Squat \(Barbell\),3,100,5,0,0,,,8$' \
	"strong numbers the work sets, with Strong's exercise name and date format"
t_match stdout "$T_OUT" '^2026-11-10 18:20:00,herstel,[^,]*,Bench Press \(Barbell\),W,40,10,' \
	"strong writes warm-ups with set order W, each set at its own time"
t_match stderr "$T_ERR" 'cannot carry the muscle groups of your own exercises \(Zercher Carry\)' \
	"strong says it cannot carry the groups of own exercises, and names them"
t_match stderr "$T_ERR" 'no soreness or sleep: 2 records not written' \
	"strong says what else it leaves out"
t_match stdout "$T_OUT" '^2026-11-12 07:30:00,herstel,[^,]*,Pull Up,1,0,8,0,0,.*,"line one, ""two""",$' \
	"the day's note is the Workout Notes of its first workout"
t_nomatch stdout "$T_OUT" 'quads' "strong has no soreness rows"

## files -----------------------------------------------------------------------

t_run export --format json -o "$T_TMP/out.json"
t_status 0 "export -o FILE exits 0"
t_match stdout "$T_OUT" "exported 10 records to $T_TMP/out.json" "export -o says where and how many"
t_eq mode "$(stat -c %a "$T_TMP/out.json")" 600 "the file has mode 0600"
[ -z "$(find "$T_TMP" -name '.herstel-export*')" ]
t_ok $? "no temp file is left behind"
t_eq "file" "$(cat "$T_TMP/out.json")" "$JSON" "the file holds what stdout would"

echo "precious" >"$T_TMP/target"
ln -s "$T_TMP/target" "$T_TMP/link.csv"
t_run export -o "$T_TMP/link.csv"
t_status 1 "export onto a symbolic link exits 1"
t_match stderr "$T_ERR" 'link.csv is a symbolic link' "the link is named in the message"
t_eq "target" "$(cat "$T_TMP/target")" precious "the link's target is untouched"

echo "old" >"$T_TMP/existing.csv"
t_run export -o "$T_TMP/existing.csv"
t_status 0 "export over an existing file exits 0"
t_eq "replaced" "$(cat "$T_TMP/existing.csv")" "$CSV" "an existing file is replaced whole"

t_run export --output "$T_TMP/no/such/dir/x.csv"
t_status 1 "export into a missing directory exits 1"
t_match stderr "$T_ERR" 'directory .*/no/such/dir does not exist' "the missing directory is named"
[ ! -e "$T_TMP/no" ]
t_ok $? "and no directory is made for it"
mkdir "$T_TMP/adir"
t_run export -o "$T_TMP/adir"
t_status 1 "export onto a directory exits 1"
t_match stderr "$T_ERR" 'adir is a directory: add a file name' "the screen's rule: a file name is wanted"

t_run export --format xml
t_status 1 "an unknown format exits 1"
t_match stderr "$T_ERR" 'expected csv, json or strong' "the formats are listed"
t_run export --from 2026-11-12 --to 2026-11-10
t_status 1 "--from after --to exits 1"
t_run export stray
t_status 2 "export with an operand is a usage error"

## round trips -----------------------------------------------------------------

printf '%s\n' "$JSON" >"$T_TMP/a.json"
t_run --db "$T_TMP/rt.db" import "$T_TMP/a.json"
t_status 0 "import of the json export into an empty journal"
t_run --db "$T_TMP/rt.db" export --format json
t_eq "json round trip" "$(printf '%s\n' "$T_OUT" | grep -v exported_at)" \
	"$(printf '%s\n' "$JSON" | grep -v exported_at)" \
	"json: export, import into an empty journal, export gives the same document"

printf '%s\n' "$CSV" >"$T_TMP/a.csv"
t_run --db "$T_TMP/rt2.db" import "$T_TMP/a.csv"
t_status 0 "import of the csv export into an empty journal"
t_run --db "$T_TMP/rt2.db" export
t_eq "csv round trip" "$T_OUT" "$CSV" "csv: export, import, export gives the same file"

before=$(t_sum)
t_run import "$T_TMP/a.csv"
t_status 0 "importing the journal's own export exits 0"
t_match stdout "$T_OUT" 'imported 0 sets, 0 activities, 0 soreness, 0 sleep, 0 days and 0 day notes' \
	"its own export adds nothing to a journal"
t_eq journal "$(t_sum)" "$before" "and leaves the journal file as it was"

## what other apps bring goes back out -----------------------------------------

# Two Strong workouts on one day, with a drop set, a set to failure, a
# timed plank, a ride and a workout note.
cat >"$T_TMP/two.csv" <<'CSV'
Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2025-05-02 07:05:00,Morning,40m,Bench Press (Barbell),1,80,5,0,0,,early one,8
2025-05-02 07:05:00,Morning,40m,Bench Press (Barbell),D,60,8,0,0,,,
2025-05-02 07:05:00,Morning,40m,Plank,1,0,0,0,60,,,
2025-05-02 18:40:00,Evening,30m,Squat (Barbell),1,100,5,0,0,,,
2025-05-02 18:40:00,Evening,30m,Squat (Barbell),F,100,3,0,0,,,
2025-05-02 18:40:00,Evening,30m,Cycling (Indoor),1,0,0,8.5,1200,,,
CSV
t_run --db "$T_TMP/apps.db" import "$T_TMP/two.csv"
t_status 0 "a Strong file of two workouts in a day imports"
t_run --db "$T_TMP/apps.db" export --format strong
t_status 0 "and exports as Strong again"
STRONG=$T_OUT
t_match stdout "$STRONG" '^2025-05-02 07:05:00,herstel,[^,]*,Bench Press \(Barbell\),1,80,5,0,0,,early one,8$' \
	"the morning workout keeps its own start, and its note"
t_match stdout "$STRONG" '^2025-05-02 18:40:00,herstel,[^,]*,Squat \(Barbell\),F,100,3,' \
	"the evening workout keeps its own start; F marks the set to failure"
t_match stdout "$STRONG" '^2025-05-02 07:05:00,herstel,[^,]*,Bench Press \(Barbell\),D,60,8,' "D marks the drop set"
t_match stdout "$STRONG" '^2025-05-02 07:05:00,herstel,[^,]*,Plank,1,0,0,0,60,' "the plank keeps its 60 seconds"
t_match stdout "$STRONG" '^2025-05-02 18:40:00,herstel,[^,]*,Cycling \(Indoor\),1,0,0,8.5,1200,' \
	"the ride is written back with its distance in km and its time"
printf '%s\n' "$STRONG" >"$T_TMP/back.csv"
before=$(t_sum "$T_TMP/apps.db")
t_run --db "$T_TMP/apps.db" import "$T_TMP/back.csv"
t_status 0 "the Strong export imports into the journal it came from"
t_match stdout "$T_OUT" '^imported 0 sets, 0 activities, 0 soreness, 0 sleep, 0 days and 0 day notes' \
	"and adds nothing: every set has its workout's time"
t_eq journal "$(t_sum "$T_TMP/apps.db")" "$before" "the journal is as it was"

t_run --db "$T_TMP/apps.db" export
t_match stdout "$T_OUT" '^set,2025-05-02,07:05,bench press,60,0,8,,0,,,,,,,,,drop,,,$' "csv: a drop set"
t_match stdout "$T_OUT" '^set,2025-05-02,07:05,plank,0,1,0,,0,,,,,,,,,work,60,,$' \
	"csv: a timed set has 0 reps and its seconds"
t_match stdout "$T_OUT" '^activity,2025-05-02,18:40,Cycling \(Indoor\),,,,,,,,,,,,,,,1200,8500,$' \
	"csv: the ride is an activity"
t_match stdout "$T_OUT" '^day,2025-05-02,,,,,,,,,,,,,early one,' "csv: the workout note is the day's note"
printf '%s\n' "$T_OUT" >"$T_TMP/apps.csv"
t_run --db "$T_TMP/apps.db" export --format json
t_match stdout "$T_OUT" '"set_kind":"failure"' "json: a set to failure"
t_match stdout "$T_OUT" '"activities":\[' "json: a list of activities"
t_match stdout "$T_OUT" '"exercise":"Cycling \(Indoor\)","seconds":1200,"distance_m":8500' \
	"json: the ride with its time and distance"
printf '%s\n' "$T_OUT" >"$T_TMP/apps.json"
for f in apps.csv apps.json; do
	t_run --db "$T_TMP/rt-$f.db" import "$T_TMP/$f"
	t_status 0 "$f: imports into an empty journal"
	t_run --db "$T_TMP/rt-$f.db" export --format strong
	t_eq "$f" "$T_OUT" "$STRONG" "$f: the round trip keeps kinds, times, distances and activities"
done

done_testing
