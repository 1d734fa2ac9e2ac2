/* test_csv.c: the RFC 4180 reader and writer: quotes, embedded line breaks,
 * CRLF, semicolons, line numbers in errors, and writer/reader round trips. */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

/* Read all of `text`; fields joined with '|', records with '/'. -1 on error,
 * with *cause. */
static char *
read_all(const char *text, size_t len, char sep, char **cause)
{
	struct csv_reader *r = csv_reader_new(text, len, sep);
	struct csv_row row;
	char *out = calloc(1, 4096);
	int k;

	while ((k = csv_next(r, &row, cause)) == 1) {
		if (out[0] != '\0')
			strcat(out, "/");
		for (size_t i = 0; i < row.n; i++) {
			if (i > 0)
				strcat(out, "|");
			strcat(out, row.fields[i]);
		}
	}
	csv_reader_free(r);
	if (k < 0) {
		free(out);
		return NULL;
	}
	return out;
}

struct read_case {
	const char *text;
	char sep;
	const char *want;
};

static const struct read_case reads[] = {
	{ "a,b,c\n1,2,3\n", ',', "a|b|c/1|2|3" }, { "a,b\r\n1,2\r\n", ',', "a|b/1|2" }, /* CRLF */
	{ "a,b\n1,2", ',', "a|b/1|2" },                       /* no final line break */
	{ "\"x,y\",z\n", ',', "x,y|z" },                      /* separator in quotes */
	{ "\"say \"\"hi\"\"\",2\n", ',', "say \"hi\"|2" },    /* doubled quotes */
	{ "\"two\nlines\",2\n", ',', "two\nlines|2" },        /* embedded newline */
	{ "\"two\r\nlines\",2\r\n", ',', "two\nlines|2" },    /* ... in a CRLF file */
	{ "a,,c\n,\n", ',', "a||c/|" },                       /* empty cells */
	{ "\"\",b\n", ',', "|b" },                            /* empty quoted */
	{ "a;b;\"c;d\"\n1,5;2;3\n", ';', "a|b|c;d/1,5|2|3" }, /* semicolons */
	{ "a,b\n\n1,2\n\r\n", ',', "a|b/1|2" },               /* blank lines skipped */
	{ "\xef\xbb\xbf"
	  "a,b\n",
	    ',', "a|b" },                              /* byte order mark */
	{ "a,b\r1,2\r", ',', "a|b/1|2" },              /* CR alone ends a line */
	{ "a,b\r1,2", ',', "a|b/1|2" },                /* ... the last one too */
	{ "\"two\rlines\",2\r", ',', "two\nlines|2" }, /* ... and in a field is LF */
	{ "a,b\r\r1,2\r\n3,4\n", ',', "a|b/1|2/3|4" }, /* CR, CRLF, LF mixed */
};

Test(csv, reads_rfc4180)
{
	for (size_t i = 0; i < sizeof reads / sizeof reads[0]; i++) {
		char *cause = NULL;
		char *got = read_all(reads[i].text, strlen(reads[i].text), reads[i].sep, &cause);

		cr_assert_not_null(got, "case %zu: %s", i, cause ? cause : "");
		cr_expect_str_eq(got, reads[i].want, "case %zu", i);
		free(got);
	}
}

Test(csv, line_numbers_count_embedded_newlines)
{
	const char *text = "h1,h2\n\"a\nb\",1\nx,2\n";
	struct csv_reader *r = csv_reader_new(text, strlen(text), ',');
	struct csv_row row;
	int lines[3], n = 0;

	while (csv_next(r, &row, NULL) == 1 && n < 3)
		lines[n++] = row.line;
	csv_reader_free(r);
	cr_assert_eq(n, 3);
	cr_expect_eq(lines[0], 1);
	cr_expect_eq(lines[1], 2);
	cr_expect_eq(lines[2], 4, "the record after a two-line one starts on line 4");
}

/* A CR alone is one line, as LF and CRLF are: line numbers agree. */
Test(csv, line_numbers_with_cr_alone)
{
	const char *text = "h1,h2\r\"a\rb\",1\rx,2\r\ny,3\n";
	struct csv_reader *r = csv_reader_new(text, strlen(text), ',');
	struct csv_row row;
	int lines[3], n = 0;

	while (csv_next(r, &row, NULL) == 1 && n < 3)
		lines[n++] = row.line;
	csv_reader_free(r);
	cr_assert_eq(n, 3);
	cr_expect_eq(lines[0], 1);
	cr_expect_eq(lines[1], 2);
	cr_expect_eq(lines[2], 4);
}

struct error_case {
	const char *text;
	size_t len;
	const char *want;
};

static const struct error_case errors[] = {
	{ "a,b\n1,\"open\n", 0, "2: a quoted field is not closed" },
	{ "a,b\n\"x\"y,2\n", 0, "2: text after the closing quote" },
	{ "a,b\n1,2\nx\0y,3\n", 14, "3: binary data" },
};

Test(csv, errors_name_the_line)
{
	for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
		char *cause = NULL;
		size_t len = errors[i].len ? errors[i].len : strlen(errors[i].text);
		char *got = read_all(errors[i].text, len, ',', &cause);

		cr_expect_null(got, "case %zu should fail", i);
		cr_assert_not_null(cause, "case %zu has a cause", i);
		cr_expect(strncmp(cause, errors[i].want, strlen(errors[i].want)) == 0,
		    "case %zu: got \"%s\", want \"%s...\"", i, cause, errors[i].want);
		free(cause);
		free(got);
	}
}

Test(csv, guesses_the_separator)
{
	cr_expect_eq(csv_guess_sep("a,b,c\n", 6), ',');
	cr_expect_eq(csv_guess_sep("a;b;c\n1,2;3", 11), ';');
	cr_expect_eq(csv_guess_sep("\"a;b;c\",d\n", 10), ',', "quoted semicolons do not count");
}

/* Write fields, read them back. */
static char *
write_read(const char *const *fields, size_t n, char sep)
{
	char *buf = NULL, *got;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	csv_write_row(f, fields, n, sep);
	fclose(f);
	got = read_all(buf, len, sep, NULL);
	free(buf);
	return got;
}

Test(csv, writer_quotes_only_when_needed)
{
	const char *plain[] = { "set", "2026-11-17", "bench press", "80" };
	const char *tricky[] = { "a,b", "say \"hi\"", "two\nlines", " padded ", "" };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	char *got;

	csv_write_row(f, plain, 4, ',');
	csv_write_row(f, tricky, 5, ',');
	fclose(f);
	cr_expect_str_eq(buf,
	    "set,2026-11-17,bench press,80\n"
	    "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\n");
	free(buf);
	got = write_read(tricky, 5, ',');
	cr_expect_str_eq(got, "a,b|say \"hi\"|two\nlines| padded |");
	free(got);
	got = write_read((const char *[]){ "1;5", "x,y" }, 2, ';');
	cr_expect_str_eq(got, "1;5|x,y", "a semicolon file quotes semicolons, not commas");
	free(got);
}
