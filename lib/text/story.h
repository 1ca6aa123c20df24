/* A text's story fingerprint: copies of one dispatch, cut or lightly
   edited by each outlet, have fingerprints that agree. */
#ifndef MC_STORY_H
#define MC_STORY_H

#include "base/base.h"

#define STORY_BINS 256          /* MinHash bins, 2 bits kept of each */
#define STORY_WORDS (STORY_BINS / 32)
#define STORY_MIN_SHINGLES 24   /* fewer: too short to tell a copy */

struct story {
	uint64_t bits[STORY_WORDS];     /* the low 2 bits of each bin's minimum */
};

struct story_acc {
	uint32_t min[STORY_BINS];
	uint64_t w1, w2;        /* the last two words' hashes */
	size_t words, shingles;
};

void story_begin(struct story_acc *a);
/* Add a piece of the text, in order (sentences run on into each other). */
void story_add(struct story_acc *a, const char *text, size_t n);
/* 0 when the text is too short to have a fingerprint. */
int story_end(struct story_acc *a, struct story *out);

#define STORY_HEX (STORY_WORDS * 16 + 1)
void story_hex(const struct story *s, char out[STORY_HEX]);
int story_parse(const char *hex, struct story *s);      /* 0: not one */
/* Two fingerprints of copies of one text: their estimated resemblance
   (Jaccard index of word 3-shingles) is at least 0.3. */
#define STORY_AGREE 122
int story_same(const struct story *a, const struct story *b);

#endif
