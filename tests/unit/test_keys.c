/* test_keys.c: the screens' key tables: their defaults, herstelrc's [keys]
 * and [keys.TABLE] through the real parser, the checks, and the labels the
 * hint line and the help screen make of a row. */
#include "config.h"

#include <criterion/criterion.h>
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "keys.h"
#include "rc.h"
#include "util.h"

static char path[64];

/* Read `text` as herstelrc: 0, or -1 with *cause. */
static int
load(struct rc *rc, const char *text, char **cause)
{
	int fd, r;

	strcpy(path, "/tmp/herstelrc.XXXXXX");
	fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	rc_defaults(rc);
	r = rc_load(rc, path, true, cause);
	unlink(path);
	return r;
}

static void
utf8(void)
{
	cr_assert_not_null(setlocale(LC_ALL, "C.UTF-8"));
}

TestSuite(keys, .init = utf8);

Test(keys, every_table_has_its_defaults_and_no_key_twice)
{
	struct keys k[KT_COUNT];

	keys_init(k);
	cr_expect_eq(keys_lookup(&k[KT_DAY], 'a'), KA_ADD);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], KEYS_ESC), KW_BACK);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], '\n'), KW_OPEN);
	cr_expect_eq(keys_lookup(&k[KT_ENTRY], '\t'), KE_COMPLETE);
	cr_expect_eq(keys_lookup(&k[KT_FORM], '\t'), KF_NEXT);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], 'a'), KEYS_NONE);
	/* A key twice in one table would do one of two things: never. */
	for (int t = 0; t < KT_COUNT; t++)
		for (size_t i = 0; i < k[t].n; i++)
			for (size_t j = 0; j < k[t].e[i].nkeys; j++)
				cr_expect_eq(keys_lookup(&k[t], k[t].e[i].keys[j]), (int)i,
				    "[keys.%s] %s: a key of another action", k[t].name,
				    k[t].e[i].name);
}

Test(keys, labels_and_hints)
{
	struct keys k[KT_COUNT];
	char buf[64];

	keys_init(k);
	cr_assert(keys_hint(&k[KT_DAY], KA_NEXT, true, buf, sizeof buf));
	cr_expect_str_eq(buf, "\u2190\u2192 day");
	cr_assert(keys_hint(&k[KT_DAY], KA_NEXT, false, buf, sizeof buf));
	cr_expect_str_eq(buf, "Left/Right day");
	cr_assert(keys_hint(&k[KT_WEEK], KW_BACK, true, buf, sizeof buf));
	cr_expect_str_eq(buf, "w/Esc back");
	cr_assert(keys_hint(&k[KT_WEEK], KW_NEXT_WEEK, true, buf, sizeof buf));
	cr_expect_str_eq(buf, "[] week");
	cr_expect(!keys_hint(&k[KT_DAY], KA_PREV, true, buf, sizeof buf), "joined: no hint alone");
	keys_names(&k[KT_DAY].e[KA_EDIT], true, buf, sizeof buf);
	cr_expect_str_eq(buf, "Enter", "Enter is bound three ways and named once");
}

Test(keys, rebinding_each_table)
{
	struct keys k[KT_COUNT];
	struct rc rc;
	char *cause = NULL;

	cr_assert_eq(load(&rc,
	                 "[keys]\nweek = b\n[keys.week]\nback = b,C-b\n"
	                 "[keys.form]\nsave = F2\n[keys.export]\nexport = v\n",
	                 &cause),
	    0, "%s", cause);
	keys_init(k);
	keys_apply(k, &rc);
	cr_expect_eq(keys_lookup(&k[KT_DAY], 'b'), KA_WEEK);
	cr_expect_eq(keys_lookup(&k[KT_DAY], 'w'), KEYS_NONE);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], 'b'), KW_BACK);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], 0x02), KW_BACK);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], KEYS_ESC), KEYS_NONE, "Esc is no longer back");
	cr_expect_eq(keys_lookup(&k[KT_FORM], KEYS_FN | KEY_F(2)), KF_SAVE);
	cr_expect_eq(keys_lookup(&k[KT_FORM], '\n'), KEYS_NONE);
	cr_expect_eq(keys_lookup(&k[KT_EXPORT], 'v'), KX_SAVE);
	cr_expect_eq(keys_lookup(&k[KT_DAY], 'v'), KEYS_NONE, "one table's binding is its own");
	rc_free(&rc);
}

Test(keys, a_key_taken_from_the_action_that_had_it)
{
	struct keys k[KT_COUNT];
	struct rc rc;
	char *cause = NULL;

	cr_assert_eq(load(&rc, "[keys.week]\nopen = T\n", &cause), 0, "%s", cause);
	keys_init(k);
	keys_apply(k, &rc);
	cr_expect_eq(keys_lookup(&k[KT_WEEK], 'T'), KW_OPEN);
	cr_expect_eq(k[KT_WEEK].e[KW_TODAY].nkeys, 0, "today has no key left");
	rc_free(&rc);
}

Test(keys, refused_with_file_and_line)
{
	static const struct {
		const char *text, *want;
	} bad[] = {
		{ "[keys.week]\nbakc = b\n",
		    ":2: [keys.week] bakc: no such action (expected prev-day," },
		{ "[keys.form]\nsave = Ecs\n", ":2: [keys.form] save: bad key \"Ecs\"" },
		{ "[keys.form]\nsave = a,b,c,d,e,f,g\n", "save: bad key \"too many keys\"" },
		{ "[keys.week]\nback = b\n\nopen = Enter, b\n",
		    ":4: [keys.week] open: the key b is bound already, to back on line 2" },
		{ "[keys.nope]\nback = b\n", ":2: [keys.nope]: no such key table" },
		{ "[keys]\nadd = C-m\n", ":2: [keys] add: bad key \"C-m\"" },
	};

	for (size_t i = 0; i < HS_ARRAY_LEN(bad); i++) {
		struct rc rc;
		char *cause = NULL;

		cr_expect_eq(load(&rc, bad[i].text, &cause), -1, "case %zu accepted", i);
		cr_expect(cause != NULL && strstr(cause, bad[i].want) != NULL, "case %zu: %s", i,
		    cause != NULL ? cause : "(no cause)");
		free(cause);
		rc_free(&rc);
	}
}
