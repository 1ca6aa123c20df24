/* What mc-tag adds to a document: "ents" and "topics", the topics of each
   sentence, "home" and "countries".  tag_write_json() is the one writer of
   the tagged record; the fuzz targets parse what it writes back and hold
   it to the struct tagged it came from. */
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"

/* ---- the record ---- */

/* A field the tagger writes: in place of the document's own field of that
   name, as json_object_set() would put it, else after the others. */
struct field {
	const char *key;
	void (*write)(mc_buf *b, const struct tagged *t, size_t i, const struct jr *old);
	int add;                /* written when the object lacks it */
};

static void
key_sep(mc_buf *b, int *first)
{
	if (!*first)
		buf_addc(b, ',');
	*first = 0;
}

static void
write_fields(mc_buf *b, const struct jr *o, const struct field *f, size_t nf,
    const struct tagged *t, size_t i)
{
	unsigned done = 0;
	int first = 1;
	size_t j, m;
	const struct jr *k;

	buf_addc(b, '{');
	for (m = 0; m < o->n; m++) {
		k = &o->u.kid[2 * m];
		key_sep(b, &first);
		jw_strn(b, k->u.s, k->n);
		buf_addc(b, ':');
		for (j = 0; j < nf && !(strlen(f[j].key) == k->n && memcmp(f[j].key, k->u.s, k->n) == 0); j++)
			;
		if (j < nf) {
			f[j].write(b, t, i, k + 1);
			done |= 1u << j;
		} else {
			jw_jr(b, k + 1);
		}
	}
	for (j = 0; j < nf; j++)
		if (f[j].add && !(done & 1u << j)) {
			key_sep(b, &first);
			jw_key(b, f[j].key);
			f[j].write(b, t, i, NULL);
		}
	buf_addc(b, '}');
}

static void
write_labels(mc_buf *b, const struct tagged *t, size_t i, const struct jr *old)
{
	size_t k;
	int first = 1;

	(void)old;
	buf_addc(b, '[');
	for (k = 0; k < tag_ntopics(); k++)
		if (t->sent_topics[i] & (1u << k)) {
			key_sep(b, &first);
			jw_str(b, tag_topic_name(k));
		}
	buf_addc(b, ']');
}

static void
write_sents(mc_buf *b, const struct tagged *t, size_t unused, const struct jr *sents)
{
	static const struct field f[] = {{"topics", write_labels, 1}};
	const struct jr *s;
	size_t i;

	(void)unused;
	if (sents->type != JR_ARR) {
		jw_jr(b, sents);
		return;
	}
	buf_addc(b, '[');
	for (i = 0; i < sents->n; i++) {
		s = &sents->u.kid[i];
		if (i)
			buf_addc(b, ',');
		if (i < t->nsent && t->sent_topics[i] && s->type == JR_OBJ)
			write_fields(b, s, f, 1, t, i);
		else
			jw_jr(b, s);
	}
	buf_addc(b, ']');
}

static void
write_home(mc_buf *b, const struct tagged *t, size_t unused, const struct jr *old)
{
	(void)unused, (void)old;
	jw_str(b, t->home[0] ? t->home : NULL);
}

static void
write_ranks(mc_buf *b, const struct tagged *t, size_t unused, const struct jr *old)
{
	size_t i;

	(void)unused, (void)old;
	buf_addc(b, '[');
	for (i = 0; i < t->nranks; i++) {
		if (i)
			buf_addc(b, ',');
		jw_str(b, t->ranks[i]);
	}
	buf_addc(b, ']');
}

static void
opt_str(mc_buf *b, const char *k, const char *v)
{
	if (!v)
		return;
	buf_addc(b, ',');
	jw_key(b, k);
	jw_str(b, v);
}

static void
opt_true(mc_buf *b, const char *k, int on)
{
	if (!on)
		return;
	buf_addc(b, ',');
	jw_key(b, k);
	buf_add(b, "true", 4);
}

static void
write_ent(mc_buf *b, const struct tagged *t, const struct ent *e)
{
	const struct toklist *tl = &t->tl[e->s];
	uint32_t b0 = tl->t[e->t0].b0, b1 = tl->t[e->t1 - 1].b1;

	buf_add(b, "{\"s\":", 5);
	jw_int(b, e->s);
	buf_add(b, ",\"start\":", 9);
	jw_int(b, tl->t[e->t0].c0);
	buf_add(b, ",\"end\":", 7);
	jw_int(b, tl->t[e->t1 - 1].c1);
	buf_add(b, ",\"type\":", 8);
	jw_str(b, ent_type_name[e->type]);
	buf_add(b, ",\"text\":", 8);
	jw_strn(b, tl->text + b0, e->t0 < e->t1 ? b1 - b0 : 0);
	buf_add(b, ",\"value\":", 9);
	jw_str(b, e->value);
	opt_str(b, "country", e->country);
	opt_str(b, "title", e->title);
	opt_str(b, "role", e->role);
	opt_true(b, "plural", e->plural);
	opt_true(b, "honorific", e->honorific);
	opt_true(b, "demonym", e->demonym);
	opt_true(b, "intl", e->intl);
	buf_addc(b, '}');
}

static void
write_ents(mc_buf *b, const struct tagged *t, size_t unused, const struct jr *old)
{
	size_t i;

	(void)unused, (void)old;
	buf_addc(b, '[');
	for (i = 0; i < t->ne; i++) {
		if (i)
			buf_addc(b, ',');
		write_ent(b, t, &t->e[i]);
	}
	buf_addc(b, ']');
}

static void
write_topic(mc_buf *b, const struct tagged *t, size_t k)
{
	size_t i;

	buf_add(b, "{\"label\":", 9);
	jw_str(b, tag_topic_name(k));
	buf_add(b, ",\"weight\":", 10);
	jw_real(b, t->topic_w[k]);
	buf_add(b, ",\"on\":", 6);
	jw_bool(b, t->topic_w[k] >= 1.0);
	buf_add(b, ",\"cues\":[", 9);
	for (i = 0; i < t->ntopic_cues[k]; i++) {
		if (i)
			buf_addc(b, ',');
		jw_str(b, t->topic_cues[k][i]);
	}
	buf_add(b, "]}", 2);
}

static void
write_topics(mc_buf *b, const struct tagged *t, size_t unused, const struct jr *old)
{
	size_t k;
	int first = 1;

	(void)unused, (void)old;
	buf_addc(b, '[');
	for (k = 0; k < tag_ntopics(); k++)
		if (t->topic_w[k] > 0) {
			key_sep(b, &first);
			write_topic(b, t, k);
		}
	buf_addc(b, ']');
}

void
tag_write_json(const struct tagged *t, const struct jr *doc, mc_buf *b)
{
	static const struct field f[] = {
		{"sents", write_sents, 0}, {"home", write_home, 1}, {"countries", write_ranks, 1},
		{"ents", write_ents, 1}, {"topics", write_topics, 1}
	};

	write_fields(b, doc, f, sizeof f / sizeof f[0], t, 0);
}

/* ---- CSV: one row per entity ---- */

void
tag_csv_row(mc_buf *b, const char *id, long s, const char *type, long start, long end,
    const char *text, const char *value)
{
	char ns[24], nst[24], nen[24];
	const char *row[7] = {id ? id : "", ns, type, nst, nen, text, value ? value : ""};

	snprintf(ns, sizeof ns, "%ld", s);
	snprintf(nst, sizeof nst, "%ld", start);
	snprintf(nen, sizeof nen, "%ld", end);
	csv_row(b, row, 7);
}

void
tag_write_csv(const struct tagged *t, const char *id, mc_buf *b)
{
	const struct ent *e;
	char *txt;
	size_t i;

	for (i = 0; i < t->ne; i++) {
		e = &t->e[i];
		txt = ent_text(t, e->s, e->t0, e->t1);
		tag_csv_row(b, id, e->s, ent_type_name[e->type], t->tl[e->s].t[e->t0].c0,
		    t->tl[e->s].t[e->t1 - 1].c1, txt, e->value);
		free(txt);
	}
}
