/* The values of the key person that are one person (see summ_person.c):
   a surname a report misspells, a name written without its given name,
   a participant no report gave a country to.

   Values join in four steps, each decided on what the step before left
   and only then applied, so that the result depends on the set of
   values, never on their order:
   1. one country, one initial, and surnames one person may be written
      as (names_close(): "Laftit" and "Laftif"); chains join, as one
      person's misspellings do ("Laftit", "Laftif", "Laftiff");
   2. a name without a given name joins the one person of its country
      with a given name and a close surname ("Macron": Emmanuel Macron);
      with two such (Emmanuel and Brigitte Macron) it stays apart, with
      none it joins the others of its country without a given name and
      of a close surname;
   3. a value without a country joins the one person of the same surname
      that has one: of the same initial, else of none; without an
      initial, of any initial.  Two initials never join one person who
      has none: "Mamadou Diallo" and "Abdoulaye Diallo" of no country
      stay apart from a "Diallo" of Guinea;
   4. among the values without a country left, one without a given name
      joins the only one of the same surname with a given name
      ("Guterres": António Guterres, of no country as the officials of
      international bodies are).
   Surnames of different countries never join, nor, without a country,
   surnames that are not the same. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

#define NONE SIZE_MAX
#define AMBIGUOUS (SIZE_MAX - 1)

struct who {
	char *copy;                     /* the value, cut at its slashes */
	const char *surname, *country, *initial;       /* "" when unknown */
	int person;                     /* a value of the key, not "unknown" */
};

struct people {
	struct who *w;
	size_t n;
	size_t *parent;                 /* union-find over the values */
	size_t *target;                 /* the person a value joins, NONE or AMBIGUOUS */
	const char **initial_of;        /* a person's initial, at its root; NULL: none */
};

#define WHO(i) (&pp->w[i])        /* value i of the people pp */

static void
people_read(struct people *pp, const char *const *values, size_t n)
{
	char *a, *b;
	size_t i;

	pp->n = n;
	pp->w = xcalloc(n + 1, sizeof *pp->w);
	pp->parent = xmalloc((n + 1) * sizeof *pp->parent);
	pp->target = xmalloc((n + 1) * sizeof *pp->target);
	pp->initial_of = xcalloc(n + 1, sizeof *pp->initial_of);
	for (i = 0; i < n; i++) {
		pp->parent[i] = i;
		pp->target[i] = NONE;
		pp->w[i].copy = xstrdup(values[i]);
		a = strchr(pp->w[i].copy, '/');
		b = strrchr(pp->w[i].copy, '/');
		if (!(pp->w[i].person = a && b != a))
			continue;
		*a = *b = '\0';
		pp->w[i].surname = pp->w[i].copy;
		pp->w[i].country = a + 1;
		pp->w[i].initial = b + 1;
	}
}

static void
people_free(struct people *pp)
{
	size_t i;

	for (i = 0; i < pp->n; i++)
		free(pp->w[i].copy);
	free(pp->w);
	free(pp->parent);
	free(pp->target);
	free(pp->initial_of);
}

static size_t
find(struct people *pp, size_t i)
{
	return sm_uf_find(pp->parent, i);
}

static void
unite(struct people *pp, size_t a, size_t b)
{
	sm_uf_union(pp->parent, a, b);
}

/* The person found so far, once another is found too: ambiguous. */
static size_t
candidate(size_t found, size_t r)
{
	return found == NONE || found == r ? r : AMBIGUOUS;
}

static const struct who *sort_who;

static int
by_country(const void *pa, const void *pb)
{
	const struct who *a = &sort_who[*(const size_t *)pa], *b = &sort_who[*(const size_t *)pb];
	int c;

	if ((c = strcmp(a->country, b->country)) || (c = strcmp(a->surname, b->surname)))
		return c;
	return strcmp(a->initial, b->initial);
}

static int
by_surname(const void *pa, const void *pb)
{
	const struct who *a = &sort_who[*(const size_t *)pa], *b = &sort_who[*(const size_t *)pb];
	int c;

	if ((c = strcmp(a->surname, b->surname)) || (c = strcmp(a->country, b->country)))
		return c;
	return strcmp(a->initial, b->initial);
}

/* Steps 1 and 2 in the values of one country, ix[0, n). */
static void
join_in_country(struct people *pp, const size_t *ix, size_t n)
{
	const char **surnames = xmalloc((n + 1) * sizeof *surnames);
	struct sm_pair *p;
	size_t np, i, a, b, u;

	for (i = 0; i < n; i++)
		surnames[i] = WHO(ix[i])->surname;
	np = sm_close_pairs(surnames, n, &p);
	for (i = 0; i < np; i++) {
		a = ix[p[i].a];
		b = ix[p[i].b];
		if (*WHO(a)->initial && !strcmp(WHO(a)->initial, WHO(b)->initial))
			unite(pp, a, b);
	}
	for (i = 0; i < np; i++) {      /* the persons a name without an initial may be */
		a = ix[p[i].a];
		b = ix[p[i].b];
		if (!*WHO(a)->initial == !*WHO(b)->initial)
			continue;
		u = *WHO(a)->initial ? b : a;
		pp->target[u] = candidate(pp->target[u], find(pp, u == a ? b : a));
	}
	for (i = 0; i < n; i++)
		if (!*WHO(ix[i])->initial && pp->target[ix[i]] < AMBIGUOUS)
			unite(pp, ix[i], pp->target[ix[i]]);
	for (i = 0; i < np; i++) {      /* with none, the others without */
		a = ix[p[i].a];
		b = ix[p[i].b];
		if (!*WHO(a)->initial && !*WHO(b)->initial && pp->target[a] == NONE && pp->target[b] == NONE)
			unite(pp, a, b);
	}
	free(p);
	free(surnames);
}

/* Step 3: the one person with a country in ix[s0, s1), the values of
   one surname, that u may be: of u's initial (any, when u has none) or,
   with initial_less, of none. */
static size_t
country_person(struct people *pp, const size_t *ix, size_t s0, size_t s1, const struct who *u, int initial_less)
{
	size_t b, r, found = NONE;
	const char *ri;

	for (b = s0; b < s1; b++) {
		if (!*WHO(ix[b])->country)
			continue;
		r = find(pp, ix[b]);
		ri = pp->initial_of[r];
		if (initial_less ? !ri : !*u->initial || (ri && !strcmp(ri, u->initial)))
			found = candidate(found, r);
	}
	return found;
}

static void
countryless_targets(struct people *pp, const size_t *ix, size_t s0, size_t s1)
{
	size_t a, t;
	const struct who *u;

	for (a = s0; a < s1; a++) {
		u = WHO(ix[a]);
		if (*u->country)
			continue;
		t = country_person(pp, ix, s0, s1, u, 0);
		if (t == NONE && *u->initial)
			t = country_person(pp, ix, s0, s1, u, 1);
		pp->target[ix[a]] = t;
	}
}

/* Of the values without a country that would join a person who has no
   initial, none joins when they have two initials. */
static void
no_two_initials(struct people *pp)
{
	const char **seen = xcalloc(pp->n + 1, sizeof *seen);
	char *clash = xcalloc(pp->n + 1, 1);
	size_t i, t;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < pp->n; i++) {
			t = pp->target[i];
			if (!pp->w[i].person || *pp->w[i].country || !*pp->w[i].initial || t >= AMBIGUOUS
			    || pp->initial_of[t])
				continue;
			if (pass == 1 && clash[t])
				pp->target[i] = NONE;
			else if (pass == 0 && seen[t] && strcmp(seen[t], pp->w[i].initial))
				clash[t] = 1;
			else if (pass == 0)
				seen[t] = pp->w[i].initial;
		}
	free(seen);
	free(clash);
}

/* Step 4, in ix[s0, s1), the values of one surname. */
static void
initial_less_targets(struct people *pp, const size_t *ix, size_t s0, size_t s1)
{
	size_t a, b;
	const struct who *u, *w;

	for (a = s0; a < s1; a++) {
		u = WHO(ix[a]);
		if (*u->country || *u->initial || pp->target[ix[a]] != NONE)
			continue;
		for (b = s0; b < s1; b++) {
			w = WHO(ix[b]);
			if (!*w->country && *w->initial && pp->target[ix[b]] >= AMBIGUOUS)
				pp->target[ix[a]] = candidate(pp->target[ix[a]], ix[b]);
		}
	}
}

static void
join_targets(struct people *pp)
{
	size_t i;

	for (i = 0; i < pp->n; i++)
		if (pp->w[i].person && !*pp->w[i].country && pp->target[i] < AMBIGUOUS)
			unite(pp, i, pp->target[i]);
}

/* The values of the key person, sorted: ix gets them, in the order cmp
   gives; returns how many, with a country only when countries is set. */
static size_t
persons(const struct people *pp, size_t *ix, int countries, int (*cmp)(const void *, const void *))
{
	size_t i, m = 0;

	for (i = 0; i < pp->n; i++)
		if (pp->w[i].person && (!countries || *pp->w[i].country))
			ix[m++] = i;
	sort_who = pp->w;
	qsort(ix, m, sizeof *ix, cmp);
	return m;
}

static void
join_countries(struct people *pp, size_t *ix)
{
	size_t m = persons(pp, ix, 1, by_country), c0, c1;

	for (c0 = 0; c0 < m; c0 = c1) {
		for (c1 = c0; c1 < m && !strcmp(WHO(ix[c1])->country, WHO(ix[c0])->country); c1++)
			;
		join_in_country(pp, ix + c0, c1 - c0);
	}
}

static void
join_countryless(struct people *pp, size_t *ix)
{
	size_t m = persons(pp, ix, 0, by_surname), i, s0, s1;
	int step;

	for (i = 0; i < pp->n; i++)
		if (pp->w[i].person && *pp->w[i].country && *pp->w[i].initial)
			pp->initial_of[find(pp, i)] = pp->w[i].initial;
	for (step = 3; step <= 4; step++) {
		for (s0 = 0; s0 < m; s0 = s1) {
			for (s1 = s0; s1 < m && !strcmp(WHO(ix[s1])->surname, WHO(ix[s0])->surname); s1++)
				;
			if (step == 3)
				countryless_targets(pp, ix, s0, s1);
			else
				initial_less_targets(pp, ix, s0, s1);
		}
		if (step == 3)
			no_two_initials(pp);
		join_targets(pp);
	}
}

/* How much of a person a value tells: a country, an initial. */
static int
known(const struct who *w)
{
	return w->person ? (*w->country != '\0') + (*w->initial != '\0') : 0;
}

/* Whether value i is a better one for a person to go under than value
   b: the one that tells more, then the one of more reports, then the
   first in byte order. */
static int
better_rep(const struct people *pp, const uint64_t *reports, size_t i, size_t b)
{
	if (known(&pp->w[i]) != known(&pp->w[b]))
		return known(&pp->w[i]) > known(&pp->w[b]);
	return reports[i] > reports[b] || (reports[i] == reports[b] && i < b);
}

void
sm_person_reps(const char *const *values, const uint64_t *reports, size_t n, size_t *rep)
{
	struct people pp;
	size_t *ix = xmalloc((n + 1) * sizeof *ix), i, r;

	people_read(&pp, values, n);
	join_countries(&pp, ix);
	join_countryless(&pp, ix);
	for (i = 0; i < n; i++)
		ix[i] = NONE;
	for (i = 0; i < n; i++) {
		r = find(&pp, i);
		if (ix[r] == NONE || better_rep(&pp, reports, i, ix[r]))
			ix[r] = i;
	}
	for (i = 0; i < n; i++)
		rep[i] = ix[find(&pp, i)];
	people_free(&pp);
	free(ix);
}
