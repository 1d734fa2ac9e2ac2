/* fuzz_entry.c: libFuzzer harness for the log grammar (entry_parse).
 *
 * Besides not crashing, a parsed entry must keep the promises of entry.h:
 * 1 to ENTRY_MAX_SETS sets of 1 to ENTRY_MAX_REPS reps, a weight from 0 to
 * ENTRY_MAX_KG, an RPE of 0 or 1 to 10, a non-empty name; a refused one has
 * a cause. Each input is tried with kg and with lb as the default unit. */
#include "config.h"

#include "entry.h"
#include "fuzz.h"

static void
fuzz_entry_check(const char *text, enum units units)
{
	struct entry e;
	char *cause = NULL, *d;

	if (entry_parse(text, units, &e, &cause) != 0) {
		if (cause == NULL || cause[0] == '\0')
			abort(); /* every refusal says why */
		free(cause);
		entry_free(&e);
		return;
	}
	if (e.exercise == NULL || e.exercise[0] == '\0' || e.note == NULL || e.nsets < 1 ||
	    e.nsets > ENTRY_MAX_SETS || e.ngroups < 1 || e.ngroups > e.nsets || e.minute < -1 ||
	    e.minute >= 24 * 60)
		abort();
	for (int i = 0; i < e.nsets; i++) /* seconds when timed */
		if (e.set[i].weight_kg < 0 || e.set[i].weight_kg > ENTRY_MAX_KG ||
		    (e.set[i].rpe != 0 && (e.set[i].rpe < 1 || e.set[i].rpe > 10)) ||
		    e.set[i].group < 0 || e.set[i].group >= e.ngroups ||
		    e.set[i].reps < 1 || e.set[i].reps > (e.timed ? ENTRY_MAX_SECONDS : ENTRY_MAX_REPS))
			abort();
	d = entry_describe(&e, units);
	free(d);
	entry_free(&e);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);

	fuzz_entry_check(text, UNITS_KG);
	fuzz_entry_check(text, UNITS_LB);
	free(text);
	return 0;
}
