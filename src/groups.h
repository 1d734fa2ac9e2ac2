/* groups.h: the 15 muscle groups of the recovery model, in their fixed order. */
#ifndef HERSTEL_GROUPS_H
#define HERSTEL_GROUPS_H

#include <stddef.h>

enum group {
	GROUP_CHEST,
	GROUP_SHOULDERS,
	GROUP_TRICEPS,
	GROUP_BICEPS,
	GROUP_FOREARMS,
	GROUP_LATS,
	GROUP_MIDDLE_BACK,
	GROUP_TRAPS,
	GROUP_LOWER_BACK,
	GROUP_ABS,
	GROUP_GLUTES,
	GROUP_QUADS,
	GROUP_HAMSTRINGS,
	GROUP_HIPS,
	GROUP_CALVES,
	GROUP_COUNT
};

/* How an exercise hits a group. */
enum group_role { ROLE_NONE = 0, ROLE_PRIMARY = 1, ROLE_SECONDARY = 2 };

/* The longest display name, in columns ("hamstrings"). */
#define GROUP_NAME_MAX 10

/* The id of machine formats: files, the database, TSV and JSON ("middle_back"). */
const char *group_id(enum group g);
/* The one name people read, on every screen and in every message ("mid back"). */
const char *group_name(enum group g);
/* The display names in group order, as a list for messages: "chest,
 * shoulders, ..., calves". */
const char *group_names(void);
/* A group from its id exactly as machine formats write it (case aside);
 * -1 when there is none. */
int group_from_id(const char *s);
/* A group from what a person typed: its id or its name in any case, with or
 * without spaces, underscores or hyphens ("mid back", "middle_back",
 * "MidBack"), or a short form the week grid of herstel 0.1 showed ("hams");
 * -1 when there is none. */
int group_parse(const char *s);
/* The groups of an exercise, "quads (+ glutes, hamstrings)": the primary
 * ones, then the secondary in brackets, each written by `name` (group_name
 * for people, group_id where the ids are wanted). */
void group_roles_text(const unsigned char role[GROUP_COUNT], const char *(*name)(enum group g),
    char *buf, size_t len);
/* The model's default base hours for the group (72, 48 or 36). */
double group_default_base_hours(enum group g);

#endif
