#!/bin/sh
# nosqlstrings.sh: no SQL is built from strings. Every statement herstel runs
# is fixed text; values are bound. This pins it in the sources:
#  - only the store's files include sqlite3.h: src/store.c, src/store_*.c
#    and src/store_impl.h (the journal) and src/store_json.c (the JSON
#    reader, on an in-memory database of its own);
#  - no sqlite3_mprintf, sqlite3_vmprintf or sqlite3_snprintf anywhere;
#  - every sqlite3_prepare*() and sqlite3_exec() takes a string literal, an
#    entry of the fixed table stmt_sql[], or the parameter of one of the two
#    pass-through helpers store_exec_sql() and store_pragma_int();
#  - every call of those helpers passes a literal, an entry of the fixed
#    table store_migrations[], or the one exception below;
#  - the build tool store_schema_gen runs the same store_migrations[] into
#    a database in memory, to write down the schema they make;
#  - no printf-style function formats text that starts like SQL.
#
# The one exception: store_migrate() (src/store_schema.c) formats "PRAGMA application_id = %d;
# PRAGMA user_version = %d" with snprintf from two integer constants
# (STORE_APPLICATION_ID, STORE_SCHEMA_VERSION), because PRAGMAs take no bound
# parameters. It is allowed by its exact text, so any other use fails.
. "$TESTS_SRCDIR/lib.sh"

SRC="${HERSTEL_SRCDIR:-$TESTS_SRCDIR/..}/src"
[ -f "$SRC/store.c" ] || t_skip_all "no sources at $SRC"
EXCEPTION='snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d; PRAGMA user_version = %d",'

# args REGEX: for every call of a function matching REGEX in src/, a line
# "file:line: name(first, second" (the call's line joined with the two after
# it, so that an argument on the next line is seen).
args() {
	for f in "$SRC"/*.c "$SRC"/*.h; do
		awk -v re="$1" -v file="${f##*/}" '
			{ line[NR] = $0 }
			END {
				for (i = 1; i <= NR; i++) {
					# Definitions and declarations start in column 0; calls are indented.
					if (line[i] !~ re "\\(" || line[i] ~ /^[a-z_]/)
						continue
					text = line[i] " " line[i + 1] " " line[i + 2]
					gsub(/[\t ]+/, " ", text)
					while (match(text, re "\\([^,]*, ?[^,]*")) {
						print file ":" i ": " substr(text, RSTART, RLENGTH)
						text = substr(text, RSTART + RLENGTH)
					}
				}
			}' "$f"
	done | sort -u
}

users=$(grep -l 'include[[:space:]]*<sqlite3.h>' "$SRC"/*.c "$SRC"/*.h 2>/dev/null | sed 's|.*/||' | tr '\n' ' ')
case " $users" in *" store.c "*" store_json.c "*) found=yes ;; *) found=no ;; esac
t_eq "the store includes sqlite3.h" "$found" yes "the check finds the store's files ($users)"
t_eq "files including sqlite3.h" "$(printf '%s\n' $users | grep -v '^store\(_[a-z_]*\)\{0,1\}\.[ch]$')" "" \
	"only src/store.c, src/store_*.[ch] and src/store_json.c include sqlite3.h"

t_eq "sqlite3 printf functions" \
	"$(grep -n 'sqlite3_\(v\|\)mprintf\|sqlite3_snprintf\|sqlite3_vsnprintf' "$SRC"/*.c "$SRC"/*.h)" "" \
	"no sqlite3_mprintf, sqlite3_vmprintf or sqlite3_snprintf in src/"

# second ARGS-LINE: the second argument of the call.
second() { printf '%s\n' "$1" | sed 's/^[^(]*([^,]*, *//'; }

bad=
n=0
args 'sqlite3_(prepare[a-z0-9_]*|exec)' >"$T_TMP/calls"
while IFS= read -r c; do
	n=$((n + 1))
	case $(second "$c") in
	\"*|stmt_sql\[*|json_sql\[*) ;;
	# the expected schema, made at build time from the fixed scripts
	store_migrations\[*) case $c in store_schema_gen.c:*) ;; *) bad="$bad
$c" ;; esac ;;
	sql|pragma) case $c in store.c:*) ;; *) bad="$bad
$c" ;; esac ;;
	*) bad="$bad
$c" ;;
	esac
done <"$T_TMP/calls"
[ "$n" -gt 0 ]
t_ok $? "the check finds the SQLite calls ($n of sqlite3_prepare* and sqlite3_exec)"
t_eq "calls with SQL that is not fixed text" "$bad" "" \
	"every sqlite3_prepare*() and sqlite3_exec() takes fixed text"

# The pass-through helpers: their callers must pass fixed text.
bad=
n=0
args '(store_exec_sql|store_pragma_int)' >"$T_TMP/helpers"
while IFS= read -r c; do
	n=$((n + 1))
	case $(second "$c") in
	\"*|store_migrations\[*) ;;
	pragma)
		# Only store_migrate's pragma, formatted from the two constants.
		grep -qF "$EXCEPTION" "$SRC/store_schema.c" || bad="$bad
$c" ;;
	*) bad="$bad
$c" ;;
	esac
done <"$T_TMP/helpers"
[ "$n" -gt 0 ]
t_ok $? "the check finds the calls of store_exec_sql and store_pragma_int ($n)"
t_eq "helper calls with SQL that is not fixed text" "$bad" "" \
	"store_exec_sql() and store_pragma_int() are given fixed text"

# No printf-style formatting of SQL, except the one line allowed above.
t_eq "formatted SQL" "$(grep -nE '(printf|xasprintf|strbuf_printf|strbuf_puts)\(.*"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|ATTACH|BEGIN|COMMIT|REPLACE|WITH)[[:space:]]' \
	"$SRC"/*.c | grep -vF "$EXCEPTION")" "" \
	"no printf-style function formats SQL (but store_migrate's two integer PRAGMAs)"
t_eq "the exception" "$(grep -cF "$EXCEPTION" "$SRC"/*.c | grep -v ':0$' | sed 's|.*/||')" store_schema.c:1 \
	"the one allowed formatted PRAGMA is there once, from the two constants"
grep -A1 -F "$EXCEPTION" "$SRC/store_schema.c" | tail -n 1 | grep -q '^[[:space:]]*STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);'
t_ok $? "and its arguments are exactly STORE_APPLICATION_ID and STORE_SCHEMA_VERSION"

done_testing
