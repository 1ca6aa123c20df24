/* The bytes a match of a regular expression may hold, read from its
   text: a match at a string's start ends before the first other byte,
   so regexec need not be given more: in a UTF-8 locale, glibc's
   decodes all it is given, which costs more than the matching. */
#include <string.h>

#include "split/rxspan.h"

static void
may_add(struct rxfilter *f, int c)
{
	f->may[c >> 3] |= (unsigned char)(1 << (c & 7));
}

static void
may_range(struct rxfilter *f, int lo, int hi)
{
	for (; lo <= hi; lo++)
		may_add(f, lo);
}

/* The ASCII members of a class (the same in every locale); its other
   members are outside ASCII, and any such byte is taken. */
static int
may_class(struct rxfilter *f, const char *name, size_t n)
{
	static const struct { const char *name, *ranges; } classes[] = {
		{"alpha", "AZaz"}, {"upper", "AZ"}, {"lower", "az"}, {"digit", "09"},
		{"alnum", "AZaz09"}, {"space", "\t\r  "}, {"blank", "\t\t  "},
		{"punct", "!/:@[`{~"}, {"xdigit", "09AFaf"}, {NULL, NULL}
	};
	const char *r;
	int i;

	for (i = 0; classes[i].name; i++)
		if (strlen(classes[i].name) == n && memcmp(classes[i].name, name, n) == 0)
			break;
	if (!classes[i].name)
		return 0;
	for (r = classes[i].ranges; *r; r += 2)
		may_range(f, (unsigned char)r[0], (unsigned char)r[1]);
	may_range(f, 0x80, 0xFF);
	return 1;
}

/* Bytes of a bracket expression; 0 for a negation or what is not read. */
static int
may_bracket(struct rxfilter *f, const char **pp)
{
	const char *p = *pp + 1, *e;
	size_t k;

	if (*p == '^')
		return 0;
	if (*p == ']')
		may_add(f, *p++);
	while (*p && *p != ']') {
		if (p[0] == '[' && p[1] == ':') {
			if (!(e = strstr(p + 2, ":]")) || !may_class(f, p + 2, (size_t)(e - p - 2)))
				return 0;
			p = e + 2;
			continue;
		}
		if (p[0] == '[' && (p[1] == '.' || p[1] == '='))
			return 0;
		k = rxf_char_len(p);
		if (p[k] == '-' && p[k + 1] && p[k + 1] != ']') {
			if (k != 1 || (unsigned char)p[2] >= 0x80 || p[2] == '[' || p[0] > p[2])
				return 0;
			may_range(f, (unsigned char)p[0], (unsigned char)p[2]);
			p += 3;
			continue;
		}
		for (; k > 0; k--)
			may_add(f, (unsigned char)*p++);
	}
	if (*p != ']')
		return 0;
	*pp = p + 1;
	return 1;
}

/* An interval {m}, {m,} or {m,n} after an atom: its digits are no part
   of a match. */
static const char *
interval_end(const char *p)
{
	const char *q = p + 1;

	if (*q < '0' || *q > '9')
		return NULL;
	q += strspn(q, "0123456789");
	if (*q == ',')
		q += 1 + strspn(q + 1, "0123456789");
	return *q == '}' ? q + 1 : NULL;
}

void
rxf_read_bytes(struct rxfilter *f, const char *p)
{
	const char *e;
	int after_atom = 0;

	while (*p) {
		if (*p == '[') {
			if (!may_bracket(f, &p))
				return;
			after_atom = 1;
		} else if (*p == '{' && after_atom && (e = interval_end(p))) {
			p = e;
		} else if (*p == '.' || *p == '$') {
			return;         /* any byte; $: a match may need what follows */
		} else if (*p == '\\') {
			if (!p[1] || (unsigned char)p[1] >= 0x80 || !strchr("^.[]$()|*+?{}\\/-", p[1]))
				return;
			may_add(f, (unsigned char)p[1]);
			p += 2;
			after_atom = 1;
		} else {
			after_atom = !strchr("(|^*+?", *p);
			if (!strchr("()|*+?^", *p))
				may_add(f, (unsigned char)*p);
			p++;
		}
	}
	f->bounded = 1;
}

size_t
rxf_span(const struct rxfilter *f, const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	if (!f->bounded)
		return n;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (!(f->may[c >> 3] & (1 << (c & 7))))
			break;
	}
	return i;
}
