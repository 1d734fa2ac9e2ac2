#!/bin/sh
# tests/tui/export.sh: x opens the export dialog (format, range, file) in
# the journal screen and the week view; Enter checks every field and writes
# the file, mode 0600, saying where and how many records; a bad field or
# Esc writes nothing.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux jq

# This week (Monday 16 to Sunday 22 November 2026; the clock is Tuesday 17)
# holds four records; Tuesday 10, the week before, one more.
"$HERSTEL" log --date 2026-11-16 "squat 3x5 100kg @8" >/dev/null
"$HERSTEL" sleep --date 2026-11-16 7 >/dev/null
"$HERSTEL" log --date 2026-11-10 "deadlift 1x5 140kg @8" >/dev/null
DIR="$XDG_DATA_HOME/herstel/exports"
FILE="$DIR/herstel-2026-11-17-1200.csv"
files() { find "$T_TMP" -name 'herstel-*' -o -name '.herstel-export*' | sort; }

tmux_start 80 24 "\"$HERSTEL\""
tmux_wait 'Recovery'; t_ok $? "the journal screen is up"
tmux_keys x
tmux_wait 'Export'; t_ok $? "x opens the export dialog"
tmux_wait 'Format +‹ csv ›'; t_ok $? "the format defaults to herstelrc's (csv)"
tmux_wait 'Range +‹ all › +the whole history'; t_ok $? "the range defaults to the whole history"
tmux_wait 'File .*herstel/exports/herstel-2026-11-17-1200\.csv'; t_ok $? \
	"the file defaults to the export directory and the date and time"
[ ! -e "$DIR" ]
t_ok $? "opening the dialog makes no directory"
tmux_keys Enter
tmux_wait 'exported 5 records to .*/exports/herstel-2026-11-17-1200\.csv'; t_ok $? \
	"Enter exports and the status line says how many records and where"
tmux_gone 'Format +‹'; t_ok $? "the dialog closes"
[ -f "$FILE" ]
t_ok $? "the file is in \$XDG_DATA_HOME/herstel/exports"
t_eq mode "$(stat -c %a "$FILE" 2>/dev/null)" 600 "the file has mode 0600"
t_eq "dir mode" "$(stat -c %a "$DIR" 2>/dev/null)" 700 "the missing export directory is made, mode 0700"
t_eq "export" "$(cat "$FILE" 2>/dev/null)" "$("$HERSTEL" export)" "the file is what herstel export writes"

# json, this week.
tmux_keys x
tmux_wait 'Format +‹ csv ›'
tmux_keys Right
tmux_wait 'Format +‹ json ›'; t_ok $? "→ cycles the format to json"
tmux_wait 'File .*herstel-2026-11-17-1200\.json'; t_ok $? "... and the default file name follows"
tmux_keys Tab Space
tmux_wait 'Range +‹ this week › +2026-11-16 to 2026-11-22'; t_ok $? \
	"Tab, space: this week, with its dates"
tmux_keys Enter
tmux_wait 'exported 4 records to .*herstel-2026-11-17-1200\.json'; t_ok $? "this week has four records"
JSON="$DIR/herstel-2026-11-17-1200.json"
t_eq mode "$(stat -c %a "$JSON" 2>/dev/null)" 600 "the json file has mode 0600"
t_eq "json dates" "$(jq -r '[.sets[].date, .sleep[].date] | unique | join(",")' "$JSON" 2>&1)" \
	2026-11-16 "the json holds only this week's records"

# A bad date names its field, keeps the text and writes nothing.
BEFORE=$(files)
tmux_keys x
tmux_wait 'Range +‹ all ›'
tmux_keys Tab Left
tmux_wait 'Range +‹ from-to ›'; t_ok $? "← cycles the range back to from-to"
tmux_wait 'From'; t_ok $? "from-to shows the From and To fields"
tmux_keys Tab
tmux_keys -l '2026-13-40'
tmux_keys Enter
tmux_wait 'export: from: bad date "2026-13-40"'; t_ok $? "a bad from-date is named on the status line"
tmux_wait 'From +2026-13-40'; t_ok $? "... the dialog stays with the text as typed"
tmux_keys C-u
tmux_keys -l '2026-11-20'
tmux_keys Tab
tmux_keys -l '2026-11-10'
tmux_keys Enter
tmux_wait 'export: from: 2026-11-20 is after to: 2026-11-10'; t_ok $? "from after to is an error"
t_eq files "$(files)" "$BEFORE" "the refused exports wrote nothing"

# A link at the destination is refused; a missing typed directory is not made.
ln -s "$T_TMP/target" "$DIR/link.csv"
tmux_keys C-u Tab C-u Tab C-u
tmux_keys -l "$DIR/link.csv"
tmux_keys Enter
tmux_wait 'export: link\.csv is a symbolic link; not writing through it'; t_ok $? \
	"a symbolic link at the destination is refused, named by its file name"
[ ! -e "$T_TMP/target" ]
t_ok $? "... and nothing is written through it"
tmux_keys C-u
tmux_keys -l "$T_TMP/nope/x.csv"
tmux_keys Enter
tmux_wait 'file: directory .*/nope does not exist'; t_ok $? "a missing typed directory is named"
[ ! -e "$T_TMP/nope" ]
t_ok $? "... and not made"

# Esc writes nothing.
tmux_keys Escape
tmux_wait 'export cancelled: nothing written'; t_ok $? "Esc cancels"
tmux_gone 'Format +‹'
t_eq files "$(files)" "$BEFORE" "Esc wrote nothing"

# From the week view: the viewed week preselected.
tmux_keys w
tmux_wait 'week 47'
tmux_wait 'x export'; t_ok $? "the week view's hints show x export"
tmux_wait 'q quit'; t_ok $? "... and still q quit at 80 columns"
tmux_keys '['
tmux_wait 'week 46'
tmux_keys x
tmux_wait 'Range +‹ from-to ›'; t_ok $? "x in the week view opens the dialog on from-to"
tmux_wait 'From +2026-11-09'; t_ok $? "... from the first day of the viewed week"
tmux_wait 'To +2026-11-15'; t_ok $? "... to its last"
tmux_keys BTab C-u
tmux_keys -l "$T_TMP/week46.csv"
tmux_keys Enter
tmux_wait 'exported 1 record to .*week46\.csv'; t_ok $? "the viewed week has one record"
tmux_wait 'week 46'; t_ok $? "... and the week view is back"
t_eq "week csv" "$(tail -n +2 "$T_TMP/week46.csv" | cut -d, -f2 | sort -u)" 2026-11-10 \
	"the file holds the viewed week's record"

printf '[export]\nformat = json\ndirectory = %s\n' "$T_TMP/out" >"$HERSTEL_CONFIG"
tmux_keys q
tmux_dead
tmux_cmd respawn-pane -k -t t "\"$HERSTEL\""
tmux_wait 'Recovery'
tmux_keys x
tmux_wait 'Format +‹ json ›'; t_ok $? "[export] format of herstelrc is the default"
tmux_keys Enter
tmux_wait 'exported 5 records to .*out/herstel-2026-11-17-1200\.json'; t_ok $? "x exports again after a restart"
[ -f "$T_TMP/out/herstel-2026-11-17-1200.json" ]
t_ok $? "[export] directory of herstelrc is used (and made)"

done_testing
