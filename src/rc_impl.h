/* rc_impl.h: what rc.c (the table, the values, the sections) and rc_read.c
 * (the file read as lines, and their values through iniparser) share. Not
 * for the rest of herstel, which knows rc.h. */
#ifndef HERSTEL_RC_IMPL_H
#define HERSTEL_RC_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "rc.h"

/* One [section] or key = value line as written: iniparser gives values
 * but forgets where they were. */
struct rc_line {
	char *section; /* lower case, as iniparser keys it */
	char *key;     /* NULL on a [section] line */
	char *text;    /* the line, trimmed, as iniparser is given it */
	char *value;   /* of a key line, as iniparser read it */
	int line;
};

struct rc_scan {
	struct rc_line *lines;
	size_t n, cap;
};

/* Strings to numbers (an index into the scan), for duplicates and
 * sections in linear time however many keys a file holds. */
struct rc_index {
	char **keys;
	size_t *vals;
	size_t cap, n;
};

/* Room for element n of an array of n, growing by doubling. */
void *rc_grow(void *p, size_t n, size_t size);
/* ASCII lower case in place. */
void rc_lower(char *s);
/* The text without a UTF-8 byte order mark and CR line ends. */
void rc_text_fix(char *text);
/* The file at `path` in memory, NUL-terminated; NULL with *cause. */
char *rc_slurp(const char *path, char **cause);
/* Split `text` into its lines (sections and keys, with their numbers),
 * then give each key line its value as iniparser reads it. */
int rc_scan(struct rc *rc, char *text, struct rc_scan *sc, char **cause);
int rc_values(struct rc *rc, struct rc_scan *sc, char **cause);
void rc_scan_free(struct rc_scan *sc);
/* The slot of `key` in the index, *found when it was there already. */
size_t *rc_index_slot(struct rc_index *ix, const char *key, bool *found);
void rc_index_free(struct rc_index *ix);

#endif
