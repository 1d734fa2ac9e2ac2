#!/bin/sh
# week.sh: `herstel week`, the week calendar and its verdicts, in text, TSV
# and JSON, on a week of history built with log, sore, sleep and day.
. "$TESTS_SRCDIR/lib.sh"
t_require jq

ESC=$(printf '\033')
TAB=$(printf '\t')

# The week of Monday 16 to Sunday 22 November 2026 (ISO week 47); the clock
# is Tuesday 17 12:00. Sunday 15 and Monday 23 are outside it.
history() {
	"$HERSTEL" log --date 2026-11-15 --time 18:00 "bench press 3x8 80kg @8"
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "squat 5x5 100kg @8"
	"$HERSTEL" log --date 2026-11-16 --time 18:30 "squat 2x5 60kg warmup"
	"$HERSTEL" log --date 2026-11-16 --time 18:40 "calf raise 3x12 60kg @7"
	"$HERSTEL" sleep --date 2026-11-16 7.5
	"$HERSTEL" log --date 2026-11-17 --time 17:00 "bench press 3x8 80kg @9" \
		"barbell row 3x8 60kg @8"
	"$HERSTEL" sleep --date 2026-11-17 6
	"$HERSTEL" sore --date 2026-11-17 --time 08:00 quads=2 glutes=1
	"$HERSTEL" day --date 2026-11-18 active
	"$HERSTEL" sleep --date 2026-11-18 8
	"$HERSTEL" log --date 2026-11-19 --time 18:00 "squat 5x5 100kg @8" \
		"deadlift 3x5 140kg @9"
	"$HERSTEL" sleep --date 2026-11-19 7
	"$HERSTEL" log --date 2026-11-20 --time 18:00 "bench press 4x8 80kg @8" "plank 3x60"
	"$HERSTEL" sleep --date 2026-11-20 6.5
	"$HERSTEL" day --date 2026-11-21 rest
	"$HERSTEL" sleep --date 2026-11-21 9
	"$HERSTEL" log --date 2026-11-23 --time 18:00 "bench press 3x8 80kg @8"
}
history >"$T_TMP/history.out" 2>&1
t_ok $? "build a week of history with log, sore, sleep and day"

DAYS="date${TAB}kind${TAB}groups${TAB}hard_sets${TAB}sleep_hours${TAB}max_soreness
2026-11-16${TAB}training${TAB}lower_back,glutes,quads,hamstrings,calves${TAB}8${TAB}7.5${TAB}-
2026-11-17${TAB}training${TAB}chest,shoulders,triceps,biceps,lats,middle_back${TAB}6${TAB}6.0${TAB}2
2026-11-18${TAB}active${TAB}-${TAB}0${TAB}8.0${TAB}-
2026-11-19${TAB}training${TAB}forearms,lats,traps,lower_back,glutes,quads,hamstrings${TAB}8${TAB}7.0${TAB}-
2026-11-20${TAB}training${TAB}chest,shoulders,triceps,abs${TAB}7${TAB}6.5${TAB}-
2026-11-21${TAB}rest${TAB}-${TAB}0${TAB}9.0${TAB}-
2026-11-22${TAB}-${TAB}-${TAB}0${TAB}-${TAB}-"

## TSV ------------------------------------------------------------------------------

before=$(t_sum)
t_run week --date 2026-11-17 --format tsv --at "2026-11-23 09:00"
t_status 0 "week --format tsv exits 0"
t_eq stderr "$T_ERR" "" "week --format tsv: nothing on stderr"
t_eq "the finished week" "$T_OUT" "$DAYS
# ok${TAB}4 training days (intermediate: 4-5)
# ok${TAB}3 rest days
# ok${TAB}sleep average 7.3 h (target 7.0 h, 6 nights logged)
# warn${TAB}trained fewer than twice: biceps 1, forearms 1, mid back 1, traps 1, abs 1, calves 1, hips 0" \
	"a finished week: a line per day (Sunday 15 and Monday 23 left out), then the verdicts"

t_run week --date 2026-11-17 --format tsv
t_eq "the running week" "$T_OUT" "$DAYS
# info${TAB}2 training days so far (intermediate: 4-5)
# info${TAB}no rest day yet this week: plan one
# info${TAB}2 nights logged this week: a sleep verdict needs 3
# info${TAB}trained fewer than twice so far: chest 1, shoulders 1, triceps 1, biceps 1, lats 1, mid back 1, low back 1, glutes 1, quads 1, hamstrings 1, calves 1, forearms 0, traps 0, abs 0, hips 0" \
	"on its Tuesday the week is judged on Monday and Tuesday only (two nights: too few for a sleep verdict)"
t_run week --format tsv
t_eq "default date" "$T_OUT" "$(cd "$T_TMP" && "$HERSTEL" week --date 2026-11-22 --format tsv)" \
	"without --date, the week of today (the pinned clock)"
t_run week --date 2026-11-23 --format tsv
t_match "next week" "$(printf '%s\n' "$T_OUT" | sed -n 2p)" \
	"^2026-11-23${TAB}training${TAB}chest,shoulders,triceps${TAB}3${TAB}-${TAB}-\$" \
	"--date 2026-11-23 shows the next week from Monday 23"
t_eq "future week" "$(printf '%s\n' "$T_OUT" | grep -c '^#')" 0 \
	"a week that has not started has no verdicts"

## Sunday first, and a week across New Year --------------------------------------

printf '[general]\nweek_start = sunday\nlevel = beginner\n' >"$HERSTEL_CONFIG"
t_run week --date 2026-11-17 --format tsv --at "2026-11-23 09:00"
t_eq "sunday first" "$(printf '%s\n' "$T_OUT" | sed -n '2p;8p' | cut -f1,2 | tr '\n' ' ')" \
	"2026-11-15${TAB}training 2026-11-21${TAB}rest " \
	"week_start = sunday: Sunday 15 to Saturday 21"
t_match "beginner" "$T_OUT" "^# warn${TAB}5 training days, more than advised \\(beginner: 3-4\\)\$" \
	"level = beginner: 5 training days (15, 16, 17, 19, 20) are more than 3-4"
rm "$HERSTEL_CONFIG"

t_run week --date 2027-01-01
t_status 0 "week --date 2027-01-01 exits 0"
t_match "new year" "$(printf '%s\n' "$T_OUT" | sed -n 1p)" \
	"^week 53   28 Dec 2026 - 3 Jan 2027   intermediate\$" \
	"the week across New Year is ISO week 53 of 2026, 28 Dec to 3 Jan"
t_match "new year" "$(printf '%s\n' "$T_OUT" | sed -n 2p)" \
	"Mon 28 +Tue 29 +Wed 30 +Thu 31 +Fri 1 +Sat 2 +Sun 3\$" "its days run Mon 28 to Sun 3"

## text --------------------------------------------------------------------------

t_run week --date 2026-11-17
t_status 0 "week (text) exits 0"
t_eq "title" "$(printf '%s\n' "$T_OUT" | sed -n 1p)" \
	"week 47   16-22 Nov 2026   intermediate   (* today)" "the title: week, dates, level, today's mark"
t_eq "days" "$(printf '%s\n' "$T_OUT" | sed -n 2p)" \
	"           Mon 16    Tue 17*   Wed 18    Thu 19    Fri 20    Sat 21    Sun 22" \
	"seven columns from Monday, today marked with *"
t_eq "kinds" "$(printf '%s\n' "$T_OUT" | sed -n 3p)" \
	"day        ▲ train   ▲ train   ~ active  ▲ train   ▲ train   · rest      -" \
	"each day's kind with a symbol and a word"
t_eq "sleep" "$(printf '%s\n' "$T_OUT" | sed -n 5p)" \
	"sleep      7.5       6.0 !     8.0       7.0       6.5 !     9.0       -" \
	"nights under the 7 h target are flagged with !"
t_eq "sore" "$(printf '%s\n' "$T_OUT" | sed -n 6p)" \
	"sore       -         quads 2   -         -         -         -         -" \
	"the highest soreness of the day"
t_match "grid" "$T_OUT" "^quads      ▒▒▒ 5                         ▒▒▒▒ 6\\.5\$" \
	"the grid: quads hit Monday (5 sets) and Thursday (6.5 weighted sets)"
t_match "grid" "$T_OUT" "^low back   ░░ 2\\.5                        ▒▒▒ 5\\.5\$" \
	"the grid names each group as the board does (low back)"
t_match "grid" "$T_OUT" "^hamstrings ░░ 2\\.5 " "... hamstrings in full"
t_match "folded" "$T_OUT" "^           not trained: hips\$" \
	"groups not hit fold into one line, under the cells like the legend"
t_nomatch "stray" "$T_OUT" "^- " "no stray \"-\" in the label column"
t_match "legend" "$T_OUT" "^ +\\(hard sets per group and day; a secondary set counts half\\)\$" \
	"the grid says what it counts"
t_match "verdict" "$T_OUT" "^· 2 nights logged this week: a sleep verdict needs 3\$" \
	"an info verdict starts with ·"
t_run week --date 2026-11-17 --at "2026-11-23 09:00"
t_match "verdict" "$T_OUT" "^! trained fewer than twice: biceps 1, " "a warning verdict starts with !"
t_eq "one sleep line" "$(printf '%s\n' "$T_OUT" | grep -c 'sleep')" 2 \
	"the finished week has its sleep row and one sleep verdict"
t_nomatch "colour" "$T_OUT" "$ESC" "no colour when stdout is not a terminal"
t_run week --date 2026-11-17 --at "2026-11-23 09:00"
t_match "ok" "$T_OUT" "^✔ 4 training days \\(intermediate: 4-5\\)\$" "an ok verdict starts with ✔"
LC_ALL=C
t_run week --date 2026-11-17 --at "2026-11-23 09:00"
LC_ALL=C.UTF-8
t_match "ascii" "$T_OUT" "^\\+ 4 training days" "without UTF-8 an ok verdict starts with +"
t_match "ascii" "$T_OUT" "^day        \\^ train   \\^ train   ~ active" "without UTF-8 the kinds use ASCII"
t_match "ascii" "$T_OUT" "^quads      \\+\\+\\+ 5 " "without UTF-8 the grid uses ASCII shades"

## JSON --------------------------------------------------------------------------

t_run week --date 2026-11-17 --format json --at "2026-11-23 09:00"
t_status 0 "week --format json exits 0"
t_eq "json" "$(printf '%s\n' "$T_OUT" | jq -r '[.iso_week, .first, .last, (.days | length),
	.days[1].groups[0], .days[1].sleep_hours, .days[1].max_soreness, .days[1].sore_group,
	(.days[0].sets[] | select(.group == "quads") | "\(.sets) \(.need_ratio) \(.load)"),
	(.verdicts | length), .verdicts[0].status, .verdicts[3].rule] | map(tostring) | join(" ")')" \
	"47 2026-11-16 2026-11-22 7 chest 6 2 quads 5 0.64 moderate 4 ok twice" \
	"JSON: the week, its days with sets per group (V x E: 0.71 x 0.90, load) and the verdicts"
t_match "json" "$T_OUT" '"verdicts":.*"rule":"twice","status":"warn","evidence":"trained fewer than twice: biceps 1, forearms 1, mid back 1' \
	"JSON evidence, words for people, names the groups as the screens do"
t_match "json" "$T_OUT" '"groups":\["chest","shoulders","triceps","biceps","lats","middle_back"\]' \
	"JSON keeps the ids (middle_back)"
t_match "json" "$T_OUT" '"evidence":"4 training days \(intermediate: 4-5\)"' "JSON verdicts carry the evidence"

## signals -----------------------------------------------------------------------

busy="$T_TMP/busy.db"
for d in 16 17 18 19 20 21 22; do
	"$HERSTEL" --db "$busy" log --date 2026-11-$d --time 18:00 "squat 3x5 100kg @8" >/dev/null
	"$HERSTEL" --db "$busy" sleep --date 2026-11-$d 5.5 >/dev/null
done
t_run --db "$busy" week --date 2026-11-20 --format tsv --at "2026-12-20 12:00"
t_match "no rest" "$T_OUT" "^# warn${TAB}no rest day this week\$" "seven training days: no rest day"
t_match "signal" "$T_OUT" "^# warn${TAB}no rest day in the last 7 days\$" \
	"the model's signals at the end of the week are listed (no rest)"
t_match "sleep" "$T_OUT" "^# warn${TAB}sleep average 5\\.5 h \\(< 7\\.0 h, 7 nights logged\\)\$" \
	"... and short sleep, though the clock is a month later"
t_eq "one sleep line" "$(printf '%s\n' "$T_OUT" | grep '^#' | grep -c 'sleep\|night')" 1 \
	"the model's sleep signal is folded into the week's sleep verdict: one line"
t_match "signal" "$T_OUT" "^# warn${TAB}7 training days this week, more than the 5 advised" \
	"... and more training days than the level allows"

# A week with nothing trained: the list of groups wraps after its commas,
# under the cells, and the calendar keeps to 80 columns.
t_run week --date 2026-11-02
t_match "empty week" "$T_OUT" "^           not trained: chest, shoulders, " \
	"a week with nothing trained lists every group under the cells"
t_match "wrapped" "$T_OUT" "^           mid back, traps, low back, abs, glutes, quads, hamstrings, hips,\$" \
	"the list wraps after a comma, never inside a name (mid back)"
t_eq "width" "$(printf '%s\n' "$T_OUT" | sed -n '1,/^$/p' | awk 'length($0) > 80' | wc -l | tr -d ' ')" 0 \
	"the calendar keeps to 80 columns"

## refused --------------------------------------------------------------------------

t_run week --format xml
t_status 1 "--format xml: exit 1"
t_match stderr "$T_ERR" "^herstel: week: --format: expected text, tsv or json" "--format xml: says why"
t_run week --date 2026-13-01
t_status 1 "--date 2026-13-01: exit 1"
t_match stderr "$T_ERR" "^herstel: week: --date: " "a bad --date says so"
t_run week monday
t_status 2 "an operand: usage error, exit 2"
t_match stderr "$T_ERR" "usage: herstel week \\[--date D\\]" "the usage names week's options"
t_run week --group quads
t_status 2 "--group is not an option of week: exit 2"
t_eq checksum "$(t_sum)" "$before" "week (all of the above) left the journal unchanged"


## the current week agrees with status ---------------------------------------

# The week view judges the current week now, from the same replayed days as
# status and the day screen: in the demo journal, the day's barbell rows hit
# the shoulders that Monday's presses left below 50 %, and both say so alike.
t_run --demo --at "2026-11-17 12:00" status
st=$(printf '%s\n' "$T_OUT" | grep 'trained at')
t_run --demo --at "2026-11-17 12:00" week
wk=$(printf '%s\n' "$T_OUT" | grep 'trained at' | sed 's/^ *//')
t_match status "$st" '^! shoulders trained at [0-9]+ %$' "status warns of a group trained while recovering"
t_eq agree "$wk" "$st" "the week view names the same groups"

done_testing
