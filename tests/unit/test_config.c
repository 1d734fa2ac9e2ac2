/* test_config.c: herstelrc through the real iniparser, on temp files. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rc.h"
#include "util.h"

static char path[64];

/* Write `n` bytes of `text` to a fresh temp file; path names it. */
static void
rcfile_n(const char *text, size_t n)
{
	int fd;

	strcpy(path, "/tmp/herstelrc.XXXXXX");
	fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, text, n), (ssize_t)n);
	close(fd);
}

static void
rcfile(const char *text)
{
	rcfile_n(text, strlen(text));
}

static void
cleanup(void)
{
	if (path[0] != '\0')
		unlink(path);
	path[0] = '\0';
}

TestSuite(rc, .fini = cleanup);

/* Load the file at `path` expecting an error that contains `needle` after "PATH". */
static void
rc_refused(const char *text, const char *needle)
{
	struct rc rc;
	char *cause = NULL;

	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), -1, "accepted: %s", text);
	cr_assert_not_null(cause);
	cr_expect(strncmp(cause, path, strlen(path)) == 0, "no file name in \"%s\"", cause);
	cr_expect(strstr(cause, needle) != NULL, "\"%s\" lacks \"%s\"", cause, needle);
	/* A refused file leaves the defaults in place. */
	cr_expect_float_eq(rc.sleep_target, 7.0, 1e-9);
	cr_expect_eq(rc.level, LEVEL_INTERMEDIATE);
	free(cause);
	rc_free(&rc);
}

static void
rc_bad(const char *text, const char *needle)
{
	rcfile(text);
	rc_refused(text, needle);
}

Test(rc, defaults_are_the_documented_ones)
{
	struct rc rc;

	rc_defaults(&rc);
	cr_expect_eq(rc.level, LEVEL_INTERMEDIATE);
	cr_expect_eq(rc.units, UNITS_KG);
	cr_expect_eq(rc.week_start, 0);
	cr_expect_float_eq(rc.sleep_target, 7.0, 1e-9);
	cr_expect(rc.color);
	cr_expect_str_eq(rc.export_format, "csv");
	cr_expect_float_eq(rc.recovery.base_hours[GROUP_QUADS], 72, 1e-9);
	cr_expect_float_eq(rc.recovery.base_hours[GROUP_CHEST], 48, 1e-9);
	cr_expect_float_eq(rc.recovery.base_hours[GROUP_CALVES], 36, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_10, 1.25, 1e-9);
	cr_expect_float_eq(rc.recovery.max_need_hours, 168, 1e-9);
	cr_expect_eq(rc.recovery.due_days, 7);
	/* Model v2: the full session's base, the effort curve, novelty, stacking. */
	cr_expect_float_eq(rc.recovery.volume_sets, 10, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_6, 0.40, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_7, 0.70, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_8, 0.90, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_9, 1.00, 1e-9);
	cr_expect_float_eq(rc.recovery.novelty_factor, 1.25, 1e-9);
	cr_expect_eq(rc.recovery.novelty_days, 21);
	cr_expect_float_eq(rc.recovery.stack_weight, 0.5, 1e-9);
	cr_expect_float_eq(rc.recovery.short_night_hours, 6, 1e-9);
	rc_free(&rc);
}

/* Whoever set a v1 default in their herstelrc keeps it: the file wins over
 * the new defaults, key by key; what it does not set is v2. */
Test(rc, v1_values_set_explicitly_are_kept)
{
	struct rc rc;
	char *cause = NULL;

	rcfile("[recovery]\neffort_6 = 0.70\neffort_7 = 0.85\neffort_8 = 1.00\nvolume_sets = 6\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_expect_float_eq(rc.recovery.effort_6, 0.70, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_7, 0.85, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_8, 1.00, 1e-9);
	cr_expect_float_eq(rc.recovery.volume_sets, 6, 1e-9);
	cr_expect_float_eq(rc.recovery.effort_9, 1.00, 1e-9, "not set: the v2 default");
	cr_expect_float_eq(rc.recovery.stack_weight, 0.5, 1e-9, "not set: the v2 default");
	rc_free(&rc);
}

Test(rc, new_model_keys_and_their_ranges)
{
	struct rc rc;
	char *cause = NULL;

	rcfile("[recovery]\nnovelty_factor = 1.5\nnovelty_days = 28\nstack_weight = 0.25\n"
	       "short_night_hours = 5.5\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_expect_float_eq(rc.recovery.novelty_factor, 1.5, 1e-9);
	cr_expect_eq(rc.recovery.novelty_days, 28);
	cr_expect_float_eq(rc.recovery.stack_weight, 0.25, 1e-9);
	cr_expect_float_eq(rc.recovery.short_night_hours, 5.5, 1e-9);
	rc_free(&rc);
	cleanup();
	rc_bad("[recovery]\nnovelty_factor = 0.9\n",
	    ":2: [recovery] novelty_factor: expected a factor from 1 to 3, got \"0.9\"");
	cleanup();
	rc_bad("[recovery]\nnovelty_days = 0\n",
	    ":2: [recovery] novelty_days: expected days from 1 to 365, got \"0\"");
	cleanup();
	rc_bad("[recovery]\nstack_weight = 1.5\n",
	    ":2: [recovery] stack_weight: expected a weight from 0 to 1, got \"1.5\"");
	cleanup();
	rc_bad("[recovery]\nshort_night_hours = 13\n",
	    ":2: [recovery] short_night_hours: expected hours from 0 to 12, got \"13\"");
}

Test(rc, missing_file_is_defaults_unless_required)
{
	struct rc rc;
	char *cause = NULL;

	rc_defaults(&rc);
	cr_expect_eq(rc_load(&rc, "/nonexistent/herstelrc", false, &cause), 0);
	cr_expect_eq(rc_load(&rc, "/nonexistent/herstelrc", true, &cause), -1);
	cr_expect(cause != NULL && strstr(cause, "No such file") != NULL);
	free(cause);
	rc_free(&rc);
}

Test(rc, reads_every_kind_of_value)
{
	struct rc rc;
	char *cause = NULL;

	rcfile("[general]\nlevel = Advanced\nunits = lb\nweek_start = sunday\ncolor = no\n"
	       "[recovery]\nsleep_target = 8.5\ndue_days = 042\neffort_10 = 1.5\n"
	       "[base_hours]\nquads = 96\n[export]\nformat = json\ndirectory = /tmp/x\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_expect_eq(rc.level, LEVEL_ADVANCED);
	cr_expect_eq(rc.units, UNITS_LB);
	cr_expect_eq(rc.week_start, 6);
	cr_expect(!rc.color);
	cr_expect_float_eq(rc.sleep_target, 8.5, 1e-9);
	cr_expect_eq(rc.recovery.due_days, 42, "042 is decimal, not octal");
	cr_expect_float_eq(rc.recovery.effort_10, 1.5, 1e-9);
	cr_expect_float_eq(rc.recovery.base_hours[GROUP_QUADS], 96, 1e-9);
	cr_expect_str_eq(rc.export_format, "json");
	cr_expect_str_eq(rc.export_dir, "/tmp/x");
	cr_expect_eq(rc.nwarnings, 0);
	rc_free(&rc);
}

Test(rc, bad_value_names_file_line_section_key)
{
	rc_bad("[general]\nlevel = beginner\n[recovery]\nsleep_target = abc\n",
	    ":4: [recovery] sleep_target: expected hours from 4 to 12, got \"abc\"");
}

/* language = auto | en | nl, in any case; auto when not set. */
Test(rc, language_key)
{
	static const struct {
		const char *text;
		enum rc_language want;
	} cases[] = {
		{ "[general]\n", RC_LANGUAGE_AUTO },
		{ "[general]\nlanguage = auto\n", RC_LANGUAGE_AUTO },
		{ "[general]\nlanguage = en\n", RC_LANGUAGE_EN },
		{ "[general]\nlanguage = NL\n", RC_LANGUAGE_NL },
	};

	for (size_t i = 0; i < HS_ARRAY_LEN(cases); i++) {
		struct rc rc;
		char *cause = NULL;

		rcfile(cases[i].text);
		rc_defaults(&rc);
		cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s: %s", cases[i].text, cause);
		cr_expect_eq(rc.language, cases[i].want, "%s", cases[i].text);
		rc_free(&rc);
		cleanup();
	}
}

Test(rc, bad_values_table)
{
	static const struct {
		const char *text, *needle;
	} cases[] = {
		{ "[general]\nlevel = pro\n",
		    ":2: [general] level: expected beginner, intermediate or advanced, got "
		    "\"pro\"" },
		{ "[general]\nunits = stone\n", "[general] units: expected kg or lb" },
		{ "[general]\nweek_start = friday\n", "expected monday or sunday" },
		{ "[general]\nlanguage = de\n",
		    ":2: [general] language: expected auto, en or nl, got \"de\"" },
		{ "[general]\ncolor = yellow\n",
		    "[general] color: expected yes or no, got \"yellow\"" },
		{ "[recovery]\nsleep_target = 3\n", "expected hours from 4 to 12, got \"3\"" },
		{ "[recovery]\nsleep_target = 7h\n", "got \"7h\"" },
		{ "[recovery]\ndue_days = seven\n",
		    "[recovery] due_days: expected days from 1 to 365, got \"seven\"" },
		{ "[recovery]\ndue_days = 0x10\n", "got \"0x10\"" },
		{ "[recovery]\neffort_8 = nan\n", "got \"nan\"" },
		{ "[recovery]\nalmost_percent = 101\n", "from 1 to 100" },
		{ "[base_hours]\nquads = 0\n", "[base_hours] quads: expected hours from 1 to 168" },
		{ "[export]\nformat = xml\n", "expected csv, json or strong" },
		{ "[recovery]\nvolume_min = 2\nvolume_max = 1\n",
		    "volume_min (2) is above volume_max (1)" },
		{ "[plates]\nplates = 25x6 20\n",
		    ":2: [plates] plates: expected plates as WEIGHTxPAIRS" },
		{ "[plates]\nplates = 25x2 25x1\n", "[plates]: plate 25 is given twice" },
		{ "[plates]\nbar = 600\n", "[plates] bar: expected a weight from 0 to 500" },
		{ "[rest]\nlength = soon\n", ":2: [rest] length: expected a duration" },
		{ "[rest]\nlength = 25h\n", "[rest] length: expected a duration" },
		{ "[rest]\nisolation = 0\n", "[rest] isolation: expected a duration" },
		{ "[rest]\nflash = sometimes\n", "[rest] flash: expected yes or no" },
		{ "[exercise farmer walk]\nsecondary = traps\n", "expected primary = groups" },
		{ "[exercise farmer walk]\nprimary = grip\n", "unknown group \"grip\"" },
		{ "[exercise farmer walk]\nprimary = traps\nbodyweight = maybe\n",
		    "bodyweight: expected yes or no" },
		{ "[exercise farmer walk]\nprimary = traps\nrest = a while\n",
		    "[exercise farmer walk] rest: expected a duration (90, 1:30, 2m30s), got \"a while\"" },
	};

	for (size_t i = 0; i < HS_ARRAY_LEN(cases); i++) {
		rc_bad(cases[i].text, cases[i].needle);
		cleanup();
	}
}

Test(rc, syntax_error_has_line)
{
	rc_bad("[general]\nlevel = beginner\nthis line is junk\n", ":3: syntax error");
}

Test(rc, unknown_and_duplicate_keys_warn)
{
	struct rc rc;
	char *cause = NULL;

	rcfile(
	    "[general]\nlevle = beginner\nlevel = beginner\nlevel = advanced\n[colours]\nx = 1\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_expect_eq(rc.level, LEVEL_ADVANCED, "the last one counts");
	cr_assert_eq(rc.nwarnings, 3);
	cr_expect(
	    strstr(rc.warnings[0], ":4: [general] level: set again (first on line 3)") != NULL,
	    "%s", rc.warnings[0]);
	cr_expect(strstr(rc.warnings[1], ":2: [general] levle: unknown key") != NULL, "%s",
	    rc.warnings[1]);
	cr_expect(
	    strstr(rc.warnings[2], ":6: [colours] x: unknown key") != NULL, "%s", rc.warnings[2]);
	rc_free(&rc);
}

Test(rc, own_exercises_and_key_bindings)
{
	struct rc rc;
	char *cause = NULL;

	rcfile("[exercise farmer walk]\nprimary = forearms, traps\nsecondary = abs\n"
	       "aliases = farmers carry|boerenwandeling\nbodyweight = no\nrest = 2m\n"
	       "[keys]\nadd = a,A\nquit = C-q\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_assert_eq(rc.nexercises, 1);
	cr_expect_str_eq(rc.exercises[0].name, "farmer walk");
	cr_expect_eq(rc.exercises[0].role[GROUP_FOREARMS], ROLE_PRIMARY);
	cr_expect_eq(rc.exercises[0].role[GROUP_TRAPS], ROLE_PRIMARY);
	cr_expect_eq(rc.exercises[0].role[GROUP_ABS], ROLE_SECONDARY);
	cr_expect_eq(rc.exercises[0].naliases, 2);
	cr_expect_str_eq(rc.exercises[0].aliases[1], "boerenwandeling");
	cr_expect(rc.exercises[0].custom);
	cr_expect_eq(rc.exercises[0].rest_seconds, 120, "its own rest");
	cr_assert_eq(rc.nbindings, 2);
	cr_expect_str_eq(rc.bindings[0].action, "add");
	cr_expect_str_eq(rc.bindings[0].keys, "a,A");
	cr_expect_eq(rc.bindings[1].line, 9);
	rc_free(&rc);
}

/* A byte order mark, CRLF or CR alone, and comments of any length: read
 * as plain LF text would be (iniparser took all of these for errors). */
Test(rc, bom_line_ends_and_long_comments)
{
	static const char *const texts[] = {
		"\xef\xbb\xbf[general]\nlevel = advanced\n",
		"[general]\r\nlevel = advanced\r\n",
		"[general]\rlevel = advanced\r",
		NULL,
	};
	char *long_comment = xmalloc(6000);

	for (size_t i = 0; i < HS_ARRAY_LEN(texts); i++) {
		struct rc rc;
		char *cause = NULL;

		if (i == 3) { /* a comment of 5,000 characters */
			memset(long_comment, 'x', 5000);
			long_comment[0] = '#';
			strcpy(long_comment + 5000, "\n[general]\nlevel = advanced\n");
			rcfile(long_comment);
		} else
			rcfile(texts[i]);
		rc_defaults(&rc);
		cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "case %zu: %s", i, cause);
		cr_expect_eq(rc.level, LEVEL_ADVANCED, "case %zu", i);
		cr_expect_eq(
		    rc.nwarnings, 0, "case %zu: %s", i, rc.nwarnings ? rc.warnings[0] : "");
		rc_free(&rc);
		cleanup();
	}
	free(long_comment);
}

/* A key line too long for iniparser is refused with its line and why. */
Test(rc, long_key_line_is_named)
{
	char text[3000];

	strcpy(text, "[general]\n# fine\nlevel = ");
	memset(text + strlen(text), 'a', 1500);
	strcpy(text + strlen("[general]\n# fine\nlevel = ") + 1500, "\n");
	rc_bad(
	    text, ":3: a line of 1508 characters; a [section] or key = value line holds at most");
}

/* Ten thousand unknown keys: twenty warnings and a count, values read. */
Test(rc, many_keys_warn_twenty_times)
{
	struct strbuf sb;
	struct rc rc;
	char *cause = NULL;

	strbuf_init(&sb);
	strbuf_puts(&sb, "[general]\n");
	for (int i = 0; i < 10000; i++)
		strbuf_printf(&sb, "unknown_%d = %d\n", i, i);
	strbuf_puts(&sb, "level = beginner\n[exercise zwaai rij]\nprimary = quads\n");
	rcfile(sb.buf);
	strbuf_free(&sb);
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause);
	cr_expect_eq(rc.level, LEVEL_BEGINNER, "a key after 10,000 others is read");
	cr_expect_eq(rc.nexercises, 1);
	cr_assert_eq(rc.nwarnings, 20);
	cr_expect(strstr(rc.warnings[19], "9981 more warnings like these") != NULL, "%s",
	    rc.warnings[19]);
	rc_free(&rc);
}

/* A name with an escape sequence would reach the terminal of `exercises`. */
Test(rc, own_exercise_name_is_text)
{
	rc_bad("[exercise zwaai\033]0;x\007 rij]\nprimary = quads\n",
	    "the name has a control character (0x1b)");
}

Test(rc, binary_file_refused)
{
	static const char text[] = "[general]\nlevel = beginner\n\0\1\2binary";

	rcfile_n(text, sizeof text - 1);
	rc_refused("(binary)", "binary data");
}

struct table_seen {
	int n;
	bool sleep_target;
	bool quads;
};

static void
table_line(void *arg, const char *section, const char *key, const char *range, const char *def,
    const char *help)
{
	struct table_seen *t = arg;

	t->n++;
	cr_expect(range[0] != '\0' && help[0] != '\0', "%s.%s documented", section, key);
	if (strcmp(key, "sleep_target") == 0)
		t->sleep_target = strcmp(def, "7") == 0 && strcmp(range, "4-12 hours") == 0;
	if (strcmp(section, "base_hours") == 0 && strcmp(key, "quads") == 0)
		t->quads = strcmp(def, "72") == 0;
}

Test(rc, plates_and_rest)
{
	struct plates_inventory inv;
	struct rc rc;
	char *cause = NULL;

	rc_defaults(&rc);
	rc_plates(&rc, &inv);
	cr_expect_float_eq(inv.bar, 20, 1e-9, "no [plates]: a 20 kg bar");
	cr_expect_eq(inv.nkinds, 7);
	cr_expect_eq(rc.rest_length, 180);
	cr_expect_eq(rc.rest_isolation, 90);
	cr_expect(rc.rest_bell);
	cr_expect_not(rc.rest_flash);
	cr_expect_str_eq(rc.rest_hook, "");
	rc_free(&rc);
	rcfile("[general]\nunits = lb\n[plates]\nplates = 45x4, 25x1 2.5x1\n"
	       "[rest]\nlength = 1:30\nbell = no\nisolation = 45s\nflash = yes\n"
	       "hook = notify-send rest over\n");
	rc_defaults(&rc);
	cr_assert_eq(rc_load(&rc, path, true, &cause), 0, "%s", cause ? cause : "");
	rc_plates(&rc, &inv);
	cr_expect_eq(inv.units, UNITS_LB);
	cr_expect_float_eq(inv.bar, 45, 1e-9, "lb: a 45 lb bar");
	cr_assert_eq(inv.nkinds, 3);
	cr_expect_float_eq(inv.kind[0].weight, 45, 1e-9);
	cr_expect_eq(inv.kind[0].pairs, 4);
	cr_expect_float_eq(inv.kind[2].weight, 2.5, 1e-9);
	cr_expect_eq(rc.rest_length, 90);
	cr_expect_not(rc.rest_bell);
	cr_expect_eq(rc.rest_isolation, 45);
	cr_expect(rc.rest_flash);
	cr_expect_str_eq(rc.rest_hook, "notify-send rest over");
	rc_free(&rc);
}

Test(rc, table_lists_every_key_with_defaults)
{
	struct table_seen t = { 0 };

	rc_print_table(table_line, &t);
	cr_expect_eq(t.n, 6 + 24 + 15 + 2 + 2 + 5 + 2,
	    "general 5 + sleep_target, 24 model keys, 15 groups, export 2, plates 2, rest 5,"
	    " volume 2");
	cr_expect(t.sleep_target);
	cr_expect(t.quads);
}
