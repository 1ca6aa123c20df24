/* Trips: a meeting told with a trip of its guest to the host's country
   is a visit, and one person's arrival somewhere is a trip of his own. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

/* "X est arrivé à Alger", "X effectue une visite au Caire": a named
   visitor travelling to a place that the sentence names after the verb is
   a visit, though no host is named. */
int
one_party_visit(const struct event *ev)
{
	return ev->type == 3 && ev->guest_verb && ev->np == 1;
}

/* The country of ev's participant i, or of the text when his own is
   not said. */
static const char *
party_country(const struct xdoc *x, const struct event *ev, int i)
{
	const char *c = x->p[ev->p[i].person].country;

	return c ? c : x->p[ev->p[i].person].intl ? NULL : x->home;
}

/* A visit's noun or verb in sentence s: "en visite", "la visite de X",
   "est arrivé à". */
static int
tells_visit(const struct xdoc *x, int s)
{
	size_t k;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++)
		if ((cue_is(&x->c[k], "NOUN") || cue_is(&x->c[k], "MEET")) && !strcmp(x->c[k].e->value, "visit"))
			return 1;
	return 0;
}

/* Sentence s names person p: by name, by an office he holds, or, for one
   never named, by his office again ("une délégation du FMI en visite au
   Mali"). */
static int
names_person(struct xdoc *x, int s, int p)
{
	const struct person *h = &x->p[p];
	size_t k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if ((e->type == X_PER || e->type == X_ROLE) && e->person >= 0 && resolve(x, e->person) == p)
			return 1;
		/* his office again, of his country: "Le ministre des Affaires
		   étrangères de la Fédération de Russie est à Ouagadougou"; for
		   one never named, an office of no country is the home one's */
		if (e->type == X_ROLE && e->person < 0 && e->value && h->office && !strcmp(e->value, h->office)
		    && (e->country ? h->country && !strcmp(e->country, h->country)
		    : h->unnamed && (!h->country || (x->home && !strcmp(h->country, x->home)))))
			return 1;
	}
	return 0;
}

/* "en mission dans notre pays": the press names its own country so */
static int
names_own_country(const struct xdoc *x, int s)
{
	const struct toklist *tl = &x->tl[s];
	size_t k;

	for (k = 0; k + 1 < tl->n; k++)
		if (tok_is(tl, k, "notre") && tok_is(tl, k + 1, "pays"))
			return 1;
	return 0;
}

static int
names_place_of(const struct xdoc *x, int s, const char *country)
{
	size_t k;

	if (x->home && !strcmp(country, x->home) && names_own_country(x, s))
		return 1;
	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if ((e->type == X_GPE || e->type == X_LOC) && e->country && !strcmp(e->country, country))
			return 1;
	}
	return 0;
}

/* "s'est félicité de la visite de X": a visit noun, then "de" and the
   person, in a sentence that names no place (that would say where the
   visit went). */
static int
visit_of(struct xdoc *x, int s, int p)
{
	const struct toklist *tl = &x->tl[s];
	size_t k, j;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_GPE || e->type == X_LOC)
			return 0;
	}
	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++) {
		const struct cue *c = &x->c[k];
		if (!cue_is(c, "NOUN") || strcmp(c->e->value, "visit") || c->t1 >= tl->n
		    || !(tok_is(tl, c->t1, "de") || tok_is(tl, c->t1, "du") || tok_is(tl, c->t1, "d'")))
			continue;
		for (j = x->ent_from[s]; j < x->ent_from[s + 1]; j++) {
			const struct xent *e = &x->e[x->sent_ents[j]];
			if ((e->type == X_PER || e->type == X_ROLE) && e->t0 > c->t1 && e->t0 <= c->t1 + 3
			    && e->person >= 0 && resolve(x, e->person) == p)
				return 1;
		}
	}
	return 0;
}

/* Does sentence s, one that tells a visit, tell of a trip of ev's
   participant i to the country of another (of a host, when ev has one):
   i named, and a place of that country, or the visit his ("la visite de
   X")? */
static int
trip_of(struct xdoc *x, int s, const struct event *ev, int i, int hosted)
{
	const char *office = x->p[ev->p[i].person].office, *c;
	int j;

	/* an envoy calling where he is posted makes no trip */
	if ((office && !strcmp(office, "ambassador")) || !names_person(x, s, ev->p[i].person))
		return 0;
	if (visit_of(x, s, ev->p[i].person))
		return 1;
	for (j = 0; j < ev->np; j++)
		if (j != i && (hosted ? ev->p[j].side == SIDE_HOST : ev->p[j].side != SIDE_ATTENDEE)
		    && (c = party_country(x, ev, j)) && names_place_of(x, s, c))
			return 1;
	return 0;
}

/* "Cette visite a permis ...": a visit the text has told, pointed back
   at by a demonstrative. */
static int
visit_pointed_at(const struct xdoc *x, int s)
{
	const struct toklist *tl = &x->tl[s];
	size_t k, n;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++) {
		const struct cue *c = &x->c[k];
		if (!cue_is(c, "NOUN") || strcmp(c->e->value, "visit"))
			continue;
		n = noun_start(x, c);
		if (n > 0 && (tok_is(tl, n - 1, "cette") || tok_is(tl, n - 1, "cet")))
			return 1;
	}
	return 0;
}

/* An audience a host of one country gave a guest of another, in a text
   that then speaks of "cette visite": the guest's trip.  An envoy
   received where he is posted makes none. */
static int
guest_from_abroad(const struct xdoc *x, const struct event *ev, int i)
{
	const char *office = x->p[ev->p[i].person].office, *gc = party_country(x, ev, i), *hc;
	int j;

	if (ev->p[i].side != SIDE_GUEST || !gc || (office && !strcmp(office, "ambassador")))
		return 0;
	for (j = 0; j < ev->np; j++)
		if (ev->p[j].side == SIDE_HOST && (hc = party_country(x, ev, j)) && strcmp(hc, gc))
			return 1;
	return 0;
}

/* "X a reçu Y ... Y, en visite officielle en Tunisie": an audience or
   talks during a trip the text tells of the guest to the host's country
   (of either party, when neither received the other) are a visit. */
void
trip_meetings(struct xdoc *x)
{
	unsigned char *visit = xmalloc(x->nsent + 1);
	size_t k;
	int i, s, hosted;

	/* the sentences that tell a visit (bit 1), and of those, the ones
	   that point back at it (bit 2), read once for all events */
	for (s = 0; s < (int)x->nsent; s++)
		visit[s] = (unsigned char)(tells_visit(x, s) ? 1 | visit_pointed_at(x, s) << 1 : 0);
	for (k = 0; k < x->nev; k++) {
		struct event *ev = &x->ev[k];
		if (ev->type != 0 || ev->margin)
			continue;
		for (hosted = 0, i = 0; i < ev->np; i++)
			hosted |= ev->p[i].side == SIDE_HOST;
		for (i = 0; i < ev->np && ev->type == 0; i++)
			for (s = 0; (!hosted || ev->p[i].side == SIDE_GUEST) && s < (int)x->nsent && ev->type == 0; s++)
				if (visit[s] && (trip_of(x, s, ev, i, hosted) || (hosted && s > first_sent(ev)
				    && (visit[s] & 2) && guest_from_abroad(x, ev, i)))) {
					ev->type = 3;
					/* where the trip went, when the meeting's own
					   sentences do not say (its day is the trip's
					   first, not always the meeting's) */
					if (!has_sent(ev, s))
						ev->trip_sent = s + 1;
					add_sent(ev, s);
				}
	}
	free(visit);
}

/* A frame of one named traveller whose verb a place follows closely
   ("est arrivé hier à Alger"): a trip of its own, no counterpart needed. */
int
trip(const struct xdoc *x, const struct cue *c, const struct event *fr)
{
	size_t k;

	if (!one_party_visit(fr) || x->p[fr->p[0].person].unnamed)
		return 0;
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 >= c->t1 && e->t0 <= c->t1 + 6 && (e->type == X_LOC || e->type == X_GPE))
			return 1;
	}
	return 0;
}
