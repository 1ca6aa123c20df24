/* Reading a record without jansson: values go into one array of nodes
   kept from record to record, strings are decoded in place in a copy of
   the line.  The reader takes what jansson's json_loadb() takes with
   JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, or less: whatever it is not
   sure of (an error, a number out of range, a deep or wide value) it
   leaves to jansson, so that errors are jansson's and values never
   differ. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

#define MAX_DEPTH 64            /* deeper: jansson's, with its limit */
#define MAX_KEYS 64             /* duplicates are looked for pairwise */

struct rd {
	struct jr_doc *d;
	char *p, *end;
};

static void
push(struct jr_doc *d, const struct jr *v)
{
	if (d->nstk == d->cstk) {
		d->cstk = d->cstk ? d->cstk * 2 : 256;
		d->stk = xrealloc(d->stk, d->cstk * sizeof *d->stk);
	}
	d->stk[d->nstk++] = *v;
}

static void
room(struct jr_doc *d, size_t k)
{
	if (d->n + k <= d->cap)
		return;
	while (d->n + k > d->cap)
		d->cap = d->cap ? d->cap * 2 : 1024;
	d->v = xrealloc(d->v, d->cap * sizeof *d->v);
}

/* The children read since base become the node's, moved to the nodes. */
static void
adopt(struct jr_doc *d, struct jr *v, size_t base)
{
	size_t k = d->nstk - base;

	v->u.at = d->n;
	if (k == 0)
		return;         /* an empty array or object */
	room(d, k);
	memcpy(d->v + d->n, d->stk + base, k * sizeof *d->v);
	d->n += k;
	d->nstk = base;
}

/* Indices of children become pointers once the nodes stop moving; the
   root goes last. */
static void
finish(struct jr_doc *d, const struct jr *root)
{
	size_t i;

	room(d, 1);
	d->v[d->n++] = *root;
	for (i = 0; i < d->n; i++)
		if (d->v[i].type == JR_ARR || d->v[i].type == JR_OBJ)
			d->v[i].u.kid = d->v + d->v[i].u.at;
	d->root = d->v + d->n - 1;
}

static void
skip_ws(struct rd *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

/* A whole UTF-8 sequence at p, as jansson checks it: no overlong form,
   no surrogate, nothing above U+10FFFF.  Returns its length or 0. */
static int
utf8_seq(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	int n, i;
	unsigned char lo = 0x80, hi = 0xBF;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 0;
	if (end - p < n || p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return n;
}

static int
hex4(const char *p, const char *end, int32_t *v)
{
	int i, c;

	if (end - p < 4)
		return 0;
	for (*v = 0, i = 0; i < 4; i++) {
		c = (unsigned char)p[i];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if ((c | 32) >= 'a' && (c | 32) <= 'f')
			c = (c | 32) - 'a' + 10;
		else
			return 0;
		*v = *v * 16 + c;
	}
	return 1;
}

static char *
put_utf8(char *w, int32_t cp)
{
	if (cp < 0x80) {
		*w++ = (char)cp;
	} else if (cp < 0x800) {
		*w++ = (char)(0xC0 | cp >> 6);
		*w++ = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		*w++ = (char)(0xE0 | cp >> 12);
		*w++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*w++ = (char)(0x80 | (cp & 0x3F));
	} else {
		*w++ = (char)(0xF0 | cp >> 18);
		*w++ = (char)(0x80 | (cp >> 12 & 0x3F));
		*w++ = (char)(0x80 | (cp >> 6 & 0x3F));
		*w++ = (char)(0x80 | (cp & 0x3F));
	}
	return w;
}

/* \uXXXX at p (after the backslash and 'u'), a surrogate pair taken
   whole; returns where it ends, or NULL. */
static const char *
unicode_escape(const char *p, const char *end, int32_t *cp)
{
	int32_t lo;

	if (!hex4(p, end, cp))
		return NULL;
	p += 4;
	if (*cp >= 0xDC00 && *cp <= 0xDFFF)
		return NULL;
	if (*cp >= 0xD800 && *cp <= 0xDBFF) {
		if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, end, &lo)
		    || lo < 0xDC00 || lo > 0xDFFF)
			return NULL;
		*cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
		p += 6;
	}
	return p;
}

static char *
escape_at(char *w, const char **pp, const char *end)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *p = *pp, *k;
	int32_t cp;

	if (p >= end)
		return NULL;
	if (*p == 'u') {
		if (!(p = unicode_escape(p + 1, end, &cp)))
			return NULL;
		*pp = p;
		return put_utf8(w, cp);
	}
	if (!*p || !(k = strchr(from, *p)))
		return NULL;
	*w++ = to[k - from];
	*pp = p + 1;
	return w;
}

/* Past the plain ASCII at p: printable, neither '"' nor '\\'. */
static const char *
skip_plain(const char *p, const char *end)
{
	uint64_t x;

	while (end - p >= 8) {
		memcpy(&x, p, 8);
		if (json_special8(p) | (x & 0x8080808080808080ULL))
			break;
		p += 8;
	}
	while (p < end && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80 && *p != '"'
	    && *p != '\\')
		p++;
	return p;
}

/* A string from just after its opening quote: decoded over itself (it
   can only shrink; nothing moves before the first escape) and
   NUL-terminated where its closing quote was. */
static int
string(struct rd *r, struct jr *v)
{
	char *s = r->p, *w = r->p;
	const char *p = r->p, *q;
	int n;

	for (;;) {
		q = skip_plain(p, r->end);
		if (w != p)
			memmove(w, p, (size_t)(q - p));
		w += q - p;
		if ((p = q) >= r->end)
			return 0;
		if (*p == '"')
			break;
		if (*p == '\\') {
			p++;
			if (!(w = escape_at(w, &p, r->end)))
				return 0;
			continue;
		}
		if ((unsigned char)*p < 0x20
		    || !(n = utf8_seq((const unsigned char *)p, (const unsigned char *)r->end)))
			return 0;
		if (w != p)
			memmove(w, p, (size_t)n);
		w += n;
		p += n;
	}
	*w = '\0';
	r->p = (char *)p + 1;
	v->type = JR_STR;
	v->n = (size_t)(w - s);
	v->u.s = s;
	return 1;
}

static int
digits(const char **p, const char *end)
{
	const char *s = *p;

	while (*p < end && **p >= '0' && **p <= '9')
		(*p)++;
	return *p > s;
}

/* An integer of at most 18 characters cannot overflow: read here, as
   strtoll would. */
static int
small_int(const char *s, const char *end, struct jr *v)
{
	long long i = 0;
	int neg = *s == '-';

	for (s += neg; s < end; s++)
		i = i * 10 + (*s - '0');
	v->type = JR_INT;
	v->u.i = neg ? -i : i;
	return 1;
}

/* JSON's number grammar; integers as strtoll reads them and reals as
   strtod, as jansson does.  Out of range: left to jansson. */
static int
number(struct rd *r, struct jr *v)
{
	const char *p = r->p, *s = r->p;
	char tmp[64], *e;
	int real = 0;

	if (p < r->end && *p == '-')
		p++;
	if (p < r->end && *p == '0')
		p++;
	else if (!digits(&p, r->end))
		return 0;
	if (p < r->end && *p == '.') {
		real = 1;
		p++;
		if (!digits(&p, r->end))
			return 0;
	}
	if (p < r->end && (*p | 32) == 'e') {
		real = 1;
		if (++p < r->end && (*p == '+' || *p == '-'))
			p++;
		if (!digits(&p, r->end))
			return 0;
	}
	r->p = (char *)p;
	if (!real && p - s <= 18)
		return small_int(s, p, v);
	if ((size_t)(p - s) >= sizeof tmp)
		return 0;
	memcpy(tmp, s, (size_t)(p - s));
	tmp[p - s] = '\0';
	errno = 0;
	if (real) {
		v->type = JR_REAL;
		v->u.d = strtod(tmp, &e);
	} else {
		v->type = JR_INT;
		v->u.i = strtoll(tmp, &e, 10);
	}
	return errno == 0 && *e == '\0';
}

static int value(struct rd *r, struct jr *v, int depth);

/* After an item: 1 if another follows, 0 at the closing bracket. */
static int
after_item(struct rd *r, char close)
{
	skip_ws(r);
	if (r->p < r->end && (*r->p == ',' || *r->p == close))
		return *r->p++ == ',';
	return -1;
}

static int
array(struct rd *r, struct jr *v, int depth)
{
	size_t base = r->d->nstk;
	struct jr item;
	int more = 0;

	v->type = JR_ARR;
	skip_ws(r);
	if (r->p < r->end && *r->p == ']')
		r->p++;
	else
		do {
			if (!value(r, &item, depth))
				return 0;
			push(r->d, &item);
		} while ((more = after_item(r, ']')) > 0);
	if (more < 0)
		return 0;
	v->n = r->d->nstk - base;
	adopt(r->d, v, base);
	return 1;
}

static int
dup_key(const struct jr_doc *d, size_t base, const struct jr *k)
{
	size_t i;

	for (i = base; i < d->nstk; i += 2)
		if (d->stk[i].n == k->n && memcmp(d->stk[i].u.s, k->u.s, k->n) == 0)
			return 1;
	return 0;
}

static int
member(struct rd *r, size_t base, int depth)
{
	struct jr k, item;

	skip_ws(r);
	if (r->p >= r->end || *r->p != '"')
		return 0;
	r->p++;
	if (!string(r, &k) || memchr(k.u.s, '\0', k.n) || dup_key(r->d, base, &k))
		return 0;
	skip_ws(r);
	if (r->p >= r->end || *r->p != ':')
		return 0;
	r->p++;
	if (!value(r, &item, depth))
		return 0;
	push(r->d, &k);
	push(r->d, &item);
	return 1;
}

/* Members are stored key, value, key, value... */
static int
object(struct rd *r, struct jr *v, int depth)
{
	size_t base = r->d->nstk;
	int more = 0;

	v->type = JR_OBJ;
	skip_ws(r);
	if (r->p < r->end && *r->p == '}')
		r->p++;
	else
		do {
			if (r->d->nstk - base >= 2 * MAX_KEYS || !member(r, base, depth))
				return 0;
		} while ((more = after_item(r, '}')) > 0);
	if (more < 0)
		return 0;
	v->n = (r->d->nstk - base) / 2;
	adopt(r->d, v, base);
	return 1;
}

static int
word(struct rd *r, const char *w, size_t n, int type, struct jr *v)
{
	if ((size_t)(r->end - r->p) < n || memcmp(r->p, w, n) != 0)
		return 0;
	r->p += n;
	v->type = type;
	return 1;
}

static int
value(struct rd *r, struct jr *v, int depth)
{
	memset(v, 0, sizeof *v);
	skip_ws(r);
	if (r->p >= r->end || depth >= MAX_DEPTH)
		return 0;
	switch (*r->p) {
	case '{':
		r->p++;
		return object(r, v, depth + 1);
	case '[':
		r->p++;
		return array(r, v, depth + 1);
	case '"':
		r->p++;
		return string(r, v);
	case 't':
		return word(r, "true", 4, JR_TRUE, v);
	case 'f':
		return word(r, "false", 5, JR_FALSE, v);
	case 'n':
		return word(r, "null", 4, JR_NULL, v);
	default:
		return number(r, v);
	}
}

/* A new record: nodes and text are kept for it, jansson's value is not. */
static void
jr_reset(struct jr_doc *d)
{
	json_decref(d->json);
	d->json = NULL;
	d->n = d->nstk = 0;
	d->root = NULL;
}

int
jr_parse(struct jr_doc *d, const char *s, size_t n)
{
	struct rd r = {d, NULL, NULL};
	struct jr root;

	jr_reset(d);
	buf_clear(&d->text);
	buf_add(&d->text, s, n);
	r.p = d->text.s;
	r.end = d->text.s + n;
	skip_ws(&r);
	if (r.p >= r.end || *r.p != '{' || !value(&r, &root, 0))
		return 0;
	skip_ws(&r);
	if (r.p != r.end)
		return 0;
	finish(d, &root);
	return 1;
}

static void
from_json(struct jr_doc *d, json_t *j, struct jr *v)
{
	size_t base = d->nstk, i;
	struct jr k = {JR_STR, 0, {0}}, item;
	json_t *x;
	void *it;

	memset(v, 0, sizeof *v);
	switch (json_typeof(j)) {
	case JSON_OBJECT:
		for (it = json_object_iter(j); it; it = json_object_iter_next(j, it)) {
			k.u.s = json_object_iter_key(it);
			k.n = json_object_iter_key_len(it);
			from_json(d, json_object_iter_value(it), &item);
			push(d, &k);
			push(d, &item);
		}
		v->type = JR_OBJ;
		v->n = (d->nstk - base) / 2;
		adopt(d, v, base);
		break;
	case JSON_ARRAY:
		json_array_foreach(j, i, x) {
			from_json(d, x, &item);
			push(d, &item);
		}
		v->type = JR_ARR;
		v->n = d->nstk - base;
		adopt(d, v, base);
		break;
	case JSON_STRING:
		v->type = JR_STR;
		v->u.s = json_string_value(j);
		v->n = json_string_length(j);
		break;
	case JSON_INTEGER:
		v->type = JR_INT;
		v->u.i = json_integer_value(j);
		break;
	case JSON_REAL:
		v->type = JR_REAL;
		v->u.d = json_real_value(j);
		break;
	case JSON_TRUE:
		v->type = JR_TRUE;
		break;
	case JSON_FALSE:
		v->type = JR_FALSE;
		break;
	case JSON_NULL:
		v->type = JR_NULL;
		break;
	}
}

void
jr_from_json(struct jr_doc *d, json_t *v)
{
	struct jr root;

	json_incref(v);
	jr_reset(d);
	d->json = v;
	from_json(d, v, &root);
	finish(d, &root);
}

void
jr_free(struct jr_doc *d)
{
	jr_reset(d);
	free(d->v);
	free(d->stk);
	buf_free(&d->text);
	memset(d, 0, sizeof *d);
}
