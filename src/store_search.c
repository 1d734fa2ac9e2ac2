/* store_search.c: the days whose exercises or notes contain a text.
 *
 * SQLite folds only ASCII case, so the store reads the candidates and
 * textfold matches them: the exercises (few rows), then for each one that
 * matches its days newest first, one index seek each; and the day and set
 * notes from their partial indexes (schema version 4), which hold only the
 * rows with a note. Each source gives at most `limit` days, newest first,
 * so the newest `limit` days of all three are among them. On the bench's
 * million sets this is a few milliseconds (`make bench`, search row). */
#include "config.h"

#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "textfold.h"
#include "i18n.h"
#include "util.h"

/* One thing found on one day, before they are grouped by day. */
enum found_kind { FOUND_EXERCISE, FOUND_DAY_NOTE, FOUND_SET_NOTE };

struct found {
	char date[DATE_BUF];
	enum found_kind kind;
	char *text; /* the exercise's name or the note */
};

struct finds {
	struct found *v;
	size_t n, cap;
};

static void
finds_add(struct finds *f, const char *date, enum found_kind kind, const char *text)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->v = xreallocarray(f->v, f->cap, sizeof *f->v);
	}
	snprintf(f->v[f->n].date, DATE_BUF, "%s", date);
	f->v[f->n].kind = kind;
	f->v[f->n].text = util_printable(xstrdup(text));
	f->n++;
}

/* A date column: NULL unless it is text of a date's length. */
static const char *
col_date(sqlite3_stmt *st, int col)
{
	const char *d = (const char *)sqlite3_column_text(st, col);

	return d != NULL && strlen(d) == DATE_BUF - 1 ? d : NULL;
}

/* The newest day before `before` with a live set of exercise `id` into
 * day ("" when none). */
static int
search_exercise_day(
    struct store *s, int64_t id, const char *before, char day[DATE_BUF], char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_SEARCH_EXERCISE_DAY, cause);
	const char *d;
	int step;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, before, -1, SQLITE_TRANSIENT);
	day[0] = '\0';
	if ((step = sqlite3_step(st)) == SQLITE_DONE)
		return 0;
	if (step != SQLITE_ROW)
		return store_fail(s, cause, _("search the sets"));
	if ((d = col_date(st, 0)) == NULL)
		return store_row_damaged(s, "exercise", id, _("the date of a set"), cause);
	memcpy(day, d, DATE_BUF);
	return 0;
}

struct search_exercise {
	int64_t id;
	char *name;
	char next[DATE_BUF]; /* its newest day not yet taken; "" when none */
};

/* The days of the exercises in `x`, newest first, at most `limit` (0: all):
 * merged, so that each exercise is sought once per day it has and once
 * more, however many match ("e" matches nearly all). */
static int
search_exercise_days(struct store *s, struct search_exercise *x, size_t n, size_t limit,
    struct finds *f, char **cause)
{
	size_t days = 0, i;

	for (i = 0; i < n; i++)
		if (search_exercise_day(s, x[i].id, "9999-99-99", x[i].next, cause) != 0)
			return -1;
	while (limit == 0 || days < limit) {
		char day[DATE_BUF] = "";

		for (i = 0; i < n; i++)
			if (strcmp(x[i].next, day) > 0)
				memcpy(day, x[i].next, DATE_BUF);
		if (day[0] == '\0')
			break;
		for (i = 0; i < n; i++)
			if (strcmp(x[i].next, day) == 0) {
				finds_add(f, day, FOUND_EXERCISE, x[i].name);
				if (search_exercise_day(s, x[i].id, day, x[i].next, cause) != 0)
					return -1;
			}
		days++;
	}
	return 0;
}

/* The exercises whose name contains `folded`, and their days. */
static int
search_exercises(struct store *s, const char *folded, size_t limit, struct finds *f, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_SEARCH_EXERCISES, cause);
	struct search_exercise *x = NULL;
	size_t n = 0;
	int step, rc = 0;

	if (st == NULL)
		return -1;
	/* Collected first: the days' statement must not run inside this one. */
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 1);

		if (name == NULL || !textfold_contains(name, folded))
			continue;
		x = xreallocarray(x, n + 1, sizeof *x);
		x[n].id = sqlite3_column_int64(st, 0);
		x[n++].name = xstrdup(name);
	}
	sqlite3_reset(st);
	if (step != SQLITE_DONE)
		rc = store_fail(s, cause, _("search the exercises"));
	if (rc == 0)
		rc = search_exercise_days(s, x, n, limit, f, cause);
	for (size_t i = 0; i < n; i++)
		free(x[i].name);
	free(x);
	return rc;
}

/* The notes of `id`'s statement that contain `folded`: one per day, the
 * first met, at most `limit` days. */
static int
search_notes(struct store *s, enum stmt_id id, enum found_kind kind, const char *folded,
    size_t limit, struct finds *f, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);
	char last[DATE_BUF] = "";
	struct strbuf seen; /* the last note tested: lifters repeat their notes */
	bool seen_match = false;
	size_t days = 0;
	int step = SQLITE_DONE;

	if (st == NULL)
		return -1;
	strbuf_init(&seen);
	while ((limit == 0 || days < limit) && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *d = col_date(st, 0), *note = (const char *)sqlite3_column_text(st, 1);

		if (d == NULL || note == NULL) {
			sqlite3_reset(st);
			strbuf_free(&seen);
			return store_row_damaged(s, kind == FOUND_DAY_NOTE ? "day" : "lift", 0,
			    _("the date or the note of a row with a note"), cause);
		}
		if (strcmp(d, last) == 0)
			continue;
		if (seen.len == 0 || strcmp(note, seen.buf) != 0) { /* never "": the index */
			seen.len = 0;
			strbuf_puts(&seen, note);
			seen_match = textfold_contains(note, folded);
		}
		if (!seen_match)
			continue;
		finds_add(f, d, kind, note);
		memcpy(last, d, DATE_BUF);
		days++;
	}
	if (limit != 0 && days == limit)
		step = SQLITE_DONE;
	sqlite3_reset(st);
	strbuf_free(&seen);
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, _("search the notes"));
}

/* Newest day first; within a day exercises, then notes; names in order. */
static int
found_cmp(const void *a, const void *b)
{
	const struct found *x = a, *y = b;
	int c = strcmp(y->date, x->date);

	if (c == 0)
		c = (int)x->kind - (int)y->kind;
	if (c == 0 && x->kind == FOUND_EXERCISE)
		c = strcmp(x->text, y->text);
	return c;
}

/* The finds grouped into at most `limit` hits; takes their texts. */
static int
search_group(struct store *s, struct finds *f, size_t limit, struct store_hit **out, size_t *nout,
    char **cause)
{
	struct store_hit *h = NULL;
	size_t n = 0, i;

	if (f->n > 0) /* qsort of no array is undefined, even of 0 items */
		qsort(f->v, f->n, sizeof *f->v, found_cmp);
	for (i = 0; i < f->n; i++) {
		struct found *x = &f->v[i];
		struct store_hit *cur;

		if (n == 0 || i == 0 || strcmp(x->date, f->v[i - 1].date) != 0) {
			if (limit != 0 && n == limit)
				break;
			h = xreallocarray(h, n + 1, sizeof *h);
			memset(&h[n], 0, sizeof *h);
			if (date_parse(x->date, 0, &h[n].date, NULL) != 0) {
				store_hits_free(h, n + 1);
				return store_row_damaged(s, "lift", 0, _("a date"), cause);
			}
			n++;
		}
		cur = &h[n - 1];
		if (x->kind == FOUND_EXERCISE) {
			cur->exercises = xreallocarray(
			    cur->exercises, cur->nexercises + 1, sizeof *cur->exercises);
			cur->exercises[cur->nexercises++] = x->text;
		} else if (x->kind == FOUND_DAY_NOTE && cur->day_note == NULL) {
			cur->day_note = x->text;
		} else if (x->kind == FOUND_SET_NOTE && cur->set_note == NULL) {
			cur->set_note = x->text;
		} else {
			free(x->text);
		}
		x->text = NULL;
	}
	*out = h;
	*nout = n;
	return 0;
}

int
store_search(struct store *s, const char *text, size_t limit, struct store_hit **out, size_t *n,
    char **cause)
{
	struct finds f = { 0 };
	char *folded = textfold(text);
	bool own = s->batch == 0 && sqlite3_get_autocommit(s->db);
	int rc;

	*out = NULL;
	*n = 0;
	/* One read transaction: the three sources see the same journal. */
	if (own && store_run(s, ST_BEGIN_READ, cause) != 0) {
		free(folded);
		return -1;
	}
	rc = search_exercises(s, folded, limit, &f, cause);
	if (rc == 0)
		rc = search_notes(s, ST_SEARCH_DAY_NOTES, FOUND_DAY_NOTE, folded, limit, &f, cause);
	if (rc == 0)
		rc =
		    search_notes(s, ST_SEARCH_LIFT_NOTES, FOUND_SET_NOTE, folded, limit, &f, cause);
	if (own)
		store_run(s, rc == 0 ? ST_COMMIT : ST_ROLLBACK, NULL);
	if (rc == 0)
		rc = search_group(s, &f, limit, out, n, cause);
	for (size_t i = 0; i < f.n; i++)
		free(f.v[i].text);
	free(f.v);
	free(folded);
	return rc;
}

void
store_hits_free(struct store_hit *h, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < h[i].nexercises; j++)
			free(h[i].exercises[j]);
		free(h[i].exercises);
		free(h[i].day_note);
		free(h[i].set_note);
	}
	free(h);
}
