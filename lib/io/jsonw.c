/* Writing JSON straight into a buffer, byte for byte as jansson's
   json_dump_callback() with JSON_COMPACT writes it, without building a
   tree first: the writers of the tools emit records this way. */
#include <string.h>

#include "io/io.h"

/* Bytes that jansson escapes: '"', '\\' and the control characters.
   Its strings are valid UTF-8, so other bytes go through unchanged. */
static const char esc_short[32] = {
	['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't'
};

static int
needs_escape(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

static char *
escape(char *p, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";

	*p++ = '\\';
	if (c == '"' || c == '\\') {
		*p++ = (char)c;
	} else if (esc_short[c]) {
		*p++ = esc_short[c];
	} else {
		memcpy(p, "u00", 3);
		p[3] = hex[c >> 4];
		p[4] = hex[c & 15];
		p += 5;
	}
	return p;
}

/* Written in place (at worst every byte takes six), eight bytes at a
   time where none needs escaping. */
void
jw_strn(mc_buf *b, const char *s, size_t n)
{
	char *p;
	size_t i = 0, e;

	buf_need(b, n * 6 + 2);
	p = b->s + b->len;
	*p++ = '"';
	while (i < n) {
		if (i + 8 <= n && !json_special8(s + i)) {
			memcpy(p, s + i, 8);
			p += 8;
			i += 8;
			continue;
		}
		for (e = i + 8 < n ? i + 8 : n; i < e; i++)
			if (needs_escape((unsigned char)s[i]))
				p = escape(p, (unsigned char)s[i]);
			else
				*p++ = s[i];
	}
	*p++ = '"';
	*p = '\0';
	b->len = (size_t)(p - b->s);
}

void
jw_str(mc_buf *b, const char *s)
{
	if (s)
		jw_strn(b, s, strlen(s));
	else
		buf_add(b, "null", 4);
}

void
jw_key(mc_buf *b, const char *k)
{
	jw_strn(b, k, strlen(k));
	buf_addc(b, ':');
}

void
jw_int(mc_buf *b, long long v)
{
	char d[24], *p = d + sizeof d;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	buf_add(b, p, (size_t)(d + sizeof d - p));
}

void
jw_bool(mc_buf *b, int v)
{
	if (v)
		buf_add(b, "true", 4);
	else
		buf_add(b, "false", 5);
}

/* Reals are rare in records: jansson formats them, to 15 significant
   digits, which write 0.9 as 0.9 and a latitude as the gazetteer gives
   it, not as 0.90000000000000002.  Halves (topic weights) are written
   as that plus ".0" makes them, without its help. */
void
jw_real(mc_buf *b, double v)
{
	json_t *r;
	char s[128];
	size_t n;

	if (v >= 0.5 && v < 1e15 && v * 2 == (double)(long long)(v * 2)) {
		jw_int(b, (long long)v);
		buf_add(b, v * 2 == (double)((long long)v * 2) ? ".0" : ".5", 2);
		return;
	}
	r = json_real(v);
	n = json_dumpb(r, s, sizeof s, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(r);
	if (n > 0 && n <= sizeof s)
		buf_add(b, s, n);
}

static void
write_object(mc_buf *b, json_t *o)
{
	void *it;
	int first = 1;

	buf_addc(b, '{');
	for (it = json_object_iter(o); it; it = json_object_iter_next(o, it)) {
		if (!first)
			buf_addc(b, ',');
		first = 0;
		jw_strn(b, json_object_iter_key(it), json_object_iter_key_len(it));
		buf_addc(b, ':');
		jw_value(b, json_object_iter_value(it));
	}
	buf_addc(b, '}');
}

void
jw_value(mc_buf *b, json_t *v)
{
	size_t i;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		write_object(b, v);
		break;
	case JSON_ARRAY:
		buf_addc(b, '[');
		for (i = 0; i < json_array_size(v); i++) {
			if (i)
				buf_addc(b, ',');
			jw_value(b, json_array_get(v, i));
		}
		buf_addc(b, ']');
		break;
	case JSON_STRING:
		jw_strn(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		jw_int(b, json_integer_value(v));
		break;
	case JSON_REAL:
		jw_real(b, json_real_value(v));
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		jw_bool(b, json_is_true(v));
		break;
	case JSON_NULL:
		buf_add(b, "null", 4);
		break;
	}
}

void
jw_jr(mc_buf *b, const struct jr *v)
{
	size_t i;

	switch (v->type) {
	case JR_OBJ:
		buf_addc(b, '{');
		for (i = 0; i < v->n; i++) {
			if (i)
				buf_addc(b, ',');
			jw_strn(b, v->u.kid[2 * i].u.s, v->u.kid[2 * i].n);
			buf_addc(b, ':');
			jw_jr(b, &v->u.kid[2 * i + 1]);
		}
		buf_addc(b, '}');
		break;
	case JR_ARR:
		buf_addc(b, '[');
		for (i = 0; i < v->n; i++) {
			if (i)
				buf_addc(b, ',');
			jw_jr(b, &v->u.kid[i]);
		}
		buf_addc(b, ']');
		break;
	case JR_STR:
		jw_strn(b, v->u.s, v->n);
		break;
	case JR_INT:
		jw_int(b, v->u.i);
		break;
	case JR_REAL:
		jw_real(b, v->u.d);
		break;
	case JR_TRUE:
	case JR_FALSE:
		jw_bool(b, v->type == JR_TRUE);
		break;
	case JR_NULL:
		buf_add(b, "null", 4);
		break;
	}
}
