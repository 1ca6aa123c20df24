/* The table counted once all of it is read: each group's distinct
   documents and meetings, as sm_table_visit gives them back (summ_spill.c),
   and, with the key person, the rows of one person made one.

   The values of the key person that are one person (summ_join.c) all go
   under one of them, so that the groups of one person and of the same
   values of the other keys become one row.  Such a row counts
   the union of its groups: the sum of their reports, the distinct
   documents of all, and the meetings counted again from all their
   signatures, so that a meeting reported once as "Laftit" and once as
   "Laftif" counts once.  The documents and signatures of those groups
   are gathered in memory until the last of them is visited; the others
   are counted as they come, one set of participants at a time.  A
   partial state is never joined: it stays the plain union a merge
   needs, and the merge joins as one run does. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* The signatures of one set of participants: meetings never span two. */
struct bucket {
	struct sm_sig *s;
	uint32_t *n;
	size_t len, cap;
};

/* The groups of one row. */
struct join {
	struct sm_group *row;   /* the group that stays, as the row */
	struct sm_group *acc;   /* the documents and signatures of all */
	size_t first, n;        /* its groups in finish.order */
	size_t left;            /* its groups still to visit */
};

struct finish {
	struct bucket b;
	int kp;                 /* the index of the key person, or -1 */
	char **value;           /* the person's values, distinct, in byte order */
	size_t nv;
	size_t *rep;            /* by value: the value its person goes under */
	char **name;            /* by value gone under: the person's name, or NULL */
	size_t *of;             /* by group index: its person's value */
	char **key;             /* by group index: the key of its row */
	struct sm_group **order;        /* the groups by the keys of their rows */
	size_t *join;           /* by group index: its join + 1, or 0 for a row alone */
	struct join *j;
	size_t nj;
};

/* ---- the rows' keys ---- */

/* Where the value of key k is in a group's key (values joined by \x1f). */
static const char *
key_field(const char *key, int k, size_t *len)
{
	const char *e;

	for (; k > 0; k--)
		key = strchr(key, '\x1f') + 1;
	e = strchr(key, '\x1f');
	*len = e ? (size_t)(e - key) : strlen(key);
	return key;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The person's values, distinct and sorted, and which is each group's. */
static void
person_values(const struct sm_table *t, struct finish *f)
{
	char **v = xmalloc((t->n + 1) * sizeof *v), *own, **at;
	size_t i, n = 0, len;
	const char *p;

	for (i = 0; i < t->n; i++) {
		p = key_field(t->g[i]->key, f->kp, &len);
		v[i] = xstrndup(p, len);
	}
	qsort(v, t->n, sizeof *v, str_cmp);
	for (i = 0; i < t->n; i++) {
		if (n && !strcmp(v[i], v[n - 1]))
			free(v[i]);
		else
			v[n++] = v[i];
	}
	f->of = xmalloc((t->n + 1) * sizeof *f->of);
	for (i = 0; i < t->n; i++) {
		p = key_field(t->g[i]->key, f->kp, &len);
		own = xstrndup(p, len);
		at = bsearch(&own, v, n, sizeof *v, str_cmp);
		f->of[t->g[i]->id] = (size_t)(at - v);
		free(own);
	}
	f->value = v;
	f->nv = n;
}

/* Each group's key with its person's value replaced by the value its
   person goes under. */
static void
row_keys(const struct sm_table *t, struct finish *f)
{
	size_t i, len;
	const char *p, *key;
	mc_buf b = {0};

	for (i = 0; i < t->n; i++) {
		key = t->g[i]->key;
		p = key_field(key, f->kp, &len);
		buf_clear(&b);
		buf_add(&b, key, (size_t)(p - key));
		buf_adds(&b, f->value[f->rep[f->of[t->g[i]->id]]]);
		buf_adds(&b, p + len);
		f->key[t->g[i]->id] = xstrdup(buf_cstr(&b));
	}
	buf_free(&b);
}

/* The value each person goes under: see sm_person_reps(). */
static void
person_reps(const struct sm_table *t, struct finish *f)
{
	uint64_t *reports = xcalloc(f->nv + 1, sizeof *reports);
	size_t i;

	for (i = 0; i < t->n; i++)
		reports[f->of[i]] += t->g[i]->reports;
	f->rep = xmalloc((f->nv + 1) * sizeof *f->rep);
	sm_person_reps((const char *const *)f->value, reports, f->nv, f->rep);
	free(reports);
}

static int
named(const struct finish *f, size_t v)
{
	return sm_person_has_initial(f->value[v], strlen(f->value[v]));
}

/* The name a person is shown by, in every row of the table: the form
   most of the person's reports write, of those with a given name when
   any has one ("Emmanuel Macron" rather than "Macron"). */
static void
person_names(const struct sm_table *t, struct finish *f)
{
	struct sm_names *forms = xcalloc(f->nv + 1, sizeof *forms);
	char *any = xcalloc(f->nv + 1, 1);
	const struct sm_group *g;
	const char *best;
	size_t i, k, v;

	for (i = 0; i < t->n; i++)
		any[f->rep[f->of[i]]] |= (char)named(f, f->of[i]);
	for (i = 0; i < t->n; i++) {
		g = t->g[i];
		v = f->of[i];
		for (k = 0; (!any[f->rep[v]] || named(f, v)) && k < g->forms.n; k++)
			sm_names_add(&forms[f->rep[v]], g->forms.v[k].key, g->forms.v[k].shown, g->forms.v[k].n);
	}
	f->name = xcalloc(f->nv + 1, sizeof *f->name);
	for (v = 0; v < f->nv; v++) {
		if ((best = sm_best_form(&forms[v])))
			f->name[v] = xstrdup(best);
		sm_names_free(&forms[v]);
	}
	free(forms);
	free(any);
}

static char **order_key;

static int
row_order(const void *pa, const void *pb)
{
	const struct sm_group *a = *(struct sm_group *const *)pa, *b = *(struct sm_group *const *)pb;
	int c = strcmp(order_key[a->id], order_key[b->id]);

	return c ? c : strcmp(a->key, b->key);
}

/* The groups order[i, e) of one row's key make a join, the first in byte
   order of their own keys staying as the row. */
static void
join_add(struct finish *f, size_t i, size_t e)
{
	struct join *j = &f->j[f->nj++];

	j->row = f->order[i];
	j->acc = xcalloc(1, sizeof *j->acc);
	j->first = i;
	j->n = j->left = e - i;
	for (; i < e; i++)
		f->join[f->order[i]->id] = f->nj;
}

/* A group's id is its index in t->g until the rows are joined. */
static void
plan_joins(struct sm_table *t, struct finish *f)
{
	size_t i, e;

	person_values(t, f);
	person_reps(t, f);
	person_names(t, f);
	f->key = xcalloc(t->n + 1, sizeof *f->key);
	f->join = xcalloc(t->n + 1, sizeof *f->join);
	f->j = xcalloc(t->n + 1, sizeof *f->j);
	row_keys(t, f);
	f->order = sm_by_key(t);
	order_key = f->key;
	qsort(f->order, t->n, sizeof *f->order, row_order);
	for (i = 0; i < t->n; i = e) {
		for (e = i + 1; e < t->n && !strcmp(f->key[f->order[e]->id], f->key[f->order[i]->id]); e++)
			;
		if (e - i > 1)
			join_add(f, i, e);
	}
}

/* ---- counting, as the documents and signatures come back ---- */

static struct join *
join_of(const struct finish *f, const struct sm_group *g)
{
	return f->join && f->join[g->id] ? &f->j[f->join[g->id] - 1] : NULL;
}

static void
bucket_flush(struct bucket *b, struct sm_group *g)
{
	g->events += sm_cluster(b->s, b->n, b->len, NULL);
	b->len = 0;
}

static void
count_begin(struct sm_group *g, void *ctx)
{
	(void)ctx;
	g->ndocs = g->events = 0;
}

static void
count_doc(struct sm_group *g, uint64_t doc, void *ctx)
{
	struct join *j = join_of(ctx, g);

	if (j)
		sm_u64set_add(&j->acc->docs, doc);
	else
		g->ndocs++;
}

static void
count_sig(struct sm_group *g, const struct sm_sig *s, uint32_t n, void *ctx)
{
	struct finish *f = ctx;
	struct join *j = join_of(f, g);
	struct bucket *b = &f->b;

	if (j) {
		sm_group_add_sig(j->acc, s, n);
		return;
	}
	if (b->len && b->s[0].pkey != s->pkey)
		bucket_flush(b, g);
	if (b->len == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->s = xrealloc(b->s, b->cap * sizeof *b->s);
		b->n = xrealloc(b->n, b->cap * sizeof *b->n);
	}
	b->s[b->len] = *s;
	b->n[b->len++] = n;
}

/* A row of several groups is counted when the last has been visited
   (the row's own counts were reset when it was). */
static void
count_end(struct sm_group *g, void *ctx)
{
	struct finish *f = ctx;
	struct join *j = join_of(f, g);

	if (!j) {
		bucket_flush(&f->b, g);
		return;
	}
	if (--j->left)
		return;
	j->row->ndocs = j->acc->docs.n;
	j->row->events = sm_cluster(j->acc->sigs, j->acc->count, j->acc->nsig, NULL);
	sm_group_free(j->acc, 0);
	j->acc = NULL;
}

/* ---- the groups of a row made one ---- */

static void
join_group(struct sm_table *t, struct sm_group *row, const struct sm_group *g)
{
	size_t i;
	int k;

	row->reports += g->reports;
	sm_group_add_dates(row, g->first, g->last);
	for (i = 0; i < g->names.n; i++)
		sm_names_add(&row->names, g->names.v[i].key, g->names.v[i].shown, g->names.v[i].n);
	for (k = 0; k < t->nkeys; k++)
		sm_group_shown(row, k, g->shown[k]);
}

static void
join_rows(struct sm_table *t, struct finish *f)
{
	struct sm_group *g;
	size_t i, k;

	for (i = 0; i < f->nj; i++)
		for (k = f->j[i].first + 1; k < f->j[i].first + f->j[i].n; k++)
			join_group(t, f->j[i].row, f->order[k]);
	sm_map_free(&t->idx);
	for (i = k = 0; i < t->n; i++) {
		g = t->g[i];
		if (f->name[f->rep[f->of[i]]])
			sm_group_shown_as(g, f->kp, f->name[f->rep[f->of[i]]]);
		free(g->key);
		g->key = f->key[i];
		if (f->join[i] && f->j[f->join[i] - 1].row != g) {
			sm_group_free(g, t->nkeys);
			continue;
		}
		g->id = k;
		t->g[k] = g;
		sm_map_put(&t->idx, sm_hash(g->key, strlen(g->key)), k++);
	}
	t->n = k;
}

void
sm_table_finish(struct sm_table *t)
{
	struct finish f = {0};
	struct sm_visit v = {count_begin, count_doc, count_sig, count_end, &f};
	size_t i;

	for (f.kp = t->nkeys - 1; f.kp >= 0 && t->keys[f.kp] != K_PERSON; f.kp--)
		;
	if (f.kp >= 0)
		plan_joins(t, &f);
	sm_table_visit(t, &v);
	if (f.kp >= 0)
		join_rows(t, &f);
	free(f.b.s);
	free(f.b.n);
	for (i = 0; i < f.nv; i++) {
		free(f.value[i]);
		free(f.name[i]);
	}
	free(f.value);
	free(f.name);
	free(f.rep);
	free(f.of);
	free(f.key);
	free(f.order);
	free(f.join);
	free(f.j);
}
