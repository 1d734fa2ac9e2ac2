/* place.c: placing other apps' exercise names on the catalogue.
 *
 * A name becomes its words: lower case, split at anything but letters and
 * digits, each made singular ("curls", "presses", "calves"), common
 * spellings made one ("db" dumbbell, "tricep" triceps, "pull up" and
 * "pull-up" pullup), filler ("with", "the") left out, then sorted: a bag of
 * words, so that word order and brackets do not matter. The catalogue's
 * names and aliases are indexed by their bags at each stage of place_stages;
 * a foreign name is looked up stage by stage, and the first stage where any
 * exercise fits decides (see place.h). */
#include "config.h"

#include "place.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define PLACE_MAX_WORDS 32

/* Words that tell variants of one exercise apart, by kind. */
enum {
	W_EQUIP = 1,   /* barbell, cable, machine, band, weighted ... */
	W_SIDE = 2,    /* single, one, alternating, side ... */
	W_POSTURE = 4, /* seated, standing, lying, bent over, flat ... */
	W_GRIP = 8,    /* close, wide, neutral grip, paused, strict ... */
	W_ARM = 16,    /* arm, hand (after one and single are gone) */
	W_LEG = 32     /* leg, legged */
};
#define W_LIMB (W_ARM | W_LEG)

#define E W_EQUIP
#define S W_SIDE
#define G W_GRIP
#define L W_LIMB
#define P W_POSTURE
/* The kinds of words each stage leaves out, fewest first: stage 0 none,
 * then equipment, side and grip, an arm or a leg only with its "single",
 * and posture last ("seated incline curl" is an incline curl, but "seated
 * row" and "bent over row" are told apart by it). */
static const unsigned place_stages[] = { 0, E, S, G, E | S, E | G, S | G, E | S | G, S | L,
	E | S | L, E | S | G | L, P, E | P, S | P, E | S | P, E | G | P, E | S | G | P,
	E | S | L | P, E | S | G | L | P };
#undef E
#undef S
#undef G
#undef L
#undef P
#define PLACE_STAGES HS_ARRAY_LEN(place_stages)

static const struct {
	const char *word;
	unsigned kind;
} place_kinds[] = {
	{ "barbell", W_EQUIP },
	{ "dumbbell", W_EQUIP },
	{ "cable", W_EQUIP },
	{ "machine", W_EQUIP },
	{ "band", W_EQUIP },
	{ "banded", W_EQUIP },
	{ "resistance", W_EQUIP },
	{ "kettlebell", W_EQUIP },
	{ "smith", W_EQUIP },
	{ "plate", W_EQUIP },
	{ "loaded", W_EQUIP },
	{ "lever", W_EQUIP },
	{ "leverage", W_EQUIP },
	{ "ez", W_EQUIP },
	{ "bodyweight", W_EQUIP },
	{ "weighted", W_EQUIP },
	{ "rope", W_EQUIP },
	{ "handle", W_EQUIP },
	{ "attachment", W_EQUIP },
	{ "bar", W_EQUIP },
	{ "pulley", W_EQUIP },
	{ "chain", W_EQUIP },
	{ "selectorized", W_EQUIP },
	{ "hammerstrength", W_EQUIP },
	{ "ball", W_EQUIP },
	{ "bosu", W_EQUIP },
	{ "stability", W_EQUIP },
	{ "fitball", W_EQUIP },
	{ "swiss", W_EQUIP },
	{ "trx", W_EQUIP },
	{ "suspension", W_EQUIP },
	{ "single", W_SIDE },
	{ "one", W_SIDE },
	{ "alternating", W_SIDE },
	{ "alternate", W_SIDE },
	{ "unilateral", W_SIDE },
	{ "double", W_SIDE },
	{ "two", W_SIDE },
	{ "each", W_SIDE },
	{ "side", W_SIDE },
	{ "seated", W_POSTURE },
	{ "sitting", W_POSTURE },
	{ "standing", W_POSTURE },
	{ "lying", W_POSTURE },
	{ "kneeling", W_POSTURE },
	{ "prone", W_POSTURE },
	{ "supine", W_POSTURE },
	{ "bent", W_POSTURE },
	{ "over", W_POSTURE },
	{ "flat", W_POSTURE },
	{ "close", W_GRIP },
	{ "wide", W_GRIP },
	{ "narrow", W_GRIP },
	{ "neutral", W_GRIP },
	{ "grip", W_GRIP },
	{ "overhand", W_GRIP },
	{ "underhand", W_GRIP },
	{ "pronated", W_GRIP },
	{ "supinated", W_GRIP },
	{ "paused", W_GRIP },
	{ "pause", W_GRIP },
	{ "tempo", W_GRIP },
	{ "strict", W_GRIP },
	{ "deficit", W_GRIP },
	{ "medium", W_GRIP },
	{ "v", W_GRIP },
	{ "arm", W_ARM },
	{ "armed", W_ARM },
	{ "leg", W_LEG },
	{ "legged", W_LEG },
	{ "hand", W_ARM },
	{ "handed", W_ARM },
};

/* Spellings of one word, after the plural is gone. */
static const struct {
	const char *from, *to;
} place_synonyms[] = {
	{ "db", "dumbbell" },
	{ "dumbell", "dumbbell" },
	{ "bb", "barbell" },
	{ "kb", "kettlebell" },
	{ "bw", "bodyweight" },
	{ "bicep", "biceps" },
	{ "tricep", "triceps" },
	{ "flye", "fly" },
	{ "ab", "abs" },
	{ "deltoid", "delt" },
	{ "ext", "extension" },
	{ "pressdown", "pushdown" },
	{ "ezbar", "ez" },
	{ "legged", "leg" },
	{ "dl", "deadlift" },
};

/* Two words that are one: "pull up" is "pullup" like "pull-up" and "pullup". */
static const struct {
	const char *a, *b, *to;
} place_compounds[] = {
	{ "pull", "up", "pullup" },
	{ "chin", "up", "chinup" },
	{ "push", "up", "pushup" },
	{ "sit", "up", "situp" },
	{ "step", "up", "stepup" },
	{ "muscle", "up", "muscleup" },
	{ "pull", "down", "pulldown" },
	{ "push", "down", "pushdown" },
	{ "press", "down", "pushdown" },
	{ "skull", "crusher", "skullcrusher" },
	{ "t", "bar", "tbar" },
	{ "v", "bar", "vbar" },
	{ "ez", "bar", "ez" },
	{ "dead", "lift", "deadlift" },
	{ "hyper", "extension", "hyperextension" },
	{ "dumb", "bell", "dumbbell" },
	{ "kettle", "bell", "kettlebell" },
	{ "hammer", "strength", "hammerstrength" },
};

/* Whole words that stand for several ("rdl", "ohp"). */
static const struct {
	const char *from, *to[2];
} place_expansions[] = {
	{ "rdl", { "romanian", "deadlift" } },
	{ "ohp", { "overhead", "press" } },
	{ "sldl", { "stiff", "deadlift" } },
};

static const char *const place_filler[] = { "the", "a", "an", "with", "on", "and", "of", "to",
	"for", "in", "at", "w" };

/* Words kept as they are although they end in s. */
static const char *const place_plural_not[] = { "biceps", "triceps", "abs", "press", "cross",
	"series", "bus", "plus" };

/* One name or alias of the catalogue (or a name of the reviewed table),
 * its bag at one stage. */
struct place_key {
	char *key;
	size_t item;        /* catalogue index */
	bool reduced;       /* this stage left words of it out */
	unsigned left;      /* the kinds of those words */
	bool table;         /* a name of the reviewed table */
	enum place_how how; /* what a match at stage 0 means */
	size_t words;       /* how many words its full bag has */
};

struct place {
	const struct catalogue *cat;
	bool built; /* the keys below are made */
	struct place_key *keys[PLACE_STAGES];
	size_t nkeys[PLACE_STAGES];
};

/* The words of a name, into `w` (pointing into `buf`). */
struct place_words {
	char buf[512];
	char *w[PLACE_MAX_WORDS];
	unsigned kind[PLACE_MAX_WORDS]; /* W_* of each word, 0 for none */
	size_t n;
};

static unsigned
place_kind(const char *w)
{
	if (strspn(w, "0123456789") == strlen(w))
		return W_GRIP; /* a count or a time: "30", "7 7 7" */
	for (size_t i = 0; i < HS_ARRAY_LEN(place_kinds); i++)
		if (strcmp(w, place_kinds[i].word) == 0)
			return place_kinds[i].kind;
	return 0;
}

/* "curls" curl, "presses" press, "calves" calf, "flies" fly, "ups" up. */
static void
place_singular(char *w)
{
	size_t n = strlen(w);

	if (strcmp(w, "ups") == 0) {
		w[2] = '\0';
		return;
	}
	if (n < 4 || w[n - 1] != 's')
		return;
	for (size_t i = 0; i < HS_ARRAY_LEN(place_plural_not); i++)
		if (strcmp(w, place_plural_not[i]) == 0)
			return;
	if (n > 4 && strcmp(w + n - 3, "ies") == 0)
		strcpy(w + n - 3, "y");
	else if (strcmp(w + n - 3, "ves") == 0)
		strcpy(w + n - 3, "f");
	else if (strcmp(w + n - 4, "sses") == 0 || strcmp(w + n - 4, "ches") == 0 ||
	    strcmp(w + n - 4, "shes") == 0 || strcmp(w + n - 3, "xes") == 0)
		w[n - 2] = '\0';
	else if (w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
		w[n - 1] = '\0';
}

/* Add word `w` (already made singular) to ws, spelled the one way. */
static void
place_add(struct place_words *ws, char *w)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(place_filler); i++)
		if (strcmp(w, place_filler[i]) == 0)
			return;
	for (size_t i = 0; i < HS_ARRAY_LEN(place_synonyms); i++)
		if (strcmp(w, place_synonyms[i].from) == 0) {
			w = (char *)place_synonyms[i].to;
			break;
		}
	for (size_t i = 0; i < HS_ARRAY_LEN(place_expansions); i++)
		if (strcmp(w, place_expansions[i].from) == 0) {
			place_add(ws, (char *)place_expansions[i].to[0]);
			place_add(ws, (char *)place_expansions[i].to[1]);
			return;
		}
	if (ws->n > 0)
		for (size_t i = 0; i < HS_ARRAY_LEN(place_compounds); i++)
			if (strcmp(ws->w[ws->n - 1], place_compounds[i].a) == 0 &&
			    strcmp(w, place_compounds[i].b) == 0) {
				ws->w[ws->n - 1] = (char *)place_compounds[i].to;
				ws->kind[ws->n - 1] = place_kind(ws->w[ws->n - 1]);
				return;
			}
	if (ws->n < PLACE_MAX_WORDS) {
		ws->kind[ws->n] = place_kind(w);
		ws->w[ws->n++] = w;
	}
}

/* Split a name into its words. */
static void
place_split(const char *name, struct place_words *ws)
{
	char *p = ws->buf, *end = ws->buf + sizeof ws->buf - 1, *start;

	ws->n = 0;
	for (const char *s = name; *s != '\0' && p < end; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\'' || c == '.')
			continue; /* "farmer's", "mi." */
		if (c >= 'A' && c <= 'Z')
			*p++ = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			*p++ = (char)c;
		else if (p > ws->buf && p[-1] != ' ')
			*p++ = ' ';
	}
	*p = '\0';
	for (p = ws->buf; *p != '\0';) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && *p != ' ')
			p++;
		if (*p == ' ')
			*p++ = '\0';
		place_singular(start);
		place_add(ws, start);
	}
}

static int
place_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The bag of words of ws without the kinds in `leave`: sorted, each word
 * once, joined by spaces; NULL when nothing is left. *left gets the kinds
 * of the words left out. */
static char *
place_bag(const struct place_words *ws, unsigned leave, unsigned *left)
{
	char *w[PLACE_MAX_WORDS];
	size_t n = 0;
	struct strbuf sb;
	unsigned k;

	*left = 0;
	for (size_t i = 0; i < ws->n; i++) {
		if (leave != 0 && ((k = ws->kind[i]) & leave) != 0) {
			*left |= k;
			continue;
		}
		w[n++] = ws->w[i];
	}
	if (n == 0)
		return NULL;
	qsort(w, n, sizeof *w, place_cmp_str);
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(w[i], w[i - 1]) != 0)
			strbuf_printf(&sb, "%s%s", i ? " " : "", w[i]);
	return strbuf_detach(&sb);
}

static int
place_cmp_key(const void *a, const void *b)
{
	const struct place_key *x = a, *y = b;
	int d = strcmp(x->key, y->key);

	return d != 0 ? d : (x->item > y->item) - (x->item < y->item);
}

/* Index one name of catalogue item i at every stage. */
static void
place_index(
    struct place *p, const char *name, size_t item, const struct place_entry *e, size_t *cap)
{
	struct place_words ws;
	unsigned left;

	place_split(name, &ws);
	for (size_t s = 0; s < PLACE_STAGES; s++) {
		char *key = place_bag(&ws, place_stages[s], &left);

		/* A name of the table stands for its own words only. */
		if (key == NULL || (e != NULL && left != 0)) {
			free(key);
			continue;
		}
		if (p->nkeys[s] == cap[s]) {
			cap[s] = cap[s] ? cap[s] * 2 : 1024;
			p->keys[s] = xreallocarray(p->keys[s], cap[s], sizeof *p->keys[s]);
		}
		p->keys[s][p->nkeys[s]++] = (struct place_key){ .key = key,
			.item = item,
			.reduced = left != 0,
			.left = left,
			.table = e != NULL,
			.how = e != NULL ? e->how : PLACE_SAME,
			.words = ws.n };
	}
}

/* `s` trimmed, runs of blanks made one space. */
static char *
place_fold(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t') {
			if (o != out && o[-1] != ' ')
				*o++ = ' ';
			continue;
		}
		*o++ = *s;
	}
	if (o != out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

/* An exact name or alias, case and space aside; NULL when none (a unique
 * prefix, which catalogue_find also takes, is no match in a file). */
static const struct exercise_def *
place_exact(const struct place *p, const char *name)
{
	const struct exercise_def *d = catalogue_find(p->cat, name, NULL);
	char *folded;
	size_t i = 0;

	if (d == NULL)
		return NULL;
	folded = place_fold(name);
	if (util_strcasecmp(d->name, folded) != 0) {
		while (i < d->naliases && util_strcasecmp(d->aliases[i], folded) != 0)
			i++;
		if (i == d->naliases)
			d = NULL;
	}
	free(folded);
	return d;
}

struct place *
place_new(const struct catalogue *c)
{
	struct place *p = xcalloc(1, sizeof *p);

	p->cat = c;
	return p;
}

/* Index the names at every stage, the first time a name needs it: an
 * import whose names are all the catalogue's (herstel's own files) never
 * pays for it. */
static void
place_build(struct place *p)
{
	const struct catalogue *c = p->cat;
	size_t cap[PLACE_STAGES] = { 0 };
	const struct place_entry *e;

	if (p->built)
		return;
	p->built = true;
	for (size_t i = 0; i < catalogue_count(c); i++) {
		const struct exercise_def *d = catalogue_at(c, i);

		place_index(p, d->name, i, NULL, cap);
		for (size_t k = 0; k < d->naliases; k++)
			place_index(p, d->aliases[k], i, NULL, cap);
	}
	/* The table's names are more names of their exercises. */
	for (size_t i = 0; (e = place_table_at(i)) != NULL; i++) {
		const struct exercise_def *d =
		    e->how != PLACE_NONE ? place_exact(p, e->name) : NULL;

		for (size_t k = 0; d != NULL && k < catalogue_count(c); k++)
			if (catalogue_at(c, k) == d)
				place_index(p, e->foreign, k, e, cap);
	}
	for (size_t s = 0; s < PLACE_STAGES; s++)
		if (p->nkeys[s] > 1)
			qsort(p->keys[s], p->nkeys[s], sizeof *p->keys[s], place_cmp_key);
}

void
place_free(struct place *p)
{
	if (p == NULL)
		return;
	for (size_t s = 0; s < PLACE_STAGES; s++) {
		for (size_t i = 0; i < p->nkeys[s]; i++)
			free(p->keys[s][i].key);
		free(p->keys[s]);
	}
	free(p);
}

/* Do two exercises hit the same primary groups? */
static bool
place_same_primary(const struct exercise_def *a, const struct exercise_def *b)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if ((a->role[g] == ROLE_PRIMARY) != (b->role[g] == ROLE_PRIMARY))
			return false;
	return true;
}

/* Does the exercise work the legs (or the lower back with them) first? */
static bool
place_legs(const struct exercise_def *d)
{
	static const enum group legs[] = { GROUP_GLUTES, GROUP_QUADS, GROUP_HAMSTRINGS, GROUP_HIPS,
		GROUP_CALVES, GROUP_LOWER_BACK };

	for (size_t i = 0; i < HS_ARRAY_LEN(legs); i++)
		if (d->role[legs[i]] == ROLE_PRIMARY)
			return true;
	return false;
}

/* Which of two keys that fit is the better match: one nothing was left
 * out of (the exercise itself, not a variant of it), a name of the table,
 * the fewest words, the first in the catalogue. */
static bool
place_better(const struct place_key *k, const struct place_key *best)
{
	if (k->reduced != best->reduced)
		return !k->reduced;
	if (k->table != best->table)
		return k->table;
	return k->words < best->words;
}

/* The exercise at one stage whose bag is `key` (of a name that lost words
 * of the kinds `left`): 1 with *found when the ones that fit agree on
 * their primary groups or one of them is the exercise itself (nothing left
 * out of it: the others are its variants), 0 when none fits, -1 when they
 * disagree. A leg is left out of an exercise's name only when the name
 * looked up had one too ("kickback" is no one-legged kickback), and a leg
 * left out of the name looked up means a leg exercise ("single leg cable
 * kickback" is no triceps kickback). */
static int
place_at_stage(
    const struct place *p, size_t s, const char *key, unsigned left, const struct place_key **found)
{
	const struct place_key *all = p->keys[s], *k, *best = NULL;
	size_t lo = 0, hi = p->nkeys[s], whole = 0;
	bool agree = true;

	while (lo < hi) { /* the first key not below `key` */
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(all[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = all + lo; k < all + p->nkeys[s] && strcmp(k->key, key) == 0; k++) {
		if (((k->left & W_LEG) != 0 && (left & W_LEG) == 0) ||
		    ((left & W_LEG) != 0 && !place_legs(catalogue_at(p->cat, k->item))))
			continue;
		if (best != NULL &&
		    !place_same_primary(
		        catalogue_at(p->cat, best->item), catalogue_at(p->cat, k->item)))
			agree = false;
		whole += !k->reduced;
		if (best == NULL || place_better(k, best))
			best = k;
	}
	if (best == NULL)
		return 0;
	if (!agree && (whole != 1 || best->reduced))
		return -1;
	*found = best;
	return 1;
}

enum place_how
place_name(struct place *p, const char *name, const struct exercise_def **def)
{
	const struct place_entry *e;
	const struct place_key *found = NULL;
	struct place_words ws;
	size_t s;
	char *bag;
	unsigned left;
	int k = 0;

	if ((*def = place_exact(p, name)) != NULL)
		return PLACE_SAME;
	for (size_t i = 0; (e = place_table_at(i)) != NULL; i++)
		if (util_strcasecmp(e->foreign, name) == 0)
			return e->how != PLACE_NONE && (*def = place_exact(p, e->name)) != NULL
			    ? e->how
			    : PLACE_NONE;
	place_build(p);
	place_split(name, &ws);
	for (s = 0; s < PLACE_STAGES && k == 0; s++) {
		if ((bag = place_bag(&ws, place_stages[s], &left)) == NULL)
			break;
		k = place_at_stage(p, s, bag, left, &found);
		free(bag);
	}
	if (k != 1 || found->how == PLACE_NONE)
		return PLACE_NONE;
	*def = catalogue_at(p->cat, found->item);
	return s == 1 ? found->how : PLACE_LIKE;
}

bool
place_assisted(const char *name)
{
	struct place_words ws;

	bool band = false, hang = false;

	place_split(name, &ws);
	for (size_t i = 0; i < ws.n; i++) {
		if (strcmp(ws.w[i], "assisted") == 0 || strcmp(ws.w[i], "assist") == 0)
			return true;
		band = band || strcmp(ws.w[i], "band") == 0 || strcmp(ws.w[i], "banded") == 0;
		hang = hang || strcmp(ws.w[i], "pullup") == 0 || strcmp(ws.w[i], "chinup") == 0 ||
		    strcmp(ws.w[i], "dip") == 0;
	}
	return band && hang; /* a band on a pull-up or a dip helps */
}

/* How many words two bags share, over how many they have in all. */
static double
place_overlap(const char *a, const char *b)
{
	char *x = xstrdup(a), *y = xstrdup(b), *save = NULL, *t;
	size_t na = 0, nb = 0, both = 0;

	for (t = strtok_r(y, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save))
		nb++;
	free(y);
	for (t = strtok_r(x, " ", &save); t != NULL; t = strtok_r(NULL, " ", &save)) {
		size_t n = strlen(t);
		const char *f = b;

		na++;
		while ((f = strstr(f, t)) != NULL) {
			if ((f == b || f[-1] == ' ') && (f[n] == ' ' || f[n] == '\0')) {
				both++;
				break;
			}
			f += n;
		}
	}
	free(x);
	return na + nb > both ? (double)both / (double)(na + nb - both) : 0;
}

const struct exercise_def *
place_suggest(struct place *p, const char *name)
{
	const struct exercise_def *d = catalogue_closest(p->cat, name), *best = NULL;
	struct place_words ws;
	double most = 0.5 - 1e-9, o;
	char *bag;
	unsigned left;

	if (d != NULL)
		return d;
	place_build(p);
	place_split(name, &ws);
	if ((bag = place_bag(&ws, W_EQUIP, &left)) == NULL)
		return NULL;
	for (size_t i = 0; i < p->nkeys[1]; i++)
		if ((o = place_overlap(bag, p->keys[1][i].key)) > most) {
			most = o;
			best = catalogue_at(p->cat, p->keys[1][i].item);
		}
	free(bag);
	return best;
}

bool
place_is_cardio(const char *name)
{
	static const char *const cardio[] = { "run", "running", "jog", "jogging", "treadmill",
		"cycling", "cycle", "bike", "biking", "bicycling", "spin", "spinning", "elliptical",
		"rowing", "rower", "erg", "ergometer", "stairmaster", "stair", "stepper", "swim",
		"swimming", "hike", "hiking", "backpacking", "climbing", "skiing", "ski", "skating",
		"rucking", "walk", "walking", "cardio", "sprint", "sprinting" };
	/* Strength work that goes a distance: a carry, a lunge. */
	static const char *const strength[] = { "farmer", "carry", "lunge", "crunch", "sled",
		"yoke", "lunge", "bear", "crab", "duck", "press", "curl", "row" };
	struct place_words ws;
	bool is = false;

	place_split(name, &ws);
	for (size_t i = 0; i < ws.n; i++) {
		for (size_t k = 0; k < HS_ARRAY_LEN(strength); k++)
			if (strcmp(ws.w[i], strength[k]) == 0)
				return false;
		for (size_t k = 0; k < HS_ARRAY_LEN(cardio) && !is; k++)
			is = strcmp(ws.w[i], cardio[k]) == 0;
	}
	return is;
}

const char *
place_foreign_name(const char *name)
{
	const struct place_entry *e;

	for (size_t i = 0; (e = place_table_at(i)) != NULL; i++)
		if (e->how == PLACE_SAME && e->name != NULL && util_strcasecmp(e->name, name) == 0)
			return e->foreign;
	return NULL;
}
