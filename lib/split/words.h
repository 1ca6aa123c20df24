/* The words of a stretch of text as the seam tests compare them: hashed
   over their folded letters, and read from the end of the paragraphs
   above a seam (words.c). */
#ifndef MC_WORDS_H
#define MC_WORDS_H

#include <stdint.h>

#include "base/base.h"

/* Words hashed as FNV-1a over their folded letters (headline.c,
   subject.c). */
#define FNV_OFFSET 14695981039346656037ULL
#define FNV_PRIME 1099511628211ULL

/* h carried on by letter c, case and accents folded; ASCII letters fold
   by themselves, for speed, and b is room for the folding of others.
   Inline: it runs on every letter headline_seam() compares. */
static inline uint64_t
hash_letter(uint64_t h, int32_t c, mc_buf *b)
{
	size_t j;

	if (c < 0x80)
		return (h ^ (uint64_t)(c | 32)) * FNV_PRIME;
	buf_clear(b);
	utf8_fold_char(c, b);
	for (j = 0; j < b->len; j++)
		h = (h ^ (unsigned char)b->s[j]) * FNV_PRIME;
	return h;
}

/* Where the last `want` bytes of s[0..n) begin, moved on to the first
   word boundary in them. */
size_t tail_from(const char *s, size_t n, size_t want);
/* fn(ctx, text, len) on the last `want` bytes of para[0..k), the last
   paragraph first, each read from its first word boundary. */
void para_tail(char *const *para, size_t k, size_t want,
    void (*fn)(void *ctx, const char *s, size_t n), void *ctx);

#endif
