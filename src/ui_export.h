/* ui_export.h: `x` in the interactive journal: the export dialog (format,
 * range, destination), opened from the day view and the week view. */
#ifndef HERSTEL_UI_EXPORT_H
#define HERSTEL_UI_EXPORT_H

#include "ui.h"

/* Open the dialog: the format of herstelrc, the whole history (from the
 * week view: the viewed week), a new file named by the date and time in
 * the export directory. Returns what to redraw. */
unsigned ui_export_open(struct app *a);
/* A key while the dialog is open: Enter checks every field and exports,
 * Esc closes it having written nothing. */
unsigned ui_export_key(struct app *a, int code);
/* Draw the dialog: header, the form in the body, its foot lines. */
void ui_export_draw(struct app *a);
void ui_export_free(struct app *a);

#endif
