/* csv.h: RFC 4180 text: a reader that keeps line numbers for messages and a
 * writer that quotes only when it must. The separator is a comma or, for
 * files from some locales, a semicolon. */
#ifndef HERSTEL_CSV_H
#define HERSTEL_CSV_H

#include <stdio.h>
#include <stddef.h>

/* One record: fields point into the reader and live until the next call. */
struct csv_row {
	char **fields;
	size_t n;
	int line; /* the line the record starts on, from 1 */
};

struct csv_reader;

/* Read `text` (len bytes, not copied: it must outlive the reader). A UTF-8
 * byte order mark at the start is skipped; lines may end in LF, CRLF or a
 * CR alone, each one line. */
struct csv_reader *csv_reader_new(const char *text, size_t len, char sep);
void csv_reader_free(struct csv_reader *r);

/* Bytes of the text read so far: what lies before it is not read again. */
size_t csv_offset(const struct csv_reader *r);

/* The next record: 1 with *row filled, 0 at the end, -1 with *cause
 * ("7: a quoted field is not closed": the line first) on malformed text. Blank lines
 * are skipped. */
int csv_next(struct csv_reader *r, struct csv_row *row, char **cause);

/* The separator a header line uses: ';' when it has more semicolons than
 * commas outside quotes, else ','. */
char csv_guess_sep(const char *text, size_t len);

/* Write one field, quoted when it holds the separator, a quote, a line
 * break or leading or trailing space. */
void csv_write_field(FILE *f, const char *s, char sep);
/* Write n fields and a line feed (the reader takes CRLF too). */
void csv_write_row(FILE *f, const char *const *fields, size_t n, char sep);

#endif
