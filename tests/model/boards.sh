#!/bin/sh
# tests/model/boards.sh: which groups are red on each training day, on the
# board just before the session, and what herstel warns once it is done;
# for the demo journal and for a two-week upper/lower split. Not a test:
# a tool to compare recovery models. Run it with any herstel binary:
#
#   HERSTEL=src/herstel sh tests/model/boards.sh [demo|split]...
#
# The demo journal is the one `herstel --demo --at "$DEMO_AT"` makes
# (default 2026-11-17 19:30, the README's screens), exported and imported
# into a file of its own so that every day of it can be looked at; the
# split is written here with herstel's own commands. Only the command line
# of herstel 0.1 is used (log, sleep, sore, export, import, week, status),
# so a binary of model v1 runs it as well.
set -eu

: "${HERSTEL:?HERSTEL must name a herstel binary}"
: "${DEMO_AT:=2026-11-17 19:30}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/herstel-boards.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export HERSTEL_CONFIG="$tmp/no-herstelrc" LC_ALL=C.UTF-8
unset HERSTEL_AT HERSTEL_DB NO_COLOR

h() { "$HERSTEL" --db "$db" "$@"; }

# The two-week split: upper Monday and Thursday, lower Tuesday and Friday,
# from Monday 2 November 2026. Week 2 is harder on Monday and Tuesday (a
# leg day of 7 sets at RPE 9 for the quads), and Friday is a deload (7 sets
# at RPE 6); a 4.5 h night on Thursday 12, sore quads on Wednesday 11.
split_journal() {
	for wk in 0 7; do
		mon=$(date -d "2026-11-02 +$wk days" +%F)
		tue=$(date -d "$mon +1 day" +%F)
		thu=$(date -d "$mon +3 days" +%F)
		fri=$(date -d "$mon +4 days" +%F)
		hard=8
		[ "$wk" = 7 ] && hard=9
		h log --date "$mon" --time 18:00 "bench press 4x6 80kg @$hard" "barbell row 4x8 60kg @$hard" \
			"overhead press 3x8 40kg @8" "pull-up 3x8 bw @8" "biceps curl 3x10 25kg @8" \
			"triceps pushdown 3x12 25kg @8"
		if [ "$wk" = 0 ]; then
			h log --date "$tue" --time 18:00 "squat 4x6 100kg @8" "romanian deadlift 3x8 80kg @8" \
				"leg press 3x10 150kg @8" "calf raise 4x12 60kg @8" "plank 3x1"
		else
			h log --date "$tue" --time 18:00 "squat 4x6 105kg @9" "leg press 3x10 160kg @9" \
				"romanian deadlift 3x8 80kg @8" "calf raise 4x12 60kg @8"
		fi
		h log --date "$thu" --time 18:00 "incline bench press 4x8 60kg @8" \
			"lat pulldown 4x10 55kg @8" "dip 3x10 bw @8" "face pull 3x15 20kg @7" \
			"biceps curl 3x12 20kg @8"
		if [ "$wk" = 0 ]; then
			h log --date "$fri" --time 18:00 "deadlift 3x5 130kg @8" "lunge 3x10 30kg @8" \
				"leg curl 3x12 40kg @8" "calf raise 4x12 60kg @8"
		else
			h log --date "$fri" --time 18:00 "squat 4x5 80kg @6" "leg press 3x10 120kg @6" \
				"leg curl 3x12 30kg @6"
		fi
	done
	for d in $(seq 0 14); do
		day=$(date -d "2026-11-02 +$d days" +%F)
		hours=7.5
		[ "$day" = 2026-11-12 ] && hours=4.5
		[ "$day" = 2026-11-06 ] && hours=6.5
		h sleep --date "$day" "$hours"
	done
	h sore --date 2026-11-11 --time 08:00 quads=2 glutes=1
}

demo_journal() {
	"$HERSTEL" --demo --at "$DEMO_AT" export --format csv -o "$tmp/demo.csv"
	h import "$tmp/demo.csv"
}

# The groups of a status TSV in the state given, space-separated ids.
in_state() { awk -F '\t' -v s="$1" 'NR > 1 && $2 == s { printf "%s%s", n++ ? " " : "", $1 }'; }

# For each date with a set that is no warm-up: the board a minute before its
# first set (warm-ups included), the groups the day trained, the warnings
# after its last set.
report() {
	h export --format csv -o "$tmp/all.csv" >/dev/null
	awk -F, '$1 == "set" && $9 == "0" { print $2 }' "$tmp/all.csv" | sort -u | while read -r day; do
		first=$(awk -F, -v d="$day" '$1 == "set" && $2 == d { print $3 }' "$tmp/all.csv" | sort | head -n 1)
		last=$(awk -F, -v d="$day" '$1 == "set" && $2 == d { print $3 }' "$tmp/all.csv" | sort | tail -n 1)
		before=$(TZ=UTC date -d "$day $first 1 minute ago" '+%F %R')
		after=$(TZ=UTC date -d "$day $last 1 minute" '+%F %R')
		red=$(h status --at "$before" --format tsv | in_state recovering)
		trains=$(h week --date "$day" --at "$after" --format tsv |
			awk -F '\t' -v d="$day" '$1 == d { gsub(",", " ", $3); print $3 }')
		both=
		for g in $red; do
			case " $trains " in *" $g "*) both="$both $g" ;; esac
		done
		printf '%s %s  trains: %s\n' "$(date -d "$day" '+%a %d %b')" "$first" "$trains"
		printf '    red before: %s\n' "${red:--}"
		both=${both# }; printf '    red and trained: %s\n' "${both:--}"
		h status --at "$after" | sed -n 's/^\(!!*\) /    warns: \1 /p'
	done
}

for what in "${@:-demo split}"; do
	for w in $what; do
		db="$tmp/$w.db"
		case $w in
		demo) demo_journal >/dev/null ;;
		split) split_journal >/dev/null ;;
		*) echo "boards.sh: demo or split, not $w" >&2; exit 2 ;;
		esac
		echo "== $w ($("$HERSTEL" --version))"
		report
	done
done
