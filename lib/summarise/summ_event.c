/* Events as mc-summarise reads them: fields checked, dates as intervals
   of days, participants as their countries and surname keys, evidence as
   a SimHash. */
#include <stdlib.h>
#include <string.h>

#include "base/days.h"
#include "summarise/summarise.h"

/* ---- dates ---- */

static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
month_days(int y, int m)
{
	static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : len[m - 1];
}

/* YYYY, YYYY-MM or YYYY-MM-DD, as mc-format(5) writes dates; or --MM-DD,
   a day of a month of no known year; or -W-D, a day of the week of no
   known date (ISO 8601's reduced week date, 1 Monday to 7 Sunday). */
int
sm_date_parse(const char *s, struct sm_date *d)
{
	size_t n = strlen(s);
	int y = digits(s, 4), m = 1, day = 1;

	if (n == 4 && !strncmp(s, "-W-", 3) && s[3] >= '1' && s[3] <= '7') {
		d->prec = PREC_WEEKDAY;
		d->lo = d->hi = s[3] - '0';
		return 1;
	}
	if (n == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
		m = digits(s + 2, 2);
		day = digits(s + 5, 2);
		if (m < 1 || m > 12 || day < 1 || day > month_days(2000, m))
			return 0;
		d->prec = PREC_DAY_MONTH;
		d->lo = d->hi = DAY_MONTH(m, day);
		return 1;
	}
	if (n != 4 && n != 7 && n != 10)
		return 0;
	if (y < 0 || (n > 4 && (s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12)))
		return 0;
	if (n == 10 && (s[7] != '-' || (day = digits(s + 8, 2)) < 1 || day > month_days(y, m)))
		return 0;
	d->prec = n == 4 ? PREC_YEAR : n == 7 ? PREC_MONTH : PREC_DAY;
	d->lo = (int32_t)days_from_civil(y, m, day);
	if (d->prec == PREC_YEAR)
		d->hi = (int32_t)days_from_civil(y, 12, 31);
	else if (d->prec == PREC_MONTH)
		d->hi = (int32_t)days_from_civil(y, m, month_days(y, m));
	else
		d->hi = d->lo;
	return 1;
}

void
sm_date_str(const struct sm_date *d, char out[11])
{
	char tmp[40];
	int y, m, day;

	out[0] = '\0';
	if (d->prec < PREC_YEAR)
		return;
	civil_from_days(d->lo, &y, &m, &day);
	if (d->prec == PREC_YEAR)
		snprintf(tmp, sizeof tmp, "%04d", y);
	else if (d->prec == PREC_MONTH)
		snprintf(tmp, sizeof tmp, "%04d-%02d", y, m);
	else
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, day);
	snprintf(out, 11, "%.10s", tmp);
}

/* As sm_date_str, a day of a month without year as --MM-DD and a day of
   the week as -W-D: the date of a signature in a partial state. */
void
sm_date_sig_str(const struct sm_date *d, char out[11])
{
	if (d->prec == PREC_DAY_MONTH)
		/* % 13: a month of two digits, as the compiler can tell */
		snprintf(out, 11, "--%02d-%02d", DM_MONTH(d->lo) % 13, DM_DAY(d->lo));
	else if (d->prec == PREC_WEEKDAY)
		snprintf(out, 11, "-W-%d", d->lo % 8);
	else
		sm_date_str(d, out);
}

/* ---- participants ---- */

static int
is_roman(const char *w)
{
	static const char *const r[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
		"ix", "x", "xi", "xii", NULL};
	int i;

	for (i = 0; r[i]; i++)
		if (strcmp(w, r[i]) == 0)
			return 1;
	return 0;
}

char *
sm_surname_key(const char *name)
{
	mc_buf f = {0};
	char *s, *end, *w, *prev = NULL, *key;

	utf8_fold(name, strlen(name), &f);
	s = buf_cstr(&f);
	/* words are runs of letters and digits: hyphens, apostrophes and
	   full stops separate them ("Jean-Yves Le Drian" -> "drian") */
	for (end = s + f.len; end > s && !sm_word_char((unsigned char)end[-1]); end--)
		;
	*end = '\0';
	for (w = end; w > s && sm_word_char((unsigned char)w[-1]); w--)
		;
	if (w == end) {
		buf_free(&f);
		return NULL;
	}
	if (is_roman(w)) {
		/* "Mohammed VI": the numeral alone would tell no one apart */
		for (prev = w; prev > s && !sm_word_char((unsigned char)prev[-1]); prev--)
			;
		for (; prev > s && sm_word_char((unsigned char)prev[-1]); prev--)
			;
	}
	key = prev && prev < w ? xstrdup(prev) : xstrdup(w);
	buf_free(&f);
	for (s = key; *s; s++)          /* "mohammed vi", one space */
		if (!sm_word_char((unsigned char)*s))
			*s = ' ';
	return key;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The participants' countries as a set: each participant's country, or
   "~" and the surname of one who has none (an official of an
   international body).  Reports of one meeting agree on it more often
   than on names: one names the guest, another calls him "le président
   ivoirien". */
static uint64_t
countries_key(const struct sm_event *ev)
{
	char **k = xcalloc(ev->nparts + 1, sizeof *k);
	size_t i, n = 0;
	mc_buf b = {0};
	uint64_t h;

	for (i = 0; i < ev->nparts; i++) {
		if (ev->parts[i].country)
			k[n++] = xstrdup(ev->parts[i].country);
		else if (ev->parts[i].key) {
			k[n] = xmalloc(strlen(ev->parts[i].key) + 2);
			sprintf(k[n++], "~%s", ev->parts[i].key);
		}
	}
	qsort(k, n, sizeof *k, str_cmp);
	for (i = 0; i < n; i++) {
		if (i && strcmp(k[i], k[i - 1]) == 0)
			continue;
		buf_adds(&b, k[i]);
		buf_addc(&b, '\x1f');
	}
	h = b.len ? sm_hash(b.s, b.len) : 0;
	for (i = 0; i < n; i++)
		free(k[i]);
	free(k);
	buf_free(&b);
	return h;
}

/* The named participants, as the SM_NAMES smallest 16-bit hashes of
   their surname keys packed in one word (0: none named), ascending. */
static uint64_t
names_key(const struct sm_event *ev)
{
	uint16_t v[SM_NAMES], h, t;
	size_t i, j, n = 0;
	uint64_t w = 0;

	for (i = 0; i < ev->nparts; i++) {
		if (!ev->parts[i].key)
			continue;
		h = (uint16_t)(sm_hash(ev->parts[i].key, strlen(ev->parts[i].key)) >> 48);
		h += !h;                /* 0 marks an empty slot */
		for (j = 0; j < n && v[j] != h; j++)
			;
		if (j < n)
			continue;
		if (n < SM_NAMES)
			v[n++] = h;
		else if (h < v[n - 1])
			v[n - 1] = h;
		else
			continue;
		for (j = n - 1; j > 0 && v[j] < v[j - 1]; j--)
			t = v[j], v[j] = v[j - 1], v[j - 1] = t;
	}
	for (i = 0; i < n; i++)
		w |= (uint64_t)v[i] << (16 * i);
	return w;
}

/* ---- evidence ---- */

static void
simhash_feature(int *v, uint64_t h, int weight)
{
	int b;

	h = mix64(h);
	for (b = 0; b < 64; b++)
		v[b] += (h >> b & 1) ? weight : -weight;
}

/* SimHash of the content words (stopwords and one-letter words left
   out) and of the pairs of adjacent content words, folded; a word weighs
   three pairs.  A republished dispatch differs by a title ("M."), a
   date word ("hier" for "lundi"), quotes and apostrophes: none of them
   count.  On one or two sentences, pairs alone would move more than 3
   bits for a one-word edit; words alone would forget the order. */
uint64_t
sm_simhash(const char *text, int *has_text)
{
	struct toklist tl = {0};
	int v[64] = {0}, b;
	size_t i;
	uint64_t prev = 0, out = 0;

	tokenize(&tl, text, strlen(text));
	*has_text = 0;
	for (i = 0; i < tl.n; i++) {
		if (!sm_is_content(&tl, i))
			continue;
		simhash_feature(v, tl.t[i].hash, 3);
		if (prev)
			simhash_feature(v, prev * 31 + tl.t[i].hash, 1);
		prev = tl.t[i].hash;
		*has_text = 1;
	}
	toklist_free(&tl);
	for (b = 0; b < 64; b++)
		if (v[b] > 0)
			out |= 1ULL << b;
	return out;
}

/* ---- reading an event ---- */

/* A field that is absent or null, or else a string. */
static int
opt_str(json_t *o, const char *key, const char **out, char *err, size_t errsz)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (!v || json_is_null(v))
		return 1;
	if (!json_is_string(v)) {
		snprintf(err, errsz, "field \"%s\" is not a string", key);
		return 0;
	}
	*out = json_string_value(v);
	return 1;
}

/* An array field, absent or null taken as empty. */
static json_t *
opt_array(json_t *o, const char *key, int *ok, char *err, size_t errsz)
{
	json_t *v = json_object_get(o, key);

	if (v && !json_is_null(v) && !json_is_array(v)) {
		snprintf(err, errsz, "field \"%s\" is not an array", key);
		*ok = 0;
	}
	return json_is_array(v) ? v : NULL;
}

static int
read_parts(struct sm_event *ev, json_t *arr, char *err, size_t errsz)
{
	json_t *p;
	size_t i;
	char sub[128];

	ev->parts = xcalloc(json_array_size(arr) + 1, sizeof *ev->parts);
	json_array_foreach(arr, i, p) {
		struct sm_part *pt = &ev->parts[i];
		if (!json_is_object(p)) {
			snprintf(err, errsz, "participant %zu is not an object", i);
			return 0;
		}
		ev->nparts = i + 1;
		if (!opt_str(p, "name", &pt->name, sub, sizeof sub) || !opt_str(p, "country", &pt->country, sub, sizeof sub)
		    || !opt_str(p, "role", &pt->role, sub, sizeof sub) || !opt_str(p, "side", &pt->side, sub, sizeof sub)) {
			snprintf(err, errsz, "participant %zu: %s", i, sub);
			return 0;
		}
		pt->key = pt->name ? sm_surname_key(pt->name) : NULL;
	}
	return 1;
}

static int
read_topics(struct sm_event *ev, json_t *arr, char *err, size_t errsz)
{
	json_t *t;
	size_t i;

	ev->topics = xcalloc(json_array_size(arr) + 1, sizeof *ev->topics);
	json_array_foreach(arr, i, t) {
		if (!json_is_string(t)) {
			snprintf(err, errsz, "topic %zu is not a string", i);
			return 0;
		}
		ev->topics[ev->ntopics++] = json_string_value(t);
	}
	return 1;
}

/* Evidence sentences joined, for the SimHash. */
static int
read_evidence(struct sm_event *ev, json_t *arr, char *err, size_t errsz)
{
	json_t *e, *text;
	mc_buf b = {0};
	size_t i;
	int has;

	ev->evidence = arr;
	json_array_foreach(arr, i, e) {
		text = json_object_get(e, "text");
		if (!json_is_object(e) || !json_is_string(text)) {
			snprintf(err, errsz, "evidence %zu has no string \"text\"", i);
			buf_free(&b);
			return 0;
		}
		buf_adds(&b, json_string_value(text));
		buf_addc(&b, '\n');
	}
	ev->sig.simhash = sm_simhash(buf_cstr(&b), &has);
	ev->sig.has_text = (uint8_t)has;
	buf_free(&b);
	return 1;
}

/* "geo": null, absent (events from before places were on the map), or
   {name, country, lat, lon, ...}. */
static int
read_geo(struct sm_event *ev, json_t *g, char *err, size_t errsz)
{
	json_t *lat = json_object_get(g, "lat"), *lon = json_object_get(g, "lon");

	if (!g || json_is_null(g))
		return 1;
	if (!json_is_object(g) || !json_is_number(lat) || !json_is_number(lon)) {
		snprintf(err, errsz, "field \"geo\" is neither null nor {name, country, lat, lon}");
		return 0;
	}
	if (!opt_str(g, "name", &ev->geo_name, err, errsz)
	    || !opt_str(g, "country", &ev->geo_country, err, errsz))
		return 0;
	ev->lat = json_number_value(lat);
	ev->lon = json_number_value(lon);
	return 1;
}

static int
read_scalars(struct sm_event *ev, json_t *j, char *err, size_t errsz)
{
	const char *day_month = NULL, *weekday = NULL, *story = NULL;

	if (!(ev->doc = jstr(j, "doc"))) {
		snprintf(err, errsz, "no string field \"doc\" (is this mc-extract output?)");
		return 0;
	}
	if (!opt_str(j, "type", &ev->type, err, errsz) || !opt_str(j, "mode", &ev->mode, err, errsz)
	    || !opt_str(j, "cameo", &ev->cameo, err, errsz) || !opt_str(j, "place", &ev->place, err, errsz)
	    || !opt_str(j, "host_country", &ev->host, err, errsz) || !opt_str(j, "date", &ev->date, err, errsz))
		return 0;
	if (!read_geo(ev, json_object_get(j, "geo"), err, errsz))
		return 0;
	if (ev->date && (!sm_date_parse(ev->date, &ev->sig.date) || ev->sig.date.prec < PREC_YEAR)) {
		snprintf(err, errsz, "field \"date\" is not a date as YYYY, YYYY-MM or YYYY-MM-DD: '%.40s'", ev->date);
		return 0;
	}
	if (!ev->date && (!opt_str(j, "day_month", &day_month, err, errsz)
	    || !opt_str(j, "weekday", &weekday, err, errsz)))
		return 0;
	if (!opt_str(j, "story", &story, err, errsz))
		return 0;
	if (story && !(ev->sig.has_story = (uint8_t)story_parse(story, &ev->sig.story))) {
		snprintf(err, errsz, "field \"story\" is not a story fingerprint (%d hex digits): '%.40s'",
		    STORY_HEX - 1, story);
		return 0;
	}
	if (!ev->date && day_month && (!sm_date_parse(day_month, &ev->sig.date)
	    || ev->sig.date.prec != PREC_DAY_MONTH)) {
		snprintf(err, errsz, "field \"day_month\" is not a day of a month as --MM-DD: '%.40s'", day_month);
		return 0;
	}
	if (!ev->date && !day_month && weekday && (!sm_date_parse(weekday, &ev->sig.date)
	    || ev->sig.date.prec != PREC_WEEKDAY)) {
		snprintf(err, errsz, "field \"weekday\" is not a day of the week as -W-1 to -W-7: '%.40s'", weekday);
		return 0;
	}
	return 1;
}

int
sm_event_read(struct sm_event *ev, json_t *j, char *err, size_t errsz)
{
	json_t *parts, *topics, *evid;
	const char *place;
	int ok = 1;
	mc_buf f = {0};

	memset(ev, 0, sizeof *ev);
	ev->json = j;
	if (!read_scalars(ev, j, err, errsz))
		return 0;
	parts = opt_array(j, "participants", &ok, err, errsz);
	topics = ok ? opt_array(j, "topics", &ok, err, errsz) : NULL;
	evid = ok ? opt_array(j, "evidence", &ok, err, errsz) : NULL;
	if (!ok || !read_parts(ev, parts, err, errsz) || !read_topics(ev, topics, err, errsz)
	    || !read_evidence(ev, evid, err, errsz))
		return 0;
	ev->dochash = sm_hash(ev->doc, strlen(ev->doc));
	ev->sig.pkey = countries_key(ev);
	ev->sig.names = names_key(ev);
	/* the place on the map ("Carthage" and "Tunis" are one), and only
	   that: a place the gazetteer does not know ("le Complexe", a
	   rubric read as a dateline) tells no meeting from another; events
	   from before places were on the map have no geo, and their place */
	place = json_object_get(j, "geo") ? ev->geo_name : ev->place;
	if (place && *place) {
		utf8_fold(place, strlen(place), &f);
		ev->sig.place = sm_hash(f.s, f.len);
		buf_free(&f);
	}
	return 1;
}

void
sm_event_free(struct sm_event *ev)
{
	size_t i;

	for (i = 0; i < ev->nparts; i++)
		free(ev->parts[i].key);
	free(ev->parts);
	free(ev->topics);
	memset(ev, 0, sizeof *ev);
}
