/* ui_search.c: `/` in the journal: a prompt on the foot line for the text,
 * then the days that match (svc_search, as `herstel search` finds them),
 * newest first; Enter opens the selected day in the day screen. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "textfold.h"
#include "ui_draw.h"
#include "ui_field.h"

struct ui_search {
	struct ui_field field;
	bool prompt;   /* typing the text; else moving in the results */
	bool searched; /* results (maybe none) for `text` */
	char text[UI_FIELD_MAX];
	char *folded;
	struct store_hit *hits;
	size_t n, sel, top;
};

static void
ui_search_clear(struct ui_search *s)
{
	store_hits_free(s->hits, s->n);
	free(s->folded);
	s->hits = NULL;
	s->folded = NULL;
	s->n = s->sel = s->top = 0;
	s->searched = false;
}

/* Run the search of the field's text; a bad text stays in the prompt with
 * the reason on the status line. */
static void
ui_search_run(struct app *a, struct ui_search *s)
{
	struct store_hit *h;
	size_t n;
	char *cause = NULL;

	if (svc_search(a->store, s->field.buf, SVC_SEARCH_LIMIT, &h, &n, &cause) != 0) {
		ui_status(a, true, "%s", cause);
		free(cause);
		return;
	}
	ui_search_clear(s);
	snprintf(s->text, sizeof s->text, "%s", s->field.buf);
	s->folded = textfold(util_trim(s->text));
	s->hits = h;
	s->n = n;
	s->searched = true;
	s->prompt = false;
	a->status[0] = '\0';
}

/* One result: "2026-11-14  squat, front squat; day note: travel…". */
static void
ui_search_line(const struct app *a, const struct ui_search *s, const struct store_hit *h, int width,
    char *buf, size_t len)
{
	struct strbuf sb;
	char d[DATE_BUF], *cut;
	int note_w = width - DATE_BUF - 14 > 12 ? width - DATE_BUF - 14 : 12;

	strbuf_init(&sb);
	date_format(h->date, d);
	strbuf_printf(&sb, "%s  ", d);
	for (size_t j = 0; j < h->nexercises; j++)
		strbuf_printf(&sb, "%s%s", j == 0 ? "" : ", ", h->exercises[j]);
	if (h->day_note != NULL) {
		cut = textfold_excerpt(h->day_note, s->folded, (size_t)note_w, a->utf8);
		strbuf_printf(&sb, "%s", h->nexercises > 0 ? "; " : "");
		strbuf_printf(&sb, _("day note: %s"), cut);
		free(cut);
	}
	if (h->set_note != NULL) {
		cut = textfold_excerpt(h->set_note, s->folded, (size_t)note_w, a->utf8);
		strbuf_printf(&sb, "%s", h->nexercises > 0 || h->day_note != NULL ? "; " : "");
		strbuf_printf(&sb, _("set note: %s"), cut);
		free(cut);
	}
	snprintf(buf, len, "%s", sb.buf);
	strbuf_free(&sb);
}

/* The rows the list has: the box's inside less the title line and a gap. */
static int
ui_search_rows(const struct app *a)
{
	int rows = getmaxy(a->full) - 4;

	return rows > 1 ? rows : 1;
}

static void
ui_search_draw_body(struct app *a, struct ui_search *s)
{
	WINDOW *w = a->full;
	int width = getmaxx(w) - 4, rows = ui_search_rows(a);
	char line[1024];

	werase(w);
	ui_box(a, w, _(" Search "));
	if (!s->searched) {
		ui_put_wrap(a, w, 1, 2, width, 3,
		    _("The days whose exercises, day note or set notes contain the text, in any"
		      " case, newest first."));
		wnoutrefresh(w);
		return;
	}
	if (s->n == 0) {
		snprintf(line, sizeof line, _("No day matches \"%s\"."), s->text);
		ui_put_fit(a, w, 1, 2, width, line);
		wnoutrefresh(w);
		return;
	}
	if (s->n >= SVC_SEARCH_LIMIT)
		snprintf(
		    line, sizeof line, _("\"%s\": the newest %zu days that match"), s->text, s->n);
	else
		snprintf(line, sizeof line,
		    ngettext("\"%s\": %zu day matches", "\"%s\": %zu days match", s->n), s->text,
		    s->n);
	ui_put_fit(a, w, 1, 2, width, line);
	if (s->sel < s->top)
		s->top = s->sel;
	if (s->sel >= s->top + (size_t)rows)
		s->top = s->sel - (size_t)rows + 1;
	for (int r = 0; r < rows && s->top + (size_t)r < s->n; r++) {
		size_t i = s->top + (size_t)r;
		bool sel = i == s->sel && !s->prompt;

		ui_search_line(a, s, &s->hits[i], width - 2, line, sizeof line);
		/* The mark says which line is selected without colour. */
		ui_put(w, 3 + r, 2, 2, sel ? (a->utf8 ? "\u25b8" : ">") : " ");
		if (sel)
			wattron(w, A_REVERSE);
		ui_put_fit(a, w, 3 + r, 4, width - 2, line);
		if (sel)
			wattroff(w, A_REVERSE);
	}
	wnoutrefresh(w);
}

static void
ui_search_draw_foot(struct app *a, struct ui_search *s)
{
	char run[32], back[32], line[160];

	werase(a->foot);
	a->cursor.win = NULL;
	if (s->prompt) {
		ui_put(a->foot, 0, 1, 8, _("search>"));
		ui_field_draw(a, a->foot, &s->field, 0, 9, a->cols - 10, true);
		ui_foot_status(a);
		keys_first(&a->keys[KT_ENTRY], KE_SAVE, a->utf8, run, sizeof run);
		keys_first(&a->keys[KT_ENTRY], KE_CANCEL, a->utf8, back, sizeof back);
		/* TRANSLATORS: the keys of the search prompt: "Enter searches, Esc goes back". */
		snprintf(line, sizeof line, _("%s searches, %s goes back"), run, back);
		ui_put_fit(a, a->foot, 2, 1, a->cols - 2, line);
	} else {
		ui_foot_status(a);
		ui_hints(a, &a->keys[KT_SEARCH], 2, 0, NULL);
	}
	wnoutrefresh(a->foot);
}

static void
ui_search_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	(void)top;
	if (dirty & (UI_LOG | UI_BOARD))
		ui_search_draw_body(a, st);
	if (dirty & UI_FOOT)
		ui_search_draw_foot(a, st);
}

/* The prompt is a quick-entry line, with its table ([keys.entry]): save
 * (Enter) searches, cancel (Esc) goes back to the results (or the day),
 * and the other keys edit the text. */
static struct ui_react
ui_search_prompt_key(struct app *a, struct ui_search *s, int code)
{
	int action = keys_lookup(&a->keys[KT_ENTRY], code);

	if (action == KE_SAVE) {
		ui_search_run(a, s);
		return ui_stay(UI_ALL);
	}
	if (action == KE_CANCEL) {
		if (!s->searched)
			return ui_close(UI_ALL);
		s->prompt = false;
		ui_field_set(&s->field, s->text);
		return ui_stay(UI_ALL);
	}
	ui_field_key(&s->field, code);
	return ui_stay(UI_FOOT);
}

static struct ui_react
ui_search_key(struct app *a, void *st, int action, int code)
{
	struct ui_search *s = st;
	struct ui_arg arg = ui_arg_none();

	if (s->prompt)
		return ui_search_prompt_key(a, s, code);
	if (a->status[0] != '\0') {
		a->status[0] = '\0';
		a->dirty |= UI_FOOT;
	}
	switch (action) {
	case KR_UP:
		if (s->sel > 0)
			s->sel--;
		return ui_stay(UI_LOG | UI_BOARD);
	case KR_DOWN:
		if (s->sel + 1 < s->n)
			s->sel++;
		return ui_stay(UI_LOG | UI_BOARD);
	case KR_OPEN:
		if (s->n == 0)
			break;
		return ui_close(ui_go(a, s->hits[s->sel].date) | UI_ALL);
	case KR_NEW:
		s->prompt = true;
		ui_field_prefill(&s->field, s->text);
		return ui_stay(UI_ALL);
	case KR_BACK:
		return ui_close(UI_ALL);
	case KR_HELP:
		arg.of = SCREEN_SEARCH;
		return ui_open(SCREEN_HELP, arg);
	default:
		break;
	}
	if (s->n == 0) {
		char again[32], back[32];

		keys_first(&a->keys[KT_SEARCH], KR_NEW, a->utf8, again, sizeof again);
		keys_first(&a->keys[KT_SEARCH], KR_BACK, a->utf8, back, sizeof back);
		ui_status(
		    a, false, _("no day to open: %s searches again, %s goes back"), again, back);
	}
	return ui_stay(UI_FOOT);
}

static bool
ui_search_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_search *s = xcalloc(1, sizeof *s);

	(void)a, (void)arg;
	s->prompt = true;
	*st = s;
	return true;
}

static void
ui_search_free(void *st)
{
	ui_search_clear(st);
	free(st);
}

/* The journal changed under the results: search again. */
static void
ui_search_reload(struct app *a, void *st)
{
	struct ui_search *s = st;
	size_t sel = s->sel;

	if (!s->searched)
		return;
	ui_field_set(&s->field, s->text);
	ui_search_run(a, s);
	s->sel = sel < s->n ? sel : s->n > 0 ? s->n - 1 : 0;
}

static void
ui_search_help(struct app *a, WINDOW *w, int y, int last, int width)
{
	if (y <= last)
		ui_put_wrap(a, w, y, 2, width - 2, last - y + 1,
		    _("In the prompt, the keys edit the text as on the quick-entry line; Enter"
		      " searches and Esc goes back. Case does not matter, accents do: e does not"
		      " find an e with an accent."));
}

const struct ui_screen ui_search_screen = {
	.name = "search",
	.covers = UI_LOG | UI_BOARD | UI_FOOT,
	.keys = KT_SEARCH,
	.open = ui_search_open,
	.draw = ui_search_draw,
	.key = ui_search_key,
	.reload = ui_search_reload,
	.free = ui_search_free,
	.help_title = N_(" Search: keys (any key closes) "),
	.help = ui_search_help,
};
