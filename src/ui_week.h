/* ui_week.h: the week view: seven days at a glance, the groups' grid and the
 * week's verdicts; its keys move the selected day (a->day) and the week. */
#ifndef HERSTEL_UI_WEEK_H
#define HERSTEL_UI_WEEK_H

#include "ui.h"

/* Open the view on the week holding a->day. */
unsigned ui_week_open(struct app *a);
/* Read the week holding a->day again if it changed or the journal did. */
void ui_week_load(struct app *a);
void ui_week_free(struct app *a);

/* Draw what is dirty: the header, the calendar with its verdicts, the foot. */
void ui_week_draw(struct app *a);
/* A key in the week view (or its help screen). */
unsigned ui_week_key(struct app *a, int code);

#endif
