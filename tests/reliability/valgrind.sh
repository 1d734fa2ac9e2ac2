#!/bin/sh
# valgrind.sh: the command-line tests (tests/cli/*.sh) again, with every
# herstel they start run under valgrind: 0 errors and 0 definitely lost
# blocks. `make check-valgrind` runs it; it is not part of `make check`
# (valgrind makes each herstel some fifty times slower).
#
# HERSTEL is a wrapper that execs valgrind with the real binary. valgrind's
# --error-exitcode=1 alone would hide an error in a test that expects exit 1,
# so each process also writes its report to a file of its own: any report
# that is not empty is a failure, named with the test and the report.
. "$TESTS_SRCDIR/lib.sh"

VALGRIND=${VALGRIND:-valgrind}
command -v "$VALGRIND" >/dev/null 2>&1 || t_skip_all "valgrind is not installed"

REAL=$HERSTEL
VG="$T_TMP/vg"
mkdir "$VG"
cat >"$T_TMP/herstel-vg" <<EOF
#!/bin/sh
exec "$VALGRIND" --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \\
	-q --log-file="$VG/%p.log" "$REAL" "\$@"
EOF
chmod +x "$T_TMP/herstel-vg"

for t in "$TESTS_SRCDIR"/cli/*.sh; do
	name=cli/${t##*/}
	rm -f "$VG"/*.log
	HERSTEL="$T_TMP/herstel-vg" "${SHELL:-/bin/sh}" "$t" >"$T_TMP/tap" 2>&1
	status=$?
	t_eq "$name" "$status $(grep -c '^not ok' "$T_TMP/tap")" "0 0" \
		"$name passes with herstel under valgrind ($(grep -c '^ok' "$T_TMP/tap") checks)"
	[ $status -eq 0 ] || grep -B3 '^not ok' "$T_TMP/tap" | sed 's/^/# /'
	runs=$(ls "$VG" | wc -l)
	reports=$(find "$VG" -name '*.log' -size +0c)
	[ -z "$reports" ]
	t_ok $? "$name: valgrind found no errors and no definite leaks in $runs runs of herstel"
	for r in $reports; do
		sed 's/^/# /' "$r"
	done
done

done_testing
