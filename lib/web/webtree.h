/* The tree of a page as web_body() reads it: what is known of each
   element, shared by the files that choose the article (webbody.c) and
   write it out (webtext.c). */
#ifndef MC_WEB_WEBTREE_H
#define MC_WEB_WEBTREE_H

#include "web/html.h"

/* What is known of one element, its subtree included. */
struct ninfo {
	double score;               /* content score, once initialised */
	size_t len, linklen, ownlen, commas, headlen;
	unsigned np, nimg, nli, ninput, nembed;
	unsigned scored : 1, out : 1, silent : 1, block : 1, kept : 1, cleaned : 1;
	const char *why;            /* the root of a left-out subtree: why */
};

#define INFO(n) ((struct ninfo *)(n)->_private)
/* An element of the body (those above it have no ninfo). */
#define IN_BODY(n) ((n) && (n)->type == XML_ELEMENT_NODE && (n)->_private)

enum { MIN_PARA = 25, MIN_ARTICLE = 500, ANCESTORS = 5 };

struct page_tree {
	xmlNode **el;               /* the elements in document order */
	size_t n;
	struct ninfo *info;
	xmlNode *body, *top;
	int strip_unlikely;
	char reason[80];
};

/* webtext.c: the standfirst kept with the article; then the article's
   paragraphs and what was left out, with why, into pg. */
void keep_lead(struct page_tree *t);
void write_text(struct page_tree *t, struct web_page *pg);

#endif
