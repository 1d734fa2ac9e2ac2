/* ui_form.h: the quick-entry line, the soreness, sleep and day forms, and the
 * delete question. Each validates every field before anything is written and
 * writes in one batch; Esc writes nothing. */
#ifndef HERSTEL_UI_FORM_H
#define HERSTEL_UI_FORM_H

#include "ui.h"

/* Open a form on the viewed day; `it` is the entry to replace, or NULL. */
unsigned ui_form_open_entry(struct app *a, const struct ui_item *it);
unsigned ui_form_open_sore(struct app *a);
unsigned ui_form_open_sleep(struct app *a);
unsigned ui_form_open_day(struct app *a);
/* Ask before deleting `it`. */
unsigned ui_form_open_confirm(struct app *a, const struct ui_item *it);
/* Ask before `open` starts a form on a day after today; `open` on yes. */
unsigned ui_form_open_future(struct app *a, unsigned (*open)(struct app *));

/* A key while a form is open. */
unsigned ui_form_key(struct app *a, int code);
/* Draw the open form in the log panel (soreness, sleep, day forms). */
void ui_form_draw(struct app *a);
/* Draw the foot lines of the quick-entry line or the question; false when
 * no such form is open. */
bool ui_form_draw_foot(struct app *a);
/* Place the cursor in the field being edited, or hide it. */
void ui_form_cursor(struct app *a);

/* The one-line text field, also used by the export dialog. Set its text
 * (cursor at the end); apply an editing key (false: not one); draw it at
 * y,x in `width` columns, scrolled to the cursor, remembering where the
 * cursor goes when `focus`. */
void ui_field_set(struct ui_field *f, const char *s);
/* Set the text a form opens with: selected, so that the first character
 * typed replaces it, while an editing key (arrows, Backspace) keeps it. */
void ui_field_prefill(struct ui_field *f, const char *s);
bool ui_field_key(struct ui_field *f, int code);
void ui_field_draw(
    struct app *a, WINDOW *w, const struct ui_field *f, int y, int x, int width, bool focus);

#endif
