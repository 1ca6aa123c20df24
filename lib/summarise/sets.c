/* Sets of 64-bit hashes and maps from a hash to an index, with open
   addressing, and names with their counts: the containers every part of
   mc-summarise counts with, and the hash, word and shown-form helpers
   they share, so that this file calls no other of the folder. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* ---- hashes, words and shown forms, which the rest builds on ---- */

uint64_t
sm_hash(const char *s, size_t n)
{
	uint64_t h = mix64(tok_hash_str(s, n));

	return h ? h : 1;
}

int
sm_word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

int
sm_shown_better(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	return la != lb ? la > lb : strcmp(a, b) < 0;
}

/* ---- union-find over indices: a set's root is its smallest index ---- */

size_t
sm_uf_find(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

size_t
sm_uf_union(size_t *parent, size_t a, size_t b)
{
	a = sm_uf_find(parent, a);
	b = sm_uf_find(parent, b);
	if (a == b)
		return SM_UF_SAME;
	if (b < a) {
		size_t t = a;
		a = b;
		b = t;
	}
	parent[b] = a;
	return b;
}

/* ---- a set of hashes, open addressing (0 stands for itself as 1) ---- */

static void
set_grow(struct sm_u64set *s)
{
	uint64_t *old = s->v;
	size_t ocap = s->cap, i, k;

	s->cap = ocap ? ocap * 2 : 8;
	s->v = xcalloc(s->cap, sizeof *s->v);
	for (i = 0; i < ocap; i++) {
		if (!old[i])
			continue;
		for (k = old[i] & (s->cap - 1); s->v[k]; k = (k + 1) & (s->cap - 1))
			;
		s->v[k] = old[i];
	}
	free(old);
}

/* qsort order of 64-bit hashes. */
int
sm_u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int
sm_u64set_add(struct sm_u64set *s, uint64_t x)
{
	size_t k;

	x = x ? x : 1;
	if ((s->n + 1) * 4 > s->cap * 3)
		set_grow(s);
	for (k = x & (s->cap - 1); s->v[k]; k = (k + 1) & (s->cap - 1))
		if (s->v[k] == x)
			return 0;
	s->v[k] = x;
	s->n++;
	return 1;
}

int
sm_u64set_has(const struct sm_u64set *s, uint64_t x)
{
	size_t k;

	x = x ? x : 1;
	if (!s->cap)
		return 0;
	for (k = x & (s->cap - 1); s->v[k]; k = (k + 1) & (s->cap - 1))
		if (s->v[k] == x)
			return 1;
	return 0;
}

void
sm_u64set_free(struct sm_u64set *s)
{
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* ---- hash -> index ---- */

static void
map_grow(struct sm_map *m)
{
	uint64_t *oh = m->h;
	size_t *ov = m->v, ocap = m->cap, i, k;

	m->cap = ocap ? ocap * 2 : 8;
	m->h = xcalloc(m->cap, sizeof *m->h);
	m->v = xcalloc(m->cap, sizeof *m->v);
	for (i = 0; i < ocap; i++) {
		if (!ov[i])
			continue;
		for (k = oh[i] & (m->cap - 1); m->v[k]; k = (k + 1) & (m->cap - 1))
			;
		m->h[k] = oh[i];
		m->v[k] = ov[i];
	}
	free(oh);
	free(ov);
}

size_t
sm_map_get(const struct sm_map *m, uint64_t h, sm_eq_fn eq, const void *item, const void *ctx)
{
	size_t k;

	if (!m->cap)
		return 0;
	for (k = h & (m->cap - 1); m->v[k]; k = (k + 1) & (m->cap - 1))
		if (m->h[k] == h && eq(m->v[k] - 1, item, ctx))
			return m->v[k];
	return 0;
}

void
sm_map_put(struct sm_map *m, uint64_t h, size_t idx)
{
	size_t k;

	if ((m->n + 1) * 4 > m->cap * 3)
		map_grow(m);
	for (k = h & (m->cap - 1); m->v[k]; k = (k + 1) & (m->cap - 1))
		;
	m->h[k] = h;
	m->v[k] = idx + 1;
	m->n++;
}

void
sm_map_free(struct sm_map *m)
{
	free(m->h);
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* ---- names with their counts ---- */

static int
name_eq(size_t idx, const void *item, const void *ctx)
{
	return strcmp(((const struct sm_names *)ctx)->v[idx].key, item) == 0;
}

void
sm_names_add(struct sm_names *ns, const char *key, const char *shown, uint64_t n)
{
	uint64_t h = sm_hash(key, strlen(key));
	size_t i = sm_map_get(&ns->idx, h, name_eq, key, ns);
	struct sm_name *nm;

	if (i) {
		nm = &ns->v[i - 1];
		nm->n += n;
		if (sm_shown_better(shown, nm->shown)) {
			free(nm->shown);
			nm->shown = xstrdup(shown);
		}
		return;
	}
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 4;
		ns->v = xrealloc(ns->v, ns->cap * sizeof *ns->v);
	}
	nm = &ns->v[ns->n];
	nm->key = xstrdup(key);
	nm->shown = xstrdup(shown);
	nm->n = n;
	sm_map_put(&ns->idx, h, ns->n++);
}

void
sm_names_free(struct sm_names *ns)
{
	size_t i;

	for (i = 0; i < ns->n; i++) {
		free(ns->v[i].key);
		free(ns->v[i].shown);
	}
	free(ns->v);
	sm_map_free(&ns->idx);
	memset(ns, 0, sizeof *ns);
}
