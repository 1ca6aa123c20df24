/* mc-summarise: tables of meetings for spreadsheets, mergeable partial
   counts, per-article digests and an HTML report. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"
#include "extract/geo.h"

static const char usage[] =
"Usage: mc-summarise --by KEY[,KEY]... [OPTION]... [FILE]...\n"
"  or:  mc-summarise --pivot KEY1,KEY2 [OPTION]... [FILE]...\n"
"  or:  mc-summarise --merge [OPTION]... [FILE]...\n"
"  or:  mc-summarise --digest N [--lead] [OPTION]... [FILE]...\n"
"  or:  mc-summarise --format html [OPTION]... [FILE]...\n"
"  or:  mc-summarise --meetings [OPTION]... [FILE]...\n"
"  or:  mc-summarise --format geojson [OPTION]... [FILE]...\n"
"Summarise mc-extract events: count meetings by key, as a table, a pivot\n"
"or a mergeable partial state; or pick the N most informative sentences\n"
"of each mc-tag document; or make an HTML report (documents given beside\n"
"the events are counted there by language); or list the meetings, the\n"
"reports of each grouped; or map the events that have a place as a\n"
"GeoJSON FeatureCollection.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"Keys: country (every participant's), counterpart (participants' other\n"
"than the host's), host, topic, month, quarter, year, person, type, mode,\n"
"cameo, place (the place on the map, else as written), place_country.\n"
"An event without a value counts under \"unknown\".  A row has the\n"
"keys, events (distinct meetings: reports of one meeting by several\n"
"outlets count once), reports, docs (distinct documents), first and last\n"
"date, and names (the 3 most frequent participants).\n"
"\n"
"  -o, --output=FILE     write to FILE instead of standard output\n"
"      --by=KEYS         one row per combination of the keys' values\n"
"      --pivot=K1,K2     a K1 x K2 matrix of meetings, K2 values as columns\n"
"      --top=N           only the first N rows\n"
"      --sort=ORDER      count (default: most meetings first), reports,\n"
"                        docs, or key (by the keys' values)\n"
"      --partial         write the mergeable state (JSON Lines) instead of\n"
"                        the table\n"
"      --merge           read partial states instead of events; with\n"
"                        --partial, write the merged state\n"
"      --buffer-size=SIZE  hold at most SIZE of documents and signatures\n"
"                        in memory, the rest in sorted temporary files\n"
"                        (default 8M; suffixes b, K, M, G; bare: K)\n"
"      --temporary-directory=DIR  put the temporary files in DIR\n"
"                        (default: $TMPDIR, else /tmp)\n"
"      --meetings        one meeting a line (JSON Lines, or CSV): its date,\n"
"                        place, host, participants, topics, and the\n"
"                        documents, outlets and urls of its reports\n"
"      --digest=N        for each mc-tag document, its N most central\n"
"                        sentences, in text order\n"
"      --lead            with --digest, the first N sentences instead\n"
"      --format=FMT      jsonl (default), csv, text (aligned columns), md\n"
"                        (Markdown), or html (a report of the events)\n"
"      --csv-bom         begin CSV output with a UTF-8 byte order mark\n"
"      --csv-sep=C       CSV field separator: , (default) ; | or tab\n"
"      --csv-crlf        end CSV lines with CR LF instead of LF\n"
"      --csv-formulas    write cells that begin with = + - @ as they are,\n"
"                        not as text for a spreadsheet (see NOTES in the manual)\n"
"      --data-dir=DIR    read data files from DIR\n"
"      --progress        show records, MB and MB/s on standard error\n"
"      --stats           print counts at the end on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input could not be, 2 bad usage.\n"
"See mc-summarise(1) and mc-format(5).\n";

enum {
	OPT_BY = 2001, OPT_PIVOT, OPT_TOP, OPT_SORT, OPT_PARTIAL, OPT_MERGE, OPT_DIGEST, OPT_LEAD,
	OPT_BUFFER, OPT_TMPDIR, OPT_MEETINGS
};

static const struct option longopts[] = {
	COMMON_LONG,
	{"by", required_argument, 0, OPT_BY},
	{"pivot", required_argument, 0, OPT_PIVOT},
	{"top", required_argument, 0, OPT_TOP},
	{"sort", required_argument, 0, OPT_SORT},
	{"partial", no_argument, 0, OPT_PARTIAL},
	{"merge", no_argument, 0, OPT_MERGE},
	{"digest", required_argument, 0, OPT_DIGEST},
	{"lead", no_argument, 0, OPT_LEAD},
	{"meetings", no_argument, 0, OPT_MEETINGS},
	{"buffer-size", required_argument, 0, OPT_BUFFER},
	{"temporary-directory", required_argument, 0, OPT_TMPDIR},
	{0, 0, 0, 0}
};

static struct sm_table table;
static struct sm_outopt outopt;
static enum sm_key keys[SM_MAXKEYS];
static int nkeys, partial, merge, lead, format_given, sorted;
static long digest_n;
static size_t buffer_size = SM_BUFFER_DEFAULT;
static const char *tmpdir;
static struct sm_event *held;           /* --format html: the events */
static size_t nheld, cheld;
static uint64_t bytes_in;
static int mismatch;                    /* --merge: keys differ, reported */

typedef void (*record_fn)(json_t *rec, const char *fname, long line);

static void
bad(const char *fname, long line, const char *why)
{
	mc_error(fname, line, "%s", why);
	mc_count.errors++;
}

static struct lang_tally langs;         /* --format html: documents read */
static int meetings_out;                /* --meetings */

/* A document (mc-split's or mc-tag's) among the report's inputs is
   counted by language: what the night's harvest held, events or not. */
static int
is_document(json_t *rec)
{
	return !json_object_get(rec, "doc") && json_is_array(json_object_get(rec, "sents"));
}

static void
on_event(json_t *rec, const char *fname, long line)
{
	struct sm_event ev;
	char err[256];

	if (mc_opt.format == FMT_HTML && is_document(rec)) {
		lang_tally(&langs, jstr(rec, "lang"));
		return;
	}
	if (!sm_event_read(&ev, rec, err, sizeof err)) {
		bad(fname, line, err);
		sm_event_free(&ev);
		return;
	}
	if (mc_opt.format == FMT_GEOJSON) {
		mc_count.out += geojson_feature(rec);
		sm_event_free(&ev);
		return;
	}
	if (mc_opt.format != FMT_HTML && !meetings_out) {
		sm_table_add(&table, &ev);
		sm_event_free(&ev);
		return;
	}
	if (nheld == cheld) {
		cheld = cheld ? cheld * 2 : 64;
		held = xrealloc(held, cheld * sizeof *held);
	}
	json_incref(rec);       /* the event's strings live in rec */
	held[nheld++] = ev;
}

static void
on_partial(json_t *rec, const char *fname, long line)
{
	char err[256];

	int r = sm_table_read_partial(&table, rec, &mismatch, err, sizeof err);

	if (r == 0)
		bad(fname, line, err);
	else if (r < 0)
		mc_count.errors++;
}

static void
on_doc(json_t *doc, const char *fname, long line)
{
	size_t *pick = xmalloc(((size_t)digest_n + 1) * sizeof *pick), i;
	long n = digest_pick(doc, (size_t)digest_n, lead, pick);
	json_t *sents = json_object_get(doc, "sents"), *dig, *o;
	const char *id = jstr(doc, "id");
	mc_buf b = {0};
	char s[24];

	if (n < 0) {
		bad(fname, line, "no \"sents\" array of objects with a string \"text\" (is this mc-tag output?)");
		free(pick);
		return;
	}
	dig = json_array();
	for (i = 0; i < (size_t)n; i++) {
		const char *text = json_string_value(json_object_get(json_array_get(sents, pick[i]), "text"));
		const char *row[3] = {id ? id : "", s, text};
		snprintf(s, sizeof s, "%zu", pick[i]);
		json_array_append_new(dig, json_pack("{s I s s}", "s", (json_int_t)pick[i], "text", text));
		csv_row(&b, row, 3);
	}
	if (mc_opt.format == FMT_CSV) {
		if (b.len)
			out_write(b.s, b.len);
	} else {
		o = json_pack("{s o s o}", "id", id ? json_string(id) : json_null(), "digest", dig);
		out_json(o);
		json_decref(o);
		dig = NULL;
	}
	json_decref(dig);
	buf_free(&b);
	free(pick);
	mc_count.out++;
}

/* One input: JSON Lines, a record a line; a bad line is reported and
   skipped. */
static void
read_file(const char *path, record_fn fn)
{
	mc_in *in = in_open(path);
	char *line, err[256];
	size_t len;
	json_t *rec;

	if (!in) {
		mc_count.errors++;
		return;
	}
	mismatch = 0;
	while ((line = in_line(in, &len)) != NULL) {
		bytes_in += len + 1;
		if (len == 0)
			continue;
		mc_count.in++;
		if (!(rec = json_read_line(line, len, err, sizeof err)))
			bad(in_name(in), in_lineno(in), err);
		else
			fn(rec, in_name(in), in_lineno(in));
		json_decref(rec);
		progress_tick(mc_count.in, bytes_in);
	}
	if (in_error(in))
		mc_count.errors++;
	in_close(in);
}

static long
positive(const char *arg, const char *opt)
{
	char *end;
	long v = strtol(arg, &end, 10);

	if (*end || end == arg || v < 1)
		mc_usage_error("%s takes a positive number, not '%s'", opt, arg);
	return v;
}

/* As sort(1) reads its --buffer-size: a bare number is in KiB. */
static size_t
size_arg(const char *arg)
{
	static const char units[] = "bKMGT";
	const char *u;
	char *end;
	unsigned long long v = strtoull(arg, &end, 10);
	int shift;

	if (end == arg || *arg == '-' || (*end && (end[1] || !(u = strchr(units, *end)))))
		mc_usage_error("--buffer-size takes a size such as 64M, not '%s'", arg);
	shift = *end ? 10 * (int)(u - units) : 10;
	if (v == 0 || v > (SIZE_MAX >> shift))
		mc_usage_error("--buffer-size: '%s' is out of range", arg);
	return (size_t)(v << shift);
}

static void
set_keys(const char *arg, int pivot)
{
	char err[160];

	if (nkeys)
		mc_usage_error("give --by or --pivot once");
	if (!(nkeys = sm_keys_parse(arg, keys, SM_MAXKEYS, err, sizeof err)))
		mc_usage_error("%s: %s", pivot ? "--pivot" : "--by", err);
	if (pivot && nkeys != 2)
		mc_usage_error("--pivot takes two keys, as in --pivot country,topic");
	outopt.pivot = pivot;
}

static void
set_sort(const char *arg)
{
	static const char *const names[] = {"count", "reports", "docs", "key"};
	int i;

	for (i = 0; i < 4 && strcmp(arg, names[i]) != 0; i++)
		;
	if (i == 4)
		mc_usage_error("--sort takes count, reports, docs or key, not '%s'", arg);
	outopt.sort = (enum sm_sort)i;
	sorted = 1;
}

static void
options(int argc, char *argv[])
{
	int c;

	while ((c = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL)) != -1) {
		if (c == 1001)
			format_given = 1;
		if (common_option(c, optarg, usage, 1 << FMT_JSONL | 1 << FMT_CSV | 1 << FMT_TEXT
		    | 1 << FMT_MD | 1 << FMT_HTML | 1 << FMT_GEOJSON))
			continue;
		switch (c) {
		case OPT_BY: set_keys(optarg, 0); break;
		case OPT_PIVOT: set_keys(optarg, 1); break;
		case OPT_TOP: outopt.top = positive(optarg, "--top"); break;
		case OPT_SORT: set_sort(optarg); break;
		case OPT_PARTIAL: partial = 1; break;
		case OPT_MERGE: merge = 1; break;
		case OPT_DIGEST: digest_n = positive(optarg, "--digest"); break;
		case OPT_LEAD: lead = 1; break;
		case OPT_MEETINGS: meetings_out = 1; break;
		case OPT_BUFFER: buffer_size = size_arg(optarg); break;
		case OPT_TMPDIR: tmpdir = optarg; break;
		default: common_option('?', NULL, usage, 0);
		}
	}
}

/* Options that make no sense together are refused, not ignored. */
static void
check_options(void)
{
	int table_mode = nkeys || merge || partial;
	enum mc_format f = mc_opt.format;

	if (lead && !digest_n)
		mc_usage_error("--lead goes with --digest");
	if (digest_n && (table_mode || (f != FMT_JSONL && f != FMT_CSV)))
		mc_usage_error("--digest writes JSON Lines or CSV, without --by, --pivot, --partial or --merge");
	if (f == FMT_HTML && table_mode)
		mc_usage_error("--format html makes a report of the events, without --by, --pivot, --partial or --merge");
	if (meetings_out && (table_mode || digest_n || (f != FMT_JSONL && f != FMT_CSV)))
		mc_usage_error("--meetings writes JSON Lines or CSV, without --by, --pivot, --partial, --merge or --digest");
	if (f == FMT_GEOJSON && (table_mode || digest_n))
		mc_usage_error("--format geojson maps the events, without --by, --pivot, --partial, --merge or --digest");
	if (!digest_n && f != FMT_HTML && f != FMT_GEOJSON && !nkeys && !merge && !meetings_out)
		mc_usage_error("say what to summarise: --by, --pivot, --merge, --digest, --meetings, --format html or geojson");
	if (partial && format_given && f != FMT_JSONL)
		mc_usage_error("--partial writes JSON Lines");
	if (partial && (outopt.top || sorted))
		mc_usage_error("--partial writes every group: --top and --sort go with the table");
}

static void
each_input(int argc, char *argv[], record_fn fn)
{
	if (optind == argc)
		read_file("-", fn);
	for (; optind < argc; optind++)
		read_file(argv[optind], fn);
}

static void
stats(const char *in, const char *out)
{
	if (mc_opt.stats)
		fprintf(stderr, "%s: %s in %llu, %s out %llu, errors %llu, warnings %llu\n", mc_prog, in,
		    (unsigned long long)mc_count.in, out, (unsigned long long)mc_count.out,
		    (unsigned long long)mc_count.errors, (unsigned long long)mc_count.warnings);
}

static void
digests(int argc, char *argv[])
{
	if (!digest_init())
		mc_die("cannot load the stopwords and formulas (see --data-dir)");
	out_open(mc_opt.output);
	if (mc_opt.format == FMT_CSV) {
		const char *head[3] = {"id", "s", "text"};
		csv_header(head, 3);
	}
	each_input(argc, argv, on_doc);
	out_close();
	digest_free();
	progress_done();
	stats("documents", "digests");
}

static void
load_stopwords(void)
{
	if (!sm_stop_load())
		mc_die("cannot load the stopwords (see --data-dir)");
}

static void
free_held(void)
{
	size_t i;

	for (i = 0; i < nheld; i++) {
		json_decref(held[i].json);
		sm_event_free(&held[i]);
	}
	free(held);
}

static void
report(int argc, char *argv[])
{
	load_stopwords();
	out_open(mc_opt.output);
	each_input(argc, argv, on_event);
	report_html(held, nheld, &langs);
	mc_count.out = 1;
	out_close();
	free_held();
	sm_stop_free();
	progress_done();
	stats("events", "reports");
	lang_tally_end(&langs, NULL);
}

static const char *const meeting_head[] = {"meeting", "type", "date", "place", "place_country",
	"host_country", "names", "roles", "countries", "topics", "reports", "docs", "urls"};
#define MEETING_COLS (sizeof meeting_head / sizeof *meeting_head)

static void
meeting_csv(json_t *mt)
{
	char *f[MEETING_COLS], num[24];
	json_t *geo = json_object_get(mt, "geo");
	mc_buf b = {0};
	size_t i;

	f[0] = xstrdup(jstr(mt, "meeting") ? jstr(mt, "meeting") : "");
	f[1] = xstrdup(jstr(mt, "type") ? jstr(mt, "type") : "");
	f[2] = xstrdup(jstr(mt, "date") ? jstr(mt, "date") : "");
	f[3] = xstrdup(jstr(mt, "place") ? jstr(mt, "place") : "");
	f[4] = xstrdup(jstr(geo, "country") ? jstr(geo, "country") : "");
	f[5] = xstrdup(jstr(mt, "host_country") ? jstr(mt, "host_country") : "");
	f[6] = csv_joined(json_object_get(mt, "participants"), "name");
	f[7] = csv_joined(json_object_get(mt, "participants"), "role");
	f[8] = csv_joined(json_object_get(mt, "participants"), "country");
	f[9] = csv_joined(json_object_get(mt, "topics"), NULL);
	snprintf(num, sizeof num, "%lld", (long long)json_integer_value(json_object_get(mt, "reports")));
	f[10] = xstrdup(num);
	f[11] = csv_joined(json_object_get(mt, "docs"), NULL);
	f[12] = csv_joined(json_object_get(mt, "urls"), NULL);
	csv_row(&b, (const char *const *)f, MEETING_COLS);
	out_write(b.s, b.len);
	buf_free(&b);
	for (i = 0; i < MEETING_COLS; i++)
		free(f[i]);
}

/* One meeting a line: the reports of each grouped, so that a user can
   check every grouping. */
static void
meetings(int argc, char *argv[])
{
	struct meeting *m;
	size_t nm, i;
	json_t *mt;

	load_stopwords();
	out_open(mc_opt.output);
	if (mc_opt.format == FMT_CSV) {
		csv_header(meeting_head, MEETING_COLS);
	}
	each_input(argc, argv, on_event);
	m = sm_meetings(held, nheld, &nm);
	for (i = 0; i < nm; i++) {
		mt = sm_meeting_json(held, &m[i]);
		if (mc_opt.format == FMT_CSV)
			meeting_csv(mt);
		else
			out_json(mt);
		json_decref(mt);
		free(m[i].ev);
	}
	free(m);
	mc_count.out = nm;
	out_close();
	free_held();
	sm_stop_free();
	progress_done();
	stats("events", "meetings");
}

/* The events that have a place on the map, as GeoJSON for a GIS. */
static void
geojson(int argc, char *argv[])
{
	out_open(mc_opt.output);
	geojson_begin();
	each_input(argc, argv, on_event);
	geojson_end();
	out_close();
	progress_done();
	stats("events", "features");
}

/* The titles and particles a person's given name is read past; a
   merge reads the person's values as the partial states give them. */
static void
load_person_words(void)
{
	int k;

	for (k = 0; k < nkeys && keys[k] != K_PERSON; k++)
		;
	if (k < nkeys && !sm_person_load())
		mc_die("cannot load the titles and particles of names (see --data-dir)");
}

static void
tables(int argc, char *argv[])
{
	if (!merge) {
		load_stopwords();
		load_person_words();
	}
	sm_table_init(&table, keys, nkeys);
	table.budget = buffer_size;
	table.tmpdir = tmpdir;
	out_open(mc_opt.output);
	each_input(argc, argv, merge ? on_partial : on_event);
	if (!table.nkeys) {
		mc_warn(NULL, 0, "no partial state read: nothing to write");
	} else if (partial) {
		sm_table_write_partial(&table);
		mc_count.out = table.n + 1;
	} else {
		mc_count.out = sm_write_table(&table, &outopt);
	}
	out_close();
	sm_table_free(&table);
	sm_stop_free();
	sm_person_free();
	progress_done();
	stats(merge ? "records" : "events", partial ? "records" : "rows");
}

int
main(int argc, char *argv[])
{
	mc_init(argv);
	options(argc, argv);
	check_options();
	if (digest_n)
		digests(argc, argv);
	else if (mc_opt.format == FMT_HTML)
		report(argc, argv);
	else if (mc_opt.format == FMT_GEOJSON)
		geojson(argc, argv);
	else if (meetings_out)
		meetings(argc, argv);
	else
		tables(argc, argv);
	free(mc_opt.lexicons);
	return mc_status;
}
