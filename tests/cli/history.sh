#!/bin/sh
# history.sh: `herstel history EXERCISE`: one exercise's sessions with their
# best set, e1RM, volume and records, as text (with a chart), TSV and JSON.
# The figures are worked by hand from the contract's e1RM, load × (1 +
# (reps + 10 - RPE) / 30).
. "$TESTS_SRCDIR/lib.sh"

t_require jq

# Three squat sessions and a bodyweight exercise.
#  2 Nov: 100x5 @8 = 100 × 1.2333 = 123.33 (best); 3x5 90 @8 = 111.0
#  5 Nov: 102.5x5 @8 = 126.42, a record: +3.08, and the 1, 3 and 5 rep maxes
#  9 Nov: 102.5x5 @8 again: a tie, no record
t_run log --date 2026-11-02 --time 18:00 "squat 1x5 60 warmup" "squat 100x5 @8, 3x5 90 @8"
t_nomatch first "$T_OUT" "PR:" "a first session sets no record"
t_run log --date 2026-11-05 --time 18:00 "squat 102.5x5 @8"
t_match pr "$T_OUT" "^PR: squat e1RM 126.42 kg \\(\\+3.08\\), 1RM, 3RM, 5RM$" \
	"log says the records a set just logged beat"
t_run log --date 2026-11-09 --time 18:00 "squat 102.5x5 @8" "pull-up 3x8"
t_status 0 "three squat sessions logged"
t_nomatch tie "$T_OUT" "PR:" "a tie is no record"

t_run history squat --format tsv
t_status 0 "history --format tsv exits 0"
t_eq tsv "$T_OUT" "date	sets	best_weight_kg	best_reps	best_rpe	e1rm_kg	volume_kg	records
2026-11-02	4	100	5	8	123.33	1850	-
2026-11-05	1	102.5	5	8	126.42	512.5	e1rm,1rm,3rm,5rm
2026-11-09	1	102.5	5	8	126.42	512.5	-" \
	"a line a session: the warm-up left out, the first session and the tie set no record"

t_run history squat
t_status 0 "history in text exits 0"
t_match text "$T_OUT" "^squat: 3 sessions, Mon 2 Nov 2026 to Mon 9 Nov 2026" "a heading with the span"
t_match text "$T_OUT" "^Thu 5 Nov 2026 +1  102.5 × 5 @8 +126.42 +512.5  ★ e1RM \\+3.08 kg, 1/3/5RM$" \
	"the record marked with a star and said in words"
t_match chart "$T_OUT" "126.42 │" "a chart of the e1RM, its top labelled"
t_match chart "$T_OUT" "█" "drawn in blocks"

LC_ALL=C t_run history squat
t_match ascii "$T_OUT" "102.5 x 5 @8 .* \\* e1RM \\+3.08 kg" "under LANG=C: x, * and no blocks"
t_nomatch ascii "$T_OUT" "█" "no block characters"

t_run history squat --format json
t_eq json "$(printf '%s' "$T_OUT" | jq -c '[.exercise, (.sessions | length), .sessions[1].records, .sessions[1].e1rm_gain_kg, .sessions[0].best.weight_kg]')" \
	'["squat",3,["e1rm","1rm","3rm","5rm"],3.08,100]' "json: the sessions, records and gain"

t_run history pull-up
t_match bw "$T_OUT" "3 sets at body weight are in no e1RM, volume or record: herstel knows no body weight" \
	"bodyweight sets: said why they have no e1RM"

t_run history bench press
t_status 0 "history of an exercise never logged exits 0"
t_match none "$T_OUT" "^bench press: not logged yet$" "and says so"

t_run history squatt
t_status 1 "an unknown exercise is an error"
t_match err "$T_ERR" "did you mean" "with suggestions"
t_run history
t_status 2 "no exercise is a usage error"

done_testing
