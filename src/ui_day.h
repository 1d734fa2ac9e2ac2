/* ui_day.h: the daily screen: header, the day's log, the recovery board, the
 * foot lines and the help screen, with the key handlers of the day view. */
#ifndef HERSTEL_UI_DAY_H
#define HERSTEL_UI_DAY_H

#include "ui.h"

/* Read the viewed day and the board's events from the store. */
void ui_day_load(struct app *a);
/* Recompute the board and the signals at a->now from the loaded events. */
void ui_day_board(struct app *a);
void ui_day_free(struct app *a);

void ui_day_draw_head(struct app *a);
void ui_day_draw_log(struct app *a);
void ui_day_draw_board(struct app *a);
void ui_day_draw_foot(struct app *a);
void ui_day_draw_help(struct app *a);

/* Select another day (the day view's and the week view's): 0 when it is out
 * of the calendar herstel knows, else UI_RELOAD. */
unsigned ui_day_go(struct app *a, hs_date day);

/* A key in the day view, dispatched through the key table. */
unsigned ui_day_key(struct app *a, int code);

/* Text of a run of sets for the quick-entry line: "squat 5x5 100kg @8". */
char *ui_day_entry_text(const struct app *a, const struct ui_item *it);
/* One-line description of an item, for the delete question. */
void ui_day_item_text(const struct app *a, const struct ui_item *it, char *buf, size_t len);

#endif
