/* ui_place.h: `g` in the interactive journal: give muscle groups to the
 * exercises an import left without them (the user's own, with sets and no
 * groups), each by a suggestion or by choosing the groups; each is one
 * undo step. */
#ifndef HERSTEL_UI_PLACE_H
#define HERSTEL_UI_PLACE_H

#include "ui.h"

/* Open the screen; with nothing to place it says so and stays closed. */
unsigned ui_place_open(struct app *a);
/* A key while it is open: Up/Down choose, Enter takes the suggestion, e
 * (or Enter without one) chooses groups, Esc goes back. */
unsigned ui_place_key(struct app *a, int code);
void ui_place_draw(struct app *a);
void ui_place_free(struct app *a);
/* The offer on the status line, once at the start, when there is anything
 * to place. */
void ui_place_offer(struct app *a);

#endif
