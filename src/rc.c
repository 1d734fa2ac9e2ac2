/* rc.c: herstelrc checked against one table: its values, its sections of
 * exercises and keys, and `herstel config` (rc_read.c reads the file). */
#include "config.h"

#include "rc.h"
#include "rc_impl.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "keys.h"
#include "paths.h"
#include "rest.h"
#include "util.h"

/* RC_ENUM stores the index of the word (or values[index]) in an int;
 * RC_WORD stores the word itself, for settings kept as text. */
enum rc_type { RC_ENUM, RC_WORD, RC_DOUBLE, RC_INT, RC_BOOL, RC_STRING, RC_PLATES, RC_SECONDS };

struct rc_option {
	const char *section;
	const char *key;
	enum rc_type type;
	double min, max;
	const char *const *choices; /* RC_ENUM, RC_WORD: the words */
	const int *values;          /* RC_ENUM: stored per word, NULL for the index */
	const char *what;           /* "hours", "a factor", ... for messages */
	size_t offset;              /* into struct rc */
	const char *help;
};

static const char *const levels[] = { "beginner", "intermediate", "advanced", NULL };
/* In the order of enum rc_language. */
static const char *const languages[] = { "auto", "en", "nl", NULL };
static const char *const units[] = { "kg", "lb", NULL };
static const char *const week_starts[] = { "monday", "sunday", NULL };
static const int week_start_days[] = { 0, 6 };
static const char *const formats[] = { "csv", "json", "strong", NULL };

/* Table rows as macros, one line each. */
/* clang-format off */
#define R(f) offsetof(struct rc, recovery.f)
#define D(sec, key, f, lo, hi, what, help) \
	{ sec, key, RC_DOUBLE, lo, hi, NULL, NULL, what, R(f), help }
#define BASE(g, G, help) \
	{ "base_hours", #g, RC_DOUBLE, 1, 168, NULL, NULL, N_("hours"), \
	  R(base_hours[G]), help }
/* clang-format on */

/* The table: parsing, validation, warnings and `herstel config` all read it. */
static const struct rc_option rc_table[] = {
	{ "general", "level", RC_ENUM, 0, 0, levels, NULL, N_("a level"), offsetof(struct rc, level),
	    N_("training level: sets the training days a week the week view expects") },
	{ "general", "language", RC_ENUM, 0, 0, languages, NULL, N_("a language"),
	    offsetof(struct rc, language),
	    N_("language of the screens and messages; auto follows the locale") },
	{ "general", "units", RC_ENUM, 0, 0, units, NULL, N_("units"), offsetof(struct rc, units),
	    N_("units of a weight typed without one, and of what is shown") },
	{ "general", "week_start", RC_ENUM, 0, 0, week_starts, week_start_days, N_("a day"),
	    offsetof(struct rc, week_start), N_("first day of the week") },
	{ "general", "color", RC_BOOL, 0, 0, NULL, NULL, N_("yes or no"), offsetof(struct rc, color),
	    N_("use colour where the terminal has it (NO_COLOR always wins)") },
	{ "recovery", "sleep_target", RC_DOUBLE, 4, 12, NULL, NULL, N_("hours"),
	    offsetof(struct rc, sleep_target), N_("nightly sleep the week view and signals aim for") },
	D("recovery", "effort_6", effort_6, 0.1, 3, N_("a factor"), N_("effort at RPE 6 or less")),
	D("recovery", "effort_7", effort_7, 0.1, 3, N_("a factor"), N_("effort at RPE 7")),
	D("recovery", "effort_8", effort_8, 0.1, 3, N_("a factor"), N_("effort at RPE 8")),
	D("recovery", "effort_9", effort_9, 0.1, 3, N_("a factor"), N_("effort at RPE 9")),
	D("recovery", "effort_10", effort_10, 0.1, 3, N_("a factor"), N_("effort at RPE 10")),
	D("recovery", "volume_sets", volume_sets, 1, 50, N_("sets"),
	    N_("weighted hard sets of the full session a group's base hours are meant for")),
	D("recovery", "volume_min", volume_min, 0.1, 5, N_("a factor"), N_("lowest volume factor")),
	D("recovery", "volume_max", volume_max, 0.1, 5, N_("a factor"), N_("highest volume factor")),
	D("recovery", "secondary_weight", secondary_weight, 0, 1, N_("a weight"),
	    N_("how much a set counts for a secondary group")),
	D("recovery", "novelty_factor", novelty_factor, 1, 3, N_("a factor"),
	    N_("how much more a group's first session after a lay-off needs")),
	{ "recovery", "novelty_days", RC_INT, 1, 365, NULL, NULL, N_("days"), R(novelty_days),
	    N_("dates without a session of a group that make a lay-off") },
	D("recovery", "stack_weight", stack_weight, 0, 1, N_("a weight"),
	    N_("training before recovered adds this share of the smaller of the hours"
	    " left and the new session's need")),
	D("recovery", "min_rpe", min_rpe, 1, 10, N_("an RPE"), N_("sets below this RPE are left out")),
	D("recovery", "default_rpe", default_rpe, 1, 10, N_("an RPE"),
	    N_("RPE assumed for a loaded set logged without one")),
	D("recovery", "default_rpe_bodyweight", default_rpe_bodyweight, 1, 10, N_("an RPE"),
	    N_("RPE assumed for a bodyweight set logged without one")),
	D("recovery", "sleep_full_hours", sleep_full_hours, 0, 24, N_("hours"),
	    N_("a night this long or longer lets recovery run at full speed")),
	D("recovery", "sleep_penalty", sleep_penalty, 0, 1, N_("a fraction"),
	    N_("speed lost per hour of sleep short")),
	D("recovery", "sleep_floor", sleep_floor, 0.1, 1, N_("a fraction"),
	    N_("slowest recovery speed after a short night")),
	D("recovery", "short_night_hours", short_night_hours, 0, 12, N_("hours"),
	    N_("a night shorter than this warns to train lighter that day")),
	D("recovery", "max_need_hours", max_need_hours, 1, 1000, N_("hours"),
	    N_("longest a recovery window can grow by training before recovered")),
	D("recovery", "sore_moderate_hours", sore_moderate_hours, 0, 336, N_("hours"),
	    N_("hours left at least after soreness 2 (moderate)")),
	D("recovery", "sore_severe_hours", sore_severe_hours, 0, 336, N_("hours"),
	    N_("hours left at least after soreness 3 (severe)")),
	{ "recovery", "due_days", RC_INT, 1, 365, NULL, NULL, N_("days"), R(due_days),
	    N_("a ready group untrained this long is due") },
	{ "recovery", "almost_percent", RC_INT, 1, 100, NULL, NULL, N_("a percentage"),
	    R(almost_percent), N_("a group this far recovered is almost ready") },
	BASE(chest, GROUP_CHEST, N_("hours a full session of chest needs")),
	BASE(shoulders, GROUP_SHOULDERS, N_("hours a full session of shoulders needs")),
	BASE(triceps, GROUP_TRICEPS, N_("hours a full session of triceps needs")),
	BASE(biceps, GROUP_BICEPS, N_("hours a full session of biceps needs")),
	BASE(forearms, GROUP_FOREARMS, N_("hours a full session of forearms needs")),
	BASE(lats, GROUP_LATS, N_("hours a full session of lats needs")),
	BASE(middle_back, GROUP_MIDDLE_BACK, N_("hours a full session of middle_back needs")),
	BASE(traps, GROUP_TRAPS, N_("hours a full session of traps needs")),
	BASE(lower_back, GROUP_LOWER_BACK, N_("hours a full session of lower_back needs")),
	BASE(abs, GROUP_ABS, N_("hours a full session of abs needs")),
	BASE(glutes, GROUP_GLUTES, N_("hours a full session of glutes needs")),
	BASE(quads, GROUP_QUADS, N_("hours a full session of quads needs")),
	BASE(hamstrings, GROUP_HAMSTRINGS, N_("hours a full session of hamstrings needs")),
	BASE(hips, GROUP_HIPS, N_("hours a full session of hips needs")),
	BASE(calves, GROUP_CALVES, N_("hours a full session of calves needs")),
	{ "export", "directory", RC_STRING, 0, 0, NULL, NULL, N_("a directory"),
	    offsetof(struct rc, export_dir),
	    N_("where x and herstel export put files"
	    " (empty: $XDG_DATA_HOME/herstel/exports)") },
	{ "export", "format", RC_WORD, 0, 0, formats, NULL, N_("a format"),
	    offsetof(struct rc, export_format), N_("default export format") },
	{ "plates", "bar", RC_DOUBLE, 0, PLATES_MAX_WEIGHT, NULL, NULL, N_("a weight"),
	    offsetof(struct rc, plate_bar),
	    N_("the bar's weight in the units' unit (0: 20 kg, or 45 lb)") },
	{ "plates", "plates", RC_PLATES, 0, 0, NULL, NULL,
	    N_("plates as WEIGHTxPAIRS, e.g. 25x6 20x2 1.25x2"), offsetof(struct rc, plate_kinds),
	    N_("the plates there are, and how many pairs of each (empty: kg 25x6 20x2 15x2"
	    " 10x2 5x2 2.5x2 1.25x2, lb 45x8 35x2 25x2 10x2 5x2 2.5x2)") },
	{ "rest", "length", RC_SECONDS, 1, REST_MAX_SECONDS, NULL, NULL,
	    N_("a duration (90, 1:30, 2m30s)"), offsetof(struct rc, rest_length),
	    N_("the rest after a set of a compound lift (three groups or more), and what"
	    " herstel rest counts down without a duration") },
	{ "rest", "isolation", RC_SECONDS, 1, REST_MAX_SECONDS, NULL, NULL,
	    N_("a duration (90, 1:30, 2m30s)"), offsetof(struct rc, rest_isolation),
	    N_("the rest after a set of an isolation exercise (fewer groups: a curl, a raise)") },
	{ "rest", "bell", RC_BOOL, 0, 0, NULL, NULL, N_("yes or no"), offsetof(struct rc, rest_bell),
	    N_("ring the terminal's bell when a rest is over") },
	{ "rest", "flash", RC_BOOL, 0, 0, NULL, NULL, N_("yes or no"),
	    offsetof(struct rc, rest_flash),
	    N_("flash the journal screen instead of the bell when a rest is over") },
	{ "rest", "hook", RC_STRING, 0, 0, NULL, NULL, N_("a command"),
	    offsetof(struct rc, rest_hook),
	    N_("a program and its arguments (split at spaces, no shell) the journal screen"
	    " starts when a rest is over (empty: none)") },
	{ "volume", "low", RC_DOUBLE, 0, 100, NULL, NULL, N_("hard sets"),
	    offsetof(struct rc, volume_low),
	    N_("the fewest hard sets a week a group should get (herstel volume)") },
	{ "volume", "high", RC_DOUBLE, 0, 100, NULL, NULL, N_("hard sets"),
	    offsetof(struct rc, volume_high),
	    N_("the most hard sets a week a group should get") },
};

#undef R
#undef D
#undef BASE

/* Keys of the [exercise NAME] sections, checked by rc_exercise(). */
static const char *const exercise_keys[] = { "primary", "secondary", "bodyweight", "aliases",
	"rest" };

void
rc_defaults(struct rc *rc)
{
	memset(rc, 0, sizeof *rc);
	rc->level = LEVEL_INTERMEDIATE;
	rc->units = UNITS_KG;
	rc->week_start = 0;
	rc->sleep_target = 7.0;
	rc->color = true;
	rc->export_dir = xstrdup("");
	rc->export_format = xstrdup("csv");
	rc->rest_length = 180;
	rc->rest_isolation = 90;
	rc->rest_bell = true;
	rc->rest_hook = xstrdup("");
	rc->volume_low = 10;
	rc->volume_high = 20;
	recovery_params_default(&rc->recovery);
}

void
rc_plates(const struct rc *rc, struct plates_inventory *inv)
{
	plates_default(inv, rc->units);
	if (rc->plate_bar > 0)
		inv->bar = rc->plate_bar;
	if (rc->nplate_kinds > 0) {
		memcpy(inv->kind, rc->plate_kinds, rc->nplate_kinds * sizeof *inv->kind);
		inv->nkinds = rc->nplate_kinds;
	}
}

char *
rc_default_path(void)
{
	/* No config file to read is no error: the defaults hold. */
	return paths_home(PATHS_CONFIG, "herstelrc", NULL);
}

static void rc_warn(struct rc *rc, const char *fmt, ...) HS_PRINTF(2, 3);

/* Warnings shown at most; the rest are counted in rc_dropped (a file of
 * 10,000 unknown keys gets 20 lines and a count, not 10,000 lines). */
#define RC_WARNINGS_MAX 20
static size_t rc_dropped;

static void
rc_warn(struct rc *rc, const char *fmt, ...)
{
	va_list ap;

	if (rc->nwarnings >= RC_WARNINGS_MAX) {
		rc_dropped++;
		return;
	}
	rc->warnings = rc_grow(rc->warnings, rc->nwarnings, sizeof *rc->warnings);
	va_start(ap, fmt);
	rc->warnings[rc->nwarnings++] = xvasprintf(fmt, ap);
	va_end(ap);
}

static const struct rc_option *
rc_option_find(const char *section, const char *key)
{
	for (size_t i = 0; i < HS_ARRAY_LEN(rc_table); i++)
		if (strcmp(rc_table[i].section, section) == 0 && strcmp(rc_table[i].key, key) == 0)
			return &rc_table[i];
	return NULL;
}

/* The words of a choice list, "beginner, intermediate or advanced". */
static char *
rc_choices(const char *const *choices)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t i = 0; choices[i] != NULL; i++)
		strbuf_printf(&sb, "%s%s",
		    i == 0                       ? ""
		        : choices[i + 1] == NULL ? _(" or ")
		                                 : ", ",
		    choices[i]);
	return strbuf_detach(&sb);
}

static int
rc_parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };

	for (size_t i = 0; i < HS_ARRAY_LEN(yes); i++) {
		if (util_strcasecmp(v, yes[i]) == 0)
			return *out = true, 0;
		if (util_strcasecmp(v, no[i]) == 0)
			return *out = false, 0;
	}
	return -1;
}

/* The expectation of an option in words, for an error message. */
static char *
rc_expected(const struct rc_option *o)
{
	char *words, *e;

	switch (o->type) {
	case RC_ENUM:
	case RC_WORD:
		words = rc_choices(o->choices);
		e = xasprintf(_("expected %s"), words);
		free(words);
		return e;
	case RC_DOUBLE:
	case RC_INT:
		return xasprintf(_("expected %s from %g to %g"), _(o->what), o->min, o->max);
	case RC_BOOL:
		return xstrdup("expected yes or no");
	case RC_STRING:
	case RC_PLATES:
	case RC_SECONDS:
		break;
	}
	return xasprintf(_("expected %s"), _(o->what));
}

/* Check one value against its option and store it. */
static int
rc_set(struct rc *rc, const struct rc_option *o, const char *v)
{
	char *base = (char *)rc + o->offset;
	double d;
	long l;

	switch (o->type) {
	case RC_ENUM:
	case RC_WORD:
		for (int i = 0; o->choices[i] != NULL; i++) {
			if (util_strcasecmp(v, o->choices[i]) != 0)
				continue;
			if (o->type == RC_WORD) {
				free(*(char **)(void *)base);
				*(char **)(void *)base = xstrdup(o->choices[i]);
			} else
				*(int *)(void *)base = o->values != NULL ? o->values[i] : i;
			return 0;
		}
		return -1;
	case RC_DOUBLE:
		if (util_parse_double(v, o->min, o->max, &d) != 0)
			return -1;
		*(double *)(void *)base = d;
		return 0;
	case RC_INT:
		if (util_parse_long(v, (long)o->min, (long)o->max, &l) != 0)
			return -1;
		*(int *)(void *)base = (int)l;
		return 0;
	case RC_BOOL:
		return rc_parse_bool(v, (bool *)(void *)base);
	case RC_STRING:
		free(*(char **)(void *)base);
		*(char **)(void *)base = xstrdup(v);
		return 0;
	case RC_PLATES:
		return plates_parse(v, rc->plate_kinds, &rc->nplate_kinds);
	case RC_SECONDS:
		return rest_parse(v, (int *)(void *)base, NULL);
	}
	return -1;
}

/* A comma list of groups, in any form a person types, into roles. */
static int
rc_groups(const char *list, enum group_role role, unsigned char out[GROUP_COUNT], char **bad)
{
	char *copy = xstrdup(list), *save = NULL, *tok;
	int g, rc = 0;

	for (tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		tok = util_trim(tok);
		if (*tok == '\0')
			continue;
		if ((g = group_parse(tok)) < 0) {
			*bad = xstrdup(tok);
			rc = -1;
			break;
		}
		if (out[g] == ROLE_NONE)
			out[g] = (unsigned char)role;
	}
	free(copy);
	return rc;
}

/* An [exercise NAME] section: where it first has a key, and the last
 * value of each of its keys (exercise_keys order), NULL when not given. */
struct rc_own {
	const char *section;
	int line;
	const char *values[5];
};

/* One [exercise NAME] section: the user's own exercise. */
static int
rc_exercise(struct rc *rc, const struct rc_own *own, char **cause)
{
	struct exercise_def def = { 0 };
	const char *section = own->section, *name = section + 9 + strspn(section + 9, " ");
	const char *prim = own->values[0], *sec = own->values[1] ? own->values[1] : "",
	           *bw = own->values[2] ? own->values[2] : "no",
	           *al = own->values[3] ? own->values[3] : "", *rest = own->values[4], *problem;
	char *bad = NULL;
	int line = own->line;

	if ((problem = util_text_problem(name)) != NULL)
		return util_fail(
		    cause, _("%s:%d: [%s]: the name has %s"), rc->path, line, section, problem);
	if (prim == NULL || *prim == '\0')
		return util_fail(cause,
		    _("%s:%d: [%s]: expected primary = groups (e.g. quads,glutes)"), rc->path, line,
		    section);
	if (rc_groups(prim, ROLE_PRIMARY, def.role, &bad) != 0 ||
	    rc_groups(sec, ROLE_SECONDARY, def.role, &bad) != 0) {
		util_fail(cause, _("%s:%d: [%s]: unknown group \"%s\" (groups: %s)"), rc->path, line,
		    section, bad, group_names());
		free(bad);
		return -1;
	}
	if (rc_parse_bool(bw, &def.bodyweight) != 0)
		return util_fail(cause, _("%s:%d: [%s] bodyweight: expected yes or no, got \"%s\""),
		    rc->path, line, section, bw);
	if (rest != NULL && rest_parse(rest, &def.rest_seconds, NULL) != 0)
		return util_fail(cause,
		    _("%s:%d: [%s] rest: expected a duration (90, 1:30, 2m30s), got \"%s\""), rc->path,
		    line, section, rest);
	def.name = xstrdup(name);
	def.custom = true;
	if (*al != '\0') {
		char *copy = xstrdup(al), *save = NULL, *tok;

		for (tok = strtok_r(copy, "|", &save); tok; tok = strtok_r(NULL, "|", &save)) {
			if (*(tok = util_trim(tok)) == '\0')
				continue;
			def.aliases =
			    xreallocarray(def.aliases, def.naliases + 1, sizeof *def.aliases);
			def.aliases[def.naliases++] = xstrdup(tok);
		}
		free(copy);
	}
	rc->exercises = rc_grow(rc->exercises, rc->nexercises, sizeof *rc->exercises);
	rc->exercises[rc->nexercises++] = def;
	return 0;
}

/* The key of a line, with a group in [base_hours] named as a person may
 * type it ("mid back", "midback") turned into the table's id. */
static const char *
rc_group_key(const struct rc_line *l)
{
	int g;

	if (strcmp(l->section, "base_hours") != 0 || (g = group_parse(l->key)) < 0)
		return l->key;
	return group_id((enum group)g);
}

/* Check one key line of the scan against the table and take its value. */
static int
rc_take(struct rc *rc, const struct rc_line *l, char **cause)
{
	const struct rc_option *o;
	const char *v = l->value;
	char *expected;

	if (strcmp(l->section, "keys") == 0 || strncmp(l->section, "keys.", 5) == 0) {
		rc->bindings = rc_grow(rc->bindings, rc->nbindings, sizeof *rc->bindings);
		rc->bindings[rc->nbindings++] = (struct rc_binding){ xstrdup(l->section),
			xstrdup(l->key), xstrdup(v), l->line };
		return 0;
	}
	if (strncmp(l->section, "exercise ", 9) == 0) {
		for (size_t i = 0; i < HS_ARRAY_LEN(exercise_keys); i++)
			if (strcmp(l->key, exercise_keys[i]) == 0)
				return 0;
		rc_warn(rc,
		    _("%s:%d: [%s] %s: unknown key, ignored (expected primary, secondary,"
		      " bodyweight, aliases or rest)"),
		    rc->path, l->line, l->section, l->key);
		return 0;
	}
	if ((o = rc_option_find(l->section, rc_group_key(l))) == NULL) {
		rc_warn(rc, _("%s:%d: [%s] %s: unknown key, ignored"), rc->path, l->line, l->section,
		    l->key);
		return 0;
	}
	if (rc_set(rc, o, v) == 0)
		return 0;
	expected = rc_expected(o);
	util_fail(cause, _("%s:%d: [%s] %s: %s, got \"%s\""), rc->path, l->line, l->section, l->key,
	    expected, v);
	free(expected);
	return -1;
}

/* Settings that are fine alone but not together. */
static int
rc_cross_check(struct rc *rc, char **cause)
{
	const struct recovery_params *p = &rc->recovery;
	struct plates_inventory inv;
	char *why = NULL;

	if (p->volume_min > p->volume_max)
		return util_fail(cause, _("%s: [recovery] volume_min (%g) is above volume_max (%g)"),
		    rc->path, p->volume_min, p->volume_max);
	rc_plates(rc, &inv);
	if (plates_check(&inv, &why) != 0) {
		util_fail(cause, _("%s: [plates]: %s"), rc->path, why);
		free(why);
		return -1;
	}
	if (rc->volume_low > rc->volume_high)
		return util_fail(cause, _("%s: [volume] low (%g) is above high (%g)"), rc->path,
		    rc->volume_low, rc->volume_high);
	if (p->sore_moderate_hours > p->sore_severe_hours)
		return util_fail(cause,
		    _("%s: [recovery] sore_moderate_hours (%g) is above"
		    " sore_severe_hours (%g)"),
		    rc->path, p->sore_moderate_hours, p->sore_severe_hours);
	return 0;
}

/* Warn about a key set twice: iniparser silently keeps the last one. */
static void
rc_duplicates(struct rc *rc, const struct rc_scan *sc)
{
	struct rc_index seen = { 0 };
	bool found;

	for (size_t j = 0; j < sc->n; j++) {
		const struct rc_line *l = &sc->lines[j];
		char *key;
		size_t *first;

		if (l->key == NULL)
			continue;
		key = xasprintf("%s\x1f%s", l->section, l->key);
		first = rc_index_slot(&seen, key, &found);
		if (found)
			rc_warn(rc,
			    _("%s:%d: [%s] %s: set again (first on line %d); the last one counts"),
			    rc->path, l->line, l->section, l->key, sc->lines[*first].line);
		else
			*first = j;
		free(key);
	}
	rc_index_free(&seen);
}

/* The [exercise NAME] sections, each once, in the order they first come. */
static int
rc_exercises(struct rc *rc, const struct rc_scan *sc, char **cause)
{
	struct rc_index at = { 0 };
	struct rc_own *own = NULL;
	size_t n = 0, *slot;
	bool found;
	int ret = 0;

	for (size_t j = 0; j < sc->n; j++) {
		const struct rc_line *l = &sc->lines[j];

		if (strncmp(l->section, "exercise ", 9) != 0)
			continue;
		slot = rc_index_slot(&at, l->section, &found);
		if (!found) {
			own = rc_grow(own, n, sizeof *own);
			own[ *slot = n++] = (struct rc_own){ l->section, 0, { NULL } };
		}
		if (l->key == NULL)
			continue;
		if (own[*slot].line == 0)
			own[*slot].line = l->line;
		for (size_t k = 0; k < HS_ARRAY_LEN(exercise_keys); k++)
			if (strcmp(l->key, exercise_keys[k]) == 0)
				own[*slot].values[k] = l->value;
	}
	for (size_t i = 0; ret == 0 && i < n; i++)
		ret = rc_exercise(rc, &own[i], cause);
	rc_index_free(&at);
	free(own);
	return ret;
}

int
rc_load(struct rc *rc, const char *path, bool must_exist, char **cause)
{
	struct rc_scan sc = { 0 };
	struct stat sb;
	char *text;
	int ret = -1;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && !must_exist)
			return 0;
		return util_fail(cause, "%s: %s", path, strerror(errno));
	}
	if ((text = rc_slurp(path, cause)) == NULL)
		return -1;
	free(rc->path);
	rc->path = xstrdup(path);
	rc_text_fix(text);
	rc_dropped = 0;
	if (rc_scan(rc, text, &sc, cause) != 0 || rc_values(rc, &sc, cause) != 0)
		goto out;
	rc_duplicates(rc, &sc);
	for (size_t i = 0; i < sc.n; i++)
		if (sc.lines[i].key != NULL && rc_take(rc, &sc.lines[i], cause) != 0)
			goto out;
	if (rc_exercises(rc, &sc, cause) != 0 || rc_cross_check(rc, cause) != 0 ||
	    keys_check(rc, cause) != 0)
		goto out;
	if (rc_dropped > 0) {
		rc->nwarnings--; /* room for the count: it stays at RC_WARNINGS_MAX */
		free(rc->warnings[rc->nwarnings]);
		rc->warnings[rc->nwarnings++] = xasprintf(
		    ngettext("%s: %zu more warning like these, not shown",
		        "%s: %zu more warnings like these, not shown", rc_dropped + 1),
		    rc->path, rc_dropped + 1);
	}
	ret = 0;
out:
	if (ret != 0) {
		char *keep = rc->path;

		rc->path = NULL;
		rc_free(rc);
		rc_defaults(rc);
		rc->path = keep;
	}
	rc_scan_free(&sc);
	free(text);
	return ret;
}

void
rc_free(struct rc *rc)
{
	for (size_t i = 0; i < rc->nexercises; i++) {
		for (size_t j = 0; j < rc->exercises[i].naliases; j++)
			free(rc->exercises[i].aliases[j]);
		free(rc->exercises[i].aliases);
		free(rc->exercises[i].name);
	}
	for (size_t i = 0; i < rc->nbindings; i++) {
		free(rc->bindings[i].section);
		free(rc->bindings[i].action);
		free(rc->bindings[i].keys);
	}
	for (size_t i = 0; i < rc->nwarnings; i++)
		free(rc->warnings[i]);
	free(rc->exercises);
	free(rc->bindings);
	free(rc->warnings);
	free(rc->export_dir);
	free(rc->rest_hook);
	free(rc->export_format);
	free(rc->path);
	memset(rc, 0, sizeof *rc);
}

/* The default of an option as text, read from a defaults struct. */
static char *
rc_default_text(const struct rc *def, const struct rc_option *o)
{
	const char *base = (const char *)def + o->offset;
	int v;

	switch (o->type) {
	case RC_ENUM:
		v = *(const int *)(const void *)base;
		for (int i = 0; o->choices[i] != NULL; i++)
			if ((o->values != NULL ? o->values[i] : i) == v)
				return xstrdup(o->choices[i]);
		return xstrdup("?");
	case RC_WORD:
	case RC_STRING:
		return xstrdup(*(char *const *)(const void *)base);
	case RC_DOUBLE:
		return xasprintf("%g", *(const double *)(const void *)base);
	case RC_INT:
		return xasprintf("%d", *(const int *)(const void *)base);
	case RC_BOOL:
		return xstrdup(*(const bool *)(const void *)base ? "yes" : "no");
	case RC_PLATES:
		return xstrdup("");
	case RC_SECONDS:
		v = *(const int *)(const void *)base;
		return xasprintf("%d:%02d", v / 60, v % 60);
	}
	return xstrdup("?");
}

void
rc_print_table(void (*emit)(void *arg, const char *section, const char *key, const char *range,
                   const char *def, const char *help),
    void *arg)
{
	struct rc def;

	rc_defaults(&def);
	for (size_t i = 0; i < HS_ARRAY_LEN(rc_table); i++) {
		const struct rc_option *o = &rc_table[i];
		char *range, *dv = rc_default_text(&def, o);

		if (o->type == RC_ENUM || o->type == RC_WORD)
			range = rc_choices(o->choices);
		else if (o->type == RC_DOUBLE || o->type == RC_INT)
			range = xasprintf("%g-%g %s", o->min, o->max, _(o->what));
		else
			range = xstrdup(_(o->what));
		emit(arg, o->section, o->key, range, dv, _(o->help));
		free(range);
		free(dv);
	}
	rc_free(&def);
}
