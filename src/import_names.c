/* import_names.c: which journal exercise each name of an imported file is,
 * looked up once per name, and what the import made of the names it could
 * not find in the catalogue. */
#include "config.h"

#include "import_names.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "place.h"
#include "util.h"

#define IMPORT_NAME_MAX 100

/* One name of the file and the exercise it is. */
struct import_entry {
	char *name;                      /* as the file writes it, trimmed */
	const struct exercise_def *def;  /* the catalogue's; NULL for an own one */
	const struct exercise_def *like; /* own, placed: the exercise it is like */
	struct exercise_def own;         /* own: the groups so far */
	int64_t id;                      /* in the journal; 0 until written */
	bool made, from_file, in_journal;
	size_t sets;
};

struct import_names {
	struct store *s;
	const struct catalogue *cat;
	struct place *place;
	bool file_first;
	struct import_entry **e;
	size_t n;
	/* Catalogue exercises' journal ids, since several names may be one. */
	struct {
		const struct exercise_def *def;
		int64_t id;
	} * ids;
	size_t nids;
};

struct import_names *
import_names_new(struct store *s, const struct catalogue *cat, bool file_first)
{
	struct import_names *n = xcalloc(1, sizeof *n);

	n->s = s;
	n->cat = cat;
	n->file_first = file_first;
	n->place = place_new(cat);
	return n;
}

void
import_names_free(struct import_names *n)
{
	if (n == NULL)
		return;
	for (size_t i = 0; i < n->n; i++) {
		free(n->e[i]->name);
		free(n->e[i]);
	}
	free(n->e);
	free(n->ids);
	place_free(n->place);
	free(n);
}

/* Does a role list hit a group? */
static bool
import_names_grouped(const unsigned char role[GROUP_COUNT])
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if (role[g] != ROLE_NONE)
			return true;
	return false;
}

/* The journal id of a catalogue exercise. */
static int
import_names_catalogue_id(
    struct import_names *n, const struct exercise_def *def, int64_t *id, char **cause)
{
	for (size_t i = n->nids; i-- > 0;)
		if (n->ids[i].def == def) {
			*id = n->ids[i].id;
			return 0;
		}
	if (store_exercise_id(n->s, def, id, cause) != 0)
		return -1;
	n->ids = xreallocarray(n->ids, n->nids + 1, sizeof *n->ids);
	n->ids[n->nids].def = def;
	n->ids[n->nids++].id = *id;
	return 0;
}

/* The entry of `name`, NULL when it is not looked up yet. */
static struct import_entry *
import_names_find(const struct import_names *n, const char *name)
{
	for (size_t i = n->n; i-- > 0;)
		if (util_strcasecmp(n->e[i]->name, name) == 0)
			return n->e[i];
	return NULL;
}

static struct import_entry *
import_names_add(struct import_names *n, const char *name)
{
	struct import_entry *e = xcalloc(1, sizeof *e);

	e->name = xstrdup(name);
	e->own.name = e->name;
	e->own.custom = true;
	n->e = xreallocarray(n->e, n->n + 1, sizeof *n->e);
	n->e[n->n++] = e;
	return e;
}

/* Write a new own exercise with its groups as known so far; it gets its
 * final groups at the end (import_names_finish). */
static int
import_names_write(struct import_names *n, struct import_entry *e, char **cause)
{
	if (e->id != 0)
		return 0;
	if (store_exercise_id(n->s, &e->own, &e->id, cause) != 0)
		return -1;
	e->made = true;
	return 0;
}

/* The catalogue exercise named exactly `name` (its own exercises with
 * groups included), NULL when none. */
static const struct exercise_def *
import_names_exact(const struct import_names *n, const char *name)
{
	const struct exercise_def *d = catalogue_find(n->cat, name, NULL);

	return d != NULL && util_strcasecmp(d->name, name) == 0 ? d : NULL;
}

/* Give a new entry its exercise: the journal's of that name (so that a
 * name an earlier import made stays the one exercise), the catalogue's it
 * is, or an own one with groups (from what it is like or from the file)
 * or without. */
static int
import_names_resolve(
    struct import_names *n, struct import_entry *e, const struct interop_record *r, char **cause)
{
	bool file = import_names_grouped(r->role);
	const struct exercise_def *def = NULL;
	enum place_how how;
	int found;

	if ((found = store_find_exercise(n->s, e->name, &e->id, cause)) != 0) {
		if (found < 0)
			return -1;
		if ((e->def = import_names_exact(n, e->name)) == NULL)
			e->in_journal = true; /* own, as the journal has it */
		return 0;
	}
	if ((how = place_name(n->place, e->name, &def)) == PLACE_SAME)
		return import_names_catalogue_id(n, e->def = def, &e->id, cause);
	if (how == PLACE_LIKE && !(file && n->file_first)) {
		e->like = def;
		memcpy(e->own.role, def->role, sizeof e->own.role);
		e->own.bodyweight = def->bodyweight && !place_assisted(e->name);
	} else if (file)
		e->from_file = true;
	return 0;
}

int
import_names_set(struct import_names *n, const struct interop_record *r,
    struct import_exercise *out, char **cause)
{
	char *name = util_trim(r->exercise);
	struct import_entry *e = import_names_find(n, name);
	bool fresh = e == NULL;

	if (strlen(name) > IMPORT_NAME_MAX)
		return util_fail(cause, _("exercise: longer than %d characters"), IMPORT_NAME_MAX);
	if (fresh && import_names_resolve(n, e = import_names_add(n, name), r, cause) != 0)
		return -1;
	if (e->def == NULL && e->like == NULL && !e->in_journal)
		for (int g = 0; g < GROUP_COUNT; g++)
			if (e->own.role[g] == ROLE_NONE)
				e->own.role[g] = r->role[g];
	if (e->def == NULL && import_names_write(n, e, cause) != 0)
		return -1;
	out->id = e->id;
	out->bodyweight = e->def != NULL ? e->def->bodyweight : e->own.bodyweight;
	out->placed =
	    e->def != NULL ? import_names_grouped(e->def->role) : import_names_grouped(e->own.role);
	if (e->in_journal) /* without groups, or the catalogue would have it */
		out->placed = out->bodyweight = false;
	return 0;
}

int
import_names_own(struct import_names *n, const struct exercise_def *def, char **cause)
{
	struct import_entry *e = import_names_find(n, def->name);
	int found;

	if (e == NULL)
		e = import_names_add(n, def->name);
	if (e->id != 0)
		return 0;
	if ((found = store_find_exercise(n->s, e->name, &e->id, cause)) != 0) {
		if (found > 0 && (e->def = import_names_exact(n, e->name)) == NULL)
			e->in_journal = true;
		return found < 0 ? -1 : 0;
	}
	memcpy(e->own.role, def->role, sizeof e->own.role);
	e->own.bodyweight = def->bodyweight;
	e->from_file = import_names_grouped(def->role);
	return import_names_write(n, e, cause);
}

void
import_names_count(struct import_names *n, const struct interop_record *r)
{
	struct import_entry *e = import_names_find(n, util_trim(r->exercise));

	if (e != NULL)
		e->sets++;
}

int
import_names_finish(struct import_names *n, char **cause)
{
	for (size_t i = 0; i < n->n; i++)
		if (n->e[i]->made &&
		    store_set_exercise_groups(n->s, n->e[i]->id, n->e[i]->own.role, cause) != 0)
			return -1;
	return 0;
}

/* Append a name to a list of the report. */
static void
import_names_push(struct import_name **list, size_t *len, const struct import_entry *e,
    const struct exercise_def *like)
{
	*list = xreallocarray(*list, *len + 1, sizeof **list);
	(*list)[(*len)++] = (struct import_name){ .name = xstrdup(e->name),
		.sets = e->sets,
		.like = like != NULL ? xstrdup(like->name) : NULL,
		.from_file = e->from_file };
}

void
import_names_report(const struct import_names *n, struct import_report *rep)
{
	for (size_t i = 0; i < n->n; i++) {
		const struct import_entry *e = n->e[i];

		if (e->made) {
			rep->new_exercises = xreallocarray(
			    rep->new_exercises, rep->nnew + 1, sizeof *rep->new_exercises);
			rep->new_exercises[rep->nnew++] = xstrdup(e->name);
		}
		if (e->def != NULL || e->sets == 0)
			continue;
		if (e->like != NULL || e->from_file)
			import_names_push(&rep->like, &rep->nlike, e, e->like);
		else
			import_names_push(
			    &rep->unplaced, &rep->nunplaced, e, place_suggest(n->place, e->name));
	}
}
