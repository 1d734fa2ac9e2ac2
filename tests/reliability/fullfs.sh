#!/bin/sh
# fullfs.sh: a full disk or a failing write is an error with a message, not
# a corrupt journal. A file size limit (ulimit -f, with SIGXFSZ ignored so a
# write fails with EFBIG instead of killing herstel) stands in for a full
# disk: a stream of `herstel log` into a journal near the limit must end in
# exit 1 with a message, and the journal must pass quick_check and keep
# everything that was saved before.
. "$TESTS_SRCDIR/lib.sh"

SQLITE3=${SQLITE3_BIN:-sqlite3}
sq() { "$SQLITE3" -readonly -batch -noheader -cmd '.timeout 5000' "$HERSTEL_DB" "$1"; }

t_ulimit_unit
UNIT=$T_UNIT

FULL='(database or disk is full|disk I/O error).*(disk may be full|size limit)'

## a stream of log into a journal near the limit ------------------------------

i=1
while [ $i -le 30 ]; do
	"$HERSTEL" log "squat 3x5 100kg # base-$i" >/dev/null 2>&1 || break
	i=$((i + 1))
done
t_eq "base" "$(sq "SELECT count(*) FROM lift WHERE note LIKE 'base-%'")" 90 \
	"a journal of 30 entries (90 sets) to fill"
base_dump=$(sq "SELECT group_concat(id || ':' || note || ':' || reps, ',') FROM lift")
size=$(wc -c <"$HERSTEL_DB")
# Room for a few commits more in the write-ahead log, then the limit.
limit=$(( (size + 8192) / UNIT ))
t_diag "journal of $size bytes, files limited to $((limit * UNIT)) bytes"

: >"$T_TMP/reported"
failed=0
i=1
while [ $i -le 300 ]; do
	t_limited "$limit" log "squat 3x5 100kg # full-$i"
	if [ "$T_STATUS" -ne 0 ]; then
		failed=$i
		break
	fi
	printf '%s\n' "$T_OUT" | grep -q '^logged squat' && echo "full-$i" >>"$T_TMP/reported"
	i=$((i + 1))
done
[ "$failed" -gt 0 ]
t_ok $? "a log at the size limit fails (command $failed of the stream)"
t_status 1 "the failed log exits 1"
t_match stderr "$T_ERR" "^herstel: log: $HERSTEL_DB: .*$FULL" \
	"the message names the journal and says the disk may be full"
t_eq stdout "$T_OUT" "" "the failed log prints nothing on stdout"
t_eq quick_check "$(sq 'PRAGMA quick_check' 2>&1)" ok "the journal passes quick_check"
t_eq "old content" "$(sq "SELECT group_concat(id || ':' || note || ':' || reps, ',')
	FROM lift WHERE note LIKE 'base-%'")" "$base_dump" "the 90 old sets are kept as they were"
sq "SELECT DISTINCT note FROM lift WHERE note LIKE 'full-%'" | sort >"$T_TMP/present"
t_eq "reported but missing" "$(sort "$T_TMP/reported" | comm -23 - "$T_TMP/present")" "" \
	"the $(($failed - 1)) logs that reported success before it are all kept"
t_eq "failed entry" "$(sq "SELECT count(*) FROM lift WHERE note = 'full-$failed'")" 0 \
	"nothing of the failed log is in the journal"

# Still at the limit: more commands keep failing cleanly. The log needs
# the page the failed one needed; soreness and sleep may still find room
# in pages of their own (which page fills first depends on the schema's
# indexes): each either fails as the log did or is saved whole.
before=$(sq "SELECT count(*), max(id) FROM lift")
t_limited "$limit" log "squat 1x5 100kg # again"
t_status 1 "still at the limit, log exits 1"
t_match stderr "$T_ERR" "^herstel: log: .*$FULL" "still at the limit, log says why"
for what in "sore:quads=2:soreness WHERE grp = 'quads'" "sleep:7:sleep WHERE hours = 7"; do
	cmd=${what%%:*}
	arg=${what#*:}
	arg=${arg%%:*}
	t_limited "$limit" "$cmd" "$arg"
	if [ "$T_STATUS" -eq 0 ]; then
		t_eq "$cmd saved" "$(sq "SELECT count(*) FROM ${what##*:} AND removed_by IS NULL")" 1 \
		    "still at the limit, $cmd found room: exit 0 and it is saved"
	else
		t_status 1 "still at the limit, $cmd exits 1"
		t_match stderr "$T_ERR" "^herstel: $cmd: .*$FULL" "still at the limit, $cmd says why"
	fi
done
t_eq rows "$(sq "SELECT count(*), max(id) FROM lift")" "$before" \
	"the refused commands added nothing"
t_eq quick_check "$(sq 'PRAGMA quick_check' 2>&1)" ok "the journal still passes quick_check"

# With room again, herstel carries on where it was.
t_run log "squat 1x5 100kg # room again"
t_status 0 "with the limit lifted, log exits 0"
t_eq "rows" "$(sq "SELECT count(*) FROM lift WHERE note = 'room again'")" 1 "and the entry is saved"
t_eq integrity "$(sq 'PRAGMA integrity_check' 2>&1)" ok "the journal passes integrity_check"
t_eq "old content" "$(sq "SELECT group_concat(id || ':' || note || ':' || reps, ',')
	FROM lift WHERE note LIKE 'base-%'")" "$base_dump" "the old sets are still as they were"
[ ! -s "$HERSTEL_DB-wal" ]
t_ok $? "herstel's clean exit folded the write-ahead log back into the journal"

## a new journal under a tiny limit ---------------------------------------------

HERSTEL_DB="$T_TMP/new.db"
t_limited 1 log "squat 1x5 100kg # tiny"
t_status 1 "a new journal that cannot be written: log exits 1"
t_match stderr "$T_ERR" "^herstel: log: $HERSTEL_DB: .*$FULL" \
	"a new journal that cannot be written: the message says why"
t_eq stdout "$T_OUT" "" "a new journal that cannot be written: nothing on stdout"
t_run log "squat 1x5 100kg # fits"
t_status 0 "without the limit, the same journal is created"
t_eq "rows" "$(sq "SELECT group_concat(note) FROM lift")" "fits" \
	"it holds the new entry only"
t_eq quick_check "$(sq 'PRAGMA quick_check' 2>&1)" ok "and passes quick_check"

done_testing
