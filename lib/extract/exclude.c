/* Who is only mentioned: the people an EXCLUDE cue of events.tsv puts
   out of the meeting ("sur hautes instructions de", "message de"), and
   those whose occupation says they hold no office ("l'acteur X"). */
#include <string.h>

#include "extract/xdoc.h"

/* Where the clause of an exclusion at cue c ends: at the "par" of the
   agent, when a passive meeting verb came before it ("a été accueilli, à
   l'aéroport Houari-Boumediene, par le président"); at the comma after
   the one invoked, in an adjunct that opens the sentence or follows a
   comma ("Sur hautes instructions du président X, le ministre Y a
   reçu...", "Lors d'un entretien, à la demande de la France, X et Y
   ont..."); at that comma too when it comes before anyone is named ("En
   exécution des instructions royales, le ministre X a reçu..."); else 25
   tokens on. */
#define ADJUNCT_HEAD 3    /* words before the cue in "Porteur d'un message de" */

static int
opens_adjunct(const struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t j;

	if (c->t0 <= 1 || tok_is(tl, c->t0 - 1, ","))
		return 1;
	/* "Porteur d'un message de X, Y a reçu": a few words before it, and
	   no one named among them */
	if (c->t0 <= ADJUNCT_HEAD && (x->ent_from[c->s] == x->ent_from[c->s + 1]
	    || x->e[x->sent_ents[x->ent_from[c->s]]].t0 >= c->t0))
		return 1;
	/* "En exécution des instructions": two cues, one adjunct */
	for (j = x->cue_from[c->s]; j < x->cue_from[c->s + 1] && &x->c[j] != c; j++)
		if (x->c[j].t1 == c->t0 && cue_is(&x->c[j], "EXCLUDE"))
			return opens_adjunct(x, &x->c[j]);
	return 0;
}

static size_t
excluded_until(const struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t j, end = c->t1 + 25;
	int passive = 0;

	if (opens_adjunct(x, c))
		for (j = x->ent_from[c->s]; j < x->ent_from[c->s + 1]; j++) {
			const struct xent *e = &x->e[x->sent_ents[j]];
			size_t k;
			if (e->t0 < c->t1)
				continue;
			for (k = c->t1; k < tl->n && k < end; k++)
				if (tok_is(tl, k, ",") && (k >= e->t1 || k < e->t0))
					return k;
			break;
		}

	for (j = x->cue_from[c->s]; j < x->cue_from[c->s + 1]; j++)
		if (cue_is(&x->c[j], "MEET") && (x->c[j].e->flags & LF_GUEST) && x->c[j].t1 <= c->t0)
			passive = 1;
	for (j = c->t1; passive && j < tl->n && j < end; j++)
		if (tok_is(tl, j, "par"))
			return j;
	return end;
}

#define PRIVATE_NAME_AT 3       /* "l'acteur et directeur artistique X" */

/* "l'acteur Serge Denoncourt", "le patron Tom Anders": the person an
   occupation names right after it (no comma, body or country between)
   is no official, and takes no part in a meeting of officials. */
static void
private_person(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t i, j;

	for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if (e->t0 < c->t0)
			continue;
		if (e->t0 > c->t1 + PRIVATE_NAME_AT || e->type == X_ORG || e->type == X_GPE)
			return;
		/* the occupation read as an office ("le patron"): no office;
		   but an office of a body ("le patron d'Interpol") is one */
		if (e->type == X_ROLE && e->t0 <= c->t0 && e->t1 > c->t1)
			return;
		if (e->type == X_ROLE)
			e->excluded = 1;
		if (e->type != X_PER)
			continue;
		for (j = c->t1; j < e->t0 && !tok_is(tl, j, ","); j++)
			;
		if (j == e->t0)
			e->excluded = 1;
		return;
	}
}

/* "un émissaire du président du Tchad, Idriss Deby Itno": the office
   after an envoy's "du" (the tagger reads it apart when its holder is
   named) and that holder send the envoy; they are not at the meeting. */
static void
envoys_senders(struct xdoc *x)
{
	size_t k, m;

	for (k = 0; k + 1 < x->ne; k++) {
		const struct xent *r = &x->e[k];
		struct xent *o = &x->e[k + 1];
		const struct toklist *tl = &x->tl[r->s];
		if (r->type != X_ROLE || !r->value || strcmp(r->value, "envoy") || o->type != X_ROLE
		    || o->s != r->s || !tok_is_de(tl, r->t1) || o->t0 > r->t1 + 2)
			continue;
		o->excluded = 1;
		for (m = k + 2; m < x->ne && x->e[m].s == r->s && x->e[m].t0 <= o->t1 + 1; m++)
			if (x->e[m].type == X_PER)
				x->e[m].excluded = 1;
	}
}

/* EXCLUDE words ("aspirations de", "sous la présidence effective de") put
   the rest of their clause out of the meeting. */
void
mark_excluded(struct xdoc *x)
{
	size_t i, k, end;

	envoys_senders(x);

	for (k = 0; k < x->nc; k++) {
		const struct cue *c = &x->c[k];
		if (!cue_is(c, "EXCLUDE"))
			continue;
		if (!strcmp(c->e->value, "private")) {
			private_person(x, c);
			continue;
		}
		end = excluded_until(x, c);
		for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
			struct xent *e = &x->e[x->sent_ents[i]];
			if (e->t0 >= c->t1 && e->t0 <= end) {
				/* a meeting verb after the exclusion reopens the clause */
				size_t j;
				int reopened = 0;
				for (j = x->cue_from[c->s]; j < x->cue_from[c->s + 1]; j++)
					if (cue_is(&x->c[j], "MEET") && x->c[j].t0 > c->t1 && x->c[j].t0 < e->t0)
						reopened = 1;
				if (!reopened)
					e->excluded = 1;
			}
		}
	}
}
