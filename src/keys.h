/* keys.h: the one key table of the daily screen. It drives dispatch, the help
 * screen and the hint line, and herstelrc's [keys] section rebinds it. */
#ifndef HERSTEL_KEYS_H
#define HERSTEL_KEYS_H

#include <stdbool.h>
#include <stddef.h>

struct rc;

/* A key code: a character (Unicode code point) or, with KEYS_FN set, a
 * curses function key (KEY_LEFT ...), so the two ranges never collide. */
#define KEYS_FN 0x1000000
#define KEYS_MAX 4 /* keys per action */

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
	KA_WEEK,
	KA_BACK,
	KA_EXPORT,
	KA_PLACE,
	KA_HELP,
	KA_QUIT,
	KA_COUNT,
	KA_NONE = -1
};

struct keys_entry {
	const char *name; /* action name in herstelrc: "add" */
	const char *help; /* help screen text */
	const char *hint; /* hint line label, NULL when not on the hint line */
	bool joined;      /* hint shares the label of the entry after it: "←→ day" */
	int prio;         /* hint line: 1 always, 2 and 3 as room allows */
	int keys[KEYS_MAX];
	size_t nkeys;
};

struct keys {
	struct keys_entry e[KA_COUNT];
};

/* The defaults: part of the interface, documented in herstel(1). */
void keys_init(struct keys *k);
/* Apply rc->bindings; each problem becomes a message through `warn`. */
void keys_apply(
    struct keys *k, const struct rc *rc, void (*warn)(void *arg, const char *msg), void *arg);
/* The action bound to `code`, KA_NONE when none. */
enum keys_action keys_lookup(const struct keys *k, int code);
/* Parse one key as written in herstelrc ("a", "C-a", "Left", "Enter"). */
int keys_parse(const char *s, int *code);
/* A key for people: "a", "←" (or "Left" without UTF-8), "Enter", "C-a". */
void keys_name(int code, bool utf8, char *buf, size_t len);
/* All keys of an action joined with "/", e.g. "→/l". */
void keys_names(const struct keys_entry *e, bool utf8, char *buf, size_t len);

#endif
