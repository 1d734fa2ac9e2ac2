/* groups.h: the 15 muscle groups of the recovery model, in their fixed order. */
#ifndef HERSTEL_GROUPS_H
#define HERSTEL_GROUPS_H

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

/* The id used in files, the database and on the command line ("middle_back"). */
const char *group_id(enum group g);
/* A short label for narrow columns ("mid back", at most 10 characters). */
const char *group_short(enum group g);
/* A group from its id, case-insensitively; -1 when there is none. */
int group_from_id(const char *s);
/* The model's default base hours for the group (72, 48 or 36). */
double group_default_base_hours(enum group g);

#endif
