/* Meeting frames: a meeting verb's subject and objects (clause.c) are
   its participants; frames of the same meeting merge, and unnamed
   officials stand for their country only when nobody of it is named. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

/* The most mentioned person of another country than the main actor's:
   the counterpart "les deux ministres" pairs it with. */
static int
other_actor(struct xdoc *x, int main)
{
	const char *mc = main >= 0 && x->p[main].country ? x->p[main].country : x->home, *c;
	size_t k;
	int best = -1;

	for (k = 0; k < x->np; k++) {
		/* a person of no said country is of the home country */
		c = x->p[k].country ? x->p[k].country : x->home;
		if ((int)k != main && x->p[k].usable && !x->p[k].honorific && !x->p[k].role_head_king
		    && c && (!mc || strcmp(c, mc)) && (best < 0 || x->p[k].mentions > x->p[best].mentions))
			best = (int)k;
	}
	return best;
}

/* tokens between "se tiennent" and the noun of its subject: "deux", "ce
   jeudi le" */
#define HELD_SUBJECT_AFTER 4

/* "La réunion s'est tenue", "la conférence a eu lieu", "la réunion des
   ministres du G7 s'est déroulée": the kind of an event held is the noun
   before the verb, nearest first; with none, the subject put after the
   verb ("où se tiennent deux sommets"). */
static int
held_type(struct xdoc *x, const struct cue *c)
{
	size_t k;
	int type = 0;

	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1] && x->c[k].t1 <= c->t0; k++)
		if (event_kind_noun(&x->c[k]))
			type = type_of(x->c[k].e->value);
	for (; !type && k < x->cue_from[c->s + 1] && x->c[k].t0 <= c->t1 + HELD_SUBJECT_AFTER; k++)
		if (x->c[k].t0 >= c->t1 && event_kind_noun(&x->c[k]))
			type = type_of(x->c[k].e->value);
	return type;
}

/* "a ouvert ce mercredi à Tanger les travaux de la 47e Conférence des
   dirigeants arabes de la police": what is opened or closed is an event
   only when a conference's noun follows, within a clause's length. */
#define OPENED_OBJECT_AFTER 14

static int
opens_conference(struct xdoc *x, const struct cue *c)
{
	size_t k;

	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (x->c[k].t0 >= c->t1 && x->c[k].t0 <= c->t1 + OPENED_OBJECT_AFTER
		    && event_kind_noun(&x->c[k]) && type_of(x->c[k].e->value) == 2)
			return 1;
	return 0;
}

/* "La cérémonie a eu lieu", "l'attaque s'est déroulée": what is held
   opens a text's first meeting only when the sentence names a meeting, a
   call or a conference, or one told before ("s'est déroulée cette
   rencontre"); after a meeting, a ceremony held is part of it. */
static int
holds_meeting(struct xdoc *x, const struct cue *c)
{
	size_t k;

	if (x->nev || x->that_meeting[c->s])
		return 1;
	/* "Nouvelle réunion entre X et Y. Elle a eu lieu lundi": the
	   sentence before names it */
	for (k = x->cue_from[c->s > 0 ? c->s - 1 : 0]; k < x->cue_from[c->s + 1]; k++)
		if (&x->c[k] != c && (event_kind_noun(&x->c[k])
		    || (cue_is(&x->c[k], "MEET") && type_of(x->c[k].e->value) != 3)))
			return 1;
	return 0;
}

/* "Les deux ministres se sont entretenus": the pair is the subject. */
static int
pair_subject(struct xdoc *x, const struct cue *c)
{
	size_t k;

	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "pair")
		    && x->c[k].t1 <= c->t0 && x->c[k].t1 + 3 >= c->t0)
			return 1;
	return 0;
}

/* The pair's meeting: the event read last, which this sentence tells
   more of, or else the main actor and the counterpart. */
static void
pair_frame(struct xdoc *x, const struct cue *c)
{
	struct event *ev;
	int a;

	if (x->nev) {
		add_sent(&x->ev[x->nev - 1], c->s);
		return;
	}
	a = main_actor(x);
	ev = new_event(x);
	ev->type = type_of(c->e->value);
	add_part(ev, a, SIDE_NONE);
	add_part(ev, other_actor(x, a), SIDE_NONE);
	add_sent(ev, c->s);
}

static int
fronted_subject(struct xdoc *x, const struct cue *c, const struct event *fr)
{
	struct xent *e = fronted_subject_ent(x, c, fr);

	return e ? resolve(x, party_of(x, e)) : -1;
}

/* A demonstrative right after the verb and its preposition: "ont
   assisté à cette rencontre", "ont pris part à cet entretien". */
static int
that_meeting_after(const struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t i = c->t1;

	if (i < tl->n && (tok_is(tl, i, "a") || tok_is(tl, i, "aux")))
		i++;
	return i < tl->n && (tok_is(tl, i, "cette") || tok_is(tl, i, "cet") || tok_is(tl, i, "ces"));
}

/* "La réunion, à laquelle assistait X": a relative pronoun right before
   the verb, in a sentence that opens on the noun of a meeting (not of a
   conference, which is an event of its own). */
static int
relative_to_meeting(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t i = c->t0, k;

	if (!(i >= 2 && tok_is(tl, i - 2, "a") && (tok_is(tl, i - 1, "laquelle")
	    || tok_is(tl, i - 1, "lequel") || tok_is(tl, i - 1, "lesquels") || tok_is(tl, i - 1, "lesquelles")))
	    && !(i >= 1 && (tok_is(tl, i - 1, "auquel") || tok_is(tl, i - 1, "auxquels")
	    || tok_is(tl, i - 1, "auxquelles"))))
		return 0;
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (x->c[k].t0 <= 2 && is_event_noun(&x->c[k]) && strcmp(x->c[k].e->value, "conference"))
			return 1;
	return 0;
}

/* A preposition of place after cue c, not inside an office ("l'ambassadeur
   cubain en Haïti"): those present are at a place of their own. */
static int
place_after(struct xdoc *x, const struct cue *c)
{
	size_t k, j;

	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++) {
		const struct cue *p = &x->c[k];
		int in_office = 0;
		if (p->t0 < c->t1 || !cue_is(p, "PLACEPREP"))
			continue;
		for (j = x->ent_from[c->s]; j < x->ent_from[c->s + 1]; j++) {
			const struct xent *e = &x->e[x->sent_ents[j]];
			in_office |= e->type == X_ROLE && e->t0 < p->t0 && p->t0 < e->t1;
		}
		if (!in_office)
			return 1;
	}
	return 0;
}

/* Those a cue of presence lists were at the meeting the text has just
   told: "Ont assisté à cette rencontre X et Y", "X et Y ont pris part à
   cet entretien", "La réunion, à laquelle assistait X", or, with the
   subject after the verb, "étaient présents X, Y" in a sentence that
   names no gathering or place of its own. */
static int
present_at_last(struct xdoc *x, const struct cue *c, int subj)
{
	const struct toklist *tl = &x->tl[c->s];

	if (that_meeting_after(x, c) || relative_to_meeting(x, c))
		return 1;
	/* "étaient présents X, Y": no gathering of their own named */
	return subj < 0 && !has_cue_between(x, c->s, 0, tl->n, "CONF")
	    && !has_cue_between(x, c->s, 0, tl->n, "NOUN")
	    && !place_after(x, c);
}

/* "Étaient présents du côté émirien : X, Y": those of the frame read
   in sentence s with no country of their own are of that side's. */
static void
side_of_present(struct xdoc *x, const struct event *fr, int s)
{
	const char *side = side_country(x, s);
	int i;

	for (i = 0; side && i < fr->np; i++)
		if (!x->p[fr->p[i].person].country)
			x->p[fr->p[i].person].country = side;
}

/* The cue opens its sentence, alone or in an adjunct of time: "Lors
   d'un point de presse avec X, Y a ...", "Au cours d'un premier échange
   avec X, lundi, Y a salué ...". */
static int
opens_sentence(struct xdoc *x, const struct cue *c)
{
	size_t adjunct = time_adjunct(x, c);

	return c->t0 == 0 || (adjunct && adjunct <= OPENING_TOKENS);
}

/* "se sont rencontrés", "s'est entretenu": a reciprocal verb's other
   party comes after "avec" ("se sont rencontrés à Bali, après la visite
   de Z à Taïwan" names no other party). */
static int
reciprocal(const struct cue *c)
{
	const char *f = c->e->form;

	return (!strncmp(f, "se ", 3) || !strncmp(f, "s'", 2) || !strncmp(f, "nous nous ", 10))
	    && strcmp(c->e->value, "visit") && strcmp(c->e->value, "held");
}

/* One past the "avec" of a reciprocal verb, in its clause; 0 if none. */
static size_t
reciprocal_avec(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t k;

	if (c->t1 > 0 && tok_is(tl, c->t1 - 1, "avec"))
		return c->t1;
	for (k = c->t1; k < tl->n; k++) {
		if (tok_is(tl, k, ".") || tok_is(tl, k, ";") || has_cue_between(x, c->s, k, k + 1, "MEET"))
			return 0;
		if (tok_is(tl, k, "avec"))
			return k + 1;
	}
	return 0;
}

/* A passive form with its agent after it: "était représentée par". */
static int
passive_agent(const struct cue *c)
{
	size_t n = strlen(c->e->form);

	return n >= 4 && !strcmp(c->e->form + n - 4, " par");
}

/* "La Tunisie y était représentée par X": the country a passive verb of
   taking part has for its subject, with nobody between them; NULL if
   none.  A demonym names no subject: in "le comité algéro-nigérien,
   coprésidé par X et son homologue nigérien", X is of neither side said. */
static const char *
represented_country(const struct xdoc *x, const struct cue *c)
{
	const char *country = NULL;
	size_t k;

	if (!passive_agent(c))
		return NULL;
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 >= c->t0)
			break;
		if (e->type == X_GPE && !e->demonym)
			country = e->value;
		else if (e->type == X_PER || e->type == X_ROLE)
			country = NULL;
	}
	return country;
}

/* The country of the one who sends another in his stead: the last
   person or office before the cue, though he is only mentioned. */
static const char *
stead_country(struct xdoc *x, const struct cue *c)
{
	const char *country = NULL;
	size_t k;
	int p;

	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t1 > c->t0)
			break;
		if ((e->type == X_PER || e->type == X_ROLE) && (p = resolve(x, e->person)) >= 0)
			country = x->p[p].country;
	}
	return country;
}

/* "En visite au Tchad, X a été reçu par Y": a visitor's cue opening the
   sentence, its comma before anyone is named, is an apposition to the
   subject after it, which names no counterpart of its own. */
static int
opening_apposition(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t k, comma;

	if (c->t0 != 0)
		return 0;
	for (comma = c->t1; comma < tl->n && !tok_is(tl, comma, ","); comma++)
		;
	if (comma == tl->n)
		return 0;
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if ((e->type == X_PER || e->type == X_ROLE) && e->t0 < comma)
			return 0;
	}
	return 1;
}

/* Sentence s names someone. */
static int
names_anyone(struct xdoc *x, int s)
{
	size_t j;

	for (j = x->ent_from[s]; j < x->ent_from[s + 1]; j++)
		if (x->e[x->sent_ents[j]].type == X_PER)
			return 1;
	return 0;
}

/* "X a été reçu par Y, avant de rencontrer Z": what the subject of the
   clause before did next, its meeting cue (whose subject, not the
   nearest name, is this one's); NULL when c is no such sequel. */
static const struct cue *
sequel_of(const struct xdoc *x, const struct cue *c)
{
	const struct cue *main = NULL;
	size_t k;

	if (!tok_is(&x->tl[c->s], c->t0, "avant"))
		return NULL;
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (x->c[k].t1 <= c->t0 && cue_is(&x->c[k], "MEET"))
			main = &x->c[k];
	return main;
}

/* The frame of the cue, read into fr: 1 when it is a new event, 0 when
   it joined one read before or is no meeting. */
static int
read_frame(struct xdoc *x, const struct cue *c, struct event *fr)
{
	struct xent *se;
	int subj, multi = (c->e->flags & LF_MULTI) != 0, host = (c->e->flags & LF_HOST) != 0;
	int guest = (c->e->flags & LF_GUEST) != 0, margin = 0, side;
	int opened = !strcmp(c->e->value, "opened"), held = !strcmp(c->e->value, "held"), i;
	const struct event *they;
	const struct cue *main;
	size_t k;

	if ((opened && !opens_conference(x, c)) || (held && !holds_meeting(x, c)))
		return 0;
	/* "représentée par": a country's envoy, not a person's lawyer */
	if (passive_agent(c) && !strcmp(c->e->value, "conference") && !(c->e->flags & LF_STEAD)
	    && subject_of(x, c, subject_ent(x, c)) >= 0)
		return 0;
	fr->type = opened ? 2 : held ? held_type(x, c) : type_of(c->e->value);
	fr->multi = multi;
	fr->purpose = (c->e->flags & LF_PURPOSE) != 0;
	fr->ahead = (c->e->flags & LF_FUTURE) != 0;
	fr->host_verb = host;
	fr->guest_verb = guest;
	main = sequel_of(x, c);
	se = subject_ent(x, main ? main : c);
	subj = resolve(x, subject_of(x, main ? main : c, se));
	/* "La rencontre s'est tenue en marge du sommet": no one named, the
	   meeting told before, of which it tells where or when */
	if (subj < 0 && !se && held && fr->type == 0 && x->nev && !x->head[c->s] && !names_anyone(x, c->s)) {
		add_sent(&x->ev[x->nev - 1], c->s);
		return 0;
	}
	if (subj < 0 && !multi && !x->head[c->s] && pair_subject(x, c)) {
		pair_frame(x, c);
		return 0;
	}
	side = multi ? SIDE_ATTENDEE : guest ? SIDE_GUEST : host ? SIDE_HOST : SIDE_NONE;
	/* "X s'est fait représenter par Y": Y attends in X's stead, of X's
	   country; X is not there */
	if (c->e->flags & LF_STEAD) {
		const char *country = stead_country(x, c);
		objects_of(x, c, fr, SIDE_ATTENDEE, -1, 1);
		for (i = 0; country && i < fr->np; i++)
			if (!x->p[fr->p[i].person].country && !x->p[fr->p[i].person].intl)
				x->p[fr->p[i].person].country = country;
		if (!fr->np)
			return 0;
		add_sent(fr, c->s);
		return !joins_known(x, c->s, fr);
	}
	/* "Y ont pris part le ministre malien..., M. X, et ..." */
	if (multi && subj < 0) {
		const char *represented = represented_country(x, c);
		objects_of(x, c, fr, SIDE_ATTENDEE, -1, 1);
		for (i = 0; represented && i < fr->np; i++)
			if (!x->p[fr->p[i].person].country && !x->p[fr->p[i].person].intl)
				x->p[fr->p[i].person].country = represented;
		if (!fr->np)
			attendees_below(x, c->s, fr);
	}
	add_part(fr, subj, side);
	if (subj >= 0 && se)    /* not a pronoun's */
		co_subjects(x, se, fr, side);
	if (subj < 0 && !se && (they = they_before(x, c))) {
		for (i = 0; i < they->np; i++)
			if (they->p[i].side != SIDE_GUEST || they->guest_verb)
				add_part(fr, they->p[i].person, side);
		subj = fr->np ? fr->p[0].person : -1;
	}
	if (!multi && subj < 0 && guest && opening_apposition(x, c)) {
		add_part(fr, fronted_subject(x, c, fr), side);
		if (!trip(x, c, fr))
			return 0;
	} else if (!multi) {
		struct cue at = *c;
		int before = fr->np;
		if (!reciprocal(c) || (at.t1 = reciprocal_avec(x, c)))
			objects_of(x, &at, fr, guest ? SIDE_HOST : SIDE_GUEST, subj, 0);
		/* "X et Y ont rencontré :", then a list: the verb's objects */
		if (fr->np < 2 || fr->np == before)
			listed_below(x, c->s, fr, guest ? SIDE_HOST : SIDE_GUEST);
		if (subj < 0 && opens_sentence(x, c))
			add_part(fr, fronted_subject(x, c, fr), side);
		if (fr->np < 2 && !x->head[c->s] && !trip(x, c, fr))
			return 0;   /* "a reçu des fonds": no counterpart, no meeting */
	}
	if (!fr->np)
		return 0;
	add_sent(fr, c->s);
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "margin"))
			margin = 1;
	fr->margin = margin;
	/* "a effectué une visite de travail à Rabat, où elle a été reçue" */
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1] && fr->type == 0; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "visit"))
			fr->type = 3;
	if (fr->multi)
		side_of_present(x, fr, c->s);
	if (fr->multi && x->nev && present_at_last(x, c, subj)) {
		attend(&x->ev[x->nev - 1], fr, c->s);
		return 0;
	}
	return !joins_known(x, c->s, fr);
}

static void
frame(struct xdoc *x, const struct cue *c)
{
	struct event fr = {0};

	if (read_frame(x, c, &fr))
		*new_event(x) = fr;
	else
		event_free(&fr);
}

static int
no_meeting(struct xdoc *x, const struct event *ev)
{
	/* an event of one person that is not a conference or a trip */
	if (ev->np < 2 && ev->type != 2 && !ev->multi && !one_party_visit(ev))
		return 1;
	/* one its own sentence puts off or calls off took no place */
	return ev->ns && has_cue_between(x, ev->sents[0], 0, x->tl[ev->sents[0]].n, "CANCEL");
}

void
build_events(struct xdoc *x)
{
	size_t k;
	int pair = -1, none;

	/* meeting verbs, and signatures: "X et Y ont signé un mémorandum" */
	for (k = 0; k < x->nc; k++)
		if ((cue_is(&x->c[k], "MEET") || (cue_is(&x->c[k], "AGREE")
		    && !strcmp(x->c[k].e->value, "sign"))) && !x->head[x->c[k].s])
			frame(x, &x->c[k]);
	/* the headline's, when the body's verbs made no meeting */
	for (k = 0, none = !x->nev; none && k < x->nc; k++)
		if (cue_is(&x->c[k], "MEET") && x->head[x->c[k].s])
			frame(x, &x->c[k]);
	for (k = 0; k < x->nc; k++)
		if (cue_is(&x->c[k], "NOUN") && !x->head[x->c[k].s]) {
			noun_frame(x, &x->c[k]);
			avec_noun_frame(x, &x->c[k]);
			possessive_frame(x, &x->c[k]);
			visit_noun_frame(x, &x->c[k]);
			relative_frame(x, &x->c[k]);
		} else if (cue_is(&x->c[k], "MODE") && !x->head[x->c[k].s]) {
			noun_frame(x, &x->c[k]);
			possessive_frame(x, &x->c[k]);
			relative_frame(x, &x->c[k]);
		}
	for (k = 0; k < x->nc; k++)
		if ((cue_is(&x->c[k], "NOUN") || cue_is(&x->c[k], "MODE")) && !x->head[x->c[k].s])
			x->c[k].recounted = recounted_frame(x, &x->c[k]);
	for (k = 0; k < x->nc; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "pair") && pair < 0)
			pair = x->c[k].s;
	if (!x->nev && pair >= 0) {
		/* "Les deux ministres ont examiné...": a meeting of the main actor
		   with the counterpart the text names */
		struct event *ev = new_event(x);
		add_part(ev, main_actor(x), SIDE_NONE);
		add_sent(ev, pair);
	}
	named_later(x);
	for (k = 0; k < x->nev; k++) {
		struct event *ev = &x->ev[k];
		int p, named = 0;
		if (k == 0)
			counterparts(x, ev);
		for (p = 0; p < ev->np; p++)
			named += !x->p[ev->p[p].person].unnamed;
		if (!named && k == 0)
			add_part(ev, main_actor(x), SIDE_NONE);
	}
	companions(x);
	speakers(x);
	margin_conference(x);
	margin_meetings(x);
	unnamed_once(x);
	trip_meetings(x);
	for (k = 0; k < x->nev; k++)
		if (no_meeting(x, &x->ev[k])) {
			event_free(&x->ev[k]);
			memmove(&x->ev[k], &x->ev[k + 1], (x->nev - k - 1) * sizeof *x->ev);
			x->nev--;
			k--;
		}
}
