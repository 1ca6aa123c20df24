/* mc-tag: people, offices, countries, places, organisations, dates and
   topics in mc-split documents (or raw text, split first). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"

static const char usage[] =
"Usage: mc-tag [OPTION]... [FILE]...\n"
"Tag mc-split documents (JSON Lines) with entities and topics.  Raw text\n"
"is split first, as mc-split would, so that 'cat *.txt | mc-tag' works.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"Entity types: PER people, ROLE offices, GPE countries (ISO 3166-1\n"
"alpha-3, by name or nationality adjective), LOC places, ORG organisations,\n"
"DATE dates (ISO 8601 when the publication date allows), EVENT named events.\n"
"\n"
"  -o, --output=FILE     write to FILE instead of standard output\n"
"      --format=FMT      jsonl (default) or csv: one row per annotation\n"
"                        (id,s,type,start,end,text,value)\n"
"      --csv-bom         begin CSV output with a UTF-8 byte order mark\n"
"      --csv-sep=C       CSV field separator: , (default) ; | or tab\n"
"      --csv-crlf        end CSV lines with CR LF instead of LF\n"
"      --csv-formulas    write cells that begin with = + - @ as they are,\n"
"                        not as text for a spreadsheet (see NOTES in the manual)\n"
"      --home=ISO3       the country the texts are written from (default:\n"
"                        the country the text names most, with the agency\n"
"                        of a trailer such as (MAP-...), the dateline and\n"
"                        the site of the document's url weighing more)\n"
"      --lexicon=FILE    add the entries of FILE (form<TAB>TYPE<TAB>value\n"
"                        [<TAB>flags]); may be repeated\n"
"      --data-dir=DIR    read data files from DIR\n"
"      --progress        show documents, MB and MB/s on standard error\n"
"      --stats           print counts at the end on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input could not be, 2 bad usage.\n"
"See mc-tag(1) and mc-format(5).\n";

enum { OPT_HOME = 2001 };

static const struct option longopts[] = {
	COMMON_LONG,
	{"home", required_argument, 0, OPT_HOME},
	{0, 0, 0, 0}
};

static uint64_t bytes_in;

static struct jr_doc doc;      /* the record being tagged */

/* A document passed on untagged: the entities it came with. */
static void
write_csv(const struct jr *d)
{
	const struct jr *ents = jr_get(d, "ents"), *e;
	mc_buf b = {0};
	size_t i;

	for (i = 0; i < jr_len(ents); i++) {
		e = &ents->u.kid[i];
		tag_csv_row(&b, jr_str(d, "id"), jr_int(e, "s", 0), jr_str(e, "type"),
		    jr_int(e, "start", 0), jr_int(e, "end", 0), jr_str(e, "text"), jr_str(e, "value"));
	}
	if (b.len)
		out_write(b.s, b.len);
	buf_free(&b);
}

static void
counted(void)
{
	mc_count.out++;
	progress_tick(mc_count.out, bytes_in);
}

static void
emit(const struct jr *d)
{
	if (mc_opt.format == FMT_CSV) {
		write_csv(d);
	} else {
		jw_jr(out_buf(), d);
		buf_addc(out_buf(), '\n');
		out_end();
	}
	counted();
}

static struct lang_tally langs, passed;

/* The record is written from the tags and the document as read; a
   document in another language than French goes by untouched. */
static void
tag_one(const struct jr *d)
{
	struct tagged t;
	mc_buf *b = out_buf();

	if (!lang_admit(&langs, &passed, jr_str(d, "lang"), jr_str(d, "lang_given"))) {
		emit(d);
		return;
	}
	tag_doc(&t, d);
	if (mc_opt.format == FMT_CSV) {
		tag_write_csv(&t, jr_str(d, "id"), b);
	} else {
		tag_write_json(&t, d, b);
		buf_addc(b, '\n');
	}
	out_end();
	tag_free(&t);
	counted();
}

/* A document with bad sentences is reported and passed on unchanged. */
static int
check_doc(const struct jr *d, const char *fname, long line)
{
	const struct jr *sents = jr_get(d, "sents");
	size_t i;

	if (!sents || sents->type != JR_ARR) {
		mc_error(fname, line, "no \"sents\" array (is this mc-split output?)");
		return 0;
	}
	for (i = 0; i < sents->n; i++)
		if (!jr_str(&sents->u.kid[i], "text")) {
			mc_error(fname, line, "sentence %zu has no string \"text\"", i);
			return 0;
		}
	return 1;
}

/* Raw text: each document as mc-split would write it, read back. */
static void
from_split(struct doc *d, void *ctx)
{
	static mc_buf rec;
	char err[256];

	(void)ctx;
	mc_count.in++;
	buf_clear(&rec);
	doc_detect_lang(d);
	doc_write(&rec, d);
	if (!jr_read_line(&doc, rec.s, rec.len, err, sizeof err))
		mc_die("%s", err);      /* our own record: never */
	tag_one(doc.root);
	doc_free(d);
}

static void
tag_text(mc_in *in, const char *fname)
{
	char *id = doc_idbase(fname);
	struct text_stream *ts = ts_begin(fname, id, 1, from_split, NULL);
	char *line, *clean;
	size_t len, clen;
	int bad;

	while ((line = in_line(in, &len)) != NULL) {
		bytes_in += len + 1;
		clean = utf8_clean(line, len, &clen, &bad);
		if (bad)
			mc_warn(fname, in_lineno(in), "invalid UTF-8 replaced by U+FFFD");
		ts_line(ts, clean, clen, in_lineno(in));
		free(clean);
	}
	ts_end(ts);
	free(id);
}

static void
tag_file(const char *path)
{
	mc_in *in = in_open(path);
	const char *fname;
	char *line, err[256];
	size_t len;

	if (!in) {
		mc_count.errors++;
		return;
	}
	fname = in_name(in);
	if (in_peek(in) != '{') {
		tag_text(in, fname);
		if (in_error(in))
			mc_count.errors++;
		in_close(in);
		return;
	}
	while ((line = in_line(in, &len)) != NULL) {
		bytes_in += len + 1;
		if (len == 0)
			continue;
		mc_count.in++;
		if (!jr_read_line(&doc, line, len, err, sizeof err)) {
			mc_error(fname, in_lineno(in), "%s", err);
			mc_count.errors++;
			continue;
		}
		if (check_doc(doc.root, fname, in_lineno(in)))
			tag_one(doc.root);
		else {
			mc_count.errors++;
			emit(doc.root);
		}
	}
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
		if (c == OPT_HOME && strlen(optarg) == 3 && strspn(optarg, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3)
			tag_set_home(optarg);
		else if (c == OPT_HOME)
			mc_usage_error("--home takes an ISO 3166-1 alpha-3 code such as MAR");
		else
			common_option('?', NULL, usage, 0);
	}
	if (!tag_init(mc_opt.lexicons, mc_opt.nlexicons) || !split_init(NULL))
		mc_die("cannot load the lexicons (see --data-dir and --lexicon)");
	out_open(mc_opt.output);
	if (mc_opt.format == FMT_CSV) {
		const char *head[7] = {"id", "s", "type", "start", "end", "text", "value"};
		csv_header(head, 7);
	}
	if (optind == argc)
		tag_file("-");
	for (; optind < argc; optind++)
		tag_file(argv[optind]);
	jr_free(&doc);
	out_close();
	progress_done();
	stats_print("documents");
	lang_tally_end(&langs, &passed);
	return mc_status;
}
