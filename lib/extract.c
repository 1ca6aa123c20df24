/* Reading meetings out of a tagged document.  Cues come from
   data/events.tsv: meeting verbs (MEET) give frames whose subject and
   object are the participants; companions (ACCOMP), unnamed foreign
   counterparts and the paired "les deux ministres" complete them;
   mentions after EXCLUDE words ("les aspirations de...") and royal
   formulas never make a participant. */
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "date.h"
#include "names.h"

static struct lexicon ev;

static int keep_event(const char *type)
{
	static const char *types[] = {"MEET", "NOUN", "CONF", "MODE", "ACCOMP", "EXCLUDE",
		"AGREE", "SPEECH", "PLACEPREP", NULL};
	int i;

	for (i = 0; types[i]; i++)
		if (strcmp(type, types[i]) == 0)
			return 1;
	return 0;
}

int
extract_init(const char *const *extra, size_t nextra)
{
	char *p = data_path("events.tsv");
	int ok = lex_load(&ev, p, keep_event) & dates_load();
	size_t i;

	for (i = 0; i < nextra; i++)
		ok &= lex_load(&ev, extra[i], keep_event);
	free(p);
	return ok;
}

enum { X_PER, X_ROLE, X_GPE, X_LOC, X_ORG, X_DATE, X_EVENT, X_OTHER };
enum { SIDE_NONE, SIDE_HOST, SIDE_GUEST, SIDE_ATTENDEE };
static const char *side_name[] = {NULL, "host", "guest", "attendee"};

struct xent {
	int s, type;
	size_t t0, t1;
	const char *value, *country, *role, *text, *raw;
	int plural, honorific, excluded;
	int person;             /* PER: its person; ROLE: the person it names */
};

struct cue {
	int s;
	size_t t0, t1;
	const struct lex_entry *e;
};

struct person {
	const char *name, *role, *country, *key, *office;   /* office: ROLE value */
	size_t keylen;          /* code points of key */
	int honorific, unnamed, mentions, usable, role_head_king;
};

struct part { int person, side; };

struct event {
	int type;               /* 0 meeting, 1 call, 2 conference, 3 visit */
	int margin, host_verb, guest_verb, multi;
	struct part p[32];
	int np;
	int sents[16];
	int ns;
};

struct xdoc {
	json_t *doc;
	const char *home, *dateline;
	struct mc_date date;
	int has_date;
	size_t nsent;
	const char **sent;
	int *head;
	struct toklist *tl;
	struct xent *e;
	size_t ne;
	/* entities sentence by sentence, in their order: those of sentence s
	   are e[sent_ents[k]] for k from ent_from[s] to ent_from[s + 1] - 1 */
	size_t *sent_ents, *ent_from;
	struct cue *c;          /* in sentence order */
	size_t nc;
	size_t *cue_from;       /* sentence s: c[cue_from[s]] to c[cue_from[s + 1] - 1] */
	struct person *p;
	size_t np;
	struct event *ev;
	size_t nev;
};

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
load(struct xdoc *x, json_t *doc, const char **why)
{
	json_t *sents = json_object_get(doc, "sents"), *ents = json_object_get(doc, "ents"), *o;
	size_t i;

	if (!json_is_array(sents) || !json_is_array(ents)) {
		*why = "no \"sents\" or \"ents\" (run mc-tag first)";
		return 0;
	}
	x->doc = doc;
	x->home = jstr(doc, "home");
	x->dateline = jstr(doc, "dateline");
	if (jstr(doc, "date") && date_parse_iso(jstr(doc, "date"), &x->date))
		x->has_date = 1;
	x->nsent = json_array_size(sents);
	x->sent = xcalloc(x->nsent, sizeof *x->sent);
	x->head = xcalloc(x->nsent, sizeof *x->head);
	x->tl = xcalloc(x->nsent, sizeof *x->tl);
	json_array_foreach(sents, i, o) {
		if (!jstr(o, "text")) {
			static char msg[64];
			snprintf(msg, sizeof msg, "sentence %zu has no string \"text\"", i);
			*why = msg;
			x->nsent = i;
			return 0;
		}
		x->sent[i] = jstr(o, "text");
		x->head[i] = json_is_true(json_object_get(o, "head"));
		tokenize(&x->tl[i], x->sent[i], strlen(x->sent[i]));
	}
	x->e = xcalloc(json_array_size(ents) + 1, sizeof *x->e);
	json_array_foreach(ents, i, o) {
		struct xent *e = &x->e[x->ne];
		long s = jint(o, "s", -1);
		/* an entity it cannot place or read is left out */
		if (!json_is_object(o) || !jstr(o, "text") || !jstr(o, "type"))
			continue;
		if (s < 0 || (size_t)s >= x->nsent
		    || !span(&x->tl[s], jint(o, "start", -1), jint(o, "end", -1), &e->t0, &e->t1))
			continue;
		e->s = (int)s;
		e->type = xtype(jstr(o, "type"));
		e->value = jstr(o, "value");
		e->country = jstr(o, "country");
		e->role = jstr(o, "role");
		e->text = jstr(o, "text");
		e->plural = json_is_true(json_object_get(o, "plural"));
		e->honorific = json_is_true(json_object_get(o, "honorific"));
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
			k = lex_match(&ev, &view, NULL, i, NULL, NULL, &n);
			if (k < 0) {
				i++;
				continue;
			}
			x->c = xrealloc(x->c, (x->nc + 1) * sizeof *x->c);
			x->c[x->nc++] = (struct cue){(int)s, at[i], at[i + (size_t)n - 1] + 1, &ev.e[k]};
			i += (size_t)n;
		}
	}
	free(view.t);
	free(at);
}

static int
cue_is(const struct cue *c, const char *type)
{
	return strcmp(c->e->type, type) == 0;
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

static int
add_person(struct xdoc *x, const char *name, const char *key)
{
	struct person *p;

	x->p = xrealloc(x->p, (x->np + 1) * sizeof *x->p);
	p = &x->p[x->np];
	memset(p, 0, sizeof *p);
	p->name = name;
	p->key = key;
	p->keylen = utf8_cplen(key, strlen(key));
	return (int)x->np++;
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

static void
cluster_people(struct xdoc *x)
{
	size_t i, k, keylen;

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
			k = (size_t)add_person(x, e->text, key);
		e->person = (int)k;
		/* the longest written form is the name */
		if (strlen(e->text) > strlen(x->p[k].name) && !x->head[e->s])
			x->p[k].name = e->text;
		if (!x->p[k].role && e->role)
			x->p[k].role = e->role;
		if (!x->p[k].country && e->country)
			x->p[k].country = e->country;
		x->p[k].honorific |= e->honorific;
		x->p[k].mentions++;
		if (!e->excluded && !e->honorific)
			x->p[k].usable = 1;
	}
	/* an office names the person in apposition to it */
	for (i = 0; i < x->ne; i++) {
		struct xent *r = &x->e[i];
		if (r->type != X_ROLE)
			continue;
		for (k = x->ent_from[r->s]; k < x->ent_from[r->s + 1]; k++) {
			struct xent *p = &x->e[x->sent_ents[k]];
			if (p->type != X_PER || p->person < 0)
				continue;
			/* "le ministre, M. X" or "X, ministre de..." */
			if ((p->t0 >= r->t1 && p->t0 <= r->t1 + 3)
			    || (p->t0 >= r->t1 && p->t0 <= r->t1 + 6 && comma_between(&x->tl[p->s], r->t1, p->t0))
			    || (p->t1 <= r->t0 && p->t1 + 2 >= r->t0 && tok_is(&x->tl[p->s], p->t1, ","))) {
				r->person = p->person;
				if (!x->p[p->person].role && r->role)
					x->p[p->person].role = r->role;
				if (!x->p[p->person].office && r->value && strcmp(r->value, "counterpart"))
					x->p[p->person].office = r->value;
				if (!x->p[p->person].country && r->country)
					x->p[p->person].country = r->country;
				if (r->value && (!strcmp(r->value, "king") || !strcmp(r->value, "queen")))
					x->p[p->person].role_head_king = 1;
				break;
			}
		}
	}
}

/* ---- frames ---- */

static int
party_of(struct xdoc *x, struct xent *e)
{
	if (e->excluded || e->plural)
		return -1;
	if (e->type == X_PER)
		return e->honorific ? -2 : e->person;
	if (e->type == X_ROLE)
		return e->person >= 0 ? e->person : -3 - (int)(e - x->e);
	return -1;
}

/* Offices that may name one person: equal, or a minister and a
   minister of something ("interior_minister"). */
static int
same_office(const char *a, const char *b)
{
	const char *ma = strstr(a, "minister"), *mb = strstr(b, "minister");

	if (!strcmp(a, b))
		return 1;
	return ma && mb && strcmp(a, "prime_minister") && strcmp(b, "prime_minister")
	    && (!strcmp(a, "minister") || !strcmp(b, "minister"));
}

/* Participant for an office with no name: the person of that country
   already met, or one unnamed official per country. */
static int
role_person(struct xdoc *x, int code)
{
	struct xent *r = &x->e[-3 - code];
	const char *c = r->country;
	size_t k;

	if (!c) {
		/* "le ministre de l'Intérieur": the home person of that office */
		for (k = 0; k < x->np; k++)
			if (x->p[k].usable && !x->p[k].unnamed && x->p[k].role && r->role
			    && strncmp(x->p[k].role, r->role, strlen(r->role)) == 0
			    && (!x->p[k].country || (x->home && !strcmp(x->p[k].country, x->home))))
				return (int)k;
		for (k = 0; k < x->np; k++)
			if (x->p[k].usable && !x->p[k].unnamed
			    && (!x->p[k].country || (x->home && !strcmp(x->p[k].country, x->home))))
				return (int)k;
		c = x->home;
	}
	/* the person of that country, unless another office says otherwise
	   ("le ministre espagnol" is not "le président du gouvernement") */
	for (k = 0; k < x->np; k++)
		if (x->p[k].country && c && strcmp(x->p[k].country, c) == 0 && !x->p[k].honorific
		    && (!r->value || !x->p[k].office || !strcmp(r->value, "counterpart")
		    || same_office(r->value, x->p[k].office)))
			return (int)k;
	k = (size_t)add_person(x, NULL, "");
	x->p[k].unnamed = 1;
	x->p[k].usable = 1;
	x->p[k].country = c;
	x->p[k].role = r->role;
	return (int)k;
}

static int
resolve(struct xdoc *x, int code)
{
	if (code >= 0)
		return code;
	if (code <= -3)
		return role_person(x, code);
	return -1;
}

static void
add_part(struct event *ev, int person, int side)
{
	int i;

	if (person < 0)
		return;
	for (i = 0; i < ev->np; i++)
		if (ev->p[i].person == person)
			return;
	if (ev->np < 32)
		ev->p[ev->np++] = (struct part){person, side};
}

static int
has_cue_between(struct xdoc *x, int s, size_t a, size_t b, const char *type)
{
	size_t k;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++)
		if (x->c[k].t0 >= a && x->c[k].t1 <= b && cue_is(&x->c[k], type))
			return 1;
	return 0;
}

/* The nearest person or office before the verb, in its clause. */
static struct xent *
subject_ent(struct xdoc *x, const struct cue *c)
{
	size_t i;
	struct xent *best = NULL;

	for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
		struct xent *e = &x->e[x->sent_ents[i]];
		if (e->t1 > c->t0 || (e->type != X_PER && e->type != X_ROLE))
			continue;
		if (e->excluded || e->plural)
			continue;
		if (!best || e->t0 > best->t0)
			best = e;
	}
	if (best && has_cue_between(x, c->s, best->t1, c->t0, "MEET"))
		best = NULL;
	return best;
}

/* "X et son homologue Y ont tenu une réunion": subjects joined by "et". */
static void
co_subjects(struct xdoc *x, const struct xent *first, struct event *ev, int side)
{
	const struct toklist *tl = &x->tl[first->s];
	size_t i = (size_t)(first - x->e), block = first->t0, k;
	int cur = resolve(x, party_of(x, (struct xent *)first)), joined;

	while (i-- > 0) {
		struct xent *e = &x->e[i];
		int p;
		if (e->s != first->s)
			break;
		if (e->type != X_PER && e->type != X_ROLE)
			continue;
		if (e->excluded || e->plural)
			break;
		p = resolve(x, party_of(x, e));
		if (p == cur) {
			block = e->t0;
			continue;
		}
		for (joined = 0, k = e->t1; k < block; k++)
			joined |= tok_is(tl, k, "et");
		if (!joined || has_cue_between(x, first->s, e->t1, block, "MEET")
		    || has_cue_between(x, first->s, e->t1, block, "SPEECH"))
			break;
		add_part(ev, p, side);
		cur = p;
		block = e->t0;
	}
}

static int
subject_of(struct xdoc *x, const struct cue *c)
{
	struct xent *best = subject_ent(x, c);

	/* a king who receives takes part, formula or not */
	if (best && best->type == X_PER && best->honorific)
		return best->person;
	/* "Le ministre, M. X, a reçu": the name, not its office */
	return best ? party_of(x, best) : -1;
}

/* An office whose name runs on past what the tagger read ("la ministre
   fédérale ... démocratique, Annelies Verlinden"): the name after the
   next comma, within a title's length, is its holder. */
static struct xent *
holder_after(struct xdoc *x, size_t ri)
{
	struct xent *r = &x->e[ri];
	const struct toklist *tl = &x->tl[r->s];
	size_t i;

	for (i = ri + 1; i < x->ne; i++) {
		struct xent *e = &x->e[i];
		if (e->s != r->s || e->t0 > r->t1 + 30)
			return NULL;
		if (e->type == X_ROLE || e->type == X_DATE)
			return NULL;
		if (e->type == X_PER)
			return e->t0 > 0 && tok_is(tl, e->t0 - 1, ",") ? e : NULL;
	}
	return NULL;
}

/* "X et Y", "X ainsi que Y", and in a list of those present "X, Y". */
static int
joined(const struct toklist *tl, size_t from, size_t to, int list)
{
	size_t k;

	for (k = from; k < to; k++)
		if (tok_is(tl, k, "et") || (tok_is(tl, k, "ainsi") && tok_is(tl, k + 1, "que"))
		    || (list && tok_is(tl, k, ",")))
			return 1;
	return 0;
}

/* Parties after the verb: the first person or office, then those joined
   by "et", "ainsi que" or "accompagné de" (or commas, in a list). */
static void
objects_of(struct xdoc *x, const struct cue *c, struct event *ev, int side, int subject, int list)
{
	size_t k, i, last_end = c->t1;
	int got = 0, code;

	for (k = x->ent_from[c->s]; k < x->ent_from[c->s + 1]; k++) {
		struct xent *e = &x->e[i = x->sent_ents[k]];
		const struct toklist *tl = &x->tl[c->s];
		if (e->t0 < c->t1 || (e->type != X_PER && e->type != X_ROLE))
			continue;
		if (e->excluded)
			break;
		if (got && e->t0 > last_end + (list ? 8 : 4))
			break;
		if (got && (has_cue_between(x, c->s, last_end, e->t0, "MEET")
		    || has_cue_between(x, c->s, last_end, e->t0, "SPEECH")))
			break;
		if (got && e->t0 > last_end && !has_cue_between(x, c->s, last_end, e->t0 + 1, "ACCOMP")
		    && !joined(tl, last_end, e->t0, list))
			break;
		code = party_of(x, e);
		if (code == -1)
			continue;
		if (code == -2)
			break;
		if (code <= -3 && !e->country) {
			struct xent *h = holder_after(x, i);
			if (h && party_of(x, h) >= 0) {
				code = party_of(x, h);
				e = h;
				/* on from the holder, of the same sentence */
				while (x->sent_ents[k] != (size_t)(h - x->e))
					k++;
			}
		}
		code = resolve(x, code);
		if (code == subject && subject >= 0)
			continue;   /* an office that names the subject again */
		add_part(ev, code, side);
		got = 1;
		if (e->t1 > last_end)
			last_end = e->t1;
	}
}

static struct event *
new_event(struct xdoc *x)
{
	x->ev = xrealloc(x->ev, (x->nev + 1) * sizeof *x->ev);
	memset(&x->ev[x->nev], 0, sizeof x->ev[0]);
	return &x->ev[x->nev++];
}

static void
add_sent(struct event *ev, int s)
{
	int i;

	for (i = 0; i < ev->ns; i++)
		if (ev->sents[i] == s)
			return;
	if (ev->ns < 16)
		ev->sents[ev->ns++] = s;
}

static int
type_of(const char *v)
{
	if (!strcmp(v, "call"))
		return 1;
	if (!strcmp(v, "conference"))
		return 2;
	if (!strcmp(v, "visit"))
		return 3;
	return 0;
}

static int
guests_overlap(const struct event *a, const struct event *b)
{
	int i, j, ga = 0, gb = 0;

	for (i = 0; i < a->np; i++)
		ga += a->p[i].side == SIDE_GUEST;
	for (i = 0; i < b->np; i++)
		gb += b->p[i].side == SIDE_GUEST;
	if (!ga || !gb)
		return 1;
	for (i = 0; i < a->np; i++)
		for (j = 0; j < b->np; j++)
			if (a->p[i].person == b->p[j].person && a->p[i].side == SIDE_GUEST)
				return 1;
	return 0;
}

static int
shares(const struct event *a, const struct event *b)
{
	int i, j;

	for (i = 0; i < a->np; i++)
		for (j = 0; j < b->np; j++)
			if (a->p[i].person == b->p[j].person)
				return 1;
	return 0;
}

static void
merge_into(struct event *a, const struct event *b)
{
	int i;

	for (i = 0; i < b->np; i++)
		add_part(a, b->p[i].person, b->p[i].side);
	for (i = 0; i < b->ns; i++)
		add_sent(a, b->sents[i]);
	a->host_verb |= b->host_verb;
	a->guest_verb |= b->guest_verb;
	a->multi |= b->multi;
	if (b->type == 1 || (b->type == 3 && a->type == 0))
		a->type = b->type;
}

static void
frame(struct xdoc *x, const struct cue *c)
{
	struct event fr = {0}, *ev;
	int subj, multi = (c->e->flags & LF_MULTI) != 0, host = (c->e->flags & LF_HOST) != 0;
	int guest = (c->e->flags & LF_GUEST) != 0, margin = 0;
	size_t k;

	fr.type = type_of(c->e->value);
	fr.multi = multi;
	fr.host_verb = host;
	fr.guest_verb = guest;
	subj = resolve(x, subject_of(x, c));
	if (multi) {
		if (subj < 0) {
			/* "Y ont pris part le ministre malien..., M. X, et ..." */
			objects_of(x, c, &fr, SIDE_ATTENDEE, -1, 1);
		}
		add_part(&fr, subj, SIDE_ATTENDEE);
	} else {
		int side = guest ? SIDE_GUEST : host ? SIDE_HOST : SIDE_NONE;
		add_part(&fr, subj, side);
		if (subj >= 0)
			co_subjects(x, subject_ent(x, c), &fr, side);
		objects_of(x, c, &fr, guest ? SIDE_HOST : SIDE_GUEST, subj, 0);
		if (fr.np < 2 && !x->head[c->s])
			return;     /* "a reçu des fonds": no counterpart, no meeting */
	}
	if (!fr.np)
		return;
	add_sent(&fr, c->s);
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1]; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "margin"))
			margin = 1;
	fr.margin = margin;
	/* "a effectué une visite de travail à Rabat, où elle a été reçue" */
	for (k = x->cue_from[c->s]; k < x->cue_from[c->s + 1] && fr.type == 0; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "visit"))
			fr.type = 3;
	for (k = 0; k < x->nev; k++) {
		ev = &x->ev[k];
		if ((ev->type == 2) != (fr.type == 2) && (ev->margin || fr.margin))
			continue;
		/* "l'audience, à laquelle ont assisté X et Y": those present at a
		   meeting already read are in it, not at a conference */
		if (fr.multi && ev->type != 2 && !fr.margin && shares(ev, &fr)) {
			for (int p = 0; p < fr.np; p++)
				add_part(ev, fr.p[p].person, SIDE_ATTENDEE);
			add_sent(ev, c->s);
			return;
		}
		if ((ev->type == 2) != (fr.type == 2) && ev->np && fr.np > 1)
			continue;
		if (guests_overlap(ev, &fr)) {
			merge_into(ev, &fr);
			return;
		}
	}
	*new_event(x) = fr;
}

/* Companions: "M. X, qui était accompagné du ministre délégué, M. Y". */
static void
companions(struct xdoc *x)
{
	size_t k, i, j;

	for (k = 0; k < x->nc; k++) {
		const struct cue *c = &x->c[k];
		struct xent *before = NULL, *after = NULL;
		int a, b;
		/* "à la tête d'une délégation" names no companion */
		if (!cue_is(c, "ACCOMP") || !strcmp(c->e->value, "lead"))
			continue;
		for (i = x->ent_from[c->s]; i < x->ent_from[c->s + 1]; i++) {
			struct xent *e = &x->e[x->sent_ents[i]];
			if ((e->type != X_PER && e->type != X_ROLE) || e->plural)
				continue;
			if (e->t1 <= c->t0 && (!before || e->t0 > before->t0))
				before = e;
			if (e->t0 >= c->t1 && !after)
				after = e;
		}
		if (!before || !after || after->excluded)
			continue;
		a = party_of(x, before);
		b = party_of(x, after);
		/* "accompagné du wali directeur de la Migration..., M. X" */
		if (b <= -3 && !after->country) {
			struct xent *h = holder_after(x, (size_t)(after - x->e));
			if (h && party_of(x, h) >= 0)
				b = party_of(x, h);
		}
		if (a < 0 && a > -3)
			continue;
		for (j = 0; j < x->nev; j++) {
			struct event *ev = &x->ev[j];
			int p, side = -1, person = a >= 0 ? a : x->e[-3 - a].person;
			for (p = 0; p < ev->np; p++)
				if (ev->p[p].person == person)
					side = ev->p[p].side;
			if (side < 0 || b == -1 || b == -2)
				continue;
			b = resolve(x, b);
			if (b >= 0 && !x->p[b].country && person >= 0)
				x->p[b].country = x->p[person].country;
			add_part(ev, b, side);
			add_sent(ev, c->s);
		}
	}
}

/* Offices of another country speaking or named as the counterpart
   ("le ministre italien de l'Intérieur a souligné", "son homologue
   italien") join the meeting when nobody of that country is in it. */
static void
counterparts(struct xdoc *x, struct event *ev)
{
	size_t i, k;

	for (i = 0; i < x->ne; i++) {
		struct xent *e = &x->e[i];
		int speaks = 0, p, have = 0;
		if (e->type != X_ROLE || e->plural || e->excluded || !e->country || e->person >= 0)
			continue;
		if (x->home && strcmp(e->country, x->home) == 0)
			continue;
		for (k = x->cue_from[e->s]; k < x->cue_from[e->s + 1]; k++)
			if (cue_is(&x->c[k], "SPEECH") && x->c[k].t0 >= e->t1 && x->c[k].t0 <= e->t1 + 2)
				speaks = 1;
		if (!speaks && !(e->value && !strcmp(e->value, "counterpart")))
			continue;
		for (p = 0; p < ev->np; p++)
			if (x->p[ev->p[p].person].country
			    && !strcmp(x->p[ev->p[p].person].country, e->country))
				have = 1;
		if (!have)
			add_part(ev, role_person(x, -3 - (int)i), SIDE_GUEST);
	}
}

/* An official with no name stands for his country only when nobody of
   that country is named in the event. */
static void
unnamed_once(struct xdoc *x)
{
	size_t k;
	int i, j;

	for (k = 0; k < x->nev; k++) {
		struct event *ev = &x->ev[k];
		for (i = 0; i < ev->np; i++) {
			const struct person *p = &x->p[ev->p[i].person];
			int named = 0;
			if (!p->unnamed || !p->country)
				continue;
			for (j = 0; j < ev->np; j++)
				if (!x->p[ev->p[j].person].unnamed && x->p[ev->p[j].person].country
				    && !strcmp(x->p[ev->p[j].person].country, p->country))
					named = 1;
			if (named) {
				memmove(&ev->p[i], &ev->p[i + 1], (size_t)(ev->np - i - 1) * sizeof *ev->p);
				ev->np--;
				i--;
			}
		}
	}
}

static int
main_actor(struct xdoc *x)
{
	size_t k;
	int best = -1;

	for (k = 0; k < x->np; k++)
		if (x->p[k].usable && !x->p[k].unnamed && !x->p[k].honorific && !x->p[k].role_head_king
		    && (best < 0 || x->p[k].mentions > x->p[best].mentions))
			best = (int)k;
	return best;
}

static void
build_events(struct xdoc *x)
{
	size_t k;
	int pair = -1, body = 0;

	/* meeting verbs, and signatures: "X et Y ont signé un mémorandum" */
	for (k = 0; k < x->nc; k++)
		if ((cue_is(&x->c[k], "MEET") || (cue_is(&x->c[k], "AGREE")
		    && !strcmp(x->c[k].e->value, "sign"))) && !x->head[x->c[k].s]) {
			frame(x, &x->c[k]);
			body = 1;
		}
	for (k = 0; !body && k < x->nc; k++)
		if (cue_is(&x->c[k], "MEET"))
			frame(x, &x->c[k]);
	for (k = 0; k < x->nc; k++)
		if (cue_is(&x->c[k], "NOUN") && !strcmp(x->c[k].e->value, "pair") && pair < 0)
			pair = x->c[k].s;
	if (!x->nev && pair >= 0) {
		/* "Les deux ministres ont examiné...": a meeting of the main actor
		   with the counterpart the text names */
		struct event *ev = new_event(x);
		add_part(ev, main_actor(x), SIDE_NONE);
		add_sent(ev, pair);
	}
	for (k = 0; k < x->nev; k++) {
		struct event *ev = &x->ev[k];
		int p, named = 0;
		if (k == 0)
			counterparts(x, ev);
		for (p = 0; p < ev->np; p++)
			named += !x->p[ev->p[p].person].unnamed;
		if (!named && k == 0)
			add_part(ev, main_actor(x), SIDE_NONE);
	}
	companions(x);
	/* a meeting "en marge de" a conference is where and when it was */
	for (k = 0; k < x->nev; k++) {
		size_t j;
		if (!x->ev[k].margin || x->ev[k].type == 2)
			continue;
		for (j = 0; j < x->nev; j++)
			if (x->ev[j].type == 2 && x->ev[j].ns)
				add_sent(&x->ev[k], x->ev[j].sents[0]);
	}
	unnamed_once(x);
	/* an event of one person that is not a conference is no meeting */
	for (k = 0; k < x->nev; k++)
		if (x->ev[k].np < 2 && x->ev[k].type != 2 && !x->ev[k].multi) {
			memmove(&x->ev[k], &x->ev[k + 1], (x->nev - k - 1) * sizeof *x->ev);
			x->nev--;
			k--;
		}
}

/* ---- what, when, where ---- */

/* The event's sentences and sentence `also` (if not -1), in document
   order: their cues, in it too, are those of the event. */
static int
event_sents(const struct event *ev, long also, int *out)
{
	int i, j, n = 0, v;

	for (i = 0; i <= ev->ns; i++) {
		v = i < ev->ns ? ev->sents[i] : (int)also;
		if (v < 0)
			continue;
		for (j = n; j > 0 && out[j - 1] > v; j--)
			out[j] = out[j - 1];
		if (j > 0 && out[j - 1] == v) {
			memmove(out + j, out + j + 1, (size_t)(n - j) * sizeof *out);
			continue;
		}
		out[j] = v;
		n++;
	}
	return n;
}

static int
by_index(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	return (i > j) - (i < j);
}

/* Entities of the event's sentences (and of `also`) in document order,
   so that an event looks at its own and not at all the document's. */
static size_t
event_ents(struct xdoc *x, const struct event *ev, long also, size_t **out)
{
	int sents[17], ns = event_sents(ev, also, sents), i;
	size_t n = 0, k;

	for (i = 0; i < ns; i++)
		n += x->ent_from[sents[i] + 1] - x->ent_from[sents[i]];
	*out = xmalloc((n + 1) * sizeof **out);
	for (n = 0, i = 0; i < ns; i++)
		for (k = x->ent_from[sents[i]]; k < x->ent_from[sents[i] + 1]; k++)
			(*out)[n++] = x->sent_ents[k];
	qsort(*out, n, sizeof **out, by_index);
	return n;
}

static const struct xent *
date_of(struct xdoc *x, const struct event *ev, int first)
{
	const struct xent *best = NULL;
	int rank, best_rank = 0, i;
	size_t k, lead = 0, n, *ents;

	while (lead < x->nsent && x->head[lead])
		lead++;
	n = event_ents(x, ev, (long)lead, &ents);
	for (k = 0; k < n; k++) {
		const struct xent *e = &x->e[ents[k]];
		int in = 0;
		if (e->type != X_DATE)
			continue;
		for (i = 0; i < ev->ns; i++)
			in |= ev->sents[i] == e->s;
		/* an event without a date of its own is of the day the lead
		   gives ("le même jour, M. X a reçu...") */
		(void)first;
		if (!in && (size_t)e->s != lead)
			continue;
		/* a full date, then a weekday, then "aujourd'hui" */
		rank = (e->value && strlen(e->value) >= 7 && !date_word(&x->tl[e->s], e->t0, "WEEKDAY", &i)
		    && !date_word(&x->tl[e->s], e->t0, "RELDAY", &i)) ? 3
		    : date_word(&x->tl[e->s], e->t0, "WEEKDAY", &i) ? 2 : 1;
		rank = rank * 2 + in;
		if (rank > best_rank) {
			best = e;
			best_rank = rank;
		}
	}
	free(ents);
	return best;
}

/* "lundi à Rabat": a place after à, au or en in the event's sentences;
   a known place ("au Palais royal de Rabat") before a guessed one. */
static const struct xent *
place_of(struct xdoc *x, const struct event *ev)
{
	const struct xent *guess = NULL, *found = NULL;
	size_t k, n, *ents;

	n = event_ents(x, ev, -1, &ents);
	for (k = 0; k < n && !found; k++) {
		const struct xent *e = &x->e[ents[k]];
		const struct toklist *tl = &x->tl[e->s];
		const char *prev;
		if (e->type != X_LOC || e->t0 == 0 || x->head[e->s])
			continue;
		prev = tl->text + tl->t[e->t0 - 1].b0;
		if (!strncmp(prev, "\xC3\xA0 ", 3) || !strncmp(prev, "au ", 3) || !strncmp(prev, "en ", 3)
		    || !strncmp(prev, "\xC3\xA0\xC2\xA0", 4)) {
			if (e->country)
				found = e;
			else if (!guess)
				guess = e;
		} else if (e->country && guess && e->s == guess->s && e->t0 <= guess->t1 + 4) {
			found = e;
		}
	}
	free(ents);
	return found ? found : guess;
}

static int
has_mode(struct xdoc *x, const struct event *ev, const char *mode)
{
	int sents[16], ns = event_sents(ev, -1, sents), i;
	size_t k;

	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "MODE") && !strcmp(x->c[k].e->value, mode))
				return 1;
	return 0;
}

static const char *
mode_of(struct xdoc *x, const struct event *ev, int first, int has_place)
{
	int sents[16], ns = event_sents(ev, -1, sents), i;
	size_t k;

	/* the only event of a document takes its mode from anywhere in it */
	for (k = 0; first && x->nev == 1 && k < x->nc; k++)
		if (cue_is(&x->c[k], "MODE"))
			return x->c[k].e->value;
	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "MODE"))
				return x->c[k].e->value;
	if (ev->type == 1)
		return "phone";
	if (has_place || ev->host_verb || ev->guest_verb || ev->type == 3)
		return "in_person";
	return NULL;
}

/* A conference "organisée dans le cadre de la présidence portugaise". */
static const char *
presidency(struct xdoc *x, const struct event *ev)
{
	int sents[16], ns = event_sents(ev, -1, sents), si;
	const struct toklist *tl;
	size_t k, i;

	for (si = 0; si < ns; si++) {
		k = (size_t)sents[si];
		tl = &x->tl[k];
		for (i = 0; i < tl->n; i++) {
			size_t j;
			if (!tok_is(tl, i, "presidence"))
				continue;
			for (j = x->ent_from[k]; j < x->ent_from[k + 1]; j++) {
				const struct xent *e = &x->e[x->sent_ents[j]];
				if (e->type == X_GPE && e->t0 > i && e->t0 <= i + 4)
					return e->value;
			}
		}
	}
	return NULL;
}

static int
determiner(const struct toklist *tl, size_t i)
{
	static const char *d[] = {"le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'",
		"cet", "cette", "ce", "ces", NULL};
	int k;

	for (k = 0; d[k]; k++)
		if (tok_is(tl, i, d[k]))
			return 1;
	return 0;
}

/* The words of what cue c says was agreed, added to a once; c is an
   AGREE cue of the event. */
static void
agreement(struct xdoc *x, const struct cue *c, json_t *a)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t start, end, j;
	char *txt;

	/* a subheading ("Mise en place d'un GMMP") repeats the text */
	if (x->head[c->s] || !strchr(".!?»\"", x->sent[c->s][strlen(x->sent[c->s]) - 1]))
		return;
	/* "l'esprit de la déclaration conjointe adoptée en 2022": an
	   agreement named, not made; what is signed follows a verb */
	if (strcmp(c->e->value, "setup") != 0 && c->t0 > 0 && determiner(tl, c->t0 - 1))
		return;
	/* "mise en place d'un Groupe..." keeps its words; "ont convenu de
	   renforcer..." keeps what follows */
	start = strcmp(c->e->value, "setup") == 0 ? c->t0 : c->t1;
	while (start < tl->n && (tok_is(tl, start, "de") || tok_is(tl, start, "d'")
	    || tok_is(tl, start, "sur")) && start == c->t1)
		start++;
	/* "ont validé la mise en place d'un...": the setup cue says it */
	for (j = x->cue_from[c->s]; j < x->cue_from[c->s + 1]; j++)
		if (x->c[j].t0 > c->t0 && x->c[j].t0 <= start + 1
		    && cue_is(&x->c[j], "AGREE") && !strcmp(x->c[j].e->value, "setup"))
			break;
	if (j < x->cue_from[c->s + 1] && strcmp(c->e->value, "setup") != 0)
		return;
	for (end = start; end < tl->n && end < start + 18; end++) {
		const char *f = tok_fold(tl, end);
		if (!strcmp(f, ",") || !strcmp(f, ".") || !strcmp(f, ";") || !strcmp(f, "pour")
		    || !strcmp(f, "afin") || !strcmp(f, "qui") || !strcmp(f, "dans"))
			break;
	}
	if (end <= start + 1)
		return;
	txt = xstrndup(tl->text + tl->t[start].b0, tl->t[end - 1].b1 - tl->t[start].b0);
	for (j = 0; j < json_array_size(a); j++)
		if (!strcmp(json_string_value(json_array_get(a, j)), txt))
			break;
	if (j == json_array_size(a))
		json_array_append_new(a, json_string(txt));
	free(txt);
}

/* What the event's sentences say was agreed; the only event of a
   document takes it from anywhere in it. */
static json_t *
agreements_of(struct xdoc *x, const struct event *ev, int first)
{
	json_t *a = json_array();
	int sents[16], ns = event_sents(ev, -1, sents), i;
	size_t k;

	if (first && x->nev == 1) {
		for (k = 0; k < x->nc; k++)
			if (cue_is(&x->c[k], "AGREE"))
				agreement(x, &x->c[k], a);
		return a;
	}
	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "AGREE"))
				agreement(x, &x->c[k], a);
	return a;
}

static int
sign_cue(struct xdoc *x, const struct event *ev)
{
	int sents[16], ns = event_sents(ev, -1, sents), i;
	size_t k;

	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "AGREE") && !strcmp(x->c[k].e->value, "sign"))
				return 1;
	return 0;
}

static const char *const type_name[] = {"meeting", "call", "conference", "visit"};

static int
country_in(struct xdoc *x, const struct event *ev, const char *c)
{
	int i;

	for (i = 0; i < ev->np; i++) {
		const char *pc = x->p[ev->p[i].person].country;
		if ((pc && !strcmp(pc, c)) || (!pc && x->home && !strcmp(x->home, c)))
			return 1;
	}
	return 0;
}

/* CAMEO: 057 sign, 041 phone, 043 host, 042 visit, 044 third place,
   040 consult (a conference). */
static const char *
cameo(struct xdoc *x, const struct event *ev, const char *host, const char *place_country)
{
	if (sign_cue(x, ev))
		return "057";
	if (ev->type == 1)
		return "041";
	if (ev->type == 2)
		return "040";
	if (place_country && !country_in(x, ev, place_country))
		return "044";
	if (ev->guest_verb || ev->type == 3)
		return "042";
	if (ev->host_verb || host)
		return "043";
	return "040";
}

/* "son homologue finlandais" holds the office of the one he meets. */
static void
counterpart_roles(struct xdoc *x, json_t *parts)
{
	json_t *p, *q;
	size_t i, k;

	(void)x;
	json_array_foreach(parts, i, p) {
		const char *r = jstr(p, "role");
		if (!r || strncmp(r, "homologue", 9) != 0)
			continue;
		json_array_foreach(parts, k, q) {
			const char *rq = jstr(q, "role"), *comma;
			if (k != i && rq && strncmp(rq, "homologue", 9) != 0) {
				/* the office, not the other's list of portfolios */
				comma = strchr(rq, ',');
				json_object_set_new(p, "role", comma ? json_stringn(rq, (size_t)(comma - rq))
				    : json_string(rq));
				break;
			}
		}
	}
}

/* An official whose title gives no nationality is of the country the
   text is written from — unless that is the country of the visitor he
   meets ("à Madrid, il a été reçu par son homologue espagnol"); then the
   country the text names next. */
static const char *
unmarked_country(struct xdoc *x, const struct event *ev, int side)
{
	json_t *ranks = json_object_get(x->doc, "countries"), *r;
	size_t k;
	int i, taken;

	if (!x->home)
		return NULL;
	json_array_foreach(ranks, k, r) {
		const char *c = json_string_value(r);
		/* taken: the country of someone on the other side */
		for (taken = 0, i = 0; c && i < ev->np; i++)
			if (x->p[ev->p[i].person].country && !strcmp(x->p[ev->p[i].person].country, c)
			    && ev->p[i].side != SIDE_ATTENDEE && (ev->p[i].side != side || side == SIDE_NONE))
				taken = 1;
		if (c && !taken)
			return c;
		if (k == 0 && x->home && c && strcmp(c, x->home) != 0)
			break;          /* --home was given: it is not a guess */
	}
	return NULL;            /* better unknown than the visitor's */
}

static int
home_hosts(struct xdoc *x, const struct event *ev)
{
	int i;

	for (i = 0; i < ev->np; i++) {
		const char *c = x->p[ev->p[i].person].country;
		if (ev->p[i].side == SIDE_HOST && x->home && (!c || !strcmp(c, x->home)))
			return 1;
	}
	return 0;
}

static json_t *
event_json(struct xdoc *x, struct event *ev, int first, const char *id)
{
	json_t *o = json_object(), *parts = json_array(), *actors = json_array(), *evid = json_array();
	json_t *topics = json_array(), *t, *doct = json_object_get(x->doc, "topics");
	const struct xent *d = date_of(x, ev, first), *pl = place_of(x, ev);
	const char *place = pl ? pl->text : NULL, *host = NULL, *mode;
	char iso[11];
	size_t k;
	int i, hosts = 0;

	/* the dateline, for a reception or a conference held in person */
	if (!place && x->dateline && (ev->host_verb || (ev->type == 2 && !has_mode(x, ev, "videoconference"))))
		place = x->dateline;
	mode = mode_of(x, ev, first, place != NULL);
	if (ev->type == 2)
		host = presidency(x, ev);
	/* the place's country hosts, unless nobody of it takes part in a
	   meeting on the margins of someone else's conference */
	if (!host && pl && pl->country && !(ev->margin && !country_in(x, ev, pl->country)))
		host = pl->country;
	for (i = 0; i < ev->np; i++)
		hosts += ev->p[i].side == SIDE_HOST;
	for (i = 0; !host && i < ev->np; i++)
		if (ev->p[i].side == SIDE_HOST)
			host = x->p[ev->p[i].person].country;
	if (!host && ev->type != 2 && !ev->margin && mode && !strcmp(mode, "in_person") && x->home
	    && (place || hosts))
		host = x->home;
	json_object_set_new(o, "doc", json_string(id));
	json_object_set_new(o, "type", json_string(type_name[ev->type]));
	json_object_set_new(o, "mode", mode ? json_string(mode) : json_null());
	if (d && d->value)
		json_object_set_new(o, "date", json_string(d->value));
	else if (x->has_date) {
		date_iso(&x->date, iso);
		json_object_set_new(o, "date", json_string(iso));
	} else
		json_object_set_new(o, "date", json_null());
	json_object_set_new(o, "date_text", d && d->raw ? json_string(d->raw)
	    : d && d->text && d->value && strlen(d->value) < 10 ? json_string(d->text) : d ? json_string(d->text) : json_null());
	json_object_set_new(o, "place", place ? json_string(place) : json_null());
	json_object_set_new(o, "host_country", host ? json_string(host) : json_null());
	for (i = 0; i < ev->np; i++) {
		struct person *p = &x->p[ev->p[i].person];
		int side = ev->p[i].side;
		const char *country = p->country ? p->country : unmarked_country(x, ev, side);
		/* a visitor received by the home side, with no nationality said
		   ("le directeur du FBI"), is not taken for a home official */
		if (!p->country && side == SIDE_GUEST && ev->host_verb && home_hosts(x, ev)
		    && country && x->home && !strcmp(country, x->home))
			country = NULL;
		if (side == SIDE_NONE)
			side = ev->type == 2 ? SIDE_ATTENDEE
			    : (country && host && !strcmp(country, host)) ? SIDE_HOST : SIDE_GUEST;
		json_array_append_new(parts, json_pack("{s:o,s:o,s:o,s:s}",
		    "name", p->name ? json_string(p->name) : json_null(),
		    "role", p->role ? json_string(p->role) : json_null(),
		    "country", country ? json_string(country) : json_null(),
		    "side", side_name[side]));
		if (country) {
			char a[16];
			snprintf(a, sizeof a, "%sGOV", country);
			for (k = 0; k < json_array_size(actors); k++)
				if (!strcmp(json_string_value(json_array_get(actors, k)), a))
					break;
			if (k == json_array_size(actors))
				json_array_append_new(actors, json_string(a));
		}
	}
	counterpart_roles(x, parts);
	json_object_set_new(o, "participants", parts);
	json_array_foreach(doct, k, t)
		if (json_is_true(json_object_get(t, "on")) && jstr(t, "label"))
			json_array_append_new(topics, json_string(jstr(t, "label")));
	json_object_set_new(o, "topics", topics);
	json_object_set_new(o, "agreements", agreements_of(x, ev, first));
	json_object_set_new(o, "cameo", json_string(cameo(x, ev, host, pl ? pl->country : NULL)));
	json_object_set_new(o, "actors", actors);
	for (i = 0; i < ev->ns; i++)
		json_array_append_new(evid, json_pack("{s:i,s:s}", "s", ev->sents[i], "text", x->sent[ev->sents[i]]));
	json_object_set_new(o, "evidence", evid);
	json_object_set_new(o, "confidence", json_real(ev->np >= 2 && (ev->host_verb || ev->guest_verb
	    || ev->multi || ev->type == 1) ? 0.9 : ev->np >= 2 ? 0.7 : 0.5));
	return o;
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
	free(x->e);
	free(x->sent_ents);
	free(x->ent_from);
	free(x->c);
	free(x->cue_from);
	free(x->p);
	free(x->ev);
}

int
extract_doc(json_t *doc, json_t *out, const char **why)
{
	struct xdoc x = {0};
	const char *id = jstr(doc, "id");
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
	for (k = 0; k < x.nev; k++)
		json_array_append_new(out, event_json(&x, &x.ev[k], k == 0, id ? id : ""));
	xdoc_free(&x);
	return 1;
}
