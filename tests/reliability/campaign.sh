#!/bin/sh
# campaign.sh: the adversarial campaign of issue 13, again, at length. Run
# by hand from a built tree (it is not part of make check; `make campaign`
# runs it):
#
#     HERSTEL=$PWD/src/herstel TESTS_SRCDIR=$PWD/tests SQLITE3_BIN=sqlite3 \
#         FAILCALL_SO=$PWD/tests/reliability/failcall.so TMUX_BIN=tmux \
#         sh tests/reliability/campaign.sh
#
# It runs the reliability files with more of everything: I/O faults
# (faults.sh: more libfiu runs, every call of every function failed in
# turn), kill -9 during logs and an import (crash.sh, crash_import.sh),
# hostile and damaged journals and bad input of every kind (journal.sh,
# hostile.sh, the import formats), big input (costs.sh), and three writers
# at once on one journal, with a ledger. Every herstel it starts for the
# journal, input and writer parts goes through a wrapper that notes its
# exit status (faults.sh counts its own runs; the kills and costs.sh need
# herstel's own process); at the
# end it prints the runs, their exit statuses, the integrity of every
# journal it checked and the acknowledged entries, and exits 1 if any
# check failed. CAMPAIGN_SCALE (1) multiplies the repetitions.
set -u
: "${HERSTEL:?HERSTEL must point at the built binary}"
: "${TESTS_SRCDIR:?TESTS_SRCDIR must point at tests/}"
SQLITE3=${SQLITE3_BIN:-sqlite3}
scale=${CAMPAIGN_SCALE:-1}
dir=$(mktemp -d "${TMPDIR:-/tmp}/herstel-campaign.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
real=$HERSTEL
# Every herstel through this, so that its exit status is counted.
cat >"$dir/herstel" <<EOF
#!/bin/sh
"$real" "\$@"
s=\$?
echo \$s >>"$dir/statuses"
exit \$s
EOF
chmod +x "$dir/herstel"
: >"$dir/statuses"
failed=0 checks=0

# part NAME SCRIPT [VAR=VALUE...]: run one test file, keep its TAP output
# in SCRIPT's name.tap.
part() {
	p_name=$1 p_script=$2
	shift 2
	p_tap="$dir/$(basename "$p_script" .sh).tap"
	printf '%-34s' "$p_name"
	start=$(date +%s)
	env "$@" sh "$TESTS_SRCDIR/reliability/$p_script" >"$p_tap" 2>&1
	p_ok=$(grep -c '^ok ' "$p_tap")
	p_bad=$(grep -c '^not ok ' "$p_tap")
	checks=$((checks + p_ok + p_bad))
	failed=$((failed + p_bad))
	printf '%5d checks, %d failed, %3d s\n' "$((p_ok + p_bad))" "$p_bad" $(($(date +%s) - start))
	grep '^not ok ' "$p_tap" | head -n 5 | sed 's/^/    /'
}

echo "herstel campaign: $("$real" --version), scale $scale, in $dir"
echo

## I/O faults: faults.sh counts its own runs (the wrapper would be faulted).
part "I/O faults (libfiu, failcall)" faults.sh HERSTEL="$real" \
	HERSTEL_FAULT_RUNS=$((40 * scale)) HERSTEL_FAULT_MAX=1000
faults=$(grep '^# [0-9]* runs: exit 0' "$dir/faults.tap")

## The kills stop the process they started, and costs.sh reads the CPU
## time of herstel's own process: no wrapper between.
part "kill -9 during log" crash.sh HERSTEL="$real" HERSTEL_CRASH_RUNS=$((500 * scale))
part "kill -9 during import" crash_import.sh HERSTEL="$real" \
	HERSTEL_CRASH_IMPORT_RUNS=$((80 * scale))
part "big input" costs.sh HERSTEL="$real"

HERSTEL=$dir/herstel
export HERSTEL
part "hostile and damaged journals" journal.sh
part "bad input" hostile.sh
part "import formats, broken files" ../cli/import.sh

## three writers at once -------------------------------------------------------

printf '%-34s' "three writers at once"
start=$(date +%s)
J="$dir/writers.db"
HERSTEL_AT="2026-11-17 12:00" "$HERSTEL" --db "$J" log "squat 1x5 100kg # start" >/dev/null
per=$((150 * scale))
for w in 1 2 3; do
	(
		i=1
		while [ $i -le $per ]; do
			if HERSTEL_AT="2026-11-17 12:00" "$HERSTEL" --db "$J" log "squat 1x5 100kg # w$w-$i" \
				>"$dir/w$w.out" 2>>"$dir/w$w.err"; then
				grep -q '^logged' "$dir/w$w.out" && echo "w$w-$i" >>"$dir/w$w.acked"
			fi
			[ $((i % 25)) -eq 0 ] && HERSTEL_AT="2026-11-17 12:00" "$HERSTEL" --db "$J" \
				status >/dev/null 2>>"$dir/w$w.err"
			i=$((i + 1))
		done
	) &
done
wait
cat "$dir"/w?.acked 2>/dev/null | sort >"$dir/acked"
"$SQLITE3" -batch -noheader "$J" "SELECT DISTINCT note FROM lift" | sort >"$dir/present"
lost=$(comm -23 "$dir/acked" "$dir/present" | wc -l)
twice=$("$SQLITE3" -batch -noheader "$J" \
	"SELECT count(*) FROM (SELECT note FROM lift GROUP BY note HAVING count(*) > 1)")
ic=$("$SQLITE3" -batch -noheader "$J" "PRAGMA integrity_check")
bad=0
[ "$lost" -eq 0 ] && [ "$twice" -eq 0 ] && [ "$ic" = ok ] || bad=1
checks=$((checks + 1))
failed=$((failed + bad))
printf '%5d checks, %d failed, %3d s\n' 1 "$bad" $(($(date +%s) - start))
echo "    $((3 * per)) logs and $((3 * per / 25)) status: $(wc -l <"$dir/acked") acknowledged," \
	"$lost of them missing, $twice logged twice; integrity_check: $ic"

## the figures ---------------------------------------------------------------------

echo
runs=$(wc -l <"$dir/statuses")
echo "herstel runs of the journal, input and writer parts: $runs; exit statuses:" \
	"$(sort -n "$dir/statuses" | uniq -c | awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')"
echo "fault runs: ${faults#\# }"
grep -h '^# ' "$dir"/*.tap | grep -E 'journals that fail integrity_check|every one of the|which quick_check sees|integrity_check alone|libfiu:|failcall:|the paste took' |
	sed 's/^# \(# \)\{0,1\}/  /'
echo "integrity: every journal the files check passes integrity_check or quick_check" \
	"(each a check above); the writers' journal: $ic"
echo "checks: $checks, failed: $failed"
[ "$failed" -eq 0 ]
