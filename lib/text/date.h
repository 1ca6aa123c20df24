/* Dates: French expressions to ISO 8601 at the precision given. */
#ifndef MC_DATE_H
#define MC_DATE_H

#include "text/lex.h"

struct mc_date {
	int y, m, d;            /* m == 0: year only; d == 0: month only */
};

/* Load MONTH, WEEKDAY, RELDAY... from dates.tsv (once). */
int dates_load(void);
const struct lexicon *dates_lexicon(void);
/* A date written in tokens [i, n): sets *out and returns the tokens used,
   or 0.  Understands 11/05/2021, 2024-06(-03), [mardi] 25 novembre 2025,
   1er mai 2021, mai 2021. */
int date_at(const struct toklist *tl, size_t i, struct mc_date *out);
/* "12 courant", "5 du mois en cours": a day of the anchor's month;
   returns the tokens read (out->y is 0 without an anchor). */
int date_at_this_month(const struct toklist *tl, size_t i, const struct mc_date *anchor, struct mc_date *out);
/* A day and month without a year ("le 14 mars", "mardi 14 mars"): the
   year is the anchor's (a publication date), or the one before when the
   month is well past the anchor's; y is 0 without an anchor.  Returns the
   tokens used, or 0.  A firm anchor is the publication date; one taken
   from a date the article gives may be a year off, and a weekday then
   picks the year before or after that fits ("lundi 22 novembre").  An
   anchor of a year alone (month 0) gives a year only with a weekday:
   that year, the one before or the one after, whichever fits. */
int date_at_yearless(const struct toklist *tl, size_t i, const struct mc_date *anchor, int firm,
    struct mc_date *out);
/* Whether any date or date word can begin at token i: a number, or a
   word that begins an entry of dates.tsv. */
int date_may_start(const struct toklist *tl, size_t i);
/* First date anywhere in a string. */
int date_find(const char *s, struct mc_date *out);
/* First day and month without a year in a string, of the anchor's year
   ("29 octobre" under a marker of October 2019). */
int date_find_yearless(const char *s, const struct mc_date *anchor, struct mc_date *out);
/* The date in the path of a page's address, as news sites put it there
   (/2022/03/29/, /20180722-, /21-11-2023/, /2018/07/ for the month);
   the host and the query string are not read. */
int date_from_url(const char *url, struct mc_date *out);
void date_iso(const struct mc_date *d, char out[11]);
/* A date as records carry it: numeric (2021-05-11, 11/05/2021, 2024-06),
   with a time after it (2023-03-14T10:00:00Z), or RFC 2822 (Tue, 14 Mar
   2023 10:00:00 +0100). */
int date_parse_iso(const char *s, struct mc_date *out);
int date_weekday(int y, int m, int d);          /* 1 = Monday ... 7 = Sunday */
/* Latest weekday wd on or before anchor (day precision); 0 if it cannot. */
int date_resolve_weekday(const struct mc_date *anchor, int wd, struct mc_date *out);
void date_add_days(struct mc_date *d, int days);
/* Value of a token as WEEKDAY (1-7), MONTH (1-12) or RELDAY (a day
   offset plus RELDAY_BIAS, so that "hier" is not 0); 0 means none. */
#define RELDAY_BIAS 1000
int date_word(const struct toklist *tl, size_t i, const char *type, int *ntok);

#endif
