/* Reading names.  A capitalised sequence is a person when the context
   says so: after a title (M., Mme, Sa Majesté), in apposition to an office
   ("le ministre de l'Intérieur, Abdelouafi Laftit"), before one ("Gérald
   Darmanin, ministre..."), or starting with a known given name.  Offices
   extend over their portfolio and take the country of a nationality
   adjective ("la ministre fédérale belge de l'Intérieur"). */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "tag/names_int.h"

/* type codes, looked up once */
static int T_ORG, T_GPE, T_LOC, T_ROLE, T_EVHEAD, T_TITLE, T_FORMULA, T_DEM, T_HOME, T_GIVEN,
	T_PARTICLE, T_ROLELINK, T_EVLINK, T_PLACEPREP, T_PERSON;

void
names_init(const struct lexicon *lx)
{
	int *code[] = {&T_ORG, &T_GPE, &T_LOC, &T_ROLE, &T_EVHEAD, &T_TITLE, &T_FORMULA, &T_DEM,
		&T_HOME, &T_GIVEN, &T_PARTICLE, &T_ROLELINK, &T_EVLINK, &T_PLACEPREP, &T_PERSON};
	static const char *type[] = {"ORG", "GPE", "LOC", "ROLE", "EVHEAD", "TITLE", "FORMULA",
		"DEM", "HOME", "GIVEN", "PARTICLE", "ROLELINK", "EVLINK", "PLACEPREP", "PERSON"};
	size_t k;

	for (k = 0; k < sizeof code / sizeof *code; k++)
		*code[k] = lex_type_code(type[k]);
	names_lex_init(lx);
}

/* A capitalised word at i: sets *e to the lexicons' entry there (NULL
   for none) and *n to its tokens. */
static int
capital_word(const struct toklist *tl, size_t i, const struct lex_entry **e, int *n)
{
	if (i >= tl->n || tl->t[i].kind != T_WORD || !tl->t[i].upper || tl->t[i].elided)
		return 0;
	*e = names_best_at(tl, i, n);
	return 1;
}

/* A capitalised word that may belong to a name: not a country, place,
   organisation, office or sentence word. */
static int
name_word(const struct toklist *tl, size_t i)
{
	const struct lex_entry *e;
	int n;

	return capital_word(tl, i, &e, &n) && (!e || e->tcode == T_GIVEN);
}

char *
names_fold_text(const char *s, size_t n)
{
	mc_buf b = {0};

	utf8_fold(s, n, &b);
	return buf_cstr(&b);
}

static struct ent *
last_per(struct tagged *t, int s)
{
	size_t i;

	for (i = t->ne; i-- > 0; )
		if (t->e[i].s == s && t->e[i].type == E_PER)
			return &t->e[i];
	return NULL;
}

/* "Grande-marlaska": a lowercase half glued to a name by a hyphen, as
   scraped text writes some hyphenated surnames, is of the name. */
static int
glued_half(const struct toklist *tl, size_t j)
{
	return j > 0 && j + 1 < tl->n && tok_is(tl, j, "-") && tl->t[j + 1].kind == T_WORD
	    && !tl->t[j + 1].upper && tl->t[j].b0 == tl->t[j - 1].b1 && tl->t[j + 1].b0 == tl->t[j].b1;
}

/* A title after a particle is a name: "Ould Cheikh", "ben Cheikh". */
static int
title_as_name(const struct toklist *tl, size_t i)
{
	const struct lex_entry *e;
	int n;

	return capital_word(tl, i, &e, &n) && e && e->tcode == T_TITLE && n == 1;
}

/* The full stop after an initial inside a name: "T." in "Robert T.
   Yamate", "O." for Ould in "Mohamed O. Abdel Fetah". */
static int
initial_dot(const struct toklist *tl, size_t j)
{
	return j > 0 && j + 1 < tl->n && tok_is(tl, j, ".") && tl->t[j - 1].kind == T_WORD
	    && tl->t[j - 1].upper && tl->t[j - 1].b1 - tl->t[j - 1].b0 == 1 && tl->t[j].b0 == tl->t[j - 1].b1;
}

static int
particle_at(const struct toklist *tl, size_t j)
{
	int n;

	return names_of_code(tl, j, T_PARTICLE, &n) != NULL;
}

/* A place's name inside a person's, between a given name and a surname
   in capitals: "Hamadou Djibo BARTE" (Djibo is a town). */
static int
place_in_name(const struct toklist *tl, size_t j)
{
	const struct lex_entry *e;
	int n;

	return capital_word(tl, j, &e, &n) && e && n == 1 && (e->tcode == T_LOC || e->tcode == T_GPE)
	    && names_in_capitals(tl, j + 1);
}

/* Tokens [i, j) are given names only ("Luís", "Maria Isabel"). */
static int
given_names_only(const struct toklist *tl, size_t i, size_t j)
{
	int n;

	for (; i < j; i += (size_t)n)
		if (!names_of_code(tl, i, T_GIVEN, &n))
			return 0;
	return 1;
}

/* A country's or a place's one-word name right after given names, with
   no name after it, is the surname: "Luís Montenegro", "Maria Isabel
   Salvador". */
static int
surname_of_a_place(const struct toklist *tl, size_t j)
{
	const struct lex_entry *e;
	int n;

	return capital_word(tl, j, &e, &n) && e && n == 1 && (e->tcode == T_GPE || e->tcode == T_LOC)
	    && tl->t[j].b0 == tl->t[j - 1].b1 + 1 && !name_word(tl, j + 1);
}

/* A person's name from token i; returns its end (i if none). */
static size_t
name_span(const struct toklist *tl, size_t i)
{
	size_t j = i, words = 0;
	int n;

	while (j < tl->n && words < 6) {
		if (words && names_of_code(tl, j, T_PARTICLE, &n) && title_as_name(tl, j + (size_t)n)) {
			j += (size_t)n + 1;     /* "Mohamed Ould Cheikh El Ghazouani" */
			words += 2;
		} else if (name_word(tl, j)) {
			/* a capitalised particle is no word of the limit: "Fayçal
			   Ben Farhane Ben Abdallah Al Saoud" is four */
			words += !particle_at(tl, j);
			j++;
		} else if (words && title_as_name(tl, j) && (name_word(tl, j + 1) || particle_at(tl, j + 1))) {
			j++;        /* "Mohamed Cheikh El Ghazouani" */
			words++;
		} else if (words && initial_dot(tl, j) && title_as_name(tl, j + 1)) {
			j += 2;     /* "Mohamed O. Cheikh Ghazouani" */
			words++;
		} else if (words && initial_dot(tl, j) && (name_word(tl, j + 1) || particle_at(tl, j + 1))) {
			j++;        /* "Robert T. Yamate", "Hanena O. Sidi" */
		} else if (words && place_in_name(tl, j)) {
			j++;
			words++;
		} else if (words && names_is_roman(tl, j)) {
			j++;
			break;
		} else if (words && tok_is(tl, j, "-") && name_word(tl, j + 1)) {
			j++;
		} else if (words && glued_half(tl, j)) {
			j += 2;
		} else if (words && names_of_code(tl, j, T_PARTICLE, &n) && (name_word(tl, j + (size_t)n)
		    /* "Fayçal ben Farhan al-Saoud" */
		    || (tok_is(tl, j + (size_t)n, "-") && name_word(tl, j + (size_t)n + 1))
		    || (names_of_code(tl, j + (size_t)n, T_PARTICLE, &n) && name_word(tl, j + 2)))) {
			j += 1;
		} else if (!words && names_of_code(tl, j, T_PARTICLE, &n) && tl->t[j].upper
		    && name_word(tl, j + 1)) {
			j++;        /* "De Moor", "El Othmani" begin with a particle */
		} else {
			break;
		}
	}
	/* a name does not end with a particle */
	while (j > i && (!tl->t[j - 1].upper || particle_at(tl, j - 1)) && !names_is_roman(tl, j - 1)
	    && !(j >= 2 && glued_half(tl, j - 2)))
		j--;
	if (words && given_names_only(tl, i, j) && surname_of_a_place(tl, j))
		j++;
	return words ? j : i;
}

static struct ent *
name_person(struct tagged *t, int s, size_t i, size_t j, const char *title)
{
	const struct toklist *tl = &t->tl[s];
	char *v = names_fold_text(tl->text + tl->t[i].b0, tl->t[j - 1].b1 - tl->t[i].b0);
	struct ent *e;
	int n;
	size_t k = j;

	e = ent_add(t, s, (uint32_t)i, (uint32_t)j, E_PER, v);
	free(v);
	if (title)
		e->title = xstrdup(title);
	/* ", que Dieu L'assiste" */
	if (tok_is(tl, k, ","))
		k++;
	const struct lex_entry *f = names_of_code(tl, k, T_FORMULA, &n);
	if (f && !(f->flags & LF_CTX))
		e->honorific = 1;
	return e;
}

static int
upper_words(const struct toklist *tl, size_t i, size_t j)
{
	int words = 0;

	for (; i < j; i++)
		words += tl->t[i].upper;
	return words;
}

static size_t
person_after_role(struct tagged *t, int s, size_t j, size_t ri, const char *pending)
{
	const struct toklist *tl = &t->tl[s];
	const struct lex_entry *ti;
	const char *title = pending;
	size_t k = j, end;
	int n;

	if (tok_is(tl, k, ","))
		k++;
	/* the body's acronym in brackets: "... pour l'Afrique centrale
	   (UNOCA) Lounceny Fall", "... de sécurité (CNS), Diomandé Vagondo" */
	if (tok_is(tl, k, "(") && names_in_capitals(tl, k + 1) && tok_is(tl, k + 2, ")")) {
		k += 3;
		if (tok_is(tl, k, ","))
			k++;
	}
	if ((ti = names_of_code(tl, k, T_TITLE, &n))) {
		title = ti->form;
		k += (size_t)n;
	}
	end = name_span(tl, k);
	if (end == k)
		return j;
	/* "le ministre Laftit" needs a given name, a comma or a second
	   word: "la ministre Reckya Madougou" is a full name */
	if (k == j && !title && !names_of_code(tl, k, T_GIVEN, &n) && upper_words(tl, k, end) < 2)
		return j;
	struct ent *p = name_person(t, s, k, end, title);
	if (t->e[ri].country) {
		p->country = xstrdup(t->e[ri].country);
		p->amb = t->e[ri].amb;
	}
	if (t->e[ri].role)
		p->role = xstrdup(t->e[ri].role);
	return end;
}

/* "X, secrétaire générale de la Commission, Y, chef de cabinet": an
   office right after a name's comma, with no article, is that name's;
   the name after its own comma is someone else. */
static int
apposed_to_name(const struct tagged *t, int s, size_t i)
{
	size_t k;

	if (i < 2 || !tok_is(&t->tl[s], i - 1, ","))
		return 0;
	for (k = t->ne; k-- > 0 && t->e[k].s == s;)
		if (t->e[k].t1 + 1 == i)
			return t->e[k].type == E_PER;
	return 0;
}

/* "les présidents Traoré et Bio", "les ministres Bourita et Albares": a
   plural office and the names it gives, each one word or more, joined
   by "et" (and commas); where the names end, or j when they are not
   such a list. */
static size_t
surnames_after_plural(struct tagged *t, int s, size_t j)
{
	const struct toklist *tl = &t->tl[s];
	size_t k = j, end, at[8];
	int n = 0, i;

	while (n < 8 && (end = name_span(tl, k)) > k) {
		at[n++] = k;
		at[n++] = end;
		if (end < tl->n && (tok_is(tl, end, "et") || tok_is(tl, end, ",")))
			k = end + 1;
		else
			break;
	}
	/* two names at least, the last after "et" */
	if (n < 4 || !tok_is(tl, at[n - 2] - 1, "et"))
		return j;
	for (i = 0; i < n; i += 2)
		name_person(t, s, at[i], at[i + 1], NULL);
	return at[n - 1];
}

/* "un émissaire du président du Tchad, Idriss Deby Itno": a head of
   state's office inside an envoy's, followed by a name the lexicon
   knows as an office holder's, is that holder's, not the envoy's (who
   carries his message and goes unnamed there); where that office
   starts, or 0.  After a comma, a name it does not know ("l'envoyé
   spécial du président américain, Steve Witkoff") is the envoy's; with
   no comma ("l'émissaire du président Deby") any name is the head's. */
static size_t
sender_in_envoy(const struct toklist *tl, size_t from, size_t j, const struct lex_entry *head)
{
	size_t k = names_head_in_envoy(tl, from, j, head);
	int n;

	if (!k || (tok_is(tl, j, ",") ? !names_of_code(tl, j + 1, T_PERSON, &n) : name_span(tl, j) == j))
		return 0;
	return k;
}

static size_t
tag_role(struct tagged *t, int s, size_t i, int n, const struct lex_entry *head, const char *pending)
{
	const struct toklist *tl = &t->tl[s];
	const char *country = NULL;
	unsigned char *skip = xcalloc(tl->n - i + 1, 1);
	int amb = 0;
	size_t j = names_role_tail(tl, i + (size_t)n, &country, &amb, skip, i, (head->flags & LF_PL) != 0), ri;
	size_t sender = sender_in_envoy(tl, i + (size_t)n, j, head);
	struct ent *r;

	if (sender) {
		/* the envoy's office ends where the sender's begins, and
		   takes its country ("du Tchad") */
		const struct lex_entry *sh;
		size_t k = sender, next;
		int m;

		free(skip);
		r = ent_add(t, s, (uint32_t)i, (uint32_t)sender, E_ROLE, head->value);
		r->role = xstrndup(tl->text + tl->t[i].b0, tl->t[sender - 1].b1 - tl->t[i].b0);
		r->fem = (head->flags & LF_F) != 0;
		names_of_code(tl, k, T_ROLELINK, &m);
		k += (size_t)m;
		sh = names_of_code(tl, k, T_ROLE, &m);
		ri = (size_t)(r - t->e);
		next = tag_role(t, s, k, m, sh, pending);
		if (t->e[ri + 1].type == E_ROLE && t->e[ri + 1].country)
			t->e[ri].country = xstrdup(t->e[ri + 1].country);
		return next;
	}

	r = ent_add(t, s, (uint32_t)i, (uint32_t)j, E_ROLE, head->value);
	r->role = names_role_text(tl, i, j, skip);
	r->plural = (head->flags & LF_PL) != 0;
	r->fem = (head->flags & LF_F) != 0;
	if (country) {
		r->country = xstrdup(country);
		r->amb = (unsigned)amb;
	}
	free(skip);
	if (r->plural)
		return surnames_after_plural(t, s, j);
	if (apposed_to_name(t, s, i))
		return j;
	ri = (size_t)(r - t->e);
	return person_after_role(t, s, j, ri, pending);
}

static size_t
tag_event(struct tagged *t, int s, size_t i, int n)
{
	const struct toklist *tl = &t->tl[s];
	size_t j = i + (size_t)n, k, end = j;
	char *txt;
	int n0 = n;

	for (k = j; k < tl->n; ) {
		const struct lex_entry *h = names_best_at(tl, k, &n);
		if (k > j && h && h->tcode == T_EVHEAD)
			break;      /* "... et la Conférence ...": another event */
		if ((tl->t[k].kind == T_WORD && tl->t[k].upper) || (tl->t[k].kind == T_NUM && end == k)) {
			end = ++k;
			continue;
		}
		if (names_of_code(tl, k, T_EVLINK, &n) && k < end + 3) {
			k += (size_t)n;     /* sur la, de l', des: only when a capital follows */
			continue;
		}
		if (names_adjective(tl, k) && k == j) {
			end = ++k;          /* "Jeux olympiques", "Conférence ministérielle" */
			continue;
		}
		break;
	}
	if (end == j && n0 < 2)
		return i + (size_t)n0;
	txt = xstrndup(tl->text + tl->t[i].b0, tl->t[end - 1].b1 - tl->t[i].b0);
	ent_add(t, s, (uint32_t)i, (uint32_t)end, E_EVENT, txt);
	free(txt);
	return end;
}

static int
after_a(const struct toklist *tl, size_t i)
{
	return names_after_a(tl, i) || (i > 0 && tok_is(tl, i - 1, "au"));
}

/* Token i follows a preposition of place (PLACEPREP): "au palais de
   Koulouba, le chef de l'État" names a place, not a person. */
static int
after_place_word(const struct toklist *tl, size_t i)
{
	int n;

	return i > 0 && names_of_code(tl, i - 1, T_PLACEPREP, &n) && n == 1;
}

/* The office in apposition after the name i..end and its comma: where
   it starts, or 0.  With an article ("Fidèle Sarassoro, le directeur de
   cabinet") only after a name of two words at least, not after a
   preposition of place, nor after a comma: in "la présidente de l'OIF,
   Michaëlle Jean, la directrice de l'UNESCO, Audrey Azoulay" the name
   holds the office before it. */
static size_t
role_after_comma(const struct toklist *tl, size_t i, size_t end)
{
	int n;

	if (names_of_code(tl, end + 1, T_ROLE, &n))
		return end + 1;
	if (upper_words(tl, i, end) < 2 || after_place_word(tl, i) || (i > 0 && tok_is(tl, i - 1, ",")))
		return 0;
	if ((tok_is(tl, end + 1, "le") || tok_is(tl, end + 1, "la")
	    || tok_is(tl, end + 1, "l'")) && names_of_code(tl, end + 2, T_ROLE, &n))
		return end + 2;
	return 0;
}

/* The entity (its index + 1) of a country a list item names just before
   token i, "du Niger, " or "et de la Côte d'Ivoire, ", after a person
   named after a comma earlier in the sentence ("du Mali, Abdoulaye
   Diop, du Burkina Faso, ..."); 0 when there is none. */
static size_t
listed_country(const struct tagged *t, int s, size_t i)
{
	const struct toklist *tl = &t->tl[s];
	const struct ent *g;
	size_t k, a;

	if (t->ne == 0 || i < 3 || !tok_is(tl, i - 1, ","))
		return 0;
	g = &t->e[t->ne - 1];
	if (g->s != s || g->type != E_GPE || g->demonym || !g->value || g->t1 != i - 1)
		return 0;
	a = g->t0;
	if (a > 0 && (tok_is(tl, a - 1, "la") || tok_is(tl, a - 1, "l'")))
		a--;
	if (a == 0 || !tok_is_de(tl, a - 1))
		return 0;
	/* an earlier item of the list: a person named after a comma */
	for (k = 0; k + 1 < t->ne; k++)
		if (t->e[k].s == s && t->e[k].type == E_PER && t->e[k].t0 > 0
		    && tok_is(tl, t->e[k].t0 - 1, ","))
			return t->ne;
	return 0;
}

/* "Gérald Darmanin, ministre de l'Intérieur", "Amadou Diallo, le
   directeur de l'Unicef": a name [i, end) and the office in apposition
   after its comma, the office's country and words the name's; the end
   of the office, or 0 when none follows. */
static size_t
name_and_office(struct tagged *t, int s, size_t i, size_t end, const char *title)
{
	const struct toklist *tl = &t->tl[s];
	size_t k, xi, r;
	struct ent *ro;
	int n;

	if (!tok_is(tl, end, ",") || !(k = role_after_comma(tl, i, end)))
		return 0;
	xi = (size_t)(name_person(t, s, i, end, title) - t->e);
	r = tag_role(t, s, k, n, names_of_code(tl, k, T_ROLE, &n), NULL);
	ro = &t->e[t->ne - 1];
	if (ro->type == E_ROLE && ro->country) {
		t->e[xi].country = xstrdup(ro->country);
		t->e[xi].amb = ro->amb;
	}
	if (ro->type == E_ROLE && ro->role)
		t->e[xi].role = xstrdup(ro->role);
	return r;
}

static const char *pending_title;
static int pending_s = -1;
static size_t pending_at;

size_t
names_at(struct tagged *t, int s, size_t i, const struct lexicon *lx)
{
	const struct toklist *tl = &t->tl[s];
	const struct lex_entry *e;
	const char *title = NULL;
	struct ent *x;
	size_t end, k;
	int n;

	(void)lx;
	if (pending_s == s && i <= pending_at + 3)
		title = pending_title;
	e = names_best_at(tl, i, &n);
	if (!e) {
		if (!name_word(tl, i))
			return i + 1;
		end = name_span(tl, i);
		if (end > i && (k = name_and_office(t, s, i, end, title)))
			return k;
		if (end > i && title) {
			name_person(t, s, i, end, title);
			return end;
		}
		/* "les ministres ... du Burkina Faso, X, et du Niger, Babakary
		   Yaou Sangaré": a full name after a country of a list of
		   office holders is that country's */
		if (upper_words(tl, i, end) >= 2 && (k = listed_country(t, s, i)) > 0) {
			x = name_person(t, s, i, end, title);
			x->country = xstrdup(t->e[k - 1].value);
			return end;
		}
		if (after_a(tl, i) && end == i + 1) {
			char *v = xstrndup(tl->text + tl->t[i].b0, tl->t[i].b1 - tl->t[i].b0);
			ent_add(t, s, (uint32_t)i, (uint32_t)(i + 1), E_LOC, v);
			free(v);
		}
		return end > i ? end : i + 1;
	}
	if (e->tcode == T_TITLE) {
		end = name_span(tl, i + (size_t)n);
		/* "M. Todd Robinson, le secrétaire d'État américain", but not
		   a list's "l'ambassadeur, M. X, le consul, M. Y" */
		if (end > i + (size_t)n && !(i > 0 && tok_is(tl, i - 1, ","))
		    && (k = name_and_office(t, s, i + (size_t)n, end, e->form)))
			return k;
		if (end > i + (size_t)n) {
			name_person(t, s, i + (size_t)n, end, e->form);
			return end;
		}
		pending_title = e->form;
		pending_s = s;
		pending_at = i + (size_t)n;
		return i + (size_t)n;
	}
	if (e->tcode == T_ROLE)
		return tag_role(t, s, i, n, e, title);
	if (e->tcode == T_GIVEN) {
		end = name_span(tl, i);
		if (end > i + 1 && (k = name_and_office(t, s, i, end, title)))
			return k;
		if (end > i + 1 || (end > i && title)) {
			size_t g = listed_country(t, s, i);
			x = name_person(t, s, i, end, title);
			if (g)
				x->country = xstrdup(t->e[g - 1].value);
			return end;
		}
		return i + 1;
	}
	if (e->tcode == T_GPE || e->tcode == T_DEM) {
		x = ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)n), E_GPE, e->value);
		if (e->tcode == T_DEM) {
			x->demonym = 1;
			x->plural = (e->flags & LF_PL) != 0;
		}
		return i + (size_t)n;
	}
	if (e->tcode == T_HOME) {
		/* "le Royaume", but not "Royaume du Maroc" (a GPE of its own) */
		if (!names_of_code(tl, i + (size_t)n, T_ROLELINK, &n))
			ent_add(t, s, (uint32_t)i, (uint32_t)(i + 1), E_GPE, "HOME");
		return i + 1;
	}
	if (e->tcode == T_LOC) {
		x = ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)n), E_LOC, e->form);
		if (strcmp(e->value, "-") != 0)
			x->country = xstrdup(e->value);
		return i + (size_t)n;
	}
	if (e->tcode == T_ORG) {
		ent_add(t, s, (uint32_t)i, (uint32_t)(i + (size_t)n), E_ORG, e->value);
		return i + (size_t)n;
	}
	if (e->tcode == T_EVHEAD)
		return tag_event(t, s, i, n);
	if (e->tcode == T_FORMULA) {
		if (!(e->flags & LF_CTX) && (x = last_per(t, s)))
			x->honorific = 1;
		return i + (size_t)n;
	}
	return i + (size_t)n;
}

/* A title pending for the next name does not outlive its document. */
void
names_pending_clear(void)
{
	pending_s = -1;
}
