/* rc.h: herstelrc, the user's settings. The only module that calls iniparser.
 *
 * (The module is "rc" because config.h is autoconf's generated header.)
 * One table of keys drives parsing, validation, unknown-key warnings and
 * `herstel config`, from which the man page's key list is checked. */
#ifndef HERSTEL_RC_H
#define HERSTEL_RC_H

#include <stdbool.h>
#include <stddef.h>

#include "catalogue.h"
#include "journal.h"
#include "plates.h"
#include "recovery.h"

struct rc_binding {
	char *section; /* "keys" (the day view's) or "keys.week" ... */
	char *action;  /* a key table action name, e.g. "add" */
	char *keys;    /* as written: "a" or "a,A" or "C-a" */
	int line;      /* where it was set, for error messages */
};

/* [general] language: auto follows the locale (LC_ALL, LC_MESSAGES, LANG,
 * LANGUAGE); en and nl choose, whatever the locale says. */
enum rc_language { RC_LANGUAGE_AUTO, RC_LANGUAGE_EN, RC_LANGUAGE_NL };

struct rc {
	enum level level;
	enum rc_language language;
	enum units units;
	int week_start;      /* 0 Monday, 6 Sunday */
	double sleep_target; /* hours */
	bool color;
	char *export_dir;    /* "" means $XDG_DATA_HOME/herstel/exports */
	char *export_format; /* csv, json or strong */
	struct recovery_params recovery;
	struct exercise_def *exercises; /* the user's own, [exercise NAME] sections */
	size_t nexercises;
	double plate_bar;                                 /* [plates] bar; 0: the units' own */
	struct plates_kind plate_kinds[PLATES_MAX_KINDS]; /* [plates] plates */
	size_t nplate_kinds;                              /* 0: the units' own */
	int rest_length;                                  /* [rest] length, seconds */
	int rest_isolation;                               /* [rest] isolation, seconds */
	bool rest_bell;                                   /* [rest] bell */
	bool rest_flash;                                  /* [rest] flash */
	char *rest_hook;                                  /* [rest] hook, "" none */
	double volume_low, volume_high; /* [volume]: the weekly hard sets per group aimed at */
	struct rc_binding *bindings; /* [keys] and [keys.TABLE], checked by keys_check */
	size_t nbindings;
	char **warnings; /* unknown or duplicate keys: "herstelrc:3: ..." */
	size_t nwarnings;
	char *path; /* the file read, NULL when defaults only */
};

void rc_defaults(struct rc *rc);
/* The plate inventory herstelrc describes: [plates] over the standard
 * plates of its units. */
void rc_plates(const struct rc *rc, struct plates_inventory *inv);
/* Read `path` over the defaults. A missing file is fine unless `must_exist`
 * (given with --config). -1 with *cause "FILE:LINE: [section] key: expected
 * ..., got ..." on the first bad value; rc then holds defaults. */
int rc_load(struct rc *rc, const char *path, bool must_exist, char **cause);
void rc_free(struct rc *rc);
/* $XDG_CONFIG_HOME/herstel/herstelrc or ~/.config/herstel/herstelrc. */
char *rc_default_path(void);

/* The table, for `herstel config`: one line per key with its type, range,
 * default and help text. */
void rc_print_table(void (*emit)(void *arg, const char *section, const char *key, const char *range,
                        const char *def, const char *help),
    void *arg);

#endif
