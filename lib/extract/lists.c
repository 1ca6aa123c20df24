/* Lists of people below a meeting's sentence: "Parmi eux : X ; Y",
   "Ce sont notamment X et Y", and the attendance list of a communiqué
   with its headings by country ("Pour la République du Cameroun"). */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

/* "a reçu plusieurs ambassadeurs. Parmi eux : X, ambassadeur du Japon ;
   Y, ...": a sentence that opens a list, and the items below it, each a
   sentence that names someone before anything else; or a sentence that
   says who they were ("Ce sont notamment X et Y").  (joiners.c reads
   the dashed lists of a delegation's members.) */
#define LIST_ITEM_TOKENS 40     /* an item is a name, its titles and office */
#define LIST_NAME_AT 6          /* tokens before the name: "Son Excellence Monsieur" */
#define LIST_ITEMS_MAX 30
#define LIST_OFFICE_AT 3        /* tokens before an office: "•", "l'", "ancienne" */

static int
list_opener(const struct xdoc *x, int s)
{
	const struct toklist *tl = &x->tl[s];

	if (tl->n && tok_is(tl, tl->n - 1, ":"))
		return 1;
	return tl->n >= 2 && tok_is(tl, 0, "parmi") && (tok_is(tl, 1, "eux") || tok_is(tl, 1, "elles")
	    || tok_is(tl, 1, "lesquels") || tok_is(tl, 1, "lesquelles"));
}

/* The first name after a comma in item s, from its entity k on: the
   holder of the office (or offices) the item opens on. */
static struct xent *
holder_in_item(struct xdoc *x, int s, size_t k)
{
	for (; k < x->ent_from[s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_PER)
			return e->t0 > 0 && tok_is(&x->tl[s], e->t0 - 1, ",") && !e->excluded ? e : NULL;
	}
	return NULL;
}

static struct xent *
list_entry(struct xdoc *x, int s)
{
	size_t k;

	if (x->tl[s].n > LIST_ITEM_TOKENS || has_cue_between(x, s, 0, x->tl[s].n, "MEET")
	    || has_cue_between(x, s, 0, x->tl[s].n, "NOUN") || has_cue_between(x, s, 0, x->tl[s].n, "SPEECH"))
		return NULL;
	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_PER && e->t0 <= LIST_NAME_AT && !e->excluded)
			return e;
		/* "• le premier ministre du Canada, Stephen Harper ;": an item
		   that opens on an office names its holder after it */
		if (e->type == X_ROLE && e->t0 <= LIST_OFFICE_AT && !e->plural)
			return holder_in_item(x, s, k + 1);
	}
	return NULL;
}

/* "a reçu d'éminentes personnalités.  Ce sont notamment X, ... et Y":
   the sentence after says who they were. */
static int
says_who(struct xdoc *x, int t)
{
	const struct toklist *tl = &x->tl[t];

	return tl->n >= 3 && !has_cue_between(x, t, 0, tl->n, "MEET")
	    && ((tok_is(tl, 0, "ce") && tok_is(tl, 1, "sont"))
	    || (tok_is(tl, 0, "il") && tok_is(tl, 1, "s'") && tok_is(tl, 2, "agit")));
}

/* Those the list below sentence s names, added to fr on side. */
void
listed_below(struct xdoc *x, int s, struct event *fr, int side)
{
	struct xent *e;
	int t = s + 1, n;
	size_t k;

	if (t < (int)x->nsent && says_who(x, t)) {
		for (k = x->ent_from[t]; k < x->ent_from[t + 1]; k++)
			if ((e = &x->e[x->sent_ents[k]])->type == X_PER && !e->excluded)
				add_part(fr, resolve(x, party_of(x, e)), side);
		add_sent(fr, t);
		return;
	}
	if (!list_opener(x, s)) {
		if (t >= (int)x->nsent || !list_opener(x, t) || x->tl[t].n > 4)
			return;
		t++;
	}
	for (n = 0; t < (int)x->nsent && n < LIST_ITEMS_MAX && (e = list_entry(x, t)); t++, n++) {
		add_part(fr, resolve(x, party_of(x, e)), side);
		add_sent(fr, t);
	}
}

/* "Pour la République du Cameroun": a short line heading the items of
   one country's delegation in a list; its country, or NULL. */
#define HEADING_TOKENS 8

static const char *
heading_country(struct xdoc *x, int s)
{
	size_t k;

	if (x->tl[s].n > HEADING_TOKENS || !tok_is(&x->tl[s], 0, "pour"))
		return NULL;
	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++)
		if (x->e[x->sent_ents[k]].type == X_GPE)
			return x->e[x->sent_ents[k]].value;
	return NULL;
}

/* "Ont pris part aux travaux du Conseil : / Pour la République du
   Cameroun / M. X, Ministre des Finances ; / M. Y, Ambassadeur": those
   listed below a multilateral verb attended, each of the country its
   heading names when the office names none. */
void
attendees_below(struct xdoc *x, int s, struct event *fr)
{
	const char *country = NULL;
	struct xent *e;
	int t, n, p;

	if (!list_opener(x, s))
		return;
	for (t = s + 1, n = 0; t < (int)x->nsent && n < LIST_ITEMS_MAX; t++, n++) {
		if ((e = list_entry(x, t))) {
			p = resolve(x, party_of(x, e));
			if (p >= 0 && country && !x->p[p].country && !x->p[p].intl)
				x->p[p].country = country;
			add_part(fr, p, SIDE_ATTENDEE);
			add_sent(fr, t);
		} else if (!(country = heading_country(x, t)))
			break;
	}
}
