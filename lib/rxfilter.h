/* Literal tests read from a POSIX extended regular expression, so that
   most strings are told apart without running it: the strings a match
   at the start must begin with, or one that every match contains.
   Syntax the reader does not follow gives no test, never a wrong one. */
#ifndef MC_RXFILTER_H
#define MC_RXFILTER_H

#include <stddef.h>

#define RXF_MAX 64              /* prefixes kept at most */
#define RXF_LEN 16              /* bytes of a prefix or of the literal */

struct rxfilter {
	int npre;               /* 0: no prefix test */
	char pre[RXF_MAX][RXF_LEN];
	unsigned char plen[RXF_MAX];
	/* sorted by first byte: those beginning with byte c are from[c] to
	   to[c] - 1, those beginning with a non-ASCII byte from high on */
	unsigned char from[256], to[256], high;
	char lit[RXF_LEN];
	size_t nlit;            /* 0: no literal test */
	int anchored;           /* can match differently at a string's start (^, \<...) */
	int backref;            /* \1 to \9: the pattern cannot be wrapped */
};

void rxf_read(struct rxfilter *f, const char *pattern);
/* 0 when the pattern has no match in s (n bytes); 1 when it may.
   fold: the pattern will read s in lower case (utf8_lower); the prefix
   test then compares case-blind, the literal test is left out. */
int rxf_may_match(const struct rxfilter *f, const char *s, size_t n, int fold);

#endif
