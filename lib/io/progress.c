/* --progress and --stats, on stderr. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "io/io.h"


static double start, last;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
show(uint64_t docs, uint64_t bytes, double t, int final)
{
	double mb = (double)bytes / 1e6, dt = t - start;

	/* On a terminal the line is redrawn in place; in a log, one line
	   per interval. */
	fprintf(stderr, "%s%s: %llu documents, %.1f MB, %.1f MB/s%s",
	    isatty(2) ? "\r" : "", mc_prog, (unsigned long long)docs, mb,
	    dt > 0 ? mb / dt : 0.0, isatty(2) && !final ? "" : "\n");
}

static uint64_t last_docs, last_bytes;

void
progress_tick(uint64_t docs, uint64_t bytes)
{
	double t;

	last_docs = docs;
	last_bytes = bytes;
	if (!mc_opt.progress)
		return;
	t = now();
	if (start == 0)
		start = last = t;
	if (t - last >= (isatty(2) ? 0.2 : 5.0)) {
		show(docs, bytes, t, 0);
		last = t;
	}
}

void
progress_done(void)
{
	if (mc_opt.progress && start != 0)
		show(last_docs, last_bytes, now(), 1);
}

void
stats_print(const char *what_out)
{
	if (!mc_opt.stats)
		return;
	fprintf(stderr, "%s: documents in %llu, %s out %llu, errors %llu, warnings %llu\n",
	    mc_prog, (unsigned long long)mc_count.in, what_out,
	    (unsigned long long)mc_count.out, (unsigned long long)mc_count.errors,
	    (unsigned long long)mc_count.warnings);
}

/* Documents counted by language, for --stats and the warning of the
   tools that read only French.  A run sees a handful of languages: a
   short array searched in order is enough. */
void
lang_tally(struct lang_tally *t, const char *code)
{
	size_t i;

	if (!code || !*code)
		code = "und";
	for (i = 0; i < t->n; i++)
		if (!strncmp(t->v[i].code, code, sizeof t->v[i].code - 1))
			break;
	if (i == t->n) {
		t->v = xrealloc(t->v, (t->n + 1) * sizeof *t->v);
		snprintf(t->v[t->n].code, sizeof t->v[t->n].code, "%s", code);
		t->v[t->n++].n = 0;
	}
	t->v[i].n++;
	t->total++;
}

static int
by_count(const void *a, const void *b)
{
	const struct lang_count *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->code, y->code);
}

/* "en 9, ar 3": the languages counted, most documents first. */
void
lang_tally_text(struct lang_tally *t, mc_buf *b)
{
	char one[48];
	size_t i;

	qsort(t->v, t->n, sizeof *t->v, by_count);
	for (i = 0; i < t->n; i++) {
		snprintf(one, sizeof one, "%s%s %llu", i ? ", " : "", t->v[i].code,
		    (unsigned long long)t->v[i].n);
		buf_adds(b, one);
	}
}

/* --stats: "mc-split: documents by language: fr 170, en 9, und 2". */
static void
lang_tally_print(struct lang_tally *t)
{
	mc_buf b = {0};

	if (!mc_opt.stats || !t->n)
		return;
	lang_tally_text(t, &b);
	fprintf(stderr, "%s: documents by language: %s\n", mc_prog, buf_cstr(&b));
	buf_free(&b);
}

/* The tools that read French say once, at the end, what they let by:
   "mc-tag: 12 documents not in French (en 9, ar 3) passed through". */
static void
lang_tally_warn_passed(struct lang_tally *passed)
{
	mc_buf b = {0};

	if (!passed->n)
		return;
	lang_tally_text(passed, &b);
	fprintf(stderr, "%s: %llu document%s not in French (%s) passed through\n", mc_prog,
	    (unsigned long long)passed->total, passed->total > 1 ? "s" : "", buf_cstr(&b));
	buf_free(&b);
}

static void
lang_tally_free(struct lang_tally *t)
{
	free(t->v);
	memset(t, 0, sizeof *t);
}

/* The end of a run: --stats's count of all, the warning about passed
   (NULL: a tool that reads every language), and both freed. */
void
lang_tally_end(struct lang_tally *all, struct lang_tally *passed)
{
	lang_tally_print(all);
	lang_tally_free(all);
	if (passed) {
		lang_tally_warn_passed(passed);
		lang_tally_free(passed);
	}
}
