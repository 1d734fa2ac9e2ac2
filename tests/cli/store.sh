#!/bin/sh
# store.sh: the journal file: foreign files are refused and left byte for
# byte as they were, a new journal is marked as herstel's, and its file and
# directory are private.
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}

# foreign FILE PATTERN NAME: herstel refuses FILE with exit 1, a message
# matching PATTERN, and leaves it (and its directory) untouched.
foreign() {
	f_file=$1 f_pat=$2 f_name=$3
	f_before=$(cksum <"$f_file")
	f_mode=$(stat -c %a "$f_file")
	t_run --db "$f_file" log "squat 3x5 100kg"
	t_status 1 "$f_name: log exits 1"
	t_match stderr "$T_ERR" "$f_pat" "$f_name: the message says why"
	t_match stderr "$T_ERR" "$f_file" "$f_name: the message names the file"
	t_eq stdout "$T_OUT" "" "$f_name: nothing logged on stdout"
	t_eq cksum "$(cksum <"$f_file")" "$f_before" "$f_name: the file is byte for byte unchanged"
	t_eq mode "$(stat -c %a "$f_file")" "$f_mode" "$f_name: the file's mode is unchanged"
	[ ! -e "$f_file-wal" ] && [ ! -e "$f_file-shm" ] && [ ! -e "$f_file-journal" ]
	t_ok $? "$f_name: no -wal, -shm or -journal file is left next to it"
	t_run --db "$f_file" status
	t_status 1 "$f_name: status exits 1 too"
	t_eq cksum "$(cksum <"$f_file")" "$f_before" "$f_name: still unchanged after status"
}

## foreign files ----------------------------------------------------------------

head -c 4096 /dev/urandom >"$T_TMP/random.bin"
foreign "$T_TMP/random.bin" 'not a herstel journal' "random bytes"

printf 'just a note\n' >"$T_TMP/short.txt"
foreign "$T_TMP/short.txt" 'not a herstel journal' "a short text file"

i=0
: >"$T_TMP/notes.txt"
while [ $i -lt 40 ]; do
	echo "line $i of a text file that is certainly not a database" >>"$T_TMP/notes.txt"
	i=$((i + 1))
done
foreign "$T_TMP/notes.txt" 'not a herstel journal' "a text file"

"$SQLITE3" "$T_TMP/other-app.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (42);'
foreign "$T_TMP/other-app.db" 'another application' "another app's SQLite file"
t_eq "other app" "$("$SQLITE3" -readonly "$T_TMP/other-app.db" 'SELECT x FROM t')" 42 \
	"another app's data is still readable"

# A journal written by a newer herstel.
newer="$T_TMP/newer.db"
t_run --db "$newer" log "squat 3x5 100kg"
t_status 0 "a journal to make newer"
"$SQLITE3" "$newer" 'PRAGMA user_version = 99'
foreign "$newer" 'newer than this herstel' "a journal with a newer schema"
t_eq "version" "$("$SQLITE3" -readonly "$newer" 'PRAGMA user_version')" 99 \
	"the newer journal keeps its version"
[ ! -e "$newer.bak-v99" ] && [ ! -e "$newer.bak-v1" ]
t_ok $? "no backup is made of a newer journal (nothing is migrated)"

mkdir "$T_TMP/a-dir.db"
t_run --db "$T_TMP/a-dir.db" log "squat 3x5 100kg"
t_status 1 "a directory as journal exits 1"
t_match stderr "$T_ERR" 'not a regular file' "a directory as journal: the message says why"

## a new journal ----------------------------------------------------------------

: >"$HERSTEL_DB"
chmod 600 "$HERSTEL_DB"
t_run log "squat 3x5 100kg"
t_status 0 "an empty 0-byte file is accepted"
# (before the sqlite3 shell reads it: a read-only reader leaves -wal and -shm)
[ ! -e "$HERSTEL_DB-wal" ] && [ ! -e "$HERSTEL_DB-shm" ]
t_ok $? "no -wal or -shm file is left after the command"
t_eq rows "$(t_sql 'SELECT count(*) FROM lift')" 3 "the empty file became a journal with the rows"
t_eq application_id "$(t_sql 'PRAGMA application_id')" 1215460212 \
	"application_id is 0x48727374 (\"Hrst\")"
# The schema version is the one herstel writes in its JSON export.
version=$("$HERSTEL" export --format json | sed -n 's/.*"schema_version":\([0-9]*\).*/\1/p')
t_eq user_version "$(t_sql 'PRAGMA user_version')" "$version" \
	"user_version is the schema version of this herstel ($version)"
t_eq journal_mode "$(t_sql 'PRAGMA journal_mode')" wal "journal_mode is wal"
t_eq integrity "$(t_sql 'PRAGMA integrity_check')" ok "the journal passes integrity_check"
t_eq "foreign keys" "$(t_sql 'PRAGMA foreign_key_check')" "" "no foreign key is broken"
t_eq tables "$(t_sql "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master
	WHERE type = 'table' ORDER BY name)")" \
	"activity batch checked day exercise exercise_group lift regroup sleep soreness" \
	"the journal has the ten tables"
t_run undo
t_status 0 "an existing journal opens again"

fresh_db="$T_TMP/fresh.db"
t_run --db "$fresh_db" undo
t_status 0 "a missing file is created"
t_eq application_id "$("$SQLITE3" -readonly "$fresh_db" 'PRAGMA application_id')" 1215460212 \
	"a created journal has herstel's application_id"
t_eq user_version "$("$SQLITE3" -readonly "$fresh_db" 'PRAGMA user_version')" "$version" \
	"a created journal has this herstel's user_version"
t_eq mode "$(stat -c %a "$fresh_db")" 600 "a created journal has mode 0600"

deep="$T_TMP/x/y/z/journal.db"
t_run --db "$deep" undo
t_status 0 "a journal in missing directories exits 0"
[ -f "$deep" ]
t_ok $? "the missing directories and the journal are created"
t_eq "dir mode" "$(stat -c %a "$T_TMP/x") $(stat -c %a "$T_TMP/x/y/z")" "700 700" \
	"the created directories have mode 0700"

umask 000
t_run --db "$T_TMP/open/journal.db" log "squat 3x5 100kg"
t_status 0 "logging under umask 000 exits 0"
t_eq mode "$(stat -c %a "$T_TMP/open/journal.db")" 600 "under umask 000 the journal's mode is 0600"
t_eq "dir mode" "$(stat -c %a "$T_TMP/open")" 700 "under umask 000 the new directory's mode is 0700"
t_run --db "$T_TMP/open/journal.db" log "squat 3x5 100kg"
t_eq mode "$(stat -c %a "$T_TMP/open/journal.db")" 600 "the mode stays 0600 after another write"
umask 022

## a read-only journal ------------------------------------------------------------

ro="$T_TMP/readonly.db"
t_run --db "$ro" log "squat 3x5 100kg"
chmod 0400 "$ro"
if [ "$(id -u)" = 0 ]; then
	for what in "log exits 1" "the message says the journal is read-only" \
	    "the message names the file" "the file is unchanged" \
	    "no -wal or -shm file is left next to it" "made writable again, it can be written"; do
		T_N=$((T_N + 1))
		echo "ok $T_N - a read-only journal: $what # SKIP root ignores file permissions"
	done
else
	ro_before=$(cksum <"$ro")
	t_run --db "$ro" log "squat 3x5 100kg"
	t_status 1 "a read-only journal: log exits 1"
	t_match stderr "$T_ERR" '[Rr]ead-?only' "a read-only journal: the message says the journal is read-only"
	t_match stderr "$T_ERR" "$ro" "a read-only journal: the message names the file"
	t_eq cksum "$(cksum <"$ro")" "$ro_before" "a read-only journal: the file is unchanged"
	[ ! -e "$ro-wal" ] && [ ! -e "$ro-shm" ]
	t_ok $? "a read-only journal: no -wal or -shm file is left next to it"
	chmod 0600 "$ro"
	t_run --db "$ro" log "squat 3x5 100kg"
	t_status 0 "a read-only journal made writable again, it can be written"
fi

## reading creates nothing -------------------------------------------------------

for cmd in "exercises curl" "status" "week" "export" "export --format json"; do
	# shellcheck disable=SC2086
	t_run --db "$T_TMP/none/sub/journal.db" $cmd
	t_status 0 "$cmd where no journal is exits 0"
	[ ! -e "$T_TMP/none" ]
	t_ok $? "$cmd where no journal is creates neither the journal nor its directories"
done
t_run --db "$T_TMP/none/journal.db" import --dry-run "$TESTS_SRCDIR/fixtures/herstel.csv"
t_status 0 "import --dry-run where no journal is exits 0"
[ ! -e "$T_TMP/none" ]
t_ok $? "import --dry-run where no journal is creates nothing"
t_run --db "$T_TMP/clean.db" log "squat 3x5 100kg"
for cmd in status week export exercises; do
	t_run --db "$T_TMP/clean.db" $cmd
	[ ! -e "$T_TMP/clean.db-wal" ] && [ ! -e "$T_TMP/clean.db-shm" ]
	t_ok $? "$cmd leaves no -wal or -shm beside the journal"
done

## a read-only filesystem ---------------------------------------------------------

# A bind mount made read-only in a user and mount namespace of its own
# (unshare -rm, as root or not): writes fail with EROFS, as on a CD or a
# filesystem the kernel remounted read-only after an error.
mkdir "$T_TMP/ro-src" "$T_TMP/ro"
t_run --db "$T_TMP/ro-src/journal.db" log --date 2026-11-16 "squat 5x5 100kg @8"
ro_cmds="status week export exercises log"
{
	echo "mount --bind '$T_TMP/ro-src' '$T_TMP/ro' && mount -o remount,bind,ro '$T_TMP/ro' || exit 99"
	echo "touch '$T_TMP/ro/probe' 2>/dev/null && exit 98"
	for cmd in $ro_cmds; do
		args=$cmd
		[ "$cmd" = log ] && args="log 'squat 1x5 100kg'"
		echo "'$HERSTEL' --db '$T_TMP/ro/journal.db' $args >'$T_TMP/ro.$cmd.out' 2>'$T_TMP/ro.$cmd.err'"
		echo "echo \$? >'$T_TMP/ro.$cmd.status'"
	done
} >"$T_TMP/ro.sh"
unshare -rm sh "$T_TMP/ro.sh" 2>"$T_TMP/ro.why"
ro=$?
if [ $ro -ne 0 ]; then
	for cmd in $ro_cmds; do
		T_N=$((T_N + 1))
		echo "ok $T_N - a read-only filesystem: $cmd # SKIP unshare -rm could not make a read-only mount (exit $ro: $(head -n 1 "$T_TMP/ro.why"))"
	done
else
	for cmd in status week export exercises; do
		t_eq "$cmd" "$(cat "$T_TMP/ro.$cmd.status") $(cat "$T_TMP/ro.$cmd.err")" "0 " \
			"a read-only filesystem: $cmd reads the journal"
	done
	grep -q 'squat,100,0,5,8' "$T_TMP/ro.export.out"
	t_ok $? "a read-only filesystem: export has the set"
	t_eq log "$(cat "$T_TMP/ro.log.status")" 1 "a read-only filesystem: log exits 1"
	t_match stderr "$(cat "$T_TMP/ro.log.err")" 'Read-only file system' \
		"a read-only filesystem: log says the filesystem is read-only"
fi

done_testing
