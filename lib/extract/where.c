/* Where an event was held: the place its sentences name, or one named
   next to them; the country it was held in; the place on the map. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/xdoc.h"
#include "extract/geo.h"

/* "à" before a place, also "À Paris, ..." opening a sentence, and with
   a no-break space after it. */
static int
at_prep(const char *p)
{
	return (!strncmp(p, "\xC3\xA0", 2) || !strncmp(p, "\xC3\x80", 2))
	    && (p[2] == ' ' || !strncmp(p + 2, "\xC2\xA0", 2));
}

/* "au palais de Carthage", "au Palais présidentiel du Caire": the
   token where "palais" stands before the place at t0, or 0 */
static size_t
palais_before(const struct toklist *tl, size_t t0)
{
	size_t k;

	if (t0 < 3 || !(tok_is(tl, t0 - 1, "de") || tok_is(tl, t0 - 1, "du") || tok_is(tl, t0 - 1, "d'")))
		return 0;
	for (k = t0 - 2; k + 3 >= t0 && k > 0; k--)
		if (tok_is(tl, k, "palais"))
			return k;
	return 0;
}

/* "au Pentagone", "à la Maison Blanche": an institution that the map
   knows as a venue (data/geo/places.tsv) is where a meeting was held. */
static int
venue_org(const struct xent *e)
{
	int unsure;

	return e->type == X_ORG && e->text && geo_find(e->text, NULL, 0, 0, &unsure) != NULL;
}

/* A form of s'envoler or partir ("envolée", "parti"), before "pour". */
static int
flight_word(const char *f)
{
	return !strncmp(f, "envol", 5) || !strcmp(f, "parti") || !strcmp(f, "partie") || !strcmp(f, "partis")
	    || !strcmp(f, "parties") || !strcmp(f, "part") || !strcmp(f, "partent");
}

/* What the words before entity e make of it: 2, a known place after
   à, au or en ("lundi à Rabat", "au Palais royal de Rabat"); 1, such a
   place the gazetteer does not know; 0, no place of a meeting. */
static int
place_rank(struct xdoc *x, const struct xent *e)
{
	const struct toklist *tl = &x->tl[e->s];
	const char *prev;
	size_t k;

	if ((e->type != X_LOC && e->type != X_GPE && !venue_org(e)) || e->t0 == 0 || x->head[e->s])
		return 0;
	prev = tl->text + tl->t[e->t0 - 1].b0;
	/* "à l'Élysée", "au palais de Carthage": the words of a venue
	   stand between "à" and its name */
	if (e->t0 >= 2 && (!strncmp(prev, "l'", 2) || !strncmp(prev, "l\xE2\x80\x99", 4)
	    || (venue_org(e) && tok_is(tl, e->t0 - 1, "la"))))
		prev = tl->text + tl->t[e->t0 - 2].b0;
	else if ((k = palais_before(tl, e->t0)))
		prev = tl->text + tl->t[k - 1].b0;
	/* "a quitté Nouakchott à destination d'Accra pour participer à":
	   where the trip leads is where the event is */
	if (e->t0 >= 2 && (tok_is(tl, e->t0 - 1, "de") || tok_is(tl, e->t0 - 1, "d'"))
	    && tok_is(tl, e->t0 - 2, "destination"))
		prev = "\xC3\xA0 ";
	/* "s'est envolé pour Munich", "est parti pour Dakar": so is where
	   the flight goes */
	if (e->type == X_LOC && e->t0 >= 2 && tok_is(tl, e->t0 - 1, "pour") && flight_word(tok_fold(tl, e->t0 - 2)))
		prev = "\xC3\xA0 ";
	/* "à Luxembourg", "à Singapour", "à Malte": a city-state or an
	   island is a place; "au Luxembourg" is the country */
	if (e->type == X_GPE && (!at_prep(prev) || !e->country))
		return 0;
	if (at_prep(prev) || !strncasecmp(prev, "au ", 3) || !strncasecmp(prev, "en ", 3))
		return e->country || venue_org(e) ? 2 : 1;
	return 0;
}

/* "lundi à Rabat": a place after à, au or en in the event's sentences;
   a known place ("au Palais royal de Rabat") before a guessed one. */
const struct xent *
place_of(struct xdoc *x, const struct event *ev)
{
	const struct xent *guess = NULL, *found = NULL;
	size_t k, n, *ents;
	int rank;

	n = event_ents(x, ev, -1, &ents);
	for (k = 0; k < n && !found; k++) {
		const struct xent *e = &x->e[ents[k]];
		if ((rank = place_rank(x, e)) == 2)
			found = e;
		else if (rank == 1 && !guess)
			guess = e;
		else if (!rank && e->type == X_LOC && e->t0 > 0 && e->country && guess && e->s == guess->s
		    && e->t0 <= guess->t1 + 4)
			found = e;
	}
	free(ents);
	return found ? found : guess;
}

/* Is sentence s one of another event's?  Its place is that event's. */
static int
others_sent(const struct xdoc *x, const struct event *ev, int s)
{
	size_t k;

	for (k = 0; k < x->nev; k++)
		if (&x->ev[k] != ev && has_sent(&x->ev[k], s))
			return 1;
	return 0;
}

/* "à Madagascar", "à Maurice": an island state named where a city
   would be is the country the event was held in, not its place; the
   map knows city-states ("à Luxembourg", "à Singapour") as places. */
const char *
state_not_city(const struct xent *e)
{
	int unsure;

	if (!e || e->type != X_GPE || !e->country || (e->text && geo_find(e->text, NULL, 0, 0, &unsure)))
		return NULL;
	return e->country;
}

/* A meeting whose sentences name no place: the known city named
   nearest to its first sentence, NEAR_SENTS sentences either way at
   most, in no other event's sentence ("Le président égyptien était
   arrivé lundi à Alger", a sentence on).  Further away, the city is
   more often another event's. */
#define NEAR_SENTS 3
const struct xent *
place_near(struct xdoc *x, const struct event *ev)
{
	const struct xent *e;
	size_t k;
	long s0, s, d;
	int side;

	if (ev->ns == 0)
		return NULL;
	s0 = ev->sents[0];
	for (d = 1; d <= NEAR_SENTS; d++)
		for (side = 1; side >= -1; side -= 2) {
			s = s0 + side * d;
			if (s < 0 || (size_t)s >= x->nsent || others_sent(x, ev, (int)s))
				continue;
			for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++)
				if ((e = &x->e[x->sent_ents[k]])->type == X_LOC && place_rank(x, e) == 2)
					return e;
		}
	return NULL;
}

/* "au Luxembourg", "en Espagne" next to the verb: the country an event
   was held in, other than the home country; NULL when none is said. */
const char *
held_in_country(struct xdoc *x, const struct event *ev)
{
	size_t k, j;
	int s;

	if (ev->ns == 0 || x->head[s = ev->sents[0]])
		return NULL;
	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		const struct toklist *tl = &x->tl[s];
		if (e->type != X_GPE || !e->country || e->t0 == 0 || (x->home && !strcmp(e->country, x->home)))
			continue;
		if (!tok_is(tl, e->t0 - 1, "au") && !tok_is(tl, e->t0 - 1, "en") && !tok_is(tl, e->t0 - 1, "aux"))
			continue;
		/* next to the verb, not "la communauté établie en France" */
		for (j = x->cue_from[s]; j < x->cue_from[s + 1]; j++)
			if ((cue_is(&x->c[j], "MEET") || (cue_is(&x->c[j], "NOUN") && !strcmp(x->c[j].e->value, "visit")))
			    && e->t0 >= x->c[j].t1 && e->t0 <= x->c[j].t1 + 4)
				return e->country;
	}
	return NULL;
}

/* The country of the dateline's place, as the text names it elsewhere
   ("Lisbonne, 22 février 2024 - ..." and "à Lisbonne"). */
const char *
dateline_country(const struct xdoc *x)
{
	size_t k;

	for (k = 0; k < x->ne; k++)
		if ((x->e[k].type == X_LOC || x->e[k].type == X_GPE) && x->e[k].country
		    && strcasecmp(x->e[k].text, x->dateline) == 0)
			return x->e[k].country;
	return NULL;
}

/* The place on the map, chosen by the countries of the event and said
   unsure when they did not settle it; null, counted by why, when the
   gazetteer has no such place. */
json_t *
geo_of(const char *place, const struct xent *pl, const char *host, json_t *parts,
    const char *home)
{
	const char *ctx[64];
	const struct geo_place *g;
	size_t n = 0, k, telling;
	int unsure;
	json_t *o;

	if (!place)
		return json_null();
	/* the participants' countries and the document's home tell; the
	   host and the text's own reading of the name (the lexicon's usual
	   country for Tripoli) only lean */
	for (k = 0; k < json_array_size(parts) && n < 60; k++)
		ctx[n++] = json_string_value(json_object_get(json_array_get(parts, k), "country"));
	ctx[n++] = home;
	telling = n;
	ctx[n++] = host;
	ctx[n++] = pl ? pl->country : NULL;
	if (!(g = geo_find(place, ctx, n, telling, &unsure))) {
		geo_count(pl && pl->type == X_GPE ? GEO_COUNTRY
		    : pl && !pl->country ? GEO_NO_COUNTRY : GEO_UNKNOWN);
		return json_null();
	}
	o = json_pack("{s:s,s:s,s:f,s:f,s:I}", "name", g->name, "country", g->country,
	    "lat", g->lat, "lon", g->lon, "geonames", (json_int_t)g->geonames);
	if (unsure)
		json_object_set_new(o, "unsure", json_true());
	return o;
}

static int
same_folded(const char *a, const char *b)
{
	mc_buf fa = {0}, fb = {0};
	int same;

	utf8_fold(a, strlen(a), &fa);
	utf8_fold(b, strlen(b), &fb);
	same = fa.len == fb.len && memcmp(fa.s, fb.s, fa.len) == 0;
	buf_free(&fa);
	buf_free(&fb);
	return same;
}

/* A venue stands for its city when the text names that city too: "au
   Kremlin" in an article that says Moscou is in Moscou.  Otherwise the
   venue as written. */
const char *
city_of_venue(const struct xdoc *x, const char *place)
{
	const struct geo_place *g;
	size_t k;
	int unsure;

	if (!place || !(g = geo_find(place, NULL, 0, 0, &unsure)) || same_folded(g->name, place))
		return place;
	for (k = 0; k < x->ne; k++)
		if ((x->e[k].type == X_LOC || x->e[k].type == X_GPE) && x->e[k].text
		    && same_folded(x->e[k].text, g->name))
			return g->name;
	return place;
}

/* ---- a venue as the place ---- */

/* Venues are words of their own, not cues: "au siège de" is a cue of
   place, and "siège" in it a venue. */
static struct lexicon venues;

static int
keep_venue(const char *type)
{
	return strcmp(type, "VENUE") == 0;
}

int
venues_load(const char *path)
{
	return lex_load(&venues, path, keep_venue);
}

static int
venue_at(const struct toklist *tl, size_t i)
{
	int n;

	return lex_match(&venues, tl, NULL, i, NULL, NULL, &n) >= 0 && n == 1;
}

/* Token i opens a venue after "au", "à la", "en sa", "à l'": the word
   before it, and the one before that when it is an article or a
   possessive. */
static int
venue_opens(const struct toklist *tl, size_t i)
{
	size_t k = i;

	if (k >= 1 && (tok_is(tl, k - 1, "la") || tok_is(tl, k - 1, "l'") || tok_is(tl, k - 1, "sa")
	    || tok_is(tl, k - 1, "son")))
		k--;
	return k >= 1 && (tok_is(tl, k - 1, "au") || tok_is(tl, k - 1, "a") || tok_is(tl, k - 1, "en")
	    || (k < i && tok_is(tl, k - 1, "dans")));
}

/* An entity of a person, an office or a date begins at token k. */
static int
entity_at(const struct xdoc *x, int s, size_t k)
{
	size_t j;

	for (j = x->ent_from[s]; j < x->ent_from[s + 1]; j++) {
		const struct xent *e = &x->e[x->sent_ents[j]];
		if (e->t0 == k && (e->type == X_PER || e->type == X_ROLE || e->type == X_DATE))
			return 1;
	}
	return 0;
}

/* Where a body's name that begins at token k ends, with the acronym in
   brackets after it ("Fonds monétaire international (FMI)"); 0 if no
   body's name begins there. */
static size_t
body_end(const struct xdoc *x, int s, size_t k)
{
	const struct toklist *tl = &x->tl[s];
	size_t j, end;

	for (j = x->ent_from[s]; j < x->ent_from[s + 1]; j++) {
		const struct xent *e = &x->e[x->sent_ents[j]];
		if (e->t0 != k || e->type != X_ORG)
			continue;
		end = e->t1;
		if (end + 2 < tl->n && tok_is(tl, end, "(") && tl->t[end + 1].kind == T_WORD
		    && tok_is(tl, end + 2, ")"))
			end += 3;
		return end;
	}
	return 0;
}

#define VENUE_WORDS 6           /* "siège du ministère des Affaires étrangères" */

/* The venue from token i on, as written: its capitalised words, the
   word after each "de", and one word right after it ("résidence
   officielle", "Palais Rénovation", "siège du ministère"); malloc'd. */
static char *
venue_text(const struct xdoc *x, int s, size_t i)
{
	const struct toklist *tl = &x->tl[s];
	size_t k = i + 1, end = i + 1, b;
	int words = 0, linked = 1;

	while (k < tl->n && words < VENUE_WORDS && !entity_at(x, s, k)) {
		if (tok_is_de(tl, k)) {
			k++;
			if (k < tl->n && (tok_is(tl, k, "la") || tok_is(tl, k, "l'")))
				k++;
			linked = 1;
			continue;
		}
		/* "siège du Fonds monétaire international (FMI)": a body's
		   name whole */
		if (linked && (b = body_end(x, s, k))) {
			end = k = b;
			words++;
			linked = 0;
			continue;
		}
		if (tl->t[k].kind != T_WORD || !(tl->t[k].upper || linked))
			break;
		end = ++k;
		words++;
		linked = 0;
	}
	return xstrndup(tl->text + tl->t[i].b0, tl->t[end - 1].b1 - tl->t[i].b0);
}

char *
venue_of(struct xdoc *x, const struct event *ev)
{
	int i;
	size_t k;

	for (i = 0; i < ev->ns; i++) {
		const struct toklist *tl = &x->tl[ev->sents[i]];
		if (x->head[ev->sents[i]])
			continue;
		for (k = 1; k < tl->n; k++)
			if (venue_at(tl, k) && venue_opens(tl, k))
				return venue_text(x, ev->sents[i], k);
	}
	return NULL;
}
