#!/bin/sh
# fullfs_io.sh: a full disk during import or export is an error with a
# message, not a damaged journal or a half-written file. As in fullfs.sh, a
# file size limit (ulimit -f, SIGXFSZ ignored so a write fails with EFBIG)
# stands in for a full disk. An import into a journal near the limit must
# exit 1 with a message and leave the journal as it was; an export larger
# than the limit must exit 1 with a message, create no file, leave no
# temporary file behind and leave an existing file byte for byte unchanged.
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}
sq() { "$SQLITE3" -readonly -batch -noheader -cmd '.timeout 5000' "$HERSTEL_DB" "$1"; }

t_ulimit_unit
UNIT=$T_UNIT

FULL='(database or disk is full|disk I/O error).*(disk may be full|size limit)'
dump() {
	sq "SELECT count(*), group_concat(id || ':' || date || ':' || note || ':' || reps, ',')
		FROM lift WHERE removed_by IS NULL" 2>&1
}

## a file to import: 3,000 sets on dates of their own ----------------------------

t_run log "squat 3x5 100kg # seed"
t_run export --format csv -o "$T_TMP/seed.csv"
t_status 0 "a herstel CSV to copy rows from"
awk -F, 'NR == 1 { print; next }
$1 == "set" && !done {
	done = 1
	for (i = 0; i < 3000; i++) {
		nf = split($0, f, ",")
		f[2] = sprintf("%04d-%02d-%02d", 2001 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28)
		f[7] = 1 + i % 12
		f[15] = "imp-" i
		line = f[1]
		for (j = 2; j <= nf; j++) line = line "," f[j]
		print line
	}
}' "$T_TMP/seed.csv" >"$T_TMP/big.csv"
rm -f "$HERSTEL_DB" "$HERSTEL_DB-wal" "$HERSTEL_DB-shm"

## (a) an import into a journal near the limit --------------------------------

i=1
while [ $i -le 30 ]; do
	"$HERSTEL" log "squat 3x5 100kg # base-$i" >/dev/null 2>&1 || break
	i=$((i + 1))
done
t_eq "base" "$(sq "SELECT count(*) FROM lift WHERE note LIKE 'base-%'")" 90 \
	"a journal of 30 entries (90 sets) to import into"
before=$(dump)
batches=$(sq 'SELECT count(*) FROM batch')
size=$(wc -c <"$HERSTEL_DB")
limit=$(( (size + 8192) / UNIT ))
t_diag "journal of $size bytes, files limited to $((limit * UNIT)) bytes"

t_limited "$limit" import "$T_TMP/big.csv"
t_status 1 "an import of 3000 sets at the size limit exits 1"
t_match stderr "$T_ERR" "^herstel: import: .*$FULL" \
	"its message says the disk may be full"
t_eq stdout "$T_OUT" "" "the failed import prints nothing on stdout"
t_eq quick_check "$(sq 'PRAGMA quick_check' 2>&1)" ok "the journal passes quick_check"
t_eq "content" "$(dump)" "$before" "the journal's 90 sets are kept as they were, nothing added"
t_eq "batches" "$(sq 'SELECT count(*) FROM batch')" "$batches" "no batch was added"

t_limited "$limit" import --dry-run "$T_TMP/big.csv"
t_status 0 "a dry run at the same limit, which writes nothing, still works"
t_match stdout "$T_OUT" "would import 3000 sets" "and counts the 3000 sets"

t_run import "$T_TMP/big.csv"
t_status 0 "with the limit lifted, the import exits 0"
t_eq "sets" "$(sq 'SELECT count(*) FROM lift WHERE removed_by IS NULL')" 3090 \
	"and the journal holds the 90 sets and the 3000 imported"
t_eq integrity "$(sq 'PRAGMA integrity_check' 2>&1)" ok "the journal passes integrity_check"

## (b) an export larger than the limit --------------------------------------

mkdir "$T_TMP/exp"
OUT="$T_TMP/exp/out.csv"
t_run export --format csv -o "$T_TMP/whole.csv"
t_status 0 "the journal exports without a limit"
esize=$(wc -c <"$T_TMP/whole.csv")
# Half the export, but room for SQLite's 32 KiB shared-memory file.
limit=$(( esize / 2 / UNIT ))
[ $((limit * UNIT)) -ge 65536 ] || limit=$((65536 / UNIT))
[ "$esize" -gt $((limit * UNIT)) ]
t_ok $? "the export ($esize bytes) is larger than the limit ($((limit * UNIT)) bytes)"
jsum=$(t_sum)

t_limited "$limit" export --format csv -o "$OUT"
t_status 1 "an export larger than the limit exits 1"
t_match stderr "$T_ERR" "^herstel: export: .*(File too large|No space|disk may be full)" \
	"its message says why"
t_eq stdout "$T_OUT" "" "the failed export prints nothing on stdout"
[ ! -e "$OUT" ]
t_ok $? "no output file is created"
t_eq "directory" "$(ls -A "$T_TMP/exp")" "" "no temporary file is left in the directory"

printf 'kind,date\nset,2020-01-01\n' >"$OUT"
cp "$OUT" "$T_TMP/old.csv"
for fmt in csv json strong; do
	t_limited "$limit" export --format "$fmt" -o "$OUT"
	t_status 1 "over an existing file, a $fmt export larger than the limit exits 1"
	t_match stderr "$T_ERR" "^herstel: export: " "the $fmt export says why"
	cmp -s "$OUT" "$T_TMP/old.csv"
	t_ok $? "the existing file is left byte for byte unchanged ($fmt)"
	t_eq "directory" "$(ls -A "$T_TMP/exp")" "out.csv" \
		"no temporary file is left beside it ($fmt)"
done
t_eq "journal" "$(t_sum)" "$jsum" "the failed exports did not change the journal"
t_eq quick_check "$(sq 'PRAGMA quick_check' 2>&1)" ok "the journal passes quick_check"

t_run export --format csv -o "$OUT"
t_status 0 "with the limit lifted, the export exits 0"
cmp -s "$OUT" "$T_TMP/whole.csv"
t_ok $? "and replaces the file with the whole export"

done_testing
