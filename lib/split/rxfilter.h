/* Literal tests read from a POSIX extended regular expression, so that
   most strings are told apart without running it: the strings a match
   at the start must begin with, or some that every match contains.
   Syntax the reader does not follow gives no test, never a wrong one. */
#ifndef MC_RXFILTER_H
#define MC_RXFILTER_H

#include "split/rxspan.h"

void rxf_read(struct rxfilter *f, const char *pattern);
/* 0 when the pattern has no match in s (n bytes); 1 when it may.
   fold: the pattern will read s in lower case (utf8_lower); the tests
   then compare case-blind, any non-ASCII byte standing for any other. */
int rxf_may_match(const struct rxfilter *f, const char *s, size_t n, int fold);

#endif
