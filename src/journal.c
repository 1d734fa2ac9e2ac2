/* journal.c: names of day kinds and levels; record clean-up. */
#include "config.h"

#include "journal.h"

#include <stdlib.h>

#include "i18n.h"
#include "util.h"

static const struct {
	const char *id;
	const char *label;
} day_kinds[DAY_KIND_COUNT] = {
	[DAY_UNSET] = { "-", N_("nothing logged") },
	[DAY_TRAINING] = { "training", N_("training") },
	[DAY_ACTIVE] = { "active", N_("active recovery") },
	[DAY_REST] = { "rest", N_("rest") },
	[DAY_PASSIVE] = { "passive", N_("passive recovery") },
};

const char *
day_kind_id(enum day_kind k)
{
	return (unsigned)k < DAY_KIND_COUNT ? day_kinds[k].id : "-";
}

const char *
day_kind_label(enum day_kind k)
{
	return (unsigned)k < DAY_KIND_COUNT ? _(day_kinds[k].label) : "?";
}

int
day_kind_from_id(const char *s)
{
	for (int k = DAY_TRAINING; k < DAY_KIND_COUNT; k++)
		if (util_strcasecmp(s, day_kinds[k].id) == 0 ||
		    util_strcasecmp(s, day_kinds[k].label) == 0)
			return k;
	return -1;
}

static const char *level_ids[LEVEL_COUNT] = { "beginner", "intermediate", "advanced" };

const char *
level_id(enum level l)
{
	return (unsigned)l < LEVEL_COUNT ? level_ids[l] : "?";
}

const char *
level_word(enum level l)
{
	/* The ids are English words; this is the same word for people. */
	static const char *const words[LEVEL_COUNT] = { N_("beginner"), N_("intermediate"),
		N_("advanced") };

	return (unsigned)l < LEVEL_COUNT ? _(words[l]) : "?";
}

int
level_from_id(const char *s)
{
	for (int l = 0; l < LEVEL_COUNT; l++)
		if (util_strcasecmp(s, level_ids[l]) == 0)
			return l;
	return -1;
}

void
level_days(enum level l, int *min, int *max)
{
	*min = 3 + (int)l;
	*max = 4 + (int)l;
}

static const struct {
	const char *id, *label;
} set_kinds[SET_KIND_COUNT] = {
	[SET_WORK] = { "work", "" },
	[SET_WARMUP] = { "warmup", N_("warm-up") },
	[SET_DROP] = { "drop", N_("drop set") },
	[SET_FAILURE] = { "failure", N_("to failure") },
};

const char *
set_kind_id(enum set_kind k)
{
	return (unsigned)k < SET_KIND_COUNT ? set_kinds[k].id : "work";
}

const char *
set_kind_label(enum set_kind k)
{
	/* gettext("") is the catalogue's header: a work set has no label at all. */
	return (unsigned)k < SET_KIND_COUNT && set_kinds[k].label[0] != '\0' ? _(set_kinds[k].label)
	                                                                     : "";
}

int
set_kind_from_id(const char *s)
{
	if (*s == '\0')
		return SET_WORK;
	for (int k = 0; k < SET_KIND_COUNT; k++)
		if (util_strcasecmp(s, set_kinds[k].id) == 0)
			return k;
	return -1;
}

double
set_kind_rpe(enum set_kind k, double rpe)
{
	/* Failure is RPE 10 by definition: no rep was left in reserve. */
	return rpe == 0 && k == SET_FAILURE ? 10 : rpe;
}

void
set_record_free(struct set_record *r)
{
	free(r->exercise);
	free(r->note);
	r->exercise = r->note = NULL;
}

void
day_record_free(struct day_record *r)
{
	free(r->note);
	r->note = NULL;
}

void
activity_record_free(struct activity_record *r)
{
	free(r->name);
	free(r->note);
	r->name = r->note = NULL;
}
