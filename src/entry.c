/* entry.c: parse and describe one line of the log grammar (see entry.h).
 *
 * The text is cut into words; the exercise name is the leading words up to
 * the first word that starts the tail (a scheme, a load, @RPE, warmup or
 * '#'). The tail must then be in grammar order. Decisions not in the
 * grammar itself:
 *  - no scheme means one set of one rep ("plank" is 1 set of 1);
 *  - a bare integer right after the name is a scheme (one set of that many
 *    reps: "deadlift 5 140"), unless the next word is a unit ("squat 100 kg");
 *  - a name may hold a bare integer ("kettlebell figure 8 3x10"): when the
 *    tail after such a word does not parse, the word joins the name and the
 *    next candidate is tried; if none parses, the first error is reported;
 *  - the note starts at the first '#' anywhere in the text;
 *  - weight errors show a negative number as typed ("got -5") and a too
 *    large one with the unit it was read in ("got 5000 kg");
 *  - AxB is sets x reps when A can be a set count (a whole number up to
 *    ENTRY_MAX_SETS), else load x reps: "100x5" is 5 reps at 100, "82.5x8"
 *    and "60kgx10" too. Where sets x reps gives more than
 *    ENTRY_MAX_PLAIN_REPS reps a set and no load, the line may mean load x
 *    reps the other way round ("5x100"): it is refused with both readings,
 *    rather than logging 500 reps; a load ("5x100 bw") says it is reps;
 *  - a comma ends a group when it ends a word ("100x5 @9, 85x8"); inside a
 *    word it parts a reps list ("10,8,6"), or is a decimal comma before a
 *    unit ("82,5kg", "82,5 kg"). */
#include "config.h"

#include "entry.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "i18n.h"
#include "util.h"

/* The parts of the tail, in the order the grammar wants them. */
enum entry_part { PART_NAME, PART_SCHEME, PART_LOAD, PART_RPE, PART_KIND };

static const struct {
	const char *after;
	const char *expected;
} entry_parts[] = {
	[PART_NAME] = { N_("the name"), N_("a scheme, a load, @RPE, warmup or # note") },
	[PART_SCHEME] = { N_("the scheme"), N_("a load, @RPE, warmup, drop, failure or # note") },
	[PART_LOAD] = { N_("the load"), N_("@RPE, warmup, drop, failure or # note") },
	[PART_RPE] = { N_("the RPE"), N_("warmup, drop, failure or # note") },
	[PART_KIND] = { N_("the set kind"), N_("# note") },
};

/* One comma-parted group of the tail while it is parsed; the fields as in
 * struct entry_set, with the scheme's reps. */
struct entry_group {
	int nsets;
	int reps[ENTRY_MAX_SETS]; /* seconds when timed */
	bool schemed;             /* a scheme or LOADxREPS was given */
	bool times;               /* written SETSxREPS */
	bool timed;
	bool has_load;
	bool bodyweight;
	double weight_kg;
	double rpe;
	enum set_kind kind;
	const char *scheme; /* its word, for messages */
};

/* The words of the text before the note; end[i] when word i ended with a
 * comma (cut off), which ends a group in the tail. */
struct entry_words {
	char *copy;
	char **w;
	bool *end;
	size_t n;
};

/* A space for the grammar: ASCII blanks only. */
static int
entry_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Split text (up to `len` bytes) into words; the words point into a copy. */
static void
entry_split(const char *text, size_t len, struct entry_words *ws)
{
	char *p;

	ws->copy = xstrndup(text, len);
	ws->w = xreallocarray(NULL, len / 2 + 1, sizeof *ws->w);
	ws->end = xcalloc(len / 2 + 1, sizeof *ws->end);
	ws->n = 0;
	for (p = ws->copy; *p != '\0';) {
		while (entry_isspace((unsigned char)*p))
			*p++ = '\0';
		if (*p == '\0')
			break;
		if (*p == ',' && (p[1] == '\0' || entry_isspace((unsigned char)p[1]))) {
			/* A comma of its own ends the word before it. */
			if (ws->n > 0)
				ws->end[ws->n - 1] = true;
			*p++ = '\0';
			continue;
		}
		ws->w[ws->n++] = p;
		while (*p != '\0' && !entry_isspace((unsigned char)*p))
			p++;
		if (p[-1] == ',') {
			p[-1] = '\0';
			ws->end[ws->n - 1] = true;
		}
	}
}

/* Length of a plain decimal number at s ("-5", "82.5", ".5"); 0 if none. */
static size_t
entry_number_len(const char *s)
{
	size_t i = 0, digits = 0;

	if (s[i] == '-')
		i++;
	for (; isdigit((unsigned char)s[i]); i++)
		digits++;
	if (s[i] == '.')
		for (i++; isdigit((unsigned char)s[i]); i++)
			digits++;
	return digits > 0 ? i : 0;
}

/* The set kind a word names: "drop" (dropset) or "failure" (fail); -1
 * when none. Only in the tail, so that a name may hold them ("drop push");
 * warmup, which may also start the tail, is entry_is_warmup. */
static int
entry_kind_word(const char *w)
{
	if (util_strcasecmp(w, "drop") == 0 || util_strcasecmp(w, "dropset") == 0)
		return SET_DROP;
	if (util_strcasecmp(w, "failure") == 0 || util_strcasecmp(w, "fail") == 0)
		return SET_FAILURE;
	return -1;
}

/* "warmup", "warm-up" or "wu". */
static int
entry_is_warmup(const char *w)
{
	return util_strcasecmp(w, "warmup") == 0 || util_strcasecmp(w, "warm-up") == 0 ||
	    util_strcasecmp(w, "wu") == 0;
}

/* A unit word: UNITS_KG or UNITS_LB, or -1. */
static int
entry_unit(const char *w)
{
	if (util_strcasecmp(w, "kg") == 0)
		return UNITS_KG;
	if (util_strcasecmp(w, "lb") == 0 || util_strcasecmp(w, "lbs") == 0)
		return UNITS_LB;
	return -1;
}

/* Only digits, at least one. */
static int
entry_all_digits(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The length of the "x" between sets and reps at s ('x', 'X' or '×'). */
static size_t
entry_times_len(const char *s)
{
	if (*s == 'x' || *s == 'X')
		return 1;
	if ((unsigned char)s[0] == 0xc3 && (unsigned char)s[1] == 0x97)
		return 2;
	return 0;
}

/* Does w match the scheme syntax exactly (no range checks)? */
static int
entry_is_scheme(const char *w)
{
	size_t n = strspn(w, "0123456789"), t;
	const char *p;

	if (n == 0)
		return 0;
	if ((t = entry_times_len(w + n)) != 0)
		return entry_all_digits(w + n + t, strlen(w + n + t));
	for (p = w; *p != '\0'; p += n + (p[n] == ',')) {
		n = strspn(p, "0123456789");
		if (n == 0 || (p[n] != ',' && p[n] != '\0') || (p[n] == ',' && p[n + 1] == '\0'))
			return 0;
	}
	return 1;
}

/* Made only of digits, commas and x: a scheme mistyped ("5,,5", "5x5x5"). */
static int
entry_looks_scheme(const char *w)
{
	if (!isdigit((unsigned char)w[0]))
		return 0;
	if (strspn(w, "0123456789,xX\xc3\x97") != strlen(w))
		return 0;
	return strspn(w, "0123456789") != strlen(w);
}

/* Does w look like a load: a number with an optional suffix of letters, or bw? */
static int
entry_is_load(const char *w)
{
	size_t n;

	if (util_strncasecmp(w, "bw", 2) == 0 && (w[2] == '\0' || w[2] == '+'))
		return 1;
	n = entry_number_len(w);
	if (n == 0)
		return 0;
	for (w += n; *w != '\0'; w++)
		if (!((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z')))
			return 0;
	return 1;
}

static const char *entry_untimed(const char *w, char *buf, size_t len);
static int entry_is_time(const char *w);

/* LOADxREPS in shape ("82.5x8", "60kgx10", "bw+10x8"); the range checks and
 * whether the load could be a set count are entry_load_reps's. */
static int
entry_looks_load_reps(const char *w)
{
	const char *x = NULL;
	char *load;
	int yes;

	for (const char *p = w; *p != '\0'; p++)
		if (entry_times_len(p) != 0)
			x = p;
	if (x == NULL || x == w || !entry_all_digits(x + entry_times_len(x), strlen(x + entry_times_len(x))))
		return 0;
	load = xstrndup(w, (size_t)(x - w));
	yes = entry_is_load(load);
	free(load);
	return yes;
}

/* Does the word w start the tail? */
static int
entry_starts_tail(const char *w)
{
	char buf[64];

	return entry_looks_scheme(w) || entry_untimed(w, buf, sizeof buf) != NULL ||
	    entry_is_load(w) || entry_looks_load_reps(w) || w[0] == '@' || entry_is_warmup(w) ||
	    entry_is_time(w);
}

/* What a count in a scheme counts, for its message. */
enum entry_what { COUNT_SETS, COUNT_REPS, COUNT_SECONDS };

/* A count in a scheme: digits [s, s + n) in [1, max]. */
static int
entry_count(const char *s, size_t n, int max, enum entry_what what, int *out, char **cause)
{
	long v = 0;

	for (size_t i = 0; i < n; i++) {
		v = v * 10 + (s[i] - '0');
		if (v > 1000000)
			break;
	}
	if (v < 1 || v > max)
		switch (what) {
		case COUNT_SETS:
			return util_fail(
			    cause, _("sets must be from 1 to %d, got %.*s"), max, (int)n, s);
		case COUNT_REPS:
			return util_fail(
			    cause, _("reps must be from 1 to %d, got %.*s"), max, (int)n, s);
		default:
			return util_fail(
			    cause, _("seconds must be from 1 to %d, got %.*s"), max, (int)n, s);
		}
	*out = (int)v;
	return 0;
}

/* A timed scheme ("3x60s", "60s", "60s,45s"): the scheme without its
 * seconds' "s" in `buf`, or NULL when w is not one. */
static const char *
entry_untimed(const char *w, char *buf, size_t len)
{
	size_t n = 0;
	bool any = false;

	for (const char *p = w; *p != '\0' && n + 1 < len; p++) {
		if (*p == 's' && p > w && isdigit((unsigned char)p[-1]) &&
		    (p[1] == '\0' || p[1] == ',')) {
			any = true;
			continue;
		}
		buf[n++] = *p;
	}
	buf[n] = '\0';
	return any && entry_is_scheme(buf) ? buf : NULL;
}

/* SETSxREPS or REPS[,REPS...] at word i, or the same in seconds
 * (SETSxSECONDSs); returns words used, 0 or -1. */
static int
entry_scheme(char **w, size_t nw, size_t i, struct entry_group *e, char **cause)
{
	char buf[64];
	const char *s = w[i], *untimed = entry_untimed(w[i], buf, sizeof buf);
	size_t n, t;
	int reps, k, max = ENTRY_MAX_REPS;
	enum entry_what what = COUNT_REPS;

	if (untimed != NULL) {
		s = untimed;
		e->timed = true;
		max = ENTRY_MAX_SECONDS;
		what = COUNT_SECONDS;
	}
	n = strspn(s, "0123456789");
	if (!entry_looks_scheme(s) && !entry_is_scheme(s))
		return 0;
	if (!entry_is_scheme(s))
		return util_fail(
		    cause, _("bad scheme \"%s\" (expected SETSxREPS or REPS,REPS,...)"), s);
	if (i + 1 < nw && entry_unit(w[i + 1]) >= 0)
		return 0;
	if ((t = entry_times_len(s + n)) != 0) {
		if (entry_count(s, n, ENTRY_MAX_SETS, COUNT_SETS, &e->nsets, cause) != 0 ||
		    entry_count(s + n + t, strlen(s + n + t), max, what, &reps, cause) != 0)
			return -1;
		for (k = 0; k < e->nsets; k++)
			e->reps[k] = reps;
		e->times = true;
		e->schemed = true;
		e->scheme = w[i];
		return 1;
	}
	for (k = 1, n = 0; s[n] != '\0'; n++)
		k += s[n] == ',';
	if (k > ENTRY_MAX_SETS)
		return util_fail(cause, _("sets must be from 1 to %d, got %d"), ENTRY_MAX_SETS, k);
	for (k = 0; *s != '\0'; k++, s += n + (s[n] == ',')) {
		n = strspn(s, "0123456789");
		if (entry_count(s, n, max, what, &e->reps[k], cause) != 0)
			return -1;
	}
	e->nsets = k;
	e->schemed = true;
	e->scheme = w[i];
	return 1;
}

/* A weight: the number (n bytes of s) in `units`, range-checked, into kg. */
static int
entry_weight(const char *s, size_t n, enum units units, double *kg, char **cause)
{
	char *num = xstrndup(s, n);
	double v = strtod(num, NULL);

	*kg = units == UNITS_LB ? v * KG_PER_LB : v;
	if (v < 0 || *kg > ENTRY_MAX_KG) {
		util_fail(cause, _("weight must be from 0 to %g kg, got %s%s"), ENTRY_MAX_KG, num,
		    v < 0                   ? ""
		        : units == UNITS_LB ? " lb"
		                            : " kg");
		free(num);
		return -1;
	}
	free(num);
	return 0;
}

/* LOAD at word i ("100kg", "100 kg", "80", "bw", "bw+10"); returns words used. */
static int
entry_load(char **w, size_t nw, size_t i, enum units units, struct entry_group *e, char **cause)
{
	const char *s = w[i], *num = s;
	size_t n;
	int unit = (int)units, used = 1;

	if (!entry_is_load(s))
		return 0;
	if (util_strncasecmp(s, "bw", 2) == 0) {
		e->bodyweight = true;
		e->has_load = true;
		if (s[2] == '\0')
			return 1;
		num = s + 3;
	}
	n = entry_number_len(num);
	if (n == 0)
		return util_fail(cause, _("bad load \"%s\" (expected bw or bw+NUMBER)"), s);
	if (num[n] != '\0' && (unit = entry_unit(num + n)) < 0)
		return util_fail(
		    cause, _("bad unit \"%s\" in \"%s\" (expected kg or lb)"), num + n, s);
	if (num[n] == '\0' && i + 1 < nw && entry_unit(w[i + 1]) >= 0) {
		unit = entry_unit(w[i + 1]);
		used = 2;
	}
	if (entry_weight(num, n, (enum units)unit, &e->weight_kg, cause) != 0)
		return -1;
	e->has_load = true;
	return used;
}

/* @RPE at word i ("@8", "@8.5", "@ 8"); returns words used. */
static int
entry_rpe(char **w, size_t nw, size_t i, struct entry_group *e, char **cause)
{
	const char *s = w[i] + 1;
	int used = 1;
	size_t n;
	double v;

	if (w[i][0] != '@')
		return 0;
	if (*s == '\0') {
		if (i + 1 == nw)
			return util_fail(cause, "%s", _("missing RPE after \"@\""));
		s = w[i + 1];
		used = 2;
	}
	n = entry_number_len(s);
	if (n == 0 || s[n] != '\0')
		return util_fail(cause, _("bad RPE \"@%s\" (expected @1 to @10)"), s);
	v = strtod(s, NULL);
	if (v < 1 || v > 10)
		return util_fail(cause, _("RPE must be from 1 to 10, got %s"), s);
	if (fabs(v * 2 - round(v * 2)) > 1e-9)
		return util_fail(cause, _("RPE must be in steps of 0.5, got %s"), s);
	e->rpe = v;
	return used;
}

/* LOADxREPS at word i: one set of REPS at a load that cannot be a set
 * count ("100x5", "82.5x8", "60kgx10", "bw+10x8"); returns words used. */
static int
entry_load_reps(char **w, size_t i, enum units units, struct entry_group *e, char **cause)
{
	char *s = w[i], *x = NULL, *load;
	size_t t = 0;
	int used;

	for (char *p = s; *p != '\0'; p++)
		if ((t = entry_times_len(p)) != 0)
			x = p;
	if (x == NULL || x == s)
		return 0;
	t = entry_times_len(x);
	if (!entry_all_digits(x + t, strlen(x + t)))
		return 0;
	load = xstrndup(s, (size_t)(x - s));
	/* A whole number that can be a set count is sets x reps. */
	if (!entry_is_load(load) ||
	    (entry_all_digits(load, strlen(load)) && atol(load) <= ENTRY_MAX_SETS)) {
		free(load);
		return 0;
	}
	used = entry_load(&load, 1, 0, units, e, cause);
	free(load);
	if (used < 0 || entry_count(x + t, strlen(x + t), ENTRY_MAX_REPS, COUNT_REPS, &e->reps[0],
	                    cause) != 0)
		return -1;
	e->nsets = 1;
	e->schemed = true;
	e->scheme = s;
	return 1;
}

/* "18:30": a time of day, the shape checked here, the range by time_parse. */
static int
entry_is_time(const char *w)
{
	size_t n = strspn(w, "0123456789");

	return (n == 1 || n == 2) && w[n] == ':' && strspn(w + n + 1, "0123456789") == 2 &&
	    w[n + 3] == '\0';
}

/* A decimal comma before a unit ("82,5kg", "82,5 kg", "82,5x8") becomes a
 * point, in place; a comma elsewhere stays (a reps list, a group's end). */
static void
entry_decimal_comma(struct entry_words *ws, size_t i)
{
	char *w = ws->w[i], *c;
	size_t n = strspn(w, "0123456789");

	if (n == 0 || w[n] != ',' || !isdigit((unsigned char)w[n + 1]))
		return;
	c = w + n;
	n += 1 + strspn(w + n + 1, "0123456789");
	if ((w[n] != '\0' && strchr("kKlL", w[n]) != NULL) || entry_times_len(w + n) != 0 ||
	    (w[n] == '\0' && !ws->end[i] && i + 1 < ws->n && entry_unit(ws->w[i + 1]) >= 0))
		*c = '.';
}

/* One group from word *i on, up to a word that ends with a comma; the time
 * of day, wherever it stands, into *minute. 0 or -1. */
static int
entry_group(struct entry_words *ws, size_t *i, enum units units, struct entry_group *e,
    int *minute, char **cause)
{
	enum entry_part last = PART_NAME;
	char **w = ws->w;
	size_t nw = ws->n;
	int used;

	while (*i < nw) {
		size_t at = *i;

		used = 0;
		if (entry_is_time(w[at])) {
			if (*minute >= 0)
				return util_fail(cause, _("a second time of day \"%s\""), w[at]);
			char hhmm[8];

			/* "7:05" is 07:05. */
			snprintf(hhmm, sizeof hhmm, "%s%s", w[at][1] == ':' ? "0" : "", w[at]);
			if (time_parse(hhmm, minute, cause) != 0)
				return -1;
			used = 1;
		} else if (last < PART_SCHEME && (used = entry_load_reps(w, at, units, e, cause)) != 0)
			last = PART_LOAD;
		else if (last < PART_SCHEME && (used = entry_scheme(w, nw, at, e, cause)) != 0)
			last = PART_SCHEME;
		else if (last < PART_LOAD && (used = entry_load(w, nw, at, units, e, cause)) != 0)
			last = PART_LOAD;
		else if (last < PART_RPE && (used = entry_rpe(w, nw, at, e, cause)) != 0)
			last = PART_RPE;
		else if (last < PART_KIND && (entry_is_warmup(w[at]) || entry_kind_word(w[at]) >= 0)) {
			e->kind = entry_is_warmup(w[at]) ? SET_WARMUP
			                                 : (enum set_kind)entry_kind_word(w[at]);
			last = PART_KIND;
			used = 1;
		} else
			return util_fail(cause, _("unexpected \"%s\" after %s (expected %s)"), w[at],
			    _(entry_parts[last].after), _(entry_parts[last].expected));
		if (used < 0)
			return -1;
		*i += (size_t)used;
		if (ws->end[*i - 1])
			break;
	}
	return 0;
}

/* "5x100": sets x reps with many reps and no load may be a load x reps
 * written the other way round; entry_check_for decides. */
static bool
entry_group_unclear(const struct entry_group *g)
{
	return g->times && !g->timed && !g->has_load && g->reps[0] > ENTRY_MAX_PLAIN_REPS;
}

/* The tail from word i on: its groups, each checked and its sets added to e.
 * A group without a load takes the one of the group before it. 0 or -1. */
static int
entry_tail(struct entry_words *ws, size_t i, enum units units, struct entry *e, char **cause)
{
	struct entry_group g, prev = { 0 };

	e->nsets = 0;
	e->ngroups = 0;
	while (i < ws->n) {
		memset(&g, 0, sizeof g);
		if (entry_group(ws, &i, units, &g, &e->minute, cause) != 0)
			return -1;
		if (!g.schemed && e->ngroups == 0 && g.nsets == 0) {
			g.nsets = 1; /* no scheme: one set of one rep */
			g.reps[0] = 1;
		} else if (!g.schemed && g.nsets == 0) {
			if (!g.has_load && g.rpe == 0 && g.kind == SET_WORK)
				continue; /* only a time, or nothing, after a comma */
			return util_fail(cause, "%s",
			    _("a group after a comma needs its reps (e.g. 85x8 or 3x8 85)"));
		}
		if (e->unclear < 0 && entry_group_unclear(&g)) {
			e->unclear = e->nsets;
			e->unclear_sets = g.nsets;
		}
		if (e->ngroups > 0 && g.timed != e->timed)
			return util_fail(cause, "%s", _("timed and counted sets cannot share one line"));
		e->timed = g.timed;
		if (!g.has_load && e->ngroups > 0) {
			g.has_load = prev.has_load;
			g.bodyweight = prev.bodyweight;
			g.weight_kg = prev.weight_kg;
		}
		if (e->nsets + g.nsets > ENTRY_MAX_SETS)
			return util_fail(cause, _("sets must be from 1 to %d, got %d"), ENTRY_MAX_SETS,
			    e->nsets + g.nsets);
		for (int k = 0; k < g.nsets; k++)
			e->set[e->nsets++] = (struct entry_set){ .reps = g.reps[k],
				.has_load = g.has_load,
				.bodyweight = g.bodyweight,
				.weight_kg = g.weight_kg,
				.rpe = g.rpe,
				.kind = g.kind,
				.group = e->ngroups };
		e->ngroups++;
		prev = g;
	}
	return 0;
}

/* Reset the parsed fields to "nothing given": one set of one rep. */
static void
entry_clear(struct entry *e)
{
	memset(e, 0, sizeof *e);
	e->nsets = 1;
	e->set[0].reps = 1;
	e->ngroups = 1;
	e->minute = -1;
	e->unclear = -1;
}

/* Find where the name ends and parse the tail; see the top of the file. */
static int
entry_words(
    struct entry_words *ws, enum units units, struct entry *e, size_t *name_len, char **cause)
{
	char *first = NULL;
	size_t i;
	int ok = 1;

	entry_clear(e);
	for (i = 0; i < ws->n; i++) {
		if (!entry_starts_tail(ws->w[i]))
			continue;
		entry_clear(e);
		ok = entry_tail(ws, i, units, e, first == NULL ? &first : NULL) == 0;
		/* Only a bare integer may join the name to let the next word try. */
		if (ok || strspn(ws->w[i], "0123456789") != strlen(ws->w[i]))
			break;
	}
	if (!ok) {
		if (cause != NULL)
			*cause = first;
		else
			free(first);
		return -1;
	}
	if (i == ws->n)
		entry_clear(e);
	free(first);
	*name_len = i;
	return 0;
}

/* The note after '#', trimmed and length-checked, or "" when none. */
static int
entry_note(const char *hash, char **note, char **cause)
{
	char *copy, *t;

	if (hash == NULL) {
		*note = xstrdup("");
		return 0;
	}
	copy = xstrdup(hash + 1);
	t = util_trim(copy);
	if (util_chars(t) > ENTRY_NOTE_MAX) {
		free(copy);
		return util_fail(cause, _("note is longer than %d characters"), ENTRY_NOTE_MAX);
	}
	*note = xstrdup(t);
	free(copy);
	return 0;
}

/* Parse one entry: split off the note, find the name, check the tail. */
int
entry_parse(const char *text, enum units units, struct entry *out, char **cause)
{
	const char *hash = strchr(text, '#');
	struct entry_words ws;
	struct strbuf name;
	struct entry e;
	size_t nname;
	char *note = NULL;
	const char *bad;
	int rc = -1;

	entry_clear(out);
	if ((bad = util_text_problem(text)) != NULL)
		return util_fail(cause, _("the entry has %s"), bad);
	entry_split(text, hash != NULL ? (size_t)(hash - text) : strlen(text), &ws);
	for (size_t i = 0; i < ws.n; i++)
		entry_decimal_comma(&ws, i);
	if (entry_words(&ws, units, &e, &nname, cause) != 0)
		goto out;
	if (nname == 0) {
		rc = util_fail(cause, "%s", _("missing exercise name"));
		goto out;
	}
	if (entry_note(hash, &note, cause) != 0)
		goto out;
	strbuf_init(&name);
	for (size_t i = 0; i < nname; i++) {
		if (i > 0)
			strbuf_puts(&name, " ");
		strbuf_puts(&name, ws.w[i]);
		if (ws.end[i] && i + 1 < nname) /* "Rowing, Stationary" */
			strbuf_puts(&name, ",");
	}
	e.exercise = strbuf_detach(&name);
	e.note = note;
	*out = e;
	rc = 0;
out:
	free(ws.w);
	free(ws.end);
	free(ws.copy);
	return rc;
}

int
entry_check_for(const struct entry *e, bool bodyweight, char **cause)
{
	int sets, reps;

	if (e->unclear < 0 || bodyweight)
		return 0;
	sets = e->unclear_sets;
	reps = e->set[e->unclear].reps;
	return util_fail(cause,
	    _("\"%dx%d\" is %d sets of %d reps, or %d for %d reps? Write %dx%d for the load, "
	      "or %dx%d bw for the reps"),
	    sets, reps, sets, reps, reps, sets, reps, sets, sets, reps);
}

/* What a stored set counts: seconds for a timed one, else reps. */
static int
entry_set_count(const struct set_record *s)
{
	return s->seconds > 0 ? s->seconds : s->reps;
}

/* One run's part of a line: "5x5 100kg @8", "8,8,6 bw+10kg", or, when
 * `short`, "100x5 @8" for a single set whose load cannot be read as a set
 * count. */
static void
entry_run_text(struct strbuf *sb, const struct set_record *s, size_t n, bool note, bool short_)
{
	bool same = true;

	for (size_t i = 1; i < n; i++)
		same = same && entry_set_count(&s[i]) == entry_set_count(&s[0]);
	if (short_ && n == 1 && !s->bodyweight && s->seconds == 0 && s->reps > 0 &&
	    (s->weight_kg > ENTRY_MAX_SETS || s->weight_kg != floor(s->weight_kg)))
		strbuf_printf(sb, "%gx%d", s->weight_kg, s->reps);
	else {
		if (same && entry_set_count(s) > 0)
			strbuf_printf(sb, "%zux%d%s", n, entry_set_count(s), s->seconds > 0 ? "s" : "");
		for (size_t i = 0; !same && i < n; i++)
			strbuf_printf(sb, "%s%d%s", i > 0 ? "," : "", entry_set_count(&s[i]),
			    s->seconds > 0 ? "s" : "");
		if (s->bodyweight)
			strbuf_puts(sb, " bw");
		if (s->weight_kg > 0)
			strbuf_printf(sb, "%s%gkg", s->bodyweight ? "+" : " ", s->weight_kg);
	}
	if (s->rpe > 0)
		strbuf_printf(sb, " @%g", s->rpe);
	if (s->kind != SET_WORK)
		strbuf_printf(sb, " %s", set_kind_id(s->kind));
	if (note && s->note[0] != '\0')
		strbuf_printf(sb, " # %s", s->note);
}

char *
entry_text(const struct set_record *s, size_t n, bool note)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s ", s->exercise);
	entry_run_text(&sb, s, n, note, false);
	return strbuf_detach(&sb);
}

char *
entry_line(const struct set_record *s, size_t n)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s ", s->exercise);
	for (size_t i = 0, run; i < n; i += run) {
		run = entry_run_length(&s[i], n - i);
		if (i > 0)
			strbuf_puts(&sb, ", ");
		entry_run_text(&sb, &s[i], run, false, true);
	}
	return strbuf_detach(&sb);
}

void
entry_sort_sets(struct set_record *s, size_t n)
{
	size_t *rank = xcalloc(n + 1, sizeof *rank), i, j, rtmp;
	struct set_record tmp;

	for (i = 0; i < n; i++) {
		rank[i] = i;
		for (j = 0; j < i; j++)
			if (s[j].exercise_id == s[i].exercise_id) {
				rank[i] = rank[j];
				break;
			}
	}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && rank[j - 1] > rank[j]; j--) {
			tmp = s[j - 1], s[j - 1] = s[j], s[j] = tmp;
			rtmp = rank[j - 1], rank[j - 1] = rank[j], rank[j] = rtmp;
		}
	free(rank);
}

/* Two sets print as one line when everything but the reps agrees. */
static bool
entry_same_line(const struct set_record *x, const struct set_record *y)
{
	return x->exercise_id == y->exercise_id && x->weight_kg == y->weight_kg &&
	    x->bodyweight == y->bodyweight && x->rpe == y->rpe && x->kind == y->kind &&
	    (x->seconds > 0) == (y->seconds > 0) && x->distance_m == y->distance_m &&
	    x->superset == y->superset && strcmp(x->note, y->note) == 0;
}

size_t
entry_run_length(const struct set_record *s, size_t n)
{
	size_t j = 1;

	while (j < n && j < ENTRY_MAX_SETS && entry_same_line(&s[0], &s[j]))
		j++;
	return n == 0 ? 0 : j;
}

/* Free what entry_parse allocated; safe after a failed parse. */
void
entry_free(struct entry *e)
{
	free(e->exercise);
	free(e->note);
	e->exercise = e->note = NULL;
}

/* Sets i and j share load, RPE and kind: one run of the description. */
static int
entry_same_run(const struct entry_set *i, const struct entry_set *j)
{
	return i->has_load == j->has_load && i->bodyweight == j->bodyweight &&
	    i->weight_kg == j->weight_kg && i->rpe == j->rpe && i->kind == j->kind;
}

/* "5 sets of 5", "1 set of 8" or "3 sets (8, 8, 6)": sets [from, to). */
static void
entry_describe_sets(const struct entry *e, int from, int to, struct strbuf *sb)
{
	int same = 1, n = to - from;

	for (int i = from + 1; i < to; i++)
		if (e->set[i].reps != e->set[from].reps)
			same = 0;
	strbuf_printf(sb, ngettext("%d set", "%d sets", (unsigned long)n), n);
	if (same) {
		strbuf_printf(sb, e->timed ? _(" of %d s") : _(" of %d"), e->set[from].reps);
		return;
	}
	for (int i = from; i < to; i++)
		strbuf_printf(sb, e->timed ? "%s%d s" : "%s%d", i == from ? " (" : ", ", e->set[i].reps);
	strbuf_puts(sb, ")");
}

/* One run: its sets, then the load, RPE and kind they share. */
static void
entry_describe_run(const struct entry *e, int from, int to, enum units units, struct strbuf *sb)
{
	const struct entry_set *s = &e->set[from];
	const char *unit = units == UNITS_LB ? "lb" : "kg";
	double w = units == UNITS_LB ? s->weight_kg / KG_PER_LB : s->weight_kg;
	char num[64];

	entry_describe_sets(e, from, to, sb);
	util_number_text(w, num, sizeof num);
	if (s->has_load && s->bodyweight && s->weight_kg > 0)
		strbuf_printf(sb, _(" at bodyweight + %s %s"), num, unit);
	else if (s->has_load && s->bodyweight)
		strbuf_puts(sb, _(" at bodyweight"));
	else if (s->has_load)
		strbuf_printf(sb, _(" at %s %s"), num, unit);
	if (s->rpe > 0)
		strbuf_printf(sb, _(", RPE %g"), s->rpe);
	if (s->kind != SET_WORK)
		strbuf_printf(sb, ", %s", set_kind_label(s->kind));
}

/* One line for people: "squat: 5 sets of 5 at 100 kg, RPE 8"; sets that
 * differ in load, RPE or kind are runs parted by "; ". */
char *
entry_describe(const struct entry *e, enum units units)
{
	struct strbuf sb;
	int from = 0;

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s: ", e->exercise != NULL ? e->exercise : "");
	for (int i = 1; i <= e->nsets; i++) {
		if (i < e->nsets && entry_same_run(&e->set[from], &e->set[i]))
			continue;
		if (from > 0)
			strbuf_puts(&sb, "; ");
		entry_describe_run(e, from, i, units, &sb);
		from = i;
	}
	if (e->minute >= 0)
		strbuf_printf(&sb, _(", at %02d:%02d"), e->minute / 60, e->minute % 60);
	if (e->note != NULL && *e->note != '\0')
		strbuf_printf(&sb, _(", note \"%s\""), e->note);
	return strbuf_detach(&sb);
}
