/* mc-split: from raw articles to one clean document a line. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "web/web.h"

static const char usage[] =
"Usage: mc-split [OPTION]... [FILE]...\n"
"Split news articles into documents: metadata, paragraphs and sentences,\n"
"with web-page furniture set apart.  One JSON document a line on output.\n"
"With no FILE, or when FILE is -, read standard input.  Input may be text,\n"
"gzip (detected by its magic bytes), JSON Lines, CSV, web pages (HTML)\n"
"or WARC archives: the format is told from the content.\n"
"\n"
"  -o, --output=FILE     write to FILE instead of standard output\n"
"      --format=FMT      jsonl (default) or csv: one row per sentence\n"
"                        (id,p,s,text)\n"
"      --csv-bom         begin CSV output with a UTF-8 byte order mark\n"
"      --csv-sep=C       CSV field separator, read and written: , (default)\n"
"                        ; | or tab\n"
"      --csv-crlf        end CSV lines with CR LF instead of LF\n"
"      --csv-formulas    write cells that begin with = + - @ as they are,\n"
"                        not as text for a spreadsheet (see NOTES in the manual)\n"
"      --jsonl           read JSON Lines (the default when a file starts with {)\n"
"      --text            read plain text even if a file starts with { or <\n"
"      --html            read each file as one web page\n"
"      --warc            read WARC archives (their HTML responses)\n"
"      --text-field=K    JSON field holding the article text (default text)\n"
"      --csv             read CSV with a header row\n"
"      --text-column=K   CSV column holding the text (default text)\n"
"      --lang=CODE       the language the input is said to be in (ISO 639-1),\n"
"                        for records with no lang field: kept as lang_given\n"
"                        where it is not the language found in the text\n"
"      --lang-filter=LIST  write only documents in these languages (fr,en,\n"
"                        und...); the others are counted by --stats\n"
"      --no-lang-id      do not identify the language: lang is the given\n"
"                        one (--lang, the record's lang field) or und\n"
"      --date=DATE       publication date for every document (YYYY-MM-DD,\n"
"                        YYYY-MM or DD/MM/YYYY), overriding the text's\n"
"      --doc-sep=REGEX   a line matching REGEX separates two documents\n"
"      --no-recover      one document per file: do not look for article\n"
"                        boundaries inside a text stream\n"
"      --strict          invalid UTF-8 is an error (document not written)\n"
"                        instead of a warning (repaired with U+FFFD)\n"
"      --data-dir=DIR    read data files from DIR\n"
"      --progress        show documents, MB and MB/s on standard error\n"
"      --stats           print counts at the end on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input could not be, 2 bad usage.\n"
"See mc-split(1) and mc-format(5).\n";

enum { OPT_JSONL = 2001, OPT_TEXT, OPT_TEXT_FIELD, OPT_CSV, OPT_TEXT_COLUMN, OPT_DATE,
	OPT_DOC_SEP, OPT_STRICT, OPT_NO_RECOVER, OPT_LANG, OPT_LANG_FILTER, OPT_NO_LANG_ID,
	OPT_HTML, OPT_WARC };

static const struct option longopts[] = {
	COMMON_LONG,
	{"jsonl", no_argument, 0, OPT_JSONL},
	{"text", no_argument, 0, OPT_TEXT},
	{"text-field", required_argument, 0, OPT_TEXT_FIELD},
	{"csv", no_argument, 0, OPT_CSV},
	{"text-column", required_argument, 0, OPT_TEXT_COLUMN},
	{"date", required_argument, 0, OPT_DATE},
	{"doc-sep", required_argument, 0, OPT_DOC_SEP},
	{"strict", no_argument, 0, OPT_STRICT},
	{"no-recover", no_argument, 0, OPT_NO_RECOVER},
	{"lang", required_argument, 0, OPT_LANG},
	{"lang-filter", required_argument, 0, OPT_LANG_FILTER},
	{"no-lang-id", no_argument, 0, OPT_NO_LANG_ID},
	{"html", no_argument, 0, OPT_HTML},
	{"warc", no_argument, 0, OPT_WARC},
	{0, 0, 0, 0}
};

static enum { IN_AUTO, IN_TEXT, IN_JSONL, IN_CSV, IN_HTML, IN_WARC } informat;
static const char *text_field = "text", *text_column = "text", *doc_sep, *date_opt;
static struct mc_date force_date;
static int have_force_date, strict, recover = 1, lang_id = 1;
static const char *lang_opt, *lang_filter;
static uint64_t bytes_in, docs_seen, docs_written, docs_filtered;
static uint64_t warc_records, warc_pages;
static struct lang_tally langs;

/* Is code one of the comma-separated list? */
static int
in_list(const char *list, const char *code)
{
	size_t n = strlen(code);
	const char *p;

	for (p = list; (p = strstr(p, code)) != NULL; p += n)
		if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* The document's language: found in its text, or the given one. */
static void
set_lang(struct doc *d)
{
	d->lang_given = lang_opt;
	if (lang_id)
		doc_detect_lang(d);
	else
		d->lang = doc_given_lang(d) ? doc_given_lang(d) : "und";
	lang_tally(&langs, d->lang);
}

static void
write_doc(struct doc *d, void *ctx)
{
	json_t *meta = ctx;
	const char *k;
	json_t *v;
	mc_buf b = {0};
	char p[24], s[24];
	size_t i;

	(void)k, (void)v;
	if (meta) {
		d->meta = json_incref(meta);
		/* a record's own date wins over one found in its text */
		if (jstr(meta, "date") && (date_parse_iso(jstr(meta, "date"), &d->date)
		    || date_find(jstr(meta, "date"), &d->date)))
			d->has_date = 1;
		/* else the text's, else the one news sites put in the address */
		if (!d->has_date && jstr(meta, "url") && date_from_url(jstr(meta, "url"), &d->date))
			d->has_date = 1;
	}
	if (have_force_date) {
		d->date = force_date;
		d->has_date = 1;
	}
	docs_seen++;
	if (d->bad && strict) {
		mc_count.errors++;
		doc_free(d);
		return;
	}
	set_lang(d);
	if (lang_filter && !in_list(lang_filter, d->lang)) {
		docs_filtered++;
		doc_free(d);
		return;
	}
	docs_written++;
	if (mc_opt.format == FMT_CSV) {
		for (i = 0; i < d->ns; i++) {
			const char *row[4] = {d->id, p, s, d->s[i].text};
			snprintf(p, sizeof p, "%d", d->s[i].p);
			snprintf(s, sizeof s, "%zu", i);
			csv_row(&b, row, 4);
		}
		out_write(b.s ? b.s : "", b.len);
		buf_free(&b);
	} else {
		mc_buf *o = out_buf();
		doc_write(o, d);
		buf_addc(o, '\n');
		out_end();
	}
	mc_count.out++;
	progress_tick(mc_count.out, bytes_in);
	doc_free(d);
}

/* The text of one article or record goes line by line into a stream. */
static void
feed(struct text_stream *ts, const char *fname, const char *s, size_t n, long lineno)
{
	const char *nl;
	char *clean;
	size_t len;
	int bad;

	clean = utf8_clean(s, n, &len, &bad);
	if (bad) {
		if (strict)
			mc_error(fname, lineno, "invalid UTF-8 (%d sequence%s)", bad, bad > 1 ? "s" : "");
		else
			mc_warn(fname, lineno, "invalid UTF-8 replaced by U+FFFD (%d sequence%s)",
			    bad, bad > 1 ? "s" : "");
	}
	for (s = clean; (nl = memchr(s, '\n', len - (size_t)(s - clean))); s = nl + 1)
		ts_line(ts, s, (size_t)(nl - s), lineno);
	ts_line(ts, s, len - (size_t)(s - clean), lineno);
	if (bad)
		ts_mark_bad(ts);
	free(clean);
}


static void
split_text(mc_in *in, const char *fname)
{
	char *id = doc_idbase(fname), *line;
	struct text_stream *ts = ts_begin(fname, id, recover, write_doc, NULL);
	size_t len;
	uint64_t before = docs_seen;

	while ((line = in_line(in, &len)) != NULL) {
		bytes_in += len + 1;
		feed(ts, fname, line, len, in_lineno(in));
	}
	ts_end(ts);
	mc_count.in += docs_seen - before;
	if (docs_seen == before && !in_error(in))
		mc_warn(fname, 0, "no text, no document");
	free(id);
}

/* One record's text is one document, with the record's other fields. */
static void
split_record(const char *fname, long lineno, const char *id, const char *text, size_t tlen,
    json_t *meta)
{
	char *idbase;
	struct text_stream *ts;
	const char *date = jstr(meta, "date");
	uint64_t before = docs_seen;
	struct mc_date d;

	if (id && *id)
		idbase = xstrdup(id);
	else {
		idbase = xmalloc(strlen(fname) + 24);
		sprintf(idbase, "%s:%ld", fname, lineno);
	}
	ts = ts_begin(fname, idbase, 0, write_doc, meta);
	if (date && date_parse_iso(date, &d) == 0 && !date_find(date, &d))
		mc_warn(fname, lineno, "unreadable date '%s'", date);
	feed(ts, fname, text, tlen, lineno);
	ts_end(ts);
	mc_count.in++;
	if (docs_seen == before)
		mc_warn(fname, lineno, "record has no text");
	free(idbase);
}

static void
split_jsonl(mc_in *in, const char *fname)
{
	char *line, err[256], idnum[32];
	const char *id, *text;
	size_t len;
	json_t *rec, *v;

	while ((line = in_line(in, &len)) != NULL) {
		bytes_in += len + 1;
		if (len == 0)
			continue;
		if (!(rec = json_read_line(line, len, err, sizeof err))) {
			mc_error(fname, in_lineno(in), "%s", err);
			mc_count.in++;
			mc_count.errors++;
			continue;
		}
		text = jstr(rec, text_field);
		if (!text) {
			mc_error(fname, in_lineno(in), "no string field \"%s\"", text_field);
			mc_count.in++;
			mc_count.errors++;
			json_decref(rec);
			continue;
		}
		/* a \u0000 in the text is repaired like any bad byte, not a cut */
		size_t tlen = json_string_length(json_object_get(rec, text_field));
		text = xstrndup(text, tlen);
		v = json_object_get(rec, "id");
		id = jstr(rec, "id");
		if (json_is_integer(v)) {
			snprintf(idnum, sizeof idnum, "%lld", (long long)json_integer_value(v));
			id = idnum;
		}
		id = id ? xstrdup(id) : NULL;
		json_object_del(rec, text_field);
		json_object_del(rec, "id");
		split_record(fname, in_lineno(in), id, text, tlen, rec);
		free((char *)id);
		free((char *)text);
		json_decref(rec);
	}
}

struct csv_ctx {
	const char *fname;
	char **header;
	size_t nheader;
	long textcol, idcol;
};

static void
csv_record(char **f, size_t n, long line, void *vctx)
{
	struct csv_ctx *c = vctx;
	json_t *meta;
	size_t i;

	if (!c->header) {
		c->header = xmalloc(n * sizeof *c->header);
		c->nheader = n;
		c->textcol = c->idcol = -1;
		for (i = 0; i < n; i++) {
			c->header[i] = xstrdup(f[i]);
			if (strcmp(f[i], text_column) == 0)
				c->textcol = (long)i;
			if (strcmp(f[i], "id") == 0)
				c->idcol = (long)i;
		}
		if (c->textcol < 0)
			mc_error(c->fname, line, "no column \"%s\" in the header", text_column);
		return;
	}
	mc_count.in++;
	if (c->textcol < 0) {
		mc_count.errors++;
		return;
	}
	if (n != c->nheader) {
		mc_error(c->fname, line, "%zu fields where the header has %zu", n, c->nheader);
		mc_count.errors++;
		return;
	}
	meta = json_object();
	for (i = 0; i < n; i++)
		if ((long)i != c->textcol && (long)i != c->idcol && utf8_valid(f[i], strlen(f[i])))
			json_object_set_new(meta, c->header[i], json_string(f[i]));
	mc_count.in--;          /* split_record counts it */
	split_record(c->fname, line, c->idcol >= 0 ? f[c->idcol] : NULL, f[c->textcol],
	    strlen(f[c->textcol]), meta);
	json_decref(meta);
}

static void
split_csv(mc_in *in, const char *fname)
{
	struct csv_ctx c = {fname, NULL, 0, -1, -1};
	size_t i;

	if (!csv_read(in, csv_record, &c) && !in_error(in))
		mc_count.errors++;
	bytes_in = in_bytes(in);
	for (i = 0; i < c.nheader; i++)
		free(c.header[i]);
	free(c.header);
}

static void
set_str(json_t *meta, const char *key, const char *v)
{
	if (v && *v && !json_object_get(meta, key))
		json_object_set_new(meta, key, json_string(v));
}

/* A web page is one document: its article's paragraphs, its title,
   date, url, site and language as the record's fields, and what was
   left out of it in dropped. */
static void
split_page(const char *fname, long lineno, const char *idbase, const char *html, size_t n,
    const char *charset, json_t *meta)
{
	struct web_page pg;
	struct text_stream *ts;
	uint64_t before = docs_seen;
	size_t i;

	mc_count.in++;
	/* data/web.tsv is read with the first page: text needs none of it */
	if (!web_init())
		mc_die("cannot load the data files (see --data-dir)");
	if (!web_read_html(&pg, html, n, charset, jstr(meta, "url"))) {
		mc_error(fname, lineno, "no HTML could be read");
		mc_count.errors++;
		return;
	}
	if (pg.charset_guessed == 1)
		mc_warn(fname, lineno, "web page in no charset it names, and not UTF-8: read as windows-1252");
	else if (pg.charset_guessed)
		mc_warn(fname, lineno, "web page with bytes that are not in the charset it names: read as windows-1252");
	set_str(meta, "title", pg.title);
	set_str(meta, "date", pg.date);
	json_object_set_new(meta, "url", json_string(pg.url ? pg.url : jstr(meta, "url")));
	set_str(meta, "site", pg.site);
	set_str(meta, "lang", pg.lang);
	if (json_is_null(json_object_get(meta, "url")))
		json_object_del(meta, "url");
	ts = ts_begin(fname, idbase, 0, write_doc, meta);
	if (pg.title)
		feed(ts, fname, pg.title, strlen(pg.title), lineno);
	for (i = 0; i < pg.npara; i++)
		feed(ts, fname, pg.para[i], strlen(pg.para[i]), lineno);
	for (i = 0; i < pg.ndrop; i++)          /* web_read_html repaired them */
		ts_drop(ts, pg.drop[i].text, pg.drop[i].why);
	ts_end(ts);
	if (docs_seen == before)
		mc_warn(fname, lineno, "web page with no text, no document");
	web_page_free(&pg);
}

static void
split_html(mc_in *in, const char *fname)
{
	mc_buf page = {0};
	char chunk[65536];
	char *id = doc_idbase(fname);
	long n;
	json_t *meta = json_object();

	while ((n = in_read(in, chunk, sizeof chunk)) > 0)
		buf_add(&page, chunk, (size_t)n);
	bytes_in += page.len;
	if (!in_error(in))
		split_page(fname, 1, id, page.s ? page.s : "", page.len, NULL, meta);
	json_decref(meta);
	buf_free(&page);
	free(id);
}

/* Each HTML response of a WARC archive is a document; its id is the
   file's with the record's number. */
static void
split_warc(mc_in *in, const char *fname)
{
	warc_reader *w = warc_open(in);
	struct warc_record r;
	mc_buf html = {0};
	char *base = doc_idbase(fname), *charset, *id = xmalloc(strlen(base) + 24);
	json_t *meta;

	while (warc_next(w, &r)) {
		warc_records++;
		bytes_in += r.nbody;
		buf_clear(&html);
		if (!warc_http_html(&r, &html, &charset))
			continue;
		warc_pages++;
		meta = json_object();
		set_str(meta, "url", r.uri);
		set_str(meta, "warc_target_uri", r.uri);
		set_str(meta, "warc_date", r.date);
		set_str(meta, "warc_record_id", r.id);
		sprintf(id, "%s:%ld", base, r.ordinal);
		split_page(fname, r.line, id, html.s ? html.s : "", html.len, charset, meta);
		json_decref(meta);
		free(charset);
	}
	mc_count.errors += (uint64_t)warc_errors(w);
	warc_close(w);
	buf_free(&html);
	free(base);
	free(id);
}

static void
split(const char *path)
{
	mc_in *in = in_open(path);
	const char *fname, *head;
	size_t nhead;
	int c;

	if (!in) {
		mc_count.errors++;
		return;
	}
	fname = in_name(in);
	c = in_peek(in);
	head = in_peek_bytes(in, &nhead);
	if (nhead > 4096)
		nhead = 4096;
	if (informat == IN_WARC || (informat == IN_AUTO && web_is_warc(head, nhead)))
		split_warc(in, fname);
	else if (informat == IN_HTML || (informat == IN_AUTO && web_is_html(head, nhead)))
		split_html(in, fname);
	else if (informat == IN_CSV)
		split_csv(in, fname);
	else if (informat == IN_JSONL || (informat == IN_AUTO && c == '{'))
		split_jsonl(in, fname);
	else
		split_text(in, fname);
	if (in_error(in))
		mc_count.errors++;
	in_close(in);
}

int
main(int argc, char *argv[])
{
	int c;

	mc_init(argv);
	while ((c = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL)) != -1) {
		if (common_option(c, optarg, usage, 1 << FMT_JSONL | 1 << FMT_CSV))
			continue;
		switch (c) {
		case OPT_JSONL: informat = IN_JSONL; break;
		case OPT_TEXT: informat = IN_TEXT; break;
		case OPT_TEXT_FIELD: text_field = optarg; break;
		case OPT_CSV: informat = IN_CSV; break;
		case OPT_TEXT_COLUMN: text_column = optarg; break;
		case OPT_DOC_SEP: doc_sep = optarg; break;
		case OPT_STRICT: strict = 1; break;
		case OPT_NO_RECOVER: recover = 0; break;
		case OPT_DATE: date_opt = optarg; break;
		case OPT_LANG: lang_opt = optarg; break;
		case OPT_LANG_FILTER: lang_filter = optarg; break;
		case OPT_NO_LANG_ID: lang_id = 0; break;
		case OPT_HTML: informat = IN_HTML; break;
		case OPT_WARC: informat = IN_WARC; break;
		default:
			common_option('?', NULL, usage, 0);
		}
	}
	if (!split_init(doc_sep))
		mc_die("cannot load the data files (see --data-dir)");
	if (date_opt) {
		if (!date_parse_iso(date_opt, &force_date) && !date_find(date_opt, &force_date))
			mc_usage_error("--date: cannot read '%s'", date_opt);
		have_force_date = 1;
	}
	out_open(mc_opt.output);
	if (mc_opt.format == FMT_CSV) {
		const char *head[4] = {"id", "p", "s", "text"};
		csv_header(head, 4);
	}
	if (optind == argc)
		split("-");
	for (; optind < argc; optind++)
		split(argv[optind]);
	out_close();
	progress_done();
	stats_print("documents");
	lang_tally_end(&langs, NULL);
	if (mc_opt.stats && warc_records)
		fprintf(stderr, "mc-split: WARC records: %llu, HTML pages among them: %llu\n",
		    (unsigned long long)warc_records, (unsigned long long)warc_pages);
	if (mc_opt.stats && lang_filter)
		fprintf(stderr, "mc-split: documents not written, not in %s: %llu\n", lang_filter,
		    (unsigned long long)docs_filtered);
	return mc_status;
}
