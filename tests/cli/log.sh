#!/bin/sh
# log.sh: writing the journal from the command line (log, sore, sleep, day,
# undo), the dates and times entries get, and input that must be refused
# without writing anything.
. "$TESTS_SRCDIR/lib.sh"

# A new, empty journal for the next checks.
N_DB=0
fresh() {
	N_DB=$((N_DB + 1))
	HERSTEL_DB="$T_TMP/journal$N_DB.db"
}

# refuse PATTERN NAME ARGS...: herstel ARGS exits 1 with PATTERN on stderr,
# nothing on stdout, and the journal byte for byte unchanged.
refuse() {
	r_pat=$1 r_name=$2
	shift 2
	r_before=$(t_sum)
	t_run "$@"
	t_status 1 "$r_name: exit 1"
	t_match stderr "$T_ERR" "$r_pat" "$r_name: the message says why"
	t_eq stdout "$T_OUT" "" "$r_name: nothing on stdout"
	t_eq checksum "$(t_sum)" "$r_before" "$r_name: the journal is unchanged"
}

# usage PATTERN NAME ARGS...: a usage error, exit 2, journal unchanged.
usage() {
	u_pat=$1 u_name=$2
	shift 2
	u_before=$(t_sum)
	t_run "$@"
	t_status 2 "$u_name: exit 2"
	t_match stderr "$T_ERR" "$u_pat" "$u_name: the message says why"
	t_eq checksum "$(t_sum)" "$u_before" "$u_name: the journal is unchanged"
}

live_lifts() { t_sql 'SELECT count(*) FROM lift WHERE removed_by IS NULL'; }

## the examples ---------------------------------------------------------------

fresh
t_run log "squat 5x5 100kg @8"
t_status 0 'log "squat 5x5 100kg @8" exits 0'
t_match stdout "$T_OUT" '^logged squat' "log confirms what it logged"
t_eq "rows" "$(t_sql 'SELECT count(*) FROM lift')" 5 "squat 5x5 makes 5 rows in lift"
t_eq "row values" "$(t_sql "SELECT DISTINCT e.name, l.reps, l.weight_kg, l.rpe, l.bodyweight,
	l.kind, l.date, l.time FROM lift l JOIN exercise e ON e.id = l.exercise_id")" \
	"squat|5|100.0|8.0|0|work|2026-11-17|12:00" \
	"each row: squat, 5 reps, 100 kg, RPE 8, on 2026-11-17 at 12:00 (the pinned clock)"
t_eq "live rows" "$(live_lifts)" 5 "the new rows are live (removed_by IS NULL)"
t_eq "groups of squat" "$(t_sql "SELECT g.grp || ':' || g.role FROM exercise_group g
	JOIN exercise e ON e.id = g.exercise_id WHERE e.name = 'squat' AND g.role = 'primary'")" \
	"quads:primary" "the journal keeps squat's groups (quads primary)"
t_eq "batches" "$(t_sql 'SELECT count(*) FROM batch')" 1 "one log is one batch"

fresh
t_run log "pull-up 3x8 bw+10"
t_status 0 'log "pull-up 3x8 bw+10" exits 0'
t_eq "rows" "$(t_sql 'SELECT count(*), min(reps), max(reps), min(bodyweight),
	min(weight_kg), max(weight_kg) FROM lift')" "3|8|8|1|10.0|10.0" \
	"pull-up 3x8 bw+10: 3 rows of 8 reps, bodyweight=1, weight 10"
t_eq "rpe" "$(t_sql 'SELECT count(*) FROM lift WHERE rpe IS NULL')" 3 \
	"no RPE given: the rows' rpe is NULL"

fresh
t_run log "bench press 8,8,6 80 @9 # paused"
t_status 0 'log "bench press 8,8,6 80 @9 # paused" exits 0'
t_eq "reps" "$(t_sql "SELECT group_concat(reps, ',') FROM (SELECT reps FROM lift ORDER BY id)")" \
	"8,8,6" "bench press 8,8,6: three rows with reps 8, 8 and 6"
t_eq "values" "$(t_sql 'SELECT DISTINCT weight_kg, rpe, note FROM lift')" "80.0|9.0|paused" \
	"a bare 80 is kg, RPE 9, note \"paused\""
t_eq "exercise" "$(t_sql 'SELECT DISTINCT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id')" \
	"bench press" "the rows are bench press"

fresh
t_run log "squat 3x5 225lb"
t_status 0 "a weight in lb is accepted"
t_eq "kg" "$(t_sql 'SELECT DISTINCT round(weight_kg, 2) FROM lift')" 102.06 "225lb is stored as 102.06 kg"

fresh
t_run sore quads=2 glutes=1
t_status 0 "sore quads=2 glutes=1 exits 0"
t_eq "soreness" "$(t_sql "SELECT group_concat(grp || '=' || level || '@' || date || ' ' || time, ';')
	FROM (SELECT * FROM soreness ORDER BY grp)")" \
	"glutes=1@2026-11-17 12:00;quads=2@2026-11-17 12:00" \
	"two soreness rows, today at the current time"
t_match stdout "$T_OUT" 'quads 2' "sore confirms quads 2"

# A group as a person types it, the two words of a name unquoted too.
fresh
t_run sore mid back=2 lowback=1 "Hams=3" upper_back=1 2>/dev/null
t_status 1 "a group herstel does not have (upper_back) refuses the whole command"
t_eq "nothing" "$(t_sql 'SELECT count(*) FROM soreness')" 0 "... and writes none of it"
t_run sore mid back=2 lowback=1 "Hams=3"
t_status 0 "sore mid back=2 lowback=1 Hams=3 exits 0"
t_eq "soreness" "$(t_sql "SELECT group_concat(grp || '=' || level, ';')
	FROM (SELECT * FROM soreness ORDER BY grp)")" \
	"hamstrings=3;lower_back=1;middle_back=2" "the journal keeps the ids"
t_match stdout "$T_OUT" '^logged soreness mid back 2 on ' "the confirmation names the mid back as the screens do"
t_match stdout "$T_OUT" '^logged soreness low back 1 on ' "... and the low back"

fresh
t_run sleep 6.5 --quality 3
t_status 0 "sleep 6.5 --quality 3 exits 0"
t_eq "sleep" "$(t_sql 'SELECT date, hours, quality FROM sleep')" "2026-11-17|6.5|3" \
	"sleep row: today, 6.5 h, quality 3"

t_run sleep 8
t_status 0 "sleep without --quality exits 0"
t_eq "sleep" "$(t_sql 'SELECT hours, quality IS NULL FROM sleep WHERE removed_by IS NULL')" "8.0|1" \
	"a new sleep for the same night replaces it; no quality is NULL"
t_eq "replaced" "$(t_sql 'SELECT hours FROM sleep WHERE removed_by IS NOT NULL')" "6.5" \
	"the replaced sleep is kept, marked removed"

fresh
t_run day rest --note "legs heavy, slept badly"
t_status 0 'day rest --note "..." exits 0'
t_eq "day" "$(t_sql 'SELECT date, kind, note FROM day')" "2026-11-17|rest|legs heavy, slept badly" \
	"day row: today, rest, with the note"
t_run day --note "walked instead"
t_status 0 "day --note alone exits 0"
t_eq "day" "$(t_sql 'SELECT kind, note FROM day WHERE removed_by IS NULL')" "rest|walked instead" \
	"day --note keeps the kind already set for the day"

# The examples of herstel(1).
fresh
t_run log "squat 5x5 100kg @8" "leg curl 3x12 40kg"
t_status 0 'log "squat 5x5 100kg @8" "leg curl 3x12 40kg" exits 0'
t_eq rows "$(t_sql "SELECT group_concat(n, ' ') FROM (SELECT e.name || ':' || count(*) AS n
	FROM lift l JOIN exercise e ON e.id = l.exercise_id GROUP BY e.name ORDER BY e.name)")" \
	"leg curl:3 squat:5" "both entries are logged"
t_run sleep 6.5 --quality 3 --date yesterday
t_status 0 "sleep 6.5 --quality 3 --date yesterday (options after the hours) exits 0"
t_eq sleep "$(t_sql 'SELECT date, hours, quality FROM sleep')" "2026-11-16|6.5|3" \
	"options after the hours are read"

## dates and times ------------------------------------------------------------

fresh
t_run log --date yesterday "squat 1x5 100kg"
t_status 0 "log --date yesterday exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-11-16|12:00" \
	"--date yesterday: 2026-11-16 at the default 12:00"

fresh
t_run log --date -2 "squat 1x5 100kg"
t_status 0 "log --date -2 exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-11-15|12:00" \
	"--date -2: 2026-11-15 at 12:00"

fresh
t_run log --date 2026-10-31 "squat 1x5 100kg"
t_status 0 "log --date YYYY-MM-DD exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-10-31|12:00" \
	"--date 2026-10-31: that date at 12:00"

fresh
t_run log --date 2026-10-31 --time 07:45 "squat 1x5 100kg"
t_status 0 "log --date --time exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-10-31|07:45" \
	"--time 07:45 sets the time"

fresh
t_run log --time 06:30 "squat 1x5 100kg"
t_status 0 "log --time alone exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-11-17|06:30" \
	"--time alone: today at that time"

fresh
HERSTEL_AT="2026-11-17 19:25"
t_run log "squat 1x5 100kg"
t_status 0 "log with the clock at 19:25 exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-11-17|19:25" \
	"no --date: today at the current time"
fresh
t_run log --date yesterday "squat 1x5 100kg"
HERSTEL_AT="2026-11-17 12:00"
t_eq "when" "$(t_sql 'SELECT date, time FROM lift')" "2026-11-16|12:00" \
	"another date: 12:00, not the current time"

fresh
t_run sore --date yesterday quads=2
t_status 0 "sore --date yesterday exits 0"
t_eq "when" "$(t_sql 'SELECT date, time FROM soreness')" "2026-11-16|08:00" \
	"soreness on another date defaults to 08:00"

fresh
t_run sore --date yesterday --time 21:10 quads=1
t_eq "when" "$(t_sql 'SELECT date, time FROM soreness')" "2026-11-16|21:10" \
	"sore --time sets the time"

fresh
t_run sleep --date yesterday 7
t_status 0 "sleep --date yesterday exits 0"
t_eq "date" "$(t_sql 'SELECT date FROM sleep')" "2026-11-16" "sleep --date yesterday is for 2026-11-16"

fresh
t_run day --date -3 training
t_status 0 "day --date -3 exits 0"
t_eq "date" "$(t_sql 'SELECT date, kind FROM day')" "2026-11-14|training" "day --date -3 is for 2026-11-14"

# The future (a date after today) is logged, and the confirmation says so.
fresh
t_run log --date 2026-11-19 "squat 5x5 100kg"
t_status 0 "log on a date two days ahead exits 0"
t_eq "confirmation" "$T_OUT" "logged squat: 5 sets of 5 at 100 kg on Thu 19 Nov 2026 12:00
Thu 19 Nov 2026 is 2 days from today: this was logged into the future (herstel undo takes it back)" \
	"the confirmation says the sets were logged into the future"
t_eq "when" "$(t_sql 'SELECT DISTINCT date FROM lift')" "2026-11-19" "... and they are on that day"
t_run log --date 2026-11-18 "bench press 3x5 60kg"
t_match stdout "$T_OUT" "^Wed 18 Nov 2026 is tomorrow: this was logged into the future" "tomorrow is the future too"
for cmd in "sore --date 2026-11-20 quads=1" "sleep --date 2026-11-20 7" "day --date 2026-11-20 rest"; do
	t_run $cmd
	t_match stdout "$T_OUT" "^Fri 20 Nov 2026 is 3 days from today: this was logged into the future" \
		"${cmd%% *} into the future says so"
done
t_run log --time 20:00 "squat 1x5 100kg"
t_nomatch stdout "$T_OUT" "future" "a later time today is not the future"
t_run log --date 2026-11-16 "squat 1x5 100kg"
t_nomatch stdout "$T_OUT" "future" "nor is yesterday"

## one entry or several -------------------------------------------------------

fresh
t_run log squat 3x5 100kg
t_status 0 "unquoted words exit 0"
t_eq "rows" "$(t_sql "SELECT count(*), count(DISTINCT exercise_id), min(reps), min(weight_kg)
	FROM lift")" "3|1|5|100.0" "log squat 3x5 100kg (unquoted) is one entry: 3 sets of 5 at 100 kg"

fresh
t_run log bench press 3x5 80kg @8
t_status 0 "unquoted words with a two-word name exit 0"
t_eq "rows" "$(t_sql "SELECT count(*), min(e.name), min(l.rpe) FROM lift l
	JOIN exercise e ON e.id = l.exercise_id")" "3|bench press|8.0" \
	"log bench press 3x5 80kg @8 (unquoted) is one bench press entry"

fresh
t_run log "squat 3x5 100kg" "bench press 3x8 60kg"
t_status 0 "two quoted entries exit 0"
t_eq "rows" "$(live_lifts)" 6 "two quoted entries log both (3 + 3 rows)"
t_eq "batches" "$(t_sql 'SELECT count(*), count(DISTINCT l.batch) FROM batch, lift l')" "6|1" \
	"both entries are one batch"
t_run undo
t_status 0 "undo after two entries exits 0"
t_eq "rows" "$(t_sql 'SELECT count(*) FROM lift')" 0 "undo takes both entries back"
t_eq "batches" "$(t_sql 'SELECT count(*) FROM batch')" 0 "and the batch is gone"

## refused input --------------------------------------------------------------

fresh
t_run log "squat 1x5 100kg"
t_status 0 "a journal to refuse things against"
t_run sleep --date yesterday 7
t_run day --date yesterday rest

refuse 'unknown exercise "sqaut" \(did you mean: squat\?\)' "an unknown exercise" \
	log "sqaut 5x5 100kg"
refuse 'RPE must be from 1 to 10, got 11' "RPE 11" log "squat 5x5 100kg @11"
refuse 'reps must be from 1 to [0-9]+, got 0' "reps 0" log "squat 5x0 100kg"
refuse 'reps must be from 1 to [0-9]+, got 0' "reps 0 in a list" log "squat 5,0,5 100kg"
refuse 'sets must be from 1' "sets 0" log "squat 0x5 100kg"
refuse 'weight must be from 0' "a negative weight" log "squat 5x5 -100kg"
refuse 'weight must be from 0 to 1000 kg' "an absurd weight" log "squat 5x5 5000kg"
refuse 'weight must be from 0 to 1000 kg' "an absurd weight in lb" log "squat 5x5 3000lb"
refuse 'unknown group "quadz" \(groups: chest, shoulders, triceps, biceps, forearms, lats, mid back, traps, low back, abs, glutes, quads, hamstrings, hips, calves\)' \
	"sore with an unknown group lists the valid names" sore quadz=2
refuse 'soreness must be 0 \(none\), 1 \(mild\), 2 \(moderate\) or 3 \(severe\), got "4"' \
	"soreness level 4" sore quads=4
refuse 'expected GROUP=LEVEL' "sore without =LEVEL" sore quads
refuse 'bad date "2026-02-30"' "--date 2026-02-30" log --date 2026-02-30 "squat 5x5 100kg"
refuse 'bad date "tomorrowish"' "--date tomorrowish" log --date tomorrowish "squat 5x5 100kg"
refuse 'bad date "2026-13-01"' "sleep --date 2026-13-01" sleep --date 2026-13-01 7
refuse 'bad time "25:00"' "--time 25:00" log --time 25:00 "squat 5x5 100kg"
refuse 'bad time "25:00"' "sore --time 25:00" sore --time 25:00 quads=1
refuse 'hours must be a number from 0 to 24, got "25"' "sleep 25" sleep 25
refuse 'hours must be a number from 0 to 24, got "-1"' "sleep -1" sleep -- -1
refuse 'hours must be a number from 0 to 24, got "lots"' "sleep lots" sleep lots
refuse '--quality must be from 1 to 5, got "6"' "sleep --quality 6" sleep 7 --quality 6
refuse 'unknown kind of day "lazy"' "an unknown kind of day" day lazy
refuse 'RPE must be from 1 to 10, got 12' \
	"several entries with only the last bad" log "squat 5x5 100kg" "bench 3x5 @12"
refuse 'unknown exercise "sqaut"' \
	"several entries with only the last unknown" log "squat 5x5 100kg" "sqaut 3x5"
t_eq "rows" "$(t_sql 'SELECT count(*) FROM lift')" 1 \
	"nothing was written by the refused commands: still the one set"
t_eq "batches" "$(t_sql 'SELECT count(*) FROM batch')" 3 "and still three batches"

# Short words: the core exercise they mean, or a refusal that names the
# candidates, never a guess from the large catalogue.
refuse '"row" is ambiguous: barbell row, dumbbell row$' \
	'"row 5 60" is refused with the candidates (it was a rowing machine)' log "row 5 60"
refuse '"press" is ambiguous: leg press, bench press, ' '"press" is refused with the candidates' \
	log "press 5 60"
refuse '"raise" is ambiguous: calf raise, lateral raise, hanging leg raise$' \
	'"raise" is refused with the candidates' log "raise 3x12 10"
for w in "curl:biceps curl" "dip:dip" "fly:chest fly" "pulldown:lat pulldown" \
	"bench:bench press" "barbell row:barbell row"; do
	fresh
	t_run log "${w%%:*} 3x10 20"
	t_match stdout "$T_OUT" "^logged ${w#*:}: 3 sets of 10 at 20 kg on " "log \"${w%%:*}\" is ${w#*:}"
	t_eq "exercise" "$(t_sql 'SELECT DISTINCT e.name FROM lift l JOIN exercise e ON e.id = l.exercise_id')" \
		"${w#*:}" "... in the journal too"
done

usage 'nothing to log' "log without an entry" log
usage 'usage: herstel sleep' "sleep without hours" sleep
usage 'usage: herstel sleep' "sleep --quality without hours" sleep --quality 3
usage 'usage: herstel sore' "sore without GROUP=LEVEL" sore
usage 'usage: herstel day' "day without kind or note" day
usage 'usage: herstel undo' "undo with an operand" undo all

## undo -----------------------------------------------------------------------

fresh
t_run undo
t_status 0 "undo on an empty journal exits 0"
t_match stdout "$T_OUT" '^nothing to undo$' 'undo on an empty journal says "nothing to undo"'

t_run log "squat 5x5 100kg @8"
t_run log "bench press 3x5 80kg"
t_run undo
t_status 0 "undo after log exits 0"
t_match stdout "$T_OUT" '^undone: log bench press 3x5 80kg$' "undo names what it took back"
t_eq "rows" "$(t_sql "SELECT count(*), min(e.name) FROM lift l JOIN exercise e ON e.id = l.exercise_id")" \
	"5|squat" "undo removes the last log only"
t_run undo
t_eq "rows" "$(t_sql 'SELECT count(*) FROM lift')" 0 "a second undo removes the first log"
t_run undo
t_match stdout "$T_OUT" '^nothing to undo$' "then there is nothing to undo"
t_eq exercises "$(t_sql 'SELECT count(*) FROM exercise')" 0 \
	"and the exercises the logs added to the journal are gone too"

t_run exercises --add "zwaai rij" --primary quads --secondary glutes,abs
t_status 0 "exercises --add adds an own exercise"
t_run undo
t_match stdout "$T_OUT" '^undone: add exercise zwaai rij$' "undo names the added exercise"
t_eq exercise "$(t_sql "SELECT count(*) FROM exercise WHERE name = 'zwaai rij'")" 0 \
	"undo takes back an added exercise"
t_eq groups "$(t_sql 'SELECT count(*) FROM exercise_group')" 0 "and its groups"
t_run exercises zwaai
t_status 1 "the exercise is no longer listed"
t_run log "zwaai rij 3x5 60kg"
t_status 1 "nor can it be logged"

fresh
t_run sleep --date 2026-11-16 7.5 --quality 4
t_run sleep --date 2026-11-16 5
t_eq "sleep" "$(t_sql 'SELECT hours FROM sleep WHERE removed_by IS NULL')" 5.0 \
	"the second sleep for a night replaces the first"
t_run undo
t_status 0 "undo of a replacing sleep exits 0"
t_eq "sleep" "$(t_sql 'SELECT hours, quality FROM sleep WHERE removed_by IS NULL')" "7.5|4" \
	"undo brings the replaced sleep back"
t_eq "sleep rows" "$(t_sql 'SELECT count(*) FROM sleep')" 1 "and the replacing one is gone"

fresh
t_run day --date yesterday rest --note "tired"
t_run day --date yesterday training
t_run undo
t_eq "day" "$(t_sql 'SELECT kind, note FROM day WHERE removed_by IS NULL')" "rest|tired" \
	"undo of a day brings the replaced day back"

fresh
t_run sore quads=2 glutes=1
t_run undo
t_eq "soreness" "$(t_sql 'SELECT count(*) FROM soreness')" 0 "undo takes back a sore command"

## sets that differ on one line, and a time on the line -------------------

fresh
t_run log "bench press 100x5 @9, 85x8, 85x8 @8 # top set"
t_status 0 "a line of sets with their own loads exits 0"
t_match stdout "$T_OUT" "^logged bench press: 1 set of 5 at 100 kg, RPE 9; 1 set of 8 at 85 kg; 1 set of 8 at 85 kg, RPE 8, note \"top set\" on " \
	"and says how it read each set"
t_eq "sets" "$(t_sql 'SELECT weight_kg, reps, ifnull(rpe, 0), note FROM lift ORDER BY id')" \
	"100.0|5|9.0|top set
85.0|8|0|top set
85.0|8|8.0|top set" "each set is stored with its own load and RPE"
t_eq "batches" "$(t_sql 'SELECT count(DISTINCT batch) FROM lift')" 1 "as one undo step"

fresh
t_run log "squat 82,5kgx3, 2x2 90 kg"
t_status 0 "a decimal comma before a unit, and a group without a load of its own"
t_eq "sets" "$(t_sql 'SELECT weight_kg, reps FROM lift ORDER BY id')" "82.5|3
90.0|2
90.0|2" "82,5kg is 82.5 kg"

fresh
t_run log "squat 5x100"
t_status 1 "5x100 (500 reps, or 100 for 5?) is refused"
t_match stderr "$T_ERR" '"5x100" is 5 sets of 100 reps, or 100 for 5 reps\? Write 100x5' \
	"with both readings and what to write"
t_eq "rows" "$(t_sql 'SELECT count(*) FROM lift')" 0 "and nothing is written"
t_run log "squat 100x5"
t_eq "sets" "$(t_sql 'SELECT weight_kg, reps FROM lift')" "100.0|5" \
	"100x5 is 5 reps at 100: 100 cannot be a set count"

fresh
t_run log --date yesterday "squat 3x5 100 18:30"
t_status 0 "a time of day on the line exits 0"
t_match stdout "$T_OUT" "on Mon 16 Nov 2026 18:30\$" "and the confirmation says that time"
t_run log --date yesterday "bench press 3x8 60"
t_eq "when" "$(t_sql 'SELECT DISTINCT date, time FROM lift')" "2026-11-16|18:30" \
	"a later set of a past day, without a time, takes the day's time, not 12:00"
t_run log --date yesterday "squat 2x5 100 25:00"
t_status 1 "a time out of range is refused"
t_match stderr "$T_ERR" 'bad time "25:00"' "and named"

## a day again: log --repeat ----------------------------------------------

fresh
t_run log --date 2026-11-10 --time 18:00 "bench press 2x5 60 warmup" \
	"bench press 100x5 @9, 85x8, 85x8 @8 # heavy" "pull-up 3x8"
t_run log --repeat 2026-11-10
t_status 0 "log --repeat DATE exits 0"
t_eq out "$T_OUT" "logged 8 sets of Tue 10 Nov 2026 again on Tue 17 Nov 2026 12:00:
  bench press 2x5 60kg warmup, 100x5 @9, 85x8, 85x8 @8
  pull-up 3x8 bw" "it says each exercise's sets as a line that logs them again"
t_eq today "$(t_sql "SELECT time, weight_kg, reps, ifnull(rpe, 0), kind, note FROM lift WHERE date = '2026-11-17' ORDER BY id")" \
	"12:00|60.0|5|0|warmup|
12:00|60.0|5|0|warmup|
12:00|100.0|5|9.0|work|
12:00|85.0|8|0|work|
12:00|85.0|8|8.0|work|
12:00|0.0|8|0|work|
12:00|0.0|8|0|work|
12:00|0.0|8|0|work|" "today holds the same sets, in their order, without the day's notes"
t_eq batches "$(t_sql "SELECT count(DISTINCT batch) FROM lift WHERE date = '2026-11-17'")" 1 \
	"as one batch"
t_run undo
t_match undo "$T_OUT" "^undone: repeat 2026-11-10" "undo says what it takes back"
t_eq left "$(t_sql "SELECT count(*) FROM lift WHERE date = '2026-11-17' AND removed_by IS NULL")" 0 \
	"and takes back the whole repeat"
t_run log --repeat 2026-11-10 --date yesterday --time 07:30
t_eq when "$(t_sql "SELECT DISTINCT date, time FROM lift WHERE date = '2026-11-16'")" "2026-11-16|07:30" \
	"--date and --time place the repeat"
t_run log --repeat 2026-11-11
t_status 1 "a day without sets is refused"
t_match err "$T_ERR" "nothing to repeat: 2026-11-11 has no sets" "and said so"
t_run log --repeat 2026-11-10 "squat 5x5"
t_status 2 "--repeat with entries is a usage error"
t_run log --repeat 2026-13-01
t_status 1 "a bad --repeat date is refused"
t_match err "$T_ERR" "^herstel: log: --repeat: " "and named"

done_testing
