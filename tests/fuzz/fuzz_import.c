/* fuzz_import.c: libFuzzer harness for the import formats (interop*.c).
 *
 * As import_parse_csv does: the separator is guessed, the first row goes to
 * interop_reader_new and every later row through interop_reader_row, its
 * records taken with interop_reader_next, for each format herstel can be
 * told (auto, csv, json, strong, hevy, fitnotes, fitbod, liftosaur,
 * stronglifts, liftlog) and, for auto, with kg and with lb as the unit of
 * weights without one. Besides not crashing or leaking: a refusal says why,
 * a kept record has the row's line number and, for a set or an activity, a
 * name and a note; a set has reps, a time or a distance. */
#include "config.h"

#include "csv.h"
#include "fuzz.h"
#include "interop.h"

static void
fuzz_import_read(const char *text, size_t len, enum interop_format want, enum units units)
{
	struct csv_reader *rd = csv_reader_new(text, len, csv_guess_sep(text, len));
	struct interop_reader *ir = NULL;
	struct interop_record rec;
	struct csv_row row;
	char *cause = NULL;
	int k;

	if ((k = csv_next(rd, &row, &cause)) == 1 &&
	    (ir = interop_reader_new(want, &row, units, &cause)) != NULL) {
		if (interop_reader_label(ir) == NULL ||
		    (want != INTEROP_AUTO && interop_reader_format(ir) != want))
			abort();
		while ((k = csv_next(rd, &row, &cause)) == 1) {
			if ((k = interop_reader_row(ir, &row, &cause)) < 0)
				break;
			while (interop_reader_next(ir, &rec) == 1) {
				bool named =
				    rec.kind == INTEROP_SET || rec.kind == INTEROP_ACTIVITY;

				if (rec.line != row.line ||
				    (named && (rec.exercise == NULL || rec.note == NULL)) ||
				    (rec.kind == INTEROP_SET && rec.reps == 0 && rec.seconds == 0 &&
				        rec.distance_m == 0))
					abort();
				interop_record_free(&rec);
			}
			k = 1;
		}
	}
	if (k < 0 || (k == 1 && ir == NULL)) {
		if (cause == NULL || cause[0] == '\0')
			abort(); /* every refusal says why */
		free(cause);
	} else if (cause != NULL) {
		abort();
	}
	interop_reader_free(ir);
	csv_reader_free(rd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size > 0 ? size : 1);

	if (text == NULL)
		abort();
	memcpy(text, data, size);
	for (int f = INTEROP_AUTO; f < INTEROP_FORMAT_COUNT; f++)
		fuzz_import_read(text, size, (enum interop_format)f, UNITS_KG);
	fuzz_import_read(text, size, INTEROP_AUTO, UNITS_LB);
	free(text);
	return 0;
}
