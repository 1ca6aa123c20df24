/* --progress and --stats, on stderr. */
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
