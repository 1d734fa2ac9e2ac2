/* fuzz_catalogue.c: libFuzzer harness for catalogue text (catalogue_parse,
 * the TSV layout of share/herstel/exercises.tsv), and for name look-up on
 * what it parsed: the first field of every line is looked up, searched and
 * completed as a user would type it. */
#include "config.h"

#include <string.h>

#include "catalogue.h"
#include "fuzz.h"

/* Look up, search and complete `name` in c. */
static void
fuzz_catalogue_query(const struct catalogue *c, const char *name)
{
	const struct exercise_def *hits[8];
	char *cause = NULL;

	if (catalogue_find(c, name, &cause) == NULL)
		free(cause);
	catalogue_search(c, name, hits, 8);
	catalogue_complete(c, name, hits, 8);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size), *cause = NULL, *line, *save = NULL;
	struct catalogue *c = catalogue_parse(text, "fuzz.tsv", &cause);

	if (c == NULL) {
		if (cause == NULL)
			abort();
		free(cause);
		free(text);
		return 0;
	}
	for (size_t i = 0; i < catalogue_count(c); i++)
		if (catalogue_at(c, i)->name == NULL)
			abort();
	for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		line[strcspn(line, "\t")] = '\0';
		fuzz_catalogue_query(c, line);
	}
	catalogue_free(c);
	free(text);
	return 0;
}
