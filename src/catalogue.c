/* catalogue.c: the exercise catalogue: parsing, lookup, search, completion.
 *
 * Each exercise keeps its match keys (the name, then the aliases) folded
 * once: lower-case ASCII with runs of blanks made one space. Names are
 * hashed (every start parses the whole list); alias lookups and searches are
 * linear over the ~900 exercises, which is far below anything a person can
 * notice; the order of the file is kept, so the core list comes first. */
#include "config.h"

#include "catalogue.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "util.h"

/* The shipped catalogue, generated from share/herstel/exercises.tsv. */
extern const char catalogue_tsv[];

#define CATALOGUE_COLUMNS 5
#define CATALOGUE_SUGGEST 3
#define CATALOGUE_AMBIGUOUS 5

struct catalogue_item {
	struct exercise_def def;
	char **keys; /* folded name, then folded aliases */
	size_t nkeys;
	int line;  /* where it was read, 0 for the user's own */
	bool core; /* herstel's core list or the user's own: wins a short word */
};

struct catalogue {
	struct catalogue_item **items;
	size_t n;
	size_t cap;
	/* Open-addressing index of the folded names: slot holds index + 1, 0 when
	 * free. Parsing checks every name for a duplicate, which a linear search
	 * made quadratic: 4 ms of every start of herstel. */
	size_t *slots;
	size_t nslots; /* a power of two, at least twice n */
};

/* One match for sorting search and completion results. */
struct catalogue_hit {
	int rank;
	size_t index;
	const struct catalogue_item *item;
};

/* ASCII lower case, whatever the locale says about other bytes. */
static char
catalogue_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* s trimmed with runs of blanks made one space; lower-cased when `lower`. */
static char *
catalogue_fold(const char *s, int lower)
{
	char *out = xmalloc(strlen(s) + 1), *p = out;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || (*s >= '\t' && *s <= '\r')) {
			if (p != out && p[-1] != ' ')
				*p++ = ' ';
			continue;
		}
		*p++ = lower ? catalogue_lower(*s) : *s;
	}
	if (p != out && p[-1] == ' ')
		p--;
	*p = '\0';
	return out;
}

/* Free one exercise and its keys. */
static void
catalogue_item_free(struct catalogue_item *it)
{
	size_t i;

	free(it->def.name);
	for (i = 0; i < it->def.naliases; i++)
		free(it->def.aliases[i]);
	free(it->def.aliases);
	for (i = 0; i < it->nkeys; i++)
		free(it->keys[i]);
	free(it->keys);
	free(it);
}

/* A new exercise named `name` with no aliases or groups yet. */
static struct catalogue_item *
catalogue_item_new(const char *name, int line)
{
	struct catalogue_item *it = xcalloc(1, sizeof *it);

	it->def.name = catalogue_fold(name, 0);
	it->keys = xreallocarray(NULL, 1, sizeof *it->keys);
	it->keys[0] = catalogue_fold(name, 1);
	it->nkeys = 1;
	it->line = line;
	/* The core list is in lower case; free-exercise-db's names have capitals
	 * (build-aux/make-catalogue.awk sees to both). */
	it->core = strpbrk(it->def.name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == NULL;
	return it;
}

/* Add an alias (ignored when blank) to an exercise and its keys. */
static void
catalogue_item_alias(struct catalogue_item *it, const char *alias)
{
	char *a = catalogue_fold(alias, 0);

	if (*a == '\0') {
		free(a);
		return;
	}
	it->def.aliases =
	    xreallocarray(it->def.aliases, it->def.naliases + 1, sizeof *it->def.aliases);
	it->def.aliases[it->def.naliases++] = a;
	it->keys = xreallocarray(it->keys, it->nkeys + 1, sizeof *it->keys);
	it->keys[it->nkeys++] = catalogue_fold(alias, 1);
}

/* Does the exercise hit at least one group, with only valid roles? */
static int
catalogue_item_has_group(const struct exercise_def *def)
{
	int any = 0;

	for (int g = 0; g < GROUP_COUNT; g++) {
		if (def->role[g] > ROLE_SECONDARY)
			return 0;
		if (def->role[g] != ROLE_NONE)
			any = 1;
	}
	return any;
}

/* FNV-1a of a folded name, for the name index. */
static size_t
catalogue_hash(const char *key)
{
	uint32_t h = 2166136261u;

	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return h;
}

/* The slot of the name index that holds `key`, or the free one it would take. */
static size_t
catalogue_slot(const struct catalogue *c, const char *key)
{
	size_t mask = c->nslots - 1, i = catalogue_hash(key) & mask;

	while (c->slots[i] != 0 && strcmp(c->items[c->slots[i] - 1]->keys[0], key) != 0)
		i = (i + 1) & mask;
	return i;
}

/* The index of the exercise whose folded name is `key`, or -1. */
static long
catalogue_index_of(const struct catalogue *c, const char *key)
{
	if (c->nslots == 0)
		return -1;
	return (long)c->slots[catalogue_slot(c, key)] - 1;
}

/* Append an exercise; the catalogue owns it from now on. */
static void
catalogue_append(struct catalogue *c, struct catalogue_item *it)
{
	if (c->n == c->cap) {
		c->cap = c->cap == 0 ? 64 : c->cap * 2;
		c->items = xreallocarray(c->items, c->cap, sizeof *c->items);
	}
	c->items[c->n++] = it;
	if (2 * c->n > c->nslots) { /* rebuild the name index, twice as large */
		free(c->slots);
		c->nslots = c->nslots == 0 ? 256 : 2 * c->nslots;
		c->slots = xcalloc(c->nslots, sizeof *c->slots);
		for (size_t i = 0; i < c->n; i++)
			c->slots[catalogue_slot(c, c->items[i]->keys[0])] = i + 1;
	} else
		c->slots[catalogue_slot(c, it->keys[0])] = c->n;
}

/* Split s at `sep` in place into at most max fields; returns the count. */
static size_t
catalogue_split(char *s, int sep, char **fields, size_t max)
{
	size_t n = 0;
	char *p;

	for (;;) {
		if (n < max)
			fields[n] = s;
		n++;
		if ((p = strchr(s, sep)) == NULL)
			return n;
		*p = '\0';
		s = p + 1;
	}
}

/* A comma-separated list of group ids into `role`. */
static int
catalogue_parse_groups(
    char *list, enum group_role role, struct exercise_def *def, const char *where, char **cause)
{
	char *fields[GROUP_COUNT * 2], *id;
	size_t n, i;
	int g;

	if (*util_trim(list) == '\0')
		return 0;
	n = catalogue_split(list, ',', fields, HS_ARRAY_LEN(fields));
	if (n > HS_ARRAY_LEN(fields))
		return util_fail(cause, _("%s: too many groups"), where);
	for (i = 0; i < n; i++) {
		id = util_trim(fields[i]);
		if ((g = group_from_id(id)) < 0)
			return util_fail(cause, _("%s: unknown group \"%s\""), where, id);
		if (def->role[g] != ROLE_NONE)
			return util_fail(cause, _("%s: group \"%s\" listed twice"), where, id);
		def->role[g] = (unsigned char)role;
	}
	return 0;
}

/* The columns after the name: aliases, groups and the bodyweight flag. */
static int
catalogue_parse_columns(struct catalogue_item *it, char **col, const char *where, char **cause)
{
	char *alias[64], *flag;
	size_t n;

	if (*util_trim(col[1]) != '\0') {
		n = catalogue_split(col[1], '|', alias, HS_ARRAY_LEN(alias));
		if (n > HS_ARRAY_LEN(alias))
			return util_fail(cause, _("%s: too many aliases"), where);
		for (size_t i = 0; i < n; i++)
			catalogue_item_alias(it, alias[i]);
	}
	if (catalogue_parse_groups(col[2], ROLE_PRIMARY, &it->def, where, cause) != 0 ||
	    catalogue_parse_groups(col[3], ROLE_SECONDARY, &it->def, where, cause) != 0)
		return -1;
	flag = util_trim(col[4]);
	if (strcmp(flag, "0") != 0 && strcmp(flag, "1") != 0)
		return util_fail(
		    cause, _("%s: bad bodyweight flag \"%s\" (expected 0 or 1)"), where, flag);
	it->def.bodyweight = flag[0] == '1';
	if (!catalogue_item_has_group(&it->def))
		return util_fail(cause, _("%s: \"%s\" hits no muscle group"), where, it->def.name);
	return 0;
}

/* One data line of the TSV into a new exercise at the end of c. */
static int
catalogue_parse_line(struct catalogue *c, char *line, const char *where, int lineno, char **cause)
{
	char *col[CATALOGUE_COLUMNS];
	struct catalogue_item *it;
	size_t n;
	long dup;

	n = catalogue_split(line, '\t', col, CATALOGUE_COLUMNS);
	if (n != CATALOGUE_COLUMNS)
		return util_fail(cause,
		    _("%s: expected %d columns (name, aliases, "
		      "primary, secondary, bodyweight), got %zu"),
		    where, CATALOGUE_COLUMNS, n);
	it = catalogue_item_new(col[0], lineno);
	if (*it->def.name == '\0') {
		catalogue_item_free(it);
		return util_fail(cause, _("%s: empty name"), where);
	}
	if ((dup = catalogue_index_of(c, it->keys[0])) >= 0) {
		util_fail(cause, _("%s: duplicate name \"%s\" (first on line %d)"), where,
		    it->def.name, c->items[dup]->line);
		catalogue_item_free(it);
		return -1;
	}
	if (catalogue_parse_columns(it, col, where, cause) != 0) {
		catalogue_item_free(it);
		return -1;
	}
	catalogue_append(c, it);
	return 0;
}

/* Parse catalogue TSV; NULL with "ORIGIN:LINE: ..." in *cause. */
struct catalogue *
catalogue_parse(const char *text, const char *origin, char **cause)
{
	struct catalogue *c = xcalloc(1, sizeof *c);
	const char *p, *eol;
	char *line, *where, *t;
	int lineno = 0, header = 1, rc = 0;

	for (p = text; rc == 0 && *p != '\0'; p = *eol == '\0' ? eol : eol + 1) {
		eol = p + strcspn(p, "\n");
		lineno++;
		line = xstrndup(p, (size_t)(eol - p));
		line[strcspn(line, "\r")] = '\0';
		t = util_trim(line);
		/* Blank and comment lines; the header is the first other line. */
		if (*t != '\0' && *t != '#' && !(header && strncmp(line, "name\t", 5) == 0)) {
			where = xasprintf("%s:%d", origin, lineno);
			rc = catalogue_parse_line(c, line, where, lineno, cause);
			free(where);
		}
		if (*t != '\0' && *t != '#')
			header = 0;
		free(line);
	}
	if (rc != 0) {
		catalogue_free(c);
		return NULL;
	}
	return c;
}

/* A fresh copy of the catalogue compiled into the program. */
struct catalogue *
catalogue_builtin(void)
{
	struct catalogue *c;
	char *cause = NULL;

	/* Broken built-in data is a build error, not something to live with. */
	if ((c = catalogue_parse(catalogue_tsv, "exercises.tsv", &cause)) == NULL) {
		fprintf(stderr, _("herstel: built-in catalogue: %s\n"), cause);
		abort();
	}
	return c;
}

/* Free the catalogue and every exercise in it. */
void
catalogue_free(struct catalogue *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->n; i++)
		catalogue_item_free(c->items[i]);
	free(c->items);
	free(c->slots);
	free(c);
}

/* Add or replace one of the user's own exercises (a deep copy). */
int
catalogue_add(struct catalogue *c, const struct exercise_def *def, char **cause)
{
	struct catalogue_item *it;
	long at;

	if (def->name == NULL)
		return util_fail(cause, "%s", _("missing exercise name"));
	it = catalogue_item_new(def->name, 0);
	if (*it->def.name == '\0') {
		catalogue_item_free(it);
		return util_fail(cause, "%s", _("missing exercise name"));
	}
	if (!catalogue_item_has_group(def)) {
		util_fail(cause, _("exercise \"%s\" hits no muscle group"), it->def.name);
		catalogue_item_free(it);
		return -1;
	}
	for (size_t i = 0; i < def->naliases; i++)
		catalogue_item_alias(it, def->aliases[i]);
	memcpy(it->def.role, def->role, sizeof it->def.role);
	it->def.bodyweight = def->bodyweight;
	it->def.rest_seconds = def->rest_seconds;
	it->def.custom = true;
	it->core = true;
	if ((at = catalogue_index_of(c, it->keys[0])) >= 0) {
		catalogue_item_free(c->items[at]);
		c->items[at] = it;
	} else
		catalogue_append(c, it);
	return 0;
}

/* How many exercises there are. */
size_t
catalogue_count(const struct catalogue *c)
{
	return c->n;
}

/* The i-th exercise in file order, or NULL past the end. */
const struct exercise_def *
catalogue_at(const struct catalogue *c, size_t i)
{
	return i < c->n ? &c->items[i]->def : NULL;
}

static bool catalogue_is_barbell(const struct exercise_def *def);

bool
catalogue_compound(const struct exercise_def *def)
{
	int n = 0, grip = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		n += def->role[g] != ROLE_NONE;
	/* The forearms hold the bar in a curl as in a row: they say nothing. */
	grip = def->role[GROUP_FOREARMS] != ROLE_NONE;
	return n >= 3 || (n - grip >= 2 && catalogue_is_barbell(def));
}

/* Does `s` have "barbell" as a word, in any case? */
static bool
catalogue_says_barbell(const char *s)
{
	for (const char *p = s; *p != '\0'; p++)
		if ((p == s || p[-1] == ' ') && strncasecmp(p, "barbell", 7) == 0 &&
		    (p[7] == '\0' || p[7] == ' '))
			return true;
	return false;
}

bool
catalogue_barbell(const struct exercise_def *def)
{
	return catalogue_is_barbell(def);
}

static bool
catalogue_is_barbell(const struct exercise_def *def)
{
	/* The core lifts whose name leaves the bar out. */
	static const char *const lifts[] = { "overhead press", "incline bench press",
		"romanian deadlift", "sumo deadlift", "good morning", "close-grip bench press" };

	if (catalogue_says_barbell(def->name))
		return true;
	for (size_t i = 0; i < def->naliases; i++)
		if (catalogue_says_barbell(def->aliases[i]))
			return true;
	for (size_t i = 0; i < HS_ARRAY_LEN(lifts); i++)
		if (util_strcasecmp(def->name, lifts[i]) == 0)
			return true;
	return false;
}

/* Optimal string alignment distance (Damerau-Levenshtein with adjacent
 * transpositions); limit + 1 when the lengths alone say it is larger. */
static size_t
catalogue_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d;
	size_t *row[3], *t;

	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (i = 0; i < 3; i++)
		row[i] = xreallocarray(NULL, lb + 1, sizeof *row[i]);
	/* row[0] is two rows back, row[1] the previous one, row[2] this one. */
	for (j = 0; j <= lb; j++)
		row[1][j] = j;
	for (i = 1; i <= la; i++) {
		row[2][0] = i;
		for (j = 1; j <= lb; j++) {
			d = row[1][j - 1] + (a[i - 1] != b[j - 1]);
			if (row[1][j] + 1 < d)
				d = row[1][j] + 1;
			if (row[2][j - 1] + 1 < d)
				d = row[2][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    row[0][j - 2] + 1 < d)
				d = row[0][j - 2] + 1;
			row[2][j] = d;
		}
		t = row[0];
		row[0] = row[1];
		row[1] = row[2];
		row[2] = t;
	}
	d = row[1][lb];
	for (i = 0; i < 3; i++)
		free(row[i]);
	return d;
}

/* Insert (dist, index) into the sorted list of the best suggestions. */
static void
catalogue_keep_best(size_t *dist, size_t *index, size_t *n, size_t d, size_t at)
{
	size_t i = *n < CATALOGUE_SUGGEST ? (*n)++ : CATALOGUE_SUGGEST;

	/* Equal distances keep the file order: the core list first. */
	for (; i > 0 && dist[i - 1] > d; i--) {
		if (i < CATALOGUE_SUGGEST) {
			dist[i] = dist[i - 1];
			index[i] = index[i - 1];
		}
	}
	if (i < CATALOGUE_SUGGEST) {
		dist[i] = d;
		index[i] = at;
	}
}

/* `unknown exercise "x"` with the closest names by edit distance. */
static int
catalogue_unknown(const struct catalogue *c, const char *typed, const char *key, char **cause)
{
	size_t dist[CATALOGUE_SUGGEST], index[CATALOGUE_SUGGEST], n = 0, i, k, d;
	size_t len = strlen(key), limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
	struct strbuf sb;

	for (i = 0; i < c->n; i++) {
		d = limit + 1;
		for (k = 0; k < c->items[i]->nkeys; k++) {
			size_t dk = catalogue_distance(key, c->items[i]->keys[k], limit);

			if (dk < d)
				d = dk;
		}
		if (d <= limit)
			catalogue_keep_best(dist, index, &n, d, i);
	}
	if (n == 0)
		return util_fail(cause,
		    _("unknown exercise \"%s\" (try: herstel "
		      "exercises %s)"),
		    typed, typed);
	strbuf_init(&sb);
	for (i = 0; i < n; i++)
		strbuf_printf(&sb, "%s%s", i == 0 ? "" : ", ", c->items[index[i]]->def.name);
	util_fail(cause, _("unknown exercise \"%s\" (did you mean: %s?)"), typed, sb.buf);
	strbuf_free(&sb);
	return -1;
}

const struct exercise_def *
catalogue_closest(const struct catalogue *c, const char *name)
{
	char *key = catalogue_fold(name, 1);
	size_t len = strlen(key), limit = len <= 4 ? 1 : len <= 8 ? 2 : 3, best = limit + 1, d;
	const struct exercise_def *found = NULL;

	for (size_t i = 0; i < c->n && len > 0; i++)
		for (size_t k = 0; k < c->items[i]->nkeys; k++)
			if ((d = catalogue_distance(key, c->items[i]->keys[k], limit)) < best) {
				best = d;
				found = &c->items[i]->def;
			}
	free(key);
	return found;
}

/* Is `word` a whole word of `key` (words are what spaces separate)? */
static int
catalogue_has_word(const char *key, const char *word)
{
	size_t len = strlen(word);

	for (const char *p = key; (p = strstr(p, word)) != NULL; p++)
		if ((p == key || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
			return 1;
	return 0;
}

/* Does any key of the exercise start with `key`? */
static int
catalogue_item_has_prefix(const struct catalogue_item *it, const char *key, size_t len)
{
	for (size_t k = 0; k < it->nkeys; k++)
		if (strncmp(it->keys[k], key, len) == 0)
			return 1;
	return 0;
}

/* Is every word of `key` a whole word of one key of the exercise? */
static int
catalogue_item_has_words(const struct catalogue_item *it, const char *key)
{
	char *copy, *w, *save = NULL;
	int all;

	for (size_t k = 0; k < it->nkeys; k++) {
		copy = xstrdup(key);
		all = 1;
		for (w = strtok_r(copy, " ", &save); w != NULL && all;
		     w = strtok_r(NULL, " ", &save))
			all = catalogue_has_word(it->keys[k], w);
		free(copy);
		if (all)
			return 1;
	}
	return 0;
}

/* How an exercise can match what was typed, short of exactly. */
enum catalogue_match { MATCH_CORE_PREFIX, MATCH_CORE_WORDS, MATCH_PREFIX };

static int
catalogue_matches(const struct catalogue_item *it, const char *key, enum catalogue_match how)
{
	switch (how) {
	case MATCH_CORE_PREFIX:
		return it->core && catalogue_item_has_prefix(it, key, strlen(key));
	case MATCH_CORE_WORDS:
		return it->core && catalogue_item_has_words(it, key);
	default:
		return catalogue_item_has_prefix(it, key, strlen(key));
	}
}

/* The one exercise that matches `how`: 1; none: 0; several: -1 with the
 * first of them in *cause ("\"row\" is ambiguous: barbell row, ..."). */
static int
catalogue_find_by(const struct catalogue *c, const char *typed, const char *key,
    enum catalogue_match how, const struct exercise_def **def, char **cause)
{
	size_t n = 0, i;
	const struct catalogue_item *found = NULL;
	struct strbuf sb;

	strbuf_init(&sb);
	for (i = 0; i < c->n; i++) {
		if (!catalogue_matches(c->items[i], key, how))
			continue;
		if (n < CATALOGUE_AMBIGUOUS)
			strbuf_printf(&sb, "%s%s", n == 0 ? "" : ", ", c->items[i]->def.name);
		else if (n == CATALOGUE_AMBIGUOUS)
			strbuf_puts(&sb, ", ...");
		found = c->items[i];
		n++;
	}
	if (n > 1)
		util_fail(cause, _("\"%s\" is ambiguous: %s"), typed, sb.buf);
	strbuf_free(&sb);
	*def = n == 1 ? &found->def : NULL;
	return n == 1 ? 1 : n == 0 ? 0 : -1;
}

/* What a word that is no exact name means: a core exercise first (its
 * name or alias starts with it, else has it as a whole word: "row" is a
 * barbell or a dumbbell row, "fly" the chest fly), and only then a prefix of
 * the large catalogue, so that "row" is never "Rowing, Stationary". Where
 * one step finds several, the word is ambiguous and no later step guesses. */
static const struct exercise_def *
catalogue_find_short(const struct catalogue *c, const char *typed, const char *key, char **cause)
{
	static const enum catalogue_match steps[] = { MATCH_CORE_PREFIX, MATCH_CORE_WORDS,
		MATCH_PREFIX };
	const struct exercise_def *def = NULL;

	for (size_t i = 0; i < HS_ARRAY_LEN(steps); i++)
		if (catalogue_find_by(c, typed, key, steps[i], &def, cause) != 0)
			return def;
	catalogue_unknown(c, typed, key, cause);
	return NULL;
}

/* An exact name, else an exact alias; NULL when neither. */
static const struct exercise_def *
catalogue_exact(const struct catalogue *c, const char *key)
{
	size_t i, k;
	long at;

	if ((at = catalogue_index_of(c, key)) >= 0)
		return &c->items[at]->def;
	for (i = 0; i < c->n; i++)
		for (k = 1; k < c->items[i]->nkeys; k++)
			if (strcmp(c->items[i]->keys[k], key) == 0)
				return &c->items[i]->def;
	return NULL;
}

/* The singular of a plural the way lifters type it ("squats", "lunges"):
 * the exact match of `key` without its final "s"; NULL when none. */
static const struct exercise_def *
catalogue_singular(const struct catalogue *c, const char *key)
{
	size_t len = strlen(key);
	const struct exercise_def *def = NULL;
	char *stem;

	if (len < 4 || key[len - 1] != 's')
		return NULL;
	stem = xstrndup(key, len - 1);
	def = catalogue_exact(c, stem);
	free(stem);
	return def;
}

/* Exact name, then exact alias, then the singular of either, then what a
 * short word means (catalogue_find_short). */
const struct exercise_def *
catalogue_find(const struct catalogue *c, const char *name, char **cause)
{
	char *typed = catalogue_fold(name, 0), *key = catalogue_fold(name, 1);
	const struct exercise_def *def = NULL;

	if (*key == '\0')
		util_fail(cause, "%s", _("missing exercise name"));
	else if ((def = catalogue_exact(c, key)) == NULL &&
	    (def = catalogue_singular(c, key)) == NULL)
		def = catalogue_find_short(c, typed, key, cause);
	free(typed);
	free(key);
	return def;
}

/* Does `word` start a word of `key` (at its start or after a non-letter)? */
static int
catalogue_word_start(const char *key, const char *word)
{
	const char *p;

	for (p = key; (p = strstr(p, word)) != NULL; p++)
		if (p == key ||
		    !(isdigit((unsigned char)p[-1]) ||
		        (catalogue_lower(p[-1]) >= 'a' && catalogue_lower(p[-1]) <= 'z')))
			return 1;
	return 0;
}

/* How well a folded key matches: 0 exact, 1 prefix, 2 every word starts a
 * word, 3 every word is contained, 4 no match. */
static int
catalogue_rank(const char *key, const char *text, char **words, size_t nwords)
{
	size_t i;
	int starts = 1;

	for (i = 0; i < nwords; i++)
		if (strstr(key, words[i]) == NULL)
			return 4;
	if (strcmp(key, text) == 0)
		return 0;
	if (strncmp(key, text, strlen(text)) == 0)
		return 1;
	for (i = 0; i < nwords; i++)
		if (!catalogue_word_start(key, words[i]))
			starts = 0;
	return starts ? 2 : 3;
}

/* Order hits by rank, then by place in the catalogue. */
static int
catalogue_hit_cmp(const void *va, const void *vb)
{
	const struct catalogue_hit *a = va, *b = vb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Copy the first `max` sorted hits to out; frees the hits. */
static size_t
catalogue_hits_out(struct catalogue_hit *hits, size_t n, int (*cmp)(const void *, const void *),
    const struct exercise_def **out, size_t max)
{
	if (n > 1)
		qsort(hits, n, sizeof *hits, cmp);
	for (size_t i = 0; i < n && i < max; i++)
		out[i] = &hits[i].item->def;
	free(hits);
	return n;
}

/* Every word in one name or alias; ranked, core first at equal rank. */
size_t
catalogue_search(
    const struct catalogue *c, const char *text, const struct exercise_def **out, size_t max)
{
	char *folded = catalogue_fold(text, 1), *copy = xstrdup(folded);
	char **words = xreallocarray(NULL, strlen(copy) / 2 + 1, sizeof *words);
	struct catalogue_hit *hits = xreallocarray(NULL, c->n + 1, sizeof *hits);
	size_t nwords = 0, n = 0, i, k;
	char *w, *save = NULL;
	int best, r;

	for (w = strtok_r(copy, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save))
		words[nwords++] = w;
	for (i = 0; i < c->n; i++) {
		best = 4;
		for (k = 0; k < c->items[i]->nkeys; k++)
			if ((r = catalogue_rank(c->items[i]->keys[k], folded, words, nwords)) <
			    best)
				best = r;
		if (best < 4)
			hits[n++] = (struct catalogue_hit){ best, i, c->items[i] };
	}
	free(words);
	free(copy);
	free(folded);
	return catalogue_hits_out(hits, n, catalogue_hit_cmp, out, max);
}

/* Order completions by name, case-insensitively, then by place. */
static int
catalogue_name_cmp(const void *va, const void *vb)
{
	const struct catalogue_hit *a = va, *b = vb;
	int d = util_strcasecmp(a->item->def.name, b->item->def.name);

	if (d != 0)
		return d;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Names (not aliases) starting with prefix, sorted by name. */
size_t
catalogue_complete(
    const struct catalogue *c, const char *prefix, const struct exercise_def **out, size_t max)
{
	char *key = catalogue_fold(prefix, 1);
	struct catalogue_hit *hits = xreallocarray(NULL, c->n + 1, sizeof *hits);
	size_t len = strlen(key), n = 0;

	/* A trailing space is part of what was typed ("bench " + Tab). */
	if (*prefix != '\0' && prefix[strlen(prefix) - 1] == ' ' && len > 0)
		key[len++] = ' ';
	key[len] = '\0';
	for (size_t i = 0; i < c->n; i++)
		if (strncmp(c->items[i]->keys[0], key, len) == 0)
			hits[n++] = (struct catalogue_hit){ 0, i, c->items[i] };
	free(key);
	return catalogue_hits_out(hits, n, catalogue_name_cmp, out, max);
}
