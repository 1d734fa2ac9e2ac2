/* svc.c: the service layer; see svc.h. */
#include "config.h"

#include "svc.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "recovery.h"
#include "util.h"

/* ---- reading -------------------------------------------------------- */

/* What the signals read besides the events: the same for every view. */
static struct signals_input
svc_signals_input(const struct rc *rc, const struct store_events *ev)
{
	return (struct signals_input){ .events = &ev->in,
		.days = ev->days,
		.ndays = ev->ndays,
		.level = rc->level,
		.week_start = rc->week_start,
		.sleep_target = rc->sleep_target };
}

void
svc_board_of(
    const struct rc *rc, const struct store_events *ev, hs_minute now, struct svc_board *out)
{
	struct store_events none;
	struct signals_input si;

	if (ev == NULL) {
		/* Nothing read: no group was ever trained, and no day is known. */
		memset(&none, 0, sizeof none);
		for (int g = 0; g < GROUP_COUNT; g++)
			none.in.last_trained_before[g] = HS_NO_TIME;
		ev = &none;
	}
	recovery_board(&rc->recovery, &ev->in, now, out->group);
	si = svc_signals_input(rc, ev);
	out->nsig = signals_compute(&rc->recovery, &si, now, out->sig, SVC_SIGNALS_MAX);
}

int
svc_board(struct store *s, const struct rc *rc, hs_minute now, struct svc_board *out, char **cause)
{
	struct store_events ev;

	if (store_load_events(s, now, &rc->recovery, &ev, cause) != 0)
		return -1;
	svc_board_of(rc, &ev, now, out);
	store_events_free(&ev);
	return 0;
}

int
svc_explain(struct store *s, const struct rc *rc, hs_minute now, enum group g,
    void (*emit)(void *arg, const char *line), void *arg, char **cause)
{
	struct store_events ev;

	if (store_load_events(s, now, &rc->recovery, &ev, cause) != 0)
		return -1;
	recovery_explain(&rc->recovery, &ev.in, now, g, emit, arg);
	store_events_free(&ev);
	return 0;
}

int
svc_week(struct store *s, const struct rc *rc, hs_date first, hs_minute now, hs_date today,
    struct svc_week *out, char **cause)
{
	struct store_events ev;
	struct signals_input si;

	out->nv = 0;
	if (store_load_week(s, first, now, &rc->recovery, &ev, cause) != 0) {
		memset(&ev, 0, sizeof ev);
		week_build(&rc->recovery, &ev.in, NULL, 0, first, &out->w);
		return -1;
	}
	week_build(&rc->recovery, &ev.in, ev.days, ev.ndays, first, &out->w);
	si = svc_signals_input(rc, &ev);
	out->nv =
	    week_verdicts(&out->w, rc->level, rc->sleep_target, today, out->v, WEEK_VERDICTS_MAX);
	out->nv += week_signals(
	    &rc->recovery, &si, &out->w, now, out->v + out->nv, WEEK_VERDICTS_MAX - out->nv);
	store_events_free(&ev);
	return 0;
}

int
svc_weeks(struct store *s, const struct rc *rc, hs_date first, int n, hs_minute now, hs_date today,
    struct svc_week *out, char **cause)
{
	for (int i = 0; i < n; i++)
		if (svc_week(s, rc, first + 7 * i, now, today, &out[i], cause) != 0)
			return -1;
	return 0;
}

int
svc_history(struct store *s, const struct rc *rc, const struct exercise_def *def,
    struct svc_history *out, char **cause)
{
	memset(out, 0, sizeof *out);
	if (store_exercise_sets(s, def->name, &out->sets, &out->nsets, cause) != 0)
		return -1;
	out->ps = xcalloc(out->nsets + 1, sizeof *out->ps);
	for (size_t i = 0; i < out->nsets; i++) {
		const struct set_record *r = &out->sets[i];
		/* The RPE as the model counts it: a failure set without one is 10,
		 * unloaded bodyweight work has its own default. */
		struct recovery_set rs = { .rpe = set_kind_rpe(r->kind, r->rpe),
			.warmup = r->kind == SET_WARMUP,
			.bodyweight = r->bodyweight && r->weight_kg == 0 };

		out->ps[i] = (struct progress_set){ .at = r->at,
			.load = r->bodyweight ? 0 : r->weight_kg,
			.reps = r->reps,
			.rpe = recovery_set_rpe(&rc->recovery, &rs),
			.warmup = r->kind == SET_WARMUP };
		out->unknown_load += r->bodyweight && r->kind != SET_WARMUP && r->reps > 0;
	}
	out->nsessions = progress_sessions(out->ps, out->nsets, &out->sessions);
	return 0;
}

int
svc_recent_lines(struct store *s, hs_date day, int days, char ***out, size_t *n, char **cause)
{
	struct store_day d;

	*out = NULL;
	*n = 0;
	for (int k = 0; k < days; k++) {
		if (store_load_day(s, day - k, &d, cause) != 0) {
			svc_lines_free(*out, *n);
			*out = NULL;
			*n = 0;
			return -1;
		}
		/* The day's exercises from its last one back: newest first. */
		entry_sort_sets(d.sets, d.nsets);
		for (size_t j = d.nsets; j > 0;) {
			size_t i = j - 1;
			char *line;
			bool seen = false;

			while (i > 0 && d.sets[i - 1].exercise_id == d.sets[j - 1].exercise_id)
				i--;
			line = entry_line(&d.sets[i], j - i);
			for (size_t m = 0; m < *n && !seen; m++)
				seen = strcmp((*out)[m], line) == 0;
			if (seen)
				free(line);
			else {
				*out = xreallocarray(*out, *n + 1, sizeof **out);
				(*out)[(*n)++] = line;
			}
			j = i;
		}
		store_day_free(&d);
	}
	return 0;
}

void
svc_lines_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

int
svc_last_session(struct store *s, const struct exercise_def *def, hs_date before,
    struct svc_last *out, char **cause)
{
	memset(out, 0, sizeof *out);
	return store_last_session(s, def->name, before, &out->date, &out->sets, &out->nsets, cause);
}

void
svc_last_free(struct svc_last *l)
{
	for (size_t i = 0; i < l->nsets; i++)
		set_record_free(&l->sets[i]);
	free(l->sets);
	memset(l, 0, sizeof *l);
}

int
svc_session_records(struct store *s, const struct rc *rc, const struct exercise_def *def,
    hs_date day, struct progress_session *out, char **cause)
{
	struct svc_history h;

	memset(out, 0, sizeof *out);
	out->best = -1;
	if (svc_history(s, rc, def, &h, cause) != 0)
		return -1;
	for (size_t i = 0; i < h.nsessions; i++)
		if (h.sessions[i].date == day)
			*out = h.sessions[i];
	svc_history_free(&h);
	return 0;
}

void
svc_history_free(struct svc_history *h)
{
	for (size_t i = 0; i < h->nsets; i++)
		set_record_free(&h->sets[i]);
	free(h->sets);
	free(h->ps);
	free(h->sessions);
	memset(h, 0, sizeof *h);
}

int
svc_search(struct store *s, const char *text, size_t limit, struct store_hit **out, size_t *n,
    char **cause)
{
	const char *problem = util_text_problem(text);
	char *t;
	int rc;

	*out = NULL;
	*n = 0;
	if (problem != NULL)
		return util_fail(cause, _("the search text has %s"), problem);
	if (util_chars(text) > SVC_SEARCH_MAX)
		return util_fail(
		    cause, _("the search text is longer than %d characters"), SVC_SEARCH_MAX);
	t = xstrdup(text);
	if (*util_trim(t) == '\0')
		rc = util_fail(cause, "%s", _("the search text is empty; give a word to look for"));
	else
		rc = store_search(s, util_trim(t), limit, out, n, cause);
	free(t);
	return rc;
}

/* ---- writing -------------------------------------------------------- */

static int
svc_remove_old(struct store *s, const struct svc_old *old, char **cause)
{
	for (size_t i = 0; old != NULL && i < old->n; i++)
		if (store_remove(s, old->kind, old->ids[i], cause) != 0)
			return -1;
	return 0;
}

struct svc_log_args {
	const struct svc_entry *entries;
	size_t n;
	hs_minute at;
	const struct svc_old *old;
};

static int
svc_log_write(struct store *s, void *arg, char **cause)
{
	const struct svc_log_args *l = arg;

	if (svc_remove_old(s, l->old, cause) != 0)
		return -1;
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = l->entries[i].e;
		const struct exercise_def *def = l->entries[i].def;
		struct set_record r = {
			/* A time on the line ("18:30") is the time of its day. */
			.at = e->minute >= 0 ? stamp_make(stamp_date(l->at), e->minute) : l->at,
			.exercise = def->name,
			.note = e->note,
			.superset = l->entries[i].superset,
			.distance_m = l->entries[i].distance_m,
		};

		if (store_exercise_id(s, def, &r.exercise_id, cause) != 0)
			return -1;
		for (int k = 0; k < e->nsets; k++) {
			const struct entry_set *es = &e->set[k];

			r.weight_kg = es->weight_kg;
			/* A bodyweight exercise typed without a load ("pull-up 3x8")
			 * is done at body weight; with one it is a loaded set unless
			 * written bw+X. */
			r.bodyweight = es->bodyweight || (!es->has_load && def->bodyweight);
			r.rpe = es->rpe;
			r.kind = es->kind;
			r.reps = e->timed ? 0 : es->reps;
			r.seconds = e->timed ? es->reps : 0;
			if (store_add_set(s, &r, cause) != 0)
				return -1;
		}
	}
	return 0;
}

static int
svc_repeat_write(struct store *s, void *arg, char **cause)
{
	const struct store_day *d = arg;

	for (size_t i = 0; i < d->nsets; i++)
		if (store_add_set(s, &d->sets[i], cause) != 0)
			return -1;
	return 0;
}

int
svc_repeat(struct store *s, hs_date from, hs_minute at, struct store_day *day, char **cause)
{
	char date[DATE_BUF], *what;
	int rc;

	if (store_load_day(s, from, day, cause) != 0)
		return -1;
	date_format(from, date);
	if (day->nsets == 0) {
		store_day_free(day);
		return util_fail(cause, _("nothing to repeat: %s has no sets"), date);
	}
	/* The sets as they were, in their order, at the new time; the notes
	 * were that day's. */
	for (size_t i = 0; i < day->nsets; i++) {
		day->sets[i].at = at;
		day->sets[i].note[0] = '\0';
	}
	what = xasprintf(_("repeat %s"), date);
	rc = store_batch(s, what, svc_repeat_write, day, cause);
	free(what);
	entry_sort_sets(day->sets, day->nsets);
	if (rc != 0)
		store_day_free(day);
	return rc;
}

int
svc_log_at(struct store *s, hs_date day, hs_minute now, int default_minute, hs_minute *at,
    char **cause)
{
	bool found;

	*at = day == stamp_date(now) ? now : stamp_make(day, default_minute);
	return day == stamp_date(now) ? 0 : store_day_last_time(s, day, at, &found, cause);
}

int
svc_log(struct store *s, const char *what, const struct svc_entry *entries, size_t n, hs_minute at,
    const struct svc_old *old, char **cause)
{
	struct svc_log_args l = { entries, n, at, old };

	return store_batch(s, what, svc_log_write, &l, cause);
}

struct svc_sore_args {
	const struct soreness_record *r;
	size_t n;
	const struct svc_old *old;
};

static int
svc_sore_write(struct store *s, void *arg, char **cause)
{
	const struct svc_sore_args *a = arg;

	if (svc_remove_old(s, a->old, cause) != 0)
		return -1;
	for (size_t i = 0; i < a->n; i++)
		if (store_add_soreness(s, &a->r[i], cause) != 0)
			return -1;
	return 0;
}

int
svc_sore(struct store *s, const char *what, const struct soreness_record *r, size_t n,
    const struct svc_old *old, char **cause)
{
	struct svc_sore_args a = { r, n, old };

	return store_batch(s, what, svc_sore_write, &a, cause);
}

static int
svc_sleep_write(struct store *s, void *arg, char **cause)
{
	return store_put_sleep(s, arg, cause);
}

int
svc_sleep(struct store *s, const char *what, const struct sleep_record *r, char **cause)
{
	return store_batch(s, what, svc_sleep_write, (void *)r, cause);
}

static int
svc_day_write(struct store *s, void *arg, char **cause)
{
	return store_put_day(s, arg, cause);
}

int
svc_day(struct store *s, const char *what, const struct day_record *r, char **cause)
{
	return store_batch(s, what, svc_day_write, (void *)r, cause);
}

static int
svc_remove_write(struct store *s, void *arg, char **cause)
{
	return svc_remove_old(s, arg, cause);
}

int
svc_remove(struct store *s, const char *what, const struct svc_old *old, char **cause)
{
	return store_batch(s, what, svc_remove_write, (void *)old, cause);
}

struct svc_groups_args {
	int64_t id;
	const unsigned char *role;
};

static int
svc_groups_write(struct store *s, void *arg, char **cause)
{
	const struct svc_groups_args *g = arg;

	return store_set_exercise_groups(s, g->id, g->role, cause);
}

int
svc_exercise_groups(struct store *s, const char *what, int64_t id,
    const unsigned char role[GROUP_COUNT], char **cause)
{
	struct svc_groups_args g = { id, role };

	return store_batch(s, what, svc_groups_write, &g, cause);
}

static int
svc_add_write(struct store *s, void *arg, char **cause)
{
	int64_t id;

	return store_exercise_id(s, arg, &id, cause);
}

int
svc_exercise_add(struct store *s, const char *what, const struct exercise_def *def, char **cause)
{
	return store_batch(s, what, svc_add_write, (void *)def, cause);
}
