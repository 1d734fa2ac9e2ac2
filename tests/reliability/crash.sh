#!/bin/sh
# crash.sh: a saved entry survives a crash. 200 times, a stream of
# `herstel log` commands runs in the background into one journal and the
# whole stream (shell and herstel alike) is killed with SIGKILL at a random
# moment after it started: within 50 ms, or within four times what one
# `herstel log` takes on this machine if that is longer (under valgrind or
# the sanitizers a command takes longer than 50 ms, and no kill would then
# find a command finished). After each kill: the journal passes
# PRAGMA quick_check, every command that printed "logged" is in it, and no
# command is in it by halves (a `squat 2x5` is two rows or none).
#
# HERSTEL_CRASH_RUNS (200) and HERSTEL_CRASH_MAX_MS (50) change the number of
# kills and the shortest window; HERSTEL_CRASH_SEED replays a run (the seed
# used is printed as a comment).
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}
RUNS=${HERSTEL_CRASH_RUNS:-200}
MAX_MS=${HERSTEL_CRASH_MAX_MS:-50}
SEED=${HERSTEL_CRASH_SEED:-$$}
# Commands per stream: more than can finish before the longest delay (four
# commands' time, or 50 ms).
PER_RUN=20

command -v setsid >/dev/null 2>&1 || t_skip_all "setsid (util-linux) is needed to kill a whole stream"
t_diag "seed $SEED (HERSTEL_CRASH_SEED=$SEED replays these delays)"

# The sqlite3 shell only reads (herstel itself must recover the journal), and
# waits for a lock instead of failing at once: a killed writer's locks go
# when the kernel has reaped it, a moment after the kill.
sq() { "$SQLITE3" -readonly -batch -noheader -cmd '.timeout 5000' "$HERSTEL_DB" "$1"; }

# Milliseconds since the epoch; empty where date(1) has no %N.
now_ms() { date +%s%N 2>/dev/null | sed -n 's/^\([0-9]*\)[0-9]\{6\}$/\1/p'; }

t_run log "squat 1x1 20kg # before the first crash"
t_status 0 "a journal to crash into"

# What one command takes here: the slowest of three.
one_ms=0
for i in 1 2 3; do
	t0=$(now_ms)
	"$HERSTEL" log "squat 1x1 20kg # timing $i" >/dev/null 2>&1
	t1=$(now_ms)
	[ -n "$t0" ] && [ -n "$t1" ] && [ $((t1 - t0)) -gt "$one_ms" ] && one_ms=$((t1 - t0))
done
[ $((one_ms * 4)) -gt "$MAX_MS" ] && MAX_MS=$((one_ms * 4))
t_diag "one log takes about $one_ms ms here; the kills land within $MAX_MS ms"

# The delays, in seconds, one a line: one awk for all 200.
awk -v seed="$SEED" -v n="$RUNS" -v max="$MAX_MS" \
    'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * max / 1000 }' \
    >"$T_TMP/delays"

# The stream: PER_RUN `herstel log` commands, each with its own note
# "rRUN-I" and its output in logs/RUN-I; "rRUN-I" goes to started first.
# Arguments: HERSTEL TMP RUN PER_RUN.
STREAM='i=1
while [ $i -le $4 ]; do
	echo "r$3-$i" >>"$2/started"
	"$1" log "squat 2x5 $i kg # r$3-$i" >"$2/logs/$3-$i" 2>&1
	i=$((i + 1))
done'

mkdir "$T_TMP/logs"
: >"$T_TMP/started"
: >"$T_TMP/reported"
run=1
total_reported=0
while read -r delay; do
	# setsid: the stream gets its own process group, killed as one.
	setsid sh -c "$STREAM" stream "$HERSTEL" "$T_TMP" "$run" "$PER_RUN" \
		>/dev/null 2>&1 </dev/null &
	pid=$!
	sleep "$delay"
	kill -s KILL -- "-$pid" 2>/dev/null
	wait "$pid" 2>/dev/null

	# What herstel said it logged.
	grep -l '^logged squat' "$T_TMP/logs/$run"-* 2>/dev/null |
		sed "s|.*/logs/|r|" >"$T_TMP/reported.run"
	n=$(wc -l <"$T_TMP/reported.run")
	total_reported=$((total_reported + n))
	cat "$T_TMP/reported.run" >>"$T_TMP/reported"

	t_eq "quick_check" "$(sq 'PRAGMA quick_check' 2>&1)" ok \
		"kill $run (after ${delay}s): the journal passes quick_check"
	sq "SELECT note FROM lift WHERE note LIKE 'r$run-%'" 2>&1 | sort -u >"$T_TMP/present"
	missing=$(sort "$T_TMP/reported.run" | comm -23 - "$T_TMP/present")
	t_eq "reported but missing" "$missing" "" \
		"kill $run: all $n commands that printed \"logged\" are in the journal"
	t_eq "half-written entries" \
		"$(sq "SELECT note FROM lift WHERE note LIKE 'r$run-%' GROUP BY note HAVING count(*) <> 2" 2>&1)" \
		"" "kill $run: every entry in the journal has both of its sets"
	run=$((run + 1))
done <"$T_TMP/delays"

started=$(wc -l <"$T_TMP/started")
t_diag "$started commands started, $total_reported reported success, over $RUNS kills"
[ "$total_reported" -gt 0 ]
t_ok $? "the streams made progress: $total_reported commands reported success in all"
[ "$started" -gt "$total_reported" ]
t_ok $? "the kills landed while commands ran: $started started, $total_reported reported"

# Every reported entry, over all the runs, is still there at the end.
sq "SELECT DISTINCT note FROM lift WHERE note LIKE 'r%-%'" | sort >"$T_TMP/present"
t_eq "reported but missing" "$(sort "$T_TMP/reported" | comm -23 - "$T_TMP/present")" "" \
	"at the end, all $total_reported reported entries are in the journal"
t_eq "batches" "$(sq "SELECT count(*) FROM batch b WHERE NOT EXISTS
	(SELECT 1 FROM lift l WHERE l.batch = b.id)")" 0 \
	"no batch was committed without its sets"
t_eq "first entry" "$(sq "SELECT count(*) FROM lift WHERE note = 'before the first crash'")" 1 \
	"the entry from before the crashes is still there"
t_run log "squat 1x1 20kg # after the crashes"
t_status 0 "herstel logs again after $RUNS crashes"
t_eq integrity "$(sq 'PRAGMA integrity_check')" ok "the journal passes a full integrity_check"

done_testing
