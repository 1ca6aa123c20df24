/* What an event is told with: when, where, how, who on which side,
   what was agreed, its CAMEO code and the sentences it rests on. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/days.h"
#include "extract/geo.h"
#include "extract/xdoc.h"

static const char *side_name[] = {NULL, "host", "guest", "attendee"};

/* "mardi", "mardi dernier": a weekday with no day after it, whose value
   was reckoned from the day of writing */
static int
weekday_alone(const struct xdoc *x, const struct xent *e)
{
	const struct toklist *tl = &x->tl[e->s];
	int k;

	return date_word(tl, e->t0, "WEEKDAY", &k)
	    && !(e->t0 + (size_t)k < tl->n && tl->t[e->t0 + (size_t)k].kind == T_NUM);
}

/* "recevra mardi", written on a Friday: the Tuesday to come, not the
   one the tagger read against the day of writing; 0 when the weekday
   needs no change. */
static int
coming_weekday(const struct xdoc *x, const char *value, char iso[11])
{
	struct mc_date w;

	if (!x->has_date || !x->date.d || !date_parse_iso(value, &w) || !w.d
	    || days_from_civil(w.y, w.m, w.d) >= days_from_civil(x->date.y, x->date.m, x->date.d))
		return 0;
	date_add_days(&w, 7);
	date_iso(&w, iso);
	return 1;
}

/* tokens before the date of a dateline: "QUÉBEC , le" */
#define DATELINE_TOKENS 4

/* The words before token t0 are a dateline's: the place's, commas and
   dashes, "le" ("QUÉBEC , le"); not "Dans la journée de dimanche 15". */
static int
dateline_head(const struct toklist *tl, size_t t0)
{
	size_t k;

	for (k = 0; k < t0; k++)
		if (tl->t[k].kind == T_WORD && !tl->t[k].upper && !tok_is(tl, k, "le"))
			return 0;
	return 1;
}

static int
is_day_of_writing(const struct xdoc *x, const struct xent *e)
{
	char iso[11];

	if (!x->has_date || !e->value)
		return 0;
	date_iso(&x->date, iso);       /* "2024-03" from a marker holds "2024-03-28" */
	return strncmp(iso, e->value, strlen(iso)) == 0;
}

/* tokens before a date where a publishing participle makes it the day a
   text came out: "diffusé ce jeudi 16 juin", "publié le" */
#define RELEASE_BEFORE_DATE 3

/* "du 25 février au 6 mars", "du 4 au 6 octobre": a stay the text tells
   before the event's last sentence; its first day, or NULL. */
static const struct xent *
stay_start(const struct xdoc *x, const struct event *ev)
{
	int last = ev->ns ? last_sent(ev) : 0;
	size_t k;

	for (k = 0; k < x->ent_from[last + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		const struct toklist *tl = &x->tl[e->s];
		size_t j;
		if (e->type != X_DATE || !e->value || e->t0 == 0 || !tok_is(tl, e->t0 - 1, "du"))
			continue;
		for (j = e->t0; j < e->t1 && !tok_is(tl, j, "au"); j++)
			;
		if (j < e->t1 || (e->t1 < tl->n && tok_is(tl, e->t1, "au")))
			return e;
	}
	return NULL;
}

/* A date of several days: "les 14 et 15 février", "du 4 au 6 octobre". */
static int
date_span(const struct xent *e)
{
	return e->text && (strstr(e->text, " et ") || strstr(e->text, " au "));
}

#define TRIP_DAY_BELOW 16      /* above any rank a date of its own takes */

static const struct xent *
date_of(struct xdoc *x, const struct event *ev, int first)
{
	const struct xent *best = NULL;
	int rank, best_rank = 0, i;
	size_t k, lead = 0, n, *ents;

	while (lead < x->nsent && x->head[lead])
		lead++;
	n = event_ents(x, ev, (long)lead, &ents);
	for (k = 0; k < n; k++) {
		const struct xent *e = &x->e[ents[k]];
		int in = 0, trip = ev->trip_sent == e->s + 1;
		if (e->type != X_DATE)
			continue;
		for (i = 0; i < ev->ns; i++)
			in |= ev->sents[i] == e->s && !trip;
		/* an event without a date of its own is of the day the lead
		   gives ("le même jour, M. X a reçu..."), or else of the trip
		   that made it a visit */
		(void)first;
		if (!in && !trip && (size_t)e->s != lead)
			continue;
		/* a full date ("mardi 9 septembre 2025" too), then a weekday,
		   then "aujourd'hui" */
		rank = (e->value && strlen(e->value) >= 7 && !weekday_alone(x, e)
		    && !date_word(&x->tl[e->s], e->t0, "RELDAY", &i)) ? 3
		    : date_word(&x->tl[e->s], e->t0, "WEEKDAY", &i) ? 2 : 1;
		/* the day of writing at the head of a sentence is its dateline,
		   left in the text ("QUÉBEC, le 28 mars 2024 /CNW/ - ..."): a
		   date the sentence gives later is the event's */
		if (rank == 3 && e->t0 <= DATELINE_TOKENS && dateline_head(&x->tl[e->s], e->t0) && is_day_of_writing(x, e))
			rank = 2;
		/* "selon un communiqué diffusé ce jeudi 16 juin": the day
		   a text came out, not the meeting's */
		if (has_cue_between(x, e->s, e->t0 > RELEASE_BEFORE_DATE ? e->t0 - RELEASE_BEFORE_DATE : 0,
		    e->t0, "RELEASE"))
			rank = 1;
		/* of a trip's days ("les 14 et 15 février") and the day of
		   the meeting ("reçu le 15 février"), the day */
		rank = !trip * TRIP_DAY_BELOW + rank * 4 + in * 2 + !date_span(e);
		if (rank > best_rank) {
			best = e;
			best_rank = rank;
		}
	}
	free(ents);
	/* a meeting the text places only within a stay is of its first day */
	return best ? best : stay_start(x, ev);
}

static int
has_mode(struct xdoc *x, const struct event *ev, const char *mode)
{
	const int *sents;
	int ns = event_sents(x, ev, -1, &sents), i;
	size_t k;

	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "MODE") && !x->c[k].recounted && !strcmp(x->c[k].e->value, mode))
				return 1;
	return 0;
}

/* Whether the participants of ev are of three countries or more, an
   international body counting as one. */
static int
three_parties(const struct xdoc *x, const struct event *ev)
{
	const char *seen[2];
	int i, n = 0, intl = 0;

	for (i = 0; i < ev->np && n + intl < 3; i++) {
		const char *c = x->p[ev->p[i].person].country;
		if (!c)
			intl |= x->p[ev->p[i].person].intl;
		else if (!(n > 0 && !strcmp(seen[0], c)) && !(n > 1 && !strcmp(seen[1], c))) {
			if (n == 2)
				return 1;
			seen[n++] = c;
		}
	}
	return n + intl >= 3;
}

static const char *
mode_of(struct xdoc *x, const struct event *ev, int first)
{
	const int *sents;
	int ns = event_sents(x, ev, -1, &sents), i;
	size_t k;

	/* the only event of a document takes its mode from anywhere in it */
	for (k = 0; first && x->nev == 1 && k < x->nc; k++)
		if (cue_is(&x->c[k], "MODE") && !x->c[k].recounted)
			return x->c[k].e->value;
	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "MODE") && !x->c[k].recounted)
				return x->c[k].e->value;
	/* talks, visits and gatherings the text gives no medium for were
	   held in person, as news tells a call or a videoconference when
	   there was one */
	return ev->type == 1 ? "phone" : "in_person";
}

/* A conference "organisée dans le cadre de la présidence portugaise". */
static const char *
presidency(struct xdoc *x, const struct event *ev)
{
	const int *sents;
	int ns = event_sents(x, ev, -1, &sents), si;
	const struct toklist *tl;
	size_t k, i;

	for (si = 0; si < ns; si++) {
		k = (size_t)sents[si];
		tl = &x->tl[k];
		for (i = 0; i < tl->n; i++) {
			size_t j;
			if (!tok_is(tl, i, "presidence"))
				continue;
			for (j = x->ent_from[k]; j < x->ent_from[k + 1]; j++) {
				const struct xent *e = &x->e[x->sent_ents[j]];
				if (e->type == X_GPE && e->t0 > i && e->t0 <= i + 4)
					return e->value;
			}
		}
	}
	return NULL;
}

static const char *const type_name[] = {"meeting", "call", "conference", "visit"};

static int
country_in(struct xdoc *x, const struct event *ev, const char *c)
{
	int i;

	for (i = 0; i < ev->np; i++) {
		const char *pc = x->p[ev->p[i].person].country;
		if ((pc && !strcmp(pc, c)) || (!pc && x->home && !strcmp(x->home, c)))
			return 1;
	}
	return 0;
}

/* A visit whose hosts are of the dateline's country: the text is
   written where the visitor came. */
static int
visit_to_dateline(struct xdoc *x, const struct event *ev)
{
	const char *c = dateline_country(x);
	int i;

	for (i = 0; c && i < ev->np; i++)
		if (ev->p[i].side != SIDE_GUEST && x->p[ev->p[i].person].country
		    && !strcmp(x->p[ev->p[i].person].country, c))
			return 1;
	return 0;
}

/* CAMEO: 057 sign, 041 phone, 043 host, 042 visit, 044 third place,
   040 consult (a conference). */
static const char *
cameo(struct xdoc *x, const struct event *ev, const char *host, const char *place_country)
{
	if (sign_cue(x, ev))
		return "057";
	if (ev->type == 1)
		return "041";
	if (ev->type == 2)
		return "040";
	if (place_country && !country_in(x, ev, place_country))
		return "044";
	if (ev->guest_verb || ev->type == 3)
		return "042";
	if (ev->host_verb || host)
		return "043";
	return "040";
}

/* An office, not its holder's list of portfolios: "ministre de
   l'Intérieur, de la Décentralisation..." is "ministre de l'Intérieur". */
static json_t *
office_json(const char *role)
{
	const char *comma = strchr(role, ',');

	return comma ? json_stringn(role, (size_t)(comma - role)) : json_string(role);
}

/* "son homologue russe" holds the office of the one named with it. */
static json_t *
role_json(const struct person *p)
{
	if (is_counterpart_role(p->role) && p->peer_role)
		return office_json(p->peer_role);
	return p->role ? json_string(p->role) : json_null();
}

/* "son homologue finlandais", when the one named with it is unknown,
   holds the office of another participant. */
static void
counterpart_roles(struct xdoc *x, json_t *parts)
{
	json_t *p, *q;
	size_t i, k;

	(void)x;
	json_array_foreach(parts, i, p) {
		const char *r = jstr(p, "role");
		if (!is_counterpart_role(r))
			continue;
		json_array_foreach(parts, k, q) {
			const char *rq = jstr(q, "role");
			if (k != i && rq && !is_counterpart_role(rq)) {
				json_object_set_new(p, "role", office_json(rq));
				break;
			}
		}
	}
}

/* An official whose title gives no nationality is of the country the
   text is written from — unless that is the country of the visitor he
   meets ("à Madrid, il a été reçu par son homologue espagnol", or talks
   with as an equal); then the country the text names next.  One who
   only attends is of the hosts', or at a meeting of parties, of the
   country it was held in. */
static const char *
unmarked_country(struct xdoc *x, const struct event *ev, int side, const char *host)
{
	const struct jr *ranks = jr_get(x->doc, "countries");
	size_t k;
	int i, taken, pair;

	if (!x->home)
		return NULL;
	/* two who talk as equals ("X s'est entretenu avec Y") are each the
	   other's other side, though both are read as guests */
	for (pair = ev->np == 2, i = 0; i < ev->np; i++)
		pair &= ev->p[i].side == SIDE_GUEST;
	/* one who only attends sits with the hosts: "le secrétaire d'Etat
	   aux migrations a également pris part aux discussions" */
	for (i = 0; side == SIDE_ATTENDEE && i < ev->np; i++)
		if (ev->p[i].side == SIDE_HOST && x->p[ev->p[i].person].country)
			return x->p[ev->p[i].person].country;
	/* or, at a meeting of parties (not a conference, nor a meeting of
	   co-chairs only), with the country it was held in: "La réunion, à
	   laquelle assistait le ministre de l'Intérieur", after a meeting in
	   Tripoli */
	for (i = 0; side == SIDE_ATTENDEE && ev->type != 2 && host && i < ev->np; i++)
		if (ev->p[i].side != SIDE_ATTENDEE)
			return host;
	for (k = 0; k < jr_len(ranks); k++) {
		const char *c = ranks->u.kid[k].type == JR_STR ? ranks->u.kid[k].u.s : NULL;
		/* taken: the country of someone on the other side (not of an
		   international body's official posted there) */
		for (taken = 0, i = 0; c && i < ev->np; i++)
			if (x->p[ev->p[i].person].country && !x->p[ev->p[i].person].intl
			    && !strcmp(x->p[ev->p[i].person].country, c)
			    && ev->p[i].side != SIDE_ATTENDEE && (ev->p[i].side != side || side == SIDE_NONE || pair))
				taken = 1;
		if (c && !taken)
			return c;
		if (k == 0 && x->home && c && strcmp(c, x->home) != 0)
			break;          /* --home was given: it is not a guess */
	}
	return NULL;            /* better unknown than the visitor's */
}

static int
home_hosts(struct xdoc *x, const struct event *ev)
{
	int i;

	for (i = 0; i < ev->np; i++) {
		const char *c = x->p[ev->p[i].person].country;
		if (ev->p[i].side == SIDE_HOST && x->home && (!c || !strcmp(c, x->home)))
			return 1;
	}
	return 0;
}

/* A topic of the document is the meetings' when one of its cues is in
   their paragraphs, not only in the background after them. */
static int
about_meeting(const struct xdoc *x, const struct jr *cues)
{
	size_t k, s;

	if (!cues || cues->type != JR_ARR || x->meeting_end < 0)
		return 1;
	for (k = 0; k < cues->n; k++) {
		const struct jr *c = &cues->u.kid[k];
		if (c->type != JR_STR)
			return 1;
		for (s = 0; s < x->nsent; s++)
			if (x->par[s] <= x->meeting_end && strstr(x->sent[s], c->u.s))
				return 1;
	}
	return 0;
}

/* A day and month whose year nothing gives ("lundi 19 août" in an
   article without a publication date): "--08-19", as ISO 8601 writes a
   yearless date, so that mc-summarise can tie the report to a meeting of
   that day in the same reports' year. */
static void
set_day_month(json_t *o, const struct xdoc *x, const struct xent *d)
{
	struct mc_date md;
	char s[8];

	if (date_at_yearless(&x->tl[d->s], d->t0, NULL, 0, &md) <= 0)
		return;
	snprintf(s, sizeof s, "--%02d-%02d", md.m, md.d);
	json_object_set_new(o, "day_month", json_string(s));
}

/* A day of the week and nothing else ("lundi", in an article without a
   publication date): "-W-1", as ISO 8601 writes a weekday of no known
   week, so that mc-summarise can tie the report to a meeting held on a
   Monday. */
static void
set_weekday(json_t *o, const struct xdoc *x, const struct xent *d)
{
	const struct toklist *tl = &x->tl[d->s];
	size_t i;
	int wd, k;
	char s[8];

	for (i = d->t0; i < d->t1; i++)
		if ((wd = date_word(tl, i, "WEEKDAY", &k))) {
			if (i + (size_t)k < tl->n && tl->t[i + (size_t)k].kind == T_NUM)
				return;
			snprintf(s, sizeof s, "-W-%d", wd % 8);
			json_object_set_new(o, "weekday", json_string(s));
			return;
		}
}

json_t *
event_json(struct xdoc *x, struct event *ev, int first, const char *id)
{
	json_t *o = json_object(), *parts = json_array(), *actors = json_array(), *evid = json_array();
	json_t *topics = json_array();
	const struct jr *doct = jr_get(x->doc, "topics"), *t;
	/* a recounted meeting's clause tells the date and place of its own */
	const struct xent *d = ev->recounted ? NULL : date_of(x, ev, first);
	const struct xent *pl = ev->recounted ? NULL : place_of(x, ev), *near;
	const char *place, *host = NULL, *host_state, *mode, *abroad, *island;
	char *venue = NULL;
	char iso[11];
	size_t k;
	int i, hosts = 0;

	/* the dateline, for a reception, a meeting or a conference held in
	   person, or a visit to someone of the dateline's country, unless
	   the text says it was held abroad ("au Luxembourg", "à Maurice") */
	if ((abroad = island = state_not_city(pl)))
		pl = NULL;
	else if (!pl)
		abroad = held_in_country(x, ev);
	place = pl ? city_of_venue(x, pl->text) : NULL;
	if (!place && !abroad && x->dateline && (ev->host_verb || ((ev->type == 0 || ev->type == 2
	    || (ev->type == 3 && visit_to_dateline(x, ev)))
	    && !has_mode(x, ev, "videoconference") && !has_mode(x, ev, "phone")))) {
		place = x->dateline;
		host = ev->type == 0 && !ev->host_verb ? dateline_country(x) : NULL;
	}
	/* no place in its own sentences: the place named nearest to them,
	   if it was held in person */
	near = !place && !abroad && ev->type != 1 ? place_near(x, ev) : NULL;
	mode = mode_of(x, ev, first);
	/* "a échangé, par téléphone, avec": a talk by telephone is a call */
	if (ev->type == 0 && mode && !strcmp(mode, "phone"))
		ev->type = 1;
	/* a call of three countries or bodies is a conference held by
	   telephone */
	if (ev->type == 1 && three_parties(x, ev))
		ev->type = 2;
	if (near && ev->type != 1 && mode && !strcmp(mode, "in_person"))
		place = city_of_venue(x, (pl = near)->text);
	/* no city at all: the building, as written ("au palais d'Etat
	   d'Iavoloha", in the island state named) */
	if (!place && (!abroad || island) && ev->type != 1 && mode && !strcmp(mode, "in_person"))
		place = venue = venue_of(x, ev);
	if (ev->type == 2)
		host = presidency(x, ev);
	/* the place's country hosts, unless nobody of it takes part in a
	   meeting on the margins of someone else's conference */
	if (!host && pl && pl->country && !(ev->margin && !country_in(x, ev, pl->country)))
		host = pl->country;
	if (!host && abroad && !ev->margin)
		host = abroad;
	for (i = 0; i < ev->np; i++)
		hosts += ev->p[i].side == SIDE_HOST;
	for (i = 0; !host && i < ev->np; i++)
		if (ev->p[i].side == SIDE_HOST)
			host = x->p[ev->p[i].person].country;
	if (!host && ev->type != 2 && !ev->margin && mode && !strcmp(mode, "in_person") && x->home
	    && (place || hosts))
		host = x->home;
	json_object_set_new(o, "doc", json_string(id));
	/* where the document came from, when its record said: for the
	   meetings' list of reports (mc-summarise --meetings) */
	if (jr_str(x->doc, "url"))
		json_object_set_new(o, "url", json_string(jr_str(x->doc, "url")));
	if (jr_str(x->doc, "outlet"))
		json_object_set_new(o, "outlet", json_string(jr_str(x->doc, "outlet")));
	/* copies of one dispatch are one meeting (mc-summarise) */
	if (jr_str(x->doc, "story"))
		json_object_set_new(o, "story", json_string(jr_str(x->doc, "story")));
	json_object_set_new(o, "type", json_string(type_name[ev->type]));
	json_object_set_new(o, "mode", mode ? json_string(mode) : json_null());
	if (d && d->value && ev->ahead && weekday_alone(x, d) && coming_weekday(x, d->value, iso))
		json_object_set_new(o, "date", json_string(iso));
	else if (d && d->value)
		json_object_set_new(o, "date", json_string(d->value));
	else if (x->has_date && !ev->ahead) {
		date_iso(&x->date, iso);
		json_object_set_new(o, "date", json_string(iso));
	} else
		json_object_set_new(o, "date", json_null());
	if (!json_is_string(json_object_get(o, "date")) && d && !d->value)
		set_day_month(o, x, d);
	if (!json_is_string(json_object_get(o, "date")) && d && !d->value && !json_object_get(o, "day_month"))
		set_weekday(o, x, d);
	json_object_set_new(o, "date_text", d && d->raw ? json_string(d->raw)
	    : d && d->text && d->value && strlen(d->value) < 10 ? json_string(d->text) : d ? json_string(d->text) : json_null());
	json_object_set_new(o, "place", place ? json_string(place) : json_null());
	/* the state a territory's officials serve: the prefect of
	   Martinique hosts for France */
	host_state = state_of(host);
	json_object_set_new(o, "host_country", host_state ? json_string(host_state) : json_null());
	for (i = 0; i < ev->np; i++) {
		struct person *p = &x->p[ev->p[i].person];
		int side = ev->p[i].side;
		const char *country = p->country ? p->country : p->intl ? NULL : unmarked_country(x, ev, side, host);
		/* a visitor received by the home side, with no nationality said
		   ("le directeur du FBI"), is not taken for a home official */
		if (!p->country && side == SIDE_GUEST && home_hosts(x, ev)
		    && country && x->home && !strcmp(country, x->home))
			country = NULL;
		country = state_of(country);
		if (side == SIDE_NONE)
			side = ev->type == 2 ? SIDE_ATTENDEE
			    : (country && host_state && !strcmp(country, host_state)) ? SIDE_HOST : SIDE_GUEST;
		json_array_append_new(parts, json_pack("{s:o,s:o,s:o,s:s}",
		    "name", p->name ? json_string(p->name) : json_null(),
		    "role", role_json(p),
		    "country", country ? json_string(country) : json_null(),
		    "side", side_name[side]));
		if (country) {
			char a[16];
			snprintf(a, sizeof a, "%sGOV", country);
			for (k = 0; k < json_array_size(actors); k++)
				if (!strcmp(json_string_value(json_array_get(actors, k)), a))
					break;
			if (k == json_array_size(actors))
				json_array_append_new(actors, json_string(a));
		}
	}
	counterpart_roles(x, parts);
	json_object_set_new(o, "participants", parts);
	json_object_set_new(o, "geo", geo_of(place, pl, host, parts, x->home));
	free(venue);
	for (k = 0; k < jr_len(doct); k++) {
		const struct jr *on = jr_get(t = &doct->u.kid[k], "on");
		if (on && on->type == JR_TRUE && jr_str(t, "label") && about_meeting(x, jr_get(t, "cues")))
			json_array_append_new(topics, json_string(jr_str(t, "label")));
	}
	/* a meeting is about something: "other" when no label covers it */
	if (json_array_size(topics) == 0)
		json_array_append_new(topics, json_string("other"));
	json_object_set_new(o, "topics", topics);
	json_object_set_new(o, "agreements", agreements_of(x, ev, first));
	json_object_set_new(o, "cameo", json_string(cameo(x, ev, host, pl ? pl->country : NULL)));
	json_object_set_new(o, "actors", actors);
	for (i = 0; i < ev->ns; i++)
		json_array_append_new(evid, json_pack("{s:i,s:s}", "s", ev->sents[i], "text", x->sent[ev->sents[i]]));
	json_object_set_new(o, "evidence", evid);
	json_object_set_new(o, "confidence", json_real(ev->np >= 2 && (ev->host_verb || ev->guest_verb
	    || ev->multi || ev->type == 1) ? 0.9 : ev->np >= 2 ? 0.7 : 0.5));
	return o;
}
