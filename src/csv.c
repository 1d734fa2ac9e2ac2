/* csv.c: an RFC 4180 reader with line numbers, and a writer. */
#include "config.h"

#include "csv.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

struct csv_reader {
	const char *start, *p, *end;
	char sep;
	int line;          /* the line `p` is on */
	struct strbuf buf; /* the record's fields, NUL-separated */
	size_t *offs;      /* where each field starts in buf */
	char **fields;
	size_t nfields, cap;
};

struct csv_reader *
csv_reader_new(const char *text, size_t len, char sep)
{
	struct csv_reader *r = xcalloc(1, sizeof *r);

	r->start = r->p = text;
	r->end = text + len;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		r->p += 3;
	r->sep = sep;
	r->line = 1;
	strbuf_init(&r->buf);
	return r;
}

void
csv_reader_free(struct csv_reader *r)
{
	if (r == NULL)
		return;
	strbuf_free(&r->buf);
	free(r->offs);
	free(r->fields);
	free(r);
}

/* Start a new field at the end of the buffer. */
static void
csv_start_field(struct csv_reader *r)
{
	if (r->nfields == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->offs = xreallocarray(r->offs, r->cap, sizeof *r->offs);
		r->fields = xreallocarray(r->fields, r->cap, sizeof *r->fields);
	}
	r->offs[r->nfields++] = r->buf.len;
}

/* Step over the line break at r->p: LF, CRLF, or CR alone (old Mac
 * files, and some exports), each one line. */
static void
csv_line_break(struct csv_reader *r)
{
	if (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n')
		r->p++;
	r->p++;
	r->line++;
}

/* A quoted field from just after its opening quote to just after its
 * closing one; "" is a quote, line breaks are kept. */
static int
csv_quoted(struct csv_reader *r, int start, char **cause)
{
	for (;;) {
		if (r->p == r->end)
			return util_fail(cause,
			    _("%d: a quoted field is not closed"
			      " (the file may be cut short)"),
			    start);
		if (*r->p == '"') {
			if (r->p + 1 < r->end && r->p[1] == '"') {
				strbuf_add(&r->buf, "\"", 1);
				r->p += 2;
				continue;
			}
			r->p++;
			break;
		}
		/* A line break inside a field, LF, CRLF or CR alone, is kept as LF. */
		if (*r->p == '\n' || *r->p == '\r') {
			csv_line_break(r);
			strbuf_add(&r->buf, "\n", 1);
			continue;
		}
		strbuf_add(&r->buf, r->p++, 1);
	}
	if (r->p < r->end && *r->p != r->sep && *r->p != '\n' && *r->p != '\r')
		return util_fail(cause, _("%d: text after the closing quote of a field"), r->line);
	return 0;
}

/* Read one record's fields into r->buf; stops after its line break. */
static int
csv_record(struct csv_reader *r, char **cause)
{
	int start = r->line;

	r->buf.len = 0;
	r->nfields = 0;
	csv_start_field(r);
	for (;;) {
		if (r->p < r->end && *r->p == '"' && r->buf.len == r->offs[r->nfields - 1]) {
			r->p++;
			if (csv_quoted(r, start, cause) != 0)
				return -1;
			continue;
		}
		if (r->p == r->end || *r->p == '\n' || *r->p == '\r') {
			strbuf_add(&r->buf, "", 1);
			if (r->p < r->end)
				csv_line_break(r);
			return 0;
		}
		if (*r->p == r->sep) {
			r->p++;
			strbuf_add(&r->buf, "", 1);
			csv_start_field(r);
			continue;
		}
		if (*r->p == '\0')
			return util_fail(
			    cause, _("%d: binary data (a NUL byte), not text"), r->line);
		strbuf_add(&r->buf, r->p++, 1);
	}
}

size_t
csv_offset(const struct csv_reader *r)
{
	return (size_t)(r->p - r->start);
}

int
csv_next(struct csv_reader *r, struct csv_row *row, char **cause)
{
	for (;;) {
		if (r->p >= r->end)
			return 0;
		row->line = r->line;
		if (csv_record(r, cause) != 0)
			return -1;
		if (r->nfields == 1 && r->buf.buf[0] == '\0')
			continue; /* a blank line */
		break;
	}
	for (size_t i = 0; i < r->nfields; i++)
		r->fields[i] = r->buf.buf + r->offs[i];
	row->fields = r->fields;
	row->n = r->nfields;
	return 1;
}

char
csv_guess_sep(const char *text, size_t len)
{
	size_t commas = 0, semis = 0;
	bool quoted = false;

	for (size_t i = 0; i < len && (quoted || (text[i] != '\n' && text[i] != '\r')); i++) {
		if (text[i] == '"')
			quoted = !quoted;
		else if (!quoted && text[i] == ',')
			commas++;
		else if (!quoted && text[i] == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

void
csv_write_field(FILE *f, const char *s, char sep)
{
	size_t n = strlen(s);
	bool quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ');

	for (const char *p = s; *p != '\0' && !quote; p++)
		quote = *p == sep || *p == '"' || *p == '\n' || *p == '\r';
	if (!quote) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
}

void
csv_write_row(FILE *f, const char *const *fields, size_t n, char sep)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			fputc(sep, f);
		csv_write_field(f, fields[i] != NULL ? fields[i] : "", sep);
	}
	fputc('\n', f);
}
