/* main.c: herstel, a terminal training journal. */
#include "config.h"

#include <locale.h>

#include "cli.h"

int
main(int argc, char **argv)
{
	/* Characters only: numbers are always read and written with a '.', so
	 * LC_NUMERIC stays "C" whatever the user's locale. */
	setlocale(LC_CTYPE, "");
	return cli_main(argc, argv);
}
