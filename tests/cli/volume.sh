#!/bin/sh
# volume.sh: `herstel volume`: the hard sets of each group per week against
# [volume] low-high, with the last week's verdict and the trend, as text,
# TSV and JSON. The clock is pinned to Tue 17 Nov 2026; weeks start Monday.
. "$TESTS_SRCDIR/lib.sh"

t_require jq

# Squat 5x5 @8 trains quads as primary: 5 hard sets a session.
#  week of 2 Nov: two sessions, 10; week of 9 Nov: one, 5; this week: four, 20 so far,
#  and a fifth on Saturday 21, after today, which is not counted.
for d in 02 05 09 16 16 17 17 21; do
	"$HERSTEL" log --date 2026-11-$d "squat 5x5 100kg @8" >/dev/null 2>&1 || t_bail "log failed"
done
t_ok 0 "three weeks of squats"

t_run volume --weeks 3 --format tsv
t_status 0 "volume --format tsv exits 0"
t_eq quads "$(printf '%s\n' "$T_OUT" | grep '^quads')" "quads	2026-11-02	10.0	in_band	rising
quads	2026-11-09	5.0	below	rising
quads	2026-11-16	20.0	in_band	rising" \
	"quads per week, each judged; this week so far (Saturday's sets are after today)"
t_eq chest "$(printf '%s\n' "$T_OUT" | grep -c '^chest	.*	0.0	below	-$')" 3 \
	"an untrained group: 0, below, no trend"
t_eq head "$(printf '%s\n' "$T_OUT" | head -n 1)" "group	week	sets	verdict	trend" "a header line"

t_run volume --weeks 3
t_status 0 "volume in text exits 0"
t_match text "$T_OUT" "target 10-20" "the band is said"
t_match text "$T_OUT" "^quads  *10.0  *5.0  *20.0  ● in band  *rising$" "a row: the weeks, the verdict with its symbol, the trend"
t_match text "$T_OUT" "so far" "a running week is said to be so far"

LC_ALL=C t_run volume --weeks 3
t_match ascii "$T_OUT" "^quads .* = in band" "ASCII symbols under LANG=C"

printf '[volume]\nlow = 12\nhigh = 18\n' >"$HERSTEL_CONFIG"
t_run volume --weeks 1 --format json
t_eq json "$(printf '%s' "$T_OUT" | jq -c '[.low, .high, .weeks, (.groups[] | select(.group == "quads") | [.sets, .verdict, .trend])]')" \
	'[12,18,["2026-11-16"],[[20],"above","-"]]' "json with the band of herstelrc: 20 is above 18"

printf '[volume]\nlow = 20\nhigh = 10\n' >"$HERSTEL_CONFIG"
t_run volume
t_status 1 "a band upside down is refused"
t_match err "$T_ERR" "\\[volume\\] low \\(20\\) is above high \\(10\\)" "and named"
rm -f "$HERSTEL_CONFIG"

t_run volume --weeks 0
t_status 1 "--weeks 0 is refused"
t_match err "$T_ERR" "--weeks: expected 1 to 26" "with the range"
t_run volume --date 2026-11-09 --weeks 1 --format tsv
t_eq past "$(printf '%s\n' "$T_OUT" | grep '^quads')" "quads	2026-11-09	5.0	below	-" "--date picks the last week"

done_testing
