/* Surnames one person may be written as (names_close(): the same, one
   letter apart from five letters, two from eight), found among many
   without comparing every pair.  Two strings at most k edits apart
   share a string that deleting at most k letters from each makes (a
   substitution is a deletion from both, an insertion one from the
   other): each surname's such strings are hashed, and only the surnames
   that share one are compared, as SymSpell does.  A surname of ten
   letters has 56 of them. */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "summarise/summarise.h"

struct variant {
	uint64_t h;             /* of the surname less some letters */
	size_t who;
};

struct variants {
	struct variant *v;
	size_t n, cap;
	mc_buf b;
};

/* Surname s less its code points i and j (SIZE_MAX: none), of m code
   points starting at off[]. */
static void
variant_add(struct variants *vs, const char *s, const size_t *off, size_t m, size_t i, size_t j, size_t who)
{
	size_t c;

	buf_clear(&vs->b);
	for (c = 0; c < m; c++)
		if (c != i && c != j)
			buf_add(&vs->b, s + off[c], off[c + 1] - off[c]);
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 256;
		vs->v = xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n].h = sm_hash(buf_cstr(&vs->b), vs->b.len);
	vs->v[vs->n++].who = who;
}

/* The surname itself and, as names_close() allows edits for its length,
   it less one code point, or two. */
static void
variants_of(struct variants *vs, const char *s, size_t who)
{
	size_t len = strlen(s), *off = xmalloc((len + 2) * sizeof *off), m = 0, at = 0, i, j, k;
	int32_t cp;

	while (at < len) {
		off[m++] = at;
		at += (size_t)utf8_next(s + at, len - at, &cp);
	}
	off[m] = len;
	k = m >= 8 ? 2 : m >= 5 ? 1 : 0;
	variant_add(vs, s, off, m, SIZE_MAX, SIZE_MAX, who);
	for (i = 0; k >= 1 && i < m; i++) {
		variant_add(vs, s, off, m, i, SIZE_MAX, who);
		for (j = i + 1; k >= 2 && j < m; j++)
			variant_add(vs, s, off, m, i, j, who);
	}
	free(off);
}

static int
variant_cmp(const void *pa, const void *pb)
{
	const struct variant *a = pa, *b = pb;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->who > b->who) - (a->who < b->who);
}

static int
pair_cmp(const void *pa, const void *pb)
{
	const struct sm_pair *a = pa, *b = pb;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return (a->b > b->b) - (a->b < b->b);
}

static void
pair_add(struct sm_pair **p, size_t *n, size_t *cap, size_t a, size_t b)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*p = xrealloc(*p, *cap * sizeof **p);
	}
	(*p)[*n].a = a;
	(*p)[(*n)++].b = b;
}

size_t
sm_close_pairs(const char *const *surnames, size_t n, struct sm_pair **out)
{
	struct variants vs = {0};
	struct sm_pair *p = NULL, prev = {0, 0};
	size_t np = 0, cap = 0, i, e, x, y, kept = 0;

	for (i = 0; i < n; i++)
		variants_of(&vs, surnames[i], i);
	if (vs.n)       /* qsort() takes no null array, even of no items */
		qsort(vs.v, vs.n, sizeof *vs.v, variant_cmp);
	for (i = 0; i < vs.n; i = e) {
		for (e = i + 1; e < vs.n && vs.v[e].h == vs.v[i].h; e++)
			;
		for (x = i; x < e; x++)
			for (y = x + 1; y < e; y++)
				if (vs.v[x].who != vs.v[y].who)
					pair_add(&p, &np, &cap, vs.v[x].who, vs.v[y].who);
	}
	if (np)
		qsort(p, np, sizeof *p, pair_cmp);
	for (i = 0; i < np; i++) {
		if (i && pair_cmp(&p[i], &prev) == 0)
			continue;       /* another string they share */
		prev = p[i];
		if (names_close(surnames[p[i].a], surnames[p[i].b]))
			p[kept++] = p[i];
	}
	free(vs.v);
	buf_free(&vs.b);
	*out = p;
	return kept;
}
