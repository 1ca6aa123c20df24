/* One article scored as the reference scorer scores it, and the small
   things that takes: sets of strings, ids, and Python's way of printing
   strings and lists (its -v lines are compared with the reference's). */
#include <stdlib.h>
#include <string.h>

#include "score/score.h"

/* ---- sets of strings ---- */

void
score_set_add(struct score_set *s, const char *v)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], v))
			return;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n++] = v;
}

int
score_set_has(const struct score_set *s, const char *v)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], v))
			return 1;
	return 0;
}

/* The string values of field key of each of evs[0, n). */
static void
set_of_field(struct score_set *s, json_t **evs, size_t n, const char *key)
{
	json_t *m;
	size_t i, k;

	for (i = 0; i < n; i++)
		json_array_foreach(json_object_get(evs[i], key), k, m)
			if (json_is_string(m))
				score_set_add(s, json_string_value(m));
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Python's repr of a string, as the reference prints its lists. */
void
score_repr(mc_buf *b, const char *s)
{
	char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';

	buf_addc(b, q);
	for (; *s; s++) {
		if (*s == q || *s == '\\')
			buf_addc(b, '\\');
		if (*s == '\n') {
			buf_adds(b, "\\n");
			continue;
		}
		buf_addc(b, *s);
	}
	buf_addc(b, q);
}

void
score_repr_list(mc_buf *b, const char **v, size_t n, int sort)
{
	size_t i;

	if (sort && n > 1)
		qsort(v, n, sizeof *v, cmp_str);
	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(b, ", ");
		if (v[i])
			score_repr(b, v[i]);
		else
			buf_adds(b, "None");
	}
	buf_addc(b, ']');
}

/* A record's field key as the reference reads an id: a string, a
   number written out, or "None" (malloc'd). */
char *
score_id(json_t *r, const char *key)
{
	json_t *v = json_object_get(r, key);
	char buf[32];

	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	if (json_is_integer(v)) {
		snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
		return xstrdup(buf);
	}
	return xstrdup("None");
}

const char *const score_attrs[] = {"date", "place", "mode", "type"};

static char *
norm_attr(int k, const char *v)
{
	char *t;

	if (k != 1)
		return xstrdup(v);
	t = score_name_key(v);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
}

/* ---- one article ---- */

/* What -v prints of an article, the lines after its first. */
struct misses { mc_buf attrs; struct score_set tmiss, textra; const char **extra; size_t nextra; };

static void
count_participants(struct score_counts *k, const struct who *gps, size_t ng, const struct who *pps, size_t np,
    const int *pair_of, size_t tp)
{
	struct score_set gk = {0}, pk = {0};
	size_t i;

	k->c[P_TP] += (long)tp;
	k->c[P_NP] += (long)np;
	k->c[P_NG] += (long)ng;
	for (i = 0; i < ng; i++)
		if (pair_of[i] >= 0 && score_eq(gps[i].country, pps[pair_of[i]].country))
			k->c[PC_TP]++;
	for (i = 0; i < ng; i++)
		if (gps[i].country)
			score_set_add(&gk, gps[i].country);
	for (i = 0; i < np; i++)
		if (pps[i].country)
			score_set_add(&pk, pps[i].country);
	for (i = 0; i < gk.n; i++)
		k->c[K_TP] += score_set_has(&pk, gk.v[i]);
	k->c[K_NP] += (long)pk.n;
	k->c[K_NG] += (long)gk.n;
	free(gk.v);
	free(pk.v);
}

static void
count_topics(struct score_counts *k, json_t **gevs, size_t ngev, json_t **pevs, size_t npev, struct misses *m)
{
	struct score_set gt = {0}, pt = {0};
	size_t i;

	set_of_field(&gt, gevs, ngev, "topics");
	set_of_field(&pt, pevs, npev, "topics");
	for (i = 0; i < gt.n; i++) {
		k->c[T_TP] += score_set_has(&pt, gt.v[i]);
		if (!score_set_has(&pt, gt.v[i]))
			score_set_add(&m->tmiss, gt.v[i]);
	}
	for (i = 0; i < pt.n; i++)
		if (!score_set_has(&gt, pt.v[i]))
			score_set_add(&m->textra, pt.v[i]);
	k->c[T_NP] += (long)pt.n;
	k->c[T_NG] += (long)gt.n;
	free(gt.v);
	free(pt.v);
}

/* Attribute a of gold event gev: right when some predicted event of
   the article has it; else a line for -v, "date: want 'X' got [...]". */
static void
count_attr(struct score_counts *k, size_t a, json_t *gev, json_t **pevs, size_t npev, mc_buf *lines)
{
	json_t *want = json_object_get(gev, score_attrs[a]);
	const char **got = xmalloc((npev + 1) * sizeof *got);
	char *w;
	size_t ngot = 0, j, i;
	int hit = 0;

	if (!want || json_is_null(want)) {
		free(got);
		return;
	}
	k->attr[a][1]++;
	w = json_is_string(want) ? norm_attr((int)a, json_string_value(want)) : NULL;
	for (j = 0; j < npev; j++) {
		json_t *v = json_object_get(pevs[j], score_attrs[a]);
		char *nv;
		if (!json_is_string(v))
			continue;
		nv = norm_attr((int)a, json_string_value(v));
		hit |= score_eq(nv, w);
		for (i = 0; i < ngot && !score_eq(got[i], nv); i++)
			;
		if (i == ngot)
			got[ngot++] = nv;
		else
			free(nv);
	}
	if (hit) {
		k->attr[a][0]++;
	} else {
		buf_adds(lines, "  ");
		buf_adds(lines, score_attrs[a]);
		buf_adds(lines, ": want ");
		if (json_is_string(want))
			score_repr(lines, json_string_value(want));
		buf_adds(lines, " got ");
		for (i = 0; i < ngot; i++)
			if (!got[i])
				got[i] = "None";
		score_repr_list(lines, got, ngot, 1);
		buf_addc(lines, '\n');
	}
	for (i = 0; i < ngot; i++)
		if (strcmp(got[i], "None"))
			free((char *)got[i]);
	free(got);
	free(w);
}

static void
print_article(mc_buf *rows, const char *gid, size_t ng, size_t np, size_t tp, struct misses *m)
{
	char line[256];

	snprintf(line, sizeof line, "%s: participants gold=%zu pred=%zu matched=%zu\n", gid, ng, np, tp);
	buf_adds(rows, line);
	if (m->nextra) {
		buf_adds(rows, "  unmatched predicted: ");
		score_repr_list(rows, m->extra, m->nextra, 0);
		buf_addc(rows, '\n');
	}
	if (m->tmiss.n || m->textra.n) {
		buf_adds(rows, "  topics missing=");
		score_repr_list(rows, m->tmiss.v, m->tmiss.n, 1);
		buf_adds(rows, " extra=");
		score_repr_list(rows, m->textra.v, m->textra.n, 1);
		buf_addc(rows, '\n');
	}
	buf_add(rows, m->attrs.s ? m->attrs.s : "", m->attrs.len);
}

/* Gold article g, of id gid, against its predicted events pevs[0,
   npev): into k, and with rows, what -v prints of it. */
void
score_article(json_t *g, const char *gid, json_t **pevs, size_t npev, struct score_counts *k,
    mc_buf *rows)
{
	json_t *gev = json_object_get(g, "events"), *ev, *m;
	json_t **gevs = xmalloc((json_array_size(gev) + 1) * sizeof *gevs);
	size_t ngev = 0, ng, np, tp, i, j, a;
	struct who *gps, *pps;
	struct misses ms = {0};
	int *pair_of, *used;

	json_array_foreach(gev, i, ev)
		gevs[ngev++] = ev;
	gps = score_participants(gevs, ngev, &ng);
	pps = score_participants(pevs, npev, &np);
	pair_of = xmalloc((ng + 1) * sizeof *pair_of);
	used = xmalloc((np + 1) * sizeof *used);
	tp = score_match(gps, ng, pps, np, pair_of, used);
	count_participants(k, gps, ng, pps, np, pair_of, tp);
	count_topics(k, gevs, ngev, pevs, npev, &ms);
	k->c[D_TP] += ngev && npev;
	k->c[D_NP] += npev > 0;
	k->c[D_NG] += ngev > 0;
	json_array_foreach(json_object_get(g, "mentioned_not_participating"), i, m)
		for (j = 0; j < np; j++)
			if (json_is_string(m) && pps[j].name && score_same_person(json_string_value(m), pps[j].name))
				k->leaks++;
	for (i = 0; i < ngev; i++)
		for (a = 0; a < 4; a++)
			count_attr(k, a, gevs[i], pevs, npev, &ms.attrs);
	ms.extra = xmalloc((np + 1) * sizeof *ms.extra);
	for (j = 0; j < np; j++)
		if (!used[j])
			ms.extra[ms.nextra++] = pps[j].name;
	if (rows)
		print_article(rows, gid, ng, np, tp, &ms);
	buf_free(&ms.attrs);
	free(ms.tmiss.v);
	free(ms.textra.v);
	free(ms.extra);
	free(pair_of);
	free(used);
	free(gps);
	free(pps);
	free(gevs);
}

