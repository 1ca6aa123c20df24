/* Who the document's people are: names that differ by a letter or two,
   or are written family name first, are one person; an office is its
   holder's, or stands for its country's official. */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "extract/xdoc.h"

static const char *
surname(const char *value)
{
	const char *sp = value ? strrchr(value, ' ') : NULL;
	size_t n;

	if (!value)
		return "";
	/* regnal names: "mohammed vi" is known by its given name */
	if (sp && (n = strlen(sp + 1)) <= 4 && strspn(sp + 1, "ivx") == n)
		return value;
	return sp ? sp + 1 : value;
}

/* "Chugaev Dmitri" after "Dmitri Chugaev": a name of two words written
   family name first is the same person. */
static int
reversed(const char *a, const char *b)
{
	const char *sa = a ? strchr(a, ' ') : NULL, *sb = b ? strchr(b, ' ') : NULL;
	size_t la, lb;

	if (!sa || !sb || strchr(sa + 1, ' ') || strchr(sb + 1, ' '))
		return 0;
	la = (size_t)(sa - a);
	lb = (size_t)(sb - b);
	return strlen(sa + 1) == lb && strlen(sb + 1) == la
	    && !strncmp(a, sb + 1, la) && !strncmp(b, sa + 1, lb);
}

/* "Denis Sassou" and "Denis Sassou N'Guesso": a name of two words or
   more that begins the other, word for word, is the same person's. */
static int
name_begins(const char *a, const char *b)
{
	size_t la, lb;

	if (!a || !b || !strchr(a, ' ') || !strchr(b, ' '))
		return 0;
	la = strlen(a);
	lb = strlen(b);
	return la < lb ? !strncmp(a, b, la) && b[la] == ' ' : lb < la && !strncmp(a, b, lb) && a[lb] == ' ';
}

/* Whether the one-word name w is a word of the full name v past its
   first, or the first half of a hyphenated one: "Diaz-Canel" of "Miguel
   Diaz-Canel Bermudez", "Tshisekedi" of "Félix-Antoine
   Tshisekedi-Tshilombo"; an article joined to the word does not count. */
static int
part_of_name(const char *v, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	if (!v || !w || !n || strchr(w, ' ') || !strchr(v, ' '))
		return 0;
	for (p = strchr(v, ' '); p; p = strchr(p + 1, ' ')) {
		const char *q = p + 1;
		/* "Ghabbach" of "Hassan al-Ghabbach" */
		if ((!strncmp(q, "al-", 3) || !strncmp(q, "el-", 3)) && strncmp(w, q, 3))
			q += 3;
		if (!strncmp(q, w, n) && (q[n] == ' ' || q[n] == '\0' || q[n] == '-'))
			return 1;
	}
	return 0;
}

/* The one person of the document whose name holds the one-word name, or
   is the one-word name the full name holds (part_of_name); np when none
   or more than one. */
static size_t
name_part_person(const struct xdoc *x, const char *value)
{
	size_t k, found = x->np;

	for (k = 0; k < x->np; k++)
		if (part_of_name(x->p[k].value, value) || part_of_name(value, x->p[k].value)) {
			if (found < x->np)
				return x->np;
			found = k;
		}
	return found;
}

/* Whether word w (up to a space or the end) is one of the words of v
   before its last: a given name behind a title ("cheikh tamim"), not
   the family name ("Nahyan bin Mubarak Al Nahyan" is not "Mansour bin
   Zayed Al Nahyan"). */
static int
has_word(const char *v, const char *w, size_t n)
{
	const char *p;

	for (p = v; *p; p++)
		if ((p == v || p[-1] == ' ') && !strncmp(p, w, n) && p[n] == ' ')
			return 1;
	return 0;
}

/* The word before the last of v, malloc'd; NULL for a name of fewer
   than three words. */
static char *
word_before_last(const char *v)
{
	const char *last = strrchr(v, ' '), *p;

	if (!last || last == v)
		return NULL;
	for (p = last - 1; p > v && p[-1] != ' '; p--)
		;
	return p == v ? NULL : xstrndup(p, (size_t)(last - p));
}

/* "Rodrigo Malmierca Diaz" and "Rogelio Sierra Diaz": the words before
   one surname differ too, each missing from the other. */
static int
other_middle(const char *a, const char *b)
{
	char *ma = word_before_last(a), *mb = word_before_last(b);
	int other = ma && mb && !names_close(ma, mb) && !has_word(b, ma, strlen(ma))
	    && !has_word(a, mb, strlen(mb));

	free(ma);
	free(mb);
	return other;
}

/* "Brigitte Macron" and "Emmanuel Macron": two names of one surname whose
   given names differ from their first letters, each missing from the
   other, are two people, and so are given names that share their first
   letters when the words before the surname differ as well; a given
   name misspelt or cut ("Antony", "Anthony"; "Abdel", "Abdelhamid") or
   a title in front ("cheikh tamim ...", "tamim ...") is not. */
static int
other_given(const char *a, const char *b)
{
	const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
	char *fa, *fb;
	int other;

	if (!sa || !sb || (size_t)(sa - a) < 3 || (size_t)(sb - b) < 3)
		return 0;
	if ((size_t)(sa - a) == (size_t)(sb - b) && !strncmp(a, b, (size_t)(sa - a)))
		return 0;
	fa = xstrndup(a, (size_t)(sa - a));
	fb = xstrndup(b, (size_t)(sb - b));
	other = !names_close(fa, fb) && (strncmp(fa, fb, 2) != 0 || other_middle(a, b))
	    && !has_word(b, fa, strlen(fa)) && !has_word(a, fb, strlen(fb));
	free(fa);
	free(fb);
	return other;
}

/* "le ministre grec, M. X": a word the tagger did not read, then a comma */
/* "La ministre malgache de la Justice reçue par X", "le patron
   d'Interpol a proposé à X": a meeting cue or an auxiliary between an
   office and a name parts them. */
static int
verb_between(struct xdoc *x, int s, size_t a, size_t b)
{
	static const char *const aux[] = {"ont", "est", "sont", "etait", "avait", "sera", "va", NULL};
	const struct toklist *tl = &x->tl[s];
	size_t k;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++)
		if (x->c[k].t0 < b && x->c[k].t1 > a && cue_is(&x->c[k], "MEET"))
			return 1;
	for (k = a; k < b; k++) {
		/* "a", not the "à" that folds alike */
		if (tl->t[k].b1 - tl->t[k].b0 == 1 && tl->text[tl->t[k].b0] == 'a')
			return 1;
		if (tok_is_one(tl, k, aux))
			return 1;
	}
	return 0;
}

static int
comma_between(const struct toklist *tl, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_is(tl, a, ","))
			return 1;
	return 0;
}

/* "le directeur du Bureau fédéral d'investigation (FBI) des États-Unis",
   "... de la Fédération de Russie":
   an office whose words ran on past what the tagger read takes the
   country named after "de" within its phrase, before any comma, verb or
   other entity but an organisation.  Returns where the office ends. */
static size_t
office_country_after(struct xdoc *x, struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, j;

	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < r->t1 || e == r)
			continue;
		if (e->t0 > r->t1 + 8 || (e->type != X_GPE && e->type != X_ORG))
			return r->t1;
		for (j = r->t1; j < e->t0; j++)
			if (tok_is(tl, j, ",") || tok_is(tl, j, ";") || tok_is(tl, j, "qui"))
				return r->t1;
		if (has_cue_between(x, r->s, r->t1, e->t0, "MEET"))
			return r->t1;
		if (e->type == X_GPE && e->country && e->t0 > 0 && (tok_is_de(tl, e->t0 - 1)
		    || (e->t0 > 1 && tok_is(tl, e->t0 - 2, "de")
		    && (tok_is(tl, e->t0 - 1, "la") || tok_is(tl, e->t0 - 1, "l'"))))) {
			r->country = e->country;
			return e->t1;
		}
	}
	return r->t1;
}

/* The name right after an office, or after its "M." ("le ministre des
   Affaires étrangères Hakan Fidan"), or NULL: in "X, directeur de la
   CIA, Y" and "X, Conseiller spécial ; M. Y" the office is X's. */
static struct xent *
name_right_after(struct xdoc *x, const struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k;

	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *p = &x->e[x->sent_ents[k]];
		/* "M." is two tokens, m and the full stop */
		if (p->type == X_PER && p->person >= 0 && (p->t0 == r->t1 || (p->t0 == r->t1 + 1
		    && (tok_is(tl, r->t1, "mme") || tok_is(tl, r->t1, "dr"))) || (p->t0 == r->t1 + 2
		    && tok_is(tl, r->t1, "m") && tok_is(tl, r->t1 + 1, "."))))
			return p;
	}
	return NULL;
}

/* "X, le Premier ministre, Y, et ...": the name after the office's comma
   that the tagger gave this office is its holder, not the one before. */
static struct xent *
tagged_holder_after(struct xdoc *x, const struct xent *r)
{
	size_t k;

	if (!r->role || r->t1 >= x->tl[r->s].n || !tok_is(&x->tl[r->s], r->t1, ","))
		return NULL;
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *p = &x->e[x->sent_ents[k]];
		if (p->type == X_PER && p->person >= 0 && p->t0 == r->t1 + 1 && p->role
		    && !strcmp(p->role, r->role))
			return p;
	}
	return NULL;
}

/* Office r names an international body ("de la Banque mondiale") and,
   after it, where it serves ("au Tchad", "en Guinée"): its country is
   not its holder's.  "ambassadeur d'Algérie ... auprès de la Ligue des
   Etats arabes" names its holder's. */
static int
body_posted_in(const struct xdoc *x, const struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, t;

	for (k = x->cue_from[r->s]; k < x->cue_from[r->s + 1]; k++) {
		const struct cue *c = &x->c[k];
		if (c->t0 < r->t0 || c->t1 > r->t1 || !cue_is(c, "INTL") || strcmp(c->e->value, "body"))
			continue;
		for (t = c->t1; t < r->t1; t++)
			if (tok_is(tl, t, "au") || tok_is(tl, t, "en") || tok_is(tl, t, "aux") || tok_is(tl, t, "a"))
				return 1;
	}
	return 0;
}

/* Office r names p's person, who takes its role, office and country
   when he has none of his own. */
static void
hold_office(struct xdoc *x, struct xent *r, const struct xent *p)
{
	struct person *h = &x->p[p->person];

	r->person = p->person;
	if (!h->role && r->role)
		h->role = r->role;
	if (!h->office && r->value && strcmp(r->value, "counterpart"))
		h->office = r->value;
	/* "Représentante du Haut-Commissariat des Nations Unies en Guinée":
	   the country of an international body's office is where it serves,
	   and when the office names the body, not even its holder's */
	if (has_cue_between(x, r->s, r->t0, r->t1, "INTL")) {
		h->intl = 1;
		if (h->country && r->country && !strcmp(h->country, r->country) && body_posted_in(x, r))
			h->country = NULL;
	} else if (!h->country && r->country) {
		h->country = r->country;
	}
	if (r->value && (!strcmp(r->value, "king") || !strcmp(r->value, "queen")))
		h->role_head_king = 1;
}

/* "X, vice-président, vice-premier ministre et ...": an office apposed
   with no article right after the comma of an office held is the same
   holder's; the entity before r when that is so, else NULL. */
static struct xent *
chained_office(struct xdoc *x, const struct xent *r)
{
	size_t k;

	if (r->t0 < 2 || !tok_is(&x->tl[r->s], r->t0 - 1, ","))
		return NULL;
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_ROLE && e != r && e->t1 + 1 == r->t0 && e->person >= 0)
			return e;
	}
	return NULL;
}

/* Name p follows office r as its holder: "le ministre, M. X", "le
   directeur du protocole, Ali Hassan". */
static int
apposed_after(struct xdoc *x, const struct xent *r, const struct xent *p, size_t rend)
{
	return (p->t0 >= r->t1 && p->t0 <= r->t1 + 3 && !verb_between(x, p->s, r->t1, p->t0))
	    || (p->t0 >= r->t1 && p->t0 <= rend + 6 && comma_between(&x->tl[p->s], r->t1, p->t0));
}

/* Name p comes right before office r and its comma: "X, ministre de...". */
static int
apposed_before(struct xdoc *x, const struct xent *r, const struct xent *p)
{
	return p->t1 <= r->t0 && p->t1 + 2 >= r->t0 && tok_is(&x->tl[p->s], p->t1, ",");
}

/* Office r opens with its article and a name follows its words and one
   comma: "..., le directeur du protocole, M. Y": Y's office, not the
   one's before it.  Not "X, directeur de la CIA, Y", nor ", et Y". */
static int
holder_named_after(struct xdoc *x, const struct xent *r, size_t rend)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, t, commas;

	if (r->t0 == 0 || !tok_is_article(tl, r->t0 - 1))
		return 0;
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		const struct xent *q = &x->e[x->sent_ents[k]];
		if (q->type != X_PER || q->person < 0 || q->t0 <= r->t1 || q->t0 > rend + 6
		    || verb_between(x, q->s, r->t1, q->t0))
			continue;
		for (commas = 0, t = rend; t < q->t0; t++) {
			commas += tok_is(tl, t, ",");
			if (tok_is(tl, t, "et"))
				commas = 2;
		}
		if (commas == 1)
			return 1;
	}
	return 0;
}

/* Name p already holds an office named before it ("l'ambassadeur en
   Éthiopie, X"). */
static int
office_before(const struct xdoc *x, const struct xent *p)
{
	size_t k;

	for (k = x->ent_from[p->s]; k < x->ent_from[p->s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_ROLE && e->person == p->person && e->t1 <= p->t0)
			return 1;
	}
	return 0;
}

/* An office names the person in apposition to it: "le ministre, M. X",
   "X, ministre de...".  A name right after the office is its holder
   before one that ends just before it: "le président Erdogan, le
   ministre Hakan Fidan" lists two people; so does "l'ambassadeur, X, le
   directeur du protocole, Y": X has his office already. */
static void
name_office_holders(struct xdoc *x)
{
	size_t i, k, rend;

	for (i = 0; i < x->ne; i++) {
		struct xent *r = &x->e[i], *p;
		if (r->type != X_ROLE || (r->plural && plural_offices(x, r)))
			continue;
		/* "un émissaire du président du Tchad, X": the name is the
		   sender's (exclude.c), the envoy goes unnamed */
		if (i + 1 < x->ne && x->e[i + 1].type == X_ROLE && x->e[i + 1].excluded && x->e[i + 1].s == r->s
		    && x->e[i + 1].t0 <= r->t1 + 2)
			continue;
		/* (an office that runs on, "... de la Fédération de Russie", takes
		   its country here) */
		rend = !r->country && !r->plural ? office_country_after(x, r) : r->t1;
		if ((p = name_right_after(x, r)) || (p = tagged_holder_after(x, r))) {
			hold_office(x, r, p);
			continue;
		}
		for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
			p = &x->e[x->sent_ents[k]];
			if (p->type != X_PER || p->person < 0)
				continue;
			/* "le ministre, M. X" or "X, ministre de..." */
			if (apposed_after(x, r, p, rend) || (apposed_before(x, r, p)
			    && !(office_before(x, p) && holder_named_after(x, r, rend)))) {
				hold_office(x, r, p);
				break;
			}
		}
		if (r->person < 0 && (p = chained_office(x, r)))
			r->person = p->person;
	}
}

/* "le Président de la République et Président de l'UA, M. X": two
   offices joined by "et" with no article between are one holder's. */
static void
coordinated_offices(struct xdoc *x)
{
	size_t i;

	for (i = 0; i + 1 < x->ne; i++) {
		struct xent *r = &x->e[i], *next = &x->e[i + 1];
		if (r->type == X_ROLE && next->type == X_ROLE && r->s == next->s && r->person < 0
		    && next->person >= 0 && next->t0 == r->t1 + 1 && tok_is(&x->tl[r->s], r->t1, "et"))
			r->person = next->person;
	}
}

int
is_counterpart_role(const char *role)
{
	return role && !strncmp(role, "homologue", 9);
}

/* "X a accueilli son homologue russe, Y": Y holds X's office, X being
   the one the sentence names nearest before Y (after him, when none
   is). */
static void
counterpart_offices(struct xdoc *x)
{
	size_t i, k;

	for (i = 0; i < x->ne; i++) {
		const struct xent *y = &x->e[i];
		const struct person *peer = NULL;
		const char *pc, *yc;
		if (y->type != X_PER || y->person < 0 || x->p[y->person].peer_role
		    || !is_counterpart_role(x->p[y->person].role))
			continue;
		for (k = x->ent_from[y->s]; k < x->ent_from[y->s + 1]; k++) {
			const struct xent *e = &x->e[x->sent_ents[k]];
			const struct person *q;
			if (e->type != X_PER || e->person < 0 || e->person == y->person)
				continue;
			q = &x->p[e->person];
			if (!q->role || is_counterpart_role(q->role))
				continue;
			if (e->t1 <= y->t0 || !peer)
				peer = q;
			if (e->t0 >= y->t1)
				break;
		}
		/* of the same country (the text's, when unsaid), "son
		   homologue" is a colleague of another portfolio */
		pc = peer && peer->country ? peer->country : x->home;
		yc = x->p[y->person].country ? x->p[y->person].country : x->home;
		if (peer && !(pc && yc && !strcmp(pc, yc))) {
			x->p[y->person].peer_role = peer->role;
			if (!x->p[y->person].office)
				x->p[y->person].office = peer->office;
		}
	}
}

void
cluster_people(struct xdoc *x)
{
	size_t i, k, keylen;

	for (i = 0; i < x->ne; i++) {
		struct xent *e = &x->e[i];
		const char *key;
		if (e->type != X_PER || !e->value)
			continue;
		key = surname(e->value);
		keylen = utf8_cplen(key, strlen(key));
		/* more than 2 code points apart in length: more than 2 edits */
		for (k = 0; k < x->np; k++)
			if (x->p[k].keylen + 2 >= keylen && keylen + 2 >= x->p[k].keylen
			    && names_close(x->p[k].key, key) && !other_given(x->p[k].value, e->value))
				break;
		if (k == x->np)
			for (k = 0; k < x->np && !reversed(x->p[k].value, e->value)
			    && !name_begins(x->p[k].value, e->value); k++)
				;
		if (k == x->np)
			k = name_part_person(x, e->value);
		if (k == x->np) {
			k = (size_t)add_person(x, e->text, key);
			x->p[k].value = e->value;
		}
		e->person = (int)k;
		/* the longest written form is the name */
		if (strlen(e->text) > strlen(x->p[k].name) && !x->head[e->s])
			x->p[k].name = e->text;
		if (!x->p[k].role && e->role)
			x->p[k].role = e->role;
		if (!x->p[k].country && e->country)
			x->p[k].country = e->country;
		x->p[k].honorific |= e->honorific;
		x->p[k].intl |= e->intl;
		/* a name alone on its line is the author's signature ("Didier
		   Kéi" under the article), no mention of someone in the news */
		if (e->t0 == 0 && e->t1 == x->tl[e->s].n)
			continue;
		x->p[k].mentions++;
		if (!e->excluded && !e->honorific)
			x->p[k].usable = 1;
	}
	name_office_holders(x);
	coordinated_offices(x);
	counterpart_offices(x);
}
