/* test_week.c: the week calendar's aggregation and its verdicts (model v2). */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "week.h"

#define G(x) (1u << (GROUP_##x))

/* Monday 16 November 2026 (ISO week 47) is day 0 of most tests. */
static hs_date
day_n(int n)
{
	return date_from_ymd(2026, 11, 16) + n;
}

static hs_minute
at(int day, int hh, int mm)
{
	return stamp_make(day_n(day), hh * 60 + mm);
}

/* The events of one test and the week built from them. */
struct wfx {
	struct recovery_params p;
	struct recovery_set sets[128];
	struct recovery_soreness sore[32];
	struct recovery_sleep sleep[32];
	struct day_kind_entry days[32];
	size_t ndays;
	struct recovery_input in;
	struct week w;
	struct week_verdict v[WEEK_VERDICTS_MAX];
	size_t nv;
};

static void
wfx_init(struct wfx *f)
{
	memset(f, 0, sizeof *f);
	recovery_params_default(&f->p);
	f->in.sets = f->sets;
	f->in.soreness = f->sore;
	f->in.sleep = f->sleep;
	for (int g = 0; g < GROUP_COUNT; g++)
		f->in.last_trained_before[g] = HS_NO_TIME;
	f->in.replay_from = HS_NO_TIME;
}

/* n sets at time t hitting `prim` as primary and `sec` as secondary. */
static void
wfx_sets(struct wfx *f, hs_minute t, int n, double rpe, unsigned prim, unsigned sec)
{
	for (int i = 0; i < n; i++) {
		struct recovery_set *s = &f->sets[f->in.nsets++];

		memset(s, 0, sizeof *s);
		s->at = t;
		s->rpe = rpe;
		s->exercise = "test";
		s->weight_kg = 100;
		s->reps = 5;
		for (int g = 0; g < GROUP_COUNT; g++)
			s->role[g] = (prim >> g) & 1 ? ROLE_PRIMARY
			    : (sec >> g) & 1         ? ROLE_SECONDARY
			                             : ROLE_NONE;
	}
}

static void
wfx_sleep(struct wfx *f, hs_date d, double hours)
{
	f->sleep[f->in.nsleep++] = (struct recovery_sleep){ d, hours, 0 };
}

static void
wfx_day(struct wfx *f, hs_date d, enum day_kind k)
{
	f->days[f->ndays++] = (struct day_kind_entry){ d, k };
}

/* Build the week from `first` and judge it as seen on `today`. */
static void
wfx_build(struct wfx *f, hs_date first, enum level level, hs_date today)
{
	week_build(&f->p, &f->in, f->days, f->ndays, first, &f->w);
	f->nv = week_verdicts(&f->w, level, 7.0, today, f->v, WEEK_VERDICTS_MAX);
}

/* The verdict of a rule, failing the test when there is none. */
static const struct week_verdict *
wfx_verdict(const struct wfx *f, enum week_verdict_rule r)
{
	for (size_t i = 0; i < f->nv; i++)
		if (f->v[i].rule == r)
			return &f->v[i];
	cr_assert_fail("no verdict of rule %d among %zu", (int)r, f->nv);
	return NULL;
}

/* Train on the given days (bit i = day i) with 6 sets for quads. */
static void
wfx_train_days(struct wfx *f, unsigned mask)
{
	for (int i = 0; i < 7; i++)
		if ((mask >> i) & 1)
			wfx_sets(f, at(i, 18, 0), 6, 8, G(QUADS), 0);
}

Test(week, start_monday_and_sunday)
{
	hs_date tue = date_from_ymd(2026, 11, 17), sun = date_from_ymd(2026, 11, 22);

	cr_assert_eq(week_start_date(tue, 0), date_from_ymd(2026, 11, 16));
	cr_assert_eq(week_start_date(sun, 0), date_from_ymd(2026, 11, 16));
	cr_assert_eq(week_start_date(tue, 6), date_from_ymd(2026, 11, 15));
	cr_assert_eq(week_start_date(sun, 6), sun, "a Sunday starts its own Sunday week");
	cr_assert_eq(week_start_date(date_from_ymd(2026, 11, 16), 0), date_from_ymd(2026, 11, 16));
}

Test(week, sunday_week_layout_and_iso_number)
{
	struct wfx f;
	char buf[64];

	wfx_init(&f);
	wfx_sets(&f, stamp_make(date_from_ymd(2026, 11, 15), 10 * 60), 3, 8, G(CHEST), 0);
	wfx_sets(&f, stamp_make(date_from_ymd(2026, 11, 22), 10 * 60), 3, 8, G(LATS), 0);
	wfx_build(&f, week_start_date(day_n(1), 6), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert_eq(f.w.first, date_from_ymd(2026, 11, 15));
	cr_assert_eq(date_weekday(f.w.day[0].date), 6, "the first column is a Sunday");
	cr_assert_eq(date_weekday(f.w.day[6].date), 5, "the last column is a Saturday");
	cr_assert_eq(f.w.iso_week, 47, "the ISO week of the Monday in it");
	cr_assert_eq(f.w.day[0].hard_sets, 3, "Sunday 15th is in the Sunday week");
	for (int i = 1; i < 7; i++)
		cr_assert_eq(f.w.day[i].hard_sets, 0);
	week_range_text(&f.w, buf, sizeof buf);
	cr_assert_str_eq(buf, "15-21 Nov 2026");
}

Test(week, crossing_a_year)
{
	struct wfx f;
	char buf[64];
	hs_date dec28 = date_from_ymd(2026, 12, 28), jan2 = date_from_ymd(2027, 1, 2);

	wfx_init(&f);
	wfx_sets(&f, stamp_make(dec28, 18 * 60), 6, 8, G(QUADS), 0);
	wfx_sets(&f, stamp_make(jan2, 18 * 60), 6, 8, G(QUADS), 0);
	wfx_sleep(&f, jan2, 6.0);
	cr_assert_eq(week_start_date(jan2, 0), dec28);
	wfx_build(&f, week_start_date(jan2, 0), LEVEL_BEGINNER, jan2 + 30);
	cr_assert_eq(f.w.iso_week, 53, "2026 has 53 ISO weeks");
	cr_assert_eq(f.w.iso_year, 2026);
	cr_assert_eq(f.w.day[5].date, jan2);
	cr_assert_eq(f.w.day[5].hard_sets, 6);
	cr_assert(f.w.day[5].has_sleep);
	cr_assert_eq(f.w.trained_days[GROUP_QUADS], 2, "both sides of New Year count");
	week_range_text(&f.w, buf, sizeof buf);
	cr_assert_str_eq(buf, "28 Dec 2026 - 3 Jan 2027");
	/* With Sunday first, 3 Jan 2027 starts the week of Monday 4 Jan. */
	wfx_build(&f, week_start_date(date_from_ymd(2027, 1, 3), 6), LEVEL_BEGINNER, jan2 + 30);
	cr_assert_eq(f.w.first, date_from_ymd(2027, 1, 3));
	cr_assert_eq(f.w.iso_week, 1, "Sun 3 Jan's week holds Mon 4 Jan: ISO week 1 of 2027");
	cr_assert_eq(f.w.iso_year, 2027);
	week_build(&f.p, &f.in, NULL, 0, date_from_ymd(2027, 12, 27), &f.w);
	cr_assert_eq(f.w.iso_week, 52, "2027 has 52 weeks");
}

Test(week, hard_sets_leave_out_warmups_and_easy_sets)
{
	struct wfx f;

	wfx_init(&f);
	wfx_sets(&f, at(0, 18, 0), 4, 8, G(QUADS), 0);
	wfx_sets(&f, at(0, 17, 0), 3, 8, G(QUADS), 0);
	for (int i = 4; i < 7; i++)
		f.sets[i].warmup = true;
	wfx_sets(&f, at(0, 19, 0), 2, 4, G(QUADS), 0); /* RPE 4: below min_rpe 5 */
	wfx_sets(&f, at(0, 19, 30), 2, 0, G(ABS), 0);  /* no RPE: 8 loaded */
	wfx_sets(&f, at(0, 20, 0), 1, 0, G(CALVES), 0);
	f.sets[f.in.nsets - 1].bodyweight = true; /* no RPE: 7 bodyweight */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert_eq(f.w.day[0].hard_sets, 7, "4 quads + 2 abs + 1 calves");
	cr_assert_float_eq(f.w.day[0].sets[GROUP_QUADS], 4.0, 1e-9);
	cr_assert(f.w.day[0].training);
	cr_assert_eq(f.w.day[0].kind, DAY_TRAINING, "sets make a training day");
	/* calves: one set at the bodyweight default RPE 7: E 0.70, V clamped 0.5 */
	cr_assert_float_eq(f.w.day[0].need[GROUP_CALVES], 0.5 * 0.70, 1e-9);
}

Test(week, per_group_sets_weight_secondary_and_need_ratio)
{
	struct wfx f;

	wfx_init(&f);
	/* the worked example: squat 5x5 @8: quads S 5, glutes S 2.5 */
	wfx_sets(&f, at(0, 18, 0), 5, 8, G(QUADS), G(GLUTES) | G(HAMSTRINGS) | G(LOWER_BACK));
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert_float_eq(f.w.day[0].sets[GROUP_QUADS], 5.0, 1e-9);
	cr_assert_float_eq(f.w.day[0].sets[GROUP_GLUTES], 2.5, 1e-9);
	cr_assert_float_eq(f.w.day[0].need[GROUP_QUADS], sqrt(5.0 / 10) * 0.90, 1e-9,
	    "V x E = 0.7071 x 0.90 = 0.636 (45.8 h of 72)");
	cr_assert_float_eq(f.w.day[0].need[GROUP_GLUTES], 0.5 * 0.90, 1e-9, "V clamped at 0.5");
	cr_assert_eq(week_load_of(&f.w.day[0], GROUP_QUADS), LOAD_MODERATE);
	cr_assert_eq(week_load_of(&f.w.day[0], GROUP_GLUTES), LOAD_LIGHT, "0.45 is under 0.5");
	cr_assert_eq(week_load_of(&f.w.day[0], GROUP_CHEST), LOAD_NONE);
	cr_assert_eq(
	    week_day_groups(&f.w.day[0]), G(QUADS) | G(GLUTES) | G(HAMSTRINGS) | G(LOWER_BACK));
	/* A full session, 10 sets at RPE 9: V 1, E 1: hard; 9 sets at 8: 0.854 */
	wfx_sets(&f, at(2, 18, 0), 10, 9, G(CHEST), 0);
	wfx_sets(&f, at(3, 18, 0), 9, 8, G(CHEST), 0);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert_eq(week_load_of(&f.w.day[2], GROUP_CHEST), LOAD_HARD);
	cr_assert_eq(week_load_of(&f.w.day[3], GROUP_CHEST), LOAD_MODERATE);
}

Test(week, one_secondary_set_is_not_a_trained_group)
{
	struct wfx f;

	wfx_init(&f);
	wfx_sets(&f, at(0, 18, 0), 1, 8, G(CHEST), G(TRICEPS));
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert(week_trained(&f.w.day[0], GROUP_CHEST));
	cr_assert_not(week_trained(&f.w.day[0], GROUP_TRICEPS), "0.5 weighted sets");
	cr_assert_eq(week_load_of(&f.w.day[0], GROUP_TRICEPS), LOAD_LIGHT, "but shown as hit");
}

Test(week, events_outside_the_week_are_left_out)
{
	struct wfx f;

	wfx_init(&f);
	wfx_sets(&f, at(-1, 23, 59), 3, 8, G(CHEST), 0);
	wfx_sets(&f, at(7, 0, 0), 3, 8, G(CHEST), 0);
	wfx_sleep(&f, day_n(-1), 4);
	wfx_sleep(&f, day_n(7), 4);
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(7, 8, 0), GROUP_CHEST, 3 };
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	for (int i = 0; i < 7; i++) {
		cr_assert_eq(f.w.day[i].hard_sets, 0);
		cr_assert_not(f.w.day[i].has_sleep);
		cr_assert_eq(f.w.day[i].max_soreness, -1);
	}
}

Test(week, soreness_highest_of_the_day)
{
	struct wfx f;
	char buf[32];

	wfx_init(&f);
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(1, 8, 0), GROUP_QUADS, 1 };
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(1, 9, 0), GROUP_HAMSTRINGS, 2 };
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(1, 10, 0), GROUP_CHEST, 2 };
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(2, 10, 0), GROUP_CHEST, 0 };
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert_eq(f.w.day[1].max_soreness, 2);
	cr_assert_eq(f.w.day[1].sore_group, GROUP_CHEST, "ties go to the first group");
	week_sore_text(&f.w.day[1], 9, buf, sizeof buf);
	cr_assert_str_eq(buf, "chest 2");
	cr_assert_eq(f.w.day[2].max_soreness, 0, "a report of 0 is a report");
	week_sore_text(&f.w.day[0], 9, buf, sizeof buf);
	cr_assert_str_eq(buf, "-");
	/* A name too long for the cell is clipped, never its level. */
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(3, 10, 0), GROUP_HAMSTRINGS, 3 };
	f.sore[f.in.nsoreness++] = (struct recovery_soreness){ at(4, 10, 0), GROUP_LOWER_BACK, 2 };
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	week_sore_text(&f.w.day[3], 9, buf, sizeof buf);
	cr_assert_str_eq(buf, "hamstri 3");
	week_sore_text(&f.w.day[3], 12, buf, sizeof buf);
	cr_assert_str_eq(buf, "hamstrings 3");
	week_sore_text(&f.w.day[4], 10, buf, sizeof buf);
	cr_assert_str_eq(buf, "low back 2", "one display name: low back, not lower_back");
}

Test(week, kinds_rest_and_training_days)
{
	struct wfx f;

	wfx_init(&f);
	wfx_day(&f, day_n(0), DAY_TRAINING); /* logged training, no sets */
	wfx_day(&f, day_n(1), DAY_ACTIVE);
	wfx_day(&f, day_n(2), DAY_REST);
	wfx_day(&f, day_n(3), DAY_PASSIVE);
	wfx_day(&f, day_n(4), DAY_REST); /* logged rest, but hard sets */
	wfx_sets(&f, at(4, 18, 0), 3, 8, G(BICEPS), 0);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(10));
	cr_assert(f.w.day[0].training);
	cr_assert_eq(f.w.day[1].kind, DAY_ACTIVE);
	cr_assert_not(f.w.day[1].training);
	cr_assert_eq(f.w.day[2].kind, DAY_REST);
	cr_assert_eq(f.w.day[3].kind, DAY_PASSIVE);
	cr_assert(f.w.day[4].training, "hard sets make it a training day");
	cr_assert_eq(f.w.day[4].logged, DAY_REST);
	cr_assert_eq(f.w.day[5].kind, DAY_UNSET);
	cr_assert_str_eq(wfx_verdict(&f, VERDICT_TRAINING_DAYS)->text,
	    "2 training days, fewer than advised (intermediate: 4-5)");
	cr_assert_str_eq(wfx_verdict(&f, VERDICT_REST)->text, "5 rest days");
}

Test(week, level_ranges)
{
	static const struct {
		enum level level;
		unsigned days;
		enum week_verdict_kind kind;
		const char *text;
	} cases[] = {
		{ LEVEL_BEGINNER, 0x15, VERDICT_OK, "3 training days (beginner: 3-4)" },
		{ LEVEL_BEGINNER, 0x2b, VERDICT_OK, "4 training days (beginner: 3-4)" },
		{ LEVEL_BEGINNER, 0x05, VERDICT_WARN,
		    "2 training days, fewer than advised (beginner: 3-4)" },
		{ LEVEL_BEGINNER, 0x3b, VERDICT_WARN,
		    "5 training days, more than advised (beginner: 3-4)" },
		{ LEVEL_INTERMEDIATE, 0x15, VERDICT_WARN,
		    "3 training days, fewer than advised (intermediate: 4-5)" },
		{ LEVEL_INTERMEDIATE, 0x3b, VERDICT_OK, "5 training days (intermediate: 4-5)" },
		{ LEVEL_INTERMEDIATE, 0x3f, VERDICT_WARN,
		    "6 training days, more than advised (intermediate: 4-5)" },
		{ LEVEL_ADVANCED, 0x3f, VERDICT_OK, "6 training days (advanced: 5-6)" },
		{ LEVEL_ADVANCED, 0x7f, VERDICT_WARN,
		    "7 training days, more than advised (advanced: 5-6)" },
		{ LEVEL_ADVANCED, 0x2b, VERDICT_WARN,
		    "4 training days, fewer than advised (advanced: 5-6)" },
	};
	struct wfx f;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct week_verdict *v;

		wfx_init(&f);
		wfx_train_days(&f, cases[i].days);
		wfx_build(&f, day_n(0), cases[i].level, day_n(7));
		v = wfx_verdict(&f, VERDICT_TRAINING_DAYS);
		cr_assert_str_eq(v->text, cases[i].text, "case %zu", i);
		cr_assert_eq(v->kind, cases[i].kind, "case %zu", i);
	}
}

Test(week, no_rest_day)
{
	struct wfx f;
	const struct week_verdict *v;

	wfx_init(&f);
	wfx_train_days(&f, 0x7f);
	wfx_build(&f, day_n(0), LEVEL_ADVANCED, day_n(7));
	v = wfx_verdict(&f, VERDICT_REST);
	cr_assert_str_eq(v->text, "no rest day this week");
	cr_assert_eq(v->kind, VERDICT_WARN);
	/* One active recovery day without sets is a rest day. */
	wfx_init(&f);
	wfx_train_days(&f, 0x3f);
	wfx_day(&f, day_n(6), DAY_ACTIVE);
	wfx_build(&f, day_n(0), LEVEL_ADVANCED, day_n(7));
	v = wfx_verdict(&f, VERDICT_REST);
	cr_assert_str_eq(v->text, "1 rest day");
	cr_assert_eq(v->kind, VERDICT_OK);
	/* Logged as training without sets: still no rest. */
	wfx_day(&f, day_n(6), DAY_TRAINING);
	f.days[0].kind = DAY_TRAINING;
	wfx_build(&f, day_n(0), LEVEL_ADVANCED, day_n(7));
	cr_assert_str_eq(wfx_verdict(&f, VERDICT_REST)->text, "no rest day this week");
}

Test(week, running_week_is_judged_so_far)
{
	struct wfx f;
	const struct week_verdict *v;

	wfx_init(&f);
	wfx_train_days(&f, 0x7f); /* even sets logged ahead of time */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(2));
	v = wfx_verdict(&f, VERDICT_TRAINING_DAYS);
	cr_assert_str_eq(v->text, "3 training days so far (intermediate: 4-5)");
	cr_assert_eq(v->kind, VERDICT_INFO, "fewer than the range is not yet a warning");
	v = wfx_verdict(&f, VERDICT_REST);
	cr_assert_eq(v->kind, VERDICT_INFO);
	cr_assert_str_eq(v->text, "no rest day yet this week: plan one");
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(5));
	v = wfx_verdict(&f, VERDICT_TRAINING_DAYS);
	cr_assert_eq(v->kind, VERDICT_WARN, "6 so far is already more than 5");
	/* A week that has not started has no verdicts. */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(-1));
	cr_assert_eq(f.nv, 0);
}

Test(week, sleep_average)
{
	struct wfx f;
	const struct week_verdict *v;

	wfx_init(&f);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	v = wfx_verdict(&f, VERDICT_SLEEP);
	cr_assert_str_eq(v->text, "no sleep logged this week");
	cr_assert_eq(v->kind, VERDICT_INFO);
	wfx_sleep(&f, day_n(0), 7.0);
	wfx_sleep(&f, day_n(1), 6.0);
	wfx_sleep(&f, day_n(2), 6.5);
	wfx_sleep(&f, day_n(3), 6.0);
	wfx_sleep(&f, day_n(5), 6.5);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	v = wfx_verdict(&f, VERDICT_SLEEP);
	cr_assert_str_eq(v->text, "sleep average 6.4 h (< 7.0 h, 5 nights logged)");
	cr_assert_eq(v->kind, VERDICT_WARN);
	wfx_sleep(&f, day_n(6), 9.0);
	wfx_sleep(&f, day_n(4), 8.0);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	v = wfx_verdict(&f, VERDICT_SLEEP);
	cr_assert_str_eq(v->text, "sleep average 7.0 h (target 7.0 h, 7 nights logged)",
	    "49 / 7 = 7.0 exactly meets the target");
	cr_assert_eq(v->kind, VERDICT_OK);
	/* Judged on Tuesday: only Monday's and Tuesday's nights, too few for a
	 * verdict (the model's sleep signal needs three too). */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(1));
	v = wfx_verdict(&f, VERDICT_SLEEP);
	cr_assert_str_eq(v->text, "2 nights logged this week: a sleep verdict needs 3");
	cr_assert_eq(v->kind, VERDICT_INFO);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(2));
	cr_assert_str_eq(
	    wfx_verdict(&f, VERDICT_SLEEP)->text, "sleep average 6.5 h (< 7.0 h, 3 nights logged)");
}

Test(week, twice_a_week)
{
	struct wfx f;
	const struct week_verdict *v;
	unsigned all = (1u << GROUP_COUNT) - 1;

	wfx_init(&f);
	wfx_sets(&f, at(0, 18, 0), 2, 8, all & ~(G(CALVES) | G(ABS) | G(HIPS)), 0);
	wfx_sets(&f, at(3, 18, 0), 2, 8, all & ~(G(CALVES) | G(ABS) | G(HIPS)), 0);
	wfx_sets(&f, at(1, 18, 0), 2, 8, G(CALVES) | G(ABS), 0);
	wfx_sets(&f, at(5, 18, 0), 1, 8, 0, G(HIPS)); /* 0.5: not trained */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	v = wfx_verdict(&f, VERDICT_TWICE);
	cr_assert_str_eq(v->text, "trained fewer than twice: abs 1, calves 1, hips 0");
	cr_assert_eq(v->kind, VERDICT_WARN);
	wfx_sets(&f, at(4, 18, 0), 1, 8, G(CALVES) | G(ABS) | G(HIPS), 0);
	wfx_sets(&f, at(6, 18, 0), 2, 8, 0, G(HIPS)); /* two secondary sets count */
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	v = wfx_verdict(&f, VERDICT_TWICE);
	cr_assert_str_eq(v->text, "every group trained at least twice");
	cr_assert_eq(v->kind, VERDICT_OK);
	cr_assert_eq(f.w.trained_days[GROUP_HIPS], 2);
	cr_assert_eq(f.w.trained_days[GROUP_CHEST], 2);
}

Test(week, twice_twice_on_one_day_counts_once)
{
	struct wfx f;

	wfx_init(&f);
	wfx_sets(&f, at(0, 8, 0), 3, 8, G(CHEST), 0);
	wfx_sets(&f, at(0, 19, 0), 3, 8, G(CHEST), 0);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	cr_assert_eq(f.w.trained_days[GROUP_CHEST], 1, "two sessions on one date are one day");
	cr_assert_eq(f.w.day[0].hard_sets, 6);
}

Test(week, empty_week)
{
	struct wfx f;

	wfx_init(&f);
	wfx_build(&f, day_n(0), LEVEL_BEGINNER, day_n(7));
	cr_assert_str_eq(wfx_verdict(&f, VERDICT_TWICE)->text, "no muscle group trained this week");
	cr_assert_str_eq(wfx_verdict(&f, VERDICT_REST)->text, "7 rest days");
	cr_assert_eq(wfx_verdict(&f, VERDICT_TRAINING_DAYS)->kind, VERDICT_WARN);
}

/* The week's own sleep verdict stands for signal 1, so the signals never
 * repeat the average; a short night is told on its day only. */
Test(week, signals_at_the_end_of_a_past_week)
{
	struct wfx f;
	struct signals_input si = { 0 };
	struct week_verdict v[8];
	size_t n;

	wfx_init(&f);
	wfx_train_days(&f, 0x7f);
	for (int i = 0; i < 7; i++)
		wfx_sleep(&f, day_n(i), 5.0);
	si = (struct signals_input){ .events = &f.in,
		.days = f.days,
		.ndays = 0,
		.level = LEVEL_INTERMEDIATE,
		.week_start = 0,
		.sleep_target = 7.0 };
	week_build(&f.p, &f.in, NULL, 0, day_n(0), &f.w);
	/* Judged a month later, the signals still are the week's own. */
	n = week_signals(&f.p, &si, &f.w, at(30, 12, 0), v, 8);
	cr_assert_geq(n, 3);
	for (size_t i = 0; i < n; i++) {
		cr_assert_eq(v[i].rule, VERDICT_SIGNAL);
		cr_assert(strstr(v[i].text, "sleep") == NULL && strstr(v[i].text, "night") == NULL,
		    "no sleep line among the signals: %s", v[i].text);
	}
	cr_assert(strstr(v[0].text, "no rest day in the last 7 days") != NULL, "%s", v[0].text);
	cr_assert(strstr(v[1].text, "7 training days this week") != NULL, "%s", v[1].text);
	cr_assert(strstr(v[2].text, "quads trained at") != NULL, "%s", v[2].text);
	/* Before the week starts: none. */
	cr_assert_eq(week_signals(&f.p, &si, &f.w, at(-1, 12, 0), v, 8), 0);
	/* On its Wednesday noon: only today's 5 h night. */
	n = week_signals(&f.p, &si, &f.w, at(2, 12, 0), v, 8);
	cr_assert_eq(n, 1, "only the night by Wednesday noon");
	cr_assert_str_eq(v[0].text, "short night: 5.0 h, train lighter today");
}

Test(week, cell_and_symbols)
{
	struct wfx f;
	char buf[64];

	wfx_init(&f);
	wfx_sets(&f, at(0, 18, 0), 5, 8, G(QUADS), G(GLUTES));
	wfx_sets(&f, at(1, 18, 0), 12, 10, G(CHEST), 0);
	wfx_build(&f, day_n(0), LEVEL_INTERMEDIATE, day_n(7));
	week_cell_text(&f.w.day[0], GROUP_QUADS, false, buf, sizeof buf);
	cr_assert_str_eq(buf, "+++ 5");
	week_cell_text(&f.w.day[0], GROUP_GLUTES, false, buf, sizeof buf);
	cr_assert_str_eq(buf, ".. 2.5");
	week_cell_text(&f.w.day[1], GROUP_CHEST, false, buf, sizeof buf);
	cr_assert_str_eq(buf, "#### 12", "the bar stops at four cells");
	week_cell_text(&f.w.day[1], GROUP_CHEST, true, buf, sizeof buf);
	cr_assert_str_eq(buf, "\u2588\u2588\u2588\u2588 12");
	week_cell_text(&f.w.day[2], GROUP_CHEST, true, buf, sizeof buf);
	cr_assert_str_eq(buf, "");
	cr_assert_str_eq(week_verdict_symbol(VERDICT_OK, true), "\u2714");
	cr_assert_str_eq(week_verdict_symbol(VERDICT_OK, false), "+");
	cr_assert_str_eq(week_kind_word(DAY_ACTIVE), "active");
	for (int g = 0; g < GROUP_COUNT; g++)
		cr_assert_leq(strlen(group_name((enum group)g)), GROUP_NAME_MAX);
}
