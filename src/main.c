/* main.c: herstel, a terminal training journal. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "cli.h"
#include "i18n.h"

int
main(int argc, char **argv)
{
	/* Characters only: numbers are always read and written with a '.', so
	 * LC_NUMERIC stays "C" whatever the user's locale. */
	setlocale(LC_CTYPE, "");
	/* Messages in the user's language (po/); dates are herstel's own. */
	setlocale(LC_MESSAGES, "");
#if ENABLE_NLS
	/* HERSTEL_LOCALEDIR: the catalogues of a build not installed (the
	 * tests run the Dutch interface from the build tree). */
	const char *dir = getenv("HERSTEL_LOCALEDIR");

	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	textdomain(PACKAGE);
#endif
	return cli_main(argc, argv);
}
