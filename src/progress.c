/* progress.c: estimated 1RM, records, the sessions of one exercise and a
 * terminal chart of them. */
#include "config.h"

#include "progress.h"

#include <math.h>
#include <string.h>

#include "util.h"

const int progress_rep_max_reps[PROGRESS_REP_MAXES] = { 1, 3, 5, 10 };

double
progress_e1rm(double load, int reps, double rpe)
{
	if (load <= 0 || reps <= 0)
		return 0;
	return load * (1 + (reps + 10 - rpe) / 30.0);
}

/* Whether a set can hold a record at all. */
static bool
progress_counts(const struct progress_set *s)
{
	return !s->warmup && s->load > 0 && s->reps > 0;
}

/* Records are compared to a thousandth, so a set logged in pounds and read
 * back in kilograms is no record over itself. */
static bool
progress_above(double v, double best)
{
	return best > 0 && v > best + 1e-3;
}

unsigned
progress_beats(const struct progress_records *r, const struct progress_set *s)
{
	unsigned bits = 0;

	if (!progress_counts(s))
		return 0;
	if (progress_above(progress_e1rm(s->load, s->reps, s->rpe), r->e1rm))
		bits |= PROGRESS_PR_E1RM;
	for (int i = 0; i < PROGRESS_REP_MAXES; i++)
		if (s->reps >= progress_rep_max_reps[i] && progress_above(s->load, r->rep_max[i]))
			bits |= PROGRESS_PR_REPS(i);
	return bits;
}

void
progress_add(struct progress_records *r, const struct progress_set *s)
{
	double e;

	if (!progress_counts(s))
		return;
	if ((e = progress_e1rm(s->load, s->reps, s->rpe)) > r->e1rm)
		r->e1rm = e;
	for (int i = 0; i < PROGRESS_REP_MAXES; i++)
		if (s->reps >= progress_rep_max_reps[i] && s->load > r->rep_max[i])
			r->rep_max[i] = s->load;
}

/* Take one set into its session, and into the records of the sessions so
 * far (`r`): a record beats what earlier sessions did (`before`), so the
 * sets of one session do not compete with each other, and a first session
 * sets none. */
static void
progress_session_add(struct progress_session *p, const struct progress_records *before,
    struct progress_records *r, const struct progress_set *s, int index)
{
	double e;
	unsigned bits;

	if (s->warmup)
		return;
	p->sets++; /* a work set, even one whose load is not known */
	if (!progress_counts(s))
		return;
	p->volume += s->load * s->reps;
	if ((e = progress_e1rm(s->load, s->reps, s->rpe)) > p->e1rm) {
		p->e1rm = e;
		p->best = index;
	}
	bits = progress_beats(before, s);
	progress_add(r, s);
	p->prs |= bits;
	if (bits & PROGRESS_PR_E1RM)
		p->pr_e1rm_gain = p->e1rm - before->e1rm;
}

size_t
progress_sessions(const struct progress_set *sets, size_t n, struct progress_session **out)
{
	struct progress_session *p = xcalloc(n + 1, sizeof *p);
	struct progress_records r, before;
	size_t k = 0;

	memset(&r, 0, sizeof r);
	before = r;
	for (size_t i = 0; i < n; i++) {
		hs_date d = stamp_date(sets[i].at);

		if (k == 0 || p[k - 1].date != d) {
			p[k].date = d;
			p[k].best = -1;
			k++;
			before = r;
		}
		progress_session_add(&p[k - 1], &before, &r, &sets[i], (int)i);
	}
	*out = p;
	return k;
}

/* The cell of a column `h8` eighths high in the row whose floor is `base`
 * eighths up, appended at *p. */
static void
progress_cell(char **p, int h8, int base, bool utf8)
{
	static const char *const blocks[9] = { " ", "\u2581", "\u2582", "\u2583", "\u2584",
		"\u2585", "\u2586", "\u2587", "\u2588" };
	int part = h8 - base;
	const char *c;

	if (part > 8)
		part = 8;
	if (part < 0)
		part = 0;
	if (utf8)
		c = blocks[part];
	else
		c = part == 8 ? "#" : part >= 4 ? ":" : part > 0 ? "." : " ";
	size_t len = strlen(c);
	memcpy(*p, c, len);
	*p += len;
}

void
progress_chart(const double *values, size_t n, int width, int height, bool utf8, char **rows)
{
	double col[512], lo = 0, hi = 0;
	int ncols = 0, per = 1, h8[512];

	if (width > (int)HS_ARRAY_LEN(col))
		width = (int)HS_ARRAY_LEN(col);
	if (n > 0 && width > 0) {
		if (n <= (size_t)width) {
			/* Few values: each a bar of up to three columns. */
			per = width / (int)n > 3 ? 3 : width / (int)n;
			ncols = (int)n;
			for (size_t i = 0; i < n; i++)
				col[i] = values[i];
		} else {
			/* Many: each column the highest of the values it stands for. */
			ncols = width;
			for (int c = 0; c < width; c++) {
				size_t from = (size_t)c * n / (size_t)width,
				       to = (size_t)(c + 1) * n / (size_t)width;
				col[c] = values[from];
				for (size_t i = from; i < to; i++)
					if (values[i] > col[c])
						col[c] = values[i];
			}
		}
		lo = hi = col[0];
		for (int c = 0; c < ncols; c++) {
			if (col[c] < lo)
				lo = col[c];
			if (col[c] > hi)
				hi = col[c];
		}
		/* Above the lowest value an eighth of the range is left, so that it
		 * still shows a bar; equal values stand half high. */
		lo -= (hi - lo) / 8;
	}
	for (int c = 0; c < ncols; c++) {
		double f = hi > lo ? (col[c] - lo) / (hi - lo) : 0.5;
		h8[c] = (int)lround(f * height * 8);
		if (h8[c] < 1)
			h8[c] = 1;
	}
	for (int r = 0; r < height; r++) {
		char *p = rows[r];
		int base = (height - 1 - r) * 8, used = ncols * per;

		for (int pad = used; pad < width; pad++)
			*p++ = ' ';
		for (int c = 0; c < ncols; c++)
			for (int k = 0; k < per; k++)
				progress_cell(&p, h8[c], base, utf8);
		*p = '\0';
	}
}
