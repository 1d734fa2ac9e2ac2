/* json.c: a check of JSON syntax (RFC 8259): one pass, no allocation, the
 * nesting kept on a fixed stack. */
#include "config.h"

#include "json.h"

#include <stdbool.h>
#include <string.h>

#include "i18n.h"

struct json_scan {
	const char *p, *end;
	int line;
	const char *what;
};

/* What comes next after a value, a key or an opening bracket. */
enum json_state { JS_VALUE, JS_FIRST_VALUE, JS_FIRST_KEY, JS_KEY, JS_COLON, JS_NEXT };

static int
json_fail(struct json_scan *j, const char *what)
{
	j->what = what;
	return -1;
}

static void
json_space(struct json_scan *j)
{
	for (; j->p < j->end && strchr(" \t\r\n", *j->p) != NULL && *j->p != '\0'; j->p++)
		if (*j->p == '\n')
			j->line++;
}

static bool
json_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A string from its opening quote. */
static int
json_string(struct json_scan *j)
{
	for (j->p++; j->p < j->end; j->p++) {
		unsigned char c = (unsigned char)*j->p;

		if (c == '"') {
			j->p++;
			return 0;
		}
		if (c < 0x20)
			return json_fail(j, _("a control character in a string (escape it)"));
		if (c != '\\')
			continue;
		if (++j->p == j->end)
			break;
		if (*j->p == 'u') {
			for (int i = 1; i <= 4; i++)
				if (j->p + i >= j->end || !json_hex(j->p[i]))
					return json_fail(j, _("a \\u escape without four hex digits"));
			j->p += 4;
		} else if (strchr("\"\\/bfnrt", *j->p) == NULL || *j->p == '\0')
			return json_fail(j, _("an unknown escape in a string"));
	}
	return json_fail(j, _("a string is not closed (the file may be cut short)"));
}

/* Digits at p, at least `min` of them. */
static int
json_digits(struct json_scan *j, int min)
{
	const char *start = j->p;

	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p - start >= min ? 0 : json_fail(j, _("a malformed number"));
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static int
json_number(struct json_scan *j)
{
	if (*j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (json_digits(j, 1) != 0)
		return -1;
	if (j->p < j->end && *j->p == '.' && (j->p++, json_digits(j, 1) != 0))
		return -1;
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		return json_digits(j, 1);
	}
	return 0;
}

/* A value that is no list or object. */
static int
json_scalar(struct json_scan *j)
{
	static const char *const words[] = { "true", "false", "null" };
	char c = *j->p;

	if (c == '"')
		return json_string(j);
	if (c == '-' || (c >= '0' && c <= '9'))
		return json_number(j);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t n = strlen(words[i]);

		if ((size_t)(j->end - j->p) >= n && memcmp(j->p, words[i], n) == 0) {
			j->p += n;
			return 0;
		}
	}
	return json_fail(j, _("not a JSON value here"));
}

/* One step at a non-blank character: the state after it. */
static int
json_step(struct json_scan *j, char *stack, int *depth, enum json_state *st)
{
	char c = *j->p, open = *depth > 0 ? stack[*depth - 1] : '\0';

	switch (*st) {
	case JS_FIRST_KEY:
	case JS_FIRST_VALUE:
		if (c == (*st == JS_FIRST_KEY ? '}' : ']')) {
			j->p++;
			(*depth)--;
			*st = JS_NEXT;
			return 0;
		}
		*st = *st == JS_FIRST_KEY ? JS_KEY : JS_VALUE;
		return json_step(j, stack, depth, st);
	case JS_KEY:
		if (c != '"')
			return json_fail(j, _("a key must be a string"));
		*st = JS_COLON;
		return json_string(j);
	case JS_COLON:
		if (c != ':')
			return json_fail(j, _("a ':' must follow a key"));
		j->p++;
		*st = JS_VALUE;
		return 0;
	case JS_VALUE:
		if (c == '{' || c == '[') {
			if (*depth == JSON_MAX_DEPTH)
				return json_fail(j, _("lists and objects nested too deep"));
			stack[(*depth)++] = c;
			j->p++;
			*st = c == '{' ? JS_FIRST_KEY : JS_FIRST_VALUE;
			return 0;
		}
		*st = JS_NEXT;
		return json_scalar(j);
	case JS_NEXT:
		if (*depth == 0)
			return json_fail(j, _("text after the end of the document"));
		j->p++;
		if (c == ',')
			*st = open == '{' ? JS_KEY : JS_VALUE;
		else if ((c == '}' && open == '{') || (c == ']' && open == '['))
			(*depth)--;
		else
			return j->p--,
			       json_fail(j, _("expected ',' or the end of a list or an object"));
		return 0;
	}
	return json_fail(j, _("internal error"));
}

int
json_check(const char *text, size_t len, int *line, const char **what)
{
	struct json_scan j = { text, text + len, 1, NULL };
	enum json_state st = JS_VALUE;
	char stack[JSON_MAX_DEPTH];
	int depth = 0, rc = 0;

	for (;;) {
		json_space(&j);
		if (j.p == j.end) {
			if (st != JS_NEXT || depth > 0)
				rc = json_fail(
				    &j, _("the document ends too soon (the file may be cut short)"));
			break;
		}
		if ((rc = json_step(&j, stack, &depth, &st)) != 0)
			break;
	}
	*line = j.line;
	*what = j.what;
	return rc;
}
