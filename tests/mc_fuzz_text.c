/* Fuzz target: raw text through the splitter as mc-split reads it (lines,
   UTF-8 repaired, article boundaries recovered), then every document
   through the tagger and the event extractor, as in
   mc-split | mc-tag | mc-extract.

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c, which defines
   FUZZ_ENTRY and FUZZ_INIT to names of its own. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"
#include "extract/extract.h"
#include "fuzz_records.h"
#include "fuzz_util.h"

#include "fuzz_entry.h"

static void
ft_doc(struct doc *d, void *ctx)
{
	json_t *o, *events = json_array();
	struct jr_doc jd = {0};
	const char *why;
	char *dump;

	(void)ctx;
	fr_check_text(d);
	fuzz_check_utf8(d->title);
	fuzz_check_utf8(d->dateline);
	doc_detect_lang(d);     /* the word scan and CLD2 on any text */
	if (!d->lang || !*d->lang)
		abort();
	o = fr_split_and_tag(d);
	jr_from_json(&jd, o);
	if (!extract_doc(jd.root, events, &why))
		abort();        /* a tagged document always has its fields */
	jr_free(&jd);
	dump = json_dumps(o, JSON_COMPACT);
	free(dump);
	dump = json_dumps(events, JSON_COMPACT);
	free(dump);
	json_decref(events);
	json_decref(o);
	doc_free(d);
}

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_text");
	if (!split_init(NULL) || !tag_init(NULL, 0) || !extract_init(NULL, 0))
		abort();
	return 0;
}

/* The line reader strips '\n' and a '\r' before it; utf8_clean turns
   other CRs into line ends, which feed() in mc-split splits again. */
static void
ft_feed(struct text_stream *ts, const char *line, size_t n, long lineno)
{
	const char *s, *nl;
	char *clean;
	size_t len;
	int bad;

	if (n && line[n - 1] == '\r')
		n--;
	clean = utf8_clean(line, n, &len, &bad);
	for (s = clean; (nl = memchr(s, '\n', len - (size_t)(s - clean))); s = nl + 1)
		ts_line(ts, s, (size_t)(nl - s), lineno);
	ts_line(ts, s, len - (size_t)(s - clean), lineno);
	free(clean);
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size, *nl;
	struct text_stream *ts = ts_begin("fuzz", "fuzz", 1, ft_doc, NULL);
	long lineno = 0;

	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		ft_feed(ts, s, nl ? (size_t)(nl - s) : (size_t)(end - s), ++lineno);
		s = nl ? nl + 1 : end;
	}
	ts_end(ts);
	return 0;
}
