/* The rules of data/split.tsv and how a line is searched with them.
   regexec in a UTF-8 locale is the slowest thing mc-split does, so
   each rule has a literal test read from its pattern (rxfilter.c) that
   turns most lines away first, and no search is done twice in vain. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "split/rules.h"

static struct rule *rules;
static size_t nrules;
/* the rules of each kind, in their order: rules[by_kind[k][i]] */
static size_t *by_kind[R_NKIND], nkind[R_NKIND];

/* "icase" patterns are matched against a lowercased line rather than
   with REG_ICASE, which case-folds the whole line for every pattern. */
static int
rule_compile(struct rule *r, const char *pattern, const char *path, long line)
{
	char msg[200], *wrapped;
	int err;

	if ((err = regcomp(&r->re, pattern, REG_EXTENDED)) != 0) {
		regerror(err, &r->re, msg, sizeof msg);
		mc_error(path, line, "bad pattern: %s", msg);
		return 0;
	}
	rxf_read(&r->f, pattern);
	/* a pattern that can match at a string's start only (^) may match
	   there after failing further left: that start is tested alone; a
	   BOILER reads a line's start only, and needs no such copy */
	if (r->f.anchored && !r->f.backref && r->kind != R_BOILER) {
		wrapped = xmalloc(strlen(pattern) + 4);
		sprintf(wrapped, "^(%s)", pattern);
		r->has_at0 = regcomp(&r->at0, wrapped, REG_EXTENDED | REG_NOSUB) == 0;
		free(wrapped);
	}
	return 1;
}

static int
rule_line(char **f, int nf, const char *path, long line, void *ctx)
{
	static const char *kinds[R_NKIND] = {"BOILER", "TRAILER", "DATEMARK", "DATELINE", "PUBDATE", "CAPTION"};
	struct rule r = {0};
	int i, ok = 1;
	unsigned fl;

	(void)ctx;
	if (strcmp(f[1], "ABBR") == 0) {
		sent_add_abbrev(f[0]);
		return 1;
	}
	if (strcmp(f[1], "NOEND") == 0) {
		cutshort_add_word(f[0]);
		return 1;
	}
	for (i = 0; i < R_NKIND && strcmp(f[1], kinds[i]); i++)
		;
	if (i == R_NKIND) {
		mc_error(path, line, "unknown TYPE '%s'", f[1]);
		return 0;
	}
	r.kind = (enum rule_kind)i;
	fl = nf == 4 ? lex_flags(f[3], path, line, &ok) : 0;
	if (!ok)
		return 0;
	r.end = (fl & LF_END) != 0;
	r.list = (fl & LF_LIST) != 0;
	r.bio = (fl & LF_BIO) != 0;
	r.icase = (fl & LF_ICASE) != 0;
	r.line = (fl & LF_LINE) != 0;
	r.tail = (fl & LF_TAIL) != 0;
	if (!rule_compile(&r, f[0], path, line))
		return 0;
	r.why = xstrdup(f[2]);
	r.group = atoi(f[2]);
	rules = xrealloc(rules, (nrules + 1) * sizeof *rules);
	by_kind[r.kind] = xrealloc(by_kind[r.kind], (nkind[r.kind] + 1) * sizeof *by_kind[r.kind]);
	by_kind[r.kind][nkind[r.kind]++] = nrules;
	rules[nrules++] = r;
	return 1;
}

int
rules_load(const char *path)
{
	return tsv_each(path, rule_line, NULL);
}

/* The buffers of the last line searched, for the next: one line at a
   time needs them, but for a line cut in two, searched within. */
static mc_buf spare_low;
static size_t *spare_failed;

void
rl_begin(struct rule_line *l, const char *s, size_t n)
{
	memset(l, 0, sizeof *l);
	l->s = s;
	l->n = n;
	l->low = spare_low;
	l->low.len = 0;
	l->failed = spare_failed;
	l->have_failed = 0;
	memset(&spare_low, 0, sizeof spare_low);
	spare_failed = NULL;
}

void
rl_end(struct rule_line *l)
{
	if (!spare_low.s && !spare_failed) {
		spare_low = l->low;
		spare_failed = l->failed;
		return;
	}
	buf_free(&l->low);
	free(l->failed);
}

/* The line in lower case up to at least byte `upto`, from offset at.
   Lowering keeps byte lengths, so it is done a piece at a time, each
   ending on a character boundary. */
static const char *
lower_from(struct rule_line *l, size_t at, size_t upto)
{
	if (upto > l->nlow) {
		while (upto < l->n && ((unsigned char)l->s[upto] & 0xC0) == 0x80)
			upto++;
		utf8_lower(l->s + l->nlow, upto - l->nlow, &l->low);
		l->nlow = upto;
	}
	return buf_cstr(&l->low) + at;
}

static int
search(regex_t *re, const char *s, size_t n, regmatch_t *m, size_t nm)
{
	regmatch_t whole[1];
	char *copy;
	int found;

	if (n > INT_MAX) {
		/* past what regoff_t holds: the way it was, on a copy */
		copy = xstrndup(s, n);
		found = regexec(re, copy, nm, m, 0) == 0;
		free(copy);
		return found;
	}
	if (nm == 0) {
		m = whole;
		nm = 1;
	}
	/* REG_STARTEND: the line needs no copy to end it with a NUL */
	m[0].rm_so = 0;
	m[0].rm_eo = (regoff_t)n;
	return regexec(re, s, nm, m, REG_STARTEND) == 0;
}

static void
remember_failed(struct rule_line *l, const struct rule *r, size_t at)
{
	size_t i;

	if (!l->have_failed) {
		if (!l->failed)
			l->failed = xmalloc(nrules * sizeof *l->failed);
		for (i = 0; i < nrules; i++)
			l->failed[i] = SIZE_MAX;
		l->have_failed = 1;
	}
	if (l->failed[r - rules] > at)
		l->failed[r - rules] = at;
}

/* What rule r reads from offset at: the line, or its lower case as far
   as at + len. */
static const char *
text(struct rule_line *l, const struct rule *r, size_t at, size_t len)
{
	return r->icase ? lower_from(l, at, at + len) : l->s + at;
}

/* Runs re, r's pattern or its ^(...) copy, on the line from at, only as
   far as a match at the start may reach when that is all re can match. */
static int
run(struct rule_line *l, struct rule *r, regex_t *re, size_t at, size_t n, regmatch_t *m,
    size_t nm)
{
	const char *s = text(l, r, at, n);

	if (re == &r->at0 || r->f.starts)
		n = rxf_span(&r->f, s, n);
	return search(re, s, n, m, nm);
}

static int
rule_at(struct rule_line *l, struct rule *r, size_t at, size_t n, regmatch_t *m, size_t nm)
{
	/* a BOILER reads the line's start only, not all the way to its end */
	int memo = r->kind != R_BOILER && (r->has_at0 || !r->f.anchored);

	if (memo && l->have_failed && l->failed[r - rules] <= at) {
		/* a search from further left failed: none from here can
		   succeed, but at this start, where ^ now holds */
		if (!r->has_at0 || (r->f.npre && !rxf_may_match(&r->f, l->s + at, n, r->icase))
		    || !run(l, r, &r->at0, at, n, NULL, 0))
			return 0;
		return run(l, r, &r->re, at, n, m, nm);
	}
	if (rxf_may_match(&r->f, l->s + at, n, r->icase) && run(l, r, &r->re, at, n, m, nm))
		return 1;
	if (memo)
		remember_failed(l, r, at);
	return 0;
}

#define LINE_RULE_MAX 100  /* bytes: "Rabat, le mercredi 12 septembre 2023" */
#define TAIL_RULE_MAX 60   /* bytes: "... moment. (Belga)", with room */

/* A rule for the end of a line is tried on its last bytes only: a
   trailer at the end of a long paragraph costs no search of all of it.
   The match's offsets are made the line's from at again. */
static int
rule_at_tail(struct rule_line *l, struct rule *r, size_t at, size_t n, regmatch_t *m, size_t nm)
{
	size_t from = at + n - TAIL_RULE_MAX, j;

	if (n <= TAIL_RULE_MAX)
		return rule_at(l, r, at, n, m, nm);
	while (from > at && ((unsigned char)l->s[from] & 0xC0) == 0x80)
		from--;
	if (!rule_at(l, r, from, at + n - from, m, nm))
		return 0;
	for (j = 0; j < nm; j++)
		if (m[j].rm_so >= 0) {
			m[j].rm_so += (regoff_t)(from - at);
			m[j].rm_eo += (regoff_t)(from - at);
		}
	return 1;
}

struct rule *
rule_find_tail(struct rule_line *l, enum rule_kind k, size_t at, regmatch_t *m, size_t nm)
{
	size_t i, n = l->n - at;

	for (i = 0; i < nkind[k]; i++) {
		struct rule *r = &rules[by_kind[k][i]];
		if (r->tail && rule_at_tail(l, r, at, n, m, nm))
			return r;
	}
	return NULL;
}

struct rule *
rule_find(struct rule_line *l, enum rule_kind k, size_t at, regmatch_t *m, size_t nm)
{
	size_t i, n = l->n - at;

	if (k == R_BOILER && n > BOILER_SCAN) {
		/* furniture is told by how a line begins */
		n = BOILER_SCAN;
		while (n > 0 && ((unsigned char)l->s[at + n] & 0xC0) == 0x80)
			n--;
	}
	for (i = 0; i < nkind[k]; i++) {
		struct rule *r = &rules[by_kind[k][i]];
		/* a rule for a line of its own is not tried on a paragraph */
		if (r->line && n > LINE_RULE_MAX)
			continue;
		if (r->tail ? rule_at_tail(l, r, at, n, m, nm) : rule_at(l, r, at, n, m, nm))
			return r;
	}
	return NULL;
}
