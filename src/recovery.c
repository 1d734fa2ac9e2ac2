/* recovery.c: the per-muscle-group recovery timer (model v2).
 *
 * Each group is replayed on its own: its sessions (hard sets per calendar
 * date) and its soreness reports, in time order, with time passing between
 * them at the speed the logged sleep gives each date. The same replay fills
 * the board and, with an emit callback, tells the story of one group. */
#include "config.h"

#include "recovery.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* Below this many hours left a window counts as closed. */
#define RECOVERY_EPS 1e-9
/* How far ahead a ready time is searched (a guard against a zero speed). */
#define RECOVERY_HORIZON_DAYS 3660

/* A session: the hard sets of one group on one date. */
struct recovery_session {
	hs_minute at;   /* the last of its sets */
	double weight;  /* S: sum of role weights */
	double weffort; /* sum of weight x effort */
	double wrpe;    /* sum of weight x effective RPE */
	int nsets;
	size_t first;     /* its sets in the group's sorted set list */
	int gap_days;     /* dates since the group's session before, -1 when none */
	double novelty;   /* N: novelty_factor after a lay-off, else 1 */
	double base_need; /* B x V x E */
	double need;      /* H = B x V x E x N */
};

/* A set that hits the group, for sorting by time. */
struct recovery_hit {
	hs_minute at;
	size_t i;
};

/* The replay of one group. */
struct recovery_replay {
	const struct recovery_params *p;
	const struct recovery_input *in;
	enum group g;
	hs_minute now;
	/* The sets that count at all (replayed, hard, by now): the same for
	 * every group, so a board finds them once (recovery_counted). */
	const size_t *counted;
	size_t ncounted;
	struct recovery_hit *hits;
	size_t nhits;
	struct recovery_session *sessions;
	size_t nsessions;
	struct recovery_soreness *sores;
	size_t nsores;
	double need, done;
	hs_minute t;      /* the time the timer stands at */
	hs_minute opened; /* when the current window last restarted (done = 0) */
	hs_minute last_session;
	const struct recovery_session *last;
	int latest_sore;   /* latest report at all, -1 when none */
	int sore_since;    /* latest report since the last session */
	hs_date announced; /* last slow night told to emit */
	void (*emit)(void *, const char *);
	void *arg;
};

void
recovery_params_default(struct recovery_params *p)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		p->base_hours[g] = group_default_base_hours((enum group)g);
	p->effort_6 = 0.40;
	p->effort_7 = 0.70;
	p->effort_8 = 0.90;
	p->effort_9 = 1.00;
	p->effort_10 = 1.25;
	p->volume_sets = 10;
	p->volume_min = 0.5;
	p->volume_max = 1.6;
	p->secondary_weight = 0.5;
	p->novelty_factor = 1.25;
	p->novelty_days = 21;
	p->stack_weight = 0.5;
	p->min_rpe = 5;
	p->default_rpe = 8;
	p->default_rpe_bodyweight = 7;
	p->sleep_full_hours = 7;
	p->sleep_penalty = 0.07;
	p->sleep_floor = 0.80;
	p->short_night_hours = 6;
	p->max_need_hours = 168;
	p->sore_moderate_hours = 24;
	p->sore_severe_hours = 48;
	p->due_days = 7;
	p->almost_percent = 50;
}

int
recovery_replay_days(const struct recovery_params *p)
{
	double floor_speed = p->sleep_floor > 0.01 ? p->sleep_floor : 0.01;
	int days = (int)ceil(p->max_need_hours / floor_speed / 24.0) + 1;

	return days > RECOVERY_REPLAY_MIN_DAYS ? days : RECOVERY_REPLAY_MIN_DAYS;
}

/* Effort E(rpe): piecewise linear through the points at RPE 6 to 10. */
double
recovery_effort(const struct recovery_params *p, double rpe)
{
	const double e[5] = { p->effort_6, p->effort_7, p->effort_8, p->effort_9, p->effort_10 };
	int i;

	if (rpe <= 6)
		return e[0];
	if (rpe >= 10)
		return e[4];
	i = (int)floor(rpe) - 6;
	return e[i] + (e[i + 1] - e[i]) * (rpe - (6 + i));
}

/* Volume factor V = clamp(sqrt(S / volume_sets), volume_min, volume_max). */
double
recovery_volume(const struct recovery_params *p, double weighted_sets)
{
	double v;

	if (p->volume_sets <= 0 || weighted_sets <= 0)
		return p->volume_min;
	v = sqrt(weighted_sets / p->volume_sets);
	if (v < p->volume_min)
		v = p->volume_min;
	if (v > p->volume_max)
		v = p->volume_max;
	return v;
}

/* The speed of a date whose night lasted `hours`. */
double
recovery_sleep_speed(const struct recovery_params *p, double hours)
{
	double q;

	if (hours >= p->sleep_full_hours)
		return 1.0;
	q = 1.0 - p->sleep_penalty * (p->sleep_full_hours - hours);
	return q > p->sleep_floor ? q : p->sleep_floor;
}

/* Stacking: the larger of what was left and what the session asks, plus a
 * share of the smaller, so a light session on a tired group costs little
 * more than what was left; never beyond the cap. */
static double
recovery_stack_uncapped(const struct recovery_params *p, double left, double h)
{
	double big = left > h ? left : h, small = left > h ? h : left;

	return big + p->stack_weight * small;
}

double
recovery_stack(const struct recovery_params *p, double left, double h)
{
	double want = recovery_stack_uncapped(p, left, h);

	return want < p->max_need_hours ? want : p->max_need_hours;
}

/* The speed of a date, from its logged sleep (the last entry wins); *hours
 * gets the night's hours, or -1 when none is logged. */
static double
recovery_day_speed(
    const struct recovery_params *p, const struct recovery_input *in, hs_date day, double *hours)
{
	double h = -1;

	for (size_t i = 0; i < in->nsleep; i++)
		if (in->sleep[i].date == day)
			h = in->sleep[i].hours;
	if (hours != NULL)
		*hours = h;
	return h < 0 ? 1.0 : recovery_sleep_speed(p, h);
}

/* Run time from `from` to `to` on a window with `left` hours left; returns
 * the hours done meanwhile, and sets *reached to the minute (rounded up)
 * when left reaches 0, HS_NO_TIME when it does not. */
static double
recovery_run(const struct recovery_params *p, const struct recovery_input *in, double left,
    hs_minute from, hs_minute to, hs_minute *reached)
{
	double ran = 0, sp, cap, m;
	hs_minute a, b;

	*reached = HS_NO_TIME;
	for (a = from; a < to; a = b) {
		b = stamp_make(stamp_date(a) + 1, 0);
		if (b > to)
			b = to;
		sp = recovery_day_speed(p, in, stamp_date(a), NULL);
		cap = (double)(b - a) / 60.0 * sp;
		if (sp > 0 && left - ran <= cap + RECOVERY_EPS) {
			m = ceil((left - ran) * 60.0 / sp - 1e-6);
			*reached = a + (hs_minute)(m > 0 ? m : 0);
			if (*reached > b)
				*reached = b;
			return left;
		}
		ran += cap;
	}
	return ran;
}

/* The effective RPE of a set: the logged one, or the default for its kind. */
double
recovery_set_rpe(const struct recovery_params *p, const struct recovery_set *s)
{
	if (s->rpe > 0)
		return s->rpe;
	return s->bodyweight ? p->default_rpe_bodyweight : p->default_rpe;
}

/* Whether a set counts for the model: not a warm-up, hard enough. */
bool
recovery_set_hard(const struct recovery_params *p, const struct recovery_set *s)
{
	return !s->warmup && recovery_set_rpe(p, s) >= p->min_rpe;
}

/* The same test asked of the three kinds of set a query can tell apart. */
void
recovery_hard_terms(
    const struct recovery_params *p, double *min_logged, bool *loaded, bool *bodyweight)
{
	struct recovery_set s = { 0 };

	*min_logged = p->min_rpe;
	*loaded = recovery_set_hard(p, &s);
	s.bodyweight = true;
	*bodyweight = recovery_set_hard(p, &s);
}

/* The role weight of a set for group g (0 when it does not hit it). */
double
recovery_role_weight(const struct recovery_params *p, const struct recovery_set *s, enum group g)
{
	switch (s->role[g]) {
	case ROLE_PRIMARY:
		return 1.0;
	case ROLE_SECONDARY:
		return p->secondary_weight;
	default:
		return 0;
	}
}

/* Whether a set counts for the timers at `now`: replayed, hard, not later. */
static bool
recovery_set_counts(const struct recovery_params *p, const struct recovery_input *in,
    const struct recovery_set *s, hs_minute now)
{
	return s->at <= now && s->at >= in->replay_from && recovery_set_hard(p, s);
}

/* The indexes of the sets that count at `now`, in a new array; *n of them. */
static size_t *
recovery_counted(
    const struct recovery_params *p, const struct recovery_input *in, hs_minute now, size_t *n)
{
	size_t *counted = xreallocarray(NULL, in->nsets + 1, sizeof *counted);

	*n = 0;
	for (size_t i = 0; i < in->nsets; i++)
		if (recovery_set_counts(p, in, &in->sets[i], now))
			counted[(*n)++] = i;
	return counted;
}

/* Order of hits and soreness reports: by time. */
static int
recovery_cmp_hit(const void *a, const void *b)
{
	const struct recovery_hit *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Order of soreness reports: by time, keeping input order on ties. */
static int
recovery_cmp_sore(const void *a, const void *b)
{
	const struct recovery_soreness *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Collect the replayed hard sets hitting the group up to now, by time. */
static void
recovery_collect_hits(struct recovery_replay *r)
{
	const struct recovery_input *in = r->in;

	r->hits = xreallocarray(NULL, in->nsets + 1, sizeof *r->hits);
	r->nhits = 0;
	for (size_t k = 0; k < r->ncounted; k++) {
		size_t i = r->counted[k];
		const struct recovery_set *s = &in->sets[i];

		if (s->role[r->g] == ROLE_NONE || s->at > r->now)
			continue;
		r->hits[r->nhits].at = s->at;
		r->hits[r->nhits++].i = i;
	}
	/* The store hands sets over in time order; sort only when they are not. */
	for (size_t i = 1; i < r->nhits; i++)
		if (recovery_cmp_hit(&r->hits[i - 1], &r->hits[i]) > 0) {
			qsort(r->hits, r->nhits, sizeof *r->hits, recovery_cmp_hit);
			break;
		}
}

/* What a session asks: B x V x E, and novelty N when the group had no
 * session on any of the novelty_days dates before its date. */
static void
recovery_session_need(const struct recovery_replay *r, struct recovery_session *ss, hs_date prev)
{
	const struct recovery_params *p = r->p;
	double eff = ss->weight > 0 ? ss->weffort / ss->weight : 0;

	ss->gap_days = prev == INT32_MIN ? -1 : (int)(stamp_date(ss->at) - prev);
	ss->novelty = ss->gap_days < 0 || ss->gap_days > p->novelty_days ? p->novelty_factor : 1.0;
	ss->base_need = p->base_hours[r->g] * recovery_volume(p, ss->weight) * eff;
	ss->need = ss->base_need * ss->novelty;
}

/* Group the hits into sessions, one per calendar date, and work out what
 * each asks; the session before the first is the last one before the
 * replayed window. */
static void
recovery_collect_sessions(struct recovery_replay *r)
{
	struct recovery_session *ss = NULL;
	const struct recovery_set *s;
	hs_minute before = r->in->last_trained_before[r->g];
	double w, rpe;

	recovery_collect_hits(r);
	r->sessions = xreallocarray(NULL, r->nhits + 1, sizeof *r->sessions);
	r->nsessions = 0;
	for (size_t k = 0; k < r->nhits; k++) {
		s = &r->in->sets[r->hits[k].i];
		if (ss == NULL || stamp_date(ss->at) != stamp_date(s->at)) {
			ss = &r->sessions[r->nsessions++];
			memset(ss, 0, sizeof *ss);
			ss->first = k;
		}
		w = recovery_role_weight(r->p, s, r->g);
		rpe = recovery_set_rpe(r->p, s);
		ss->at = s->at;
		ss->weight += w;
		ss->weffort += w * recovery_effort(r->p, rpe);
		ss->wrpe += w * rpe;
		ss->nsets++;
	}
	for (size_t k = 0; k < r->nsessions; k++)
		recovery_session_need(r, &r->sessions[k],
		    k > 0                      ? stamp_date(r->sessions[k - 1].at)
		        : before != HS_NO_TIME ? stamp_date(before)
		                               : INT32_MIN);
}

/* Collect the group's soreness reports up to now, sorted by time. */
static void
recovery_collect_sores(struct recovery_replay *r)
{
	const struct recovery_input *in = r->in;

	r->sores = xreallocarray(NULL, in->nsoreness + 1, sizeof *r->sores);
	r->nsores = 0;
	for (size_t i = 0; i < in->nsoreness; i++)
		if (in->soreness[i].group == r->g && in->soreness[i].at <= r->now)
			r->sores[r->nsores++] = in->soreness[i];
	qsort(r->sores, r->nsores, sizeof *r->sores, recovery_cmp_sore);
}

/* Send one formatted line to the replay's emit callback, if any. */
static void HS_PRINTF(2, 3) recovery_say(struct recovery_replay *r, const char *fmt, ...)
{
	va_list ap;
	char *line;

	if (r->emit == NULL)
		return;
	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	r->emit(r->arg, line);
	free(line);
}

/* "Mon 16 Nov" into buf. */
static void
recovery_fmt_date(hs_date day, char *buf, size_t len)
{
	int y, m, d;

	date_to_ymd(day, &y, &m, &d);
	snprintf(buf, len, "%s %d %s", date_weekday_name(date_weekday(day)), d, date_month_name(m));
}

/* "Mon 16 Nov 18:00" into buf. */
static void
recovery_fmt_stamp(hs_minute t, char *buf, size_t len)
{
	char d[32], h[TIME_BUF];

	recovery_fmt_date(stamp_date(t), d, sizeof d);
	time_format(stamp_minute_of_day(t), h);
	snprintf(buf, len, "%s %s", d, h);
}

/* "8" or "8.3": an RPE without needless decimals. */
void
recovery_rpe_text(double rpe, char *buf, size_t len)
{
	if (fabs(rpe - round(rpe)) < 0.05)
		snprintf(buf, len, "%d", (int)round(rpe));
	else
		snprintf(buf, len, "%.1f", rpe);
}

/* Tell the slow nights of the dates from `from` to `to` while open. */
static void
recovery_say_sleep(struct recovery_replay *r, hs_minute from, hs_minute to)
{
	char d[32];
	double hours, sp;

	if (r->emit == NULL || to <= from)
		return;
	for (hs_date day = stamp_date(from); day <= stamp_date(to - 1); day++) {
		sp = recovery_day_speed(r->p, r->in, day, &hours);
		if (day <= r->announced || hours < 0 || sp >= 1.0)
			continue;
		r->announced = day;
		recovery_fmt_date(day, d, sizeof d);
		recovery_say(r, _("%s  slept %.1f h: recovery runs at %.0f %% that day"), d, hours,
		    floor(sp * 100 + 0.5));
	}
}

/* Let time pass up to `to`, closing the window when it is done. */
static void
recovery_advance(struct recovery_replay *r, hs_minute to)
{
	hs_minute reached;
	char when[48];
	double left = r->need - r->done;

	if (to <= r->t)
		return;
	if (left > RECOVERY_EPS) {
		r->done += recovery_run(r->p, r->in, left, r->t, to, &reached);
		recovery_say_sleep(r, r->t, reached != HS_NO_TIME ? reached : to);
		if (reached != HS_NO_TIME || r->need - r->done <= RECOVERY_EPS) {
			r->need = r->done = 0;
			if (reached != HS_NO_TIME && r->emit != NULL) {
				recovery_fmt_stamp(reached, when, sizeof when);
				recovery_say(r, _("%s  recovered"), when);
			}
		}
	}
	r->t = to;
}

/* "squat 5 sets @8 (primary), leg press 3 sets @9 (secondary)". */
static char *
recovery_describe(const struct recovery_replay *r, const struct recovery_session *ss)
{
	struct strbuf sb;
	const struct recovery_set *s, *o;
	char rpe[16];

	strbuf_init(&sb);
	for (int k = 0; k < ss->nsets; k++) {
		int n = 0, seen = 0;
		double sum = 0;

		s = &r->in->sets[r->hits[ss->first + k].i];
		for (int j = 0; j < ss->nsets; j++) {
			o = &r->in->sets[r->hits[ss->first + j].i];
			if (o->role[r->g] != s->role[r->g] ||
			    strcmp(o->exercise ? o->exercise : "",
			        s->exercise ? s->exercise : "") != 0)
				continue;
			if (j < k)
				seen = 1;
			n++;
			sum += recovery_set_rpe(r->p, o);
		}
		if (seen)
			continue;
		recovery_rpe_text(sum / n, rpe, sizeof rpe);
		strbuf_printf(&sb, "%s", sb.len ? ", " : "");
		strbuf_printf(&sb,
		    s->role[r->g] == ROLE_PRIMARY
		        ? ngettext("%s %d set @%s (primary)", "%s %d sets @%s (primary)", n)
		        : ngettext("%s %d set @%s (secondary)", "%s %d sets @%s (secondary)", n),
		    s->exercise ? s->exercise : _("sets"), n, rpe);
	}
	return strbuf_detach(&sb);
}

/* "half" or "0.30": the share of a secondary set or of stacking in words. */
void
recovery_share_text(double share, char *buf, size_t len)
{
	if (fabs(share - 0.5) < 1e-9)
		snprintf(buf, len, "%s", _("half"));
	else
		snprintf(buf, len, "%.2f", share);
}

/* Tell what a session asked and how it stacked on what was left. */
static void
recovery_say_session(
    struct recovery_replay *r, const struct recovery_session *ss, double left, double want)
{
	const struct recovery_params *p = r->p;
	char when[48], rpe[16], share[16], *what;
	bool secondary = false;

	for (int k = 0; k < ss->nsets; k++)
		secondary =
		    secondary || r->in->sets[r->hits[ss->first + k].i].role[r->g] == ROLE_SECONDARY;
	recovery_fmt_stamp(ss->at, when, sizeof when);
	what = recovery_describe(r, ss);
	recovery_say(r, "%s  %s", when, what);
	free(what);
	recovery_rpe_text(ss->weight > 0 ? ss->wrpe / ss->weight : 0, rpe, sizeof rpe);
	recovery_share_text(p->secondary_weight, share, sizeof share);
	if (secondary)
		recovery_say(r,
		    _("  %g hard sets (a secondary set counts %s) at mean RPE %s: need %.0f h base"
		      " x %.2f volume x %.2f effort = %.1f h"),
		    ss->weight, share, rpe, p->base_hours[r->g], recovery_volume(p, ss->weight),
		    ss->weight > 0 ? ss->weffort / ss->weight : 0, ss->base_need);
	else
		recovery_say(r,
		    _("  %g hard sets at mean RPE %s: need %.0f h base x %.2f volume x %.2f effort"
		      " = %.1f h"),
		    ss->weight, rpe, p->base_hours[r->g], recovery_volume(p, ss->weight),
		    ss->weight > 0 ? ss->weffort / ss->weight : 0, ss->base_need);
	if (ss->novelty != 1.0 && ss->gap_days < 0)
		recovery_say(r, _("  first %s session in the journal: x%.2f, need %.1f h"),
		    group_name(r->g), ss->novelty, ss->need);
	else if (ss->novelty != 1.0)
		recovery_say(r,
		    ngettext("  first %s session in %d day: x%.2f, need %.1f h",
		        "  first %s session in %d days: x%.2f, need %.1f h", ss->gap_days),
		    group_name(r->g), ss->gap_days, ss->novelty, ss->need);
	recovery_share_text(p->stack_weight, share, sizeof share);
	if (left > 0 && fabs(p->stack_weight - 0.5) < 1e-9)
		recovery_say(r,
		    _("  %.1f h were still open: window max(%.1f, %.1f) + half of %.1f = %.1f h"),
		    left, left, ss->need, left < ss->need ? left : ss->need, want);
	else if (left > 0)
		recovery_say(r,
		    _("  %.1f h were still open: window max(%.1f, %.1f) + %s x %.1f = %.1f h"),
		    left, left, ss->need, share, left < ss->need ? left : ss->need, want);
	if (want > p->max_need_hours)
		recovery_say(r,
		    _("  capped: a window never exceeds %.0f h (it would have been %.1f h)"),
		    p->max_need_hours, want);
}

/* Apply a session: stack it on what is still open, cap the window. */
static void
recovery_apply_session(struct recovery_replay *r, const struct recovery_session *ss)
{
	double left = r->need - r->done, want;

	if (left <= RECOVERY_EPS)
		left = 0;
	want = recovery_stack_uncapped(r->p, left, ss->need);
	r->need = recovery_stack(r->p, left, ss->need);
	r->done = 0;
	r->opened = ss->at;
	r->last_session = ss->at;
	r->last = ss;
	r->sore_since = 0;
	if (r->emit != NULL)
		recovery_say_session(r, ss, left, want);
}

/* Apply a soreness report: 2 and 3 keep at least some hours left. */
static void
recovery_apply_sore(struct recovery_replay *r, const struct recovery_soreness *s)
{
	double min_left, left = r->need - r->done;
	char when[48];
	int level = s->level < 0 ? 0 : s->level > 3 ? 3 : s->level;

	r->latest_sore = r->sore_since = level;
	/* The words are for --explain only; the board does not pay for them. */
	when[0] = '\0';
	if (r->emit != NULL)
		recovery_fmt_stamp(s->at, when, sizeof when);
	if (level < 2) {
		recovery_say(r,
		    level == 1 ? _("%s  %s reported: no change to the timer (train it lighter)")
		               : _("%s  %s reported: no change to the timer"),
		    when, recovery_sore_phrase(level));
		return;
	}
	min_left = level == 2 ? r->p->sore_moderate_hours : r->p->sore_severe_hours;
	if (left <= RECOVERY_EPS) {
		r->need = min_left;
		r->done = 0;
		r->opened = s->at; /* a window of its own: nights before it do not slow it */
		recovery_say(r, _("%s  %s while recovered: opens a %.1f h window"), when,
		    recovery_sore_phrase(level), min_left);
	} else if (left < min_left) {
		r->need = r->done + min_left;
		recovery_say(r, _("%s  %s: at least %.1f h must be left, raised from %.1f h"), when,
		    recovery_sore_phrase(level), min_left, left);
	} else
		recovery_say(r, _("%s  %s: %.1f h still left, more than the %.1f h it asks for"),
		    when, recovery_sore_phrase(level), left, min_left);
}

/* Replay the group's events in time order: sessions before soreness on
 * the same minute, time passing in between. */
static void
recovery_replay_run(struct recovery_replay *r)
{
	size_t i = 0, j = 0;

	recovery_collect_sessions(r);
	recovery_collect_sores(r);
	r->need = r->done = 0;
	r->t = HS_NO_TIME;
	r->opened = r->last_session = HS_NO_TIME;
	r->last = NULL;
	r->latest_sore = -1;
	r->sore_since = 0;
	r->announced = INT32_MIN;
	while (i < r->nsessions || j < r->nsores) {
		if (j == r->nsores || (i < r->nsessions && r->sessions[i].at <= r->sores[j].at)) {
			recovery_advance(r, r->sessions[i].at);
			recovery_apply_session(r, &r->sessions[i++]);
		} else {
			recovery_advance(r, r->sores[j].at);
			recovery_apply_sore(r, &r->sores[j++]);
		}
	}
	if (r->t == HS_NO_TIME)
		r->t = r->now;
	recovery_advance(r, r->now);
}

/* Set up a replay of group g at now over the counted sets. */
static void
recovery_replay_init(struct recovery_replay *r, const struct recovery_params *p,
    const struct recovery_input *in, hs_minute now, enum group g, const size_t *counted,
    size_t ncounted)
{
	memset(r, 0, sizeof *r);
	r->p = p;
	r->in = in;
	r->now = now;
	r->g = g;
	r->counted = counted;
	r->ncounted = ncounted;
}

/* Free what a replay collected. */
static void
recovery_replay_free(struct recovery_replay *r)
{
	free(r->hits);
	free(r->sessions);
	free(r->sores);
}

/* The shortest logged night that slows the current window, from the date
 * it last restarted to the date it closes; 0 when none. A short night of
 * last week that slowed an earlier window is no longer named. */
static double
recovery_slow_sleep(const struct recovery_replay *r, hs_minute until)
{
	double shortest = 0, hours;

	for (hs_date d = stamp_date(r->opened); d <= stamp_date(until); d++)
		if (recovery_day_speed(r->p, r->in, d, &hours) < 1.0 && hours >= 0 &&
		    (shortest == 0 || hours < shortest))
			shortest = hours;
	return shortest;
}

/* The state of a finished replay. */
static enum recovery_state
recovery_state_of(const struct recovery_replay *r, const struct group_status *st)
{
	hs_minute due = (hs_minute)r->p->due_days * 1440;

	if (st->left <= RECOVERY_EPS) {
		if (st->last_trained == HS_NO_TIME || r->now - st->last_trained > due)
			return STATE_DUE;
		return STATE_READY;
	}
	if (r->latest_sore == 3)
		return STATE_RECOVERING;
	return st->percent >= r->p->almost_percent ? STATE_ALMOST : STATE_RECOVERING;
}

/* Fill a board line from a finished replay. */
static void
recovery_fill(const struct recovery_replay *r, struct group_status *st)
{
	hs_minute reached;
	double left = r->need - r->done;

	memset(st, 0, sizeof *st);
	st->group = r->g;
	st->ready_at = HS_NO_TIME;
	if (left > RECOVERY_EPS) {
		st->need = r->need;
		st->done = r->done;
		st->left = left;
		st->percent = (int)floor(100.0 * r->done / r->need + 1e-9);
		recovery_run(r->p, r->in, left, r->now,
		    r->now + (hs_minute)RECOVERY_HORIZON_DAYS * 1440, &reached);
		st->ready_at = reached;
		st->slow_sleep = recovery_slow_sleep(r, reached != HS_NO_TIME ? reached : r->now);
	} else
		st->percent = 100;
	st->last_trained =
	    r->last_session != HS_NO_TIME ? r->last_session : r->in->last_trained_before[r->g];
	st->soreness = r->sore_since;
	st->last_gap_days = -1;
	if (r->last != NULL) {
		st->last_sets = r->last->weight;
		st->last_rpe = r->last->weight > 0 ? r->last->wrpe / r->last->weight : 0;
		st->last_need = r->last->need;
		st->last_gap_days = r->last->gap_days;
		st->last_novel = r->last->novelty != 1.0;
	}
	st->state = recovery_state_of(r, st);
}

void
recovery_board(const struct recovery_params *p, const struct recovery_input *in, hs_minute now,
    struct group_status board[GROUP_COUNT])
{
	struct recovery_replay r;
	size_t n, *counted = recovery_counted(p, in, now, &n);

	for (int g = 0; g < GROUP_COUNT; g++) {
		recovery_replay_init(&r, p, in, now, (enum group)g, counted, n);
		recovery_replay_run(&r);
		recovery_fill(&r, &board[g]);
		recovery_replay_free(&r);
	}
	free(counted);
}

/* The first counted set on `day` hitting group g, HS_NO_TIME when none. */
static hs_minute
recovery_first_hit(
    const struct recovery_input *in, const size_t *counted, size_t n, hs_date day, enum group g)
{
	hs_minute first = HS_NO_TIME;

	for (size_t k = 0; k < n; k++) {
		const struct recovery_set *s = &in->sets[counted[k]];

		if (s->role[g] != ROLE_NONE && stamp_date(s->at) == day &&
		    (first == HS_NO_TIME || s->at < first))
			first = s->at;
	}
	return first;
}

/* Each group is replayed to a minute before its own first set of the day,
 * so the day's earlier sets of other groups, and time passing until then,
 * count as they would on the board at that moment. */
void
recovery_board_before(const struct recovery_params *p, const struct recovery_input *in, hs_date day,
    hs_minute now, struct group_status board[GROUP_COUNT], bool hit[GROUP_COUNT])
{
	struct recovery_replay r;
	size_t n, *counted = recovery_counted(p, in, now, &n);
	hs_minute first;

	for (int g = 0; g < GROUP_COUNT; g++) {
		first = recovery_first_hit(in, counted, n, day, (enum group)g);
		memset(&board[g], 0, sizeof board[g]);
		board[g].group = (enum group)g;
		if (!(hit[g] = first != HS_NO_TIME))
			continue;
		recovery_replay_init(&r, p, in, first - 1, (enum group)g, counted, n);
		recovery_replay_run(&r);
		recovery_fill(&r, &board[g]);
		recovery_replay_free(&r);
	}
	free(counted);
}

/* Rank of a state in the sorted board: least recovered first. */
static int
recovery_state_rank(enum recovery_state s)
{
	switch (s) {
	case STATE_RECOVERING:
		return 0;
	case STATE_ALMOST:
		return 1;
	case STATE_DUE:
		return 2;
	default:
		return 3;
	}
}

/* Board order: state, then percent up, then hours left down, then group. */
static int
recovery_cmp_status(const void *a, const void *b)
{
	const struct group_status *x = a, *y = b;
	int rx = recovery_state_rank(x->state), ry = recovery_state_rank(y->state);

	if (rx != ry)
		return rx < ry ? -1 : 1;
	if (x->percent != y->percent)
		return x->percent < y->percent ? -1 : 1;
	if (x->left != y->left)
		return x->left > y->left ? -1 : 1;
	return x->group < y->group ? -1 : x->group > y->group;
}

void
recovery_sort(struct group_status *board, size_t n)
{
	qsort(board, n, sizeof *board, recovery_cmp_status);
}

/* The closing line of an explanation: where the timer stands now. */
static void
recovery_say_now(struct recovery_replay *r, const struct group_status *st)
{
	char when[48];

	if (st->state == STATE_READY || st->state == STATE_DUE) {
		if (st->last_trained == HS_NO_TIME) {
			recovery_say(r, _("now: recovered; not trained recently, so %s"),
			    recovery_state_word(st->state));
			return;
		}
		recovery_fmt_stamp(st->last_trained, when, sizeof when);
		recovery_say(r,
		    st->state == STATE_DUE ? _("now: recovered (%s), last trained %s, too long ago")
		                           : _("now: recovered (%s), last trained %s"),
		    recovery_state_word(st->state), when);
		return;
	}
	if (st->ready_at != HS_NO_TIME)
		recovery_fmt_stamp(st->ready_at, when, sizeof when);
	else
		snprintf(when, sizeof when, "%s", _("not in sight"));
	recovery_say(r,
	    r->latest_sore == 3
	        ? _("now: %d %% recovered, %.1f h left, ready %s (recovering while the severe"
	            " soreness lasts)")
	        : _("now: %d %% recovered, %.1f h left, ready %s"),
	    st->percent, st->left, when);
}

void
recovery_explain(const struct recovery_params *p, const struct recovery_input *in, hs_minute now,
    enum group g, void (*emit)(void *arg, const char *line), void *arg)
{
	struct recovery_replay r;
	struct group_status st;
	size_t n, *counted = recovery_counted(p, in, now, &n);

	recovery_replay_init(&r, p, in, now, g, counted, n);
	r.emit = emit;
	r.arg = arg;
	recovery_say(&r, _("%s: %.0f h base need (a full session: about %g hard sets at RPE 9)"),
	    group_name(g), p->base_hours[g], p->volume_sets);
	recovery_replay_run(&r);
	if (r.nsessions == 0 && r.nsores == 0)
		recovery_say(&r, "%s", _("no sessions or soreness logged in the replayed days"));
	recovery_fill(&r, &st);
	recovery_say_now(&r, &st);
	recovery_replay_free(&r);
	free(counted);
}

/* A due group's column: the days since it was trained. */
static void
recovery_due_text(const struct group_status *st, hs_minute now, char *buf, size_t len)
{
	long days = st->last_trained == HS_NO_TIME
	    ? -1
	    : (long)(stamp_date(now) - stamp_date(st->last_trained));

	if (days < 0)
		snprintf(buf, len, "%s", _("never"));
	else
		snprintf(buf, len, ngettext("%ld day", "%ld days", (unsigned long)days), days);
}

void
recovery_ready_text(
    const struct group_status *st, hs_minute now, enum recovery_when how, char *buf, size_t len)
{
	bool column = how == RECOVERY_WHEN_COLUMN;
	hs_minute t = st->ready_at;
	int y, m, d, mod;
	char hm[TIME_BUF];

	buf[0] = '\0';
	if (column && st->state == STATE_DUE) {
		recovery_due_text(st, now, buf, len);
		return;
	}
	if (t == HS_NO_TIME || (column ? st->state == STATE_READY : t <= now)) {
		if (!column)
			snprintf(buf, len, "%s", _("ready now"));
		return;
	}
	if (!column && t - now < 60) {
		snprintf(buf, len, _("ready in %dm"), (int)(t - now));
		return;
	}
	if (!column && t - now < 24 * 60) {
		snprintf(buf, len, _("ready in %dh"), (int)((t - now + 30) / 60));
		return;
	}
	mod = stamp_minute_of_day(t);
	time_format(mod, hm);
	date_to_ymd(stamp_date(t), &y, &m, &d);
	/* Within the week ahead a weekday names the day; further ahead it
	 * would be ambiguous, so a date does. */
	if (column && stamp_date(t) == stamp_date(now))
		snprintf(buf, len, "%s", hm);
	else if (stamp_date(t) - stamp_date(now) < 7 && column)
		snprintf(buf, len, "%s %s", date_weekday_name(date_weekday(stamp_date(t))), hm);
	else if (stamp_date(t) - stamp_date(now) < 7)
		snprintf(buf, len, _("ready %s %02d:%02d"),
		    date_weekday_name(date_weekday(stamp_date(t))), mod / 60, mod % 60);
	else if (column)
		snprintf(buf, len, "%d %s", d, date_month_name(m));
	else
		snprintf(buf, len, _("ready %d %s %02d:%02d"), d, date_month_name(m), mod / 60,
		    mod % 60);
}

/* The levels of soreness in words, the word and the phrase side by side
 * so that a level is named alike everywhere. */
static const struct {
	const char *word, *phrase;
} recovery_sore_levels[] = {
	{ N_("none"), N_("no soreness") },
	{ N_("mild"), N_("mild soreness") },
	{ N_("moderate"), N_("moderate soreness") },
	{ N_("severe"), N_("severe soreness") },
};

static int
recovery_sore_clamp(int level)
{
	int top = (int)HS_ARRAY_LEN(recovery_sore_levels) - 1;

	return level < 0 ? 0 : level > top ? top : level;
}

const char *
recovery_sore_word(int level)
{
	return _(recovery_sore_levels[recovery_sore_clamp(level)].word);
}

const char *
recovery_sore_phrase(int level)
{
	return _(recovery_sore_levels[recovery_sore_clamp(level)].phrase);
}

const char *
recovery_state_word(enum recovery_state s)
{
	static const char *words[STATE_COUNT] = { N_("ready"), N_("due"), N_("almost"),
		N_("recovering") };

	return (unsigned)s < STATE_COUNT ? _(words[s]) : "?";
}

const char *
recovery_state_id(enum recovery_state s)
{
	static const char *ids[STATE_COUNT] = { "ready", "due", "almost", "recovering" };

	return (unsigned)s < STATE_COUNT ? ids[s] : "?";
}

const char *
recovery_state_symbol(enum recovery_state s, bool utf8)
{
	static const char *fancy[STATE_COUNT] = { "\u25cf", "\u25cb", "\u25d0", "\u2716" };
	static const char *plain[STATE_COUNT] = { "+", "o", "~", "x" };

	if ((unsigned)s >= STATE_COUNT)
		return "?";
	return utf8 ? fancy[s] : plain[s];
}
