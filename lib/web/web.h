/* Web input: HTML pages (libxml2's HTML parser) and WARC archives.  A
   page gives its article as paragraphs, its metadata, and the text it
   left out with the reason. */
#ifndef MC_WEB_H
#define MC_WEB_H

#include "io/io.h"

struct web_drop { char *text, *why; };

struct web_page {
	char *title, *date, *url, *site, *lang;    /* NULL when the page has none */
	char **para;                /* the article, a paragraph each, UTF-8 */
	size_t npara, cpara;
	struct web_drop *drop;      /* left out: page furniture, with why */
	size_t ndrop, cdrop;
	int charset_guessed;        /* read as windows-1252: 1 none named and not UTF-8,
	                               2 the one named did not fit the bytes */
};

/* data/web.tsv: the class and id words that mark furniture or content;
   0 after reporting an error. */
int web_init(void);
/* Does the text start like a web page (doctype, <html>, <head>...)? */
int web_is_html(const char *s, size_t n);
/* Does it start like a WARC record? */
int web_is_warc(const char *s, size_t n);
/* Read an HTML page of n bytes.  charset: from the HTTP header, or NULL
   (then <meta charset>, else UTF-8 when the bytes are, else
   windows-1252).  url: where it came from, when known.  Returns 0 when
   no parser could make a tree of it. */
int web_read_html(struct web_page *pg, const char *html, size_t n, const char *charset,
    const char *url);
void web_page_free(struct web_page *pg);

/* ---- warc.c: WARC 1.0 and 1.1 records read from an input ---- */
struct warc_record {
	char *type, *uri, *date, *id;   /* WARC-Type, -Target-URI, -Date, -Record-ID */
	char *ctype;                    /* Content-Type of the record */
	char *body;                     /* the block: for a response, HTTP and all */
	size_t nbody;
	long ordinal;                   /* 1 for the first record of the input */
	long line;                      /* the line its header starts on */
};
typedef struct warc_reader warc_reader;
warc_reader *warc_open(mc_in *in);
/* The next record: 1; 0 at the end.  A record that cannot be read is
   reported with its line and skipped up to the next record. */
int warc_next(warc_reader *w, struct warc_record *r);
long warc_errors(const warc_reader *w);
void warc_close(warc_reader *w);
/* A response's HTTP payload, and its status, type and charset: 1 when it
   is a 2xx HTML page (the payload de-chunked and inflated into *out). */
int warc_http_html(const struct warc_record *r, mc_buf *out, char **charset);

/* ---- internals shared by the files of web/ ---- */
void web_add_para(struct web_page *pg, const char *s, size_t n);
void web_add_drop(struct web_page *pg, const char *s, size_t n, const char *why);
/* A left-out line and why, appended to a growable list: a page's, or
   a document's in mc-split. */
void web_drop_push(struct web_drop **v, size_t *n, size_t *cap, const char *s, size_t len,
    const char *why);
void web_free_text(struct web_page *pg);     /* the paragraphs and drops */

#endif
