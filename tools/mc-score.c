/* mc-score: score extracted events against annotated articles (the gold
   format of tests/gold/README), so that users can measure mc on their own
   articles.  Same figures as the reference scorer, figure for figure. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "io/io.h"
#include "tag/names.h"
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

/* ---- small sets of strings ---- */
struct set { const char *v[64]; size_t n; };

static void
set_add(struct set *s, const char *v)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], v))
			return;
	if (s->n < 64)
		s->v[s->n++] = v;
}

static int
set_has(const struct set *s, const char *v)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!strcmp(s->v[i], v))
			return 1;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Python's repr of a string, as the reference prints its lists. */
static void
repr(mc_buf *b, const char *s)
{
	char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';

	buf_addc(b, q);
	for (; *s; s++) {
		if (*s == q || *s == '\\')
			buf_addc(b, '\\');
		if (*s == '\n') {
			buf_adds(b, "\\n");
			continue;
		}
		buf_addc(b, *s);
	}
	buf_addc(b, q);
}

static void
repr_list(mc_buf *b, const char **v, size_t n, int sort)
{
	size_t i;

	if (sort)
		qsort(v, n, sizeof *v, cmp_str);
	buf_addc(b, '[');
	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(b, ", ");
		if (v[i])
			repr(b, v[i]);
		else
			buf_adds(b, "None");
	}
	buf_addc(b, ']');
}

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

static const char *
gid_of(json_t *g, char *buf, size_t n)
{
	json_t *v = json_object_get(g, "id");

	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(buf, n, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	return "None";
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

static const char *attr_key[] = {"date", "place", "mode", "type"};

static char *
norm_attr(int k, const char *v)
{
	char *t;

	if (k != 1)
		return xstrdup(v);
	t = score_name_key(v);
	if (!*t) {
		free(t);
		return NULL;
	}
	return t;
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
	int c, verbose = 0, as_json = 0, bad = 0;
	size_t nmin = 0, ngold, npred, gi, i, k, a;
	json_t **gold, **pred;
	long cnt[14] = {0}, leaks = 0, attr[4][2] = {{0}};
	enum { P_TP, P_NP, P_NG, PC_TP, K_TP, K_NP, K_NG, T_TP, T_NP, T_NG, D_TP, D_NP, D_NG };
	mc_buf out = {0}, rows = {0};
	char idbuf[32];

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

	for (gi = 0; gi < ngold; gi++) {
		json_t *g = gold[gi], *gev = json_object_get(g, "events"), *ev, *m;
		const char *gid = gid_of(g, idbuf, sizeof idbuf);
		json_t *gevs[64], *pevs[256];
		size_t ngev = 0, npev = 0, ng, np, tp;
		struct who gps[128], pps[128];
		int pair_of[128], used[128];
		struct set gk = {0}, pk = {0}, gt = {0}, pt = {0};
		const char *misses[64], *extra[128], *tmiss[64], *textra[64];
		size_t nmiss = 0, nextra = 0, ntm = 0, nte = 0;
		mc_buf missbuf[64];

		json_array_foreach(gev, i, ev)
			if (ngev < 64)
				gevs[ngev++] = ev;
		for (i = 0; i < npred; i++) {
			json_t *d = json_object_get(pred[i], "doc");
			char dbuf[32];
			const char *ds = json_is_string(d) ? json_string_value(d)
			    : json_is_integer(d) ? (snprintf(dbuf, sizeof dbuf, "%lld",
			    (long long)json_integer_value(d)), dbuf) : "None";
			if (!strcmp(ds, gid) && npev < 256)
				pevs[npev++] = pred[i];
		}
		ng = score_participants(gevs, ngev, gps, 128);
		np = score_participants(pevs, npev, pps, 128);
		tp = score_match(gps, ng, pps, np, pair_of, used);
		cnt[P_TP] += (long)tp;
		cnt[P_NP] += (long)np;
		cnt[P_NG] += (long)ng;
		for (i = 0; i < ng; i++)
			if (pair_of[i] >= 0 && score_eq(gps[i].country, pps[pair_of[i]].country))
				cnt[PC_TP]++;
		for (i = 0; i < ng; i++)
			if (gps[i].country)
				set_add(&gk, gps[i].country);
		for (i = 0; i < np; i++)
			if (pps[i].country)
				set_add(&pk, pps[i].country);
		for (i = 0; i < gk.n; i++)
			cnt[K_TP] += set_has(&pk, gk.v[i]);
		cnt[K_NP] += (long)pk.n;
		cnt[K_NG] += (long)gk.n;
		for (i = 0; i < ngev; i++)
			json_array_foreach(json_object_get(gevs[i], "topics"), k, m)
				if (json_is_string(m))
					set_add(&gt, json_string_value(m));
		for (i = 0; i < npev; i++)
			json_array_foreach(json_object_get(pevs[i], "topics"), k, m)
				if (json_is_string(m))
					set_add(&pt, json_string_value(m));
		for (i = 0; i < gt.n; i++) {
			cnt[T_TP] += set_has(&pt, gt.v[i]);
			if (!set_has(&pt, gt.v[i]))
				tmiss[ntm++] = gt.v[i];
		}
		for (i = 0; i < pt.n; i++)
			if (!set_has(&gt, pt.v[i]))
				textra[nte++] = pt.v[i];
		cnt[T_NP] += (long)pt.n;
		cnt[T_NG] += (long)gt.n;
		cnt[D_TP] += ngev && npev;
		cnt[D_NP] += npev > 0;
		cnt[D_NG] += ngev > 0;
		json_array_foreach(json_object_get(g, "mentioned_not_participating"), i, m)
			for (k = 0; k < np; k++)
				if (json_is_string(m) && pps[k].name
				    && score_same_person(json_string_value(m), pps[k].name))
					leaks++;
		for (i = 0; i < ngev; i++)
			for (a = 0; a < 4; a++) {
				json_t *want = json_object_get(gevs[i], attr_key[a]);
				char *w;
				const char *got[256];
				size_t ngot = 0, j, hit = 0;
				if (!want || json_is_null(want))
					continue;
				attr[a][1]++;
				w = json_is_string(want) ? norm_attr((int)a, json_string_value(want)) : NULL;
				for (j = 0; j < npev; j++) {
					json_t *v = json_object_get(pevs[j], attr_key[a]);
					char *nv;
					if (!json_is_string(v))
						continue;
					nv = norm_attr((int)a, json_string_value(v));
					if (score_eq(nv, w))
						hit = 1;
					for (k = 0; k < ngot && !score_eq(got[k], nv); k++)
						;
					if (k == ngot && ngot < 256)
						got[ngot++] = nv;
					else
						free(nv);
				}
				if (hit)
					attr[a][0]++;
				else if (nmiss < 64) {
					memset(&missbuf[nmiss], 0, sizeof missbuf[0]);
					buf_adds(&missbuf[nmiss], attr_key[a]);
					buf_adds(&missbuf[nmiss], ": want ");
					if (json_is_string(want))
						repr(&missbuf[nmiss], json_string_value(want));
					buf_adds(&missbuf[nmiss], " got ");
					for (k = 0; k < ngot; k++)
						if (!got[k])
							got[k] = "None";
					repr_list(&missbuf[nmiss], got, ngot, 1);
					misses[nmiss] = missbuf[nmiss].s;
					nmiss++;
				}
				for (k = 0; k < ngot; k++)
					if (strcmp(got[k], "None"))
						free((char *)got[k]);
				free(w);
			}
		for (k = 0; k < np; k++)
			if (!used[k])
				extra[nextra++] = pps[k].name;
		if (verbose) {
			char line[256];
			snprintf(line, sizeof line, "%s: participants gold=%zu pred=%zu matched=%zu\n",
			    gid, ng, np, tp);
			buf_adds(&rows, line);
			if (nextra) {
				buf_adds(&rows, "  unmatched predicted: ");
				repr_list(&rows, extra, nextra, 0);
				buf_addc(&rows, '\n');
			}
			if (ntm || nte) {
				buf_adds(&rows, "  topics missing=");
				repr_list(&rows, tmiss, ntm, 1);
				buf_adds(&rows, " extra=");
				repr_list(&rows, textra, nte, 1);
				buf_addc(&rows, '\n');
			}
			for (k = 0; k < nmiss; k++) {
				buf_adds(&rows, "  ");
				buf_adds(&rows, misses[k]);
				buf_addc(&rows, '\n');
			}
		}
		for (k = 0; k < nmiss; k++)
			buf_free(&missbuf[k]);
	}

	/* documents with events but no gold article */
	const char *stray[1024];
	size_t nstray = 0;
	for (i = 0; i < npred; i++) {
		json_t *d = json_object_get(pred[i], "doc");
		char dbuf[32];
		const char *ds = json_is_string(d) ? json_string_value(d)
		    : json_is_integer(d) ? (snprintf(dbuf, sizeof dbuf, "%lld",
		    (long long)json_integer_value(d)), dbuf) : "None";
		int known = 0;
		for (gi = 0; gi < ngold && !known; gi++)
			known = !strcmp(gid_of(gold[gi], idbuf, sizeof idbuf), ds);
		for (k = 0; k < nstray && !known; k++)
			known = !strcmp(stray[k], ds);
		if (!known && nstray < 1024)
			stray[nstray++] = ds;
	}

	struct figure f[22];
	size_t nf = 0;
	static const char *names[] = {"participants", "part_country", "countries", "topics", "detection"};
	static const int idx[5][3] = {{P_TP, P_NP, P_NG}, {PC_TP, P_NP, P_NG}, {K_TP, K_NP, K_NG},
		{T_TP, T_NP, T_NG}, {D_TP, D_NP, D_NG}};
	static char keys[22][32];
	for (i = 0; i < 5; i++) {
		struct prf x = prf(cnt[idx[i][0]], cnt[idx[i][1]], cnt[idx[i][2]]);
		double v[3] = {x.p, x.r, x.f};
		static const char *suf[] = {"_p", "_r", "_f1"};
		for (k = 0; k < 3; k++) {
			snprintf(keys[nf], sizeof keys[nf], "%s%s", names[i], suf[k]);
			f[nf] = (struct figure){keys[nf], r3(v[k]), 0, 0};
			nf++;
		}
	}
	for (a = 0; a < 4; a++) {
		snprintf(keys[nf], sizeof keys[nf], "%s_acc", attr_key[a]);
		f[nf] = (struct figure){keys[nf], attr[a][1] ? r3((double)attr[a][0] / (double)attr[a][1]) : 0,
			attr[a][1] == 0, 0};
		nf++;
	}
	f[nf++] = (struct figure){"mentioned_leaks", (double)leaks, 0, 1};
	f[nf++] = (struct figure){"articles", (double)ngold, 0, 1};
	f[nf++] = (struct figure){"stray_docs", (double)nstray, 0, 1};

	if (verbose) {
		buf_add(&out, rows.s ? rows.s : "", rows.len);
		if (nstray) {
			qsort(stray, nstray, sizeof *stray, cmp_str);
			buf_adds(&out, "events for articles not in the gold file: ");
			repr_list(&out, stray, nstray < 10 ? nstray : 10, 0);
			buf_addc(&out, '\n');
		}
	}
	if (as_json) {
		buf_addc(&out, '{');
		for (i = 0; i < nf; i++) {
			if (i)
				buf_adds(&out, ", ");
			buf_addc(&out, '"');
			buf_adds(&out, f[i].key);
			buf_adds(&out, "\": ");
			if (f[i].null)
				buf_adds(&out, "null");
			else
				print_value(&out, &f[i]);
		}
		buf_adds(&out, "}\n");
	} else {
		char line[128], p[16], r[16], fl[16];
		for (i = 0; i < 5; i++) {
			snprintf(p, sizeof p, "%.3f", f[i * 3].v);
			snprintf(r, sizeof r, "%.3f", f[i * 3 + 1].v);
			snprintf(fl, sizeof fl, "%.3f", f[i * 3 + 2].v);
			snprintf(line, sizeof line, "%-13s P=%s R=%s F1=%s\n", names[i], p, r, fl);
			buf_adds(&out, line);
		}
		for (a = 0; a < 4; a++) {
			snprintf(line, sizeof line, "%-13s ", f[15 + a].key);
			buf_adds(&out, line);
			print_value(&out, &f[15 + a]);
			buf_addc(&out, '\n');
		}
		snprintf(line, sizeof line, "mentioned_leaks %ld\n", leaks);
		buf_adds(&out, line);
	}
	buf_adds(&out, "score:");
	static const char *shown[] = {"participants_f1", "part_country_f1", "countries_f1", "topics_f1",
		"detection_f1", "date_acc", "place_acc", "mode_acc", "mentioned_leaks"};
	for (i = 0; i < 9; i++) {
		buf_addc(&out, ' ');
		buf_adds(&out, shown[i]);
		buf_addc(&out, '=');
		print_value(&out, find_fig(f, nf, shown[i]));
	}
	for (i = 0; i < nmin; i++) {
		const char *eqs = strchr(mins[i], '=');
		char key[64];
		struct figure *x;
		snprintf(key, sizeof key, "%.*s", eqs ? (int)(eqs - mins[i]) : (int)strlen(mins[i]), mins[i]);
		x = find_fig(f, nf, key);
		if (!x || x->null || x->v < atof(eqs ? eqs + 1 : "0")) {
			buf_adds(&out, bad++ ? " " : " FAIL ");
			buf_adds(&out, key);
			buf_addc(&out, '=');
			if (x)
				print_value(&out, x);
			else
				buf_adds(&out, "None");
			buf_addc(&out, '<');
			buf_adds(&out, eqs ? eqs + 1 : "");
		}
	}
	buf_addc(&out, '\n');
	out_write(out.s, out.len);
	out_close();
	buf_free(&out);
	buf_free(&rows);
	for (i = 0; i < ngold; i++)
		json_decref(gold[i]);
	for (i = 0; i < npred; i++)
		json_decref(pred[i]);
	free(gold);
	free(pred);
	free(mins);
	return bad ? MC_PARTIAL : MC_OK;
}
