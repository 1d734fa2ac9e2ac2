#!/bin/sh
# tests/tui/dutch.sh: the interface in Dutch, chosen by the locale, at 80x24
# and at the smallest size: the day screen, the quick-entry line and an
# error, a form, the week view, the help; then the same screens in
# C.UTF-8, in English; and herstelrc's language = nl / en over the locale. The catalogue is po/nl.po as make check compiles it
# (HERSTEL_LOCALEDIR); the nl_NL.UTF-8 locale comes from build-aux/bootstrap.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require tmux sqlite3 locale
locale -a 2>/dev/null | grep -qix 'nl_NL\.utf-\?8' ||
	t_bail "the nl_NL.UTF-8 locale is missing: run build-aux/bootstrap as root (locale-gen)"
[ -n "${HERSTEL_LOCALEDIR:-}" ] && [ -f "$HERSTEL_LOCALEDIR/nl/LC_MESSAGES/herstel.mo" ] ||
	t_bail "no Dutch catalogue in HERSTEL_LOCALEDIR: run under make check"

"$HERSTEL" sleep 7 --quality 3 >/dev/null
"$HERSTEL" log "bench press 3x8 80kg @8" >/dev/null

tmux_start 80 24 "LC_ALL=nl_NL.UTF-8 \"$HERSTEL\""
tmux_wait 'herstel  di 17 nov 2026 +week 47'; t_ok $? "nl: the date in Dutch: di 17 nov 2026"
tmux_wait 'Herstel  di 12:00'; t_ok $? "nl: the board's title"
tmux_wait 'Logboek'; t_ok $? "nl: the log's title"
tmux_wait 'borst +in herstel'; t_ok $? "nl: group and state in Dutch: borst in herstel"
tmux_wait 'a loggen .* \? hulp +q stop'; t_ok $? "nl: the hint line from the key table, in Dutch"
tmux_wait 'Slaap +7 u +kwaliteit 3/5'; t_ok $? "nl: the night in the log"
t_nomatch screen "$(tmux_screen)" 'Recovery|never|quit' "nl: no English word left on the day screen"

tmux_keys a
tmux_wait 'nieuw>'; t_ok $? "nl: the quick-entry line's prompt"
tmux_keys -l 'squat 5x5 100 @11'
tmux_wait 'de RPE moet 1 tot 10 zijn, niet 11'; t_ok $? "nl: the entry's error in Dutch"
tmux_keys BSpace BSpace
tmux_keys -l '8'
tmux_wait 'squat: 5 sets van 5 met 100 kg, RPE 8'; t_ok $? "nl: the preview in Dutch"
tmux_keys Escape
tmux_wait 'geannuleerd: niets bewaard'; t_ok $? "nl: Esc says nothing was saved"

tmux_keys z
tmux_wait 'Slaap · di 17 nov'; t_ok $? "nl: the sleep form's title"
tmux_wait 'Uren +7'; t_ok $? "nl: its fields: Uren"
tmux_wait 'Kwaliteit 3'; t_ok $? "nl: Kwaliteit"
tmux_keys Escape
tmux_wait 'geannuleerd'

tmux_keys w
tmux_wait 'week 47 +16-22 nov 2026 +halfgevorderd'; t_ok $? "nl: the week's head: dates and level"
tmux_wait 'ma 16 +di 17\*'; t_ok $? "nl: the weekdays"
tmux_wait '^slaap '; t_ok $? "nl: the rows' labels"
tmux_keys '?'
tmux_wait 'Weekoverzicht: toetsen'; t_ok $? "nl: the week's help"
tmux_wait 'de vorige / volgende dag kiezen'; t_ok $? "nl: the help lines from the key table"
tmux_keys q
tmux_keys q
tmux_keys q
tmux_dead
t_eq "journal" "$(t_sql "SELECT count(*) FROM lift WHERE removed_by IS NULL")" 3 \
	"nl: the journal is as it was: the cancelled entry saved nothing"

# The smallest screen: every line whole or marked, in Dutch as in English.
tmux_start 60 16 "LC_ALL=nl_NL.UTF-8 \"$HERSTEL\""
tmux_wait 'Herstel'; t_ok $? "nl at 60x16: the board"
tmux_wait 'q stop'; t_ok $? "nl at 60x16: the hint line keeps quit"
# tmux cuts nothing itself: a Dutch line too long for its place must end
# in herstel's own mark, after a whole word.
tmux_wait 'nog [0-9]+, allemaal …'; t_ok $? "nl at 60x16: a line too long is cut after a word, marked …"
t_nomatch "60x16" "$(tmux_screen)" '[a-z]…' "nl at 60x16: no word is cut in the middle"
tmux_keys q
tmux_dead

# The same screens in C.UTF-8: English, the day screen, the entry's error,
# a form, the week view and its help.
tmux_start 80 24 "LC_ALL=C.UTF-8 \"$HERSTEL\""
tmux_wait 'herstel  Tue 17 Nov 2026 +week 47'; t_ok $? "C: the date in English"
tmux_wait 'Recovery  Tue 12:00'; t_ok $? "C: the board's title in English"
tmux_wait 'chest +recovering'; t_ok $? "C: group and state in English"
tmux_wait 'a add .* \? help +q quit'; t_ok $? "C: the hint line in English"
tmux_keys a
tmux_wait 'add>'; t_ok $? "C: the quick-entry line's prompt"
tmux_keys -l 'squat 5x5 100 @11'
tmux_wait 'RPE must be from 1 to 10'; t_ok $? "C: the entry's error in English"
tmux_keys Escape
tmux_wait 'cancelled: nothing saved'; t_ok $? "C: Esc says nothing was saved"
tmux_keys z
tmux_wait 'Sleep · Tue 17 Nov'; t_ok $? "C: the sleep form's title"
tmux_wait 'Hours +7'; t_ok $? "C: its fields: Hours"
tmux_keys Escape
tmux_wait 'cancelled'
tmux_keys w
tmux_wait 'week 47 +16-22 Nov 2026 +intermediate'; t_ok $? "C: the week's head in English"
tmux_keys '?'
tmux_wait 'Week view: keys'; t_ok $? "C: the week's help in English"
tmux_wait 'select the previous / next day'; t_ok $? "C: its lines in English"
t_nomatch screen "$(tmux_screen)" 'toetsen|kiezen' "C: no Dutch word on the help"
tmux_keys q
tmux_keys q
tmux_keys q
tmux_dead

# herstelrc's language over the locale: nl in C.UTF-8 is Dutch, en in
# nl_NL.UTF-8 is English.
printf '[general]\nlanguage = nl\n' >"$HERSTEL_CONFIG"
tmux_start 80 24 "LC_ALL=C.UTF-8 \"$HERSTEL\""
tmux_wait 'herstel  di 17 nov 2026 +week 47'; t_ok $? "language = nl in C.UTF-8: the day screen in Dutch"
tmux_wait 'borst +in herstel'; t_ok $? "language = nl in C.UTF-8: the board in Dutch"
tmux_keys q
tmux_dead
printf '[general]\nlanguage = en\n' >"$HERSTEL_CONFIG"
tmux_start 80 24 "LC_ALL=nl_NL.UTF-8 \"$HERSTEL\""
tmux_wait 'herstel  Tue 17 Nov 2026 +week 47'; t_ok $? "language = en in nl_NL.UTF-8: the day screen in English"
tmux_wait 'chest +recovering'; t_ok $? "language = en in nl_NL.UTF-8: the board in English"
tmux_keys q
tmux_dead
rm -f "$HERSTEL_CONFIG"

# A machine format reads the same in either language.
for cmd in "status --format json" "status --format tsv" "week --format json" \
	"calendar --format tsv" "export --format csv -o -"; do
	# shellcheck disable=SC2086
	nl=$(LC_ALL=nl_NL.UTF-8 "$HERSTEL" $cmd 2>&1)
	# shellcheck disable=SC2086
	c=$(LC_ALL=C.UTF-8 "$HERSTEL" $cmd 2>&1)
	t_eq "$cmd" "$nl" "$c" "herstel $cmd: the same in nl_NL.UTF-8 as in C.UTF-8"
done
t_run status
LC_ALL=nl_NL.UTF-8 t_run status
t_match "text" "$T_OUT" 'borst +' "the text of status is Dutch in nl_NL.UTF-8"

done_testing
