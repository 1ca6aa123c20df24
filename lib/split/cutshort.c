/* A paragraph cut short: the text of an article that stops in the
   middle of a sentence, as a page saved up to a size limit does.  What
   follows it in the same stream is another article's. */
#include <string.h>
#include <strings.h>

#include "split/doc.h"

/* NOEND words of split.tsv: no sentence and no headline ends on them
   (de, la, et, pour...). */
static char **noend;
static size_t nnoend;

void
cutshort_add_word(const char *w)
{
	noend = xrealloc(noend, (nnoend + 1) * sizeof *noend);
	noend[nnoend++] = xstrdup(w);
}

int
is_noend(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < nnoend; i++)
		if (strlen(noend[i]) == n && memcmp(noend[i], s, n) == 0)
			return 1;
	return 0;
}

/* A name broken off by a line break after a word in lower case ("son
   homologue algérien, Abdelmadjid / Tebboune"): the sentence goes on on
   the next line.  A run of capitalised words is a signature ("radio
   Métropole Haïti"), which ends its article. */
static int
broken_name(const char *s, size_t n, size_t w)
{
	int32_t c;
	size_t v;

	utf8_next(s + w, n - w, &c);
	if (!utf8_is_upper(c) || w < 2)
		return 0;
	for (v = w - 1; v > 0 && s[v - 1] != ' '; v--)
		;
	utf8_next(s + v, w - v, &c);
	return utf8_is_lower(c);
}

#define CREDIT_TAIL 40           /* bytes: "© iStock", "- Photo : VGP/Nhat Bac" */

/* A photo's caption ends on its credit ("... le 20 avril 2022. ©
   iStock", "... au Laos - Photo : VGP/Nhat Bac"), not in mid-sentence. */
static int
credited(const char *s, size_t n)
{
	size_t i, k;

	for (i = n; i >= 2 && n - i < CREDIT_TAIL; i--) {
		if ((unsigned char)s[i - 2] == 0xC2 && (unsigned char)s[i - 1] == 0xA9)
			return 1;
		/* "Photo :", "photo:", "PHOTO :" */
		if (n - i + 2 >= 6 && strncasecmp(s + i - 2, "photo", 5) == 0) {
			for (k = i + 3; k < n && s[k] == ' '; k++)
				;
			if (k < n && s[k] == ':')
				return 1;
		}
	}
	return 0;
}

/* The lone letter at s[w] follows an apostrophe that is no elision's:
   elided words are one or two letters (l', d', qu'), so "Ngo'o" is a
   name, whole. */
static int
name_part(const char *s, size_t w)
{
	size_t v, apos;

	if (w == 0 || s[w - 1] == ' ')
		return 0;
	apos = s[w - 1] == '\'' ? 1 : 3;       /* ' or U+2019 */
	if (w < apos)
		return 0;
	for (v = w - apos; v > 0 && s[v - 1] != ' '; v--)
		;
	return w - apos - v > 2;
}

int
cut_short(const char *s, size_t n)
{
	size_t b, w;
	int32_t c;

	if (n == 0)
		return 0;
	b = utf8_prev(s, n, &c);
	if (c == ',' || c == '-' || c == '\'' || c == 0x2019) {
		/* after a word: "RPG Arc-", "d'", not a dash on its own; an
		   apostrophe after a word in capitals closes a quoted subhead
		   ("'NO GRIEVANCES'"), unless the word is "L'" or "D'" */
		int quote = c != ',' && c != '-';
		size_t a;

		if (b == 0)
			return 0;
		a = utf8_prev(s, b, &c);
		if (quote && utf8_is_upper(c))
			return a == 0 || s[a - 1] == ' ';
		return utf8_is_lower(c) || utf8_is_upper(c);
	}
	if (!utf8_is_lower(c))
		return 0;
	/* the last word, with an elided article's apostrophe kept apart */
	for (w = b; w > 0 && s[w - 1] != ' ' && s[w - 1] != '\'' && (unsigned char)s[w - 1] != 0x99; w--)
		;
	if (broken_name(s, n, w) || credited(s, n))
		return 0;
	if (n >= CUT_SHORT_LONG)
		return 1;
	return (n - w == 1 && c != 'y' && !name_part(s, w)) || is_noend(s + w, n - w);
}
