#!/bin/sh
# tests/tui/terminal.sh: the terminal is checked before curses starts, and
# given back whole on q, Ctrl-C and SIGTERM; colour follows NO_COLOR.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"
t_require tmux sqlite3

# The exit status of herstel in the pane, as the pane's shell wrote it to
# FILE (tmux 3.3a can be late to fill #{pane_dead_status}); polls for it.
file_status() {
	i=0
	while [ $i -lt 200 ] && [ ! -s "$1" ]; do
		sleep 0.05
		i=$((i + 1))
	done
	cat "$1" 2>/dev/null
}

# No tmux needed: these fail before curses starts.
TERM=unknownterm t_run </dev/null
t_status 1 "TERM=unknownterm: exit status 1"
t_match "stderr" "$T_ERR" 'unknown terminal type "unknownterm"' "TERM=unknownterm: clear message"
t_eq "stdout" "$T_OUT" "" "TERM=unknownterm: nothing on stdout"
TERM=xterm t_run </dev/null
t_status 1 "stdin not a terminal: exit status 1"
t_match "stderr" "$T_ERR" 'not a terminal' "stdin not a terminal: clear message"
t_nomatch "stderr" "$T_ERR" "$(printf '\033')" "stdin not a terminal: no escape sequences written"
(unset TERM; t_run </dev/null; echo "$T_STATUS" >"$T_TMP/st"; printf '%s' "$T_ERR" >"$T_TMP/er")
t_eq "status" "$(cat "$T_TMP/st")" 1 "TERM unset: exit status 1"
t_match "stderr" "$(cat "$T_TMP/er")" 'TERM' "TERM unset: the message names TERM"

# TERM=dumb (emacs' shell, some CI logs): a terminal that cannot move the
# cursor is refused like an unknown one, before curses draws anything; in
# a real terminal too, where the screen would otherwise start blind.
TERM=dumb t_run </dev/null
t_status 1 "TERM=dumb: exit status 1"
t_match "stderr" "$T_ERR" 'the terminal "dumb" cannot move the cursor' "TERM=dumb: clear message"
tmux_start 80 24 "TERM=dumb \"$HERSTEL\"; echo \$? >'$T_TMP/dumb-status'; sleep 10"
tmux_wait 'cannot move the cursor'
t_ok $? "TERM=dumb in a terminal: the message shows"
i=0
while [ ! -s "$T_TMP/dumb-status" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
t_eq "status" "$(cat "$T_TMP/dumb-status" 2>/dev/null)" 1 "TERM=dumb in a terminal: exit status 1"
tmux_cmd kill-server 2>/dev/null


# q: the pane's program ends with status 0.
tmux_start 80 24 "\"$HERSTEL\"; echo \$? >'$T_TMP/q-status'"
tmux_wait 'Recovery'
tmux_keys q
t_eq "status" "$(file_status "$T_TMP/q-status")" 0 "q: exit status 0"
tmux_dead; t_ok $? "q ends the program"

# Colour: escapes for colour with a colour terminal, none with NO_COLOR.
tmux_cmd kill-server
tmux_start 80 24 "$HERSTEL"
tmux_wait 'Recovery'
tmux_cmd capture-pane -e -p -t t | grep -q "$(printf '\033')\[[0-9;]*3[1-7]m"
t_ok $? "colour is used where the terminal has it"
tmux_keys q
tmux_dead
tmux_cmd kill-server
tmux_start 80 24 "NO_COLOR=1 $HERSTEL"
tmux_wait 'Recovery'
tmux_cmd capture-pane -e -p -t t | grep -q "$(printf '\033')\[[0-9;]*3[0-7]m"
t_ok $((! $?)) "NO_COLOR: no colour escape sequences"
tmux_wait '✖|◐|○|●'; t_ok $? "NO_COLOR: states still show a symbol"
tmux_keys q
tmux_dead

# In a shell: after q, Ctrl-C and SIGTERM the tty is back in cooked mode.
tmux_cmd kill-server
tmux_start 80 24 "env PS1='$ ' sh"
stty_check() { # stty_check NAME N: check the tty settings, marker DONE<N+1>
	tmux_wait '^\$ *$' # the shell is back and reading
	tmux_keys -l "stty -a >'$T_TMP/stty$2'; echo DONE\$(($2+1))"
	tmux_keys Enter
	tmux_wait "DONE$(($2 + 1))\$"
	tr ' ;' '\n\n' <"$T_TMP/stty$2" | grep -qx echo &&
		tr ' ;' '\n\n' <"$T_TMP/stty$2" | grep -qx icanon
	t_ok $? "$1: echo and icanon are back"
}
tmux_keys -l "\"$HERSTEL\""; tmux_keys Enter
tmux_wait 'Recovery'
tmux_keys q
tmux_gone 'Recovery'
stty_check "after q" 1
tmux_keys -l "\"$HERSTEL\""; tmux_keys Enter
tmux_wait 'Recovery'
tmux_keys C-c
tmux_gone 'Recovery'; t_ok $? "Ctrl-C ends the program"
stty_check "after Ctrl-C" 3
tmux_keys -l "sh -c 'echo \$\$ >\"$T_TMP/pid\"; exec \"$HERSTEL\"'"; tmux_keys Enter
tmux_wait 'Recovery'
kill -TERM "$(cat "$T_TMP/pid")"
tmux_gone 'Recovery'; t_ok $? "SIGTERM ends the program"
stty_check "after SIGTERM" 5
tmux_keys -l "sh -c 'echo \$\$ >\"$T_TMP/pid\"; exec \"$HERSTEL\"'; echo STATUS=\$((\$?+100))"; tmux_keys Enter
tmux_wait 'Recovery'
kill -HUP "$(cat "$T_TMP/pid")"
tmux_wait '^STATUS=100'; t_ok $? "SIGHUP: the program closes the journal and exits 0"

# A crash (SIGSEGV) or an abort (SIGABRT): the best-effort handler gives the
# terminal back, then the program dies of the signal as it would have.
n=7
for sig in SEGV ABRT; do
	tmux_keys -l "sh -c 'echo \$\$ >\"$T_TMP/pid\"; exec \"$HERSTEL\"'; echo STATUS=\$?"
	tmux_keys Enter
	tmux_wait 'Recovery'
	kill -$sig "$(cat "$T_TMP/pid")"
	tmux_wait '^STATUS=1[0-9][0-9]'; t_ok $? "SIG$sig ends the program by the signal"
	stty_check "after SIG$sig" $n
	t_eq "alternate screen" "$(tmux_cmd display-message -p -t t '#{alternate_on}')" 0 \
		"after SIG$sig the main screen is back"
	t_eq "cursor" "$(tmux_cmd display-message -p -t t '#{cursor_flag}')" 1 \
		"after SIG$sig the cursor is visible"
	n=$((n + 2))
done
t_eq "quick_check" "$("${SQLITE3_BIN:-sqlite3}" "$HERSTEL_DB" 'PRAGMA quick_check')" ok \
	"after all of it the journal passes quick_check"

done_testing
