/* Who a stretch of text is about: the proper names in it.  An article
   keeps coming back to its people and places, so a lead that names
   several, one of them in full, and none of those the text above named
   speaks of something else: one sign, among others, of the start of
   another article. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "split/seams.h"
#include "split/words.h"
#include "text/lex.h"

#define NAME_LETTERS_MIN 3      /* "Ali", "Rome"; shorter is "M", "Le" */
#define ACRONYM_LETTERS_MAX 6   /* "ONU", "CEDEAO"; longer in capitals, a headline's word */
#define STEM_LETTERS 5          /* "Corée" and "coréen", "Japon" and "japonais" */
#define LEAD_BYTES 400          /* of the new text: its lead sentence or two */
#define ABOVE_BYTES 6000        /* of the text above: the article so far */
#define WORDS_MAX 1024          /* room for the words of ABOVE_BYTES, some 900 */
#define NEW_NAMES_MIN 3         /* fewer names say too little of a subject */
#define ABOVE_NAMES_MIN 3

#define SLOTS 2048              /* a power of two, above WORDS_MAX */

struct names {
	uint64_t h[WORDS_MAX];  /* stems, each once */
	unsigned char name[WORDS_MAX];  /* the stem of a name, not only of a word */
	short slot[SLOTS];      /* open addressing: stem -> 1 + its index in h */
	size_t n, names;
	int full_name;          /* two capitalised words in a row */
};

/* Capitalised words that name no one (Ministre, Président, Sommet):
   the STOPCAP entries of data/lexicon/functionwords.tsv, sorted. */
static uint64_t *not_names;
static size_t nnot_names;

/* The folded word s[0..n), its letters only, hashed whole and by its
   first STEM_LETTERS letters; returns its letters.  b is room for
   folding. */
static size_t
word_hash(const char *s, size_t n, uint64_t *whole, uint64_t *stem, mc_buf *b)
{
	uint64_t h = FNV_OFFSET;
	size_t i, letters = 0;
	int32_t c;
	int len;

	*stem = h;
	for (i = 0; i < n; i += (size_t)(len > 0 ? len : 1)) {
		len = utf8_next(s + i, n - i, &c);
		h = hash_letter(h, c, b);
		if (++letters == STEM_LETTERS)
			*stem = h;
	}
	if (letters < STEM_LETTERS)
		*stem = h;
	*whole = h;
	return letters;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

static int
not_name_line(char **f, int nf, const char *path, long line, void *ctx)
{
	uint64_t whole, stem;
	mc_buf b = {0};

	(void)nf, (void)path, (void)line, (void)ctx;
	if (strcmp(f[1], "STOPCAP") != 0)
		return 1;
	word_hash(f[0], strlen(f[0]), &whole, &stem, &b);
	buf_free(&b);
	not_names = xrealloc(not_names, (nnot_names + 1) * sizeof *not_names);
	not_names[nnot_names++] = whole;
	return 1;
}

int
subject_load(const char *path)
{
	int ok = tsv_each(path, not_name_line, NULL);

	qsort(not_names, nnot_names, sizeof *not_names, cmp_u64);
	return ok;
}

static void
names_clear(struct names *w)
{
	memset(w->slot, 0, sizeof w->slot);
	w->n = w->names = 0;
	w->full_name = 0;
}

static void
note_word(struct names *w, uint64_t h, int name)
{
	size_t at = (size_t)(h ^ h >> 32) & (SLOTS - 1), i;

	while (w->slot[at] && w->h[w->slot[at] - 1] != h)
		at = (at + 1) & (SLOTS - 1);
	if (!w->slot[at]) {
		if (w->n == WORDS_MAX)
			return;
		w->h[w->n] = h;
		w->name[w->n] = 0;
		w->slot[at] = (short)++w->n;
	}
	i = (size_t)w->slot[at] - 1;
	if (name && !w->name[i]) {
		w->name[i] = 1;
		w->names++;
	}
}

/* 1 + the index of stem h in w, or 0 when w does not hold it. */
static size_t
stem_index(const struct names *w, uint64_t h)
{
	size_t at = (size_t)(h ^ h >> 32) & (SLOTS - 1);

	while (w->slot[at] && w->h[w->slot[at] - 1] != h)
		at = (at + 1) & (SLOTS - 1);
	return (size_t)w->slot[at];
}

static int
holds_stem(const struct names *w, uint64_t h)
{
	return stem_index(w, h) != 0;
}

/* Marks a name may stand behind without beginning a sentence: spaces,
   quotes, brackets, and the apostrophe and hyphen inside a word
   ("l'Intérieur", "Grande-Marlaska"). */
static int
see_through(int32_t c)
{
	return c == ' ' || c == 0xA0 || c == '\'' || c == 0x2019 || c == '-' || c == '"'
	    || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == '(' || c == ')';
}

static int
stops_sentence(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == ':';
}

/* The words of s that begin with a capital, do not begin a sentence and
   are no office or title (with every_word, all words of STEM_LETTERS
   letters or more too), by their stems: names of people, places and
   bodies, which the text above may have given as an adjective ("la
   Corée", "le ministre sud-coréen"). */
static void
proper_names(struct names *w, const char *s, size_t n, int every_word)
{
	uint64_t whole, stem;
	mc_buf b = {0};
	size_t i = 0, start, letters;
	int32_t c = 0, last = '.';      /* the last mark before a word: a paragraph opens one */
	int len, capital, lower, name, capital_before = 0;

	while (i < n) {
		len = utf8_next(s + i, n - i, &c);
		if (len <= 0)
			len = 1;
		if (!utf8_is_alpha(c)) {
			if (!see_through(c))
				last = c;
			if (c != ' ')
				capital_before = 0;
			i += (size_t)len;
			continue;
		}
		capital = utf8_is_upper(c);
		lower = 0;
		for (start = i; i < n && (len = utf8_next(s + i, n - i, &c)) > 0 && utf8_is_alpha(c); i += (size_t)len)
			lower |= utf8_is_lower(c);
		letters = word_hash(s + start, i - start, &whole, &stem, &b);
		/* a word in capitals is a name when short, an acronym ("OTAN",
		   "BCIJ"); longer, it is a headline's or a signature's */
		name = capital && !stops_sentence(last) && letters >= NAME_LETTERS_MIN
		    && (lower || letters <= ACRONYM_LETTERS_MAX)
		    && !bsearch(&whole, not_names, nnot_names, sizeof *not_names, cmp_u64);
		if (name || (every_word && letters >= STEM_LETTERS))
			note_word(w, stem, name);
		/* two capitalised words in a row: a person given in full, as
		   a lead introduces one ("Ahmed Attaf", "Gen Nakatani") */
		capital &= lower;
		if (capital && capital_before)
			w->full_name = 1;
		capital_before = capital && letters >= NAME_LETTERS_MIN && i < n && s[i] == ' ';
		last = 'a';
	}
	buf_free(&b);
}

static void
add_words(void *w, const char *s, size_t n)
{
	proper_names(w, s, n, 1);
}

/* Enough names on both sides, a person in full in the lead, and no name
   of the lead above. */
static int
disjoint(const struct names *lead, const struct names *above)
{
	size_t i;

	if (lead->names < NEW_NAMES_MIN || !lead->full_name || above->names < ABOVE_NAMES_MIN)
		return 0;
	for (i = 0; i < lead->n; i++)
		if (holds_stem(above, lead->h[i]))
			return 0;
	return 1;
}

int
new_subject_in(char *const *para, size_t npara, const char *s, size_t j, size_t n)
{
	struct names lead, above;
	size_t from;

	names_clear(&lead);
	proper_names(&lead, s + j, n - j < LEAD_BYTES ? n - j : LEAD_BYTES, 0);
	if (lead.names < NEW_NAMES_MIN || !lead.full_name)
		return 0;
	/* the line before the seam, then the paragraphs above it, up to
	   ABOVE_BYTES in all: a line glued from many files is read no
	   further back at each of its stops */
	from = tail_from(s, j, ABOVE_BYTES);
	names_clear(&above);
	proper_names(&above, s + from, j - from, 1);
	if (from == 0)
		para_tail(para, npara, ABOVE_BYTES - j, add_words, &above);
	return disjoint(&lead, &above);
}

#define SAME_NAMES_MIN 2        /* "Choïgou" and "Austin" */

/* A person in full in the lead after j, and SAME_NAMES_MIN of its names
   named in the text above: the lead goes on with the same people
   ("MOSCOU, 13 mai (Xinhua) -- Le ministre russe de la Défense Sergueï
   Choïgou et ... Lloyd Austin", under a summary that named both). */
int
same_subject_in(char *const *para, size_t npara, const char *s, size_t j, size_t n)
{
	struct names lead, above;
	size_t i, k, same = 0;

	names_clear(&lead);
	proper_names(&lead, s + j, n - j < LEAD_BYTES ? n - j : LEAD_BYTES, 0);
	if (!lead.full_name)
		return 0;
	names_clear(&above);
	para_tail(para, npara, ABOVE_BYTES, add_words, &above);
	for (i = 0; i < lead.n; i++)
		if (lead.name[i] && (k = stem_index(&above, lead.h[i])))
			same += above.name[k - 1];
	return same >= SAME_NAMES_MIN;
}
