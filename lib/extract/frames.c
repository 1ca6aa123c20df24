/* Meeting frames: a meeting verb's subject and objects (clause.c) are
   its participants; frames of the same meeting merge, and unnamed
   officials stand for their country only when nobody of it is named. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

static struct event *
new_event(struct xdoc *x)
{
	x->ev = xrealloc(x->ev, (x->nev + 1) * sizeof *x->ev);
	memset(&x->ev[x->nev], 0, sizeof x->ev[0]);
	return &x->ev[x->nev++];
}

static int
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

static int
is_event_noun(const struct cue *k)
{
	return cue_is(k, "NOUN") && strcmp(k->e->value, "pair") && strcmp(k->e->value, "margin");
}

/* "La réunion s'est tenue", "la conférence a eu lieu": the kind of an
   event held is the noun before the verb, nearest first; with none, the
   subject put after the verb ("où se tiennent deux sommets"), which may
   be a multilateral event's noun (CONF). */
static int
held_type(struct xdoc *x, const struct cue *c)
{
	size_t k;
	int type = 0;

	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1] && x->c[k].t1 <= c->t0; k++)
		if (is_event_noun(&x->c[k]))
			type = type_of(x->c[k].e->value);
	for (; !type && k < x->cue_from[c->s + 1] && x->c[k].t0 <= c->t1 + HELD_SUBJECT_AFTER; k++)
		if (x->c[k].t0 >= c->t1 && (is_event_noun(&x->c[k]) || cue_is(&x->c[k], "CONF")))
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
		    && (cue_is(&x->c[k], "CONF") || is_event_noun(&x->c[k]))
		    && type_of(x->c[k].e->value) == 2)
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

/* "X est arrivé à Alger", "X effectue une visite au Caire": a named
   visitor travelling to a place that the sentence names after the verb is
   a visit, though no host is named. */
static int
one_party_visit(const struct event *ev)
{
	return ev->type == 3 && ev->guest_verb && ev->np == 1;
}

static int
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

/* "Lors d'un point de presse conjoint avec X, le secrétaire d'Etat Y a
   réitéré...": a cue that opens the sentence has its subject after the
   comma that closes it; NULL when none. */
static struct xent *
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

static int
fronted_subject(struct xdoc *x, const struct cue *c, const struct event *fr)
{
	struct xent *e = fronted_subject_ent(x, c, fr);

	return e ? resolve(x, party_of(x, e)) : -1;
}

/* tokens between a meeting noun and "entre": "l'entretien, lundi à
   Rabat, entre" */
#define NOUN_ENTRE 8
#define NOUN_AVEC 30    /* tokens from "entre" to "avec": an office and a name between */

/* A frame read in sentence s: a new event, or more of one read before. */
static void
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
static int
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
static int
phone_cue(const struct cue *c)
{
	return cue_is(c, "MODE") && !strcmp(c->e->value, "phone");
}

/* A noun of a meeting, a call or a conference, not of a visit. */
static int
gathering_noun(const struct cue *c)
{
	return !strcmp(c->e->value, "meeting") || !strcmp(c->e->value, "call")
	    || !strcmp(c->e->value, "conference");
}

/* One past the "avec" that follows token i in sentence s, before any
   stop or meeting verb, within NOUN_AVEC tokens; 0 if none. */
static size_t
other_party_avec(struct xdoc *x, int s, size_t i)
{
	const struct toklist *tl = &x->tl[s];
	size_t k;

	for (k = i; k < tl->n && k < i + NOUN_AVEC; k++) {
		if (tok_is(tl, k, ".") || tok_is(tl, k, ";") || tok_is(tl, k, ":"))
			return 0;
		if (tok_is(tl, k, "avec"))
			return has_cue_between(x, s, i, k, "MEET") ? 0 : k + 1;
	}
	return 0;
}

/* "l'entretien, lundi, entre X et Y", "leur rencontre entre X et Y": a
   meeting noun and the two parties after "entre", with no verb. */
static void
noun_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	struct cue at = *c;
	size_t i;
	int phone = phone_cue(c);

	/* "l'échange téléphonique entre X et Y" is a call's noun */
	if (!phone && !gathering_noun(c))
		return;
	for (i = c->t1; i < tl->n && i < c->t1 + NOUN_ENTRE && !tok_is(tl, i, "entre"); i++)
		if (tok_is(tl, i, ".") || tok_is(tl, i, ";") || tok_is(tl, i, ":"))
			return;
	if (i >= tl->n || !tok_is(tl, i, "entre") || has_cue_between(x, c->s, c->t1, i, "MEET"))
		return;
	at.t1 = i + 1;
	fr.type = phone ? 1 : type_of(c->e->value);
	objects_of(x, &at, &fr, SIDE_NONE, -1, 0);
	/* "les entretiens entre le ministre X avec le secrétaire général Y",
	   as some papers write it: the other party comes after "avec" */
	if (fr.np == 1 && (at.t1 = other_party_avec(x, c->s, at.t1)) > 0)
		objects_of(x, &at, &fr, SIDE_NONE, fr.p[0].person, 0);
	keep_noun_frame(x, c->s, &fr);
}

/* A meeting noun after a possessive: "X a saisi l'occasion de ses
   entretiens, mardi à Rabat, avec son homologue Y", "X et Y se sont
   serré la main avant leur face-à-face".  Its owners are the subject of
   the clause, and "avec" adds the other side. */
static int
possessive(const struct toklist *tl, size_t i)
{
	return tok_is(tl, i, "ses") || tok_is(tl, i, "son") || tok_is(tl, i, "sa")
	    || tok_is(tl, i, "leur") || tok_is(tl, i, "leurs");
}

/* "à l'issue d'un entretien", "lors d'une audience": a meeting noun in
   an adjunct of time, whose owners are the clause's subjects as well
   ("X et son homologue Y ont décidé, à l'issue d'un entretien
   téléphonique, ..."); one past the place of its "issue", "lors",
   "cours" or "terme", or 0 */
static size_t
time_adjunct(const struct toklist *tl, size_t t0)
{
	/* "au cours d'un premier échange avec" */
	if (t0 >= 1 && (tok_is(tl, t0 - 1, "premier") || tok_is(tl, t0 - 1, "premiere")
	    || tok_is(tl, t0 - 1, "nouvel") || tok_is(tl, t0 - 1, "nouveau") || tok_is(tl, t0 - 1, "nouvelle")
	    || tok_is(tl, t0 - 1, "long") || tok_is(tl, t0 - 1, "longue") || tok_is(tl, t0 - 1, "bref")
	    || tok_is(tl, t0 - 1, "breve")))
		t0--;
	return t0 >= 3 && tok_is(tl, t0 - 2, "d'") && (tok_is(tl, t0 - 1, "un") || tok_is(tl, t0 - 1, "une"))
	    && (tok_is(tl, t0 - 3, "issue") || tok_is(tl, t0 - 3, "lors") || tok_is(tl, t0 - 3, "cours")
	        || tok_is(tl, t0 - 3, "terme")) ? t0 - 3 + 1 : 0;
}

/* The subjects that open sentence s ("Le président français X et son
   homologue Y ont décidé que la visite du ministre ..., à l'issue d'un
   entretien"): an adjunct's noun belongs to the clause's subject, not
   to the nearest name before it.  The last of them, as co_subjects()
   reads them backwards; NULL when the sentence opens otherwise. */
#define OPENING_TOKENS 3        /* "Le président français", "De son côté, le ministre" */
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

static struct xent *
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
static struct xent *
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

/* The "avec" just after a cue ("appel avec" holds its own), or 0. */
#define CUE_AVEC 3              /* tokens from the cue's last word to "avec" */
static size_t
avec_after(const struct toklist *tl, const struct cue *c)
{
	size_t i;

	for (i = c->t1 - 1; i < tl->n && i <= c->t1 + CUE_AVEC; i++)
		if (tok_is(tl, i, "avec"))
			return i;
	return 0;
}

static void
possessive_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	struct cue at = *c;
	struct xent *se;
	size_t d, avec, adjunct = time_adjunct(tl, c->t0);
	int subj;
	int phone = phone_cue(c);

	if (!(phone ? adjunct : cue_is(c, "NOUN") && gathering_noun(c)))
		return;
	/* "leur premier sommet" */
	d = c->t0 >= 2 && (tok_is(tl, c->t0 - 1, "premier") || tok_is(tl, c->t0 - 1, "premiere")) ? 2 : 1;
	if (c->t0 < d || !(possessive(tl, c->t0 - d) || adjunct) || has_cue_between(x, c->s, 0, tl->n, "MEET"))
		return;
	fr.type = phone ? 1 : type_of(c->e->value);
	se = adjunct ? opening_subject(x, c->s) : NULL;
	if (!se)
		se = subject_ent(x, c);
	if ((subj = resolve(x, subject_of(x, c, se))) >= 0) {
		add_part(&fr, subj, SIDE_NONE);
		if (se)
			co_subjects(x, se, &fr, SIDE_NONE);
	} else if (adjunct > OPENING_TOKENS || (!adjunct && !tok_is(tl, c->t0 - d, "leur")
	    && !tok_is(tl, c->t0 - d, "leurs"))) {
		return;
	}
	/* "Avant d'entamer leur réunion de ce lundi, X et Y ont ...": the
	   owners come after, as the subject of the main clause; an adjunct's
	   noun names more only after "avec" ("interrogé lors d'une conférence
	   de presse sur la visite du président" names no party) */
	if (!adjunct)
		objects_of(x, c, &fr, SIDE_NONE, subj, 0);
	else if ((avec = avec_after(tl, c))) {
		at.t1 = avec + 1;
		objects_of(x, &at, &fr, SIDE_NONE, subj, 0);
	}
	/* "Au cours d'un premier échange avec son homologue Y, lundi, le
	   président X a salué ...": an adjunct that opens the sentence has
	   the subject after its comma, and those joined to it ("Lors d'un
	   entretien téléphonique jeudi, X et Y ont évoqué") */
	if (adjunct && subj < 0 && (se = fronted_subject_ent(x, c, &fr))) {
		se = last_joined(x, se);
		add_part(&fr, resolve(x, party_of(x, se)), SIDE_NONE);
		co_subjects(x, se, &fr, SIDE_NONE);
	}
	/* "leur premier sommet": two parties meet, three confer */
	if (fr.type == 2 && fr.np == 2)
		fr.type = 0;
	keep_noun_frame(x, c->s, &fr);
}

/* "La visite du Dr Biruta au Burundi s'inscrit dans ...": a visit noun
   with its visitor after "de" and where he went after "à", "au", "en",
   in a sentence with no meeting verb, is a trip of its own. */
#define VISITOR_TOKENS 4        /* "de" to the name: "du président burundais X" */
#define DESTINATION_TOKENS 2    /* the name to its place: "au", "en", "à la" */

static int
to_place(const struct xdoc *x, int s, size_t from)
{
	const struct toklist *tl = &x->tl[s];
	size_t k;

	if (from < tl->n && tok_is(tl, from, ","))       /* "du ministre, X, au Burundi" */
		from++;
	if (from >= tl->n || !(tok_is(tl, from, "a") || tok_is(tl, from, "au") || tok_is(tl, from, "en")
	    || tok_is(tl, from, "aux")))
		return 0;
	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if ((e->type == X_LOC || e->type == X_GPE) && e->t0 > from && e->t0 <= from + DESTINATION_TOKENS)
			return 1;
	}
	return 0;
}

static void
visit_noun_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	size_t k;

	if (strcmp(c->e->value, "visit") || c->t1 >= tl->n || has_cue_between(x, c->s, 0, tl->n, "MEET")
	    || !(tok_is(tl, c->t1, "de") || tok_is(tl, c->t1, "du") || tok_is(tl, c->t1, "d'")))
		return;
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type != X_PER || e->t0 <= c->t1 || e->t0 > c->t1 + VISITOR_TOKENS)
			continue;
		if (e->excluded || e->honorific || !to_place(x, c->s, e->t1))
			return;
		fr.type = 3;
		fr.guest_verb = 1;
		add_part(&fr, e->person, SIDE_GUEST);
		keep_frame(x, c->s, &fr);
		return;
	}
}

/* A meeting the clause recounts beside its own: "X s'entretiendra avec
   Y, dans la foulée d'un entretien téléphonique avec Z et d'un appel
   avec W".  The noun after "d'un" and before "avec" is one more meeting
   of the clause's subject, with those after "avec". */
static int
recounted_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	struct cue at = *c;
	struct xent *se;
	size_t i, k;
	int subj, phone = phone_cue(c);

	if (!(phone || (cue_is(c, "NOUN") && gathering_noun(c))) || c->t0 < 2 || !tok_is(tl, c->t0 - 2, "d'")
	    || !(tok_is(tl, c->t0 - 1, "un") || tok_is(tl, c->t0 - 1, "une")))
		return 0;
	/* the clause's own meeting verb, before the noun: cues are in
	   sentence order, so the first of the sentence or none */
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1] && !cue_is(&x->c[k], "MEET"); k++)
		;
	if (k == x->cue_from[c->s + 1] || x->c[k].t1 > c->t0)
		return 0;
	if (!(i = avec_after(tl, c)))
		return 0;
	fr.type = phone ? 1 : type_of(c->e->value);
	fr.recounted = 1;
	se = subject_ent(x, &x->c[k]);
	if ((subj = resolve(x, subject_of(x, &x->c[k], se))) < 0)
		return 0;
	add_part(&fr, subj, SIDE_NONE);
	at.t1 = i + 1;
	objects_of(x, &at, &fr, SIDE_NONE, subj, 0);
	return keep_noun_frame(x, c->s, &fr);
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
	    && !has_cue_between(x, c->s, c->t1, tl->n, "PLACEPREP");
}

/* The cue opens its sentence, alone or in an adjunct of time: "Lors
   d'un point de presse avec X, Y a ...", "Au cours d'un premier échange
   avec X, lundi, Y a salué ...". */
static int
opens_sentence(struct xdoc *x, const struct cue *c)
{
	size_t adjunct = time_adjunct(&x->tl[c->s], c->t0);

	return c->t0 == 0 || (adjunct && adjunct <= OPENING_TOKENS);
}

/* The frame of the cue, read into fr: 1 when it is a new event, 0 when
   it joined one read before or is no meeting. */
static int
read_frame(struct xdoc *x, const struct cue *c, struct event *fr)
{
	struct xent *se;
	int subj, multi = (c->e->flags & LF_MULTI) != 0, host = (c->e->flags & LF_HOST) != 0;
	int guest = (c->e->flags & LF_GUEST) != 0, margin = 0, side;
	int opened = !strcmp(c->e->value, "opened");
	size_t k;

	if (opened && !opens_conference(x, c))
		return 0;
	fr->type = opened ? 2 : !strcmp(c->e->value, "held") ? held_type(x, c) : type_of(c->e->value);
	fr->multi = multi;
	fr->purpose = (c->e->flags & LF_PURPOSE) != 0;
	fr->ahead = (c->e->flags & LF_FUTURE) != 0;
	fr->host_verb = host;
	fr->guest_verb = guest;
	se = subject_ent(x, c);
	subj = resolve(x, subject_of(x, c, se));
	if (subj < 0 && !multi && !x->head[c->s] && pair_subject(x, c)) {
		pair_frame(x, c);
		return 0;
	}
	side = multi ? SIDE_ATTENDEE : guest ? SIDE_GUEST : host ? SIDE_HOST : SIDE_NONE;
	/* "Y ont pris part le ministre malien..., M. X, et ..." */
	if (multi && subj < 0)
		objects_of(x, c, fr, SIDE_ATTENDEE, -1, 1);
	add_part(fr, subj, side);
	if (subj >= 0 && se)    /* not a pronoun's */
		co_subjects(x, se, fr, side);
	if (!multi) {
		objects_of(x, c, fr, guest ? SIDE_HOST : SIDE_GUEST, subj, 0);
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
			possessive_frame(x, &x->c[k]);
			visit_noun_frame(x, &x->c[k]);
		} else if (cue_is(&x->c[k], "MODE") && !x->head[x->c[k].s]) {
			noun_frame(x, &x->c[k]);
			possessive_frame(x, &x->c[k]);
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
	/* a meeting "en marge de" a conference is where and when it was */
	for (k = 0; k < x->nev; k++) {
		size_t j;
		if (!x->ev[k].margin || x->ev[k].type == 2)
			continue;
		for (j = 0; j < x->nev; j++)
			if (x->ev[j].type == 2 && x->ev[j].ns) {
				int p;
				add_sent(&x->ev[k], x->ev[j].sents[0]);
				/* and who met there took part in the conference */
				for (p = 0; p < x->ev[k].np; p++)
					add_part(&x->ev[j], x->ev[k].p[p].person, SIDE_ATTENDEE);
			}
	}
	unnamed_once(x);
	/* an event of one person that is not a conference or a trip is no meeting */
	for (k = 0; k < x->nev; k++)
		if (x->ev[k].np < 2 && x->ev[k].type != 2 && !x->ev[k].multi && !one_party_visit(&x->ev[k])) {
			event_free(&x->ev[k]);
			memmove(&x->ev[k], &x->ev[k + 1], (x->nev - k - 1) * sizeof *x->ev);
			x->nev--;
			k--;
		}
}
