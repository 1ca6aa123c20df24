/* Meetings: the reports of one meeting grouped (summ_cluster.c), in
   date order, for the report and for --meetings. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"
#include "tag/names.h"

static const struct sm_event *cmp_evs;

/* The report that dates the meeting: the most precise date first, then
   the earliest. */
const struct sm_event *
sm_best_dated(const struct sm_event *evs, const struct meeting *m)
{
	const struct sm_event *b = &evs[m->ev[0]];
	size_t i;

	for (i = 1; i < m->n; i++) {
		const struct sm_event *e = &evs[m->ev[i]];
		if (e->sig.date.prec > b->sig.date.prec || (e->sig.date.prec == b->sig.date.prec && e->sig.date.lo < b->sig.date.lo))
			b = e;
	}
	return b;
}

static int
meeting_cmp(const void *pa, const void *pb)
{
	const struct meeting *a = pa, *b = pb;
	const struct sm_event *da = sm_best_dated(cmp_evs, a), *db = sm_best_dated(cmp_evs, b);

	int ua = da->sig.date.prec < PREC_YEAR, ub = db->sig.date.prec < PREC_YEAR;
	/* a weekday alone orders as no date: 1 to 7 is no day */
	int32_t la = da->sig.date.prec == PREC_WEEKDAY ? 0 : da->sig.date.lo;
	int32_t lb = db->sig.date.prec == PREC_WEEKDAY ? 0 : db->sig.date.lo;

	if (ua != ub)
		return ua - ub;
	if (la != lb)
		return la < lb ? -1 : 1;
	return a->ev[0] < b->ev[0] ? -1 : a->ev[0] > b->ev[0];
}

/* The events grouped into meetings (sm_cluster), ordered by date. */
struct meeting *
sm_meetings(struct sm_event *evs, size_t n, size_t *nm)
{
	struct sm_sig *sigs = xmalloc((n + 1) * sizeof *sigs);
	size_t *of = xmalloc((n + 1) * sizeof *of), *slot = xmalloc((n + 1) * sizeof *slot), i;
	struct meeting *m;

	for (i = 0; i < n; i++)
		sigs[i] = evs[i].sig;
	sm_cluster(sigs, NULL, n, of);
	*nm = 0;
	for (i = 0; i < n; i++)         /* meetings numbered by their roots */
		if (of[i] == i)
			slot[i] = (*nm)++;
	m = xcalloc(*nm + 1, sizeof *m);
	for (i = 0; i < n; i++)
		m[slot[of[i]]].n++;
	for (i = 0; i < *nm; i++) {
		m[i].ev = xmalloc(m[i].n * sizeof *m[i].ev);
		m[i].n = 0;
	}
	for (i = 0; i < n; i++) {
		struct meeting *mm = &m[slot[of[i]]];
		mm->ev[mm->n++] = i;
	}
	cmp_evs = evs;
	qsort(m, *nm, sizeof *m, meeting_cmp);
	free(sigs);
	free(of);
	free(slot);
	return m;
}


/* ---- one meeting a line (--meetings) ---- */

/* A string once in an array. */
static void
add_once(json_t *arr, const char *s)
{
	size_t i;

	if (!s || !*s)
		return;
	for (i = 0; i < json_array_size(arr); i++)
		if (!strcmp(json_string_value(json_array_get(arr, i)), s))
			return;
	json_array_append_new(arr, json_string(s));
}

/* The first word of an office, folded, without a plural's s: "président"
   for "Présidents" and for "président de la République". */
static void
office_head(const char *role, mc_buf *out)
{
	size_t n = strcspn(role, " '\u2019");

	buf_clear(out);
	utf8_fold(role, n, out);
	if (out->len > 1 && buf_cstr(out)[out->len - 1] == 's')
		out->len--;
	buf_cstr(out);
}

/* The named participant a nameless one (an office and a country: "le
   président chinois") stands for: the only named one of that country,
   else the only one of them whose office begins with the same word;
   -1 when none or several could be. */
static long
holder(json_t *out, size_t nnamed, const struct sm_part *pt)
{
	mc_buf mine = {0}, theirs = {0};
	long only = -1, same = -1;
	size_t i, ncountry = 0, nsame = 0;

	if (!pt->country)
		return -1;
	if (pt->role)
		office_head(pt->role, &mine);
	for (i = 0; i < nnamed; i++) {
		json_t *p = json_array_get(out, i);
		const char *c = json_string_value(json_object_get(p, "country"));
		const char *r = json_string_value(json_object_get(p, "role"));
		if (!c || strcmp(c, pt->country))
			continue;
		only = (long)i;
		ncountry++;
		if (pt->role && r) {
			office_head(r, &theirs);
			if (!strcmp(buf_cstr(&mine), buf_cstr(&theirs)) && nsame++ == 0)
				same = (long)i;
		}
	}
	buf_free(&mine);
	buf_free(&theirs);
	return ncountry == 1 ? only : nsame == 1 ? same : -1;
}

static json_t *
participant_json(const struct sm_part *pt)
{
	return json_pack("{s:o,s:o,s:o}", "name", pt->name ? json_string(pt->name) : json_null(),
	    "role", pt->role ? json_string(pt->role) : json_null(),
	    "country", pt->country ? json_string(pt->country) : json_null());
}

/* What a report says of a person the list has: the longest name, and
   the first role and country any report gives. */
static void
complete(json_t *p, const struct sm_part *pt)
{
	if (pt->name && (!json_is_string(json_object_get(p, "name"))
	    || strlen(pt->name) > strlen(json_string_value(json_object_get(p, "name")))))
		json_object_set_new(p, "name", json_string(pt->name));
	if (pt->role && json_is_null(json_object_get(p, "role")))
		json_object_set_new(p, "role", json_string(pt->role));
	if (pt->country && json_is_null(json_object_get(p, "country")))
		json_object_set_new(p, "country", json_string(pt->country));
}

/* Whether a named participant is the one the list has at i under key:
   the same surname, or one a report misspells ("Laftif" for "Laftit",
   names_close()) with the same country. */
static int
same_person(json_t *out, size_t i, const char *key, const struct sm_part *pt)
{
	const char *c = json_string_value(json_object_get(json_array_get(out, i), "country"));

	if (!strcmp(key, pt->key))
		return 1;
	return c && pt->country && !strcmp(c, pt->country) && names_close(key, pt->key);
}

/* The participants of all reports, a person once: the named by surname
   first, a misspelt surname joining its person; then each nameless one
   joins the named person it stands for (holder()), or else the nameless
   of the same office. */
static json_t *
merged_participants(const struct sm_event *evs, const struct meeting *m)
{
	json_t *out = json_array();
	const char **key = NULL;
	size_t nkey = 0, nnamed = 0, j, k, i;
	int named;
	long h;

	for (named = 1; named >= 0; named--)
		for (j = 0; j < m->n; j++)
			for (k = 0; k < evs[m->ev[j]].nparts; k++) {
				const struct sm_part *pt = &evs[m->ev[j]].parts[k];
				const char *id = pt->key ? pt->key : pt->role;
				if ((pt->key != NULL) != named)
					continue;
				if (!named && (h = holder(out, nnamed, pt)) >= 0) {
					complete(json_array_get(out, (size_t)h), pt);
					continue;
				}
				for (i = 0; i < nkey && id && (named ? !same_person(out, i, key[i], pt)
				    : strcmp(key[i], id)); i++)
					;
				if (id && i < nkey) {
					complete(json_array_get(out, i), pt);
					continue;
				}
				json_array_append_new(out, participant_json(pt));
				key = xrealloc(key, (nkey + 1) * sizeof *key);
				key[nkey++] = id ? id : "";
				nnamed += named;
			}
	free(key);
	return out;
}

/* The meeting's identifier: its reports' documents, sorted, hashed, so
   that it does not depend on the order of the input. */
static void
meeting_id(const struct sm_event *evs, const struct meeting *m, char out[20])
{
	uint64_t h = 0;
	size_t j;

	for (j = 0; j < m->n; j++)      /* a sum: the same whatever the order */
		h += sm_hash(evs[m->ev[j]].doc, strlen(evs[m->ev[j]].doc)) * 0x9E3779B97F4A7C15ull
		    + evs[m->ev[j]].sig.simhash;
	snprintf(out, 20, "m%016llx", (unsigned long long)h);
}

/* The meeting's reports that are copies of one story (text/story.c),
   a list of documents each, so that a user sees which reports were
   taken for copies; a document of no copy is in none. */
static json_t *
stories(const struct sm_event *evs, const struct meeting *m)
{
	json_t *out = json_array(), *group;
	size_t *of = xmalloc((m->n + 1) * sizeof *of), i, j;

	for (i = 0; i < m->n; i++) {
		const struct sm_sig *a = &evs[m->ev[i]].sig;
		for (of[i] = i, j = 0; j < i && of[i] == i; j++)
			if (a->has_story && evs[m->ev[j]].sig.has_story
			    && story_same(&a->story, &evs[m->ev[j]].sig.story)
			    && strcmp(evs[m->ev[i]].doc, evs[m->ev[j]].doc))
				of[i] = of[j];
	}
	for (i = 0; i < m->n; i++) {
		for (j = i + 1; j < m->n && of[j] != i; j++)
			;
		if (of[i] != i || j == m->n)
			continue;       /* a copy of an earlier one, or of none */
		group = json_array();
		for (j = i; j < m->n; j++)
			if (of[j] == i)
				add_once(group, evs[m->ev[j]].doc);
		if (json_array_size(group) > 1)
			json_array_append_new(out, group);
		else
			json_decref(group);
	}
	free(of);
	return out;
}

json_t *
sm_meeting_json(const struct sm_event *evs, const struct meeting *m)
{
	const struct sm_event *d = sm_best_dated(evs, m), *placed = NULL;
	json_t *o = json_object(), *docs = json_array(), *topics = json_array();
	json_t *urls = json_array(), *outlets = json_array();
	char id[20];
	size_t j, k;

	for (j = 0; j < m->n && !placed; j++)
		if (evs[m->ev[j]].place)
			placed = &evs[m->ev[j]];
	for (j = 0; j < m->n; j++) {
		const struct sm_event *e = &evs[m->ev[j]];
		add_once(docs, e->doc);
		for (k = 0; k < e->ntopics; k++)
			add_once(topics, e->topics[k]);
		add_once(urls, jstr(e->json, "url"));
		add_once(outlets, jstr(e->json, "outlet"));
	}
	meeting_id(evs, m, id);
	json_object_set_new(o, "meeting", json_string(id));
	json_object_set_new(o, "type", d->type ? json_string(d->type) : json_null());
	json_object_set_new(o, "date", d->date ? json_string(d->date) : json_null());
	json_object_set_new(o, "place", placed ? json_string(placed->place) : json_null());
	json_object_set(o, "geo", placed && json_object_get(placed->json, "geo")
	    ? json_object_get(placed->json, "geo") : json_null());
	json_object_set_new(o, "host_country", d->host ? json_string(d->host) : json_null());
	json_object_set_new(o, "participants", merged_participants(evs, m));
	json_object_set_new(o, "topics", topics);
	json_object_set_new(o, "reports", json_integer((json_int_t)m->n));
	json_object_set_new(o, "docs", docs);
	json_object_set_new(o, "stories", stories(evs, m));
	json_object_set_new(o, "outlets", outlets);
	json_object_set_new(o, "urls", urls);
	return o;
}
