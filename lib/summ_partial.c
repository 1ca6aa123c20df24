/* The partial state of mc-summarise --partial, written and read back
   by --merge: a header line naming the keys, then one line per group with
   everything its counts need (see summary.c). */
#include <stdlib.h>
#include <string.h>

#include "summary.h"

/* ---- the partial state, written ---- */

static json_t *
hex(uint64_t x)
{
	char s[17];

	snprintf(s, sizeof s, "%016llx", (unsigned long long)x);
	return json_string(s);
}

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static json_t *
docs_json(const struct sm_group *g)
{
	uint64_t *v = xmalloc((g->docs.n + 1) * sizeof *v);
	size_t i, n = 0;
	json_t *a = json_array();

	for (i = 0; i < g->docs.cap; i++)
		if (g->docs.v[i])
			v[n++] = g->docs.v[i];
	qsort(v, n, sizeof *v, u64_cmp);
	for (i = 0; i < n; i++)
		json_array_append_new(a, hex(v[i]));
	free(v);
	return a;
}

static json_t *
sigs_json(const struct sm_group *g)
{
	json_t *a = json_array();
	char iso[11];
	size_t i;

	for (i = 0; i < g->nsig; i++) {
		const struct sm_sig *s = &g->sigs[i];
		sm_date_str(&s->date, iso);
		json_array_append_new(a, json_pack("[o o o o I]", s->pkey ? hex(s->pkey) : json_null(),
		    s->place ? hex(s->place) : json_null(), *iso ? json_string(iso) : json_null(),
		    s->has_text ? hex(s->simhash) : json_null(), (json_int_t)g->count[i]));
	}
	return a;
}

static json_t *
by_json(const struct sm_table *t)
{
	json_t *by = json_array();
	int k;

	for (k = 0; k < t->nkeys; k++)
		json_array_append_new(by, json_string(sm_key_name[t->keys[k]]));
	return by;
}

static json_t *
group_json(const struct sm_table *t, const struct sm_group *g)
{
	json_t *key = json_array(), *shown = json_array(), *names = json_array();
	const char *p = g->key, *e;
	size_t i;
	int k;

	for (k = 0; k < t->nkeys; k++, p = e + 1) {
		e = strchr(p, '\x1f');
		e = e ? e : p + strlen(p);
		json_array_append_new(key, json_stringn(p, (size_t)(e - p)));
		json_array_append_new(shown, json_string(g->shown[k]));
	}
	for (i = 0; i < g->nnames; i++)
		json_array_append_new(names, json_pack("[s I]", g->names[i].shown, (json_int_t)g->names[i].n));
	return json_pack("{s o s o s o s I s o s o s o s o s o}", "by", by_json(t), "key", key, "shown", shown,
	    "reports", (json_int_t)g->reports,
	    "first", *g->first ? json_string(g->first) : json_null(),
	    "last", *g->last ? json_string(g->last) : json_null(),
	    "docs", docs_json(g), "names", names, "sigs", sigs_json(g));
}

static int
group_cmp(const void *a, const void *b)
{
	return strcmp((*(struct sm_group *const *)a)->key, (*(struct sm_group *const *)b)->key);
}

void
sm_table_write_partial(struct sm_table *t)
{
	json_t *rec;
	struct sm_group **g = xmalloc((t->n + 1) * sizeof *g);
	size_t i;

	rec = json_pack("{s s s i s o}", "mc-summarise", "partial", "version", 1, "by", by_json(t));
	out_json(rec);
	json_decref(rec);
	/* in key order, so that a partial state is the same whatever the
	   order of its input */
	if (t->n)       /* t->g is NULL then, and memcpy must not see it */
		memcpy(g, t->g, t->n * sizeof *g);
	qsort(g, t->n, sizeof *g, group_cmp);
	for (i = 0; i < t->n; i++) {
		rec = group_json(t, g[i]);
		out_json(rec);
		json_decref(rec);
	}
	free(g);
}

/* ---- the partial state, read: a line is checked whole before any of
   it is added, so that a bad line is skipped, not half taken ---- */

static int
parse_hex(json_t *v, uint64_t *out)
{
	const char *s = json_string_value(v);
	char *end;

	if (!s || strlen(s) != 16 || strspn(s, "0123456789abcdef") != 16)
		return 0;
	*out = strtoull(s, &end, 16);
	return 1;
}

static char *
key_list(const enum sm_key *keys, int n)
{
	mc_buf b = {0};
	int k;

	for (k = 0; k < n; k++) {
		if (k)
			buf_addc(&b, ',');
		buf_adds(&b, sm_key_name[keys[k]]);
	}
	return buf_cstr(&b);
}

/* The keys a line was grouped by ("by", in the header and in every
   group, so that the lines can come in any order: Hadoop sorts them). */
static int
read_by(json_t *rec, enum sm_key *keys, int *n, char *err, size_t errsz)
{
	json_t *by = json_object_get(rec, "by"), *v;
	size_t i;
	int k;

	if (!json_is_array(by) || json_array_size(by) < 1 || json_array_size(by) > SM_MAXKEYS)
		goto bad;
	json_array_foreach(by, i, v) {
		for (k = 0; k < K_NKEYS && !(json_is_string(v) && strcmp(json_string_value(v), sm_key_name[k]) == 0); k++)
			;
		if (k == K_NKEYS)
			goto bad;
		keys[i] = (enum sm_key)k;
	}
	*n = (int)json_array_size(by);
	return 1;
bad:
	snprintf(err, errsz, "not a line of a partial state of mc-summarise (is this mc-summarise --partial output?)");
	return 0;
}

/* The keys of a line against the table's, which the first line sets
   when --by and --pivot did not. */
static int
same_keys(struct sm_table *t, const enum sm_key *keys, int n, char *err, size_t errsz)
{
	char *have, *want;

	if (t->nkeys == 0)
		sm_table_init(t, keys, n);
	if (t->nkeys == n && memcmp(keys, t->keys, (size_t)n * sizeof *keys) == 0)
		return 1;
	have = key_list(keys, n);
	want = key_list(t->keys, t->nkeys);
	snprintf(err, errsz, "partial state grouped by %s, not %s", have, want);
	free(have);
	free(want);
	return 0;
}

struct partial_group {
	json_t *key, *shown, *docs, *names, *sigs;
	struct sm_sig *s;
	uint32_t *n;
	size_t ns;
};

static int
check_sig(json_t *a, struct sm_sig *s, uint32_t *n)
{
	json_t *date = json_array_get(a, 2), *cnt = json_array_get(a, 4);

	memset(s, 0, sizeof *s);
	if (!json_is_array(a) || json_array_size(a) != 5 || !json_is_integer(cnt)
	    || json_integer_value(cnt) < 1 || json_integer_value(cnt) > UINT32_MAX)
		return 0;
	if (!json_is_null(json_array_get(a, 0)) && !parse_hex(json_array_get(a, 0), &s->pkey))
		return 0;
	if (!json_is_null(json_array_get(a, 1)) && !parse_hex(json_array_get(a, 1), &s->place))
		return 0;
	if (!json_is_null(date) && !(json_is_string(date) && sm_date_parse(json_string_value(date), &s->date)))
		return 0;
	s->has_text = !json_is_null(json_array_get(a, 3));
	if (s->has_text && !parse_hex(json_array_get(a, 3), &s->simhash))
		return 0;
	*n = (uint32_t)json_integer_value(cnt);
	return 1;
}

static int
all_strings(json_t *a, size_t n)
{
	json_t *v;
	size_t i;

	if (!json_is_array(a) || (n && json_array_size(a) != n))
		return 0;
	json_array_foreach(a, i, v)
		if (!json_is_string(v))
			return 0;
	return 1;
}

static int
malformed(const char *field, size_t i, char *err, size_t errsz)
{
	snprintf(err, errsz, "entry %zu of \"%s\" is malformed", i, field);
	return 0;
}

static int
check_group(const struct sm_table *t, json_t *rec, struct partial_group *p, char *err, size_t errsz)
{
	json_t *v, *first = json_object_get(rec, "first"), *last = json_object_get(rec, "last");
	size_t i;
	uint64_t x;

	p->key = json_object_get(rec, "key");
	p->shown = json_object_get(rec, "shown");
	p->docs = json_object_get(rec, "docs");
	p->names = json_object_get(rec, "names");
	p->sigs = json_object_get(rec, "sigs");
	if (!all_strings(p->key, (size_t)t->nkeys) || !all_strings(p->shown, (size_t)t->nkeys)
	    || !all_strings(p->docs, 0) || !json_is_array(p->names) || !json_is_array(p->sigs)
	    || jint(rec, "reports", -1) < 0 || !(json_is_null(first) || json_is_string(first))
	    || !(json_is_null(last) || json_is_string(last))) {
		snprintf(err, errsz, "not a group of a partial state (fields key, shown, reports, first, last, docs, names, sigs)");
		return 0;
	}
	json_array_foreach(p->docs, i, v)
		if (!parse_hex(v, &x))
			return malformed("docs", i, err, errsz);
	json_array_foreach(p->names, i, v)
		if (!json_is_array(v) || json_array_size(v) != 2 || !json_is_string(json_array_get(v, 0))
		    || !json_is_integer(json_array_get(v, 1)) || json_integer_value(json_array_get(v, 1)) < 1)
			return malformed("names", i, err, errsz);
	p->s = xmalloc((json_array_size(p->sigs) + 1) * sizeof *p->s);
	p->n = xmalloc((json_array_size(p->sigs) + 1) * sizeof *p->n);
	json_array_foreach(p->sigs, i, v)
		if (!check_sig(v, &p->s[i], &p->n[i]))
			return malformed("sigs", i, err, errsz);
	p->ns = json_array_size(p->sigs);
	return 1;
}

static void
apply_group(struct sm_table *t, json_t *rec, const struct partial_group *p)
{
	mc_buf key = {0};
	struct sm_group *g;
	json_t *v;
	size_t i;
	uint64_t x;
	char *nk;

	json_array_foreach(p->key, i, v) {
		if (i)
			buf_addc(&key, '\x1f');
		buf_adds(&key, json_string_value(v));
	}
	g = sm_group_get(t, buf_cstr(&key));
	buf_free(&key);
	json_array_foreach(p->shown, i, v)
		sm_group_shown(g, (int)i, json_string_value(v));
	json_array_foreach(p->docs, i, v)
		if (parse_hex(v, &x))
			sm_u64set_add(&g->docs, x);
	json_array_foreach(p->names, i, v) {
		const char *shown = json_string_value(json_array_get(v, 0));
		if ((nk = sm_surname_key(shown)))
			sm_group_add_name(g, nk, shown, (uint64_t)json_integer_value(json_array_get(v, 1)));
		free(nk);
	}
	for (i = 0; i < p->ns; i++)
		sm_group_add_sig(g, &p->s[i], p->n[i]);
	sm_group_add_dates(g, jstr(rec, "first"), jstr(rec, "last"));
	g->reports += (uint64_t)jint(rec, "reports", 0);
}

int
sm_table_read_partial(struct sm_table *t, json_t *rec, int *mismatch, char *err, size_t errsz)
{
	struct partial_group p = {0};
	enum sm_key keys[SM_MAXKEYS];
	int n, ok;

	if (!read_by(rec, keys, &n, err, errsz))
		return 0;
	if (!same_keys(t, keys, n, err, errsz)) {
		/* one message an input, not one a line */
		ok = *mismatch ? -1 : 0;
		*mismatch = 1;
		return ok;
	}
	if (json_object_get(rec, "mc-summarise")) {
		if (jint(rec, "version", 0) == 1)
			return 1;
		snprintf(err, errsz, "a partial state of another version of mc-summarise");
		return 0;
	}
	if ((ok = check_group(t, rec, &p, err, errsz)))
		apply_group(t, rec, &p);
	free(p.s);
	free(p.n);
	return ok;
}
