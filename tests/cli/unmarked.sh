#!/bin/sh
# tests/cli/unmarked.sh: every message a person reads is marked for
# translation. xgettext reads the sources with, as its only keywords, the
# functions that print or build a message (below): a string literal given
# straight to one of them was not wrapped in _(), N_(), P_() or ngettext(),
# since xgettext does not look into the arguments of a call that is not a
# keyword. What is left after the allowlist fails the test, with its
# file:line.
#
# The limits of the heuristic: a literal that reaches a person through a
# variable or a table without N_() is not seen; nor is one given to a
# function that is not in the list. A new printing helper goes into
# KEYWORDS, a new machine format into the allowlist, with its reason.
. "${TESTS_SRCDIR:-$(dirname "$0")/..}/lib.sh"

t_require xgettext
# This file, by a path that still holds after the cd below (the test of
# the test runs it again).
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
TESTS_SRCDIR=$(cd "$TESTS_SRCDIR" && pwd)
export TESTS_SRCDIR
SRC=$(cd "${HERSTEL_SRCDIR:-$TESTS_SRCDIR/..}/src" && pwd) || t_bail "no src/ beside the tests"
export HERSTEL_SRCDIR="${SRC%/src}"

# FUNCTION:ARG, the argument that is a message (or a printf format whose
# words a person reads). -k drops xgettext's own keywords (gettext, _ ...).
KEYWORDS='util_fail:2 fprintf:2 printf:1 fputs:1 puts:1
	strbuf_printf:2 strbuf_puts:2 xasprintf:1 snprintf:3
	cli_error:2 cli_bad_usage:2 cli_bad_word:2 cli_cause:2
	interop_bad:4 store_row_damaged:4 json_fail:2 store_fail:3 store_exec:4
	ui_status:3 week_say:6 recovery_say:2 signals_add:4 rc_warn:2
	ui_put:5 ui_put_fit:6 ui_box:3 ui_head_draw:3 ui_hints:5 ui_form_frame:2
	ui_form_hints:4 ui_field_set:2 ui_field_prefill:2
	svc_log:2 svc_sore:2 svc_sleep:2 svc_day:2 svc_remove:2
	svc_exercise_groups:2 svc_exercise_add:2 store_begin:2 store_batch:2
	import_summary_print:3
	mvwaddstr:4 waddstr:2 wprintw:2 mvwprintw:4 mvaddstr:3 mvprintw:3
	addstr:1 printw:1'
set --
for k in $KEYWORDS; do set -- "$@" "--keyword=$k"; done

# The sources: every .c of src/ (the generated catalogue is data, not
# messages; store_schema_gen is a build tool that writes C), or those
# named in UNMARKED_SOURCES (the test of this test).
cd "$SRC/.." || t_bail "cannot cd to $SRC/.."
files=${UNMARKED_SOURCES:-$(ls src/*.c | grep -Ev '^src/(catalogue_data|store_schema_gen)\.c$')}
pot="$T_TMP/unmarked.pot"
# shellcheck disable=SC2086
LC_ALL=C xgettext -k "$@" --from-code=UTF-8 --no-wrap --omit-header \
	-o "$pot" $files 2>"$T_TMP/xgettext.err"
r=$?
[ $r -eq 0 ] || t_diag "$(cat "$T_TMP/xgettext.err")"
t_ok $r "xgettext reads the sources"

# The allowlist: extended regular expressions, each matched against the
# msgid as the .pot writes it (quotes escaped as \"), and why it is not a
# message. A literal without two letters in a row once its %-directives
# and escapes are gone (formats like "%s: %s", "%.1f", "]}\n") is never
# reported: it has no words to translate.
cat >"$T_TMP/allow" <<'EOF'
# json output and export: field names stay English in every language
\\"[a-z_0-9]+\\":|^\{\\"|^,\\"|^%s\\"%s\\"$|^\\"[a-z_]+\\"|^null
# tsv headers and rows: the column names are the interface of scripts
^[a-z_0-9]+(\\t[a-z_0-9]+)+(\\n)?$|^# %s\\t
# the shell completion scripts cli_complete.c writes (bash, zsh, fish)
COMPREPLY|_herstel|^%sreturn\\n$|^_files$|_values |complete -c herstel|__fish|^ -[nslrxd] |^ -x|^ -r -F|^'--|^'\(|;;|esac|_arguments|\$words|\$prev
# herstel --help: the synopsis of a command is what is typed
^  herstel %s\\n      %s\\n$|^ \[COMMAND\]\\n
# file names and URIs herstel makes: read by programs, not people
^%s/herstel|^herstel-%s|herstelrc\.XXXXXX|^%s\.bak-v%d$|^%s-journal$|^file:$|^\?immutable=1$|^/proc/self/
# SQL given to SQLite
^PRAGMA 
# units and symbols written the same in every language: kg, lb, bw
# (bodyweight, as it is typed), m (metres), s (seconds), @RPE, x for sets
^ *bw( |\+|$)|%gkg$|^%s%d s$|^ *%s m$|^%zu %s %s m$
# the program's name and version, as every GNU program prints them, and
# the "herstel: " before every error
^herstel %s\\n$|^ herstel$|^herstel: %s%s%s\\n$
# out of memory: gettext itself may need memory, so this one stays English
^herstel: out of memory
# the columns of other apps' files (StrongLifts' "Set 1 (Reps)"), and the
# ISO patterns of dates and times: read by programs, written as they are
^Set %d \(|^YYYY-MM-DD$|^HH:MM$
# herstelrc's syntax: a [keys.TABLE] section is typed as it is
^%s\[keys\.%s\]$
# temporary and data file names
^%s/%s/herstel/%s$|^(%\.\*s/)?\.%s\.XXXXXX$
EOF

LC_ALL=C awk -v allow="$T_TMP/allow" '
	BEGIN {
		while ((getline l < allow) > 0)
			if (l !~ /^#/ && l != "")
				pat[++np] = l
	}
	# A msgid may go on over lines ("" then "\n" "text..."): it ends at
	# the first line that is not a string.
	function check(   w, ok, i) {
		w = m
		gsub(/%[-+ #0-9.*]*(hh|h|ll|l|z|j|t)?[a-zA-Z%]/, "", w)
		gsub(/\\./, " ", w)
		ok = (w !~ /[A-Za-z][A-Za-z]/)
		for (i = 1; !ok && i <= np; i++)
			if (m ~ pat[i])
				ok = 1
		if (!ok)
			printf "%s: \"%s\"\n", substr(refs, 2), m
		refs = ""
		inid = 0
	}
	inid && /^"/ { m = m substr($0, 2, length($0) - 2); next }
	inid { check() }
	/^#: / { refs = refs " " substr($0, 4); next }
	/^msgid "/ { m = substr($0, 8, length($0) - 8); inid = 1; next }
	/^$/ { refs = "" }
	END { if (inid) check() }
' "$pot" >"$T_TMP/unmarked"

n=$(wc -l <"$T_TMP/unmarked")
[ "$n" -eq 0 ]
r=$?
[ $r -eq 0 ] || t_diag "$n string literals a person reads are not marked (wrap them in _(), N_() or ngettext; a machine format goes into this test's allowlist):" "$(cat "$T_TMP/unmarked")"
t_ok $r "every literal given to a printing function is marked (${n} unmarked)"

# A file with marked messages is in po/POTFILES.in, or xgettext never
# puts them into the catalogue and they stay English.
missing=$(for f in ${UNMARKED_SOURCES:-$files $(ls src/*.h)}; do
	# i18n.h defines the macros; a comment that names N_() is no message.
	[ "$f" != src/i18n.h ] || continue
	grep -Eq '\b(_|N_|P_)\("|\bngettext\(' "$f" || continue
	grep -qx "$f" po/POTFILES.in || echo "$f"
done)
[ -z "$missing" ]
r=$?
[ $r -eq 0 ] || t_diag "marked messages in files missing from po/POTFILES.in:" "$missing"
[ -n "${UNMARKED_SOURCES:-}" ] || t_ok $r "every source file with marked messages is in po/POTFILES.in"

# The test of the test: a file with one unmarked message and its marked
# twin is reported for the one and not the other.
if [ -z "${UNMARKED_SOURCES:-}" ]; then
	cat >"$T_TMP/probe.c" <<'EOF'
void probe(char **cause) {
	util_fail(cause, "this is not marked %s", "x");
	util_fail(cause, _("this is marked %s"), "x");
	printf("date\tkind\n");
}
EOF
	out=$(UNMARKED_SOURCES="$T_TMP/probe.c" sh "$SELF" 2>&1)
	t_match "the probe's report" "$out" 'probe\.c:2: "this is not marked' \
		"an unmarked message in a probe file is reported with its file:line"
	if printf '%s\n' "$out" | grep -q 'probe\.c:2:'; then
		t_nomatch "the probe's report" "$out" 'this is marked|date.tkind' \
			"its marked twin and a tsv header are not"
	else
		t_ok 1 "its marked twin and a tsv header are not (the probe did not run)"
	fi
fi

done_testing
