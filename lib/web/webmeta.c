/* A page's metadata: title, publication date, canonical url, site name
   and language, from what the page says of itself. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/date.h"
#include "web/html.h"

/* What the page gives, best source first for each field. */
struct meta_found {
	const char *og_title, *title_tag;
	xmlNode *h1;                /* the first <h1> */
	const char *published, *meta_date, *time_datetime, *modified;
	const char *canonical, *og_url, *site, *lang;
	char *ld_date, *ld_title;   /* from JSON-LD, malloc'd */
};

static void
set_once(const char **slot, const char *v)
{
	if (!*slot && v && *v)
		*slot = v;
}

/* datePublished and headline anywhere in a JSON-LD value (@graph,
   arrays, nested objects): the first found. */
static void
ld_scan(json_t *v, struct meta_found *m, int depth)
{
	const char *k;
	json_t *x;
	size_t i;

	if (depth > 16)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			ld_scan(x, m, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if (!m->ld_date && jstr(v, "datePublished"))
		m->ld_date = xstrdup(jstr(v, "datePublished"));
	if (!m->ld_title && jstr(v, "headline"))
		m->ld_title = xstrdup(jstr(v, "headline"));
	json_object_foreach(v, k, x)
		if (json_is_object(x) || json_is_array(x))
			ld_scan(x, m, depth + 1);
}

static void
json_ld(xmlNode *script, struct meta_found *m)
{
	mc_buf b = {0};
	xmlNode *t;
	json_t *v;

	for (t = script->children; t; t = t->next)
		if (t->content)
			buf_adds(&b, (const char *)t->content);
	if (b.len && (v = json_loadb(b.s, b.len, JSON_DECODE_ANY, NULL))) {
		ld_scan(v, m, 0);
		json_decref(v);
	}
	buf_free(&b);
}

static void
meta_tag(xmlNode *n, struct meta_found *m)
{
	const char *key = html_attr(n, "property"), *v = html_attr(n, "content");

	if (!*key)
		key = html_attr(n, "name");
	if (!*key)
		key = html_attr(n, "itemprop");
	if (!strcasecmp(key, "og:title"))
		set_once(&m->og_title, v);
	else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished"))
		set_once(&m->published, v);
	else if (!strcasecmp(key, "date") || !strcasecmp(key, "pubdate") || !strcasecmp(key, "publishdate")
	    || !strcasecmp(key, "dc.date.issued") || !strcasecmp(key, "dcterms.created")
	    || !strcasecmp(key, "sailthru.date") || !strcasecmp(key, "parsely-pub-date"))
		set_once(&m->meta_date, v);
	else if (!strcasecmp(key, "article:modified_time") || !strcasecmp(key, "dateModified")
	    || !strcasecmp(key, "dc.date.modified"))
		set_once(&m->modified, v);
	else if (!strcasecmp(key, "og:url"))
		set_once(&m->og_url, v);
	else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name"))
		set_once(&m->site, v);
}

static void
visit(xmlNode *n, struct meta_found *m)
{
	if (html_is(n, "meta"))
		meta_tag(n, m);
	else if (html_is(n, "title") && n->children)
		set_once(&m->title_tag, (const char *)n->children->content);
	else if (html_is(n, "h1") && !m->h1)
		m->h1 = n;
	else if (html_is(n, "link") && !strcasecmp(html_attr(n, "rel"), "canonical"))
		set_once(&m->canonical, html_attr(n, "href"));
	else if (html_is(n, "script") && !strcasecmp(html_attr(n, "type"), "application/ld+json"))
		json_ld(n, m);
	else if (html_is(n, "time"))
		set_once(&m->time_datetime, html_attr(n, "datetime"));
	else if (html_is(n, "html"))
		set_once(&m->lang, html_attr(n, "lang"));
}

/* A copy with white space collapsed and trimmed; NULL for none. */
static char *
clean(const char *s)
{
	mc_buf b = {0};
	char *c;

	if (!s)
		return NULL;
	html_add_collapsed(&b, s);
	while (b.len && b.s[b.len - 1] == ' ')
		b.len--;
	c = b.len ? xstrndup(b.s, b.len) : NULL;
	buf_free(&b);
	return c;
}

/* "2023-06-12T10:00:00+01:00" gives 2023-06-12; a date of another form
   is kept whole, for mc-split to read as it reads dates in text. */
static char *
date_of(const char *s)
{
	char *c = clean(s);

	static const char iso[] = "dddd-dd-dd";
	size_t i;

	for (i = 0; c && c[i] && i < 10 && (iso[i] == 'd' ? isdigit((unsigned char)c[i]) : c[i] == '-'); i++)
		;
	if (i == 10)
		c[10] = '\0';
	return c;
}

/* "fr-FR", "fr_CA" give "fr". */
static char *
lang_of(const char *s)
{
	char *c = clean(s);
	size_t i;

	if (!c)
		return NULL;
	for (i = 0; c[i] && c[i] != '-' && c[i] != '_'; i++)
		c[i] = (char)tolower((unsigned char)c[i]);
	c[i] = '\0';
	if (i < 2 || i > 3) {
		free(c);
		return NULL;
	}
	return c;
}

/* Bytes of an apostrophe (' or ’) at s, else 0. */
static int
apostrophe(const char *s)
{
	return *s == '\'' ? 1 : !strncmp(s, "\xE2\x80\x99", 3) ? 3 : 0;
}

/* Bytes of a space (a no-break one too) at s, else 0. */
static int
space(const char *s)
{
	return *s == ' ' ? 1 : !strncmp(s, "\xC2\xA0", 2) ? 2 : !strncmp(s, "\xE2\x80\xAF", 3) ? 3 : 0;
}

/* How many bytes of title the heading h is the head of, the two
   apostrophes being one, and spaces and no-break spaces; 0 if it is
   not. */
static size_t
head_of(const char *title, const char *h)
{
	const char *t = title;
	int tn, hn;

	while (*h) {
		if (((tn = apostrophe(t)) && (hn = apostrophe(h))) || ((tn = space(t)) && (hn = space(h))))
			t += tn, h += hn;
		else if (*t == *h)
			t++, h++;
		else
			return 0;
	}
	return (size_t)(t - title);
}

/* A heading's text, white space collapsed; NULL for none. */
static char *
heading_text(xmlNode *h)
{
	mc_buf b = {0};
	char *c;

	html_text(h, &b);
	buf_addc(&b, '\0');
	c = clean(b.s);
	buf_free(&b);
	return c;
}

/* "Headline - Site", "Headline | Site": when the page's headline is the
   head of its title, before a separator, or the whole title, the
   headline is the title, written as the reader sees it (apostrophes and
   no-break spaces may differ from the metadata's). */
static char *
title_by_headline(char *title, xmlNode *h1)
{
	char *h = heading_text(h1);
	size_t n = h && strlen(h) >= 10 ? head_of(title, h) : 0;
	const char *rest = title + n + 1;

	if (n && (!title[n] || (title[n] == ' ' && (strchr("-|:\xC2\xB7", *rest)
	    || !strncmp(rest, "\xE2\x80\x94", 3) || !strncmp(rest, "\xE2\x80\x93", 3))))) {
		free(title);
		return h;
	}
	free(h);
	return title;
}

/* A byline's date sits in a short piece of text next to the headline,
   after it or above it: "Par X | 30 septembre 2018", "le 07 Mai 2020". */
enum { BYLINE_REACH = 400, BYLINE_PIECE = 80 };

/* A date with its day in a short piece of text, before any words of an
   update note ("Publié le 3 mai, mis à jour le 5 mai": 3 mai). */
static int
piece_date(xmlNode *n, struct mc_date *out, size_t *seen)
{
	mc_buf low = {0};
	char *c, *upd;
	const char *w;
	size_t len;
	int found = 0;

	if (n->type != XML_TEXT_NODE || !n->content || html_inside(n, "script") || html_inside(n, "style"))
		return 0;
	if (!(c = clean((const char *)n->content)))
		return 0;
	*seen += len = strlen(c);
	if (len <= BYLINE_PIECE) {
		/* lower case, byte for byte where c is */
		utf8_lower(c, len, &low);
		if ((w = web_word_in(WK_UPDATED, buf_cstr(&low))) && (upd = strstr(low.s, w)))
			c[upd - low.s] = '\0';
		buf_free(&low);
		found = date_find(c, out) && out->d;
	}
	free(c);
	return found;
}

/* The date of the nearest short piece of text after the headline, else
   before it, within BYLINE_REACH bytes of text each way; 0 if none. */
static int
shown_date(xmlNode *head, xmlNode *root, struct mc_date *out)
{
	xmlNode *n;
	size_t seen = 0;

	for (n = html_next(head, root, 0); n && seen < BYLINE_REACH; n = html_next(n, root, 1))
		if (piece_date(n, out, &seen))
			return 1;
	seen = 0;
	for (n = html_prev(head, root); n && seen < BYLINE_REACH; n = html_prev(n, root))
		if (piece_date(n, out, &seen))
			return 1;
	return 0;
}

/* Is the date the same day as a date the metadata gives? */
static int
meta_says(const struct mc_date *d, const char *const *given, size_t n)
{
	struct mc_date g;
	size_t i;

	for (i = 0; i < n; i++)
		if (given[i] && date_parse_iso(given[i], &g) && g.y == d->y && g.m == d->m && g.d == d->d)
			return 1;
	return 0;
}

/* The page's headline: the first <h1>, else <h2>, that is the head of
   the title (the first <h1> can be the site's logo, and some pages
   set their headline in <h2>), else the first <h1>. */
static xmlNode *
headline(xmlNode *root, const char *title, xmlNode *first)
{
	static const char *const tags[] = {"h1", "h2"};
	xmlNode *n;
	char *h;
	size_t t;
	int found = 0;

	for (t = 0; t < 2 && title; t++)
		for (n = root; n; n = html_next(n, root, 1)) {
			if (!html_is(n, tags[t]))
				continue;
			h = heading_text(n);
			found = h && strlen(h) >= 10 && head_of(title, h);
			free(h);
			if (found)
				return n;
		}
	return first;
}

/* The publication date: article:published_time, then JSON-LD, then the
   date metas, then <time datetime>.  The date the page shows under its
   headline wins when there is none of these, and when it is one of the
   metadata's dates: a page updated shows the date of the version the
   reader has, whose "hier" is counted from it. */
static char *
page_date(struct meta_found *m, xmlNode *root, xmlNode *head)
{
	const char *given[] = {m->published, m->ld_date, m->meta_date, m->time_datetime, m->modified};
	const char *best = m->published ? m->published : m->ld_date ? m->ld_date
	    : m->meta_date ? m->meta_date : m->time_datetime;
	struct mc_date shown;
	char iso[11];

	if (head && shown_date(head, root, &shown)
	    && (!best || meta_says(&shown, given, sizeof given / sizeof given[0]))) {
		date_iso(&shown, iso);
		return xstrdup(iso);
	}
	return date_of(best);
}

void
web_meta(xmlDoc *doc, struct web_page *pg)
{
	struct meta_found m = {0};
	xmlNode *root = xmlDocGetRootElement(doc), *n, *head;

	for (n = root; n; n = html_next(n, root, 1))
		if (n->type == XML_ELEMENT_NODE)
			visit(n, &m);
	pg->title = clean(m.og_title ? m.og_title : m.ld_title ? m.ld_title : m.title_tag);
	head = headline(root, pg->title, m.h1);
	if (pg->title && head)
		pg->title = title_by_headline(pg->title, head);
	pg->date = page_date(&m, root, head);
	pg->url = clean(m.canonical ? m.canonical : m.og_url);
	pg->site = clean(m.site);
	pg->lang = lang_of(m.lang);
	free(m.ld_date);
	free(m.ld_title);
}
