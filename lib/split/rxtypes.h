/* The literal tests of a regular expression (struct rxfilter), as
   rxfilter.c and rxspan.c read them from its text. */
#ifndef MC_RXTYPES_H
#define MC_RXTYPES_H

#include <stddef.h>

#define RXF_MAX 255             /* prefixes kept at most */
#define RXF_LEN 16              /* bytes of a prefix or of a literal */
#define RXF_NLIT 4              /* literals kept at most */

struct rxfilter {
	int npre;               /* 0: no prefix test */
	char pre[RXF_MAX][RXF_LEN];
	unsigned char plen[RXF_MAX];
	/* sorted by first byte: those beginning with byte c are from[c] to
	   to[c] - 1, those beginning with a non-ASCII byte from high on */
	unsigned char from[256], to[256], high;
	char lit[RXF_NLIT][RXF_LEN];
	unsigned char litlen[RXF_NLIT];
	int anchor[RXF_NLIT];   /* a rare ASCII byte of each, for fold; -1: none */
	int nlit;               /* 0: no literal test */
	unsigned char may[32];  /* bytes a match may hold, a bit each */
	int bounded;            /* may[] is known */
	int starts;             /* every branch begins with ^ */
	int anchored;           /* can match differently at a string's start (^, \<...) */
	int backref;            /* \1 to \9: the pattern cannot be wrapped */
};

/* Bytes of the UTF-8 character at p; 1 for a byte that starts none. */
static inline size_t
rxf_char_len(const char *p)
{
	unsigned char c = (unsigned char)*p;
	size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, i;

	for (i = 1; i < k; i++)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			return 1;
	return k;
}

#endif
