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
			.at = l->at,
			.exercise = def->name,
			.weight_kg = e->weight_kg,
			/* A bodyweight exercise typed without a load ("pull-up 3x8")
			 * is done at body weight; with one it is a loaded set unless
			 * written bw+X. */
			.bodyweight = e->bodyweight || (!e->has_load && def->bodyweight),
			.rpe = e->rpe,
			.kind = e->kind,
			.note = e->note,
			.superset = l->entries[i].superset,
			.distance_m = l->entries[i].distance_m,
		};

		if (store_exercise_id(s, def, &r.exercise_id, cause) != 0)
			return -1;
		for (int k = 0; k < e->nsets; k++) {
			r.reps = e->timed ? 0 : e->reps[k];
			r.seconds = e->timed ? e->reps[k] : 0;
			if (store_add_set(s, &r, cause) != 0)
				return -1;
		}
	}
	return 0;
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
