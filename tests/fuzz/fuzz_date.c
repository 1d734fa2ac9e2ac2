/* fuzz_date.c: libFuzzer harness for dates, times and time stamps
 * (date_parse, time_parse, stamp_parse).
 *
 * What parses must format back to the same text: a YYYY-MM-DD date, an
 * HH:MM time and a 'YYYY-MM-DD HH:MM' stamp round-trip exactly, and a
 * relative date ("-N") lands within 100 years of today. */
#include "config.h"

#include <string.h>

#include "date.h"
#include "fuzz.h"

/* A fixed "today" (2026-11-17) keeps the harness deterministic. */
#define FUZZ_TODAY 20774

static void
fuzz_date_check(const char *s)
{
	char buf[STAMP_BUF], *cause = NULL;
	hs_date day;

	if (date_parse(s, FUZZ_TODAY, &day, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return;
	}
	if (day > FUZZ_TODAY + 365 * 1000 || day < FUZZ_TODAY - 365 * 1200)
		abort();
	if (strlen(s) == 10 && s[4] == '-') {
		date_format(day, buf);
		if (strcmp(buf, s) != 0)
			abort();
	} else if (s[0] == '-' && (day > FUZZ_TODAY || day < FUZZ_TODAY - 36500))
		abort();
}

static void
fuzz_time_check(const char *s)
{
	char buf[STAMP_BUF], *cause = NULL;
	int mod;

	if (time_parse(s, &mod, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return;
	}
	if (mod < 0 || mod >= 1440)
		abort();
	time_format(mod, buf);
	if (strcmp(buf, s) != 0)
		abort();
}

static void
fuzz_stamp_check(const char *s)
{
	char buf[STAMP_BUF], *cause = NULL;
	hs_minute t;

	if (stamp_parse(s, &t, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return;
	}
	stamp_format(t, buf);
	/* 'T' between date and time is read as a space. */
	if (strncmp(buf, s, 10) != 0 || strcmp(buf + 11, s + 11) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);

	fuzz_date_check(s);
	fuzz_time_check(s);
	fuzz_stamp_check(s);
	free(s);
	return 0;
}
