/* keys.c: the key table of the daily screen and herstelrc's [keys]. */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "keys.h"
#include "rc.h"
#include "util.h"

#define FN(k) (KEYS_FN | (k))
#define CTRL(c) ((c)&0x1f)

/* The defaults. Order is the order of the help screen and the hint line. */
static const struct keys_entry keys_default[KA_COUNT] = {
	[KA_ADD] = { "add", "log sets with the quick-entry line", "add", false, 1, { 'a' }, 1 },
	[KA_SORE] = { "soreness", "report soreness per muscle group", "sore", false, 1, { 's' },
	    1 },
	[KA_SLEEP] = { "sleep", "log last night's sleep", "sleep", false, 1, { 'z' }, 1 },
	[KA_DAY] = { "day", "set the day's kind and note", "day", false, 2, { 'n' }, 1 },
	[KA_PREV] = { "prev-day", "previous day", NULL, true, 1, { FN(KEY_LEFT), 'h' }, 2 },
	[KA_NEXT] = { "next-day", "next day", "day", false, 1, { FN(KEY_RIGHT), 'l' }, 2 },
	[KA_PREV_WEEK] = { "prev-week", "a week back", NULL, false, 3, { '[' }, 1 },
	[KA_NEXT_WEEK] = { "next-week", "a week ahead", NULL, false, 3, { ']' }, 1 },
	[KA_TODAY] = { "today", "back to today", "today", false, 3, { 'T' }, 1 },
	[KA_UP] = { "up", "select the entry above", NULL, true, 3, { FN(KEY_UP), 'k' }, 2 },
	[KA_DOWN] = { "down", "select the entry below", "select", false, 3, { FN(KEY_DOWN), 'j' },
	    2 },
	[KA_EDIT] = { "edit", "edit the selected entry", "edit", false, 3,
	    { '\n', FN(KEY_ENTER), '\r' }, 3 },
	[KA_DELETE] = { "delete", "delete the selected entry (asks first)", "del", false, 3,
	    { 'd' }, 1 },
	[KA_UNDO] = { "undo", "undo the last change", "undo", false, 2, { 'u' }, 1 },
	[KA_WEEK] = { "week", "week view", "week", false, 2, { 'w' }, 1 },
	[KA_BACK] = { "back", "week view: back to the day", NULL, false, 3, { 27 }, 1 },
	[KA_EXPORT] = { "export", "export the journal", "export", false, 3, { 'x' }, 1 },
	[KA_PLACE] = { "groups", "give muscle groups to exercises an import left without", NULL,
	    false, 3, { 'g' }, 1 },
	[KA_HELP] = { "help", "this help", "help", false, 1, { '?' }, 1 },
	[KA_QUIT] = { "quit", "quit herstel", "quit", false, 1, { 'q' }, 1 },
};

/* Names of the keys that are not one printable character. */
static const struct {
	const char *name;
	const char *fancy; /* with UTF-8, NULL to use name */
	int code;
} keys_named[] = {
	{ "Left", "\u2190", FN(KEY_LEFT) },
	{ "Right", "\u2192", FN(KEY_RIGHT) },
	{ "Up", "\u2191", FN(KEY_UP) },
	{ "Down", "\u2193", FN(KEY_DOWN) },
	{ "Enter", NULL, '\n' },
	{ "Enter", NULL, '\r' },
	{ "Enter", NULL, FN(KEY_ENTER) },
	{ "Tab", NULL, '\t' },
	{ "Esc", NULL, 27 },
	{ "Space", NULL, ' ' },
	{ "Comma", NULL, ',' },
	{ "Home", NULL, FN(KEY_HOME) },
	{ "End", NULL, FN(KEY_END) },
	{ "PgUp", NULL, FN(KEY_PPAGE) },
	{ "PgDn", NULL, FN(KEY_NPAGE) },
	{ "Delete", NULL, FN(KEY_DC) },
	{ "Insert", NULL, FN(KEY_IC) },
	{ "BSpace", NULL, FN(KEY_BACKSPACE) },
};

/* Fill the table with the defaults. */
void
keys_init(struct keys *k)
{
	memcpy(k->e, keys_default, sizeof k->e);
}

enum keys_action
keys_lookup(const struct keys *k, int code)
{
	for (int a = 0; a < KA_COUNT; a++)
		for (size_t i = 0; i < k->e[a].nkeys; i++)
			if (k->e[a].keys[i] == code)
				return a;
	return KA_NONE;
}

/* One UTF-8 character making up the whole of `s`; -1 when it is not that. */
static int
keys_one_char(const char *s)
{
	mbstate_t mbs;
	wchar_t wc;
	size_t n;

	memset(&mbs, 0, sizeof mbs);
	n = mbrtowc(&wc, s, strlen(s), &mbs);
	if (n == 0 || n == (size_t)-1 || n == (size_t)-2 || s[n] != '\0')
		return -1;
	return (int)wc;
}

int
keys_parse(const char *s, int *code)
{
	long n;

	for (size_t i = 0; i < HS_ARRAY_LEN(keys_named); i++)
		if (util_strcasecmp(s, keys_named[i].name) == 0) {
			*code = keys_named[i].code;
			return 0;
		}
	if ((s[0] == 'C' || s[0] == 'c') && s[1] == '-' && s[2] >= '@' && s[2] <= 'z' &&
	    s[3] == '\0' && s[2] != 'm' && s[2] != 'M' && s[2] != 'i' && s[2] != 'I') {
		*code = CTRL(s[2]);
		return 0;
	}
	if ((s[0] == 'F' || s[0] == 'f') && s[1] != '\0' &&
	    util_parse_long(s + 1, 1, 12, &n) == 0) {
		*code = FN(KEY_F((int)n));
		return 0;
	}
	if ((*code = keys_one_char(s)) < 0x20 || *code == 0x7f)
		return -1;
	return 0;
}

void
keys_name(int code, bool utf8, char *buf, size_t len)
{
	char mb[MB_LEN_MAX + 1];
	mbstate_t mbs;
	size_t n;

	for (size_t i = 0; i < HS_ARRAY_LEN(keys_named); i++)
		if (keys_named[i].code == code && code != ' ' && code != ',') {
			snprintf(buf, len, "%s",
			    utf8 && keys_named[i].fancy != NULL ? keys_named[i].fancy
			                                        : keys_named[i].name);
			return;
		}
	if (code & KEYS_FN) {
		int f = code & ~KEYS_FN;
		if (f >= KEY_F(1) && f <= KEY_F(12))
			snprintf(buf, len, "F%d", f - KEY_F0);
		else
			snprintf(buf, len, "key %d", f);
		return;
	}
	if (code < 0x20) {
		snprintf(buf, len, "C-%c", code + 'a' - 1);
		return;
	}
	memset(&mbs, 0, sizeof mbs);
	n = wcrtomb(mb, (wchar_t)code, &mbs);
	mb[n == (size_t)-1 ? 0 : n] = '\0';
	snprintf(buf, len, "%s", code == ' ' ? "Space" : mb);
}

void
keys_names(const struct keys_entry *e, bool utf8, char *buf, size_t len)
{
	char one[32];
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < e->nkeys; i++) {
		keys_name(e->keys[i], utf8, one, sizeof one);
		/* Enter is bound three ways; say it once. */
		if (i > 0 && strstr(buf, one) != NULL)
			continue;
		used += snprintf(
		    buf + used, used < len ? len - used : 0, "%s%s", used > 0 ? "/" : "", one);
		if (used >= len)
			break;
	}
}

/* Take `code` away from every action, so that a rebinding wins. */
static void
keys_unbind(struct keys *k, int code)
{
	for (int a = 0; a < KA_COUNT; a++)
		for (size_t i = 0; i < k->e[a].nkeys; i++)
			if (k->e[a].keys[i] == code) {
				memmove(&k->e[a].keys[i], &k->e[a].keys[i + 1],
				    (k->e[a].nkeys - i - 1) * sizeof k->e[a].keys[0]);
				k->e[a].nkeys--;
				i--;
			}
}

/* Parse "a,A" into codes; -1 with the bad key in *bad. */
static int
keys_parse_list(const char *list, int codes[KEYS_MAX], size_t *n, char **bad)
{
	char *copy = xstrdup(list), *save = NULL, *tok;
	int rc = 0;

	*n = 0;
	for (tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
		tok = util_trim(tok);
		if (*n == KEYS_MAX || keys_parse(tok, &codes[*n]) != 0) {
			*bad = xstrdup(*n == KEYS_MAX ? "too many keys" : tok);
			rc = -1;
			break;
		}
		(*n)++;
	}
	if (rc == 0 && *n == 0) {
		*bad = xstrdup(list);
		rc = -1;
	}
	free(copy);
	return rc;
}

/* Apply one [keys] line. */
static void
keys_apply_one(struct keys *k, const struct rc_binding *b, const char *file,
    void (*warn)(void *arg, const char *msg), void *arg)
{
	int codes[KEYS_MAX], a;
	char *bad = NULL, *msg;
	size_t n;

	for (a = 0; a < KA_COUNT; a++)
		if (util_strcasecmp(b->action, k->e[a].name) == 0)
			break;
	if (a == KA_COUNT) {
		msg = xasprintf("%s:%d: [keys] no action \"%s\"", file, b->line, b->action);
	} else if (keys_parse_list(b->keys, codes, &n, &bad) != 0) {
		msg = xasprintf("%s:%d: [keys] %s: bad key \"%s\"", file, b->line, b->action, bad);
	} else {
		for (size_t i = 0; i < n; i++)
			keys_unbind(k, codes[i]);
		memcpy(k->e[a].keys, codes, n * sizeof codes[0]);
		k->e[a].nkeys = n;
		return;
	}
	warn(arg, msg);
	free(bad);
	free(msg);
}

void
keys_apply(struct keys *k, const struct rc *rc, void (*warn)(void *arg, const char *msg), void *arg)
{
	const char *file = rc->path != NULL ? rc->path : "herstelrc";

	for (size_t i = 0; i < rc->nbindings; i++)
		keys_apply_one(k, &rc->bindings[i], file, warn, arg);
}
