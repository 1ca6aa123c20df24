/* mc-score: score extracted events against annotated articles (the gold
   format of tests/gold/README), so that users can measure mc on their own
   articles.  Same figures as the reference scorer, figure for figure. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"
#include "score/score.h"

static const char usage[] =
"Usage: mc-score --gold GOLD.jsonl [--pred EVENTS.jsonl] [-v] [--json]\n"
"                [--min METRIC=VALUE]...\n"
"Score events (one a line, as mc-extract writes them, each naming its\n"
"article in \"doc\") against gold articles (one a line: id, events,\n"
"mentioned_not_participating).  Events are read from standard input\n"
"without --pred.\n"
"\n"
"Scores are per article, micro-averaged over the gold articles:\n"
"  participants     P/R/F1 of people who took part (matched by surname,\n"
"                   unnamed gold participants by country)\n"
"  part_country     the same, a match counting only with the right country\n"
"  countries        P/R/F1 of the set of participant countries\n"
"  topics           P/R/F1 of the union of event topics\n"
"  detection        P/R/F1 of \"this article reports an event\"\n"
"  date/place/mode/type  accuracy where the gold gives a value\n"
"  mentioned_leaks  people only mentioned reported as participants\n"
"The last line is \"score: KEY=VALUE ...\".\n"
"\n"
"      --gold=FILE       the annotated articles\n"
"      --pred=FILE       the events (default: standard input)\n"
"  -v, --verbose         what was missed, article by article\n"
"      --json            the figures as one JSON object\n"
"      --min=M=V         exit 1 when metric M is below V (repeatable)\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n";

/* A figure as Python prints round(x, 3). */
static void
fig(char *out, size_t n, double x)
{
	size_t k;

	snprintf(out, n, "%.3f", x);
	k = strlen(out);
	while (k > 2 && out[k - 1] == '0' && out[k - 2] != '.')
		out[--k] = '\0';
}

/* A file that cannot be scored stops mc-score, everything freed first;
   no err: the reader has said what went wrong. */
static void
bad_input(mc_in *in, json_t **rows, size_t n, json_t *v, const char *err)
{
	size_t i;

	if (err)
		fprintf(stderr, "%s: %s:%ld: %s\n", mc_prog, in_name(in), in_lineno(in), err);
	for (i = 0; i < n; i++)
		json_decref(rows[i]);
	free(rows);
	json_decref(v);
	in_close(in);
	exit(MC_PARTIAL);
}

static json_t **
load_jsonl(const char *path, size_t *n)
{
	mc_in *in = in_open(path);
	json_t **rows = NULL, *v;
	char *line, err[256], *p;
	size_t len, cap = 0;

	*n = 0;
	if (!in)
		exit(MC_PARTIAL);
	while ((line = in_line(in, &len)) != NULL) {
		for (p = line; *p == ' ' || *p == '\t'; p++)
			;
		if (!*p)
			continue;
		if (!(v = json_read_line(line, len, err, sizeof err)))
			bad_input(in, rows, *n, NULL, err);
		/* lists the scores walk must be lists */
		for (const char **k = (const char *[]){"events", "participants", "topics",
		    "mentioned_not_participating", NULL}; *k; k++)
			if (json_object_get(v, *k) && !json_is_array(json_object_get(v, *k))
			    && !json_is_null(json_object_get(v, *k))) {
				snprintf(err, sizeof err, "\"%s\" is not an array", *k);
				bad_input(in, rows, *n, v, err);
			}
		/* doubling: one realloc a row is quadratic in copies
		   (and very slow under a memory checker) */
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		rows[(*n)++] = v;
	}
	if (in_error(in))
		bad_input(in, rows, *n, NULL, NULL);
	in_close(in);
	return rows;
}

/* ---- the events of each article ---- */

/* The predictions, each with its article's id, in that order and, for
   one article, in the order read. */
struct pred { char *doc; size_t at; json_t *ev; };

static int
pred_cmp(const void *pa, const void *pb)
{
	const struct pred *a = pa, *b = pb;
	int c = strcmp(a->doc, b->doc);

	return c ? c : a->at < b->at ? -1 : a->at > b->at;
}

static struct pred *
index_preds(json_t **pred, size_t n)
{
	struct pred *x = xmalloc((n + 1) * sizeof *x);
	size_t i;

	for (i = 0; i < n; i++)
		x[i] = (struct pred){score_id(pred[i], "doc"), i, pred[i]};
	qsort(x, n, sizeof *x, pred_cmp);
	return x;
}

/* Where the events of article id begin in x[0, n), and how many. */
static size_t
preds_of(const struct pred *x, size_t n, const char *id, size_t *count)
{
	size_t lo = 0, hi = n, k;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(x[mid].doc, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < n && !strcmp(x[k].doc, id); k++)
		;
	*count = k - lo;
	return lo;
}

struct prf { double p, r, f; };

static struct prf
prf(long tp, long np, long ng)
{
	struct prf x;

	x.p = np ? (double)tp / (double)np : (ng == 0 ? 1.0 : 0.0);
	x.r = ng ? (double)tp / (double)ng : 1.0;
	x.f = x.p + x.r > 0 ? 2 * x.p * x.r / (x.p + x.r) : 0.0;
	return x;
}

static double
r3(double x)
{
	char b[32];

	snprintf(b, sizeof b, "%.3f", x);
	return atof(b);
}

struct figure { const char *key; double v; int null, integer; };

static void
print_value(mc_buf *b, const struct figure *f)
{
	char t[32];

	if (f->null)
		buf_adds(b, "None");
	else if (f->integer) {
		snprintf(t, sizeof t, "%ld", (long)f->v);
		buf_adds(b, t);
	} else {
		fig(t, sizeof t, f->v);
		buf_adds(b, t);
	}
}

static struct figure *
find_fig(struct figure *f, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(f[i].key, key))
			return &f[i];
	return NULL;
}

/* ---- the figures ---- */

#define NFIG 22
static const char *const set_names[] = {"participants", "part_country", "countries", "topics", "detection"};

static size_t
figures(const struct score_counts *k, size_t ngold, size_t nstray, struct figure *f, char keys[][32])
{
	static const int idx[5][3] = {{P_TP, P_NP, P_NG}, {PC_TP, P_NP, P_NG}, {K_TP, K_NP, K_NG},
		{T_TP, T_NP, T_NG}, {D_TP, D_NP, D_NG}};
	static const char *suf[] = {"_p", "_r", "_f1"};
	size_t nf = 0, i, j, a;

	for (i = 0; i < 5; i++) {
		struct prf x = prf(k->c[idx[i][0]], k->c[idx[i][1]], k->c[idx[i][2]]);
		double v[3] = {x.p, x.r, x.f};
		for (j = 0; j < 3; j++) {
			snprintf(keys[nf], 32, "%s%s", set_names[i], suf[j]);
			f[nf] = (struct figure){keys[nf], r3(v[j]), 0, 0};
			nf++;
		}
	}
	for (a = 0; a < 4; a++) {
		snprintf(keys[nf], 32, "%s_acc", score_attrs[a]);
		f[nf] = (struct figure){keys[nf], k->attr[a][1] ? r3((double)k->attr[a][0] / (double)k->attr[a][1]) : 0,
			k->attr[a][1] == 0, 0};
		nf++;
	}
	f[nf++] = (struct figure){"mentioned_leaks", (double)k->leaks, 0, 1};
	f[nf++] = (struct figure){"articles", (double)ngold, 0, 1};
	f[nf++] = (struct figure){"stray_docs", (double)nstray, 0, 1};
	return nf;
}

static void
print_json(mc_buf *out, const struct figure *f, size_t nf)
{
	size_t i;

	buf_addc(out, '{');
	for (i = 0; i < nf; i++) {
		if (i)
			buf_adds(out, ", ");
		buf_addc(out, '"');
		buf_adds(out, f[i].key);
		buf_adds(out, "\": ");
		if (f[i].null)
			buf_adds(out, "null");
		else
			print_value(out, &f[i]);
	}
	buf_adds(out, "}\n");
}

static void
print_text(mc_buf *out, const struct figure *f, long leaks)
{
	char line[128], p[16], r[16], fl[16];
	size_t i, a;

	for (i = 0; i < 5; i++) {
		snprintf(p, sizeof p, "%.3f", f[i * 3].v);
		snprintf(r, sizeof r, "%.3f", f[i * 3 + 1].v);
		snprintf(fl, sizeof fl, "%.3f", f[i * 3 + 2].v);
		snprintf(line, sizeof line, "%-13s P=%s R=%s F1=%s\n", set_names[i], p, r, fl);
		buf_adds(out, line);
	}
	for (a = 0; a < 4; a++) {
		snprintf(line, sizeof line, "%-13s ", f[15 + a].key);
		buf_adds(out, line);
		print_value(out, &f[15 + a]);
		buf_addc(out, '\n');
	}
	snprintf(line, sizeof line, "mentioned_leaks %ld\n", leaks);
	buf_adds(out, line);
}

/* The last line, "score: KEY=VALUE ...", with " FAIL ..." for each
   --min not met; the number of those. */
static int
print_score_line(mc_buf *out, struct figure *f, size_t nf, const char **mins, size_t nmin)
{
	static const char *shown[] = {"participants_f1", "part_country_f1", "countries_f1", "topics_f1",
		"detection_f1", "date_acc", "place_acc", "mode_acc", "mentioned_leaks"};
	size_t i;
	int bad = 0;

	buf_adds(out, "score:");
	for (i = 0; i < 9; i++) {
		buf_addc(out, ' ');
		buf_adds(out, shown[i]);
		buf_addc(out, '=');
		print_value(out, find_fig(f, nf, shown[i]));
	}
	for (i = 0; i < nmin; i++) {
		const char *eqs = strchr(mins[i], '=');
		char key[64];
		struct figure *x;
		snprintf(key, sizeof key, "%.*s", eqs ? (int)(eqs - mins[i]) : (int)strlen(mins[i]), mins[i]);
		x = find_fig(f, nf, key);
		if (!x || x->null || x->v < atof(eqs ? eqs + 1 : "0")) {
			buf_adds(out, bad++ ? " " : " FAIL ");
			buf_adds(out, key);
			buf_addc(out, '=');
			if (x)
				print_value(out, x);
			else
				buf_adds(out, "None");
			buf_addc(out, '<');
			buf_adds(out, eqs ? eqs + 1 : "");
		}
	}
	buf_addc(out, '\n');
	return bad;
}

static int
cmp_id(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The ids of documents with events but no gold article, in x[0, n)
   (sorted by id), each once; into out, as -v names them.  gold_ids
   keeps its order: a sorted copy is searched. */
static size_t
stray_docs(const struct pred *x, size_t n, char *const *gold_ids, size_t ngold, mc_buf *out)
{
	char **gids = xmalloc((ngold + 1) * sizeof *gids);
	const char *shown[10];
	size_t i, count = 0;

	memcpy(gids, gold_ids, ngold * sizeof *gids);
	qsort(gids, ngold, sizeof *gids, cmp_id);
	/* sorted: an id's events are together, and the first ten are the
	   ten -v shows */
	for (i = 0; i < n; i++)
		if ((i == 0 || strcmp(x[i].doc, x[i - 1].doc))
		    && !bsearch(&x[i].doc, gids, ngold, sizeof *gids, cmp_id)) {
			if (count < 10)
				shown[count] = x[i].doc;
			count++;
		}
	if (out && count) {
		buf_adds(out, "events for articles not in the gold file: ");
		score_repr_list(out, shown, count < 10 ? count : 10, 0);
		buf_addc(out, '\n');
	}
	free(gids);
	return count;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"gold", required_argument, 0, 'g'}, {"pred", required_argument, 0, 'p'},
		{"verbose", no_argument, 0, 'v'}, {"json", no_argument, 0, 'j'},
		{"min", required_argument, 0, 'm'}, {"help", no_argument, 0, 'h'},
		{"version", no_argument, 0, 'V'}, {0, 0, 0, 0}
	};
	const char *gold_path = NULL, *pred_path = "-", **mins = NULL;
	int c, verbose = 0, as_json = 0, bad;
	size_t nmin = 0, ngold, npred, i, at, count, nstray, nf;
	json_t **gold, **pred;
	char **gids;
	struct pred *byid;
	struct score_counts k = {0};
	struct figure f[NFIG];
	char keys[NFIG][32];
	mc_buf out = {0}, rows = {0};

	mc_init(argv);
	while ((c = getopt_long(argc, argv, "vhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'g': gold_path = optarg; break;
		case 'p': pred_path = optarg; break;
		case 'v': verbose = 1; break;
		case 'j': as_json = 1; break;
		case 'm':
			mins = xrealloc(mins, (nmin + 1) * sizeof *mins);
			mins[nmin++] = optarg;
			break;
		case 'h': case 'V': common_option(c, optarg, usage, 0); break;
		default: common_option('?', NULL, usage, 0);
		}
	}
	if (!gold_path)
		mc_usage_error("--gold is required");
	if (optind < argc)
		mc_usage_error("unexpected argument '%s'", argv[optind]);
	gold = load_jsonl(gold_path, &ngold);
	pred = load_jsonl(pred_path, &npred);
	byid = index_preds(pred, npred);

	/* each gold article against the events that name it */
	gids = xmalloc((ngold + 1) * sizeof *gids);
	for (i = 0; i < ngold; i++) {
		json_t **pevs;
		size_t j;
		gids[i] = score_id(gold[i], "id");
		at = preds_of(byid, npred, gids[i], &count);
		pevs = xmalloc((count + 1) * sizeof *pevs);
		for (j = 0; j < count; j++)
			pevs[j] = byid[at + j].ev;
		score_article(gold[i], gids[i], pevs, count, &k, verbose ? &rows : NULL);
		free(pevs);
	}
	if (verbose)
		buf_add(&out, rows.s ? rows.s : "", rows.len);
	nstray = stray_docs(byid, npred, gids, ngold, verbose ? &out : NULL);

	nf = figures(&k, ngold, nstray, f, keys);
	if (as_json)
		print_json(&out, f, nf);
	else
		print_text(&out, f, k.leaks);
	bad = print_score_line(&out, f, nf, mins, nmin);
	out_write(out.s, out.len);
	out_close();

	buf_free(&out);
	buf_free(&rows);
	for (i = 0; i < npred; i++)
		free(byid[i].doc);
	free(byid);
	for (i = 0; i < ngold; i++) {
		json_decref(gold[i]);
		free(gids[i]);
	}
	free(gids);
	for (i = 0; i < npred; i++)
		json_decref(pred[i]);
	free(gold);
	free(pred);
	free(mins);
	return bad ? MC_PARTIAL : MC_OK;
}
