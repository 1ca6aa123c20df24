/* The bytes a match of a regular expression may hold (rxspan.c). */
#ifndef MC_RXSPAN_H
#define MC_RXSPAN_H

#include "split/rxtypes.h"

/* Sets may[] and bounded; anything not read: no set. */
void rxf_read_bytes(struct rxfilter *f, const char *pattern);
/* How far from s[0] a match may reach: to the first byte no match
   holds.  Given that much, regexec finds the same match at s[0]. */
size_t rxf_span(const struct rxfilter *f, const char *s, size_t n);

#endif
