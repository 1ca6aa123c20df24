/* Tagging: one pass over each sentence's tokens with the lexicons (people,
   offices, countries, places, organisations, dates, event names), then a
   pass over the document (the home country, acronyms, surnames met again,
   dates resolved, topics). */
#include <stdlib.h>
#include <string.h>

#include "base/days.h"
#include "tag/tag.h"
#include "tag/names.h"
#include "tag/topics.h"

static struct lexicon ent_lex;       /* entities and grammar words, folded */
static int keep_main(const char *type) { return strcmp(type, "TOPIC") != 0; }

static int
load_lexicon(const char *path, void *ctx)
{
	(void)ctx;
	return lex_load(&ent_lex, path, keep_main);
}

/* A user's file may hold entities and topic cues alike. */
static int
user_entry(char **f, int nf, const char *path, long line, void *ctx)
{
	int r = topics_user_entry(f, nf, path, line);

	(void)ctx;
	return r >= 0 ? r : lex_add(&ent_lex, f, nf, path, line);
}

int
tag_init(const char *const *extra, size_t nextra)
{
	char *tp = data_path("topics.tsv");
	int ok;
	size_t i;

	ok = data_dir_each("lexicon", load_lexicon, NULL) & topics_load(tp) & dates_load();
	for (i = 0; i < nextra; i++)
		ok &= tsv_each(extra[i], user_entry, NULL);
	free(tp);
	ok &= topics_ready();
	names_init(&ent_lex);
	return ok;
}

/* An entry of the type ctx names ("LOC", "AGENCY"...). */
static int
of_type(const struct lex_entry *e, void *ctx)
{
	return strcmp(e->type, (const char *)ctx) == 0;
}

/* "l'été dernier", "l'hiver prochain", "l'été 2024": the season's first
   month.  "été" alone is also a past participle, so a marker or a year
   must follow. */
static int
season(const struct tagged *t, const struct toklist *tl, size_t i, int month, int *k,
    struct mc_date *r)
{
	size_t j = i + (size_t)*k;
	int rel, n, y;

	*r = (struct mc_date){0, month, 0};
	if (j < tl->n && tl->t[j].kind == T_NUM && strlen(tok_fold(tl, j)) == 4
	    && (y = atoi(tok_fold(tl, j))) > 1900) {
		r->y = y;
		*k += 1;
		return 1;
	}
	if (!(rel = date_word(tl, j, "RELMARK", &n)))
		return 0;
	*k += n;
	if (t->has_anchor && t->anchor.m) {
		/* the last such season that began before the date, or the next */
		if (rel < 0)
			r->y = t->anchor.m > month ? t->anchor.y : t->anchor.y - 1;
		else
			r->y = t->anchor.m < month ? t->anchor.y : t->anchor.y + 1;
	}
	return 1;
}

/* "les 13 et 14 juin", "du 4 au 6 octobre 2023", "du dimanche 18 au
   mercredi 21 février": the first day of a meeting of several, read
   before the date that ends the range, which begins at *at; 0 when
   token i begins no such range. */
static int
range_first_day(const struct toklist *tl, size_t i, size_t *at)
{
	size_t j = i, end;
	int d, k;

	*at = i;
	if (date_word(tl, j, "WEEKDAY", &k))
		j += (size_t)k;
	if (j + 2 >= tl->n || tl->t[j].kind != T_NUM
	    || (strcmp(tok_fold(tl, j + 1), "et") && strcmp(tok_fold(tl, j + 1), "au")))
		return 0;
	end = j + 2;
	if (date_word(tl, end, "WEEKDAY", &k))
		end += (size_t)k;
	if (end >= tl->n || tl->t[end].kind != T_NUM)
		return 0;
	d = atoi(tok_fold(tl, j));
	if (d < 1 || d >= atoi(tok_fold(tl, end)))
		return 0;
	*at = j + 2;
	return d;
}
/* "l'hôtel 2 Février", "la place du 13 Janvier": a day and month after a
   word of DATENAME name a building or a street, and are no date. */
static int
names_a_place(const struct toklist *tl, size_t i)
{
	int k;

	if (i >= 2 && (tok_is(tl, i - 1, "du") || tok_is(tl, i - 1, "de")))
		i--;
	return i >= 1 && date_word(tl, i - 1, "DATENAME", &k);
}


static void
tag_date(struct tagged *t, int s, size_t i, size_t *next)
{
	const struct toklist *tl = &t->tl[s];
	struct mc_date d, r;
	size_t at;      /* where the date proper begins */
	int k = 0, v, used, first = range_first_day(tl, i, &at);
	char iso[11];
	struct ent *e;

	/* most tokens: one probe instead of five lookups */
	if (!date_may_start(tl, i))
		return;
	if ((used = date_at(tl, at, &d)) > 0) {
		if (first && d.d)
			d.d = first;
		date_iso(&d, iso);
		ent_add(t, s, (uint32_t)i, (uint32_t)(at + (size_t)used), E_DATE, iso);
		*next = at + (size_t)used;
		return;
	}
	struct mc_date named = {t->year_named, 0, 0};
	if (names_a_place(tl, at))
		return;
	if ((used = date_at_yearless(tl, at, t->has_anchor ? &t->anchor : t->year_named ? &named : NULL,
	    t->has_date, &d)) > 0
	    || (used = date_at_this_month(tl, at, t->has_anchor ? &t->anchor : NULL, &d)) > 0) {
		/* "le 12 juin", and "le 12 courant", "le 5 du mois en cours" */
		e = ent_add(t, s, (uint32_t)i, (uint32_t)(at + (size_t)used), E_DATE, NULL);
		if (first && d.d)
			d.d = first;
		if (d.y) {
			date_iso(&d, iso);
			e->value = xstrdup(iso);
		}
		k = (int)(at - i) + used;
	} else if ((v = date_word(tl, i, "WEEKDAY", &k))) {
		int n, rel = date_word(tl, i + (size_t)k, "RELMARK", &n), ahead = rel > 0;
		if (rel)
			k += n;         /* "mardi dernier" as written */
		e = ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)k), E_DATE, NULL);
		/* "lundi prochain": the next one, after the day of writing */
		if (t->has_anchor && date_resolve_weekday(&t->anchor, v, &r)) {
			if (ahead)
				date_add_days(&r, 7);
			date_iso(&r, iso);
			e->value = xstrdup(iso);
		}
	} else if ((v = date_word(tl, i, "SEASON", &k)) && season(t, tl, i, v, &k, &r)) {
		e = ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)k), E_DATE, NULL);
		if (r.y) {
			date_iso(&r, iso);
			e->value = xstrdup(iso);
		}
	} else if ((v = date_word(tl, i, "RELDAY", &k))) {
		e = ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)k), E_DATE, NULL);
		if (t->has_anchor && t->anchor.d) {
			r = t->anchor;
			date_add_days(&r, v - RELDAY_BIAS);
			date_iso(&r, iso);
			e->value = xstrdup(iso);
		}
	} else {
		return;
	}
	e->raw = ent_text(t, s, e->t0, e->t1);
	*next = i + (size_t)k;
}

static void
tag_sentence(struct tagged *t, int s)
{
	const struct toklist *tl = &t->tl[s];
	size_t i = 0, next;

	while (i < tl->n) {
		next = i;
		tag_date(t, s, i, &next);
		if (next == i)
			next = names_at(t, s, i, &ent_lex);
		i = next > i ? next : i + 1;
	}
}

/* ---- document-level passes ---- */

/* Votes for the text's home country: a code and its weight.  A
   country named counts 2, its adjective or a place 1; the site a text
   comes from counts as a country named OUTLET_WEIGHT / 2 times, for a
   site's pages tell of other countries as often as of its own. */
#define OUTLET_WEIGHT 3
struct tally {
	struct { const char *code; int n; } *c;
	size_t nc, cap;
};

static void
tally_add(struct tally *ty, const char *code, int w)
{
	size_t k;

	for (k = 0; k < ty->nc && strcmp(ty->c[k].code, code); k++)
		;
	if (k == ty->nc) {
		if (ty->nc == ty->cap) {
			ty->cap = ty->cap ? 2 * ty->cap : 16;
			ty->c = xrealloc(ty->c, ty->cap * sizeof *ty->c);
		}
		ty->c[ty->nc].code = code;
		ty->c[ty->nc++].n = 0;
	}
	ty->c[k].n += w;
}

/* The country of the site a url is of: the outlet its domain or a
   domain above it names (outlets.tsv), else its country-code domain
   (tld.tsv); NULL for none, or for an outlet of no one country. */
static const char *
url_country(const char *url)
{
	struct toklist tl = {0};
	const char *host = strstr(url, "://"), *end, *country = NULL;
	size_t i;
	int e = -1, k;

	host = host ? host + 3 : url;
	if (!strncmp(host, "www.", 4))
		host += 4;
	end = host + strcspn(host, "/:?#");
	tokenize(&tl, host, (size_t)(end - host));
	/* the longest domain first: "french.xinhuanet.com", "xinhuanet.com" */
	for (i = 0; i < tl.n && e < 0; i++)
		if ((i == 0 || tok_is(&tl, i - 1, ".")) && (e = lex_match(&ent_lex, &tl, NULL, i,
		    of_type, "OUTLET", &k)) >= 0 && i + (size_t)k != tl.n)
			e = -1;
	if (e < 0 && tl.n && (e = lex_match(&ent_lex, &tl, NULL, tl.n - 1, of_type, "TLD", &k)) >= 0)
		country = ent_lex.e[e].value;
	else if (e >= 0 && strcmp(ent_lex.e[e].value, "-") != 0)
		country = ent_lex.e[e].value;
	toklist_free(&tl);
	return country;
}

/* Extra weight for the country of the agency that signs the dispatch
   ("(MAP-11/05/2021)"), of the dateline's place and of the site the
   document comes from. */
static void
home_hints(const struct jr *doc, struct tally *ty)
{
	const struct jr *dropped = jr_get(doc, "dropped");
	const char *dateline = jr_str(doc, "dateline"), *url = jr_str(doc, "url"), *site;
	struct toklist tl = {0};
	size_t i, j;
	int e, k;

	if (url && (site = url_country(url)))
		tally_add(ty, site, OUTLET_WEIGHT);

	/* the dateline's place: "Rabat — " */
	if (dateline) {
		tokenize(&tl, dateline, strlen(dateline));
		if (tl.n && (e = lex_match(&ent_lex, &tl, NULL, 0, of_type, "LOC", &k)) >= 0
		    && strcmp(ent_lex.e[e].value, "-") != 0)
			tally_add(ty, ent_lex.e[e].value, 2);
	}
	for (i = 0; i < jr_len(dropped); i++) {
		const char *why = jr_str(&dropped->u.kid[i], "why"), *txt = jr_str(&dropped->u.kid[i], "text");
		if (!why || !txt || strcmp(why, "trailer") != 0)
			continue;
		tokenize(&tl, txt, strlen(txt));
		for (j = 0; j < tl.n; j++)
			if ((e = lex_match(&ent_lex, &tl, NULL, j, of_type, "AGENCY", &k)) >= 0)
				tally_add(ty, ent_lex.e[e].value, 6);
	}
	toklist_free(&tl);
}

static int
in_role(const struct tagged *t, size_t i)
{
	size_t k;

	for (k = 0; k < t->ne; k++)
		if (t->e[k].type == E_ROLE && t->e[k].s == t->e[i].s && t->e[i].t0 >= t->e[k].t0
		    && t->e[i].t1 <= t->e[k].t1)
			return 1;
	return 0;
}

#define RANKS_MAX 7             /* countries in a document's ranking */

/* Is country c in the ranking already? */
static int
ranked(const struct tagged *t, const char *c)
{
	size_t k;

	for (k = 0; k < t->nranks; k++)
		if (!strcmp(t->ranks[k], c))
			return 1;
	return 0;
}

/* The countries of tally ty after those ranked already, most counted
   first, while the ranking has room; their counts are spent. */
static void
rank_tally(struct tagged *t, struct tally *ty)
{
	size_t k;
	int top;

	while (t->nranks < RANKS_MAX) {
		for (top = -1, k = 0; k < ty->nc; k++)
			if (ty->c[k].n >= 0 && (top < 0 || ty->c[k].n > ty->c[top].n))
				top = (int)k;
		if (top < 0)
			break;
		snprintf(t->ranks[t->nranks++], 4, "%s", ty->c[top].code);
		ty->c[top].n = -1;
	}
}

/* After the countries named, those only the offices' nationalities
   name ("la ministre kényane"): a party's country, for an official with
   none of his own on the other side.  They come last, so that the
   home country stays first. */
static void
rank_offices(struct tagged *t)
{
	struct tally ty = {0};
	size_t i;

	for (i = 0; i < t->ne; i++)
		if (t->e[i].type == E_ROLE && t->e[i].country && strcmp(t->e[i].country, "HOME")
		    && !ranked(t, t->e[i].country))
			tally_add(&ty, t->e[i].country, 1);
	rank_tally(t, &ty);
	free(ty.c);
}

static const char *home_opt;

/* The country "le Royaume" names: home, unless home is no kingdom ("à
   Nouakchott, l'ambassadeur du Royaume" in a Moroccan dispatch); then
   the first kingdom of the ranking. */
static const char *
realm_of(const struct tagged *t)
{
	size_t k;

	if (!t->home[0])
		return NULL;
	for (k = 0; !names_is_kingdom(t->home) && k < t->nranks; k++)
		if (names_is_kingdom(t->ranks[k]))
			return t->ranks[k];
	return t->home;
}

void
tag_set_home(const char *iso3)
{
	home_opt = iso3;
}

static void
find_home(struct tagged *t, const struct jr *doc)
{
	struct tally ty = {0};
	size_t nc, i, k;
	int best = -1;
	const char *realm;

	home_hints(doc, &ty);
	for (i = 0; i < t->ne; i++) {
		const char *v = t->e[i].value;
		int w = 2;
		/* countries named, or implied by a place ("à Rabat"), but not
		   the nationality of a visitor's office ("la ministre belge") */
		if (t->e[i].type == E_LOC && t->e[i].country)
			v = t->e[i].country, w = 1;
		else if (t->e[i].type != E_GPE || !v || strcmp(v, "HOME") == 0 || in_role(t, i))
			continue;
		/* "son homologue nippon", "les forces japonaises": an adjective
		   more often tells of the visitors than of home */
		else if (t->e[i].demonym)
			w = 1;
		tally_add(&ty, v, w);
	}
	nc = ty.nc;
	for (k = 0; k < nc; k++)
		if (best < 0 || ty.c[k].n > ty.c[best].n)
			best = (int)k;
	/* the ranking, for offices with no nationality where home is taken */
	t->nranks = 0;
	rank_tally(t, &ty);
	rank_offices(t);
	t->home[0] = '\0';
	if (home_opt)
		snprintf(t->home, sizeof t->home, "%s", home_opt);
	else if (best >= 0)
		snprintf(t->home, sizeof t->home, "%s", ty.c[best].code);
	realm = realm_of(t);
	for (i = 0; i < t->ne; i++) {
		if (t->e[i].type == E_GPE && t->e[i].value && strcmp(t->e[i].value, "HOME") == 0) {
			free(t->e[i].value);
			t->e[i].value = realm ? xstrdup(realm) : NULL;
		}
		/* an office of "du Royaume", and its holder */
		if (t->e[i].country && strcmp(t->e[i].country, "HOME") == 0) {
			free(t->e[i].country);
			t->e[i].country = realm ? xstrdup(realm) : NULL;
		}
	}
	free(ty.c);
}

/* Token lists outlive documents: the next one's sentences reuse their
   arrays rather than growing new ones.  Freed at exit. */
static struct toklist *tl_pool;
static size_t tl_npool;

static void
tl_pool_free(void)
{
	size_t i;

	for (i = 0; i < tl_npool; i++)
		toklist_free(&tl_pool[i]);
	free(tl_pool);
}

static struct toklist *
toklists(size_t n)
{
	if (!tl_pool)
		atexit(tl_pool_free);
	if (n >= tl_npool) {
		tl_pool = xrealloc(tl_pool, (n + 1) * sizeof *tl_pool);
		memset(tl_pool + tl_npool, 0, (n + 1 - tl_npool) * sizeof *tl_pool);
		tl_npool = n + 1;
	}
	return tl_pool;
}

static int
ent_order(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

/* A year written as such at token i ("2025"), or 0. */
static int
year_token(const struct toklist *tl, size_t i)
{
	const char *f;
	int y;

	if (tl->t[i].kind != T_NUM || strlen(f = tok_fold(tl, i)) != 4)
		return 0;
	y = atoi(f);
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* The publication date, else the article's latest full date: with no
   publication date, "le 28 décembre" and "lundi" are read against the
   year and day the article itself gives; with only its month (from the
   page's address), against the latest day of that month the article
   gives. */
static void
set_anchor(struct tagged *t)
{
	struct mc_date d;
	size_t s, i;

	t->anchor = t->date;
	t->has_anchor = t->has_date;
	if (t->has_date && t->date.d)
		return;
	for (s = 0; s < t->nsent; s++)
		for (i = 0; i < t->tl[s].n; i++) {
			int y = year_token(&t->tl[s], i);
			if (y > t->year_named)
				t->year_named = y;
			if (date_may_start(&t->tl[s], i) && date_at(&t->tl[s], i, &d) > 0 && d.d
			    && (!t->has_date || (d.y == t->date.y && d.m == t->date.m))
			    && (!t->has_anchor || days_from_civil(d.y, d.m, d.d)
			    > days_from_civil(t->anchor.y, t->anchor.m, t->anchor.d))) {
				t->anchor = d;
				t->has_anchor = 1;
			}
		}
}

void
tag_doc(struct tagged *t, const struct jr *doc)
{
	const struct jr *sents = jr_get(doc, "sents"), *so, *head;
	const char *date = jr_str(doc, "date");
	size_t i;

	memset(t, 0, sizeof *t);
	if (date && date_parse_iso(date, &t->date))
		t->has_date = 1;
	else if (date && strlen(date) == 4)
		t->date = (struct mc_date){atoi(date), 0, 0}, t->has_date = 1;
	t->nsent = jr_len(sents);
	t->sent = xcalloc(t->nsent, sizeof *t->sent);
	t->tl = toklists(t->nsent);
	t->head = xcalloc(t->nsent, sizeof *t->head);
	for (i = 0; i < t->nsent; i++) {
		const char *txt = jr_str(so = &sents->u.kid[i], "text");
		t->sent[i] = txt ? txt : "";
		t->head[i] = (head = jr_get(so, "head")) && head->type == JR_TRUE;
		tokenize(&t->tl[i], t->sent[i], strlen(t->sent[i]));
	}
	set_anchor(t);
	names_forget();
	for (i = 0; i < t->nsent; i++)
		tag_sentence(t, (int)i);
	find_home(t, doc);
	names_doc(t, &ent_lex);
	if (t->ne)
		qsort(t->e, t->ne, sizeof *t->e, ent_order);
	tag_topics(t);
}

void
tag_free(struct tagged *t)
{
	size_t i, k;

	for (i = 0; i < t->ne; i++) {
		free(t->e[i].value);
		free(t->e[i].country);
		free(t->e[i].title);
		free(t->e[i].role);
		free(t->e[i].raw);
	}
	for (k = 0; k < MAX_TOPICS; k++) {
		for (i = 0; i < t->ntopic_cues[k]; i++)
			free(t->topic_cues[k][i]);
		free(t->topic_cues[k]);
	}
	free(t->e);
	free(t->sent);
	free(t->head);
	free(t->sent_topics);
	memset(t, 0, sizeof *t);
}
