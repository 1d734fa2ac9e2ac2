/* i18n.h: the messages a person reads, through GNU gettext.
 *
 * _() translates a message, N_() marks one in a static table (translated
 * where it is shown), ngettext() picks the form for a count, and P_() gives
 * a short word the context that tells a translator which meaning it has.
 * Machine formats (tsv, json, csv) are never translated. */
#ifndef HERSTEL_I18N_H
#define HERSTEL_I18N_H

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
/* gettext's own pgettext lives in a header outside libintl: this is the
 * same lookup, "context\004message", falling back to the message. */
static inline const char *
i18n_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = gettext(ctx_msgid);
	return t == ctx_msgid ? msgid : t;
}
#define P_(ctx, s) i18n_pgettext(ctx "\004" s, s)
#else
#define _(s) ((const char *)(s))
#define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#define P_(ctx, s) ((const char *)(s))
#endif
#define N_(s) s

#endif
