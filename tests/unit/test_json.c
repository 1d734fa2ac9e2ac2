/* test_json.c: the JSON syntax check that stands before SQLite's JSON
 * functions. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "json.h"

static int
check(const char *text, int *line, const char **what)
{
	return json_check(text, strlen(text), line, what);
}

Test(json, takes_well_formed_documents)
{
	static const char *const good[] = { "{}", "[]",
		" {\"a\": [1, -2.5e3, true, false, null]}\n", "\"x\\u00e9\\n\"", "0",
		"{\"a\":{\"b\":[[], {}]}}", "[\"é\"]" };
	const char *what;
	int line;

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		cr_expect_eq(check(good[i], &line, &what), 0, "%s: %s", good[i], what);
}

Test(json, refuses_broken_ones_with_line_and_why)
{
	static const struct {
		const char *text, *what;
		int line;
	} bad[] = {
		/* SQLite 3.40's json_valid takes this one, and json_extract crashes. */
		{ "{\"\":\"\",\"\":1,{\"\":[{\"\":\"\",\"\":\"\"}]}:[1]}", "a key must be a string",
		    1 },
		{ "{\"a\":1,\n{\"b\":2}}", "a key must be a string", 2 },
		{ "{\"a\" 1}", "a ':' must follow a key", 1 },
		{ "[1,\n2,\n", "the document ends too soon", 3 },
		{ "[1 2]", "expected ','", 1 },
		{ "{\"a\":1]", "expected ','", 1 },
		{ "{} {}", "text after the end of the document", 1 },
		{ "[01]", "expected ','", 1 },
		{ "[1.]", "a malformed number", 1 },
		{ "[\"a\tb\"]", "a control character in a string", 1 },
		{ "[\"\\x\"]", "an unknown escape", 1 },
		{ "[\"\\u12\"]", "a \\u escape without four hex digits", 1 },
		{ "[\"open", "a string is not closed", 1 },
		{ "[nul]", "not a JSON value", 1 },
		{ "", "the document ends too soon", 1 },
	};
	const char *what;
	int line;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_expect_eq(check(bad[i].text, &line, &what), -1, "%s", bad[i].text);
		cr_expect(what != NULL && strstr(what, bad[i].what) != NULL, "%s: %s", bad[i].text,
		    what ? what : "(none)");
		cr_expect_eq(line, bad[i].line, "%s", bad[i].text);
	}
}

Test(json, refuses_nesting_past_its_limit)
{
	char deep[2 * JSON_MAX_DEPTH + 8];
	const char *what;
	int line;

	memset(deep, '[', JSON_MAX_DEPTH + 1);
	memset(deep + JSON_MAX_DEPTH + 1, ']', JSON_MAX_DEPTH + 1);
	deep[2 * JSON_MAX_DEPTH + 2] = '\0';
	cr_expect_eq(check(deep, &line, &what), -1);
	cr_expect(strstr(what, "nested too deep") != NULL, "%s", what);
	deep[0] = ' ';
	deep[2 * JSON_MAX_DEPTH + 1] = '\0';
	cr_expect_eq(check(deep, &line, &what), 0, "%s", what ? what : "");
}
