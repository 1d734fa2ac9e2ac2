#!/bin/sh
# basics.sh: help, version, usage errors, where the journal lives, config
# listing and the exercise search of the command line.
. "$TESTS_SRCDIR/lib.sh"

## --help and --version ----------------------------------------------------

t_run --help
t_status 0 "--help exits 0"
for c in log sore sleep day exercises undo status config; do
	t_match stdout "$T_OUT" "herstel $c( |\$)" "--help lists the $c command"
done
t_eq stderr "$T_ERR" "" "--help writes nothing on stderr"
help=$T_OUT

t_run help
t_status 0 "herstel help exits 0"
t_eq "herstel help" "$T_OUT" "$help" "herstel help prints what --help prints"
t_run help export
t_status 0 "herstel help export exits 0"
t_match stdout "$T_OUT" '^usage: herstel export \[--format csv\|json\|strong\]' "help export: its usage"
t_match stdout "$T_OUT" '^  -o, --output FILE +the file to write' "help export: its options, described"
t_nomatch stdout "$T_OUT" '--quality' "help export: no option of another command"
t_run status --help
t_status 0 "status --help exits 0"
t_match stdout "$T_OUT" '^ +--explain G +how the group' "status --help: status's own options"
t_run help frobnicate
t_status 2 "help of an unknown command exits 2"
t_match stderr "$T_ERR" 'unknown command "frobnicate"' "help names the unknown command"
t_run --config "$T_TMP/missing-rc" --at nonsense help
t_status 0 "help needs no herstelrc and no clock"

t_run exercises --names front squat
t_status 0 "exercises --names exits 0"
t_match stdout "$T_OUT" '^front squat$' "exercises --names: the name alone on its line"
t_nomatch stdout "$T_OUT" 'quads' "exercises --names: no groups"
t_run exercises --names --unplaced
t_status 2 "exercises --names --unplaced is a usage error"

t_run --version
t_status 0 "--version exits 0"
t_match stdout "$T_OUT" '^herstel [0-9]+\.[0-9]+' "--version prints herstel and a version number"

## usage errors ---------------------------------------------------------------

t_run frobnicate
t_status 2 "an unknown command exits 2"
t_match stderr "$T_ERR" 'unknown command "frobnicate"' "an unknown command is named on stderr"
t_eq stdout "$T_OUT" "" "an unknown command prints nothing on stdout"

t_run --frobnicate
t_status 2 "an unknown global option exits 2"
t_match stderr "$T_ERR" '--frobnicate' "an unknown global option is named on stderr"

t_run log --frobnicate "squat 5x5"
t_status 2 "an unknown option of a command exits 2"
t_match stderr "$T_ERR" '--frobnicate' "an unknown option of a command is named on stderr"
t_match stderr "$T_ERR" 'usage: herstel log' "an unknown option of a command shows the command's usage"

t_run status --quality 3
t_status 2 "an option of another command (status --quality 3) exits 2"
t_match stderr "$T_ERR" '--quality' "the misplaced option is named in the message"
t_match stderr "$T_ERR" 'usage: herstel status' "the misplaced option shows status's usage"

t_run sleep --format tsv 7
t_status 2 "an option of another command (sleep --format) exits 2"
t_eq journal "$(t_sum)" absent "usage errors create no journal"

## where the journal lives ----------------------------------------------------

saved_db=$HERSTEL_DB
unset HERSTEL_DB
t_run undo
t_status 0 "without HERSTEL_DB the default journal is used"
def="$XDG_DATA_HOME/herstel/herstel.db"
[ -f "$def" ]
t_ok $? "the journal is created at \$XDG_DATA_HOME/herstel/herstel.db"
t_eq "journal mode" "$(stat -c %a "$def" 2>/dev/null)" 600 "the new journal has mode 0600"
t_eq "directory mode" "$(stat -c %a "$XDG_DATA_HOME/herstel" 2>/dev/null)" 700 \
	"the new journal's directory has mode 0700"
t_eq journal "$(t_sum "$saved_db")" absent "HERSTEL_DB's file is not made when it is unset"

# With XDG_DATA_HOME unset too, ~/.local/share/herstel is the place.
saved_xdg=$XDG_DATA_HOME
unset XDG_DATA_HOME
t_run undo
t_status 0 "without XDG_DATA_HOME the journal goes under HOME"
[ -f "$HOME/.local/share/herstel/herstel.db" ]
t_ok $? "the journal is created at ~/.local/share/herstel/herstel.db"
export XDG_DATA_HOME="$saved_xdg"
export HERSTEL_DB="$saved_db"

other="$T_TMP/other.db"
t_run --db "$other" log "squat 3x5 100kg"
t_status 0 "--db FILE logs"
t_eq "rows in --db file" "$(${SQLITE3_BIN:-sqlite3} -readonly -batch "$other" 'SELECT count(*) FROM lift')" 3 \
	"--db FILE gets the rows"
t_eq "HERSTEL_DB" "$(t_sum)" absent "--db overrides HERSTEL_DB (its file is not touched)"

t_run log --db "$other" "squat 2x5 100kg"
t_status 0 "--db also works after the command"
t_eq "rows in --db file" "$(${SQLITE3_BIN:-sqlite3} -readonly -batch "$other" 'SELECT count(*) FROM lift')" 5 \
	"--db after the command writes to FILE"
t_eq "HERSTEL_DB" "$(t_sum)" absent "--db after the command overrides HERSTEL_DB"

## config ---------------------------------------------------------------------

t_run config
t_status 0 "config exits 0"
t_match stdout "$T_OUT" '^\[recovery\] due_days = 7' "config lists [recovery] due_days with its default"
t_match stdout "$T_OUT" '^\[general\] units = kg' "config lists [general] units with its default"
t_match stdout "$T_OUT" '^\[base_hours\] quads = 72' "config lists the base hours (quads 72)"
t_match stdout "$T_OUT" 'no file: defaults' "config says no file was read"
t_eq journal "$(t_sum)" absent "config does not create a journal"

## exercises ------------------------------------------------------------------

t_run exercises squat
t_status 0 "exercises squat exits 0"
t_match stdout "$T_OUT" '^squat +quads' "exercises squat finds squat, with its primary group"
t_match stdout "$T_OUT" '^squat +quads \(\+ .*glutes' "exercises squat shows secondary groups"

t_run exercises kniebuiging
t_status 0 "exercises kniebuiging exits 0"
t_match stdout "$T_OUT" '^squat ' "the Dutch alias kniebuiging finds squat"

t_run exercises zzzz
t_status 1 "exercises zzzz exits 1"
t_eq stdout "$T_OUT" "" "exercises zzzz prints no exercise"
t_match stderr "$T_ERR" 'nothing matches "zzzz"' "exercises zzzz says nothing matches"

t_run exercises
t_status 0 "exercises without text lists the catalogue"
t_match stdout "$T_OUT" '^bench press ' "the full list has bench press"
[ "$(printf '%s\n' "$T_OUT" | wc -l)" -gt 100 ]
t_ok $? "the full list has more than 100 exercises"

done_testing
