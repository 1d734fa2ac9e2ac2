/* demo.c: eight weeks of made-up but plausible training history. */
#include "config.h"

#include "demo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define DEMO_DAYS 56

/* A lift of the rotation: start weight, weekly step, sets x reps. */
struct demo_lift {
	const char *name;
	double start_kg, step_kg;
	int sets, reps;
};

static const struct demo_lift demo_plan[3][4] = {
	{ { "bench press", 70, 1.25, 5, 5 }, { "overhead press", 40, 0.625, 3, 8 },
	    { "dip", 0, 0, 3, 10 }, { "triceps pushdown", 25, 0.625, 3, 12 } },
	{ { "deadlift", 120, 2.5, 3, 5 }, { "barbell row", 60, 1.25, 4, 8 },
	    { "pull-up", 0, 0, 3, 8 }, { "biceps curl", 30, 0.625, 3, 10 } },
	{ { "squat", 95, 2.5, 5, 5 }, { "romanian deadlift", 80, 1.25, 3, 8 },
	    { "leg press", 140, 2.5, 3, 10 }, { "calf raise", 60, 1.25, 4, 12 } },
};

/* Day kinds by weekday, Monday first: four training days. */
static const enum day_kind demo_week[7] = { DAY_TRAINING, DAY_TRAINING, DAY_ACTIVE, DAY_TRAINING,
	DAY_REST, DAY_TRAINING, DAY_PASSIVE };

static const char *const demo_notes[] = { "felt strong, good session",
	"short on time, skipped the last exercise", "slept badly, everything felt heavy",
	"walk in the dunes, 45 min", "new top set on the main lift", "easy day, mobility work" };

/* The generator: xorshift32 with a fixed seed, so the demo never changes. */
struct demo {
	struct store *s;
	const struct catalogue *cat;
	hs_minute now;
	uint32_t rng;
	int sessions[3]; /* done per rotation slot, for the progression */
	int64_t ids[3][4];
};

static uint32_t
demo_next(struct demo *d)
{
	d->rng ^= d->rng << 13;
	d->rng ^= d->rng >> 17;
	d->rng ^= d->rng << 5;
	return d->rng;
}

/* A whole number from lo to hi. */
static int
demo_range(struct demo *d, int lo, int hi)
{
	return lo + (int)(demo_next(d) % (uint32_t)(hi - lo + 1));
}

/* The journal's exercise ids of the plan; -1 when the catalogue lacks one. */
static int
demo_exercises(struct demo *d, char **cause)
{
	const struct exercise_def *def;

	for (int t = 0; t < 3; t++)
		for (int i = 0; i < 4; i++) {
			if ((def = catalogue_find(d->cat, demo_plan[t][i].name, cause)) == NULL)
				return -1;
			if (store_exercise_id(d->s, def, &d->ids[t][i], cause) != 0)
				return -1;
		}
	return 0;
}

/* One set, unless it would lie in the future. */
static int
demo_set(struct demo *d, hs_minute at, int t, int i, double kg, int reps, double rpe, bool warmup,
    char **cause)
{
	struct set_record r;

	if (at > d->now)
		return 0;
	memset(&r, 0, sizeof r);
	r.at = at;
	r.exercise_id = d->ids[t][i];
	r.exercise = (char *)demo_plan[t][i].name;
	r.weight_kg = kg;
	r.bodyweight = demo_plan[t][i].start_kg == 0;
	r.reps = reps;
	r.rpe = rpe;
	r.kind = warmup ? SET_WARMUP : SET_WORK;
	r.note = (char *)"";
	return store_add_set(d->s, &r, cause);
}

/* Round to what plates make: 1.25 kg steps. */
static double
demo_round(double kg)
{
	return (double)(long)(kg / 1.25 + 0.5) * 1.25;
}

/* One exercise of a session: maybe a warm-up, then the work sets. */
static int
demo_lift(struct demo *d, hs_minute *at, int t, int i, char **cause)
{
	const struct demo_lift *l = &demo_plan[t][i];
	double kg = demo_round(l->start_kg + l->step_kg * d->sessions[t]);
	double rpe = 7 + 0.5 * demo_range(d, 0, 4);
	int reps;

	if (i == 0 && kg > 0 && demo_set(d, *at, t, i, demo_round(kg / 2), 8, 0, true, cause) != 0)
		return -1;
	*at += 3;
	for (int k = 0; k < l->sets; k++, *at += 3) {
		reps = l->reps;
		if (k == l->sets - 1 && demo_range(d, 0, 3) == 0)
			reps -= demo_range(d, 1, 2); /* the last set fell short */
		if (demo_set(d, *at, t, i, kg, reps, rpe, false, cause) != 0)
			return -1;
	}
	return 0;
}

/* A training day: the next slot of push, pull, legs. */
static int
demo_session(struct demo *d, hs_date day, int slot, char **cause)
{
	hs_minute at = stamp_make(day, date_weekday(day) == 5 ? 10 * 60 : 18 * 60);
	int n = demo_range(d, 0, 5) == 0 ? 3 : 4; /* now and then short on time */

	/* Today's session is over by `now`, so the demo opens on a full day. */
	if (at + 90 > d->now && d->now - 90 >= stamp_make(day, 6 * 60))
		at = d->now - 90;
	for (int i = 0; i < n; i++)
		if (demo_lift(d, &at, slot, i, cause) != 0)
			return -1;
	d->sessions[slot]++;
	return 0;
}

/* Last night's sleep: mostly 7-8 h, some short nights, a few not logged. */
static int
demo_sleep(struct demo *d, hs_date day, char **cause)
{
	struct sleep_record r = { 0 };
	int p = demo_range(d, 0, 99);

	if (p < 5 || stamp_make(day, 7 * 60) > d->now)
		return 0;
	r.date = day;
	if (p < 17)
		r.hours = 5.5 + 0.25 * demo_range(d, 0, 3);
	else if (p < 87)
		r.hours = 6.75 + 0.25 * demo_range(d, 0, 6);
	else
		r.hours = 8.5 + 0.25 * demo_range(d, 0, 2);
	r.quality = r.hours < 6.5 ? demo_range(d, 2, 3)
	    : r.hours < 7.5       ? demo_range(d, 3, 4)
	                          : demo_range(d, 4, 5);
	return store_put_sleep(d->s, &r, cause);
}

/* Soreness the morning after: legs often, pulls sometimes. */
static int
demo_soreness(struct demo *d, hs_date day, int last_slot, char **cause)
{
	struct soreness_record r = { 0 };
	int rc = 0;

	r.at = stamp_make(day, 8 * 60);
	if (r.at > d->now || last_slot < 0)
		return 0;
	if (last_slot == 2 && demo_range(d, 0, 9) < 6) {
		r.group = GROUP_QUADS;
		r.level = demo_range(d, 1, 2);
		rc = store_add_soreness(d->s, &r, cause);
		r.group = GROUP_GLUTES;
		r.level = 1;
		if (rc == 0 && demo_range(d, 0, 1) == 0)
			rc = store_add_soreness(d->s, &r, cause);
	} else if (last_slot == 1 && demo_range(d, 0, 9) < 3) {
		r.group = GROUP_LATS;
		r.level = 1;
		rc = store_add_soreness(d->s, &r, cause);
	}
	return rc;
}

/* The day's kind, with a note now and then. */
static int
demo_day(struct demo *d, hs_date day, int n, char **cause)
{
	struct day_record r = { 0 };

	r.date = day;
	r.kind = demo_week[date_weekday(day)];
	r.note = (char *)(n % 9 == 4 ? demo_notes[(n / 9) % HS_ARRAY_LEN(demo_notes)] : "");
	return store_put_day(d->s, &r, cause);
}

/* All the days, oldest first. */
static int
demo_days(struct demo *d, char **cause)
{
	hs_date today = stamp_date(d->now), day;
	int slot = 0, last = -1;

	for (int n = 0; n < DEMO_DAYS; n++) {
		day = today - (DEMO_DAYS - 1) + n;
		if (demo_sleep(d, day, cause) != 0 || demo_soreness(d, day, last, cause) != 0 ||
		    demo_day(d, day, n, cause) != 0)
			return -1;
		last = -1;
		if (demo_week[date_weekday(day)] != DAY_TRAINING)
			continue;
		if (demo_session(d, day, slot, cause) != 0)
			return -1;
		last = slot;
		slot = (slot + 1) % 3;
	}
	return 0;
}

static int
demo_write(struct store *s, void *arg, char **cause)
{
	struct demo *d = arg;

	(void)s; /* d->s */
	return demo_exercises(d, cause) != 0 || demo_days(d, cause) != 0 ? -1 : 0;
}

int
demo_fill(struct store *s, const struct catalogue *cat, hs_minute now, char **cause)
{
	struct demo d;

	memset(&d, 0, sizeof d);
	d.s = s;
	d.cat = cat;
	d.now = now;
	d.rng = 0x48727374; /* "Hrst" */
	return store_batch(s, _("demo: eight weeks of history"), demo_write, &d, cause);
}
