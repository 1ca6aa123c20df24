/* The partial state of mc-summarise --partial, written and read back
   by --merge: a header line naming the keys, then one line per group with
   everything its counts need (see summary.c). */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* ---- the partial state, written ---- */

static json_t *
hex(uint64_t x)
{
	char s[17];

	snprintf(s, sizeof s, "%016llx", (unsigned long long)x);
	return json_string(s);
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

/* A group is written as it comes back from sm_table_visit: its first
   line has its counts and names, and every line at most CHUNK documents
   and signatures, so that no line grows with the events. */
#define CHUNK 4096

struct writer {
	const struct sm_table *t;
	json_t *docs, *sigs;
	size_t items;
	int first;              /* the group's first line is still to come */
};

static json_t *
key_json(const struct sm_table *t, const struct sm_group *g, int shown)
{
	json_t *a = json_array();
	const char *p = g->key, *e;
	int k;

	for (k = 0; k < t->nkeys; k++, p = e + 1) {
		e = strchr(p, '\x1f');
		e = e ? e : p + strlen(p);
		json_array_append_new(a, shown ? json_string(g->shown[k]) : json_stringn(p, (size_t)(e - p)));
	}
	return a;
}

/* Names with their counts, on a group's first line only. */
static json_t *
counts_json(const struct sm_names *ns, int first)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; first && i < ns->n; i++)
		json_array_append_new(a, json_pack("[s I]", ns->v[i].shown, (json_int_t)ns->v[i].n));
	return a;
}

static void
line_flush(struct writer *w, const struct sm_group *g)
{
	json_t *rec;

	rec = json_pack("{s o s o s o s I s o s o s o s o s o s o}", "by", by_json(w->t),
	    "key", key_json(w->t, g, 0), "shown", key_json(w->t, g, 1),
	    "reports", (json_int_t)(w->first ? g->reports : 0),
	    "first", w->first && *g->first ? json_string(g->first) : json_null(),
	    "last", w->first && *g->last ? json_string(g->last) : json_null(),
	    "docs", w->docs, "names", counts_json(&g->names, w->first),
	    "forms", counts_json(&g->forms, w->first), "sigs", w->sigs);
	out_json(rec);
	json_decref(rec);
	w->docs = json_array();
	w->sigs = json_array();
	w->items = 0;
	w->first = 0;
}

static void
item_added(struct writer *w, const struct sm_group *g)
{
	if (++w->items == CHUNK)
		line_flush(w, g);
}

static void
write_begin(struct sm_group *g, void *ctx)
{
	struct writer *w = ctx;

	(void)g;
	w->first = 1;
	w->items = 0;
}

static void
write_doc(struct sm_group *g, uint64_t doc, void *ctx)
{
	struct writer *w = ctx;

	json_array_append_new(w->docs, hex(doc));
	item_added(w, g);
}

static void
write_sig(struct sm_group *g, const struct sm_sig *s, uint32_t n, void *ctx)
{
	struct writer *w = ctx;
	char iso[11], story[STORY_HEX];

	sm_date_sig_str(&s->date, iso);
	if (s->has_story)
		story_hex(&s->story, story);
	json_array_append_new(w->sigs, json_pack("[o o o o I o o]", s->pkey ? hex(s->pkey) : json_null(),
	    s->place ? hex(s->place) : json_null(), *iso ? json_string(iso) : json_null(),
	    s->has_text ? hex(s->simhash) : json_null(), (json_int_t)n,
	    s->names ? hex(s->names) : json_null(), s->has_story ? json_string(story) : json_null()));
	item_added(w, g);
}

static void
write_end(struct sm_group *g, void *ctx)
{
	struct writer *w = ctx;

	if (w->first || w->items)
		line_flush(w, g);
}

/* In key order, so that a partial state is the same whatever the order
   of its input. */
void
sm_table_write_partial(struct sm_table *t)
{
	struct writer w = {t, json_array(), json_array(), 0, 0};
	struct sm_visit v = {write_begin, write_doc, write_sig, write_end, &w};
	json_t *rec;

	rec = json_pack("{s s s i s o}", "mc-summarise", "partial", "version", 5, "by", by_json(t));
	out_json(rec);
	json_decref(rec);
	sm_table_visit(t, &v);
	json_decref(w.docs);
	json_decref(w.sigs);
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

	if (t->nkeys == 0) {
		memcpy(t->keys, keys, (size_t)n * sizeof *keys);
		t->nkeys = n;
	}
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
	json_t *key, *shown, *docs, *names, *forms, *sigs;
	struct sm_sig *s;
	uint32_t *n;
	size_t ns;
};

static int
check_sig(json_t *a, struct sm_sig *s, uint32_t *n)
{
	json_t *date = json_array_get(a, 2), *cnt = json_array_get(a, 4), *story = json_array_get(a, 6);

	memset(s, 0, sizeof *s);
	/* version 2 had no story: six items */
	if (!json_is_array(a) || json_array_size(a) < 6 || json_array_size(a) > 7 || !json_is_integer(cnt)
	    || json_integer_value(cnt) < 1 || json_integer_value(cnt) > UINT32_MAX)
		return 0;
	if (!json_is_null(json_array_get(a, 0)) && !parse_hex(json_array_get(a, 0), &s->pkey))
		return 0;
	if (!json_is_null(json_array_get(a, 1)) && !parse_hex(json_array_get(a, 1), &s->place))
		return 0;
	if (!json_is_null(date) && !(json_is_string(date) && sm_date_parse(json_string_value(date), &s->date)))
		return 0;
	if (!json_is_null(json_array_get(a, 5)) && !parse_hex(json_array_get(a, 5), &s->names))
		return 0;
	if (story && !json_is_null(story)
	    && !(json_is_string(story) && (s->has_story = (uint8_t)story_parse(json_string_value(story), &s->story))))
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

/* Names with their counts: [[name, n], ...], n at least 1; the index of
   the first bad entry + 1, or 0. */
static size_t
bad_counts(json_t *a)
{
	json_t *v;
	size_t i;

	json_array_foreach(a, i, v)
		if (!json_is_array(v) || json_array_size(v) != 2 || !json_is_string(json_array_get(v, 0))
		    || !json_is_integer(json_array_get(v, 1)) || json_integer_value(json_array_get(v, 1)) < 1)
			return i + 1;
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
	p->forms = json_object_get(rec, "forms");       /* since version 4 */
	p->sigs = json_object_get(rec, "sigs");
	if (!all_strings(p->key, (size_t)t->nkeys) || !all_strings(p->shown, (size_t)t->nkeys)
	    || !all_strings(p->docs, 0) || !json_is_array(p->names) || !json_is_array(p->sigs)
	    || !(!p->forms || json_is_array(p->forms))
	    || jint(rec, "reports", -1) < 0 || !(json_is_null(first) || json_is_string(first))
	    || !(json_is_null(last) || json_is_string(last))) {
		snprintf(err, errsz, "not a group of a partial state (fields key, shown, reports, first, last, docs, names, sigs)");
		return 0;
	}
	json_array_foreach(p->docs, i, v)
		if (!parse_hex(v, &x))
			return malformed("docs", i, err, errsz);
	if ((i = bad_counts(p->names)))
		return malformed("names", i - 1, err, errsz);
	if ((i = bad_counts(p->forms)))
		return malformed("forms", i - 1, err, errsz);
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
	size_t i, held;
	uint64_t x;
	char *nk;

	json_array_foreach(p->key, i, v) {
		if (i)
			buf_addc(&key, '\x1f');
		buf_adds(&key, json_string_value(v));
	}
	g = sm_group_get(t, buf_cstr(&key));
	held = sm_group_bytes(g);
	buf_free(&key);
	json_array_foreach(p->shown, i, v)
		sm_group_shown(g, (int)i, json_string_value(v));
	json_array_foreach(p->docs, i, v)
		if (parse_hex(v, &x))
			sm_u64set_add(&g->docs, x);
	json_array_foreach(p->names, i, v) {
		const char *shown = json_string_value(json_array_get(v, 0));
		if ((nk = sm_surname_key(shown)))
			sm_names_add(&g->names, nk, shown, (uint64_t)json_integer_value(json_array_get(v, 1)));
		free(nk);
	}
	json_array_foreach(p->forms, i, v) {
		const char *form = json_string_value(json_array_get(v, 0));
		sm_names_add(&g->forms, form, form, (uint64_t)json_integer_value(json_array_get(v, 1)));
	}
	for (i = 0; i < p->ns; i++)
		sm_group_add_sig(g, &p->s[i], p->n[i]);
	sm_group_add_dates(g, jstr(rec, "first"), jstr(rec, "last"));
	g->reports += (uint64_t)jint(rec, "reports", 0);
	t->mem += sm_group_bytes(g) - held;
	sm_table_check(t);
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
		if (jint(rec, "version", 0) >= 2 && jint(rec, "version", 0) <= 5)
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
