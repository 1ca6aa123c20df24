/* The parts of an event and who an entity stands for: the primitives
   the frames, the joiners and the event's telling share.  Persons are
   numbered in the document's registry (x->p); an office with no name
   stands for one, found or added here. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"

int
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

int
same_office(const char *a, const char *b)
{
	const char *ma = strstr(a, "minister"), *mb = strstr(b, "minister");

	if (!strcmp(a, b))
		return 1;
	return ma && mb && strcmp(a, "prime_minister") && strcmp(b, "prime_minister")
	    && (!strcmp(a, "minister") || !strcmp(b, "minister"));
}

/* A post abroad: "l'ambassadeur de Russie" present beside the Russian
   minister is not that minister, nor anyone whose office is unsaid. */
static int
envoy_office(const char *v)
{
	static const char *const post[] = {"ambassador", "chargé_d_affaires", "consul",
		"consul_general", "permanent_representative", NULL};
	int i;

	for (i = 0; v && post[i]; i++)
		if (!strcmp(v, post[i]))
			return 1;
	return 0;
}

int
other_post(const char *office, const char *named_office)
{
	return envoy_office(office) && !(named_office && !strcmp(named_office, office));
}

/* Person k is named before entity r. */
static int
named_before(const struct xdoc *x, int k, const struct xent *r)
{
	const struct xent *e;

	for (e = x->e; e < r; e++)
		if (e->type == X_PER && e->person == k)
			return 1;
	return 0;
}

/* Is every word of office a a word of office b, case and accents
   folded?  "le ministre délégué chargé de la défense" is held by "le
   ministre délégué à la présidence, chargé de la défense, Joseph Beti
   Assomo", as "le ministre de l'Intérieur" by "le ministre de
   l'Intérieur et de la Sécurité". */
static int
words_within(const char *a, const char *b)
{
	struct toklist ta = {0}, tb = {0};
	size_t i, j;
	int found = 1;

	tokenize(&ta, a, strlen(a));
	tokenize(&tb, b, strlen(b));
	for (i = 0; found && i < ta.n; i++)
		if (ta.t[i].kind != T_PUNCT)
			for (found = 0, j = 0; !found && j < tb.n; j++)
				found = ta.t[i].hash == tb.t[j].hash && !strcmp(tok_fold(&ta, i), tok_fold(&tb, j));
	toklist_free(&ta);
	toklist_free(&tb);
	return found;
}

/* Has person k, named and usable, an office holding all the words of
   office r? */
static int
holds_office(const struct xdoc *x, size_t k, const struct xent *r)
{
	return x->p[k].usable && !x->p[k].unnamed && x->p[k].role && r->role
	    && words_within(r->role, x->p[k].role);
}

/* The person named before office r whose office holds all its words,
   of any country; x->np if none. */
static size_t
office_named_before(const struct xdoc *x, const struct xent *r)
{
	size_t k;

	for (k = 0; k < x->np; k++)
		if (holds_office(x, k, r) && named_before(x, (int)k, r))
			return k;
	return x->np;
}

/* The person named last before office r whose office is of its kind
   and holds all its words ("la ministre" is not "le Premier ministre");
   x->np if none. */
static size_t
office_named_last(const struct xdoc *x, const struct xent *r)
{
	const struct xent *e;
	size_t k = x->np;

	for (e = x->e; e < r; e++)
		if (e->type == X_PER && e->person >= 0 && holds_office(x, (size_t)e->person, r)
		    && r->value && x->p[e->person].office && same_office(r->value, x->p[e->person].office))
			k = (size_t)e->person;
	return k;
}

/* Participant for an office with no name: the person of that country
   already met, or one unnamed official per country. */
int
role_person(struct xdoc *x, int code)
{
	struct xent *r = &x->e[-3 - code];
	const char *c = r->country;
	size_t k;

	/* a delegation of no country is a group come from elsewhere ("une
	   délégation du Conseil de Paix et de Sécurité"): neither the home
	   person named before it nor of the home country */
	if (!c && !is_delegation(r)) {
		/* "Le ministre s'est réuni avec...": the one named last before
		   it whose office holds its words, of any country */
		if ((k = office_named_last(x, r)) < x->np)
			return (int)k;
		/* "le ministre de l'Intérieur": the home person of that office */
		for (k = 0; k < x->np; k++)
			if (holds_office(x, k, r)
			    && (!x->p[k].country || (x->home && !strcmp(x->p[k].country, x->home))))
				return (int)k;
		/* or someone of the home country named before it: "le wali ...
		   a reçu ... le général X" is not X; an official of an
		   international body is of no home */
		for (k = 0; k < x->np; k++)
			if (x->p[k].usable && !x->p[k].unnamed && !x->p[k].intl && named_before(x, (int)k, r)
			    && (!x->p[k].country || (x->home && !strcmp(x->p[k].country, x->home))))
				return (int)k;
		/* or, with none of the home country, the one named before
		   it with that office: "Le premier ministre et le président ont
		   discuté", after Justin Trudeau and Donald Trump were named */
		if ((k = office_named_before(x, r)) < x->np)
			return (int)k;
		c = x->home;
	}
	/* the person of that country, unless another office says otherwise
	   ("le ministre espagnol" is not "le président du gouvernement") */
	for (k = 0; k < x->np; k++)
		if (x->p[k].country && c && strcmp(x->p[k].country, c) == 0 && !x->p[k].honorific
		    && !other_post(r->value, x->p[k].office)
		    && (!r->value || !x->p[k].office || !strcmp(r->value, "counterpart")
		    || same_office(r->value, x->p[k].office)))
			return (int)k;
	k = (size_t)add_person(x, NULL, "");
	x->p[k].unnamed = 1;
	x->p[k].usable = 1;
	x->p[k].country = c;
	x->p[k].role = r->role;
	x->p[k].office = r->value;
	return (int)k;
}

int
resolve(struct xdoc *x, int code)
{
	if (code >= 0)
		return code;
	if (code <= -3)
		return role_person(x, code);
	return -1;
}

void
event_free(struct event *ev)
{
	free(ev->p);
	free(ev->sents);
}

void
add_part(struct event *ev, int person, int side)
{
	int i;

	if (person < 0)
		return;
	for (i = 0; i < ev->np; i++)
		if (ev->p[i].person == person)
			return;
	if (ev->np == ev->pcap) {
		ev->pcap = ev->pcap ? 2 * ev->pcap : 4;
		ev->p = xrealloc(ev->p, (size_t)ev->pcap * sizeof *ev->p);
	}
	ev->p[ev->np++] = (struct part){person, side};
}

int
has_cue_between(struct xdoc *x, int s, size_t a, size_t b, const char *type)
{
	size_t k;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++)
		if (x->c[k].t0 >= a && x->c[k].t1 <= b && cue_is(&x->c[k], type))
			return 1;
	return 0;
}

const struct cue *
cue_ending_at(const struct xdoc *x, int s, size_t t, const char *type)
{
	size_t k;

	for (k = x->cue_from[s]; k < x->cue_from[s + 1]; k++)
		if (x->c[k].t1 == t && cue_is(&x->c[k], type))
			return &x->c[k];
	return NULL;
}

/* An office whose name runs on past what the tagger read ("la ministre
   fédérale ... démocratique, Annelies Verlinden"): the name after the
   next comma, within a title's length, is its holder. */
struct xent *
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

int
has_sent(const struct event *ev, int s)
{
	int i;

	for (i = 0; i < ev->ns; i++)
		if (ev->sents[i] == s)
			return 1;
	return 0;
}

int
first_sent(const struct event *ev)
{
	int i, first = -1;

	for (i = 0; i < ev->ns; i++)
		if (first < 0 || ev->sents[i] < first)
			first = ev->sents[i];
	return first;
}

int
last_sent(const struct event *ev)
{
	int i, last = -1;

	for (i = 0; i < ev->ns; i++)
		if (ev->sents[i] > last)
			last = ev->sents[i];
	return last;
}

void
add_sent(struct event *ev, int s)
{
	if (has_sent(ev, s))
		return;
	if (ev->ns == ev->scap) {
		ev->scap = ev->scap ? 2 * ev->scap : 4;
		ev->sents = xrealloc(ev->sents, (size_t)ev->scap * sizeof *ev->sents);
	}
	ev->sents[ev->ns++] = s;
}

int
cue_is(const struct cue *c, const char *type)
{
	return strcmp(c->e->type, type) == 0;
}

int
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

/* The event's sentences and sentence `also` (if not -1), in document
   order: their cues, in it too, are those of the event.  They are put in
   the document's scratch row, which holds every sentence once. */
int
event_sents(struct xdoc *x, const struct event *ev, long also, const int **sents)
{
	int i, j, n = 0, v, *out;

	if (x->nscratch < x->nsent + 1) {
		x->nscratch = x->nsent + 1;
		x->scratch = xrealloc(x->scratch, x->nscratch * sizeof *x->scratch);
	}
	out = x->scratch;
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
	*sents = out;
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
size_t
event_ents(struct xdoc *x, const struct event *ev, long also, size_t **out)
{
	const int *sents;
	int ns = event_sents(x, ev, also, &sents), i;
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
