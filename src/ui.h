/* ui.h: the interactive journal: terminal set-up, the main loop, layout.
 *
 * Only the main loop draws: key handlers change the state in struct app and
 * return a reaction bitmask; the loop reloads what changed, redraws the dirty
 * panels with wnoutrefresh and calls doupdate once. */
#ifndef HERSTEL_UI_H
#define HERSTEL_UI_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "date.h"
#include "entry.h"
#include "keys.h"
#include "recovery.h"
#include "signals.h"
#include "store.h"
#include "svc.h"
#include "util.h"

struct app;
struct rc;
struct catalogue;
struct ui_week;
struct ui_export;
struct ui_place;

/* Run the interactive journal until the user quits. `now_pinned` is HS_NO_TIME
 * for the real clock, else the pinned time (--at). Checks the terminal before
 * curses starts: -1 with *cause ("not a terminal", "unknown terminal type \"xyz\"") */
int ui_run(struct store *s, const struct rc *rc, struct catalogue *cat, hs_minute now_pinned,
    char **cause);

/* What a key handler asks of the main loop. */
#define UI_HEAD 0x01  /* redraw the header */
#define UI_LOG 0x02   /* redraw the log panel (or the form in its place) */
#define UI_BOARD 0x04 /* redraw the recovery board */
#define UI_FOOT 0x08  /* redraw status, signals and hint lines */
#define UI_ALL 0x0f
#define UI_RELOAD 0x10 /* the journal changed: read the day and board again */
#define UI_QUIT 0x20

#define UI_MIN_COLS 60
#define UI_MIN_ROWS 16
/* The recovery board at its widest: a row with a full bar and the ready
 * time; the log pane at its narrowest: "  5 × 5  87.5 kg  @8.5" and the
 * cut mark. */
#define UI_BOARD_COLS 63
#define UI_LOG_MIN_COLS 28

enum ui_mode {
	MODE_DAY,
	MODE_ENTRY,
	MODE_SORE,
	MODE_SLEEP,
	MODE_DAYFORM,
	MODE_CONFIRM,
	MODE_HELP,
	MODE_WEEK,
	MODE_EXPORT,
	MODE_PLACE
};

/* Colour pairs; 0 is the terminal's own. */
enum ui_color { C_NONE, C_READY, C_DUE, C_ALMOST, C_RECOVERING, C_WARN, C_ERROR, C_TITLE, C_COUNT };

/* One selectable line of the day's log. */
enum ui_item_kind { ITEM_SETS, ITEM_SORE, ITEM_SLEEP, ITEM_DAY, ITEM_ACTIVITY };
struct ui_item {
	enum ui_item_kind kind;
	size_t first, count; /* ITEM_SETS: a run of log.sets; ITEM_ACTIVITY: one */
};

/* A one-line text field (UTF-8), edited in place. */
#define UI_FIELD_MAX 512
struct ui_field {
	char buf[UI_FIELD_MAX];
	size_t len, cur; /* bytes */
	bool selected;   /* prefilled, untouched: a character typed replaces it */
	bool full;       /* the last key was a character that did not fit */
};

/* The state of the open form, if any. */
struct ui_form {
	struct ui_field field[2];
	int focus;
	int sore[GROUP_COUNT]; /* -1 not set */
	int sel;               /* soreness form row */
	int kind;              /* day form: enum day_kind */
	const char *hint;      /* hint line while open */
	char preview[512];     /* quick entry: parsed result or error */
	bool preview_error;
	/* What the form replaces or the question deletes. */
	hs_date day;
	enum ui_item_kind what;
	int64_t ids[ENTRY_MAX_SETS * 2];
	size_t nids;
	hs_minute at;      /* when the replaced sets were logged */
	int superset;      /* ... their superset and distance, which the entry */
	double distance_m; /* line has no words for */
	char text[200];    /* the entry the question is about */
	char question[256];
	unsigned (*then)(struct app *); /* the question's yes, NULL: delete */
	WINDOW *cwin;                   /* where the text cursor goes, NULL: hidden */
	int cy, cx;
};

struct app {
	struct store *store;
	const struct rc *rc;
	struct catalogue *cat;
	struct keys keys;

	hs_minute pinned, now;
	hs_date today, day;
	int64_t data_version;

	struct store_day log;
	struct ui_item *items;
	size_t nitems, sel;
	struct store_events events;
	bool have_events;
	struct svc_board board; /* sorted for the screen */

	enum ui_mode mode;
	struct ui_form form;
	struct ui_week *week;   /* the week view, NULL until opened */
	struct ui_export *exp;  /* the export dialog, NULL unless open */
	struct ui_place *place; /* the groups screen, NULL unless open */
	char status[512];
	bool status_error;

	bool utf8, color;
	int rows, cols;
	bool too_small;
	WINDOW *head, *logw, *boardw, *foot, *full;
	unsigned dirty;
};

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
/* The title line of a view: " herstel", the view's `line` from column
 * `col`, and the help key at the right edge when it fits beside them. */
void ui_head_draw(struct app *a, int col, const char *line);
/* Columns `s` takes on screen. */
int ui_width(const char *s);
/* A box with a title. */
void ui_box(const struct app *a, WINDOW *w, const char *title);
/* The time to stamp a new entry of the viewed day with. */
hs_minute ui_stamp(const struct app *a, int default_minute);

#endif
