/* store_json.h: herstel's JSON export, read with SQLite's JSON functions.
 *
 * The reader has a connection of its own, to an in-memory database: reading
 * a document touches no journal, and its fuzz harness (tests/fuzz/
 * fuzz_json.c) drives it alone. All its SQL is fixed text; the document is
 * always a bound value. */
#ifndef HERSTEL_STORE_JSON_H
#define HERSTEL_STORE_JSON_H

#include <stddef.h>

#include "journal.h"

struct store_json;

/* NULL with *cause when SQLite cannot open an in-memory database. */
struct store_json *store_json_new(char **cause);
void store_json_free(struct store_json *j);

/* Check that `doc` (len bytes, a UTF-8 byte order mark allowed) is herstel's
 * export and read its schema version and units... */
int store_json_head(struct store_json *j, const char *doc, size_t len, int *version,
    enum units *units, char **cause);

/* ...then hand each item of one of its lists to `row`: its index, its JSON
 * type ("object" when well formed) and its fields as text or NULL, in
 * interop_column order for records (each field found by its name,
 * interop_json_column), (name, primary, secondary, bodyweight) for
 * exercises. A text holding a NUL character (\u0000) is refused with
 * the list, the index and the field: "sets[3]: note: ...". */
enum store_json_part {
	STORE_JSON_SETS,
	STORE_JSON_SORENESS,
	STORE_JSON_SLEEP,
	STORE_JSON_DAYS,
	STORE_JSON_ACTIVITIES,
	STORE_JSON_EXERCISES
};
int store_json_rows(struct store_json *j, const char *doc, size_t len, enum store_json_part part,
    int (*row)(void *arg, const char *index, const char *type, const char *const *fields, size_t n,
        char **cause),
    void *arg, char **cause);

#endif
