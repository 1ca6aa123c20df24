/* A document plainly French by its commonest words (data/lang.tsv).
   CLD2 takes longer than splitting the whole document, so mc-split asks
   it only about the documents this leaves in doubt. */
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "text/lex.h"

/* French as soon as 3 different words of the list have been seen and
   they make at least 1 word in 15 so far: on the dev split of
   tests/corpus every article is decided so, after 25 words on average
   (tests/lang/README.md). */
enum { MIN_DISTINCT = 3, ONE_IN = 15 };

/* The words in an open-addressing table, hashed as read from text. */
struct word_slot { char *w; size_t n; };
static struct word_slot *slots;
static size_t nslots, nwords, shortest = (size_t)-1, longest;
static unsigned char starts[256];     /* first bytes of the words */

static long
find_word(const char *w, size_t n)
{
	size_t i;

	/* most words of a text are none of the list's: most are told so by
	   their length or first letter, without hashing */
	if (n < shortest || n > longest || !starts[(unsigned char)*w])
		return -1;
	for (i = tok_hash_str(w, n) & (nslots - 1); slots[i].w; i = (i + 1) & (nslots - 1))
		if (slots[i].n == n && !memcmp(slots[i].w, w, n))
			return (long)i;
	return -1;
}

static void
put_word(const char *w)
{
	struct word_slot *old = slots;
	size_t i, n = nslots;

	if (find_word(w, strlen(w)) >= 0)
		return;
	if ((nwords + 1) * 2 > nslots) {        /* at most half full */
		nslots = nslots ? nslots * 2 : 64;
		slots = xcalloc(nslots, sizeof *slots);
		nwords = 0;
		for (i = 0; i < n; i++)
			if (old[i].w) {
				put_word(old[i].w);
				free(old[i].w);
			}
		free(old);
	}
	for (i = tok_hash_str(w, strlen(w)) & (nslots - 1); slots[i].w; i = (i + 1) & (nslots - 1))
		;
	slots[i].w = xstrdup(w);
	slots[i].n = strlen(w);
	nwords++;
	if (slots[i].n < shortest)
		shortest = slots[i].n;
	if (slots[i].n > longest)
		longest = slots[i].n;
	starts[(unsigned char)*w] = 1;
}

static int
word_line(char **f, int nf, const char *path, long line, void *ctx)
{
	(void)nf, (void)ctx;
	if (strcmp(f[1], "LANG") || strcmp(f[2], "fr")) {
		mc_error(path, line, "expected word<TAB>LANG<TAB>fr");
		return 0;
	}
	put_word(f[0]);
	return 1;
}

int
langword_load(const char *path)
{
	return tsv_each(path, word_line, NULL);
}

/* A letter: ASCII ones and every byte of a non-ASCII character. */
static int
is_letter(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 0x80 || (unsigned char)((u | 0x20) - 'a') < 26;
}

/* Words are runs of ASCII letters and non-ASCII bytes (accented
   letters), lowercased in ASCII only: the list holds words as running
   text writes them.  Returns 1 once the text is plainly French. */
int
french_scan(struct french_scan *sc, const char *s, size_t n)
{
	char w[32];
	size_t i = 0, len, j;
	long k;

	while (i < n) {
		for (; i < n && !is_letter(s[i]); i++)
			;
		for (len = 0; i < n && is_letter(s[i]); i++)
			if (len < sizeof w)
				w[len++] = (s[i] & 0x80) ? s[i] : (char)(s[i] | 0x20);
		if (len == 0)
			break;
		sc->tokens++;
		if (len == sizeof w || (k = find_word(w, len)) < 0)
			continue;
		sc->hits++;
		for (j = 0; j < sc->distinct && sc->seen[j] != k; j++)
			;
		if (j == sc->distinct && sc->distinct < MIN_DISTINCT)
			sc->seen[sc->distinct++] = k;
		if (sc->distinct == MIN_DISTINCT && sc->hits * ONE_IN >= sc->tokens)
			return 1;
	}
	return 0;
}
