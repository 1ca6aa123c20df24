/* Reading meetings out of a tagged document.  Cues come from
   data/verbforms.tsv (the forms of data/verbs.tsv) and data/events.tsv:
   meeting verbs (MEET) give frames whose subject and object are the
   participants; companions (ACCOMP), unnamed foreign counterparts and
   the paired "les deux ministres" complete them; mentions after EXCLUDE
   words ("les aspirations de...") and royal formulas never make a
   participant. */
#include <stdlib.h>
#include <string.h>

#include "tag/names.h"
#include "extract/xdoc.h"
#include "extract/geo.h"

static struct lexicon event_cues;

static int keep_event(const char *type)
{
	static const char *types[] = {"MEET", "NOUN", "CONF", "MODE", "ACCOMP", "EXCLUDE",
		"AGREE", "SPEECH", "PLACEPREP", "INTL", NULL};
	int i;

	for (i = 0; types[i]; i++)
		if (strcmp(type, types[i]) == 0)
			return 1;
	return 0;
}

int
extract_init(const char *const *extra, size_t nextra)
{
	char *p = data_path("events.tsv"), *v = data_path("verbforms.tsv");
	int ok = lex_load(&event_cues, v, keep_event) & lex_load(&event_cues, p, keep_event)
	    & dates_load() & geo_init();
	size_t i;

	for (i = 0; i < nextra; i++)
		ok &= lex_load(&event_cues, extra[i], keep_event);
	free(p);
	free(v);
	return ok;
}

/* ---- loading ---- */

static int
xtype(const char *t)
{
	static const char *n[] = {"PER", "ROLE", "GPE", "LOC", "ORG", "DATE", "EVENT", NULL};
	int i;

	for (i = 0; n[i]; i++)
		if (t && strcmp(t, n[i]) == 0)
			return i;
	return X_OTHER;
}

/* Token span of a code point span. */
static int
span(const struct toklist *tl, long c0, long c1, size_t *t0, size_t *t1)
{
	size_t i;

	for (i = 0; i < tl->n && tl->t[i].c0 < (uint32_t)c0; i++)
		;
	if (i == tl->n || tl->t[i].c0 != (uint32_t)c0)
		return 0;
	*t0 = i;
	for (; i < tl->n && tl->t[i].c1 < (uint32_t)c1; i++)
		;
	if (i == tl->n)
		return 0;
	*t1 = i + 1;
	return 1;
}

static int
is_true(const struct jr *obj, const char *key)
{
	const struct jr *v = jr_get(obj, key);

	return v && v->type == JR_TRUE;
}

static int
load(struct xdoc *x, const struct jr *doc, const char **why)
{
	const struct jr *sents = jr_get(doc, "sents"), *ents = jr_get(doc, "ents"), *o;
	size_t i;

	if (!sents || sents->type != JR_ARR || !ents || ents->type != JR_ARR) {
		*why = "no \"sents\" or \"ents\" (run mc-tag first)";
		return 0;
	}
	x->doc = doc;
	x->home = jr_str(doc, "home");
	x->dateline = jr_str(doc, "dateline");
	if (jr_str(doc, "date") && date_parse_iso(jr_str(doc, "date"), &x->date))
		x->has_date = 1;
	x->nsent = sents->n;
	x->sent = xcalloc(x->nsent, sizeof *x->sent);
	x->head = xcalloc(x->nsent, sizeof *x->head);
	x->par = xcalloc(x->nsent, sizeof *x->par);
	x->tl = xcalloc(x->nsent, sizeof *x->tl);
	for (i = 0; i < sents->n; i++) {
		o = &sents->u.kid[i];
		if (!jr_str(o, "text")) {
			static char msg[64];
			snprintf(msg, sizeof msg, "sentence %zu has no string \"text\"", i);
			*why = msg;
			x->nsent = i;
			return 0;
		}
		x->sent[i] = jr_str(o, "text");
		x->head[i] = is_true(o, "head");
		x->par[i] = (int)jr_int(o, "p", (long)i);
		tokenize(&x->tl[i], x->sent[i], strlen(x->sent[i]));
	}
	x->e = xcalloc(ents->n + 1, sizeof *x->e);
	for (i = 0; i < ents->n; i++) {
		struct xent *e = &x->e[x->ne];
		long s;
		o = &ents->u.kid[i];
		s = jr_int(o, "s", -1);
		/* an entity it cannot place or read is left out */
		if (o->type != JR_OBJ || !jr_str(o, "text") || !jr_str(o, "type"))
			continue;
		if (s < 0 || (size_t)s >= x->nsent
		    || !span(&x->tl[s], jr_int(o, "start", -1), jr_int(o, "end", -1), &e->t0, &e->t1))
			continue;
		e->s = (int)s;
		e->type = xtype(jr_str(o, "type"));
		e->value = jr_str(o, "value");
		e->country = jr_str(o, "country");
		if (e->type == X_GPE && !e->country)
			e->country = e->value;          /* a country is its own */
		e->role = jr_str(o, "role");
		e->text = jr_str(o, "text");
		e->plural = is_true(o, "plural");
		e->honorific = is_true(o, "honorific");
		e->intl = is_true(o, "intl");
		e->person = -1;
		x->ne++;
	}
	return 1;
}

/* Entities by sentence, so that what looks at a sentence's entities
   does not go through the whole document's. */
static void
index_ents(struct xdoc *x)
{
	size_t i, s, *at;

	x->ent_from = xcalloc(x->nsent + 2, sizeof *x->ent_from);
	x->sent_ents = xmalloc((x->ne + 1) * sizeof *x->sent_ents);
	for (i = 0; i < x->ne; i++)
		x->ent_from[x->e[i].s + 2]++;
	for (s = 2; s < x->nsent + 2; s++)
		x->ent_from[s] += x->ent_from[s - 1];
	at = x->ent_from + 1;
	for (i = 0; i < x->ne; i++)
		x->sent_ents[at[x->e[i].s]++] = i;
}

static void
index_cues(struct xdoc *x)
{
	size_t k, s;

	x->cue_from = xmalloc((x->nsent + 1) * sizeof *x->cue_from);
	for (s = 0, k = 0; s <= x->nsent; s++) {
		while (k < x->nc && (size_t)x->c[k].s < s)
			k++;
		x->cue_from[s] = k;
	}
}

/* A view of sentence s without its dates, "à <place>" and the commas
   around them; at[] maps the view's tokens back to the sentence's. */
static void
skip_insertions(struct xdoc *x, int s, struct toklist *view, size_t *at)
{
	const struct toklist *tl = &x->tl[s];
	unsigned char *drop = xcalloc(tl->n + 1, 1);
	size_t i, k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type != X_DATE && e->type != X_LOC)
			continue;
		memset(drop + e->t0, 1, e->t1 - e->t0);
		if (e->type == X_LOC && e->t0 > 0 && (tok_is(tl, e->t0 - 1, "a") || tok_is(tl, e->t0 - 1, "au")
		    || tok_is(tl, e->t0 - 1, "en")))
			drop[e->t0 - 1] = 1;
	}
	for (i = 0; i < tl->n; i++)
		if (tok_is(tl, i, ",") && ((i > 0 && drop[i - 1]) || drop[i + 1]))
			drop[i] = 2;
	if (view->cap < tl->n + 1) {
		view->cap = tl->n + 1;
		view->t = xrealloc(view->t, view->cap * sizeof *view->t);
	}
	view->n = 0;
	view->text = tl->text;
	view->fold = tl->fold;      /* shared, not owned */
	for (i = 0; i < tl->n; i++)
		if (!drop[i]) {
			at[view->n] = i;
			view->t[view->n++] = tl->t[i];
		}
	free(drop);
}

/* "cette rencontre", "ces entretiens": a present-tense form right after
   a demonstrative is the noun it spells, and names a meeting the text has
   told already, not a new one. */
static int
after_demonstrative(const struct toklist *tl, size_t i)
{
	return i > 0 && (tok_is(tl, i - 1, "ce") || tok_is(tl, i - 1, "cet") || tok_is(tl, i - 1, "cette")
	    || tok_is(tl, i - 1, "ces"));
}

static void
find_cues(struct xdoc *x)
{
	struct toklist view = {0};
	size_t s, i, *at = NULL;
	int k, n;

	for (s = 0; s < x->nsent; s++) {
		/* match on the sentence less its "when and where" insertions, so
		   that "a eu, mardi à Rabat, un entretien" reads as one cue */
		at = xrealloc(at, (x->tl[s].n + 1) * sizeof *at);
		skip_insertions(x, (int)s, &view, at);
		for (i = 0; i < view.n; ) {
			k = lex_match(&event_cues, &view, NULL, i, NULL, NULL, &n);
			if (k < 0 || ((event_cues.e[k].flags & LF_HEAD) && after_demonstrative(&x->tl[s], at[i]))) {
				i++;
				continue;
			}
			x->c = xrealloc(x->c, (x->nc + 1) * sizeof *x->c);
			x->c[x->nc++] = (struct cue){(int)s, at[i], at[i + (size_t)n - 1] + 1, &event_cues.e[k]};
			i += (size_t)n;
		}
	}
	free(view.t);
	free(at);
}

/* ---- people ---- */

static const char *
surname(const char *value)
{
	const char *sp = value ? strrchr(value, ' ') : NULL;
	size_t n;

	if (!value)
		return "";
	/* regnal names: "mohammed vi" is known by its given name */
	if (sp && (n = strlen(sp + 1)) <= 4 && strspn(sp + 1, "ivx") == n)
		return value;
	return sp ? sp + 1 : value;
}

static int
same_person(const char *a, const char *b)
{
	size_t n;

	if (strcmp(a, b) == 0)
		return 1;
	n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
	return n >= 5 && name_edits(a, b) <= (n >= 8 ? 2 : 1);
}

/* "Chugaev Dmitri" after "Dmitri Chugaev": a name of two words written
   family name first is the same person. */
static int
reversed(const char *a, const char *b)
{
	const char *sa = a ? strchr(a, ' ') : NULL, *sb = b ? strchr(b, ' ') : NULL;
	size_t la, lb;

	if (!sa || !sb || strchr(sa + 1, ' ') || strchr(sb + 1, ' '))
		return 0;
	la = (size_t)(sa - a);
	lb = (size_t)(sb - b);
	return strlen(sa + 1) == lb && strlen(sb + 1) == la
	    && !strncmp(a, sb + 1, la) && !strncmp(b, sa + 1, lb);
}

/* EXCLUDE words ("aspirations de", "sous la présidence effective de") put
   the rest of their clause out of the meeting. */
static void
mark_excluded(struct xdoc *x)
{
	size_t i, k;

	for (k = 0; k < x->nc; k++) {
		const struct cue *c = &x->c[k];
		if (!cue_is(c, "EXCLUDE"))
			continue;
		for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
			struct xent *e = &x->e[x->sent_ents[i]];
			if (e->t0 >= c->t1 && e->t0 <= c->t1 + 25) {
				/* a meeting verb after the exclusion reopens the clause */
				size_t j;
				int reopened = 0;
				for (j = x->cue_from[c->s]; j < x->cue_from[c->s + 1]; j++)
					if (cue_is(&x->c[j], "MEET") && x->c[j].t0 > c->t1 && x->c[j].t0 < e->t0)
						reopened = 1;
				if (!reopened)
					e->excluded = 1;
			}
		}
	}
}

/* "le ministre grec, M. X": a word the tagger did not read, then a comma */
static int
comma_between(const struct toklist *tl, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_is(tl, a, ","))
			return 1;
	return 0;
}

static int
joiner(const struct toklist *tl, size_t i)
{
	return tok_is(tl, i, "et") || tok_is(tl, i, ",");
}

/* "ses homologues espagnol et portugais, X et Y": the countries of a
   plural office go to the names after it, in order, when they are as
   many.  Returns 1 when it gave them. */
static int
plural_office(struct xdoc *x, const struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t room = x->ent_from[r->s + 1] - x->ent_from[r->s] + 1;
	const char **country;
	int *person, nc = 0, np = 0, i, given;
	size_t k, end = r->t1;

	if (!r->country)
		return 0;
	/* as many as the sentence has entities */
	country = xmalloc(room * sizeof *country);
	person = xmalloc(room * sizeof *person);
	country[nc++] = r->country;
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < end)
			continue;
		if (e->t0 > end + 1 || (e->t0 == end + 1 && !joiner(tl, end)))
			break;
		if (e->type == X_GPE && np == 0 && e->country)
			country[nc++] = e->country;
		else if (e->type == X_PER && e->person >= 0)
			person[np++] = e->person;
		else
			break;
		end = e->t1;
	}
	given = nc >= 2 && nc == np;
	for (i = 0; given && i < np; i++)
		if (!x->p[person[i]].country)
			x->p[person[i]].country = country[i];
	free(country);
	free(person);
	return given;
}

/* Between an office and a country of its list: nothing, "et", a comma,
   and "de" in any form ("du Mali, du Niger et du Tchad"). */
static int
list_gap(const struct toklist *tl, size_t from, size_t to)
{
	static const char *const w[] = {"et", ",", "de", "du", "des", "d'", "la", "l'", NULL};
	size_t i;
	int k;

	if (to > from + 3)
		return 0;
	for (i = from; i < to; i++) {
		for (k = 0; w[k] && !tok_is(tl, i, w[k]); k++)
			;
		if (!w[k])
			return 0;
	}
	return 1;
}

/* "les ministres de l'Intérieur marocain et portugais" with no names
   after it: one office per country, each standing for its official, so
   that the frames read "X et Y ont tenu une réunion".  The demonyms
   become offices of the same kind. */
static int
plural_split(struct xdoc *x, struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, end = r->t1;
	int nd = 0;

	if (!r->country)
		return 0;
	/* the demonyms listed after the office, however many */
	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < end)
			continue;
		if (e->type != X_GPE || !e->country || !list_gap(tl, end, e->t0))
			break;
		e->listed = 1;
		e->type = X_ROLE;
		e->role = r->role;
		e->value = r->value;
		end = e->t1;
		nd++;
	}
	if (nd == 0)
		return 0;
	r->plural = 0;
	r->listed = 1;
	return 1;
}

/* "le directeur du Bureau fédéral d'investigation (FBI) des États-Unis":
   an office whose words ran on past what the tagger read takes the
   country named after "de" within its phrase, before any comma, verb or
   other entity but an organisation.  Returns where the office ends. */
static size_t
office_country_after(struct xdoc *x, struct xent *r)
{
	const struct toklist *tl = &x->tl[r->s];
	size_t k, j;

	for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 < r->t1 || e == r)
			continue;
		if (e->t0 > r->t1 + 8 || (e->type != X_GPE && e->type != X_ORG))
			return r->t1;
		for (j = r->t1; j < e->t0; j++)
			if (tok_is(tl, j, ",") || tok_is(tl, j, ";") || tok_is(tl, j, "qui"))
				return r->t1;
		if (has_cue_between(x, r->s, r->t1, e->t0, "MEET"))
			return r->t1;
		if (e->type == X_GPE && e->country && e->t0 > 0 && (tok_is(tl, e->t0 - 1, "de")
		    || tok_is(tl, e->t0 - 1, "du") || tok_is(tl, e->t0 - 1, "des") || tok_is(tl, e->t0 - 1, "d'"))) {
			r->country = e->country;
			return e->t1;
		}
	}
	return r->t1;
}

static void
cluster_people(struct xdoc *x)
{
	size_t i, k, keylen, rend;

	for (i = 0; i < x->ne; i++) {
		struct xent *e = &x->e[i];
		const char *key;
		if (e->type != X_PER || !e->value)
			continue;
		key = surname(e->value);
		keylen = utf8_cplen(key, strlen(key));
		/* more than 2 code points apart in length: more than 2 edits */
		for (k = 0; k < x->np; k++)
			if (x->p[k].keylen + 2 >= keylen && keylen + 2 >= x->p[k].keylen
			    && same_person(x->p[k].key, key))
				break;
		if (k == x->np)
			for (k = 0; k < x->np && !reversed(x->p[k].value, e->value); k++)
				;
		if (k == x->np) {
			k = (size_t)add_person(x, e->text, key);
			x->p[k].value = e->value;
		}
		e->person = (int)k;
		/* the longest written form is the name */
		if (strlen(e->text) > strlen(x->p[k].name) && !x->head[e->s])
			x->p[k].name = e->text;
		if (!x->p[k].role && e->role)
			x->p[k].role = e->role;
		if (!x->p[k].country && e->country)
			x->p[k].country = e->country;
		x->p[k].honorific |= e->honorific;
		x->p[k].intl |= e->intl;
		x->p[k].mentions++;
		if (!e->excluded && !e->honorific)
			x->p[k].usable = 1;
	}
	/* an office names the person in apposition to it */
	for (i = 0; i < x->ne; i++) {
		struct xent *r = &x->e[i];
		if (r->type != X_ROLE || (r->plural && (plural_office(x, r) || plural_split(x, r))))
			continue;
		rend = !r->country && !r->plural ? office_country_after(x, r) : r->t1;
		for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
			struct xent *p = &x->e[x->sent_ents[k]];
			if (p->type != X_PER || p->person < 0)
				continue;
			/* "le ministre, M. X" or "X, ministre de..." */
			if ((p->t0 >= r->t1 && p->t0 <= r->t1 + 3)
			    || (p->t0 >= r->t1 && p->t0 <= rend + 6 && comma_between(&x->tl[p->s], r->t1, p->t0))
			    || (p->t1 <= r->t0 && p->t1 + 2 >= r->t0 && tok_is(&x->tl[p->s], p->t1, ","))) {
				r->person = p->person;
				if (!x->p[p->person].role && r->role)
					x->p[p->person].role = r->role;
				if (!x->p[p->person].office && r->value && strcmp(r->value, "counterpart"))
					x->p[p->person].office = r->value;
				if (!x->p[p->person].country && r->country)
					x->p[p->person].country = r->country;
				if (has_cue_between(x, r->s, r->t0, r->t1, "INTL"))
					x->p[p->person].intl = 1;
				if (r->value && (!strcmp(r->value, "king") || !strcmp(r->value, "queen")))
					x->p[p->person].role_head_king = 1;
				break;
			}
		}
	}
}

static int
takes_part(const struct xdoc *x, int person)
{
	size_t j;
	int p;

	for (j = 0; j < x->nev; j++)
		for (p = 0; p < x->ev[j].np; p++)
			if (x->ev[j].p[p].person == person)
				return 1;
	return 0;
}

/* The last paragraph that is about the meetings: one of their sentences,
   a participant named, "les deux ministres", "les entretiens", a meeting
   verb, what was agreed.  What
   follows is background ("Le président X avait déclaré en 2023..."),
   whose subjects are not the meeting's. */
static int
last_meeting_paragraph(const struct xdoc *x)
{
	size_t s, k, j;
	int end = -1, about;

	for (s = 0; s < x->nsent; s++) {
		about = 0;
		for (j = 0; j < x->nev && !about; j++)
			about = has_sent(&x->ev[j], (int)s);
		for (k = x->ent_from[s]; k < x->ent_from[s + 1] && !about; k++) {
			const struct xent *e = &x->e[x->sent_ents[k]];
			about = e->type == X_PER && e->person >= 0 && takes_part(x, e->person);
		}
		for (k = x->cue_from[s]; k < x->cue_from[s + 1] && !about; k++)
			about = cue_is(&x->c[k], "NOUN") || cue_is(&x->c[k], "MEET") || cue_is(&x->c[k], "AGREE")
			    || cue_is(&x->c[k], "SPEECH");
		if (about && x->par[s] > end)
			end = x->par[s];
	}
	return end;
}

static void
xdoc_free(struct xdoc *x)
{
	size_t i;

	for (i = 0; i < x->nsent; i++)
		toklist_free(&x->tl[i]);
	free(x->tl);
	free(x->sent);
	free(x->head);
	free(x->par);
	free(x->e);
	free(x->sent_ents);
	free(x->ent_from);
	free(x->c);
	free(x->cue_from);
	free(x->p);
	for (i = 0; i < x->nev; i++)
		event_free(&x->ev[i]);
	free(x->ev);
	free(x->scratch);
}

int
extract_doc(const struct jr *doc, json_t *out, const char **why)
{
	struct xdoc x = {0};
	const char *id = jr_str(doc, "id");
	size_t k;

	if (!load(&x, doc, why)) {
		xdoc_free(&x);
		return 0;
	}
	index_ents(&x);
	find_cues(&x);
	index_cues(&x);
	mark_excluded(&x);
	cluster_people(&x);
	build_events(&x);
	x.meeting_end = last_meeting_paragraph(&x);
	for (k = 0; k < x.nev; k++)
		json_array_append_new(out, event_json(&x, &x.ev[k], k == 0, id ? id : ""));
	xdoc_free(&x);
	return 1;
}
