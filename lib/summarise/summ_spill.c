/* Memory that grows with the groups, not the events.  A group's distinct
   documents and meeting signatures grow with its input; when those of all
   groups pass the buffer size (--buffer-size), they are written, sorted,
   to an unlinked temporary file as one run, and their memory freed.  The
   groups are then read back one at a time, in key order, merging the runs
   as sort(1) merges its own: counts stay exact, and only one group's
   signatures of one set of participants need be held to count meetings.

   A run is a sequence of segments, one per group that held something,
   in byte order of the groups' keys:
     head:  group index, documents n, signatures m   (3 x 8 bytes)
     n documents, ascending                          (8 bytes each)
     m signatures with their counts, in sm_sig_cmp order (6 x 8 bytes)
   Everything is written as 64-bit words, never as padded structs. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "summarise/summarise.h"

#define RUN_BUF 16384           /* read buffer of each run */
#define SIG_WORDS (6 + STORY_WORDS)     /* the last has the count */

struct sm_run {
	off_t pos, end;         /* what is left of the run in the file */
	unsigned char *buf;
	size_t at, len;
	uint64_t head[3];       /* the next segment's head */
	int have_head;
};

/* ---- bytes held ---- */

size_t
sm_group_bytes(const struct sm_group *g)
{
	return g->docs.cap * sizeof *g->docs.v + g->csig * (sizeof *g->sigs + sizeof *g->count)
	    + g->sigidx.cap * (sizeof *g->sigidx.h + sizeof *g->sigidx.v);
}

/* ---- a group's documents and signatures as a sorted segment ---- */

static const struct sm_sig *sort_sigs;

static int
sig_at_cmp(const void *a, const void *b)
{
	return sm_sig_cmp(&sort_sigs[*(const size_t *)a], &sort_sigs[*(const size_t *)b]);
}

static void
put_words(mc_buf *b, const uint64_t *w, size_t n)
{
	buf_add(b, (const char *)w, n * sizeof *w);
}

static void
sig_words(const struct sm_sig *s, uint32_t n, uint64_t w[SIG_WORDS])
{
	w[0] = s->pkey;
	w[1] = s->place;
	w[2] = s->simhash;
	w[3] = (uint64_t)(uint32_t)s->date.lo << 32 | (uint32_t)s->date.hi;
	w[4] = s->names;
	memcpy(&w[5], s->story.bits, sizeof s->story.bits);
	w[SIG_WORDS - 1] = (uint64_t)n << 16 | (uint64_t)s->date.prec << 8 | s->has_story << 1 | s->has_text;  /* last */
}

static uint32_t
words_sig(const uint64_t w[SIG_WORDS], struct sm_sig *s)
{
	memset(s, 0, sizeof *s);
	s->pkey = w[0];
	s->place = w[1];
	s->simhash = w[2];
	s->date.lo = (int32_t)(uint32_t)(w[3] >> 32);
	s->date.hi = (int32_t)(uint32_t)w[3];
	s->names = w[4];
	memcpy(s->story.bits, &w[5], sizeof s->story.bits);
	s->date.prec = (uint8_t)(w[SIG_WORDS - 1] >> 8);
	s->has_story = (uint8_t)(w[SIG_WORDS - 1] >> 1 & 1);
	s->has_text = (uint8_t)(w[SIG_WORDS - 1] & 1);
	return (uint32_t)(w[SIG_WORDS - 1] >> 16);
}

/* Moves what g holds into b as a segment; b is left empty when g holds
   nothing. */
static void
segment_take(struct sm_group *g, mc_buf *b)
{
	uint64_t head[3], w[SIG_WORDS], *docs;
	size_t i, n = 0, *ix;

	buf_clear(b);
	if (!g->docs.n && !g->nsig)
		return;
	docs = xmalloc((g->docs.n + 1) * sizeof *docs);
	for (i = 0; i < g->docs.cap; i++)
		if (g->docs.v[i])
			docs[n++] = g->docs.v[i];
	qsort(docs, n, sizeof *docs, sm_u64_cmp);
	head[0] = g->id;
	head[1] = n;
	head[2] = g->nsig;
	put_words(b, head, 3);
	put_words(b, docs, n);
	ix = xmalloc((g->nsig + 1) * sizeof *ix);
	for (i = 0; i < g->nsig; i++)
		ix[i] = i;
	sort_sigs = g->sigs;
	qsort(ix, g->nsig, sizeof *ix, sig_at_cmp);
	for (i = 0; i < g->nsig; i++) {
		sig_words(&g->sigs[ix[i]], g->count[ix[i]], w);
		put_words(b, w, SIG_WORDS);
	}
	free(ix);
	free(docs);
	sm_u64set_free(&g->docs);
	sm_map_free(&g->sigidx);
	free(g->sigs);
	free(g->count);
	g->sigs = NULL;
	g->count = NULL;
	g->nsig = g->csig = 0;
}

/* ---- the temporary file ---- */

static const char *
tmp_dir(const struct sm_table *t)
{
	const char *d = t->tmpdir;

	if (!d || !*d)
		d = getenv("TMPDIR");
	return d && *d ? d : "/tmp";
}

static void
spill_open(struct sm_table *t)
{
	mc_buf path = {0};

	buf_adds(&path, tmp_dir(t));
	buf_adds(&path, "/mc-summarise.XXXXXX");
	if ((t->spill_fd = mkstemp(buf_cstr(&path))) < 0)
		mc_die("cannot make a temporary file in %s: %s", tmp_dir(t), strerror(errno));
	unlink(buf_cstr(&path));    /* gone when we are, whatever happens */
	buf_free(&path);
}

static void
spill_write(struct sm_table *t, const mc_buf *b)
{
	size_t done = 0;
	ssize_t n;

	while (done < b->len) {
		n = pwrite(t->spill_fd, b->s + done, b->len - done, t->spill_end + (off_t)done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			mc_die("cannot write a temporary file in %s: %s", tmp_dir(t), n < 0 ? strerror(errno) : "short write");
		done += (size_t)n;
	}
	t->spill_end += (off_t)done;
}

static int
group_key_cmp(const void *a, const void *b)
{
	return strcmp((*(struct sm_group *const *)a)->key, (*(struct sm_group *const *)b)->key);
}

/* The groups in byte order of their keys: the order of every run. */
struct sm_group **
sm_by_key(const struct sm_table *t)
{
	struct sm_group **g = xmalloc((t->n + 1) * sizeof *g);

	if (t->n)       /* t->g is NULL then, and memcpy must not see it */
		memcpy(g, t->g, t->n * sizeof *g);
	qsort(g, t->n, sizeof *g, group_key_cmp);
	return g;
}

void
sm_table_spill(struct sm_table *t)
{
	struct sm_group **g = sm_by_key(t);
	struct sm_run *r;
	mc_buf seg = {0};
	size_t i;

	if (t->spill_fd < 0)
		spill_open(t);
	t->runs = xrealloc(t->runs, (t->nruns + 1) * sizeof *t->runs);
	r = &t->runs[t->nruns++];
	memset(r, 0, sizeof *r);
	r->pos = t->spill_end;
	for (i = 0; i < t->n; i++) {
		segment_take(g[i], &seg);
		spill_write(t, &seg);
	}
	r->end = t->spill_end;
	t->mem = 0;
	buf_free(&seg);
	free(g);
}

/* ---- reading runs back ---- */

static void
run_read(const struct sm_table *t, struct sm_run *r, void *p, size_t n)
{
	unsigned char *out = p;
	size_t k;
	ssize_t got;

	while (n) {
		if (r->at == r->len) {
			size_t want = r->end - r->pos < RUN_BUF ? (size_t)(r->end - r->pos) : RUN_BUF;
			if (!r->buf)
				r->buf = xmalloc(RUN_BUF);
			do
				got = pread(t->spill_fd, r->buf, want, r->pos);
			while (got < 0 && errno == EINTR);
			if (got <= 0)
				mc_die("cannot read back a temporary file in %s: %s", tmp_dir(t),
				    got < 0 ? strerror(errno) : "it is shorter than written");
			r->pos += got;
			r->at = 0;
			r->len = (size_t)got;
		}
		k = r->len - r->at < n ? r->len - r->at : n;
		memcpy(out, r->buf + r->at, k);
		r->at += k;
		out += k;
		n -= k;
	}
}

static int
run_more(const struct sm_run *r)
{
	return r->at < r->len || r->pos < r->end;
}

/* One source of a group's merge: a run's segment, or what the group
   still holds, as a segment in memory. */
struct source {
	struct sm_run *run;     /* NULL: mem */
	const mc_buf *mem;
	size_t memat;
	uint64_t ndocs, nsigs;
	uint64_t left;          /* items of the current stream not yet loaded */
	int live;               /* w holds one */
	uint64_t w[SIG_WORDS];  /* the current item */
};

static void
src_read(const struct sm_table *t, struct source *s, uint64_t *w, size_t n)
{
	if (s->run) {
		run_read(t, s->run, w, n * sizeof *w);
		return;
	}
	memcpy(w, s->mem->s + s->memat, n * sizeof *w);
	s->memat += n * sizeof *w;
}

static void
src_next(const struct sm_table *t, struct source *s, size_t nw)
{
	s->live = s->left > 0;
	if (s->live) {
		s->left--;
		src_read(t, s, s->w, nw);
	}
}

/* Which of two items comes first, and whether they are one: documents
   are one word; signatures five, the count in the last above 16 bits. */
static int
item_cmp(const uint64_t *a, const uint64_t *b, int sigs)
{
	struct sm_sig x, y;

	if (!sigs)
		return a[0] < b[0] ? -1 : a[0] > b[0];
	words_sig(a, &x);
	words_sig(b, &y);
	return sm_sig_cmp(&x, &y);
}

static void
emit(const struct sm_visit *v, struct sm_group *g, const uint64_t *w, uint32_t n, int sigs)
{
	struct sm_sig s;

	if (!sigs) {
		v->doc(g, w[0], v->ctx);
		return;
	}
	words_sig(w, &s);
	v->sig(g, &s, n, v->ctx);
}

/* Merges one stream of every source, k-way: each distinct item once,
   the counts of equal signatures summed. */
static void
merge_stream(const struct sm_table *t, struct source *src, size_t ns, int sigs, const struct sm_visit *v,
    struct sm_group *g)
{
	size_t nw = sigs ? SIG_WORDS : 1, i, best;
	uint64_t cur[SIG_WORDS];
	uint32_t n = 0;
	int have = 0;

	for (i = 0; i < ns; i++) {
		src[i].left = sigs ? src[i].nsigs : src[i].ndocs;
		src_next(t, &src[i], nw);
	}
	for (;;) {
		best = SIZE_MAX;
		for (i = 0; i < ns; i++)
			if (src[i].live && (best == SIZE_MAX || item_cmp(src[i].w, src[best].w, sigs) < 0))
				best = i;
		if (best == SIZE_MAX)
			break;
		if (have && item_cmp(cur, src[best].w, sigs) == 0) {
			n += (uint32_t)(src[best].w[SIG_WORDS - 1] >> 16);
		} else {
			if (have)
				emit(v, g, cur, n, sigs);
			memcpy(cur, src[best].w, nw * sizeof *cur);
			n = sigs ? (uint32_t)(cur[SIG_WORDS - 1] >> 16) : 0;
			have = 1;
		}
		src_next(t, &src[best], nw);
	}
	if (have)
		emit(v, g, cur, n, sigs);
}

/* The sources of group g: the runs whose next segment is g's, and what
   g still holds. */
static size_t
sources(struct sm_table *t, struct sm_group *g, struct source *src, mc_buf *mem)
{
	size_t i, ns = 0;
	uint64_t head[3];

	for (i = 0; i < t->nruns; i++) {
		struct sm_run *r = &t->runs[i];
		if (!r->have_head && run_more(r)) {
			run_read(t, r, r->head, sizeof r->head);
			r->have_head = 1;
		}
		if (!r->have_head || r->head[0] != g->id)
			continue;
		r->have_head = 0;
		memset(&src[ns], 0, sizeof src[ns]);
		src[ns].run = r;
		src[ns].ndocs = r->head[1];
		src[ns++].nsigs = r->head[2];
	}
	segment_take(g, mem);
	if (mem->len) {
		memset(&src[ns], 0, sizeof src[ns]);
		memcpy(head, mem->s, sizeof head);
		src[ns].mem = mem;
		src[ns].memat = sizeof head;
		src[ns].ndocs = head[1];
		src[ns++].nsigs = head[2];
	}
	return ns;
}

void
sm_table_visit(struct sm_table *t, const struct sm_visit *v)
{
	struct sm_group **g = sm_by_key(t);
	struct source *src = xmalloc((t->nruns + 1) * sizeof *src);
	mc_buf mem = {0};
	size_t i, ns;

	for (i = 0; i < t->n; i++) {
		ns = sources(t, g[i], src, &mem);
		if (v->begin)
			v->begin(g[i], v->ctx);
		merge_stream(t, src, ns, 0, v, g[i]);
		merge_stream(t, src, ns, 1, v, g[i]);
		if (v->end)
			v->end(g[i], v->ctx);
	}
	t->mem = 0;
	buf_free(&mem);
	free(src);
	free(g);
}

void
sm_spill_free(struct sm_table *t)
{
	size_t i;

	for (i = 0; i < t->nruns; i++)
		free(t->runs[i].buf);
	free(t->runs);
	if (t->spill_fd >= 0)
		close(t->spill_fd);
	t->runs = NULL;
	t->nruns = 0;
	t->spill_fd = -1;
}
