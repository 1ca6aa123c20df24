/* Meetings on the margins of a conference: "en marge du sommet de l'UA"
   tells of the summit too, where and when the meeting was, which those
   who met there attended. */
#include <ctype.h>
#include <string.h>

#include "extract/xdoc.h"

/* tokens from "en marge de" to the conference's noun ("de la 74e
   session", "du 5e sommet"), and from it to a meeting noun that makes
   it a bilateral body's ("session de la Commission mixte") */
#define MARGIN_NOUN_AFTER 4
#define BILATERAL_AFTER 3

/* "le 26e sommet franco-espagnol": two countries joined by a combining
   form right after the noun make it a bilateral body's */
static int
two_countries_after(struct xdoc *x, int s, size_t noun_end)
{
	size_t k;

	for (k = x->ent_from[s]; k + 1 < x->ent_from[s + 1]; k++) {
		const struct xent *a = &x->e[x->sent_ents[k]], *b = &x->e[x->sent_ents[k + 1]];
		size_t n = strlen(a->text);
		if (a->t0 >= noun_end && a->t0 <= noun_end + 1 && a->type == X_GPE && n && a->text[n - 1] == '-'
		    && b->type == X_GPE && b->country && b->t0 == a->t1)
			return 1;
	}
	return 0;
}

/* "dans le cadre de la 11e réunion", "à l'occasion du 2e forum": between
   the occasion and its noun, only articles and ordinals, so that "dans le
   cadre de la préparation du sommet" names no conference it was held at */
static int
noun_follows_closely(const struct toklist *tl, size_t from, size_t to)
{
	static const char *const w[] = {"le", "la", "l'", "les", "du", "de", "des", "d'", "un", "une",
		"edition", "e", "eme", "er", "ere", NULL};
	size_t i, j;

	for (i = from; i < to; i++) {
		if (tok_is_one(tl, i, w))
			continue;
		/* "11ème", "2e", "26" */
		for (j = tl->t[i].b0; j < tl->t[i].b1 && !isdigit((unsigned char)tl->text[j]); j++)
			;
		if (j == tl->t[i].b1)
			return 0;
	}
	return 1;
}

/* "en marge de la 74e session": a conference's noun follows the margin */
static int
names_conference(struct xdoc *x, const struct cue *margin)
{
	size_t k, end = x->cue_from[margin->s + 1], noun_end;

	for (k = x->cue_from[margin->s]; k < end; k++)
		if (x->c[k].t0 >= margin->t1 && x->c[k].t0 <= margin->t1 + MARGIN_NOUN_AFTER
		    && event_kind_noun(&x->c[k]))
			break;
	if (k == end || type_of(x->c[k].e->value) != 2)
		return 0;
	if (!strcmp(margin->e->value, "occasion")
	    && !noun_follows_closely(&x->tl[margin->s], margin->t1, x->c[k].t0))
		return 0;
	if (two_countries_after(x, margin->s, x->c[k].t1))
		return 0;
	for (noun_end = x->c[k].t1; k < end && x->c[k].t0 <= noun_end + BILATERAL_AFTER; k++)
		if (is_event_noun(&x->c[k]) && type_of(x->c[k].e->value) == 0)
			return 0;
	return 1;
}

/* "en marge de la réunion des ministres du commerce (Bénin, Ghana...)":
   the officials listed country by country after the margin attended. */
static void
listed_attendees(struct xdoc *x, const struct cue *margin, struct event *conf)
{
	size_t k;

	for (k = x->ent_from[margin->s]; k < x->ent_from[margin->s + 1]; k++) {
		struct xent *e = &x->e[x->sent_ents[k]];
		if (e->t0 >= margin->t1 && e->type == X_ROLE && e->listed)
			add_part(conf, resolve(x, party_of(x, e)), SIDE_ATTENDEE);
	}
}

/* A meeting "en marge du sommet de l'UA" tells of the summit too: when
   no conference was read, the one a meeting's margin names is an event,
   which those who met there attended (margin_meetings joins them). */
void
margin_conference(struct xdoc *x)
{
	size_t k, j;
	struct event *conf;
	int i, s;

	for (k = 0; k < x->nev; k++)
		if (x->ev[k].type == 2)
			return;
	for (k = 0; k < x->nev; k++)
		for (i = 0; i < x->ev[k].ns; i++) {
			s = x->ev[k].sents[i];
			for (j = x->cue_from[s]; j < x->cue_from[s + 1]; j++)
				if (cue_is(&x->c[j], "NOUN") && (!strcmp(x->c[j].e->value, "margin")
				    || !strcmp(x->c[j].e->value, "occasion"))
				    && names_conference(x, &x->c[j]))
					break;
			if (j == x->cue_from[s + 1])
				continue;
			x->ev[k].margin = 1;
			conf = new_event(x);
			conf->type = 2;
			conf->multi = 1;
			/* where and when the meeting was, the conference was */
			for (i = 0; i < x->ev[k].ns; i++)
				add_sent(conf, x->ev[k].sents[i]);
			listed_attendees(x, &x->c[j], conf);
			return;
		}
}

/* A meeting "en marge de" a conference is where and when it was, and
   who met there took part in the conference. */
void
margin_meetings(struct xdoc *x)
{
	size_t k, j;
	int p;

	for (k = 0; k < x->nev; k++) {
		if (!x->ev[k].margin || x->ev[k].type == 2)
			continue;
		for (j = 0; j < x->nev; j++)
			if (x->ev[j].type == 2 && x->ev[j].ns) {
				add_sent(&x->ev[k], x->ev[j].sents[0]);
				for (p = 0; p < x->ev[k].np; p++)
					add_part(&x->ev[j], x->ev[k].p[p].person, SIDE_ATTENDEE);
			}
	}
}
