/* What a regular expression's text says of its matches, read with a
   small recursive parser of POSIX extended syntax: a set of prefixes
   for a pattern anchored by ^, the longest literal run otherwise.  A
   string of the set is "open" while what follows it in the pattern may
   still lengthen it. */
#include <string.h>

#include "split/rxfilter.h"

struct pset {
	int n;
	char s[RXF_MAX][RXF_LEN];
	unsigned char len[RXF_MAX], open[RXF_MAX];
};

static int seq(const char **pp, struct pset *S);

static void
pset_one(struct pset *S, const char *s, size_t n, int open)
{
	S->n = 1;
	memcpy(S->s[0], s, n);
	S->len[0] = (unsigned char)n;
	S->open[0] = (unsigned char)open;
}

/* Any string at all: what the reader cannot tell. */
static void
pset_any(struct pset *S)
{
	pset_one(S, "", 0, 0);
}

static int
pset_add(struct pset *S, const char *s, size_t n, int open)
{
	int i;

	if (n > RXF_LEN) {
		n = RXF_LEN;    /* a prefix of a prefix still holds */
		open = 0;
	}
	for (i = 0; i < S->n; i++)
		if (S->len[i] == n && S->open[i] == open && memcmp(S->s[i], s, n) == 0)
			return 1;
	if (S->n == RXF_MAX)
		return 0;
	memcpy(S->s[S->n], s, n);
	S->len[S->n] = (unsigned char)n;
	S->open[S->n++] = (unsigned char)open;
	return 1;
}

static void
pset_close(struct pset *S)
{
	memset(S->open, 0, sizeof S->open);
}

/* S = S or A; too many strings make it any string. */
static void
pset_union(struct pset *S, const struct pset *A)
{
	int i;

	for (i = 0; i < A->n; i++)
		if (!pset_add(S, A->s[i], A->len[i], A->open[i])) {
			pset_any(S);
			return;
		}
}

/* S = S then A: the open strings of S go on with each string of A; too
   many, and they stay as they are, closed. */
static void
pset_cat(struct pset *S, const struct pset *A)
{
	static struct pset T;   /* no recursion between here and its use */
	char buf[2 * RXF_LEN];
	int i, j;

	T.n = 0;
	for (i = 0; i < S->n; i++) {
		if (!S->open[i]) {
			if (!pset_add(&T, S->s[i], S->len[i], 0))
				goto overflow;
			continue;
		}
		for (j = 0; j < A->n; j++) {
			memcpy(buf, S->s[i], S->len[i]);
			memcpy(buf + S->len[i], A->s[j], A->len[j]);
			if (!pset_add(&T, buf, (size_t)S->len[i] + A->len[j], A->open[j]))
				goto overflow;
		}
	}
	*S = T;
	return;
overflow:
	/* too many: the open strings stop where they are, but the empty one
	   (nothing read yet) takes A's strings */
	T.n = 0;
	for (i = 0; i < S->n; i++) {
		if (S->len[i] || !S->open[i]) {
			if (!pset_add(&T, S->s[i], S->len[i], 0))
				goto full;
			continue;
		}
		for (j = 0; j < A->n; j++)
			if (!pset_add(&T, A->s[j], A->len[j], 0))
				goto full;
	}
	*S = T;
	return;
full:
	pset_close(S);
}

/* [:alpha:], [.x.] or [=e=] inside a bracket: skipped; 0 if unclosed. */
static const char *
skip_class(const char *p)
{
	char close = p[1];

	for (p += 2; *p && !(p[0] == close && p[1] == ']'); p++)
		;
	return *p ? p + 2 : NULL;
}

/* A bracket expression: its characters, or any string when it holds a
   class, a negation or a range of more than ASCII. */
static int
bracket(const char **pp, struct pset *A)
{
	const char *p = *pp + 1;
	int known = 1, c, lo, hi;
	size_t k;
	char ch;

	A->n = 0;
	if (*p == '^') {
		known = 0;
		p++;
	}
	if (*p == ']')
		known &= pset_add(A, p++, 1, 1);
	while (*p && *p != ']') {
		if (*p == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			if (!(p = skip_class(p)))
				return 0;
			known = 0;
			continue;
		}
		k = rxf_char_len(p);
		if (p[k] == '-' && p[k + 1] && p[k + 1] != ']') {
			if (p[k + 1] == '[')
				return 0;
			lo = (unsigned char)p[0];
			hi = (unsigned char)p[k + 1];
			if (k == 1 && hi < 0x80 && lo <= hi)
				for (c = lo; c <= hi && known; c++) {
					ch = (char)c;
					known &= pset_add(A, &ch, 1, 1);
				}
			else
				known = 0;
			p += k + 1 + rxf_char_len(p + k + 1);
			continue;
		}
		known &= pset_add(A, p, k, 1);
		p += k;
	}
	if (*p != ']')
		return 0;
	*pp = p + 1;
	if (!known)
		pset_any(A);
	return 1;
}

static int
group(const char **pp, struct pset *A)
{
	const char *p = *pp + 1;
	struct pset B;

	A->n = 0;
	for (;;) {
		pset_one(&B, "", 0, 1);
		if (!seq(&p, &B))
			return 0;
		pset_union(A, &B);
		if (*p != '|')
			break;
		p++;
	}
	if (*p != ')')
		return 0;
	*pp = p + 1;
	return 1;
}

/* One atom; 0 for syntax not read here (GNU escapes, back-references). */
static int
atom(const char **pp, struct pset *A)
{
	const char *p = *pp;
	size_t k;

	switch (*p) {
	case '(':
		return group(pp, A);
	case '[':
		return bracket(pp, A);
	case '.':
		pset_any(A);
		k = 1;
		break;
	case '^': case '$':
		pset_one(A, "", 0, 1);  /* zero-width: no byte to test */
		k = 1;
		break;
	case '\\':
		if (!p[1] || (unsigned char)p[1] >= 0x80 || strchr("^.[]$()|*+?{}\\/-", p[1]) == NULL)
			return 0;
		pset_one(A, p + 1, 1, 1);
		k = 2;
		break;
	case '*': case '+': case '?': case '{': case '|': case ')': case '\0':
		return 0;
	default:
		k = rxf_char_len(p);
		pset_one(A, p, k, 1);
	}
	*pp = p + k;
	return 1;
}

static int
number(const char **pp, int *v)
{
	const char *p = *pp;

	if (*p < '0' || *p > '9')
		return 0;
	for (*v = 0; *p >= '0' && *p <= '9' && *v < 1000; p++)
		*v = *v * 10 + (*p - '0');
	*pp = p;
	return 1;
}

/* The repetition after an atom: min and max (-1: no limit). */
static int
quant(const char **pp, int *min, int *max)
{
	const char *p = *pp;

	*min = *max = 1;
	switch (*p) {
	case '?': *min = 0; p++; break;
	case '*': *min = 0; *max = -1; p++; break;
	case '+': *max = -1; p++; break;
	case '{':
		p++;
		if (!number(&p, min))
			return 0;
		*max = *min;
		if (*p == ',') {
			p++;
			if (!number(&p, max))
				*max = -1;
		}
		if (*p++ != '}')
			return 0;
		break;
	}
	*pp = p;
	return !strchr("?*+{", *p) || !*p;
}

static void
repeat(struct pset *S, const struct pset *A, int min, int max)
{
	static struct pset T;   /* no recursion between here and its use */

	if (min == 0) {
		T = *S;
		pset_cat(&T, A);
		if (max != 1)
			pset_close(&T);
		pset_union(S, &T);
		return;
	}
	pset_cat(S, A);
	if (min != 1 || max != 1)
		pset_close(S);
}

static int
seq(const char **pp, struct pset *S)
{
	struct pset A;
	int min, max;

	while (**pp && **pp != '|' && **pp != ')') {
		if (!atom(pp, &A) || !quant(pp, &min, &max))
			return 0;
		repeat(S, &A, min, max);
	}
	return 1;
}

/* Keeps the prefixes sorted by first byte, with where each first byte's
   run begins and ends, so a string is compared with a few of them. */
static void
keep_prefixes(struct rxfilter *f, const struct pset *S)
{
	int i, j, k, order[RXF_MAX];
	unsigned char c;

	for (i = 0; i < S->n; i++) {
		for (j = i; j > 0 && (unsigned char)S->s[order[j - 1]][0] > (unsigned char)S->s[i][0]; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	f->high = (unsigned char)S->n;
	for (i = S->n - 1; i >= 0; i--) {
		k = order[i];
		memcpy(f->pre[i], S->s[k], S->len[k]);
		f->plen[i] = S->len[k];
		c = (unsigned char)S->s[k][0];
		f->from[c] = (unsigned char)i;
		if (!f->to[c])
			f->to[c] = (unsigned char)(i + 1);
		if (c >= 0x80)
			f->high = (unsigned char)i;
	}
	f->npre = S->n;
}

/* Prefixes of a pattern whose every branch begins with ^. */
static void
read_prefixes(struct rxfilter *f, const char *p)
{
	static struct pset S, B;
	int i;

	S.n = 0;
	for (;;) {
		if (*p++ != '^')
			return;
		pset_one(&B, "", 0, 1);
		if (!seq(&p, &B))
			return;
		pset_union(&S, &B);
		if (*p != '|')
			break;
		p++;
	}
	if (*p)
		return;
	f->starts = 1;
	for (i = 0; i < S.n; i++)
		if (S.len[i] == 0)
			return;
	keep_prefixes(f, &S);
}

/* The rarest ASCII byte of a run in French text, -1 if none: ASCII
   bytes from the most frequent, the others being rarer still. */
static int
rare_byte(const char *run, size_t n)
{
	static const char common[] = " esaitnrulodcpmvqfbghjxyzwk";
	const char *p;
	int best = -1;
	long rank, best_rank = -1;
	size_t i;

	for (i = 0; i < n; i++) {
		if ((unsigned char)run[i] >= 0x80)
			continue;
		p = strchr(common, run[i]);
		rank = p && run[i] ? p - common : (long)sizeof common;
		if (rank > best_rank) {
			best = (int)i;
			best_rank = rank;
		}
	}
	return best;
}

/* Keeps a run of plain characters, the longest when there are many. */
static void
keep_literal(struct rxfilter *f, const char *run, size_t n)
{
	int i, k = f->nlit;

	if (n == 0)
		return;
	if (k == RXF_NLIT)
		for (k = 0, i = 1; i < RXF_NLIT; i++)
			if (f->litlen[i] < f->litlen[k])
				k = i;
	if (k < f->nlit && f->litlen[k] >= n)
		return;
	memcpy(f->lit[k], run, n);
	f->litlen[k] = (unsigned char)n;
	f->anchor[k] = rare_byte(run, n);
	if (k == f->nlit)
		f->nlit++;
}

/* The runs of plain characters, each once, in a pattern of one branch:
   every match holds them all. */
static void
read_literals(struct rxfilter *f, const char *p)
{
	struct pset A;
	char run[RXF_LEN], c;
	size_t n = 0;
	int min, max, plain, full = 0;

	for (;;) {
		if ((c = *p) == '|' || c == ')' || (c && (!atom(&p, &A) || !quant(&p, &min, &max)))) {
			f->nlit = 0;    /* more than one branch, or syntax not read */
			return;
		}
		plain = c && c != '(' && c != '[' && A.len[0] > 0 && min == 1 && max == 1;
		if (plain && !full && n + A.len[0] <= RXF_LEN) {
			memcpy(run + n, A.s[0], A.len[0]);
			n += A.len[0];
			continue;
		}
		full = plain;   /* a run too long to keep whole: keep its start */
		if (!plain || !*p) {
			keep_literal(f, run, n);
			n = 0;
		}
		if (!c)
			return;
	}
}

void
rxf_read(struct rxfilter *f, const char *pattern)
{
	const char *p;

	memset(f, 0, sizeof *f);
	for (p = pattern; *p; p++) {
		if (*p == '^')
			f->anchored = 1;
		if (*p == '\\' && p[1]) {
			p++;
			f->anchored |= strchr("`'bB<>", *p) != NULL;
			f->backref |= *p >= '1' && *p <= '9';
		}
	}
	read_prefixes(f, pattern);
	if (!f->npre)
		read_literals(f, pattern);
	rxf_read_bytes(f, pattern);
}

/* Does s begin with p?  With fold, s is the text whose lower case the
   pattern reads: ASCII is compared case-blind, and any non-ASCII byte
   of p stands for any non-ASCII byte of s (lowering keeps byte lengths
   and never makes ASCII of non-ASCII), so the test may pass wrongly but
   never fails wrongly. */
static int
starts(const char *s, const char *p, size_t n, int fold)
{
	size_t i;
	unsigned char a, b;

	if (!fold)
		return memcmp(s, p, n) == 0;
	for (i = 0; i < n; i++) {
		a = (unsigned char)s[i];
		b = (unsigned char)p[i];
		if (b >= 0x80 ? a < 0x80 : (a >= 'A' && a <= 'Z' ? a + 32 : a) != b)
			return 0;
	}
	return 1;
}

/* Does s hold lit, compared as starts() does with fold?  Candidates are
   where lit's byte at `anchor`, an ASCII one chosen rare, is found. */
static int
holds_folded(const char *s, size_t n, const char *lit, size_t len, int anchor)
{
	unsigned char a, c;
	size_t i, j;

	if (anchor < 0)
		return 1;       /* no ASCII byte to look for */
	j = (size_t)anchor;
	a = (unsigned char)lit[j];
	for (i = j; i + len - j <= n; i++) {
		c = (unsigned char)s[i];
		if ((a >= 'a' && a <= 'z' ? (c | 0x20) : c) == a && starts(s + i - j, lit, len, 1))
			return 1;
	}
	return 0;
}

int
rxf_may_match(const struct rxfilter *f, const char *s, size_t n, int fold)
{
	unsigned char c;
	int i, to;

	if (f->npre) {
		if (n == 0)
			return 0;
		c = (unsigned char)s[0];
		if (fold && c >= 'A' && c <= 'Z')
			c += 32;
		i = f->from[c];
		to = f->to[c];
		if (fold && c >= 0x80) {
			i = f->high;
			to = f->npre;
		}
		for (; i < to; i++)
			if (f->plen[i] <= n && starts(s, f->pre[i], f->plen[i], fold))
				break;
		if (i >= to)
			return 0;
	}
	for (i = 0; i < f->nlit; i++)
		if (fold ? !holds_folded(s, n, f->lit[i], f->litlen[i], f->anchor[i])
		    : !memmem(s, n, f->lit[i], f->litlen[i]))
			return 0;
	return 1;
}
