/* What the fuzz targets hold the writers of mc-split and mc-tag to: each
   record is written by its one writer, parsed back by jansson, and its
   fields compared with what was meant (the struct doc or struct tagged
   it was written from).  Any difference aborts. */
#ifndef MC_FUZZ_RECORDS_H
#define MC_FUZZ_RECORDS_H

#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"
#include "fuzz_util.h"

static void
fr_same_str(json_t *v, const char *want)
{
	if (want ? !json_is_string(v) || strcmp(json_string_value(v), want) : !json_is_null(v))
		abort();
}

/* A field the record carried over from the input, or else mc-split's. */
static void
fr_field(json_t *o, const struct doc *d, const char *key, const char *mine)
{
	json_t *own = d->meta ? json_object_get(d->meta, key) : NULL;

	if (own && !json_is_null(own)) {
		if (!json_equal(json_object_get(o, key), own))
			abort();
	} else {
		fr_same_str(json_object_get(o, key), mine);
	}
}

/* doc_write()'s record, parsed: mc-split's fields, the input's other
   fields, every sentence and every dropped line.  Returns the tree. */
static json_t *
fr_check_doc(const struct doc *d)
{
	mc_buf w = {0};
	json_t *o, *sents, *dropped, *v;
	const char *key, *given;
	char iso[11];
	size_t i;

	doc_write(&w, d);
	o = json_loadb(w.s, w.len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
	if (!json_is_object(o) || memchr(w.s, '\n', w.len))
		abort();
	buf_free(&w);
	fr_same_str(json_object_get(o, "id"), d->id);
	if (d->has_date)
		date_iso(&d->date, iso);
	fr_same_str(json_object_get(o, "date"), d->has_date ? iso : NULL);
	fr_field(o, d, "src", d->src);
	fr_field(o, d, "title", d->title);
	fr_field(o, d, "dateline", d->dateline);
	/* lang is what was found in the text; the input's, when another,
	   is lang_given */
	fr_same_str(json_object_get(o, "lang"), d->lang ? d->lang : "und");
	given = doc_given_lang(d);
	v = d->meta ? json_object_get(d->meta, "lang") : NULL;
	if (v && !json_is_null(v) && !json_is_string(v)) {
		if (!json_equal(json_object_get(o, "lang_given"), v))
			abort();
	} else if (given && (!d->lang || strcmp(given, d->lang))) {
		fr_same_str(json_object_get(o, "lang_given"), given);
	} else if (json_object_get(o, "lang_given")) {
		abort();
	}
	sents = json_object_get(o, "sents");
	dropped = json_object_get(o, "dropped");
	if (json_array_size(sents) != d->ns || json_array_size(dropped) != d->nd)
		abort();
	for (i = 0; i < d->ns; i++) {
		v = json_array_get(sents, i);
		fr_same_str(json_object_get(v, "text"), d->s[i].text);
		if (json_integer_value(json_object_get(v, "p")) != d->s[i].p
		    || json_is_true(json_object_get(v, "head")) != !!d->s[i].head)
			abort();
	}
	for (i = 0; i < d->nd; i++) {
		v = json_array_get(dropped, i);
		fr_same_str(json_object_get(v, "text"), d->d[i].text);
		fr_same_str(json_object_get(v, "why"), d->d[i].why);
	}
	if (d->meta)
		json_object_foreach(d->meta, key, v)
			if (strcmp(key, "sents") && strcmp(key, "dropped") && strcmp(key, "id")
			    && strcmp(key, "date") && strcmp(key, "lang") && strcmp(key, "lang_given")
			    && !json_is_null(v)
			    && !json_equal(json_object_get(o, key), v))
				abort();
	return o;
}

/* tag_write_json()'s record for the document in, parsed: its entities,
   topics, home and countries as t holds them, the document's own
   fields kept.  Returns the tree. */
static json_t *
fr_check_tagged(const struct tagged *t, const struct jr *in, json_t *in_tree)
{
	mc_buf w = {0};
	json_t *o, *ents, *topics, *v;
	const char *key;
	size_t i, k, n;

	tag_write_json(t, in, &w);
	o = json_loadb(w.s, w.len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
	if (!json_is_object(o))
		abort();
	buf_free(&w);
	ents = json_object_get(o, "ents");
	if (json_array_size(ents) != t->ne)
		abort();
	for (i = 0; i < t->ne; i++) {
		const struct ent *e = &t->e[i];
		char *txt = ent_text(t, e->s, e->t0, e->t1);
		v = json_array_get(ents, i);
		fr_same_str(json_object_get(v, "type"), ent_type_name[e->type]);
		fr_same_str(json_object_get(v, "value"), e->value);
		fr_same_str(json_object_get(v, "text"), txt);
		if (json_integer_value(json_object_get(v, "s")) != e->s
		    || json_integer_value(json_object_get(v, "start")) != t->tl[e->s].t[e->t0].c0
		    || json_integer_value(json_object_get(v, "end")) != t->tl[e->s].t[e->t1 - 1].c1
		    || json_is_true(json_object_get(v, "plural")) != e->plural)
			abort();
		free(txt);
	}
	topics = json_object_get(o, "topics");
	for (k = 0, n = 0; k < tag_ntopics(); k++)
		if (t->topic_w[k] > 0) {
			v = json_array_get(topics, n++);
			fr_same_str(json_object_get(v, "label"), tag_topic_name(k));
			if (json_array_size(json_object_get(v, "cues")) != t->ntopic_cues[k])
				abort();
		}
	if (json_array_size(topics) != n)
		abort();
	fr_same_str(json_object_get(o, "home"), t->home[0] ? t->home : NULL);
	if (json_array_size(json_object_get(o, "countries")) != t->nranks)
		abort();
	json_object_foreach(in_tree, key, v)
		if (strcmp(key, "sents") && strcmp(key, "ents") && strcmp(key, "topics")
		    && strcmp(key, "home") && strcmp(key, "countries")
		    && !json_equal(json_object_get(o, key), v))
			abort();
	if (json_array_size(json_object_get(o, "sents")) != json_array_size(json_object_get(in_tree, "sents")))
		abort();
	return o;
}

/* Static inline: the JSON target uses neither of these two. */

/* A document as the splitter gives it: no empty sentence, and its
   sentences and dropped text UTF-8. */
static inline void
fr_check_text(const struct doc *d)
{
	size_t i;

	for (i = 0; i < d->ns; i++) {
		if (!d->s[i].text[0])
			abort();        /* empty sentences are never kept */
		fuzz_check_utf8(d->s[i].text);
	}
	for (i = 0; i < d->nd; i++)
		fuzz_check_utf8(d->d[i].text);
}

/* The document as mc-split writes it, then as mc-tag writes that record
   after tagging it, both checked: the tagged record's tree. */
static inline json_t *
fr_split_and_tag(const struct doc *d)
{
	json_t *o = fr_check_doc(d), *tagged;
	struct jr_doc jd = {0};
	struct tagged t;

	jr_from_json(&jd, o);
	tag_doc(&t, jd.root);
	tagged = fr_check_tagged(&t, jd.root, o);
	tag_free(&t);
	jr_free(&jd);
	json_decref(o);
	return tagged;
}

#endif
