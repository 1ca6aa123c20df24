/* The keys mc-summarise groups events by, and the values an event has
   for each. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

const char *const sm_key_name[K_NKEYS] = {
	"country", "counterpart", "host", "topic", "month", "quarter", "year",
	"person", "type", "mode", "cameo", "place", "place_country"
};

int
sm_keys_parse(const char *list, enum sm_key *keys, int max, char *err, size_t errsz)
{
	char *copy = xstrdup(list), *tok, *save = NULL;
	int n = 0, k, i;

	for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		for (k = 0; k < K_NKEYS && strcmp(tok, sm_key_name[k]) != 0; k++)
			;
		for (i = 0; i < n && keys[i] != (enum sm_key)k; i++)
			;
		if (k == K_NKEYS)
			snprintf(err, errsz, "unknown key '%s' (country, counterpart, host, topic, "
			    "month, quarter, year, person, type, mode, cameo, place, place_country)", tok);
		else if (i < n)
			snprintf(err, errsz, "key '%s' given twice", tok);
		else if (n == max)
			snprintf(err, errsz, "at most %d keys", max);
		if (k == K_NKEYS || i < n || n == max) {
			free(copy);
			return 0;
		}
		keys[n++] = (enum sm_key)k;
	}
	free(copy);
	if (!n)
		snprintf(err, errsz, "no key");
	return n;
}

/* Add a value unless the event already has it (an event counts once in
   a group, whatever the number of its participants from one country). */
static void
add(struct sm_vals *vs, const char *key, const char *shown)
{
	size_t i;

	for (i = 0; i < vs->n; i++)
		if (strcmp(vs->v[i].key, key) == 0) {
			if (sm_shown_better(shown, vs->v[i].shown)) {
				free(vs->v[i].shown);
				vs->v[i].shown = xstrdup(shown);
			}
			return;
		}
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 8;
		vs->v = xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n].key = xstrdup(key);
	vs->v[vs->n++].shown = xstrdup(shown);
}

static void
add1(struct sm_vals *vs, const char *v)
{
	add(vs, v && *v ? v : "unknown", v && *v ? v : "unknown");
}

static void
countries(const struct sm_event *ev, struct sm_vals *vs, int counterpart)
{
	size_t i;
	const char *c;

	for (i = 0; i < ev->nparts; i++) {
		c = ev->parts[i].country;
		if (!c || !*c || (counterpart && ev->host && strcmp(c, ev->host) == 0))
			continue;
		add(vs, c, c);
	}
}

static void
date_value(const struct sm_event *ev, enum sm_key k, struct sm_vals *vs)
{
	const struct sm_date *d = &ev->sig.date;
	char iso[11];

	sm_date_str(d, iso);
	if (d->prec < PREC_YEAR || (k != K_YEAR && d->prec < PREC_MONTH)) {
		add1(vs, NULL);
		return;
	}
	if (k == K_YEAR)
		iso[4] = '\0';
	else if (k == K_MONTH)
		iso[7] = '\0';
	else {
		/* "2024-06" becomes "2024-Q2" */
		int q = (atoi(iso + 5) + 2) / 3;
		iso[5] = 'Q';
		iso[6] = (char)('0' + q);
		iso[7] = '\0';
	}
	add1(vs, iso);
}

static void
clear(struct sm_vals *vs)
{
	size_t i;

	for (i = 0; i < vs->n; i++) {
		free(vs->v[i].key);
		free(vs->v[i].shown);
	}
	vs->n = 0;
}

void
sm_key_values(const struct sm_event *ev, enum sm_key k, struct sm_vals *vs)
{
	size_t i;

	clear(vs);
	switch (k) {
	case K_COUNTRY:
	case K_COUNTERPART:
		countries(ev, vs, k == K_COUNTERPART);
		break;
	case K_TOPIC:
		for (i = 0; i < ev->ntopics; i++)
			if (*ev->topics[i])
				add(vs, ev->topics[i], ev->topics[i]);
		break;
	case K_PERSON:
		for (i = 0; i < ev->nparts; i++)
			if (ev->parts[i].key) {
				const char *shown;
				char *v = sm_person_value(&ev->parts[i], &shown);
				add(vs, v, shown);
				free(v);
			}
		break;
	case K_MONTH:
	case K_QUARTER:
	case K_YEAR:
		date_value(ev, k, vs);
		break;
	case K_HOST: add1(vs, ev->host); break;
	case K_TYPE: add1(vs, ev->type); break;
	case K_MODE: add1(vs, ev->mode); break;
	case K_CAMEO: add1(vs, ev->cameo); break;
	/* the place as the map has it, else as the text writes it */
	case K_PLACE: add1(vs, ev->geo_name ? ev->geo_name : ev->place); break;
	case K_PLACE_COUNTRY: add1(vs, ev->geo_country); break;
	case K_NKEYS: break;
	}
	if (vs->n == 0)
		add1(vs, NULL);
}

void
sm_vals_free(struct sm_vals *vs)
{
	clear(vs);
	free(vs->v);
	memset(vs, 0, sizeof *vs);
}
