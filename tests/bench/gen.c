/* gen.c: the benchmark's journals, made with a fixed seed.
 *
 *   gen week|decade|stress FILE ['YYYY-MM-DD HH:MM']
 *
 * herstel's own store creates the journal (schema, application id, WAL) and
 * its exercises with their groups; the history then goes in through SQLite
 * directly, in one transaction, one batch per command a lifter would have
 * typed. All three end at the same pinned time with the same recent weeks,
 * so they differ only in how much history lies behind:
 *   week    the last 7 days;
 *   decade  ten years: 4 training days a week, 5 exercises of 4 sets,
 *           soreness and sleep on most days (about 41,700 sets);
 *   stress  the decade preceded by 17 years of very heavy training, up to
 *           exactly 1,000,000 sets (10,000 days in all). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "catalogue.h"
#include "date.h"
#include "store.h"
#include "util.h"

#define GEN_END "2026-11-17 12:00"
#define GEN_DECADE_DAYS 3653
#define GEN_STRESS_DAYS 10000
#define GEN_STRESS_SETS 1000000
#define GEN_EXERCISES 5
#define GEN_SETS 4

/* Four sessions of five exercises, rotated over the training days. */
static const char *const gen_plan[4][GEN_EXERCISES] = {
	{ "squat", "romanian deadlift", "leg press", "leg curl", "calf raise" },
	{ "bench press", "overhead press", "dip", "lateral raise", "triceps pushdown" },
	{ "deadlift", "barbell row", "pull-up", "face pull", "biceps curl" },
	{ "front squat", "incline bench press", "lat pulldown", "hip thrust", "plank" },
};
static const double gen_start_kg[4][GEN_EXERCISES] = {
	{ 80, 60, 120, 30, 50 },
	{ 60, 35, 0, 8, 20 },
	{ 100, 50, 0, 15, 25 },
	{ 60, 50, 45, 70, 0 },
};

/* Monday, Tuesday, Thursday and Saturday; the other days are kinds of rest. */
static const char *const gen_kind[7] = { "training", "training", "active", "training", "rest",
	"training", "passive" };

static const char *const gen_groups[] = { "quads", "glutes", "hamstrings", "chest", "shoulders",
	"triceps", "lats", "middle_back", "biceps", "calves" };

enum gen_stmt { G_BATCH, G_LIFT, G_SORE, G_SLEEP, G_DAY, G_COUNT };

static const char *const gen_sql[G_COUNT] = {
	[G_BATCH] = "INSERT INTO batch (what, made_at) VALUES (?1, ?2)",
	[G_LIFT] = "INSERT INTO lift (date, time, exercise_id, weight_kg, bodyweight, reps,"
	           " rpe, kind, note, batch) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'work', ?8, ?9)",
	[G_SORE] = "INSERT INTO soreness (date, time, grp, level, batch)"
	           " VALUES (?1, '08:00', ?2, ?3, ?4)",
	[G_SLEEP] = "INSERT INTO sleep (date, hours, quality, batch) VALUES (?1, ?2, ?3, ?4)",
	[G_DAY] = "INSERT INTO day (date, kind, note, batch) VALUES (?1, ?2, ?3, ?4)",
};

struct gen {
	sqlite3 *db;
	sqlite3_stmt *st[G_COUNT];
	int64_t ids[4][GEN_EXERCISES];
	uint64_t rng;
	long sets;
	int session; /* training days so far, for the rotation and progression */
};

/* xorshift64 with a fixed seed: the same journal on every run. */
static uint32_t
gen_next(struct gen *g)
{
	g->rng ^= g->rng << 13;
	g->rng ^= g->rng >> 7;
	g->rng ^= g->rng << 17;
	return (uint32_t)(g->rng >> 32);
}

static int
gen_range(struct gen *g, int lo, int hi)
{
	return lo + (int)(gen_next(g) % (uint32_t)(hi - lo + 1));
}

/* Step a statement and reset it; any error ends the program. */
static void
gen_step(struct gen *g, sqlite3_stmt *st)
{
	if (sqlite3_step(st) != SQLITE_DONE) {
		fprintf(stderr, "gen: %s\n", sqlite3_errmsg(g->db));
		exit(1);
	}
	sqlite3_reset(st);
}

/* A batch row, as one herstel command would write it; returns its id. */
static int64_t
gen_batch(struct gen *g, const char *what, hs_date day, int minute)
{
	char stamp[STAMP_BUF];

	stamp_format(stamp_make(day, minute), stamp);
	sqlite3_bind_text(g->st[G_BATCH], 1, what, -1, SQLITE_STATIC);
	sqlite3_bind_text(g->st[G_BATCH], 2, stamp, -1, SQLITE_TRANSIENT);
	gen_step(g, g->st[G_BATCH]);
	return sqlite3_last_insert_rowid(g->db);
}

/* One set of plan slot (t, i) at `minute` of `day`. */
static void
gen_set(struct gen *g, hs_date day, int minute, int t, int i, double kg, int64_t batch)
{
	sqlite3_stmt *st = g->st[G_LIFT];
	char d[DATE_BUF], tm[TIME_BUF];

	date_format(day, d);
	time_format(minute % 1440, tm);
	sqlite3_bind_text(st, 1, d, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, tm, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, g->ids[t][i]);
	sqlite3_bind_double(st, 4, kg);
	sqlite3_bind_int(st, 5, gen_start_kg[t][i] == 0);
	sqlite3_bind_int(st, 6, gen_range(g, 5, 12));
	if (gen_range(g, 0, 9) > 0) /* one set in ten has no RPE */
		sqlite3_bind_double(st, 7, 6 + 0.5 * gen_range(g, 0, 7));
	else
		sqlite3_bind_null(st, 7);
	sqlite3_bind_text(st, 8, gen_range(g, 0, 49) == 0 ? "felt heavy" : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 9, batch);
	gen_step(g, st);
	g->sets++;
}

/* `n` sets of the rotation from 07:00 on: a session, or a stress day. */
static void
gen_session(struct gen *g, hs_date day, int n)
{
	int t = g->session % 4, minute = 7 * 60;
	int64_t batch = gen_batch(g, "log session", day, minute + n * 3);

	for (int k = 0; k < n; k++) {
		int i = k / GEN_SETS % GEN_EXERCISES;
		double kg = gen_start_kg[t][i];

		if (kg > 0) /* slow progress, in plate steps, with deloads */
			kg += 1.25 * (double)((g->session / 4) % 60);
		gen_set(g, day, minute, t, i, kg, batch);
		minute += gen_range(g, 2, 4);
		if (k % (GEN_SETS * GEN_EXERCISES) == GEN_SETS * GEN_EXERCISES - 1)
			t = (t + 1) % 4;
	}
	g->session++;
}

/* Soreness, sleep and the kind of day, each its own command. */
static void
gen_day_notes(struct gen *g, hs_date day)
{
	char d[DATE_BUF];
	int64_t b;

	date_format(day, d);
	if (gen_range(g, 0, 9) < 7) { /* soreness on most days: one to three groups */
		b = gen_batch(g, "sore", day, 8 * 60);
		for (int k = gen_range(g, 1, 3); k > 0; k--) {
			sqlite3_bind_text(g->st[G_SORE], 1, d, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(g->st[G_SORE], 2,
			    gen_groups[gen_range(g, 0, (int)HS_ARRAY_LEN(gen_groups) - 1)], -1,
			    SQLITE_STATIC);
			sqlite3_bind_int(g->st[G_SORE], 3, gen_range(g, 0, 3));
			sqlite3_bind_int64(g->st[G_SORE], 4, b);
			gen_step(g, g->st[G_SORE]);
		}
	}
	if (gen_range(g, 0, 9) < 9) { /* sleep on nine days in ten */
		b = gen_batch(g, "sleep", day, 7 * 60);
		sqlite3_bind_text(g->st[G_SLEEP], 1, d, -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(g->st[G_SLEEP], 2, 5.5 + 0.25 * gen_range(g, 0, 14));
		sqlite3_bind_int(g->st[G_SLEEP], 3, gen_range(g, 1, 5));
		sqlite3_bind_int64(g->st[G_SLEEP], 4, b);
		gen_step(g, g->st[G_SLEEP]);
	}
	b = gen_batch(g, "day", day, 21 * 60);
	sqlite3_bind_text(g->st[G_DAY], 1, d, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(g->st[G_DAY], 2, gen_kind[date_weekday(day)], -1, SQLITE_STATIC);
	sqlite3_bind_text(
	    g->st[G_DAY], 3, gen_range(g, 0, 19) == 0 ? "travel" : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(g->st[G_DAY], 4, b);
	gen_step(g, g->st[G_DAY]);
}

/* Sets of the normal pace from `first` to `last`, to size the heavy part. */
static long
gen_normal_count(hs_date first, hs_date last)
{
	long n = 0;

	for (hs_date day = first; day <= last; day++)
		if (strcmp(gen_kind[date_weekday(day)], "training") == 0)
			n += GEN_EXERCISES * GEN_SETS;
	return n;
}

/* Training days from `first` to `last`, at the decade's pace. */
static void
gen_normal(struct gen *g, hs_date first, hs_date last)
{
	/* The rotation and the progression as if every data set had begun on the
	 * same day, so that all three end with the same weeks. */
	g->session = (int)(gen_normal_count(last - GEN_STRESS_DAYS + 1, first - 1) /
	    (GEN_EXERCISES * GEN_SETS));
	for (hs_date day = first; day <= last; day++) {
		if (strcmp(gen_kind[date_weekday(day)], "training") == 0)
			gen_session(g, day, GEN_EXERCISES * GEN_SETS);
		gen_day_notes(g, day);
	}
}

/* `total` sets spread evenly over every day from `first` to `last`. */
static void
gen_heavy(struct gen *g, hs_date first, hs_date last, long total)
{
	long days = last - first + 1;

	for (long i = 0; i < days; i++) {
		long n = total * (i + 1) / days - total * i / days;

		gen_session(g, first + (hs_date)i, (int)n);
		gen_day_notes(g, first + (hs_date)i);
	}
}

/* The journal through herstel's store: schema, id, the plan's exercises. */
static void
gen_create(struct gen *g, const char *path)
{
	struct catalogue *cat = catalogue_builtin();
	const struct exercise_def *def;
	char *cause = NULL;
	struct store *s;

	if ((s = store_open(path, &cause)) == NULL || store_begin(s, "exercises", &cause) != 0)
		goto fail;
	for (int t = 0; t < 4; t++)
		for (int i = 0; i < GEN_EXERCISES; i++)
			if ((def = catalogue_find(cat, gen_plan[t][i], &cause)) == NULL ||
			    store_exercise_id(s, def, &g->ids[t][i], &cause) != 0)
				goto fail;
	if (store_commit(s, &cause) != 0)
		goto fail;
	store_close(s);
	catalogue_free(cat);
	return;
fail:
	fprintf(stderr, "gen: %s\n", cause);
	exit(1);
}

/* Open the journal again for the bulk load, in one transaction. */
static void
gen_open(struct gen *g, const char *path)
{
	if (sqlite3_open_v2(path, &g->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(g->db, "PRAGMA synchronous = OFF; BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		goto fail;
	for (int i = 0; i < G_COUNT; i++)
		if (sqlite3_prepare_v2(g->db, gen_sql[i], -1, &g->st[i], NULL) != SQLITE_OK)
			goto fail;
	return;
fail:
	fprintf(stderr, "gen: %s: %s\n", path, sqlite3_errmsg(g->db));
	exit(1);
}

int
main(int argc, char **argv)
{
	struct gen g = { .rng = 0x9e3779b97f4a7c15ULL };
	const char *kind = argc > 1 ? argv[1] : "", *at = argc > 3 ? argv[3] : GEN_END;
	hs_minute now;
	hs_date today, decade;

	if (argc < 3 || argc > 4 || stamp_parse(at, &now, NULL) != 0 ||
	    (strcmp(kind, "week") != 0 && strcmp(kind, "decade") != 0 &&
	        strcmp(kind, "stress") != 0)) {
		fprintf(stderr, "usage: gen week|decade|stress FILE ['YYYY-MM-DD HH:MM']\n");
		return 2;
	}
	today = stamp_date(now);
	decade = today - GEN_DECADE_DAYS + 1;
	remove(argv[2]);
	gen_create(&g, argv[2]);
	gen_open(&g, argv[2]);
	if (strcmp(kind, "stress") == 0)
		gen_heavy(&g, today - GEN_STRESS_DAYS + 1, decade - 1,
		    GEN_STRESS_SETS - gen_normal_count(decade, today));
	gen_normal(&g, strcmp(kind, "week") == 0 ? today - 6 : decade, today);
	for (int i = 0; i < G_COUNT; i++)
		sqlite3_finalize(g.st[i]);
	if (sqlite3_exec(g.db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		fprintf(stderr, "gen: %s\n", sqlite3_errmsg(g.db));
		return 1;
	}
	sqlite3_close(g.db);
	printf("%s: %ld sets\n", argv[2], g.sets);
	return 0;
}
