/* json.h: a check of JSON syntax (RFC 8259), in the pure core.
 *
 * Only a well-formed document may reach SQLite's JSON functions: the
 * json_valid() of SQLite 3.40 (Debian 12's) takes some broken documents,
 * an object where a key must be, and json_extract() then crashes on them. */
#ifndef HERSTEL_JSON_H
#define HERSTEL_JSON_H

#include <stddef.h>

/* Nesting deeper than this is refused (SQLite's own limit is 2000). */
#define JSON_MAX_DEPTH 1000

/* 0 when text (len bytes) is one JSON value and nothing but white space
 * around it; else -1 with *line (from 1) and *what ("a key must be a
 * string", ...). Bytes of 0x80 and up are taken as they are: UTF-8 is
 * checked elsewhere. */
int json_check(const char *text, size_t len, int *line, const char **what);

#endif
