/* store_json.c: herstel's JSON export read through SQLite's JSON functions,
 * on an in-memory connection of its own. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_json.h"
#include "json.h"
#include "store.h"
#include "util.h"

enum json_stmt {
	JS_VALID,
	JS_HEAD,
	JS_LIST,
	JS_SETS,
	JS_SORENESS,
	JS_SLEEP,
	JS_DAYS,
	JS_EXERCISES,
	JS_COUNT
};

/* Each list item comes back as its index and JSON type, then herstel's CSV
 * columns, each named for the messages. */
static const char *const json_sql[JS_COUNT] = {
	[JS_VALID] = "SELECT json_valid(?1)",
	[JS_HEAD] = "SELECT json_type(?1), json_extract(?1, '$.format'),"
	            " json_extract(?1, '$.schema_version'), json_extract(?1, '$.units')",
	/* json_each walks an object's members or a lone value as well. */
	[JS_LIST] = "SELECT json_type(?1, ?2)",
	[JS_SETS] =
	    "SELECT k, t, 'set', json_extract(v, '$.date') AS date,"
	    " json_extract(v, '$.time') AS time, json_extract(v, '$.exercise') AS exercise,"
	    " coalesce(json_extract(v, '$.weight_kg'), json_extract(v, '$.weight_lb'))"
	    " AS weight, json_extract(v, '$.bodyweight') AS bodyweight,"
	    " json_extract(v, '$.reps') AS reps, json_extract(v, '$.rpe') AS rpe,"
	    " json_extract(v, '$.warmup') AS warmup, NULL, NULL, NULL, NULL, NULL,"
	    " json_extract(v, '$.note') AS note, NULL, NULL FROM (SELECT key AS k,"
	    " type AS t, iif(type = 'object', value, '{}') AS v FROM json_each(?1, '$.sets'))",
	[JS_SORENESS] =
	    "SELECT k, t, 'soreness', json_extract(v, '$.date') AS date,"
	    " json_extract(v, '$.time') AS time, NULL, NULL, NULL, NULL, NULL, NULL,"
	    " json_extract(v, '$.group') AS 'group', json_extract(v, '$.level') AS level,"
	    " NULL, NULL, NULL, NULL, NULL, NULL FROM (SELECT key AS k, type AS t,"
	    " iif(type = 'object', value, '{}') AS v FROM json_each(?1, '$.soreness'))",
	[JS_SLEEP] = "SELECT k, t, 'sleep', json_extract(v, '$.date') AS date, NULL, NULL, NULL,"
	             " NULL, NULL, NULL, NULL, NULL, NULL, json_extract(v, '$.hours') AS hours,"
	             " json_extract(v, '$.quality') AS quality, NULL, NULL, NULL, NULL"
	             " FROM (SELECT key AS k, type AS t, iif(type = 'object', value, '{}') AS v"
	             " FROM json_each(?1, '$.sleep'))",
	[JS_DAYS] =
	    "SELECT k, t, 'day', json_extract(v, '$.date') AS date, NULL, NULL, NULL,"
	    " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, json_extract(v, '$.kind') AS"
	    " kind, json_extract(v, '$.note') AS note, NULL, NULL FROM (SELECT key AS k,"
	    " type AS t, iif(type = 'object', value, '{}') AS v FROM json_each(?1, '$.days'))",
	[JS_EXERCISES] = "SELECT k, t, json_extract(v, '$.name') AS name,"
	                 " (SELECT group_concat(value, ' ') FROM json_each(v, '$.primary'))"
	                 " AS 'primary', (SELECT group_concat(value, ' ') FROM"
	                 " json_each(v, '$.secondary')) AS secondary,"
	                 " json_extract(v, '$.bodyweight') AS bodyweight FROM (SELECT key AS k,"
	                 " type AS t, iif(type = 'object', value, '{}') AS v"
	                 " FROM json_each(?1, '$.exercises'))",
};

struct store_json {
	sqlite3 *db;
	sqlite3_stmt *stmt[JS_COUNT];
};

struct store_json *
store_json_new(char **cause)
{
	struct store_json *j = xcalloc(1, sizeof *j);

	if (sqlite3_open_v2(":memory:", &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) !=
	    SQLITE_OK) {
		util_fail(cause, "cannot read JSON: %s", sqlite3_errmsg(j->db));
		store_json_free(j);
		return NULL;
	}
	return j;
}

void
store_json_free(struct store_json *j)
{
	if (j == NULL)
		return;
	for (int i = 0; i < JS_COUNT; i++)
		sqlite3_finalize(j->stmt[i]);
	sqlite3_close(j->db);
	free(j);
}

/* A statement, prepared on first use, reset, with `doc` bound to ?1. A
 * byte order mark is skipped: SQLite's JSON reader takes none. */
static sqlite3_stmt *
store_json_stmt(struct store_json *j, enum json_stmt id, const char *doc, size_t len, char **cause)
{
	sqlite3_stmt *st = j->stmt[id];

	if (st == NULL &&
	    sqlite3_prepare_v3(j->db, json_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &j->stmt[id],
	        NULL) != SQLITE_OK) {
		util_fail(cause, "cannot read JSON: %s", sqlite3_errmsg(j->db));
		return NULL;
	}
	st = j->stmt[id];
	sqlite3_reset(st);
	if (len >= 3 && memcmp(doc, "\xef\xbb\xbf", 3) == 0)
		doc += 3, len -= 3;
	if (len > INT32_MAX) {
		util_fail(cause, "the document is too large");
		return NULL;
	}
	sqlite3_bind_text(st, 1, doc, (int)len, SQLITE_STATIC);
	return st;
}

/* The line of the first \u0000 escape inside a JSON string, 0 when none.
 * SQLite's json_extract stops the text there, so the rest of the string
 * would be lost without a word. */
static int
store_json_nul_line(const char *doc, size_t len)
{
	bool in_string = false;
	int line = 1;

	for (size_t i = 0; i < len; i++) {
		if (doc[i] == '\n')
			line++;
		else if (doc[i] == '"')
			in_string = !in_string;
		else if (in_string && doc[i] == '\\' && i + 1 < len) {
			if (doc[i + 1] == 'u' && i + 6 <= len &&
			    memcmp(doc + i + 2, "0000", 4) == 0)
				return line;
			i++; /* the escaped character, \" and \\ included */
		}
	}
	return 0;
}

int
store_json_head(struct store_json *j, const char *doc, size_t len, int *version, enum units *units,
    char **cause)
{
	sqlite3_stmt *st = store_json_stmt(j, JS_VALID, doc, len, cause);
	const char *type, *format, *u;
	int rc = -1, line;

	const char *what;
	size_t bom = len >= 3 && memcmp(doc, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

	if (st == NULL)
		return -1;
	/* Ours first: SQLite 3.40's json_valid takes an object for a key, and
	 * json_extract then crashes (tests/fuzz/corpus/json/object-key). */
	if (json_check(doc + bom, len - bom, &line, &what) != 0) {
		sqlite3_reset(st);
		return util_fail(cause, "not valid JSON at line %d: %s", line, what);
	}
	if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) != 1) {
		sqlite3_reset(st);
		return util_fail(cause, "not valid JSON (the file may be cut short)");
	}
	sqlite3_reset(st);
	if ((line = store_json_nul_line(doc, len)) > 0)
		return util_fail(cause,
		    "line %d: a text holds a NUL character (\\u0000), which herstel does not keep",
		    line);
	if ((st = store_json_stmt(j, JS_HEAD, doc, len, cause)) == NULL)
		return -1;
	if (sqlite3_step(st) != SQLITE_ROW) {
		util_fail(cause, "cannot read JSON: %s", sqlite3_errmsg(j->db));
		goto out;
	}
	type = (const char *)sqlite3_column_text(st, 0);
	format = (const char *)sqlite3_column_text(st, 1);
	u = (const char *)sqlite3_column_text(st, 3);
	*version = sqlite3_column_int(st, 2);
	*units = u != NULL && strcmp(u, "lb") == 0 ? UNITS_LB : UNITS_KG;
	if (type == NULL || strcmp(type, "object") != 0 || format == NULL ||
	    strcmp(format, "herstel") != 0)
		util_fail(cause, "not a herstel JSON export (no \"format\": \"herstel\")");
	else if (*version < 1 || *version > STORE_SCHEMA_VERSION)
		util_fail(cause, "schema_version %d: this herstel reads 1 to %d", *version,
		    STORE_SCHEMA_VERSION);
	else if (u != NULL && strcmp(u, "kg") != 0 && strcmp(u, "lb") != 0)
		util_fail(cause, "units: expected kg or lb, got \"%.20s\"", u);
	else
		rc = 0;
out:
	sqlite3_reset(st);
	return rc;
}

/* The fields of the current row into f; -1 with *cause when a text holds a
 * NUL character, which C strings (and every other reader of herstel) would
 * silently cut. */
static int
store_json_fields(sqlite3_stmt *st, const char *list, const char **f, size_t max, char **cause)
{
	int n = sqlite3_column_count(st);

	for (int i = 2; i < n && (size_t)(i - 2) < max; i++) {
		f[i - 2] = (const char *)sqlite3_column_text(st, i);
		if (f[i - 2] != NULL && strlen(f[i - 2]) != (size_t)sqlite3_column_bytes(st, i))
			return util_fail(cause,
			    "%s[%s]: %s: has a NUL character (\\u0000), which herstel does"
			    " not keep",
			    list, (const char *)sqlite3_column_text(st, 0),
			    sqlite3_column_name(st, i));
	}
	return 0;
}

int
store_json_rows(struct store_json *j, const char *doc, size_t len, enum store_json_part part,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause)
{
	static const enum json_stmt ids[] = { [STORE_JSON_SETS] = JS_SETS,
		[STORE_JSON_SORENESS] = JS_SORENESS,
		[STORE_JSON_SLEEP] = JS_SLEEP,
		[STORE_JSON_DAYS] = JS_DAYS,
		[STORE_JSON_EXERCISES] = JS_EXERCISES };
	static const char *const lists[] = { "sets", "soreness", "sleep", "days", "exercises" };
	static const char *const paths[] = { "$.sets", "$.soreness", "$.sleep", "$.days",
		"$.exercises" };
	sqlite3_stmt *st = store_json_stmt(j, JS_LIST, doc, len, cause);
	const char *f[24] = { 0 }, *type;
	int step = SQLITE_DONE, ret = 0, n;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 2, paths[part], -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && (type = (const char *)sqlite3_column_text(st, 0)) &&
	    strcmp(type, "array") != 0) {
		util_fail(cause, "%s: expected a list, got %s", lists[part],
		    strcmp(type, "object") == 0 ? "an object" : type);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	if ((st = store_json_stmt(j, ids[part], doc, len, cause)) == NULL)
		return -1;
	n = sqlite3_column_count(st);
	while (ret == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if ((ret = store_json_fields(st, lists[part], f, HS_ARRAY_LEN(f), cause)) != 0)
			break;
		ret = row(arg, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), f, (size_t)(n - 2), cause);
	}
	sqlite3_reset(st);
	if (ret != 0)
		return -1;
	return step == SQLITE_DONE
	    ? 0
	    : util_fail(cause, "cannot read JSON: %s", sqlite3_errmsg(j->db));
}
