/* ui_draw.c: what every screen draws with: text measured, fitted and
 * wrapped in columns, boxes, title and status lines, bars and the hint line
 * made from a key table. */
#include "config.h"

#include "ui_draw.h"
#include "ui_rest.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "report.h"

/* The characters of one line of text the screens measure, fit and draw:
 * more than the longest line (a note of ENTRY_NOTE_MAX bytes and its set)
 * and than any terminal is wide, so a cut is always the fitting's. */
#define UI_TEXT_MAX 1024

attr_t
ui_attr(const struct app *a, enum ui_color c)
{
	if (c == C_TITLE)
		return A_BOLD | (a->color ? COLOR_PAIR(c) : 0);
	if (!a->color || c == C_NONE)
		return c == C_ERROR ? A_BOLD : A_NORMAL;
	return COLOR_PAIR(c) | (c == C_ERROR || c == C_RECOVERING ? A_BOLD : 0);
}

void
ui_status(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->status, sizeof a->status, fmt, ap);
	va_end(ap);
	a->status_error = error;
	a->dirty |= UI_FOOT;
}

/* Decode UTF-8 into `out`; undecodable bytes become '?'. Returns the count. */
static size_t
ui_decode(const char *s, wchar_t *out, size_t max)
{
	mbstate_t mbs;
	size_t n = 0, len = strlen(s), k;

	memset(&mbs, 0, sizeof mbs);
	while (len > 0 && n < max) {
		k = mbrtowc(&out[n], s, len, &mbs);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&mbs, 0, sizeof mbs);
			out[n] = L'?';
			k = 1;
		}
		if (wcwidth(out[n]) < 0)
			out[n] = L'?';
		n++;
		s += k;
		len -= k;
	}
	return n;
}

void
ui_put(WINDOW *w, int y, int x, int width, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), i;
	int used = 0, cw;

	for (i = 0; i < n; i++) {
		cw = wcwidth(buf[i]);
		if (used + cw > width)
			break;
		used += cw;
	}
	if (i > 0)
		mvwaddnwstr(w, y, x, buf, (int)i);
}

/* Where to cut buf[0..n) to show it in `width` columns, never in a word
 * with a digit in it (so a number shown is the whole number) and, when an
 * earlier space allows, never in a word at all. Returns the characters to
 * keep; *mark is 0 when all fit, 1 for the cut mark right after them (a
 * long first word cut inside), 2 for a space and then the mark. */
static size_t
ui_fit_cut(const wchar_t *buf, size_t n, int width, int *mark)
{
	size_t i, ws;
	int used = 0;
	bool digit = false;

	for (i = 0; i < n; i++)
		used += wcwidth(buf[i]);
	*mark = 0;
	if (used <= width)
		return n;
	/* Room for " ~" after the kept words. */
	for (i = 0, used = 0; i < n && used + wcwidth(buf[i]) <= width - 2; i++)
		used += wcwidth(buf[i]);
	/* ws: the start of the word the cut falls in (i itself at a space). */
	for (ws = i; ws > 0 && buf[i] != L' ' && buf[ws - 1] != L' '; ws--)
		;
	for (size_t k = ws; k < n && buf[k] != L' '; k++)
		digit = digit || (buf[k] >= L'0' && buf[k] <= L'9');
	if (ws == 0 && i > 0 && !digit) {
		/* One long word and no number in it: cut it, mark right after. */
		for (i = 0, used = 0; i < n && used + wcwidth(buf[i]) <= width - 1; i++)
			used += wcwidth(buf[i]);
		*mark = 1;
		return i;
	}
	i = ws;
	while (i > 0 && buf[i - 1] == L' ')
		i--;
	*mark = i > 0 && width >= 2 ? 2 : 1;
	return i;
}

/* ui_put_fit on decoded characters. */
static int
ui_put_fit_wide(
    const struct app *a, WINDOW *w, int y, int x, int width, const wchar_t *buf, size_t n)
{
	size_t keep;
	int mark, used = 0;

	if (width <= 0)
		return 0;
	keep = ui_fit_cut(buf, n, width, &mark);
	for (size_t i = 0; i < keep; i++)
		used += wcwidth(buf[i]);
	if (keep > 0)
		mvwaddnwstr(w, y, x, buf, (int)keep);
	if (mark == 0)
		return used;
	/* "…" in UTF-8; "~" where the terminal has no such character. */
	if (mark == 2)
		mvwaddstr(w, y, x + used, a->utf8 ? " \u2026" : " ~");
	else
		mvwaddstr(w, y, x + used, a->utf8 ? "\u2026" : "~");
	return used + mark;
}

int
ui_put_fit(const struct app *a, WINDOW *w, int y, int x, int width, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf));

	return ui_put_fit_wide(a, w, y, x, width, buf, n);
}

/* Where the line that starts at buf[at] breaks in `width` columns: the
 * space before the first word that does not fit; n when the rest fits, `at`
 * when its first word alone is too wide. */
static size_t
ui_wrap_break(const wchar_t *buf, size_t n, size_t at, int width)
{
	size_t end, brk;
	int used = 0;

	for (end = at; end < n && used + wcwidth(buf[end]) <= width; end++)
		used += wcwidth(buf[end]);
	if (end == n)
		return n;
	for (brk = end; brk > at && buf[brk] != L' '; brk--)
		;
	return brk;
}

int
ui_put_wrap(const struct app *a, WINDOW *w, int y, int x, int width, int max_lines, const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), at = 0, brk;
	int used = 0;

	while (at < n && used < max_lines) {
		brk = ui_wrap_break(buf, n, at, width);
		/* The last line, the rest, or a word too wide: the fitting rule
		 * shows it and marks any cut. */
		if (brk == n || brk == at || used == max_lines - 1) {
			ui_put_fit_wide(a, w, y + used++, x, width, buf + at, n - at);
			break;
		}
		mvwaddnwstr(w, y + used++, x, buf + at, (int)(brk - at));
		for (at = brk; at < n && buf[at] == L' '; at++)
			;
	}
	return used;
}

int
ui_wrap_lines(const char *s, int width)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf)), at = 0, brk;
	int count = 0;

	while (at < n) {
		count++;
		brk = ui_wrap_break(buf, n, at, width);
		if (brk == n || brk == at)
			break;
		for (at = brk; at < n && buf[at] == L' '; at++)
			;
	}
	return count;
}

int
ui_width(const char *s)
{
	wchar_t buf[UI_TEXT_MAX];
	size_t n = ui_decode(s, buf, HS_ARRAY_LEN(buf));
	int used = 0;

	for (size_t i = 0; i < n; i++)
		used += wcwidth(buf[i]);
	return used;
}

void
ui_box(const struct app *a, WINDOW *w, const char *title)
{
	int width = getmaxx(w);

	if (a->utf8)
		box(w, 0, 0);
	else
		wborder(w, '|', '|', '-', '-', '+', '+', '+', '+');
	if (title != NULL && width > 6) {
		wattron(w, A_BOLD);
		ui_put_fit(a, w, 0, 2, width - 4, title);
		wattroff(w, A_BOLD);
	}
}

/* The frame every title line shares; see ui_draw.h. */
void
ui_head_draw(struct app *a, int col, const char *line, const char *help)
{
	char right[72], rest[48];
	int rw, x;

	werase(a->head);
	wattron(a->head, ui_attr(a, C_TITLE));
	ui_put(a->head, 0, 0, a->cols, " herstel");
	wattroff(a->head, ui_attr(a, C_TITLE));
	/* The rest countdown goes right, before the help key, on every screen
	 * with a header; it wins over the end of the line, which is cut. */
	ui_rest_text(a, rest, sizeof rest);
	rw = rest[0] != '\0' ? ui_width(rest) + 3 : 0;
	ui_put_fit(a, a->head, 0, col, a->cols - col - rw, line);
	snprintf(right, sizeof right, "%s ", help);
	x = a->cols - rw;
	if (help[0] != '\0' && col + ui_width(line) + ui_width(right) + rw + 2 <= a->cols) {
		ui_put(a->head, 0, a->cols - ui_width(right), ui_width(right), right);
		x -= ui_width(right);
	}
	if (rest[0] != '\0') {
		/* "rest over" stands out; the words say it without the colour. */
		attr_t at = a->rest.state == REST_OVER ? ui_attr(a, C_WARN) | A_REVERSE | A_BOLD
		                                       : A_BOLD;
		wattron(a->head, at);
		ui_put(a->head, 0, x + 1, rw - 2, rest);
		wattroff(a->head, at);
	}
	wnoutrefresh(a->head);
}

/* A bar of `width` cells filled to `percent`. */
void
ui_bar(const struct app *a, WINDOW *w, int percent, int width)
{
	char buf[256];

	report_bar(percent, width, a->utf8, buf, sizeof buf);
	waddstr(w, buf);
}

void
ui_foot_status(struct app *a)
{
	attr_t at = ui_attr(a, a->status_error ? C_ERROR : C_NONE);

	wattron(a->foot, at);
	ui_put_fit(a, a->foot, 0, 1, a->cols - 2, a->status);
	wattroff(a->foot, at);
}

/* Is row i of `k` one the hint line may show? */
static bool
ui_hint_of(
    const struct app *a, const struct keys *k, size_t i, unsigned long only, char *buf, size_t len)
{
	return (only == 0 || (only & (1ul << i)) != 0) && keys_hint(k, (int)i, a->utf8, buf, len);
}

void
ui_hints(struct app *a, const struct keys *k, int y, unsigned long only, const char *lead)
{
	bool in[KEYS_ROWS_MAX] = { false };
	int used = 1, sum = lead != NULL ? ui_width(lead) : 0, n = lead != NULL, x = 1, gap = 2;
	char buf[80];

	ui_clear_line(a->foot, y);
	for (size_t i = 0; i < k->n; i++)
		if (ui_hint_of(a, k, i, only, buf, sizeof buf)) {
			sum += ui_width(buf);
			n++;
		}
	/* Two spaces between hints; one when that keeps all of them; else the
	 * most important that fit. */
	if (1 + sum + 2 * n > a->cols && 1 + sum + n <= a->cols)
		gap = 1;
	if (lead != NULL)
		used += ui_width(lead) + gap;
	for (int prio = 1; prio <= 3; prio++)
		for (size_t i = 0; i < k->n; i++)
			if (k->e[i].prio == prio && ui_hint_of(a, k, i, only, buf, sizeof buf) &&
			    used + ui_width(buf) + gap <= a->cols) {
				in[i] = true;
				used += ui_width(buf) + gap;
			}
	if (lead != NULL) {
		ui_put(a->foot, y, x, a->cols - x, lead);
		x += ui_width(lead) + gap;
	}
	for (size_t i = 0; i < k->n; i++)
		if (in[i] && keys_hint(k, (int)i, a->utf8, buf, sizeof buf)) {
			ui_put(a->foot, y, x, a->cols - x, buf);
			x += ui_width(buf) + gap;
		}
}

void
ui_clear_line(WINDOW *w, int y)
{
	wmove(w, y, 0);
	wclrtoeol(w);
}
