/* keys.h: the key tables of the interactive journal, one per screen, in the
 * manner of tmux's named tables and calcurse's keydef. Each row (action,
 * default keys, hint word, help text) drives the screen's dispatch, its help
 * lines and its hint line; herstelrc's [keys] (the day view) and
 * [keys.TABLE] sections rebind them, checked when herstelrc is read. */
#ifndef HERSTEL_KEYS_H
#define HERSTEL_KEYS_H

#include <stdbool.h>
#include <stddef.h>

struct rc;

/* A key code: a character (Unicode code point) or, with KEYS_FN set, a
 * curses function key (KEY_LEFT ...), so the two ranges never collide. */
#define KEYS_FN 0x1000000
#define KEYS_MAX 6       /* keys per action */
#define KEYS_ROWS_MAX 32 /* actions per table */
#define KEYS_ESC 27      /* the one spelling of Esc */
#define KEYS_NONE (-1)   /* keys_lookup: no action on the key */

/* The tables; the order of their names in keys.c. */
enum keys_table {
	KT_DAY,    /* [keys] */
	KT_WEEK,   /* [keys.week] */
	KT_ENTRY,  /* [keys.entry]: the quick-entry line */
	KT_FORM,   /* [keys.form]: the sleep and day forms */
	KT_SORE,   /* [keys.soreness] */
	KT_ASK,    /* [keys.ask]: the delete and future questions */
	KT_EXPORT, /* [keys.export] */
	KT_PLACE,  /* [keys.groups]: the groups screen */
	KT_MONTH,  /* [keys.month] */
	KT_SEARCH, /* [keys.search]: the search results */
	KT_HISTORY, /* [keys.history]: one exercise's history */
	KT_COUNT
};

/* The day view's actions. */
enum keys_action {
	KA_ADD,
	KA_SORE,
	KA_SLEEP,
	KA_DAY,
	KA_PREV,
	KA_NEXT,
	KA_PREV_WEEK,
	KA_NEXT_WEEK,
	KA_TODAY,
	KA_UP,
	KA_DOWN,
	KA_EDIT,
	KA_DELETE,
	KA_UNDO,
	KA_REPEAT,
	KA_HISTORY,
	KA_WEEK,
	KA_MONTH,
	KA_GOTO,
	KA_REST,
	KA_REST_RESET,
	KA_PLATES,
	KA_SEARCH,
	KA_BACK,
	KA_EXPORT,
	KA_PLACE,
	KA_HELP,
	KA_QUIT,
	KA_COUNT
};

enum keys_week {
	KW_PREV,
	KW_NEXT,
	KW_PREV_WEEK,
	KW_NEXT_WEEK,
	KW_OPEN,
	KW_TODAY,
	KW_MONTH,
	KW_GOTO,
	KW_BACK,
	KW_EXPORT,
	KW_HELP,
	KW_QUIT,
	KW_COUNT
};

enum keys_entry_action {
	KE_SAVE,
	KE_COMPLETE,
	KE_LAST,
	KE_OLDER,
	KE_NEWER,
	KE_CANCEL,
	KE_COUNT
};

enum keys_form { KF_NEXT, KF_PREV, KF_KIND_PREV, KF_KIND_NEXT, KF_SAVE, KF_CANCEL, KF_COUNT };

enum keys_sore { KS_UP, KS_DOWN, KS_LESS, KS_MORE, KS_CLEAR, KS_SAVE, KS_CANCEL, KS_COUNT };

enum keys_ask { KQ_YES, KQ_NO, KQ_COUNT };

enum keys_export { KX_SAVE, KX_NEXT, KX_PREV, KX_CHANGE_BACK, KX_CHANGE, KX_CANCEL, KX_COUNT };

enum keys_search { KR_UP, KR_DOWN, KR_OPEN, KR_NEW, KR_BACK, KR_HELP, KR_COUNT };
enum keys_history { KH_UP, KH_DOWN, KH_BACK, KH_HELP, KH_COUNT };

enum keys_place {
	KP_UP,
	KP_DOWN,
	KP_TAKE,
	KP_CHOOSE,
	KP_CYCLE,
	KP_PRIMARY,
	KP_SECONDARY,
	KP_NONE,
	KP_BACK,
	KP_COUNT
};

enum keys_month {
	KM_PREV,
	KM_NEXT,
	KM_UP,
	KM_DOWN,
	KM_PREV_MONTH,
	KM_NEXT_MONTH,
	KM_OPEN,
	KM_WEEK,
	KM_TODAY,
	KM_GOTO,
	KM_BACK,
	KM_HELP,
	KM_QUIT,
	KM_COUNT
};

struct keys_entry {
	const char *name; /* action name in herstelrc: "add" */
	const char *help; /* help text; NULL: shares the help line of the row before */
	const char *hint; /* hint line label, NULL when not on the hint line */
	bool joined;      /* hint shares the label of the entry after it: "←→ day" */
	int prio;         /* hint line: 1 always, 2 and 3 as room allows */
	bool two;         /* the hint shows the first two keys: "w/Esc back" */
	int keys[KEYS_MAX];
	size_t nkeys;
};

/* One table: its rows, in the order of the help screen and the hint line. */
struct keys {
	const char *name; /* "day", "week", ...: [keys], [keys.week] */
	size_t n;
	struct keys_entry e[KEYS_ROWS_MAX];
};

/* The defaults: part of the interface, documented in herstel(1) and
 * herstelrc(5). */
void keys_init(struct keys k[KT_COUNT]);
/* Check rc->bindings against the tables: -1 with *cause
 * "FILE:LINE: [keys.week] back: ..." for an unknown table, action or key,
 * or a key bound twice in one table. */
int keys_check(const struct rc *rc, char **cause);
/* Apply rc->bindings (checked by keys_check when herstelrc was read). */
void keys_apply(struct keys k[KT_COUNT], const struct rc *rc);
/* The row bound to `code`, KEYS_NONE when none. */
int keys_lookup(const struct keys *k, int code);
/* Parse one key as written in herstelrc ("a", "C-a", "Left", "Enter"). */
int keys_parse(const char *s, int *code);
/* A key for people: "a", "←" (or "Left" without UTF-8), "Enter", "C-a". */
void keys_name(int code, bool utf8, char *buf, size_t len);
/* All keys of an action joined with "/", e.g. "→/l"; "(none)" without. */
void keys_names(const struct keys_entry *e, bool utf8, char *buf, size_t len);
/* The first key of row i, "" when it has none. */
void keys_first(const struct keys *k, int i, bool utf8, char *buf, size_t len);
/* The keys of row i as the hint line and the help screen show them: its
 * first key, and that of the row it is joined with ("←→", "w/Esc"). */
void keys_label(const struct keys *k, int i, bool utf8, char *buf, size_t len);
/* The hint of row i, "a add", "←→ day"; false when it has none. */
bool keys_hint(const struct keys *k, int i, bool utf8, char *buf, size_t len);

#endif
