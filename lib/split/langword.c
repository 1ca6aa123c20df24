/* Languages told by their commonest words (data/lang.tsv).  A document
   plainly French by them needs no CLD2, which takes longer than
   splitting the whole document; and where CLD2 names one of two close
   languages that both have words listed, the words can overrule it. */
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "text/lex.h"

/* French as soon as 3 different words of the list have been seen and
   they make at least 1 word in 15 so far: on the dev split of
   tests/corpus every article is decided so, after 25 words on average
   (tests/lang/README.md). */
enum { MIN_DISTINCT = 3, ONE_IN = 15 };

/* An overruling language needs this many different words of its own in
   the sample, and more than twice as many words as the one CLD2 named:
   a clear majority, not a stray "y" or "o".  Chosen on the Spanish and
   Galician paragraphs of tests/lang/close.jsonl (see its README). */
enum { OVERRULE_DISTINCT = 2, OVERRULE_RATIO = 2 };

/* The languages with words in the list; the first is French. */
enum { MAX_LANGS = 16 };
static char langs[MAX_LANGS][8] = {"fr"};
static int nlangs = 1;

/* The words in an open-addressing table, hashed as read from text. */
struct word_slot { char *w; size_t n; int lang; };
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
put_word(const char *w, int lang)
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
				put_word(old[i].w, old[i].lang);
				free(old[i].w);
			}
		free(old);
	}
	for (i = tok_hash_str(w, strlen(w)) & (nslots - 1); slots[i].w; i = (i + 1) & (nslots - 1))
		;
	slots[i].w = xstrdup(w);
	slots[i].n = strlen(w);
	slots[i].lang = lang;
	nwords++;
	if (slots[i].n < shortest)
		shortest = slots[i].n;
	if (slots[i].n > longest)
		longest = slots[i].n;
	starts[(unsigned char)*w] = 1;
}

static int
lang_index(const char *code)
{
	int i;

	for (i = 0; i < nlangs; i++)
		if (!strcmp(langs[i], code))
			return i;
	return -1;
}

static int
word_line(char **f, int nf, const char *path, long line, void *ctx)
{
	int lang;

	(void)nf, (void)ctx;
	if (strcmp(f[1], "LANG") || strlen(f[2]) < 2 || strlen(f[2]) >= sizeof langs[0]) {
		mc_error(path, line, "expected word<TAB>LANG<TAB>language code");
		return 0;
	}
	if ((lang = lang_index(f[2])) < 0) {
		if (nlangs == MAX_LANGS) {
			mc_error(path, line, "more than 16 languages");
			return 0;
		}
		strcpy(langs[lang = nlangs++], f[2]);
	}
	put_word(f[0], lang);
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
   text writes them.  next_word() puts the next one in w (at most
   sizeof w - 1 bytes; a longer one is no word of the list) and returns
   its length, 0 at the end. */
static size_t
next_word(const char *s, size_t n, size_t *at, char w[32])
{
	size_t i = *at, len = 0;

	for (; i < n && !is_letter(s[i]); i++)
		;
	for (; i < n && is_letter(s[i]); i++)
		if (len < 32)
			w[len++] = (s[i] & 0x80) ? s[i] : (char)(s[i] | 0x20);
	*at = i;
	return len;
}

/* Returns 1 once the text is plainly French. */
int
french_scan(struct french_scan *sc, const char *s, size_t n)
{
	char w[32];
	size_t i = 0, len, j;
	long k;

	while ((len = next_word(s, n, &i, w)) > 0) {
		sc->tokens++;
		if (len == sizeof w || (k = find_word(w, len)) < 0 || slots[k].lang != 0)
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

/* CLD2 reads some plain Spanish as Galician, with full confidence (a
   known defect of its tables).  When it names a language that has words
   in the list, and another listed language has clearly more words in
   the same sample, that other one is the text's. */
const char *
langword_overrule(const char *named, const char *s, size_t n)
{
	size_t hits[MAX_LANGS] = {0}, distinct[MAX_LANGS] = {0}, i = 0, len;
	char w[32], *seen;
	int l = lang_index(named), m, best = -1;
	long k;

	if (l < 0)
		return named;
	seen = xcalloc(nslots ? nslots : 1, 1);
	while ((len = next_word(s, n, &i, w)) > 0) {
		if (len == sizeof w || (k = find_word(w, len)) < 0)
			continue;
		hits[slots[k].lang]++;
		if (!seen[k]) {
			seen[k] = 1;
			distinct[slots[k].lang]++;
		}
	}
	free(seen);
	for (m = 0; m < nlangs; m++)
		if (m != l && distinct[m] >= OVERRULE_DISTINCT &&
		    hits[m] > OVERRULE_RATIO * hits[l] && (best < 0 || hits[m] > hits[best]))
			best = m;
	return best < 0 ? named : langs[best];
}
