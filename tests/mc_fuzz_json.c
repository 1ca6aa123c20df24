/* Fuzz target: one JSON Lines record, read with json_read_line, then
   whatever object comes out goes where the tools would send it:
     - mc-split: a string "text" is split, the other fields carried over;
     - mc-extract: extract_doc on the record as it is (its "ents" and
       "sents" of any shape);
     - mc-tag: tag_doc and its record, then mc-extract on that record.
   The lean reader must take no record jansson refuses and read the same
   values, and each record written must parse back to what it meant
   (tests/fuzz_records.h).

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"
#include "extract/extract.h"
#include "fuzz_records.h"

#include "fuzz_util.h"
#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_json");
	if (!split_init(NULL) || !tag_init(NULL, 0) || !extract_init(NULL, 0))
		abort();
	return 0;
}

static void
fj_same(const char *want, mc_buf *got)
{
	if (!want || strcmp(want, buf_cstr(got)) != 0)
		abort();
	buf_free(got);
}

static void
fj_dump_free(json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
	mc_buf w = {0};

	jw_value(&w, v);
	fj_same(s, &w);
	free(s);
	json_decref(v);
}

/* As mc-split's write_doc for a record: the record's date wins. */
static void
fj_split_doc(struct doc *d, void *ctx)
{
	json_t *meta = ctx;

	d->meta = json_incref(meta);
	if (jstr(meta, "date") && (date_parse_iso(jstr(meta, "date"), &d->date)
	    || date_find(jstr(meta, "date"), &d->date)))
		d->has_date = 1;
	doc_detect_lang(d);     /* and a record's lang, kept as lang_given */
	json_decref(fr_check_doc(d));
	doc_free(d);
}

/* mc-split on a JSON record: text through the stream, no recovery. */
static void
fj_as_split(json_t *rec)
{
	const char *text = jstr(rec, "text"), *s, *nl;
	json_t *meta;
	struct text_stream *ts;
	char *clean;
	size_t len;
	int bad;

	if (!text)
		return;
	meta = json_deep_copy(rec);
	json_object_del(meta, "text");
	json_object_del(meta, "id");
	ts = ts_begin("fuzz", jstr(rec, "id") ? jstr(rec, "id") : "fuzz:1", 0, fj_split_doc, meta);
	clean = utf8_clean(text, strlen(text), &len, &bad);
	for (s = clean; (nl = memchr(s, '\n', len - (size_t)(s - clean))); s = nl + 1)
		ts_line(ts, s, (size_t)(nl - s), 1);
	ts_line(ts, s, len - (size_t)(s - clean), 1);
	free(clean);
	ts_end(ts);
	json_decref(meta);
}

static void
fj_as_extract(json_t *doc)
{
	json_t *events = json_array();
	struct jr_doc jd = {0};
	const char *why = NULL;

	jr_from_json(&jd, doc);
	if (!extract_doc(jd.root, events, &why) && !why)
		abort();        /* a refusal always says why */
	jr_free(&jd);
	fj_dump_free(events);
}

/* What the lean reader takes, jansson takes too, with the same values,
   and json_read_line() (which goes through it) gives jansson's tree. */
static void
fj_reader(const uint8_t *data, size_t size, json_t *doc)
{
	struct jr_doc d = {0};
	json_t *ref = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
	mc_buf w = {0};
	char *want;

	if (!doc != !json_is_object(ref))
		abort();
	if (doc) {
		want = json_dumps(ref, JSON_COMPACT | JSON_REAL_PRECISION(15));
		jw_value(&w, doc);
		fj_same(want, &w);
		free(want);
	}
	if (jr_parse(&d, (const char *)data, size)) {
		if (!json_is_object(ref))
			abort();
		want = json_dumps(ref, JSON_COMPACT | JSON_REAL_PRECISION(15));
		jw_jr(&w, d.root);
		fj_same(want, &w);
		free(want);
	}
	json_decref(ref);
	jr_free(&d);
}

/* mc-tag: the record it writes, parsed back and held to what it meant;
   mc-extract then reads that record. */
static json_t *
fj_as_tag(json_t *doc)
{
	struct jr_doc d = {0};
	struct tagged t;
	json_t *o;

	jr_from_json(&d, doc);
	tag_doc(&t, d.root);
	o = fr_check_tagged(&t, d.root, doc);
	tag_free(&t);
	jr_free(&d);
	return o;
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char err[256];
	json_t *tagged;
	json_t *doc = json_read_line((const char *)data, size, err, sizeof err);

	fj_reader(data, size, doc);
	if (!doc) {
		if (!memchr(err, '\0', sizeof err) || !err[0])
			abort();
		return 0;
	}
	fj_as_split(doc);
	fj_as_extract(doc);
	tagged = fj_as_tag(doc);
	fj_as_extract(tagged);
	fj_dump_free(tagged);
	fj_dump_free(doc);
	return 0;
}
