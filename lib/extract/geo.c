/* Places on the map: the gazetteer of data/geo/ (GeoNames' cities, their
   French names, venues that stand for a city) and the choice among
   places of one name by the countries of the event. */
#include <stdlib.h>
#include <string.h>

#include "extract/geo.h"
#include "text/tok.h"

/* Names are matched folded: case and accents, hyphens, apostrophes and
   dots as spaces, an article in front dropped ("l'Élysée", "Le Caire"). */
static void
geo_key(const char *s, mc_buf *out)
{
	static const char *const articles[] = {"le ", "la ", "les ", "l "};
	static mc_buf f;        /* reused: a gazetteer is 26,000 names */
	size_t i, k;
	char c;

	buf_clear(out);
	buf_clear(&f);
	utf8_fold(s, strlen(s), &f);
	buf_need(out, f.len + 1);       /* the key is never longer */
	for (i = 0; i < f.len; i++) {
		c = f.s[i];
		if (c == '-' || c == '\'' || c == '.' || c == ',' || c == ' ' || c == '\t') {
			if (out->len && out->s[out->len - 1] != ' ')
				out->s[out->len++] = ' ';
		} else if (!strncmp(f.s + i, "\xE2\x80\x99", 3)) {    /* ’ */
			if (out->len && out->s[out->len - 1] != ' ')
				out->s[out->len++] = ' ';
			i += 2;
		} else {
			out->s[out->len++] = c;
		}
	}
	while (out->len && out->s[out->len - 1] == ' ')
		out->len--;
	for (k = 0; k < sizeof articles / sizeof *articles; k++) {
		size_t n = strlen(articles[k]);
		if (out->len > n && !strncmp(out->s, articles[k], n)) {
			memmove(out->s, out->s + n, out->len - n);
			out->len -= n;
			break;
		}
	}
	buf_cstr(out);
}

/* ---- the table: folded form -> the places of that name ---- */

struct form {
	char *key;
	int *place;             /* indexes into places */
	size_t n;
	int alias;              /* set by a line that names one place */
};

static struct geo_place *places;
static size_t nplaces, cplaces;
static struct form *forms;
static size_t nforms_slots, nforms;
static struct geo_stats stats;

/* The gazetteer's strings, in blocks that live as long as the run: one
   allocation a block, not one a name. */
static char *
pool_strdup(const char *s)
{
	static char *block;
	static size_t left;
	size_t n = strlen(s) + 1;
	char *p;

	if (n > left) {
		left = n > 65536 ? n : 65536;
		block = xmalloc(left);
	}
	p = block;
	memcpy(p, s, n);
	block += n;
	left -= n;
	return p;
}

/* The slot of key: where it is, or the empty one where it would go. */
static size_t
form_slot(const char *key)
{
	size_t i = tok_hash_str(key, strlen(key)) & (nforms_slots - 1);

	while (forms[i].key && strcmp(forms[i].key, key))
		i = (i + 1) & (nforms_slots - 1);
	return i;
}

static struct form *
find_form(const char *key, int add)
{
	size_t i;

	if (nforms_slots && forms[i = form_slot(key)].key)
		return &forms[i];
	if (!add)
		return NULL;
	if ((nforms + 1) * 2 > nforms_slots) {          /* at most half full */
		struct form *old = forms;
		size_t n = nforms_slots, k;
		nforms_slots = nforms_slots ? nforms_slots * 2 : 1024;
		forms = xcalloc(nforms_slots, sizeof *forms);
		for (k = 0; k < n; k++)
			if (old[k].key)
				forms[form_slot(old[k].key)] = old[k];
		free(old);
	}
	i = form_slot(key);
	forms[i].key = pool_strdup(key);
	nforms++;
	return &forms[i];
}

/* GeoNames id -> index into places, open addressing */
static int *by_id;
static size_t nid_slots;

static size_t
id_slot(long id)
{
	size_t i = (size_t)((unsigned long)id * 2654435761u) & (nid_slots - 1);

	while (by_id[i] >= 0 && places[by_id[i]].geonames != id)
		i = (i + 1) & (nid_slots - 1);
	return i;
}

static int
place_by_id(long id)
{
	return nid_slots ? by_id[id_slot(id)] : -1;
}

static void
index_id(int k)
{
	size_t i;

	if ((nplaces + 1) * 2 > nid_slots) {
		nid_slots = nid_slots ? nid_slots * 2 : 4096;
		free(by_id);
		by_id = xmalloc(nid_slots * sizeof *by_id);
		memset(by_id, 0xff, nid_slots * sizeof *by_id);         /* all -1 */
		for (i = 0; i < nplaces; i++)
			if ((int)i != k)
				by_id[id_slot(places[i].geonames)] = (int)i;
	}
	by_id[id_slot(places[k].geonames)] = k;
}

static void
form_add(const char *name, int place, int alias)
{
	static mc_buf key;
	struct form *f;
	size_t i;

	geo_key(name, &key);
	if (!key.len)
		return;
	f = find_form(key.s, 1);
	if (alias && !f->alias)         /* a venue or a press name: that place */
		f->n = 0;
	else if (!alias && f->alias)
		return;
	f->alias |= alias;
	for (i = 0; i < f->n; i++)
		if (f->place[i] == place)
			return;
	f->place = xrealloc(f->place, (f->n + 1) * sizeof *f->place);
	f->place[f->n++] = place;
}

/* "-15.9785": the gazetteer's degrees, read without strtod's cost (a
   third of the loading time); anything else, as strtod reads it. */
static double
degrees(const char *s)
{
	const char *p = s + (*s == '-');
	double v = 0, scale = 1;

	for (; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			v += (*p - '0') * (scale /= 10);
	if (*p)
		return strtod(s, NULL);
	return *s == '-' ? -v : v;
}

/* A whole number of digits only (an id, a population), or -1. */
static long
count(const char *s)
{
	long v = 0;

	if (!*s || strlen(s) > 15)
		return -1;
	for (; *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (*s - '0');
	return *s ? -1 : v;
}

/* form, id, alpha-3, latitude, longitude, population; or form, id. */
static int
geo_line(char **f, int nf, const char *path, long line)
{
	long id = count(f[1]);
	int k;

	if (id <= 0 || (nf != 2 && nf != 6)) {
		mc_error(path, line, "expected form<TAB>geonames id[<TAB>country<TAB>lat<TAB>lon<TAB>population]");
		return 0;
	}
	k = place_by_id(id);
	if (nf == 2) {
		if (k < 0) {
			mc_error(path, line, "no place %ld above this line", id);
			return 0;
		}
		form_add(f[0], k, 1);
		return 1;
	}
	if (strlen(f[2]) != 3) {
		mc_error(path, line, "'%s' is no ISO 3166-1 alpha-3 code", f[2]);
		return 0;
	}
	if (k < 0) {
		if (nplaces == cplaces) {
			cplaces = cplaces ? cplaces * 2 : 4096;
			places = xrealloc(places, cplaces * sizeof *places);
		}
		k = (int)nplaces++;
		places[k].name = pool_strdup(f[0]);
		places[k].geonames = id;
		memcpy(places[k].country, f[2], 4);
		places[k].lat = degrees(f[3]);
		places[k].lon = degrees(f[4]);
		places[k].population = count(f[5]) > 0 ? count(f[5]) : 0;
		index_id(k);
	}
	form_add(f[0], k, 0);
	return 1;
}

static int
geo_file(const char *path, void *ctx)
{
	mc_in *in = in_open(path);
	char *line, *f[7], *p;
	size_t len;
	int nf, ok = 1;

	(void)ctx;
	if (!in)
		return 0;
	while ((line = in_line(in, &len)) != NULL) {
		if (len == 0 || line[0] == '#')
			continue;
		for (nf = 0, p = line; nf < 7 && p; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '\t')))
				*p++ = '\0';
		}
		ok &= geo_line(f, p ? 7 : nf, in_name(in), in_lineno(in));
	}
	in_close(in);
	return ok;
}

int
geo_init(void)
{
	return data_dir_each("geo", geo_file, NULL);
}

/* ---- territories and the states they belong to ---- */

static struct { char territory[4], state[4]; } *owned;
static size_t nowned;

static int
territory_line(char *line, const char *path, long lineno)
{
	char *state = strchr(line, '\t');

	if (!state || strlen(state + 1) != 3 || state - line != 3 || strchr(state + 1, '\t')) {
		mc_error(path, lineno, "expected territory<TAB>state, two ISO 3166-1 alpha-3 codes");
		return 0;
	}
	owned = xrealloc(owned, (nowned + 1) * sizeof *owned);
	memcpy(owned[nowned].territory, line, 3);
	owned[nowned].territory[3] = '\0';
	memcpy(owned[nowned].state, state + 1, 4);
	nowned++;
	return 1;
}

int
territories_load(const char *path)
{
	mc_in *in = in_open(path);
	char *line;
	size_t len;
	int ok = 1;

	if (!in)
		return 0;
	while ((line = in_line(in, &len)) != NULL)
		if (len > 0 && line[0] != '#')
			ok &= territory_line(line, in_name(in), in_lineno(in));
	in_close(in);
	return ok;
}

const char *
state_of(const char *country)
{
	size_t i;

	for (i = 0; country && i < nowned; i++)
		if (!strcmp(owned[i].territory, country))
			return owned[i].state;
	return country;
}

/* ---- an event's place ---- */

/* The place of that name.  A country of the event picks among the
   places of that name that are not tiny beside the largest (a twentieth
   of its population or more: the press's Paris is not Paris, Texas),
   the first countries first; the most populous place is the default.
   A choice that the first ntelling countries did not make, between
   places of other countries of a similar size (a tenth or more), is
   unsure. */
const struct geo_place *
geo_find(const char *name, const char *const *countries, size_t n, size_t ntelling, int *unsure)
{
	mc_buf key = {0};
	const struct form *f;
	const struct geo_place *best = NULL, *big = NULL, *p;
	size_t i, k, by = n;

	*unsure = 0;
	geo_key(name, &key);
	f = key.len ? find_form(key.s, 0) : NULL;
	buf_free(&key);
	if (!f || !f->n)
		return NULL;
	for (i = 0; i < f->n; i++)
		if (!big || places[f->place[i]].population > big->population)
			big = &places[f->place[i]];
	for (k = 0; k < n && !best; k++)
		for (i = 0; i < f->n && !best; i++) {
			p = &places[f->place[i]];
			if (countries[k] && !strcmp(p->country, countries[k]) && p->population * 20 >= big->population)
				best = p, by = k;
		}
	if (!best)
		best = big;
	if (by < ntelling)
		return best;
	for (i = 0; i < f->n; i++) {
		p = &places[f->place[i]];
		if (strcmp(p->country, best->country) && p->population * 10 >= best->population)
			*unsure = 1;
	}
	return best;
}

void
geo_count(enum geo_why why)
{
	stats.n[why]++;
}

const struct geo_stats *
geo_stats(void)
{
	return &stats;
}
