/* Lexicons: data files of entries "form TAB TYPE TAB value [TAB flags]"
   looked up by the tokens they begin with. */
#ifndef MC_LEX_H
#define MC_LEX_H

#include "io/io.h"
#include "text/tok.h"

/* Lexicon: entries "form TAB TYPE TAB value [TAB flags]". */
enum {
	LF_F = 1 << 0, LF_PL = 1 << 1, LF_CAP = 1 << 2, LF_EN = 1 << 3,
	LF_AMB = 1 << 4, LF_REGION = 1 << 5, LF_WEAK = 1 << 6, LF_EXACT = 1 << 7,
	LF_CTX = 1 << 8, LF_HOST = 1 << 9, LF_GUEST = 1 << 10, LF_MULTI = 1 << 11,
	LF_HEAD = 1 << 12, LF_END = 1 << 13, LF_ICASE = 1 << 14,
	LF_LINE = 1 << 15, LF_PURPOSE = 1 << 16, LF_FUTURE = 1 << 17, LF_ACCENTS = 1 << 18,
	LF_STEAD = 1 << 19, LF_LIST = 1 << 20, LF_INTL = 1 << 21,
	LF_TAIL = 1 << 22, LF_BIO = 1 << 23
};

struct lex_entry {
	char *form, *type, *value;
	int tcode;              /* lex_type_code(type): types compared as ints */
	unsigned flags;
	unsigned char upper;    /* the form begins with a capital */
	int ntok;
	int next;               /* next entry with the same key, or -1 */
	uint64_t first;         /* hash (or stem) of the first token, as keyed */
};

struct lexicon {
	struct lex_entry *e;
	size_t n, cap;
	uint64_t *keys;         /* open addressing: key hash -> first entry */
	int *slot;
	size_t nslots, used;
	int maxtok;
	int stemmed;            /* keys are stems of folded words */
	uint64_t first[1024];   /* bits of the hashes of entries' first tokens */
};

/* Load a file into lex; only entries whose TYPE passes keep() are kept
   (keep NULL: all).  Returns 0 and reports file:line on a bad line. */
typedef int (*tsv_fn)(char **f, int nf, const char *path, long line, void *ctx);
/* Call fn for each entry line of a data file; bad lines are reported. */
int tsv_each(const char *path, tsv_fn fn, void *ctx);
unsigned lex_flags(const char *s, const char *path, long line, int *ok);
/* Add one entry (fields of a tsv_each line); 0 after reporting an error. */
int lex_add(struct lexicon *lx, char **f, int nf, const char *path, long line);
int lex_load(struct lexicon *lx, const char *path, int (*keep)(const char *type));
void lex_free(struct lexicon *lx);
/* Set the bit of th that lex_bit() tests. */
void lex_bit_set(uint64_t *bits, uint64_t th);
/* Most tokens begin no entry: a bit per first-token hash, 8 KB that stay
   in cache, says so before any probing, inline at each call. */
static inline int
lex_bit(const uint64_t *bits, uint64_t th)
{
	th ^= th >> 29;
	return (int)(bits[(th >> 6) & 1023] >> (th & 63) & 1);
}

static inline int
lex_may_begin(const struct lexicon *lx, uint64_t th)
{
	return lex_bit(lx->first, th);
}

/* The bits (1024 words) of the first tokens of the entries passing keep():
   for a caller that only ever accepts some of them, most tokens that
   begin an entry begin none of those. */
void lex_first_bits(const struct lexicon *lx, int (*keep)(const struct lex_entry *), uint64_t *bits);

/* lex_match from a token that may begin an entry. */
int lex_search(const struct lexicon *lx, const struct toklist *tl, const uint64_t *hashes,
    size_t i, int (*ok)(const struct lex_entry *, void *), void *ctx, int *ntok);

/* Longest entry starting at token i (any type passing ok()); returns the
   first entry index and sets *ntok, or -1. */
static inline int
lex_match(const struct lexicon *lx, const struct toklist *tl, const uint64_t *hashes,
    size_t i, int (*ok)(const struct lex_entry *, void *), void *ctx, int *ntok)
{
	if (i >= tl->n || !lex_may_begin(lx, hashes ? hashes[i] : tl->t[i].hash))
		return -1;
	return lex_search(lx, tl, hashes, i, ok, ctx, ntok);
}

/* Whether some entry begins with the token of this hash: a cheap test
   before asking for matches of several kinds. */
int lex_starts(const struct lexicon *lx, uint64_t hash);
int lex_type_is(const struct lex_entry *e, const char *type);
int lex_type_code(const char *type);

#endif
