#!/bin/sh
# screens.sh: the screens are a table. This pins it in the sources:
#  - a screen's file includes no other screen's header: a screen opens
#    another only by returning a reaction (struct ui_react) that ui.c acts
#    on; the screens' headers (ui_day.h, ui_place.h) are for ui.c, and the
#    helpers every screen may include are ui.h, ui_draw.h, ui_field.h,
#    ui_log.h, ui_form.h (the forms' shared part, which holds no screen),
#    ui_rest.h (the rest countdown, which every header shows) and
#    ui_plates.h (the plates of a weight, which holds no screen either);
#  - every screen of enum ui_screen_id is in ui.c's table;
#  - Esc and Enter are spelled in keys.c only: the screens' keys come from
#    their key tables.
. "$TESTS_SRCDIR/lib.sh"

SRC="${HERSTEL_SRCDIR:-$TESTS_SRCDIR/..}/src"
[ -f "$SRC/ui.c" ] || t_skip_all "no sources at $SRC"

HELPERS='ui|ui_draw|ui_field|ui_log|ui_form|ui_rest|ui_plates'
bad=''
for f in "$SRC"/ui_*.c; do
	name=${f##*/}
	name=${name%.c}
	case $name in ui_draw | ui_field | ui_log | ui_form | ui_rest | ui_plates) continue ;; esac
	for h in $(sed -n 's/^#include "\(ui[a-z_]*\)\.h".*/\1/p' "$f"); do
		case $h in "$name") continue ;; esac
		printf '%s\n' "$h" | grep -Eqx "$HELPERS" || bad="$bad $name.c->$h.h"
	done
done
[ -z "$bad" ]
r=$?
[ $r -eq 0 ] || t_diag "a screen includes another screen's header:$bad"
t_ok $r "no screen includes another screen's header"

bad=''
for f in "$SRC"/ui_draw.c "$SRC"/ui_field.c "$SRC"/ui_log.c "$SRC"/ui_form.c \
	"$SRC"/ui_rest.c "$SRC"/ui_plates.c; do
	for h in $(sed -n 's/^#include "\(ui[a-z_]*\)\.h".*/\1/p' "$f"); do
		printf '%s\n' "$h" | grep -Eqx "$HELPERS|${f##*/}" || bad="$bad ${f##*/}->$h.h"
	done
done
[ -z "$bad" ]
r=$?
[ $r -eq 0 ] || t_diag "a helper includes a screen's header:$bad"
t_ok $r "the helpers include no screen's header"

ids=$(sed -n '/^enum ui_screen_id {/,/^};/s/^	\(SCREEN_[A-Z]*\),$/\1/p' "$SRC/ui.h" | grep -v SCREEN_COUNT)
[ -n "$ids" ]
t_ok $? "ui.h names the screens"
missing=''
for id in $ids; do
	grep -Eq "^	\[$id\] = &ui_[a-z]+_screen,$" "$SRC/ui.c" || missing="$missing $id"
done
[ -z "$missing" ]
r=$?
[ $r -eq 0 ] || t_diag "not in ui.c's table:$missing"
t_ok $r "every screen is in ui.c's table"

spelled=$(grep -nE "KEY_ENTER|== *27\b|== *'\\\\n'|== *'\\\\r'|K_ESC" "$SRC"/ui*.c "$SRC"/ui*.h)
[ -z "$spelled" ]
r=$?
[ $r -eq 0 ] || t_diag "Esc or Enter spelled outside keys.c:" "$spelled"
t_ok $r "Esc and Enter are spelled in keys.c only"

done_testing
