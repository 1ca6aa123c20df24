/* Frames that tell of one event: whether a frame read is more of an
   event read before (the same guests, the attendees of a meeting), and
   how the two become one. */
#include <string.h>

#include "extract/xdoc.h"

/* Two frames whose guests differ are two audiences; a frame without a
   guest may be either's. */
static int
guests_overlap(const struct event *a, const struct event *b)
{
	int i, j, ga = 0, gb = 0;

	for (i = 0; i < a->np; i++)
		ga += a->p[i].side == SIDE_GUEST;
	for (i = 0; i < b->np; i++)
		gb += b->p[i].side == SIDE_GUEST;
	if (!ga || !gb)
		return 1;
	for (i = 0; i < a->np; i++)
		for (j = 0; j < b->np; j++)
			if (a->p[i].person == b->p[j].person && a->p[i].side == SIDE_GUEST)
				return 1;
	return 0;
}

/* A person in both. */
static int
shares(const struct event *a, const struct event *b)
{
	int i, j;

	for (i = 0; i < a->np; i++)
		for (j = 0; j < b->np; j++)
			if (a->p[i].person == b->p[j].person)
				return 1;
	return 0;
}

/* Every participant of b is in a. */
static int
within(const struct event *b, const struct event *a)
{
	int i, j;

	for (i = 0; i < b->np; i++) {
		for (j = 0; j < a->np && a->p[j].person != b->p[i].person; j++)
			;
		if (j == a->np)
			return 0;
	}
	return 1;
}

/* "X a reçu Y ... Par ailleurs, Y s'est entretenu avec Z": two meetings
   of two people each that share one are two meetings, not one of three;
   a frame that adds to a meeting, or repeats part of it, is the same. */
static int
other_meeting(const struct event *ev, const struct event *fr)
{
	return ev->type != 2 && fr->type != 2 && !fr->multi && ev->np >= 2 && fr->np >= 2
	    && !within(fr, ev) && !within(ev, fr);
}

/* b's parties, sentences and kind go into a. */
static void
merge_into(struct event *a, const struct event *b)
{
	int i;

	for (i = 0; i < b->np; i++)
		add_part(a, b->p[i].person, b->p[i].side);
	for (i = 0; i < b->ns; i++)
		add_sent(a, b->sents[i]);
	a->host_verb |= b->host_verb;
	a->guest_verb |= b->guest_verb;
	a->multi |= b->multi;
	a->ahead &= b->ahead;
	a->recounted &= b->recounted;
	/* a trip alone ("X, qui effectue une visite") does not make the
	   audience it joins a visit: where it goes decides (trip_meetings) */
	if (b->type == 1 || (b->type == 3 && a->type == 0 && b->np > 1))
		a->type = b->type;
}

void
attend(struct event *ev, const struct event *fr, int s)
{
	int p;

	for (p = 0; p < fr->np; p++)
		add_part(ev, fr->p[p].person, SIDE_ATTENDEE);
	add_sent(ev, s);
}

int
joins_known(struct xdoc *x, int s, struct event *fr)
{
	struct event *ev;
	size_t k;

	for (k = 0; k < x->nev; k++) {
		ev = &x->ev[k];
		if ((ev->type == 2) != (fr->type == 2) && (ev->margin || fr->margin))
			continue;
		/* "X a reçu Y ... X a quitté Alger pour participer à l'AG": the
		   conference is an event of its own, not the audience before it */
		if (fr->purpose && fr->type == 2 && ev->type != 2)
			continue;
		/* "l'audience, à laquelle ont assisté X et Y": those present at a
		   meeting already read are in it, not at a conference */
		if (fr->multi && ev->type != 2 && !fr->margin && shares(ev, fr)) {
			attend(ev, fr, s);
			return 1;
		}
		if ((ev->type == 2) != (fr->type == 2) && ev->np && fr->np > 1)
			continue;
		/* "X a appelé Y ... X se rend dimanche à Dubaï": a call and a
		   trip of the same people are two events */
		if ((ev->type == 1) != (fr->type == 1) && (ev->type == 3 || fr->type == 3))
			continue;
		if (guests_overlap(ev, fr) && !other_meeting(ev, fr)) {
			merge_into(ev, fr);
			return 1;
		}
	}
	return 0;
}

#define NAMED_LATER_SENTS 2     /* sentences from the offices to their names */

/* Whether every party of ev is an office no one named, or, named, every
   one is a name with no office of its own. */
static int
all_unnamed(const struct xdoc *x, const struct event *ev, int unnamed)
{
	int i;

	for (i = 0; i < ev->np; i++)
		if (!x->p[ev->p[i].person].unnamed != !unnamed || (!unnamed && x->p[ev->p[i].person].office))
			return 0;
	return ev->np >= 2;
}

/* "Le ministre de la Santé a reçu l'ambassadeur de Chine.  Les échanges
   entre Dr Mamadou Péthé Diallo et S.E Huang Wei ont porté sur...": a
   meeting of offices alone, then just after it one of as many names with
   no office, in the same order, is the same meeting, each name the
   holder of its office and of its country. */
void
named_later(struct xdoc *x)
{
	size_t a, b;
	int i;

	for (a = 0; a < x->nev; a++) {
		struct event *ev = &x->ev[a];
		if (!all_unnamed(x, ev, 1))
			continue;
		for (b = a + 1; b < x->nev; b++) {
			struct event *fr = &x->ev[b];
			if (fr->np != ev->np || !all_unnamed(x, fr, 0) || first_sent(fr) <= last_sent(ev)
			    || first_sent(fr) > last_sent(ev) + NAMED_LATER_SENTS)
				continue;
			for (i = 0; i < ev->np; i++) {
				struct person *office = &x->p[ev->p[i].person], *named = &x->p[fr->p[i].person];
				if (named->country && office->country && strcmp(named->country, office->country))
					break;
			}
			if (i < ev->np)
				continue;
			for (i = 0; i < ev->np; i++) {
				struct person *office = &x->p[ev->p[i].person], *named = &x->p[fr->p[i].person];
				if (!named->country)
					named->country = office->country;
				named->role = office->role;
				named->office = office->office;
				named->intl |= office->intl;
				ev->p[i].person = fr->p[i].person;
			}
			for (i = 0; i < fr->ns; i++)
				add_sent(ev, fr->sents[i]);
			event_free(fr);
			memmove(fr, fr + 1, (x->nev - b - 1) * sizeof *x->ev);
			x->nev--;
			break;
		}
	}
}
