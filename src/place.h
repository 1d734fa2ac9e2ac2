/* place.h: which catalogue exercise a name from another app means.
 *
 * A wrong placement is worse than none: a name is placed only when the
 * match is sure. It is the SAME exercise when it is a name or alias of the
 * catalogue, a name of the reviewed table of other apps' names
 * (place_table.c), or one written in other words: equipment in brackets,
 * any word order, plurals, hyphens, "db" for dumbbell ("Arnold Press
 * (Dumbbell)" is Arnold Dumbbell Press). It is LIKE an exercise when only
 * words that leave the muscles as they are tell them apart: equipment, one
 * arm or leg, seated or standing, grip and tempo ("Single Arm Lateral Raise
 * (Cable)" is like lateral raise); the name then stays the lifter's, with
 * that exercise's groups. "Assisted" is never left out: an assisted pull-up
 * is not a pull-up with the assistance as added weight. When several
 * exercises fit and their primary groups differ, nothing is placed. Pure
 * core: no SQL, no curses. */
#ifndef HERSTEL_PLACE_H
#define HERSTEL_PLACE_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"

enum place_how { PLACE_NONE, PLACE_SAME, PLACE_LIKE };

/* The catalogue's names, indexed for placing the first time a name needs
 * it (the catalogue must outlive it). */
struct place;
struct place *place_new(const struct catalogue *c);
void place_free(struct place *p);

/* How `name` is placed and on which exercise (*def, NULL for PLACE_NONE). */
enum place_how place_name(struct place *p, const char *name, const struct exercise_def **def);

/* Does the name say the lifter was assisted (band, machine)? Then the
 * weight is the help, not a load: the exercise made for it is never a
 * bodyweight one, whatever it is placed like. */
bool place_assisted(const char *name);

/* A catalogue exercise to suggest for a name that stayed unplaced (a typo,
 * or the one sharing most of its words), NULL when none is close. */
const struct exercise_def *place_suggest(struct place *p, const char *name);

/* Is `name` cardio (a run, a ride, the rowing machine, a hike)? A row of
 * cardio without reps is an activity, which no timer counts. */
bool place_is_cardio(const char *name);

/* The name Strong gives a catalogue exercise ("Bench Press (Barbell)" for
 * bench press), NULL when the table has none. */
const char *place_foreign_name(const char *name);

/* The reviewed table, for its test: entry i (NULL past the end). */
struct place_entry {
	const char *foreign; /* as Strong or Hevy writes it */
	const char *name;    /* the catalogue's exercise; NULL with PLACE_NONE */
	enum place_how how;  /* PLACE_NONE: never placed */
};
const struct place_entry *place_table_at(size_t i);

#endif
