/* week.c: the week calendar: seven days aggregated from the journal's events,
 * and the verdicts of the week with their evidence. Pure core.
 *
 * A hard set is one the recovery model counts, and per group the sets are
 * weighted by role like the model's S: both are recovery.c's rules
 * (recovery_set_hard, recovery_role_weight), so "sets per group" here is the
 * number the board shows for the same session. */
#include "config.h"

#include "week.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* The first day of the week holding `day`. */
hs_date
week_start_date(hs_date day, int week_start)
{
	return day - (date_weekday(day) - week_start + 7) % 7;
}

/* The day of the week `t` falls on, or NULL outside it. */
static struct week_day *
week_day_at(struct week *w, hs_date day)
{
	if (day < w->first || day >= w->first + WEEK_DAYS)
		return NULL;
	return &w->day[day - w->first];
}

/* Hard sets per day and group, and each group's session need H/B = V x E. */
static void
week_add_sets(const struct recovery_params *p, const struct recovery_input *in, struct week *w)
{
	double effort[WEEK_DAYS][GROUP_COUNT] = { { 0 } };
	struct week_day *d;
	double wt;

	for (size_t i = 0; i < in->nsets; i++) {
		const struct recovery_set *s = &in->sets[i];

		if ((d = week_day_at(w, stamp_date(s->at))) == NULL || !recovery_set_hard(p, s))
			continue;
		d->hard_sets++;
		for (int g = 0; g < GROUP_COUNT; g++) {
			if (s->role[g] == ROLE_NONE)
				continue;
			wt = recovery_role_weight(p, s, (enum group)g);
			d->sets[g] += wt;
			effort[d - w->day][g] += wt * recovery_effort(p, recovery_set_rpe(p, s));
		}
	}
	for (int i = 0; i < WEEK_DAYS; i++)
		for (int g = 0; g < GROUP_COUNT; g++)
			if (w->day[i].sets[g] > 0)
				w->day[i].need[g] = recovery_volume(p, w->day[i].sets[g]) *
				    effort[i][g] / w->day[i].sets[g];
}

/* Soreness (highest per day), sleep and the logged kinds of the days. */
static void
week_add_rest(const struct recovery_input *in, const struct day_kind_entry *days, size_t ndays,
    struct week *w)
{
	struct week_day *d;

	for (size_t i = 0; i < in->nsoreness; i++) {
		const struct recovery_soreness *s = &in->soreness[i];

		if ((d = week_day_at(w, stamp_date(s->at))) == NULL)
			continue;
		if (s->level > d->max_soreness ||
		    (s->level == d->max_soreness && (int)s->group < d->sore_group)) {
			d->max_soreness = s->level;
			d->sore_group = (int)s->group;
		}
	}
	for (size_t i = 0; i < in->nsleep; i++)
		if ((d = week_day_at(w, in->sleep[i].date)) != NULL) {
			d->has_sleep = true;
			d->sleep_hours = in->sleep[i].hours;
		}
	for (size_t i = 0; i < ndays; i++)
		if ((d = week_day_at(w, days[i].date)) != NULL)
			d->logged = days[i].kind;
}

/* Aggregate the seven days from `first` out of the events. */
void
week_build(const struct recovery_params *p, const struct recovery_input *in,
    const struct day_kind_entry *days, size_t ndays, hs_date first, struct week *out)
{
	hs_date monday = first + (7 - date_weekday(first)) % 7;

	memset(out, 0, sizeof *out);
	out->first = first;
	out->iso_week = date_iso_week(monday, &out->iso_year);
	for (int i = 0; i < WEEK_DAYS; i++) {
		out->day[i].date = first + i;
		out->day[i].max_soreness = -1;
		out->day[i].sore_group = -1;
	}
	week_add_sets(p, in, out);
	week_add_rest(in, days, ndays, out);
	for (int i = 0; i < WEEK_DAYS; i++) {
		struct week_day *d = &out->day[i];

		d->training = d->hard_sets > 0 || d->logged == DAY_TRAINING;
		d->kind = d->training ? DAY_TRAINING : d->logged;
		for (int g = 0; g < GROUP_COUNT; g++)
			out->trained_days[g] += week_trained(d, (enum group)g);
	}
}

/* Trained: at least one weighted hard set. */
bool
week_trained(const struct week_day *d, enum group g)
{
	return d->sets[g] >= 1.0 - 1e-9;
}

/* How hard the day's session was for the group. */
enum week_load
week_load_of(const struct week_day *d, enum group g)
{
	if (d->sets[g] <= 0)
		return LOAD_NONE;
	if (d->need[g] < WEEK_LOAD_LIGHT_BELOW)
		return LOAD_LIGHT;
	return d->need[g] < WEEK_LOAD_HARD_FROM ? LOAD_MODERATE : LOAD_HARD;
}

/* The groups trained on the day, as a mask. */
unsigned
week_day_groups(const struct week_day *d)
{
	unsigned m = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		if (week_trained(d, (enum group)g))
			m |= 1u << g;
	return m;
}

/* Add a verdict with formatted text, if there is room. */
static void HS_PRINTF(6, 7) week_say(struct week_verdict *out, size_t max, size_t *n,
    enum week_verdict_rule rule, enum week_verdict_kind kind, const char *fmt, ...)
{
	va_list ap;

	if (*n >= max)
		return;
	out[*n].kind = kind;
	out[*n].rule = rule;
	va_start(ap, fmt);
	vsnprintf(out[*n].text, sizeof out[*n].text, fmt, ap);
	va_end(ap);
	(*n)++;
}

/* Training days against the level's range. */
static void
week_verdict_days(const struct week *w, enum level level, int last, bool running,
    struct week_verdict *out, size_t max, size_t *n)
{
	int days = 0, min, top;
	enum week_verdict_kind k = VERDICT_OK;
	const char *how = "";
	char head[64];

	for (int i = 0; i <= last; i++)
		days += w->day[i].training;
	level_days(level, &min, &top);
	if (days > top) {
		k = VERDICT_WARN;
		how = _(", more than advised");
	} else if (days < min && running) {
		k = VERDICT_INFO;
	} else if (days < min) {
		k = VERDICT_WARN;
		how = _(", fewer than advised");
	}
	snprintf(head, sizeof head,
	    ngettext("%d training day", "%d training days", (unsigned long)days), days);
	week_say(out, max, n, VERDICT_TRAINING_DAYS, k, "%s%s%s (%s: %d-%d)", head,
	    running ? _(" so far") : "", how, level_word(level), min, top);
}

/* At least one full rest day: no hard sets and not logged as training. */
static void
week_verdict_rest(
    const struct week *w, int last, bool running, struct week_verdict *out, size_t max, size_t *n)
{
	int rest = 0;
	char head[64];

	for (int i = 0; i <= last; i++)
		rest += !w->day[i].training;
	if (rest > 0) {
		snprintf(head, sizeof head,
		    ngettext("%d rest day", "%d rest days", (unsigned long)rest), rest);
		week_say(out, max, n, VERDICT_REST, VERDICT_OK, "%s%s", head,
		    running ? _(" so far") : "");
	} else if (running)
		week_say(out, max, n, VERDICT_REST, VERDICT_INFO, "%s",
		    _("no rest day yet this week: plan one"));
	else
		week_say(out, max, n, VERDICT_REST, VERDICT_WARN, "%s", _("no rest day this week"));
}

/* The average of the nights logged this week against the target. */
static void
week_verdict_sleep(
    const struct week *w, double target, int last, struct week_verdict *out, size_t max, size_t *n)
{
	int nights = 0;
	double sum = 0, avg;
	char a[16];

	for (int i = 0; i <= last; i++)
		if (w->day[i].has_sleep) {
			nights++;
			sum += w->day[i].sleep_hours;
		}
	if (nights == 0) {
		week_say(
		    out, max, n, VERDICT_SLEEP, VERDICT_INFO, "%s", _("no sleep logged this week"));
	} else if (nights < WEEK_SLEEP_MIN_NIGHTS) {
		week_say(out, max, n, VERDICT_SLEEP, VERDICT_INFO,
		    ngettext("%d night logged this week: a sleep verdict needs %d",
		        "%d nights logged this week: a sleep verdict needs %d",
		        (unsigned long)nights),
		    nights, WEEK_SLEEP_MIN_NIGHTS);
	} else {
		avg = sum / nights;
		signals_average_text(avg, target, a, sizeof a);
		week_say(out, max, n, VERDICT_SLEEP, avg < target ? VERDICT_WARN : VERDICT_OK,
		    avg < target ? ngettext("sleep average %s h (< %.1f h, %d night logged)",
		                       "sleep average %s h (< %.1f h, %d nights logged)",
		                       (unsigned long)nights)
		                 : ngettext("sleep average %s h (target %.1f h, %d night logged)",
		                       "sleep average %s h (target %.1f h, %d nights logged)",
		                       (unsigned long)nights),
		    a, target, nights);
	}
}

/* Groups trained on fewer than two days (so far): the ones trained once
 * first, each with its count of days. */
static void
week_verdict_twice(
    const struct week *w, int last, bool running, struct week_verdict *out, size_t max, size_t *n)
{
	struct strbuf sb;
	int times[GROUP_COUNT] = { 0 }, any = 0, few = 0;

	for (int i = 0; i <= last; i++)
		for (int g = 0; g < GROUP_COUNT; g++) {
			times[g] += week_trained(&w->day[i], (enum group)g);
			any += week_trained(&w->day[i], (enum group)g);
		}
	if (any == 0) {
		if (!running)
			week_say(out, max, n, VERDICT_TWICE, VERDICT_WARN, "%s",
			    _("no muscle group trained this week"));
	} else {
		strbuf_init(&sb);
		for (int t = 1; t >= 0; t--)
			for (int g = 0; g < GROUP_COUNT; g++)
				if (times[g] == t)
					strbuf_printf(&sb, "%s%s %d", few++ ? ", " : "",
					    group_name((enum group)g), t);
		if (few == 0)
			week_say(out, max, n, VERDICT_TWICE, VERDICT_OK, "%s",
			    _("every group trained at least twice"));
		else
			week_say(out, max, n, VERDICT_TWICE, running ? VERDICT_INFO : VERDICT_WARN,
			    running ? _("trained fewer than twice so far: %s")
			            : _("trained fewer than twice: %s"),
			    sb.buf);
		strbuf_free(&sb);
	}
}

/* The week's own verdicts, judged up to `today`. */
size_t
week_verdicts(const struct week *w, enum level level, double sleep_target, hs_date today,
    struct week_verdict *out, size_t max)
{
	hs_date end = w->first + WEEK_DAYS - 1;
	int last = (int)((today < end ? today : end) - w->first);
	bool running = today < end;
	size_t n = 0;

	if (last < 0)
		return 0;
	week_verdict_days(w, level, last, running, out, max, &n);
	week_verdict_rest(w, last, running, out, max, &n);
	week_verdict_sleep(w, sleep_target, last, out, max, &n);
	week_verdict_twice(w, last, running, out, max, &n);
	return n;
}

hs_minute
week_judged_at(hs_date first, hs_minute now)
{
	hs_minute end = stamp_make(first + WEEK_DAYS - 1, 24 * 60 - 1);

	return now < end ? now : end;
}

/* The model's signals at the week's end (or now), as verdicts. */
size_t
week_signals(const struct recovery_params *p, const struct signals_input *si, const struct week *w,
    hs_minute now, struct week_verdict *out, size_t max)
{
	struct signal sig[WEEK_VERDICTS_MAX];
	struct signals_input own = *si;
	hs_minute at = week_judged_at(w->first, now);
	size_t nsig, n = 0;

	if (now < stamp_make(w->first, 0))
		return 0;
	own.own_sleep_average = true;
	nsig = signals_compute(p, &own, at, sig, HS_ARRAY_LEN(sig));
	for (size_t i = 0; i < nsig && n < max; i++) {
		if (sig[i].rule == SIGNAL_SHORT_NIGHT && at < now)
			continue; /* told on its day, not when the week is looked back on */
		out[n].kind = VERDICT_WARN;
		out[n].rule = VERDICT_SIGNAL;
		snprintf(out[n].text, sizeof out[n].text, "%s", sig[i].text);
		n++;
	}
	return n;
}

/* The symbol of a verdict's kind. */
const char *
week_verdict_symbol(enum week_verdict_kind k, bool utf8)
{
	switch (k) {
	case VERDICT_OK:
		return utf8 ? "\u2714" : "+";
	case VERDICT_WARN:
		return "!";
	default:
		return utf8 ? "\u00b7" : "-";
	}
}

/* The word of a verdict's kind. */
const char *
week_verdict_word(enum week_verdict_kind k)
{
	switch (k) {
	case VERDICT_OK:
		return "ok";
	case VERDICT_WARN:
		return "warn";
	default:
		return "info";
	}
}

/* The symbol of a kind of day. */
const char *
week_kind_symbol(enum day_kind k, bool utf8)
{
	switch (k) {
	case DAY_TRAINING:
		return utf8 ? "\u25b2" : "^";
	case DAY_ACTIVE:
		return "~";
	case DAY_REST:
		return utf8 ? "\u00b7" : ".";
	case DAY_PASSIVE:
		return utf8 ? "\u25cb" : "o";
	default:
		return " ";
	}
}

/* The short word of a kind of day. */
const char *
week_kind_word(enum day_kind k)
{
	/* TRANSLATORS: a kind of day in a cell of the week grid: at most 7
	 * characters. */
	switch (k) {
	case DAY_TRAINING:
		return P_("week cell", "train");
	case DAY_ACTIVE:
		return P_("week cell", "active");
	case DAY_REST:
		return P_("week cell", "rest");
	case DAY_PASSIVE:
		return P_("week cell", "passive");
	default:
		return "-";
	}
}

/* The week's dates in words. */
void
week_range_text(const struct week *w, char *buf, size_t len)
{
	int y1, m1, d1, y2, m2, d2;

	date_to_ymd(w->first, &y1, &m1, &d1);
	date_to_ymd(w->first + WEEK_DAYS - 1, &y2, &m2, &d2);
	if (y1 != y2)
		snprintf(buf, len, "%d %s %d - %d %s %d", d1, date_month_name(m1), y1, d2,
		    date_month_name(m2), y2);
	else if (m1 != m2)
		snprintf(buf, len, "%d %s - %d %s %d", d1, date_month_name(m1), d2,
		    date_month_name(m2), y2);
	else
		snprintf(buf, len, "%d-%d %s %d", d1, d2, date_month_name(m1), y1);
}

/* The id of a verdict's rule, for JSON. */
const char *
week_verdict_rule_id(enum week_verdict_rule r)
{
	static const char *const ids[] = { "training_days", "rest", "sleep", "twice", "signal" };

	return (unsigned)r < HS_ARRAY_LEN(ids) ? ids[r] : "?";
}

/* The word of a load. */
const char *
week_load_word(enum week_load l)
{
	static const char *const words[LOAD_COUNT] = { "-", N_("light"), N_("moderate"),
		N_("hard") };

	return (unsigned)l == LOAD_NONE ? "-" : (unsigned)l < LOAD_COUNT ? _(words[l]) : "?";
}

/* The id of a load, for JSON. */
const char *
week_load_id(enum week_load l)
{
	static const char *const ids[LOAD_COUNT] = { "-", "light", "moderate", "hard" };

	return (unsigned)l < LOAD_COUNT ? ids[l] : "?";
}

/* A grid cell: shaded bar and count. */
void
week_cell_text(const struct week_day *d, enum group g, bool utf8, char *buf, size_t len)
{
	static const char *const shade[LOAD_COUNT][2] = {
		{ " ", " " },
		{ ".", "\u2591" },
		{ "+", "\u2592" },
		{ "#", "\u2588" },
	};
	enum week_load l = week_load_of(d, g);
	int cells = (int)((d->sets[g] + 1.999) / 2);
	size_t used = 0;

	buf[0] = '\0';
	if (l == LOAD_NONE)
		return;
	if (cells > 4)
		cells = 4;
	for (int i = 0; i < cells && used + 4 < len; i++) {
		strcpy(buf + used, shade[l][utf8]);
		used += strlen(shade[l][utf8]);
	}
	snprintf(buf + used, len - used, " %g", d->sets[g]);
}

/* The day's highest soreness in words: the group's name, clipped only where
 * the cell is too narrow for it, and always the level. */
void
week_sore_text(const struct week_day *d, int cols, char *buf, size_t len)
{
	const char *name;
	int room;

	if (d->max_soreness < 0)
		snprintf(buf, len, "-");
	else if (d->max_soreness == 0)
		snprintf(buf, len, "0");
	else {
		name = group_name((enum group)d->sore_group);
		room = cols - 2 > 1 ? cols - 2 : 1; /* a space and the level */
		snprintf(buf, len, "%.*s %d", room, name, d->max_soreness);
	}
}
