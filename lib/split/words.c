/* The text above a seam, read back from its end to a word boundary. */
#include <string.h>

#include "split/words.h"

size_t
tail_from(const char *s, size_t n, size_t want)
{
	size_t from = n > want ? n - want : 0;

	while (from > 0 && from < n && s[from - 1] != ' ')
		from++;
	return from;
}

void
para_tail(char *const *para, size_t k, size_t want, void (*fn)(void *ctx, const char *s, size_t n), void *ctx)
{
	size_t len, from;

	while (k-- > 0 && want > 0) {
		len = strlen(para[k]);
		from = tail_from(para[k], len, want);
		fn(ctx, para[k] + from, len - from);
		want -= len - from < want ? len - from : want;
	}
}
