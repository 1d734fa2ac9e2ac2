#!/bin/sh
# faults.sh: I/O faults, injected, never cost an acknowledged entry, never
# damage the journal and never leave an export half-written.
#
# Two kinds of fault, over log, import, export, undo and a migration:
#  - libfiu (fiu-run -x): every POSIX I/O call (read, write, sync, open,
#    close, rename, unlink, mmap, the stdio ones for export) fails at
#    random, at three probabilities;
#  - tests/reliability/failcall.so (LD_PRELOAD, built by make check): the
#    Nth call of one function fails, for every N a counting run found
#    (write and pwrite, fsync, fdatasync, open, rename, mmap, read and
#    pread, ftruncate, unlink), and a failed commit's sync with a failed
#    unlink after it, which left a \"failed\" commit in the -wal.
# A ledger keeps every entry herstel acknowledged (exit 0, "logged ...",
# "imported ..."). Afterwards the journal passes integrity_check and holds
# every acknowledged entry, no import landed in part, every export is
# whole or absent, and no herstel crashed (exit 0 or 1 only).
#
# HERSTEL_FAULT_RUNS (8) sets the fiu runs per operation and probability;
# HERSTEL_FAULT_MAX (25) the most calls of one function failed one by one.
. "$TESTS_SRCDIR/lib.sh"

t_require sqlite3 fiu-run python3
SQLITE3=${SQLITE3_BIN:-sqlite3}
[ -n "${FAILCALL_SO:-}" ] && [ -f "$FAILCALL_SO" ] ||
	t_bail "FAILCALL_SO (tests/reliability/failcall.so, built by make check) is missing"
sq() { "$SQLITE3" -batch -noheader "$@"; }
# The preload libraries come before a sanitizer's runtime: let it be.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS
# libfiu's preload libraries crash a herstel built with AddressSanitizer
# unless its runtime is loaded first; fiu-run cannot be told so, so for
# such a herstel its environment is set here, as fiu-run -n prints it.
asan_rt=$(ldd "$HERSTEL" 2>/dev/null | awk '/libasan/ { print $3; exit }')
fiu_preload=$(fiu-run -x -n -f "" true | sed -n 's/^LD_PRELOAD="\(.*\)" \\$/\1/p')
[ -z "$asan_rt" ] || [ -n "$fiu_preload" ] ||
	t_bail "fiu-run -x -n printed no LD_PRELOAD to put the sanitizer's runtime before"

fiu_runs=${HERSTEL_FAULT_RUNS:-8}
max_calls=${HERSTEL_FAULT_MAX:-25}
J=$HERSTEL_DB
LEDGER="$T_TMP/ledger"
: >"$LEDGER"
runs=0 ok=0 failed=0 crashed=0 acked=0 partial=0 halfexports=0 undo_wrong=0
"$HERSTEL" log "squat 5x5 100kg # base" >/dev/null && echo base >>"$LEDGER"
t_ok $? "a journal to fault"

# faulted HOW SPEC ARGS...: herstel ARGS with HOW (fiu: a probability for
# every POSIX I/O point; call: a FAILCALL spec, counted on files of $T_TMP).
faulted() {
	f_how=$1 f_spec=$2
	shift 2
	runs=$((runs + 1))
	case $f_how in
	fiu) if [ -z "$asan_rt" ]; then
		fiu-run -x -f "" -c "enable_random name=posix/io/*,probability=$f_spec" \
			-c "enable_random name=posix/mm/mmap,probability=$f_spec" \
			-c "enable_random name=posix/stdio/*,probability=$f_spec" \
			"$HERSTEL" "$@" >"$T_TMP/out" 2>"$T_TMP/err"
	else
		FIU_ENABLE="enable_random name=posix/io/*,probability=$f_spec
enable_random name=posix/mm/mmap,probability=$f_spec
enable_random name=posix/stdio/*,probability=$f_spec" FIU_CTRL_FIFO="" \
			LD_PRELOAD="$asan_rt $fiu_preload" "$HERSTEL" "$@" >"$T_TMP/out" 2>"$T_TMP/err"
	fi ;;
	call) FAILCALL=$f_spec FAILCALL_PATH=$T_TMP LD_PRELOAD=$FAILCALL_SO \
		"$HERSTEL" "$@" >"$T_TMP/out" 2>"$T_TMP/err" ;;
	count) FAILCALL_COUNT=$f_spec FAILCALL_PATH=$T_TMP LD_PRELOAD=$FAILCALL_SO \
		"$HERSTEL" "$@" >"$T_TMP/out" 2>"$T_TMP/err" ;;
	esac
	T_STATUS=$?
	case $T_STATUS in
	0) ok=$((ok + 1)) ;;
	1) failed=$((failed + 1)) ;;
	*) crashed=$((crashed + 1))
	   t_diag "herstel $* under $f_how $f_spec exited $T_STATUS: $(head -c 300 "$T_TMP/err")" ;;
	esac
}

# The operations. Each takes HOW SPEC and checks what it can at once.
n=0
op_log() {
	n=$((n + 1))
	faulted "$1" "$2" log "squat 1x5 100kg # log-$n"
	if [ "$T_STATUS" -eq 0 ] && grep -q '^logged squat' "$T_TMP/out"; then
		echo "log-$n" >>"$LEDGER"
		acked=$((acked + 1))
	fi
}
op_import() {
	n=$((n + 1))
	{
		echo 'kind,date,time,exercise,weight_kg,bodyweight,reps,rpe,warmup,group,level,hours,quality,day,note,primary,secondary'
		for i_k in 1 2 3; do echo "set,2026-11-1$i_k,07:00,deadlift,140,0,5,8,0,,,,,,imp-$n-$i_k,,"; done
	} >"$T_TMP/imp.csv"
	faulted "$1" "$2" import "$T_TMP/imp.csv"
	got=$(sq "$J" "SELECT count(*) FROM lift WHERE note LIKE 'imp-$n-%'" 2>/dev/null)
	if [ "$got" != 0 ] && [ "$got" != 3 ]; then
		partial=$((partial + 1))
		t_diag "import under $1 $2 left $got of its 3 sets"
	fi
	if [ "$T_STATUS" -eq 0 ] && grep -q '^imported 3 sets' "$T_TMP/out"; then
		printf 'imp-%s-1\nimp-%s-2\nimp-%s-3\n' $n $n $n >>"$LEDGER"
		acked=$((acked + 3))
	fi
}
# An export over an older complete one: afterwards the file is the new
# export whole (as a faultless export now writes it) or the old one.
op_export() {
	fmt=$3
	out="$T_TMP/exports/out.$fmt"
	mkdir -p "$T_TMP/exports"
	"$HERSTEL" export --format "$fmt" -o "$T_TMP/exports/want.$fmt" >/dev/null 2>&1
	printf 'an older export\n' >"$out"
	faulted "$1" "$2" export --format "$fmt" -o "$out"
	if ! cmp -s "$out" "$T_TMP/exports/want.$fmt" && [ "$(cat "$out")" != "an older export" ]; then
		halfexports=$((halfexports + 1))
		t_diag "export $fmt under $1 $2 (exit $T_STATUS) left a file that is neither"
	fi
	# A temp file left behind must be one the message names.
	for tmp in "$T_TMP"/exports/.herstel-export*; do
		[ -e "$tmp" ] || continue
		if ! grep -qF "the unfinished file $tmp could not be removed" "$T_TMP/err"; then
			halfexports=$((halfexports + 1))
			t_diag "export $fmt under $1 $2 (exit $T_STATUS: $(head -c 300 "$T_TMP/err")) left $tmp without a word"
		fi
		rm -f "$tmp"
	done
}
# Undo of a fresh entry: gone when undo said so, there when it said nothing
# was undone.
op_undo() {
	n=$((n + 1))
	"$HERSTEL" log "squat 1x5 100kg # undo-$n" >/dev/null 2>&1 || return
	faulted "$1" "$2" undo
	got=$(sq "$J" "SELECT count(*) FROM lift WHERE note = 'undo-$n'" 2>/dev/null)
	if [ "$T_STATUS" -eq 0 ] && grep -q "^undone: log squat 1x5 100kg # undo-$n" "$T_TMP/out"; then
		[ "$got" = 0 ] || undo_wrong=$((undo_wrong + 1))
	elif grep -q 'nothing was undone' "$T_TMP/err"; then
		[ "$got" = 1 ] || undo_wrong=$((undo_wrong + 1))
	fi
	[ "$got" = 0 ] || sq "$J" "DELETE FROM lift WHERE note = 'undo-$n'" 2>/dev/null
}
# A migration of a fresh copy of a version-1 journal (8 sets) by a reader:
# afterwards, opened without faults, it is at this herstel's version (the
# one its JSON export names) with its 8 sets.
SCHEMA=$("$HERSTEL" --db "$T_TMP/schema.db" export --format json |
	sed -n 's/.*"schema_version":\([0-9]*\).*/\1/p')
op_migration() {
	n=$((n + 1))
	m="$T_TMP/mig/v1-$n.db"
	mkdir -p "$T_TMP/mig"
	sq "$m" <"$TESTS_SRCDIR/fixtures/journal-v1.sql"
	faulted "$1" "$2" --db "$m" status
	if ! "$HERSTEL" --db "$m" status >/dev/null 2>&1 ||
	    [ "$(sq "$m" 'SELECT count(*) FROM lift')" != 8 ] ||
	    [ "$(sq "$m" 'PRAGMA user_version')" != "$SCHEMA" ] ||
	    [ "$(sq "$m" 'PRAGMA integrity_check')" != ok ]; then
		partial=$((partial + 1))
		t_diag "migration under $1 $2 (exit $T_STATUS) left $m unusable"
	fi
	rm -f "$m"*
}

ops="log import export:csv export:json export:strong undo migration"
# run_op OP HOW SPEC
run_op() {
	case $1 in
	export:*) op_export "$2" "$3" "${1#export:}" ;;
	*) "op_$1" "$2" "$3" ;;
	esac
}

## a commit the disk reports as failed ------------------------------------------

# The commit's fdatasync fails and an unlink after it fails too: the commit
# is in the -wal, and the next open would apply it. herstel must say what
# the journal holds: saved (exit 0, with a warning), nothing saved, or that
# it may have been saved; never "failed" for a change that is there.
truthful=0 saved_anyway=0
"$HERSTEL" --db "$T_TMP/commit.db" log "squat 1x5 100kg # first" >/dev/null
for s in 1 2 3 4; do
	for u in 0 1 2 3; do
		rule="fdatasync:$s"
		[ "$u" -gt 0 ] && rule="$rule,unlink:$u"
		note="commit-$s-$u"
		FAILCALL=$rule FAILCALL_PATH=$T_TMP LD_PRELOAD=$FAILCALL_SO \
			"$HERSTEL" --db "$T_TMP/commit.db" log "squat 3x5 100kg # $note" >"$T_TMP/out" 2>"$T_TMP/err"
		st=$?
		there=$(sq "$T_TMP/commit.db" "SELECT count(*) FROM lift WHERE note = '$note'")
		if [ $st -eq 0 ]; then
			[ "$there" = 3 ] && grep -q '^logged squat' "$T_TMP/out"
			r=$?
			grep -q 'yet the journal, read again, holds the change' "$T_TMP/err" &&
				saved_anyway=$((saved_anyway + 1))
		elif grep -q 'nothing was saved' "$T_TMP/err"; then
			[ "$there" = 0 ]
			r=$?
		else
			grep -q 'may have been saved: check' "$T_TMP/err"
			r=$?
		fi
		[ $r -eq 0 ] || t_diag "$rule: exit $st, $there sets, $(cat "$T_TMP/err")"
		[ $r -eq 0 ] && truthful=$((truthful + 1))
	done
done
t_eq "truthful outcomes" "$truthful" 16 \
	"after a failed commit sync, each of 16 runs says truly what the journal holds"
[ "$saved_anyway" -gt 0 ]
t_ok $? "a commit reported failed but in the journal is reported saved, with a warning ($saved_anyway runs)"

## what a failed read is called ------------------------------------------------

# One failed read, on a journal that is fine: the message says a read
# failed, not that the file is no journal or is damaged, and prints no SQL.
FAILCALL=read:1 FAILCALL_PATH=$J LD_PRELOAD=$FAILCALL_SO "$HERSTEL" status >"$T_TMP/out" 2>"$T_TMP/err"
t_match stderr "$(cat "$T_TMP/err")" 'cannot read the journal: Input/output error; the file was left' \
	"a failed read of the header says so (not \"not an SQLite database\")"
misnamed=0
for k in 1 2 3 4 5 6 7 8; do
	FAILCALL=pread:$k FAILCALL_PATH=$J LD_PRELOAD=$FAILCALL_SO "$HERSTEL" status \
		>"$T_TMP/out" 2>"$T_TMP/err"
	if grep -Eq 'SELECT|FROM |PRAGMA' "$T_TMP/err" ||
	    { grep -q 'malformed' "$T_TMP/err" && ! grep -q 'passes quick_check: a read of the file failed' "$T_TMP/err"; } ||
	    grep -q 'the journal is damaged' "$T_TMP/err"; then
		misnamed=$((misnamed + 1))
		t_diag "pread:$k: $(cat "$T_TMP/err")"
	fi
done
t_eq misnamed "$misnamed" 0 \
	"a failed read of a page (pread 1 to 8) is a read that failed: no SQL, not \"damaged\""
t_run log "squat 1x5 100kg # after the reads"
t_status 0 "the journal takes the next entry" && echo "after the reads" >>"$LEDGER"

## libfiu, at random ------------------------------------------------------------

for p in 0.005 0.02 0.1; do
	for op in $ops; do
		fiu_i=0
		while [ $fiu_i -lt "$fiu_runs" ]; do
			run_op "$op" fiu "$p"
			fiu_i=$((fiu_i + 1))
		done
	done
done
fiu_total=$runs
t_diag "libfiu: $fiu_total runs at probabilities 0.005, 0.02 and 0.1"

## one call at a time -------------------------------------------------------------

for op in $ops; do
	rm -f "$T_TMP/counts"
	run_op "$op" count "$T_TMP/counts"
	while read -r fn total; do
		call_k=1
		while [ $call_k -le "$total" ] && [ $call_k -le "$max_calls" ]; do
			run_op "$op" call "$fn:$call_k"
			call_k=$((call_k + 1))
		done
	done <"$T_TMP/counts"
done
# The commit's sync fails, then an unlink: the commit is in the -wal.
for s in 1 2 3; do
	for u in 1 2; do
		run_op log call "fdatasync:$s,unlink:$u"
		run_op undo call "fdatasync:$s,unlink:$u"
	done
done
t_diag "failcall: $((runs - fiu_total)) runs, one failed call each (or a sync and an unlink)"

## afterwards -----------------------------------------------------------------------

t_diag "$runs runs: exit 0 $ok, exit 1 $failed, other $crashed; $acked entries acknowledged"
t_eq crashes "$crashed" 0 "no herstel crashed: every run exited 0 or 1"
t_eq integrity "$(sq "$J" 'PRAGMA integrity_check')" ok "the journal passes integrity_check"
sq "$J" "SELECT DISTINCT note FROM lift" | sort >"$T_TMP/present"
missing=$(sort -u "$LEDGER" | comm -23 - "$T_TMP/present")
t_eq "acknowledged but missing" "$missing" "" \
	"every acknowledged entry is in the journal ($(sort -u "$LEDGER" | wc -l) of them)"
t_eq "partial imports or migrations" "$partial" 0 "no import landed in part, no migration broke its journal"
t_eq "half-written exports" "$halfexports" 0 "every export is whole or absent, and no temp file is left"
t_eq "undo that said wrong" "$undo_wrong" 0 "undo did what it said, or said it may have"
t_run status
t_status 0 "the journal opens without faults"
[ "$ok" -gt 0 ] && [ "$failed" -gt 0 ]
t_ok $? "the faults made some runs fail and let others through"

done_testing
