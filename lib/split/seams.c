/* The signs of a seam between two articles in one stream of text: a
   dateline, a paragraph cut short, two files glued by cat without a
   newline ("...fin.Début"). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "split/doc.h"
#include "split/seams.h"

void
trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
	/* no-break spaces at either end */
	while (*n >= 2 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0)
		*s += 2, *n -= 2;
	while (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 && (unsigned char)(*s)[*n - 1] == 0xA0)
		*n -= 2;
}

#define DATELINE_MAX 120    /* bytes: "Rabat, le mercredi 12 septembre 2023 (MAP) - " fits */
#define LINE_MAX_BYTES 100  /* a dateline on a line of its own: "Rabat, le 12 juin 2023" */

/* Where a dateline in the head of a paragraph would end: after its dash
   ("Rabat — ", "Rabat, 12 juin 2023 (MAP)-") and the spaces after it; 0
   when the head has no dash after a space or a bracket, or before a
   space (a hyphen in "Aix-en-Provence" is none). */
static size_t
dash_end(const char *s, size_t n)
{
	size_t i, len;

	for (i = 0; i < n; i += len) {
		len = s[i] == '-' ? 1 : (!strncmp(s + i, "\xE2\x80\x94", 3) || !strncmp(s + i, "\xE2\x80\x93", 3)) ? 3 : 0;
		if (!len) {
			len = 1;
			continue;
		}
		if ((i > 0 && (s[i - 1] == ' ' || s[i - 1] == ')')) || (i + len < n && s[i + len] == ' ')) {
			for (i += len; i < n && (s[i] == ' ' || s[i] == '-'); i++)
				;
			return i;
		}
	}
	return 0;
}

/* Where "EREVAN, 28 MARS, ARMENPRESS. " would end: after the full stop
   of a word in capitals of three letters or more after a comma, and the
   spaces after it; 0 when the head has none. */
static size_t
agency_stop_end(const char *s, size_t n)
{
	size_t i, w;

	for (i = 0; i + 1 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ')
			continue;
		for (w = i; w > 0 && s[w - 1] >= 'A' && s[w - 1] <= 'Z'; w--)
			;
		if (i - w >= 3 && w >= 2 && s[w - 1] == ' ' && s[w - 2] == ',') {
			for (i++; i < n && s[i] == ' '; i++)
				;
			return i;
		}
	}
	return 0;
}

/* A dateline at the start of a paragraph.  Every dateline but a line
   of its own ends at a dash or an agency's name in capitals, so the
   search goes no further (regexec in a UTF-8 locale costs as much as the
   text it is given); a head with neither is searched only when short
   enough to be a line of its own. */
struct rule *
dateline(const char *s, size_t n, regmatch_t *m)
{
	struct rule_line l;
	struct rule *r;
	size_t look = dash_end(s, n < DATELINE_MAX ? n : DATELINE_MAX);

	if (!look)
		look = agency_stop_end(s, n < DATELINE_MAX ? n : DATELINE_MAX);

	if (!look && n > LINE_MAX_BYTES)
		return NULL;
	if (!look)
		look = n;
	rl_begin(&l, s, look);
	r = rule_find(&l, R_DATELINE, 0, m, 10);
	rl_end(&l);
	return r;
}

/* A capital, a digit or an opening quote: not the rest of a sentence broken by a stray
   line break ("le ministre de / l'Intérieur"). */
int
starts_upper(const char *s, size_t n)
{
	int32_t c;

	utf8_next(s, n, &c);
	return utf8_is_upper(c) || (c >= '0' && c <= '9') || c == '"' || c == 0xAB || c == 0x201C;
}

/* The paragraph just added stops mid-sentence, after article text: the
   article was cut short there.  Not in text wrapped at a fixed width,
   whose lines stop anywhere: there an earlier line of some length ends
   no sentence either (the first line, a headline, aside), and no line
   is longer than such text is wrapped at. */
int
article_cut_short(char *const *para, size_t npara, const char *s, size_t n)
{
	size_t i, len;
	int body = n >= CUT_SHORT_LONG;

	if (!cut_short(s, n))
		return 0;
	for (i = 0; i + 1 < npara; i++) {
		len = strlen(para[i]);
		if (ends_sentence(para[i], len))
			body = 1;
		else if (i > 0 && len >= 50 && n < WRAP_MAX && !strchr(":;", para[i][len - 1]))
			return 0;
	}
	return body;
}

/* What follows a seam begins an article: a headline (a short line that
   ends no sentence) or a dateline.  "l'Intérieur.Fernando Grande-Marlaska
   devrait ..." goes on with the paragraph, and is no seam. */
int
opens_article(const char *s, size_t n)
{
	regmatch_t m[10];

	/* a dateline is short: reading more of a long line costs, finds nothing */
	return (n < 200 && !ends_sentence(s, n)) || (dateline(s, n < 120 ? n : 120, m) && m[0].rm_so == 0);
}

/* Two lowercase letters, a sentence end and straight on a capital and a
   lowercase letter (or "M."), then the start of an article (a headline,
   a dateline, or a lead that names other people than para[0..npara)
   and s did): the end of one file glued to the start of the next. */
size_t
glued_at(char *const *para, size_t npara, const char *s, size_t n)
{
	size_t i, j;
	int32_t a, b, c, d;
	int la;

	for (i = 2; (i = sent_next_stop(s, n, i, 0)) + 2 < n; i++) {
		j = i + 1;
		la = utf8_next(s + j, n - j, &c);
		if (!utf8_is_upper(c) || j + (size_t)la >= n)
			continue;
		utf8_next(s + j + la, n - j - (size_t)la, &d);
		if (!utf8_is_lower(d) && !(c == 'M' && d == '.'))     /* "M. Laftit" */
			continue;
		/* the two characters before the stop */
		size_t k = utf8_prev(s, i, &b);
		if (k == 0)
			continue;
		utf8_prev(s, k, &a);
		if (!utf8_is_lower(a) || !utf8_is_lower(b))
			continue;
		/* not inside a web address or e-mail */
		for (k = i; k > 0 && s[k - 1] != ' '; k--)
			if (s[k - 1] == '/' || s[k - 1] == '@' || s[k - 1] == '.')
				break;
		if (k > 0 && s[k - 1] != ' ')
			continue;
		if (!opens_article(s + j, n - j) && !new_subject_in(para, npara, s, j, n))
			continue;
		return j;
	}
	return 0;
}

/* The token around s[i] is a word glued to a word, and the second one
   ends at a space: not an address, a handle or a hashtag
   ("pic.twitter.com/HpTl", "@SecBlinken", "aConakrylive.com").  */
static int
plain_word_at(const char *s, size_t n, size_t i)
{
	size_t a, b;

	for (a = i; a > 0 && s[a - 1] != ' '; a--)
		;
	for (b = i; b < n && s[b] != ' '; b++)
		;
	if (b == n)
		return 0;
	for (; a < b; a++)
		if (strchr("./@#()_", s[a]))
			return 0;
	return 1;
}

int
case_seam_at(const char *s, size_t n, size_t j, int after_any)
{
	int32_t a, b, c;
	size_t lb;

	if (j == 0 || j >= n)
		return 0;
	utf8_prev(s, j, &a);
	if (after_any ? !(utf8_is_alpha(a) || (a >= '0' && a <= '9') || a == ']' || a == ')')
	    : !utf8_is_lower(a))
		return 0;
	lb = (size_t)utf8_next(s + j, n - j, &b);
	if (!lb || j + lb >= n || !utf8_is_upper(b))
		return 0;
	utf8_next(s + j + lb, n - j - lb, &c);
	return utf8_is_lower(c);
}

/* The lower-case word that ends at s[i] is one no sentence ends on
   ("de", "au"): "la localité deTessit près de la région de Gao. Elle
   ...", a paragraph going on, is two words run together, as scraped
   text has them, not a file cut off there (the next file would open
   with a headline or a dateline). */
static int
glued_small_word(const char *s, size_t i)
{
	size_t a;

	for (a = i; a > 0 && s[a - 1] != ' ' && s[a - 1] != '\''; a--)
		;
	return is_noend(s + a, i - a);
}

/* A paragraph cut short in mid-word and glued to the next file's first
   line, in files with no final newline: "...au niveau des magistLe
   président béninois a reçu...".  Where the next article starts, at a
   lower-case letter straight on a capital and a lower-case letter, when
   the text before it is an article cut short; 0 when there is none. */
size_t
glued_short_at(char *const *para, size_t npara, const char *s, size_t n)
{
	size_t i;
	unsigned x, y;

	/* a byte scan finds the few places worth decoding: an ASCII
	   capital, or a capital of Latin-1 (É: C3 80 to C3 9E), after a
	   letter's last byte */
	for (i = 1; i + 2 < n; i++) {
		y = (unsigned char)s[i];
		if (y - 'A' > 'Z' - 'A' && y != 0xC3)
			continue;
		x = (unsigned char)s[i - 1];
		if ((y == 0xC3 && (unsigned char)s[i + 1] >= 0x9F) || !((x >= 'a' && x <= 'z') || x >= 0x80))
			continue;
		if (case_seam_at(s, n, i, 0) && plain_word_at(s, n, i)
		    && (opens_article(s + i, n - i) || (n - i >= CUT_SHORT_LONG && !glued_small_word(s, i)))
		    && article_cut_short(para, npara + 1, s, i))
			return i;
	}
	return 0;
}

int
ends_sentence(const char *s, size_t n)
{
	trim(&s, &n);
	return (n > 0 && strchr(".!?\"", s[n - 1]) != NULL)
	    || (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xBB);
}

/* Has the document a sentence of article text yet? */
int
has_body(char *const *para, size_t npara)
{
	size_t i;

	for (i = 0; i < npara; i++)
		if (ends_sentence(para[i], strlen(para[i])))
			return 1;
	return 0;
}

/* The whole of s is a site's name: "Chinhphu.vn", "www.aps.sn". */
int
web_address(const char *s, size_t n)
{
	size_t i, dot = 0;

	trim(&s, &n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.' && i > 0 && i + 2 < n)
			dot = i;
		else if (!(c == '-' || c == '.' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			return 0;
	}
	return dot > 0;
}

#define YEAR_TAIL 60     /* bytes: "Publié le samedi 30 novembre 2024 | APA" */

/* A year (19xx, 20xx) in the last bytes of s: a publication date at the
   end of a line has one, and most paragraphs have none there. */
int
year_near_end(const char *s, size_t n)
{
	size_t i = n > YEAR_TAIL ? n - YEAR_TAIL : 0;

	for (; i + 4 <= n; i++)
		if ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))
			if (s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
				return 1;
	return 0;
}

#define TEASER_HEADLINE_MAX 200  /* bytes: "Un ancien candidat de Koh-Lanta mis en examen: ..." */

/* Another article's headline, or its snippet cut off with "..." or "..", as a
   list of teasers under "Articles récents" gives them. */
int
teaser(const char *s, size_t n)
{
	trim(&s, &n);
	/* cut off with an ellipsis, or two full stops ("Le chef de..") */
	if (n >= 3 && (!strncmp(s + n - 2, "..", 2) || !strncmp(s + n - 3, "\xE2\x80\xA6", 3)))
		return 1;
	if (n >= TEASER_HEADLINE_MAX)
		return 0;
	/* a headline may end on a quotation: "X : « SONKO était ... WADE »" */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '"'))
		n--;
	if (n >= 2 && !strncmp(s + n - 2, "\xC2\xBB", 2)) {
		for (n -= 2; n > 0; n -= s[n - 1] == ' ' ? 1 : 2)
			if (s[n - 1] != ' ' && (n < 2 || strncmp(s + n - 2, "\xC2\xA0", 2)))
				break;
		return n > 0 && !strchr(".!?", s[n - 1]);
	}
	return !ends_sentence(s, n);
}

#define SPACED_BREAKS 2          /* blank-line breaks in a row that set a text's layout */
#define SPACED_ABOVE_MIN 400     /* bytes of article above such a seam */
#define SPACED_LAST_MIN 80       /* bytes of the paragraph just above it */

int
spaced_seam(char *const *para, size_t npara, unsigned blanks, int nbreaks, const char *s, size_t n)
{
	const char *last;

	if (nbreaks < SPACED_BREAKS || (blanks & ((1u << SPACED_BREAKS) - 1)) != (1u << SPACED_BREAKS) - 1
	    || !npara || !starts_upper(s, n))
		return 0;
	last = para[npara - 1];
	/* a paragraph's last sentence, not a caption's ("Instantané de la
	   rencontre. © D.R.") */
	if (strlen(last) < SPACED_LAST_MIN || !ends_sentence(last, strlen(last))
	    || strs_len(para, npara) < SPACED_ABOVE_MIN)
		return 0;
	/* a headline, or a lead about other people */
	return (n < TEASER_HEADLINE_MAX && !ends_sentence(s, n)) || new_subject_in(para, npara, s, 0, n);
}

#define SIGNATURE_MAX 40        /* bytes: "Source : icilome.com", "Jean-Clotaire DIATOU" */

/* A word of a signature: capitalised, or a short particle ("de", "ben"). */
static int
signature_word(const char *s, size_t n)
{
	int32_t c;

	utf8_next(s, n, &c);
	return utf8_is_upper(c) || n <= 3;
}

/* The line that signs an article off at its end: its agency's or
   author's initials ("AMI", "AC/Sf/APA", "S.H"), its source ("Source :
   icilome.com"), a site's address or handle, or its author's name of
   two to four words ("Didier Kéi"). */
int
signature_line(const char *s, size_t n)
{
	size_t i, w = 0, words = 0, upper = 0;

	trim(&s, &n);
	if (n == 0 || n > SIGNATURE_MAX || ends_sentence(s, n) || strchr(":;,", s[n - 1]))
		return 0;
	if (!strncasecmp(s, "source", 6) || memchr(s, '@', n) || web_address(s, n))
		return 1;
	/* initials: letters, full stops and slashes only, a capital first;
	   a word in capitals is an agency's of three or four letters ("AMI",
	   not "POLITIQUE", nor a photo's "DR") */
	for (i = 0; i < n && (isalpha((unsigned char)s[i]) || s[i] == '.' || s[i] == '/'); i++)
		upper += isupper((unsigned char)s[i]) != 0;
	if (i == n && isupper((unsigned char)s[0]) && upper >= 2
	    && ((n >= 3 && n <= 4) || ((memchr(s, '/', n) || memchr(s, '.', n)) && n <= 12)))
		return 1;
	/* a name: every word capitalised but its particles */
	for (i = 0; i <= n; i++) {
		if (i < n && s[i] != ' ')
			continue;
		if (i > w) {
			if (!signature_word(s + w, i - w))
				return 0;
			words++;
		}
		w = i + 1;
	}
	return words >= 2 && words <= 4;
}
