/* ui_help.c: the help screen: the key table of the screen it was opened
 * from, made from the same rows that dispatch its keys and make its hint
 * line, and what that screen says under them. Any key closes it. */
#include "config.h"

#include "ui.h"

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "ui_draw.h"

/* The screen whose keys are shown. */
struct ui_help {
	enum ui_screen_id of;
};

/* The keys of help line `row` (a row of the table, joined with the one
 * after it when that has no help of its own): "a", "←/h", "[]". */
static void
ui_help_keys(const struct app *a, const struct keys *k, size_t row, char *buf, size_t len)
{
	if (row + 1 < k->n && k->e[row + 1].help == NULL)
		keys_label(k, (int)row + 1, a->utf8, buf, len);
	else
		keys_names(&k->e[row], a->utf8, buf, len);
}

static void
ui_help_draw(struct app *a, void *st, unsigned dirty, bool top)
{
	const struct ui_screen *s = ui_screen_of(((struct ui_help *)st)->of);
	const struct keys *k = &a->keys[s->keys];
	int h = getmaxy(a->full) - 2, w = getmaxx(a->full) - 4, cols, colw, rows, keyw = 0, n = 0;
	size_t line[KEYS_ROWS_MAX];
	char keys[64];

	(void)top;
	if (!(dirty & (UI_LOG | UI_BOARD)))
		return;
	werase(a->full);
	ui_box(a, a->full, s->help_title != NULL ? _(s->help_title) : "");
	for (size_t i = 0; i < k->n; i++) {
		if (k->e[i].help == NULL)
			continue;
		line[n++] = i;
		ui_help_keys(a, k, i, keys, sizeof keys);
		keyw = ui_width(keys) > keyw ? ui_width(keys) : keyw;
	}
	/* In as many columns as the lines need (three in a small terminal
	 * for the day view's table, cut rather than left out). */
	cols = n > 2 * h ? 3 : n > h ? 2 : 1;
	colw = w / cols;
	rows = (n + cols - 1) / cols;
	for (int i = 0; i < n; i++) {
		int y = 1 + i % rows, x = 2 + i / rows * colw;

		ui_help_keys(a, k, line[i], keys, sizeof keys);
		ui_put_fit(a, a->full, y, x, keyw, keys);
		ui_put_fit(a, a->full, y, x + keyw + 2, colw - keyw - 3, _(k->e[line[i]].help));
	}
	if (s->help != NULL)
		s->help(a, a->full, rows + 2, h, w);
	wnoutrefresh(a->full);
}

static struct ui_react
ui_help_key(struct app *a, void *st, int action, int code)
{
	(void)a, (void)st, (void)action, (void)code;
	return ui_close(UI_ALL);
}

static bool
ui_help_open(struct app *a, const struct ui_arg *arg, void **st)
{
	struct ui_help *h;

	(void)a;
	if (ui_screen_of(arg->of)->keys < 0)
		return false;
	h = xcalloc(1, sizeof *h);
	h->of = arg->of;
	*st = h;
	return true;
}

const struct ui_screen ui_help_screen = {
	.name = "help",
	.covers = UI_LOG | UI_BOARD,
	.keys = -1,
	.open = ui_help_open,
	.draw = ui_help_draw,
	.key = ui_help_key,
	.free = free,
};
