/* test_recovery.c: the recovery model (v1), rule by rule and by scenario. */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "recovery.h"
#include "util.h"

#define G(x) (1u << (GROUP_##x))
#define TOL 0.05 /* hours */

/* Monday 16 November 2026 is day 0 of every test. */
static hs_date
day0(void)
{
	return date_from_ymd(2026, 11, 16);
}

/* A wall-clock time `day` days after Monday 16 November 2026. */
static hs_minute
at(int day, int hh, int mm)
{
	return stamp_make(day0() + day, hh * 60 + mm);
}

/* The events of one test. */
struct fx {
	struct recovery_params p;
	struct recovery_set sets[256];
	struct recovery_soreness sore[32];
	struct recovery_sleep sleep[32];
	struct recovery_input in;
	struct group_status b[GROUP_COUNT];
};

/* Empty events and default parameters. */
static void
fx_init(struct fx *f)
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

/* n sets at time t of an exercise hitting prim (primary) and sec. */
static struct recovery_set *
fx_sets(struct fx *f, hs_minute t, int n, double rpe, unsigned prim, unsigned sec)
{
	struct recovery_set *first = &f->sets[f->in.nsets];

	for (int i = 0; i < n; i++) {
		struct recovery_set *s = &f->sets[f->in.nsets++];

		s->at = t;
		s->rpe = rpe;
		s->exercise = "lift";
		s->weight_kg = 100;
		s->reps = 5;
		for (int g = 0; g < GROUP_COUNT; g++)
			s->role[g] = (prim & (1u << g)) ? ROLE_PRIMARY
			    : (sec & (1u << g))         ? ROLE_SECONDARY
			                                : ROLE_NONE;
	}
	return first;
}

/* Back squat: quads primary; glutes, hamstrings, lower back secondary. */
static void
fx_squat(struct fx *f, hs_minute t, int n, double rpe)
{
	struct recovery_set *s =
	    fx_sets(f, t, n, rpe, G(QUADS), G(GLUTES) | G(HAMSTRINGS) | G(LOWER_BACK));

	for (int i = 0; i < n; i++)
		s[i].exercise = "squat";
}

/* A soreness report. */
static void
fx_sore(struct fx *f, hs_minute t, enum group g, int level)
{
	struct recovery_soreness *s = &f->sore[f->in.nsoreness++];

	s->at = t;
	s->group = g;
	s->level = level;
}

/* A night of sleep ending on the morning of day d. */
static void
fx_sleep(struct fx *f, int d, double hours)
{
	f->sleep[f->in.nsleep].date = day0() + d;
	f->sleep[f->in.nsleep++].hours = hours;
}

/* The board at now; returns the line of group g. */
static const struct group_status *
fx_board(struct fx *f, hs_minute now, enum group g)
{
	recovery_board(&f->p, &f->in, now, f->b);
	return &f->b[g];
}

/* ---- model pieces ---------------------------------------------------- */

Test(recovery, effort_curve_points)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_float_eq(recovery_effort(&p, 6), 0.70, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 7), 0.85, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 8), 1.00, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 9), 1.00, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 10), 1.25, 1e-9);
}

Test(recovery, effort_curve_between_and_beyond)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_float_eq(recovery_effort(&p, 6.5), 0.775, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 7.5), 0.925, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 8.5), 1.00, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 9.5), 1.125, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 5), 0.70, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 3), 0.70, 1e-9);
	cr_expect_float_eq(recovery_effort(&p, 11), 1.25, 1e-9);
}

Test(recovery, volume_clamps_both_ends)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_float_eq(recovery_volume(&p, 0.5), 0.5, 1e-9);
	cr_expect_float_eq(recovery_volume(&p, 1), 0.5, 1e-9);   /* sqrt(1/6)=0.41 */
	cr_expect_float_eq(recovery_volume(&p, 1.5), 0.5, 1e-9); /* exactly 0.5 */
	cr_expect_float_eq(recovery_volume(&p, 5), sqrt(5.0 / 6), 1e-9);
	cr_expect_float_eq(recovery_volume(&p, 6), 1.0, 1e-9);
	cr_expect_float_eq(recovery_volume(&p, 15), sqrt(2.5), 1e-9); /* 1.58 */
	cr_expect_float_eq(recovery_volume(&p, 15.36), 1.6, 1e-9);
	cr_expect_float_eq(recovery_volume(&p, 20), 1.6, 1e-9); /* 1.83 */
}

Test(recovery, sleep_speed_table)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_float_eq(recovery_sleep_speed(&p, 8), 1.0, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 7), 1.0, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 6.5), 0.965, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 6), 0.93, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 5), 0.86, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 4), 0.80, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 3), 0.80, 1e-9);
	cr_expect_float_eq(recovery_sleep_speed(&p, 0), 0.80, 1e-9);
}

Test(recovery, defaults_documented)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_eq(p.base_hours[GROUP_QUADS], 72);
	cr_expect_eq(p.base_hours[GROUP_LOWER_BACK], 72);
	cr_expect_eq(p.base_hours[GROUP_CHEST], 48);
	cr_expect_eq(p.base_hours[GROUP_HIPS], 48);
	cr_expect_eq(p.base_hours[GROUP_CALVES], 36);
	cr_expect_eq(p.base_hours[GROUP_ABS], 36);
	cr_expect_eq(p.max_need_hours, 168);
	cr_expect_eq(p.due_days, 7);
	cr_expect_eq(p.almost_percent, 50);
	cr_expect_eq(p.min_rpe, 5);
}

Test(recovery, words_and_symbols)
{
	cr_expect_str_eq(recovery_state_word(STATE_READY), "ready");
	cr_expect_str_eq(recovery_state_word(STATE_DUE), "due");
	cr_expect_str_eq(recovery_state_word(STATE_ALMOST), "almost");
	cr_expect_str_eq(recovery_state_word(STATE_RECOVERING), "recovering");
	cr_expect_str_eq(recovery_state_symbol(STATE_READY, true), "\xe2\x97\x8f");
	cr_expect_str_eq(recovery_state_symbol(STATE_DUE, true), "\xe2\x97\x8b");
	cr_expect_str_eq(recovery_state_symbol(STATE_ALMOST, true), "\xe2\x97\x90");
	cr_expect_str_eq(recovery_state_symbol(STATE_RECOVERING, true), "\xe2\x9c\x96");
	cr_expect_str_eq(recovery_state_symbol(STATE_READY, false), "+");
	cr_expect_str_eq(recovery_state_symbol(STATE_DUE, false), "o");
	cr_expect_str_eq(recovery_state_symbol(STATE_ALMOST, false), "~");
	cr_expect_str_eq(recovery_state_symbol(STATE_RECOVERING, false), "x");
}

Test(recovery, group_names_and_parsing)
{
	char list[400] = "";

	for (int g = 0; g < GROUP_COUNT; g++)
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", g ? ", " : "",
		    group_name((enum group)g));
	cr_expect_str_eq(group_names(), list, "the message list follows the table");
	cr_expect_str_eq(group_name(GROUP_MIDDLE_BACK), "mid back");
	cr_expect_str_eq(group_id(GROUP_MIDDLE_BACK), "middle_back");
	cr_expect_eq(group_parse("mid back"), GROUP_MIDDLE_BACK);
	cr_expect_eq(group_parse("middle_back"), GROUP_MIDDLE_BACK);
	cr_expect_eq(group_parse("midback"), GROUP_MIDDLE_BACK);
	cr_expect_eq(group_parse("Middle Back"), GROUP_MIDDLE_BACK);
	cr_expect_eq(group_parse("low-back"), GROUP_LOWER_BACK);
	cr_expect_eq(group_parse("lower back"), GROUP_LOWER_BACK);
	cr_expect_eq(group_parse("hams"), GROUP_HAMSTRINGS);
	cr_expect_eq(group_parse("QUADS"), GROUP_QUADS);
	cr_expect_eq(group_parse("quadz"), -1);
	cr_expect_eq(group_parse(""), -1);
	cr_expect_eq(group_parse(" _ "), -1);
	cr_expect_eq(group_from_id("mid back"), -1, "machine formats take the id only");
	for (int g = 0; g < GROUP_COUNT; g++) {
		cr_expect_eq(group_parse(group_id((enum group)g)), g);
		cr_expect_eq(group_parse(group_name((enum group)g)), g);
		cr_expect_leq(strlen(group_name((enum group)g)), GROUP_NAME_MAX);
	}
}

/* ---- the worked example of the contract ------------------------------ */

Test(recovery, worked_example_tuesday_noon)
{
	struct fx f;
	const struct group_status *q;

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_sleep(&f, 0, 7.5);
	q = fx_board(&f, at(1, 12, 0), GROUP_QUADS);
	cr_expect_eq(q->percent, 27);
	cr_expect_float_eq(q->left, 47.7, TOL);
	cr_expect_float_eq(q->need, 65.7, TOL);
	cr_expect_eq(q->state, STATE_RECOVERING);
	cr_expect_eq(q->ready_at, at(3, 11, 44), "ready Thursday 11:44");
	cr_expect_eq(q->last_trained, at(0, 18, 0));
	cr_expect_eq(q->last_sets, 5);
	cr_expect_float_eq(q->last_rpe, 8, 1e-9);
	cr_expect_float_eq(q->last_need, 65.727, 0.001);
	cr_expect_float_eq(q->slow_sleep, 0, 1e-9);
}

Test(recovery, worked_example_secondary_groups)
{
	struct fx f;
	enum group sec[] = { GROUP_GLUTES, GROUP_HAMSTRINGS, GROUP_LOWER_BACK };

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_board(&f, at(0, 18, 0), GROUP_QUADS);
	cr_expect_float_eq(f.b[GROUP_QUADS].need, 65.727, 0.001);
	for (size_t i = 0; i < 3; i++) {
		cr_expect_float_eq(f.b[sec[i]].need, 46.476, 0.001, "%s", group_id(sec[i]));
		cr_expect_eq(f.b[sec[i]].percent, 0);
	}
	cr_expect_eq(f.b[GROUP_CHEST].state, STATE_DUE, "never trained is due");
	cr_expect_eq(f.b[GROUP_CHEST].percent, 100);
}

Test(recovery, worked_example_short_sleep)
{
	struct fx f;
	const struct group_status *q;

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_sleep(&f, 0, 7.5);
	fx_sleep(&f, 1, 5);
	fx_sleep(&f, 2, 5);
	q = fx_board(&f, at(1, 12, 0), GROUP_QUADS);
	cr_expect_eq(q->ready_at, at(3, 18, 27), "ready Thursday 18:27");
	cr_expect_float_eq(q->slow_sleep, 5, 1e-9);
	/* Logged ahead of time, the nights also shape the projection. */
	q = fx_board(&f, at(0, 18, 0), GROUP_QUADS);
	cr_expect_eq(q->ready_at, at(3, 18, 27));
	q = fx_board(&f, at(3, 18, 26), GROUP_QUADS);
	cr_expect_neq(q->state, STATE_READY);
	q = fx_board(&f, at(3, 18, 27), GROUP_QUADS);
	cr_expect_eq(q->state, STATE_READY);
}

/* ---- each rule on its own -------------------------------------------- */

Test(recovery, secondary_weight_is_a_parameter)
{
	struct fx f;

	fx_init(&f);
	f.p.secondary_weight = 1.0;
	fx_squat(&f, at(0, 18, 0), 5, 8);
	cr_expect_float_eq(fx_board(&f, at(0, 18, 0), GROUP_GLUTES)->need, 65.727, 0.001);
}

Test(recovery, light_sets_and_warmups_left_out)
{
	struct fx f;
	struct recovery_set *w;

	fx_init(&f);
	fx_sets(&f, at(0, 10, 0), 4, 4.5, G(CHEST), 0);
	w = fx_sets(&f, at(0, 10, 0), 3, 8, G(CHEST), 0);
	for (int i = 0; i < 3; i++)
		w[i].warmup = true;
	cr_expect_eq(fx_board(&f, at(0, 12, 0), GROUP_CHEST)->state, STATE_DUE);
	cr_expect_eq(f.b[GROUP_CHEST].last_trained, HS_NO_TIME);
	/* RPE 5 itself counts: 6 sets, V 1, E 0.70: 48 x 0.70 = 33.6 h. */
	fx_sets(&f, at(0, 11, 0), 6, 5, G(CHEST), 0);
	cr_expect_float_eq(fx_board(&f, at(0, 11, 0), GROUP_CHEST)->need, 33.6, 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].last_sets, 6);
}

Test(recovery, missing_rpe_defaults)
{
	struct fx f;
	struct recovery_set *s;

	fx_init(&f);
	/* Loaded, no RPE: 8, so 6 sets of chest need 48 h. */
	fx_sets(&f, at(0, 10, 0), 6, 0, G(CHEST), 0);
	/* Bodyweight, no RPE: 7, E 0.85, 6 sets of abs need 36 x 0.85 = 30.6 h. */
	s = fx_sets(&f, at(0, 10, 0), 6, 0, G(ABS), 0);
	for (int i = 0; i < 6; i++)
		s[i].bodyweight = true;
	fx_board(&f, at(0, 10, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 48, 1e-6);
	cr_expect_float_eq(f.b[GROUP_ABS].need, 30.6, 1e-6);
	cr_expect_float_eq(f.b[GROUP_ABS].last_rpe, 7, 1e-9);
}

Test(recovery, stacking_costs_f_more)
{
	struct fx f;
	double h = 72 * sqrt(5.0 / 6), left = h - 18;

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_squat(&f, at(1, 12, 0), 5, 8);
	/* left 47.73 of 65.73, f = 0.726: 47.73 + 65.73 x 1.726 = 161.18 h. */
	fx_board(&f, at(1, 12, 0), GROUP_QUADS);
	cr_expect_float_eq(f.b[GROUP_QUADS].need, left + h * (1 + left / h), 1e-6);
	cr_expect_float_eq(f.b[GROUP_QUADS].need, 161.18, 0.01);
	cr_expect_float_eq(f.b[GROUP_QUADS].done, 0, 1e-9);
	cr_expect_eq(f.b[GROUP_QUADS].percent, 0);
}

Test(recovery, stacking_capped_at_168)
{
	struct fx f;

	fx_init(&f);
	/* 20 sets at 10: V 1.6, E 1.25, H = 144 h; again the next day:
	 * 120 + 144 x 1.833 = 384 h, capped at 168. */
	fx_sets(&f, at(0, 8, 0), 20, 10, G(QUADS), 0);
	cr_expect_float_eq(fx_board(&f, at(0, 8, 0), GROUP_QUADS)->need, 144, 1e-6);
	fx_sets(&f, at(1, 8, 0), 20, 10, G(QUADS), 0);
	cr_expect_float_eq(fx_board(&f, at(1, 8, 0), GROUP_QUADS)->need, 168, 1e-9);
	/* A whole week at full speed empties it. */
	cr_expect_eq(f.b[GROUP_QUADS].ready_at, at(8, 8, 0));
}

Test(recovery, soreness_mild_changes_nothing)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	fx_sore(&f, at(1, 6, 0), GROUP_CHEST, 1);
	fx_sore(&f, at(1, 6, 0), GROUP_BICEPS, 1);
	cr_expect_float_eq(fx_board(&f, at(1, 8, 0), GROUP_CHEST)->left, 24, 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].soreness, 1);
	cr_expect_eq(f.b[GROUP_BICEPS].state, STATE_DUE);
	cr_expect_float_eq(f.b[GROUP_BICEPS].left, 0, 1e-9);
}

Test(recovery, soreness_moderate_raises_left)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	fx_sore(&f, at(1, 20, 0), GROUP_CHEST, 2); /* 12 h left: raised to 24 */
	fx_board(&f, at(1, 20, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].left, 24, 1e-6);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 60, 1e-6);
	cr_expect_float_eq(f.b[GROUP_CHEST].done, 36, 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].soreness, 2);
}

Test(recovery, soreness_moderate_when_enough_left)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	fx_sore(&f, at(0, 20, 0), GROUP_CHEST, 2); /* 36 h left already */
	fx_board(&f, at(0, 20, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].left, 36, 1e-6);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 48, 1e-6);
}

Test(recovery, soreness_without_open_window)
{
	struct fx f;

	fx_init(&f);
	fx_sore(&f, at(0, 9, 0), GROUP_CALVES, 2);
	fx_sore(&f, at(0, 9, 0), GROUP_ABS, 3);
	fx_board(&f, at(0, 9, 0), GROUP_CALVES);
	cr_expect_float_eq(f.b[GROUP_CALVES].need, 24, 1e-9);
	cr_expect_float_eq(f.b[GROUP_CALVES].done, 0, 1e-9);
	cr_expect_float_eq(f.b[GROUP_ABS].need, 48, 1e-9);
	cr_expect_eq(f.b[GROUP_CALVES].ready_at, at(1, 9, 0));
	cr_expect_eq(f.b[GROUP_ABS].ready_at, at(2, 9, 0));
	cr_expect_eq(f.b[GROUP_ABS].soreness, 3);
}

Test(recovery, soreness_severe_raises_open_window)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	fx_sore(&f, at(1, 8, 0), GROUP_CHEST, 3); /* 24 h left: raised to 48 */
	fx_board(&f, at(1, 8, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].left, 48, 1e-6);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 72, 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].percent, 33);
}

Test(recovery, severe_soreness_forces_recovering)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	fx_sore(&f, at(1, 8, 0), GROUP_CHEST, 3);
	/* Wed 20:00: done 24 + 36 = 60 of 72 = 83 %, still recovering. */
	fx_board(&f, at(2, 20, 0), GROUP_CHEST);
	cr_expect_eq(f.b[GROUP_CHEST].percent, 83);
	cr_expect_eq(f.b[GROUP_CHEST].state, STATE_RECOVERING);
	/* A later milder report ends the override. */
	fx_sore(&f, at(2, 19, 0), GROUP_CHEST, 1);
	cr_expect_eq(fx_board(&f, at(2, 20, 0), GROUP_CHEST)->state, STATE_ALMOST);
	cr_expect_eq(f.b[GROUP_CHEST].soreness, 1);
}

Test(recovery, severe_soreness_over_when_recovered)
{
	struct fx f;

	fx_init(&f);
	fx_sore(&f, at(0, 8, 0), GROUP_CHEST, 3);
	cr_expect_eq(fx_board(&f, at(2, 7, 59), GROUP_CHEST)->state, STATE_RECOVERING);
	cr_expect_eq(fx_board(&f, at(2, 8, 0), GROUP_CHEST)->state, STATE_DUE);
}

Test(recovery, same_minute_sessions_before_soreness)
{
	struct fx f;

	fx_init(&f);
	/* 2 sets: V 0.577, H 27.7. Session first: need 27.7 then raised to 48.
	 * Soreness first would give 48 + 27.7 x 2 = 103.4. */
	fx_sore(&f, at(0, 18, 0), GROUP_CHEST, 3);
	fx_sets(&f, at(0, 18, 0), 2, 8, G(CHEST), 0);
	fx_board(&f, at(0, 18, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 48, 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].soreness, 3, "reported with the session");
}

Test(recovery, speed_changes_at_midnight)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 22, 0), 6, 8, G(CHEST), 0);
	fx_sleep(&f, 1, 5);
	/* 2 h at 1.0 on Monday, 12 h at 0.86 on Tuesday. */
	fx_board(&f, at(1, 12, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].done, 2 + 12 * 0.86, 1e-6);
	/* Monday's own sleep slows Monday only. */
	fx_sleep(&f, 0, 4);
	fx_board(&f, at(1, 12, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].done, 2 * 0.8 + 12 * 0.86, 1e-6);
	cr_expect_float_eq(f.b[GROUP_CHEST].slow_sleep, 4, 1e-9);
}

Test(recovery, due_after_seven_days)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(BICEPS), 0);
	cr_expect_eq(fx_board(&f, at(7, 8, 0), GROUP_BICEPS)->state, STATE_READY);
	cr_expect_eq(fx_board(&f, at(7, 8, 1), GROUP_BICEPS)->state, STATE_DUE);
	cr_expect_eq(f.b[GROUP_BICEPS].ready_at, HS_NO_TIME);
	cr_expect_eq(f.b[GROUP_BICEPS].percent, 100);
	cr_expect_eq(f.b[GROUP_TRICEPS].state, STATE_DUE);
	cr_expect_eq(f.b[GROUP_TRICEPS].last_trained, HS_NO_TIME);
}

Test(recovery, due_uses_sessions_before_the_window)
{
	struct fx f;

	fx_init(&f);
	f.in.last_trained_before[GROUP_CALVES] = at(-3, 10, 0);
	f.in.last_trained_before[GROUP_ABS] = at(-8, 10, 0);
	fx_board(&f, at(0, 12, 0), GROUP_CALVES);
	cr_expect_eq(f.b[GROUP_CALVES].state, STATE_READY);
	cr_expect_eq(f.b[GROUP_CALVES].last_trained, at(-3, 10, 0));
	cr_expect_eq(f.b[GROUP_ABS].state, STATE_DUE);
}

/* Two weeks replay any default window (168 h at 0.80 closes in 8.75
 * days); parameters that allow longer windows replay longer. */
Test(recovery, replay_days_cover_the_longest_window)
{
	struct recovery_params p;

	recovery_params_default(&p);
	cr_expect_eq(recovery_replay_days(&p), 14);
	p.max_need_hours = 500; /* 500 / 0.80 = 625 h: 26.04 days, and a day */
	cr_expect_eq(recovery_replay_days(&p), 28);
	p.sleep_floor = 0.1;
	p.max_need_hours = 1000; /* the extremes herstelrc allows */
	cr_expect_eq(recovery_replay_days(&p), 418);
}

/* Sets before replay_from are the signals' look-back: they open no window
 * and are not the last session, which then comes from last_trained_before. */
Test(recovery, sets_before_the_replay_are_not_replayed)
{
	struct fx f;

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_squat(&f, at(1, 9, 0), 3, 8);
	f.in.replay_from = at(1, 0, 0);
	f.in.last_trained_before[GROUP_QUADS] = at(0, 18, 0);
	fx_board(&f, at(1, 12, 0), GROUP_QUADS);
	/* Only Tuesday's 3 sets: H = 72 x sqrt(3/6) = 50.9, nothing stacked. */
	cr_expect_float_eq(f.b[GROUP_QUADS].need, 72 * sqrt(0.5), 1e-6);
	cr_expect_eq(f.b[GROUP_QUADS].last_sets, 3);
	f.in.replay_from = at(2, 0, 0);
	fx_board(&f, at(2, 12, 0), GROUP_QUADS);
	cr_expect_eq(f.b[GROUP_QUADS].percent, 100, "no window opened before the replay");
	cr_expect_eq(f.b[GROUP_QUADS].state, STATE_READY);
	cr_expect_eq(f.b[GROUP_QUADS].last_trained, at(0, 18, 0));
}

Test(recovery, only_events_up_to_now)
{
	struct fx f;

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 3, 8, G(CHEST), 0);
	fx_sets(&f, at(0, 19, 0), 3, 8, G(CHEST), 0);
	fx_sore(&f, at(0, 20, 0), GROUP_CHEST, 3);
	/* At 12:00 only the morning's 3 sets count: H = 48 x 0.707 = 33.9. */
	fx_board(&f, at(0, 12, 0), GROUP_CHEST);
	cr_expect_float_eq(f.b[GROUP_CHEST].need, 48 * sqrt(0.5), 1e-6);
	cr_expect_eq(f.b[GROUP_CHEST].last_trained, at(0, 8, 0));
	cr_expect_eq(f.b[GROUP_CHEST].soreness, 0);
	cr_expect_eq(f.b[GROUP_CHEST].last_sets, 3);
}

Test(recovery, sort_least_recovered_first)
{
	struct fx f;
	struct group_status b[GROUP_COUNT];

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);             /* quads 27 %, others 38 % */
	fx_sets(&f, at(0, 20, 0), 1, 8, G(CHEST), 0); /* 24 h: 66 % */
	f.in.last_trained_before[GROUP_ABS] = at(-2, 8, 0);
	fx_board(&f, at(1, 12, 0), GROUP_QUADS);
	memcpy(b, f.b, sizeof b);
	recovery_sort(b, GROUP_COUNT);
	cr_expect_eq(b[0].group, GROUP_QUADS);
	cr_expect_eq(b[1].group, GROUP_LOWER_BACK); /* 38 %, by group order */
	cr_expect_eq(b[2].group, GROUP_GLUTES);
	cr_expect_eq(b[3].group, GROUP_HAMSTRINGS);
	cr_expect_eq(b[4].group, GROUP_CHEST);
	cr_expect_eq(b[4].state, STATE_ALMOST);
	cr_expect_eq(b[5].state, STATE_DUE);
	cr_expect_eq(b[GROUP_COUNT - 1].group, GROUP_ABS);
	cr_expect_eq(b[GROUP_COUNT - 1].state, STATE_READY);
}

/* ---- explanations ---------------------------------------------------- */

/* Collects explanation lines into one buffer. */
struct lines {
	char text[4096];
	int n;
};

/* emit callback for recovery_explain. */
static void
collect(void *arg, const char *line)
{
	struct lines *l = arg;
	size_t len = strlen(l->text);

	snprintf(l->text + len, sizeof l->text - len, "%s\n", line);
	l->n++;
}

Test(recovery, explain_worked_example)
{
	struct fx f;
	struct lines l = { "", 0 };

	fx_init(&f);
	fx_squat(&f, at(0, 18, 0), 5, 8);
	fx_sleep(&f, 1, 5);
	recovery_explain(&f.p, &f.in, at(1, 12, 0), GROUP_QUADS, collect, &l);
	cr_expect(strstr(l.text,
	              "Mon 16 Nov 18:00  squat 5 sets @8 (primary): "
	              "session need 65.7 h") != NULL,
	    "%s", l.text);
	cr_expect(strstr(l.text, "window 65.7 h") != NULL, "%s", l.text);
	cr_expect(strstr(l.text,
	              "Tue 17 Nov  slept 5.0 h: recovery runs at 86 % "
	              "that day") != NULL,
	    "%s", l.text);
	cr_expect(strstr(l.text,
	              "now: 24 % recovered, 49.4 h left, ready Thu 19 "
	              "Nov 15:06") != NULL,
	    "%s", l.text);
	cr_expect_eq(l.n, 4, "%s", l.text);
}

Test(recovery, explain_stacking_cap_and_soreness)
{
	struct fx f;
	struct lines l = { "", 0 };

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 20, 10, G(QUADS), 0);
	fx_sets(&f, at(1, 8, 0), 20, 10, G(QUADS), 0);
	fx_sore(&f, at(7, 8, 0), GROUP_QUADS, 3);
	recovery_explain(&f.p, &f.in, at(7, 9, 0), GROUP_QUADS, collect, &l);
	cr_expect(strstr(l.text,
	              "trained again before recovered: 120.0 h were "
	              "still open") != NULL,
	    "%s", l.text);
	cr_expect(strstr(l.text, "capped") != NULL, "%s", l.text);
	cr_expect(strstr(l.text, "168") != NULL, "%s", l.text);
	cr_expect(strstr(l.text,
	              "severe soreness: at least 48.0 h must be left, "
	              "raised from 24.0 h") != NULL,
	    "%s", l.text);
	cr_expect(strstr(l.text, "severe soreness lasts") != NULL, "%s", l.text);
}

Test(recovery, explain_recovered_and_untrained)
{
	struct fx f;
	struct lines l = { "", 0 };

	fx_init(&f);
	fx_sets(&f, at(0, 8, 0), 6, 8, G(CHEST), 0);
	recovery_explain(&f.p, &f.in, at(3, 8, 0), GROUP_CHEST, collect, &l);
	cr_expect(strstr(l.text, "Wed 18 Nov 08:00  recovered") != NULL, "%s", l.text);
	cr_expect(strstr(l.text, "now: recovered (ready)") != NULL, "%s", l.text);
	memset(&l, 0, sizeof l);
	recovery_explain(&f.p, &f.in, at(3, 8, 0), GROUP_CALVES, collect, &l);
	cr_expect(strstr(l.text, "no sessions or soreness") != NULL, "%s", l.text);
	cr_expect(strstr(l.text, "due") != NULL, "%s", l.text);
}

/* ---- scenarios --------------------------------------------------------- */

/*
 * Multi-day scenarios. The expected numbers were computed by hand from the
 * contract's formulas (docs/recovery-model.md), one python3 arithmetic
 * expression per row, never by running this C code. Day 0 is Monday
 * 16 Nov 2026; "d3 17:00" is Thursday 17:00. H = B x V x E, V =
 * sqrt(S / 6) clamped to [0.5, 1.6]; ready = now + left at the speeds of
 * the dates, rounded up to the minute.
 */
struct ev {
	char kind; /* 's' hard sets, 'w' warm-ups, 'o' soreness, 'z' sleep */
	int day, hh, mm;
	int n;    /* sets, or the soreness level */
	double x; /* RPE, or hours slept */
	unsigned prim, sec;
};

struct row {
	const char *name;
	struct ev ev[6];
	int day, hh, mm; /* now */
	enum group g;
	double left;
	int percent;
	int rday, rhh, rmm; /* ready_at; rday -1 for none */
	enum recovery_state state;
};

static const struct row rows[] = {
	/* H = 48 x sqrt(3/6) = 33.941; 24 h done: left 9.941, 70 %;
	 * ready d1 10:00 + 9 h 56.5 min = 19:57. */
	{ "R1 bench 3x9, a day later", { { 's', 0, 10, 0, 3, 9, G(CHEST), G(TRICEPS) } }, 1, 10, 0,
	    GROUP_CHEST, 9.941, 70, 1, 19, 57, STATE_ALMOST },
	/* triceps secondary: S 1.5, V 0.5, H 24; 23 h done: left 1, 95 %. */
	{ "R2 bench 3x9, triceps secondary", { { 's', 0, 10, 0, 3, 9, G(CHEST), G(TRICEPS) } }, 1,
	    9, 0, GROUP_TRICEPS, 1.0, 95, 1, 10, 0, STATE_ALMOST },
	/* abs S 10: 36 x sqrt(10/6) x 0.85 = 39.504; 36 h: left 3.504, 91 %;
	 * 3 h 30.3 min after 07:00 = 10:31. */
	{ "R3 abs 10x7", { { 's', 0, 19, 0, 10, 7, G(ABS), 0 } }, 2, 7, 0, GROUP_ABS, 3.504, 91, 2,
	    10, 31, STATE_ALMOST },
	/* calves 36 x sqrt(4/6) x 0.775 = 22.780; 8 h: left 14.780, 35 %;
	 * d0 20:00 + 14 h 46.8 min = d1 10:47. */
	{ "R4 calves 4x6.5", { { 's', 0, 12, 0, 4, 6.5, G(CALVES), 0 } }, 0, 20, 0, GROUP_CALVES,
	    14.780, 35, 1, 10, 47, STATE_RECOVERING },
	/* 72 x sqrt(8/6) x 1.125 = 93.531; 72 h: left 21.531, 76 %;
	 * d3 17:00 + 21 h 31.8 min = d4 14:32. */
	{ "R5 quads 8x9.5", { { 's', 0, 17, 0, 8, 9.5, G(QUADS), 0 } }, 3, 17, 0, GROUP_QUADS,
	    21.531, 76, 4, 14, 32, STATE_ALMOST },
	/* H 65.727; at d2 18:00 left 17.727, f 0.2697: need 17.727 +
	 * 65.727 x 1.2697 = 101.180; d3 18:00: left 77.180, 23 %;
	 * + 77 h 10.8 min = d6 23:11. */
	{ "R6 quads stacked",
	    { { 's', 0, 18, 0, 5, 8, G(QUADS), 0 }, { 's', 2, 18, 0, 5, 8, G(QUADS), 0 } }, 3, 18,
	    0, GROUP_QUADS, 77.180, 23, 6, 23, 11, STATE_RECOVERING },
	/* H 144 twice, a day apart: 120 + 144 x 1.833 = 384, capped 168;
	 * d2 08:00: left 144, 14 %; ready d8 08:00. */
	{ "R7 stack capped",
	    { { 's', 0, 8, 0, 20, 10, G(QUADS), 0 }, { 's', 1, 8, 0, 20, 10, G(QUADS), 0 } }, 2, 8,
	    0, GROUP_QUADS, 144.0, 14, 8, 8, 0, STATE_RECOVERING },
	/* done 4 + 24 x 0.86 + 12 x 0.86 = 34.96, left 13.04, 72 %; rest of
	 * d2 gives 10.32, 2.72 h on d3 = 02:43.2 -> 02:44. */
	{ "R8 two 5 h nights",
	    { { 's', 0, 20, 0, 6, 8, G(CHEST), 0 }, { 'z', 1, 0, 0, 0, 5, 0, 0 },
	        { 'z', 2, 0, 0, 0, 5, 0, 0 } },
	    2, 12, 0, GROUP_CHEST, 13.04, 72, 3, 2, 44, STATE_ALMOST },
	/* 4 h night floors at 0.80: 23 x 0.8 = 18.4, left 29.6, 38 %;
	 * 0.8 more by midnight, 28.8 h on d1-d2: d2 04:48. */
	{ "R9 4 h night floored",
	    { { 's', 0, 0, 0, 6, 8, G(CHEST), 0 }, { 'z', 0, 0, 0, 0, 4, 0, 0 } }, 0, 23, 0,
	    GROUP_CHEST, 29.6, 38, 2, 4, 48, STATE_RECOVERING },
	/* 48 h; at d1 20:00 12 h left -> need 36 + 24 = 60; d2 08:00:
	 * done 48, left 12, 80 %, ready 20:00. */
	{ "R10 sore 2 raises",
	    { { 's', 0, 8, 0, 6, 8, G(CHEST), 0 }, { 'o', 1, 20, 0, 2, 0, G(CHEST), 0 } }, 2, 8, 0,
	    GROUP_CHEST, 12.0, 80, 2, 20, 0, STATE_ALMOST },
	/* sore 2 with 36 h left: no change; d1 08:00 left 24, 50 %. */
	{ "R11 sore 2, enough left",
	    { { 's', 0, 8, 0, 6, 8, G(CHEST), 0 }, { 'o', 0, 20, 0, 2, 0, G(CHEST), 0 } }, 1, 8, 0,
	    GROUP_CHEST, 24.0, 50, 2, 8, 0, STATE_ALMOST },
	/* abs 36 x sqrt(0.5) = 25.46 h, recovered d1 09:28; sore 3 at d2
	 * 08:00 opens 48 h; d3 08:00: 50 % but severe: recovering. */
	{ "R12 sore 3 after recovery",
	    { { 's', 0, 8, 0, 3, 8, G(ABS), 0 }, { 'o', 2, 8, 0, 3, 0, G(ABS), 0 } }, 3, 8, 0,
	    GROUP_ABS, 24.0, 50, 4, 8, 0, STATE_RECOVERING },
	/* as R12, then a mild report at d3 07:00: the override ends. */
	{ "R13 sore 3 then 1",
	    { { 's', 0, 8, 0, 3, 8, G(ABS), 0 }, { 'o', 2, 8, 0, 3, 0, G(ABS), 0 },
	        { 'o', 3, 7, 0, 1, 0, G(ABS), 0 } },
	    3, 8, 0, GROUP_ABS, 24.0, 50, 4, 8, 0, STATE_ALMOST },
	/* untrained calves, sore 2 at d1 10:00: need 24; 12 h later 50 %. */
	{ "R14 sore 2 untrained", { { 'o', 1, 10, 0, 2, 0, G(CALVES), 0 } }, 1, 22, 0, GROUP_CALVES,
	    12.0, 50, 2, 10, 0, STATE_ALMOST },
	/* 3 warm-ups at 8 and 2 sets at 4 are left out: 6 x 8 = 48 h. */
	{ "R15 warm-ups ignored",
	    { { 'w', 0, 10, 0, 3, 8, G(CHEST), 0 }, { 's', 0, 10, 0, 2, 4, G(CHEST), 0 },
	        { 's', 0, 10, 0, 6, 8, G(CHEST), 0 } },
	    1, 10, 0, GROUP_CHEST, 24.0, 50, 2, 10, 0, STATE_ALMOST },
	/* 3 + 3 sets the same date: one session of 6 at 19:00, 48 h. */
	{ "R16 one date one session",
	    { { 's', 0, 9, 0, 3, 8, G(CHEST), 0 }, { 's', 0, 19, 0, 3, 8, G(CHEST), 0 } }, 1, 19, 0,
	    GROUP_CHEST, 24.0, 50, 2, 19, 0, STATE_ALMOST },
	/* 33.941 at d0 23:00; d1 00:30 is another date: left 32.441,
	 * need 32.441 + 33.941 x 1.9558 = 98.823; 12 h later left 86.823,
	 * 12 %; + 86 h 49.4 min = d5 03:20. */
	{ "R17 across midnight",
	    { { 's', 0, 23, 0, 3, 8, G(CHEST), 0 }, { 's', 1, 0, 30, 3, 8, G(CHEST), 0 } }, 1, 12,
	    30, GROUP_CHEST, 86.823, 12, 5, 3, 20, STATE_RECOVERING },
	/* E = (2 x 0.7 + 2 x 1 + 2 x 1.25) / 6 = 0.98333, H 47.2; 24 h:
	 * left 23.2, 50 % (50.8); ready d2 09:12. */
	{ "R18 mixed RPE",
	    { { 's', 0, 10, 0, 2, 6, G(CHEST), 0 }, { 's', 0, 10, 0, 2, 8, G(CHEST), 0 },
	        { 's', 0, 10, 0, 2, 10, G(CHEST), 0 } },
	    1, 10, 0, GROUP_CHEST, 23.2, 50, 2, 9, 12, STATE_ALMOST },
	/* triceps S = 4 x 0.5 + 3 = 5: 48 x sqrt(5/6) = 43.818; 24 h: left
	 * 19.818, 54 %; + 19 h 49.1 min = d2 13:50. */
	{ "R19 primary and secondary",
	    { { 's', 0, 18, 0, 4, 8, G(CHEST), G(TRICEPS) },
	        { 's', 0, 18, 0, 3, 9, G(TRICEPS), 0 } },
	    1, 18, 0, GROUP_TRICEPS, 19.818, 54, 2, 13, 50, STATE_ALMOST },
	/* 48 h done long ago; 7 days and a minute: due. */
	{ "R20 due after a week", { { 's', 0, 8, 0, 6, 8, G(BICEPS), 0 } }, 7, 8, 1, GROUP_BICEPS,
	    0, 100, -1, 0, 0, STATE_DUE },
	/* 6 days later: ready. */
	{ "R21 ready within the week", { { 's', 0, 8, 0, 6, 8, G(BICEPS), 0 } }, 6, 8, 0,
	    GROUP_BICEPS, 0, 100, -1, 0, 0, STATE_READY },
	/* 1 set: V clamps at 0.5, H 24; 12 h: left 12, 50 %. */
	{ "R22 one set clamps", { { 's', 0, 8, 0, 1, 8, G(SHOULDERS), 0 } }, 0, 20, 0,
	    GROUP_SHOULDERS, 12.0, 50, 1, 8, 0, STATE_ALMOST },
	/* the sets are after now: nothing happened yet, never trained. */
	{ "R23 future sets ignored", { { 's', 1, 10, 0, 6, 8, G(CHEST), 0 } }, 0, 12, 0,
	    GROUP_CHEST, 0, 100, -1, 0, 0, STATE_DUE },
	/* 65.727 at d0 18:00; d1 6 h night (0.93): by d2 12:00 done 6 +
	 * 22.32 + 12 = 40.32, left 25.407, f 0.38655; H2 = 72 x sqrt(0.5) =
	 * 50.912: need 25.407 + 50.912 x 1.38655 = 95.998; sore 2 at d3
	 * 12:00 with 72 h left: no change; d3 20:00: left 63.998, 33 %;
	 * + 63 h 59.9 min = d6 12:00. */
	{ "R24 stack, short night, sore",
	    { { 's', 0, 18, 0, 5, 8, G(QUADS), 0 }, { 'z', 1, 0, 0, 0, 6, 0, 0 },
	        { 's', 2, 12, 0, 3, 9, G(QUADS), 0 }, { 'o', 3, 12, 0, 2, 0, G(QUADS), 0 } },
	    3, 20, 0, GROUP_QUADS, 63.998, 33, 6, 12, 0, STATE_RECOVERING },
	/* d0 5 h night slows the rest of d0: 12 x 0.86 + 12 = 22.32, left
	 * 25.68, 46 %; + 25 h 40.8 min = d2 13:41. */
	{ "R25 short night on the session date",
	    { { 's', 0, 12, 0, 6, 8, G(CHEST), 0 }, { 'z', 0, 0, 0, 0, 5, 0, 0 } }, 1, 12, 0,
	    GROUP_CHEST, 25.68, 46, 2, 13, 41, STATE_RECOVERING },
};

/* The group of a one-bit mask. */
static enum group
mask_group(unsigned m)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if (m & (1u << g))
			return (enum group)g;
	return GROUP_CHEST;
}

/* Load one row's events into a fixture. */
static void
row_load(struct fx *f, const struct row *r)
{
	struct recovery_set *s;

	fx_init(f);
	for (size_t i = 0; i < HS_ARRAY_LEN(r->ev) && r->ev[i].kind; i++) {
		const struct ev *e = &r->ev[i];

		switch (e->kind) {
		case 's':
		case 'w':
			s = fx_sets(f, at(e->day, e->hh, e->mm), e->n, e->x, e->prim, e->sec);
			for (int k = 0; k < e->n; k++)
				s[k].warmup = e->kind == 'w';
			break;
		case 'o':
			fx_sore(f, at(e->day, e->hh, e->mm), mask_group(e->prim), e->n);
			break;
		case 'z':
			fx_sleep(f, e->day, e->x);
			break;
		}
	}
}

Test(recovery, scenario_table)
{
	struct fx f;

	cr_assert_geq(HS_ARRAY_LEN(rows), 20);
	for (size_t i = 0; i < HS_ARRAY_LEN(rows); i++) {
		const struct row *r = &rows[i];
		const struct group_status *st;
		hs_minute ready = r->rday < 0 ? HS_NO_TIME : at(r->rday, r->rhh, r->rmm);

		row_load(&f, r);
		st = fx_board(&f, at(r->day, r->hh, r->mm), r->g);
		cr_expect_float_eq(
		    st->left, r->left, TOL, "%s: left %.3f, want %.3f", r->name, st->left, r->left);
		cr_expect_eq(st->percent, r->percent, "%s: percent %d, want %d", r->name,
		    st->percent, r->percent);
		cr_expect_eq(st->ready_at, ready, "%s: ready_at off by %lld min", r->name,
		    (long long)(st->ready_at - ready));
		cr_expect_eq(st->state, r->state, "%s: state %s, want %s", r->name,
		    recovery_state_word(st->state), recovery_state_word(r->state));
	}
}
