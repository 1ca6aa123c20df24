/* French sentence boundaries: a full stop, ! ? or … followed by a space
   and a capital, a digit or an opening quote — except after an
   abbreviation (M., Mme, S.M., n°...), an initial (J.), or inside
   « guillemets ». */
#include <string.h>

#include "split/doc.h"

static char **abbrevs;
static size_t *abbrev_len;
static size_t nabbrevs;

void
sent_add_abbrev(const char *a)
{
	abbrevs = xrealloc(abbrevs, (nabbrevs + 1) * sizeof *abbrevs);
	abbrev_len = xrealloc(abbrev_len, (nabbrevs + 1) * sizeof *abbrev_len);
	abbrev_len[nabbrevs] = strlen(a);
	abbrevs[nabbrevs++] = xstrdup(a);
}

static int
is_abbrev(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < nabbrevs; i++)
		if (abbrev_len[i] == n && memcmp(abbrevs[i], s, n) == 0)
			return 1;
	return 0;
}

static int
is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;
	int k = utf8_next(s + i, n - i, &cp);

	*len = (size_t)k;
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == 0x2009;
}

/* The word before a full stop at s[dot]: back to a space or bracket. */
static int
before_is_abbrev(const char *s, size_t dot)
{
	size_t b = dot;
	int32_t cp;

	/* a word of more than 32 bytes is no abbreviation: a glued run of
	   text with no space is not read back to its start at every stop */
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != '\xA0')
		if (dot - --b > 32)
			return 0;
	if (b < dot && s[b] == '\xC2')      /* a no-break space's lead byte */
		b++;
	/* an elided article is not part of the word: "l'art." */
	for (size_t q = b; q < dot; q++)
		if (s[q] == '\'' || ((unsigned char)s[q] == 0xE2 && q + 2 < dot
		    && (unsigned char)s[q + 2] == 0x99))
			b = q + (s[q] == '\'' ? 1 : 3);
	if (is_abbrev(s + b, dot - b))
		return 1;
	/* one capital letter: an initial, as in "J. Verlinden" */
	if (dot > b && utf8_next(s + b, dot - b, &cp) == (int)(dot - b) && utf8_is_upper(cp))
		return 1;
	return 0;
}

/* "... agirons. »": a closing guillemet after a full stop ends a sentence. */
static int
quote_ends_sentence(const char *s, size_t at)
{
	while (at > 0 && (s[at - 1] == ' ' || (unsigned char)s[at - 1] == 0xA0
	    || (unsigned char)s[at - 1] == 0xC2 || (unsigned char)s[at - 1] == 0xAF
	    || (unsigned char)s[at - 1] == 0x80 || (unsigned char)s[at - 1] == 0xE2))
		at--;
	return at > 0 && strchr(".!?", s[at - 1]) != NULL;
}

static int
starts_sentence(const char *s, size_t n, size_t i)
{
	int32_t cp;

	if (i >= n)
		return 1;
	utf8_next(s + i, n - i, &cp);
	return utf8_is_upper(cp) || (cp >= '0' && cp <= '9') || cp == 0xAB || cp == '"'
	    || cp == 0x201C || cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == '(' || cp == '['
	    || cp == '>' || cp == 0x2018 || cp == '\'';
}

static int
quotes_balanced(const char *s, size_t n)
{
	int open = 0, close = 0;
	const char *p = s, *end = s + n;

	while (p + 1 < end && (p = memchr(p, 0xC2, (size_t)(end - p - 1))) != NULL) {
		open += (unsigned char)p[1] == 0xAB;
		close += (unsigned char)p[1] == 0xBB;
		p++;
	}
	return open == close;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_BYTE(w, c) ((((w) ^ (c) * ONES) - ONES) & ~((w) ^ (c) * ONES) & HIGHS)

static int
is_stop(unsigned char c, int quotes)
{
	return c == '.' || c == '!' || c == '?' || (quotes && (c == 0xC2 || c == 0xE2));
}

/* The next byte from i that is a full stop, ! or ?, or with quotes the
   first byte of …, « or » too (no other byte can be: a valid sequence
   holds no lead byte but its first); n if none.  The rest are passed
   over undecoded, 8 at a time. */
size_t
sent_next_stop(const char *s, size_t n, size_t i, int quotes)
{
	uint64_t w;
	size_t end;

	while (i + 8 <= n) {
		memcpy(&w, s + i, 8);
		if (!(quotes && (w & HIGHS)) && !HAS_BYTE(w, '.') && !HAS_BYTE(w, '!')
		    && !HAS_BYTE(w, '?')) {
			i += 8;
			continue;
		}
		for (end = i + 8; i < end; i++)
			if (is_stop((unsigned char)s[i], quotes))
				return i;
	}
	for (; i < n; i++)
		if (is_stop((unsigned char)s[i], quotes))
			return i;
	return n;
}

size_t
sent_split(const char *s, size_t n, size_t *ends, size_t max)
{
	size_t i = 0, k = 0, j, sp, len;
	int depth = 0, use_quotes = quotes_balanced(s, n);
	int32_t cp;

	while (k + 1 < max && (i = sent_next_stop(s, n, i, 1)) < n) {
		len = (size_t)utf8_next(s + i, n - i, &cp);
		if (use_quotes && cp == 0xAB)
			depth++;
		if (use_quotes && cp == 0xBB && depth > 0)
			depth--;
		i += len;
		if (depth > 0 || !(cp == '.' || cp == '!' || cp == '?' || cp == 0x2026
		    || (cp == 0xBB && quote_ends_sentence(s, i - len))))
			continue;
		if (cp == '.' && before_is_abbrev(s, i - 1))
			continue;
		/* closing marks that belong to this sentence: ".", "»", ")" ... */
		j = i;
		for (;;) {
			size_t t = j;
			while (t < n && is_space_at(s, n, t, &sp) && t - j < 3)
				t += sp;
			if (t < n && (s[t] == '.' || s[t] == '!' || s[t] == '?' || s[t] == ')' || s[t] == '"'
			    || (t + 1 < n && (unsigned char)s[t] == 0xC2 && (unsigned char)s[t + 1] == 0xBB)
			    || (t + 2 < n && memcmp(s + t, "\xE2\x80\x9D", 3) == 0))) {
				if (s[t] != '.' && s[t] != '!' && s[t] != '?' && t > j && s[t] == ')')
					break;
				j = t + (size_t)utf8_next(s + t, n - t, &cp);
				if (use_quotes && cp == 0xBB && depth > 0)
					depth--;
				continue;
			}
			break;
		}
		if (j >= n) {
			i = j;
			break;
		}
		if (!is_space_at(s, n, j, &sp))
			continue;
		while (j < n && is_space_at(s, n, j, &sp))
			j += sp;
		if (!starts_sentence(s, n, j))
			continue;
		ends[k++] = j;
		i = j;
	}
	ends[k++] = n;
	return k;
}
