/* Web pages read with libxml2's HTML parser: the charset, the tree, and
   the helpers webmeta.c and webbody.c walk it with. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/date.h"
#include "web/html.h"
#include "text/lex.h"

/* The words of data/web.tsv, by kind. */
static struct { char **w; size_t n; } words[WK_NKINDS];
static const char *const kind_names[WK_NKINDS] = {"UNLIKELY", "MAYBE", "POSITIVE", "NEGATIVE", "LEAD",
	"UPDATED"};

static int
load_word(char **f, int nf, const char *path, long line, void *ctx)
{
	int k;

	(void)ctx;
	for (k = 0; k < WK_NKINDS; k++)
		if (nf >= 2 && !strcmp(f[1], kind_names[k]))
			break;
	if (k == WK_NKINDS || !*f[0]) {
		mc_error(path, line, "expected word<TAB>UNLIKELY, MAYBE, POSITIVE, NEGATIVE, LEAD or UPDATED<TAB>-");
		return 0;
	}
	words[k].w = xrealloc(words[k].w, (words[k].n + 1) * sizeof *words[k].w);
	words[k].w[words[k].n++] = xstrdup(f[0]);
	return 1;
}

static void
ignore_error(void *ctx, const char *fmt, ...)
{
	(void)ctx, (void)fmt;
}

int
web_init(void)
{
	static int done, ok;
	char *path;

	if (done)
		return ok;
	done = 1;
	path = data_path("web.tsv");
	ok = tsv_each(path, load_word, NULL) && dates_load();    /* a byline's date is read */
	free(path);
	/* libxml2 must not print to standard error on its own: what it
	   finds is told by the tree it makes, or by webpage.c */
	xmlSetGenericErrorFunc(NULL, ignore_error);
	xmlSetStructuredErrorFunc(NULL, web_xml_error);
	return ok;
}

/* A word "=hid" matches only as a whole token of s ("hid", not "hidden");
   any other is found anywhere in it, as "sidebar" in "left-sidebar". */
static int
word_at(const char *s, const char *w)
{
	const char *p;
	size_t n;

	if (*w != '=')
		return strstr(s, w) != NULL;
	n = strlen(++w);
	for (p = s; (p = strstr(p, w)) != NULL; p++)
		if ((p == s || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

const char *
web_word_in(enum web_kind k, const char *s)
{
	size_t i;

	for (i = 0; i < words[k].n; i++)
		if (word_at(s, words[k].w[i]))
			return words[k].w[i];
	return NULL;
}

static const char *
skip_space_and_comments(const char *s, const char *end)
{
	for (;;) {
		while (s < end && (isspace((unsigned char)*s) || (end - s >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) && (s += 2))))
			s++;
		if (end - s < 4 || memcmp(s, "<!--", 4))
			return s;
		s = memmem(s, (size_t)(end - s), "-->", 3);
		if (!s)
			return end;
		s += 3;
	}
}

/* By what it starts with, as a browser sniffs a page served with no type. */
int
web_is_html(const char *s, size_t n)
{
	static const char *const opens[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
	    "<title", "<script", "<link", "<?xml"};
	const char *end = s + n, *p = skip_space_and_comments(s, end);
	size_t i, k;

	for (i = 0; i < sizeof opens / sizeof *opens; i++) {
		k = strlen(opens[i]);
		if ((size_t)(end - p) > k && !strncasecmp(p, opens[i], k)
		    && (isspace((unsigned char)p[k]) || p[k] == '>'))
			return i < 8 || memmem(p, (size_t)(end - p), "<html", 5) != NULL;
	}
	return 0;
}

int
web_is_warc(const char *s, size_t n)
{
	return n >= 8 && (!memcmp(s, "WARC/1.0", 8) || !memcmp(s, "WARC/1.1", 8));
}

int
html_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

const char *
html_attr(xmlNode *n, const char *name)
{
	xmlAttr *a;

	for (a = n->properties; a; a = a->next)
		if (!strcasecmp((const char *)a->name, name) && a->children && a->children->content)
			return (const char *)a->children->content;
	return "";
}

xmlNode *
html_next(xmlNode *n, const xmlNode *top, int descend)
{
	if (descend && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	for (; n && n != top; n = n->parent)
		if (n->next)
			return n->next;
	return NULL;
}

xmlNode *
html_prev(xmlNode *n, const xmlNode *top)
{
	if (n == top)
		return NULL;
	if (n->prev) {
		for (n = n->prev; n->type == XML_ELEMENT_NODE && n->last; n = n->last)
			;
		return n;
	}
	return n->parent == top ? NULL : n->parent;
}

void
html_add_collapsed(mc_buf *b, const char *s)
{
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			if (b->len && b->s[b->len - 1] != ' ')
				buf_addc(b, ' ');
		} else
			buf_addc(b, *s);
	}
}

void
html_text(xmlNode *top, mc_buf *b)
{
	xmlNode *n;
	int skip;

	for (n = top; n; n = html_next(n, top, !skip)) {
		skip = html_is(n, "script") || html_is(n, "style") || html_is(n, "template");
		if (n->type == XML_TEXT_NODE && n->content)
			html_add_collapsed(b, (const char *)n->content);
		else if (html_is(n, "br") && b->len && b->s[b->len - 1] != ' ')
			buf_addc(b, ' ');
	}
}

static void
add_item(char ***v, size_t *n, size_t *cap, char *s)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = s;
}

void
web_add_para(struct web_page *pg, const char *s, size_t n)
{
	add_item(&pg->para, &pg->npara, &pg->cpara, xstrndup(s, n));
}

void
web_drop_push(struct web_drop **v, size_t *n, size_t *cap, const char *s, size_t len, const char *why)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[*n].text = xstrndup(s, len);
	(*v)[*n].why = xstrdup(why);
	(*n)++;
}

void
web_add_drop(struct web_page *pg, const char *s, size_t n, const char *why)
{
	web_drop_push(&pg->drop, &pg->ndrop, &pg->cdrop, s, n, why);
}

void
web_free_text(struct web_page *pg)
{
	size_t i;

	for (i = 0; i < pg->npara; i++)
		free(pg->para[i]);
	free(pg->para);
	for (i = 0; i < pg->ndrop; i++) {
		free(pg->drop[i].text);
		free(pg->drop[i].why);
	}
	free(pg->drop);
	pg->para = NULL, pg->npara = pg->cpara = 0;
	pg->drop = NULL, pg->ndrop = pg->cdrop = 0;
}

void
web_page_free(struct web_page *pg)
{
	free(pg->title);
	free(pg->date);
	free(pg->url);
	free(pg->site);
	free(pg->lang);
	web_free_text(pg);
	memset(pg, 0, sizeof *pg);
}

int
html_is_one_of(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (html_is(n, *names))
			return 1;
	return 0;
}

const char *const html_blocks[] = {"address", "article", "aside", "blockquote", "details",
	"dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
	"p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
	"center", "body", "html", "summary", NULL};

/* An attribute in lower case, into buf. */
const char *
html_lower_attr(xmlNode *n, const char *name, char *buf, size_t size)
{
	size_t i;

	snprintf(buf, size, "%s", html_attr(n, name));
	for (i = 0; buf[i]; i++)
		if (buf[i] >= 'A' && buf[i] <= 'Z')
			buf[i] = (char)(buf[i] - 'A' + 'a');
	return buf;
}

const char *
html_class_and_id(xmlNode *n, char buf[HTML_CLASS_ID])
{
	char id[HTML_CLASS_ID / 2];

	html_lower_attr(n, "class", buf, HTML_CLASS_ID - sizeof id);
	strcat(buf, " ");
	strcat(buf, html_lower_attr(n, "id", id, sizeof id));
	return buf;
}

int
html_inside(xmlNode *n, const char *tag)
{
	for (n = n->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (html_is(n, tag))
			return 1;
	return 0;
}

