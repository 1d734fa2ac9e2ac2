/* test_signals.c: the six warnings of too little recovery (model v2). */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "signals.h"
#include "util.h"

#define G(x) (1u << (GROUP_##x))

/* Monday 16 November 2026 is day 0 of every test. */
static hs_minute
at(int day, int hh, int mm)
{
	return stamp_make(date_from_ymd(2026, 11, 16) + day, hh * 60 + mm);
}

/* The events and the answer of one test. */
struct sfx {
	struct recovery_params p;
	struct recovery_set sets[256];
	struct recovery_soreness sore[32];
	struct recovery_sleep sleep[32];
	struct day_kind_entry days[32];
	struct recovery_input in;
	struct signals_input si;
	struct signal out[16];
	size_t n;
};

/* Empty events, defaults, an intermediate lifter, weeks from Monday. */
static void
sfx_init(struct sfx *f)
{
	memset(f, 0, sizeof *f);
	recovery_params_default(&f->p);
	f->in.sets = f->sets;
	f->in.soreness = f->sore;
	f->in.sleep = f->sleep;
	for (int g = 0; g < GROUP_COUNT; g++)
		f->in.last_trained_before[g] = HS_NO_TIME;
	f->in.replay_from = HS_NO_TIME;
	f->si.events = &f->in;
	f->si.days = f->days;
	f->si.level = LEVEL_INTERMEDIATE;
	f->si.week_start = 0;
	f->si.sleep_target = 7.0;
}

/* n sets of an exercise at time t. */
static struct recovery_set *
sfx_sets(struct sfx *f, hs_minute t, const char *exercise, int n, double kg, int reps, double rpe,
    unsigned prim, unsigned sec)
{
	struct recovery_set *first = &f->sets[f->in.nsets];

	for (int i = 0; i < n; i++) {
		struct recovery_set *s = &f->sets[f->in.nsets++];

		s->at = t;
		s->exercise = exercise;
		s->weight_kg = kg;
		s->reps = reps;
		s->rpe = rpe;
		for (int g = 0; g < GROUP_COUNT; g++)
			s->role[g] = (prim & (1u << g)) ? ROLE_PRIMARY
			    : (sec & (1u << g))         ? ROLE_SECONDARY
			                                : ROLE_NONE;
	}
	return first;
}

/* Back squat sets: quads primary; glutes, hamstrings, lower back secondary. */
static void
sfx_squat(struct sfx *f, hs_minute t, int n, double kg, int reps, double rpe)
{
	sfx_sets(
	    f, t, "squat", n, kg, reps, rpe, G(QUADS), G(GLUTES) | G(HAMSTRINGS) | G(LOWER_BACK));
}

/* A soreness report. */
static void
sfx_sore(struct sfx *f, hs_minute t, enum group g, int level)
{
	struct recovery_soreness *s = &f->sore[f->in.nsoreness++];

	s->at = t;
	s->group = g;
	s->level = level;
}

/* A night ending on the morning of day d. */
static struct recovery_sleep *
sfx_sleep(struct sfx *f, int d, double hours)
{
	f->sleep[f->in.nsleep].date = date_from_ymd(2026, 11, 16) + d;
	f->sleep[f->in.nsleep].quality = 0;
	f->sleep[f->in.nsleep].hours = hours;
	return &f->sleep[f->in.nsleep++];
}

/* A logged kind of day. */
static void
sfx_day(struct sfx *f, int d, enum day_kind k)
{
	f->days[f->si.ndays].date = date_from_ymd(2026, 11, 16) + d;
	f->days[f->si.ndays++].kind = k;
}

/* Compute at now; returns the first signal of the rule, NULL when none. */
static const struct signal *
sfx_run(struct sfx *f, hs_minute now, enum signal_rule rule)
{
	f->n = signals_compute(&f->p, &f->si, now, f->out, HS_ARRAY_LEN(f->out));
	for (size_t i = 0; i < f->n; i++)
		if (f->out[i].rule == rule)
			return &f->out[i];
	return NULL;
}

/* The one line about sleep at now (rule 1 or 6), NULL when none; fails the
 * test when there are two. */
static const struct signal *
sfx_sleep_line(struct sfx *f, hs_minute now)
{
	const struct signal *a = sfx_run(f, now, SIGNAL_SHORT_SLEEP);
	const struct signal *b = sfx_run(f, now, SIGNAL_SHORT_NIGHT);

	cr_assert(a == NULL || b == NULL, "two sleep lines: %s / %s", a->text, b->text);
	return a != NULL ? a : b;
}

/* How many signals of the rule the last run gave. */
static int
sfx_count(const struct sfx *f, enum signal_rule rule)
{
	int n = 0;

	for (size_t i = 0; i < f->n; i++)
		n += f->out[i].rule == rule;
	return n;
}

/* ---- 1: short sleep ---------------------------------------------------- */

Test(signals, sleep_under_target)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	for (int d = 0; d < 7; d++)
		sfx_sleep(&f, d, d < 4 ? 6.0 : 7.0); /* 24 + 21 = 45 / 7 = 6.43 */
	s = sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP);
	cr_assert_not_null(s);
	cr_expect_not(s->strong);
	cr_expect_str_eq(s->text, "short sleep: 7-night average 6.4 h (target 7.0 h)");
}

/* (6 x 7.0 + 6.75) / 7 = 6.96: under the target, so not written as 7.0. */
Test(signals, sleep_average_just_under_target_says_so)
{
	struct sfx f;
	const struct signal *s;
	char buf[16];

	sfx_init(&f);
	for (int d = 0; d < 7; d++)
		sfx_sleep(&f, d, d == 3 ? 6.75 : 7.0);
	s = sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "short sleep: 7-night average 6.96 h (target 7.0 h)");
	signals_average_text(6.43, 7.0, buf, sizeof buf);
	cr_expect_str_eq(buf, "6.4");
	signals_average_text(7.04, 7.0, buf, sizeof buf);
	cr_expect_str_eq(buf, "7.0", "at the target: one decimal");
}

Test(signals, sleep_at_target_is_quiet)
{
	struct sfx f;

	sfx_init(&f);
	for (int d = 0; d < 7; d++)
		sfx_sleep(&f, d, 7.0);
	cr_expect_null(sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP));
	/* A lower target silences a short average too. */
	f.sleep[0].hours = 6.0;
	cr_expect_not_null(sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP));
	f.si.sleep_target = 6.5;
	cr_expect_null(sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP));
}

Test(signals, sleep_strong_under_six)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	for (int d = 0; d < 7; d++)
		sfx_sleep(&f, d, 6.0);
	s = sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP);
	cr_assert_not_null(s);
	cr_expect_not(s->strong, "6.0 h is not under 6.0 h");
	f.sleep[0].hours = 5.0; /* 41 / 7 = 5.86; today's night is 6.0, not short */
	s = sfx_run(&f, at(6, 12, 0), SIGNAL_SHORT_SLEEP);
	cr_assert_not_null(s);
	cr_expect(s->strong);
	cr_expect(strstr(s->text, "5.9 h") != NULL, "%s", s->text);
}

Test(signals, sleep_only_last_seven_nights_up_to_now)
{
	struct sfx f;

	sfx_init(&f);
	sfx_sleep(&f, -1, 1.0); /* the eighth night back: not counted */
	for (int d = 0; d < 7; d++)
		sfx_sleep(&f, d, 7.0);
	sfx_sleep(&f, 7, 2.0); /* tomorrow's, logged ahead: not counted */
	cr_expect_null(sfx_sleep_line(&f, at(6, 12, 0)));
	/* On day 7 its 2.0 h average in: (6 x 7 + 2) / 7 = 6.3, and the night is
	 * today's: one line for both. */
	cr_expect_not_null(sfx_sleep_line(&f, at(7, 12, 0)));
	cr_expect_str_eq(sfx_sleep_line(&f, at(7, 12, 0))->text,
	    "short night: 2.0 h, train lighter today (7-night average 6.3 h, target 7.0 h)");
}

Test(signals, sleep_needs_three_nights)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_sleep(&f, 0, 5.0);
	sfx_sleep(&f, 1, 5.0);
	cr_expect_null(sfx_run(&f, at(2, 12, 0), SIGNAL_SHORT_SLEEP), "two nights make no average");
	sfx_sleep(&f, 2, 6.5);
	s = sfx_run(&f, at(2, 12, 0), SIGNAL_SHORT_SLEEP);
	cr_assert_not_null(s);
	cr_expect(strstr(s->text, "3-night average 5.5 h") != NULL, "%s", s->text);
}

/* ---- 2: lingering soreness --------------------------------------------- */

Test(signals, soreness_three_days_in_a_row)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_squat(&f, at(-1, 18, 0), 5, 100, 5, 8);
	sfx_sore(&f, at(0, 8, 0), GROUP_QUADS, 2);
	sfx_sore(&f, at(1, 8, 0), GROUP_QUADS, 3);
	cr_expect_null(sfx_run(&f, at(2, 7, 0), SIGNAL_LINGERING_SORENESS));
	sfx_sore(&f, at(2, 8, 0), GROUP_QUADS, 2);
	cr_expect_null(
	    sfx_run(&f, at(2, 7, 59), SIGNAL_LINGERING_SORENESS), "the third report is after now");
	s = sfx_run(&f, at(2, 8, 0), SIGNAL_LINGERING_SORENESS);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "quads sore 2+ three days in a row (Mon-Wed)");
	cr_expect_eq(sfx_count(&f, SIGNAL_LINGERING_SORENESS), 1);
}

Test(signals, soreness_mild_breaks_the_run)
{
	struct sfx f;

	sfx_init(&f);
	sfx_squat(&f, at(-1, 18, 0), 5, 100, 5, 8);
	sfx_sore(&f, at(0, 8, 0), GROUP_QUADS, 2);
	sfx_sore(&f, at(1, 8, 0), GROUP_QUADS, 1);
	sfx_sore(&f, at(2, 8, 0), GROUP_QUADS, 2);
	cr_expect_null(sfx_run(&f, at(2, 9, 0), SIGNAL_LINGERING_SORENESS));
}

Test(signals, soreness_72_hours_after_session)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_squat(&f, at(0, 18, 0), 5, 100, 5, 8);
	sfx_sore(&f, at(3, 17, 59), GROUP_QUADS, 2);
	cr_expect_null(sfx_run(&f, at(3, 20, 0), SIGNAL_LINGERING_SORENESS));
	sfx_sore(&f, at(3, 18, 0), GROUP_QUADS, 2);
	s = sfx_run(&f, at(3, 20, 0), SIGNAL_LINGERING_SORENESS);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "quads still sore (2) 72 h after its last session");
}

Test(signals, soreness_without_training_or_mild_is_quiet)
{
	struct sfx f;

	sfx_init(&f);
	sfx_sore(&f, at(3, 18, 0), GROUP_CALVES, 3); /* never trained */
	sfx_squat(&f, at(0, 18, 0), 5, 100, 5, 8);
	sfx_sore(&f, at(4, 18, 0), GROUP_QUADS, 1); /* late, but mild */
	cr_expect_null(sfx_run(&f, at(4, 20, 0), SIGNAL_LINGERING_SORENESS));
	/* The last session before the window counts too. */
	f.in.last_trained_before[GROUP_CALVES] = at(-1, 10, 0);
	cr_expect_not_null(sfx_run(&f, at(4, 20, 0), SIGNAL_LINGERING_SORENESS));
}

/* ---- 3: strength drop -------------------------------------------------- */

/* e1RM = kg x (1 + (reps + 10 - RPE) / 30); 5 reps at 8: kg x 37/30. */
Test(signals, strength_drop_two_sessions)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_squat(&f, at(-20, 18, 0), 5, 120, 5, 8); /* 148.0 */
	sfx_squat(&f, at(-10, 18, 0), 5, 112, 5, 8); /* 138.1: 6.7 % below */
	cr_expect_null(
	    sfx_run(&f, at(-10, 20, 0), SIGNAL_STRENGTH_DROP), "one low session is not a trend");
	sfx_squat(&f, at(0, 18, 0), 5, 112, 5, 8); /* again */
	s = sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text,
	    "squat: estimated 1RM 138 kg, 7 % below the "
	    "28-day best 148 kg, two sessions in a row");
}

Test(signals, strength_drop_threshold_five_percent)
{
	struct sfx f;

	/* 0.95 x 148 = 140.6 = 114 x 37/30 exactly; 114.5 is 4.6 % below. */
	sfx_init(&f);
	sfx_squat(&f, at(-20, 18, 0), 5, 120, 5, 8);
	sfx_squat(&f, at(-10, 18, 0), 5, 114, 5, 8);
	sfx_squat(&f, at(0, 18, 0), 5, 114, 5, 8);
	cr_expect_not_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
	f.sets[14].weight_kg = 114.5;
	cr_expect_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
}

Test(signals, strength_best_set_of_the_day_and_28_days)
{
	struct sfx f;

	sfx_init(&f);
	sfx_squat(&f, at(-30, 18, 0), 1, 150, 5, 8); /* too old to be the best */
	sfx_squat(&f, at(-20, 18, 0), 1, 110, 5, 8);
	sfx_squat(&f, at(-10, 18, 0), 1, 110, 5, 8);
	sfx_squat(&f, at(0, 18, 0), 1, 110, 5, 8);
	cr_expect_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
	/* A light back-off set on the best day does not lower that day. */
	sfx_squat(&f, at(-10, 19, 0), 3, 80, 5, 8);
	sfx_squat(&f, at(0, 19, 0), 3, 80, 5, 8);
	cr_expect_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
}

/* The strength rule reads the sets of its whole look-back, also those the
 * timers no longer replay. */
Test(signals, strength_reads_sets_before_the_replay)
{
	struct sfx f;

	sfx_init(&f);
	sfx_squat(&f, at(-20, 18, 0), 5, 120, 5, 8);
	sfx_squat(&f, at(-10, 18, 0), 5, 112, 5, 8);
	sfx_squat(&f, at(0, 18, 0), 5, 112, 5, 8);
	f.in.replay_from = at(-14, 0, 0);
	cr_expect_not_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
}

Test(signals, strength_other_exercise_and_bodyweight)
{
	struct sfx f;
	struct recovery_set *s;

	sfx_init(&f);
	sfx_squat(&f, at(-20, 18, 0), 1, 120, 5, 8);
	sfx_sets(&f, at(-10, 18, 0), "bench press", 1, 80, 5, 8, G(CHEST), 0);
	sfx_sets(&f, at(0, 18, 0), "bench press", 1, 80, 5, 8, G(CHEST), 0);
	cr_expect_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
	/* Plain bodyweight sets (0 kg) are skipped: two 0 kg sessions after a
	 * bw+20 one would otherwise read as a drop. */
	s = sfx_sets(&f, at(-5, 18, 0), "pull-up", 1, 20, 8, 0, G(LATS), 0);
	s->bodyweight = true; /* bw+20: RPE 7, 20 x (1 + 11/30) = 27.3 */
	sfx_sets(&f, at(-3, 18, 0), "pull-up", 1, 0, 5, 9, G(LATS), 0)->bodyweight = true;
	sfx_sets(&f, at(-1, 18, 0), "pull-up", 1, 0, 5, 9, G(LATS), 0)->bodyweight = true;
	cr_expect_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
	sfx_sets(&f, at(-2, 18, 0), "squat", 1, 100, 5, 0, G(QUADS), 0); /* 123.3 */
	sfx_squat(&f, at(-1, 18, 0), 1, 100, 5, 8);
	cr_expect_not_null(sfx_run(&f, at(0, 20, 0), SIGNAL_STRENGTH_DROP));
}

/* ---- 4: rest days ------------------------------------------------------ */

Test(signals, no_rest_day_in_seven)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	f.si.level = LEVEL_ADVANCED; /* 6 allowed: 7 this week is over too */
	for (int d = 0; d < 6; d++)
		sfx_sets(&f, at(d, 10, 0), "curl", 3, 20, 10, 8, G(BICEPS), 0);
	cr_expect_null(sfx_run(&f, at(6, 12, 0), SIGNAL_NO_REST));
	sfx_day(&f, 6, DAY_TRAINING);
	s = sfx_run(&f, at(6, 12, 0), SIGNAL_NO_REST);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "no rest day in the last 7 days");
	cr_expect_eq(sfx_count(&f, SIGNAL_NO_REST), 2);
}

Test(signals, rest_day_breaks_the_seven)
{
	struct sfx f;

	sfx_init(&f);
	f.si.level = LEVEL_ADVANCED;
	f.si.week_start = 2; /* weeks from Wednesday: 4 days this week */
	for (int d = 0; d < 7; d++)
		if (d != 3)
			sfx_sets(&f, at(d, 10, 0), "curl", 3, 20, 10, 8, G(BICEPS), 0);
	sfx_day(&f, 3, DAY_ACTIVE);
	cr_expect_null(sfx_run(&f, at(6, 12, 0), SIGNAL_NO_REST));
	/* Hard sets make a day a training day whatever kind it was given. */
	sfx_sets(&f, at(3, 10, 0), "curl", 3, 20, 10, 8, G(BICEPS), 0);
	cr_expect_not_null(sfx_run(&f, at(6, 12, 0), SIGNAL_NO_REST));
}

Test(signals, light_sets_do_not_make_a_training_day)
{
	struct sfx f;

	sfx_init(&f);
	f.si.level = LEVEL_ADVANCED;
	f.si.week_start = 2;
	for (int d = 0; d < 7; d++)
		sfx_sets(&f, at(d, 10, 0), "curl", 3, 20, 10, d == 3 ? 4 : 8, G(BICEPS), 0);
	cr_expect_null(sfx_run(&f, at(6, 12, 0), SIGNAL_NO_REST), "RPE 4 sets are not hard");
}

Test(signals, more_days_than_the_level)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	f.si.level = LEVEL_BEGINNER; /* at most 4 */
	for (int d = 0; d < 4; d++)
		sfx_day(&f, d, DAY_TRAINING);
	cr_expect_null(sfx_run(&f, at(4, 8, 0), SIGNAL_NO_REST));
	sfx_day(&f, 4, DAY_TRAINING);
	s = sfx_run(&f, at(4, 8, 0), SIGNAL_NO_REST);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text,
	    "5 training days this week, more than the 4 "
	    "advised for the beginner level");
	cr_expect_eq(sfx_count(&f, SIGNAL_NO_REST), 1);
	f.si.level = LEVEL_INTERMEDIATE;
	cr_expect_null(sfx_run(&f, at(4, 8, 0), SIGNAL_NO_REST));
	/* Weeks starting Thursday: only Thursday and Friday this week. */
	f.si.level = LEVEL_BEGINNER;
	f.si.week_start = 3;
	cr_expect_null(sfx_run(&f, at(4, 8, 0), SIGNAL_NO_REST));
}

/* ---- 5: trained while recovering ---------------------------------------- */

/*
 * Hand-computed from the contract (H = B x V x E x N, V = sqrt(S / 10)):
 * a first squat 5x5 at RPE 8 (N 1.25, never trained before) asks of the
 * quads 72 x 0.7071 x 0.90 x 1.25 = 57.28 h, of glutes, hamstrings and
 * lower back (S 2.5, V 0.5) 72 x 0.5 x 0.90 x 1.25 = 40.5 h.
 */
Test(signals, trained_recovering_names_each_group_with_its_percent)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_squat(&f, at(0, 18, 0), 5, 100, 5, 8);
	sfx_day(&f, 1, DAY_TRAINING);
	cr_expect_null(sfx_run(&f, at(1, 10, 0), SIGNAL_TRAINED_RECOVERING),
	    "a training day without sets trains no group");
	/* Tuesday 10:00, 16 h on: quads 16 / 57.28 = 27 %, the secondary
	 * groups 16 / 40.5 = 39 %; least recovered first, ties in group order. */
	sfx_squat(&f, at(1, 10, 0), 3, 100, 5, 8);
	s = sfx_run(&f, at(1, 10, 0), SIGNAL_TRAINED_RECOVERING);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text,
	    "quads trained at 27 %, low back trained at 39 %, glutes trained at 39 %,"
	    " hamstrings trained at 39 %");
	cr_expect_eq(sfx_count(&f, SIGNAL_TRAINED_RECOVERING), 1);
}

/* The split the rule exists for: upper body Monday, legs Tuesday. Bench
 * 8x5 at RPE 9 (chest S 8: 48 x 0.894 x 1.00 x 1.25 = 53.7 h) leaves chest
 * at 24 / 53.7 = 44 % on Tuesday 18:00: recovering, and not trained. */
Test(signals, trained_recovering_leaves_out_what_the_day_did_not_train)
{
	struct sfx f;
	struct group_status b[GROUP_COUNT];

	sfx_init(&f);
	sfx_sets(&f, at(0, 18, 0), "bench press", 8, 80, 5, 9, G(CHEST), G(TRICEPS) | G(SHOULDERS));
	sfx_sets(&f, at(0, 18, 30), "barbell row", 8, 60, 8, 9, G(LATS) | G(MIDDLE_BACK),
	    G(BICEPS) | G(SHOULDERS));
	sfx_squat(&f, at(1, 18, 0), 4, 100, 5, 8);
	sfx_sets(&f, at(1, 18, 20), "leg curl", 3, 40, 10, 8, G(HAMSTRINGS), 0);
	recovery_board(&f.p, &f.in, at(1, 18, 0), b);
	cr_assert_eq(b[GROUP_CHEST].state, STATE_RECOVERING, "chest %d %%", b[GROUP_CHEST].percent);
	cr_assert_eq(b[GROUP_CHEST].percent, 44);
	cr_expect_null(sfx_run(&f, at(1, 20, 0), SIGNAL_TRAINED_RECOVERING), "%s",
	    f.n > 0 ? f.out[0].text : "");
	/* Chest again on Tuesday: now it counts. */
	sfx_sets(&f, at(1, 19, 0), "push-up", 3, 0, 15, 8, G(CHEST), G(TRICEPS));
	cr_expect_not_null(sfx_run(&f, at(1, 20, 0), SIGNAL_TRAINED_RECOVERING));
	cr_expect(strstr(f.out[0].text, "chest trained at") != NULL, "%s", f.out[0].text);
	cr_expect(
	    strstr(f.out[0].text, "quads") == NULL, "fresh quads are not named: %s", f.out[0].text);
}

/* Each group is judged just before its own first set of the day: squat on
 * Monday 18:00 (quads 57.28 h), bench on Tuesday 08:00, squat again
 * Tuesday 20:00, when quads stand at 26 / 57.28 = 45 % (before the day's
 * first set, 08:00, they stood at 14 / 57.28 = 24 %). */
Test(signals, trained_recovering_just_before_the_groups_own_first_set)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_squat(&f, at(0, 18, 0), 5, 100, 5, 8);
	sfx_sets(&f, at(1, 8, 0), "bench press", 3, 80, 5, 8, G(CHEST), 0);
	sfx_sets(&f, at(1, 20, 0), "leg extension", 3, 40, 10, 8, G(QUADS), 0);
	cr_expect_null(
	    sfx_run(&f, at(1, 19, 0), SIGNAL_TRAINED_RECOVERING), "the quads sets are after now");
	s = sfx_run(&f, at(1, 21, 0), SIGNAL_TRAINED_RECOVERING);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "quads trained at 45 %");
}

Test(signals, todays_own_training_does_not_count)
{
	struct sfx f;

	sfx_init(&f);
	sfx_squat(&f, at(1, 10, 0), 5, 100, 5, 8);
	cr_expect_null(sfx_run(&f, at(1, 12, 0), SIGNAL_TRAINED_RECOVERING));
	/* Nor do easy sets and warm-ups before them, which make no session. */
	struct recovery_set *w = sfx_sets(&f, at(1, 9, 0), "squat", 3, 60, 5, 8, G(QUADS), 0);

	for (int i = 0; i < 3; i++)
		w[i].warmup = true;
	sfx_squat(&f, at(1, 9, 30), 2, 60, 5, 4);
	cr_expect_null(sfx_run(&f, at(1, 12, 0), SIGNAL_TRAINED_RECOVERING));
}

/* ---- 6: a short night ----------------------------------------------------- */

Test(signals, short_night_on_that_day_only)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_sleep(&f, 0, 7.5);
	sfx_sleep(&f, 1, 4.5);
	s = sfx_run(&f, at(1, 7, 0), SIGNAL_SHORT_NIGHT);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "short night: 4.5 h, train lighter today");
	cr_expect_not(s->strong);
	cr_expect_null(sfx_run(&f, at(0, 12, 0), SIGNAL_SHORT_NIGHT), "not the day before");
	cr_expect_null(sfx_run(&f, at(2, 12, 0), SIGNAL_SHORT_NIGHT), "not the day after");
	sfx_sleep(&f, 2, 7.0);
	cr_expect_null(sfx_run(&f, at(2, 12, 0), SIGNAL_SHORT_NIGHT));
}

Test(signals, short_night_threshold_and_quality)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	sfx_sleep(&f, 1, 6.0);
	cr_expect_null(sfx_run(&f, at(1, 12, 0), SIGNAL_SHORT_NIGHT), "6.0 h is not under 6.0 h");
	f.p.short_night_hours = 6.5;
	cr_expect_not_null(sfx_run(&f, at(1, 12, 0), SIGNAL_SHORT_NIGHT), "short_night_hours 6.5");
	f.p.short_night_hours = 6;
	f.sleep[0].hours = 8;
	f.sleep[0].quality = 2;
	cr_expect_null(sfx_run(&f, at(1, 12, 0), SIGNAL_SHORT_NIGHT), "quality 2 is not poor");
	f.sleep[0].quality = 1;
	s = sfx_run(&f, at(1, 12, 0), SIGNAL_SHORT_NIGHT);
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "poor night: quality 1 of 5, train lighter today");
}

/* Signal 1 and 6 together are one line, strong when the average is. */
Test(signals, one_sleep_line)
{
	struct sfx f;
	const struct signal *s;

	sfx_init(&f);
	for (int d = 0; d < 6; d++)
		sfx_sleep(&f, d, 5.5);
	sfx_sleep(&f, 6, 4.5); /* (6 x 5.5 + 4.5) / 7 = 5.36 */
	s = sfx_sleep_line(&f, at(6, 12, 0));
	cr_assert_not_null(s);
	cr_expect_eq(s->rule, SIGNAL_SHORT_NIGHT);
	cr_expect(s->strong, "the average is under 6.0 h");
	cr_expect_str_eq(s->text,
	    "short night: 4.5 h, train lighter today (7-night average 5.4 h, target 7.0 h)");
	f.sleep[6].hours = 7.5; /* a good night today: the average alone */
	s = sfx_sleep_line(&f, at(6, 12, 0));
	cr_assert_not_null(s);
	cr_expect_eq(s->rule, SIGNAL_SHORT_SLEEP);
	f.sleep[6].hours = 4.5;
	f.sleep[6].quality = 1;
	s = sfx_sleep_line(&f, at(6, 12, 0));
	cr_expect(strstr(s->text, "short night: 4.5 h") != NULL, "short before poor: %s", s->text);
	/* A view with its own average (the week's verdict) gets the night alone. */
	f.si.own_sleep_average = true;
	s = sfx_sleep_line(&f, at(6, 12, 0));
	cr_assert_not_null(s);
	cr_expect_str_eq(s->text, "short night: 4.5 h, train lighter today");
	cr_expect_not(s->strong);
	f.sleep[6].hours = 7.5;
	f.sleep[6].quality = 0;
	cr_expect_null(sfx_sleep_line(&f, at(6, 12, 0)), "no rule 1 where the view has its own");
}

Test(signals, output_bounded_by_max)
{
	struct sfx f;
	struct signal one[1];

	sfx_init(&f);
	for (int d = 0; d < 7; d++) {
		sfx_sleep(&f, d, 4.0);
		sfx_day(&f, d, DAY_TRAINING);
	}
	cr_expect_geq(signals_compute(&f.p, &f.si, at(6, 12, 0), f.out, 16), 2);
	cr_expect_eq(signals_compute(&f.p, &f.si, at(6, 12, 0), one, 1), 1);
	cr_expect_eq(one[0].rule, SIGNAL_SHORT_NIGHT, "today's 4 h night, the average folded in");
	cr_expect(one[0].strong);
}
