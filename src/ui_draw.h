/* ui_draw.h: the bottom of the screens: the helpers every screen draws
 * with. No screen's state is known here. */
#ifndef HERSTEL_UI_DRAW_H
#define HERSTEL_UI_DRAW_H

#include "ui.h"

/* Status line message; error ones show in the error colour. */
void ui_status(struct app *a, bool error, const char *fmt, ...) HS_PRINTF(3, 4);
/* Attributes of a colour pair, nothing without colour. */
attr_t ui_attr(const struct app *a, enum ui_color c);
/* Write `s` (UTF-8) at y,x in at most `width` columns. */
void ui_put(WINDOW *w, int y, int x, int width, const char *s);
/* Write `s` at y,x in at most `width` columns, or, when it does not fit,
 * as much of it as fits and then the cut mark ("…", "~" without UTF-8).
 * The cut falls between words; a word with a digit is never cut, so a
 * number on screen is always the whole number. Every screen fits its text
 * with this. Returns the columns written. */
int ui_put_fit(const struct app *a, WINDOW *w, int y, int x, int width, const char *s);
/* `s` in at most `max_lines` lines of `width` columns from y,x, broken between
 * words, the last line fitted as ui_put_fit does. Returns the lines used. */
int ui_put_wrap(
    const struct app *a, WINDOW *w, int y, int x, int width, int max_lines, const char *s);
/* How many lines ui_put_wrap needs for all of `s`. */
int ui_wrap_lines(const char *s, int width);
/* Columns `s` takes on screen. */
int ui_width(const char *s);
/* A box with a title. */
void ui_box(const struct app *a, WINDOW *w, const char *title);
/* The title line of a view: " herstel", the view's `line` from column
 * `col`, and `help` (the help key's hint, "? help") at the right edge when
 * it fits beside them. */
void ui_head_draw(struct app *a, int col, const char *line, const char *help);
/* A bar of `width` cells filled to `percent`, at the cursor of `w`. */
void ui_bar(const struct app *a, WINDOW *w, int percent, int width);
/* The status line: the first line of the foot. */
void ui_foot_status(struct app *a);
/* The hint line on line y of the foot, from the key table `k`: the rows in
 * `only` (bits by row, 0: all), `lead` (or NULL) first, the most important
 * ones where not all fit. */
void ui_hints(struct app *a, const struct keys *k, int y, unsigned long only, const char *lead);
/* Blank line y of `w`. */
void ui_clear_line(WINDOW *w, int y);

#endif
