#!/bin/sh
# crash_import.sh: an import is whole or absent, whatever moment it dies.
# A herstel CSV of some 20,000 sets is made once (a few entries logged and
# exported, their rows copied onto distinct dates and times). 40 times, a
# fresh copy of a small journal gets `herstel import` of that file in the
# background, killed with SIGKILL at a random moment spread over the time an
# import takes. After each kill: the journal passes PRAGMA quick_check and
# holds either none of the file or all of it, never part.
#
# HERSTEL_CRASH_IMPORT_RUNS (40) changes the number of kills;
# HERSTEL_CRASH_SEED replays a run's delays (the seed used is printed as a
# comment).
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}
RUNS=${HERSTEL_CRASH_IMPORT_RUNS:-40}
SEED=${HERSTEL_CRASH_SEED:-$$}
BIG="$T_TMP/big.csv"
BASE="$T_TMP/base.db"

t_diag "seed $SEED (HERSTEL_CRASH_SEED=$SEED replays these delays)"

# The sqlite3 shell only reads, and waits for a lock a killed writer may
# hold until the kernel has reaped it.
sq() { "$SQLITE3" -readonly -batch -noheader -cmd '.timeout 5000' "$HERSTEL_DB" "$1"; }
live() { sq 'SELECT count(*) FROM lift WHERE removed_by IS NULL' 2>&1; }
fresh() { cp "$BASE" "$HERSTEL_DB" && rm -f "$HERSTEL_DB-wal" "$HERSTEL_DB-shm"; }
# Milliseconds since the epoch; empty where date(1) has no %N.
now_ms() { date +%s%N 2>/dev/null | sed -n 's/^\([0-9]*\)[0-9]\{6\}$/\1/p'; }

## the base journal and the file to import --------------------------------

t_run log "squat 3x5 100kg # base"
t_run log "bench press 2x8 60kg # base"
t_run log "deadlift 1x3 140kg"
t_run sleep 7
t_status 0 "a small journal to import into"
cp "$HERSTEL_DB" "$BASE" && rm -f "$HERSTEL_DB-wal" "$HERSTEL_DB-shm"
t_run export --format csv -o "$T_TMP/seed.csv"
t_status 0 "its sets exported as herstel CSV, to copy"
BASE_N=$(live)
t_eq "base sets" "$BASE_N" 6 "the base journal has 6 sets"

# make_big N: the header and N set rows copied from the export, each on its
# own date (2001-01-01 on, three times a day) with its own weight and reps.
make_big() {
	awk -F, -v n="$1" 'NR == 1 { print; next }
	$1 == "set" { t[++k] = $0 }
	END {
		i = 0
		for (y = 2001; i < n; y++) for (m = 1; m <= 12 && i < n; m++)
		for (d = 1; d <= 28 && i < n; d++) for (h = 6; h <= 8 && i < n; h++) {
			nf = split(t[i % k + 1], f, ",")
			f[2] = sprintf("%04d-%02d-%02d", y, m, d)
			f[3] = sprintf("%02d:%02d", h, (i * 7) % 60)
			f[5] = f[5] + (i % 9) * 2.5
			f[7] = 1 + i % 12
			f[15] = "imp-" i
			line = f[1]
			for (j = 2; j <= nf; j++) line = line "," f[j]
			print line
			i++
		}
	}' "$T_TMP/seed.csv" >"$BIG"
}

# How long one import takes here, so the kills spread over it: the file
# grows until an import takes 0.3 s or more (or 160,000 sets).
N=20000
while :; do
	make_big "$N"
	fresh
	t0=$(now_ms)
	"$HERSTEL" import "$BIG" >"$T_TMP/out" 2>"$T_TMP/err"
	st=$?
	t1=$(now_ms)
	[ "$st" -eq 0 ] || break
	if [ -z "$t0" ] || [ -z "$t1" ]; then DUR_MS=1000; break; fi
	DUR_MS=$((t1 - t0))
	[ "$DUR_MS" -ge 300 ] && break
	[ "$N" -ge 160000 ] && break
	N=$((N * 2))
done
T_STATUS=$st T_OUT=$(cat "$T_TMP/out") T_ERR=$(cat "$T_TMP/err")
t_status 0 "the import of $N sets runs to the end when left alone"
t_match stdout "$T_OUT" "^imported $N sets" "and reports all $N sets"
t_eq "sets" "$(live)" "$((BASE_N + N))" "and the journal then holds the base and the file"
t_diag "an import of $N sets takes about $DUR_MS ms here"
WHOLE=$((BASE_N + N))

## the kills ------------------------------------------------------------------

# Delays from 0 to 1.25 times an import's duration: most land inside it,
# some after it ended.
awk -v seed="$SEED" -v n="$RUNS" -v max="$DUR_MS" \
    'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * max * 1.25 / 1000 }' \
    >"$T_TMP/delays"

absent=0 whole=0 finished=0
run=1
while read -r delay; do
	fresh
	"$HERSTEL" import "$BIG" >/dev/null 2>&1 </dev/null &
	pid=$!
	sleep "$delay"
	kill -s KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	st=$?

	t_eq "quick_check" "$(sq 'PRAGMA quick_check' 2>&1)" ok \
		"kill $run (after ${delay}s): the journal passes quick_check"
	n=$(live)
	if [ "$st" -eq 0 ]; then
		finished=$((finished + 1))
		what="the import finished before the kill"
		[ "$n" = "$WHOLE" ]
	elif [ "$n" = "$BASE_N" ]; then
		absent=$((absent + 1))
		what="killed (status $st), the import is absent"
	elif [ "$n" = "$WHOLE" ]; then
		whole=$((whole + 1))
		what="killed (status $st) after the commit, the import is whole"
	else
		what="killed (status $st), the journal holds $n sets: part of the import"
		false
	fi
	r=$?
	[ $r -eq 0 ] || t_diag "$n sets, want $BASE_N (absent) or $WHOLE (whole)"
	t_ok $r "kill $run: $what"
	run=$((run + 1))
done <"$T_TMP/delays"

t_diag "of $RUNS: $absent killed with the import absent, $whole killed after its commit, $finished finished before the kill"
t_eq "runs" "$((absent + whole + finished))" "$RUNS" "every run ended absent, whole or finished"
if [ "$DUR_MS" -lt 50 ]; then
	t_ok 0 "some kills landed mid-import # SKIP an import takes only $DUR_MS ms here"
else
	[ "$absent" -gt 0 ]
	t_ok $? "some kills landed mid-import and left it absent ($absent of $RUNS)"
fi

# The last killed journal takes the import again, whole.
t_run import "$BIG"
t_status 0 "after the last kill, the import runs again"
t_eq "sets" "$(live)" "$WHOLE" "and the journal holds the base and the whole file once"
t_eq integrity "$(sq 'PRAGMA integrity_check' 2>&1)" ok "the journal passes integrity_check"

done_testing
