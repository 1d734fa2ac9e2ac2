/* signals.c: warnings of too little recovery, each with its evidence.
 *
 * Six rules from the model's "Signals" section; a rule that holds adds one
 * line naming what it saw, and sleep gets one line at most. They warn, they
 * never diagnose. Which sets count is recovery.c's rule, asked here. */
#include "config.h"

#include "signals.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "progress.h"
#include "util.h"

/* Nights averaged by the sleep rule, and the fewest that make an average. */
#define SIGNALS_NIGHTS 7
#define SIGNALS_MIN_NIGHTS 3
/* A strong sleep warning this far under the target (7.0 gives 6.0). */
#define SIGNALS_STRONG_SHORT 1.0
/* Soreness evidence older than this many days no longer warns. */
#define SIGNALS_RECENT_DAYS 7
/* Soreness this long after the last session lingers. */
#define SIGNALS_LINGER_MINUTES (72 * 60)
/* Strength: drop of the estimated 1RM (its look-back is in signals.h). */
#define SIGNALS_DROP 0.05
/* A night rated this (of 5) is poor whatever its hours. */
#define SIGNALS_POOR_QUALITY 1

/* The best estimated 1RM of one exercise on one date. */
struct signals_e1rm {
	const char *exercise;
	hs_date date;
	double e1rm;
};

/* The output being filled. */
struct signals_out {
	struct signal *out;
	size_t max, n;
};

/* Add a signal with formatted text, if there is room. */
static void HS_PRINTF(4, 5)
    signals_add(struct signals_out *o, enum signal_rule rule, bool strong, const char *fmt, ...)
{
	va_list ap;
	struct signal *s;

	if (o->n >= o->max)
		return;
	s = &o->out[o->n++];
	s->rule = rule;
	s->strong = strong;
	va_start(ap, fmt);
	vsnprintf(s->text, sizeof s->text, fmt, ap);
	va_end(ap);
}

/* A set the recovery model counts, logged by now. */
static bool
signals_hard(const struct recovery_params *p, const struct recovery_set *s, hs_minute now)
{
	return s->at <= now && recovery_set_hard(p, s);
}

/* Order of sleep entries: newest date first. */
static int
signals_cmp_sleep(const void *a, const void *b)
{
	const struct recovery_sleep *x = a, *y = b;

	return x->date > y->date ? -1 : x->date < y->date;
}

/* Rule 1's figures: the average of the last logged nights up to now, over
 * *used of them; false when there are too few to make one. */
static bool
signals_sleep_average(const struct recovery_input *ev, hs_minute now, double *avg, size_t *used)
{
	struct recovery_sleep *nights;
	size_t n = 0;
	double sum = 0;

	nights = xreallocarray(NULL, ev->nsleep + 1, sizeof *nights);
	for (size_t i = 0; i < ev->nsleep; i++)
		if (ev->sleep[i].date <= stamp_date(now))
			nights[n++] = ev->sleep[i];
	qsort(nights, n, sizeof *nights, signals_cmp_sleep);
	*used = n < SIGNALS_NIGHTS ? n : SIGNALS_NIGHTS;
	for (size_t i = 0; i < *used; i++)
		sum += nights[i].hours;
	free(nights);
	*avg = *used > 0 ? sum / (double)*used : 0;
	return *used >= SIGNALS_MIN_NIGHTS;
}

/* The night logged for `day` (the last entry wins), NULL when none. */
static const struct recovery_sleep *
signals_night(const struct recovery_input *ev, hs_date day)
{
	const struct recovery_sleep *n = NULL;

	for (size_t i = 0; i < ev->nsleep; i++)
		if (ev->sleep[i].date == day)
			n = &ev->sleep[i];
	return n;
}

void
signals_average_text(double avg, double target, char *buf, size_t len)
{
	snprintf(buf, len, "%.1f", avg);
	if (avg < target && strtod(buf, NULL) >= target)
		snprintf(buf, len, "%.2f", avg);
}

/* Rules 1 and 6 in one line: today's night was short or poor (6), and the
 * last nights average under the target (1, unless the view has its own). */
static void
signals_sleep(const struct recovery_params *p, const struct signals_input *in, hs_minute now,
    struct signals_out *o)
{
	const struct recovery_sleep *n = signals_night(in->events, stamp_date(now));
	double avg = 0, t = in->sleep_target;
	size_t used = 0;
	char a[16];
	bool low = !in->own_sleep_average && signals_sleep_average(in->events, now, &avg, &used) &&
	    avg < t;
	bool strong = low && avg < t - SIGNALS_STRONG_SHORT;
	bool short_night = n != NULL && n->hours < p->short_night_hours;
	bool poor = n != NULL && !short_night && n->quality == SIGNALS_POOR_QUALITY;

	signals_average_text(avg, t, a, sizeof a);
	if (short_night && low)
		signals_add(o, SIGNAL_SHORT_NIGHT, strong,
		    ngettext("short night: %.1f h, train lighter today (%zu-night average %s h,"
		             " target %.1f h)",
		        "short night: %.1f h, train lighter today (%zu-night average %s h,"
		        " target %.1f h)",
		        used),
		    n->hours, used, a, t);
	else if (poor && low)
		signals_add(o, SIGNAL_SHORT_NIGHT, strong,
		    ngettext("poor night: quality 1 of 5, train lighter today (%zu-night average"
		             " %s h, target %.1f h)",
		        "poor night: quality 1 of 5, train lighter today (%zu-night average"
		        " %s h, target %.1f h)",
		        used),
		    used, a, t);
	else if (short_night)
		signals_add(o, SIGNAL_SHORT_NIGHT, false,
		    _("short night: %.1f h, train lighter today"), n->hours);
	else if (poor)
		signals_add(o, SIGNAL_SHORT_NIGHT, false, "%s",
		    _("poor night: quality 1 of 5, train lighter today"));
	else if (low)
		signals_add(o, SIGNAL_SHORT_SLEEP, strong,
		    ngettext("short sleep: %zu-night average %s h (target %.1f h)",
		        "short sleep: %zu-night average %s h (target %.1f h)", used),
		    used, a, t);
}

/* Whether group g was sore (2+) on `day` by now. */
static bool
signals_sore_on(const struct recovery_input *ev, enum group g, hs_date day, hs_minute now)
{
	for (size_t i = 0; i < ev->nsoreness; i++)
		if (ev->soreness[i].group == g && ev->soreness[i].level >= 2 &&
		    ev->soreness[i].at <= now && stamp_date(ev->soreness[i].at) == day)
			return true;
	return false;
}

/* The latest hard set hitting group g at or before t, or the last session
 * before the events; HS_NO_TIME when none. */
static hs_minute
signals_trained_before(
    const struct recovery_params *p, const struct recovery_input *ev, enum group g, hs_minute t)
{
	hs_minute last = ev->last_trained_before[g];

	for (size_t i = 0; i < ev->nsets; i++) {
		const struct recovery_set *s = &ev->sets[i];

		if (s->role[g] != ROLE_NONE && signals_hard(p, s, t) &&
		    (last == HS_NO_TIME || s->at > last))
			last = s->at;
	}
	return last;
}

/* Rule 2, first half: three dates in a row sore 2+, the last one recent. */
static bool
signals_sore_run(
    const struct recovery_input *ev, enum group g, hs_minute now, struct signals_out *o)
{
	hs_date today = stamp_date(now);

	for (hs_date end = today; end > today - SIGNALS_RECENT_DAYS; end--) {
		if (!signals_sore_on(ev, g, end, now) || !signals_sore_on(ev, g, end - 1, now) ||
		    !signals_sore_on(ev, g, end - 2, now))
			continue;
		signals_add(o, SIGNAL_LINGERING_SORENESS, false,
		    _("%s sore 2+ three days in a row (%s-%s)"), group_name(g),
		    date_weekday_name(date_weekday(end - 2)), date_weekday_name(date_weekday(end)));
		return true;
	}
	return false;
}

/* Rule 2, second half: a recent report of 2+ long after the last session. */
static void
signals_sore_late(const struct recovery_params *p, const struct recovery_input *ev, enum group g,
    hs_minute now, struct signals_out *o)
{
	const struct recovery_soreness *late = NULL;
	hs_minute trained, late_trained = HS_NO_TIME;
	hs_date from = stamp_date(now) - SIGNALS_RECENT_DAYS + 1;

	for (size_t i = 0; i < ev->nsoreness; i++) {
		const struct recovery_soreness *s = &ev->soreness[i];

		if (s->group != g || s->level < 2 || s->at > now || stamp_date(s->at) < from ||
		    (late != NULL && s->at <= late->at))
			continue;
		trained = signals_trained_before(p, ev, g, s->at);
		if (trained == HS_NO_TIME || s->at - trained < SIGNALS_LINGER_MINUTES)
			continue;
		late = s;
		late_trained = trained;
	}
	if (late != NULL)
		signals_add(o, SIGNAL_LINGERING_SORENESS, false,
		    _("%s still sore (%d) %.0f h after its last session"), group_name(g),
		    late->level, (double)(late->at - late_trained) / 60.0);
}

/* Rule 2: soreness that lingers, one warning per group at most. */
static void
signals_soreness(const struct recovery_params *p, const struct signals_input *in, hs_minute now,
    struct signals_out *o)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if (!signals_sore_run(in->events, (enum group)g, now, o))
			signals_sore_late(p, in->events, (enum group)g, now, o);
}

/* Order of estimates: by exercise, then by date. */
static int
signals_cmp_e1rm(const void *a, const void *b)
{
	const struct signals_e1rm *x = a, *y = b;
	int c = strcmp(x->exercise, y->exercise);

	if (c != 0)
		return c;
	return x->date < y->date ? -1 : x->date > y->date;
}

/* The best estimated 1RM per exercise and date, sorted; returns the count. */
static size_t
signals_collect_e1rm(const struct recovery_params *p, const struct recovery_input *ev,
    hs_minute now, struct signals_e1rm **out)
{
	struct signals_e1rm *e = xreallocarray(NULL, ev->nsets + 1, sizeof *e);
	size_t n = 0, k = 0;
	double v;

	for (size_t i = 0; i < ev->nsets; i++) {
		const struct recovery_set *s = &ev->sets[i];

		if (s->exercise == NULL || s->weight_kg <= 0 || s->reps <= 0 ||
		    !signals_hard(p, s, now))
			continue;
		v = progress_e1rm(s->weight_kg, s->reps, recovery_set_rpe(p, s));
		/* Sets of an exercise come in a row: keep the day's best at once,
		 * so there is less to sort (the sort still merges any others). */
		if (n > 0 && e[n - 1].date == stamp_date(s->at) &&
		    (e[n - 1].exercise == s->exercise ||
		        strcmp(e[n - 1].exercise, s->exercise) == 0)) {
			if (v > e[n - 1].e1rm)
				e[n - 1].e1rm = v;
			continue;
		}
		e[n].exercise = s->exercise;
		e[n].date = stamp_date(s->at);
		e[n++].e1rm = v;
	}
	qsort(e, n, sizeof *e, signals_cmp_e1rm);
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && e[k - 1].date == e[i].date &&
		    strcmp(e[k - 1].exercise, e[i].exercise) == 0) {
			if (e[i].e1rm > e[k - 1].e1rm)
				e[k - 1].e1rm = e[i].e1rm;
		} else
			e[k++] = e[i];
	}
	*out = e;
	return k;
}

/* The best estimate of e[lo..i) in the days before e[i], 0 when none. */
static double
signals_best_before(const struct signals_e1rm *e, size_t lo, size_t i)
{
	double best = 0;

	for (size_t j = lo; j < i; j++)
		if (e[j].date >= e[i].date - SIGNALS_BEST_DAYS && e[j].e1rm > best)
			best = e[j].e1rm;
	return best;
}

/* Rule 3: the last two sessions of an exercise 5 % under their best. */
static void
signals_strength(const struct recovery_params *p, const struct signals_input *in, hs_minute now,
    struct signals_out *o)
{
	struct signals_e1rm *e;
	size_t n = signals_collect_e1rm(p, in->events, now, &e), lo, hi;
	double b1, b2;

	for (lo = 0; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && strcmp(e[hi].exercise, e[lo].exercise) == 0; hi++)
			;
		if (hi - lo < 3)
			continue;
		b1 = signals_best_before(e, lo, hi - 2);
		b2 = signals_best_before(e, lo, hi - 1);
		if (b1 <= 0 || b2 <= 0 || e[hi - 2].e1rm > b1 * (1 - SIGNALS_DROP) + 1e-9 ||
		    e[hi - 1].e1rm > b2 * (1 - SIGNALS_DROP) + 1e-9)
			continue;
		signals_add(o, SIGNAL_STRENGTH_DROP, false,
		    _("%s: estimated 1RM %.0f kg, %.0f %% below the 28-day best %.0f kg,"
		      " two sessions in a row"),
		    e[lo].exercise, e[hi - 1].e1rm, floor(100 * (1 - e[hi - 1].e1rm / b2) + 0.5),
		    b2);
	}
	free(e);
}

/* Whether a date is a training day: hard sets by now, or logged as one. */
static bool
signals_training_day(
    const struct recovery_params *p, const struct signals_input *in, hs_date day, hs_minute now)
{
	const struct recovery_input *ev = in->events;

	for (size_t i = 0; i < in->ndays; i++)
		if (in->days[i].date == day && in->days[i].kind == DAY_TRAINING)
			return true;
	for (size_t i = 0; i < ev->nsets; i++)
		if (stamp_date(ev->sets[i].at) == day && signals_hard(p, &ev->sets[i], now))
			return true;
	return false;
}

/* Rule 4: no rest day in the last 7, or more days this week than allowed. */
static void
signals_rest(const struct recovery_params *p, const struct signals_input *in, hs_minute now,
    struct signals_out *o)
{
	hs_date today = stamp_date(now), start;
	int run = 0, week = 0, min, max;

	for (hs_date d = today - 6; d <= today; d++)
		run += signals_training_day(p, in, d, now);
	if (run == 7)
		signals_add(o, SIGNAL_NO_REST, false, "%s", _("no rest day in the last 7 days"));
	start = today - ((date_weekday(today) - in->week_start + 7) % 7);
	for (hs_date d = start; d <= today; d++)
		week += signals_training_day(p, in, d, now);
	level_days(in->level, &min, &max);
	if (week > max)
		signals_add(o, SIGNAL_NO_REST, false,
		    ngettext("%d training day this week, more than the %d advised for the %s level",
		        "%d training days this week, more than the %d advised for the %s level",
		        week),
		    week, max, level_word(in->level));
}

/* Rule 5: today's sessions hit groups whose timers stood below 50 % just
 * before them, least recovered first. Groups the day did not train never
 * count: resting one half of the body while training the other is how a
 * split works. */
static void
signals_trained_recovering(const struct recovery_params *p, const struct signals_input *in,
    hs_minute now, struct signals_out *o)
{
	struct group_status before[GROUP_COUNT], low[GROUP_COUNT];
	bool hit[GROUP_COUNT];
	struct strbuf sb;
	size_t n = 0;

	recovery_board_before(p, in->events, stamp_date(now), now, before, hit);
	for (int g = 0; g < GROUP_COUNT; g++)
		if (hit[g] && before[g].percent < p->almost_percent)
			low[n++] = before[g];
	if (n == 0)
		return;
	recovery_sort(low, n);
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++)
		strbuf_printf(&sb, _("%s%s trained at %d %%"), i > 0 ? ", " : "",
		    group_name(low[i].group), low[i].percent);
	signals_add(o, SIGNAL_TRAINED_RECOVERING, false, "%s", sb.buf);
	strbuf_free(&sb);
}

size_t
signals_compute(const struct recovery_params *p, const struct signals_input *in, hs_minute now,
    struct signal *out, size_t max)
{
	struct signals_out o = { out, max, 0 };

	signals_sleep(p, in, now, &o);
	signals_soreness(p, in, now, &o);
	signals_strength(p, in, now, &o);
	signals_rest(p, in, now, &o);
	signals_trained_recovering(p, in, now, &o);
	return o.n;
}
