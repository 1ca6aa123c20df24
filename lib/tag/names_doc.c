/* The document pass of names: what only the whole document tells.  A
   surname met again after the full name ("M. Laftit"), or misspelt in a
   headline ("Lafetet discute"), is the same person; an acronym after its
   expansion stands for it wherever it comes; a well-known person
   (PERSON of the lexicon) whom the text gives no nationality has the
   country the lexicon says. */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "tag/names_int.h"

/* type codes, looked up once */
static int T_GIVEN, T_TITLE, T_AUX, T_PERSON, codes_read;
/* the first tokens of PERSON entries: most capitalised words begin none */
static uint64_t person_first[1024];

static int is_person(const struct lex_entry *e) { return e->tcode == T_PERSON; }


/* Levenshtein distance in code points. */
int
name_edits(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), na = 0, nb = 0, i, j;
	int32_t *ca = xmalloc((la + 1) * sizeof *ca), *cb = xmalloc((lb + 1) * sizeof *cb);
	int *prev = xmalloc((lb + 1) * sizeof *prev), *cur = xmalloc((lb + 1) * sizeof *cur), *tmp, d;

	for (i = 0; i < la; na++)
		i += (size_t)utf8_next(a + i, la - i, &ca[na]);
	for (j = 0; j < lb; nb++)
		j += (size_t)utf8_next(b + j, lb - j, &cb[nb]);
	for (j = 0; j <= nb; j++)
		prev[j] = (int)j;
	for (i = 1; i <= na; i++) {
		cur[0] = (int)i;
		for (j = 1; j <= nb; j++) {
			int sub = prev[j - 1] + (ca[i - 1] != cb[j - 1]);
			int del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		tmp = prev, prev = cur, cur = tmp;
	}
	d = prev[nb];
	free(prev);
	free(cur);
	free(ca);
	free(cb);
	return d;
}

/* Two folded surnames one person may be written as: the same, or, from
   five code points, one edit apart (two from eight). */
int
names_close(const char *a, const char *b)
{
	size_t la, lb, n;

	if (strcmp(a, b) == 0)
		return 1;
	la = utf8_cplen(a, strlen(a));
	lb = utf8_cplen(b, strlen(b));
	n = la < lb ? la : lb;
	return n >= 5 && name_edits(a, b) <= (n >= 8 ? 2 : 1);
}

static const char *
surname_of(const struct tagged *t, const struct ent *e)
{
	const struct toklist *tl = &t->tl[e->s];
	size_t k = e->t1;

	while (k > e->t0 && (names_is_roman(tl, k - 1) || !tl->t[k - 1].upper))
		k--;
	if (k == e->t0)
		return NULL;
	if (names_is_roman(tl, e->t1 - 1) && e->t1 - e->t0 <= 2)
		return NULL;    /* "Mohammed VI" is not met again as "Mohammed" */
	return tok_fold(tl, k - 1);
}

static int
covered(const struct tagged *t, int s, size_t i)
{
	size_t k;

	for (k = 0; k < t->ne; k++)
		if (t->e[k].s == s && i >= t->e[k].t0 && i < t->e[k].t1)
			return 1;
	return 0;
}

/* "le président Macron", "M. Macron": a man is named at token i, by a
   title or by an office after "le", "du" or "au". */
static int
masculine_before(const struct tagged *t, int s, size_t i)
{
	const struct toklist *tl = &t->tl[s];
	const struct lex_entry *ti;
	size_t k;
	int n;

	if ((i > 0 && (ti = names_of_code(tl, i - 1, T_TITLE, &n)) && !strcmp(ti->value, "m")))
		return 1;
	for (k = 0; k < t->ne; k++)
		if (t->e[k].s == s && t->e[k].type == E_ROLE && t->e[k].t1 == i && t->e[k].t0 > 0
		    && !t->e[k].fem && (tok_is(tl, t->e[k].t0 - 1, "le")
		    || tok_is(tl, t->e[k].t0 - 1, "du") || tok_is(tl, t->e[k].t0 - 1, "au")))
			return 1;
	return 0;
}

/* A name whose first word is a woman's given name ("Brigitte Macron"). */
static int
female_name(const struct tagged *t, const struct ent *e)
{
	const struct lex_entry *g;
	int n;

	return (g = names_of_code(&t->tl[e->s], e->t0, T_GIVEN, &n)) && (g->flags & LF_F);
}

/* An unknown capitalised word of three letters or more at token i that
   is not read yet. */
static int
unknown_capital(const struct tagged *t, int s, size_t i)
{
	const struct toklist *tl = &t->tl[s];
	int n;

	return tl->t[i].kind == T_WORD && tl->t[i].upper && !covered(t, s, i) && !names_best_at(tl, i, &n)
	    && strlen(tok_fold(tl, i)) >= 3;
}

/* "Laftit a remercié", "Abdeltif Loudyi a reçu": an unknown capitalised
   word acting, or two of them, is a person.  Added as one; 1 if so. */
static int
actor_unknown(struct tagged *t, int s, size_t i)
{
	const struct toklist *tl = &t->tl[s];
	size_t first = i;
	int n;

	/* "Reconduit à la tête de": "à" folds to the auxiliary "a" */
	if (i + 2 >= tl->n || !names_of_code(tl, i + 1, T_AUX, &n) || tl->t[i + 1].upper
	    || !strncmp(tl->text + tl->t[i + 1].b0, "\xC3\xA0", 2)
	    || tl->t[i + 1 + (size_t)n].kind != T_WORD || tl->t[i + 1 + (size_t)n].upper
	    || strlen(tok_fold(tl, i)) < 3)
		return 0;
	if (i > 0 && tl->t[i - 1].upper) {
		/* a given name the lexicons lack, opening the name */
		if (!unknown_capital(t, s, i - 1) || (i > 1 && tl->t[i - 2].upper))
			return 0;
		first = i - 1;
	}
	char *v = xstrndup(tl->text + tl->t[first].b0, tl->t[i].b1 - tl->t[first].b0);
	char *key = names_fold_text(v, strlen(v));
	ent_add(t, s, (uint32_t)first, (uint32_t)(i + 1), E_PER, key);
	free(v);
	free(key);
	return 1;
}

/* A surname met again ("M. Laftit", "Laftit a remercié"), or misspelt in
   a headline or at a sentence start ("Lafetet discute"). */
static void
surnames_again(struct tagged *t)
{
	size_t nper = t->ne, s, i, k;
	int n;

	for (s = 0; s < t->nsent; s++) {
		const struct toklist *tl = &t->tl[s];
		for (i = 0; i < tl->n; i++) {
			const struct lex_entry *e;
			const char *f;
			if (tl->t[i].kind != T_WORD || !tl->t[i].upper || covered(t, (int)s, i))
				continue;
			e = names_best_at(tl, i, &n);
			if (e && e->tcode != T_GIVEN)
				continue;
			f = tok_fold(tl, i);
			if (!e && actor_unknown(t, (int)s, i))
				continue;
			for (k = 0; k < nper; k++) {
				const char *sn;
				size_t len;
				if (t->e[k].type != E_PER || !(sn = surname_of(t, &t->e[k])))
					continue;
				len = strlen(sn) < strlen(f) ? strlen(sn) : strlen(f);
				if (strcmp(sn, f) == 0 || ((i == 0 || t->head[s]) && len >= 5
				    && name_edits(sn, f) <= (len >= 6 ? 2 : 1))) {
					/* "le président Macron" is not "Brigitte Macron" */
					if (female_name(t, &t->e[k]) && masculine_before(t, (int)s, i))
						continue;
					struct ent *x = ent_add(t, (int)s, (uint32_t)i, (uint32_t)(i + 1),
					    E_PER, t->e[k].value);
					if (i > 0) {
						const struct lex_entry *ti = names_of_code(tl, i - 1, T_TITLE, &n);
						if (!ti && i > 1)
							ti = names_of_code(tl, i - 2, T_TITLE, &n);
						if (ti)
							x->title = xstrdup(ti->form);
					}
					break;
				}
			}
		}
	}
}

/* "Groupe Migratoire Mixte Permanent (GMMP)": the acronym stands for the
   capitalised words before it, here and wherever it comes again. */
static void
acronyms(struct tagged *t)
{
	size_t s, i, k, s2, j;
	char initials[16];
	size_t ni;

	for (s = 0; s < t->nsent; s++) {
		const struct toklist *tl = &t->tl[s];
		for (i = 1; i + 2 < tl->n + 1 && i + 1 < tl->n; i++) {
			const char *acr = tl->text + tl->t[i].b0;
			size_t alen = tl->t[i].b1 - tl->t[i].b0;
			if (!tok_is(tl, i - 1, "(") || !tok_is(tl, i + 1, ")") || alen < 2 || alen > 10)
				continue;
			for (k = 0; k < alen && acr[k] >= 'A' && acr[k] <= 'Z'; k++)
				;
			if (k < alen)
				continue;
			/* walk back over the expansion, collecting initials */
			ni = 0;
			k = i - 1;
			while (k > 0 && ni < sizeof initials - 1) {
				const struct token *w = &tl->t[k - 1];
				/* capitalised words and content words give initials
				   ("Groupe de contact permanent (GCP)"), small words not */
				if (w->kind == T_WORD && (w->upper || (!w->elided
				    && strlen(tok_fold(tl, k - 1)) > 3)))
					initials[ni++] = (char)(tl->text[w->b0] & ~0x20);
				else if (!(w->kind == T_WORD && strlen(tok_fold(tl, k - 1)) <= 4))
					break;
				k--;
				if (ni == alen)
					break;
			}
			if (ni != alen)
				continue;
			for (j = 0; j < ni; j++)
				if (initials[ni - 1 - j] != acr[j])
					break;
			if (j < ni)
				continue;
			char *exp = xstrndup(tl->text + tl->t[k].b0, tl->t[i - 2].b1 - tl->t[k].b0);
			char *a = xstrndup(acr, alen);
			if (!covered(t, (int)s, k))
				ent_add(t, (int)s, (uint32_t)k, (uint32_t)(i - 1), E_ORG, exp);
			for (s2 = 0; s2 < t->nsent; s2++)
				for (j = 0; j < t->tl[s2].n; j++) {
					const struct token *w = &t->tl[s2].t[j];
					if (w->b1 - w->b0 == alen && memcmp(t->tl[s2].text + w->b0, a, alen) == 0
					    && !covered(t, (int)s2, j))
						ent_add(t, (int)s2, (uint32_t)j, (uint32_t)(j + 1), E_ORG, exp);
				}
			free(exp);
			free(a);
		}
	}
}

/* The PERSON entry within a name's tokens: "Vladimir Poutine", and in
   "le roi Mohammed VI" or "Cheikh Tamim ben Hamad Al Thani" alike. */
static const struct lex_entry *
known_person(const struct tagged *t, const struct ent *e)
{
	const struct toklist *tl = &t->tl[e->s];
	const struct lex_entry *p;
	size_t k;
	int n;

	for (k = e->t0; k < e->t1; k++)
		if ((p = names_of_code(tl, k, T_PERSON, &n)) && k + (size_t)n <= e->t1)
			return p;
	return NULL;
}

/* The surnames of the PERSON entries that name one person only, of five
   letters or more: "Bourita", "Poutine" alone are those people. */
struct surname { char *fold, *key; uint64_t hash; const struct lex_entry *e; };
static struct surname *surnames;
static size_t nsurnames;
/* and those hyphenated ("Akufo-Addo"), whole: a headline pairs them */
static struct surname *compounds;
static size_t ncompounds;
static uint64_t surname_bits[1024];     /* their token hashes: most words none */

static void
surnames_load(const struct lexicon *lx)
{
	size_t i, k;

	for (i = 0; i < lx->n; i++) {
		const struct lex_entry *e = &lx->e[i];
		const char *last = e->form, *c;
		struct toklist tl = {0};
		char *fold;
		if (e->tcode != T_PERSON)
			continue;
		for (c = e->form; *c; c++)
			if (*c == ' ')
				last = c + 1;
		if (strchr(last, '-')) {
			compounds = xrealloc(compounds, (ncompounds + 1) * sizeof *compounds);
			compounds[ncompounds++] = (struct surname){names_fold_text(last, strlen(last)),
			    names_fold_text(e->form, strlen(e->form)), 0, e};
		}
		for (c = e->form; *c; c++)
			if (*c == ' ' || *c == '-')
				last = c + 1;
		if (strspn(last, "IVXLC") == strlen(last))     /* Mohammed VI */
			continue;
		fold = names_fold_text(last, strlen(last));
		for (k = 0; k < nsurnames && strcmp(surnames[k].fold, fold); k++)
			;
		if (k < nsurnames) {
			/* two people's surname is neither's; a second spelling
			   of the same country's keeps the first */
			if (surnames[k].e && strcmp(surnames[k].e->value, e->value))
				surnames[k].e = NULL;
		} else if (utf8_cplen(fold, strlen(fold)) >= 5) {
			tokenize(&tl, last, strlen(last));
			if (tl.n == 1) {
				surnames = xrealloc(surnames, (nsurnames + 1) * sizeof *surnames);
				surnames[nsurnames++] = (struct surname){fold,
				    names_fold_text(e->form, strlen(e->form)), tl.t[0].hash, e};
				lex_bit_set(surname_bits, tl.t[0].hash);
				fold = NULL;
			}
			toklist_free(&tl);
		}
		free(fold);
	}
}

static const struct surname *
surname_at(const struct toklist *tl, size_t i)
{
	size_t k;

	if (!lex_bit(surname_bits, tl->t[i].hash))
		return NULL;
	for (k = 0; k < nsurnames; k++)
		if (surnames[k].e && surnames[k].hash == tl->t[i].hash && !strcmp(surnames[k].fold, tok_fold(tl, i)))
			return &surnames[k];
	return NULL;
}

/* The hyphenated surname of one listed person that tokens [a, b) spell. */
static const struct surname *
compound_at(const struct toklist *tl, size_t a, size_t b)
{
	const struct surname *found = NULL;
	char *fold = names_fold_text(tl->text + tl->t[a].b0, tl->t[b - 1].b1 - tl->t[a].b0);
	size_t k;

	for (k = 0; k < ncompounds && !found; k++)
		if (!strcmp(compounds[k].fold, fold))
			found = &compounds[k];
	free(fold);
	return found;
}

static void
person_of_entry(struct ent *x, const struct lex_entry *p)
{
	if (strcmp(p->value, "-") == 0)
		x->intl = 1;
	else if (!x->country || x->amb) {
		free(x->country);
		x->country = xstrdup(p->value);
		x->amb = 0;
	}
}

static int
same_initial(const struct tagged *t, const struct ent *e, const struct lex_entry *p)
{
	char *f = names_fold_text(p->form, strlen(p->form));
	int same = *f == *tok_fold(&t->tl[e->s], e->t0);

	free(f);
	return same;
}

/* Does the text name in full someone of the surname sn, and not the
   well-known one of the lexicons?  "Coulibaly" after "Kassoum Coulibaly"
   is him, met again, not "Amadou Gon Coulibaly". */
static int
other_of_surname(const struct tagged *t, const struct surname *sn)
{
	const char *f;
	size_t k;
	int other = 0;

	for (k = 0; k < t->ne; k++) {
		const struct ent *e = &t->e[k];
		/* "Brigitte Macron" leaves "le président Macron" his */
		if (e->type != E_PER || e->t1 - e->t0 < 2 || !(f = surname_of(t, e)) || strcmp(f, sn->fold)
		    || female_name(t, e))
			continue;
		if (known_person(t, e) == sn->e)
			return 0;
		/* "Jean Yves Le Drian" is the lexicon's "Jean-Yves Le Drian"
		   written otherwise: the same first letter is the same man */
		if (sn->e && same_initial(t, e, sn->e))
			return 0;
		other = 1;
	}
	return other;
}

/* A well-known name the sentence pass did not read as one ("Xi
   Jinping", whose given name no list of given names holds), or a
   well-known surname alone that the lexicons know as nothing else ("a
   déclaré Bourita"), is a person. */
static void
known_names(struct tagged *t)
{
	const struct surname *sn;
	size_t s, i;
	int n;

	for (s = 0; s < t->nsent; s++) {
		const struct toklist *tl = &t->tl[s];
		for (i = 0; i < tl->n; i++) {
			if (!tl->t[i].upper)
				continue;
			if (lex_bit(person_first, tl->t[i].hash) && names_of_code(tl, i, T_PERSON, &n)
			    && !covered(t, (int)s, i)) {
				char *key = names_fold_text(tl->text + tl->t[i].b0,
				    tl->t[i + (size_t)n - 1].b1 - tl->t[i].b0);
				ent_add(t, (int)s, (uint32_t)i, (uint32_t)(i + (size_t)n), E_PER, key);
				free(key);
				i += (size_t)n - 1;
			} else if ((sn = surname_at(tl, i)) && !names_best_at(tl, i, &n) && !covered(t, (int)s, i)
			    && !other_of_surname(t, sn)) {
				person_of_entry(ent_add(t, (int)s, (uint32_t)i, (uint32_t)(i + 1), E_PER, sn->key),
				    sn->e);
			}
		}
	}
}

/* "Rencontre Alassane Ouattara Akufo-Addo": a name read as one that is a
   listed person followed by another's full name or lone surname, as
   headlines pair them, is two people. */
static void
known_pairs(struct tagged *t)
{
	size_t i, ne = t->ne;

	for (i = 0; i < ne; i++) {
		struct ent *x = &t->e[i];
		const struct toklist *tl = &t->tl[x->s];
		const struct surname *sn;
		const struct lex_entry *p, *q;
		uint32_t cut, end = x->t1;
		int s = x->s, n, m = 1;
		char *key;
		if (x->type != E_PER || !(p = names_of_code(tl, x->t0, T_PERSON, &n)) || x->t0 + (uint32_t)n >= end)
			continue;
		cut = x->t0 + (uint32_t)n;
		/* the other's full name, or his surname, hyphenated or not */
		q = names_of_code(tl, cut, T_PERSON, &m);
		sn = q ? NULL : end - cut == 1 ? surname_at(tl, cut) : compound_at(tl, cut, end);
		if (!(q && cut + (uint32_t)m == end) && !sn)
			continue;
		free(x->value);
		x->value = names_fold_text(tl->text + tl->t[x->t0].b0, tl->t[cut - 1].b1 - tl->t[x->t0].b0);
		x->t1 = cut;
		free(x->country);
		x->country = NULL;
		person_of_entry(x, p);
		key = sn ? xstrdup(sn->key) : names_fold_text(tl->text + tl->t[cut].b0, tl->t[end - 1].b1 - tl->t[cut].b0);
		person_of_entry(ent_add(t, s, cut, end, E_PER, key), sn ? sn->e : q);
		free(key);
	}
}

/* "M. Xi" after "Xi Jinping": a listed person whose family name comes
   first is met again by that first word alone. */
static void
family_first(struct tagged *t)
{
	size_t i, k;

	for (i = 0; i < t->ne; i++) {
		struct ent *x = &t->e[i];
		if (x->type != E_PER || x->t1 - x->t0 != 1)
			continue;
		for (k = 0; k < t->ne; k++) {
			const struct ent *y = &t->e[k];
			if (y->type != E_PER || y->t1 - y->t0 < 2 || !known_person(t, y)
			    || strcmp(tok_fold(&t->tl[y->s], y->t0), tok_fold(&t->tl[x->s], x->t0)))
				continue;
			free(x->value);
			x->value = xstrdup(y->value);
			break;
		}
	}
}

/* A name the text gives no country takes the lexicon's, and so do its
   other mentions (the same name key): "M. Poutine" after "Vladimir
   Poutine". */
static void
known_people(struct tagged *t)
{
	const struct lex_entry *p;
	size_t i, k;

	for (i = 0; i < t->ne; i++) {
		if (t->e[i].type != E_PER || (t->e[i].country && !t->e[i].amb) || t->e[i].intl
		    || !(p = known_person(t, &t->e[i])))
			continue;
		for (k = 0; k < t->ne; k++) {
			struct ent *x = &t->e[k];
			if (x->type != E_PER || (x->country && !x->amb) || strcmp(x->value, t->e[i].value))
				continue;
			person_of_entry(x, p);
		}
	}
}

/* "Abiy Ahmed (Ethiopie), Emmerson Mnangagwa (Zimbabwe)": a country
   in brackets right after a name is that person's. */
static void
bracketed_country(struct tagged *t)
{
	size_t i;

	for (i = 0; i + 1 < t->ne; i++) {
		struct ent *e = &t->e[i], *g = &t->e[i + 1];
		const struct toklist *tl = &t->tl[e->s];
		if (e->type != E_PER || e->country || g->type != E_GPE || g->demonym || g->s != e->s
		    || g->t0 != e->t1 + 1 || g->t1 >= tl->n || strcmp(g->value, "HOME") == 0
		    || !tok_is(tl, e->t1, "(") || !tok_is(tl, g->t1, ")"))
			continue;
		e->country = xstrdup(g->value);
	}
}

/* "le chilien Gabriel Boric": a nationality as a noun, after its
   article, right before a name is that person's. */
static void
demonym_noun(struct tagged *t)
{
	size_t i;

	for (i = 1; i < t->ne; i++) {
		struct ent *e = &t->e[i], *g = &t->e[i - 1];
		const struct toklist *tl = &t->tl[e->s];
		if (e->type != E_PER || e->country || g->type != E_GPE || !g->demonym || g->s != e->s
		    || g->t1 != e->t0 || g->t0 == 0 || !(tok_is(tl, g->t0 - 1, "le") || tok_is(tl, g->t0 - 1, "la")
		    || tok_is(tl, g->t0 - 1, "l'")))
			continue;
		e->country = xstrdup(g->value);
		e->amb = g->amb;
	}
}

void
names_doc(struct tagged *t, const struct lexicon *lx)
{
	if (!codes_read) {
		T_GIVEN = lex_type_code("GIVEN");
		T_TITLE = lex_type_code("TITLE");
		T_AUX = lex_type_code("AUX");
		T_PERSON = lex_type_code("PERSON");
		lex_first_bits(lx, is_person, person_first);
		surnames_load(lx);
		codes_read = 1;
	}
	names_pending_clear();
	known_names(t);
	known_pairs(t);
	surnames_again(t);
	acronyms(t);
	family_first(t);
	bracketed_country(t);
	demonym_noun(t);
	known_people(t);
}
