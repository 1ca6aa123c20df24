/* The report's two pictures: a world map of where the meetings were
   (Natural Earth outlines, data/world.tsv) and a network of who met
   whom, countries as nodes.  Inline SVG, drawn from the meetings, so
   that the page stays one file. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

#define MAXNODES 24             /* a network beyond that is a hairball */
#define MAXLABELS 10

/* "DZA Algérie", escaped */
void
page_country(const char *code)
{
	page_esc(code);
	if (strcmp(country_name(code), code)) {
		page_put(" ");
		page_esc(country_name(code));
	}
}

/* ---- the map ---- */

struct mark { const struct sm_event *at; size_t n; };

static int
by_meetings(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;

	return x->n != y->n ? (x->n < y->n ? 1 : -1) : strcmp(x->at->geo_name, y->at->geo_name);
}

/* Each meeting at the place of its first report that has one. */
static struct mark *
marks(const struct sm_event *evs, const struct meeting *m, size_t nm, size_t *nmarks)
{
	struct mark *mk = xcalloc(nm + 1, sizeof *mk);
	const struct sm_event *e;
	size_t i, j, k;

	*nmarks = 0;
	for (i = 0; i < nm; i++) {
		for (j = 0, e = NULL; j < m[i].n && !e; j++)
			if (evs[m[i].ev[j]].geo_name)
				e = &evs[m[i].ev[j]];
		if (!e)
			continue;
		for (k = 0; k < *nmarks && (mk[k].at->lat != e->lat || mk[k].at->lon != e->lon); k++)
			;
		if (k == *nmarks)
			mk[(*nmarks)++].at = e;
		mk[k].n++;
	}
	qsort(mk, *nmarks, sizeof *mk, by_meetings);
	return mk;
}

static int
outline_line(char *line, size_t len)
{
	char *tab = memchr(line, '\t', len);

	if (!len || line[0] == '#' || !tab)
		return 0;
	page_put("<path d=\"");
	line[len] = '\0';
	page_esc(tab + 1);
	page_put("\"><title>");
	*tab = '\0';
	page_country(line);
	page_put("</title></path>\n");
	return 1;
}

static void
outlines(void)
{
	char *path = data_path("world.tsv"), *line;
	mc_in *in = in_open(path);
	size_t len;

	free(path);
	if (!in)
		return;
	page_put("<g fill=\"#e4e4e4\" stroke=\"#fff\" stroke-width=\"0.2\">\n");
	while ((line = in_line(in, &len)) != NULL)
		outline_line(line, len);
	page_put("</g>\n");
	in_close(in);
}

void
map_svg(const struct sm_event *evs, const struct meeting *m, size_t nm)
{
	size_t n, i;
	struct mark *mk = marks(evs, m, nm, &n);

	page_put("<h2>Where the meetings were</h2>\n");
	if (!n) {
		page_put("<p>No meeting has a place on the map.</p>\n");
		free(mk);
		return;
	}
	page_putf("<p>%zu place%s; a mark's area is its number of meetings.</p>\n", n, n == 1 ? "" : "s");
	page_put("<svg id=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"380\" "
	    "viewBox=\"0 0 360 180\" role=\"img\" aria-label=\"map of the meetings\">\n"
	    "<rect width=\"360\" height=\"180\" fill=\"#f4f8fb\"/>\n");
	outlines();
	for (i = 0; i < n; i++) {
		const struct sm_event *e = mk[i].at;
		page_putf("<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"#d62728\" fill-opacity=\"0.6\" "
		    "stroke=\"#fff\" stroke-width=\"0.3\"><title>", e->lon + 180, 90 - e->lat,
		    1.2 + 1.3 * sqrt((double)mk[i].n));
		page_esc(e->geo_name);
		page_put(", ");
		page_country(e->geo_country);
		page_putf(": %zu meeting%s</title></circle>\n", mk[i].n, mk[i].n == 1 ? "" : "s");
	}
	for (i = 0; i < n && i < MAXLABELS; i++) {
		page_putf("<text x=\"%.2f\" y=\"%.2f\" style=\"font-size:4px\">", mk[i].at->lon + 182.5,
		    90 - mk[i].at->lat + 1.4);
		page_esc(mk[i].at->geo_name);
		page_put("</text>\n");
	}
	page_put("</svg>\n");
	free(mk);
}

/* ---- the network ---- */

struct node { const char *code; size_t n; };
struct edge { int a, b; size_t n; };

static int
node_cmp(const void *a, const void *b)
{
	const struct node *x = a, *y = b;

	return x->n != y->n ? (x->n < y->n ? 1 : -1) : strcmp(x->code, y->code);
}

/* The countries of a meeting: its reports' participants', once each. */
static size_t
meeting_countries(const struct sm_event *evs, const struct meeting *m, const char ***out)
{
	const char **c = NULL;
	size_t n = 0, j, k, i;

	for (j = 0; j < m->n; j++)
		for (k = 0; k < evs[m->ev[j]].nparts; k++) {
			const char *cc = evs[m->ev[j]].parts[k].country;
			if (!cc || !*cc)
				continue;
			for (i = 0; i < n && strcmp(c[i], cc); i++)
				;
			if (i == n) {
				c = xrealloc(c, (n + 1) * sizeof *c);
				c[n++] = cc;
			}
		}
	*out = c;
	return n;
}

static int
node_of(const struct node *v, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(v[i].code, code))
			return (int)i;
	return -1;
}

static struct node *
nodes(const struct sm_event *evs, const struct meeting *m, size_t nm, size_t *nn)
{
	struct node *v = NULL;
	const char **c;
	size_t i, k, n;
	int at;

	*nn = 0;
	for (i = 0; i < nm; i++) {
		n = meeting_countries(evs, &m[i], &c);
		for (k = 0; k < n; k++) {
			if ((at = node_of(v, *nn, c[k])) < 0) {
				v = xrealloc(v, (*nn + 1) * sizeof *v);
				v[*nn].code = c[k];
				v[*nn].n = 0;
				at = (int)(*nn)++;
			}
			v[at].n++;
		}
		free(c);
	}
	if (*nn)
		qsort(v, *nn, sizeof *v, node_cmp);
	if (*nn > MAXNODES)
		*nn = MAXNODES;
	return v;
}

static struct edge *
edges(const struct sm_event *evs, const struct meeting *m, size_t nm, const struct node *v,
    size_t nn, size_t *ne)
{
	struct edge *e = NULL;
	const char **c;
	size_t i, j, k, n, x;
	int a, b;

	*ne = 0;
	for (i = 0; i < nm; i++) {
		n = meeting_countries(evs, &m[i], &c);
		for (j = 0; j < n; j++)
			for (k = j + 1; k < n; k++) {
				a = node_of(v, nn, c[j]);
				b = node_of(v, nn, c[k]);
				if (a < 0 || b < 0)
					continue;
				if (a > b) {
					int t = a; a = b; b = t;
				}
				for (x = 0; x < *ne && (e[x].a != a || e[x].b != b); x++)
					;
				if (x == *ne) {
					e = xrealloc(e, (*ne + 1) * sizeof *e);
					e[*ne].a = a;
					e[*ne].b = b;
					e[(*ne)++].n = 0;
				}
				e[x].n++;
			}
		free(c);
	}
	return e;
}

/* Countries on a circle, the most met first at the top and clockwise. */
static void
node_xy(size_t i, size_t nn, double *x, double *y)
{
	double t = 2 * M_PI * (double)i / (double)nn - M_PI / 2;

	*x = 400 + 165 * cos(t);
	*y = 250 + 190 * sin(t);
}

void
network_svg(const struct sm_event *evs, const struct meeting *m, size_t nm)
{
	size_t nn, ne, i;
	struct node *v = nodes(evs, m, nm, &nn);
	struct edge *e = edges(evs, m, nm, v, nn, &ne);
	double x, y, x2, y2;

	page_put("<h2>Who met whom</h2>\n");
	if (ne == 0) {
		page_put("<p>No meeting joins two countries.</p>\n");
		free(v);
		free(e);
		return;
	}
	page_putf("<p>The %zu countries with the most meetings; a line joins two countries that met, "
	    "thicker for more meetings.</p>\n", nn);
	page_put("<svg id=\"network\" xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"500\" "
	    "role=\"img\" aria-label=\"who met whom, by country\">\n");
	for (i = 0; i < ne; i++) {
		node_xy((size_t)e[i].a, nn, &x, &y);
		node_xy((size_t)e[i].b, nn, &x2, &y2);
		page_putf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1f77b4\" "
		    "stroke-opacity=\"0.5\" stroke-width=\"%.1f\"><title>", x, y, x2, y2,
		    1 + 1.5 * sqrt((double)e[i].n));
		page_country(v[e[i].a].code);
		page_put(" \xE2\x80\x93 ");
		page_country(v[e[i].b].code);
		page_putf(": %zu meeting%s</title></line>\n", e[i].n, e[i].n == 1 ? "" : "s");
	}
	for (i = 0; i < nn; i++) {
		node_xy(i, nn, &x, &y);
		page_putf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#b22222\"><title>", x, y,
		    3 + 2 * sqrt((double)v[i].n));
		page_country(v[i].code);
		page_putf(": %zu meeting%s</title></circle>\n", v[i].n, v[i].n == 1 ? "" : "s");
		page_putf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x + (x >= 400 ? 12 : -12), y + 4,
		    x >= 400 ? "start" : "end");
		page_country(v[i].code);
		page_put("</text>\n");
	}
	page_put("</svg>\n");
	free(v);
	free(e);
}
