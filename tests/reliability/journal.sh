#!/bin/sh
# journal.sh: a hostile or damaged journal file. What lies inside the file
# (rows the schema never lets in, text a terminal would act on) and, in
# later sections, what lies next to it and in its schema. Every reading
# command reports damage with its table and row and never crashes; text
# from the journal reaches no terminal raw.
. "$TESTS_SRCDIR/lib.sh"

t_require sqlite3
SQLITE3=${SQLITE3_BIN:-sqlite3}
sq() { "$SQLITE3" -batch -noheader "$@"; }

# A journal of every kind of record, a week before the pinned clock.
base="$T_TMP/base.db"
HERSTEL_DB=$base
"$HERSTEL" log --date 2026-11-12 "squat 5x5 100kg @8 # heavy" "bench press 3x8 60kg" >/dev/null &&
	"$HERSTEL" sore --date 2026-11-13 quads=2 chest=1 >/dev/null &&
	"$HERSTEL" sleep --date 2026-11-13 7.5 --quality 4 >/dev/null &&
	"$HERSTEL" day --date 2026-11-13 rest --note "easy day" >/dev/null
t_ok $? "a journal with sets, soreness, sleep and a day"

# damage NAME SQL...: a copy of the base journal as $T_TMP/NAME.db, changed
# by each SQL in turn (one sqlite3 run each, so that a schema edit of one is
# read by the next), CHECK constraints ignored.
damage() {
	d_db="$T_TMP/$1.db"
	shift
	cp "$base" "$d_db"
	for d_sql in "$@"; do
		sq -cmd 'PRAGMA ignore_check_constraints = ON' "$d_db" "$d_sql" || return 1
	done
}
# A NULL where the schema says NOT NULL: let the column take it for one
# statement, as one zeroed byte of a record's header would.
allow_null() { # allow_null TABLE COLUMN-DEFINITION WITHOUT-NOT-NULL
	printf "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, '%s', '%s') WHERE name = '%s'" \
		"$2" "$3" "$1"
}

# refused NAME DB PATTERN: log and status on DB exit 1 with PATTERN, write
# nothing, and leave DB, DB-wal and DB-journal byte for byte as they were.
refused() {
	f_db=$2
	f_sums="$(t_sum "$f_db") $(t_sum "$f_db-wal") $(t_sum "$f_db-journal")"
	for f_cmd in log status; do
		if [ $f_cmd = log ]; then
			t_run --db "$f_db" log "squat 1x5 100kg # refused"
		else
			t_run --db "$f_db" status
		fi
		t_status 1 "$1: $f_cmd exits 1"
		t_match stderr "$T_ERR" "$3" "$1: $f_cmd says why"
		t_eq stdout "$T_OUT" "" "$1: $f_cmd prints nothing else"
	done
	t_eq "files" "$(t_sum "$f_db") $(t_sum "$f_db-wal") $(t_sum "$f_db-journal")" "$f_sums" \
		"$1: the journal and what lies beside it are byte for byte as they were"
}

## what lies next to it -------------------------------------------------------

# Another program's database with its write-ahead log still beside it.
"$SQLITE3" "$T_TMP/other.db" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO notes (text) VALUES ('not a training journal');
.shell cp "$T_TMP/other.db-wal" "$T_TMP/other.wal"
SQL
[ -s "$T_TMP/other.wal" ]
t_ok $? "another program's write-ahead log, with frames"
cp "$base" "$T_TMP/foreign-wal.db"
cp "$T_TMP/other.wal" "$T_TMP/foreign-wal.db-wal"
refused "a foreign -wal" "$T_TMP/foreign-wal.db" \
	"reads as another database .*foreign-wal.db-wal beside it belongs to another database"

: >"$T_TMP/empty.db"
cp "$T_TMP/other.wal" "$T_TMP/empty.db-wal"
refused "a -wal beside an empty journal" "$T_TMP/empty.db" \
	"empty.db-wal lies beside a journal that is empty"

# A rollback journal of another database beside a journal in WAL mode.
"$SQLITE3" "$T_TMP/rb.db" <<SQL
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO notes (text) VALUES ('kept');
BEGIN;
UPDATE notes SET text = 'pending';
.shell cp "$T_TMP/rb.db-journal" "$T_TMP/other.journal"
ROLLBACK;
SQL
cp "$base" "$T_TMP/foreign-journal.db"
cp "$T_TMP/other.journal" "$T_TMP/foreign-journal.db-journal"
[ -s "$T_TMP/foreign-journal.db-journal" ]
t_ok $? "another database's rollback journal, not empty"
refused "a foreign -journal" "$T_TMP/foreign-journal.db" \
	"foreign-journal.db-journal lies beside the journal"

# A restore after a crash: the backup copied over the journal, the crashed
# session's -wal left beside it.
cp "$base" "$T_TMP/restored.db"
cp "$base" "$T_TMP/backup.db"
i=0
while [ $i -lt 40 ]; do
	"$HERSTEL" --db "$T_TMP/restored.db" log "bench press 3x5 60kg # after the backup $i" >/dev/null
	i=$((i + 1))
done
"$SQLITE3" "$T_TMP/restored.db" <<SQL
INSERT INTO batch (what) VALUES ('crashed session');
INSERT INTO lift (date, time, exercise_id, weight_kg, reps, note, batch)
	SELECT date, time, exercise_id, weight_kg, reps, 'in the -wal', (SELECT max(id) FROM batch)
	FROM lift;
.shell cp "$T_TMP/restored.db-wal" "$T_TMP/stale.wal"
SQL
cp "$T_TMP/backup.db" "$T_TMP/restored.db"
cp "$T_TMP/stale.wal" "$T_TMP/restored.db-wal"
rm -f "$T_TMP/restored.db-shm"
refused "a stale -wal after a restore" "$T_TMP/restored.db" \
	"integrity_check.*If you restored the journal from a backup.*remove .*restored.db-wal and .*restored.db-shm"
rm -f "$T_TMP/restored.db-wal" "$T_TMP/restored.db-shm"
t_run --db "$T_TMP/restored.db" status
t_status 0 "a stale -wal removed as the message says, the restored journal opens"
t_eq integrity "$(sq "$T_TMP/restored.db" 'PRAGMA integrity_check')" ok \
	"and passes integrity_check"

## its schema -------------------------------------------------------------------

damage trigger "CREATE TRIGGER keep_one AFTER INSERT ON lift BEGIN DELETE FROM lift WHERE id < new.id; END"
refused "a trigger on lift" "$T_TMP/trigger.db" \
	"schema is not the one herstel made \\(trigger keep_one is not herstel's\\)"
damage batch-trigger "CREATE TRIGGER wipe AFTER DELETE ON batch BEGIN DELETE FROM lift; END"
t_run --db "$T_TMP/batch-trigger.db" undo
t_status 1 "a trigger on batch: undo exits 1"
t_match stderr "$T_ERR" "trigger wipe is not herstel's" "a trigger on batch: undo names it"
t_eq sets "$(sq "$T_TMP/batch-trigger.db" 'SELECT count(*) FROM lift')" 8 \
	"a trigger on batch: every set is kept"
damage view "ALTER TABLE lift RENAME TO lift_kept" \
	"CREATE VIEW lift AS SELECT * FROM lift_kept" \
	"CREATE TRIGGER swallow INSTEAD OF INSERT ON lift BEGIN SELECT 1; END"
refused "a view with an INSTEAD OF trigger" "$T_TMP/view.db" "trigger swallow is not herstel's"
damage table "CREATE TABLE notes (x)"
refused "a table herstel does not know" "$T_TMP/table.db" "table notes is not herstel's"
damage index "CREATE INDEX lift_note ON lift(note)"
refused "an index herstel does not know" "$T_TMP/index.db" "index lift_note is not herstel's"
damage check "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'reps BETWEEN 0 AND 1000', 'reps BETWEEN -1000 AND 1000') WHERE name = 'lift'"
refused "a table with a CHECK loosened" "$T_TMP/check.db" "table lift is not as herstel made it"
damage analyze "ANALYZE"
t_run --db "$T_TMP/analyze.db" log "squat 1x5 100kg"
t_status 0 "statistics of ANALYZE (sqlite_stat1, SQLite's own) do not stop herstel"

## damaged rows: every reading command says where, none crashes --------------

# reads NAME PATTERN: status, --explain, week and export on $T_TMP/NAME.db
# exit 1 with PATTERN, and an export to a file leaves no file.
reads() {
	r_db="$T_TMP/$1.db"
	for r_cmd in "status" "status --explain quads" "week --date 2026-11-13" "export" \
		"export --format json"; do
		# shellcheck disable=SC2086
		t_run --db "$r_db" $r_cmd
		t_status 1 "$1: $r_cmd exits 1 (no crash)"
		t_match stderr "$T_ERR" "$2" "$1: $r_cmd says where the journal is damaged"
	done
	t_run --db "$r_db" export -o "$T_TMP/$1.csv"
	[ ! -e "$T_TMP/$1.csv" ] && [ -z "$(ls -A "$T_TMP" | grep '^\.herstel-export')" ]
	t_ok $? "$1: export -o leaves no file and no temp file"
}

sore_id=$(sq "$base" "SELECT min(id) FROM soreness")
damage null-group "$(allow_null soreness 'grp TEXT NOT NULL,' 'grp TEXT,')" \
	"UPDATE soreness SET grp = NULL WHERE id = $sore_id" \
	"$(allow_null soreness 'grp TEXT,' 'grp TEXT NOT NULL,')"
t_eq "null group" "$(sq "$T_TMP/null-group.db" "SELECT count(*) FROM soreness WHERE typeof(grp) = 'null'")" 1 \
	"null-group: a soreness report without its group"
reads null-group "damaged at soreness row $sore_id \\(its muscle group\\)"

damage unknown-group "UPDATE soreness SET grp = 'elbows' WHERE id = $sore_id"
reads unknown-group "damaged at soreness row $sore_id \\(its muscle group\\)"
damage level "UPDATE soreness SET level = 9 WHERE id = $sore_id"
reads level "damaged at soreness row $sore_id \\(its level\\)"

lift_id=$(sq "$base" "SELECT max(id) FROM lift")
damage reps "UPDATE lift SET reps = -5 WHERE id = $lift_id"
reads reps "damaged at lift row $lift_id \\(its reps\\)"
damage weight "UPDATE lift SET weight_kg = 'heavy' WHERE id = $lift_id"
reads weight "damaged at lift row $lift_id \\(its weight\\)"
damage rpe "UPDATE lift SET rpe = 99 WHERE id = $lift_id"
reads rpe "damaged at lift row $lift_id \\(its RPE\\)"
damage date "UPDATE lift SET time = '99:99' WHERE id = $lift_id"
reads date "damaged at lift row $lift_id \\(its date or time\\)"
ex_id=$(sq "$base" "SELECT exercise_id FROM lift WHERE id = $lift_id")
damage no-exercise "PRAGMA foreign_keys = OFF; UPDATE lift SET exercise_id = 4242 WHERE id = $lift_id"
reads no-exercise "damaged at (lift row $lift_id \\(its exercise is missing|exercise row 4242)"
damage null-name "$(allow_null exercise 'name TEXT NOT NULL' 'name TEXT')" \
	"UPDATE exercise SET name = NULL WHERE id = $ex_id" \
	"$(allow_null exercise 'name TEXT' 'name TEXT NOT NULL')"
reads null-name "damaged at (lift|exercise) row"
damage group-role "UPDATE exercise_group SET role = 'main' WHERE exercise_id = $ex_id"
reads group-role "damaged at exercise row $ex_id"
night=$(sq "$base" "SELECT id FROM sleep")
damage hours "UPDATE sleep SET hours = 99 WHERE id = $night"
reads hours "damaged at sleep row $night \\(its hours\\)"
day_id=$(sq "$base" "SELECT id FROM day")
damage kind "UPDATE day SET kind = 'lazy' WHERE id = $day_id"
reads kind "damaged at day row $day_id \\(its kind\\)"
for name in null-group reps; do
	t_run --db "$T_TMP/$name.db" status
	t_match stderr "$T_ERR" '"To recover" in herstel\(1\), FILES' \
		"$name: the message says where to read how to recover"
done

## byte flips: no write into a journal that fails quick_check -----------------

# A journal of some size (about 30 pages), with its daily check due: the
# day of the last quick_check set back, as on the first write of a day.
flipbase="$T_TMP/flipbase.db"
i=0
while [ $i -lt 60 ]; do
	"$HERSTEL" --db "$flipbase" log --date "$(printf '2026-10-%02d' $((i % 28 + 1)))" \
		"squat 3x5 $((60 + i))kg @8 # base $i" "bench press 2x8 60kg" >/dev/null
	i=$((i + 1))
done
"$HERSTEL" --db "$flipbase" sore --date 2026-11-16 quads=2 >/dev/null
sq "$flipbase" "UPDATE checked SET day = '2000-01-01'"
t_eq sets "$(sq "$flipbase" 'SELECT count(*) FROM lift')" 300 "a journal of 300 sets to flip bytes in"
# flip BASE DIR N DAY: N copies of BASE in DIR (flip1.db ...), each with one
# byte inverted that makes it fail integrity_check, their day of the last
# quick_check set to DAY; prints "N QUICK_CHECK" a line. Offsets walk the
# file past its header with a fixed stride, so every run flips the same.
flip() {
	python3 - "$@" <<'PY'
import sqlite3, sys
base, out, want, day = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
con = sqlite3.connect(base)
con.execute("UPDATE checked SET day = ?", (day,))
con.commit()
con.close()
data = open(base, "rb").read()
def check(path, what):
    try:
        c = sqlite3.connect("file:%s?immutable=1" % path, uri=True)
        c.text_factory = bytes
        r = c.execute("PRAGMA " + what).fetchone()[0]
        c.close()
        return r.decode("utf-8", "replace")
    except Exception as e:  # a damaged schema: even its message may not be UTF-8
        return "error: " + type(e).__name__
n, k = 0, 0
while n < want and k < 20000:
    k += 1
    off = 100 + (k * 7919) % (len(data) - 100)
    flipped = bytearray(data)
    flipped[off] ^= 0xff
    path = "%s/flip%d.db" % (out, n + 1)
    open(path, "wb").write(flipped)
    if check(path, "integrity_check") != "ok":
        n += 1
        print(n, check(path, "quick_check").replace("\n", " ")[:60])
PY
}
# check_of DB CHECK: the first line of PRAGMA CHECK, reading DB as it is
# (immutable: the reading leaves nothing beside it).
check_of() { sq "file:$1?immutable=1" "PRAGMA $2" 2>&1 | head -n 1; }
flips=65
mkdir "$T_TMP/flips"
flip "$flipbase" "$T_TMP/flips" $flips 2000-01-01 >"$T_TMP/flips.txt"
t_eq flips "$(wc -l <"$T_TMP/flips.txt")" $flips "$flips flipped journals that fail integrity_check"
wrote=0 refused=0 crashed=0 sql=0
while read -r n qc; do
	f="$T_TMP/flips/flip$n.db"
	before=$(t_sum "$f")
	t_run --db "$f" log "squat 1x5 100kg # flip $n"
	[ "$T_STATUS" -le 1 ] || crashed=$((crashed + 1))
	[ "$T_STATUS" -eq 0 ] && wrote=$((wrote + 1))
	if [ "$qc" != ok ]; then
		refused=$((refused + 1))
		[ "$T_STATUS" -eq 1 ] && [ "$(t_sum "$f")" = "$before" ]
		t_ok $? "flip $n fails quick_check ($qc): log exits 1 and writes nothing"
	fi
	for r in status "export -o $T_TMP/flip.csv" "week --date 2026-10-10"; do
		# shellcheck disable=SC2086
		t_run --db "$f" $r
		[ "$T_STATUS" -le 1 ] || crashed=$((crashed + 1))
		printf '%s\n' "$T_ERR" | grep -Eq 'SELECT|FROM |PRAGMA [a-z_]+:' && sql=$((sql + 1))
	done
	rm -f "$T_TMP/flip.csv"
done <"$T_TMP/flips.txt"
t_diag "$(wc -l <"$T_TMP/flips.txt") journals that fail integrity_check: log refused $(($(wc -l <"$T_TMP/flips.txt") - wrote))," \
	"every one of the $refused that fail quick_check read-only and those whose values break a CHECK" \
	"(which quick_check sees read-write only); it wrote into $wrote, which pass quick_check" \
	"(integrity_check alone finds an index that does not match its table)"
t_eq crashes "$crashed" 0 "no log, status, export or week on a flipped journal crashed"
t_eq "messages with SQL" "$sql" 0 "no message about a flipped journal prints SQL"
[ "$refused" -gt 0 ]
t_ok $? "some flips fail quick_check ($refused of $flips)"

# quick_check before an import, whatever the day: a journal checked today
# that fails quick_check but opens.
mkdir "$T_TMP/today"
flip "$flipbase" "$T_TMP/today" $flips "$(date +%Y-%m-%d)" >"$T_TMP/today.txt"
f=
while read -r n qc; do
	[ "$qc" = ok ] && continue
	"$HERSTEL" --db "$T_TMP/today/flip$n.db" status >/dev/null 2>&1 || continue
	f="$T_TMP/today/flip$n.db"
	break
done <"$T_TMP/today.txt"
[ -n "$f" ]
t_ok $? "a flipped journal that opens but fails quick_check (${f##*/})"
before=$(t_sum "$f")
t_run --db "$f" import "$TESTS_SRCDIR/fixtures/herstel.csv"
t_status 1 "an import into it, checked today, exits 1"
t_match stderr "$T_ERR" 'the journal is damaged \(quick_check: .*To recover" in herstel\(1\), FILES' \
	"the import says the journal is damaged and how to recover"
t_eq journal "$(t_sum "$f")" "$before" "the import wrote nothing"

# quick_check before a migration: a damaged journal of version 1 is not
# backed up and migrated, but refused as it is.
sq "$T_TMP/v1.db" <"$TESTS_SRCDIR/fixtures/journal-v1.sql"
v1page=$(sq "$T_TMP/v1.db" "SELECT rootpage FROM sqlite_master WHERE name = 'lift_exercise'")
python3 -c 'import sys
p, off = sys.argv[1], int(sys.argv[2])
with open(p, "r+b") as f:
    f.seek(off); f.write(b"\xff\xff\xff\xff")' "$T_TMP/v1.db" $(( (v1page - 1) * 4096 + 8 + 2 ))
t_diag "version 1 journal, index page $v1page: $(check_of "$T_TMP/v1.db" quick_check)"
before=$(t_sum "$T_TMP/v1.db")
t_run --db "$T_TMP/v1.db" log "squat 1x5 100kg"
t_status 1 "a damaged journal of version 1 is not migrated: exit 1"
t_match stderr "$T_ERR" 'damaged \(quick_check' "the message says quick_check failed"
t_eq journal "$(t_sum "$T_TMP/v1.db")" "$before" "the journal is as it was"
[ ! -e "$T_TMP/v1.db.bak-v1" ]
t_ok $? "and no backup was made of it"

## text from the journal reaches no terminal raw ------------------------------

# A hand edit (or a herstel before 2026-12) left an escape sequence that
# sets the terminal's title, a C1 CSI and a broken byte in the journal.
ESC=$(printf '\033')
damage text "UPDATE exercise SET name = 'zercher' || char(27) || ']0;pwned' || char(7) || ' squat', custom = 1 WHERE id = $ex_id" \
	"UPDATE lift SET note = 'x' || char(155) || '31m' || CAST(X'FF' AS TEXT) || 'y' WHERE id = $lift_id" \
	"UPDATE day SET note = 'calm' || char(27) || '[2J' WHERE id = $day_id" \
	"UPDATE batch SET what = 'log ' || char(27) || '[2J' WHERE id = (SELECT max(id) FROM batch)"
# raw WHAT FILE: FILE holds no C0 control but newline, no C1, only UTF-8.
raw() {
	r_bad=$(tr -d '\n' <"$2" | LC_ALL=C grep -c "$(printf '[\001-\037\177]')")
	r_c1=$(LC_ALL=C grep -c "$(printf '\302[\200-\237]')" "$2")
	iconv -f UTF-8 -t UTF-8 "$2" >/dev/null 2>&1
	r_utf8=$?
	[ "$r_bad" -eq 0 ] && [ "$r_c1" -eq 0 ] && [ "$r_utf8" -eq 0 ]
	t_ok $? "$1 prints no control character and only UTF-8"
}
for cmd in "exercises" "exercises zercher" "status --explain chest" "week --date 2026-11-12" \
	"export" "export --format strong" "export --format json"; do
	# shellcheck disable=SC2086
	"$HERSTEL" --db "$T_TMP/text.db" $cmd >"$T_TMP/text.out" 2>&1
	raw "$cmd on a journal with escapes" "$T_TMP/text.out"
done
grep -q 'zercher?\]0;pwned? squat' "$T_TMP/text.out"
t_ok $? "each bad character shows as one '?'"
"$HERSTEL" --db "$T_TMP/text.db" undo >"$T_TMP/text.out" 2>&1
raw "undo's 'undone: ...'" "$T_TMP/text.out"
damage text2 "UPDATE exercise SET name = 'zercher' || char(27) || ']0;pwned' || char(7) || ' squat', custom = 1 WHERE id = $ex_id" \
	"UPDATE lift SET note = 'x' || char(155) || '31m' || CAST(X'FF' AS TEXT) || 'y' WHERE id = $lift_id"
for fmt in csv json; do
	t_run --db "$T_TMP/text2.db" export --format $fmt -o "$T_TMP/own.$fmt"
	t_status 0 "an export ($fmt) of a journal with escapes"
	t_run --db "$T_TMP/again-$fmt.db" import "$T_TMP/own.$fmt"
	t_status 0 "herstel imports its own $fmt export of it"
done
t_eq sets "$(sq "$T_TMP/again-csv.db" 'SELECT count(*) FROM lift')" 8 "all 8 sets came back"

done_testing
