/* The lexicons at a token, as the readers of names ask them: the best
   entry there (longest, then by type priority; kept per sentence, for it
   is asked again and again) and an entry of a given type.  names.c,
   offices.c and names_doc.c all read the lexicons through these. */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "tag/names_int.h"

static const struct lexicon *L;
static struct { const struct toklist *tl; const char *text; size_t n, cap; int *e, *len; } memo;

/* the types in order of priority, for a form that is an entry of
   several types; the others are never the best entry */
static int T_ORG, T_GPE, T_LOC, T_ROLE, T_EVHEAD, T_TITLE, T_FORMULA, T_DEM, T_HOME, T_GIVEN,
	T_STOPCAP;
static int prio_of[256];
/* lex_first_bits of the entries usable at a capital, and at a lower-case
   word: most words that begin an entry ("de", "la", "le") begin none
   usable there. */
static uint64_t first_upper[1024], first_lower[1024];

static int
prio(const struct lex_entry *e)
{
	return e->tcode < 256 ? prio_of[e->tcode] : 0;
}

/* Whether the entry may be usable at a token, capitalised or not: what
   usable() says, without the token. */
static int
usable_case(const struct lex_entry *e, int upper)
{
	if (prio(e) == 0)
		return 0;
	if (e->tcode == T_DEM || e->tcode == T_ROLE || e->tcode == T_FORMULA)
		return !(e->flags & LF_CAP) || upper;
	/* a form written in lower case ("îles Cook", "opération") is
	   matched as it is; a capitalised one needs its capital */
	if (!e->upper && !(e->flags & LF_CAP))
		return e->tcode != T_GIVEN && e->tcode != T_STOPCAP;
	return upper;
}

static int usable_upper(const struct lex_entry *e) { return usable_case(e, 1); }
static int usable_lower(const struct lex_entry *e) { return usable_case(e, 0); }

/* The countries whose long form is a kingdom's ("Royaume du Maroc"),
   read once from the lexicon: their codes. */
static const char **kingdoms;
static size_t nkingdoms;

static void
read_kingdoms(const struct lexicon *lx)
{
	size_t k;

	for (k = 0; k < lx->n; k++)
		if (lx->e[k].tcode == T_GPE && lx->e[k].value && !strncmp(lx->e[k].form, "Royaume ", 8)
		    && !names_is_kingdom(lx->e[k].value)) {
			kingdoms = xrealloc(kingdoms, (nkingdoms + 1) * sizeof *kingdoms);
			kingdoms[nkingdoms++] = lx->e[k].value;
		}
}

int
names_is_kingdom(const char *code)
{
	size_t k;

	for (k = 0; code && k < nkingdoms; k++)
		if (!strcmp(kingdoms[k], code))
			return 1;
	return 0;
}

/* A new document: its sentences may sit where the last one's were. */
void
names_forget(void)
{
	memo.tl = NULL;
}

void
names_lex_init(const struct lexicon *lx)
{
	int *order[] = {&T_ORG, &T_GPE, &T_LOC, &T_ROLE, &T_EVHEAD, &T_TITLE, &T_FORMULA, &T_DEM,
		&T_HOME, &T_GIVEN, &T_STOPCAP};
	static const char *names[] = {"ORG", "GPE", "LOC", "ROLE", "EVHEAD", "TITLE", "FORMULA",
		"DEM", "HOME", "GIVEN", "STOPCAP"};
	size_t k;

	L = lx;
	for (k = 0; k < sizeof order / sizeof *order; k++) {
		*order[k] = lex_type_code(names[k]);
		if (*order[k] < 256)
			prio_of[*order[k]] = 20 - (int)k;
	}
	lex_first_bits(lx, usable_upper, first_upper);
	lex_first_bits(lx, usable_lower, first_lower);
	read_kingdoms(lx);
}

struct at { const struct toklist *tl; size_t i; };

/* "à" or "À" before token i. */
int
names_after_a(const struct toklist *tl, size_t i)
{
	const struct token *p;

	if (i == 0)
		return 0;
	p = &tl->t[i - 1];
	return p->b1 - p->b0 == 2
	    && (!memcmp(tl->text + p->b0, "\xC3\xA0", 2) || !memcmp(tl->text + p->b0, "\xC3\x80", 2));
}

/* Proper-noun entries need a capital in the text; a weak place (a city
   of the gazetteer, cities.tsv) counts only after "à", where it cannot
   be a word of someone's name. */
static int
usable(const struct lex_entry *e, void *ctx)
{
	struct at *a = ctx;

	if (e->tcode == T_LOC && (e->flags & LF_WEAK) && !names_after_a(a->tl, a->i))
		return 0;
	return usable_case(e, a->tl->t[a->i].upper);
}

/* The best entry at token i: longest, then by type priority.  Asked
   again and again for the same tokens, so kept per sentence. */
const struct lex_entry *
names_best_at(const struct toklist *tl, size_t i, int *n)
{
	struct at a = {tl, i};
	int e, best, k;

	if (i >= tl->n)
		return NULL;
	if (memo.tl != tl || memo.text != tl->text || memo.n != tl->n) {
		if (tl->n > memo.cap) {
			memo.cap = tl->n * 2;
			memo.e = xrealloc(memo.e, memo.cap * sizeof *memo.e);
			memo.len = xrealloc(memo.len, memo.cap * sizeof *memo.len);
		}
		for (k = 0; k < (int)tl->n; k++)
			memo.e[k] = -2;
		memo.tl = tl;
		memo.text = tl->text;
		memo.n = tl->n;
	}
	if (memo.e[i] != -2) {
		*n = memo.len[i];
		return memo.e[i] < 0 ? NULL : &L->e[memo.e[i]];
	}
	e = lex_bit(tl->t[i].upper ? first_upper : first_lower, tl->t[i].hash)
	    ? lex_match(L, tl, NULL, i, usable, &a, n) : -1;
	if (e < 0) {
		memo.e[i] = -1;
		return NULL;
	}
	best = e;
	for (k = L->e[e].next; k >= 0; k = L->e[k].next)
		if (L->e[k].ntok == *n && usable(&L->e[k], &a) && prio(&L->e[k]) > prio(&L->e[best]))
			best = k;
	memo.e[i] = best;
	memo.len[i] = *n;
	return &L->e[best];
}

static int
type_ok(const struct lex_entry *e, void *ctx)
{
	return e->tcode == *(const int *)ctx;
}

const struct lex_entry *
names_of_code(const struct toklist *tl, size_t i, int code, int *n)
{
	int e;

	if (i >= tl->n)
		return NULL;
	e = lex_match(L, tl, NULL, i, type_ok, &code, n);
	return e < 0 ? NULL : &L->e[e];
}

int
names_is_roman(const struct toklist *tl, size_t i)
{
	const char *s = tl->text + tl->t[i].b0;
	size_t n = tl->t[i].b1 - tl->t[i].b0, k;

	if (n > 5)
		return 0;
	for (k = 0; k < n; k++)
		if (!strchr("IVX", s[k]))
			return 0;
	return n > 0;
}

/* A word in capitals: a surname as West African papers write it
   ("TRAORÉ"), or a body's acronym ("ONU"). */
int
names_in_capitals(const struct toklist *tl, size_t j)
{
	uint32_t b;

	if (j >= tl->n || tl->t[j].kind != T_WORD || !tl->t[j].upper || tl->t[j].b1 - tl->t[j].b0 < 2)
		return 0;
	for (b = tl->t[j].b0; b < tl->t[j].b1; b++)
		if (tl->text[b] >= 'a' && tl->text[b] <= 'z')
			return 0;
	return 1;
}
