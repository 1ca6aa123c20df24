/* Plural offices: "ses homologues espagnol et portugais, X et Y", "les
   ministres de l'Intérieur marocain et portugais", "les ministres du
   commerce (Bénin, Ghana et Togo)": whose countries go to which names,
   or which become one office a country. */
#include <string.h>

#include "extract/xdoc.h"

static int
joiner(const struct toklist *tl, size_t i)
{
	return tok_is(tl, i, "et") || tok_is(tl, i, ",");
}

/* "ses homologues espagnol et portugais, X et Y": the countries of a
   plural office go to the names after it, in order, when they are as
   many.  Returns 1 when it gave them. */
static int
plural_office(struct xdoc *x, const struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t room = x->ent_from[r->s + 1] - x->ent_from[r->s] + 1;
	const char **country;
	int *person, nc = 0, np = 0, i, given;
	size_t k, end = r->t1;

	if (!r->country)
		return 0;
	/* as many as the sentence has entities */
	country = xmalloc(room * sizeof *country);
	person = xmalloc(room * sizeof *person);
	country[nc++] = r->country;
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < end)
			continue;
		if (e->t0 > end + 1 || (e->t0 == end + 1 && !joiner(tl, end)))
			break;
		if (e->type == X_GPE && np == 0 && e->country)
			country[nc++] = e->country;
		else if (e->type == X_PER && e->person >= 0)
			person[np++] = e->person;
		else
			break;
		end = e->t1;
	}
	given = nc >= 2 && nc == np;
	for (i = 0; given && i < np; i++)
		if (!x->p[person[i]].country)
			x->p[person[i]].country = country[i];
	free(country);
	free(person);
	return given;
}

/* Between an office and a country of its list: nothing, "et", a comma,
   and "de" in any form ("du Mali, du Niger et du Tchad"). */
static int
list_gap(const struct toklist *tl, size_t from, size_t to)
{
	static const char *const w[] = {"et", ",", "de", "du", "des", "d'", "la", "l'", NULL};
	size_t i;

	if (to > from + 3)
		return 0;
	for (i = from; i < to; i++)
		if (!tok_is_one(tl, i, w))
			return 0;
	return 1;
}

/* The country e of a list after the plural office r becomes one more
   office of r's kind, of that country. */
static void
list_as_office(struct xent *e, const struct xent *r)
{
	e->listed = 1;
	e->type = X_ROLE;
	e->role = r->role;
	e->value = r->value;
}

/* "les ministres de l'Intérieur marocain et portugais" with no names
   after it: one office per country, each standing for its official, so
   that the frames read "X et Y ont tenu une réunion".  The demonyms
   become offices of the same kind. */
static int
plural_split(struct xdoc *x, struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, end = r->t1;
	int nd = 0;

	if (!r->country)
		return 0;
	/* the demonyms listed after the office, however many */
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < end)
			continue;
		if (e->type != X_GPE || !e->country || !list_gap(tl, end, e->t0))
			break;
		list_as_office(e, r);
		end = e->t1;
		nd++;
	}
	if (nd == 0)
		return 0;
	r->plural = 0;
	r->listed = 1;
	return 1;
}

/* "la réunion des ministres du commerce (Bénin, Ghana, Côte d'Ivoire,
   Nigeria et Togo)": a plural office of no country, its complement, and
   the countries in brackets: one office per country, as above; the
   first country is the office's own. */
/* tokens from the office to its "(": "du commerce des Etats du corridor
   Abidjan-Lagos (" */
#define BRACKET_AFTER 10

static int
bracket_split(struct xdoc *x, struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	struct xent *first = NULL;
	size_t k, j, end = r->t1;
	int nd = 0;

	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < r->t1 || e == r || (!first && e->type == X_LOC))
			continue;
		if (e->type != X_GPE || !e->country)
			break;
		if (!first) {
			if (e->t0 > r->t1 + BRACKET_AFTER || e->t0 == 0 || !tok_is(tl, e->t0 - 1, "("))
				return 0;
			for (j = r->t1; j + 1 < e->t0; j++)
				if (tok_is(tl, j, ",") || tok_is(tl, j, ";") || tok_is(tl, j, "("))
					return 0;
			first = e;
		} else if (list_gap(tl, end, e->t0)) {
			list_as_office(e, r);
			nd++;
		} else
			break;
		end = e->t1;
	}
	if (!first || nd == 0)
		return 0;
	r->country = first->country;
	first->type = X_OTHER;
	r->plural = 0;
	r->listed = 1;
	return 1;
}

/* Plural office r read as above; 1 when it was. */
int
plural_offices(struct xdoc *x, struct xent *r)
{
	return plural_office(x, r) || plural_split(x, r) || (!r->country && bracket_split(x, r));
}
