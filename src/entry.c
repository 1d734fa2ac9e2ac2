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
 *    large one with the unit it was read in ("got 5000 kg"). */
#include "config.h"

#include "entry.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* The words of the text before the note. */
struct entry_words {
	char *copy;
	char **w;
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
	ws->n = 0;
	for (p = ws->copy; *p != '\0';) {
		while (entry_isspace((unsigned char)*p))
			*p++ = '\0';
		if (*p == '\0')
			break;
		ws->w[ws->n++] = p;
		while (*p != '\0' && !entry_isspace((unsigned char)*p))
			p++;
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

/* Does the word w start the tail? */
static int
entry_starts_tail(const char *w)
{
	char buf[64];

	return entry_looks_scheme(w) || entry_untimed(w, buf, sizeof buf) != NULL ||
	    entry_is_load(w) || w[0] == '@' || entry_is_warmup(w);
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
entry_scheme(char **w, size_t nw, size_t i, struct entry *e, char **cause)
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
entry_load(char **w, size_t nw, size_t i, enum units units, struct entry *e, char **cause)
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
entry_rpe(char **w, size_t nw, size_t i, struct entry *e, char **cause)
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

/* The tail from word i on, in grammar order; 0 or -1. */
static int
entry_tail(char **w, size_t nw, size_t i, enum units units, struct entry *e, char **cause)
{
	enum entry_part last = PART_NAME;
	int used;

	while (i < nw) {
		used = 0;
		if (last < PART_SCHEME && (used = entry_scheme(w, nw, i, e, cause)) != 0)
			last = PART_SCHEME;
		else if (last < PART_LOAD && (used = entry_load(w, nw, i, units, e, cause)) != 0)
			last = PART_LOAD;
		else if (last < PART_RPE && (used = entry_rpe(w, nw, i, e, cause)) != 0)
			last = PART_RPE;
		else if (last < PART_KIND &&
		    (entry_is_warmup(w[i]) || entry_kind_word(w[i]) >= 0)) {
			e->kind = entry_is_warmup(w[i]) ? SET_WARMUP
			                                : (enum set_kind)entry_kind_word(w[i]);
			last = PART_KIND;
			used = 1;
		} else
			return util_fail(cause, _("unexpected \"%s\" after %s (expected %s)"), w[i],
			    _(entry_parts[last].after), _(entry_parts[last].expected));
		if (used < 0)
			return -1;
		i += (size_t)used;
	}
	return 0;
}

/* Reset the parsed fields to "nothing given": one set of one rep. */
static void
entry_clear(struct entry *e)
{
	memset(e, 0, sizeof *e);
	e->nsets = 1;
	e->reps[0] = 1;
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
		ok = entry_tail(ws->w, ws->n, i, units, e, first == NULL ? &first : NULL) == 0;
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
	}
	e.exercise = strbuf_detach(&name);
	e.note = note;
	*out = e;
	rc = 0;
out:
	free(ws.w);
	free(ws.copy);
	return rc;
}

/* Free what entry_parse allocated; safe after a failed parse. */
void
entry_free(struct entry *e)
{
	free(e->exercise);
	free(e->note);
	e->exercise = e->note = NULL;
}

/* "5 sets of 5", "1 set of 8" or "3 sets (8, 8, 6)". */
static void
entry_describe_sets(const struct entry *e, struct strbuf *sb)
{
	int same = 1;

	for (int i = 1; i < e->nsets; i++)
		if (e->reps[i] != e->reps[0])
			same = 0;
	strbuf_printf(sb, ngettext("%d set", "%d sets", (unsigned long)e->nsets), e->nsets);
	if (same) {
		strbuf_printf(sb, e->timed ? _(" of %d s") : _(" of %d"), e->reps[0]);
		return;
	}
	for (int i = 0; i < e->nsets; i++)
		strbuf_printf(sb, e->timed ? "%s%d s" : "%s%d", i == 0 ? " (" : ", ", e->reps[i]);
	strbuf_puts(sb, ")");
}

/* One line for people: "squat: 5 sets of 5 at 100 kg, RPE 8". */
char *
entry_describe(const struct entry *e, enum units units)
{
	const char *unit = units == UNITS_LB ? "lb" : "kg";
	double w = units == UNITS_LB ? e->weight_kg / KG_PER_LB : e->weight_kg;
	struct strbuf sb;
	char num[64];

	strbuf_init(&sb);
	strbuf_printf(&sb, "%s: ", e->exercise != NULL ? e->exercise : "");
	entry_describe_sets(e, &sb);
	util_number_text(w, num, sizeof num);
	if (e->has_load && e->bodyweight && e->weight_kg > 0)
		strbuf_printf(&sb, _(" at bodyweight + %s %s"), num, unit);
	else if (e->has_load && e->bodyweight)
		strbuf_puts(&sb, _(" at bodyweight"));
	else if (e->has_load)
		strbuf_printf(&sb, _(" at %s %s"), num, unit);
	if (e->rpe > 0)
		strbuf_printf(&sb, _(", RPE %g"), e->rpe);
	if (e->kind != SET_WORK)
		strbuf_printf(&sb, ", %s", set_kind_label(e->kind));
	if (e->note != NULL && *e->note != '\0')
		strbuf_printf(&sb, _(", note \"%s\""), e->note);
	return strbuf_detach(&sb);
}
