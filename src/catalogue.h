/* catalogue.h: the exercise catalogue: names, aliases, groups and roles.
 *
 * The shipped catalogue (share/herstel/exercises.tsv) is compiled into the
 * program; the user's own exercises from herstelrc are added on top. */
#ifndef HERSTEL_CATALOGUE_H
#define HERSTEL_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>

#include "groups.h"

struct exercise_def {
	char *name;
	char **aliases;
	size_t naliases;
	unsigned char role[GROUP_COUNT]; /* enum group_role */
	bool bodyweight;
	bool custom;      /* the user's own */
	int rest_seconds; /* the user's own: its rest between sets, 0: its kind's */
};

struct catalogue;

/* Parse catalogue text in the TSV layout of share/herstel/exercises.tsv
 * (name, aliases separated by '|', primary groups, secondary groups,
 * bodyweight 0/1; '#' lines are comments; the header line starts "name").
 * `origin` names the source in errors ("exercises.tsv:12: ..."). */
struct catalogue *catalogue_parse(const char *text, const char *origin, char **cause);
/* The catalogue compiled into the program. */
struct catalogue *catalogue_builtin(void);
void catalogue_free(struct catalogue *c);

/* Add the user's own exercise; replaces a same-named one. -1 with *cause
 * when the name is empty or it hits no group. */
int catalogue_add(struct catalogue *c, const struct exercise_def *def, char **cause);

size_t catalogue_count(const struct catalogue *c);
const struct exercise_def *catalogue_at(const struct catalogue *c, size_t i);

/* Is it a compound lift: three muscle groups or more (primary or
 * secondary), or a barbell lift of two besides the forearms (overhead
 * press, front squat)? Such a lift asks the longer rest of herstelrc's
 * [rest] length; the others (a curl, a raise, a fly) are isolation
 * exercises, with [rest] isolation. The catalogue has no kind column: its
 * groups say it well enough. */
bool catalogue_compound(const struct exercise_def *def);
/* Is it lifted with a barbell, so that a plate preview makes sense? The
 * word "barbell" in its name or an alias, or one of the core lifts that
 * are barbell lifts by default (overhead press, romanian deadlift ...). */
bool catalogue_barbell(const struct exercise_def *def);

/* Exact name or alias (case-insensitive, spaces folded), or its singular;
 * then a core exercise (herstel's own list, in lower case, and the user's
 * own) that a name or alias of starts with it, or has it as a whole word;
 * only then a unique prefix in the large catalogue. NULL with *cause:
 * `unknown exercise "sqaut" (did you mean: squat?)` or `"row" is
 * ambiguous: barbell row, dumbbell row`. */
const struct exercise_def *catalogue_find(
    const struct catalogue *c, const char *name, char **cause);

/* The exercise closest to `name` by edit distance (a typo: "sqaut" is
 * squat), NULL when none is close enough. */
const struct exercise_def *catalogue_closest(const struct catalogue *c, const char *name);

/* Up to `max` exercises whose name or alias contains every word of `text`
 * (case-insensitive), best matches first; returns how many were found in all. */
size_t catalogue_search(
    const struct catalogue *c, const char *text, const struct exercise_def **out, size_t max);

/* Names starting with `prefix` for Tab completion, sorted; returns the total. */
size_t catalogue_complete(
    const struct catalogue *c, const char *prefix, const struct exercise_def **out, size_t max);

#endif
