/* The parties of a meeting verb: the subject before it (with those
   joined to it by "et", or the one a pronoun stands for) and the objects
   after it, joined by "et", "ainsi que", a comma in a list or a
   companion phrase. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

/* The named person the article mentions most, neither a king in a
   formula nor an honorific: its main actor. */
int
main_actor(struct xdoc *x)
{
	size_t k;
	int best = -1;

	for (k = 0; k < x->np; k++)
		if (x->p[k].usable && !x->p[k].unnamed && !x->p[k].honorific && !x->p[k].role_head_king
		    && (best < 0 || x->p[k].mentions > x->p[best].mentions))
			best = (int)k;
	return best;
}

/* The nearest person or office before the verb, in its clause. */
struct xent *
subject_ent(struct xdoc *x, const struct cue *c)
{
	size_t i;
	struct xent *best = NULL;

	for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if (e->t1 > c->t0 || (e->type != X_PER && e->type != X_ROLE))
			continue;
		if (e->excluded || e->plural)
			continue;
		if (!best || e->t0 > best->t0)
			best = e;
	}
	/* "X a reçu Y, puis Z a ...": a verb between starts another clause;
	   but a trip's purpose is its traveller's ("X est arrivé au Caire
	   pour participer à") */
	if (best && !(c->e->flags & LF_PURPOSE) && has_cue_between(x, c->s, best->t1, c->t0, "MEET"))
		best = NULL;
	return best;
}

/* Tokens [a, b) are a comma, with at most a bracket after a name
   before it and the article of an office after it: ", ", " (Mali), "
   or ", le " ("A, le directeur du protocole, B et C ont assisté"). */
static int
comma_only(const struct toklist *tl, size_t a, size_t b)
{
	size_t k = a;

	if (b > a + 1 && (tok_is_article(tl, b - 1) || tok_is(tl, b - 1, "les")))
		b--;
	if (k < b && tok_is(tl, k, "(")) {
		while (k < b && !tok_is(tl, k, ")") && k - a < 6)
			k++;
		if (k == b || !tok_is(tl, k, ")"))
			return 0;
		k++;
	}
	return k + 1 == b && tok_is(tl, k, ",");
}

/* "X et son homologue Y ont tenu une réunion": subjects joined by "et". */
void
co_subjects(struct xdoc *x, const struct xent *first, struct event *ev, int side)
{
	const struct toklist *tl = &x->tl[first->s];
	size_t i = (size_t)(first - x->e), block = first->t0, k;
	int cur = resolve(x, party_of(x, (struct xent *)first)), joined, list = 0;

	while (i-- > 0) {
		struct xent *e = &x->e[i];
		int p;
		if (e->s != first->s)
			break;
		if (e->type != X_PER && e->type != X_ROLE)
			continue;
		if (e->excluded || e->plural)
			break;
		p = resolve(x, party_of(x, e));
		if (p == cur) {
			block = e->t0;
			continue;
		}
		/* "les ministres du Mali, du Niger et du Tchad": a list; and
		   before the "et" of a list of names, its commas ("A (Mali),
		   B (Ethiopie) et C ont participé") */
		for (joined = 0, k = e->t1; k < block; k++)
			joined |= tok_is(tl, k, "et") || (e->listed && tok_is(tl, k, ","));
		if (!joined && list && comma_only(tl, e->t1, block))
			joined = 1;
		if (!joined || has_cue_between(x, first->s, e->t1, block, "MEET")
		    || has_cue_between(x, first->s, e->t1, block, "SPEECH"))
			break;
		for (k = e->t1; k < block; k++)
			list |= tok_is(tl, k, "et");
		add_part(ev, p, side);
		cur = p;
		block = e->t0;
	}
}

/* Where the run of the words w that ends before token k begins, at most
   max of them back. */
static size_t
words_back(const struct toklist *tl, size_t k, const char *const *w, size_t max)
{
	size_t from = k;

	while (k > 0 && from - k < max && tok_is_one(tl, k - 1, w))
		k--;
	return k;
}

/* Whom "il" or "elle" stands for: the subject of the event read last,
   or the main actor. */
static int
pronoun_referent(struct xdoc *x)
{
	size_t k;
	int i;

	for (k = x->nev; k-- > 0;)
		for (i = 0; i < x->ev[k].np; i++)
			if (x->ev[k].p[i].side != SIDE_GUEST || x->ev[k].guest_verb)
				return x->ev[k].p[i].person;
	return main_actor(x);
}

/* "X ... Y. Ce dernier, en visite au Caire, a été reçu par Z": "ce
   dernier" opening the sentence of the verb is the last person the
   sentence before names; -1 if none. */
static int
latter_subject(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t k;
	int last = -1;

	if (c->s == 0 || tl->n < 2 || !(tok_is(tl, 0, "ce") || tok_is(tl, 0, "cette"))
	    || !(tok_is(tl, 1, "dernier") || tok_is(tl, 1, "derniere")))
		return -1;
	/* an office named after the last name, not in apposition to it ("a
	   embrassé l'émir. Ce dernier"), leaves the referent unsure */
	for (k = x->ent_from[c->s - 1]; k < x->ent_from[c->s]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->excluded || e->plural)
			continue;
		if (e->type == X_PER)
			last = e->person;
		else if (e->type == X_ROLE && e->person != last)
			last = -1;
	}
	return last >= 0 ? resolve(x, last) : -1;
}

/* The one a speech verb of sentence s quotes: the person or office right
   after it ("a déclaré le ministre X"), else the nearest before it; -1
   if s has no speech verb. */
static int
quoted_in(struct xdoc *x, int s)
{
	size_t k, i;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++) {
		const struct cue *sp = &x->c[k];
		struct xent *before = NULL;
		if (!cue_is(sp, "SPEECH"))
			continue;
		for (i = x->ent_from[s]; i < x->ent_from[s + 1]; i++) {
			struct xent *e = &x->e[x->sent_ents[i]];
			if ((e->type != X_PER && e->type != X_ROLE) || e->excluded || e->plural)
				continue;
			if (e->t0 >= sp->t1 && e->t0 <= sp->t1 + 2)
				return party_of(x, e);
			if (e->t1 <= sp->t0)
				before = e;
		}
		if (before)
			return party_of(x, before);
	}
	return -1;
}

/* "« Aujourd'hui, j'ai rencontré X », a déclaré Y": the first person of a
   quote is the one quoted in its sentence or the one before, else the
   main actor. */
static int
first_person(struct xdoc *x, const struct cue *c)
{
	int p;

	if ((p = quoted_in(x, c->s)) >= 0 || (c->s > 0 && (p = quoted_in(x, c->s - 1)) >= 0))
		return p;
	return main_actor(x);
}

/* "Le lendemain, il a reçu ...": a pronoun right before the verb is the
   subject of the event read last, or the main actor. */
static int
pronoun_subject(struct xdoc *x, const struct cue *c)
{
	const struct toklist *tl = &x->tl[c->s];

	if (c->t0 > 0 && (tok_is(tl, c->t0 - 1, "j'") || tok_is(tl, c->t0 - 1, "je")))
		return first_person(x, c);
	if (c->t0 == 0 || !(tok_is(tl, c->t0 - 1, "il") || tok_is(tl, c->t0 - 1, "elle")))
		return latter_subject(x, c);
	return pronoun_referent(x);
}

int
pronoun_before(struct xdoc *x, const struct cue *c)
{
	static const char *const aux[] = {"etait", "est", "sera", "a", "ete", "avait", NULL};   /* folded */
	const struct toklist *tl = &x->tl[c->s];
	size_t k = words_back(tl, c->t0, aux, c->t0);

	if (k == 0 || k + 3 < c->t0 || !(tok_is(tl, k - 1, "il") || tok_is(tl, k - 1, "elle")))
		return -1;
	return pronoun_referent(x);
}

/* "Ils y ont notamment rencontré X", "Elles se sont entretenues avec Y":
   a plural pronoun before the verb, with its auxiliary and a clitic
   between, stands for all the subjects of the event read last (or its
   travellers); the event, or NULL. */
const struct event *
they_before(const struct xdoc *x, const struct cue *c)
{
	static const char *const between[] = {"ont", "sont", "avaient", "etaient", "seront", "y", "se",
		"s'", "en", NULL};   /* folded */
	const struct toklist *tl = &x->tl[c->s];
	size_t k = words_back(tl, c->t0, between, 3);

	if (k == 0 || !(tok_is(tl, k - 1, "ils") || tok_is(tl, k - 1, "elles")) || !x->nev)
		return NULL;
	/* at the head of its clause: "Ils", "..., ils" */
	if (k > 1 && !tok_is(tl, k - 2, ",") && !tok_is(tl, k - 2, "et"))
		return NULL;
	return &x->ev[x->nev - 1];
}

int
subject_of(struct xdoc *x, const struct cue *c, struct xent *best)
{
	/* a king who receives takes part, formula or not */
	if (best && best->type == X_PER && best->honorific)
		return best->person;
	/* "Le ministre, M. X, a reçu": the name, not its office */
	return best ? party_of(x, best) : pronoun_subject(x, c);
}

/* "X et Y", "X puis Y", "X ainsi que Y", "X, son Premier ministre Y",
   "a réuni X avec Y", and in a list of those present "X, Y" and "X,
   ministre ; Y". */
static int
joined(const struct toklist *tl, size_t from, size_t to, int list)
{
	size_t k;

	/* the office of someone close to the one just named, after a comma */
	if (to == from + 2 && tok_is(tl, from, ",") && (tok_is(tl, from + 1, "son")
	    || tok_is(tl, from + 1, "sa") || tok_is(tl, from + 1, "ses")))
		return 1;

	for (k = from; k < to; k++)
		if (tok_is(tl, k, "et") || tok_is(tl, k, "puis") || tok_is(tl, k, "avec") || (tok_is(tl, k, "ainsi") && (tok_is(tl, k + 1, "que") || tok_is(tl, k + 1, "qu'")))
		    || tok_is(tl, k, ";") || (list && tok_is(tl, k, ",")))
			return 1;
	return 0;
}

/* "les ministres du Mali, X, du Burkina Faso, Y, et du Niger, Z": a
   name after a country of the list, between commas, goes on it. */
static int
country_item(const struct xdoc *x, int s, const struct toklist *tl, size_t from, size_t to)
{
	size_t k = from, j;

	if (k < to && tok_is(tl, k, ","))
		k++;
	if (k < to && tok_is(tl, k, "et"))
		k++;
	if (!(k < to && tok_is_de(tl, k)))
		return 0;
	k++;
	if (k < to && (tok_is(tl, k, "la") || tok_is(tl, k, "l'")))
		k++;
	if (to < 1 || !tok_is(tl, to - 1, ","))
		return 0;
	for (j = x->ent_from[s]; j < x->ent_from[s + 1]; j++) {
		const struct xent *g = &x->e[x->sent_ents[j]];
		if (g->type == X_GPE && g->t0 == k && g->t1 == to - 1)
			return 1;
	}
	return 0;
}

/* "X, Y et Z": a name right after a comma that follows a name goes on
   the list (a title or an office after the comma would be no name). */
static int
named_in_row(const struct xdoc *x, const struct toklist *tl, int last, const struct xent *e,
    size_t last_end)
{
	return e->type == X_PER && last >= 0 && !x->p[last].unnamed && e->t0 == last_end + 1
	    && tok_is(tl, last_end, ",");
}

/* "le président X, le ministre des Affaires étrangères Y et ...": an
   office after the comma that names someone else than the one just
   taken, its holder right after it, goes on the list (an office in
   apposition names the same person). */
static int
office_in_row(const struct toklist *tl, int last, const struct xent *e, size_t last_end)
{
	return e->type == X_ROLE && last >= 0 && e->person >= 0 && e->person != last
	    && e->t0 > last_end && e->t0 <= last_end + 2 && tok_is(tl, last_end, ",");
}

/* "accompagné d'une importante délégation", "à la tête d'une
   délégation": the delegation someone brings is his entourage, no party;
   the cue ends on it or a word or two before it. */
static int
entourage(struct xdoc *x, const struct xent *e)
{
	size_t k;

	if (!is_delegation(e))
		return 0;
	for (k = x->cue_from[e->s]; k < x->cue_from[e->s + 1]; k++)
		if (cue_is(&x->c[k], "ACCOMP") && x->c[k].t0 < e->t0 && x->c[k].t1 <= e->t1
		    && x->c[k].t1 + 2 >= e->t0)
			return 1;
	return 0;
}

/* words of a lower-case portfolio an office in apposition may leave
   out of its entity ("directeur de la police nationale,") */
#define APPOS_PORTFOLIO 8

#define LED_NAME_TOKENS 12      /* the rest of a body's name: "ouest-africaine de développement (BOAD)," */

/* A delegation with the cue of who leads it right after it, or after the
   rest of its body's name with nobody named between: "une délégation de
   la Banque ouest-africaine de développement (BOAD), conduite par". */
static int
led_delegation(struct xdoc *x, const struct xent *e)
{
	size_t k, j;

	if (!is_delegation(e))
		return 0;
	if (has_cue_between(x, e->s, e->t0, e->t1 + 4, "ACCOMP"))
		return 1;
	for (k = x->cue_from[e->s]; k < x->cue_from[e->s + 1]; k++) {
		const struct cue *c = &x->c[k];
		if (c->t0 < e->t1 || c->t0 > e->t1 + LED_NAME_TOKENS || !cue_is(c, "ACCOMP")
		    || strcmp(c->e->value, "lead"))
			continue;
		for (j = x->ent_from[e->s]; j < x->ent_from[e->s + 1]; j++) {
			const struct xent *o = &x->e[x->sent_ents[j]];
			if (o->t0 >= e->t1 && o->t0 < c->t0 && (o->type == X_PER || o->type == X_ROLE))
				break;
		}
		if (j == x->ent_from[e->s + 1])
			return 1;
	}
	return 0;
}

/* Parties after the verb: the first person or office, then those joined
   by "et", "ainsi que" or "accompagné de" (or commas, in a list). */
void
objects_of(struct xdoc *x, const struct cue *c, struct event *ev, int side, int subject, int list)
{
	size_t k, i, last_end = c->t1;
	int got = 0, code, last = -1, appos = 0;
	const char *led = NULL;

	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[i = x->sent_ents[k]];
		const struct toklist *tl = &x->tl[c->s];
		if (e->t0 < c->t1 || (e->type != X_PER && e->type != X_ROLE))
			continue;
		/* "une délégation de la Guardia Civil conduite par le général
		   X": the one who leads it is the party */
		if (led_delegation(x, e)) {
			led = e->country;       /* and its country is his */
			continue;
		}
		/* a namesake before the first party ("à l'aéroport Houari-
		   Boumediene, par le président") is passed over */
		if (e->excluded && !got)
			continue;
		if (e->excluded)
			break;
		/* "ont échangé des avertissements, avant un entretien entre X
		   et Y": the parties after a meeting noun's "entre" are its own */
		if (!got && e->t0 > c->t1 && tok_is(tl, e->t0 - 1, "entre")
		    && has_cue_between(x, c->s, c->t1, e->t0, "NOUN"))
			break;
		/* the name in apposition to the office just taken ("avec le
		   ministre espagnol, X, et ..."): the list goes on after it */
		if (got && e->type == X_PER && e->person >= 0 && e->person == last
		    && (e->t0 <= last_end + 2 || comma_only(tl, last_end, e->t0))) {
			last_end = e->t1;
			continue;
		}
		/* and the office in apposition to the name just taken ("avec
		   X, directrice des services du renseignement, Y, directeur de
		   la CIA, et Z"): the next name after its portfolio's comma goes
		   on the list */
		if (got && e->type == X_ROLE && e->person >= 0 && e->person == last && e->t0 == last_end + 1
		    && tok_is(tl, last_end, ",")) {
			last_end = e->t1;
			appos = 1;
			continue;
		}
		if (appos && e->type == X_PER && e->t0 > last_end && e->t0 <= last_end + APPOS_PORTFOLIO
		    && tok_is(tl, e->t0 - 1, ",") && !has_cue_between(x, c->s, last_end, e->t0, "MEET"))
			last_end = e->t0 - 1;
		appos = 0;
		if (got && e->t0 > last_end + (list ? 8 : 6))   /* ", ainsi qu'avec le" */
			break;
		/* "avec X et d'un appel avec Y": another meeting's party */
		if (got && (has_cue_between(x, c->s, last_end, e->t0, "MEET")
		    || has_cue_between(x, c->s, last_end, e->t0, "SPEECH")
		    || has_cue_between(x, c->s, last_end, e->t0, "MODE")
		    || has_cue_between(x, c->s, last_end, e->t0, "NOUN")))
			break;
		/* "les présidents du Niger, du Tchad et de la Mauritanie": a
		   plural office's list of countries goes on after commas */
		if (got && e->t0 > last_end && !has_cue_between(x, c->s, last_end, e->t0 + 1, "ACCOMP")
		    && !joined(tl, last_end, e->t0, list || e->listed) && !named_in_row(x, tl, last, e, last_end)
		    && !office_in_row(tl, last, e, last_end) && !country_item(x, c->s, tl, last_end, e->t0))
			break;
		if (entourage(x, e))
			continue;
		code = party_of(x, e);
		if (code == -1)
			continue;
		if (code == -2)
			break;
		/* an office read short of its holder's name: "l'envoyé spécial
		   et conseiller principal du président américain pour la
		   réponse aux prises d'otages, X" is X, of the office's country */
		if (code <= -3) {
			struct xent *h = holder_after(x, i);
			if (h && party_of(x, h) >= 0) {
				code = party_of(x, h);
				if (e->country && !x->p[code].country)
					x->p[code].country = e->country;
				e = h;
				/* on from the holder, of the same sentence */
				while (x->sent_ents[k] != (size_t)(h - x->e))
					k++;
			}
		}
		code = resolve(x, code);
		if (code == subject && subject >= 0)
			continue;   /* an office that names the subject again */
		if (led && code >= 0 && !x->p[code].country)
			x->p[code].country = led;
		led = NULL;
		add_part(ev, code, side);
		got = 1;
		last = code;
		if (e->t1 > last_end)
			last_end = e->t1;
	}
}

