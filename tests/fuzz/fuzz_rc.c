/* fuzz_rc.c: libFuzzer harness for herstelrc (rc_load through the real
 * iniparser). The input is written to a private temp file, read with
 * rc_load, and the user's exercises it defines are added to the built-in
 * catalogue as herstel does at start-up. A refused file must leave the
 * defaults in place and say why. */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "catalogue.h"
#include "fuzz.h"
#include "rc.h"

static char fuzz_rc_path[] = "/tmp/herstel-fuzz-rc.XXXXXX";
static int fuzz_rc_made;

/* The temp file, made once per process and removed at exit. */
static void
fuzz_rc_cleanup(void)
{
	unlink(fuzz_rc_path);
}

static int
fuzz_rc_write(const uint8_t *data, size_t size)
{
	FILE *f;

	if (!fuzz_rc_made) {
		int fd = mkstemp(fuzz_rc_path);

		if (fd < 0)
			abort();
		close(fd);
		atexit(fuzz_rc_cleanup);
		fuzz_rc_made = 1;
	}
	if ((f = fopen(fuzz_rc_path, "wb")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	return fclose(f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rc rc;
	char *cause = NULL;

	if (fuzz_rc_write(data, size) != 0)
		abort();
	rc_defaults(&rc);
	if (rc_load(&rc, fuzz_rc_path, true, &cause) != 0) {
		if (cause == NULL || rc.nexercises != 0 || rc.units != UNITS_KG)
			abort();
		free(cause);
	} else if (rc.nexercises > 0) {
		/* The built-in catalogue is slow to build under the sanitizers:
		 * only when there is something to add to it. */
		struct catalogue *cat = catalogue_builtin();

		for (size_t i = 0; i < rc.nexercises; i++) {
			if (catalogue_add(cat, &rc.exercises[i], &cause) != 0)
				free(cause);
			cause = NULL;
		}
		catalogue_free(cat);
	}
	rc_free(&rc);
	return 0;
}
