/* A French tokenizer: words, numbers (dates and decimals stay whole) and
   punctuation; elisions (l', d', qu', with ' or ’) are tokens of their own;
   hyphens split words.  Each token keeps byte and code point spans and a
   folded form for matching. */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text/tok.h"

static const char *const elisions[] = {
	"l", "d", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu",
	"puisqu", "quoiqu", "presqu", NULL
};

#define FNV_BASIS 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

uint64_t
tok_hash_str(const char *s, size_t n)
{
	uint64_t h = FNV_BASIS;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* ASCII, most of the text, without a call into utf8proc. */
static inline int
next_cp(const char *s, size_t n, size_t i, int32_t *cp)
{
	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	return utf8_next(s + i, n - i, cp);
}

static inline int
is_alpha(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	return utf8_is_alpha(cp);
}

static inline int
is_alnum_ascii(unsigned char c)
{
	return (unsigned)((c | 32) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

/* Asked at each token's first character: ASCII answers in two tests. */
static int
is_space(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (unsigned)(cp - '\t') <= '\f' - '\t';   /* \t \n \v \f */
	return cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 || cp == 0x200B;
}

static int
is_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static int
is_apos(int32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* The elided words are ASCII: compare case-blind, without folding. */
static int
is_elision(const char *s, size_t n)
{
	int i;

	if (n > 7)
		return 0;
	for (i = 0; elisions[i]; i++)
		if (strlen(elisions[i]) == n && strncasecmp(s, elisions[i], n) == 0)
			return 1;
	return 0;
}

static struct token *
push(struct toklist *tl)
{
	if (tl->n == tl->cap) {
		tl->cap = tl->cap ? tl->cap * 2 : 64;
		tl->t = xrealloc(tl->t, tl->cap * sizeof *tl->t);
	}
	return &tl->t[tl->n++];     /* tokenize sets every field */
}

/* Scan a word from s[i]; returns its end.  *elided is set when it ends
   with an elision apostrophe (included in the token). */
static size_t
scan_word(const char *s, size_t n, size_t i, int *elided)
{
	size_t start = i, k;
	int32_t cp, next;
	int len;

	*elided = 0;
	while (i < n) {
		if (is_alnum_ascii((unsigned char)s[i])) {
			i++;
			continue;
		}
		len = next_cp(s, n, i, &cp);
		if (is_alpha(cp) || is_digit(cp) || cp == 0xB7) {
			i += (size_t)len;
			continue;
		}
		if (is_apos(cp) && i + (size_t)len >= n && is_elision(s + start, i - start)) {
			*elided = 1;        /* a lexicon form ending "en marge d'" */
			return i + (size_t)len;
		}
		if (is_apos(cp) && i + (size_t)len < n) {
			utf8_next(s + i + len, n - i - (size_t)len, &next);
			if (!utf8_is_alpha(next))
				break;
			if (is_elision(s + start, i - start)) {
				*elided = 1;
				return i + (size_t)len;
			}
			k = i + (size_t)len;
			i = k;
			continue;
		}
		break;
	}
	return i;
}

static size_t
scan_number(const char *s, size_t n, size_t i)
{
	while (i < n) {
		if (is_digit((unsigned char)s[i])) {
			i++;
		} else if (i + 1 < n && strchr("/.,:h-", s[i]) && is_digit((unsigned char)s[i + 1])) {
			i++;
		} else if (((unsigned char)s[i] | 32) >= 'a' && ((unsigned char)s[i] | 32) <= 'z') {
			/* 1er, 2e, 3ème: ordinal suffixes stay with the number */
			while (i < n && ((((unsigned char)s[i] | 32) >= 'a' && ((unsigned char)s[i] | 32) <= 'z')
			    || (unsigned char)s[i] >= 0x80))
				i++;
			break;
		} else {
			break;
		}
	}
	return i;
}

/* The folds of ASCII bytes: letters lowered, the rest as they are; and
   of word bytes (letters and digits), 0 for the others, so that a word
   is scanned and folded with one look-up a byte. */
static unsigned char ascii_fold[128], word_fold[256];

static void
ascii_fold_init(void)
{
	int c;

	for (c = 0; c < 128; c++) {
		ascii_fold[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		word_fold[c] = is_alnum_ascii((unsigned char)c) ? ascii_fold[c] : 0;
	}
}

/* Fold an ASCII run into the arena, which has room for it. */
static uint64_t
fold_ascii(mc_buf *f, const char *s, size_t n, uint64_t h)
{
	unsigned char *p = (unsigned char *)f->s + f->len, c;
	size_t k;

	for (k = 0; k < n; k++) {
		c = ascii_fold[(unsigned char)s[k]];
		p[k] = c;
		h = (h ^ c) * FNV_PRIME;
	}
	f->len += n;
	return h;
}

/* The token's folded form into the arena (NUL after it), its hash, and
   its length in code points, all in one pass: what utf8_fold,
   tok_hash_str and utf8_cplen would give. */
static size_t
fold_token(struct toklist *tl, struct token *t, const char *s, size_t n)
{
	mc_buf *f = &tl->fold;
	uint64_t h = FNV_BASIS;
	size_t k = 0, j, at, cps = 0;
	int32_t cp;

	t->f0 = (uint32_t)f->len;
	while (k < n) {
		for (j = k; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		if (j > k) {
			buf_need(f, j - k);
			h = fold_ascii(f, s + k, j - k, h);
			cps += j - k;
			k = j;
			continue;
		}
		/* a lead byte counts, as in utf8_cplen, even a stray one */
		cps += ((unsigned char)s[k] & 0xC0) != 0x80;
		k += (size_t)utf8_next(s + k, n - k, &cp);
		at = f->len;
		utf8_fold_char(cp, f);
		for (; at < f->len; at++)
			h = (h ^ (unsigned char)f->s[at]) * FNV_PRIME;
	}
	buf_need(f, 1);
	f->s[f->len] = f->s[f->len + 1] = '\0';
	t->f1 = (uint32_t)f->len++;
	t->hash = h;
	return cps;
}

/* Most words are ASCII letters ended by an ASCII byte other than an
   apostrophe: scanned, folded and hashed at once.  Returns the end, or
   0 for a word the general scan must read. */
static size_t
ascii_word(struct toklist *tl, struct token *t, const char *s, size_t n, size_t i)
{
	mc_buf *f = &tl->fold;
	uint64_t h = FNV_BASIS;
	unsigned char *p, c;
	size_t k;

	buf_need(f, n - i + 1);
	p = (unsigned char *)f->s + f->len;
	for (k = i; k < n && (c = word_fold[(unsigned char)s[k]]) != 0; k++) {
		*p++ = c;
		h = (h ^ c) * FNV_PRIME;
	}
	if (k < n && ((unsigned char)s[k] >= 0x80 || s[k] == '\''))
		return 0;
	p[0] = p[1] = '\0';
	t->f0 = (uint32_t)f->len;
	f->len += k - i;
	t->f1 = (uint32_t)f->len++;
	t->hash = h;
	return k;
}

void
tokenize(struct toklist *tl, const char *s, size_t n)
{
	size_t i = 0, end, cp_at = 0;
	int32_t cp;
	int len, elided, kind;
	struct token *t;

	if (!ascii_fold['A'])
		ascii_fold_init();
	tl->n = 0;
	buf_clear(&tl->fold);
	tl->text = s;
	while (i < n) {
		len = next_cp(s, n, i, &cp);
		if (is_space(cp)) {
			i += (size_t)len;
			cp_at++;
			continue;
		}
		elided = 0;
		kind = is_digit(cp) ? T_NUM : is_alpha(cp) ? T_WORD : T_PUNCT;
		t = push(tl);
		t->b0 = (uint32_t)i;
		t->c0 = (uint32_t)cp_at;
		if (kind == T_WORD && cp < 0x80 && (end = ascii_word(tl, t, s, n, i)) != 0) {
			cp_at += end - i;
		} else {
			if (kind == T_NUM)
				end = scan_number(s, n, i);
			else if (kind == T_WORD)
				end = scan_word(s, n, i, &elided);
			else
				end = i + (size_t)len;
			cp_at += fold_token(tl, t, s + i, end - i);
		}
		t->b1 = (uint32_t)end;
		t->c1 = (uint32_t)cp_at;
		t->kind = (uint8_t)kind;
		t->upper = (uint8_t)(cp < 0x80 ? cp >= 'A' && cp <= 'Z' : utf8_is_upper(cp));
		t->elided = (uint8_t)elided;
		i = end;
	}
}

const char *
tok_fold(const struct toklist *tl, size_t i)
{
	return tl->fold.s + tl->t[i].f0;
}

int
tok_is(const struct toklist *tl, size_t i, const char *folded)
{
	return i < tl->n && strcmp(tok_fold(tl, i), folded) == 0;
}

int
tok_is_one(const struct toklist *tl, size_t i, const char *const *w)
{
	for (; *w; w++)
		if (tok_is(tl, i, *w))
			return 1;
	return 0;
}

int
tok_is_de(const struct toklist *tl, size_t i)
{
	return tok_is(tl, i, "de") || tok_is(tl, i, "du") || tok_is(tl, i, "des") || tok_is(tl, i, "d'");
}

int
tok_is_article(const struct toklist *tl, size_t i)
{
	return tok_is(tl, i, "le") || tok_is(tl, i, "la") || tok_is(tl, i, "l'");
}

void
toklist_free(struct toklist *tl)
{
	free(tl->t);
	buf_free(&tl->fold);
	memset(tl, 0, sizeof *tl);
}

/* Stems are cached: news text repeats its words, and the stemmer is the
   slow part of topic matching. */
#define STEM_CACHE 65536
static struct { uint64_t word, stem; } stem_cache[STEM_CACHE];

static struct sb_stemmer *st;

static void
stemmer_end(void)
{
	sb_stemmer_delete(st);
}

void
tok_stem(struct toklist *tl, uint64_t *hashes)
{
	size_t i, k;
	const sb_symbol *out;
	const char *w;

	if (!st) {
		if (!(st = sb_stemmer_new("french", "UTF_8")))
			mc_die("cannot start the French stemmer");
		atexit(stemmer_end);    /* so that leak checkers see it freed */
	}
	for (i = 0; i < tl->n; i++) {
		struct token *t = &tl->t[i];
		if (t->kind != T_WORD || t->elided) {
			hashes[i] = t->hash;
			continue;
		}
		k = t->hash & (STEM_CACHE - 1);
		if (stem_cache[k].word == t->hash && t->hash != 0) {
			hashes[i] = stem_cache[k].stem;
			continue;
		}
		w = tok_fold(tl, i);
		out = sb_stemmer_stem(st, (const sb_symbol *)w, (int)(t->f1 - t->f0));
		hashes[i] = out ? tok_hash_str((const char *)out, (size_t)sb_stemmer_length(st)) : t->hash;
		stem_cache[k].word = t->hash;
		stem_cache[k].stem = hashes[i];
	}
}
