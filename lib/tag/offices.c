/* Offices: the words of an office's portfolio ("ministre de l'Intérieur
   et de la Sécurité publique", "ministre béninois en charge de l'économie
   et des finances") and the country its nationality adjective gives.
   names.c reads the office's head from the lexicon, then its tail here. */
#include <string.h>

#include "tag/names_int.h"

static int T_GPE, T_LOC, T_ORG, T_ROLE, T_DEM, T_GIVEN, T_ROLEMOD, T_ROLELINK, T_PORTLINK, T_PORTNOUN, T_HOME,
	T_STOPCAP, codes_read;

static void
read_codes(void)
{
	if (codes_read)
		return;
	T_GPE = lex_type_code("GPE");
	T_LOC = lex_type_code("LOC");
	T_ORG = lex_type_code("ORG");
	T_ROLE = lex_type_code("ROLE");
	T_DEM = lex_type_code("DEM");
	T_GIVEN = lex_type_code("GIVEN");
	T_ROLEMOD = lex_type_code("ROLEMOD");
	T_ROLELINK = lex_type_code("ROLELINK");
	T_PORTLINK = lex_type_code("PORTLINK");
	T_PORTNOUN = lex_type_code("PORTNOUN");
	T_HOME = lex_type_code("HOME");
	T_STOPCAP = lex_type_code("STOPCAP");
	codes_read = 1;
}

/* Endings of adjectives that qualify a portfolio's noun. */
static const char *adjective_ends[] = {"ale", "ales", "aux", "ere", "eres", "ique", "iques", "elle",
	"elles", "ienne", "iennes", "aire", "aires", "ee", "ees", "ive", "ives", "ieure",
	"ieures", "aine", "aines", "aise", "aises", "ienne", "ent", "ents", "nel", "nels", "enne", "ennes", "een", "eens", "ain", "ains", NULL};
/* Those of them after an office read whole ("ministre de la Santé
   publique"): not those a verb or a participle has ("tient", "arrivée"). */
static const char *portfolio_ends[] = {"ale", "ales", "aux", "ere", "eres", "ique", "iques", "elle",
	"elles", "ienne", "iennes", "aire", "aires", "ive", "ives", "ieure", "ieures", NULL};

/* A word with one of the endings. */
static int
adjective_ending(const struct toklist *tl, size_t i, const char **ends)
{
	const char *f;
	size_t n, k, m;

	if (i >= tl->n || tl->t[i].kind != T_WORD || tl->t[i].elided)
		return 0;
	f = tok_fold(tl, i);
	n = strlen(f);
	if (n < 5)
		return 0;
	for (k = 0; ends[k]; k++) {
		m = strlen(ends[k]);
		if (n > m && strcmp(f + n - m, ends[k]) == 0)
			return 1;
	}
	return 0;
}

/* Lowercase words that qualify a portfolio: "Affaires étrangères",
   "Renouveau démocratique". */
int
names_adjective(const struct toklist *tl, size_t i)
{
	return i < tl->n && !tl->t[i].upper && adjective_ending(tl, i, adjective_ends);
}

/* An adjective of the portfolio an office was read with: "ministre de la
   Santé publique du Niger", and capitalised, a word of the titles that
   begins no name ("de la Santé Publique", STOPCAP), not a surname
   ("ministre de l'Économie Lemaire"). */
static int
portfolio_adjective(const struct toklist *tl, size_t i)
{
	int n;

	if (names_of_code(tl, i, T_DEM, &n))
		return 0;
	return i < tl->n && (!tl->t[i].upper || names_of_code(tl, i, T_STOPCAP, &n))
	    && adjective_ending(tl, i, portfolio_ends);
}

/* The office's words without its nationality adjectives. */
char *
names_role_text(const struct toklist *tl, size_t t0, size_t t1, const unsigned char *skip)
{
	mc_buf b = {0};
	size_t i;

	for (i = t0; i < t1; i++) {
		if (skip[i - t0])
			continue;
		if (b.len && i > t0 && tl->t[i].b0 > tl->t[i - 1].b1 && !skip[i - 1 - t0])
			buf_addc(&b, ' ');
		else if (b.len && i > t0 && skip[i - 1 - t0] && b.s[b.len - 1] != ' '
		    && b.s[b.len - 1] != '\'' && tl->t[i].kind != T_PUNCT)
			buf_addc(&b, ' ');
		buf_add(&b, tl->text + tl->t[i].b0, tl->t[i].b1 - tl->t[i].b0);
	}
	while (b.len && (b.s[b.len - 1] == ' ' || b.s[b.len - 1] == ','))
		b.s[--b.len] = '\0';
	return buf_cstr(&b);
}

/* "chargé de", "en charge de" among the links from j to k: the
   portfolio named after them may be in lower case. */
static int
charged_with(const struct toklist *tl, size_t j, size_t k)
{
	for (; j < k; j++)
		if (tok_is(tl, j, "charge") || tok_is(tl, j, "chargee"))
			return 1;
	return 0;
}

/* "chargé de", after a comma or not, at token k. */
static int
charge_follows(const struct toklist *tl, size_t k)
{
	if (tok_is(tl, k, ","))
		k++;
	return tok_is(tl, k, "charge") || tok_is(tl, k, "chargee");
}

/* A link inside a portfolio in lower case (PORTLINK): "de l'économie
   et des finances". */
static int
portfolio_link(const struct toklist *tl, size_t k)
{
	int n;

	return names_of_code(tl, k, T_PORTLINK, &n) && n == 1;
}

/* A portfolio in lower case from its first word k: nouns joined by
   links, with their adjectives ("de l'économie et des finances", "des
   affaires africaines"), six words at most; a word with no link before
   it ("chargé des affaires africaines reçoit") ends it.  Returns its
   end. */
static size_t
lower_portfolio(const struct toklist *tl, size_t k)
{
	size_t m;
	int words = 1, n;

	for (k++; words < 6; words++) {
		if (names_adjective(tl, k) && !names_of_code(tl, k, T_DEM, &n)) {
			k++;
			continue;
		}
		for (m = k; m < tl->n && portfolio_link(tl, m); m++)
			;
		if (m == k || m >= tl->n || tl->t[m].kind != T_WORD || tl->t[m].upper
		    || names_of_code(tl, m, T_DEM, &n))
			break;
		k = m + 1;
	}
	return k;
}

/* Token k comes after "de", "du", "des", "d'" or "de la". */
static int
of_link(const struct toklist *tl, size_t k)
{
	if (k >= 2 && (tok_is(tl, k - 1, "la") || tok_is(tl, k - 1, "l'")))
		k--;
	return k >= 1 && tok_is_de(tl, k - 1);
}

/* A word in a capital and small letters ("Fall", not "ONU"). */
static int
title_word(const struct toklist *tl, size_t k)
{
	return k < tl->n && tl->t[k].kind == T_WORD && tl->t[k].upper && !names_in_capitals(tl, k);
}

/* After a portfolio's noun in capitals, two capitalised words that are
   no adjective are the holder's name, given name unknown: "ministre laotien
   de la Défense Chansamone Chanyalath", but "des Affaires Étrangères". */
static int
name_after_portfolio(const struct toklist *tl, size_t first, size_t k)
{
	int n;

	return names_of_code(tl, first, T_PORTNOUN, &n) && k + 1 < tl->n
	    && title_word(tl, k) && !tl->t[k].elided && title_word(tl, k + 1)
	    && !adjective_ending(tl, k, adjective_ends) && !names_of_code(tl, k, T_STOPCAP, &n);
}

#define PORTFOLIO_ADJECTIVES 2   /* "des Affaires sociales et humanitaires" */

/* Portfolio after an office: links (de l', auprès du, à la), capitalised
   words, their adjectives, nationality adjectives, ", des ..." and
   "et du ...".  Returns the end; sets *country, and *amb when an
   adjective that names several countries gave it. */
size_t
names_role_tail(const struct toklist *tl, size_t j, const char **country, int *amb, unsigned char *skip,
    size_t t0, int plural)
{
	const struct lex_entry *e;
	/* an office read whole from the lexicon ("ministre de l'Intérieur")
	   already has its portfolio: ", des Réformes..." may follow */
	int n, comp = j > t0 + 1, links, adj, adjs = 0;
	size_t k, post, first;

	read_codes();
	for (;;) {
		if ((e = names_of_code(tl, j, T_DEM, &n))) {
			if (!*country) {
				*country = e->value;
				*amb = (e->flags & LF_AMB) != 0;
			}
			memset(skip + (j - t0), 1, (size_t)n);
			j += (size_t)n;
			continue;
		}
		if (names_of_code(tl, j, T_ROLEMOD, &n)) {
			j += (size_t)n;
			continue;
		}
		if (comp && adjs < PORTFOLIO_ADJECTIVES && portfolio_adjective(tl, j)) {
			j++;
			adjs++;
			continue;
		}
		int after_et;
		k = j;
		if (comp && (tok_is(tl, k, ",") || tok_is(tl, k, "et")))
			k++;
		after_et = k > j && tok_is(tl, j, "et");
		/* "du Secrétariat général d'INTERPOL, à Lyon": after a comma,
		   "à" or "en" and a capital is where, not a portfolio */
		if (k > j && tok_is(tl, j, ",") && k + 1 < tl->n
		    && (tok_is(tl, k, "a") || tok_is(tl, k, "en") || tok_is(tl, k, "au"))
		    && tl->t[k + 1].kind == T_WORD && tl->t[k + 1].upper)
			break;
		/* a second office of the same person, with no article: "Représentant
		   spécial et Chef du Bureau de l'ONU", "ministre d'État et ministre
		   de l'Intérieur" */
		if (after_et && !plural && (e = names_best_at(tl, k, &n)) && e->tcode == T_ROLE
		    && !(e->flags & LF_PL)) {
			j = k + (size_t)n;
			/* its adjective in capitals ("Chef du Bureau Régional des"),
			   not a name's first word */
			if (j + 1 < tl->n && tl->t[j].kind == T_WORD && tl->t[j].upper && !tl->t[j + 1].upper
			    && !names_of_code(tl, j, T_GIVEN, &n) && !names_of_code(tl, j, T_DEM, &n))
				j++;
			continue;
		}
		for (links = 0; links < 4 && names_of_code(tl, k, T_ROLELINK, &n); links++)
			k += (size_t)n;
		if (!links || k >= tl->n)
			break;
		/* after "chargé de", or on a portfolio's noun ("vice-ministre
		   des affaires étrangères"), a portfolio in lower case */
		if (tl->t[k].kind == T_WORD && !tl->t[k].upper && (charged_with(tl, j, k)
		    || (names_of_code(tl, k, T_PORTNOUN, &n) && !tok_is(tl, j, "la") && !tok_is(tl, j, "l'")))) {
			j = lower_portfolio(tl, k);
			comp = 1;
			continue;
		}
		/* a post in lower case, then what it is charged with: "ministre
		   délégué à la présidence, chargé de la défense" */
		if (tl->t[k].kind == T_WORD && !tl->t[k].upper && charge_follows(tl, post = lower_portfolio(tl, k))) {
			j = post;
			comp = 1;
			continue;
		}
		/* "l'ambassadeur du Royaume en Mauritanie": the home country
		   (tag.c reads which it is) sends him, not the one he is in */
		if ((e = names_best_at(tl, k, &n)) && e->tcode == T_HOME) {
			if (!*country)
				*country = "HOME";
			j = k + (size_t)n;
			comp = 1;
			continue;
		}
		if (e && e->tcode == T_GPE) {
			/* "les ministres ... du Mali, du Niger et du Tchad": the
			   other countries of a plural office stay entities */
			if (*country && plural)
				break;
			if (!*country)
				*country = e->value;
			j = k + (size_t)n;
			comp = 1;
			continue;
		}
		/* "ministre de la Santé ... du Québec", "gouverneur de Dakar": an
		   office of a province or a city is of its country; "à Dakar"
		   is where an envoy serves, not his */
		if (e && e->tcode == T_LOC && strcmp(e->value, "-") && of_link(tl, k)) {
			if (!*country)
				*country = e->value;
			j = k + (size_t)n;
			comp = 1;
			continue;
		}
		/* a body's name read whole, with its words in lower case:
		   "secrétaire général adjoint des Nations unies" */
		if (e && e->tcode == T_ORG && n > 1) {
			j = k + (size_t)n;
			comp = 1;
			continue;
		}
		/* "auprès du ministre de...", but "et la présidente" is another */
		if (!after_et && (e = names_of_code(tl, k, T_ROLE, &n))) {
			j = k + (size_t)n;
			continue;
		}
		if (tl->t[k].kind != T_WORD || !tl->t[k].upper || names_of_code(tl, k, T_GIVEN, &n))
			break;
		/* the portfolio: capitalised words, hyphens, adjectives */
		for (first = k++, adj = 0; k < tl->n; ) {
			if (name_after_portfolio(tl, first, k))
				break;
			/* an acronym ends the body's name, and two words in
			   capitals and small letters after it are a person's:
			   "le représentant de l'ONU Lounceny Fall", but "la
			   directrice d'ONU Femmes" */
			if (names_in_capitals(tl, k - 1) && title_word(tl, k) && title_word(tl, k + 1))
				break;
			if (tok_is(tl, k, "-") && k + 1 < tl->n && tl->t[k + 1].kind == T_WORD) {
				k += 2;
			} else if (tl->t[k].kind == T_WORD && tl->t[k].upper && !tl->t[k].elided
			    && !names_of_code(tl, k, T_GIVEN, &n) && !names_of_code(tl, k, T_DEM, &n)) {
				k++;
			} else if (adj < 2 && names_adjective(tl, k) && !names_of_code(tl, k, T_DEM, &n)) {
				k++;
				adj++;
			} else {
				break;
			}
		}
		j = k;
		comp = 1;
	}
	return j;
}

/* A head of state's or government's office. */
static int
head_office(const struct lex_entry *e)
{
	static const char *const head[] = {"head_of_state", "president", "prime_minister", "king", "emir",
		"monarch", "crown_prince", NULL};
	int k;

	for (k = 0; e && head[k]; k++)
		if (!strcmp(e->value, head[k]))
			return 1;
	return 0;
}

/* "un émissaire du président du Tchad": where, in an envoy's office
   [from, j) whose head is head, a head of state's office begins after
   "du" or "de la"; 0 if nowhere. */
size_t
names_head_in_envoy(const struct toklist *tl, size_t from, size_t j, const struct lex_entry *head)
{
	const struct lex_entry *e;
	size_t k;
	int n;

	read_codes();
	if (strcmp(head->value, "envoy") || (head->flags & LF_PL))
		return 0;
	for (k = from; k < j; k++)
		if (names_of_code(tl, k, T_ROLELINK, &n) && k + (size_t)n < j
		    && (e = names_of_code(tl, k + (size_t)n, T_ROLE, &n)) && head_office(e))
			return k;
	return 0;
}
