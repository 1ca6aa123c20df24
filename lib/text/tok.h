/* The French tokenizer: words, numbers and punctuation, folded, hashed
   and stemmed. */
#ifndef MC_TOK_H
#define MC_TOK_H

#include "base/base.h"

enum tok_kind { T_WORD, T_NUM, T_PUNCT };

struct token {
	uint32_t b0, b1;        /* bytes in the sentence */
	uint32_t c0, c1;        /* code points in the sentence */
	uint32_t f0, f1;        /* folded form in the token list's arena */
	uint64_t hash;          /* of the folded form (or its stem) */
	uint8_t kind, upper, elided;
};

struct toklist {
	struct token *t;
	size_t n, cap;
	mc_buf fold;            /* folded forms, NUL-separated */
	const char *text;
};

void tokenize(struct toklist *tl, const char *s, size_t n);
void toklist_free(struct toklist *tl);
const char *tok_fold(const struct toklist *tl, size_t i);
/* Replace each word's hash by that of its Snowball French stem. */
void tok_stem(struct toklist *tl, uint64_t *hashes);
/* Token i, case and accents folded, is folded: write "a" for "à". */
int tok_is(const struct toklist *tl, size_t i, const char *folded);
/* Token i is one of the folded words of w, a list ending with NULL. */
int tok_is_one(const struct toklist *tl, size_t i, const char *const *w);

/* Token i is "de" in any form: de, du, des, d' ("du Mali", "des
   Comores", "d'Algérie"). */
int tok_is_de(const struct toklist *tl, size_t i);
/* Token i is a definite article in the singular: le, la, l'. */
int tok_is_article(const struct toklist *tl, size_t i);

/* A hash of the folded text s, as tokens are hashed. */
uint64_t tok_hash_str(const char *s, size_t n);

#endif
