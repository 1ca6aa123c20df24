/* Tables of groups: sorted, cut to the top rows, written as CSV, JSON
   Lines, an aligned text table or Markdown; and the pivot of two keys. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* ---- order ---- */

/* Key values in byte order, "unknown" after every other. */
static int
part_cmp(const char *a, size_t la, const char *b, size_t lb)
{
	int ua = la == 7 && memcmp(a, "unknown", 7) == 0, ub = lb == 7 && memcmp(b, "unknown", 7) == 0;
	int c;

	if (ua != ub)
		return ua - ub;
	c = memcmp(a, b, la < lb ? la : lb);
	return c ? c : (la > lb) - (la < lb);
}

static int
key_cmp(const char *a, const char *b)
{
	const char *ea, *eb;
	int c;

	for (;;) {
		ea = strchr(a, '\x1f');
		eb = strchr(b, '\x1f');
		ea = ea ? ea : a + strlen(a);
		eb = eb ? eb : b + strlen(b);
		if ((c = part_cmp(a, (size_t)(ea - a), b, (size_t)(eb - b))) || !*ea || !*eb)
			return c ? c : (*ea != 0) - (*eb != 0);
		a = ea + 1;
		b = eb + 1;
	}
}

static enum sm_sort sort_by;

#define DESC(x, y) ((x) > (y) ? -1 : (x) < (y) ? 1 : 0)

static int
group_order(const void *pa, const void *pb)
{
	const struct sm_group *a = *(struct sm_group *const *)pa, *b = *(struct sm_group *const *)pb;
	int c = 0;

	if (sort_by == SORT_REPORTS)
		c = DESC(a->reports, b->reports);
	else if (sort_by == SORT_DOCS)
		c = DESC(a->ndocs, b->ndocs);
	if (!c && sort_by != SORT_KEY)
		c = DESC(a->events, b->events);
	if (!c && sort_by != SORT_KEY)
		c = DESC(a->reports, b->reports);
	return c ? c : key_cmp(a->key, b->key);
}

struct sm_group **
sm_sorted(struct sm_table *t, enum sm_sort sort, size_t *n)
{
	struct sm_group **g = xmalloc((t->n + 1) * sizeof *g);

	if (t->n)       /* t->g is NULL then, and memcpy must not see it */
		memcpy(g, t->g, t->n * sizeof *g);
	sort_by = sort;
	qsort(g, t->n, sizeof *g, group_order);
	*n = t->n;
	return g;
}

/* ---- a grid of cells, for CSV, text and Markdown ---- */

struct grid {
	size_t ncol, nrow;
	char **cell;            /* row-major, the header first */
	int *num;               /* per column: numbers, right-aligned */
};

static void
grid_init(struct grid *gr, size_t ncol, size_t nrow)
{
	gr->ncol = ncol;
	gr->nrow = nrow;
	gr->cell = xcalloc(ncol * (nrow + 1), sizeof *gr->cell);
	gr->num = xcalloc(ncol, sizeof *gr->num);
}

static void
grid_set(struct grid *gr, size_t row, size_t col, const char *s)
{
	free(gr->cell[row * gr->ncol + col]);
	gr->cell[row * gr->ncol + col] = xstrdup(s ? s : "");
}

static void
grid_setn(struct grid *gr, size_t row, size_t col, uint64_t v)
{
	char num[24];

	snprintf(num, sizeof num, "%llu", (unsigned long long)v);
	grid_set(gr, row, col, num);
}

static void
grid_free(struct grid *gr)
{
	size_t i;

	for (i = 0; i < gr->ncol * (gr->nrow + 1); i++)
		free(gr->cell[i]);
	free(gr->cell);
	free(gr->num);
}

static void
write_csv(const struct grid *gr)
{
	mc_buf b = {0};
	size_t r;

	csv_begin();
	for (r = 0; r <= gr->nrow; r++) {
		csv_row(&b, (const char *const *)&gr->cell[r * gr->ncol], gr->ncol);
		out_write(b.s, b.len);
		buf_clear(&b);
	}
	buf_free(&b);
}

static void
pad(mc_buf *b, size_t n)
{
	while (n--)
		buf_addc(b, ' ');
}

/* Columns padded to their widest cell, in characters; a Markdown table
   is the same with bars, and bars in cells escaped. */
static void
write_aligned(const struct grid *gr, int md)
{
	size_t *w = xcalloc(gr->ncol, sizeof *w), r, c, len;
	mc_buf b = {0}, cell = {0};
	const char *s;

	for (r = 0; r <= gr->nrow; r++)
		for (c = 0; c < gr->ncol; c++) {
			s = gr->cell[r * gr->ncol + c];
			len = utf8_cplen(s, strlen(s));
			for (; md && *s; s++)
				len += *s == '|';
			if (len > w[c])
				w[c] = len;
		}
	for (r = 0; r <= gr->nrow; r++) {
		for (c = 0; c < gr->ncol; c++) {
			buf_clear(&cell);
			for (s = gr->cell[r * gr->ncol + c]; *s; s++) {
				if (md && *s == '|')
					buf_addc(&cell, '\\');
				buf_addc(&cell, *s);
			}
			len = utf8_cplen(cell.s ? cell.s : "", cell.len);
			buf_adds(&b, md ? (c ? " | " : "| ") : (c ? "  " : ""));
			if (gr->num[c] && r)
				pad(&b, w[c] - len);
			buf_add(&b, cell.s ? cell.s : "", cell.len);
			if ((!gr->num[c] || !r) && (md || c + 1 < gr->ncol))
				pad(&b, w[c] - len);
		}
		buf_adds(&b, md ? " |\n" : "\n");
		if (r == 0) {
			for (c = 0; c < gr->ncol; c++) {
				buf_adds(&b, md ? (c ? " | " : "| ") : (c ? "  " : ""));
				for (len = 0; len < w[c]; len++)
					buf_addc(&b, md && gr->num[c] && len + 1 == w[c] ? ':' : '-');
			}
			buf_adds(&b, md ? " |\n" : "\n");
		}
		out_write(b.s, b.len);
		buf_clear(&b);
	}
	buf_free(&b);
	buf_free(&cell);
	free(w);
}

static void
write_grid(const struct grid *gr)
{
	if (mc_opt.format == FMT_CSV)
		write_csv(gr);
	else
		write_aligned(gr, mc_opt.format == FMT_MD);
}

/* ---- the table of groups ---- */

static const char *const value_cols[] = {"events", "reports", "docs", "first", "last", "names"};
#define NVAL 6
#define NNAMES 3

static char *
names_joined(const struct sm_group *g)
{
	const char *top[NNAMES];
	size_t n = sm_group_top_names(g, top, NNAMES), i;
	mc_buf b = {0};

	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(&b, "; ");
		buf_adds(&b, top[i]);
	}
	return buf_cstr(&b);
}

static void
row_json(const struct sm_table *t, const struct sm_group *g)
{
	json_t *o = json_object(), *names = json_array();
	const char *top[NNAMES];
	size_t n = sm_group_top_names(g, top, NNAMES), i;
	int k;

	for (k = 0; k < t->nkeys; k++)
		json_object_set_new(o, sm_key_name[t->keys[k]], json_string(g->shown[k]));
	for (i = 0; i < n; i++)
		json_array_append_new(names, json_string(top[i]));
	json_object_set_new(o, "events", json_integer((json_int_t)g->events));
	json_object_set_new(o, "reports", json_integer((json_int_t)g->reports));
	json_object_set_new(o, "docs", json_integer((json_int_t)g->ndocs));
	json_object_set_new(o, "first", *g->first ? json_string(g->first) : json_null());
	json_object_set_new(o, "last", *g->last ? json_string(g->last) : json_null());
	json_object_set_new(o, "names", names);
	out_json(o);
	json_decref(o);
}

/* A country's code, in a table a person reads (text, Markdown), with
   its name beside it: "MAR Maroc". */
static void
key_cell(struct grid *gr, size_t r, size_t col, enum sm_key k, const char *shown)
{
	mc_buf b = {0};

	if ((mc_opt.format != FMT_TEXT && mc_opt.format != FMT_MD)
	    || (k != K_COUNTRY && k != K_COUNTERPART && k != K_HOST && k != K_PLACE_COUNTRY)
	    || !strcmp(country_name(shown), shown)) {
		grid_set(gr, r, col, shown);
		return;
	}
	buf_adds(&b, shown);
	buf_addc(&b, ' ');
	buf_adds(&b, country_name(shown));
	grid_set(gr, r, col, buf_cstr(&b));
	buf_free(&b);
}

static void
row_cells(struct grid *gr, size_t r, const struct sm_table *t, const struct sm_group *g)
{
	size_t c = (size_t)t->nkeys;
	char *names = names_joined(g);
	int k;

	for (k = 0; k < t->nkeys; k++)
		key_cell(gr, r, (size_t)k, t->keys[k], g->shown[k]);
	grid_setn(gr, r, c, g->events);
	grid_setn(gr, r, c + 1, g->reports);
	grid_setn(gr, r, c + 2, g->ndocs);
	grid_set(gr, r, c + 3, g->first);
	grid_set(gr, r, c + 4, g->last);
	grid_set(gr, r, c + 5, names);
	free(names);
}

static size_t
write_rows(struct sm_table *t, struct sm_group **g, size_t n)
{
	struct grid gr;
	size_t i, c;
	int k;

	if (mc_opt.format == FMT_JSONL) {
		for (i = 0; i < n; i++)
			row_json(t, g[i]);
		return n;
	}
	grid_init(&gr, (size_t)t->nkeys + NVAL, n);
	for (k = 0; k < t->nkeys; k++)
		grid_set(&gr, 0, (size_t)k, sm_key_name[t->keys[k]]);
	for (c = 0; c < NVAL; c++) {
		grid_set(&gr, 0, (size_t)t->nkeys + c, value_cols[c]);
		gr.num[(size_t)t->nkeys + c] = c < 3;
	}
	for (i = 0; i < n; i++)
		row_cells(&gr, i + 1, t, g[i]);
	write_grid(&gr);
	grid_free(&gr);
	return n;
}

/* ---- the pivot: rows of the first key, columns of the second ---- */

struct axis {
	char **key, **shown;
	uint64_t *sum;
	size_t n, cap;
	struct sm_map idx;
};

static int
axis_eq(size_t idx, const void *item, const void *ctx)
{
	return strcmp(((const struct axis *)ctx)->key[idx], item) == 0;
}

static size_t
axis_add(struct axis *a, const char *key, size_t len, const char *shown, uint64_t n)
{
	char *k = xstrndup(key, len);
	uint64_t h = sm_hash(k, len);
	size_t i = sm_map_get(&a->idx, h, axis_eq, k, a);

	if (i) {
		free(k);
		a->sum[i - 1] += n;
		return i - 1;
	}
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 16;
		a->key = xrealloc(a->key, a->cap * sizeof *a->key);
		a->shown = xrealloc(a->shown, a->cap * sizeof *a->shown);
		a->sum = xrealloc(a->sum, a->cap * sizeof *a->sum);
	}
	a->key[a->n] = k;
	a->shown[a->n] = xstrdup(shown);
	a->sum[a->n] = n;
	sm_map_put(&a->idx, h, a->n);
	return a->n++;
}

static void
axis_free(struct axis *a)
{
	size_t i;

	for (i = 0; i < a->n; i++) {
		free(a->key[i]);
		free(a->shown[i]);
	}
	free(a->key);
	free(a->shown);
	free(a->sum);
	sm_map_free(&a->idx);
}

static const struct axis *order_axis;

static int
axis_order(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = sort_by == SORT_KEY ? 0 : DESC(order_axis->sum[a], order_axis->sum[b]);

	return c ? c : key_cmp(order_axis->key[a], order_axis->key[b]);
}

static size_t *
axis_sorted(const struct axis *a)
{
	size_t *ix = xmalloc((a->n + 1) * sizeof *ix), i;

	for (i = 0; i < a->n; i++)
		ix[i] = i;
	order_axis = a;
	qsort(ix, a->n, sizeof *ix, axis_order);
	return ix;
}

struct pivot {
	struct axis row, col;
	uint64_t *cell;         /* row-major, by axis index */
};

static void
pivot_build(struct sm_table *t, struct pivot *p)
{
	size_t i, *r = xmalloc((t->n + 1) * sizeof *r), *c = xmalloc((t->n + 1) * sizeof *c);

	memset(p, 0, sizeof *p);
	for (i = 0; i < t->n; i++) {
		const struct sm_group *g = t->g[i];
		const char *sep = strchr(g->key, '\x1f');
		r[i] = axis_add(&p->row, g->key, (size_t)(sep - g->key), g->shown[0], g->events);
		c[i] = axis_add(&p->col, sep + 1, strlen(sep + 1), g->shown[1], g->events);
	}
	p->cell = xcalloc(p->row.n * p->col.n + 1, sizeof *p->cell);
	for (i = 0; i < t->n; i++)
		p->cell[r[i] * p->col.n + c[i]] = t->g[i]->events;
	free(r);
	free(c);
}

static void
pivot_json(const struct sm_table *t, const struct pivot *p, const size_t *ri, size_t nr, const size_t *ci)
{
	size_t i, j;

	for (i = 0; i < nr; i++) {
		json_t *o = json_object(), *m = json_object();
		json_object_set_new(o, sm_key_name[t->keys[0]], json_string(p->row.shown[ri[i]]));
		for (j = 0; j < p->col.n; j++)
			json_object_set_new(m, p->col.shown[ci[j]], json_integer((json_int_t)p->cell[ri[i] * p->col.n + ci[j]]));
		json_object_set_new(o, sm_key_name[t->keys[1]], m);
		out_json(o);
		json_decref(o);
	}
}

static void
pivot_grid(const struct sm_table *t, const struct pivot *p, const size_t *ri, size_t nr, const size_t *ci)
{
	struct grid gr;
	char corner[64];
	size_t i, j;

	grid_init(&gr, p->col.n + 1, nr);
	snprintf(corner, sizeof corner, "%s/%s", sm_key_name[t->keys[0]], sm_key_name[t->keys[1]]);
	grid_set(&gr, 0, 0, corner);
	for (j = 0; j < p->col.n; j++) {
		key_cell(&gr, 0, j + 1, t->keys[1], p->col.shown[ci[j]]);
		gr.num[j + 1] = 1;
	}
	for (i = 0; i < nr; i++) {
		key_cell(&gr, i + 1, 0, t->keys[0], p->row.shown[ri[i]]);
		for (j = 0; j < p->col.n; j++)
			grid_setn(&gr, i + 1, j + 1, p->cell[ri[i] * p->col.n + ci[j]]);
	}
	write_grid(&gr);
	grid_free(&gr);
}

static size_t
write_pivot(struct sm_table *t, const struct sm_outopt *o)
{
	struct pivot p;
	size_t *ri, *ci, nr;

	pivot_build(t, &p);
	sort_by = o->sort;
	ri = axis_sorted(&p.row);
	ci = axis_sorted(&p.col);
	nr = o->top > 0 && (size_t)o->top < p.row.n ? (size_t)o->top : p.row.n;
	if (mc_opt.format == FMT_JSONL)
		pivot_json(t, &p, ri, nr, ci);
	else
		pivot_grid(t, &p, ri, nr, ci);
	free(ri);
	free(ci);
	free(p.cell);
	axis_free(&p.row);
	axis_free(&p.col);
	return nr;
}

size_t
sm_write_table(struct sm_table *t, const struct sm_outopt *o)
{
	struct sm_group **g;
	size_t n, written;

	sm_table_finish(t);
	if (o->pivot)
		return write_pivot(t, o);
	g = sm_sorted(t, o->sort, &n);
	if (o->top > 0 && (size_t)o->top < n)
		n = (size_t)o->top;
	written = write_rows(t, g, n);
	free(g);
	return written;
}
