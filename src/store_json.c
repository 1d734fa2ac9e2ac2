/* store_json.c: herstel's JSON export read through SQLite's JSON functions,
 * on an in-memory connection of its own. */
#include "config.h"

#include "store_json.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "i18n.h"
#include "interop.h"
#include "json.h"
#include "store.h"
#include "util.h"

enum json_stmt { JS_VALID, JS_HEAD, JS_LIST, JS_ITEMS, JS_EXERCISES, JS_COUNT };

static const char *const json_sql[JS_COUNT] = {
	[JS_VALID] = "SELECT json_valid(?1)",
	[JS_HEAD] = "SELECT json_type(?1), json_extract(?1, '$.format'),"
	            " json_extract(?1, '$.schema_version'), json_extract(?1, '$.units')",
	[JS_LIST] = "SELECT json_type(?1, ?2)",
	/* Each item of a list with each of its fields, one row a field (an
	 * item that is not an object, or an empty one, gives one row without a
	 * field): which fields a record has is interop's column list, not this
	 * text, so a new column needs no change here. */
	[JS_ITEMS] = "SELECT j.key, j.type, f.key, f.atom FROM json_each(?1, ?2) j"
	             " LEFT JOIN json_each(iif(j.type = 'object', j.value, '{}')) f"
	             " ORDER BY j.id, f.id",
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
		util_fail(cause, _("cannot read JSON: %s"), sqlite3_errmsg(j->db));
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
		util_fail(cause, _("cannot read JSON: %s"), sqlite3_errmsg(j->db));
		return NULL;
	}
	st = j->stmt[id];
	sqlite3_reset(st);
	if (len >= 3 && memcmp(doc, "\xef\xbb\xbf", 3) == 0)
		doc += 3, len -= 3;
	if (len > INT32_MAX) {
		util_fail(cause, _("the document is too large"));
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
		return util_fail(cause, _("not valid JSON at line %d: %s"), line, what);
	}
	if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) != 1) {
		sqlite3_reset(st);
		return util_fail(cause, _("not valid JSON (the file may be cut short)"));
	}
	sqlite3_reset(st);
	if ((line = store_json_nul_line(doc, len)) > 0)
		return util_fail(cause,
		    _("line %d: a text holds a NUL character (\\u0000), which herstel does not keep"),
		    line);
	if ((st = store_json_stmt(j, JS_HEAD, doc, len, cause)) == NULL)
		return -1;
	if (sqlite3_step(st) != SQLITE_ROW) {
		util_fail(cause, _("cannot read JSON: %s"), sqlite3_errmsg(j->db));
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
		util_fail(cause, _("schema_version %d: this herstel reads 1 to %d"), *version,
		    STORE_SCHEMA_VERSION);
	else if (u != NULL && strcmp(u, "kg") != 0 && strcmp(u, "lb") != 0)
		util_fail(cause, _("units: expected kg or lb, got \"%.20s\""), u);
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
			    _("%s[%s]: %s: has a NUL character (\\u0000), which herstel does"
			    " not keep"),
			    list, (const char *)sqlite3_column_text(st, 0),
			    sqlite3_column_name(st, i));
	}
	return 0;
}

/* The lists of the export, with the kind of record each holds. */
static const struct {
	const char *name, *path;
	enum interop_kind kind;
} store_json_lists[] = {
	[STORE_JSON_SETS] = { "sets", "$.sets", INTEROP_SET },
	[STORE_JSON_SORENESS] = { "soreness", "$.soreness", INTEROP_SORENESS },
	[STORE_JSON_SLEEP] = { "sleep", "$.sleep", INTEROP_SLEEP },
	[STORE_JSON_DAYS] = { "days", "$.days", INTEROP_DAY },
	[STORE_JSON_ACTIVITIES] = { "activities", "$.activities", INTEROP_ACTIVITY },
	[STORE_JSON_EXERCISES] = { "exercises", "$.exercises", INTEROP_SET },
};

/* -1 with *cause when the list at `part` is there but is not a list. */
static int
store_json_list_type(
    struct store_json *j, const char *doc, size_t len, enum store_json_part part, char **cause)
{
	sqlite3_stmt *st = store_json_stmt(j, JS_LIST, doc, len, cause);
	const char *type;
	int rc = 0;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 2, store_json_lists[part].path, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && (type = (const char *)sqlite3_column_text(st, 0)) &&
	    strcmp(type, "array") != 0)
		rc = util_fail(cause, _("%s: expected a list, got %s"), store_json_lists[part].name,
		    strcmp(type, "object") == 0 ? _("an object") : type);
	sqlite3_reset(st);
	return rc;
}

/* Hand one item gathered by store_json_items to `row`, its kind filled in;
 * frees its fields. */
static int
store_json_emit(enum interop_kind kind, const char *index, const char *type, char **f,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause)
{
	const char *view[IC_COUNT];
	int rc;

	for (int c = 0; c < IC_COUNT; c++)
		view[c] = f[c];
	view[IC_KIND] = interop_kind_id(kind);
	rc = row(arg, index, type, view, IC_COUNT, cause);
	for (int c = 0; c < IC_COUNT; c++) {
		free(f[c]);
		f[c] = NULL;
	}
	return rc;
}

/* One field of the current item into f; -1 with *cause when its text holds
 * a NUL character, which C strings (and every other reader of herstel)
 * would silently cut. */
static int
store_json_field(sqlite3_stmt *st, enum store_json_part part, enum interop_kind kind,
    const char *index, char **f, char **cause)
{
	const char *key = (const char *)sqlite3_column_text(st, 2), *atom;
	int c;

	if (key == NULL || (c = interop_json_column(kind, key)) < 0 || c == IC_KIND)
		return 0;
	free(f[c]);
	f[c] = NULL;
	if (sqlite3_column_type(st, 3) == SQLITE_NULL)
		return 0;
	atom = (const char *)sqlite3_column_text(st, 3);
	if (atom == NULL || strlen(atom) != (size_t)sqlite3_column_bytes(st, 3))
		return util_fail(cause,
		    _("%s[%s]: %s: has a NUL character (\\u0000), which herstel does not keep"),
		    store_json_lists[part].name, index, key);
	f[c] = xstrdup(atom);
	return 0;
}

/* The records of one list, each item's fields as interop's columns. */
static int
store_json_items(struct store_json *j, const char *doc, size_t len, enum store_json_part part,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause)
{
	enum interop_kind kind = store_json_lists[part].kind;
	sqlite3_stmt *st = store_json_stmt(j, JS_ITEMS, doc, len, cause);
	char *f[IC_COUNT] = { 0 }, *index = NULL, *type = NULL;
	int step = SQLITE_DONE, ret = 0;

	if (st == NULL)
		return -1;
	sqlite3_bind_text(st, 2, store_json_lists[part].path, -1, SQLITE_STATIC);
	while (ret == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);

		if (index == NULL || strcmp(k != NULL ? k : "", index) != 0) {
			if (index != NULL &&
			    (ret = store_json_emit(kind, index, type, f, row, arg, cause)) != 0)
				break;
			free(index);
			free(type);
			index = xstrdup(k != NULL ? k : "");
			type = sqlite3_column_text(st, 1) != NULL
			    ? xstrdup((const char *)sqlite3_column_text(st, 1))
			    : NULL;
		}
		ret = store_json_field(st, part, kind, index, f, cause);
	}
	sqlite3_reset(st);
	if (ret == 0 && step == SQLITE_DONE && index != NULL)
		ret = store_json_emit(kind, index, type, f, row, arg, cause);
	for (int c = 0; c < IC_COUNT; c++)
		free(f[c]);
	free(index);
	free(type);
	if (ret != 0)
		return -1;
	return step == SQLITE_DONE
	    ? 0
	    : util_fail(cause, _("cannot read JSON: %s"), sqlite3_errmsg(j->db));
}

/* The exercises, as (name, primary, secondary, bodyweight). */
static int
store_json_exercises(struct store_json *j, const char *doc, size_t len,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause)
{
	sqlite3_stmt *st = store_json_stmt(j, JS_EXERCISES, doc, len, cause);
	const char *f[4] = { 0 };
	int step = SQLITE_DONE, ret = 0;

	if (st == NULL)
		return -1;
	while (ret == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if ((ret = store_json_fields(st, "exercises", f, HS_ARRAY_LEN(f), cause)) != 0)
			break;
		ret = row(arg, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), f, HS_ARRAY_LEN(f), cause);
	}
	sqlite3_reset(st);
	if (ret != 0)
		return -1;
	return step == SQLITE_DONE
	    ? 0
	    : util_fail(cause, _("cannot read JSON: %s"), sqlite3_errmsg(j->db));
}

int
store_json_rows(struct store_json *j, const char *doc, size_t len, enum store_json_part part,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause)
{
	if (store_json_list_type(j, doc, len, part, cause) != 0)
		return -1;
	if (part == STORE_JSON_EXERCISES)
		return store_json_exercises(j, doc, len, row, arg, cause);
	return store_json_items(j, doc, len, part, row, arg, cause);
}
