#!/bin/sh
# hostile.sh: hostile and broken input never crashes herstel and never
# changes the journal. One table: each row is the input, the exit status
# herstel must give, a pattern its message must match, and a checksum of
# the database before and after (three TAP lines a row).
#
# Rows for the import formats come when `herstel import` does (TODO below);
# the forms of the interactive journal are checked by tests/tui/*.sh.
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}
ROWS=0

# row STATUS PATTERN NAME ARGS...: herstel ARGS exits STATUS with PATTERN on
# stderr and leaves $HERSTEL_DB byte for byte as it was.
row() {
	r_status=$1 r_pat=$2 r_name=$3
	shift 3
	ROWS=$((ROWS + 1))
	r_before=$(t_sum)
	t_run "$@"
	t_status "$r_status" "$r_name: exit $r_status"
	t_match stderr "$T_ERR" "^herstel: .*$r_pat" "$r_name: the message says why"
	t_eq checksum "$(t_sum)" "$r_before" "$r_name: the database is unchanged"
}

# skip_row NAME WHY: a row that cannot run here, as three skipped checks.
skip_row() {
	ROWS=$((ROWS + 1))
	for what in "exit status" "the message says why" "the database is unchanged"; do
		T_N=$((T_N + 1))
		echo "ok $T_N - $1: $what # SKIP $2"
	done
}

# A journal with something in it, for every row that does not bring its own.
t_run log "squat 5x5 100kg @8 # before"
t_status 0 "a journal to attack"

long() { head -c "$1" /dev/zero | tr '\0' "$2"; }

## the command line -------------------------------------------------------------

row 1 'control character \(0x1b\)' "an escape sequence in a note" log "$(printf 'squat 5x5 # \033[2Jgone')"
row 1 'invalid UTF-8' "a note that is not UTF-8" log "$(printf 'squat 5x5 # \377')"
row 1 'note has a control character' "an escape sequence in a day note" day rest --note "$(printf 'a\033[2Jb')"
t_run log "$(printf 'squat 5x5 # \033[2Jgone')"
printf '%s' "$T_ERR" | grep -q "$(printf '\033')"
[ $? -ne 0 ]; t_ok $? "the refusal does not echo the escape character to the terminal"
row 1 'bad date "2026-02-30"' "log --date 2026-02-30" log --date 2026-02-30 "squat 5x5 100kg"
row 1 'bad date "99999-01-01"' "log --date 99999-01-01" log --date 99999-01-01 "squat 5x5"
row 1 'bad date ""' "log --date ''" log --date "" "squat 5x5"
row 1 'bad date "1899-12-31"' "a date before 1900" log --date 1899-12-31 "squat 5x5"
row 1 'bad date "-36501"' "a date 36501 days back" log --date -36501 "squat 5x5"
row 1 'bad time "24:00"' "log --time 24:00" log --time 24:00 "squat 5x5"
row 1 'bad time "7:5"' "log --time 7:5" log --time 7:5 "squat 5x5"
row 1 'bad time stamp "garbage"' "--at garbage" --at garbage log "squat 5x5"
row 1 'RPE must be from 1 to 10, got 11' "RPE 11" log "squat 5x5 100kg @11"
row 1 'RPE must be in steps of 0.5, got 7.3' "RPE 7.3" log "squat 5x5 100kg @7.3"
row 1 'missing RPE after "@"' "a bare @" log "squat 5x5 100kg @"
row 1 'sets must be from 1 to 50, got 51' "51 sets" log "squat 50x5 100kg, 1x5"
row 1 'unexpected "100kg" after the load' "51x5 is a load, then a second one" log "squat 51x5 100kg"
row 1 'reps must be from 1 to 1000, got 1001' "1001 reps" log "squat 5x1001 100kg"
row 1 'reps must be from 1 to 1000' "reps beyond every integer type" \
	log "squat 5x99999999999999999999999 100kg"
row 1 'sets must be from 1 to 50' "a list of 51 sets" log "squat $(long 50 'x' | sed 's/x/5,/g')5"
row 1 'weight must be from 0 to 1000 kg' "a negative weight" log "squat 5x5 -0.5kg"
row 1 'weight must be from 0 to 1000 kg' "a weight with 400 digits" log "squat 5x5 $(long 400 9)kg"
row 1 'bad unit "stone"' "a weight in stone" log "squat 5x5 100stone"
row 1 'bad load "bw\+"' "bw+ without a number" log "pull-up 3x8 bw+"
row 1 'unexpected "1e400kg"' "an exponent as weight" log "squat 5x5 1e400kg"
row 1 'missing exercise name' "an empty entry" log ""
row 1 'missing exercise name' "an entry that is only a note" log "# only a note"
row 1 'note is longer than 500 characters' "a note of 501 characters" \
	log "squat 5x5 100kg # $(long 501 n)"
row 1 'unknown exercise' "an exercise name of 5000 characters" log "$(long 5000 a) 5x5"
row 1 'the entry has (a control character|invalid UTF-8)' "control characters and bytes that are not UTF-8" \
	log "$(printf '\001\002\033[2J\377\376 5x5')"
row 1 'the entry has invalid UTF-8' "an overlong UTF-8 encoding" log "$(printf 'squ\300\301at 5x5')"
row 1 'the entry has invalid UTF-8' "a lone UTF-8 continuation byte" log "$(printf '\200squat 5x5')"
row 1 'unknown exercise' "a right-to-left override in the name" log "$(printf 'squat\342\200\256 5x5')"
row 1 'the entry has invalid UTF-8' "a truncated UTF-8 sequence in the name" log "$(printf 'squat\342\200 5x5')"
row 1 'unknown group "quadz"' "sore with an unknown group" sore quadz=2
row 1 'unknown group ""' "sore =2" sore =2
row 1 'soreness must be 0 .* got "1.5"' "soreness 1.5" sore quads=1.5
row 1 'soreness must be 0 .* got ""' "soreness with no level" sore quads=
row 1 'hours must be a number from 0 to 24, got "nan"' "sleep nan" sleep nan
row 1 'hours must be a number from 0 to 24, got "inf"' "sleep inf" sleep inf
row 1 'hours must be a number from 0 to 24, got "1e308"' "sleep 1e308" sleep 1e308
row 1 '--quality must be from 1 to 5, got "x"' "sleep --quality x" sleep 7 --quality x
row 1 'unknown kind of day "lazy"' "day lazy" day lazy
row 1 'note is longer than 500 characters' "day --note of 5000 characters" \
	day --note "$(long 5000 n)"
row 1 'expected text, tsv or json, got "xml"' "status --format xml" status --format xml
row 1 'expected text, tsv or json, got "text\|tsv"' "status --format of two words" status --format 'text|tsv'
row 1 'expected auto, csv, .* got "csv\|json"' "import --format of two words" import --format 'csv|json' x.csv
row 1 'unknown group "nogroup"' "status --group nogroup" status --group nogroup
row 1 'the name must be 1 to 100 characters' "exercises --add ''" \
	exercises --add "" --primary quads
row 1 'unknown group "nogroup"' "exercises --primary nogroup" exercises --add x --primary nogroup
row 1 '--add: the name has a control character \(0x1b\)' "exercises --add with a title-setting escape" \
	exercises --add "$(printf 'x\033]0;pwned\007')" --primary quads
row 1 '--add: the name has invalid UTF-8' "exercises --add with broken UTF-8" \
	exercises --add "$(printf 'zercher \377 squat')" --primary quads
row 1 '--add: the name has a control character \(U\+009B\)' "exercises --add with a C1 control (CSI)" \
	exercises --add "$(printf 'zercher\302\23331m')" --primary quads
row 1 "the journal's path is empty" "--db ''" --db "" status
row 1 "the journal's path is empty" "--db '' for a write" --db "" log "squat 5x5"
row 2 'unknown option or missing value: --bogus' "an unknown global option" --bogus
row 2 '--quality is not an option of log' "an option of another command" log --quality 3 squat
row 2 'needs a value' "an option without its value" log --date
row 2 'unknown command "frobnicate"' "an unknown command" frobnicate
row 2 'unknown command' "a command of 10000 characters" "$(long 10000 c)"

## herstelrc ----------------------------------------------------------------------

RC="$T_TMP/rc"
# rc_row PATTERN NAME CONTENT: --config with CONTENT (printf format) is refused.
rc_row() {
	printf "$3" >"$RC"
	row 1 "$RC.*$1" "herstelrc: $2" --config "$RC" log "squat 1x5 100kg"
}
rc_row ':2: \[general\] level: expected beginner, intermediate or advanced, got "expert"' \
	"level = expert" '[general]\nlevel = expert\n'
rc_row 'units: expected kg or lb, got "stone"' "units = stone" '[general]\nunits = stone\n'
rc_row 'week_start: expected monday or sunday' "week_start = friday" '[general]\nweek_start = friday\n'
rc_row 'color: expected yes or no, got "maybe"' "color = maybe" '[general]\ncolor = maybe\n'
rc_row 'sleep_target: expected hours from 4 to 12, got "30"' "a number out of range" \
	'[recovery]\nsleep_target = 30\n'
rc_row 'sleep_target: expected hours from 4 to 12, got "seven"' "a word for a number" \
	'[recovery]\nsleep_target = seven\n'
rc_row 'sleep_target: .*got "nan"' "nan for a number" '[recovery]\nsleep_target = nan\n'
rc_row 'sleep_target: .*got "1e999"' "a number too big for a double" '[recovery]\nsleep_target = 1e999\n'
rc_row 'due_days: expected days from 1 to 365, got "042x"' "trailing junk after an integer" \
	'[recovery]\ndue_days = 042x\n'
rc_row 'due_days: .*got "1.5"' "a fraction for an integer" '[recovery]\ndue_days = 1.5\n'
rc_row '\[base_hours\] quads: expected hours from 1 to 168, got "-1"' "negative hours" \
	'[base_hours]\nquads = -1\n'
rc_row 'format: expected csv, json or strong, got "xml"' "export format = xml" '[export]\nformat = xml\n'
rc_row 'volume_min \(3\) is above volume_max \(1\)' "values that contradict each other" \
	'[recovery]\nvolume_min = 3\nvolume_max = 1\n'
rc_row ':1: syntax error: "\[general" is not a \[section\]' "an unclosed section" \
	'[general\nlevel = beginner\n'
rc_row ':2: syntax error' "a line that is not key = value" '[general]\njust words\n'
rc_row 'unknown group "nogroup"' "an exercise with an unknown group" \
	'[exercise zercher]\nprimary = nogroup\n'
rc_row 'expected primary = groups' "an exercise without primary groups" \
	'[exercise zercher]\nsecondary = quads\n'
rc_row 'bodyweight: expected yes or no, got "perhaps"' "an exercise with bodyweight = perhaps" \
	'[exercise zercher]\nprimary = quads\nbodyweight = perhaps\n'
rc_row 'binary data, not a herstelrc' "NUL bytes" '[general]\nlevel = beginner\000\001\n'
# (After a letter, so that the line is never a comment by chance.)
{ printf 'x'; head -c 3000 /dev/urandom | tr -d '\000' | tr '\n[' 'x]'; } >"$RC.bin"
row 1 "$RC.bin:[0-9]+: (syntax error|a line of [0-9]+ characters)" \
	"herstelrc: random bytes without NULs" --config "$RC.bin" log "squat 1x5"
long 2000000 '#' >"$RC.big"
row 1 "$RC.big: larger than 1 MiB" "herstelrc: a 2 MB file" --config "$RC.big" log "squat 1x5"
mkdir "$RC.dir"
row 1 "$RC.dir: Is a directory" "herstelrc: a directory" --config "$RC.dir" log "squat 1x5"
row 1 "$RC.none: No such file or directory" "herstelrc: --config names a missing file" \
	--config "$RC.none" log "squat 1x5"
printf '[general]\nlevel = beginner\n' >"$RC.ro"
chmod 000 "$RC.ro"
if [ "$(id -u)" = 0 ]; then
	skip_row "herstelrc: a file that cannot be read" "root reads every file"
else
	row 1 "$RC.ro: Permission denied" "herstelrc: a file that cannot be read" \
		--config "$RC.ro" log "squat 1x5"
fi

## the database file --------------------------------------------------------------

REAL="$HERSTEL_DB"
i=0
while [ $i -lt 30 ]; do
	"$HERSTEL" log "squat 5x5 100kg # filler $i" >/dev/null
	i=$((i + 1))
done
# db_row FILE STATUS PATTERN NAME: herstel --db FILE log is refused and
# leaves FILE byte for byte as it was.
db_row() {
	HERSTEL_DB=$1
	row "$2" "$3" "database: $4" log "squat 1x5 100kg"
	HERSTEL_DB=$REAL
}
head -c 8192 /dev/urandom >"$T_TMP/random.db"
db_row "$T_TMP/random.db" 1 'not a herstel journal \(not an SQLite database\)' "random bytes"
head -c 1000 "$REAL" >"$T_TMP/trunc1000.db"
db_row "$T_TMP/trunc1000.db" 1 'malformed' "a journal cut after 1000 bytes"
head -c 8192 "$REAL" >"$T_TMP/trunc8k.db"
db_row "$T_TMP/trunc8k.db" 1 'malformed' "a journal cut after two pages"
head -c 50 "$REAL" >"$T_TMP/trunc50.db"
db_row "$T_TMP/trunc50.db" 1 'not a herstel journal' "a journal cut inside its header"
cp "$REAL" "$T_TMP/page2.db"
head -c 4096 /dev/urandom | dd of="$T_TMP/page2.db" bs=4096 seek=1 conv=notrunc 2>/dev/null
db_row "$T_TMP/page2.db" 1 'malformed' "a journal with random bytes over its second page"
"$SQLITE3" "$T_TMP/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (42);'
db_row "$T_TMP/other.db" 1 'another application' "another app's SQLite file"
cp "$REAL" "$T_TMP/newer.db"
"$SQLITE3" "$T_TMP/newer.db" 'PRAGMA user_version = 99'
db_row "$T_TMP/newer.db" 1 'newer than this herstel' "a newer schema version"
cp "$REAL" "$T_TMP/dropped.db"
"$SQLITE3" "$T_TMP/dropped.db" 'DROP TABLE lift'
db_row "$T_TMP/dropped.db" 1 "schema is not the one herstel made \\(table lift is missing\\)" \
	"a journal missing a table"
cp "$REAL" "$T_TMP/v0.db"
"$SQLITE3" "$T_TMP/v0.db" 'PRAGMA user_version = 0'
db_row "$T_TMP/v0.db" 1 "schema is not the one herstel made \\(table activity is not herstel's\\)" \
	"a journal whose version was reset to 0"
[ ! -e "$T_TMP/v0.db.bak-v0" ]
t_ok $? "database: a journal whose version was reset to 0: nothing is migrated, no backup made"
mkdir "$T_TMP/dir.db"
db_row "$T_TMP/dir.db" 1 'not a regular file' "a directory"
mkfifo "$T_TMP/fifo.db"
HERSTEL_DB="$T_TMP/fifo.db"
t_run log "squat 1x5 100kg"
HERSTEL_DB=$REAL
ROWS=$((ROWS + 1))
t_status 1 "database: a FIFO: exit 1 (and no hang)"
t_match stderr "$T_ERR" 'not a regular file' "database: a FIFO: the message says why"
: >"$T_TMP/afile"
db_row "$T_TMP/afile/journal.db" 1 'afile/journal.db: .*Not a directory' \
	"a missing directory under a file"
ln -s "$T_TMP/nowhere/x.db" "$T_TMP/dangling.db"
mkdir "$T_TMP/nowhere"
chmod 0500 "$T_TMP/nowhere"
if [ "$(id -u)" = 0 ]; then
	skip_row "database: a symlink into a read-only directory" "root writes everywhere"
	skip_row "database: a read-only file" "root writes every file"
	skip_row "database: a read-only directory" "root writes everywhere"
else
	db_row "$T_TMP/dangling.db" 1 'Permission denied' "a symlink into a read-only directory"
	cp "$REAL" "$T_TMP/ro.db"
	chmod 0400 "$T_TMP/ro.db"
	db_row "$T_TMP/ro.db" 1 'cannot write the journal' "a read-only file"
	mkdir "$T_TMP/rodir"
	cp "$REAL" "$T_TMP/rodir/journal.db"
	chmod 0500 "$T_TMP/rodir"
	db_row "$T_TMP/rodir/journal.db" 1 "cannot write in the journal's directory" \
		"a read-only directory"
	chmod 0700 "$T_TMP/rodir"
fi
chmod 0700 "$T_TMP/nowhere"
t_eq quick_check "$(t_sql 'PRAGMA quick_check')" ok "the journal attacked by every row passes quick_check"

## the import formats ---------------------------------------------------------------
# TODO when `herstel import` lands: for csv, json and strong each, rows of an
# empty file, random bytes, a header only, a header of another app, a
# truncated last line, a field of 1 MB, dates and numbers out of range, a
# quote never closed, a UTF-8 BOM and invalid UTF-8; and for export, a
# symlink where the file should go and a read-only export directory.

t_diag "$ROWS rows"
[ "$ROWS" -ge 50 ]
t_ok $? "the table has at least 50 rows ($ROWS)"

done_testing
