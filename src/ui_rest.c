/* ui_rest.c: the rest countdown of the journal screen (ui_rest.h). */
#include "config.h"

#include "ui_rest.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "catalogue.h"
#include "i18n.h"
#include "rc.h"
#include "ui_draw.h"

/* Arguments of the hook at most; the rest of the line is dropped. */
#define UI_REST_HOOK_ARGS 16

int64_t
ui_rest_clock(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void
ui_rest_after_set(struct app *a, const struct exercise_def *def)
{
	int seconds = def != NULL && def->rest_seconds > 0 ? def->rest_seconds
	    : def != NULL && !catalogue_compound(def)      ? a->rc->rest_isolation
	                                                   : a->rc->rest_length;

	rest_start(&a->rest, ui_rest_clock(), (int64_t)seconds * 1000);
}

void
ui_rest_toggle(struct app *a)
{
	if (a->rest.state == REST_RUNNING || a->rest.state == REST_PAUSED)
		rest_toggle(&a->rest, ui_rest_clock());
	else
		rest_start(&a->rest, ui_rest_clock(), (int64_t)a->rc->rest_length * 1000);
}

void
ui_rest_reset(struct app *a)
{
	rest_reset(&a->rest);
}

unsigned
ui_rest_seen(struct app *a)
{
	if (a->rest.state != REST_OVER)
		return 0;
	rest_reset(&a->rest);
	return UI_HEAD;
}

/* Start herstelrc's hook: its words as the program and its arguments, no
 * shell (nothing in it is expanded or quoted), its output nowhere, so it
 * can neither block the screen nor draw over it; not waited for here. */
static void
ui_rest_hook(struct app *a)
{
	char *line, *save = NULL, *argv[UI_REST_HOOK_ARGS + 1];
	size_t n = 0;
	pid_t pid;
	int fd;

	if (a->rc->rest_hook == NULL || a->rc->rest_hook[0] == '\0')
		return;
	line = xstrdup(a->rc->rest_hook);
	for (char *w = strtok_r(line, " \t", &save); w != NULL && n < UI_REST_HOOK_ARGS;
	     w = strtok_r(NULL, " \t", &save))
		argv[n++] = w;
	argv[n] = NULL;
	if (n == 0) {
		free(line);
		return;
	}
	fflush(stdout);
	if ((pid = fork()) == 0) {
		if ((fd = open("/dev/null", O_RDWR)) >= 0) {
			dup2(fd, STDIN_FILENO);
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
			if (fd > STDERR_FILENO)
				close(fd);
		}
		setsid(); /* not in the terminal's group: the screen's keys are not its */
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid < 0)
		ui_status(a, true, _("rest over, but the hook \"%s\" did not start"), argv[0]);
	else
		a->rest_hook = (long)pid;
	free(line);
}

/* Reap the hooks that have ended, without waiting for one that runs. */
static void
ui_rest_reap(struct app *a)
{
	pid_t pid;

	while ((pid = waitpid(-1, NULL, WNOHANG)) > 0)
		if ((long)pid == a->rest_hook)
			a->rest_hook = 0;
}

unsigned
ui_rest_tick(struct app *a)
{
	char shown[sizeof a->rest_shown];
	unsigned r = 0;

	if (a->rest_hook != 0)
		ui_rest_reap(a);
	if (rest_update(&a->rest, ui_rest_clock())) {
		if (a->rc->rest_flash)
			flash();
		else if (a->rc->rest_bell)
			beep();
		ui_rest_hook(a);
		r |= UI_FOOT;
	}
	ui_rest_text(a, shown, sizeof shown);
	if (strcmp(shown, a->rest_shown) != 0) {
		snprintf(a->rest_shown, sizeof a->rest_shown, "%s", shown);
		r |= UI_HEAD;
	}
	return r;
}

int
ui_rest_wait(const struct app *a, int idle)
{
	int64_t next = rest_next_change(&a->rest, ui_rest_clock());

	/* A few ms past the change, so the loop wakes after it, not before. */
	return next < 0 || next + 5 > idle ? idle : (int)next + 5;
}

void
ui_rest_text(const struct app *a, char *buf, size_t len)
{
	char left[32];

	buf[0] = '\0';
	switch (a->rest.state) {
	case REST_IDLE:
		return;
	case REST_OVER:
		snprintf(buf, len, "%s", _("rest over"));
		return;
	case REST_RUNNING:
	case REST_PAUSED:
		rest_format(rest_left(&a->rest, ui_rest_clock()), left, sizeof left);
		/* TRANSLATORS: the rest countdown in the header: "rest 1:42". */
		snprintf(buf, len, a->rest.state == REST_PAUSED ? _("rest %s paused") : _("rest %s"),
		    left);
		return;
	}
}
