/* store_row.c: reading rows: the column readers, which refuse what the
 * schema never lets in, one decoder per table, the exercise cache and the
 * walk over a date range. */
#include "config.h"

#include "store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"
#include "util.h"

/* "YYYY-MM-DD" and "HH:MM" columns back into a time stamp; the schema's
 * CHECKs make a bad value unlikely, but a hand-edited file may have one. */
static int
column_stamp(sqlite3_stmt *st, int date_col, int time_col, hs_minute *out)
{
	const char *d = (const char *)sqlite3_column_text(st, date_col);
	const char *t = time_col < 0 ? "00:00" : (const char *)sqlite3_column_text(st, time_col);
	char buf[STAMP_BUF];

	/* Copied, not printed: this runs for every row a screen reads. */
	if (d == NULL || t == NULL || strlen(d) != 10 || strlen(t) != 5)
		return -1;
	memcpy(buf, d, 10);
	buf[10] = ' ';
	memcpy(buf + 11, t, 6);
	return stamp_parse(buf, out, NULL);
}

/* A text column as a string fit for a terminal, "" for NULL. */
char *
store_column_strdup(sqlite3_stmt *st, int col)
{
	const char *p = (const char *)sqlite3_column_text(st, col);

	return util_printable(xstrdup(p != NULL ? p : ""));
}

/* A row holding what the schema never lets in (a NULL in a NOT NULL
 * column, a value out of its CHECK, a set of no exercise): the file was
 * damaged there, by a flipped byte or a hand edit. Reading stops, so that
 * nothing is shown, counted or exported from a half-read row. */
int
store_row_damaged(struct store *s, const char *table, int64_t id, const char *what, char **cause)
{
	s->damaged = true;
	return util_fail(cause, "%s: the journal is damaged at %s row %lld (%s); %s", s->path,
	    table, (long long)id, what, STORE_RECOVER_HINT);
}

/* Column readers: false when the value is not what the schema allows. */
bool
store_col_int(sqlite3_stmt *st, int col, int lo, int hi, int *out)
{
	sqlite3_int64 v;

	if (sqlite3_column_type(st, col) != SQLITE_INTEGER)
		return false;
	v = sqlite3_column_int64(st, col);
	if (v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

static bool
col_real(sqlite3_stmt *st, int col, double lo, double hi, double *out)
{
	int type = sqlite3_column_type(st, col);
	double v = sqlite3_column_double(st, col);

	if ((type != SQLITE_INTEGER && type != SQLITE_FLOAT) || !isfinite(v) || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* The same for a column that may be NULL, which reads as 0. */
static bool
col_int_or_null(sqlite3_stmt *st, int col, int lo, int hi, int *out)
{
	*out = 0;
	return sqlite3_column_type(st, col) == SQLITE_NULL || store_col_int(st, col, lo, hi, out);
}

static bool
col_real_or_null(sqlite3_stmt *st, int col, double lo, double hi, double *out)
{
	*out = 0;
	return sqlite3_column_type(st, col) == SQLITE_NULL || col_real(st, col, lo, hi, out);
}

/* A text column as a new string fit for any terminal (a hand-edited name
 * could carry an escape sequence); NULL when it is not text. */
char *
store_col_text(sqlite3_stmt *st, int col)
{
	const char *p;

	if (sqlite3_column_type(st, col) != SQLITE_TEXT ||
	    (p = (const char *)sqlite3_column_text(st, col)) == NULL)
		return NULL;
	return util_printable(xstrdup(p));
}

/* A muscle group column: the group, or -1. */
int
store_col_group(sqlite3_stmt *st, int col)
{
	const char *g = (const char *)sqlite3_column_text(st, col);

	return sqlite3_column_type(st, col) == SQLITE_TEXT && g != NULL ? group_from_id(g) : -1;
}

/* Read the exercise `eid` into slot i of the cache: its name and groups. */
static int
store_exercise_read(struct store *s, struct exercise_cache *rc, size_t i, int64_t eid, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_EXERCISE_GROUPS, cause);
	const char *role;
	int g, step;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, eid);
	/* One row per group, or one row without a group for an exercise that
	 * has none yet; none at all when there is no such exercise. */
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (rc->names[i] == NULL && (rc->names[i] = store_col_text(st, 0)) == NULL)
			break;
		if (sqlite3_column_type(st, 3) == SQLITE_NULL)
			continue;
		role = (const char *)sqlite3_column_text(st, 2);
		if ((g = store_col_group(st, 1)) < 0 || role == NULL ||
		    (strcmp(role, "primary") != 0 && strcmp(role, "secondary") != 0))
			break;
		rc->roles[i][g] = strcmp(role, "primary") == 0 ? ROLE_PRIMARY : ROLE_SECONDARY;
	}
	sqlite3_reset(st);
	if (step == SQLITE_ROW)
		return store_row_damaged(s, "exercise", eid, "its name or a group", cause);
	if (step != SQLITE_DONE)
		return store_fail(s, cause, "read an exercise's groups");
	if (rc->names[i] == NULL)
		return store_row_damaged(
		    s, "exercise", eid, "a set names it, but it is missing", cause);
	return 0;
}

/* The cache slot of exercise `eid`, read from the journal the first time;
 * -1 with *cause when the read fails or the exercise is missing or damaged. */
ptrdiff_t
store_exercise(struct store *s, struct exercise_cache *rc, int64_t eid, char **cause)
{
	size_t i;

	for (i = 0; i < rc->n; i++)
		if (rc->ids[i] == eid)
			return (ptrdiff_t)i;
	rc->ids = xreallocarray(rc->ids, rc->n + 1, sizeof *rc->ids);
	rc->names = xreallocarray(rc->names, rc->n + 1, sizeof *rc->names);
	rc->roles = xreallocarray(rc->roles, rc->n + 1, sizeof *rc->roles);
	rc->ids[i] = eid;
	rc->names[i] = NULL;
	memset(rc->roles[i], 0, GROUP_COUNT);
	rc->n++;
	if (store_exercise_read(s, rc, i, eid, cause) != 0) {
		free(rc->names[i]);
		rc->n--; /* read again next time, and fail again */
		return -1;
	}
	return (ptrdiff_t)i;
}

int
store_roles(struct store *s, struct exercise_cache *rc, int64_t eid,
    unsigned char role[GROUP_COUNT], char **cause)
{
	ptrdiff_t i = store_exercise(s, rc, eid, cause);

	if (i < 0)
		return -1;
	memcpy(role, rc->roles[i], GROUP_COUNT);
	return 0;
}

void
store_exercise_cache_free(struct exercise_cache *rc)
{
	for (size_t i = 0; i < rc->n; i++)
		free(rc->names[i]);
	free(rc->ids);
	free(rc->names);
	free(rc->roles);
}

/* Bind a date range and check the statement is ready. */
sqlite3_stmt *
store_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, id, cause);

	if (st != NULL) {
		store_bind_date(st, 1, from);
		store_bind_date(st, 2, to);
	}
	return st;
}

/* What each range query reads, for messages. */
const char *
store_range_what(enum stmt_id id)
{
	switch (id) {
	case ST_LIFTS_BETWEEN:
	case ST_EVENT_LIFTS_BETWEEN:
		return "read the sets";
	case ST_SORENESS_BETWEEN:
		return "read the soreness";
	case ST_SLEEP_BETWEEN:
		return "read the nights";
	default:
		return "read the days";
	}
}

/* Every row of a date-range statement into a new array of `size`-byte
 * elements; on failure `drop` (when given) frees each element's insides. */
int
store_load_range(struct store *s, enum stmt_id id, hs_date from, hs_date to, size_t size,
    store_row_fn *row, void *ctx, void (*drop)(void *), void **out, size_t *n, char **cause)
{
	sqlite3_stmt *st = store_range(s, id, from, to, cause);
	char *v = NULL;
	size_t cap = 0;
	int step = SQLITE_DONE, rc = 0;

	*n = 0;
	while (st != NULL && rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap)
			v = xreallocarray(v, cap = cap ? cap * 2 : 16, size);
		memset(v + *n * size, 0, size);
		rc = row(s, st, v + *n * size, ctx, cause);
		(*n)++; /* a failed element still holds what drop must free */
	}
	if (st != NULL)
		sqlite3_reset(st);
	if (st != NULL && rc == 0 && step == SQLITE_DONE) {
		*out = v;
		return 0;
	}
	if (st != NULL && rc == 0)
		store_fail(s, cause, store_range_what(id));
	for (size_t i = 0; drop != NULL && i < *n; i++)
		drop(v + i * size);
	free(v);
	*out = NULL;
	*n = 0;
	return -1;
}

/* A set's kind as stored: -1 when it is none herstel knows. */
static int
col_set_kind(sqlite3_stmt *st, int col)
{
	const char *p = (const char *)sqlite3_column_text(st, col);

	return p != NULL ? set_kind_from_id(p) : -1;
}

/* A set of ST_LIFTS_BETWEEN; ctx is the exercise cache. */
int
store_row_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct set_record *r = elem;
	const char *bad = NULL;
	int bw = 0, ebw = 0, kind;

	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		bad = "its date or time";
	else if ((r->exercise = store_col_text(st, 4)) == NULL)
		bad = "its exercise is missing";
	else if (!col_real(st, 5, 0, 1000, &r->weight_kg))
		bad = "its weight";
	else if (!store_col_int(st, 6, 0, 1, &bw) || !store_col_int(st, 11, 0, 1, &ebw))
		bad = "its bodyweight flag";
	else if (!store_col_int(st, 7, 0, 1000, &r->reps))
		bad = "its reps";
	else if (!col_real_or_null(st, 8, 1, 10, &r->rpe))
		bad = "its RPE";
	else if ((kind = col_set_kind(st, 9)) < 0)
		bad = "its kind";
	else if ((r->note = store_col_text(st, 10)) == NULL)
		bad = "its note";
	else if (!col_int_or_null(st, 13, 1, 86400, &r->seconds))
		bad = "its time";
	else if (!col_real_or_null(st, 14, 0, 1000000, &r->distance_m))
		bad = "its distance";
	else if (!col_int_or_null(st, 15, 1, 1000, &r->superset))
		bad = "its superset";
	else if (r->reps == 0 && r->seconds == 0 && r->distance_m == 0)
		bad = "its reps";
	if (bad != NULL)
		return store_row_damaged(s, "lift", r->id, bad, cause);
	r->bodyweight = bw;
	r->exercise_bodyweight = ebw;
	r->kind = (enum set_kind)kind;
	r->exercise_id = sqlite3_column_int64(st, 3);
	return store_roles(s, ctx, r->exercise_id, r->role, cause);
}

void
store_drop_set(void *elem)
{
	set_record_free(elem);
}

int
store_row_soreness(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct soreness_record *r = elem;
	int g = store_col_group(st, 3);

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		return store_row_damaged(s, "soreness", r->id, "its date or time", cause);
	if (g < 0)
		return store_row_damaged(s, "soreness", r->id, "its muscle group", cause);
	if (!store_col_int(st, 4, 0, 3, &r->level))
		return store_row_damaged(s, "soreness", r->id, "its level", cause);
	r->group = (enum group)g;
	return 0;
}

int
store_row_sleep(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct sleep_record *r = elem;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "sleep", r->id, "its date", cause);
	if (!col_real(st, 2, 0, 24, &r->hours))
		return store_row_damaged(s, "sleep", r->id, "its hours", cause);
	if (!col_int_or_null(st, 3, 1, 5, &r->quality))
		return store_row_damaged(s, "sleep", r->id, "its quality", cause);
	r->date = stamp_date(t);
	return 0;
}

int
store_row_day(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct day_record *r = elem;
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	int k = kind != NULL ? day_kind_from_id(kind) : DAY_UNSET;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "day", r->id, "its date", cause);
	if (k < 0)
		return store_row_damaged(s, "day", r->id, "its kind", cause);
	if ((r->note = store_col_text(st, 3)) == NULL)
		return store_row_damaged(s, "day", r->id, "its note", cause);
	r->date = stamp_date(t);
	r->kind = (enum day_kind)k;
	return 0;
}

void
store_drop_day(void *elem)
{
	day_record_free(elem);
}

int
store_row_activity(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct activity_record *r = elem;
	const char *bad = NULL;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		bad = "its date or time";
	else if ((r->name = store_col_text(st, 3)) == NULL || r->name[0] == '\0')
		bad = "its name";
	else if (!col_int_or_null(st, 4, 1, 86400, &r->seconds))
		bad = "its time";
	else if (!col_real_or_null(st, 5, 0, 1000000, &r->distance_m))
		bad = "its distance";
	else if (r->seconds == 0 && r->distance_m == 0)
		bad = "its time and distance";
	else if ((r->note = store_col_text(st, 6)) == NULL)
		bad = "its note";
	if (bad != NULL)
		return store_row_damaged(s, "activity", r->id, bad, cause);
	return 0;
}

void
store_drop_activity(void *elem)
{
	activity_record_free(elem);
}

/* The time of a set of the model, its date parsed once per day. */
static int
store_event_stamp(struct event_reader *er, sqlite3_stmt *st, hs_minute *at)
{
	const char *d = (const char *)sqlite3_column_text(st, 0),
	           *t = (const char *)sqlite3_column_text(st, 1);
	int minute;

	if (d != NULL && t != NULL && er->date[0] != '\0' && strcmp(d, er->date) == 0 &&
	    strlen(t) == 5 && time_parse(t, &minute, NULL) == 0) {
		*at = stamp_make(er->day, minute);
		return 0;
	}
	if (column_stamp(st, 0, 1, at) != 0)
		return -1;
	snprintf(er->date, sizeof er->date, "%s", d);
	er->day = stamp_date(*at);
	return 0;
}

/* One set as the model replays it (ST_EVENT_LIFTS_BETWEEN). */
int
store_row_event_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct recovery_set *r = elem;
	struct event_reader *er = ctx;
	int64_t id = sqlite3_column_int64(st, 8);
	const char *bad = NULL;
	int bw = 0, kind = 0;
	ptrdiff_t x;

	if (store_event_stamp(er, st, &r->at) != 0)
		bad = "its date or time";
	else if (!col_real(st, 3, 0, 1000, &r->weight_kg))
		bad = "its weight";
	else if (!store_col_int(st, 4, 0, 1, &bw))
		bad = "its bodyweight flag";
	else if (!store_col_int(st, 5, 0, 1000, &r->reps))
		bad = "its reps";
	else if (!col_real_or_null(st, 6, 1, 10, &r->rpe))
		bad = "its RPE";
	else if ((kind = col_set_kind(st, 7)) < 0)
		bad = "its kind";
	if (bad != NULL)
		return store_row_damaged(s, "lift", id, bad, cause);
	if ((x = store_exercise(s, &er->rc, sqlite3_column_int64(st, 2), cause)) < 0)
		return -1;
	r->exercise = er->rc.names[x];
	memcpy(r->role, er->rc.roles[x], GROUP_COUNT);
	/* Only unloaded bodyweight work gets the lower default RPE. */
	r->bodyweight = bw && r->weight_kg == 0;
	/* The model knows warm-ups; a failure set without an RPE is one at 10. */
	r->warmup = kind == SET_WARMUP;
	r->rpe = set_kind_rpe((enum set_kind)kind, r->rpe);
	return 0;
}
