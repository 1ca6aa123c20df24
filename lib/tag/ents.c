/* The entities of a tagged document: the list every tagging pass adds
   to, and the text each spans. */
#include <stdlib.h>
#include <string.h>

#include "tag/ents.h"

const char *const ent_type_name[E_NTYPES] = {"PER", "ROLE", "GPE", "LOC", "ORG", "DATE", "EVENT"};

struct ent *
ent_add(struct tagged *t, int s, uint32_t t0, uint32_t t1, enum ent_type type, const char *value)
{
	struct ent *e;

	if (t->ne == t->ce) {
		t->ce = t->ce ? t->ce * 2 : 64;
		t->e = xrealloc(t->e, t->ce * sizeof *t->e);
	}
	e = &t->e[t->ne++];
	memset(e, 0, sizeof *e);
	e->s = s;
	e->t0 = t0;
	e->t1 = t1;
	e->type = type;
	e->value = value ? xstrdup(value) : NULL;
	e->head = (unsigned)t->head[s];
	return e;
}

char *
ent_text(const struct tagged *t, int s, uint32_t t0, uint32_t t1)
{
	const struct toklist *tl = &t->tl[s];

	if (t0 >= t1)
		return xstrdup("");
	return xstrndup(tl->text + tl->t[t0].b0, tl->t[t1 - 1].b1 - tl->t[t0].b0);
}
