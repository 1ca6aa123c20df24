/* A headline restated by the lead below it: news style writes the lead
   as the headline said at length, with its names and its verb, so a
   short line whose words come back in the next paragraph, and had not
   come in the text above, opens another article.  A subheading inside
   an article takes up what was said before it, or says little the
   paragraph below repeats. */
#include <stdint.h>
#include <string.h>

#include "split/doc.h"
#include "split/seams.h"
#include "split/words.h"

#define STEM_LETTERS 5          /* letters a word is compared on: "délégation" is "délégations" */
#define WORD_MIN 4              /* letters: shorter words are mostly articles, pronouns, de, sur */
#define HEAD_WORDS_MIN 5        /* words of a headline; fewer is a label, a subheading, a credit */
#define OPENING_WORDS 4         /* "Par ailleurs," "Au cours de l'entretien," */
#define HEAD_BYTES_MAX 200      /* longer, it is a paragraph */
#define HEAD_LINES_MAX 3        /* lines between the last sentence and the lead */
#define LEAD_BYTES_MIN 100      /* a lead is a paragraph, not another short line */
#define LEAD_WORDS 40           /* content words of the lead compared */
#define BEFORE_BYTES 1500       /* of the text above compared, some 150 content words */
#define BEFORE_WORDS 400        /* room for the content words of BEFORE_BYTES */
#define HEAD_WORDS_ROOM HEAD_BYTES_MAX  /* more than a short line's words */
#define LEAD_SHARE_MIN 0.4      /* of the headline's words in the lead */
#define TITLE_SHARE_MIN 0.8     /* of the headline's words in the page title above it */

struct words { uint64_t *h; size_t n, max; };

/* The folded content words of s, up to w->max, as FNV-1a hashes of their
   first STEM_LETTERS folded letters (a headline's plural is its lead's
   singular); words of WORD_MIN letters or more, so that no stopword list
   is needed.  ASCII letters fold by themselves, for speed. */
static void
content_words(struct words *w, const char *s, size_t n)
{
	mc_buf b = {0};
	uint64_t h = FNV_OFFSET;
	size_t i = 0, letters = 0;
	int32_t c = 0;
	int len;

	while (i <= n && w->n < w->max) {
		len = i < n ? utf8_next(s + i, n - i, &c) : 1;
		if (i < n && ((c < 0x80 && (c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0x80 && utf8_is_alpha(c)))) {
			if (letters < STEM_LETTERS)
				h = hash_letter(h, c, &b);
			letters++;
		} else {
			if (letters >= WORD_MIN)
				w->h[w->n++] = h;
			h = FNV_OFFSET;
			letters = 0;
		}
		i += (size_t)(len > 0 ? len : 1);
	}
	buf_free(&b);
}

/* The share of a's distinct words that are in b. */
static double
share_in(const struct words *a, const struct words *b)
{
	size_t i, j, k, seen = 0, found = 0;

	for (i = 0; i < a->n; i++) {
		for (k = 0; k < i && a->h[k] != a->h[i]; k++)
			;
		if (k < i)
			continue;
		seen++;
		for (j = 0; j < b->n && b->h[j] != a->h[i]; j++)
			;
		found += j < b->n;
	}
	return seen ? (double)found / (double)seen : 0;
}

/* A short line of some words that ends no sentence.  A comma in its
   first words is a sentence's opening ("Enfin, le ministre a conclu sa
   visite de tr", the last line of a page cut short), not a headline's. */
static int
headline_like(const char *s)
{
	size_t n = strlen(s), words = 0, i;

	if (n >= HEAD_BYTES_MAX || ends_sentence(s, n) || !starts_upper(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
		if (s[i] == ',' && words < OPENING_WORDS)
			return 0;
	}
	return words >= HEAD_WORDS_MIN;
}

/* A sentence's stop at the end of s, before any closing quote: a title
   may end on a quote ("veulent «consolider leurs relations»"), a
   paragraph of article text ends on a stop. */
static int
stops(const char *s, size_t n)
{
	int32_t c;
	size_t b;

	trim(&s, &n);
	while (n > 0) {
		b = utf8_prev(s, n, &c);
		if (c != '"' && c != 0xBB && c != 0x201D && c != ' ' && c != 0xA0)
			return c == '.' || c == '!' || c == '?';
		n = b;
	}
	return 0;
}

/* Article text above: a paragraph of some length that ends on a stop,
   not a lone "." or a title ending on a quote. */
static int
text_above(char *const *para, size_t k)
{
	size_t i, n;

	for (i = 0; i < k; i++)
		if ((n = strlen(para[i])) >= LEAD_BYTES_MIN && stops(para[i], n))
			return 1;
	return 0;
}

/* A line seen before in the document: a page's own furniture between
   its posts ("Team Liveblog"), not the end of one page and the start
   of another. */
static int
repeated(char *const *para, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (!strcmp(para[i], para[k]))
			return 1;
	return 0;
}

static void
add_content_words(void *w, const char *s, size_t n)
{
	content_words(w, s, n);
}

/* The content words of the last BEFORE_BYTES of para[0..k), read from
   the first word boundary in them. */
static void
words_before(struct words *w, char *const *para, size_t k)
{
	para_tail(para, k, BEFORE_BYTES, add_content_words, w);
}

/* The page's title often stands above its headline, with the site's
   name after it: the article starts there. */
static size_t
title_above(char *const *para, size_t k, const struct words *head)
{
	uint64_t th[HEAD_WORDS_ROOM];
	struct words title;
	size_t j;

	if (!head->n)
		return k;
	for (j = k; j-- > 1 && k - j <= HEAD_LINES_MAX; ) {
		if (ends_sentence(para[j], strlen(para[j])))
			break;
		title = (struct words){ th, 0, HEAD_WORDS_ROOM };
		content_words(&title, para[j], strlen(para[j]));
		if (share_in(head, &title) >= TITLE_SHARE_MIN)
			return j;
	}
	return k;
}

size_t
page_title_above(char *const *para, size_t k)
{
	uint64_t hh[HEAD_WORDS_ROOM];
	struct words head = { hh, 0, HEAD_WORDS_ROOM };

	content_words(&head, para[k], strlen(para[k]));
	return title_above(para, k, &head);
}

/* In a line with no final newline between two files, the end of one
   glued to the headline of the next: "S.HAffaire Ghosn : ...",
   "novembre 2023Est de la RDC", "[ Imprimer ]Les dirigeants".  The
   offset of the last such seam in s, a letter, a digit or a bracket
   straight on a capital and a lower-case letter, that leaves a
   headline after it; 0 when none does. */
static size_t
glue_in(const char *s)
{
	size_t n = strlen(s), j, at = 0;
	int32_t c;
	int len;

	for (j = 0; j < n; j += (size_t)len) {
		if ((len = utf8_next(s + j, n - j, &c)) <= 0)
			return at;
		if (case_seam_at(s, n, j, 1) && headline_like(s + j))
			at = j;
	}
	return at;
}

/* The length of the first sentence of s. */
static size_t
first_sentence(const char *s)
{
	size_t n = strlen(s), i = sent_next_stop(s, n, 0, 0);

	return i < n ? i + 1 : n;
}

/* Where among the last lines of para[0..npara-1] (the last one just
   added) a headline of another article stands, or 0. */
size_t
headline_seam(char *const *para, size_t npara, size_t furniture_at, size_t *at)
{
	uint64_t hh[HEAD_WORDS_ROOM], lh[LEAD_WORDS], bh[BEFORE_WORDS];
	struct words head, lead = { lh, 0, LEAD_WORDS }, before;
	const char *last;
	size_t k, lo, glued;
	double ahead;
	int subhead;

	if (npara < 3)
		return 0;
	last = para[npara - 1];
	if (strlen(last) < LEAD_BYTES_MIN)
		return 0;
	lo = npara > HEAD_LINES_MAX + 1 ? npara - 1 - HEAD_LINES_MAX : 1;
	for (k = npara - 1; k-- > lo; ) {
		if (ends_sentence(para[k], strlen(para[k])))
			return 0;
		if (!headline_like(para[k]) || repeated(para, k - 1))
			continue;
		glued = glue_in(para[k]);
		/* straight after a sentence a subheading sits, unless the
		   lead's first sentence speaks of other people than the text
		   above */
		subhead = ends_sentence(para[k - 1], strlen(para[k - 1])) && furniture_at != k + 1 && !glued;
		if (!text_above(para, k))
			return 0;
		if (!lead.n)    /* read only when a headline stands above */
			content_words(&lead, last, strlen(last));
		head = (struct words){ hh, 0, HEAD_WORDS_ROOM };
		content_words(&head, para[k], strlen(para[k]));
		if ((ahead = share_in(&head, &lead)) < LEAD_SHARE_MIN)
			continue;
		before = (struct words){ bh, 0, BEFORE_WORDS };
		words_before(&before, para, k);
		if (share_in(&head, &before) > ahead / 2)
			continue;
		if (subhead && !new_subject_in(para, k, last, 0, first_sentence(last)))
			continue;
		*at = glued;
		return glued ? k : title_above(para, k, &head);
	}
	return 0;
}
