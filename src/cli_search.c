/* cli_search.c: `herstel search` prints what svc_search finds, one line
 * per day, as text for a person or as TSV or JSON for a script. */
#include "config.h"

#include "cli_search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "report.h"
#include "svc.h"
#include "textfold.h"
#include "util.h"

/* grep's: scripts test for "found" with it. 2 covers every error, a bad
 * command line as well as a journal that cannot be read, so that 1 always
 * means that nothing matched. */
#define SEARCH_FOUND 0
#define SEARCH_NONE 1
#define SEARCH_ERROR 2

/* The characters of a note on a text line: the date and label before it
 * leave it the rest of 80 columns. */
#define SEARCH_NOTE_WIDTH 56

static void
search_text(const struct store_hit *h, size_t n, const char *folded)
{
	bool utf8 = cli_utf8();

	for (size_t i = 0; i < n; i++) {
		char d[DATE_BUF], *cut;
		const char *sep = "";

		date_format(h[i].date, d);
		printf("%s  ", d);
		for (size_t j = 0; j < h[i].nexercises; j++, sep = "; ")
			printf("%s%s", j == 0 ? "" : ", ", h[i].exercises[j]);
		if (h[i].day_note != NULL) {
			cut = textfold_excerpt(h[i].day_note, folded, SEARCH_NOTE_WIDTH, utf8);
			printf("%s", sep);
			printf(_("day note: %s"), cut);
			free(cut);
			sep = "; ";
		}
		if (h[i].set_note != NULL) {
			cut = textfold_excerpt(h[i].set_note, folded, SEARCH_NOTE_WIDTH, utf8);
			printf("%s", sep);
			printf(_("set note: %s"), cut);
			free(cut);
		}
		putchar('\n');
	}
}

/* TSV: whole notes, "-" for none; the names joined by ", ". */
static void
search_tsv(const struct store_hit *h, size_t n)
{
	puts("date\texercises\tday_note\tset_note");
	for (size_t i = 0; i < n; i++) {
		char d[DATE_BUF];

		date_format(h[i].date, d);
		printf("%s\t", d);
		for (size_t j = 0; j < h[i].nexercises; j++)
			printf("%s%s", j == 0 ? "" : ", ", h[i].exercises[j]);
		printf("%s\t%s\t%s\n", h[i].nexercises == 0 ? "-" : "",
		    h[i].day_note != NULL ? h[i].day_note : "-",
		    h[i].set_note != NULL ? h[i].set_note : "-");
	}
}

static void
search_json_note(const char *key, const char *note)
{
	printf(",\"%s\":", key);
	if (note == NULL)
		fputs("null", stdout);
	else
		report_json_string(stdout, note);
}

static void
search_json(const struct store_hit *h, size_t n)
{
	putchar('[');
	for (size_t i = 0; i < n; i++) {
		char d[DATE_BUF];

		date_format(h[i].date, d);
		printf("%s{\"date\":\"%s\",\"exercises\":[", i == 0 ? "" : ",", d);
		for (size_t j = 0; j < h[i].nexercises; j++) {
			if (j > 0)
				putchar(',');
			report_json_string(stdout, h[i].exercises[j]);
		}
		putchar(']');
		search_json_note("day_note", h[i].day_note);
		search_json_note("set_note", h[i].set_note);
		putchar('}');
	}
	puts("]");
}

int
cli_search(struct cli *c, struct cli_args *a)
{
	enum report_format format = REPORT_TEXT;
	struct store_hit *h = NULL;
	struct strbuf text;
	char *cause = NULL, *query, *folded;
	long limit = 0;
	size_t n = 0;
	if (a->nrest == 0) {
		cli_bad_usage(c, _("no TEXT given"));
		return SEARCH_ERROR;
	}
	if (a->limit != NULL && util_parse_long(a->limit, 1, 1000000, &limit) != 0) {
		cli_error(
		    c, _("--limit: expected a number from 1 to 1000000, got \"%s\""), a->limit);
		return SEARCH_ERROR;
	}
	if (a->format != NULL)
		format = (enum report_format)cli_pick(c, "format", a->format);
	/* The words as one text, as `log` takes an entry: `search felt heavy`. */
	strbuf_init(&text);
	for (int i = 0; i < a->nrest; i++) {
		if (i > 0)
			strbuf_puts(&text, " ");
		strbuf_puts(&text, a->rest[i]);
	}
	query = strbuf_detach(&text);
	if (svc_search(c->store, query, (size_t)limit, &h, &n, &cause) != 0) {
		free(query);
		cli_cause(c, cause);
		return SEARCH_ERROR;
	}
	folded = textfold(util_trim(query));
	if (format == REPORT_TSV)
		search_tsv(h, n);
	else if (format == REPORT_JSON)
		search_json(h, n);
	else if (n == 0)
		cli_error(c, _("no day matches \"%s\""), util_trim(query));
	else
		search_text(h, n, folded);
	free(query);
	free(folded);
	store_hits_free(h, n);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error(c, _("cannot write the results"));
		return SEARCH_ERROR;
	}
	return n > 0 ? SEARCH_FOUND : SEARCH_NONE;
}
