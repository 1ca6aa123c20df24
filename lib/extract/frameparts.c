/* The pieces every meeting frame is built from: a new event or one read
   before, the kind a cue names, and the subjects an adjunct of time or
   a fronted cue leaves at the sentence's opening. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

struct event *
new_event(struct xdoc *x)
{
	x->ev = xrealloc(x->ev, (x->nev + 1) * sizeof *x->ev);
	memset(&x->ev[x->nev], 0, sizeof x->ev[0]);
	return &x->ev[x->nev++];
}

/* A meeting's noun: not "en marge de", "dans le cadre de", "les deux
   ministres". */
int
is_event_noun(const struct cue *k)
{
	return cue_is(k, "NOUN") && strcmp(k->e->value, "pair") && strcmp(k->e->value, "margin")
	    && strcmp(k->e->value, "occasion");
}

int
event_kind_noun(const struct cue *k)
{
	return is_event_noun(k) || cue_is(k, "CONF");
}

int
type_of(const char *v)
{
	if (!strcmp(v, "call"))
		return 1;
	if (!strcmp(v, "conference"))
		return 2;
	if (!strcmp(v, "visit"))
		return 3;
	return 0;
}

/* "Lors d'un point de presse conjoint avec X, le secrétaire d'Etat Y a
   réitéré...": a cue that opens the sentence has its subject after the
   comma that closes it; NULL when none. */
struct xent *
fronted_subject_ent(struct xdoc *x, const struct cue *c, const struct event *fr)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t k, comma;
	int p, i;

	for (comma = c->t1; comma < tl->n && !tok_is(tl, comma, ","); comma++)
		;
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 <= comma || (e->type != X_PER && e->type != X_ROLE) || e->excluded || e->plural)
			continue;
		if ((p = resolve(x, party_of(x, e))) < 0)
			return NULL;
		/* an office read as the object's apposition is passed over */
		for (i = 0; i < fr->np && fr->p[i].person != p; i++)
			;
		if (i == fr->np)
			return e;
	}
	return NULL;
}

/* A frame read in sentence s: a new event, or more of one read before. */
void
keep_frame(struct xdoc *x, int s, struct event *fr)
{
	add_sent(fr, s);
	if (joins_known(x, s, fr))
		event_free(fr);
	else
		*new_event(x) = *fr;
}

/* A noun's frame is a meeting when it has two parties, one of them
   named. */
int
keep_noun_frame(struct xdoc *x, int s, struct event *fr)
{
	if (fr->np < 2 || x->p[fr->p[0].person].unnamed + x->p[fr->p[1].person].unnamed > 1) {
		event_free(fr);
		return 0;
	}
	keep_frame(x, s, fr);
	return 1;
}

/* A telephone MODE cue ("entretien téléphonique"), read as a call's noun. */
int
phone_cue(const struct cue *c)
{
	return cue_is(c, "MODE") && !strcmp(c->e->value, "phone");
}

/* A noun of a meeting, a call or a conference, not of a visit. */
int
gathering_noun(const struct cue *c)
{
	return !strcmp(c->e->value, "meeting") || !strcmp(c->e->value, "call")
	    || !strcmp(c->e->value, "conference");
}

/* Where the noun of cue c starts: at the adjective before it that
   events.tsv lists (PREMOD: "premier", "nouvel", "long"), if any. */
size_t
noun_start(const struct xdoc *x, const struct cue *c)
{
	const struct cue *m = cue_ending_at(x, c->s, c->t0, "PREMOD");

	return m ? m->t0 : c->t0;
}

/* "à l'issue d'un entretien", "lors d'une audience": a meeting noun in
   an adjunct of time (TIME in events.tsv), whose owners are the
   clause's subjects as well ("X et son homologue Y ont décidé, à
   l'issue d'un entretien téléphonique, ..."); one past the token the
   adjunct starts at, or 0 */
size_t
time_adjunct(const struct xdoc *x, const struct cue *c)
{
	const struct cue *a = cue_ending_at(x, c->s, noun_start(x, c), "TIME");

	return a ? a->t0 + 1 : 0;
}

/* The subjects that open sentence s ("Le président français X et son
   homologue Y ont décidé que la visite du ministre ..., à l'issue d'un
   entretien"): an adjunct's noun belongs to the clause's subject, not
   to the nearest name before it.  The last of them, as co_subjects()
   reads them backwards; NULL when the sentence opens otherwise. */
static int
subject_glue(const struct toklist *tl, size_t from, size_t to)
{
	size_t k;

	for (k = from; k < to; k++)
		if (!tok_is(tl, k, "et") && !tok_is(tl, k, ",") && !tok_is(tl, k, "son") && !tok_is(tl, k, "sa")
		    && !tok_is(tl, k, "le") && !tok_is(tl, k, "la") && !tok_is(tl, k, "l'")
		    && !tok_is(tl, k, "m") && !tok_is(tl, k, ".") && !tok_is(tl, k, "mme"))   /* M. is m + . */
			return 0;
	return 1;
}

struct xent *
opening_subject(struct xdoc *x, int s)
{
	const struct toklist *tl = &x->tl[s];
	struct xent *last = NULL;
	size_t k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type != X_PER && e->type != X_ROLE)
			continue;
		if (e->excluded || e->plural || (last ? !subject_glue(tl, last->t1, e->t0) : e->t0 > OPENING_TOKENS))
			break;
		last = e;
	}
	return last;
}

/* The last of the subjects joined to e ("X et son homologue Y"). */
struct xent *
last_joined(struct xdoc *x, struct xent *e)
{
	const struct toklist *tl = &x->tl[e->s];
	size_t k;

	for (k = x->ent_from[e->s]; k < x->ent_from[e->s + 1]; k++) {
		struct xent *f = &x->e[x->sent_ents[k]];
		if (f->t0 < e->t1)
			continue;
		if ((f->type != X_PER && f->type != X_ROLE) || f->excluded || f->plural
		    || !subject_glue(tl, e->t1, f->t0))
			break;
		e = f;
	}
	return e;
}

/* The "avec" just after a cue ("appel avec" holds its own), or the
   "de" of "auprès de" ("sa visite de courtoisie auprès du ministre"),
   or 0. */
#define CUE_AVEC 3              /* tokens from the cue's last word to "avec" */
size_t
avec_after(const struct toklist *tl, const struct cue *c)
{
	size_t i;

	for (i = c->t1 - 1; i < tl->n && i <= c->t1 + CUE_AVEC; i++) {
		if (tok_is(tl, i, "avec"))
			return i;
		if (tok_is(tl, i, "aupres") && tok_is_de(tl, i + 1))
			return i + 1;
	}
	return 0;
}
