#!/bin/sh
# bench.sh: herstel's benchmark, run by `make bench`.
#
# Makes the three journals (week, decade, stress) with tests/bench/gen in a
# temp dir, times each operation BENCH_RUNS times (11; the status runs that
# are compared with each other nine times that, in turns) and prints a Markdown
# table of medians, the reference measured in the same run, the ratio and
# the target. It reports and exits 0 whatever the figures; only a broken
# tool makes it fail. Needs HERSTEL, BENCH_GEN, BENCH_TOOL, SQLITE3_BIN.
set -u

runs=${BENCH_RUNS:-11}
at='2026-11-17 12:00'
sqlite3=${SQLITE3_BIN:-sqlite3}
dir=$(mktemp -d "${TMPDIR:-/tmp}/herstel-bench.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
trap 'exit 1' INT TERM
# No herstelrc of the user's: every run sees the defaults.
XDG_CONFIG_HOME=$dir/config HERSTEL_CONFIG= HERSTEL_DB= HERSTEL_AT=
export XDG_CONFIG_HOME HERSTEL_CONFIG HERSTEL_DB HERSTEL_AT

# field LINE NAME: the value after NAME in a "name value ..." line.
field() {
	echo "$1" | awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }'
}

# ratio A B: A / B to two places.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

# verdict VALUE LIMIT: "met" when VALUE <= LIMIT.
verdict() {
	awk -v v="$1" -v l="$2" 'BEGIN { print (v != "n/a" && v + 0 <= l + 0) ? "met" : "**missed**" }'
}

# ms VALUE: milliseconds, two decimals (three under 1 ms).
ms() {
	awk -v v="$1" 'BEGIN { printf (v < 1 ? "%.3f ms" : "%.2f ms"), v }'
}

mb() {
	awk -v v="$1" 'BEGIN { printf "%.1f MB", v / 1024 }'
}

row() {
	printf '| %s | %s | %s | %s | %s | %s |\n' "$@"
}

run() {
	"$BENCH_TOOL" exec "$runs" "$@" || exit 1
}

echo "herstel benchmark: $runs runs each, data in $dir"
echo "machine: $(nproc) cores, $(uname -sm), SQLite $("$sqlite3" --version | cut -d' ' -f1)"
echo "load before: $(uptime | sed 's/.*load/load/')"
for set in week decade stress; do
	start=$(date +%s)
	"$BENCH_GEN" "$set" "$dir/$set.db" "$at" || exit 1
	echo "  ($set made in $(($(date +%s) - start)) s)"
done
sync # the data sets' own write-back must not land in the timings
echo

# The command line: status, against itself on a week and against sqlite3.
# These few-millisecond runs are compared with each other, so they are run
# in turns (bench race), nine times as often: a busy moment of the machine
# then falls on all four alike, and the medians hold still.
status_runs=$((runs * 9))
race=$("$BENCH_TOOL" race "$status_runs" \
	"$HERSTEL" --db "$dir/week.db" --at "$at" status :: \
	"$HERSTEL" --db "$dir/decade.db" --at "$at" status :: \
	"$HERSTEL" --db "$dir/stress.db" --at "$at" status :: \
	"$sqlite3" "$dir/stress.db" 'SELECT 1') || exit 1
st_week=$(echo "$race" | sed -n 1p)
st_decade=$(echo "$race" | sed -n 2p)
st_stress=$(echo "$race" | sed -n 3p)
sq_one=$(echo "$race" | sed -n 4p)
# The interactive app to its first drawn frame (the footer's "quit"), on a
# pseudo-terminal, against a minimal curses program that opens the journal.
tui=$("$BENCH_TOOL" pty "$runs" quit "$HERSTEL" --db "$dir/stress.db" --at "$at") || exit 1
mini=$("$BENCH_TOOL" pty "$runs" quit "$BENCH_TOOL" mini "$dir/stress.db") || exit 1
# The same seen from a real terminal emulator: tmux, polled.
tmux_ms=
if command -v "${TMUX_BIN:-tmux}" > /dev/null 2>&1; then
	tm() { "${TMUX_BIN:-tmux}" -S "$dir/tmux.sock" -f /dev/null "$@"; }
	tm new-session -d -s bench -x 100 -y 30 'sleep 600'
	i=0
	times=
	while [ $i -lt "$runs" ]; do
		t0=$(date +%s%N)
		tm new-window -d -t bench:1 "$HERSTEL --db '$dir/stress.db' --at '$at'"
		n=0
		until tm capture-pane -p -t bench:1 2> /dev/null | grep -q quit ||
		    [ $n -gt 2000 ]; do n=$((n + 1)); done
		times="$times $(( ($(date +%s%N) - t0) / 1000 ))"
		tm kill-window -t bench:1
		i=$((i + 1))
	done
	tm kill-server
	tmux_ms=$(echo $times | tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 }
	    END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }')
fi
# In-process: the screens' queries over 520 weeks, and saving.
screen=$("$BENCH_TOOL" screen "$dir/stress.db" "$at") || exit 1
lifting=$("$BENCH_TOOL" lifting "$dir/stress.db" "$at") || exit 1
search=$("$BENCH_TOOL" search "$dir/stress.db") || exit 1
cp "$dir/stress.db" "$dir/save.db"
sync
save=$("$BENCH_TOOL" save "$dir/save.db" 200) || exit 1
rm -f "$dir"/save.db*
# The journal's own checks, on a copy of stress (its saves add sets).
cp "$dir/stress.db" "$dir/check.db"
sync
check=$("$BENCH_TOOL" check "$dir/check.db" "${BENCH_CHECK_RUNS:-5}") || exit 1
rm -f "$dir"/check.db*

printf '| %s | %s | %s | %s | %s | %s |\n' measure herstel reference ratio target verdict
echo '| --- | --- | --- | --- | --- | --- |'
m_week=$(field "$st_week" median_ms)
for set in decade stress; do
	eval "line=\$st_$set"
	m=$(field "$line" median_ms)
	r=$(ratio "$m" "$m_week")
	row "status, $set vs week (median of $status_runs, in turns)" "$(ms "$m")" "$(ms "$m_week") (week)" "${r}x" "≤ 1.2x" \
	    "$(verdict "$r" 1.2)"
done
m=$(field "$st_stress" median_ms)
m_decade=$(field "$st_decade" median_ms)
row "  status, stress vs decade (same recent weeks, 24x the history)" "$(ms "$m")" \
    "$(ms "$m_decade") (decade)" "$(ratio "$m" "$m_decade")x" "(flat)" ""
r=$(ratio "$m" "$(field "$sq_one" median_ms)")
row "status, stress vs sqlite3 DB 'SELECT 1'" "$(ms "$m")" \
    "$(ms "$(field "$sq_one" median_ms)")" "${r}x" "≤ 3x" "$(verdict "$r" 3)"
m=$(field "$tui" median_ms)
row "interactive app to first frame, stress (pty)" "$(ms "$m")" \
    "$(ms "$(field "$mini" median_ms)") (minimal curses + SQLite)" \
    "$(ratio "$m" "$(field "$mini" median_ms)")x" "< 20 ms" "$(verdict "$m" 19.999)"
startup=$(echo "$screen" | awk '$1 == "startup" { print $3 }')
row "  of which start-up work in-process (open, day, events, board)" "$(ms "$startup")" \
    "" "" "" ""
raw=$(echo "$screen" | awk '$1 == "raw14" { print $3 }')
for q in day week board; do
	p99=$(echo "$screen" | awk -v q="$q" '$1 == q { print $5 }')
	p50=$(echo "$screen" | awk -v q="$q" '$1 == q { print $3 }')
	row "$q screen queries, stress, p99 over 520 weeks (p50)" "$(ms "$p99") ($(ms "$p50"))" \
	    "$(ms "$raw") (bare 14-day sets query, p50)" "$(ratio "$p50" "$raw")x" "< 1 ms" \
	    "$(verdict "$p99" 0.999999)"
done
# The lifting loop: the quick-entry line's last session, one exercise's history.
q() { echo "$lifting" | awk -v q="$1" -v f="$2" '$1 == q { print $f }'; }
row "last session of an exercise, stress, p99 over 100 dates of each exercise (p50)" \
    "$(ms "$(q last 5)") ($(ms "$(q last 3)"))" "$(ms "$(q last_raw 3)") (bare max(date) seek, p50)" \
    "$(ratio "$(q last 3)" "$(q last_raw 3)")x" "< 1 ms" "$(verdict "$(q last 5)" 0.999999)"
row "one exercise's whole history, stress, p99 (p50), up to $(q history_sets 3) sets" \
    "$(ms "$(q history 5)") ($(ms "$(q history 3)"))" "" "" "< 1 ms" "$(verdict "$(q history 5)" 0.999999)"
# Search: the screen's limit of days, then every day (the command's default).
raw=$(echo "$search" | awk '$1 == "search_raw" { print $3 }')
for q in search search_all; do
	p99=$(echo "$search" | awk -v q="$q" '$1 == q { print $5 }')
	p50=$(echo "$search" | awk -v q="$q" '$1 == q { print $3 }')
	if [ "$q" = search ]; then
		what="search, stress, p99 over 10 words x 21 (p50), the screen's 200 days"
		target="< 10 ms"
		v=$(verdict "$p99" 9.999999)
	else
		what="  search, every day that matches (herstel search without --limit)"
		target="(none)"
		v=
	fi
	row "$what" "$(ms "$p99") ($(ms "$p50"))" "$(ms "$raw") (bare LIKE scan of set notes, p50)" \
	    "$(ratio "$p50" "$raw")x" "$target" "$v"
done
p95=$(field "$save" p95_ms)
raw=$(echo "$save" | awk '$1 == "save_raw" { print $5 }')
row "saving one set, stress, p95 of 200 (p50), WAL + synchronous=FULL" \
    "$(ms "$p95") ($(ms "$(field "$save" p50_ms)"))" "$(ms "$raw") (bare SQLite commit, p95)" \
    "$(ratio "$p95" "$raw")x" "< 5 ms" "$(verdict "$p95" 4.999)"

m=$(field "$(echo "$check" | grep '^open ')" p50_ms)
ref=$(field "$(echo "$check" | grep '^open_raw ')" p50_ms)
row "the open check, stress: header, SQLite's view, schema (store_open, p50)" "$(ms "$m")" \
    "$(ms "$ref") (bare open + sqlite_master)" "$(ratio "$m" "$ref")x" "(none)" ""
m=$(field "$(echo "$check" | grep '^save_due ')" p50_ms)
ref=$(field "$(echo "$check" | grep '^save_checked ')" p50_ms)
row "first save of a day (or an import), stress: with its quick_check (p50)" "$(ms "$m")" \
    "$(ms "$ref") (a later save that day)" "$(ratio "$m" "$ref")x" "(none)" ""
row "  of which PRAGMA quick_check alone (p50); integrity_check, after a crash" \
    "$(ms "$(field "$(echo "$check" | grep '^quick_check ')" p50_ms)")" \
    "$(ms "$(field "$(echo "$check" | grep '^integrity_check ')" p50_ms)") (integrity_check)" \
    "" "(none)" ""

# Export and import, once herstel has them.
if "$HERSTEL" --help 2>/dev/null | grep -q 'herstel export'; then
	. "$(dirname "$0")/bench-io.sh"
else
	row "export --format csv, stress vs sqlite3 -csv" "n/a (not built yet)" "" "" "≤ 1.5x" "n/a"
	row "import of stress's CSV vs sqlite3 .import + INSERT ... SELECT" "n/a (not built yet)" \
	    "" "" "≤ 1.5x" "n/a"
fi

for what in status:st_stress app:tui; do
	eval "line=\$${what#*:}"
	k=$(field "$line" maxrss_kb)
	row "peak memory (max RSS), ${what%%:*} on stress" "$(mb "$k")" "" "" "< 10 MB" \
	    "$(verdict "$k" 10239)"
done
if [ -n "${export_rss:-}" ]; then
	row "peak memory (max RSS), export on stress" "$(mb "$export_rss")" "" "" "< 10 MB" \
	    "$(verdict "$export_rss" 10239)"
	row "peak memory (max RSS), import of stress's CSV" "$(mb "$import_rss")" "" "" \
	    "(none)" ""
fi
if [ -n "$tmux_ms" ]; then
	echo
	echo "Under tmux (100x30, polling capture-pane for the footer, so coarse by a few ms):"
	echo "herstel to its first screen on stress, median of $runs: $tmux_ms ms"
fi
echo
echo "load after: $(uptime | sed 's/.*load/load/')"
exit 0
