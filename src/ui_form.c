/* ui_form.c: the quick-entry line, the soreness, sleep and day forms and the
 * delete question. Every form checks all of its fields before it writes, and
 * writes in one batch, so undo takes it back whole. */
#include "config.h"

#include <ctype.h>
#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "catalogue.h"
#include "entry.h"
#include "i18n.h"
#include "rc.h"
#include "ui_day.h"
#include "ui_form.h"
#include "util.h"

#define CTRL(c) ((c)&0x1f)
#define K_ESC 27
#define FN(k) (KEYS_FN | (k))

static const char *const ui_form_sore_words[] = { "none", "mild", "moderate", "severe" };

/* ---- the one-line text field ------------------------------------------ */

void
ui_field_set(struct ui_field *f, const char *s)
{
	size_t n = strlen(s);

	if (n >= sizeof f->buf) { /* cut at a character boundary */
		n = sizeof f->buf - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	memcpy(f->buf, s, n);
	f->buf[n] = '\0';
	f->len = f->cur = n;
	f->selected = false;
}

void
ui_field_prefill(struct ui_field *f, const char *s)
{
	ui_field_set(f, s);
	f->selected = f->len > 0;
}

/* Byte offset of the character before / after `at`. */
static size_t
ui_field_prev(const struct ui_field *f, size_t at)
{
	while (at > 0 && ((unsigned char)f->buf[--at] & 0xc0) == 0x80)
		;
	return at;
}

static size_t
ui_field_next(const struct ui_field *f, size_t at)
{
	while (at < f->len && ((unsigned char)f->buf[++at] & 0xc0) == 0x80)
		;
	return at;
}

/* The columns of the character in s[0, n): '?' (1) when not printable. */
static int
ui_char_width(const char *s, size_t n)
{
	mbstate_t mbs;
	wchar_t wc;
	int cw;

	memset(&mbs, 0, sizeof mbs);
	if (mbrtowc(&wc, s, n, &mbs) > n || (cw = wcwidth(wc)) < 0)
		return 1;
	return cw;
}

/* Remove bytes [from, to). */
static void
ui_field_cut(struct ui_field *f, size_t from, size_t to)
{
	memmove(f->buf + from, f->buf + to, f->len - to + 1);
	f->len -= to - from;
	f->cur = from;
}

/* Insert a character at the cursor; a field that is full takes no more
 * and says so (f->full), so a paste past the limit is cut, not lost in
 * silence. */
static void
ui_field_insert(struct ui_field *f, int code)
{
	char mb[MB_LEN_MAX];
	mbstate_t mbs;
	size_t n;

	memset(&mbs, 0, sizeof mbs);
	n = wcrtomb(mb, (wchar_t)code, &mbs);
	if (n == (size_t)-1)
		return;
	if (f->len + n >= sizeof f->buf) {
		f->full = true;
		return;
	}
	memmove(f->buf + f->cur + n, f->buf + f->cur, f->len - f->cur + 1);
	memcpy(f->buf + f->cur, mb, n);
	f->len += n;
	f->cur += n;
}

/* An editing key, the field's selection aside. */
static bool
ui_field_edit(struct ui_field *f, int code)
{
	size_t at;

	f->full = false;
	if (code == 127 || code == CTRL('h') || code == FN(KEY_BACKSPACE)) {
		if (f->cur > 0)
			ui_field_cut(f, ui_field_prev(f, f->cur), f->cur);
	} else if (code == FN(KEY_DC) || code == CTRL('d')) {
		if (f->cur < f->len)
			ui_field_cut(f, f->cur, ui_field_next(f, f->cur));
	} else if (code == FN(KEY_LEFT) || code == CTRL('b'))
		f->cur = ui_field_prev(f, f->cur);
	else if (code == FN(KEY_RIGHT) || code == CTRL('f'))
		f->cur = ui_field_next(f, f->cur);
	else if (code == FN(KEY_HOME) || code == CTRL('a'))
		f->cur = 0;
	else if (code == FN(KEY_END) || code == CTRL('e'))
		f->cur = f->len;
	else if (code == CTRL('u'))
		ui_field_cut(f, 0, f->cur);
	else if (code == CTRL('k'))
		ui_field_cut(f, f->cur, f->len);
	else if (code == CTRL('w')) {
		for (at = f->cur; at > 0 && f->buf[at - 1] == ' '; at--)
			;
		while (at > 0 && f->buf[at - 1] != ' ')
			at--;
		ui_field_cut(f, at, f->cur);
	} else if (!(code & KEYS_FN) && code >= 0x20 && code != 127)
		ui_field_insert(f, code);
	else
		return false;
	return true;
}

bool
ui_field_key(struct ui_field *f, int code)
{
	/* A prefilled field is selected: the first character typed replaces
	 * it (7 h slept, then 6, is 6 h, not 76); any editing key, an arrow,
	 * Backspace, Home, keeps the text and edits it. */
	if (f->selected && !(code & KEYS_FN) && code >= 0x20 && code != 127)
		ui_field_set(f, "");
	f->selected = false;
	return ui_field_edit(f, code);
}

void
ui_field_draw(
    struct app *a, WINDOW *w, const struct ui_field *f, int y, int x, int width, bool focus)
{
	size_t start = f->cur, prev;
	int col = 0, cw;

	/* The shown part ends at the cursor and reaches back as far as fits:
	 * walked back one character at a time, drawing costs the field's
	 * width, not (as measuring every tail did) its length squared. */
	while (start > 0) {
		prev = ui_field_prev(f, start);
		cw = ui_char_width(f->buf + prev, start - prev);
		if (col + cw >= width)
			break;
		col += cw;
		start = prev;
	}
	wattron(w, A_UNDERLINE);
	mvwhline(w, y, x, ' ', width);
	ui_put(w, y, x, width, f->buf + start);
	wattroff(w, A_UNDERLINE);
	if (f->selected) /* in reverse video: typing replaces it */
		mvwchgat(w, y, x,
		    ui_width(f->buf + start) < width ? ui_width(f->buf + start) : width,
		    A_UNDERLINE | A_REVERSE, 0, NULL);
	if (focus) {
		a->form.cwin = w;
		a->form.cy = y;
		a->form.cx = x + col;
	}
}

void
ui_form_cursor(struct app *a)
{
	bool show = a->form.cwin != NULL &&
	    (a->mode == MODE_ENTRY || a->mode == MODE_SLEEP || a->mode == MODE_DAYFORM ||
	        a->mode == MODE_EXPORT) &&
	    !a->too_small;

	curs_set(show ? 1 : 0);
	if (show) {
		wmove(a->form.cwin, a->form.cy, a->form.cx);
		wnoutrefresh(a->form.cwin);
	}
}

/* Leave the form for the day view. */
static unsigned
ui_form_close(struct app *a, unsigned r)
{
	a->mode = MODE_DAY;
	a->form.cwin = NULL;
	return r | UI_ALL;
}

/* Start a form on the viewed day. */
static void
ui_form_reset(struct app *a, enum ui_mode mode, const char *hint)
{
	memset(&a->form, 0, sizeof a->form);
	a->form.day = a->day;
	a->form.at = HS_NO_TIME;
	a->form.hint = hint;
	a->mode = mode;
	a->status[0] = '\0';
}

/* ---- writing ------------------------------------------------------------ */

/* The status and reaction after a write of the service layer returned
 * `failed` (0 or -1) with `cause`. */
static unsigned
ui_form_saved(struct app *a, int failed, char *cause, const char *done)
{
	char *warning;

	if (failed) {
		/* The cause says whether anything may have been saved after all. */
		ui_status(a, true, "saving failed: %s", cause != NULL ? cause : "unknown error");
		free(cause);
		return UI_FOOT;
	}
	if ((warning = store_take_warning(a->store)) != NULL)
		ui_status(a, true, "%s: %s", done, warning);
	else
		ui_status(a, false, "%s", done);
	free(warning);
	return ui_form_close(a, UI_RELOAD);
}

static const enum record_kind ui_form_record_kind[] = {
	[ITEM_SETS] = RECORD_SET,
	[ITEM_SORE] = RECORD_SORENESS,
	[ITEM_SLEEP] = RECORD_SLEEP,
	[ITEM_DAY] = RECORD_DAY,
	[ITEM_ACTIVITY] = RECORD_ACTIVITY,
};

/* What the form replaces: the records it was opened on. */
static struct svc_old
ui_form_old(const struct app *a)
{
	return (struct svc_old){ ui_form_record_kind[a->form.what], a->form.ids, a->form.nids };
}

/* Remember the records of `it` for replacing or deleting. */
static void
ui_form_take(struct app *a, const struct ui_item *it)
{
	const struct store_day *d = &a->log;

	a->form.what = it->kind;
	a->form.nids = 0;
	for (size_t i = 0; i < it->count && a->form.nids < HS_ARRAY_LEN(a->form.ids); i++) {
		switch (it->kind) {
		case ITEM_SETS:
			a->form.ids[a->form.nids++] = d->sets[it->first + i].id;
			break;
		case ITEM_SORE:
			a->form.ids[a->form.nids++] = d->soreness[i].id;
			break;
		case ITEM_SLEEP:
			a->form.ids[a->form.nids++] = d->sleep.id;
			break;
		case ITEM_DAY:
			a->form.ids[a->form.nids++] = d->day.id;
			break;
		case ITEM_ACTIVITY:
			a->form.ids[a->form.nids++] = d->activities[it->first].id;
			break;
		}
	}
	if (it->kind == ITEM_SETS) {
		/* What the entry line cannot say stays as it was. */
		a->form.at = d->sets[it->first].at;
		a->form.superset = d->sets[it->first].superset;
		a->form.distance_m = d->sets[it->first].distance_m;
	}
}

/* ---- the quick-entry line ---------------------------------------------- */

/* What the line takes, shown after its keys where the width allows. */
static const char ui_form_entry_grammar[] =
    "exercise [sets x reps|3x60s] [weight] [@rpe] [warmup|drop|failure] [# note]";

/* The parsed entry and its exercise, or an error in `err`. */
struct ui_form_entry {
	struct entry e;
	const struct exercise_def *def;
};

static int
ui_form_entry_parse(struct app *a, struct ui_form_entry *fe, char **cause)
{
	memset(fe, 0, sizeof *fe);
	if (strspn(a->form.field[0].buf, " ") == a->form.field[0].len)
		return util_fail(cause, "type an exercise, e.g. squat 5x5 100 @8");
	if (entry_parse(a->form.field[0].buf, a->rc->units, &fe->e, cause) != 0)
		return -1;
	if ((fe->def = catalogue_find(a->cat, fe->e.exercise, cause)) == NULL) {
		entry_free(&fe->e);
		return -1;
	}
	return 0;
}

/* The live line under the input: what will be saved, or what is wrong. */
static void
ui_form_entry_preview(struct app *a)
{
	struct ui_form_entry fe;
	char *cause = NULL, *typed, *d;

	if (ui_form_entry_parse(a, &fe, &cause) != 0) {
		snprintf(a->form.preview, sizeof a->form.preview, "%s", cause);
		a->form.preview_error = a->form.field[0].len > 0;
		free(cause);
		return;
	}
	typed = fe.e.exercise;
	fe.e.exercise = fe.def->name; /* describe the exercise it resolved to */
	d = entry_describe(&fe.e, a->rc->units);
	fe.e.exercise = typed;
	snprintf(a->form.preview, sizeof a->form.preview, "%s %s", a->utf8 ? "\u2192" : "->", d);
	a->form.preview_error = false;
	free(d);
	entry_free(&fe.e);
}

unsigned
ui_form_open_entry(struct app *a, const struct ui_item *it)
{
	char *text;

	ui_form_reset(a, MODE_ENTRY, "Enter save  Tab complete  Esc cancel");
	if (it != NULL) {
		ui_form_take(a, it);
		text = ui_day_entry_text(a, it);
		ui_field_prefill(&a->form.field[0], text);
		free(text);
	}
	ui_form_entry_preview(a);
	return UI_ALL;
}

/* Enter on the quick-entry line. */
static unsigned
ui_form_entry_save(struct app *a)
{
	struct ui_form_entry fe;
	struct svc_entry ent;
	struct svc_old old;
	char *cause = NULL, *what, *done, *d;
	unsigned r;

	if (ui_form_entry_parse(a, &fe, &cause) != 0) {
		snprintf(a->form.preview, sizeof a->form.preview, "%s", cause);
		a->form.preview_error = true;
		free(cause);
		return UI_FOOT;
	}
	what = xasprintf("%s %s", a->form.nids > 0 ? "edit" : "log", a->form.field[0].buf);
	d = entry_describe(&fe.e, a->rc->units);
	done = xasprintf("%s %s", a->form.nids > 0 ? "changed:" : "logged:", d);
	ent = (struct svc_entry){ .e = &fe.e,
		.def = fe.def,
		.superset = a->form.superset,
		.distance_m = a->form.distance_m };
	old = ui_form_old(a);
	r = ui_form_saved(a,
	    svc_log(a->store, what, &ent, 1,
	        a->form.at != HS_NO_TIME ? a->form.at : ui_stamp(a, 12 * 60), &old, &cause),
	    cause, done);
	if (a->mode == MODE_ENTRY) { /* not saved: say why where the user looks */
		snprintf(a->form.preview, sizeof a->form.preview, "%s", a->status);
		a->form.preview_error = true;
	}
	free(d);
	free(done);
	free(what);
	entry_free(&fe.e);
	return r;
}

/* Length of the common start of two names. */
static size_t
ui_form_common(const char *x, const char *y)
{
	size_t n = 0;

	while (x[n] != '\0' && tolower((unsigned char)x[n]) == tolower((unsigned char)y[n]))
		n++;
	return n;
}

/* Tab: complete the exercise name, which is everything before the first
 * word that starts with a digit, '@', '#' or is a load. */
static unsigned
ui_form_entry_complete(struct app *a)
{
	struct ui_field *f = &a->form.field[0];
	const struct exercise_def *hit[8];
	char prefix[UI_FIELD_MAX], rest[UI_FIELD_MAX + 2], out[2 * UI_FIELD_MAX + 4], *p;
	size_t n, common;

	snprintf(prefix, sizeof prefix, "%s", f->buf);
	rest[0] = '\0';
	for (p = prefix; *p != '\0'; p++)
		if ((p == prefix || p[-1] == ' ') && strchr("0123456789@#", *p) != NULL) {
			snprintf(rest, sizeof rest, " %s", p);
			while (p > prefix && p[-1] == ' ')
				p--;
			*p = '\0';
			break;
		}
	n = catalogue_complete(a->cat, prefix, hit, HS_ARRAY_LEN(hit));
	if (n == 0) {
		snprintf(a->form.preview, sizeof a->form.preview, "no exercise starts with \"%s\"",
		    util_trim(prefix));
		a->form.preview_error = true;
		return UI_FOOT;
	}
	common = strlen(hit[0]->name);
	for (size_t i = 1; i < n && i < HS_ARRAY_LEN(hit); i++)
		if (ui_form_common(hit[0]->name, hit[i]->name) < common)
			common = ui_form_common(hit[0]->name, hit[i]->name);
	if (common < strlen(prefix)) /* never take away what was typed */
		snprintf(out, sizeof out, "%s%s", prefix, rest);
	else
		snprintf(out, sizeof out, "%.*s%s%s", (int)common, hit[0]->name,
		    hit[0]->name[common] == '\0' && rest[0] == '\0' ? " " : "", rest);
	common = common < strlen(prefix) ? strlen(prefix) : common;
	ui_field_set(f, out);
	f->cur = n == 1 && rest[0] != '\0' ? common : f->len;
	ui_form_entry_preview(a);
	if (n > 1) {
		struct strbuf sb;
		strbuf_init(&sb);
		for (size_t i = 0; i < n && i < HS_ARRAY_LEN(hit); i++)
			strbuf_printf(&sb, "%s%s", i > 0 ? ", " : "", hit[i]->name);
		snprintf(a->form.preview, sizeof a->form.preview, "%zu matches: %s%s", n, sb.buf,
		    n > HS_ARRAY_LEN(hit) ? ", ..." : "");
		a->form.preview_error = false;
		strbuf_free(&sb);
	}
	return UI_FOOT;
}

/* Keys of the quick-entry line. */
static unsigned
ui_form_entry_key(struct app *a, int code)
{
	if (code == K_ESC) {
		ui_status(a, false, "cancelled: nothing saved");
		return ui_form_close(a, 0);
	}
	if (code == '\n' || code == '\r' || code == FN(KEY_ENTER))
		return ui_form_entry_save(a);
	if (code == '\t')
		return ui_form_entry_complete(a);
	if (ui_field_key(&a->form.field[0], code))
		ui_form_entry_preview(a);
	if (a->form.field[0].full) {
		snprintf(a->form.preview, sizeof a->form.preview,
		    "the line is full: it holds %d bytes, and what is typed or pasted past"
		    " that is not taken",
		    UI_FIELD_MAX - 1);
		a->form.preview_error = true;
	}
	return UI_FOOT;
}

/* ---- soreness ----------------------------------------------------------- */

unsigned
ui_form_open_sore(struct app *a)
{
	struct ui_item all = { ITEM_SORE, 0, a->log.nsoreness };

	ui_form_reset(a, MODE_SORE, "j/k move  0-3 set  - clear  Enter save  Esc cancel");
	for (int g = 0; g < GROUP_COUNT; g++)
		a->form.sore[g] = -1;
	for (size_t i = 0; i < a->log.nsoreness; i++)
		a->form.sore[a->log.soreness[i].group] = a->log.soreness[i].level;
	ui_form_take(a, &all);
	return UI_ALL;
}

static unsigned
ui_form_sore_save(struct app *a)
{
	struct soreness_record rec[GROUP_COUNT];
	struct svc_old old = ui_form_old(a);
	struct strbuf sb;
	char date[DATE_BUF], *what, *cause = NULL;
	size_t n = 0;
	unsigned r;

	strbuf_init(&sb);
	for (int g = 0; g < GROUP_COUNT; g++)
		if (a->form.sore[g] >= 0) {
			strbuf_printf(
			    &sb, "%s%s %d", sb.len > 0 ? ", " : "", group_name(g), a->form.sore[g]);
			rec[n++] = (struct soreness_record){
				.at = ui_stamp(a, 8 * 60), .group = g, .level = a->form.sore[g]
			};
		}
	if (sb.len == 0 && a->form.nids == 0) {
		strbuf_free(&sb);
		ui_status(a, true, "soreness: nothing to save: set a level (0-3) first");
		return UI_FOOT;
	}
	date_format(a->form.day, date);
	what = xasprintf("soreness %s: %s", date, sb.len > 0 ? sb.buf : "cleared");
	r = ui_form_saved(a, svc_sore(a->store, what, rec, n, &old, &cause), cause, what);
	free(what);
	strbuf_free(&sb);
	return r;
}

/* Keys of the soreness form. */
static unsigned
ui_form_sore_key(struct app *a, int code)
{
	int *v = &a->form.sore[a->form.sel];

	a->status[0] = '\0';
	if (code == K_ESC) {
		ui_status(a, false, "cancelled: nothing saved");
		return ui_form_close(a, 0);
	}
	if (code == '\n' || code == '\r' || code == FN(KEY_ENTER))
		return ui_form_sore_save(a);
	if ((code == FN(KEY_UP) || code == 'k') && a->form.sel > 0)
		a->form.sel--;
	else if ((code == FN(KEY_DOWN) || code == 'j' || code == '\t') &&
	    a->form.sel + 1 < GROUP_COUNT)
		a->form.sel++;
	else if (code >= '0' && code <= '3')
		*v = code - '0';
	else if (code >= '4' && code <= '9')
		ui_status(a, true, "soreness: %s: the level is 0 to 3, got %c",
		    group_name(a->form.sel), code);
	else if (code == '-' || code == ' ' || code == 127 || code == FN(KEY_BACKSPACE) ||
	    code == FN(KEY_DC))
		*v = -1;
	else if ((code == FN(KEY_RIGHT) || code == 'l') && *v < 3)
		(*v)++;
	else if ((code == FN(KEY_LEFT) || code == 'h') && *v > -1)
		(*v)--;
	return UI_LOG | UI_FOOT;
}

/* The soreness form in the log panel. */
static void
ui_form_sore_draw(struct app *a, WINDOW *w, int h, int width)
{
	int off = a->form.sel >= h ? a->form.sel - h + 1 : 0;
	char line[128];

	for (int y = 0; y < h && y + off < GROUP_COUNT; y++) {
		int g = y + off, v = a->form.sore[g];
		snprintf(line, sizeof line, "%-12s %s  %s", group_name(g),
		    v < 0 ? "-" : (char[]){ (char)('0' + v), '\0' },
		    v < 0 ? "" : ui_form_sore_words[v]);
		if (g == a->form.sel) {
			wattron(w, A_REVERSE);
			mvwhline(w, y + 1, 1, ' ', width + 2);
		}
		ui_put_fit(a, w, y + 1, 2, width, line);
		wattroff(w, A_REVERSE);
	}
}

/* ---- sleep ---------------------------------------------------------------- */

unsigned
ui_form_open_sleep(struct app *a)
{
	char buf[32];

	ui_form_reset(a, MODE_SLEEP, "Tab next field  Enter save  Esc cancel");
	if (a->log.has_sleep) {
		snprintf(buf, sizeof buf, "%g", a->log.sleep.hours);
		ui_field_prefill(&a->form.field[0], buf);
		if (a->log.sleep.quality > 0) {
			snprintf(buf, sizeof buf, "%d", a->log.sleep.quality);
			ui_field_prefill(&a->form.field[1], buf);
		}
	}
	return UI_ALL;
}

/* A number as typed, with a decimal comma allowed: "7,5". */
static int
ui_form_number(const struct ui_field *f, double min, double max, double *out)
{
	char buf[UI_FIELD_MAX], *p;

	snprintf(buf, sizeof buf, "%s", f->buf);
	if ((p = strchr(buf, ',')) != NULL)
		*p = '.';
	return util_parse_double(util_trim(buf), min, max, out);
}

/* Check both fields, then save. */
static unsigned
ui_form_sleep_save(struct app *a)
{
	struct sleep_record r = { 0 };
	char date[DATE_BUF], *what, *cause = NULL;
	double q = 0;
	unsigned ret;

	r.date = a->form.day;
	if (ui_form_number(&a->form.field[0], 0, 24, &r.hours) != 0) {
		a->form.focus = 0;
		ui_status(a, true, "sleep: hours: expected a number from 0 to 24, got \"%s\"",
		    a->form.field[0].buf);
		return UI_LOG | UI_FOOT;
	}
	if (strspn(a->form.field[1].buf, " ") != a->form.field[1].len &&
	    (ui_form_number(&a->form.field[1], 1, 5, &q) != 0 || q != (int)q)) {
		a->form.focus = 1;
		ui_status(a, true, "sleep: quality: expected 1 to 5 or nothing, got \"%s\"",
		    a->form.field[1].buf);
		return UI_LOG | UI_FOOT;
	}
	r.quality = (int)q;
	date_format(r.date, date);
	what = xasprintf("sleep %s: %g h", date, r.hours);
	ret = ui_form_saved(a, svc_sleep(a->store, what, &r, &cause), cause, what);
	free(what);
	return ret;
}

/* Keys shared by the two-field forms: Esc, Enter, moving between fields. */
static bool
ui_form_fields_key(struct app *a, int code, unsigned *r, unsigned (*save)(struct app *))
{
	*r = UI_LOG | UI_FOOT;
	if (code == K_ESC) {
		ui_status(a, false, "cancelled: nothing saved");
		*r = ui_form_close(a, 0);
	} else if (code == '\n' || code == '\r' || code == FN(KEY_ENTER))
		*r = save(a);
	else if (code == '\t' || code == FN(KEY_DOWN) || code == FN(KEY_BTAB) || code == FN(KEY_UP))
		a->form.focus = !a->form.focus;
	else
		return false;
	return true;
}

static unsigned
ui_form_sleep_key(struct app *a, int code)
{
	unsigned r;

	a->status[0] = '\0';
	if (!ui_form_fields_key(a, code, &r, ui_form_sleep_save))
		ui_field_key(&a->form.field[a->form.focus], code);
	return r;
}

static void
ui_form_sleep_draw(struct app *a, WINDOW *w, int width)
{
	int fw = width - 12 < 12 ? width - 12 : 12;

	ui_put(w, 2, 2, width, "Hours");
	ui_field_draw(a, w, &a->form.field[0], 2, 12, fw, a->form.focus == 0);
	ui_put(w, 4, 2, width, "Quality");
	ui_field_draw(a, w, &a->form.field[1], 4, 12, fw < 4 ? fw : 4, a->form.focus == 1);
	ui_put_fit(a, w, 4, 17, width - 15, "1-5, optional");
	ui_put_wrap(a, w, 6, 2, width, 2, "The night that ended this morning.");
}

/* ---- the day's kind and note --------------------------------------------- */

/* The keys that set the kind at once; the hint under the kind shows them. */
static const struct {
	int key;
	enum day_kind kind;
} ui_form_day_kinds[] = {
	{ 't', DAY_TRAINING },
	{ 'a', DAY_ACTIVE },
	{ 'r', DAY_REST },
	{ 'p', DAY_PASSIVE },
};

unsigned
ui_form_open_day(struct app *a)
{
	ui_form_reset(a, MODE_DAYFORM, "Tab next field  \u2190\u2192 kind  Enter save  Esc cancel");
	if (!a->utf8)
		a->form.hint = "Tab next field  Left/Right kind  Enter save  Esc cancel";
	a->form.kind = a->log.has_day ? (int)a->log.day.kind : DAY_UNSET;
	if (a->log.has_day)
		ui_field_prefill(&a->form.field[1], a->log.day.note);
	return UI_ALL;
}

static unsigned
ui_form_day_save(struct app *a)
{
	struct day_record r = { 0 };
	char date[DATE_BUF], *what, *cause = NULL;
	const char *bad;
	unsigned ret;

	if (a->form.field[1].len > ENTRY_NOTE_MAX) {
		a->form.focus = 1;
		ui_status(a, true, "day: note: at most %d bytes, got %zu", ENTRY_NOTE_MAX,
		    a->form.field[1].len);
		return UI_LOG | UI_FOOT;
	}
	if ((bad = util_text_problem(a->form.field[1].buf)) != NULL) {
		a->form.focus = 1;
		ui_status(a, true, "day: note: has %s", bad);
		return UI_LOG | UI_FOOT;
	}
	r.date = a->form.day;
	r.kind = a->form.kind;
	r.note = util_trim(a->form.field[1].buf);
	date_format(r.date, date);
	what = xasprintf(
	    "day %s: %s%s%s", date, day_kind_label(r.kind), r.note[0] != '\0' ? ", " : "", r.note);
	ret = ui_form_saved(a, svc_day(a->store, what, &r, &cause), cause, what);
	free(what);
	return ret;
}

static unsigned
ui_form_day_key(struct app *a, int code)
{
	unsigned r;

	a->status[0] = '\0';
	if (ui_form_fields_key(a, code, &r, ui_form_day_save))
		return r;
	if (a->form.focus == 1)
		ui_field_key(&a->form.field[1], code);
	else if (code == FN(KEY_RIGHT) || code == 'l' || code == ' ')
		a->form.kind = (a->form.kind + 1) % DAY_KIND_COUNT;
	else if (code == FN(KEY_LEFT) || code == 'h')
		a->form.kind = (a->form.kind + DAY_KIND_COUNT - 1) % DAY_KIND_COUNT;
	else
		for (size_t i = 0; i < HS_ARRAY_LEN(ui_form_day_kinds); i++)
			if (code == ui_form_day_kinds[i].key)
				a->form.kind = ui_form_day_kinds[i].kind;
	return r;
}

/* The kind keys as "t training  a active ...", from x in `width` columns,
 * on as many lines from y as they need; returns the line after them. */
static int
ui_form_day_draw_keys(struct app *a, WINDOW *w, int y, int x, int width)
{
	char item[48];
	int used = 0;

	for (size_t i = 0; i < HS_ARRAY_LEN(ui_form_day_kinds); i++) {
		snprintf(item, sizeof item, "%c %s", ui_form_day_kinds[i].key,
		    day_kind_id(ui_form_day_kinds[i].kind));
		if (used > 0 && used + 2 + ui_width(item) > width) {
			y++;
			used = 0;
		}
		used += used > 0 ? 2 : 0;
		used += ui_put_fit(a, w, y, x + used, width - used, item);
	}
	return y + 1;
}

static void
ui_form_day_draw(struct app *a, WINDOW *w, int width)
{
	char line[64];
	int y;

	ui_put(w, 2, 2, width, "Kind");
	snprintf(line, sizeof line, "%s %s %s", a->utf8 ? "\u2039" : "<",
	    a->form.kind == DAY_UNSET ? "(not set)" : day_kind_label(a->form.kind),
	    a->utf8 ? "\u203a" : ">");
	if (a->form.focus == 0)
		wattron(w, A_REVERSE);
	ui_put(w, 2, 10, width - 8, line);
	wattroff(w, A_REVERSE);
	y = ui_form_day_draw_keys(a, w, 3, 10, width - 8) + 1;
	ui_put(w, y, 2, width, "Note");
	ui_field_draw(a, w, &a->form.field[1], y, 10, width - 8, a->form.focus == 1);
	if (a->form.focus == 0)
		a->form.cwin = NULL;
}

/* ---- the delete question ------------------------------------------------- */

unsigned
ui_form_open_confirm(struct app *a, const struct ui_item *it)
{
	char text[200];

	ui_day_item_text(a, it, text, sizeof text);
	ui_form_reset(a, MODE_CONFIRM, "y delete  n keep");
	ui_form_take(a, it);
	snprintf(a->form.text, sizeof a->form.text, "%s", util_trim(text));
	snprintf(a->form.question, sizeof a->form.question, "delete \"%s\"? (y/n)", a->form.text);
	return UI_ALL;
}

unsigned
ui_form_open_future(struct app *a, unsigned (*open)(struct app *))
{
	int y, m, d, ahead = (int)(a->day - a->today);
	char day[64];

	date_to_ymd(a->day, &y, &m, &d);
	snprintf(day, sizeof day, "%s %d %s %d", date_weekday_name(date_weekday(a->day)), d,
	    date_month_name(m), y);
	ui_form_reset(a, MODE_CONFIRM, _("y log there  n cancel"));
	a->form.then = open;
	if (ahead == 1)
		snprintf(a->form.question, sizeof a->form.question,
		    _("%s is tomorrow: log into the future? (y/n)"), day);
	else
		snprintf(a->form.question, sizeof a->form.question,
		    ngettext("%s is %d day from today: log into the future? (y/n)",
		        "%s is %d days from today: log into the future? (y/n)", ahead),
		    day, ahead);
	return UI_ALL;
}

static unsigned
ui_form_confirm_key(struct app *a, int code)
{
	unsigned (*then)(struct app *) = a->form.then;
	struct svc_old old;
	char *what, *done, *cause = NULL;
	unsigned r;

	if (then != NULL && code != 'y' && code != 'Y') {
		ui_status(a, false, "%s", _("nothing logged: the day is in the future"));
		return ui_form_close(a, 0);
	}
	if (then != NULL) /* yes: the form the key asked for */
		return then(a) | UI_ALL;
	if (code != 'y' && code != 'Y') {
		ui_status(a, false, "not deleted");
		return ui_form_close(a, 0);
	}
	what = xasprintf("delete %s", a->form.text);
	done = xasprintf("deleted: %s", a->form.text);
	old = ui_form_old(a);
	r = ui_form_saved(a, svc_remove(a->store, what, &old, &cause), cause, done);
	free(done);
	free(what);
	if (a->mode == MODE_CONFIRM)
		r = ui_form_close(a, r);
	return r;
}

/* ---- dispatch and drawing -------------------------------------------------- */

unsigned
ui_form_key(struct app *a, int code)
{
	switch (a->mode) {
	case MODE_ENTRY:
		return ui_form_entry_key(a, code);
	case MODE_SORE:
		return ui_form_sore_key(a, code);
	case MODE_SLEEP:
		return ui_form_sleep_key(a, code);
	case MODE_DAYFORM:
		return ui_form_day_key(a, code);
	case MODE_CONFIRM:
		return ui_form_confirm_key(a, code);
	default:
		return ui_form_close(a, 0);
	}
}

void
ui_form_draw(struct app *a)
{
	static const char *titles[] = {
		[MODE_SORE] = "Soreness", [MODE_SLEEP] = "Sleep", [MODE_DAYFORM] = "Day"
	};
	WINDOW *w = a->logw;
	int h = getmaxy(w) - 2, width = getmaxx(w) - 4, y, m, d;
	char title[64];

	date_to_ymd(a->form.day, &y, &m, &d);
	snprintf(title, sizeof title, " %s %s %s %d %s ", titles[a->mode], a->utf8 ? "\u00b7" : "-",
	    date_weekday_name(date_weekday(a->form.day)), d, date_month_name(m));
	werase(w);
	ui_box(a, w, title);
	if (a->mode == MODE_SORE)
		ui_form_sore_draw(a, w, h, width);
	else if (a->mode == MODE_SLEEP)
		ui_form_sleep_draw(a, w, width);
	else
		ui_form_day_draw(a, w, width);
	wnoutrefresh(w);
}

bool
ui_form_draw_foot(struct app *a)
{
	char hint[256];
	attr_t at;

	if (a->mode == MODE_CONFIRM) {
		wattron(a->foot, A_BOLD);
		/* A question is never cut: it may take the line under it. */
		ui_put_wrap(a, a->foot, 0, 1, a->cols - 2, 2, a->form.question);
		wattroff(a->foot, A_BOLD);
		ui_put_fit(a, a->foot, 2, 1, a->cols - 2, a->form.hint);
		return true;
	}
	if (a->mode != MODE_ENTRY)
		return false;
	ui_put(a->foot, 0, 1, 6, a->form.nids > 0 ? "edit>" : "add>");
	ui_field_draw(a, a->foot, &a->form.field[0], 0, 7, a->cols - 8, true);
	at = ui_attr(a, a->form.preview_error ? C_ERROR : C_NONE);
	wattron(a->foot, at);
	ui_put_fit(a, a->foot, 1, 3, a->cols - 4, a->form.preview);
	wattroff(a->foot, at);
	/* The grammar after the keys where it fits whole. */
	if (ui_width(a->form.hint) + 3 + ui_width(ui_form_entry_grammar) <= a->cols - 2) {
		snprintf(hint, sizeof hint, "%s   %s", a->form.hint, ui_form_entry_grammar);
		ui_put(a->foot, 2, 1, a->cols - 2, hint);
	} else
		ui_put_fit(a, a->foot, 2, 1, a->cols - 2, a->form.hint);
	return true;
}
