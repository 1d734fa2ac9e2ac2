#!/bin/sh
# tests/tui/sizes.sh: the screens at 60x16, 80x24, 120x40 and 200x60. At
# each size a set at 87.5 kg @8.5 with a long note is logged through the
# quick-entry line, and every number on the screen is checked: each line
# that shows the set, the status, the signal, the week's verdicts is
# either whole or its first words and then the cut mark, and each number
# of the week's rows is the one `herstel week` prints. The day form's keys
# and the question before the future are whole. The log pane widens with the window while the board keeps its
# width, and the week grid keeps one order at every size.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3

NOTE='a long note about the last two reps: the bar moved slowly at 142.5 kg, next time 90 kg less'
ENTRY="squat 5x5 87.5kg @8.5 # $NOTE"
SET="5 × 5  87.5 kg  @8.5  $NOTE"
STATUS="logged: squat: 5 sets of 5 at 87.5 kg, RPE 8.5, note \"$NOTE\""
GROUP_NAMES='chest|shoulders|triceps|biceps|forearms|lats|mid back|traps|low back|abs|glutes|quads|hamstrings|hips|calves'

# The week around the pinned Tuesday 17 November: quads, the most trained,
# are low on the body, chest and shoulders less trained and above them, so
# that an order by sets is not the body's.
{
	"$HERSTEL" log --date 2026-11-16 --time 18:00 "deadlift 3x5 140kg @9" "leg press 4x10 200kg @8" \
		"barbell row 3x8 60kg @8" "biceps curl 2x10 15kg" "calf raise 3x15 60kg" &&
		"$HERSTEL" log --date 2026-11-17 --time 07:00 "bench press 2x8 80kg @9" \
			"lateral raise 3x12 10kg" &&
		"$HERSTEL" sleep --date 2026-11-17 6.5
} >"$T_TMP/history.out" 2>&1
t_ok $? "a week of history on the command line"
cp "$HERSTEL_DB" "$T_TMP/history.db"

# whole_or_marked WHAT FULL SHOWN: SHOWN is FULL, or FULL's first words and
# then the cut mark alone; words are what spaces separate, so a number
# shown is a whole word of FULL.
whole_or_marked() {
	awk -v full="$2" -v shown="$3" -v mark="$MARK" 'BEGIN {
		gsub(/^ +| +$/, "", full); gsub(/^ +| +$/, "", shown)
		nf = split(full, f, / +/); ns = split(shown, s, / +/)
		if (ns > 0 && s[ns] == mark && ns - 1 < nf) ns--
		else if (ns != nf) exit 1
		for (i = 1; i <= ns; i++) if (s[i] != f[i]) exit 1
	}'
	w_r=$?
	[ $w_r -eq 0 ] || t_diag "$1: not whole, nor its first words and then $MARK:" "shown: $3" "whole: $2"
	return $w_r
}

# numbers TEXT: the numbers in TEXT, one a line.
numbers() { printf '%s\n' "$1" | grep -oE '[0-9]+([.:][0-9]+)?' ; }

# The log pane's lines (between its side borders) and its width.
log_pane() { tmux_screen | sed -n 's/^[│|]\(.*\)[│|][│|].*/\1/p' | sed 's/ *$//'; }
log_width() { tmux_screen | sed -n '2p' | sed 's/[┐+][┌+].*/x/' | tr -d '\n' | wc -m; }
board_width() { tmux_screen | sed -n '2p' | sed 's/^.*[┐+]\([┌+]\)/\1/' | tr -d '\n' | wc -m; }

# The grid's group rows in the week view, in screen order.
grid_order() { tmux_screen | sed -n -E "s/^($GROUP_NAMES)( .*|\$)/\\1/p" | tr '\n' ',' ; }

# subsequence A B: the comma lists A is B with some left out, in B's order.
subsequence() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		na = split(a, x, ","); nb = split(b, y, ","); j = 1
		for (i = 1; i <= na; i++) { if (x[i] == "") continue
			while (j <= nb && y[j] != x[i]) j++
			if (j > nb) exit 1; j++ }
	}'
}

# check_week SIZE: the week view against `herstel week`.
check_week() {
	cli=$("$HERSTEL" week)
	for label in day sets sleep sore; do
		shown=$(tmux_screen | grep -E "^$label " | head -1)
		whole=$(printf '%s\n' "$cli" | grep -E "^$label " | head -1)
		t_eq "$1 $label numbers" "$(numbers "$shown" | tr '\n' ' ')" "$(numbers "$whole" | tr '\n' ' ')" \
			"$1: the week's $label row has each number whole"
	done
	days=$(tmux_screen | sed -n 2p)
	t_eq "$1 dates" "$(numbers "$days" | tr '\n' ' ')" "16 17 18 19 20 21 22 " \
		"$1: each day's date whole, today's with its *"
	t_match "$1 today" "$days" ' 17\*( |$)' "$1: today is marked with *"
	ok=0 n=0
	for g in $(tmux_screen | sed -n -E "s/^($GROUP_NAMES)( .*|\$)/\\1/p" | tr ' ' '_'); do
		g=$(printf '%s' "$g" | tr '_' ' ')
		shown=$(tmux_screen | grep -E "^$g( |\$)" | head -1)
		whole=$(printf '%s\n' "$cli" | grep -E "^$g( |\$)" | head -1)
		n=$((n + 1))
		[ "$(numbers "$shown")" = "$(numbers "$whole")" ] || {
			ok=1
			t_diag "$1: the $g row: shown '$shown', herstel week '$whole'"
		}
	done
	[ $n -gt 0 ] || ok=1
	t_ok $ok "$1: every grid row ($n) has the numbers herstel week has"
	# The verdicts: lines that start with a symbol, their continuations joined.
	ok=0 n=0
	tmux_screen | awk '
		/^ (·|!|✔) / { if (v != "") print v; v = substr($0, 2); next }
		v != "" && /^ [^ ]/ { v = v " " substr($0, 2); next }
		v != "" { print v; v = "" }
		END { if (v != "") print v }' >"$T_TMP/verdicts"
	while IFS= read -r line; do
		n=$((n + 1))
		whole=$(printf '%s\n' "$cli" | grep -F -- "$(printf '%s' "$line" | cut -c1-12)" | head -1)
		whole_or_marked "$1 verdict" "$whole" "$line" || ok=1
	done <"$T_TMP/verdicts"
	[ $n -gt 0 ] || ok=1
	t_ok $ok "$1: every verdict ($n) is whole or its first words and the mark"
}

MARK='…'
order_full=
prev_log=0
for size in 60x16 80x24 120x40 200x60; do
	cols=${size%x*} rows=${size#*x}
	HERSTEL_DB="$T_TMP/$size.db"
	cp "$T_TMP/history.db" "$HERSTEL_DB"
	tmux_start "$cols" "$rows" "$HERSTEL"
	tmux_wait 'Recovery'; t_ok $? "$size: the screen opens"

	# Log the set through the quick-entry line.
	tmux_keys a
	tmux_wait 'add>'
	tmux_keys -l "$ENTRY"
	tmux_keys Enter
	tmux_wait '^ logged: squat'; t_ok $? "$size: the set is logged"
	t_eq "$size row" "$(t_sql "SELECT count(*), min(weight_kg), min(rpe), min(note) FROM lift
		JOIN exercise e ON e.id = exercise_id WHERE e.name = 'squat'")" "5|87.5|8.5|$NOTE" \
		"$size: the journal has 5 sets at 87.5 kg, RPE 8.5, the whole note"

	# The set's line, the status and the signal: whole or marked.
	line=$(log_pane | grep '5 × 5' | head -1)
	whole_or_marked "$size set" "$SET" "$line"; t_ok $? "$size: the set's line is whole or marked as cut"
	t_match "$size rpe" "$line" '@8\.5( |$)' "$size: the RPE shows whole (@8.5)"
	status=$(tmux_screen | sed -n "$((rows - 2))p")
	whole_or_marked "$size status" "$STATUS" "$status"; t_ok $? "$size: the status line is whole or marked"
	signal=$(tmux_screen | sed -n "$((rows - 1))p")
	whole=$("$HERSTEL" status | grep -F -- "$(printf '%s' "$signal" | cut -c2-20)" | head -1)
	whole_or_marked "$size signal" "$whole" "$(printf '%s' "$signal" | sed 's/  (more: herstel status)$//')"
	t_ok $? "$size: the signal line is whole or marked"
	# No number is cut anywhere in the log pane: each is one the journal has.
	bad=$(log_pane | grep -oE '[0-9]+([.][0-9]+)?' | grep -vxE '5|87\.5|8\.5|142\.5|90|6\.5|2|8|80|9|3|12|10' || true)
	t_eq "$size numbers" "$bad" "" "$size: every number in the log pane is a whole one of the day's"

	# The log pane widens with the window; the board keeps its width.
	lw=$(log_width) bw=$(board_width)
	[ "$lw" -gt "$prev_log" ]; t_ok $? "$size: the log pane ($lw columns) is wider than at the size before ($prev_log)"
	[ "$bw" -le 63 ]; t_ok $? "$size: the board ($bw columns) takes no more than its rows need"
	prev_log=$lw
	case $size in
	120x40 | 200x60) t_eq "$size board" "$bw" 63 "$size: the board keeps its width" ;;
	esac
	[ "$size" != 200x60 ] || t_eq "200x60 set" "$line" "   $SET" "200x60: the whole note shows"

	# The day form's keys for the kinds, each whole (they were cut to
	# "t a r p: training, active, r").
	tmux_keys n
	tmux_wait 'Kind '
	keys=$(log_pane)
	ok=0
	for k in 't training' 'a active' 'r rest' 'p passive'; do
		printf '%s\n' "$keys" | grep -Eq "(^| )$k( |\$)" || { ok=1; t_diag "no \"$k\" in:" "$keys"; }
	done
	t_ok $ok "$size: the day form shows each kind's key and word whole"
	tmux_keys Escape
	tmux_wait 'cancelled: nothing saved'

	# The question before the future is never cut: it takes two lines
	# where it must.
	tmux_keys Right Right a
	tmux_wait 'log into the'
	q=$(tmux_screen | sed -n "$((rows - 2)),$((rows - 1))p" | sed 's/^ //; s/ *$//' | tr '\n' ' ' | sed 's/ *$//')
	t_eq "$size question" "$q" "Thu 19 Nov 2026 is 2 days from today: log into the future? (y/n)" \
		"$size: the question before logging into the future is whole"
	tmux_keys n T
	tmux_wait 'Tue 17 Nov 2026'

	# The week view.
	tmux_keys w
	tmux_wait 'week 47'; t_ok $? "$size: the week view opens"
	tmux_wait '^sets '
	check_week "$size"
	eval "order_$cols=\$(grid_order)"
	tmux_keys q
	tmux_dead
	tmux_cmd kill-server
done

# One order at every size: the body's, all 15 rows at 200x60.
t_eq "order" "$order_200" "chest,shoulders,triceps,biceps,forearms,lats,mid back,traps,low back,abs,glutes,quads,hamstrings,hips,calves," \
	"200x60: all 15 groups in the body's order"
for cols in 60 80 120; do
	eval "o=\$order_$cols"
	[ -n "$o" ] && subsequence "$o" "$order_200"
	t_ok $? "${cols} columns: the grid's rows ($o) keep the same order"
done

# Without UTF-8 the mark is "~", and the numbers stay whole.
MARK='~'
HERSTEL_DB="$T_TMP/60x16.db"
tmux_start 60 16 "LC_ALL=C $HERSTEL"
tmux_wait 'Recovery'
line=$(log_pane | grep '5 x 5' | head -1)
whole_or_marked "C locale set" "5 x 5  87.5 kg  @8.5  $NOTE" "$line"
t_ok $? "C locale, 60x16: the set's line is its first words and then ~"
t_match "C locale" "$line" ' ~ *$' "C locale: the cut mark is ~"
tmux_keys q
tmux_dead

done_testing
