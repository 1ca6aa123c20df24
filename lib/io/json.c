/* JSON records: read into jansson values or the lean reader's, and
   their fields looked up. */
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

/* A value read by jr_parse() as jansson's own: its strings are valid
   UTF-8 and its keys unique, so they go in unchecked. */
static json_t *
tree(const struct jr *v)
{
	json_t *o;
	size_t i;

	switch (v->type) {
	case JR_OBJ:
		o = json_object();
		for (i = 0; i < v->n; i++)
			json_object_setn_new_nocheck(o, v->u.kid[2 * i].u.s, v->u.kid[2 * i].n,
			    tree(&v->u.kid[2 * i + 1]));
		return o;
	case JR_ARR:
		o = json_array();
		for (i = 0; i < v->n; i++)
			json_array_append_new(o, tree(&v->u.kid[i]));
		return o;
	case JR_STR:
		return json_stringn_nocheck(v->u.s, v->n);
	case JR_INT:
		return json_integer(v->u.i);
	case JR_REAL:
		return json_real(v->u.d);
	case JR_TRUE:
		return json_true();
	case JR_FALSE:
		return json_false();
	default:
		return json_null();
	}
}

static struct jr_doc rd;

static void
rd_free(void)
{
	jr_free(&rd);
}

/* The lean reader first, which is several times faster than jansson's;
   jansson for what it leaves, and for the error message. */
json_t *
json_read_line(const char *s, size_t n, char *err, size_t errsz)
{
	static int once;
	json_error_t e;
	json_t *v;

	if (!once++)
		atexit(rd_free);
	if (jr_parse(&rd, s, n))
		return tree(rd.root);
	v = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &e);

	if (!v) {
		snprintf(err, errsz, "not JSON: %s (column %d)", e.text, e.column);
		return NULL;
	}
	if (!json_is_object(v)) {
		snprintf(err, errsz, "not a JSON object");
		json_decref(v);
		return NULL;
	}
	return v;
}

const char *
jstr(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

long
jint(json_t *obj, const char *key, long dflt)
{
	json_t *v = json_object_get(obj, key);

	return json_is_integer(v) ? (long)json_integer_value(v) : dflt;
}

int
jr_read_line(struct jr_doc *d, const char *s, size_t n, char *err, size_t errsz)
{
	json_t *v;

	if (jr_parse(d, s, n))
		return 1;
	if (!(v = json_read_line(s, n, err, errsz)))
		return 0;
	jr_from_json(d, v);
	json_decref(v);
	return 1;
}

/* ---- looking values up ---- */

const struct jr *
jr_get(const struct jr *obj, const char *key)
{
	size_t i, n = strlen(key);

	if (!obj || obj->type != JR_OBJ)
		return NULL;
	for (i = 0; i < obj->n; i++)
		if (obj->u.kid[2 * i].n == n && memcmp(obj->u.kid[2 * i].u.s, key, n) == 0)
			return &obj->u.kid[2 * i + 1];
	return NULL;
}

const char *
jr_str(const struct jr *obj, const char *key)
{
	const struct jr *v = jr_get(obj, key);

	return v && v->type == JR_STR ? v->u.s : NULL;
}

long
jr_int(const struct jr *obj, const char *key, long dflt)
{
	const struct jr *v = jr_get(obj, key);

	return v && v->type == JR_INT ? (long)v->u.i : dflt;
}

size_t
jr_len(const struct jr *arr)
{
	return arr && arr->type == JR_ARR ? arr->n : 0;
}
