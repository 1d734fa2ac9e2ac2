/* ui.h: the frame of the interactive journal: the state every screen shares,
 * the table a screen is made of, and the reactions the main loop acts on.
 *
 * A screen is a row of functions (open, draw, key, reload, free) over its
 * own private state. The loop keeps a stack of open screens: a key goes to
 * the top one, through its key table, and what the screen asks for (redraw
 * these panels, open that screen, close) comes back as a struct ui_react,
 * so that no screen calls, or includes, another. Only the loop draws: it
 * reloads what changed, redraws the dirty panels with wnoutrefresh and
 * calls doupdate once. */
#ifndef HERSTEL_UI_H
#define HERSTEL_UI_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "date.h"
#include "entry.h"
#include "keys.h"
#include "recovery.h"
#include "rest.h"
#include "signals.h"
#include "store.h"
#include "svc.h"
#include "util.h"

struct rc;
struct catalogue;

/* Run the interactive journal until the user quits. `now_pinned` is HS_NO_TIME
 * for the real clock, else the pinned time (--at). Checks the terminal before
 * curses starts: -1 with *cause ("not a terminal", "unknown terminal type \"xyz\"") */
int ui_run(struct store *s, const struct rc *rc, struct catalogue *cat, hs_minute now_pinned,
    char **cause);

/* The panels, as bits of what to redraw. */
#define UI_HEAD 0x01  /* the header */
#define UI_LOG 0x02   /* the log panel (or a form in its place) */
#define UI_BOARD 0x04 /* the recovery board */
#define UI_FOOT 0x08  /* status, signals and hint lines */
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

/* The screens, by name: what a reaction opens. */
enum ui_screen_id {
	SCREEN_DAY,
	SCREEN_HELP,
	SCREEN_WEEK,
	SCREEN_ENTRY,
	SCREEN_SORE,
	SCREEN_SLEEP,
	SCREEN_DAYFORM,
	SCREEN_DELETE,
	SCREEN_FUTURE,
	SCREEN_EXPORT,
	SCREEN_PLACE,
	SCREEN_MONTH,
	SCREEN_GOTO,
	SCREEN_PLATES,
	SCREEN_SEARCH,
	SCREEN_HISTORY,
	SCREEN_COUNT
};

/* Colour pairs; 0 is the terminal's own. */
enum ui_color { C_NONE, C_READY, C_DUE, C_ALMOST, C_RECOVERING, C_WARN, C_ERROR, C_TITLE, C_COUNT };

/* One selectable line of the day's log. */
enum ui_item_kind { ITEM_SETS, ITEM_SORE, ITEM_SLEEP, ITEM_DAY, ITEM_ACTIVITY };
struct ui_item {
	enum ui_item_kind kind;
	size_t first, count; /* ITEM_SETS: a run of log.sets; ITEM_ACTIVITY: one */
};

/* What a screen is opened with. */
#define UI_NO_WEEK INT32_MIN
struct ui_arg {
	int item;               /* the entry of a->items to edit or delete, -1: none */
	hs_date week;           /* export: the first day of the week viewed, UI_NO_WEEK */
	enum ui_screen_id then; /* the future question: the form to open on yes */
	enum ui_screen_id of;   /* help: the screen whose keys it lists */
};

/* What a key asks of the loop. */
enum ui_go {
	GO_STAY,  /* redraw `redraw` */
	GO_OPEN,  /* open `open` over this screen */
	GO_CLOSE, /* close this screen, back to the one under it */
	GO_SWAP   /* close this screen, open `open` in its place */
};
struct ui_react {
	unsigned redraw; /* UI_* bits */
	enum ui_go go;
	enum ui_screen_id open;
	struct ui_arg arg;
};

struct app;

/* A screen. `covers` are the panels it draws over the screen under it
 * (UI_ALL: all of them, the screen under it is not drawn); the loop draws
 * the stack from the lowest screen that shows up to the top. */
struct ui_screen {
	const char *name;
	unsigned covers;
	int keys; /* enum keys_table, -1: every key goes to `key` as KEYS_NONE */
	/* Make the screen's state; false when it stays closed (the status line
	 * says why). */
	bool (*open)(struct app *a, const struct ui_arg *arg, void **st);
	/* Draw the `dirty` panels it covers; `top`: no screen is over it. */
	void (*draw)(struct app *a, void *st, unsigned dirty, bool top);
	/* A key: `action` is its row in the screen's key table, KEYS_NONE for
	 * a key the table does not bind (text for a field). */
	struct ui_react (*key)(struct app *a, void *st, int action, int code);
	/* The journal changed (NULL: nothing to read again). */
	void (*reload)(struct app *a, void *st);
	void (*free)(void *st);
	/* The help screen of its keys: the title, and what it says under the
	 * keys from line y to `last` (NULL: nothing). */
	const char *help_title;
	void (*help)(struct app *a, WINDOW *w, int y, int last, int width);
};

/* The screens, made in their own files. */
extern const struct ui_screen ui_day_screen, ui_help_screen, ui_week_screen, ui_entry_screen,
    ui_sore_screen, ui_sleep_screen, ui_dayform_screen, ui_delete_screen, ui_future_screen,
    ui_export_screen, ui_place_screen, ui_month_screen, ui_goto_screen, ui_plates_screen,
    ui_search_screen, ui_history_screen;
/* The screen of an id. */
const struct ui_screen *ui_screen_of(enum ui_screen_id id);

#define UI_STACK_MAX 8

struct app {
	struct store *store;
	const struct rc *rc;
	struct catalogue *cat;
	struct keys keys[KT_COUNT]; /* every screen's table, rebound by herstelrc */

	hs_minute pinned, now;
	hs_date today, day; /* the viewed day: the day view's, the week's, the forms' */
	int64_t data_version;

	/* The viewed day, read by the day view and used by the forms on it. */
	struct store_day log;
	struct ui_item *items;
	size_t nitems, sel;
	/* After a save: the exercise whose newest sets the selection moves to
	 * once the day is read again ("" when none), so that it is on the
	 * entry just logged. */
	char select_after[200];
	struct store_events events;
	bool have_events;
	struct svc_board board; /* sorted for the screen */

	/* The open screens, the day view at the bottom. */
	struct {
		enum ui_screen_id id;
		void *st;
	} stack[UI_STACK_MAX];
	size_t depth;
	char status[512];
	bool status_error;

	/* The rest countdown between sets (ui_rest.c): in the app, not in a
	 * screen, so it runs on under every screen and across resizes. */
	struct rest_timer rest;
	char rest_shown[48]; /* what the header shows of it, to redraw on change */
	long rest_hook;      /* the pid of the hook still running, 0: none */

	bool utf8, color;
	int rows, cols;
	bool too_small;
	WINDOW *head, *logw, *boardw, *foot, *full;
	unsigned dirty;
	struct {
		WINDOW *win; /* where the text cursor goes, NULL: hidden */
		int y, x;
	} cursor;
};

/* Reactions. */
struct ui_react ui_stay(unsigned redraw);
struct ui_react ui_open(enum ui_screen_id id, struct ui_arg arg);
struct ui_react ui_close(unsigned redraw);
struct ui_react ui_swap(enum ui_screen_id id, struct ui_arg arg);
/* An argument with nothing in it. */
struct ui_arg ui_arg_none(void);

/* Select another viewed day: 0 when it is out of the calendar herstel
 * knows, else UI_RELOAD. */
unsigned ui_go(struct app *a, hs_date day);

#endif
