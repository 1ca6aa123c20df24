/* Groups of events and their mergeable state.  A group keeps what its
   counts need to survive a merge exactly: the set of its documents (as
   64-bit hashes), its distinct meeting signatures with how many reports
   each stands for, its participants' names with their frequencies, and
   its first and last dates.  Meetings are counted from the signatures
   only when the table is written (summ_cluster.c), so that a partial
   state is a plain union and a merge gives what a single run gives.
   Documents and signatures past the buffer size go to disk, sorted, and
   are merged back group by group (summ_spill.c), so that memory grows
   with the groups and their names, not with the events. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* ---- groups ---- */

void
sm_table_init(struct sm_table *t, const enum sm_key *keys, int nkeys)
{
	memset(t, 0, sizeof *t);
	memcpy(t->keys, keys, (size_t)nkeys * sizeof *keys);
	t->nkeys = nkeys;
	t->budget = SM_BUFFER_DEFAULT;
	t->spill_fd = -1;
}

static int
group_eq(size_t idx, const void *item, const void *ctx)
{
	const struct sm_table *t = ctx;

	return strcmp(t->g[idx]->key, item) == 0;
}

struct sm_group *
sm_group_get(struct sm_table *t, const char *key)
{
	uint64_t h = sm_hash(key, strlen(key));
	size_t i = sm_map_get(&t->idx, h, group_eq, key, t);
	struct sm_group *g;

	if (i)
		return t->g[i - 1];
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->g = xrealloc(t->g, t->cap * sizeof *t->g);
	}
	g = xcalloc(1, sizeof *g);
	g->key = xstrdup(key);
	g->id = t->n;
	g->shown = xcalloc((size_t)t->nkeys, sizeof *g->shown);
	t->g[t->n] = g;
	sm_map_put(&t->idx, h, t->n++);
	return g;
}

void
sm_group_shown(struct sm_group *g, int k, const char *shown)
{
	if (!g->shown[k] || sm_shown_better(shown, g->shown[k]))
		sm_group_shown_as(g, k, shown);
}

void
sm_group_shown_as(struct sm_group *g, int k, const char *shown)
{
	char *copy = xstrdup(shown);   /* shown may be g->shown[k] */

	free(g->shown[k]);
	g->shown[k] = copy;
}

static int
sig_eq(size_t idx, const void *item, const void *ctx)
{
	const struct sm_sig *a = &((const struct sm_group *)ctx)->sigs[idx], *b = item;

	return sm_sig_cmp(a, b) == 0;
}

static uint64_t
sig_hash(const struct sm_sig *s)
{
	uint64_t v[6] = {s->pkey, s->names, s->place, s->has_text ? s->simhash : 0,
		(uint64_t)(uint32_t)s->date.lo << 8 | s->date.prec, s->story.bits[0] ^ s->story.bits[2]};

	return sm_hash((const char *)v, sizeof v);
}

void
sm_group_add_sig(struct sm_group *g, const struct sm_sig *s, uint32_t n)
{
	uint64_t h = sig_hash(s);
	size_t i = sm_map_get(&g->sigidx, h, sig_eq, s, g);

	if (i) {
		g->count[i - 1] += n;
		return;
	}
	if (g->nsig == g->csig) {
		g->csig = g->csig ? g->csig * 2 : 4;
		g->sigs = xrealloc(g->sigs, g->csig * sizeof *g->sigs);
		g->count = xrealloc(g->count, g->csig * sizeof *g->count);
	}
	g->sigs[g->nsig] = *s;
	g->count[g->nsig] = n;
	sm_map_put(&g->sigidx, h, g->nsig++);
}

/* ISO dates compare as strings, precision ties included ("2024-06" before
   "2024-06-03"). */
void
sm_group_add_dates(struct sm_group *g, const char *first, const char *last)
{
	if (first && *first && (!*g->first || strcmp(first, g->first) < 0))
		snprintf(g->first, sizeof g->first, "%s", first);
	if (last && *last && (!*g->last || strcmp(last, g->last) > 0))
		snprintf(g->last, sizeof g->last, "%s", last);
}

static void
add_event(const struct sm_table *t, struct sm_group *g, const struct sm_event *ev, const struct sm_val *const *vals)
{
	size_t i, j;
	char iso[11];
	int k;

	for (k = 0; k < t->nkeys; k++) {
		sm_group_shown(g, k, vals[k]->shown);
		if (t->keys[k] == K_PERSON)
			sm_names_add(&g->forms, vals[k]->shown, vals[k]->shown, 1);
	}
	sm_u64set_add(&g->docs, ev->dochash);
	sm_group_add_sig(g, &ev->sig, 1);
	for (i = 0; i < ev->nparts; i++) {
		if (!ev->parts[i].key)
			continue;
		for (j = 0; j < i && !(ev->parts[j].key && strcmp(ev->parts[j].key, ev->parts[i].key) == 0); j++)
			;
		if (j == i)     /* a name counts once an event */
			sm_names_add(&g->names, ev->parts[i].key, ev->parts[i].name, 1);
	}
	sm_date_str(&ev->sig.date, iso);
	sm_group_add_dates(g, iso, iso);
	g->reports++;
}

const char *
sm_best_form(const struct sm_names *forms)
{
	const struct sm_name *best = NULL;
	size_t i;

	for (i = 0; i < forms->n; i++)
		if (!best || forms->v[i].n > best->n
		    || (forms->v[i].n == best->n && sm_shown_better(forms->v[i].shown, best->shown)))
			best = &forms->v[i];
	return best ? best->shown : NULL;
}

/* Every combination of the event's values, one per key. */
void
sm_table_add(struct sm_table *t, const struct sm_event *ev)
{
	struct sm_vals vs[SM_MAXKEYS];
	const struct sm_val *pick[SM_MAXKEYS];
	size_t at[SM_MAXKEYS] = {0};
	mc_buf key = {0};
	struct sm_group *g;
	size_t held;
	int k, done = 0;

	memset(vs, 0, sizeof vs);
	for (k = 0; k < t->nkeys; k++)
		sm_key_values(ev, t->keys[k], &vs[k]);
	while (!done) {
		buf_clear(&key);
		for (k = 0; k < t->nkeys; k++) {
			pick[k] = &vs[k].v[at[k]];
			if (k)
				buf_addc(&key, '\x1f');
			buf_adds(&key, pick[k]->key);
		}
		g = sm_group_get(t, buf_cstr(&key));
		held = sm_group_bytes(g);
		add_event(t, g, ev, pick);
		t->mem += sm_group_bytes(g) - held;
		/* next combination, as an odometer */
		for (k = t->nkeys - 1; k >= 0 && ++at[k] == vs[k].n; k--)
			at[k] = 0;
		done = k < 0;
	}
	for (k = 0; k < t->nkeys; k++)
		sm_vals_free(&vs[k]);
	buf_free(&key);
	sm_table_check(t);
}

void
sm_table_check(struct sm_table *t)
{
	if (t->mem > t->budget)
		sm_table_spill(t);
}

static const struct sm_name *sort_names;

static int
name_rank(const void *pa, const void *pb)
{
	const struct sm_name *a = &sort_names[*(const size_t *)pa], *b = &sort_names[*(const size_t *)pb];

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->shown, b->shown);
}

size_t
sm_group_top_names(const struct sm_group *g, const char **out, size_t n)
{
	const struct sm_names *ns = &g->names;
	size_t *ix = xmalloc((ns->n + 1) * sizeof *ix), i;

	for (i = 0; i < ns->n; i++)
		ix[i] = i;
	sort_names = ns->v;
	qsort(ix, ns->n, sizeof *ix, name_rank);
	for (i = 0; i < n && i < ns->n; i++)
		out[i] = ns->v[ix[i]].shown;
	free(ix);
	return i;
}

void
sm_group_free(struct sm_group *g, int nkeys)
{
	int k;

	for (k = 0; k < nkeys; k++)
		free(g->shown[k]);
	free(g->shown);
	sm_names_free(&g->names);
	sm_names_free(&g->forms);
	free(g->key);
	free(g->sigs);
	free(g->count);
	sm_u64set_free(&g->docs);
	sm_map_free(&g->sigidx);
	free(g);
}

void
sm_table_free(struct sm_table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		sm_group_free(t->g[i], t->nkeys);
	free(t->g);
	sm_spill_free(t);
	sm_map_free(&t->idx);
	memset(t, 0, sizeof *t);
	t->spill_fd = -1;
}

