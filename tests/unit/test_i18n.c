/* test_i18n.c: the core's words in Dutch through the real catalogue
 * (po/nl.po, as make check compiles it into tests/locale), and the ids of
 * the machine formats that never change with the language.
 *
 * It needs the nl_NL.UTF-8 locale (build-aux/bootstrap generates it): a
 * machine without it fails here, loudly, rather than passing untested. */
#include "config.h"

#include <criterion/criterion.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "date.h"
#include "groups.h"
#include "journal.h"
#include "recovery.h"
#include "signals.h"
#include "week.h"

static void
dutch(void)
{
	const char *dir = getenv("HERSTEL_LOCALEDIR");

	cr_assert_not_null(dir, "HERSTEL_LOCALEDIR is not set: run under make check");
	cr_assert_not_null(setlocale(LC_ALL, "nl_NL.UTF-8"),
	    "the nl_NL.UTF-8 locale is missing: run build-aux/bootstrap as root (locale-gen)");
	/* As main.c does: messages in Dutch, numbers as in C. */
	setlocale(LC_NUMERIC, "C");
	unsetenv("LANGUAGE");
	bindtextdomain(PACKAGE, dir);
	textdomain(PACKAGE);
}

TestSuite(i18n, .init = dutch);

Test(i18n, words_for_people_are_dutch)
{
	cr_expect_str_eq(group_name(GROUP_CHEST), "borst");
	cr_expect_str_eq(group_name(GROUP_MIDDLE_BACK), "middenrug");
	cr_expect_str_eq(recovery_state_word(STATE_READY), "klaar");
	cr_expect_str_eq(recovery_state_word(STATE_RECOVERING), "in herstel");
	cr_expect_str_eq(day_kind_label(DAY_REST), "rustdag");
	cr_expect_str_eq(level_word(LEVEL_INTERMEDIATE), "halfgevorderd");
	cr_expect_str_eq(date_weekday_name(1), "di");
	cr_expect_str_eq(date_month_name(3), "mrt");
	cr_expect_str_eq(week_load_word(LOAD_HARD), "zwaar");
	cr_expect_str_eq(week_kind_word(DAY_REST), "rust", "the week cell's own context");
}

Test(i18n, every_group_name_fits_its_column)
{
	for (int g = 0; g < GROUP_COUNT; g++)
		cr_expect_leq(strlen(group_name((enum group)g)), GROUP_NAME_MAX, "%s",
		    group_name((enum group)g));
	for (int s = 0; s < STATE_COUNT; s++)
		cr_expect_leq(strlen(recovery_state_word((enum recovery_state)s)), 10, "%s",
		    recovery_state_word((enum recovery_state)s));
}

Test(i18n, ids_of_machine_formats_stay_english)
{
	cr_expect_str_eq(group_id(GROUP_CHEST), "chest");
	cr_expect_str_eq(recovery_state_id(STATE_READY), "ready");
	cr_expect_str_eq(week_load_id(LOAD_HARD), "hard");
	cr_expect_str_eq(day_kind_id(DAY_REST), "rest");
	cr_expect_str_eq(level_id(LEVEL_INTERMEDIATE), "intermediate");
}

Test(i18n, input_takes_both_languages)
{
	hs_date d;

	cr_expect_eq(group_parse("borst"), GROUP_CHEST);
	cr_expect_eq(group_parse("chest"), GROUP_CHEST);
	cr_expect_eq(group_parse("middle_back"), GROUP_MIDDLE_BACK);
	cr_expect_eq(date_parse("gisteren", 100, &d, NULL), 0);
	cr_expect_eq(d, 99);
	cr_expect_eq(date_parse("yesterday", 100, &d, NULL), 0);
	cr_expect_eq(d, 99);
}

Test(i18n, counts_take_their_form)
{
	struct recovery_sleep night = { .date = 100, .hours = 4.5, .quality = 0 };
	struct recovery_input in = { 0 };
	struct recovery_params p;
	struct signals_input si = { .events = &in, .sleep_target = 7, .week_start = 0 };
	struct signal sig[8];
	size_t n;

	recovery_params_default(&p);
	for (int g = 0; g < GROUP_COUNT; g++)
		in.last_trained_before[g] = HS_NO_TIME;
	in.sleep = &night;
	in.nsleep = 1;
	n = signals_compute(&p, &si, (hs_minute)100 * 1440 + 600, sig, 8);
	cr_assert_geq(n, 1);
	cr_expect_str_eq(sig[0].text, "korte nacht: 4.5 u, train vandaag lichter",
	    "a decimal point, as the numbers are read");
}

Test(i18n, messages_return_to_english_in_c)
{
	/* What the command line does before a machine format: messages in C. */
	setlocale(LC_MESSAGES, "C");
	cr_expect_str_eq(group_name(GROUP_CHEST), "chest");
	cr_expect_str_eq(recovery_state_word(STATE_READY), "ready");
	cr_expect_str_eq(date_weekday_name(1), "Tue");
}
