/* test_schema.c: the schema herstel checks every journal against is
 * exactly what its migrations make.
 *
 * Why this exists: store_check_schema no longer builds the expected schema
 * at each open; it compares with store_expected_schema, which the build
 * wrote down (schema_expected.c, by store_schema_gen) by running the
 * migrations once. Should that file ever not follow the migrations (a
 * migration changed and the file not made again, a generator that drops
 * or mangles a row), herstel would refuse every journal it made itself, or
 * accept one it did not make. Here the real migrations run again, on real
 * SQLite, in memory and through store_open on a file, and what sqlite_master
 * then lists must be the written-down rows, byte for byte and in order. */
#include "config.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "store_impl.h"
#include "util.h"

static const char *
text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t != NULL ? (const char *)t : "";
}

/* db's schema as ST_SCHEMA lists it is exactly `want`. */
static void
expect_schema(sqlite3 *db, const struct schema_rows *want, const char *what)
{
	sqlite3_stmt *st;
	size_t n = 0;
	int step;

	cr_assert_eq(sqlite3_prepare_v2(db, stmt_sql[ST_SCHEMA], -1, &st, NULL), SQLITE_OK, "%s",
	    sqlite3_errmsg(db));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const struct schema_row *w;

		cr_assert_lt(n, want->n, "%s: %s %s is not in the expected schema", what,
		    text(st, 0), text(st, 1));
		w = &want->rows[n];
		cr_expect_str_eq(text(st, 0), w->type, "%s: row %zu's type", what, n);
		cr_expect_str_eq(text(st, 1), w->name, "%s: row %zu's name", what, n);
		cr_expect_str_eq(text(st, 2), w->tbl, "%s: %s's table", what, w->name);
		cr_expect_str_eq(text(st, 3), w->sql, "%s: %s's SQL", what, w->name);
		n++;
	}
	cr_expect_eq(step, SQLITE_DONE);
	cr_expect_eq(
	    n, want->n, "%s: %zu objects where the expected schema has %zu", what, n, want->n);
	sqlite3_finalize(st);
}

Test(schema, each_version_is_what_its_migrations_make)
{
	for (int v = 0; v <= STORE_SCHEMA_VERSION; v++) {
		char what[32];
		sqlite3 *db;

		snprintf(what, sizeof what, "schema version %d", v);
		cr_assert_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
		for (int m = 0; m < v; m++)
			cr_assert_eq(sqlite3_exec(db, store_migrations[m], NULL, NULL, NULL),
			    SQLITE_OK, "migration %d: %s", m + 1, sqlite3_errmsg(db));
		expect_schema(db, &store_expected_schema[v], what);
		sqlite3_close(db);
	}
}

Test(schema, versions_differ_and_the_first_is_empty)
{
	/* A generator that wrote one version for all would pass the test
	 * above only if the migrations did nothing. */
	cr_expect_eq(store_expected_schema[0].n, 0);
	for (int v = 1; v <= STORE_SCHEMA_VERSION; v++)
		cr_expect_gt(store_expected_schema[v].n, 0, "version %d has objects", v);
	cr_expect_neq(store_expected_schema[1].n, store_expected_schema[STORE_SCHEMA_VERSION].n);
}

Test(schema, a_journal_store_open_makes_holds_the_expected_schema)
{
	char dir[] = "/tmp/herstel-schema.XXXXXX", path[64], cmd[96], *cause = NULL;
	struct store *s;
	sqlite3 *db;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/herstel.db", dir);
	s = store_open(path, &cause);
	cr_assert_not_null(s, "%s", cause);
	store_close(s);
	cr_assert_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	expect_schema(db, &store_expected_schema[STORE_SCHEMA_VERSION], "a new journal");
	sqlite3_close(db);
	/* And it opens again: the check accepts what herstel made. */
	s = store_open(path, &cause);
	cr_expect_not_null(s, "%s", cause);
	store_close(s);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}
