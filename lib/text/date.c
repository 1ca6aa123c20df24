/* French dates.  Month and weekday names come from data/lexicon/dates.tsv. */
#include <stdlib.h>
#include <string.h>

#include "text/date.h"

static struct lexicon dates;
static int loaded;

static int
keep_date(const char *type)
{
	return !strcmp(type, "MONTH") || !strcmp(type, "WEEKDAY") || !strcmp(type, "RELDAY")
	    || !strcmp(type, "SEASON") || !strcmp(type, "RELMARK") || !strcmp(type, "THISMONTH")
	    || !strcmp(type, "MONTHABBR") || !strcmp(type, "DATENAME");
}

int
dates_load(void)
{
	char *path;
	int ok;

	if (loaded)
		return 1;
	loaded = 1;
	path = data_path("lexicon/dates.tsv");
	ok = lex_load(&dates, path, keep_date);
	free(path);
	return ok;
}

const struct lexicon *dates_lexicon(void) { return &dates; }

static int
type_ok(const struct lex_entry *e, void *ctx)
{
	return strcmp(e->type, ctx) == 0;
}

int
date_word(const struct toklist *tl, size_t i, const char *type, int *ntok)
{
	int e, k;

	e = lex_match(&dates, tl, NULL, i, type_ok, (void *)type, &k);
	if (e < 0)
		return 0;
	*ntok = k;
	return atoi(dates.e[e].value) + (strcmp(type, "RELDAY") == 0 ? RELDAY_BIAS : 0);
}

int
date_may_start(const struct toklist *tl, size_t i)
{
	return i < tl->n && (tl->t[i].kind == T_NUM || lex_starts(&dates, tl->t[i].hash));
}

static int
days_in(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

static int
valid(int y, int m, int d)
{
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 0 && d <= days_in(y, m);
}

/* dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, yyyy-mm in one token */
static int
numeric_date(const char *s, struct mc_date *out)
{
	int a, b, c, n = 0;
	char s1, s2;

	if (sscanf(s, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) == 5 && s[n] == '\0' && s1 == s2
	    && strchr("/.-", s1)) {
		if (a > 999 && valid(a, b, c) && c > 0)
			return *out = (struct mc_date){a, b, c}, 1;
		if (c < 100)
			c += 2000;
		if (valid(c, b, a) && a > 0)
			return *out = (struct mc_date){c, b, a}, 1;
		return 0;
	}
	if (sscanf(s, "%d-%d%n", &a, &b, &n) == 2 && s[n] == '\0' && a > 999 && valid(a, b, 0))
		return *out = (struct mc_date){a, b, 0}, 1;
	return 0;
}

/* "Tue, 14 Mar 2023 10:00:00 +0100", the date of RSS feeds and mail. */
static int
rfc2822_date(const char *s, struct mc_date *out)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char mon[4];
	const char *m;
	int d, y, n = 0;

	if (strlen(s) > 5 && s[3] == ',')
		s += 4;
	if (sscanf(s, " %2d %3s %4d%n", &d, mon, &y, &n) != 3 || strlen(mon) != 3)
		return 0;
	if (!(m = strstr(months, mon)) || (m - months) % 3 != 0 || !valid(y, (int)(m - months) / 3 + 1, d) || d < 1)
		return 0;
	*out = (struct mc_date){y, (int)(m - months) / 3 + 1, d};
	return 1;
}

int
date_parse_iso(const char *s, struct mc_date *out)
{
	char day[11];

	if (numeric_date(s, out))
		return 1;
	/* a time after the day, as feeds and crawlers write it:
	   "2023-03-14T10:00:00Z", "2023-03-14 10:00:00" */
	if (strlen(s) > 10 && (s[10] == 'T' || s[10] == ' ') && s[4] == '-') {
		memcpy(day, s, 10);
		day[10] = '\0';
		return numeric_date(day, out);
	}
	return rfc2822_date(s, out);
}

static int
year_at(const struct toklist *tl, size_t i)
{
	const char *f;
	int y;

	if (i >= tl->n || tl->t[i].kind != T_NUM)
		return 0;
	f = tok_fold(tl, i);
	if (strlen(f) != 4)
		return 0;
	y = atoi(f);
	return y >= 1900 && y <= 2999 ? y : 0;
}

/* "[mardi] 25 novembre", "1er mai", "mai": the day (0 when none) and
   month from token i; sets *j past them.  0 when there is no month, or a
   weekday without a day. */
static int
day_month_at(const struct toklist *tl, size_t i, size_t *j, int *d, int *weekday)
{
	int k, m, wd;

	*j = i;
	*d = 0;
	if ((*weekday = wd = date_word(tl, *j, "WEEKDAY", &k)))
		*j += (size_t)k;
	if (*j < tl->n && tl->t[*j].kind == T_NUM) {
		*d = atoi(tok_fold(tl, *j));    /* "1er" reads as 1 */
		if (*d < 1 || *d > 31)
			return 0;
		(*j)++;
	}
	/* "21 jan 2019": an abbreviation with no full stop is a month only
	   between a day and a year ("sept" is also seven, "Jan" a name) */
	if (!(m = date_word(tl, *j, "MONTH", &k)) && *d
	    && (m = date_word(tl, *j, "MONTHABBR", &k)) && !year_at(tl, *j + (size_t)k))
		m = 0;
	if (!m || (*d == 0 && wd))
		return 0;
	*j += (size_t)k;
	return m;
}

int
date_at(const struct toklist *tl, size_t i, struct mc_date *out)
{
	size_t j;
	int m, d, y, wd;

	if (i >= tl->n)
		return 0;
	if (tl->t[i].kind == T_NUM && numeric_date(tok_fold(tl, i), out))
		return 1;
	if (!(m = day_month_at(tl, i, &j, &d, &wd)) || !(y = year_at(tl, j)) || !valid(y, m, d))
		return 0;
	*out = (struct mc_date){y, m, d};
	return (int)(j + 1 - i);
}

int
date_at_this_month(const struct toklist *tl, size_t i, const struct mc_date *anchor, struct mc_date *out)
{
	int d, k;

	if (i + 1 >= tl->n || tl->t[i].kind != T_NUM || !date_word(tl, i + 1, "THISMONTH", &k))
		return 0;
	d = atoi(tok_fold(tl, i));      /* "1er" reads as 1 */
	if (d < 1 || d > 31)
		return 0;
	*out = (struct mc_date){0, 0, 0};
	if (anchor && anchor->y && anchor->m && valid(anchor->y, anchor->m, d))
		*out = (struct mc_date){anchor->y, anchor->m, d};
	return 1 + k;
}

int
date_at_yearless(const struct toklist *tl, size_t i, const struct mc_date *anchor, int firm,
    struct mc_date *out)
{
	size_t j;
	int m, d, y, wd, rel, n;

	if (i >= tl->n || !(m = day_month_at(tl, i, &j, &d, &wd)) || d == 0 || year_at(tl, j))
		return 0;
	/* Press writes of the recent past and the near future: a month more
	   than one after the anchor's is last year's ("le 28 décembre" in
	   January). */
	y = 0;
	if (anchor && anchor->y && anchor->m)
		y = m > anchor->m + 1 ? anchor->y - 1 : anchor->y;
	/* "les 15 et 16 novembre prochains" in July: this year's, and a
	   date already past next year's; "le 3 août dernier" the reverse */
	if (y && (rel = date_word(tl, j, "RELMARK", &n))) {
		int cmp = m != anchor->m ? m - anchor->m : anchor->d ? d - anchor->d : 0;
		y = rel > 0 ? anchor->y + (cmp < 0) : anchor->y - (cmp > 0);
	}
	if (!valid(y ? y : 2000, m, d))
		return 0;
	/* an anchor of a year alone, the latest the text names ("fin
	   janvier 2025"): "mercredi 6 novembre" is of that year, the one
	   before or the one after, whichever has that weekday; with no
	   weekday to tell them apart, of none */
	if (anchor && anchor->y && !anchor->m) {
		int k, off[] = {0, -1, 1};
		for (k = 0; k < 3 && !y && wd; k++)
			if (valid(anchor->y + off[k], m, d) && date_weekday(anchor->y + off[k], m, d) == wd)
				y = anchor->y + off[k];
		*out = (struct mc_date){y, m, d};
		return (int)(j - i);
	}
	/* "lundi 22 novembre" is of a year whose 22 November is a Monday:
	   the next or the last one when the anchor's is not, unless the
	   anchor is the day of writing */
	if (y && wd && !firm && date_weekday(y, m, d) != wd) {
		if (valid(y + 1, m, d) && date_weekday(y + 1, m, d) == wd)
			y++;
		else if (valid(y - 1, m, d) && date_weekday(y - 1, m, d) == wd)
			y--;
	}
	*out = (struct mc_date){y, m, d};
	return (int)(j - i);
}

/* The first date in s: a full one, or with an anchor, a day and month
   without a year, of the anchor's year. */
static int
first_date(const char *s, const struct mc_date *anchor, struct mc_date *out)
{
	struct toklist tl = {0};
	size_t i;
	int found = 0;

	tokenize(&tl, s, strlen(s));
	for (i = 0; i < tl.n && !found; i++)
		found = anchor ? date_at_yearless(&tl, i, anchor, 1, out) > 0 && out->y
		    : date_at(&tl, i, out) > 0;
	toklist_free(&tl);
	return found;
}

int
date_find(const char *s, struct mc_date *out)
{
	return first_date(s, NULL, out);
}

int
date_find_yearless(const char *s, const struct mc_date *anchor, struct mc_date *out)
{
	return first_date(s, anchor, out);
}

/* ---- the date in a page's address ---- */

struct digit_run {
	const char *s;
	size_t len;
};

/* The next run of digits in [*c, end), or 0. */
static int
next_run(const char **c, const char *end, struct digit_run *r)
{
	while (*c < end && !(**c >= '0' && **c <= '9'))
		(*c)++;
	if (*c == end)
		return 0;
	r->s = *c;
	while (*c < end && **c >= '0' && **c <= '9')
		(*c)++;
	r->len = (size_t)(*c - r->s);
	return 1;
}

static int
run_value(const struct digit_run *r, size_t from, size_t len)
{
	int v = 0;

	for (size_t i = from; i < from + len && i < r->len; i++)
		v = v * 10 + (r->s[i] - '0');
	return v;
}

/* b follows a with one separator between, as the parts of one date. */
static int
joined(const struct digit_run *a, const struct digit_run *b)
{
	return b->s == a->s + a->len + 1 && strchr("/-_.", a->s[a->len]) != NULL;
}

/* A year a news site could have published in; a number outside it is
   an identifier. */
static int
news_year(int y)
{
	return y >= 1990 && y <= 2099;
}

/* A date with its day ending at run c, with a and b the two runs before
   it (NULL when there are none): 2022/03/29, 21-11-2023, 20180722. */
static int
day_at(const struct digit_run *a, const struct digit_run *b, const struct digit_run *c,
    struct mc_date *out)
{
	int y, m, d;

	if (c->len >= 8 && c->len <= 14) {     /* YYYYMMDD, maybe a time or number after */
		y = run_value(c, 0, 4), m = run_value(c, 4, 2), d = run_value(c, 6, 2);
		if (news_year(y) && d > 0 && valid(y, m, d))
			return *out = (struct mc_date){y, m, d}, 1;
	}
	if (!a || !joined(a, b) || !joined(b, c) || b->len > 2)
		return 0;
	if (a->len == 4 && c->len <= 2)
		y = run_value(a, 0, 4), m = run_value(b, 0, 2), d = run_value(c, 0, 2);
	else if (a->len <= 2 && c->len == 4)
		y = run_value(c, 0, 4), m = run_value(b, 0, 2), d = run_value(a, 0, 2);
	else
		return 0;
	if (!news_year(y) || d == 0 || !valid(y, m, d))
		return 0;
	return *out = (struct mc_date){y, m, d}, 1;
}

/* A year and month folder, as blogs put them: /2018/07/title. */
static int
month_at(const struct digit_run *a, const struct digit_run *b, const char *end, struct mc_date *out)
{
	const char *after = b->s + b->len;
	int y = run_value(a, 0, 4), m = run_value(b, 0, 2);

	if (a->len != 4 || b->len > 2 || !joined(a, b) || a->s[a->len] != '/'
	    || after == end || *after != '/' || !news_year(y) || !valid(y, m, 0) || m == 0)
		return 0;
	return *out = (struct mc_date){y, m, 0}, 1;
}

/* The path's first date with its day, else its first year and month;
   the host and the query string are not read. */
int
date_from_url(const char *url, struct mc_date *out)
{
	const char *scheme = strstr(url, "://"), *path, *end, *c;
	struct digit_run run, last, before;
	int n, month;

	path = scheme ? strchr(scheme + 3, '/') : url;
	if (!path)
		return 0;
	/* an archived page (web.archive.org/web/20151216194855/http://...):
	   the time it was captured is not when it was published, the
	   address it keeps may tell */
	if ((c = strstr(path, "/http://")) || (c = strstr(path, "/https://")))
		return date_from_url(c + 1, out);
	end = path + strcspn(path, "?#");
	for (month = 0; month < 2; month++)
		for (c = path, n = 0; next_run(&c, end, &run); n++) {
			if (!month && day_at(n >= 2 ? &before : NULL, &last, &run, out))
				return 1;
			if (month && n >= 1 && month_at(&last, &run, end, out))
				return 1;
			before = last;
			last = run;
		}
	return 0;
}

void
date_iso(const struct mc_date *d, char out[11])
{
	if (d->m == 0)
		snprintf(out, 11, "%04d", d->y);
	else if (d->d == 0)
		snprintf(out, 11, "%04d-%02d", d->y, d->m);
	else
		snprintf(out, 11, "%04d-%02d-%02d", d->y, d->m, d->d);
}

int
date_weekday(int y, int m, int d)
{
	/* Sakamoto's method; 0 = Sunday, turned into ISO 1 = Monday. */
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	int w;

	if (m < 3)
		y--;
	w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
	return w == 0 ? 7 : w;
}

void
date_add_days(struct mc_date *dt, int days)
{
	while (days < 0) {
		if (--dt->d < 1) {
			if (--dt->m < 1) {
				dt->m = 12;
				dt->y--;
			}
			dt->d = days_in(dt->y, dt->m);
		}
		days++;
	}
	while (days > 0) {
		if (++dt->d > days_in(dt->y, dt->m)) {
			dt->d = 1;
			if (++dt->m > 12) {
				dt->m = 1;
				dt->y++;
			}
		}
		days--;
	}
}

int
date_resolve_weekday(const struct mc_date *anchor, int wd, struct mc_date *out)
{
	int back;

	if (anchor->d == 0)
		return 0;
	back = (date_weekday(anchor->y, anchor->m, anchor->d) - wd + 7) % 7;
	*out = *anchor;
	date_add_days(out, -back);
	return 1;
}
