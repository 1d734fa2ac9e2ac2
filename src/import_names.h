/* import_names.h: the exercises of one import, by the names its file
 * gives. Each name is looked up once: the journal's exercise of that name
 * (an earlier import's, or one the user gave groups), else the catalogue's
 * exercise it is (place.h), else the user's own made for it, with the
 * groups of the exercise it is like or that the file gives, or none. */
#ifndef HERSTEL_IMPORT_NAMES_H
#define HERSTEL_IMPORT_NAMES_H

#include <stdbool.h>
#include <stdint.h>

#include "catalogue.h"
#include "import.h"
#include "interop.h"
#include "store.h"

struct import_names;

/* For an import into `s` inside its open batch. With `file_first` (herstel's
 * own files) the groups a file gives its own exercises come before what
 * the name is like; otherwise after. */
struct import_names *import_names_new(
    struct store *s, const struct catalogue *cat, bool file_first);
void import_names_free(struct import_names *n);

/* The exercise of a set record: its journal id, whether it is a bodyweight
 * exercise and whether it has groups. */
struct import_exercise {
	int64_t id;
	bool bodyweight, placed;
};
int import_names_set(struct import_names *n, const struct interop_record *r,
    struct import_exercise *out, char **cause);
/* An own exercise herstel's JSON lists (with its groups), written now. */
int import_names_own(struct import_names *n, const struct exercise_def *def, char **cause);
/* Count a set of `r`'s exercise as written. */
void import_names_count(struct import_names *n, const struct interop_record *r);
/* Give the own exercises made now all the groups their rows gave. */
int import_names_finish(struct import_names *n, char **cause);
/* The names made, placed like another and left unplaced, into *rep. */
void import_names_report(const struct import_names *n, struct import_report *rep);

#endif
