/* What a stream of text shows at the seam between two articles, and
   what a paragraph is: split.c cuts on these signs. */
#ifndef MC_SEAMS_H
#define MC_SEAMS_H

#include <regex.h>

#include "split/rules.h"

/* s and n without the spaces and no-break spaces at either end. */
void trim(const char **s, size_t *n);
/* Does the text end a sentence (., !, ?, a closing quote)? */
int ends_sentence(const char *s, size_t n);
/* A capital, a digit or an opening quote first. */
int starts_upper(const char *s, size_t n);
/* The DATELINE rule matching at the start of a paragraph, or NULL. */
struct rule *dateline(const char *s, size_t n, regmatch_t *m);
/* Where the next article starts inside a line glued from two files
   ("...fin.Début"), after para[0..npara), or 0. */
size_t glued_at(char *const *para, size_t npara, const char *s, size_t n);
/* Does s, just added after para[0..npara-1], stop in mid-sentence as an
   article cut short does (and not as text wrapped at a fixed width)? */
int article_cut_short(char *const *para, size_t npara, const char *s, size_t n);
/* Does s[j] begin a capital and a lower-case letter straight after a
   lower-case letter (with after_any: any letter, a digit or a closing
   bracket), with more after them: "magist|Le", "S.H|Affaire"? */
int case_seam_at(const char *s, size_t n, size_t j, int after_any);
/* What follows a seam begins an article: a headline or a dateline. */
int opens_article(const char *s, size_t n);
/* Where the next article starts inside s, a paragraph cut short in
   mid-word and glued to it ("...des magistLe président..."), or 0;
   para[0..npara-1] came before s. */
size_t glued_short_at(char *const *para, size_t npara, const char *s, size_t n);
/* Has one of the paragraphs ended a sentence yet? */
int has_body(char *const *para, size_t npara);
/* Where a headline of another article stands among the short lines
   above para[npara-1], a lead that restates it; 0 when none does.
   Furniture was dropped just above para[furniture_at - 1] (0: none
   was).  *at is where in that line it starts: past the end of the last
   article, glued to it when a file had no final newline. */
size_t headline_seam(char *const *para, size_t npara, size_t furniture_at, size_t *at);
/* Where the headline para[k] starts: at the page's title a few lines
   above, when that title holds its words ("Headline - Agency - site"),
   else at k. */
size_t page_title_above(char *const *para, size_t k);
/* Read the capitalised words that name no one (STOPCAP entries). */
int subject_load(const char *path);
/* Does s from j on name several people or places, one person in full,
   and none of those para[0..npara) and s up to j named (subject.c)? */
/* A line that signs an article off: initials, a source, an address, a name. */
int signature_line(const char *s, size_t n);
int new_subject_in(char *const *para, size_t npara, const char *s, size_t j, size_t n);
/* The lead of s after j goes on with people named in the paragraphs above. */
int same_subject_in(char *const *para, size_t npara, const char *s, size_t j, size_t n);

/* The whole of s is a site's name ("Chinhphu.vn"). */
int web_address(const char *s, size_t n);
/* A year (19xx, 20xx) in the last bytes of s. */
int year_near_end(const char *s, size_t n);
/* Another article's headline, or its snippet cut off with "...". */
int teaser(const char *s, size_t n);
/* Files glued by cat, each ending on its own line: para[0..npara) broke
   its paragraphs with blank lines (blanks: the last breaks, a bit each,
   1 for a blank line, newest lowest; nbreaks of them in all), then s
   came straight under its last sentence: is s the next file's headline,
   or a lead about other people? */
int spaced_seam(char *const *para, size_t npara, unsigned blanks, int nbreaks, const char *s, size_t n);

#endif
