/* A web page read: its bytes into libxml2's tree in the right charset,
   then its metadata (webmeta.c) and its article (webbody.c). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "web/html.h"

/* Bytes that are valid UTF-8 are read as UTF-8 whatever the page says:
   pages that declare Latin-1 and are UTF-8 are common, the reverse
   (Latin-1 text that happens to be valid UTF-8) nearly unknown.  Else
   the HTTP header's charset, else <meta charset>, else windows-1252,
   which browsers assume. */
static htmlDocPtr
parse(const char *html, size_t n, const char *charset, const char *url, int *guessed)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
	    | HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
	htmlDocPtr doc;
	int len = n > (size_t)INT_MAX ? INT_MAX : (int)n;

	*guessed = 0;
	if (utf8_valid(html, (size_t)len))
		return htmlReadMemory(html, len, url, "UTF-8", opts | HTML_PARSE_IGNORE_ENC);
	if (charset && *charset && (doc = htmlReadMemory(html, len, url, charset, opts | HTML_PARSE_IGNORE_ENC)))
		return doc;
	doc = htmlReadMemory(html, len, url, NULL, opts);
	if (doc && doc->encoding)
		return doc;
	/* no charset said, and not UTF-8 */
	if (doc)
		xmlFreeDoc(doc);
	*guessed = 1;
	return htmlReadMemory(html, len, url, "windows-1252", opts | HTML_PARSE_IGNORE_ENC);
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
