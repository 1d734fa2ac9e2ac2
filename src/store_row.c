/* store_row.c: reading rows: the column readers, which refuse what the
 * schema never lets in, one decoder per table, the exercise cache and the
 * walk over a date range. */
#include "config.h"

#include "i18n.h"
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

/* A row holding what the schema never lets in (a NULL in a NOT NULL
 * column, a value out of its CHECK, a set of no exercise): the file was
 * damaged there, by a flipped byte or a hand edit. Reading stops, so that
 * nothing is shown, counted or exported from a half-read row. */
int
store_row_damaged(struct store *s, const char *table, int64_t id, const char *what, char **cause)
{
	s->damaged = true;
	return util_fail(cause, _("%s: the journal is damaged at %s row %lld (%s); %s"), s->path,
	    table, (long long)id, what, STORE_RECOVER_HINT);
}

/* Column readers: false when the value is not what the schema allows. */
static bool
col_int(sqlite3_stmt *st, int col, int lo, int hi, int *out)
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
	return sqlite3_column_type(st, col) == SQLITE_NULL || col_int(st, col, lo, hi, out);
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

/* The decoder of the exercise table: exercise `eid` into slot i of the
 * cache, with its flags and groups (ST_EXERCISE_GROUPS). */
static int
store_exercise_read(struct store *s, struct exercise_cache *rc, size_t i, int64_t eid, char **cause)
{
	sqlite3_stmt *st = store_stmt(s, ST_EXERCISE_GROUPS, cause);
	struct exercise_def *def = &rc->defs[i];
	const char *role, *bad = NULL;
	int g, bw = 0, custom = 0, step = SQLITE_DONE;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, eid);
	/* One row per group, or one row without a group for an exercise that
	 * has none yet; none at all when there is no such exercise. */
	while (bad == NULL && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (def->name == NULL && (def->name = store_col_text(st, 0)) == NULL)
			bad = _("its name");
		else if (!col_int(st, 1, 0, 1, &bw))
			bad = _("its bodyweight flag");
		else if (!col_int(st, 2, 0, 1, &custom))
			bad = _("its custom flag");
		else if (sqlite3_column_type(st, 5) == SQLITE_NULL)
			continue;
		else if ((g = store_col_group(st, 3)) < 0 ||
		    (role = (const char *)sqlite3_column_text(st, 4)) == NULL ||
		    (strcmp(role, "primary") != 0 && strcmp(role, "secondary") != 0))
			bad = _("a group");
		else
			def->role[g] = strcmp(role, "primary") == 0 ? ROLE_PRIMARY : ROLE_SECONDARY;
	}
	sqlite3_reset(st);
	def->bodyweight = bw;
	def->custom = custom;
	if (bad != NULL)
		return store_row_damaged(s, "exercise", eid, bad, cause);
	if (step != SQLITE_DONE)
		return store_fail(s, cause, _("read an exercise's groups"));
	if (def->name == NULL)
		return store_row_damaged(
		    s, "exercise", eid, _("a set names it, but it is missing"), cause);
	return 0;
}

ptrdiff_t
store_exercise(struct store *s, struct exercise_cache *rc, int64_t eid, char **cause)
{
	size_t i;

	for (i = 0; i < rc->n; i++)
		if (rc->ids[i] == eid)
			return (ptrdiff_t)i;
	rc->ids = xreallocarray(rc->ids, rc->n + 1, sizeof *rc->ids);
	rc->defs = xreallocarray(rc->defs, rc->n + 1, sizeof *rc->defs);
	rc->ids[i] = eid;
	memset(&rc->defs[i], 0, sizeof rc->defs[i]);
	rc->n++;
	if (store_exercise_read(s, rc, i, eid, cause) != 0) {
		free(rc->defs[i].name);
		rc->n--; /* read again next time, and fail again */
		return -1;
	}
	return (ptrdiff_t)i;
}

void
store_exercise_cache_free(struct exercise_cache *rc)
{
	for (size_t i = 0; i < rc->n; i++)
		free(rc->defs[i].name);
	free(rc->ids);
	free(rc->defs);
	memset(rc, 0, sizeof *rc);
}

/* A set's kind as stored: -1 when it is none herstel knows. */
static int
col_set_kind(sqlite3_stmt *st, int col)
{
	const char *p = (const char *)sqlite3_column_text(st, col);

	return p != NULL ? set_kind_from_id(p) : -1;
}

/* The time of a set, its date parsed once per day: a day's sets come
 * together, and the model reads many days' sets at every screen. */
static int
store_lift_stamp(struct lift_reader *lr, sqlite3_stmt *st, hs_minute *at)
{
	const char *d = (const char *)sqlite3_column_text(st, 1),
	           *t = (const char *)sqlite3_column_text(st, 2);
	int minute;

	if (d != NULL && t != NULL && lr->date[0] != '\0' && strcmp(d, lr->date) == 0 &&
	    strlen(t) == 5 && time_parse(t, &minute, NULL) == 0) {
		*at = stamp_make(lr->day, minute);
		return 0;
	}
	if (column_stamp(st, 1, 2, at) != 0)
		return -1;
	snprintf(lr->date, sizeof lr->date, "%s", d);
	lr->day = stamp_date(*at);
	return 0;
}

/* The columns every statement that reads lift begins with. */
#define LIFT_COLS 9

/* The decoder of the lift table. Both statements that read it begin with
 * the LIFT_COLS columns id, date, time, exercise_id, weight_kg,
 * bodyweight, reps, rpe and kind: ST_EVENT_LIFTS_BETWEEN, for the model,
 * stops there (no notes, no join: it reads the most rows); with `full`
 * (ST_LIFTS_BETWEEN) note, seconds, distance_m, superset and the joined
 * exercise's id follow. The exercise comes from lr's cache: its slot is
 * lr->slot; r's exercise name is left NULL. */
static int
store_decode_lift(struct store *s, sqlite3_stmt *st, struct lift_reader *lr, bool full,
    struct set_record *r, char **cause)
{
	const char *bad = NULL;
	int bw = 0, kind = 0;
	ptrdiff_t x;

	r->id = sqlite3_column_int64(st, 0);
	if (store_lift_stamp(lr, st, &r->at) != 0)
		bad = _("its date or time");
	else if (!col_real(st, 4, 0, 1000, &r->weight_kg))
		bad = _("its weight");
	else if (!col_int(st, 5, 0, 1, &bw))
		bad = _("its bodyweight flag");
	else if (!col_int(st, 6, 0, 1000, &r->reps))
		bad = _("its reps");
	else if (!col_real_or_null(st, 7, 1, 10, &r->rpe))
		bad = _("its RPE");
	else if ((kind = col_set_kind(st, 8)) < 0)
		bad = _("its kind");
	else if (full && (r->note = store_col_text(st, LIFT_COLS)) == NULL)
		bad = _("its note");
	else if (full && !col_int_or_null(st, LIFT_COLS + 1, 1, 86400, &r->seconds))
		bad = _("its time");
	else if (full && !col_real_or_null(st, LIFT_COLS + 2, 0, 1000000, &r->distance_m))
		bad = _("its distance");
	else if (full && !col_int_or_null(st, LIFT_COLS + 3, 1, 1000, &r->superset))
		bad = _("its superset");
	else if (full && r->reps == 0 && r->seconds == 0 && r->distance_m == 0)
		bad = _("its reps");
	/* The join finds no exercise: the set's row is where the damage is. */
	else if (full && sqlite3_column_type(st, LIFT_COLS + 4) == SQLITE_NULL)
		bad = _("its exercise is missing");
	if (bad != NULL)
		return store_row_damaged(s, "lift", r->id, bad, cause);
	r->bodyweight = bw;
	r->kind = (enum set_kind)kind;
	r->exercise_id = sqlite3_column_int64(st, 3);
	if ((x = store_exercise(s, &lr->rc, r->exercise_id, cause)) < 0)
		return -1;
	lr->slot = (size_t)x;
	memcpy(r->role, lr->rc.defs[x].role, GROUP_COUNT);
	r->exercise_bodyweight = lr->rc.defs[x].bodyweight;
	return 0;
}

/* A set as the screens and export read it (ST_LIFTS_BETWEEN). */
static int
store_row_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct lift_reader *lr = ctx;
	struct set_record *r = elem;

	if (store_decode_lift(s, st, lr, true, r, cause) != 0)
		return -1;
	r->exercise = xstrdup(lr->rc.defs[lr->slot].name);
	return 0;
}

/* A set as the model replays it (ST_EVENT_LIFTS_BETWEEN); its name points
 * into lr's cache. */
static int
store_row_event_set(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct lift_reader *lr = ctx;
	struct recovery_set *e = elem;
	struct set_record r = { 0 };

	if (store_decode_lift(s, st, lr, false, &r, cause) != 0)
		return -1;
	e->at = r.at;
	e->exercise = lr->rc.defs[lr->slot].name;
	memcpy(e->role, r.role, GROUP_COUNT);
	e->weight_kg = r.weight_kg;
	e->reps = r.reps;
	/* Only unloaded bodyweight work gets the lower default RPE. */
	e->bodyweight = r.bodyweight && r.weight_kg == 0;
	/* The model knows warm-ups; a failure set without an RPE is one at 10. */
	e->warmup = r.kind == SET_WARMUP;
	e->rpe = set_kind_rpe(r.kind, r.rpe);
	return 0;
}

static void
store_drop_set(void *elem)
{
	set_record_free(elem);
}

/* The decoder of the soreness table. */
static int
store_row_soreness(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct soreness_record *r = elem;
	int g = store_col_group(st, 3);

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		return store_row_damaged(s, "soreness", r->id, _("its date or time"), cause);
	if (g < 0)
		return store_row_damaged(s, "soreness", r->id, _("its muscle group"), cause);
	if (!col_int(st, 4, 0, 3, &r->level))
		return store_row_damaged(s, "soreness", r->id, _("its level"), cause);
	r->group = (enum group)g;
	return 0;
}

/* The decoder of the sleep table. */
static int
store_row_sleep(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct sleep_record *r = elem;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "sleep", r->id, _("its date"), cause);
	if (!col_real(st, 2, 0, 24, &r->hours))
		return store_row_damaged(s, "sleep", r->id, _("its hours"), cause);
	if (!col_int_or_null(st, 3, 1, 5, &r->quality))
		return store_row_damaged(s, "sleep", r->id, _("its quality"), cause);
	r->date = stamp_date(t);
	return 0;
}

/* The decoder of the day table. */
static int
store_row_day(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct day_record *r = elem;
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	int k = kind != NULL ? day_kind_from_id(kind) : DAY_UNSET;
	hs_minute t;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, -1, &t) != 0)
		return store_row_damaged(s, "day", r->id, _("its date"), cause);
	if (k < 0)
		return store_row_damaged(s, "day", r->id, _("its kind"), cause);
	if ((r->note = store_col_text(st, 3)) == NULL)
		return store_row_damaged(s, "day", r->id, _("its note"), cause);
	r->date = stamp_date(t);
	r->kind = (enum day_kind)k;
	return 0;
}

static void
store_drop_day(void *elem)
{
	day_record_free(elem);
}

/* The decoder of the activity table. */
static int
store_row_activity(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause)
{
	struct activity_record *r = elem;
	const char *bad = NULL;

	(void)ctx;
	r->id = sqlite3_column_int64(st, 0);
	if (column_stamp(st, 1, 2, &r->at) != 0)
		bad = _("its date or time");
	else if ((r->name = store_col_text(st, 3)) == NULL || r->name[0] == '\0')
		bad = _("its name");
	else if (!col_int_or_null(st, 4, 1, 86400, &r->seconds))
		bad = _("its time");
	else if (!col_real_or_null(st, 5, 0, 1000000, &r->distance_m))
		bad = _("its distance");
	else if (r->seconds == 0 && r->distance_m == 0)
		bad = _("its time and distance");
	else if ((r->note = store_col_text(st, 6)) == NULL)
		bad = _("its note");
	if (bad != NULL)
		return store_row_damaged(s, "activity", r->id, bad, cause);
	return 0;
}

static void
store_drop_activity(void *elem)
{
	activity_record_free(elem);
}

/* Any row a walk decodes. */
union store_row {
	struct set_record set;
	struct recovery_set event;
	struct soreness_record soreness;
	struct sleep_record sleep;
	struct day_record day;
	struct activity_record activity;
};

/* Each table as a walk reads it: the statement over a date range, its
 * decoder, what it decodes into and what frees that; what for messages. */
static const struct {
	enum stmt_id range;
	int (*row)(struct store *s, sqlite3_stmt *st, void *elem, void *ctx, char **cause);
	size_t size;
	void (*drop)(void *elem);
	const char *what;
} store_rows_def[] = {
	[ROWS_SETS] = { ST_LIFTS_BETWEEN, store_row_set, sizeof(struct set_record), store_drop_set,
	    "read the sets" },
	[ROWS_SORENESS] = { ST_SORENESS_BETWEEN, store_row_soreness, sizeof(struct soreness_record),
	    NULL, "read the soreness" },
	[ROWS_SLEEP] = { ST_SLEEP_BETWEEN, store_row_sleep, sizeof(struct sleep_record), NULL,
	    "read the nights" },
	[ROWS_DAYS] = { ST_DAYS_BETWEEN, store_row_day, sizeof(struct day_record), store_drop_day,
	    "read the days" },
	[ROWS_ACTIVITIES] = { ST_ACTIVITIES_BETWEEN, store_row_activity,
	    sizeof(struct activity_record), store_drop_activity, "read activities" },
	[ROWS_EVENT_SETS] = { ST_EVENT_LIFTS_BETWEEN, store_row_event_set,
	    sizeof(struct recovery_set), NULL, "read the sets" },
	[ROWS_EXERCISE_SETS] = { ST_EXERCISE_SETS, store_row_set, sizeof(struct set_record),
	    store_drop_set, "read the exercise's sets" },
};

void
store_row_free(enum store_rows rows, void *row)
{
	if (store_rows_def[rows].drop != NULL)
		store_rows_def[rows].drop(row);
}

void
store_rows_free(enum store_rows rows, void *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_row_free(rows, (char *)v + i * store_rows_def[rows].size);
}

/* The array store_load_rows fills. */
struct store_rows_out {
	char *v;
	size_t n, cap;
};

/* The one walk: each row decoded into o's next slot, when o is given (so
 * that the screens' arrays are filled without a copy), else into a row of
 * its own handed to `each`. */
static int
store_walk_rows(struct store *s, enum store_rows rows, int64_t key, hs_date from, hs_date to,
    void *ctx, struct store_rows_out *o, int (*each)(void *arg, void *row, char **cause),
    void *arg, char **cause)
{
	size_t size = store_rows_def[rows].size;
	sqlite3_stmt *st = store_stmt(s, store_rows_def[rows].range, cause);
	union store_row one;
	void *row = &one;
	int step = SQLITE_DONE, rc = 0;

	if (st == NULL)
		return -1;
	store_bind_date(st, 1, from);
	store_bind_date(st, 2, to);
	if (sqlite3_bind_parameter_count(st) >= 3)
		sqlite3_bind_int64(st, 3, key);
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (o != NULL && o->n == o->cap)
			o->v = xreallocarray(o->v, o->cap = o->cap ? o->cap * 2 : 16, size);
		if (o != NULL)
			row = o->v + o->n * size;
		memset(row, 0, size);
		if ((rc = store_rows_def[rows].row(s, st, row, ctx, cause)) != 0)
			store_row_free(rows, row);
		else if (o != NULL)
			o->n++;
		else
			rc = each(arg, row, cause);
	}
	sqlite3_reset(st);
	if (rc != 0)
		return -1;
	return step == SQLITE_DONE ? 0 : store_fail(s, cause, store_rows_def[rows].what);
}

int
store_walk(struct store *s, enum store_rows rows, hs_date from, hs_date to, void *ctx,
    int (*each)(void *arg, void *row, char **cause), void *arg, char **cause)
{
	return store_walk_rows(s, rows, 0, from, to, ctx, NULL, each, arg, cause);
}

int
store_load_rows(struct store *s, enum store_rows rows, hs_date from, hs_date to, void *ctx,
    void **out, size_t *n, char **cause)
{
	return store_load_rows_of(s, rows, 0, from, to, ctx, out, n, cause);
}

int
store_load_rows_of(struct store *s, enum store_rows rows, int64_t key, hs_date from,
    hs_date to, void *ctx, void **out, size_t *n, char **cause)
{
	struct store_rows_out o = { 0 };

	if (store_walk_rows(s, rows, key, from, to, ctx, &o, NULL, NULL, cause) == 0) {
		*out = o.v;
		*n = o.n;
		return 0;
	}
	store_rows_free(rows, o.v, o.n);
	free(o.v);
	*out = NULL;
	*n = 0;
	return -1;
}
