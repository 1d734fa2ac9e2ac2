#!/bin/sh
# config.sh: herstelrc: defaults, refused values with FILE:LINE messages,
# warnings, the user's own exercises, units, and that every key `herstel
# config` knows is documented in herstelrc(5) and the shipped herstelrc.
. "$TESTS_SRCDIR/lib.sh"

: "${HERSTEL_SRCDIR:=$TESTS_SRCDIR/..}"
RC=$HERSTEL_CONFIG

# A journal to prove refused settings write nothing.
t_run log --date 2026-10-10 "squat 3x5 100kg"
t_status 0 "a journal to work with (no config file: defaults)"

## defaults ---------------------------------------------------------------------

t_run config
t_status 0 "a missing HERSTEL_CONFIG file means defaults"
t_match stdout "$T_OUT" 'no file: defaults' "config says no file was read"
t_eq stderr "$T_ERR" "" "a missing HERSTEL_CONFIG file gives no warning"
t_run status --format tsv --group quads
t_status 0 "status runs with the defaults"
t_match stdout "$T_OUT" '^quads	due	' "with due_days 7, quads trained 38 days ago are due"

t_run --config "$T_TMP/no-such-rc" status
t_status 1 "--config with a missing file exits 1"
t_match stderr "$T_ERR" "no-such-rc: No such file" "--config with a missing file names it"

printf '[general]\nunits = lb\n' >"$T_TMP/other-rc"
t_run --config "$T_TMP/other-rc" config
t_status 0 "--config FILE is read"
t_match stdout "$T_OUT" "read from $T_TMP/other-rc" "--config FILE overrides HERSTEL_CONFIG"

saved_rc=$HERSTEL_CONFIG
unset HERSTEL_CONFIG
mkdir -p "$XDG_CONFIG_HOME/herstel"
printf '[general]\nunits = lb\n' >"$XDG_CONFIG_HOME/herstel/herstelrc"
t_run config
t_match stdout "$T_OUT" "read from $XDG_CONFIG_HOME/herstel/herstelrc" \
	"without HERSTEL_CONFIG, \$XDG_CONFIG_HOME/herstel/herstelrc is read"
rm "$XDG_CONFIG_HOME/herstel/herstelrc"
export HERSTEL_CONFIG="$saved_rc"

## refused values -----------------------------------------------------------------

# bad SECTION KEY VALUE EXPECTED: the value on line 3 is refused with
# "RC:3: [SECTION] KEY: EXPECTED, got "VALUE"", exit 1, the journal unchanged.
bad() {
	b_sec=$1 b_key=$2 b_val=$3 b_exp=$4
	printf '# herstelrc for a test\n[%s]\n%s = %s\n' "$b_sec" "$b_key" "$b_val" >"$RC"
	b_before=$(t_sum)
	t_run log "squat 3x5 100kg"
	t_status 1 "[$b_sec] $b_key = $b_val: exit 1"
	printf '%s\n' "$T_ERR" | grep -Fq -- "$RC:3: [$b_sec] $b_key: $b_exp, got \"$b_val\""
	b_r=$?
	[ $b_r -eq 0 ] || t_diag "stderr lacks '$RC:3: [$b_sec] $b_key: $b_exp, got \"$b_val\"':" "$T_ERR"
	t_ok $b_r "[$b_sec] $b_key = $b_val: the message names file, line, key and value"
	t_eq checksum "$(t_sum)" "$b_before" "[$b_sec] $b_key = $b_val: the journal is unchanged"
}

bad recovery sleep_target abc "expected hours from 4 to 12"
bad recovery sleep_target 13 "expected hours from 4 to 12"
bad recovery sleep_target 1e1 "expected hours from 4 to 12"
bad recovery sleep_target nan "expected hours from 4 to 12"
bad recovery due_days 0 "expected days from 1 to 365"
bad recovery due_days 1.5 "expected days from 1 to 365"
bad recovery due_days 0x10 "expected days from 1 to 365"
bad recovery effort_8 5 "expected a factor from 0.1 to 3"
bad recovery almost_percent 101 "expected a percentage from 1 to 100"
bad base_hours quads -1 "expected hours from 1 to 168"
bad general units stone "expected kg or lb"
bad general level pro "expected beginner, intermediate or advanced"
bad general week_start friday "expected monday or sunday"
bad general color maybe "expected yes or no"
bad export format xml "expected csv, json or strong"

printf '[recovery]\nvolume_min = 2\nvolume_max = 1\n' >"$RC"
before=$(t_sum)
t_run log "squat 3x5 100kg"
t_status 1 "volume_min above volume_max exits 1"
t_match stderr "$T_ERR" 'volume_min \(2\) is above volume_max \(1\)' \
	"volume_min above volume_max: the message says so"
t_eq checksum "$(t_sum)" "$before" "volume_min above volume_max: the journal is unchanged"

printf '[general]\nunits = kg\nthis line is not ini\n' >"$RC"
before=$(t_sum)
t_run log "squat 3x5 100kg"
t_status 1 "a syntax error exits 1"
t_match stderr "$T_ERR" "$RC:3: syntax error" "a syntax error names file and line"
t_match stderr "$T_ERR" 'this line is not ini' "a syntax error quotes the line"
t_eq checksum "$(t_sum)" "$before" "a syntax error: the journal is unchanged"

## key bindings: checked as values are ------------------------------------------------

# badkeys NAME PATTERN: the herstelrc in $RC is refused, exit 1, with PATTERN.
badkeys() {
	k_before=$(t_sum)
	t_run log "squat 3x5 100kg"
	t_status 1 "$1: exit 1"
	t_match stderr "$T_ERR" "$2" "$1: the message names file, line, table and what is wrong"
	t_eq checksum "$(t_sum)" "$k_before" "$1: the journal is unchanged"
}

printf '# keys\n[keys.week]\nbakc = b\n' >"$RC"
badkeys "[keys.week] bakc = b" \
	"$RC:3: \\[keys\\.week\\] bakc: no such action \\(expected prev-day, next-day, .*back"
printf '[keys.week]\nback = Ecs\n' >"$RC"
badkeys "[keys.week] back = Ecs" "$RC:2: \\[keys\\.week\\] back: bad key \"Ecs\""
printf '[keys.week]\nback = b\nopen = Enter, b\n' >"$RC"
badkeys "[keys.week] b bound twice" \
	"$RC:3: \\[keys\\.week\\] open: the key b is bound already, to back on line 2"
printf '[keys.wek]\nback = b\n' >"$RC"
badkeys "[keys.wek]" "$RC:2: \\[keys\\.wek\\]: no such key table \\(expected \\[keys\\] or one of \\[keys\\.week\\]"
printf '[keys]\nweek = b\n[keys.week]\nback = b\n[keys.form]\nsave = F2\n' >"$RC"
t_run config
t_status 0 "one key in two tables is fine: each screen has its own"
t_eq stderr "$T_ERR" "" "... and no warning"

## accepted, with or without a warning ---------------------------------------------

printf '[recovery]\ndue_days = 042\n' >"$RC"
t_run status --format tsv --group quads
t_status 0 "due_days = 042 is accepted"
t_eq stderr "$T_ERR" "" "due_days = 042 gives no warning"
t_match stdout "$T_OUT" '^quads	ready	' \
	"042 reads as 42, not octal 34: quads trained 38 days ago are not due"
printf '[recovery]\ndue_days = 34\n' >"$RC"
t_run status --format tsv --group quads
t_match stdout "$T_OUT" '^quads	due	' "(and with due_days = 34 they are due)"

# A lifter who set v1's numbers in herstelrc keeps them: with effort_8 = 1
# and volume_sets = 6, a 5x5 at RPE 8 asks 72 x sqrt(5/6) = 65.7 h of the
# quads again (v1's worked example), not v2's 45.8 h.
v1="$T_TMP/v1.db"
"$HERSTEL" --db "$v1" log --date 2026-11-12 --time 18:00 "squat 5x5 @8" >/dev/null
"$HERSTEL" --db "$v1" log --date 2026-11-16 --time 18:00 "squat 5x5 @8" >/dev/null
t_run --db "$v1" status --format tsv --group quads --at "2026-11-17 12:00"
t_match "v2" "$T_OUT" "^quads	recovering	39	27\\.8	" "with the v2 defaults: 45.8 h, 39 % by Tuesday noon"
printf '[recovery]\n# as set under v1\neffort_8 = 1\nvolume_sets = 6\n' >"$RC"
t_run --db "$v1" status --format tsv --group quads --at "2026-11-17 12:00"
t_match "v1" "$T_OUT" "^quads	recovering	27	47\\.7	2026-11-19 11:44	" \
	"with effort_8 = 1 and volume_sets = 6 set: 65.7 h, 27 %, ready Thursday 11:44 as in v1"
t_run --db "$v1" status --explain quads --at "2026-11-17 12:00"
t_match "v1" "$T_OUT" "x 0\\.91 volume x 1\\.00 effort = 65\\.7 h" "--explain uses the values set"

printf '[general]\nunits = kg\nfavourite_colour = blue\n' >"$RC"
t_run log "squat 3x5 100kg"
t_status 0 "an unknown key exits 0"
t_match stderr "$T_ERR" "warning: $RC:3: \\[general\\] favourite_colour: unknown key" \
	"an unknown key warns with file, line and key"
t_match stdout "$T_OUT" '^logged squat' "an unknown key does not stop the command"

printf '[recovry]\ndue_days = 3\n' >"$RC"
t_run config
t_status 0 "a misspelt section exits 0"
t_match stderr "$T_ERR" "warning: $RC:2: \\[recovry\\] due_days: unknown key" \
	"a misspelt section warns"

printf '[general]\nunits = lb\nunits = kg\n' >"$RC"
t_run log "squat 3x5 100"
t_status 0 "a duplicate key exits 0"
t_match stderr "$T_ERR" "warning: $RC:3: \\[general\\] units: set again \\(first on line 2\\)" \
	"a duplicate key warns with both lines"
t_eq kg "$(t_sql 'SELECT weight_kg FROM lift ORDER BY id DESC LIMIT 1')" 100.0 \
	"the last of the duplicates counts (kg)"

## units ----------------------------------------------------------------------------

printf '[general]\nunits = lb\n' >"$RC"
t_run log "squat 3x5 225"
t_status 0 "with units = lb, squat 3x5 225 exits 0"
t_eq kg "$(t_sql 'SELECT count(*), round(min(weight_kg), 2), round(max(weight_kg), 2) FROM
	(SELECT weight_kg FROM lift ORDER BY id DESC LIMIT 3)')" "3|102.06|102.06" \
	"with units = lb, 225 is stored as 102.06 kg"
t_match stdout "$T_OUT" '225 lb' "with units = lb, the confirmation shows lb"
t_run log "squat 1x5 100kg"
t_eq kg "$(t_sql 'SELECT weight_kg FROM lift ORDER BY id DESC LIMIT 1')" 100.0 \
	"with units = lb, an explicit 100kg stays 100 kg"

## the user's own exercises ------------------------------------------------------------

printf '# my exercises\n[exercise farmer walk]\nprimary = forearms,traps\nsecondary = abs\n' >"$RC"
t_run log "farmer walk 3x1 40kg"
t_status 0 "an [exercise farmer walk] section makes farmer walk loggable"
t_eq rows "$(t_sql "SELECT count(*), min(l.weight_kg) FROM lift l JOIN exercise e
	ON e.id = l.exercise_id WHERE e.name = 'farmer walk'")" "3|40.0" "farmer walk 3x1 40kg: 3 rows of 40 kg"
t_eq groups "$(t_sql "SELECT group_concat(grp || ':' || role, ' ') FROM (SELECT g.grp, g.role
	FROM exercise_group g JOIN exercise e ON e.id = g.exercise_id
	WHERE e.name = 'farmer walk' ORDER BY g.grp)")" "abs:secondary forearms:primary traps:primary" \
	"the journal keeps farmer walk's groups"
t_eq custom "$(t_sql "SELECT custom FROM exercise WHERE name = 'farmer walk'")" 1 \
	"farmer walk is marked as the user's own"
t_run exercises farmer
t_match stdout "$T_OUT" '^farmer walk +forearms, traps' "exercises lists farmer walk"

printf '[exercise farmer walk]\nprimary = forearms,trapz\n' >"$RC"
before=$(t_sum)
t_run log "squat 3x5 100kg"
t_status 1 "a bad group in an exercise section exits 1"
t_match stderr "$T_ERR" "$RC:2: \\[exercise farmer walk\\]: unknown group \"trapz\" \\(groups: chest, shoulders, .*, mid back, traps, low back, " \
	"a bad group in an exercise section names file, line, section and group"
t_eq checksum "$(t_sum)" "$before" "a bad group in an exercise section: the journal is unchanged"

# Groups named as a person types them: in an exercise, and in [base_hours].
printf '[exercise sled drag]\nprimary = quads, mid back\nsecondary = lower back,Hams\n' >"$RC"
t_run exercises sled
t_status 0 "an exercise section may name groups as the screens do (mid back, lower back, Hams)"
t_match stdout "$T_OUT" '^sled drag +mid back, quads \(\+ low back, hamstrings\)' \
	"exercises lists its groups by their names"
printf '[base_hours]\nmid back = 60\nlowback = 80\n' >"$RC"
t_run config
t_status 0 "[base_hours] takes a group by any of its forms"
t_eq stderr "$T_ERR" "" "... with no unknown-key warning"
t_run status --explain middle_back
t_match explain "$T_OUT" '^mid back: 60 h base need' "mid back = 60 sets the base hours of middle_back"
t_run status --explain lower_back
t_match explain "$T_OUT" '^low back: 80 h base need' "lowback = 80 sets those of lower_back"
printf '[base_hours]\nmidbakc = 60\n' >"$RC"
t_run config
t_match stderr "$T_ERR" "warning: $RC:2: \\[base_hours\\] midbakc: unknown key" "a misspelt group is an unknown key"

printf '[exercise sled push]\nsecondary = quads\n' >"$RC"
t_run config
t_status 1 "an exercise section without primary exits 1"
t_match stderr "$T_ERR" "\\[exercise sled push\\]: expected primary" \
	"an exercise section without primary says so"

: >"$RC"

## every key is documented -------------------------------------------------------------

t_run config
keys=$(printf '%s\n' "$T_OUT" | sed -n 's/^\[\([a-z_]*\)\] \([a-z_0-9]*\) = \([^	]*\)	.*/\1 \2 \3/p')
[ "$(printf '%s\n' "$keys" | wc -l)" -ge 40 ]
t_ok $? "herstel config lists at least 40 keys"

page="$HERSTEL_SRCDIR/man/herstelrc.5"
shipped="$HERSTEL_SRCDIR/share/herstel/herstelrc"
[ -f "$page" ]
t_ok $? "man/herstelrc.5 exists"
[ -f "$shipped" ]
t_ok $? "share/herstel/herstelrc exists"

# part FILE SECTION HEADER_RE: the lines of FILE from the first one matching
# HEADER_RE for SECTION up to the next line that matches it for another
# section of herstelrc.
part() {
	[ -f "$1" ] || return 0
	awk -v want="$2" -v re="$3" '
	{
		line = $0
		if (match(line, re)) {
			hdr = substr(line, RSTART, RLENGTH)
			sub(/^[^[]*\[/, "", hdr)
			sub(/\].*$/, "", hdr)
			if (hdr ~ /^(general|recovery|base_hours|export|plates|rest|volume|keys|exercise.*)$/)
				inside = (hdr == want)
		}
		if (inside)
			print
	}' "$1"
}

missing_page='' missing_rc=''
while read -r sec key def; do
	[ -n "$sec" ] || continue
	# herstelrc(5): the key, as a word (maybe in \fB...\fR), in its section's part.
	if ! part "$page" "$sec" '\[[a-z_]+( [^]]*)?\]' |
	    grep -Eq "(^|[^A-Za-z0-9_]|\\\\f[BIR])$key(\\\\f[BIRP]|[^A-Za-z0-9_]|\$)"; then
		missing_page="$missing_page [$sec] $key"
	fi
	# herstelrc: "# key = default" under its section header.
	if ! part "$shipped" "$sec" '^[#;]? *\[[a-z_]+( [^]]*)?\] *$' |
	    grep -Eq "^[#;] *$key *= *$def *\$"; then
		missing_rc="$missing_rc [$sec] $key = $def"
	fi
done <<EOF
$keys
EOF
[ -z "$missing_page" ]
r=$?
[ $r -eq 0 ] || t_diag "keys missing from $page:$missing_page"
t_ok $r "every key of herstel config is in herstelrc(5), in its section"
[ -z "$missing_rc" ]
r=$?
[ $r -eq 0 ] || t_diag "keys missing from $shipped (as '# key = default'):$missing_rc"
t_ok $r "every key of herstel config is in the shipped herstelrc with its default"

# The shipped file works as it is, and with every key uncommented.
if [ -f "$shipped" ]; then
	t_run --config "$shipped" config
	t_status 0 "the shipped herstelrc is accepted as it is"
	t_eq stderr "$T_ERR" "" "the shipped herstelrc gives no warning"
	printf '%s\n' "$keys" | awk '{ print $1 " " $2 }' >"$T_TMP/keys"
	awk -v keys="$T_TMP/keys" '
	BEGIN { while ((getline k < keys) > 0) known[k] = 1 }
	/^[#;]? *\[[a-z_]+\] *$/ { s = $0; sub(/^[^[]*\[/, "", s); sub(/\].*$/, "", s) }
	{
		line = $0
		if (line ~ /^[#;]? *\[[a-z_]+\] *$/)
			sub(/^[#;] */, "", line)
		else if (match(line, /^[#;] *[a-z_0-9]+ *=/)) {
			k = line
			sub(/^[#;] */, "", k)
			sub(/ *=.*$/, "", k)
			if ((s " " k) in known)
				sub(/^[#;] */, "", line)
		}
		print line
	}' "$shipped" >"$T_TMP/uncommented"
	t_run --config "$T_TMP/uncommented" config
	t_status 0 "the shipped herstelrc with every key uncommented is accepted"
	t_eq stderr "$T_ERR" "" "the uncommented herstelrc gives no warning (no key twice)"
else
	for what in "is accepted as it is" "gives no warning" \
	    "with every key uncommented is accepted" "uncommented gives no warning"; do
		t_ok 1 "the shipped herstelrc $what (there is no $shipped)"
	done
fi

done_testing
