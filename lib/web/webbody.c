/* A page's article: the element whose paragraphs score best, by their
   text, commas and link density and by the class and id words of
   data/web.tsv, with the siblings that belong to it, as Mozilla's
   Readability finds it.  What is left out is listed with the reason. */
#include <stdlib.h>
#include <string.h>

#include "web/webtree.h"

static const char *const never_text[] = {"script", "style", "noscript", "template", "svg", "math",
	"canvas", "iframe", "object", "embed", "head", "select", "option", "button", "input",
	"textarea", "link", "meta", "video", "audio", "map", NULL};
static const char *const headings[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};

/* +25 for each of class and id that has a word of content, -25 for
   each that has a word of furniture. */
static int
class_weight(xmlNode *n)
{
	static const char *const attrs[] = {"class", "id"};
	char c[512];
	int w = 0, i;

	for (i = 0; i < 2; i++) {
		if (!*html_lower_attr(n, attrs[i], c, sizeof c))
			continue;
		w -= web_word_in(WK_NEGATIVE, c) ? 25 : 0;
		w += web_word_in(WK_POSITIVE, c) ? 25 : 0;
	}
	return w;
}

/* Why an element is page furniture whatever its text, or NULL. */
static const char *
furniture(struct page_tree *t, xmlNode *n)
{
	const char *role = html_attr(n, "role"), *style = html_attr(n, "style"), *w;
	char c[HTML_CLASS_ID];

	if (html_is(n, "nav") || !strcasecmp(role, "navigation") || !strcasecmp(role, "menu")
	    || !strcasecmp(role, "menubar"))
		return "navigation";
	if (html_is(n, "aside") || !strcasecmp(role, "complementary"))
		return "aside";
	/* a picture and its caption and credit: not the article's text */
	if (html_is(n, "figure"))
		return "figure";
	if (!strcasecmp(role, "dialog") || !strcasecmp(role, "alertdialog") || !strcasecmp(role, "alert"))
		return "dialog";
	if (xmlHasProp(n, (const xmlChar *)"hidden") || !strcasecmp(html_attr(n, "aria-hidden"), "true")
	    || strstr(style, "display:none") || strstr(style, "display: none")
	    || strstr(style, "visibility:hidden"))
		return "hidden";
	if (!t->strip_unlikely || html_is(n, "body") || html_is(n, "a") || html_is(n, "article")
	    || html_is(n, "main") || html_is(n, "html"))
		return NULL;
	html_class_and_id(n, c);
	if ((w = web_word_in(WK_UNLIKELY, c)) && !web_word_in(WK_MAYBE, c)) {
		snprintf(t->reason, sizeof t->reason, "furniture (%s)", w);
		return t->reason;
	}
	return NULL;
}

/* Bytes of text with each run of white space counted as one. */
static void
count_text(const char *s, size_t *len, size_t *commas)
{
	int space = 1;

	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			*len += !space;
			space = 1;
			continue;
		}
		space = 0;
		(*len)++;
		*commas += *s == ',' || (!strncmp(s, "\xEF\xBC\x8C", 3)) || (!strncmp(s, "\xD8\x8C", 2));
	}
}

/* Each element in document order, its subtree marked out when furniture. */
static void
collect(struct page_tree *t, xmlNode *root)
{
	xmlNode *n;
	size_t cap = 256;
	const char *why;

	t->n = 0;
	t->el = xmalloc(cap * sizeof *t->el);
	for (n = root; n; n = html_next(n, root, 1)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (t->n == cap)
			t->el = xrealloc(t->el, (cap *= 2) * sizeof *t->el);
		t->el[t->n++] = n;
	}
	t->info = xcalloc(t->n + 1, sizeof *t->info);
	for (size_t i = 0; i < t->n; i++) {
		n = t->el[i];
		n->_private = &t->info[i];
		if (html_is_one_of(n, never_text))
			t->info[i].out = t->info[i].silent = 1;
		else if (IN_BODY(n->parent) && INFO(n->parent)->out)
			t->info[i].out = 1;
		else if ((why = furniture(t, n))) {
			t->info[i].out = 1;
			t->info[i].why = xstrdup(why);
		}
	}
}

/* Text measures of every element, from the leaves up. */
static void
measure(struct page_tree *t)
{
	size_t i, len, commas;
	xmlNode *n, *c;
	struct ninfo *e, *k;

	for (i = t->n; i-- > 0; ) {
		n = t->el[i];
		e = INFO(n);
		if (e->out)
			continue;
		for (c = n->children; c; c = c->next) {
			if (c->type == XML_TEXT_NODE && c->content) {
				len = commas = 0;
				count_text((const char *)c->content, &len, &commas);
				e->len += len, e->ownlen += len, e->commas += commas;
				continue;
			}
			if (c->type != XML_ELEMENT_NODE || (k = INFO(c))->out)
				continue;
			e->len += k->len, e->linklen += k->linklen, e->commas += k->commas;
			e->headlen += k->headlen;
			e->np += k->np, e->nimg += k->nimg, e->nli += k->nli;
			e->ninput += k->ninput, e->nembed += k->nembed;
			if (html_is_one_of(c, html_blocks) || k->block)
				e->block = 1;
			else
				e->ownlen += k->len;
		}
		if (html_is(n, "a"))
			e->linklen = e->len;
		if (html_is_one_of(n, headings))
			e->headlen = e->len;
		/* Readability makes paragraphs of divs of text and of loose
		   text before it counts them */
		e->np += html_is(n, "p") || (html_is(n, "div") && !e->block && e->len)
		    || (e->block && e->ownlen >= MIN_PARA);
		e->nimg += html_is(n, "img");
		e->nli += html_is(n, "li");
		e->ninput += html_is(n, "input");
		e->nembed += html_is(n, "embed") || html_is(n, "object") || html_is(n, "iframe");
	}
}

static double
link_density(const struct ninfo *e)
{
	return e->len ? (double)e->linklen / (double)e->len : 0;
}

static void
init_score(xmlNode *n)
{
	struct ninfo *e = INFO(n);
	static const char *const plus3[] = {"pre", "td", "blockquote", NULL};
	static const char *const minus3[] = {"address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL};
	static const char *const minus5[] = {"h1", "h2", "h3", "h4", "h5", "h6", "th", NULL};

	e->scored = 1;
	e->score = html_is(n, "div") ? 5 : html_is_one_of(n, plus3) ? 3 : html_is_one_of(n, minus3) ? -3
	    : html_is_one_of(n, minus5) ? -5 : 0;
	e->score += class_weight(n);
}

/* A paragraph's score goes to its ancestors: all of it to the first,
   half to the second, a third of the level to the others. */
static void
credit(xmlNode *from, size_t len, size_t commas)
{
	double score = 1 + (double)commas + (len / 100 < 3 ? (double)(len / 100) : 3);
	xmlNode *a = from;
	int level;

	/* a paragraph the parser left in <head> has no scored ancestors */
	for (level = 0; level < ANCESTORS && IN_BODY(a); level++, a = a->parent) {
		if (!a->parent || a->parent->type != XML_ELEMENT_NODE)
			break;
		if (!INFO(a)->scored)
			init_score(a);
		INFO(a)->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
	}
}

static int
para_like(xmlNode *n)
{
	static const char *const scored_tags[] = {"p", "pre", "td", "section", "h2", "h3", "h4",
		"h5", "h6", NULL};

	return html_is_one_of(n, scored_tags) || ((html_is(n, "div") || html_is(n, "article")
	    || html_is(n, "main")) && !INFO(n)->block);
}

static void
score_paragraphs(struct page_tree *t)
{
	size_t i;
	xmlNode *n;
	struct ninfo *e;

	for (i = 0; i < t->n; i++) {
		n = t->el[i];
		e = INFO(n);
		if (e->out)
			continue;
		if (para_like(n) && e->len >= MIN_PARA)
			credit(n->parent, e->len, e->commas);
		else if (e->block && e->ownlen >= MIN_PARA && !html_is(n, "body"))
			/* the loose text of a block that holds blocks: a
			   paragraph of its own */
			credit(n, e->ownlen, e->commas);
	}
	for (i = 0; i < t->n; i++)
		if (t->info[i].scored)
			t->info[i].score *= 1 - link_density(&t->info[i]);
}

static int
contains(const xmlNode *a, const xmlNode *n)
{
	for (; n; n = n->parent)
		if (n == a)
			return 1;
	return 0;
}

/* When three of the best candidates, each at least 3/4 the best, sit in
   one ancestor of it, the article is that ancestor. */
static xmlNode *
common_ancestor(struct page_tree *t, xmlNode *top)
{
	xmlNode *alt[5], *a;
	size_t i, k, nalt = 0;
	double best = INFO(top)->score;
	int in;

	for (i = 0; i < t->n && nalt < 5; i++)
		if (t->el[i] != top && t->info[i].scored && !t->info[i].out
		    && t->info[i].score >= best * 0.75 && !contains(t->el[i], top) && !contains(top, t->el[i]))
			alt[nalt++] = t->el[i];
	if (nalt < 3)
		return top;
	for (a = top->parent; a && a->type == XML_ELEMENT_NODE && !html_is(a, "body"); a = a->parent) {
		for (k = 0, in = 0; k < nalt; k++)
			in += contains(a, alt[k]);
		if (in >= 3)
			return a;
	}
	return top;
}

static xmlNode *
best_candidate(struct page_tree *t)
{
	xmlNode *top = NULL, *p;
	double last, threshold;
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->info[i].scored && !t->info[i].out && (!top || t->info[i].score > INFO(top)->score))
			top = t->el[i];
	if (!top || html_is(top, "body"))
		return t->body;
	top = common_ancestor(t, top);
	if (!INFO(top)->scored)
		init_score(top);
	/* a parent that scores better, or nearly as well, holds more of it */
	last = INFO(top)->score;
	threshold = last / 3;
	for (p = top->parent; p && p->type == XML_ELEMENT_NODE && !html_is(p, "body"); p = p->parent) {
		if (!INFO(p)->scored)
			continue;
		if (INFO(p)->score < threshold)
			break;
		if (INFO(p)->score > last) {
			top = p;
			break;
		}
		last = INFO(p)->score;
	}
	/* an only child stands for its parent */
	while (top->parent && top->parent->type == XML_ELEMENT_NODE && !html_is(top->parent, "body")
	    && xmlChildElementCount(top->parent) == 1)
		top = top->parent;
	if (!INFO(top)->scored)
		init_score(top);
	return top;
}

static int
ends_like_sentence(xmlNode *n)
{
	mc_buf b = {0};
	int yes;

	html_text(n, &b);
	while (b.len && b.s[b.len - 1] == ' ')
		b.len--;
	yes = b.len && (b.s[b.len - 1] == '.' || memmem(b.s, b.len, ". ", 2));
	buf_free(&b);
	return yes;
}

/* The article is the best candidate and those of its siblings that
   score near it or read as paragraphs of text. */
static void
choose_siblings(struct page_tree *t, xmlNode *top)
{
	xmlNode *s;
	struct ninfo *e;
	double threshold = INFO(top)->score * 0.2, bonus;
	const char *cls = html_attr(top, "class");

	if (threshold < 10)
		threshold = 10;
	INFO(top)->kept = 1;
	if (!top->parent || top->parent->type != XML_ELEMENT_NODE || top == t->body)
		return;
	for (s = top->parent->children; s; s = s->next) {
		if (s->type != XML_ELEMENT_NODE || s == top || (e = INFO(s))->out)
			continue;
		bonus = *cls && !strcmp(html_attr(s, "class"), cls) ? INFO(top)->score * 0.2 : 0;
		if (e->scored && e->score + bonus >= threshold)
			e->kept = 1;
		else if (html_is(s, "p") && e->len > 80 && link_density(e) < 0.25)
			e->kept = 1;
		else if (html_is(s, "p") && e->len && e->len <= 80 && e->linklen == 0 && ends_like_sentence(s))
			e->kept = 1;
	}
}

/* Readability's "clean conditionally": a list, table, form or box in the
   article that looks like links, pictures or a form more than text. */
static const char *
looks_like_furniture(xmlNode *n)
{
	struct ninfo *e = INFO(n);
	int weight = class_weight(n), list = html_is(n, "ul") || html_is(n, "ol");
	double ld = link_density(e), score = e->scored ? e->score : 0;
	int figure = html_inside(n, "figure");
	double heading = e->len ? (double)e->headlen / (double)e->len : 0;

	if (html_is(n, "table") || html_inside(n, "code") || html_inside(n, "pre"))
		return NULL;
	if (weight + score < 0)
		return "furniture (class)";
	if (e->commas >= 10)
		return NULL;
	if (e->nimg > 1 && (double)e->np / e->nimg < 0.5 && !figure)
		return "pictures";
	if (!list && e->nli > e->np + 100 && e->nli > e->np)
		return "list";
	if (e->ninput > e->np / 3 + (e->np % 3 != 0))
		return "form";
	if (!list && heading < 0.9 && e->len < MIN_PARA && (e->nimg == 0 || e->nimg > 2) && !figure)
		return "too short";
	if (!list && weight < 25 && ld > 0.2)
		return "links";
	if (weight >= 25 && ld > 0.5)
		return "links";
	if ((e->nembed == 1 && e->len < 75) || e->nembed > 1)
		return "embedded";
	return NULL;
}

static void
clean_article(struct page_tree *t)
{
	static const char *const boxes[] = {"form", "fieldset", "table", "ul", "ol", "div",
		"section", "header", "footer", NULL};
	size_t i, article = 0;
	xmlNode *n, *a;
	struct ninfo *e;
	int in;
	const char *why;

	for (i = 0; i < t->n; i++)
		if (t->info[i].kept)
			article += t->info[i].len;
	for (i = 0; i < t->n; i++) {
		n = t->el[i];
		e = INFO(n);
		/* a box that holds most of the article's text is the article,
		   whatever its class says ("scrolling-tracker") */
		if (e->out || !html_is_one_of(n, boxes) || e->len * 2 > article)
			continue;
		for (a = n, in = 0; IN_BODY(a); a = a->parent) {
			if (INFO(a)->cleaned)
				break;
			if (INFO(a)->kept && a != n) {
				in = 1;
				break;
			}
		}
		if (in && (why = looks_like_furniture(n))) {
			e->cleaned = e->out = 1;
			free((char *)e->why);
			e->why = xstrdup(why);
		}
	}
}

/* The article's text and what was dropped, moved from one page to the
   other (to's own freed). */
static void
move_text(struct web_page *to, struct web_page *from)
{
	web_free_text(to);
	to->para = from->para, to->npara = from->npara, to->cpara = from->cpara;
	to->drop = from->drop, to->ndrop = from->ndrop, to->cdrop = from->cdrop;
	from->para = NULL, from->npara = from->cpara = 0;
	from->drop = NULL, from->ndrop = from->cdrop = 0;
}

static void
tree_free(struct page_tree *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free((char *)t->info[i].why);
		t->el[i]->_private = NULL;
	}
	free(t->info);
	free(t->el);
}

static void
find_article(struct page_tree *t, xmlNode *root, struct web_page *pg)
{
	collect(t, root);
	measure(t);
	score_paragraphs(t);
	t->top = best_candidate(t);
	choose_siblings(t, t->top);
	clean_article(t);
	keep_lead(t);
	write_text(t, pg);
}

void
web_body(xmlDoc *doc, struct web_page *pg)
{
	xmlNode *root = xmlDocGetRootElement(doc), *n;
	struct page_tree t = {0};
	struct web_page first = {0};

	for (n = root; n && !html_is(n, "body"); n = html_next(n, root, 1))
		;
	t.body = n ? n : root;
	t.strip_unlikely = 1;
	find_article(&t, t.body, pg);
	tree_free(&t);
	if (strs_len(pg->para, pg->npara) >= MIN_ARTICLE)
		return;
	/* too little text: the class words may have hidden the article;
	   the longer of the two readings is kept */
	move_text(&first, pg);
	first.title = pg->title;
	t.strip_unlikely = 0;
	find_article(&t, t.body, pg);
	tree_free(&t);
	if (strs_len(first.para, first.npara) >= strs_len(pg->para, pg->npara))
		move_text(pg, &first);
	first.title = NULL;
	web_page_free(&first);
}
