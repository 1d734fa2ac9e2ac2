/* ui_field.h: the one-line text field (UTF-8), edited in place: the forms'
 * and the export dialog's. Its editing keys (arrows, Home, End, Backspace,
 * C-a, C-e, C-u, C-k, C-w) are the field's, as in a shell's line. */
#ifndef HERSTEL_UI_FIELD_H
#define HERSTEL_UI_FIELD_H

#include "ui.h"

#define UI_FIELD_MAX 512
struct ui_field {
	char buf[UI_FIELD_MAX];
	size_t len, cur; /* bytes */
	bool selected;   /* prefilled, untouched: a character typed replaces it */
	bool full;       /* the last key was a character that did not fit */
};

/* Set its text (cursor at the end). */
void ui_field_set(struct ui_field *f, const char *s);
/* Set the text a form opens with: selected, so that the first character
 * typed replaces it, while an editing key (arrows, Backspace) keeps it. */
void ui_field_prefill(struct ui_field *f, const char *s);
/* Apply an editing key; false: not one. */
bool ui_field_key(struct ui_field *f, int code);
/* Draw it at y,x in `width` columns, scrolled to the cursor; with `focus`
 * the text cursor goes there (a->cursor). */
void ui_field_draw(
    struct app *a, WINDOW *w, const struct ui_field *f, int y, int x, int width, bool focus);

#endif
