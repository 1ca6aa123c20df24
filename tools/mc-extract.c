/* mc-extract: one meeting event a line from tagged documents. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/geo.h"
#include "split/doc.h"

static const char usage[] =
"Usage: mc-extract [OPTION]... [FILE]...\n"
"Read mc-tag documents and write one event a line: who met whom, when,\n"
"where, how, about what, and what was agreed.\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -o, --output=FILE     write to FILE instead of standard output\n"
"      --format=FMT      jsonl (default); csv: one row per event, the\n"
"                        participants' names, roles and countries joined\n"
"                        with \"; \" in parallel columns; or geojson: a\n"
"                        FeatureCollection of the events that have a geo\n"
"      --per-participant with --format csv: one row per participant\n"
"      --csv-bom         begin CSV output with a UTF-8 byte order mark\n"
"      --csv-sep=C       CSV field separator: , (default) ; | or tab\n"
"      --csv-crlf        end CSV lines with CR LF instead of LF\n"
"      --csv-formulas    write cells that begin with = + - @ as they are,\n"
"                        not as text for a spreadsheet (see NOTES in the manual)\n"
"      --lexicon=FILE    add event cues from FILE (see data/README.events)\n"
"      --data-dir=DIR    read data files from DIR\n"
"      --progress        show documents, MB and MB/s on standard error\n"
"      --stats           print counts at the end on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input could not be, 2 bad usage.\n"
"See mc-extract(1) and mc-format(5).\n";

enum { OPT_PER_PART = 2001 };

static const struct option longopts[] = {
	COMMON_LONG,
	{"per-participant", no_argument, 0, OPT_PER_PART},
	{0, 0, 0, 0}
};

static int per_participant;
static uint64_t bytes_in;

static const char *const csv_head[] = {"doc", "type", "mode", "date", "date_text", "place",
	"host_country", "names", "roles", "countries", "sides", "topics", "agreements", "cameo",
	"actors", "confidence", "place_country", "lat", "lon"};
#define NCOLS (sizeof csv_head / sizeof *csv_head)

static char *
scalar(json_t *ev, const char *key)
{
	json_t *v = json_object_get(ev, key);
	char num[32];

	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	if (json_is_real(v)) {
		snprintf(num, sizeof num, "%.2f", json_real_value(v));
		return xstrdup(num);
	}
	return xstrdup("");
}

/* A coordinate to a ten-thousandth of a degree (about 10 m), or "". */
static char *
coord(json_t *geo, const char *key)
{
	json_t *v = json_object_get(geo, key);
	char num[32];

	if (!json_is_number(v))
		return xstrdup("");
	snprintf(num, sizeof num, "%.4f", json_number_value(v));
	return xstrdup(num);
}

static void
write_csv(json_t *ev)
{
	json_t *parts = json_object_get(ev, "participants"), *p;
	char *f[NCOLS];
	mc_buf b = {0};
	size_t i, k, n = per_participant ? json_array_size(parts) : 1;

	for (k = 0; k < n; k++) {
		json_t *sub = parts;
		if (per_participant) {
			sub = json_array();
			p = json_array_get(parts, k);
			json_array_append(sub, p);
		}
		f[0] = scalar(ev, "doc");
		f[1] = scalar(ev, "type");
		f[2] = scalar(ev, "mode");
		f[3] = scalar(ev, "date");
		f[4] = scalar(ev, "date_text");
		f[5] = scalar(ev, "place");
		f[6] = scalar(ev, "host_country");
		f[7] = csv_joined(sub, "name");
		f[8] = csv_joined(sub, "role");
		f[9] = csv_joined(sub, "country");
		f[10] = csv_joined(sub, "side");
		f[11] = csv_joined(json_object_get(ev, "topics"), NULL);
		f[12] = csv_joined(json_object_get(ev, "agreements"), NULL);
		f[13] = scalar(ev, "cameo");
		f[14] = csv_joined(json_object_get(ev, "actors"), NULL);
		f[15] = scalar(ev, "confidence");
		f[16] = scalar(json_object_get(ev, "geo"), "country");
		f[17] = coord(json_object_get(ev, "geo"), "lat");
		f[18] = coord(json_object_get(ev, "geo"), "lon");
		csv_row(&b, (const char *const *)f, NCOLS);
		for (i = 0; i < NCOLS; i++)
			free(f[i]);
		if (per_participant)
			json_decref(sub);
	}
	if (b.len)
		out_write(b.s, b.len);
	buf_free(&b);
}

static struct jr_doc doc;       /* one record, its buffers reused */

/* --stats: "mc-extract: events with a place but no geo: 3 (not in the
   gazetteer 2, a country 1)" */
static void
geo_stats_print(void)
{
	static const char *const why[GEO_NWHY] = {"not in the gazetteer", "a country",
		"a place of no known country"};
	const struct geo_stats *g = geo_stats();
	unsigned long total = 0;
	int i, any = 0;

	if (!mc_opt.stats)
		return;
	for (i = 0; i < GEO_NWHY; i++)
		total += g->n[i];
	fprintf(stderr, "mc-extract: events with a place but no geo: %lu", total);
	for (i = 0; i < GEO_NWHY; i++)
		if (g->n[i])
			fprintf(stderr, "%s%s %lu", any++ ? ", " : " (", why[i], g->n[i]);
	fprintf(stderr, "%s\n", any ? ")" : "");
}

static struct lang_tally langs, passed;

static void
extract_file(const char *path)
{
	mc_in *in = in_open(path);
	const char *fname, *why;
	char *line, err[256];
	size_t len, i;
	json_t *events, *ev;

	if (!in) {
		mc_count.errors++;
		return;
	}
	fname = in_name(in);
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
		events = json_array();
		if (lang_admit(&langs, &passed, jr_str(doc.root, "lang"), jr_str(doc.root, "lang_given"))
		    && !extract_doc(doc.root, events, &why)) {
			mc_error(fname, in_lineno(in), "%s", why);
			mc_count.errors++;
		}
		json_array_foreach(events, i, ev) {
			if (mc_opt.format == FMT_CSV)
				write_csv(ev);
			else if (mc_opt.format == FMT_GEOJSON)
				geojson_feature(ev);
			else
				out_json(ev);
			mc_count.out++;
		}
		progress_tick(mc_count.in, bytes_in);
		json_decref(events);
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
		if (common_option(c, optarg, usage, 1 << FMT_JSONL | 1 << FMT_CSV | 1 << FMT_GEOJSON))
			continue;
		if (c == OPT_PER_PART)
			per_participant = 1;
		else
			common_option('?', NULL, usage, 0);
	}
	if (!extract_init(mc_opt.lexicons, mc_opt.nlexicons))
		mc_die("cannot load the event cues or the places (see --data-dir and --lexicon)");
	out_open(mc_opt.output);
	if (mc_opt.format == FMT_CSV) {
		csv_header(csv_head, NCOLS);
	} else if (mc_opt.format == FMT_GEOJSON) {
		geojson_begin();
	}
	if (optind == argc)
		extract_file("-");
	for (; optind < argc; optind++)
		extract_file(argv[optind]);
	if (mc_opt.format == FMT_GEOJSON)
		geojson_end();
	out_close();
	jr_free(&doc);
	progress_done();
	stats_print("events");
	geo_stats_print();
	lang_tally_end(&langs, &passed);
	return mc_status;
}
