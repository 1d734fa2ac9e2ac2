/* store_schema_gen.c: a build tool, not part of herstel. It runs the
 * migrations (store_migrations.c) into an in-memory SQLite database, one
 * version after the other, and writes as C (schema_expected.c) what
 * sqlite_master then lists, read by ST_SCHEMA: the schema herstel's check
 * compares a journal with. The migrations stay the one source of the
 * schema, and no command builds it again at every open.
 *
 * Usage: store_schema_gen OUTPUT.c */
#include "config.h"

#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store_impl.h"

/* TEXT as a C string literal. Every byte that is not plain printable ASCII
 * is a three-digit octal escape, which no following digit can extend, and
 * '?' is escaped so that no trigraph forms. */
static void
put_literal(FILE *out, const char *text)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\' || *p == '?')
			fprintf(out, "\\%c", *p);
		else if (*p >= 0x20 && *p < 0x7f)
			fputc(*p, out);
		else
			fprintf(out, "\\%03o", *p);
	}
	fputc('"', out);
}

static const char *
column(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t != NULL ? (const char *)t : "";
}

/* The rows of version `version` as the array schema_vN; their count, or
 * -1 on an SQLite error. */
static long
put_version(FILE *out, sqlite3 *db, int version)
{
	sqlite3_stmt *st;
	long n = 0;
	int step;

	if (sqlite3_prepare_v2(db, stmt_sql[ST_SCHEMA], -1, &st, NULL) != SQLITE_OK)
		return -1;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (n++ == 0)
			fprintf(
			    out, "\nstatic const struct schema_row schema_v%d[] = {\n", version);
		fputs("\t{ ", out);
		for (int i = 0; i < 4; i++) {
			put_literal(out, column(st, i));
			fputs(i < 3 ? ",\n\t    " : " },\n", out);
		}
	}
	sqlite3_finalize(st);
	if (n > 0)
		fputs("};\n", out);
	return step == SQLITE_DONE ? n : -1;
}

int
main(int argc, char **argv)
{
	long n[STORE_SCHEMA_VERSION + 1];
	sqlite3 *db = NULL;
	FILE *out;
	int rc;

	if (argc != 2) {
		fputs("usage: store_schema_gen OUTPUT.c\n", stderr);
		return 2;
	}
	if ((out = fopen(argv[1], "w")) == NULL) {
		perror(argv[1]);
		return 1;
	}
	fputs("/* schema_expected.c: written by store_schema_gen from store_migrations.c\n"
	      " * when herstel was built; do not edit. */\n"
	      "#include \"config.h\"\n\n#include \"store.h\"\n\n#include <stddef.h>\n\n"
	      "#include \"store_impl.h\"\n",
	    out);
	/* One transaction, as a migration runs on a journal. */
	rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	for (int v = 0; rc == SQLITE_OK && v <= STORE_SCHEMA_VERSION; v++) {
		if (v > 0)
			rc = sqlite3_exec(db, store_migrations[v - 1], NULL, NULL, NULL);
		if (rc == SQLITE_OK && (n[v] = put_version(out, db, v)) < 0)
			rc = SQLITE_ERROR;
		if (rc != SQLITE_OK)
			fprintf(stderr, "store_schema_gen: schema version %d: %s\n", v,
			    sqlite3_errmsg(db));
	}
	sqlite3_close(db);
	if (rc != SQLITE_OK) {
		fclose(out);
		remove(argv[1]);
		return 1;
	}
	fputs("\nconst struct schema_rows store_expected_schema[STORE_SCHEMA_VERSION + 1] = {\n",
	    out);
	for (int v = 0; v <= STORE_SCHEMA_VERSION; v++)
		if (n[v] == 0)
			fputs("\t{ NULL, 0 },\n", out);
		else
			fprintf(out, "\t{ schema_v%d, %ld },\n", v, n[v]);
	fputs("};\n", out);
	if (ferror(out) | fclose(out)) {
		perror(argv[1]);
		remove(argv[1]);
		return 1;
	}
	return 0;
}
