/* keys.c: the key tables of the screens, their defaults, and herstelrc's
 * [keys] and [keys.TABLE] sections. */
#include "config.h"

#include "keys.h"

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "rc.h"
#include "util.h"

#define FN(k) (KEYS_FN | (k))
#define CTRL(c) ((c)&0x1f)

#define ENTER '\n', FN(KEY_ENTER), '\r' /* the one spelling of Enter */
#define ROW(name, help, hint, joined, prio, two, ...) \
	{ \
		name, help, hint, joined, prio, two, { __VA_ARGS__ }, \
		    sizeof((int[]){ __VA_ARGS__ }) / sizeof(int) \
	}

/* The day view's table: [keys]. Order is the order of the help screen and
 * the hint line, here and in every table. */
static const struct keys_entry keys_day[KA_COUNT] = {
	[KA_ADD] =
	    ROW("add", N_("log sets with the quick-entry line"), N_("add"), false, 1, false, 'a'),
	[KA_SORE] = ROW(
	    "soreness", N_("report soreness per muscle group"), N_("sore"), false, 1, false, 's'),
	[KA_SLEEP] = ROW("sleep", N_("log last night's sleep"), N_("sleep"), false, 1, false, 'z'),
	[KA_DAY] = ROW("day", N_("set the day's kind and note"), N_("day"), false, 2, false, 'n'),
	[KA_PREV] = ROW("prev-day", N_("previous day"), NULL, true, 1, false, FN(KEY_LEFT), 'h'),
	[KA_NEXT] = ROW("next-day", N_("next day"), N_("day"), false, 1, false, FN(KEY_RIGHT), 'l'),
	[KA_PREV_WEEK] = ROW("prev-week", N_("a week back"), NULL, false, 3, false, '['),
	[KA_NEXT_WEEK] = ROW("next-week", N_("a week ahead"), NULL, false, 3, false, ']'),
	[KA_TODAY] = ROW("today", N_("back to today"), N_("today"), false, 3, false, 'T'),
	[KA_UP] = ROW("up", N_("select the entry above"), NULL, true, 3, false, FN(KEY_UP), 'k'),
	[KA_DOWN] = ROW(
	    "down", N_("select the entry below"), N_("select"), false, 3, false, FN(KEY_DOWN), 'j'),
	[KA_EDIT] = ROW("edit", N_("edit the selected entry"), N_("edit"), false, 3, false, ENTER),
	[KA_DELETE] = ROW("delete", N_("delete the selected entry (asks first)"), N_("del"), false,
	    3, false, 'd'),
	[KA_UNDO] = ROW("undo", N_("undo the last change"), N_("undo"), false, 2, false, 'u'),
	[KA_HISTORY] = ROW("history", N_("the selected exercise's history: sessions, e1RM, records"),
	    NULL, false, 3, false, 'e'),
	[KA_REPEAT] = ROW("repeat", N_("log this day's sets again today, as one undo step"), NULL,
	    false, 3, false, 'c'),
	[KA_WEEK] = ROW("week", N_("week view"), N_("week"), false, 2, false, 'w'),
	[KA_MONTH] = ROW("month", N_("month view"), N_("month"), false, 3, false, 'm'),
	[KA_GOTO] = ROW("goto", N_("go to a date (2026-03-14, -10, yesterday)"), N_("go to"),
	    false, 3, false, ':'),
	[KA_REST] = ROW("rest", N_("start, pause or resume the rest countdown"), N_("rest"),
	    false, 3, false, 'r'),
	[KA_REST_RESET] =
	    ROW("rest-reset", N_("stop the rest countdown"), NULL, false, 3, false, 'R'),
	[KA_PLATES] = ROW("plates", N_("the plates of each set of the selected entry"), NULL,
	    false, 3, false, 'p'),
	[KA_SEARCH] =
	    ROW("search", N_("search notes and exercises"), N_("search"), false, 3, false, '/'),
	[KA_BACK] = ROW("back", N_("clear the status line"), NULL, false, 3, false, KEYS_ESC),
	[KA_EXPORT] = ROW("export", N_("export the journal"), N_("export"), false, 3, false, 'x'),
	[KA_PLACE] = ROW("groups", N_("give muscle groups to exercises an import left without"),
	    NULL, false, 3, false, 'g'),
	[KA_HELP] = ROW("help", N_("this help"), N_("help"), false, 1, false, '?'),
	[KA_QUIT] = ROW("quit", N_("quit herstel"), N_("quit"), false, 1, false, 'q'),
};

/* [keys.week]. A row without help text shares the line of the one before. */
static const struct keys_entry keys_week[KW_COUNT] = {
	[KW_PREV] = ROW("prev-day", N_("select the previous / next day"), NULL, true, 1, false,
	    FN(KEY_LEFT), 'h'),
	[KW_NEXT] = ROW("next-day", NULL, N_("day"), false, 1, false, FN(KEY_RIGHT), 'l'),
	[KW_PREV_WEEK] =
	    ROW("prev-week", N_("the previous / next week"), NULL, true, 1, false, '['),
	[KW_NEXT_WEEK] = ROW("next-week", NULL, N_("week"), false, 1, false, ']'),
	[KW_OPEN] = ROW("open", N_("open the selected day in the daily screen"), N_("open day"),
	    false, 1, false, ENTER),
	[KW_TODAY] =
	    ROW("today", N_("this week, today selected"), N_("this week"), false, 1, false, 'T'),
	/* Not on the hint line: it holds the view's own keys at 80 columns. */
	[KW_MONTH] = ROW(
	    "month", N_("the month view of the selected day"), NULL, false, 3, false, 'm'),
	[KW_GOTO] = ROW(
	    "goto", N_("go to a date (2026-03-14, -10, yesterday)"), NULL, false, 3, false, ':'),
	[KW_BACK] = ROW("back", N_("back to the day the view was opened from"), N_("back"), false,
	    1, true, 'w', KEYS_ESC),
	[KW_EXPORT] = ROW("export", N_("export the journal (the viewed week preselected)"),
	    N_("export"), false, 1, false, 'x'),
	[KW_HELP] = ROW("help", N_("this help"), N_("help"), false, 1, false, '?'),
	[KW_QUIT] = ROW("quit", N_("quit herstel"), N_("quit"), false, 1, false, 'q'),
};

/* [keys.entry]: the quick-entry line; other keys edit the line. */
static const struct keys_entry keys_entry_line[KE_COUNT] = {
	[KE_SAVE] = ROW("save", N_("save the entry"), N_("save"), false, 1, false, ENTER),
	[KE_COMPLETE] = ROW(
	    "complete", N_("complete the exercise name"), N_("complete"), false, 1, false, '\t'),
	[KE_LAST] = ROW("last", N_("start the line with the exercise's last session"), NULL, false,
	    1, false, CTRL('r')),
	[KE_OLDER] = ROW("older", N_("recall an earlier line / a later one (the last 28 days)"),
	    NULL, true, 1, false, FN(KEY_UP)),
	[KE_NEWER] = ROW("newer", NULL, NULL, false, 1, false, FN(KEY_DOWN)),
	[KE_CANCEL] = ROW("cancel", N_("close the line, saving nothing"), N_("cancel"), false, 1,
	    false, KEYS_ESC),
};

/* [keys.form]: the sleep and day forms; in a text field, the keys that
 * are no field's move are the field's. */
static const struct keys_entry keys_form[KF_COUNT] = {
	[KF_NEXT] = ROW("next-field", N_("the next field"), N_("next field"), false, 1, false, '\t',
	    FN(KEY_DOWN)),
	[KF_PREV] = ROW(
	    "prev-field", N_("the field before"), NULL, false, 1, false, FN(KEY_BTAB), FN(KEY_UP)),
	[KF_KIND_PREV] = ROW("prev-kind", N_("day form: the kind before / after"), NULL, true, 1,
	    false, FN(KEY_LEFT), 'h'),
	[KF_KIND_NEXT] =
	    ROW("next-kind", NULL, N_("kind"), false, 1, false, FN(KEY_RIGHT), 'l', ' '),
	[KF_SAVE] =
	    ROW("save", N_("check every field and save"), N_("save"), false, 1, false, ENTER),
	[KF_CANCEL] = ROW("cancel", N_("close the form, saving nothing"), N_("cancel"), false, 1,
	    false, KEYS_ESC),
};

/* [keys.soreness]; the digits 0 to 3 set a level. */
static const struct keys_entry keys_sore[KS_COUNT] = {
	[KS_UP] = ROW("up", N_("the group above / below"), NULL, true, 1, false, FN(KEY_UP), 'k'),
	[KS_DOWN] = ROW("down", NULL, N_("move"), false, 1, false, FN(KEY_DOWN), 'j', '\t'),
	[KS_LESS] = ROW("less", N_("a level less / more"), NULL, true, 2, false, FN(KEY_LEFT), 'h'),
	[KS_MORE] = ROW("more", NULL, N_("level"), false, 2, false, FN(KEY_RIGHT), 'l'),
	[KS_CLEAR] = ROW("clear", N_("clear the group's level"), N_("clear"), false, 1, false, '-',
	    ' ', 127, FN(KEY_BACKSPACE), FN(KEY_DC)),
	[KS_SAVE] = ROW("save", N_("save the levels"), N_("save"), false, 1, false, ENTER),
	[KS_CANCEL] = ROW("cancel", N_("close the form, saving nothing"), N_("cancel"), false, 1,
	    false, KEYS_ESC),
};

/* [keys.ask]: the delete question and the one before the future; any
 * other key is no. */
static const struct keys_entry keys_ask[KQ_COUNT] = {
	[KQ_YES] = ROW("yes", N_("yes"), N_("yes"), false, 1, false, 'y', 'Y'),
	[KQ_NO] = ROW("no", N_("no"), N_("no"), false, 1, false, 'n', 'N', KEYS_ESC),
};

/* [keys.export]. */
static const struct keys_entry keys_export[KX_COUNT] = {
	[KX_SAVE] =
	    ROW("export", N_("check every field and export"), N_("export"), false, 1, false, ENTER),
	[KX_NEXT] = ROW("next-field", N_("the next field"), N_("next field"), false, 1, false, '\t',
	    FN(KEY_DOWN)),
	[KX_PREV] = ROW(
	    "prev-field", N_("the field before"), NULL, false, 1, false, FN(KEY_BTAB), FN(KEY_UP)),
	[KX_CHANGE_BACK] = ROW("change-back", N_("format and range: the one before / after"), NULL,
	    true, 2, false, FN(KEY_LEFT), 'h'),
	[KX_CHANGE] = ROW("change", NULL, N_("change"), false, 2, false, FN(KEY_RIGHT), 'l', ' '),
	[KX_CANCEL] = ROW("cancel", N_("close the dialog, writing nothing"), N_("cancel"), false, 1,
	    false, KEYS_ESC),
};

/* [keys.groups]: the groups screen, its list and its chooser. */
static const struct keys_entry keys_place[KP_COUNT] = {
	[KP_UP] = ROW("up", N_("the line above / below"), NULL, true, 2, false, FN(KEY_UP), 'k'),
	[KP_DOWN] = ROW("down", NULL, N_("move"), false, 2, false, FN(KEY_DOWN), 'j'),
	[KP_TAKE] = ROW("save", N_("give the suggestion's (or the chosen) groups"), N_("save"),
	    false, 1, false, ENTER),
	[KP_CHOOSE] = ROW("choose", N_("choose the groups"), N_("choose"), false, 1, false, 'e'),
	[KP_CYCLE] = ROW(
	    "cycle", N_("chooser: none, primary, secondary"), N_("cycle"), false, 2, false, ' '),
	[KP_PRIMARY] = ROW("primary", N_("chooser: primary"), N_("primary"), false, 1, false, 'p'),
	[KP_SECONDARY] =
	    ROW("secondary", N_("chooser: secondary"), N_("secondary"), false, 1, false, 's'),
	[KP_NONE] = ROW("none", N_("chooser: none"), N_("none"), false, 1, false, '-'),
	[KP_BACK] = ROW("back", N_("back (from the chooser: to the list)"), N_("back"), false, 1,
	    false, KEYS_ESC, 'q'),
};

/* [keys.month]: the month view; moves as the week view does, and up and
 * down by a week, as its rows are. */
static const struct keys_entry keys_month[KM_COUNT] = {
	[KM_PREV] = ROW("prev-day", N_("select the previous / next day"), NULL, true, 1, false,
	    FN(KEY_LEFT), 'h'),
	[KM_NEXT] = ROW("next-day", NULL, N_("day"), false, 1, false, FN(KEY_RIGHT), 'l'),
	[KM_UP] = ROW("prev-week", N_("the same day a week back / ahead"), NULL, true, 2, false,
	    FN(KEY_UP), 'k'),
	[KM_DOWN] = ROW("next-week", NULL, N_("week"), false, 2, false, FN(KEY_DOWN), 'j'),
	[KM_PREV_MONTH] = ROW("prev-month", N_("the previous / next month"), NULL, true, 1, false,
	    '[', FN(KEY_PPAGE)),
	[KM_NEXT_MONTH] = ROW("next-month", NULL, N_("month"), false, 1, false, ']', FN(KEY_NPAGE)),
	[KM_OPEN] = ROW("open", N_("open the selected day in the daily screen"), N_("open day"),
	    false, 1, false, ENTER),
	[KM_WEEK] = ROW("week", N_("the week view of the selected day"), N_("week"), false, 2,
	    false, 'w'),
	[KM_TODAY] =
	    ROW("today", N_("this month, today selected"), N_("this month"), false, 2, false, 'T'),
	[KM_GOTO] = ROW("goto", N_("go to a date (2026-03-14, -10, yesterday)"), N_("go to"),
	    false, 3, false, ':'),
	[KM_BACK] = ROW("back", N_("back to the day the view was opened from"), N_("back"), false,
	    1, true, 'm', KEYS_ESC),
	[KM_HELP] = ROW("help", N_("this help"), N_("help"), false, 1, false, '?'),
	[KM_QUIT] = ROW("quit", N_("quit herstel"), N_("quit"), false, 1, false, 'q'),
};

/* [keys.search]: the results; in the prompt, the keys are the field's. */
static const struct keys_entry keys_search[KR_COUNT] = {
	[KR_UP] = ROW("up", N_("the day above / below"), NULL, true, 1, false, FN(KEY_UP), 'k'),
	[KR_DOWN] = ROW("down", NULL, N_("move"), false, 1, false, FN(KEY_DOWN), 'j'),
	[KR_OPEN] = ROW("open", N_("open the selected day in the daily screen"), N_("open day"),
	    false, 1, false, ENTER),
	[KR_NEW] = ROW("search", N_("search again"), N_("search"), false, 2, false, '/'),
	[KR_BACK] = ROW("back", N_("back to the day the search was opened from"), N_("back"), false,
	    1, true, KEYS_ESC, 'q'),
	[KR_HELP] = ROW("help", N_("this help"), N_("help"), false, 2, false, '?'),
};

/* [keys.history]: one exercise's sessions, newest first. */
static const struct keys_entry keys_history[KH_COUNT] = {
	[KH_UP] = ROW("up", N_("the newer / older sessions"), NULL, true, 1, false, FN(KEY_UP), 'k'),
	[KH_DOWN] = ROW("down", NULL, N_("scroll"), false, 1, false, FN(KEY_DOWN), 'j'),
	[KH_BACK] = ROW("back", N_("back to the day"), N_("back"), false, 1, false, KEYS_ESC, 'e', 'q'),
	[KH_HELP] = ROW("help", N_("this help"), N_("help"), false, 2, false, '?'),
};

/* The tables by enum keys_table: the name herstelrc knows them by. */
static const struct {
	const char *name;
	const struct keys_entry *rows;
	size_t n;
} keys_tables[KT_COUNT] = {
	[KT_DAY] = { "day", keys_day, KA_COUNT },
	[KT_WEEK] = { "week", keys_week, KW_COUNT },
	[KT_ENTRY] = { "entry", keys_entry_line, KE_COUNT },
	[KT_FORM] = { "form", keys_form, KF_COUNT },
	[KT_SORE] = { "soreness", keys_sore, KS_COUNT },
	[KT_ASK] = { "ask", keys_ask, KQ_COUNT },
	[KT_EXPORT] = { "export", keys_export, KX_COUNT },
	[KT_PLACE] = { "groups", keys_place, KP_COUNT },
	[KT_MONTH] = { "month", keys_month, KM_COUNT },
	[KT_SEARCH] = { "search", keys_search, KR_COUNT },
	[KT_HISTORY] = { "history", keys_history, KH_COUNT },
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
	{ "BSpace", NULL, 127 },
	{ "BTab", NULL, FN(KEY_BTAB) },
};

void
keys_init(struct keys k[KT_COUNT])
{
	for (int t = 0; t < KT_COUNT; t++) {
		k[t].name = keys_tables[t].name;
		k[t].n = keys_tables[t].n;
		memcpy(k[t].e, keys_tables[t].rows, k[t].n * sizeof k[t].e[0]);
	}
}

int
keys_lookup(const struct keys *k, int code)
{
	for (size_t a = 0; a < k->n; a++)
		for (size_t i = 0; i < k->e[a].nkeys; i++)
			if (k->e[a].keys[i] == code)
				return (int)a;
	return KEYS_NONE;
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
			snprintf(buf, len, _("key %d"), f);
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
	if (e->nkeys == 0)
		snprintf(buf, len, _("(none)"));
}

void
keys_first(const struct keys *k, int i, bool utf8, char *buf, size_t len)
{
	buf[0] = '\0';
	if (i >= 0 && (size_t)i < k->n && k->e[i].nkeys > 0)
		keys_name(k->e[i].keys[0], utf8, buf, len);
}

/* Characters in a key's name: "←" is one, "Left" four. */
static size_t
keys_chars(const char *s)
{
	size_t n = mbstowcs(NULL, s, 0);

	return n == (size_t)-1 ? strlen(s) : n;
}

void
keys_label(const struct keys *k, int i, bool utf8, char *buf, size_t len)
{
	char k0[32] = "", k1[32] = "";

	keys_first(k, i, utf8, k1, sizeof k1);
	if (i > 0 && k->e[i - 1].joined)
		keys_first(k, i - 1, utf8, k0, sizeof k0);
	else if (k->e[i].two && k->e[i].nkeys > 1) {
		memcpy(k0, k1, sizeof k0);
		keys_name(k->e[i].keys[1], utf8, k1, sizeof k1);
	}
	/* "←→" and "[]" read as a pair; "w/Esc", "Left/Right" need the slash. */
	snprintf(buf, len, "%s%s%s", k0,
	    k0[0] != '\0' && k1[0] != '\0' && (keys_chars(k0) > 1 || keys_chars(k1) > 1) ? "/" : "",
	    k1);
}

bool
keys_hint(const struct keys *k, int i, bool utf8, char *buf, size_t len)
{
	char label[64];

	if (k->e[i].hint == NULL || k->e[i].nkeys == 0)
		return false;
	keys_label(k, i, utf8, label, sizeof label);
	snprintf(buf, len, "%s %s", label, _(k->e[i].hint));
	return true;
}

/* Take `code` away from every action of the table, so that a rebinding wins. */
static void
keys_unbind(struct keys *k, int code)
{
	for (size_t a = 0; a < k->n; a++)
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
			*bad = xstrdup(*n == KEYS_MAX ? _("too many keys") : tok);
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

/* The table a binding's section names: "keys" the day view's, "keys.week"
 * the week view's; -1 when none. */
static int
keys_table_of(const struct rc_binding *b)
{
	const char *t = strcmp(b->section, "keys") == 0 ? "day" : b->section + strlen("keys.");

	for (int i = 0; i < KT_COUNT; i++)
		if (strcmp(b->section, "keys") == 0 ? i == KT_DAY
		                                    : util_strcasecmp(t, keys_tables[i].name) == 0)
			return i;
	return -1;
}

/* The row of the action a binding names, -1 when its table has none. */
static int
keys_action_of(int t, const struct rc_binding *b)
{
	for (size_t a = 0; a < keys_tables[t].n; a++)
		if (util_strcasecmp(b->action, keys_tables[t].rows[a].name) == 0)
			return (int)a;
	return -1;
}

/* The names of the tables or of a table's actions, for a message. */
static char *
keys_known(int t)
{
	struct strbuf sb;

	strbuf_init(&sb);
	if (t < 0)
		for (int i = 1; i < KT_COUNT; i++)
			strbuf_printf(&sb, "%s[keys.%s]", i > 1 ? ", " : "", keys_tables[i].name);
	else
		for (size_t a = 0; a < keys_tables[t].n; a++)
			strbuf_printf(&sb, "%s%s", a > 0 ? ", " : "", keys_tables[t].rows[a].name);
	return strbuf_detach(&sb);
}

/* Check binding i; `codes` and `n` get its keys. */
static int
keys_check_one(const struct rc *rc, size_t i, int codes[KEYS_MAX], size_t *n, char **cause)
{
	const struct rc_binding *b = &rc->bindings[i];
	const char *file = rc->path != NULL ? rc->path : "herstelrc";
	int t = keys_table_of(b), other[KEYS_MAX];
	char *bad = NULL, *known, name[32];
	size_t m;

	if (t < 0 || keys_action_of(t, b) < 0) {
		known = keys_known(t);
		util_fail(cause,
		    t < 0 ? _("%s:%d: [%s]: no such key table (expected [keys] or one of %s)")
		          : _("%s:%d: [%s] %s: no such action (expected %s)"),
		    file, b->line, b->section, t < 0 ? known : b->action, known);
		free(known);
		return -1;
	}
	if (keys_parse_list(b->keys, codes, n, &bad) != 0) {
		util_fail(cause,
		    _("%s:%d: [%s] %s: bad key \"%s\" (expected a character, Left, Enter,"
		    " Esc, Tab, F1 ... or C-x)"),
		    file, b->line, b->section, b->action, bad);
		free(bad);
		return -1;
	}
	/* A key two lines of one table bind: which one was meant? */
	for (size_t j = 0; j < i; j++) {
		const struct rc_binding *o = &rc->bindings[j];
		if (keys_table_of(o) != t || util_strcasecmp(o->action, b->action) == 0 ||
		    keys_parse_list(o->keys, other, &m, &bad) != 0)
			continue;
		for (size_t x = 0; x < *n; x++)
			for (size_t y = 0; y < m; y++)
				if (codes[x] == other[y]) {
					keys_name(codes[x], false, name, sizeof name);
					return util_fail(cause,
					    _("%s:%d: [%s] %s: the key %s is bound already, to %s on"
					    " line %d"),
					    file, b->line, b->section, b->action, name, o->action,
					    o->line);
				}
	}
	return 0;
}

int
keys_check(const struct rc *rc, char **cause)
{
	int codes[KEYS_MAX];
	size_t n;

	for (size_t i = 0; i < rc->nbindings; i++)
		if (keys_check_one(rc, i, codes, &n, cause) != 0)
			return -1;
	return 0;
}

void
keys_apply(struct keys k[KT_COUNT], const struct rc *rc)
{
	int codes[KEYS_MAX], t, a;
	size_t n;
	char *bad = NULL;

	for (size_t i = 0; i < rc->nbindings; i++) {
		const struct rc_binding *b = &rc->bindings[i];

		if ((t = keys_table_of(b)) < 0 || (a = keys_action_of(t, b)) < 0 ||
		    keys_parse_list(b->keys, codes, &n, &bad) != 0) {
			free(bad); /* keys_check refused it when herstelrc was read */
			bad = NULL;
			continue;
		}
		for (size_t j = 0; j < n; j++)
			keys_unbind(&k[t], codes[j]);
		memcpy(k[t].e[a].keys, codes, n * sizeof codes[0]);
		k[t].e[a].nkeys = n;
	}
}
