# tests/lib.sh: shared helpers for herstel's shell tests. Every test speaks
# TAP (one "ok N - name" line per check) so automake's TAP driver lists each
# check by name. Source it, call checks, end with `done_testing`.
#
# Each test file gets its own temp dir with its own database and config, and
# a pinned clock, so no test touches the user's journal or depends on today.

set -u

: "${HERSTEL:?HERSTEL must point at the built binary (make check sets it)}"
: "${TESTS_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"

T_N=0
T_FAILED=0
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/herstel-test.XXXXXX")
trap 't_cleanup' EXIT
export HOME="$T_TMP/home" XDG_DATA_HOME="$T_TMP/data" XDG_CONFIG_HOME="$T_TMP/config"
mkdir -p "$HOME"
export HERSTEL_DB="$T_TMP/journal.db"
export HERSTEL_CONFIG="$T_TMP/herstelrc"
export HERSTEL_AT="2026-11-17 12:00"
export LC_ALL=C.UTF-8
unset NO_COLOR HERSTEL_DATADIR

t_cleanup() {
	if [ -n "${T_TMUX_SOCK:-}" ]; then
		"${TMUX_BIN:-tmux}" -S "$T_TMUX_SOCK" kill-server 2>/dev/null || true
	fi
	rm -rf "$T_TMP"
}

# ok CONDITION-EXIT-STATUS NAME: report the status of the last command.
t_ok() {
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $T_N - $2"
	else
		echo "not ok $T_N - $2"
		T_FAILED=$((T_FAILED + 1))
	fi
}

# run: run herstel, keeping stdout, stderr and the exit status.
t_run() {
	"$HERSTEL" "$@" >"$T_TMP/out" 2>"$T_TMP/err"
	T_STATUS=$?
	T_OUT=$(cat "$T_TMP/out")
	T_ERR=$(cat "$T_TMP/err")
}

t_diag() { printf '# %s\n' "$@" | sed '2,$s/^/# /'; }

# expect_status N NAME
t_status() {
	[ "$T_STATUS" -eq "$1" ]
	local r=$?
	[ $r -eq 0 ] || t_diag "exit status $T_STATUS, expected $1" "stdout: $T_OUT" "stderr: $T_ERR"
	t_ok $r "$2"
}

# t_match WHAT TEXT PATTERN NAME: grep -E PATTERN in TEXT.
t_match() {
	printf '%s\n' "$2" | grep -Eq -- "$3"
	local r=$?
	[ $r -eq 0 ] || t_diag "$1 does not match /$3/:" "$2"
	t_ok $r "$4"
}

t_nomatch() {
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then
		t_diag "$1 matches /$3/ but should not:" "$2"
		t_ok 1 "$4"
	else
		t_ok 0 "$4"
	fi
}

# t_eq WHAT GOT WANT NAME
t_eq() {
	[ "$2" = "$3" ]
	local r=$?
	[ $r -eq 0 ] || t_diag "$1: got '$2', want '$3'"
	t_ok $r "$4"
}

# sql QUERY: read the test database with the sqlite3 shell (read-only).
t_sql() {
	"${SQLITE3_BIN:-sqlite3}" -readonly -batch -noheader "$HERSTEL_DB" "$1"
}

# A checksum of the database file, to prove a refused command changed nothing.
t_sum() {
	if [ -e "${1:-$HERSTEL_DB}" ]; then cksum <"${1:-$HERSTEL_DB}"; else echo absent; fi
}

t_skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

# t_bail MESSAGE: the whole file cannot run, and that is a failure, not a
# skip: the message says why, and make check counts it as an error.
t_bail() {
	echo "Bail out! $1"
	exit 1
}

# t_require TOOL...: each tool the file needs must run. The suite's tools are
# installed by build-aux/bootstrap, so a missing or broken one is a failure
# that names it, never a silent skip. tmux and sqlite3 are the ones configure
# found (TMUX_BIN, SQLITE3_BIN); when configure found none, the variable is
# empty and the file fails the same way.
t_require() {
	local tool bin
	for tool in "$@"; do
		case $tool in
		tmux) bin=${TMUX_BIN-tmux} ;;
		sqlite3) bin=${SQLITE3_BIN-sqlite3} ;;
		*) bin=$tool ;;
		esac
		[ -n "$bin" ] || t_bail "$tool was not found by configure: install it (build-aux/bootstrap does) and run ./configure again"
		command -v "$bin" >/dev/null 2>&1 || t_bail "$tool ($bin) is not installed: build-aux/bootstrap installs it"
		case $tool in
		tmux) "$bin" -V >/dev/null 2>&1 || t_bail "tmux ($bin) does not run: $("$bin" -V 2>&1 | head -n 1)" ;;
		sqlite3) "$bin" -version >/dev/null 2>&1 || t_bail "sqlite3 ($bin) does not run" ;;
		esac
	done
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAILED" -eq 0 ]
}

## tmux: a private server, a fixed size, polling instead of sleeping. ------

T_TMUX_SOCK=
T_TMUX_N=0
# Each server gets a socket of its own: a server told to exit by kill-server
# may still be on its socket when the next one starts, and a client that
# reaches the dying server fails with "server exited unexpectedly".
tmux_start() { # tmux_start COLS ROWS COMMAND...
	local cols=$1 rows=$2
	shift 2
	T_TMUX_N=$((T_TMUX_N + 1))
	T_TMUX_SOCK="$T_TMP/tmux.$T_TMUX_N.sock"
	"${TMUX_BIN:-tmux}" -S "$T_TMUX_SOCK" -f /dev/null new-session -d -s t \
		-x "$cols" -y "$rows" "$@"
	"${TMUX_BIN:-tmux}" -S "$T_TMUX_SOCK" set-option -g remain-on-exit on >/dev/null
}
tmux_cmd() { "${TMUX_BIN:-tmux}" -S "$T_TMUX_SOCK" "$@"; }
tmux_keys() { tmux_cmd send-keys -t t "$@"; }
tmux_screen() { tmux_cmd capture-pane -p -t t "$@"; }

# tmux_wait PATTERN [SECONDS]: poll the pane until PATTERN (grep -E) shows.
tmux_wait() {
	local pat=$1 limit=$(( ${2:-10} * 20 )) i=0
	while [ $i -lt $limit ]; do
		if tmux_screen | grep -Eq -- "$pat"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	t_diag "timed out waiting for /$pat/; the screen was:" "$(tmux_screen)"
	return 1
}
# tmux_gone PATTERN [SECONDS]: poll until PATTERN is no longer shown.
tmux_gone() {
	local pat=$1 limit=$(( ${2:-10} * 20 )) i=0
	while [ $i -lt $limit ]; do
		if ! tmux_screen | grep -Eq -- "$pat"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	t_diag "timed out waiting for /$pat/ to go; the screen was:" "$(tmux_screen)"
	return 1
}
# tmux_dead: wait until the program in the pane has exited.
tmux_dead() {
	local i=0
	while [ $i -lt 200 ]; do
		[ "$(tmux_cmd display-message -p -t t '#{pane_dead}')" = 1 ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

## A full disk: files limited with ulimit -f. ------------------------------

# t_limited BLOCKS ARGS...: like t_run, with files limited to BLOCKS units of
# `ulimit -f` and SIGXFSZ ignored, so a write fails with EFBIG instead of
# killing herstel (an ignored signal stays ignored across exec).
t_limited() {
	l_blocks=$1
	shift
	(ulimit -f "$l_blocks" && trap '' XFSZ && exec "$HERSTEL" "$@") \
		>"$T_TMP/out" 2>"$T_TMP/err"
	T_STATUS=$?
	T_OUT=$(cat "$T_TMP/out")
	T_ERR=$(cat "$T_TMP/err")
}

# t_ulimit_unit: set T_UNIT to the bytes in a unit of `ulimit -f` (512 or
# 1024, depending on the shell), or skip the whole file where it limits nothing.
t_ulimit_unit() {
	(ulimit -f 1 && trap '' XFSZ && head -c 4096 /dev/zero >"$T_TMP/unit") 2>/dev/null
	T_UNIT=$(wc -c <"$T_TMP/unit")
	[ "$T_UNIT" -gt 0 ] || t_skip_all "ulimit -f does not limit file sizes here"
	t_diag "ulimit -f counts in units of $T_UNIT bytes"
}
