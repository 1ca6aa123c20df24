/* Fuzz target: bytes as a web page, read by web_read_html as mc-split
   reads a page of its own (no charset from HTTP: the page's, else UTF-8
   or windows-1252), then its text through the splitter as mc-split's
   split_page feeds it (title and paragraphs as lines, the furniture as
   dropped, the page's metadata as the record's fields), and each
   document through the tagger, as in mc-split page.html | mc-tag.
   Everything the page gives must be valid UTF-8, and each record written
   must parse back to what it meant (tests/fuzz_records.h).

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/web.h"
#include "tag/tag.h"
#include "fuzz_records.h"
#include "fuzz_page.h"

#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_html");
	if (!split_init(NULL) || !tag_init(NULL, 0) || !web_init())
		abort();
	return 0;
}

/* A document as mc-split writes it (the page's fields, its own date
   read from the page's) and as mc-tag writes it after. */
static void
fh_doc(struct doc *d, void *ctx)
{
	json_t *meta = ctx;

	d->meta = json_incref(meta);
	if (jstr(meta, "date") && (date_parse_iso(jstr(meta, "date"), &d->date)
	    || date_find(jstr(meta, "date"), &d->date)))
		d->has_date = 1;
	fr_check_text(d);
	doc_detect_lang(d);
	json_decref(fr_split_and_tag(d));
	doc_free(d);
}

static void
fh_field(json_t *meta, const char *key, const char *v)
{
	if (v && *v)
		json_object_set_new(meta, key, json_string(v));
}

/* As mc-split's feed(): a '\r' utf8_clean turns into a line end makes
   two lines. */
static void
fh_feed(struct text_stream *ts, const char *s)
{
	const char *nl;
	char *clean;
	size_t len;
	int bad;

	clean = utf8_clean(s, strlen(s), &len, &bad);
	for (s = clean; (nl = memchr(s, '\n', len - (size_t)(s - clean))); s = nl + 1)
		ts_line(ts, s, (size_t)(nl - s), 1);
	ts_line(ts, s, len - (size_t)(s - clean), 1);
	free(clean);
}

static void
fh_split(const struct web_page *pg)
{
	json_t *meta = json_object();
	struct text_stream *ts;
	size_t i;

	fh_field(meta, "title", pg->title);
	fh_field(meta, "date", pg->date);
	fh_field(meta, "url", pg->url);
	fh_field(meta, "site", pg->site);
	fh_field(meta, "lang", pg->lang);
	ts = ts_begin("fuzz", "fuzz", 0, fh_doc, meta);
	if (pg->title)
		fh_feed(ts, pg->title);
	for (i = 0; i < pg->npara; i++)
		fh_feed(ts, pg->para[i]);
	for (i = 0; i < pg->ndrop; i++)
		ts_drop(ts, pg->drop[i].text, pg->drop[i].why);
	ts_end(ts);
	json_decref(meta);
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct web_page pg;

	if (web_read_html(&pg, (const char *)data, size, NULL, NULL)) {
		fuzz_check_page(&pg);
		fh_split(&pg);
	}
	web_page_free(&pg);
	return 0;
}
