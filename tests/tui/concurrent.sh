#!/bin/sh
# tests/tui/concurrent.sh: two herstel processes on one journal. The open
# screen picks up what `herstel log` in another terminal wrote, by itself;
# both can write; a lock held too long is a clear error that writes nothing.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

tmux_start 80 24 "$HERSTEL"
tmux_wait 'Recovery'; t_ok $? "the journal is open on the screen"

# Another process writes; the screen shows it without a key press.
t_run log "front squat 3x5 80kg @8"
t_status 0 "herstel log works while the screen is open"
tmux_wait 'front squat' 10; t_ok $? "the screen shows the other process's sets by itself"
tmux_wait '5 × 3|3 × 5' 10; t_ok $? "... with their scheme"

# The screen writes too, while the other process has written.
tmux_keys a
tmux_wait 'add>'
tmux_keys -l "bench press 3x5 60kg @7"
tmux_keys Enter
tmux_wait 'logged: bench press'; t_ok $? "the screen still saves after another process wrote"
t_eq sets "$(t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL")" 6 \
	"both processes' sets are in the journal"

# A write lock held longer than the busy timeout (5 s): a clear error, no write.
(
	# Hold the lock from a second sqlite3 for 8 s with a recursive CTE that
	# just counts, inside an immediate transaction.
	"${SQLITE3_BIN:-sqlite3}" "$HERSTEL_DB" "BEGIN IMMEDIATE;
		WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 40000000)
		SELECT count(*) FROM c; COMMIT;" >/dev/null 2>&1
) &
holder=$!
sleep 0.5 # let the holder take the lock (the timing of the holder, not of herstel)
before=$(t_sum)
t_run log "squat 5x5 100kg @8"
if kill -0 "$holder" 2>/dev/null; then
	t_status 1 "a write while another process holds the lock fails after the busy timeout"
	t_match stderr "$T_ERR" 'database is locked \(another program held the journal for more than 5 seconds; nothing was written, try again\)' \
		"the message says the journal is locked and what to do"
	t_eq checksum "$(t_sum)" "$before" "nothing was written"
else
	# The holder finished early on a fast machine: nothing to learn here.
	for what in "fails after the busy timeout" "the message says locked" "nothing was written"; do
		T_N=$((T_N + 1)); echo "ok $T_N - lock held: $what # SKIP the lock holder ended too soon"
	done
fi
wait "$holder" 2>/dev/null
wait 2>/dev/null

tmux_keys q
tmux_dead
t_eq "quick_check" "$("${SQLITE3_BIN:-sqlite3}" "$HERSTEL_DB" 'PRAGMA quick_check')" ok \
	"the journal passes quick_check"

done_testing
