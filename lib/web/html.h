/* The tree of a page as libxml2 builds it, and what web/ reads of it. */
#ifndef MC_WEB_HTML_H
#define MC_WEB_HTML_H

#include <libxml/HTMLparser.h>

#include "web/web.h"

/* libxml2's errors, silenced; one that says bytes were not in the charset
   the page was read in is counted in web_encoding_errors, as the parse
   stops there. */
void web_xml_error(void *ctx, xmlErrorPtr e);
extern unsigned long web_encoding_errors;

/* Element names as libxml2 gives them: lower case. */
int html_is(const xmlNode *n, const char *name);
/* An attribute's value, or "" (the string is libxml2's, freed with it). */
const char *html_attr(xmlNode *n, const char *name);
/* The next node in document order below top; descend: into n's children. */
xmlNode *html_next(xmlNode *n, const xmlNode *top, int descend);
/* The node before n in document order, NULL at top. */
xmlNode *html_prev(xmlNode *n, const xmlNode *top);
/* Text appended to b with each run of white space made one space; a
   no-break space is no white space here (French puts one before : ; ! ?
   and inside « »), as in text input. */
void html_add_collapsed(mc_buf *b, const char *s);
/* The text of a subtree, its spaces collapsed, appended to b. */
void html_text(xmlNode *n, mc_buf *b);

/* Block elements: each starts a paragraph of its own. */
extern const char *const html_blocks[];
int html_is_one_of(const xmlNode *n, const char *const *names);
/* Is n below an element of that name? */
int html_inside(xmlNode *n, const char *tag);
/* An attribute in lower case, into buf. */
const char *html_lower_attr(xmlNode *n, const char *name, char *buf, size_t size);
/* The class and id in lower case, a space between, into buf: where the
   words of data/web.tsv are looked for. */
enum { HTML_CLASS_ID = 512 };
const char *html_class_and_id(xmlNode *n, char buf[HTML_CLASS_ID]);

/* The page's title, date, url, site name and language (webmeta.c). */
void web_meta(xmlDoc *doc, struct web_page *pg);
/* The page's article as paragraphs, and what was left out (webbody.c). */
void web_body(xmlDoc *doc, struct web_page *pg);

/* Furniture words of data/web.tsv, by kind (LEAD: class words of a
   standfirst; UPDATED: words of a note that the page was updated,
   matched in its text). */
enum web_kind { WK_UNLIKELY, WK_MAYBE, WK_POSITIVE, WK_NEGATIVE, WK_LEAD, WK_UPDATED, WK_NKINDS };
/* The first word of kind k found in s (lower case), or NULL. */
const char *web_word_in(enum web_kind k, const char *s);

#endif
