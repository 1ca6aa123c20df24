/* Reading meetings out of a tagged document.  Cues come from
   data/verbforms.tsv (the forms of data/verbs.tsv) and data/events.tsv:
   meeting verbs (MEET) give frames whose subject and object are the
   participants; companions (ACCOMP), unnamed foreign counterparts and
   the paired "les deux ministres" complete them; mentions after EXCLUDE
   words ("les aspirations de...") and royal formulas never make a
   participant. */
#include <stdlib.h>
#include <string.h>

#include "extract/xdoc.h"
#include "extract/geo.h"

static struct lexicon event_cues;

static int keep_event(const char *type)
{
	static const char *types[] = {"MEET", "NOUN", "CONF", "MODE", "ACCOMP", "EXCLUDE",
		"AGREE", "SPEECH", "PLACEPREP", "INTL", "RELEASE", "TIME", "PREMOD", "ADVERB", "CANCEL", NULL};
	int i;

	for (i = 0; types[i]; i++)
		if (strcmp(type, types[i]) == 0)
			return 1;
	return 0;
}

/* An international body's name in an office ("le représentant de la
   Banque mondiale au Tchad") is an INTL cue of value body.  The bodies
   are the lexicons' ORG entries flagged intl: one list, that mc-tag
   reads as organisations too. */
static int
intl_body_line(char **f, int nf, const char *path, long line, void *ctx)
{
	char type[] = "INTL", value[] = "body", *cue[3];
	unsigned fl;
	int ok = 1;

	(void)ctx;
	if (nf < 4 || strcmp(f[1], "ORG") != 0)
		return 1;
	fl = lex_flags(f[3], path, line, &ok);
	if (!ok || !(fl & LF_INTL))
		return ok;
	cue[0] = f[0];
	cue[1] = type;
	cue[2] = value;
	return lex_add(&event_cues, cue, 3, path, line);
}

static int
intl_bodies(const char *path, void *ctx)
{
	return tsv_each(path, intl_body_line, ctx);
}

int
extract_init(const char *const *extra, size_t nextra)
{
	char *p = data_path("events.tsv"), *v = data_path("verbforms.tsv"), *t = data_path("territories.tsv");
	int ok = lex_load(&event_cues, v, keep_event) & lex_load(&event_cues, p, keep_event)
	    & data_dir_each("lexicon", intl_bodies, NULL) & venues_load(p) & dates_load() & geo_init()
	    & territories_load(t);
	size_t i;

	for (i = 0; i < nextra; i++)
		ok &= lex_load(&event_cues, extra[i], keep_event) & intl_bodies(extra[i], NULL)
		    & venues_load(extra[i]);
	free(p);
	free(v);
	free(t);
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
	int unsure;

	if (!sents || sents->type != JR_ARR || !ents || ents->type != JR_ARR) {
		*why = "no \"sents\" or \"ents\" (run mc-tag first)";
		return 0;
	}
	x->doc = doc;
	x->home = jr_str(doc, "home");
	x->dateline = jr_str(doc, "dateline");
	/* a section or an outlet read as a dateline ("INTERNATIONAL -",
	   "Infomédiaire Maroc –") is no place of the meetings */
	if (x->dateline && !geo_find(x->dateline, NULL, 0, 0, &unsure))
		x->dateline = NULL;
	if (jr_str(doc, "date") && date_parse_iso(jr_str(doc, "date"), &x->date))
		x->has_date = 1;
	x->nsent = sents->n;
	x->sent = xcalloc(x->nsent, sizeof *x->sent);
	x->head = xcalloc(x->nsent, sizeof *x->head);
	x->that_meeting = xcalloc(x->nsent, 1);
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
		e->demonym = is_true(o, "demonym");
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

static int
date_determiner(const struct toklist *tl, size_t i)
{
	static const char *const w[] = {"le", "les", "ce", "cet", "cette", "du", NULL};

	return tok_is_one(tl, i, w);
}

static int
is_adverb(const struct lex_entry *e, void *ctx)
{
	(void)ctx;
	return lex_type_is(e, "ADVERB");
}

static int
is_premod(const struct lex_entry *e, void *ctx)
{
	(void)ctx;
	return lex_type_is(e, "PREMOD");
}

/* Adverbs and a meeting noun's adjectives (PREMOD: "une importante
   mission", "une première entrevue") are read past inside a cue. */
static int
is_read_past(const struct lex_entry *e, void *ctx)
{
	return is_adverb(e, ctx) || is_premod(e, ctx);
}

/* ", lors de cette audience,", ", au cours de cet entretien,": an
   adjunct between commas that points back to the meeting told is read
   past ("était accompagné, lors de cette audience, du Général X");
   where its closing comma is, or 0. */
#define BACK_REFERENCE_WORDS 3  /* "cette séance de travail" */
static size_t
back_reference(const struct toklist *tl, size_t i)
{
	static const char *const demonstratives[] = {"ce", "cet", "cette", "ces", NULL};
	size_t k = i + 1, end;

	/* most tokens: one byte compared instead of a lookup */
	if (tl->t[i].b1 - tl->t[i].b0 != 1 || tl->text[tl->t[i].b0] != ',')
		return 0;
	if (tok_is(tl, k, "lors") && tok_is(tl, k + 1, "de"))
		k += 2;
	else if (tok_is(tl, k, "au") && tok_is(tl, k + 1, "cours") && tok_is(tl, k + 2, "de"))
		k += 3;
	else
		return 0;
	if (!tok_is_one(tl, k, demonstratives))
		return 0;
	for (end = k + 2; end < tl->n && end <= k + 1 + BACK_REFERENCE_WORDS; end++)
		if (tok_is(tl, end, ","))
			return end;
	return 0;
}

/* A view of sentence s without its dates, "à <place>", its adverbs
   ("a également reçu", "prenait aussi part"), its meeting nouns'
   adjectives ("a effectué une importante mission") and the commas
   around them; at[] maps the view's tokens back to the sentence's. */
static void
skip_insertions(struct xdoc *x, int s, struct toklist *view, size_t *at)
{
	const struct toklist *tl = &x->tl[s];
	unsigned char *drop = xcalloc(tl->n + 1, 1);
	size_t i, k;
	int n;

	for (i = 0; i < tl->n; i++)
		if (lex_match(&event_cues, tl, NULL, i, is_read_past, NULL, &n) >= 0)
			memset(drop + i, 1, (size_t)n);

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		/* "à Luang Prabang, au Laos,": the country after a place
		   says where it is */
		if (e->type == X_GPE && e->t0 >= 3 && drop[e->t0 - 3] && tok_is(tl, e->t0 - 2, ",")
		    && (tok_is(tl, e->t0 - 1, "au") || tok_is(tl, e->t0 - 1, "en") || tok_is(tl, e->t0 - 1, "aux"))) {
			memset(drop + e->t0 - 1, 1, e->t1 - e->t0 + 1);
			continue;
		}
		if (e->type != X_DATE && e->type != X_LOC)
			continue;
		memset(drop + e->t0, 1, e->t1 - e->t0);
		if (e->type == X_LOC && e->t0 > 0 && (tok_is(tl, e->t0 - 1, "a") || tok_is(tl, e->t0 - 1, "au")
		    || tok_is(tl, e->t0 - 1, "en")))
			drop[e->t0 - 1] = 1;
		/* "a effectué, les 16 et 17 juin, une visite": the article
		   or demonstrative of a date goes with it */
		if (e->type == X_DATE && e->t0 > 0 && date_determiner(tl, e->t0 - 1))
			drop[e->t0 - 1] = 1;
	}
	for (i = 0; i < tl->n; i++)
		if (tok_is(tl, i, ",") && ((i > 0 && drop[i - 1]) || drop[i + 1]))
			drop[i] = 2;
	for (i = 0; i < tl->n; i++)
		if ((k = back_reference(tl, i)))
			memset(drop + i, 1, k - i + 1);
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

/* Token t of sentence s is in a person's name: "Stéphane Séjourné" holds
   no form of séjourner. */
static int
inside_name(const struct xdoc *x, int s, size_t t)
{
	size_t k;

	for (k = x->ent_from[s]; k < x->ent_from[s + 1]; k++) {
		const struct xent *e = &x->e[x->sent_ents[k]];
		if (e->type == X_PER && e->t0 <= t && t < e->t1)
			return 1;
	}
	return 0;
}

/* The words of a cue flagged "accents" as written, accents and all, in
   tokens at[i..i+n) of tl: "présente au" (one present at) is not
   "présenté au" (brought before), though both fold alike. */
static int
accents_agree(const struct toklist *tl, const size_t *at, size_t i, int n, const char *form)
{
	struct toklist ft = {0};
	mc_buf a = {0}, b = {0};
	int k, ok;

	tokenize(&ft, form, strlen(form));
	ok = ft.n == (size_t)n;
	for (k = 0; ok && k < n; k++) {
		const struct token *t = &tl->t[at[i + (size_t)k]], *f = &ft.t[k];
		buf_clear(&a);
		buf_clear(&b);
		utf8_lower(tl->text + t->b0, t->b1 - t->b0, &a);
		utf8_lower(form + f->b0, f->b1 - f->b0, &b);
		ok = a.len == b.len && !memcmp(a.s, b.s, a.len);
	}
	buf_free(&a);
	buf_free(&b);
	toklist_free(&ft);
	return ok;
}

/* The meeting noun written as the verb form of entry k ("rencontre"),
   or -1: "Cette rencontre avec X" names the other party after "avec",
   which "cette rencontre" alone, the meeting told before, does not. */
static int
noun_form(int k)
{
	size_t j;

	for (j = 0; j < event_cues.n; j++)
		if (!strcmp(event_cues.e[j].type, "NOUN") && event_cues.e[j].ntok == event_cues.e[k].ntok
		    && !strcmp(event_cues.e[j].form, event_cues.e[k].form))
			return (int)j;
	return -1;
}

/* "ne se rendront pas", "n'a pas rencontré", "ne l'a jamais reçu": a
   verb denied is no event.  The "ne" comes at most NEG_REACH words before
   the cue, with only pronouns, auxiliaries and the denying word between
   ("ne manquera pas de rencontrer" is no denial, nor "n'a reçu que X"). */
#define NEG_REACH 5
static const char *const deny_words[] = {"pas", "jamais", "plus", "point", "guere", "nullement", NULL};
static const char *const verb_group[] = {"se", "s'", "l'", "le", "la", "les", "lui", "leur", "y", "en",
	"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait",
	"etaient", "sera", "seront", "serait", "seraient", "encore", NULL};

/* Cues of an event told; a denied speech or agreement is left to its rules. */
static int
denied_kind(const char *type)
{
	return !strcmp(type, "MEET") || !strcmp(type, "CONF") || !strcmp(type, "NOUN");
}

static int
denied(const struct toklist *tl, size_t t0, size_t t1)
{
	size_t j, k;
	int deny = 0;

	for (k = t0; k <= t1 && k < tl->n; k++)
		deny |= tok_is_one(tl, k, deny_words);
	for (j = t0, k = 0; j > 0 && k < NEG_REACH; j--, k++) {
		if (tok_is(tl, j - 1, "ne") || tok_is(tl, j - 1, "n'"))
			return deny;
		if (tok_is_one(tl, j - 1, deny_words))
			deny = 1;
		else if (!tok_is_one(tl, j - 1, verb_group))
			return 0;
	}
	return 0;
}

static void
add_cue(struct xdoc *x, int s, size_t t0, size_t t1, const struct lex_entry *e)
{
	x->c = xrealloc(x->c, (x->nc + 1) * sizeof *x->c);
	x->c[x->nc++] = (struct cue){s, t0, t1, e, 0};
}

/* The adjectives read past in tokens [from, to) of sentence s stay cues
   of their own, in the order of the text: noun_start() finds them. */
static void
premod_cues(struct xdoc *x, int s, size_t from, size_t to)
{
	const struct toklist *tl = &x->tl[s];
	int k, n;

	for (; from < to; from++)
		if ((k = lex_match(&event_cues, tl, NULL, from, is_premod, NULL, &n)) >= 0)
			add_cue(x, s, from, from + (size_t)n, &event_cues.e[k]);
}

static void
find_cues(struct xdoc *x)
{
	struct toklist view = {0};
	size_t s, i, *at = NULL, done;
	int k, n, that;

	for (s = 0; s < x->nsent; s++) {
		/* match on the sentence less its "when and where" insertions, so
		   that "a eu, mardi à Rabat, un entretien" reads as one cue */
		at = xrealloc(at, (x->tl[s].n + 1) * sizeof *at);
		skip_insertions(x, (int)s, &view, at);
		for (i = 0, done = 0; i < view.n; ) {
			premod_cues(x, (int)s, done, at[i]);
			done = at[i] + 1;
			k = lex_match(&event_cues, &view, NULL, i, NULL, NULL, &n);
			/* "cette rencontre": the meeting told before, no cue */
			that = k >= 0 && (event_cues.e[k].flags & LF_HEAD) && after_demonstrative(&x->tl[s], at[i]);
			if (that && at[i + (size_t)n - 1] + 1 < x->tl[s].n
			    && tok_is(&x->tl[s], at[i + (size_t)n - 1] + 1, "avec") && (k = noun_form(k)) >= 0)
				that = 0;
			x->that_meeting[s] |= that;
			if (k < 0 || that || inside_name(x, (int)s, at[i]) || ((event_cues.e[k].flags & LF_ACCENTS)
			    && !accents_agree(&x->tl[s], at, i, n, event_cues.e[k].form))
			    || (denied_kind(event_cues.e[k].type) && denied(&x->tl[s], at[i], at[i + (size_t)n - 1] + 1))) {
				i++;
				continue;
			}
			add_cue(x, (int)s, at[i], at[i + (size_t)n - 1] + 1, &event_cues.e[k]);
			i += (size_t)n;
		}
		premod_cues(x, (int)s, done, x->tl[s].n);
	}
	free(view.t);
	free(at);
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
	free(x->that_meeting);
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
