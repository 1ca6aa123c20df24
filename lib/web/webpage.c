/* A web page read: its bytes into libxml2's tree in the right charset,
   then its metadata (webmeta.c) and its article (webbody.c). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "web/html.h"

unsigned long web_encoding_errors;

void
web_xml_error(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	if (e && (e->domain == XML_FROM_I18N || e->code == XML_IO_ENCODER
	    || e->code == XML_ERR_INVALID_ENCODING))
		web_encoding_errors++;
}

/* The page read in charset (NULL: the one it names), or NULL when there
   is none or libxml2 met bytes that are not in it (*unfit set): it stops
   there, and the rest of the page would be lost. */
static htmlDocPtr
read_in(const char *html, int len, const char *charset, const char *url, int *unfit)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
	    | HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
	unsigned long before = web_encoding_errors;
	htmlDocPtr doc;

	doc = htmlReadMemory(html, len, url, charset, charset ? opts | HTML_PARSE_IGNORE_ENC : opts);
	if (!doc)
		return NULL;
	if (!charset && !doc->encoding) {       /* it names none */
		xmlFreeDoc(doc);
		return NULL;
	}
	if (web_encoding_errors != before) {
		*unfit = 1;
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* Bytes that are valid UTF-8 are read as UTF-8 whatever the page says:
   pages that declare Latin-1 and are UTF-8 are common, the reverse
   (Latin-1 text that happens to be valid UTF-8) nearly unknown.  Else
   the HTTP header's charset, else <meta charset>, else windows-1252,
   which browsers assume, else Latin-1 (the few bytes windows-1252 has
   no character for).  *guessed: 1 when no charset was named, 2 when
   the one named did not fit the bytes. */
static htmlDocPtr
parse(const char *html, size_t n, const char *charset, const char *url, int *guessed)
{
	htmlDocPtr doc;
	int len = n > (size_t)INT_MAX ? INT_MAX : (int)n, unfit = 0;

	*guessed = 0;
	if (utf8_valid(html, (size_t)len))
		return read_in(html, len, "UTF-8", url, &unfit);
	if ((charset && *charset && (doc = read_in(html, len, charset, url, &unfit)))
	    || (doc = read_in(html, len, NULL, url, &unfit)))
		return doc;
	*guessed = unfit ? 2 : 1;
	if ((doc = read_in(html, len, "windows-1252", url, &unfit)))
		return doc;
	return read_in(html, len, "ISO-8859-1", url, &unfit);
}

/* libxml2 passes on bytes that are not in the charset the page was read
   in: what leaves here is valid UTF-8, repaired as text input is. */
static void
repair(char **s)
{
	size_t n;
	int bad;
	char *c;

	if (!*s)
		return;
	c = utf8_clean(*s, strlen(*s), &n, &bad);
	free(*s);
	*s = c;
}

static void
repair_page(struct web_page *pg)
{
	size_t i;

	repair(&pg->title), repair(&pg->date), repair(&pg->url);
	repair(&pg->site), repair(&pg->lang);
	for (i = 0; i < pg->npara; i++)
		repair(&pg->para[i]);
	for (i = 0; i < pg->ndrop; i++)
		repair(&pg->drop[i].text);
}

int
web_read_html(struct web_page *pg, const char *html, size_t n, const char *charset, const char *url)
{
	htmlDocPtr doc;

	memset(pg, 0, sizeof *pg);
	doc = parse(html, n, charset, url, &pg->charset_guessed);
	if (!doc || !xmlDocGetRootElement(doc)) {
		if (doc)
			xmlFreeDoc(doc);
		return 0;
	}
	web_meta(doc, pg);
	if (!pg->url && url && *url)
		pg->url = xstrdup(url);
	web_body(doc, pg);
	xmlFreeDoc(doc);
	repair_page(pg);
	return 1;
}
