/* groups.c: names and default base hours of the muscle groups. */
#include "config.h"

#include <stddef.h>

#include "groups.h"
#include "util.h"

static const struct {
	const char *id;
	const char *short_name;
	double base_hours;
} group_table[GROUP_COUNT] = {
	[GROUP_CHEST] = { "chest", "chest", 48 },
	[GROUP_SHOULDERS] = { "shoulders", "shoulders", 48 },
	[GROUP_TRICEPS] = { "triceps", "triceps", 48 },
	[GROUP_BICEPS] = { "biceps", "biceps", 48 },
	[GROUP_FOREARMS] = { "forearms", "forearms", 36 },
	[GROUP_LATS] = { "lats", "lats", 48 },
	[GROUP_MIDDLE_BACK] = { "middle_back", "mid back", 48 },
	[GROUP_TRAPS] = { "traps", "traps", 48 },
	[GROUP_LOWER_BACK] = { "lower_back", "low back", 72 },
	[GROUP_ABS] = { "abs", "abs", 36 },
	[GROUP_GLUTES] = { "glutes", "glutes", 72 },
	[GROUP_QUADS] = { "quads", "quads", 72 },
	[GROUP_HAMSTRINGS] = { "hamstrings", "hamstrings", 72 },
	[GROUP_HIPS] = { "hips", "hips", 48 },
	[GROUP_CALVES] = { "calves", "calves", 36 },
};

const char *
group_id(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? group_table[g].id : "?";
}

const char *
group_short(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? group_table[g].short_name : "?";
}

int
group_from_id(const char *s)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if (util_strcasecmp(s, group_table[g].id) == 0)
			return g;
	return -1;
}

double
group_default_base_hours(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? group_table[g].base_hours : 48;
}
