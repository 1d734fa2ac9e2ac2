#!/bin/sh
# layers.sh: the layers of src/ as the build draws them, pinned in the
# sources (like nosqlstrings.sh for SQL).
#  - the pure core (the sources of libherstelcore.a, as the Makefile lists
#    them in HERSTEL_CORE) includes neither curses, SQLite nor iniparser, nor
#    any header of the shell around it;
#  - the service layer (svc.c) and the store draw nothing: no curses;
#  - every .c that has a header of its own includes config.h first and its
#    own header right after, so each header builds on its own;
# (That no screen includes another's is tests/reliability/screens.sh's.)
. "$TESTS_SRCDIR/lib.sh"

SRC="${HERSTEL_SRCDIR:-$TESTS_SRCDIR/..}/src"
[ -f "$SRC/svc.c" ] || t_bail "no sources at $SRC"
[ -n "${HERSTEL_CORE:-}" ] || t_bail "HERSTEL_CORE (the core's sources) is not set: run under make check"

# includes FILE: the names FILE includes, one a line, in order.
includes() { sed -n 's/^#[[:space:]]*include[[:space:]]*[<"]\([^>"]*\)[>"].*/\1/p' "$1"; }

core_c= core_h=
for f in $HERSTEL_CORE; do
	case $f in
	*.c) core_c="$core_c ${f##*/}" ;;
	*.h) core_h="$core_h ${f##*/}" ;;
	esac
done
# The generated catalogue is not in the tree; the rest must be.
n=0
for f in $core_c $core_h; do [ -f "$SRC/$f" ] && n=$((n + 1)); done
[ "$n" -ge 20 ]
t_ok $? "the check finds the core's sources ($n files)"

bad=
for f in $core_c $core_h; do
	[ -f "$SRC/$f" ] || continue
	for inc in $(includes "$SRC/$f"); do
		case $inc in
		curses.h | ncurses*.h | ncursesw/* | sqlite3.h | iniparser.h | dictionary.h)
			bad="$bad $f:$inc" ;;
		*.h)
			# one of ours: it must be a core header (or config.h)
			[ "$inc" = config.h ] && continue
			[ -f "$SRC/$inc" ] || continue
			case " $core_h " in *" $inc "*) ;; *) bad="$bad $f:$inc" ;; esac ;;
		esac
	done
done
t_eq "core includes outside the core" "$bad" "" \
	"the core includes no curses, SQLite, iniparser or shell header"

bad=
for f in "$SRC"/svc.c "$SRC"/svc.h "$SRC"/store*.c "$SRC"/store*.h; do
	[ -f "$f" ] || continue
	includes "$f" | grep -Eq '^(n?curses|ncursesw/|ui[._])' && bad="$bad ${f##*/}"
done
t_eq "service and store files that include curses or a screen" "$bad" "" \
	"the service layer and the store include no curses and no screen"

bad=
n=0
for f in "$SRC"/*.c; do
	b=${f##*/}
	b=${b%.c}
	[ -f "$SRC/$b.h" ] || continue
	n=$((n + 1))
	first=$(includes "$f" | sed -n 1,2p | tr '\n' ' ')
	[ "$first" = "config.h $b.h " ] || bad="$bad $b.c($first)"
done
[ "$n" -ge 30 ]
t_ok $? "the check finds the files with a header of their own ($n)"
t_eq "files not including config.h, then their own header" "$bad" "" \
	"every .c includes config.h first and its own header next"

done_testing
