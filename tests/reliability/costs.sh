#!/bin/sh
# costs.sh: big input costs time in proportion to its size, not its square.
# A herstelrc of 10,000 unknown keys took 1.3 s at every start and one of
# 20,000 exercise sections 20 s; pasting 4,000 characters into the
# quick-entry line took 13 s of CPU with the screen frozen.
#
# These checks bound CPU time, never wall-clock time: a busy machine slows
# the clock, not the CPU seconds a process uses. The bounds (5 s) are some
# 50 times what herstel takes, and a quarter of what the quadratic code
# took; a sanitizer build stays far inside them.
. "$TESTS_SRCDIR/lib.sh"

t_require tmux python3

# cpu_run SECONDS ARGS...: herstel ARGS with at most SECONDS of CPU time
# (ulimit -t: SIGXCPU past it, so the exit status says 152 or so).
cpu_run() {
	c_limit=$1
	shift
	(ulimit -t "$c_limit" && exec "$HERSTEL" "$@") >"$T_TMP/out" 2>"$T_TMP/err"
	T_STATUS=$?
	T_OUT=$(cat "$T_TMP/out")
	T_ERR=$(cat "$T_TMP/err")
}

## herstelrc -----------------------------------------------------------------------

python3 - "$T_TMP" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/keys.rc", "w") as f:
    f.write("[general]\n")
    for i in range(10000):
        f.write("unknown_%d = %d\n" % (i, i))
    f.write("level = advanced\n")
with open(d + "/sections.rc", "w") as f:
    for i in range(20000):
        f.write("[exercise e%d]\nprimary = quads\n" % i)
PY
cpu_run 5 --config "$T_TMP/keys.rc" status --format tsv --group quads
t_status 0 "a herstelrc of 10,000 unknown keys is read within 5 s of CPU"
t_eq "warnings" "$(printf '%s\n' "$T_ERR" | grep -c '^herstel: status: warning:')" 20 \
	"and gives 20 warnings, the last one counting the rest"
t_match stderr "$T_ERR" 'keys.rc: 9981 more warnings like these' "the count is there"
cpu_run 5 --config "$T_TMP/sections.rc" exercises e19999
t_status 0 "a herstelrc of 20,000 exercise sections is read within 5 s of CPU"
t_match stdout "$T_OUT" '^e19999 .*quads \[own\]' "its last exercise is there"

## the quick-entry line --------------------------------------------------------------

tmux_start 100 30 "exec \"$HERSTEL\""
tmux_wait 'a add .* q quit'
pid=$(tmux_cmd display-message -p -t t '#{pane_pid}')
tmux_keys a
tmux_wait 'add>'
long=$(head -c 4000 /dev/zero | tr '\0' 'x')
tmux_keys -l "squat 1x5 100kg # $long"
tmux_wait 'the line is full: it holds 511 bytes' 30
t_ok $? "a paste of 4,000 characters fills the line and says it is full"
ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
hz=$(getconf CLK_TCK)
t_diag "the paste took $((ticks * 1000 / hz)) ms of CPU"
[ "$ticks" -lt $((5 * hz)) ]
t_ok $? "and took less than 5 s of CPU ($ticks ticks of $hz a second)"
tmux_keys End
tmux_wait 'xxxxx$|xxxxx *\|' 5
t_ok $? "the end of the line shows, the cursor at it"
tmux_keys Escape
tmux_gone 'add>'
t_ok $? "Esc closes the line"
tmux_keys q
tmux_dead
t_eq sets "$(t_sql 'SELECT count(*) FROM lift' 2>/dev/null || echo 0)" 0 "nothing was written"

done_testing
