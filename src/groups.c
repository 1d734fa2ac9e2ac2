/* groups.c: names and default base hours of the muscle groups. */
#include "config.h"

#include "groups.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "i18n.h"
#include "util.h"

static const struct {
	const char *id;
	const char *name;
	const char *old_abbrev; /* the week grid's label in herstel 0.1, or NULL */
	double base_hours;
} group_table[GROUP_COUNT] = {
	[GROUP_CHEST] = { "chest", N_("chest"), NULL, 48 },
	[GROUP_SHOULDERS] = { "shoulders", N_("shoulders"), "should", 48 },
	[GROUP_TRICEPS] = { "triceps", N_("triceps"), "tri", 48 },
	[GROUP_BICEPS] = { "biceps", N_("biceps"), "bi", 48 },
	[GROUP_FOREARMS] = { "forearms", N_("forearms"), "fore", 36 },
	[GROUP_LATS] = { "lats", N_("lats"), NULL, 48 },
	[GROUP_MIDDLE_BACK] = { "middle_back", N_("mid back"), "midbk", 48 },
	[GROUP_TRAPS] = { "traps", N_("traps"), NULL, 48 },
	[GROUP_LOWER_BACK] = { "lower_back", N_("low back"), "lowbk", 72 },
	[GROUP_ABS] = { "abs", N_("abs"), NULL, 36 },
	[GROUP_GLUTES] = { "glutes", N_("glutes"), NULL, 72 },
	[GROUP_QUADS] = { "quads", N_("quads"), NULL, 72 },
	[GROUP_HAMSTRINGS] = { "hamstrings", N_("hamstrings"), "hams", 72 },
	[GROUP_HIPS] = { "hips", N_("hips"), NULL, 48 },
	[GROUP_CALVES] = { "calves", N_("calves"), NULL, 36 },
};

const char *
group_id(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? group_table[g].id : "?";
}

const char *
group_name(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? _(group_table[g].name) : "?";
}

const char *
group_names(void)
{
	/* One literal, so that a translation sees the whole list; the tests
	 * check it against the table. */
	return _(
	    "chest, shoulders, triceps, biceps, forearms, lats, mid back, traps, low back, abs,"
	    " glutes, quads, hamstrings, hips, calves");
}

int
group_from_id(const char *s)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		if (util_strcasecmp(s, group_table[g].id) == 0)
			return g;
	return -1;
}

/* Whether a and b are the same once case, spaces, underscores and hyphens
 * are left out. */
static int
group_same_word(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '_' || *a == '-' || *a == '\t')
			a++;
		while (*b == ' ' || *b == '_' || *b == '-' || *b == '\t')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (util_strncasecmp(a, b, 1) != 0)
			return 0;
		a++, b++;
	}
}

int
group_parse(const char *s)
{
	if (s == NULL)
		return -1;
	for (int g = 0; g < GROUP_COUNT; g++)
		if (group_same_word(s, group_table[g].id) ||
		    group_same_word(s, group_table[g].name) ||
		    group_same_word(s, _(group_table[g].name)) ||
		    (group_table[g].old_abbrev != NULL &&
		        group_same_word(s, group_table[g].old_abbrev)))
			return g;
	return -1;
}

double
group_default_base_hours(enum group g)
{
	return (unsigned)g < GROUP_COUNT ? group_table[g].base_hours : 48;
}

void
group_roles_text(
    const unsigned char role[GROUP_COUNT], const char *(*name)(enum group g), char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int pass = ROLE_PRIMARY; pass <= ROLE_SECONDARY; pass++) {
		bool first = true;

		for (int g = 0; g < GROUP_COUNT && used < len; g++) {
			if (role[g] != pass)
				continue;
			used += (size_t)snprintf(buf + used, len - used, "%s%s",
			    first ? (pass == ROLE_SECONDARY ? (used ? " (+ " : "(+ ") : "") : ", ",
			    name((enum group)g));
			first = false;
		}
		if (pass == ROLE_SECONDARY && !first && used < len)
			used += (size_t)snprintf(buf + used, len - used, ")");
	}
}
