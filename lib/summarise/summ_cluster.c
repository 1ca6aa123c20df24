/* Reports of one meeting: syndication (several outlets report the same
   meeting) and republication (one dispatch, lightly edited, under several
   ids) are told apart from separate meetings of the same people.

   Two reports agree (may be of one meeting) when
     - their participants come from the same set of countries (an
       official of no country counts by surname), and they name a
       participant in common, or one of them names no one; and
     - their places on the map are the same or one has none,
     - and their dates agree: either null; at the same precision, the
       same day, month or year; at different precisions, the intervals
       of days they cover are at most SM_WINDOW (3) days apart ("2024-06"
       and "2024-07-02" agree, "2024-06" and "2024-07-05" do not); a day
       and month of no known year, that day or month of any year;
     - or else, whatever the dates' precisions, their evidence texts are
       near-duplicates (SimHashes at most SM_NEAR bits apart) and their
       dates at most SM_WINDOW days apart: a dispatch republished a day
       later, its "lundi" read against another publication date.
   Reports without participants agree only as near-duplicates.

   Agreement is not transitive (a report without a date agrees with
   every date), so meetings are not simply its connected components: the
   most precise reports make the meetings, and the less precise join one.
   In order of precision (day, month, year, day of no year, none), each
   report joins the meeting, among those made at more precise levels,
   that it agrees with and that has the most reports (the earliest on a
   tie); see attach() for the reports of no year.  The reports that join
   none are grouped with the others of their level that they agree with
   (connected components; with no date at all, near-duplicates only).
   Signatures are sorted first, so the result depends on the set of
   reports only. */
#include <stdlib.h>
#include <string.h>

#include "base/days.h"
#include "summarise/summarise.h"

static int32_t
gap(const struct sm_date *a, const struct sm_date *b)
{
	int32_t g = a->lo > b->hi ? a->lo - b->hi : b->lo > a->hi ? b->lo - a->hi : 0;

	return g;
}

/* A day of a month of no known year (a) and another date: the same day
   and month, or a date of that month; never a year alone. */
static int
day_month_agrees(const struct sm_date *a, const struct sm_date *b)
{
	int y, m, d;

	if (b->prec == PREC_DAY_MONTH)
		return a->lo == b->lo;
	if (b->prec < PREC_MONTH)
		return b->prec == PREC_NONE;
	civil_from_days(b->lo, &y, &m, &d);
	return DM_MONTH(a->lo) == m && (b->prec == PREC_MONTH || DM_DAY(a->lo) == d);
}

/* A day of the week of no known date (a) and another date: that weekday,
   or an exact day that falls on it; no month or year holds one weekday
   only. */
static int
weekday_agrees(const struct sm_date *a, const struct sm_date *b)
{
	if (b->prec == PREC_WEEKDAY)
		return a->lo == b->lo;
	/* day 0, 1970-01-01, was a Thursday (4) */
	return b->prec == PREC_DAY && ((b->lo % 7 + 7 + 3) % 7 + 1) == a->lo;
}

static int
dates_agree(const struct sm_date *a, const struct sm_date *b)
{
	if (a->prec == PREC_NONE || b->prec == PREC_NONE)
		return 1;
	if (a->prec == PREC_WEEKDAY)
		return weekday_agrees(a, b);
	if (b->prec == PREC_WEEKDAY)
		return weekday_agrees(b, a);
	if (a->prec == PREC_DAY_MONTH)
		return day_month_agrees(a, b);
	if (b->prec == PREC_DAY_MONTH)
		return day_month_agrees(b, a);
	if (a->prec == b->prec)
		return a->lo == b->lo;
	return gap(a, b) <= SM_WINDOW;
}

/* Copies of one text: a weekday read in one tells no more than a date
   that is missing. */
static int
dates_near(const struct sm_date *a, const struct sm_date *b)
{
	if (a->prec <= PREC_WEEKDAY || b->prec <= PREC_WEEKDAY)
		return 1;
	if (a->prec == PREC_DAY_MONTH || b->prec == PREC_DAY_MONTH)
		return dates_agree(a, b);
	return gap(a, b) <= SM_WINDOW;
}

/* The same people on the same day are one meeting wherever each report
   puts it: a state visit goes from the capital to a second city, and a
   report may name the place of its next stop. */
static int
same_day(const struct sm_date *a, const struct sm_date *b)
{
	return a->prec == PREC_DAY && b->prec == PREC_DAY && a->lo == b->lo;
}

/* Two sets of surnames that could be one meeting's: either names no
   one, or they share someone. */
static int
names_meet(uint64_t a, uint64_t b)
{
	int i, j;

	if (!a || !b)
		return 1;
	for (i = 0; i < SM_NAMES && (a >> 16 * i & 0xffff); i++)
		for (j = 0; j < SM_NAMES && (b >> 16 * j & 0xffff); j++)
			if ((a >> 16 * i & 0xffff) == (b >> 16 * j & 0xffff))
				return 1;
	return 0;
}

static int near_dup(const struct sm_sig *a, const struct sm_sig *b);

int
sm_same_meeting(const struct sm_sig *a, const struct sm_sig *b)
{
	int near = near_dup(a, b);

	if (a->pkey != b->pkey || !names_meet(a->names, b->names)
	    || (a->place && b->place && a->place != b->place && !same_day(&a->date, &b->date)))
		return 0;
	if (near && dates_near(&a->date, &b->date))
		return 1;
	return a->pkey != 0 && dates_agree(&a->date, &b->date);
}

/* ---- canonical order ---- */

static const struct sm_sig *sort_sigs;

#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

int
sm_sig_cmp(const struct sm_sig *a, const struct sm_sig *b)
{
	int c;

	if ((c = CMP(a->pkey, b->pkey)) || (c = CMP(b->date.prec, a->date.prec))
	    || (c = CMP(a->date.lo, b->date.lo)) || (c = CMP(a->date.hi, b->date.hi))
	    || (c = CMP(a->place, b->place)) || (c = CMP(a->names, b->names))
	    || (c = CMP(a->simhash, b->simhash)) || (c = CMP(a->has_text, b->has_text))
	    || (c = CMP(a->has_story, b->has_story)))
		return c;
	return memcmp(&a->story, &b->story, sizeof a->story);
}

static int
sig_cmp(const void *pa, const void *pb)
{
	return sm_sig_cmp(&sort_sigs[*(const size_t *)pa], &sort_sigs[*(const size_t *)pb]);
}

/* ---- union-find over sorted positions; a root is its meeting's first ---- */

struct uf {
	size_t *parent;
	uint64_t *total;        /* reports, at roots */
	char *attached;
	const struct sm_sig *s;
	const size_t *order;
};

static size_t
find(struct uf *u, size_t i)
{
	return sm_uf_find(u->parent, i);
}

static void
unite(struct uf *u, size_t a, size_t b)
{
	size_t gone = sm_uf_union(u->parent, a, b);

	if (gone != SM_UF_SAME)
		u->total[u->parent[gone]] += u->total[gone];
}

static const struct sm_sig *
at(const struct uf *u, size_t pos)
{
	return &u->s[u->order[pos]];
}

/* Copies of one text: evidence whose SimHashes are near, or documents
   of one story (text/story.c), which ties a copy whose own sentences
   were reworded or cut. */
static int
near_dup(const struct sm_sig *a, const struct sm_sig *b)
{
	return (a->has_text && b->has_text && __builtin_popcountll(a->simhash ^ b->simhash) <= SM_NEAR)
	    || (a->has_story && b->has_story && story_same(&a->story, &b->story));
}

/* Reports of [l0, l1) join the best meeting made in [b0, l0).  A report
   with no date at all joins only the meeting of a copy of its text:
   nothing else tells its year, and the same people meet again.  One
   with a day and month of no known year, or a day of the week only,
   joins a copy's meeting too, or else the only meeting of those people
   on such a day. */
static void
attach(struct uf *u, size_t b0, size_t l0, size_t l1)
{
	size_t i, j, r, best, dup, other;
	int undated;

	for (i = l0; i < l1; i++) {
		best = dup = other = SIZE_MAX;
		undated = at(u, i)->date.prec < PREC_YEAR;
		for (j = b0; j < l0; j++) {
			if (!sm_same_meeting(at(u, i), at(u, j)))
				continue;
			r = find(u, j);
			if (near_dup(at(u, i), at(u, j)) && dup == SIZE_MAX)
				dup = r;
			if (best != SIZE_MAX && r != best)
				other = r;
			if (best == SIZE_MAX || u->total[r] > u->total[best]
			    || (u->total[r] == u->total[best] && r < best))
				best = r;
		}
		if (undated)
			best = dup != SIZE_MAX ? dup
			    : other == SIZE_MAX && at(u, i)->date.prec != PREC_NONE ? best : SIZE_MAX;
		if (best != SIZE_MAX) {
			unite(u, best, i);
			u->attached[i] = 1;
		}
	}
}

/* The others of [l0, l1) group among themselves; reports without any
   date, or with a day of the week only, only as copies of one text,
   since nothing else ties them to one year, nor one Monday to
   another. */
static void
group_level(struct uf *u, size_t l0, size_t l1)
{
	size_t i, j;
	int prec = at(u, l0)->date.prec;

	for (i = l0; i < l1; i++) {
		if (u->attached[i])
			continue;
		for (j = i + 1; j < l1; j++) {
			/* sorted by start: later ones are further still */
			if (prec > PREC_WEEKDAY && at(u, j)->date.lo - at(u, i)->date.hi > SM_WINDOW)
				break;
			if (!u->attached[j] && sm_same_meeting(at(u, i), at(u, j))
			    && (prec > PREC_WEEKDAY || near_dup(at(u, i), at(u, j))))
				unite(u, i, j);
		}
	}
}

static void
cluster_bucket(struct uf *u, size_t b0, size_t b1)
{
	size_t l0 = b0, l1;

	while (l0 < b1) {
		for (l1 = l0; l1 < b1 && at(u, l1)->date.prec == at(u, l0)->date.prec; l1++)
			;
		if (l0 > b0)
			attach(u, b0, l0, l1);
		group_level(u, l0, l1);
		l0 = l1;
	}
}

uint64_t
sm_cluster(const struct sm_sig *sigs, const uint32_t *count, size_t n, size_t *meeting)
{
	struct uf u;
	size_t *order = xmalloc((n + 1) * sizeof *order), i, b0, b1;
	uint64_t meetings = 0;

	for (i = 0; i < n; i++)
		order[i] = i;
	sort_sigs = sigs;
	qsort(order, n, sizeof *order, sig_cmp);
	u.parent = xmalloc((n + 1) * sizeof *u.parent);
	u.total = xmalloc((n + 1) * sizeof *u.total);
	u.attached = xcalloc(n + 1, 1);
	u.s = sigs;
	u.order = order;
	for (i = 0; i < n; i++) {
		u.parent[i] = i;
		u.total[i] = count ? count[order[i]] : 1;
	}
	for (b0 = 0; b0 < n; b0 = b1) {
		for (b1 = b0; b1 < n && sigs[order[b1]].pkey == sigs[order[b0]].pkey; b1++)
			;
		cluster_bucket(&u, b0, b1);
	}
	for (i = 0; i < n; i++) {
		const struct sm_sig *s = &sigs[order[i]];
		if (find(&u, i) != i)
			continue;
		/* a report with neither participants nor text agrees with
		   none, not even an identical one */
		meetings += !s->pkey && !s->has_text && count ? count[order[i]] : 1;
	}
	for (i = 0; meeting && i < n; i++)
		meeting[order[i]] = order[find(&u, i)];
	free(order);
	free(u.parent);
	free(u.total);
	free(u.attached);
	return meetings;
}
