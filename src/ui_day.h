/* ui_day.h: the daily screen (ui_day_screen in ui.h), and what the loop
 * does to the viewed day it shows, which the forms on it use too. */
#ifndef HERSTEL_UI_DAY_H
#define HERSTEL_UI_DAY_H

#include "ui.h"

/* Read the viewed day and the board's events from the store. */
void ui_day_load(struct app *a);
/* Recompute the board and the signals at a->now from the loaded events. */
void ui_day_board(struct app *a);
void ui_day_free(struct app *a);

#endif
