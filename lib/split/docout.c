/* A document as mc-split writes it: one JSON object a line, its own
   fields first, then what the input record carried. */
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"

/* The fields mc-split computes, in the order it writes them; a record's
   own field of that name (not null) takes the place of all but id and
   date. */
static const char *const doc_fields[] = {"id", "src", "title", "dateline", "date", "lang"};

static int
own_field(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof doc_fields / sizeof doc_fields[0]; i++)
		if (!strcmp(key, doc_fields[i]))
			return 1;
	return !strcmp(key, "sents") || !strcmp(key, "dropped");
}

static void
doc_field(mc_buf *b, const struct doc *d, const char *key, const char *mine)
{
	json_t *v = d->meta && strcmp(key, "id") && strcmp(key, "date") ? json_object_get(d->meta, key) : NULL;

	jw_key(b, key);
	if (v && !json_is_null(v))
		jw_value(b, v);
	else
		jw_str(b, mine);
	buf_addc(b, ',');
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
	doc_field(b, d, "lang", "fr");
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
