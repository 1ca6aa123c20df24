/* Who a participant is, for the key person: the surname key, the
   country and the initial of the first given name, as one value
   ("laftit/MAR/a"; "macron/FRA/" without a given name, "guterres//a"
   without a country), so that Emmanuel and Brigitte Macron are two
   rows, and so are two Diallo of Guinea and Senegal.  When the table is
   written, the values of one person are joined (summ_join.c). */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

/* ---- the words of a name ---- */

/* The words of a name, as cut at spaces, folded and cut to their
   letters and digits, one space apart ("M. Jean-Yves Le Drian": "m
   jeanyves le drian"), so that a title or particle of the lexicon is
   known however it is written. */
struct words {
	mc_buf b;
	size_t *at;             /* where each begins in b */
	size_t *from;           /* where each begins in the name */
	size_t n;
};

static void
words_read(struct words *w, const char *s)
{
	size_t len = strlen(s), i = 0, e, k, start;
	mc_buf f = {0};

	memset(w, 0, sizeof *w);
	w->at = xmalloc((len / 2 + 2) * sizeof *w->at);
	w->from = xmalloc((len / 2 + 2) * sizeof *w->from);
	for (;;) {
		while (i < len && (unsigned char)s[i] <= ' ')
			i++;
		if (i == len)
			break;
		for (e = i; e < len && (unsigned char)s[e] > ' '; e++)
			;
		buf_clear(&f);
		utf8_fold(s + i, e - i, &f);
		start = w->b.len + (w->n > 0);
		for (k = 0; k < f.len; k++) {
			if (!sm_word_char((unsigned char)f.s[k]))
				continue;
			if (w->b.len < start)   /* the word's first letter */
				buf_addc(&w->b, ' ');
			buf_addc(&w->b, f.s[k]);
		}
		if (w->b.len > start) {
			w->at[w->n] = start;
			w->from[w->n++] = i;
		}
		i = e;
	}
	buf_free(&f);
}

static void
words_free(struct words *w)
{
	buf_free(&w->b);
	free(w->at);
	free(w->from);
}

/* Words i to j - 1, one space apart, hashed. */
static uint64_t
words_hash(const struct words *w, size_t i, size_t j)
{
	size_t end = j < w->n ? w->at[j] - 1 : w->b.len;

	return sm_hash(w->b.s + w->at[i], end - w->at[i]);
}

/* ---- titles and particles, from the lexicon ---- */

static struct sm_u64set titles, particles;      /* words_hash() of each */
static size_t title_words;                      /* the most words a title has */
static int loaded;

struct word_kind {
	const char *type;       /* the lexicon's TYPE */
	struct sm_u64set *set;
	size_t *most;           /* the most words of one, or NULL */
};

static int
add_word(char **f, int nf, const char *path, long line, void *ctx)
{
	const struct word_kind *kind = ctx;
	struct words w;

	(void)nf;
	(void)path;
	(void)line;
	if (strcmp(f[1], kind->type) != 0)
		return 1;
	words_read(&w, f[0]);
	if (w.n)
		sm_u64set_add(kind->set, words_hash(&w, 0, w.n));
	if (kind->most && w.n > *kind->most)
		*kind->most = w.n;
	words_free(&w);
	return 1;
}

int
sm_person_load(void)
{
	struct word_kind title = {"TITLE", &titles, &title_words}, particle = {"PARTICLE", &particles, NULL};
	char *tp, *gp;
	int ok;

	if (loaded)
		return 1;
	tp = data_path("lexicon/titles.tsv");
	gp = data_path("lexicon/grammar.tsv");
	ok = tsv_each(tp, add_word, &title);
	ok = tsv_each(gp, add_word, &particle) && ok;
	free(tp);
	free(gp);
	loaded = 1;
	return ok;
}

void
sm_person_free(void)
{
	sm_u64set_free(&titles);
	sm_u64set_free(&particles);
	title_words = 0;
	loaded = 0;
}

/* ---- a participant's value ---- */

/* How many words from word i, all before word end, make a title (the
   longest: "Son Altesse Royale"); 0 when none do. */
static size_t
title_at(const struct words *w, size_t i, size_t end)
{
	size_t k = title_words < end - i ? title_words : end - i;

	for (; k > 0; k--)
		if (sm_u64set_has(&titles, words_hash(w, i, i + k)))
			return k;
	return 0;
}

/* The given names of a name: its words before the surname, less the
   titles they begin with (M., Sa Majesté, Cheikh) and the particles
   right before the surname (the "Le" of "Le Drian", the "Ben" of "Ben
   Ali"); [*first, *end) of w.  Words are cut at spaces only, so that
   "Akufo-Addo" alone has no given name. */
static void
given_names(const struct words *w, const char *key, size_t *first, size_t *end)
{
	size_t surname = strchr(key, ' ') ? 2 : 1, k;     /* "mohammed vi" */

	*first = 0;
	*end = w->n > surname ? w->n - surname : 0;
	while (*first < *end && (k = title_at(w, *first, *end)))
		*first += k;
	while (*end > *first && sm_u64set_has(&particles, words_hash(w, *end - 1, *end)))
		(*end)--;
}

char *
sm_person_value(const struct sm_part *p, const char **shown)
{
	struct words w;
	mc_buf v = {0};
	size_t first, end;
	int32_t cp;

	words_read(&w, p->name);
	given_names(&w, p->key, &first, &end);
	buf_adds(&v, p->key);
	buf_addc(&v, '/');
	if (p->country)
		buf_adds(&v, p->country);
	buf_addc(&v, '/');
	if (first < end)
		buf_add(&v, w.b.s + w.at[first], (size_t)utf8_next(w.b.s + w.at[first], w.b.len - w.at[first], &cp));
	/* shown without its titles: "Abdelouafi Laftit" for "M. Abdelouafi Laftit" */
	*shown = p->name + (first < w.n ? w.from[first] : 0);
	words_free(&w);
	return buf_cstr(&v);
}

int
sm_person_has_initial(const char *value, size_t len)
{
	const char *slash = memchr(value, '/', len);

	return slash && value[len - 1] != '/';
}
