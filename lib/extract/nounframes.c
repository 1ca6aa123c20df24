/* Frames a meeting noun opens without a verb of its own: "l'entretien
   entre X et Y", "ses entretiens avec Y", "lors d'un entretien avec Y",
   "la visite du ministre X au Burundi", and a meeting recounted beside
   the clause's own. */
#include <string.h>

#include "extract/xdoc.h"

/* tokens between a meeting noun and "entre": "l'entretien, lundi à
   Rabat, entre" */
#define NOUN_ENTRE 8
#define NOUN_AVEC 30    /* tokens from "entre" to "avec": an office and a name between */

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

/* "X a critiqué Y, l'accusant d'avoir rendu public un appel entre eux":
   "eux" are the people the sentence names before the noun. */
static void
named_before_noun(struct xdoc *x, const struct cue *c, struct event *fr)
{
	size_t k;
	int p;

	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < c->t0 && e->type == X_PER && !e->excluded
		    && (p = resolve(x, party_of(x, e))) >= 0)
			add_part(fr, p, SIDE_NONE);
	}
}

/* "l'entretien, lundi, entre X et Y", "leur rencontre entre X et Y": a
   meeting noun and the two parties after "entre", with no verb. */
void
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
	if (i + 1 < tl->n && (tok_is(tl, i + 1, "eux") || tok_is(tl, i + 1, "elles"))) {
		named_before_noun(x, c, &fr);
		keep_noun_frame(x, c->s, &fr);
		return;
	}
	objects_of(x, &at, &fr, SIDE_NONE, -1, 0);
	/* "les entretiens entre le ministre X avec le secrétaire général Y",
	   as some papers write it: the other party comes after "avec" */
	if (fr.np == 1 && (at.t1 = other_party_avec(x, c->s, at.t1)) > 0)
		objects_of(x, &at, &fr, SIDE_NONE, fr.p[0].person, 0);
	keep_noun_frame(x, c->s, &fr);
}

/* "L'entretien avec le ministre chinois X a porté sur...": a meeting
   noun opening its sentence with "avec" right after it is the text's
   main actor's meeting with those after "avec". */
#define AVEC_NOUN_AT 2           /* "L'entretien", "La première entrevue" */
void
avec_noun_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	struct cue at = *c;
	int a;

	if (!cue_is(c, "NOUN") || !gathering_noun(c) || c->t0 > AVEC_NOUN_AT || c->t1 >= tl->n
	    || !tok_is(tl, c->t1, "avec") || (a = main_actor(x)) < 0)
		return;
	fr.type = type_of(c->e->value);
	add_part(&fr, a, SIDE_NONE);
	at.t1 = c->t1 + 1;
	objects_of(x, &at, &fr, SIDE_NONE, a, 0);
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

/* "X a pris des nouvelles de son homologue Y, au cours d'un entretien
   téléphonique vendredi": with no "avec", an adjunct's meeting is its
   subject's with the people the clause names between them (by name: "de
   reporter la visite du ministre" names no party). */
static void
clause_objects(struct xdoc *x, const struct xent *se, const struct cue *c, struct event *fr)
{
	size_t k;
	int p;

	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < se->t1 || e->t0 >= c->t0 || (e->type != X_PER && e->type != X_ROLE)
		    || e->excluded || e->plural)
			continue;
		if ((p = resolve(x, party_of(x, e))) >= 0 && !x->p[p].unnamed)
			add_part(fr, p, SIDE_NONE);
	}
}

void
possessive_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	struct cue at = *c;
	struct xent *se;
	size_t d, avec, adjunct = time_adjunct(x, c);
	int subj;
	int phone = phone_cue(c);

	/* one's own visit is a trip, but "lors de sa visite de courtoisie
	   auprès du ministre Y" names whom it was paid to */
	if (!(phone ? adjunct : cue_is(c, "NOUN") && (gathering_noun(c) || (adjunct && avec_after(tl, c)))))
		return;
	/* "leur premier sommet" */
	d = c->t0 - noun_start(x, c) + 1;
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
	} else if (subj >= 0 && se && se->t1 < c->t0)
		clause_objects(x, se, c, &fr);
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

void
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
int
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

/* "l'audience que le ministre X a accordée, le 7 mai, à Y", "les
   entretiens qu'il a eus avec Y", "l'entretien qu'ont eu lundi X et Y":
   a meeting noun whose relative clause names its parties.  The clause
   ends at the sentence's next stop or meeting cue. */
#define RELATIVE_TOKENS 40

static size_t
relative_end(const struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t end, k;

	for (end = c->t1 + 1; end < tl->n && end < c->t1 + RELATIVE_TOKENS; end++)
		if (tok_is(tl, end, ".") || tok_is(tl, end, ";") || tok_is(tl, end, ":"))
			break;
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (x->c[k].t0 > c->t1 && x->c[k].t0 < end && (cue_is(&x->c[k], "MEET") || cue_is(&x->c[k], "NOUN")))
			return x->c[k].t0;
	return end;
}

void
relative_frame(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	struct event fr = {0};
	size_t end, k;
	int p, phone = phone_cue(c);

	if (!(phone || (cue_is(c, "NOUN") && gathering_noun(c))) || c->t1 + 1 >= tl->n
	    || !(tok_is(tl, c->t1, "que") || tok_is(tl, c->t1, "qu'")))
		return;
	fr.type = phone ? 1 : type_of(c->e->value);
	/* "qu'il a eus avec Y": the pronoun is the sentence's subject */
	if ((tok_is(tl, c->t1 + 1, "il") || tok_is(tl, c->t1 + 1, "elle"))
	    && (p = resolve(x, subject_of(x, c, subject_ent(x, c)))) >= 0)
		add_part(&fr, p, SIDE_NONE);
	end = relative_end(x, c);
	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 > c->t1 && e->t0 < end && (e->type == X_PER || e->type == X_ROLE)
		    && !e->excluded && !e->plural && (p = resolve(x, party_of(x, e))) >= 0)
			add_part(&fr, p, SIDE_NONE);
	}
	keep_noun_frame(x, c->s, &fr);
}
