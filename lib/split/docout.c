/* A document as mc-split writes it: one JSON object a line, its own
   fields first, then what the input record carried; its identifier
   and its freeing. */
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "split/lang.h"
#include "text/story.h"

/* How much of a document CLD2 reads.  Its time grows with the bytes it
   is given, and a few hundred bytes of running text tell a language as
   well as the whole article (see tests/lang/README.md). */
enum { LANG_SAMPLE = 600 };

/* The fields mc-split computes, in the order it writes them; a record's
   own field of that name (not null) takes the place of all but id, date
   and lang (a record's lang is written as lang_given when it is not the
   language found in the text). */
static const char *const doc_fields[] = {"id", "src", "title", "dateline", "date", "lang"};

static int
own_field(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof doc_fields / sizeof doc_fields[0]; i++)
		if (!strcmp(key, doc_fields[i]))
			return 1;
	return !strcmp(key, "sents") || !strcmp(key, "dropped") || !strcmp(key, "lang_given")
	    || !strcmp(key, "story");
}

/* The story fingerprint of the body (headings left out: outlets retitle
   the dispatches they copy); null for a text too short to tell. */
static void
write_story(mc_buf *b, const struct doc *d)
{
	struct story_acc acc;
	struct story st;
	char hex[STORY_HEX];
	size_t i;

	story_begin(&acc);
	for (i = 0; i < d->ns; i++)
		if (!d->s[i].head)
			story_add(&acc, d->s[i].text, strlen(d->s[i].text));
	jw_key(b, "story");
	if (story_end(&acc, &st)) {
		story_hex(&st, hex);
		jw_str(b, hex);
	} else
		buf_adds(b, "null");
	buf_addc(b, ',');
}

/* The sample of the text a language is told from: the body's
   sentences, or (for a document of headings only) the headings, up to
   LANG_SAMPLE bytes and the end of a sentence.  each() gets each
   sentence in turn and may stop the walk. */
static void
lang_sample(const struct doc *d, int (*each)(const char *, size_t, void *), void *ctx)
{
	size_t i, used = 0, n;
	int pass, any = 0;

	for (pass = 0; pass < 2 && !any; pass++)
		for (i = 0; i < d->ns && used < LANG_SAMPLE; i++)
			if (d->s[i].head == pass) {
				any = 1;
				n = strlen(d->s[i].text);
				if (each(d->s[i].text, n, ctx))
					return;
				used += n + 1;
			}
}

struct french_ctx { struct french_scan sc; int french; };

static int
scan_french(const char *s, size_t n, void *ctx)
{
	struct french_ctx *c = ctx;

	return c->french = french_scan(&c->sc, s, n);
}

static int
gather(const char *s, size_t n, void *ctx)
{
	buf_add(ctx, s, n);
	buf_addc(ctx, '\n');
	return 0;
}

/* Plainly French by its commonest words, or else what CLD2 says unless
   the words of data/lang.tsv clearly overrule it. */
void
doc_detect_lang(struct doc *d)
{
	struct french_ctx c = {{0}, 0};
	mc_buf b = {0};

	lang_sample(d, scan_french, &c);
	if (c.french) {
		d->lang = "fr";
		return;
	}
	lang_sample(d, gather, &b);
	/* one sentence with no full stop can be a whole file */
	if (b.len > 2 * LANG_SAMPLE)
		for (b.len = 2 * LANG_SAMPLE; (b.s[b.len] & 0xC0) == 0x80; b.len--)
			;
	d->lang = lang_detect(b.s ? b.s : "", b.len);
	d->lang = langword_overrule(d->lang, b.s ? b.s : "", b.len);
	buf_free(&b);
}

int
lang_reads_french(const char *lang, const char *given)
{
	if (lang && strcmp(lang, "und"))
		return !strcmp(lang, "fr");
	return !given || !strcmp(given, "fr");
}

int
lang_admit(struct lang_tally *all, struct lang_tally *passed, const char *lang, const char *given)
{
	lang_tally(all, lang);
	if (lang_reads_french(lang, given))
		return 1;
	/* counted under the language it is in, or, when the text could not
	   tell, the one the input gave */
	lang_tally(passed, lang && strcmp(lang, "und") ? lang : given);
	return 0;
}

const char *
doc_given_lang(const struct doc *d)
{
	const char *own = d->meta ? jstr(d->meta, "lang") : NULL;

	return own && *own ? own : d->lang_given;
}

static void
doc_field(mc_buf *b, const struct doc *d, const char *key, const char *mine)
{
	json_t *v = d->meta && strcmp(key, "id") && strcmp(key, "date") && strcmp(key, "lang")
	    ? json_object_get(d->meta, key) : NULL;

	jw_key(b, key);
	if (v && !json_is_null(v))
		jw_value(b, v);
	else
		jw_str(b, mine);
	buf_addc(b, ',');
}

/* The input's language, when it is not the one found: a record's lang
   field (as it is, even when not a string), else --lang. */
static void
write_given_lang(mc_buf *b, const struct doc *d)
{
	json_t *own = d->meta ? json_object_get(d->meta, "lang") : NULL;
	const char *given = doc_given_lang(d);

	if (own && !json_is_null(own) && !json_is_string(own)) {
		jw_key(b, "lang_given");
		jw_value(b, own);
		buf_addc(b, ',');
	} else if (given && (!d->lang || strcmp(given, d->lang))) {
		jw_key(b, "lang_given");
		jw_str(b, given);
		buf_addc(b, ',');
	}
}

/* The document, written into b: mc-split's record, and the only writer
   of it. */
void
doc_write(mc_buf *b, const struct doc *d)
{
	const char *key;
	json_t *v;
	char iso[11];
	size_t i;

	if (d->has_date)
		date_iso(&d->date, iso);
	buf_addc(b, '{');
	doc_field(b, d, "id", d->id);
	doc_field(b, d, "src", d->src);
	doc_field(b, d, "title", d->title);
	doc_field(b, d, "dateline", d->dateline);
	doc_field(b, d, "date", d->has_date ? iso : NULL);
	doc_field(b, d, "lang", d->lang ? d->lang : "und");
	write_given_lang(b, d);
	write_story(b, d);
	if (d->meta)
		json_object_foreach(d->meta, key, v)
			if (!own_field(key) && !json_is_null(v)) {
				jw_key(b, key);
				jw_value(b, v);
				buf_addc(b, ',');
			}
	jw_key(b, "sents");
	buf_addc(b, '[');
	for (i = 0; i < d->ns; i++) {
		buf_adds(b, i ? ",{\"p\":" : "{\"p\":");
		jw_int(b, d->s[i].p);
		buf_adds(b, ",\"text\":");
		jw_str(b, d->s[i].text);
		buf_adds(b, d->s[i].head ? ",\"head\":true}" : "}");
	}
	buf_adds(b, "],\"dropped\":[");
	for (i = 0; i < d->nd; i++) {
		buf_adds(b, i ? ",{\"text\":" : "{\"text\":");
		jw_str(b, d->d[i].text);
		buf_adds(b, ",\"why\":");
		jw_str(b, d->d[i].why);
		buf_addc(b, '}');
	}
	buf_adds(b, "]}");
}

/* The identifier of a file's first document: its name without
   directory, and without its extension and a .gz after it. */
char *
doc_idbase(const char *fname)
{
	const char *b = strrchr(fname, '/');
	char *id = xstrdup(b ? b + 1 : fname), *dot;
	size_t n = strlen(id);

	if (n > 3 && !strcmp(id + n - 3, ".gz"))
		id[n - 3] = '\0';
	if ((dot = strrchr(id, '.')) && dot != id)
		*dot = '\0';
	return id;
}

void
doc_free(struct doc *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->ns; i++)
		free(d->s[i].text);
	for (i = 0; i < d->nd; i++) {
		free(d->d[i].text);
		free(d->d[i].why);
	}
	free(d->s);
	free(d->d);
	free(d->id);
	free(d->src);
	free(d->title);
	free(d->dateline);
	json_decref(d->meta);
	free(d);
}
