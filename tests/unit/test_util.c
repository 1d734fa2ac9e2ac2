/* test_util.c: what text herstel takes in and how it shows text on a terminal. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "util.h"

Test(util, text_problem_takes_plain_and_accented_text)
{
	cr_expect_null(util_text_problem("squat 5x5 @8 # été, 深蹲"));
	cr_expect_null(util_text_problem(""));
}

Test(util, text_problem_refuses_c0_del_and_broken_utf8)
{
	cr_expect_str_eq(util_text_problem("a\033]0;title\007"), "a control character (0x1b)");
	cr_expect_str_eq(util_text_problem("tab\there"), "a control character (0x09)");
	cr_expect_str_eq(util_text_problem("del\177"), "a control character (0x7f)");
	cr_expect_str_eq(util_text_problem("bad \377 byte"), "invalid UTF-8");
	cr_expect_str_eq(util_text_problem("over\300\257long"), "invalid UTF-8");
}

/* U+0080 to U+009F: some terminals act on U+009B as on ESC [ (CSI). */
Test(util, text_problem_refuses_c1_controls)
{
	cr_expect_str_eq(util_text_problem("x\302\23331m"), "a control character (U+009B)");
	cr_expect_str_eq(util_text_problem("\302\200"), "a control character (U+0080)");
	cr_expect_str_eq(util_text_problem("next\302\205line"), "a control character (U+0085)");
	/* U+00A0 (no-break space) is the first character after them. */
	cr_expect_null(util_text_problem("a\302\240b"));
}

Test(util, printable_replaces_each_bad_character_by_one_question_mark)
{
	char s1[] = "t\033]0;x\007e", s2[] = "a\302\233b", s3[] = "c\377\376d", s4[] = "ok é";

	cr_expect_str_eq(util_printable(s1), "t?]0;x?e");
	cr_expect_str_eq(util_printable(s2), "a?b");
	cr_expect_str_eq(util_printable(s3), "c??d");
	cr_expect_str_eq(util_printable(s4), "ok é");
}
