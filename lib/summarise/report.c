/* The HTML report: one self-contained page (no script, no external file,
   so that it can be mailed or archived as it is) with the meetings per
   counterpart country, a map of where they were and a network of who met
   whom (report_map.c), the topics month by month, and every meeting
   with the sentences each of its reports rests on. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

static const char *const palette[] = {
	"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"
};
#define NCOLORS 8
#define MAXBARS 20

static void
head(void)
{
	page_put("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<title>Meetings</title>\n<style>\n"
	    "body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}\n"
	    "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}\n"
	    "table{border-collapse:collapse;width:100%;font-size:.85em}\n"
	    "th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}\n"
	    "th{background:#eef}td.d{white-space:nowrap}td.p{min-width:13em}td ul{margin:0;padding-left:1.1em}.doc{color:#666;font-size:.9em}\n"
	    "svg text{font-size:12px;fill:#222}\n"
	    "</style>\n</head>\n<body>\n");
}

/* ---- events per counterpart country ---- */

static void
bars(struct sm_event *evs, size_t n)
{
	enum sm_key k = K_COUNTERPART;
	struct sm_table t;
	struct sm_group **g;
	size_t i, ng, h;
	uint64_t max = 1;

	sm_table_init(&t, &k, 1);
	for (i = 0; i < n; i++)
		sm_table_add(&t, &evs[i]);
	sm_table_finish(&t);
	g = sm_sorted(&t, SORT_COUNT, &ng);
	ng = ng < MAXBARS ? ng : MAXBARS;
	for (i = 0; i < ng; i++)
		max = g[i]->events > max ? g[i]->events : max;
	h = ng * 26 + 10;
	page_put("<h2>Meetings by counterpart country</h2>\n");
	page_putf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%zu\" role=\"img\" "
	    "aria-label=\"meetings by counterpart country\">\n", h);
	for (i = 0; i < ng; i++) {
		const char *code = g[i]->shown[0];
		double w = 440.0 * (double)g[i]->events / (double)max;
		page_putf("<text x=\"250\" y=\"%zu\" text-anchor=\"end\">", i * 26 + 22);
		page_country(code);
		page_putf("</text><rect x=\"260\" y=\"%zu\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>",
		    i * 26 + 6, w, palette[0]);
		page_esc(code);
		page_putf(": %llu</title></rect><text x=\"%.1f\" y=\"%zu\">%llu</text>\n",
		    (unsigned long long)g[i]->events, 266 + w, i * 26 + 22, (unsigned long long)g[i]->events);
	}
	page_put("</svg>\n");
	free(g);
	sm_table_free(&t);
}

/* ---- topics over time ---- */

struct series {
	char **topic;           /* the topics drawn, most frequent first */
	size_t nt, nm;          /* topics, months from the first to the last */
	int y0, m0;             /* the first month */
	uint64_t *v, max;       /* v[topic * nm + month] */
};

static int
month_of(const char *s, int *y, int *m)
{
	return strlen(s) == 7 && sscanf(s, "%4d-%2d", y, m) == 2;
}

/* Whether a topic has a meeting with a month, in the topic x month table. */
static int
has_month(const struct sm_table *t, const char *topic)
{
	size_t i;
	int y, m;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->g[i]->shown[0], topic) == 0 && month_of(t->g[i]->shown[1], &y, &m))
			return 1;
	return 0;
}

static void
series_build(struct sm_event *evs, size_t n, struct series *s)
{
	enum sm_key keys[2] = {K_TOPIC, K_MONTH}, k = K_TOPIC;
	struct sm_table t, tt;
	struct sm_group **top;
	size_t i, j, nt;
	int y, m, lo = 0, hi = 0, first = 1;

	memset(s, 0, sizeof *s);
	sm_table_init(&t, keys, 2);
	sm_table_init(&tt, &k, 1);
	for (i = 0; i < n; i++) {
		sm_table_add(&t, &evs[i]);
		sm_table_add(&tt, &evs[i]);
	}
	sm_table_finish(&t);
	sm_table_finish(&tt);
	for (i = 0; i < t.n; i++) {
		if (!month_of(t.g[i]->shown[1], &y, &m))
			continue;
		lo = first || y * 12 + m - 1 < lo ? y * 12 + m - 1 : lo;
		hi = first || y * 12 + m - 1 > hi ? y * 12 + m - 1 : hi;
		first = 0;
	}
	top = sm_sorted(&tt, SORT_COUNT, &nt);
	s->topic = xcalloc(NCOLORS, sizeof *s->topic);
	for (i = 0; i < nt && s->nt < NCOLORS; i++)
		if (strcmp(top[i]->shown[0], "unknown") != 0 && has_month(&t, top[i]->shown[0]))
			s->topic[s->nt++] = xstrdup(top[i]->shown[0]);
	s->nm = first ? 0 : (size_t)(hi - lo + 1);
	s->y0 = lo / 12;
	s->m0 = lo % 12 + 1;
	s->v = xcalloc(s->nt * s->nm + 1, sizeof *s->v);
	for (i = 0; i < t.n; i++) {
		if (!month_of(t.g[i]->shown[1], &y, &m))
			continue;
		for (j = 0; j < s->nt && strcmp(s->topic[j], t.g[i]->shown[0]) != 0; j++)
			;
		if (j < s->nt) {
			uint64_t *c = &s->v[j * s->nm + (size_t)(y * 12 + m - 1 - lo)];
			*c = t.g[i]->events;
			s->max = *c > s->max ? *c : s->max;
		}
	}
	free(top);
	sm_table_free(&t);
	sm_table_free(&tt);
}

static void
series_free(struct series *s)
{
	size_t i;

	for (i = 0; i < s->nt; i++)
		free(s->topic[i]);
	free(s->topic);
	free(s->v);
}

/* One strip of bars a topic, the months on a shared axis below: lines
   of several topics would cross and hide one another at 0. */
#define PX0 170                 /* left of the plot: the topics' names */
#define PW 700
#define ROW 34

static double
xpos(const struct series *s, size_t m)
{
	return PX0 + (double)PW * ((double)m + 0.5) / (double)s->nm;
}

static void
month_axis(const struct series *s, size_t y)
{
	size_t m, step = s->nm / 10 + 1;

	page_putf("<line x1=\"%d\" y1=\"%zu\" x2=\"%d\" y2=\"%zu\" stroke=\"#888\"/>\n", PX0, y, PX0 + PW, y);
	for (m = 0; m < s->nm; m += step) {
		int idx = s->y0 * 12 + s->m0 - 1 + (int)m;
		page_putf("<text x=\"%.1f\" y=\"%zu\" text-anchor=\"middle\">%04d-%02d</text>\n", xpos(s, m), y + 16,
		    idx / 12, idx % 12 + 1);
	}
}

static void
strips(const struct series *s)
{
	double bw = (double)PW / (double)s->nm * 0.7, h;
	size_t t, m, y;
	uint64_t v;

	for (t = 0; t < s->nt; t++) {
		y = t * ROW;
		page_putf("<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">", PX0 - 8, y + ROW - 8);
		page_esc(s->topic[t]);
		page_putf("</text>\n<line x1=\"%d\" y1=\"%zu\" x2=\"%d\" y2=\"%zu\" stroke=\"#ddd\"/>\n", PX0,
		    y + ROW - 4, PX0 + PW, y + ROW - 4);
		for (m = 0; m < s->nm; m++) {
			if (!(v = s->v[t * s->nm + m]))
				continue;
			h = (double)(ROW - 8) * (double)v / (double)s->max;
			page_putf("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
			    xpos(s, m) - bw / 2, (double)(y + ROW - 4) - h, bw, h, palette[t]);
			page_esc(s->topic[t]);
			page_putf(": %llu</title></rect>\n", (unsigned long long)v);
		}
	}
	month_axis(s, s->nt * ROW);
}

static void
topics_chart(struct sm_event *evs, size_t n)
{
	struct series s;

	series_build(evs, n, &s);
	page_put("<h2>Topics over time</h2>\n");
	if (!s.nm || !s.nt) {
		page_put("<p>No meeting has both a topic and a month.</p>\n");
	} else {
		page_putf("<p>Meetings a month on each of the most frequent topics; the tallest bar is %llu "
		    "(meetings without a month are not shown).</p>\n", (unsigned long long)s.max);
		page_putf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%zu\" role=\"img\" "
		    "aria-label=\"topics over time\">\n", PX0 + PW + 20, s.nt * ROW + 24);
		strips(&s);
		page_put("</svg>\n");
	}
	series_free(&s);
}

/* ---- the meetings ---- */

static void
participants_cell(const struct sm_event *e)
{
	size_t i;

	page_put("<td class=\"p\">");
	for (i = 0; i < e->nparts; i++) {
		const struct sm_part *p = &e->parts[i];
		if (i)
			page_put("<br/>");
		page_esc(p->name ? p->name : p->role ? p->role : "?");
		if (p->country || p->side) {
			page_put(" <span class=\"doc\">(");
			if (p->country)
				page_country(p->country);
			page_put(p->country && p->side ? ", " : "");
			page_esc(p->side);
			page_put(")</span>");
		}
	}
	page_put("</td>");
}

static void
topics_cell(const struct meeting *m, const struct sm_event *evs)
{
	const char **seen = NULL;
	size_t i, j, k, ns = 0;

	page_put("<td>");
	for (i = 0; i < m->n; i++)
		for (j = 0; j < evs[m->ev[i]].ntopics; j++) {
			const char *t = evs[m->ev[i]].topics[j];
			for (k = 0; k < ns && strcmp(seen[k], t) != 0; k++)
				;
			if (k < ns)
				continue;
			seen = xrealloc(seen, (ns + 1) * sizeof *seen);
			seen[ns++] = t;
			page_put(ns > 1 ? ", " : "");
			page_esc(t);
		}
	free(seen);
	page_put("</td>");
}

static void
evidence_cell(const struct meeting *m, const struct sm_event *evs)
{
	json_t *e;
	size_t i, j;

	page_put("<td><ul>");
	for (i = 0; i < m->n; i++) {
		const struct sm_event *ev = &evs[m->ev[i]];
		page_put("<li><span class=\"doc\">");
		page_esc(ev->doc);
		page_put(":</span> ");
		json_array_foreach(ev->evidence, j, e) {
			page_put(j ? " \xE2\x80\xA6 " : "");
			page_esc(json_string_value(json_object_get(e, "text")));
		}
		page_put("</li>");
	}
	page_put("</ul></td>");
}

static void
meeting_row(const struct meeting *m, const struct sm_event *evs)
{
	const struct sm_event *d = sm_best_dated(evs, m), *most = &evs[m->ev[0]];
	const char *place = NULL;
	size_t i;

	for (i = 0; i < m->n; i++) {
		if (!place && evs[m->ev[i]].place)
			place = evs[m->ev[i]].place;
		if (evs[m->ev[i]].nparts > most->nparts)
			most = &evs[m->ev[i]];
	}
	page_put("<tr><td class=\"d\">");
	page_esc(d->date ? d->date : "?");
	page_put("</td><td>");
	page_esc(place ? place : "");
	page_put("</td>");
	participants_cell(most);
	topics_cell(m, evs);
	page_putf("<td>%zu</td>", m->n);
	evidence_cell(m, evs);
	page_put("</tr>\n");
}

static void
table(struct meeting *m, size_t nm, const struct sm_event *evs)
{
	size_t i;

	page_put("<h2>The meetings</h2>\n<table>\n<tr><th>Date</th><th>Place</th><th>Participants</th>"
	    "<th>Topics</th><th>Reports</th><th>Evidence, by report</th></tr>\n");
	for (i = 0; i < nm; i++)
		meeting_row(&m[i], evs);
	page_put("</table>\n");
}

static void
summary_line(struct sm_event *evs, size_t n, size_t nm)
{
	struct sm_u64set docs = {0};
	char lo[11] = "", hi[11] = "", iso[11];
	size_t i;

	for (i = 0; i < n; i++) {
		sm_u64set_add(&docs, evs[i].dochash);
		sm_date_str(&evs[i].sig.date, iso);
		if (*iso && (!*lo || strcmp(iso, lo) < 0))
			memcpy(lo, iso, sizeof lo);
		if (*iso && strcmp(iso, hi) > 0)
			memcpy(hi, iso, sizeof hi);
	}
	page_putf("<p>%zu meeting%s, from %zu report%s in %zu document%s", nm, nm == 1 ? "" : "s", n,
	    n == 1 ? "" : "s", docs.n, docs.n == 1 ? "" : "s");
	if (*lo)
		page_putf(", dated %s to %s", lo, hi);
	page_put(". A meeting reported by several outlets is counted once.</p>\n");
	sm_u64set_free(&docs);
}

/* The documents given beside the events, by language: a feed that
   changed language shows here, not as a quiet night. */
static void
languages_line(struct lang_tally *docs)
{
	mc_buf b = {0};

	if (!docs->total)
		return;
	lang_tally_text(docs, &b);
	page_putf("<p>%llu document%s read, by language: ", (unsigned long long)docs->total,
	    docs->total == 1 ? "" : "s");
	page_esc(buf_cstr(&b));
	page_put(". Meetings are read from French documents only.</p>\n");
	buf_free(&b);
}

void
report_html(struct sm_event *evs, size_t n, struct lang_tally *docs)
{
	struct meeting *m;
	size_t nm, i;

	m = sm_meetings(evs, n, &nm);
	head();
	page_put("<h1>Meetings</h1>\n");
	summary_line(evs, n, nm);
	languages_line(docs);
	bars(evs, n);
	map_svg(evs, m, nm);
	network_svg(evs, m, nm);
	topics_chart(evs, n);
	table(m, nm, evs);
	page_put("</body>\n</html>\n");
	page_flush();
	for (i = 0; i < nm; i++)
		free(m[i].ev);
	free(m);
}
