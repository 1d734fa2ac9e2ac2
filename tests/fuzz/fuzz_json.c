/* fuzz_json.c: libFuzzer harness for the JSON reader (store_json.c).
 *
 * The input is read as it is, NUL bytes and all, from a private copy of
 * exactly its length, as import_parse_json reads a file: the head first,
 * then, when it is herstel's, every list. Besides not crashing or leaking:
 * every item has an index and a JSON type, every record the columns of
 * herstel's CSV and every exercise its four fields, each field a readable
 * string or NULL, and a refusal says why. */
#include "config.h"

#include "fuzz.h"
#include "interop.h"
#include "store_json.h"

/* What a list's rows must have, and a sum of what they held. */
struct fuzz_json_seen {
	size_t want; /* fields a row has at least */
	size_t bytes;
};

static int
fuzz_json_row(
    void *arg, const char *index, const char *type, const char *const *f, size_t n, char **cause)
{
	struct fuzz_json_seen *seen = arg;

	(void)cause;
	if (index == NULL || type == NULL || n < seen->want)
		abort();
	for (size_t i = 0; i < n; i++)
		if (f[i] != NULL)
			seen->bytes += strlen(f[i]); /* ASan checks every byte */
	return 0;
}

/* One list: 0 when read whole, else a refusal that says why. */
static void
fuzz_json_list(struct store_json *j, const char *text, size_t len, enum store_json_part part)
{
	struct fuzz_json_seen seen = { part == STORE_JSON_EXERCISES ? 4 : IC_COUNT, 0 };
	char *cause = NULL;

	if (store_json_rows(j, text, len, part, fuzz_json_row, &seen, &cause) != 0) {
		if (cause == NULL || cause[0] == '\0')
			abort();
		free(cause);
	} else if (cause != NULL) {
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct store_json *j;
	char *text = malloc(size > 0 ? size : 1), *cause = NULL;
	enum units units;
	int version;

	if (text == NULL || (j == NULL && (j = store_json_new(&cause)) == NULL))
		abort();
	memcpy(text, data, size);
	if (store_json_head(j, text, size, &version, &units, &cause) != 0) {
		if (cause == NULL || cause[0] == '\0')
			abort();
		free(cause);
		free(text);
		return 0;
	}
	if (cause != NULL || version < 1 || (units != UNITS_KG && units != UNITS_LB))
		abort();
	fuzz_json_list(j, text, size, STORE_JSON_EXERCISES);
	for (int part = STORE_JSON_SETS; part <= STORE_JSON_DAYS; part++)
		fuzz_json_list(j, text, size, (enum store_json_part)part);
	free(text);
	return 0;
}
