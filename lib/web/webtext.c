/* A page's article written out: its paragraphs in document order, the
   standfirst before them, and what was left out, each with the reason. */
#include <stdlib.h>
#include <string.h>

#include "web/webtree.h"

/* ---- the standfirst (chapô) ---- */

/* A standfirst has at least LEAD_MIN bytes of text, few of them links,
   and at most LEAD_GAP bytes of text of the page lie between it and the
   article (a byline, a date, a caption). */
enum { LEAD_MIN = 50, LEAD_GAP = 600, LEAD_MAX = 3000 };

static int
has_lead_word(xmlNode *n)
{
	char c[HTML_CLASS_ID];

	return web_word_in(WK_LEAD, html_class_and_id(n, c)) != NULL;
}

/* Bytes of text under n, and of text in its links. */
static void
text_and_links(xmlNode *n, size_t *len, size_t *linklen)
{
	mc_buf b = {0};
	xmlNode *c;

	html_text(n, &b);
	*len = b.len;
	*linklen = 0;
	for (c = n; c; c = html_next(c, n, !html_is(c, "a")))
		if (html_is(c, "a")) {
			b.len = 0;
			html_text(c, &b);
			*linklen += b.len;
		}
	buf_free(&b);
}

/* Does n hold a headline (a box around headline and standfirst is no
   standfirst)? */
static int
holds_headline(xmlNode *n)
{
	xmlNode *c;

	for (c = n; c; c = html_next(c, n, 1))
		if (html_is(c, "h1") || html_is(c, "h2"))
			return 1;
	return 0;
}

/* Readability leaves out the standfirst when it sits in the article's
   header, beside the headline: a box whose class or id has a LEAD word
   of data/web.tsv, just before the article, is the article's. */
void
keep_lead(struct page_tree *t)
{
	size_t first, i, seen = 0, len, linklen;
	struct ninfo *e;

	for (first = 0; first < t->n && !t->info[first].kept; first++)
		;
	for (i = first; i-- > 0 && seen <= LEAD_GAP + LEAD_MAX; ) {
		e = &t->info[i];
		seen += e->ownlen;
		if (e->silent || !has_lead_word(t->el[i]) || html_inside(t->el[i], "figure")
		    || holds_headline(t->el[i]))
			continue;
		text_and_links(t->el[i], &len, &linklen);
		if (len < LEAD_MIN || linklen * 3 > len || seen > LEAD_GAP + e->len)
			continue;
		e->kept = 1;
		free((char *)e->why);
		e->why = NULL;
		return;
	}
}

/* ---- the text out: paragraphs of the article, the rest dropped ---- */

struct writer {
	struct web_page *pg;
	mc_buf para;
	const char *why;            /* NULL: the article's; else why dropped */
};

/* The headline again, or the page's title with the site's name after
   it: the head of one is the other, a word or more apart. */
static int
is_title(const char *title, const char *s, size_t n)
{
	size_t t = title ? strlen(title) : 0, k = n < t ? n : t;

	if (!t || k < 20 || strncasecmp(s, title, k))
		return 0;
	return k == n || k == t || (n > t ? s[t] : title[n]) == ' ';
}

static void
flush(struct writer *w)
{
	size_t n = w->para.len;
	const char *s = w->para.s;

	while (n && *s == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	if (n && !w->why && !w->pg->npara && is_title(w->pg->title, s, n))
		web_add_drop(w->pg, s, n, "title");
	else if (n && !w->why)
		web_add_para(w->pg, s, n);
	else if (n)
		web_add_drop(w->pg, s, n, w->why);
	buf_clear(&w->para);
}

/* Why the text under n is not the article's, or NULL when it is. */
static const char *
why_left_out(xmlNode *n)
{
	for (; IN_BODY(n); n = n->parent) {
		if (INFO(n)->why)
			return INFO(n)->why;
		if (INFO(n)->kept)
			return NULL;
	}
	return "outside the article";
}

void
write_text(struct page_tree *t, struct web_page *pg)
{
	struct writer w = {pg, {0}, why_left_out(t->body)};
	xmlNode *n = t->body, *next, *up;
	struct ninfo *e;
	int descend;

	while (n) {
		descend = 1;
		if (n->type == XML_ELEMENT_NODE) {
			e = INFO(n);
			if (e->silent) {
				descend = 0;        /* never text: scripts, styles */
			} else if (html_is_one_of(n, html_blocks) || html_is(n, "br") || e->why || e->kept) {
				flush(&w);
				w.why = why_left_out(n);
			}
		} else if (n->type == XML_TEXT_NODE && n->content) {
			html_add_collapsed(&w.para, (const char *)n->content);
		}
		/* leaving an element ends its block */
		next = html_next(n, t->body, descend);
		for (up = n; next && next->parent != n && up && up != next->parent; up = up->parent)
			if (IN_BODY(up) && (html_is_one_of(up, html_blocks) || INFO(up)->why || INFO(up)->kept)) {
				flush(&w);
				w.why = why_left_out(up->parent);
			}
		n = next;
	}
	flush(&w);
	buf_free(&w.para);
}

