/* test_plans.c: the screens' queries use their indexes.
 *
 * A test on query plans, not on time: SQLite's EXPLAIN QUERY PLAN for the
 * store's own SQL text (store_query_sql) on a journal the store created, so
 * a change to the schema or the SQL that would make a screen scan the
 * history fails here, on any machine. */
#include "config.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalogue.h"
#include "date.h"
#include "demo.h"
#include "store.h"
#include "util.h"

static char dir[64];
static char path[128];
static sqlite3 *db;

/* A journal made by the store, with the demo's eight weeks in it. */
static void
setup(void)
{
	struct catalogue *cat = catalogue_builtin();
	struct store *s;
	hs_minute now;
	char *cause = NULL;

	strcpy(dir, "/tmp/herstel-plans.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/herstel.db", dir);
	cr_assert_eq(stamp_parse("2026-11-17 12:00", &now, NULL), 0);
	s = store_open(path, &cause);
	cr_assert_not_null(s, "%s", cause);
	cr_assert_eq(demo_fill(s, cat, now, &cause), 0, "%s", cause);
	store_close(s);
	catalogue_free(cat);
	cr_assert_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
}

static void
teardown(void)
{
	char cmd[128];

	sqlite3_close(db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(plans, .init = setup, .fini = teardown);

/* The plan of query `q`, one "detail" line per step. */
static void
plan(enum store_query q, char *out, size_t len)
{
	const char *sql = store_query_sql(q);
	char *text;
	sqlite3_stmt *st;
	size_t used = 0;

	cr_assert_not_null(sql);
	text = xasprintf("EXPLAIN QUERY PLAN %s", sql);
	cr_assert_eq(sqlite3_prepare_v2(db, text, -1, &st, NULL), SQLITE_OK, "%s: %s",
	    sqlite3_errmsg(db), sql);
	out[0] = '\0';
	while (sqlite3_step(st) == SQLITE_ROW)
		used += (size_t)snprintf(out + used, used < len ? len - used : 0, "%s\n",
		    (const char *)sqlite3_column_text(st, 3));
	cr_assert_lt(used, len, "plan too long");
	sqlite3_finalize(st);
	free(text);
}

/* Query `q` searches `table` (as `alias`) through `index`, scans none of
 * the journal's history tables and sorts nothing itself. */
static void
check(enum store_query q, const char *alias, const char *index, bool sorted)
{
	static const char *const history[] = { "SCAN lift", "SCAN l\n", "SCAN l ", "SCAN soreness",
		"SCAN sleep", "SCAN day" };
	char p[2048], want[128];

	plan(q, p, sizeof p);
	snprintf(want, sizeof want, "SEARCH %s USING INDEX %s (", alias, index);
	cr_expect_not_null(strstr(p, want), "want \"%s\" in the plan of\n%s\ngot:\n%s", want,
	    store_query_sql(q), p);
	for (size_t i = 0; i < HS_ARRAY_LEN(history); i++)
		cr_expect_null(strstr(p, history[i]), "\"%s\" in the plan of\n%s\ngot:\n%s",
		    history[i], store_query_sql(q), p);
	if (sorted)
		cr_expect_null(strstr(p, "TEMP B-TREE"), "a sort in the plan of\n%s\ngot:\n%s",
		    store_query_sql(q), p);
}

/* Search walks the notes, all of them, but from their own index alone:
 * never the table (the index holds every column it reads), never sorted. */
static void
check_notes(enum store_query q, const char *table, const char *index)
{
	char p[2048], want[128];

	plan(q, p, sizeof p);
	snprintf(want, sizeof want, "SCAN %s USING COVERING INDEX %s\n", table, index);
	cr_expect_not_null(strstr(p, want), "want \"%s\" in the plan of\n%s\ngot:\n%s", want,
	    store_query_sql(q), p);
	cr_expect_null(
	    strstr(p, "TEMP B-TREE"), "a sort in the plan of\n%s\ngot:\n%s", store_query_sql(q), p);
}

/* The day, week and board screens, and search, all read through these. */
static void
check_all(void)
{
	check(STORE_Q_SETS, "l", "lift_date", true);
	check(STORE_Q_EVENT_SETS, "lift", "lift_date", true);
	check(STORE_Q_SORENESS, "soreness", "soreness_date", true);
	check(STORE_Q_SLEEP, "sleep", "sleep_date", true);
	check(STORE_Q_DAYS, "day", "day_date", true);
	check(STORE_Q_LAST_TRAINED, "l", "lift_exercise", true);
	check(STORE_Q_DAY_TIME, "lift", "lift_date", false);
	check(STORE_Q_EXERCISE_SETS, "l", "lift_exercise", true);
	check(STORE_Q_LAST_SESSION, "lift", "lift_exercise", false);
	check(STORE_Q_SEARCH_EXERCISE_DAY, "lift", "lift_exercise", true);
	check_notes(STORE_Q_SEARCH_SET_NOTES, "lift", "lift_noted");
	check_notes(STORE_Q_SEARCH_DAY_NOTES, "day", "day_noted");
}

Test(plans, screen_queries_use_their_indexes)
{
	check_all();
}

/* Statistics (ANALYZE, or PRAGMA optimize) must not talk SQLite out of them. */
Test(plans, indexes_still_used_after_analyze)
{
	cr_assert_eq(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL), SQLITE_OK);
	check_all();
}

Test(plans, every_query_has_text)
{
	for (int q = 0; q < STORE_Q_COUNT; q++)
		cr_expect_not_null(store_query_sql((enum store_query)q));
	cr_expect_null(store_query_sql(STORE_Q_COUNT));
}
