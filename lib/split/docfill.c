/* Filling a document: its sentences, its dropped lines, the date and
   dateline read from its text, the merging of two, and a stray headline
   folded into the article before it. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "split/rules.h"
#include "split/seams.h"

void
add_dropped(struct doc *d, const char *s, size_t n, const char *why)
{
	web_drop_push(&d->d, &d->nd, &d->cd, s, n, why);
}

void
add_sentence(struct doc *d, int p, const char *s, size_t n, int head)
{
	if (d->ns == d->cs) {
		d->cs = d->cs ? d->cs * 2 : 16;
		d->s = xrealloc(d->s, d->cs * sizeof *d->s);
	}
	d->s[d->ns].p = p;
	d->s[d->ns].text = xstrndup(s, n);
	d->s[d->ns].head = head;
	d->ns++;
}

void
set_date_from(struct doc *d, const char *s, const regmatch_t *m, int group)
{
	char *txt;

	if (group <= 0 || group > 9 || m[group].rm_so < 0)
		return;
	txt = xstrndup(s + m[group].rm_so, (size_t)(m[group].rm_eo - m[group].rm_so));
	/* "19 mars, 2021" as some sites write it is "19 mars 2021" */
	for (char *c = txt; (c = strchr(c, ',')); )
		memmove(c, c + 1, strlen(c));
	/* and "02 - Juillet - 2017" is "02 Juillet 2017" */
	for (char *c = txt; (c = strstr(c, " - ")); )
		memmove(c + 1, c + 3, strlen(c + 3) + 1);
	/* and "22. 07. 2018" is "22/07/2018" */
	for (char *c = txt; (c = strchr(c, '.')); c++)
		if (c > txt && c[-1] >= '0' && c[-1] <= '9') {
			*c = '/';
			if (c[1] == ' ')
				memmove(c + 1, c + 2, strlen(c + 1));
		}
	if (date_find(txt, &d->date))
		d->has_date = 1;
	free(txt);
}

/* "Rabat, 12 juin 2023 (MAP) - ": an agency dispatch dates itself, and
   tells the day of a month that a date marker gave alone. */
void
dateline_date(struct doc *d, const char *s, size_t len)
{
	struct mc_date day;
	char *head;

	if (d->has_date && d->date.d)
		return;
	head = xstrndup(s, len);
	/* "Bakou, 29 octobre, AZERTAC" under a marker of October 2019 */
	if ((date_find(head, &day) || (d->has_date && date_find_yearless(head, &d->date, &day)))
	    && (!d->has_date || (day.y == d->date.y && day.m == d->date.m))) {
		d->date = day;
		d->has_date = 1;
	}
	free(head);
}

/* A line that is all dateline ("Bakou, 29 octobre, AZERTAC") is no
   headline, though it ends with no full stop. */
int
whole_dateline(const char *s, size_t len)
{
	regmatch_t m[10];

	return dateline(s, len, m) && m[0].rm_so == 0 && (size_t)m[0].rm_eo == len;
}

/* The dropped lines of `from` go to `to`, after its own or, with
   before, ahead of them; `from` is freed. */
void
move_dropped(struct doc *to, struct doc *from, int before)
{
	struct web_drop *d = xmalloc((to->nd + from->nd + 1) * sizeof *d);
	struct doc *first = before ? from : to, *second = before ? to : from;

	if (first->nd)          /* a doc with none may have no array */
		memcpy(d, first->d, first->nd * sizeof *d);
	if (second->nd)
		memcpy(d + first->nd, second->d, second->nd * sizeof *d);
	free(to->d);
	to->d = d;
	to->nd = to->cd = first->nd + second->nd;
	from->nd = 0;
	if (!to->has_date && from->has_date) {
		to->date = from->date;
		to->has_date = 1;
	}
	if (!to->dateline && from->dateline) {
		to->dateline = from->dateline;
		from->dateline = NULL;
	}
	to->bad |= from->bad;
	doc_free(from);
}

#define HEADLINE_ALONE_MAX 300 /* bytes, as a headline is */
#define HEADLINE_ALONE_LINES 3

/* A document of a few short lines that end no sentence, after an article
   in the same stream: that article's headline again with its tags, or
   another's left without its text, is furniture of the article before
   ("Reprise des pourparlers ... à Jimaní" after the article, then
   "Publicité"). */
int
headline_alone(const struct doc *d)
{
	size_t i, n;

	if (d->ns == 0 || d->ns > HEADLINE_ALONE_LINES)
		return 0;
	for (i = 0; i < d->ns; i++) {
		n = strlen(d->s[i].text);
		if (n >= HEADLINE_ALONE_MAX || ends_sentence(d->s[i].text, n))
			return 0;
	}
	return 1;
}

#define SIGN_OFF_MAX 200 /* bytes: "Signé le Premier ministre, X." */

/* A dateline on a line of its own and one short sentence under an
   article: a communiqué's place, date and signature ("Bamako, le 11
   novembre 2022" / "Signé le Premier ministre ..."), not an article. */
int
sign_off(const struct doc *d)
{
	return d->dateline_alone && !d->title && d->ns == 1 && strlen(d->s[0].text) < SIGN_OFF_MAX;
}

/* The lines of such a document go to the article before, with why. */
void
fold_lines(struct doc *to, struct doc *from, const char *why)
{
	size_t i;

	for (i = 0; i < from->ns; i++)
		add_dropped(to, from->s[i].text, strlen(from->s[i].text), why);
	move_dropped(to, from, 0);
}
