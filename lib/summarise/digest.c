/* The most informative sentences of an article: LexRank's centrality
   (Erkan and Radev, 2004) over the cosine similarity of the sentences'
   bags of stemmed content words.  A sentence that shares much with many
   others says what the article is about.  The random reader of the power
   iteration starts again, 3 times in 10, at a sentence chosen with a
   slight preference for the first ones (news puts its facts first); a
   sentence that mostly repeats a better one is passed over.

   Left out before ranking: the headline; sentences that are mostly an
   honorific formula ("Sa Majesté le Roi Mohammed VI, que Dieu
   L'assiste.") or too short to stand alone (fewer than MIN_CONTENT content
   words: subheads such as "Mise en place d'un GMMP"); and short lines
   without a final stop (MAX_BARE words or fewer), which are web-page
   furniture or subheads that mc-split kept. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

#define MIN_CONTENT 4
#define MAX_BARE 12
#define DAMPING 0.7             /* 0.3: the chance to start again */
#define POSITION 0.5
#define REDUNDANT 0.4
#define ITERATIONS 200

static struct lexicon formulas;         /* TITLE and FORMULA of titles.tsv */

static int
keep_formula(const char *type)
{
	return strcmp(type, "FORMULA") == 0 || strcmp(type, "TITLE") == 0;
}

int
digest_init(void)
{
	char *tp = data_path("lexicon/titles.tsv");
	int ok = sm_stop_load() && lex_load(&formulas, tp, keep_formula);

	free(tp);
	return ok;
}

void
digest_free(void)
{
	sm_stop_free();
	lex_free(&formulas);
}

/* ---- a sentence as a bag of stems ---- */

struct bag {
	uint64_t *h;            /* sorted stems, repeated as often as they occur */
	size_t n;
	double norm;
};

/* Titles count only capitalised, as in the tagger; so do the formulas
   flagged cap ("Sa Vision"); ctx is the first token. */
static int
formula_ok(const struct lex_entry *e, void *ctx)
{
	const struct token *first = ctx;

	return first->upper || !(lex_type_is(e, "TITLE") || (e->flags & LF_CAP));
}

/* Mark the tokens that are part of a title or a formula. */
static void
mark_formulas(const struct toklist *tl, char *in_formula)
{
	size_t i = 0, k;
	int ntok, e;

	while (i < tl->n) {
		e = lex_match(&formulas, tl, NULL, i, formula_ok, (void *)&tl->t[i], &ntok);
		if (e < 0) {
			i++;
			continue;
		}
		for (k = i; k < i + (size_t)ntok; k++)
			in_formula[k] = 1;
		i += (size_t)ntok;
	}
}

/* Square root by Newton's method: the tools link no libm. */
static double
root(double x)
{
	double r = x > 1 ? x : 1, prev = 0;
	int i;

	if (x <= 0)
		return 0;
	for (i = 0; i < 200 && r != prev; i++) {
		prev = r;
		r = (r + x / r) / 2;
	}
	return r;
}

/* The content words of a sentence, stemmed; *bare is set when it is a
   short line without a final stop. */
static void
bag_of(const char *text, struct bag *b, int *bare)
{
	struct toklist tl = {0};
	uint64_t *stems;
	char *in_formula;
	size_t i, words = 0, len = strlen(text);

	tokenize(&tl, text, len);
	stems = xmalloc((tl.n + 1) * sizeof *stems);
	in_formula = xcalloc(tl.n + 1, 1);
	tok_stem(&tl, stems);
	mark_formulas(&tl, in_formula);
	b->h = xmalloc((tl.n + 1) * sizeof *b->h);
	b->n = 0;
	for (i = 0; i < tl.n; i++) {
		const struct token *t = &tl.t[i];
		words += t->kind != T_PUNCT;
		if (in_formula[i] || !sm_is_content(&tl, i))
			continue;
		b->h[b->n++] = stems[i];
	}
	qsort(b->h, b->n, sizeof *b->h, sm_u64_cmp);
	b->norm = 0;
	for (i = 0; i < b->n;) {
		size_t j = i;
		while (j < b->n && b->h[j] == b->h[i])
			j++;
		b->norm += (double)((j - i) * (j - i));
		i = j;
	}
	b->norm = root(b->norm);
	while (len && (text[len - 1] == ' ' || text[len - 1] == '"'))
		len--;
	*bare = words <= MAX_BARE && !(len && strchr(".!?:;)", text[len - 1]))
	    && !(len >= 2 && (strncmp(text + len - 2, "\xC2\xBB", 2) == 0))
	    && !(len >= 3 && strncmp(text + len - 3, "\xE2\x80\xA6", 3) == 0);
	free(stems);
	free(in_formula);
	toklist_free(&tl);
}

/* Cosine of two bags: term frequencies, as in LexRank without idf (one
   article gives no corpus to take idf from). */
static double
cosine(const struct bag *a, const struct bag *b)
{
	size_t i = 0, j = 0, ni, nj;
	double dot = 0;

	if (!a->n || !b->n)
		return 0;
	while (i < a->n && j < b->n) {
		if (a->h[i] < b->h[j]) {
			i++;
		} else if (a->h[i] > b->h[j]) {
			j++;
		} else {
			uint64_t h = a->h[i];
			for (ni = 0; i < a->n && a->h[i] == h; i++)
				ni++;
			for (nj = 0; j < b->n && b->h[j] == h; j++)
				nj++;
			dot += (double)(ni * nj);
		}
	}
	return dot / (a->norm * b->norm);
}

/* ---- centrality ---- */

/* Power iteration of PageRank over the similarity graph: a sentence is
   central when sentences similar to it are central. */
/* Where the random reader starts again: sentence k (counted among the
   candidates) with a weight of 1 / (1 + k/2), news putting its facts
   first (biased LexRank). */
static double *
restart(size_t n)
{
	double *t = xcalloc(n + 1, sizeof *t), sum = 0;
	size_t k;

	for (k = 0; k < n; k++)
		sum += t[k] = 1.0 / (1.0 + POSITION * (double)k);
	for (k = 0; k < n; k++)
		t[k] /= sum;
	return t;
}

static void
centrality(const struct bag *bags, size_t n, double *score)
{
	double *tele = restart(n);
	double *w = xcalloc(n * n + 1, sizeof *w), *row = xcalloc(n + 1, sizeof *row);
	double *next = xcalloc(n + 1, sizeof *next), delta;
	size_t i, j, it;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (i != j)
				row[i] += w[i * n + j] = cosine(&bags[i], &bags[j]);
	for (i = 0; i < n; i++)
		score[i] = 1.0 / (double)n;
	for (it = 0; it < ITERATIONS; it++) {
		double dangling = 0;
		for (i = 0; i < n; i++)
			if (row[i] == 0)
				dangling += score[i];
		for (j = 0; j < n; j++) {
			double s = 0;
			for (i = 0; i < n; i++)
				if (row[i] > 0)
					s += score[i] * w[i * n + j] / row[i];
			next[j] = (1 - DAMPING) * tele[j] + DAMPING * (s + dangling * tele[j]);
		}
		for (delta = 0, j = 0; j < n; j++) {
			delta += next[j] > score[j] ? next[j] - score[j] : score[j] - next[j];
			score[j] = next[j];
		}
		if (delta < 1e-12)
			break;
	}
	free(w);
	free(row);
	free(next);
	free(tele);
}

static const double *rank_score;

static int
by_score(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (rank_score[a] != rank_score[b])
		return rank_score[a] > rank_score[b] ? -1 : 1;
	return a < b ? -1 : a > b;
}

static int
by_index(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	return a < b ? -1 : a > b;
}

static int
taken(const size_t *pick, size_t n, size_t x)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (pick[i] == x)
			return 1;
	return 0;
}

/* The first want of ix (best first), passing over a sentence that says
   again what a better one said (cosine above REDUNDANT) while others are
   left: central sentences tend to repeat one another. */
static void
drop_redundant(const struct bag *bags, size_t *ix, size_t n, size_t want)
{
	size_t *pick = xmalloc((n + 1) * sizeof *pick), got = 0, i, j;

	for (i = 0; i < n && got < want; i++) {
		for (j = 0; j < got && cosine(&bags[ix[i]], &bags[pick[j]]) <= REDUNDANT; j++)
			;
		if (j == got)
			pick[got++] = ix[i];
	}
	for (i = 0; i < n && got < want; i++)
		if (!taken(pick, got, ix[i]))
			pick[got++] = ix[i];
	memcpy(ix, pick, want * sizeof *ix);
	free(pick);
}

/* Sentences that can stand alone: their indices in cand, bags in bags. */
static size_t
candidates(json_t *sents, size_t *cand, struct bag *bags)
{
	json_t *s;
	size_t i, n = 0;
	int bare;

	json_array_foreach(sents, i, s) {
		if (json_is_true(json_object_get(s, "head")))
			continue;
		bag_of(json_string_value(json_object_get(s, "text")), &bags[n], &bare);
		if (bare || bags[n].n < MIN_CONTENT) {
			free(bags[n].h);
			continue;
		}
		cand[n++] = i;
	}
	return n;
}

long
digest_pick(json_t *doc, size_t want, int lead, size_t *out)
{
	json_t *sents = json_object_get(doc, "sents"), *s;
	size_t i, n, *cand, *ix;
	struct bag *bags;
	double *score;

	if (!json_is_array(sents))
		return -1;
	json_array_foreach(sents, i, s)
		if (!json_is_object(s) || !json_is_string(json_object_get(s, "text")))
			return -1;
	cand = xmalloc((json_array_size(sents) + 1) * sizeof *cand);
	bags = xcalloc(json_array_size(sents) + 1, sizeof *bags);
	n = candidates(sents, cand, bags);
	score = xcalloc(n + 1, sizeof *score);
	ix = xmalloc((n + 1) * sizeof *ix);
	for (i = 0; i < n; i++)
		ix[i] = i;
	want = want < n ? want : n;
	if (!lead) {
		centrality(bags, n, score);
		rank_score = score;
		qsort(ix, n, sizeof *ix, by_score);
		drop_redundant(bags, ix, n, want);
	}
	qsort(ix, want, sizeof *ix, by_index);
	for (i = 0; i < want; i++)
		out[i] = cand[ix[i]];
	for (i = 0; i < n; i++)
		free(bags[i].h);
	free(bags);
	free(cand);
	free(score);
	free(ix);
	return (long)want;
}
