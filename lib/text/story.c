/* Story fingerprints: b-bit MinHash (Li and König, 2010) of the text's
   word 3-shingles, words and numbers only, so that the quotes,
   apostrophes and dashes an outlet changes do not count.  One hash a
   shingle, its top bits choosing one of 256 bins (one permutation
   hashing, Li, Owen and Zhang 2012), keeps the cost of a night's
   harvest low; an empty bin takes the next full bin's minimum (Shrivastava
   and Li 2014).  Two bits of each minimum fit in 512 bits, small enough
   to ride on every event. */
#include <ctype.h>
#include <string.h>

#include "text/story.h"

void
story_begin(struct story_acc *a)
{
	memset(a, 0, sizeof *a);
	memset(a->min, 0xff, sizeof a->min);
}

static void
shingle(struct story_acc *a, uint64_t x)
{
	uint64_t h = mix64(x);
	size_t bin = (size_t)(h >> 56);         /* 8 bits: STORY_BINS */
	uint32_t v = (uint32_t)h;

	if (v < a->min[bin])
		a->min[bin] = v;
	a->shingles++;
}

/* What a byte is to the scan: 0 a separator, else the byte as it is
   hashed (ASCII letters lower-cased).  Words are ASCII letters and
   digits and the letters of other scripts; the lead bytes 0xc2 (no-break
   space, guillemets) and 0xe2 (curly quotes, dashes, ellipsis) start
   punctuation, which outlets change when they copy. */
static unsigned char word_byte[256];

static void
word_bytes_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		word_byte[c] = c >= 0x80 ? (c != 0xc2 && c != 0xe2 ? c : 0) : isalnum(c) ? tolower(c) : 0;
}

/* A byte scan, for speed: a full tokenizer would cost mc-split a third
   of its time.  A punctuation character's continuation bytes are
   skipped with it. */
void
story_add(struct story_acc *a, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	uint64_t h;

	if (!word_byte['a'])
		word_bytes_init();
	while (i < n) {
		if (!word_byte[s[i]]) {
			for (i++; i < n && (s[i] & 0xc0) == 0x80; i++)
				;
			continue;
		}
		for (h = 0; i < n && word_byte[s[i]]; i++)
			h = (h << 5 | h >> 59) ^ word_byte[s[i]];
		h = mix64(h);
		if (a->words >= 2)
			shingle(a, a->w2 * 31 + a->w1 * 17 + h);
		a->w2 = a->w1;
		a->w1 = h;
		a->words++;
	}
}

int
story_end(struct story_acc *a, struct story *out)
{
	size_t k, j;
	uint32_t v;

	memset(out, 0, sizeof *out);
	if (a->shingles < STORY_MIN_SHINGLES)
		return 0;
	for (k = 0; k < STORY_BINS; k++) {
		/* an empty bin borrows from the next full one, rotating */
		for (j = k; a->min[j % STORY_BINS] == UINT32_MAX; j++)
			;
		v = a->min[j % STORY_BINS] + (uint32_t)(j - k) * 0x9E3779B9u;
		out->bits[k / 32] |= (uint64_t)(v & 3) << (2 * (k % 32));
	}
	return 1;
}

void
story_hex(const struct story *s, char out[STORY_HEX])
{
	int w;

	for (w = 0; w < STORY_WORDS; w++)
		snprintf(out + 16 * w, STORY_HEX - 16 * w, "%016llx", (unsigned long long)s->bits[w]);
}

static int
hex_word(const char *h, uint64_t *w)
{
	int i, d;

	*w = 0;
	for (i = 0; i < 16; i++) {
		d = h[i] >= '0' && h[i] <= '9' ? h[i] - '0' : h[i] >= 'a' && h[i] <= 'f' ? h[i] - 'a' + 10 : -1;
		if (d < 0)
			return 0;
		*w = *w << 4 | (uint64_t)d;
	}
	return 1;
}

int
story_parse(const char *hex, struct story *s)
{
	int w;

	if (strlen(hex) != STORY_HEX - 1)
		return 0;
	for (w = 0; w < STORY_WORDS; w++)
		if (!hex_word(hex + 16 * w, &s->bits[w]))
			return 0;
	return 1;
}

/* Of 256 pairs of 2 bits, a share P agree; with resemblance R, P is
   1/4 + 3/4 R by chance and by copy.  STORY_AGREE pairs is R 0.3.  On
   the syndication set's dev split, agency copies agree on 129 to 248
   pairs, reports of different meetings on 65 +- 9, at most 110. */
static int
story_agree(const struct story *a, const struct story *b)
{
	int agree = 0, w;
	uint64_t x;

	for (w = 0; w < STORY_WORDS; w++) {
		x = ~(a->bits[w] ^ b->bits[w]);
		agree += __builtin_popcountll(x & x >> 1 & 0x5555555555555555ULL);
	}
	return agree;
}

int
story_same(const struct story *a, const struct story *b)
{
	return story_agree(a, b) >= STORY_AGREE;
}
