/* plates.c: which plates make a weight, from the lifter's inventory.
 *
 * Weights become whole hundredths of the unit ("ticks"), divided by their
 * greatest common divisor, so that the sums one side can make fit a small
 * table. For each kind of plate, heaviest first, reach[i][s] is the fewest
 * plates of kinds i.. that make s; a load is read back heaviest first, so
 * of the loads with fewest plates the one with the heaviest plates wins
 * (25 + 20, not 15 + 15 + 15). */
#include "config.h"

#include "plates.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define TICKS_PER_UNIT 100
#define MAX_PAIRS 50     /* of one kind */
#define MAX_CELLS 200000 /* sums of one side the table may hold */
#define NONE UINT16_MAX

void
plates_default(struct plates_inventory *inv, enum units units)
{
	static const struct plates_kind kg[] = { { 25, 6 }, { 20, 2 }, { 15, 2 }, { 10, 2 },
		{ 5, 2 }, { 2.5, 2 }, { 1.25, 2 } };
	static const struct plates_kind lb[] = { { 45, 8 }, { 35, 2 }, { 25, 2 }, { 10, 2 },
		{ 5, 2 }, { 2.5, 2 } };
	const struct plates_kind *k = units == UNITS_LB ? lb : kg;
	size_t n = units == UNITS_LB ? HS_ARRAY_LEN(lb) : HS_ARRAY_LEN(kg);

	memset(inv, 0, sizeof *inv);
	inv->units = units;
	inv->bar = units == UNITS_LB ? 45 : 20;
	memcpy(inv->kind, k, n * sizeof *k);
	inv->nkinds = n;
}

int
plates_parse(const char *s, struct plates_kind kind[PLATES_MAX_KINDS], size_t *n)
{
	char *end;

	*n = 0;
	for (;;) {
		while (*s == ' ' || *s == ',' || *s == '\t')
			s++;
		if (*s == '\0')
			return 0; /* empty: the standard plates of the units */
		if (*n == PLATES_MAX_KINDS || !isdigit((unsigned char)*s))
			return -1;
		kind[*n].weight = strtod(s, &end);
		if (end == s || (*end != 'x' && *end != 'X') || !isdigit((unsigned char)end[1]))
			return -1;
		kind[*n].pairs = (int)strtol(end + 1, &end, 10);
		if (*end != '\0' && *end != ' ' && *end != ',' && *end != '\t')
			return -1;
		(*n)++;
		s = end;
	}
}

/* A weight in ticks; -1 when it is not a whole number of hundredths. */
static long
plates_ticks(double w)
{
	double t = w * TICKS_PER_UNIT;
	long r = lround(t);

	return fabs(t - (double)r) < 1e-6 ? r : -1;
}

static long
gcd(long a, long b)
{
	while (b != 0) {
		long t = a % b;
		a = b;
		b = t;
	}
	return a;
}

int
plates_check(const struct plates_inventory *inv, char **cause)
{
	if (!(inv->bar > 0 && inv->bar <= PLATES_MAX_WEIGHT) || plates_ticks(inv->bar) < 0)
		return util_fail(cause,
		    _("bar: expected a weight above 0 up to %g in steps of 0.01, got %g"),
		    PLATES_MAX_WEIGHT, inv->bar);
	if (inv->nkinds > PLATES_MAX_KINDS)
		return util_fail(cause, _("at most %d kinds of plate"), PLATES_MAX_KINDS);
	for (size_t i = 0; i < inv->nkinds; i++) {
		const struct plates_kind *k = &inv->kind[i];

		if (!(k->weight > 0 && k->weight <= PLATES_MAX_WEIGHT) ||
		    plates_ticks(k->weight) < 0)
			return util_fail(cause,
			    _("plate: expected a weight above 0 up to %g in steps of 0.01, got %g"),
			    PLATES_MAX_WEIGHT, k->weight);
		if (k->pairs < 0 || k->pairs > MAX_PAIRS)
			return util_fail(cause, _("plate %g: expected 0 to %d pairs, got %d"),
			    k->weight, MAX_PAIRS, k->pairs);
		for (size_t j = 0; j < i; j++)
			if (plates_ticks(inv->kind[j].weight) == plates_ticks(k->weight))
				return util_fail(cause, _("plate %g is given twice"), k->weight);
	}
	return 0;
}

/* The inventory as a table of reachable sums of one side. */
struct plates_table {
	long unit;     /* ticks per cell */
	size_t ncells; /* sums 0 .. ncells - 1 cells */
	size_t nkinds; /* kinds with plates, heaviest first */
	long w[PLATES_MAX_KINDS];
	int pairs[PLATES_MAX_KINDS];
	double weight[PLATES_MAX_KINDS];
	uint16_t *reach; /* (nkinds + 1) rows of ncells */
};

static int
by_weight_desc(const void *x, const void *y)
{
	const struct plates_kind *a = x, *b = y;

	return (a->weight < b->weight) - (a->weight > b->weight);
}

/* Row i from row i + 1: up to pairs[i] plates of weight w[i]. */
static void
plates_fill_row(struct plates_table *t, size_t i)
{
	uint16_t *row = t->reach + i * t->ncells, *next = row + t->ncells;

	for (size_t s = 0; s < t->ncells; s++) {
		uint16_t best = NONE;
		for (long k = 0; k <= t->pairs[i] && (size_t)(k * t->w[i]) <= s; k++) {
			uint16_t r = next[s - (size_t)(k * t->w[i])];
			if (r != NONE && r + k < best)
				best = (uint16_t)(r + k);
		}
		row[s] = best;
	}
}

static int
plates_table_make(const struct plates_inventory *inv, struct plates_table *t, char **cause)
{
	struct plates_kind sorted[PLATES_MAX_KINDS];
	long unit = 0, total = 0;

	memset(t, 0, sizeof *t);
	memcpy(sorted, inv->kind, inv->nkinds * sizeof *sorted);
	qsort(sorted, inv->nkinds, sizeof *sorted, by_weight_desc);
	for (size_t i = 0; i < inv->nkinds; i++) {
		if (sorted[i].pairs == 0)
			continue;
		t->weight[t->nkinds] = sorted[i].weight;
		t->w[t->nkinds] = plates_ticks(sorted[i].weight);
		t->pairs[t->nkinds] = sorted[i].pairs;
		unit = gcd(unit, t->w[t->nkinds]);
		total += t->w[t->nkinds] * sorted[i].pairs;
		t->nkinds++;
	}
	t->unit = unit > 0 ? unit : 1;
	for (size_t i = 0; i < t->nkinds; i++)
		t->w[i] /= t->unit;
	t->ncells = (size_t)(total / t->unit) + 1;
	if (t->ncells > MAX_CELLS)
		return util_fail(cause, _("the plate inventory is too large to search"));
	t->reach = xcalloc((t->nkinds + 1) * t->ncells, sizeof *t->reach);
	for (size_t s = 1; s < t->ncells; s++)
		t->reach[t->nkinds * t->ncells + s] = NONE;
	for (size_t i = t->nkinds; i-- > 0;)
		plates_fill_row(t, i);
	return 0;
}

/* Whether one side can make `s` cells with at most PLATES_MAX_PER_SIDE plates. */
static bool
plates_reachable(const struct plates_table *t, size_t s)
{
	return s < t->ncells && t->reach[s] <= PLATES_MAX_PER_SIDE;
}

/* Read the load of `s` cells back, heaviest plates first. */
static void
plates_read(const struct plates_table *t, double bar, size_t s, struct plates_load *out)
{
	double side = 0;

	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < t->nkinds; i++) {
		const uint16_t *row = t->reach + i * t->ncells, *next = row + t->ncells;
		for (long k = t->pairs[i]; k >= 0; k--) {
			size_t used = (size_t)(k * t->w[i]);
			if (used <= s && next[s - used] != NONE && next[s - used] + k == row[s]) {
				for (long j = 0; j < k; j++)
					out->side[out->n++] = t->weight[i];
				side += (double)k * t->weight[i];
				s -= used;
				break;
			}
		}
	}
	out->total = bar + 2 * side;
}

int
plates_solve(const struct plates_inventory *inv, double target, struct plates_load *exact,
    struct plates_load *below, struct plates_load *above, char **cause)
{
	struct plates_table t;
	double per_side;
	long want;
	size_t lo, hi;

	memset(exact, 0, sizeof *exact);
	memset(below, 0, sizeof *below);
	memset(above, 0, sizeof *above);
	if (!(target > 0) || !isfinite(target))
		return util_fail(cause, _("expected a weight above 0, got %g"), target);
	if (plates_check(inv, cause) != 0 || plates_table_make(inv, &t, cause) != 0)
		return -1;
	/* The side in cells, rounded down; exact only when nothing was lost. */
	per_side = (target - inv->bar) / 2 * TICKS_PER_UNIT / (double)t.unit;
	want = (long)floor(per_side + 1e-6);
	if (want >= 0 && fabs(per_side - (double)want) < 1e-6 &&
	    plates_reachable(&t, (size_t)want)) {
		plates_read(&t, inv->bar, (size_t)want, exact);
		free(t.reach);
		return 1;
	}
	/* The nearest sums below and above the side's (fractional) need. */
	if (want >= 0) {
		lo = (size_t)want < t.ncells ? (size_t)want : t.ncells - 1;
		while (!plates_reachable(&t, lo) && lo > 0)
			lo--;
		if (plates_reachable(&t, lo))
			plates_read(&t, inv->bar, lo, below);
	}
	for (hi = want < 0 ? 0 : (size_t)want + 1; hi < t.ncells; hi++)
		if (plates_reachable(&t, hi)) {
			plates_read(&t, inv->bar, hi, above);
			break;
		}
	free(t.reach);
	return 0;
}

void
plates_text(const struct plates_inventory *inv, const struct plates_load *l, bool utf8, char *buf,
    size_t len)
{
	struct strbuf sb;
	char num[32];

	strbuf_init(&sb);
	util_number_text(inv->bar, num, sizeof num);
	strbuf_puts(&sb, num);
	if (l->n > 0) {
		strbuf_puts(&sb, utf8 ? " + 2 \u00d7 " : " + 2 x ");
		if (l->n > 1)
			strbuf_puts(&sb, "(");
		for (size_t i = 0; i < l->n; i++) {
			util_number_text(l->side[i], num, sizeof num);
			if (i > 0)
				strbuf_puts(&sb, " + ");
			strbuf_puts(&sb, num);
		}
		if (l->n > 1)
			strbuf_puts(&sb, ")");
	}
	snprintf(buf, len, "%s", sb.buf);
	strbuf_free(&sb);
}

double
plates_round(const struct plates_inventory *inv, double w)
{
	struct plates_load exact, below, above;
	int r = plates_solve(inv, w, &exact, &below, &above, NULL);

	if (r == 1)
		return exact.total;
	if (r < 0)
		return w;
	if (below.total > 0 && (above.total == 0 || w - below.total <= above.total - w))
		return below.total;
	return above.total > 0 ? above.total : w;
}
