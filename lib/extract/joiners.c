/* Who joins an event besides the meeting verb's subject and objects:
   the chair named after "sous la présidence de", companions ("accompagné
   de"), offices of another country that speak in the meeting, and
   unnamed officials standing for a country nobody else represents. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

/* "Le président haïtien était accompagné de...", "Le Président de la
   République est accompagné de...": the one of the event who holds that
   office, else one of that country, when the office names nobody; -1
   when none, or more than one, does. */
static int
holder_in_event(const struct xdoc *x, const struct event *ev, const struct xent *role)
{
	int p, found = -1, same = -1, nsame = 0;
	/* "Le chef de l'État avait à ses côtés...": an office of no country
	   said, and no holder of the same office, is one of the home
	   country */
	const char *country = role->country ? role->country : x->home;

	for (p = 0; p < ev->np; p++) {
		const struct person *q = &x->p[ev->p[p].person];
		if (q->unnamed)
			continue;
		if (role->value && q->office && !strcmp(q->office, role->value)
		    && (!role->country || (q->country && !strcmp(q->country, role->country)))
		    && nsame++ == 0)
			same = ev->p[p].person;
		if (country && q->country && !strcmp(q->country, country)) {
			if (found >= 0)
				found = -2;
			else if (found == -1)
				found = ev->p[p].person;
		}
	}
	if (nsame == 1)
		return same;
	return found >= 0 ? found : -1;
}

/* A companion comes with the one he accompanies (person), on his side,
   and from his country unless his own is said. */
static void
add_companion(struct xdoc *x, struct event *ev, int who, int person, int side)
{
	if (who >= 0 && !x->p[who].country && person >= 0)
		x->p[who].country = x->p[person].country;
	add_part(ev, who, side);
}

/* The nearest person or office, one alone, before cue c in its sentence. */
static struct xent *
party_before(struct xdoc *x, const struct cue *c)
{
	struct xent *before = NULL;
	size_t i;

	for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if ((e->type == X_PER || e->type == X_ROLE) && !e->plural && e->t1 <= c->t0
		    && (!before || e->t0 > before->t0))
			before = e;
	}
	return before;
}

/* The rest of a list after its first one (companions, those present):
   "accompagné de M. A, ministre...; Mme B, ...; et de M. C", each named
   person after the first up to the next cue of a meeting, a speech or an
   agreement, which opens another clause; their persons, in a new array. */
static size_t
rest_of_list(struct xdoc *x, const struct cue *c, const struct xent *first, int **out)
{
	size_t i, k, n = 0, end = x->tl[c->s].n;

	*out = xmalloc((x->ent_from[c->s + 1] - x->ent_from[c->s] + 1) * sizeof **out);
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (x->c[k].t0 >= first->t1 && x->c[k].t0 < end && (cue_is(&x->c[k], "MEET")
		    || cue_is(&x->c[k], "SPEECH") || cue_is(&x->c[k], "AGREE")))
			end = x->c[k].t0;
	for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if (e->type == X_PER && e->t0 > first->t0 && e->t1 <= end && e->person >= 0
		    && !e->excluded && !e->honorific)
			(*out)[n++] = e->person;
	}
	return n;
}

/* Companions come with the one they accompany, and from his country
   unless their own is said. */
static void
more_companions(struct xdoc *x, struct event *ev, const struct cue *c, const struct xent *first,
    int person, int side)
{
	int *rest;
	size_t n = rest_of_list(x, c, first, &rest), i;

	for (i = 0; i < n; i++)
		add_companion(x, ev, rest[i], person, side);
	free(rest);
}

/* Those present are of the side's country when their own is unsaid. */
static void
more_present(struct xdoc *x, struct event *ev, const struct cue *c, const struct xent *first,
    const char *side)
{
	int *rest;
	size_t n = rest_of_list(x, c, first, &rest), i;

	for (i = 0; i < n; i++) {
		if (side && !x->p[rest[i]].country)
			x->p[rest[i]].country = side;
		add_part(ev, rest[i], ev->type == 2 ? SIDE_ATTENDEE : SIDE_NONE);
	}
	free(rest);
}

const char *
side_country(const struct xdoc *x, int s)
{
	const struct toklist *tl = &x->tl[s];
	size_t k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_PER || e->type == X_ROLE)
			return NULL;
		if (e->type == X_GPE && e->t0 >= 1 && tok_is(tl, e->t0 - 1, "cote"))
			return e->value;
	}
	return NULL;
}

/* Whether sentence s names anyone: a person or an office. */
static int
names_anyone(const struct xdoc *x, int s)
{
	size_t k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++)
		if (x->e[x->sent_ents[k]].type == X_PER || x->e[x->sent_ents[k]].type == X_ROLE)
			return 1;
	return 0;
}

#define NAMELESS_BETWEEN 2      /* "L'entretien a porté sur ...", then the list */

/* The event a sentence of its own tells more of: the one whose last
   sentence comes just before it, or before a sentence or two that name
   nobody ("L'entretien a porté sur ... . La réunion a été suivie par X"). */
static struct event *
event_before(struct xdoc *x, int s)
{
	size_t j;
	int back;

	for (back = 1; back <= NAMELESS_BETWEEN + 1 && s - back >= 0; back++) {
		for (j = x->nev; j-- > 0;)
			if (x->ev[j].ns && x->ev[j].sents[x->ev[j].ns - 1] == s - back)
				return &x->ev[j];
		if (names_anyone(x, s - back))
			break;
	}
	return NULL;
}

/* "La réunion s'est tenue sous la présidence du ministre X": with nobody
   before the cue, X takes part in the event of that sentence, or in the
   conference whose attendees the next sentences list ("Y ont pris part"),
   or, in a sentence of its own ("On notait la présence de X et de Y"),
   in the event told just before; so do the others of the list. */
static void
chaired_by(struct xdoc *x, const struct cue *c, struct xent *after)
{
	struct event *ev = NULL;
	const char *side;
	size_t j;
	int b = party_of(x, after);

	if (b <= -3 && !after->country) {
		struct xent *h = holder_after(x, (size_t)(after - x->e));
		if (h && party_of(x, h) >= 0)
			b = party_of(x, h);
	}
	if (b == -1 || b == -2)
		return;
	for (j = 0; j < x->nev && !ev; j++)
		if (has_sent(&x->ev[j], c->s))
			ev = &x->ev[j];
	for (j = 0; j < x->nev && !ev; j++)
		if (x->ev[j].type == 2 && x->ev[j].ns && x->ev[j].sents[0] > c->s
		    && x->ev[j].sents[0] <= c->s + 2)
			ev = &x->ev[j];
	if (!ev && !has_cue_between(x, c->s, 0, x->tl[c->s].n, "MEET"))
		ev = event_before(x, c->s);
	if (!ev || (b = resolve(x, b)) < 0)
		return;
	if ((side = side_country(x, c->s)) && !x->p[b].country)
		x->p[b].country = side;
	add_part(ev, b, ev->type == 2 ? SIDE_ATTENDEE : SIDE_NONE);
	add_sent(ev, c->s);
	more_present(x, ev, c, after, side);
}

/* A list item: a sentence that begins with a dash or a bullet. */
static int
list_item(const struct xdoc *x, size_t s)
{
	const char *t = s < x->nsent ? x->sent[s] : "";

	return *t == '-' || *t == '*' || !strncmp(t, "\u2013", 3) || !strncmp(t, "\u2014", 3)
	    || !strncmp(t, "\u2022", 3);
}

/* The first named person of sentence s, or NULL. */
static struct xent *
first_named(struct xdoc *x, size_t s)
{
	size_t i;

	for (i = x->ent_from[s]; i < x->ent_from[s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if (e->type == X_PER && e->person >= 0 && !e->excluded && !e->honorific)
			return e;
	}
	return NULL;
}

/* A cue ending its sentence on a colon opens a list: "accompagné d'une
   délégation composée de MM :", then a line a member. */
static int
opens_list(const struct xdoc *x, const struct cue *c)
{
	const char *t = x->sent[c->s];
	size_t n = strlen(t);

	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
		n--;
	return n > 0 && t[n - 1] == ':' && list_item(x, (size_t)c->s + 1);
}

/* The members of such a list: each item's first named person. */
static void
listed_companions(struct xdoc *x, struct event *ev, const struct cue *c, int person, int side)
{
	size_t s;
	struct xent *e;

	for (s = (size_t)c->s + 1; list_item(x, s); s++)
		if ((e = first_named(x, s)))
			add_companion(x, ev, e->person, person, side);
}

/* The one "la délégation comprend..." speaks of, with nobody before the
   cue: the one the document's last delegation cue before it attached a
   delegation to ("est accompagné d'une importante délégation"). */
static struct xent *
delegation_head(struct xdoc *x, size_t k)
{
	struct xent *before;

	while (k-- > 0)
		if (cue_is(&x->c[k], "ACCOMP") && strcmp(x->c[k].e->value, "presence")
		    && (before = party_before(x, &x->c[k])))
			return before;
	return NULL;
}

/* Companions: "M. X, qui était accompagné du ministre délégué, M. Y". */
void
companions(struct xdoc *x)
{
	size_t k, i, j;

	for (k = 0; k < x->nc; k++) {
		const struct cue *c = &x->c[k];
		struct xent *before, *after = NULL;
		int a, b, own, list, referred, pron;
		/* "à la tête d'une délégation" names no companion */
		if (!cue_is(c, "ACCOMP") || !strcmp(c->e->value, "lead"))
			continue;
		before = party_before(x, c);
		pron = before ? -1 : pronoun_before(x, c);
		for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1] && !after; i++) {
			struct xent *e = &x->e[x->sent_ents[i]];
			if ((e->type == X_PER || e->type == X_ROLE) && !e->plural && e->t0 >= c->t1)
				after = e;
		}
		/* a sentence that only lists the delegation tells who came,
		   not what was discussed: it is none of the event's sentences */
		referred = !before && !strcmp(c->e->value, "members");
		if (referred)
			before = delegation_head(x, k);
		list = (!after || is_delegation(after)) && opens_list(x, c);
		if (list)
			after = first_named(x, (size_t)c->s + 1);
		/* "a accueilli X et sa délégation, en présence de Y": Y is
		   present at the meeting, not one of the delegation */
		if ((!before || is_delegation(before)) && after && !after->excluded
		    && !strcmp(c->e->value, "presence")) {
			chaired_by(x, c, after);
			continue;
		}
		/* "Il était accompagné de ...": the one the pronoun stands for */
		if ((!before && pron < 0) || !after || after->excluded)
			continue;
		a = before ? party_of(x, before) : pron;
		b = party_of(x, after);
		/* "accompagné du wali directeur de la Migration..., M. X" */
		if (b <= -3 && !after->country) {
			struct xent *h = holder_after(x, (size_t)(after - x->e));
			if (h && party_of(x, h) >= 0)
				b = party_of(x, h);
		}
		if (a < 0 && a > -3)
			continue;
		/* a companion in an event's own sentence is of that event only
		   ("a pris part à la conférence aux côtés de Y", then "en marge,
		   il s'est entretenu avec Z"); in a sentence of its own, of every
		   event of the one accompanied */
		for (j = 0; j < x->nev && !has_sent(&x->ev[j], c->s); j++)
			;
		own = j < x->nev;
		for (j = 0; j < x->nev; j++) {
			struct event *ev = &x->ev[j];
			int p, side = -1, person = a >= 0 ? a : x->e[-3 - a].person;
			if (own && !has_sent(ev, c->s))
				continue;
			/* the office then names him for the cues after it ("La
			   délégation comprend par ailleurs...") */
			if (person < 0 && before->type == X_ROLE && (person = holder_in_event(x, ev, before)) >= 0)
				before->person = person;
			for (p = 0; p < ev->np; p++)
				if (ev->p[p].person == person)
					side = ev->p[p].side;
			/* an office that stood for no one named in the event told
			   before: its named holder in this one */
			if (side < 0 && before && before->type == X_ROLE && person >= 0 && x->p[person].unnamed
			    && (p = holder_in_event(x, ev, before)) >= 0) {
				person = p;
				for (p = 0; p < ev->np; p++)
					if (ev->p[p].person == person)
						side = ev->p[p].side;
			}
			if (side < 0 || b == -1 || b == -2)
				continue;
			b = resolve(x, b);
			add_companion(x, ev, b, person, side);
			if (!referred)
				add_sent(ev, c->s);
			if (list)
				listed_companions(x, ev, c, person, side);
			else
				more_companions(x, ev, c, after, person, side);
		}
	}
}

/* Offices of another country speaking or named as the counterpart
   ("le ministre italien de l'Intérieur a souligné", "son homologue
   italien") join the meeting when nobody of that country is in it. */
void
counterparts(struct xdoc *x, struct event *ev)
{
	size_t i, k;

	for (i = 0; i < x->ne; i++) {
		struct xent *e = &x->e[i];
		int speaks = 0, p, have = 0;
		if (e->type != X_ROLE || e->plural || e->excluded || !e->country || e->person >= 0)
			continue;
		if (x->home && strcmp(e->country, x->home) == 0)
			continue;
		for (k = x->cue_from[e->s]; k < x->cue_from[e->s + 1]; k++)
			if (cue_is(&x->c[k], "SPEECH") && x->c[k].t0 >= e->t1 && x->c[k].t0 <= e->t1 + 2)
				speaks = 1;
		if (!speaks && !(e->value && !strcmp(e->value, "counterpart")))
			continue;
		for (p = 0; p < ev->np; p++)
			if (x->p[ev->p[p].person].country
			    && !strcmp(x->p[ev->p[p].person].country, e->country))
				have = 1;
		if (!have)
			add_part(ev, role_person(x, -3 - (int)i), SIDE_GUEST);
	}
}

/* The one person the document names who holds the office and country
   of the unnamed official u, or -1: "le ministre de la Défense" in one
   paragraph is the Ivorian minister of defence named in another. */
static int
named_holder(const struct xdoc *x, const struct person *u)
{
	size_t k;
	int found = -1;

	if (!u->office)
		return -1;
	for (k = 0; k < x->np; k++) {
		const struct person *p = &x->p[k];
		/* one of no country yet is of the home's, as he will be */
		const char *c = p->country ? p->country : x->home;
		if (p->unnamed || !p->usable || p->honorific || !p->office || !c
		    || !same_office(p->office, u->office) || strcmp(c, u->country))
			continue;
		if (found >= 0)
			return -1;
		found = (int)k;
	}
	return found;
}

/* An official with no name is the one the document names in that office
   and country, if it names one; else he stands for his country only
   when nobody of that country is named in the event, or he holds
   another post. */
void
unnamed_once(struct xdoc *x)
{
	size_t k;
	int i, j, h;

	for (k = 0; k < x->nev; k++) {
		struct event *ev = &x->ev[k];
		for (i = 0; i < ev->np; i++) {
			const struct person *p = &x->p[ev->p[i].person];
			int named = 0;
			if (!p->unnamed || !p->country)
				continue;
			if ((h = named_holder(x, p)) >= 0) {
				for (j = 0; j < ev->np && ev->p[j].person != h; j++)
					;
				if (j == ev->np) {
					ev->p[i].person = h;
					continue;
				}
			}
			for (j = 0; j < ev->np; j++)
				if (!x->p[ev->p[j].person].unnamed && x->p[ev->p[j].person].country
				    && !strcmp(x->p[ev->p[j].person].country, p->country)
				    && !other_post(p->office, x->p[ev->p[j].person].office))
					named = 1;
			if (named) {
				memmove(&ev->p[i], &ev->p[i + 1], (size_t)(ev->np - i - 1) * sizeof *ev->p);
				ev->np--;
				i--;
			}
		}
	}
}

static int
in_other_event(struct xdoc *x, const struct event *conf, int s)
{
	size_t j;

	for (j = 0; j < x->nev; j++)
		if (&x->ev[j] != conf && has_sent(&x->ev[j], s))
			return 1;
	return 0;
}

/* Who speaks in the sentences that follow a conference's ("Ouvrant les
   travaux, la ministre portugaise, Mme X, a appelé à...") attended it. */
void
speakers(struct xdoc *x)
{
	size_t j, k, c;
	int s;

	for (j = 0; j < x->nev; j++) {
		struct event *ev = &x->ev[j];
		if (ev->type != 2 || ev->ns == 0)
			continue;
		for (s = ev->sents[0] + 1; s <= ev->sents[0] + 3 && (size_t)s < x->nsent; s++) {
			if (x->head[s] || in_other_event(x, ev, s))
				break;
			for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
				const struct xent *e = &x->e[x->sent_ents[k]];
				if (e->type != X_PER || e->person < 0 || e->excluded || e->honorific)
					continue;
				for (c = x->cue_from[s]; c < x->cue_from[s + 1]; c++)
					if (cue_is(&x->c[c], "SPEECH") && x->c[c].t0 >= e->t1 && x->c[c].t0 <= e->t1 + 2)
						add_part(ev, e->person, SIDE_ATTENDEE);
			}
		}
	}
}

