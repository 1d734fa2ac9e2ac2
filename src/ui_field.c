/* ui_field.c: the one-line text field of the forms and the export dialog:
 * UTF-8 text edited in place, scrolled to the cursor. */
#include "config.h"

#include "ui_field.h"

#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "ui_draw.h"

#define CTRL(c) ((c)&0x1f)
#define FN(k) (KEYS_FN | (k))

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
		a->cursor.win = w;
		a->cursor.y = y;
		a->cursor.x = x + col;
	}
}
