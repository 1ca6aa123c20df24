/* What a meeting agreed: the words after a cue of agreement ("ont signé
   un mémorandum d'entente sur ..."), and whether anything was signed. */
#include <string.h>

#include "extract/xdoc.h"

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

/* Tokens [start, end) as an agreement, added to a once; one word alone
   says nothing. */
static void
add_agreement(json_t *a, const struct toklist *tl, size_t start, size_t end)
{
	char *txt;
	size_t j;

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

/* The words of what cue c says was agreed, added to a once; c is an
   AGREE cue of the event. */
static void
agreement(struct xdoc *x, const struct cue *c, json_t *a)
{
	const struct toklist *tl = &x->tl[c->s];
	size_t start, end, j;

	/* a subheading ("Mise en place d'un GMMP") repeats the text */
	if (x->head[c->s] || !strchr(".!?»\"", x->sent[c->s][strlen(x->sent[c->s]) - 1]))
		return;
	/* "l'esprit de la déclaration conjointe adoptée en 2022": an
	   agreement named, not made; what is signed follows a verb */
	if (strcmp(c->e->value, "setup") != 0 && c->t0 > 0 && determiner(tl, c->t0 - 1))
		return;
	/* "Un protocole d'accord ... a été signé": what was signed is the
	   subject, in its clause before the verb, without its determiner */
	if (c->t0 + 1 < tl->n && tok_is(tl, c->t0 + 1, "ete") && c->t0 > 0) {
		for (start = c->t0; start > 0 && c->t0 - start < 18 && !tok_is(tl, start - 1, ",")
		    && !tok_is(tl, start - 1, ":") && !tok_is(tl, start - 1, ";"); start--)
			;
		while (start < c->t0 && determiner(tl, start))
			start++;
		add_agreement(a, tl, start, c->t0);
		return;
	}
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
	add_agreement(a, tl, start, end);
}

/* What the event's sentences say was agreed; the only event of a
   document takes it from anywhere in it. */
json_t *
agreements_of(struct xdoc *x, const struct event *ev, int first)
{
	json_t *a = json_array();
	const int *sents;
	int ns = event_sents(x, ev, -1, &sents), i;
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

/* Whether the event's sentences tell of something signed. */
int
sign_cue(struct xdoc *x, const struct event *ev)
{
	const int *sents;
	int ns = event_sents(x, ev, -1, &sents), i;
	size_t k;

	for (i = 0; i < ns; i++)
		for (k = x->cue_from[sents[i]]; k < x->cue_from[sents[i] + 1]; k++)
			if (cue_is(&x->c[k], "AGREE") && !strcmp(x->c[k].e->value, "sign"))
				return 1;
	return 0;
}
