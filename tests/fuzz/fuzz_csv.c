/* fuzz_csv.c: libFuzzer harness for the CSV reader (csv_next).
 *
 * The input is read as it is, NUL bytes and all, from a private copy of
 * exactly its length (the reader takes a length, not a string), with a
 * comma, with a semicolon and with the separator csv_guess_sep picks.
 * Besides not crashing: every row has at least one field, every field is a
 * readable string, line numbers start at 1 and never go back, and a refusal
 * says why, starting with its line number. */
#include "config.h"

#include <ctype.h>

#include "csv.h"
#include "fuzz.h"

static void
fuzz_csv_read(const char *text, size_t len, char sep)
{
	struct csv_reader *r = csv_reader_new(text, len, sep);
	struct csv_row row;
	char *cause = NULL;
	int k, last = 1;
	size_t total = 0;

	while ((k = csv_next(r, &row, &cause)) == 1) {
		if (row.n < 1 || row.fields == NULL || row.line < last)
			abort();
		last = row.line;
		for (size_t i = 0; i < row.n; i++) {
			if (row.fields[i] == NULL)
				abort();
			total += strlen(row.fields[i]); /* ASan checks every byte */
		}
	}
	if (k < 0) {
		if (cause == NULL || !isdigit((unsigned char)cause[0]))
			abort();
		free(cause);
	} else if (k != 0 || cause != NULL) {
		abort();
	}
	/* Fields are unescaped copies: never longer in all than the text. */
	if (total > len)
		abort();
	csv_reader_free(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size > 0 ? size : 1);
	char guess;

	if (text == NULL)
		abort();
	memcpy(text, data, size);
	fuzz_csv_read(text, size, ',');
	fuzz_csv_read(text, size, ';');
	guess = csv_guess_sep(text, size);
	if (guess != ',' && guess != ';')
		abort();
	fuzz_csv_read(text, size, guess);
	free(text);
	return 0;
}
