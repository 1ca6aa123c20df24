/* Lexicons: plain TAB-separated files a linguist edits, loaded once into a
   hash of token n-grams, so a sentence is matched in one pass (longest
   entry at each token) rather than pattern by pattern. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "text/lex.h"

static const struct { const char *name; unsigned bit; } flagnames[] = {
	{"f", LF_F}, {"pl", LF_PL}, {"cap", LF_CAP}, {"en", LF_EN}, {"amb", LF_AMB},
	{"region", LF_REGION}, {"weak", LF_WEAK}, {"exact", LF_EXACT}, {"ctx", LF_CTX},
	{"host", LF_HOST}, {"guest", LF_GUEST}, {"multi", LF_MULTI}, {"head", LF_HEAD},
	{"end", LF_END}, {"icase", LF_ICASE}, {"line", LF_LINE}, {"purpose", LF_PURPOSE},
	{"future", LF_FUTURE}, {"accents", LF_ACCENTS}, {"stead", LF_STEAD}, {"list", LF_LIST},
	{"intl", LF_INTL}, {"tail", LF_TAIL}, {"bio", LF_BIO},
	{NULL, 0}
};

#define SEED 0x9E3779B97F4A7C15ULL
#define PREFIX_ONLY (-2)

static uint64_t
comb(uint64_t h, uint64_t th)
{
	h ^= th + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdULL;
}

static void
grow(struct lexicon *lx)
{
	uint64_t *okeys = lx->keys;
	int *oslot = lx->slot;
	size_t on = lx->nslots, i, k;

	lx->nslots = on ? on * 2 : 1024;
	lx->keys = xcalloc(lx->nslots, sizeof *lx->keys);
	lx->slot = xmalloc(lx->nslots * sizeof *lx->slot);
	for (i = 0; i < lx->nslots; i++)
		lx->slot[i] = -1;
	for (i = 0; i < on; i++) {
		if (oslot[i] == -1)
			continue;
		for (k = okeys[i] & (lx->nslots - 1); lx->slot[k] != -1; k = (k + 1) & (lx->nslots - 1))
			;
		lx->keys[k] = okeys[i];
		lx->slot[k] = oslot[i];
	}
	free(okeys);
	free(oslot);
}

static size_t
find(const struct lexicon *lx, uint64_t key)
{
	size_t k;

	for (k = key & (lx->nslots - 1); lx->slot[k] != -1; k = (k + 1) & (lx->nslots - 1))
		if (lx->keys[k] == key)
			return k;
	return k;
}

static void
put(struct lexicon *lx, uint64_t key, int entry)
{
	size_t k;

	if ((lx->used + 1) * 2 > lx->nslots)
		grow(lx);
	k = find(lx, key);
	if (lx->slot[k] == -1) {
		lx->keys[k] = key;
		lx->slot[k] = entry;
		lx->used++;
	} else if (entry >= 0) {
		if (lx->slot[k] == PREFIX_ONLY) {
			lx->slot[k] = entry;
		} else {
			/* append to the chain, keeping file order */
			int j = lx->slot[k];
			while (lx->e[j].next >= 0)
				j = lx->e[j].next;
			lx->e[j].next = entry;
		}
	}
}

/* Set the bit that lex_bit tests. */
void
lex_bit_set(uint64_t *bits, uint64_t th)
{
	th ^= th >> 29;
	bits[(th >> 6) & 1023] |= 1ULL << (th & 63);
}

void
lex_first_bits(const struct lexicon *lx, int (*keep)(const struct lex_entry *), uint64_t *bits)
{
	size_t i;

	memset(bits, 0, 1024 * sizeof *bits);
	for (i = 0; i < lx->n; i++)
		if (keep(&lx->e[i]))
			lex_bit_set(bits, lx->e[i].first);
}

static int
parse_flags(char *s, unsigned *out)
{
	char *tok, *save;
	int i;

	*out = 0;
	for (tok = strtok_r(s, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		while (*tok == ' ')
			tok++;
		for (i = 0; flagnames[i].name; i++)
			if (strcmp(tok, flagnames[i].name) == 0)
				break;
		if (!flagnames[i].name)
			return 0;
		*out |= flagnames[i].bit;
	}
	return 1;
}

static int
valid_type(const char *t)
{
	if (!*t)
		return 0;
	for (; *t; t++)
		if (!((*t >= 'A' && *t <= 'Z') || *t == '_'))
			return 0;
	return 1;
}

int
lex_add(struct lexicon *lx, char **f, int nf, const char *path, long line)
{
	struct toklist tl = {0};
	struct lex_entry *e;
	uint64_t h = SEED, *hs;
	unsigned flags = 0;
	size_t i;

	if (nf == 4 && *f[3] && !parse_flags(f[3], &flags)) {
		mc_error(path, line, "unknown flag in '%s'", f[3]);
		return 0;
	}
	tokenize(&tl, f[0], strlen(f[0]));
	if (tl.n == 0) {
		toklist_free(&tl);
		mc_error(path, line, "empty form");
		return 0;
	}
	hs = xmalloc(tl.n * sizeof *hs);
	if (lx->stemmed && !(flags & LF_EXACT))
		tok_stem(&tl, hs);
	else
		for (i = 0; i < tl.n; i++)
			hs[i] = tl.t[i].hash;
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? lx->cap * 2 : 256;
		lx->e = xrealloc(lx->e, lx->cap * sizeof *lx->e);
	}
	e = &lx->e[lx->n];
	e->form = xstrdup(f[0]);
	e->type = xstrdup(f[1]);
	e->tcode = lex_type_code(f[1]);
	e->value = xstrdup(f[2]);
	e->flags = flags;
	e->upper = (unsigned char)utf8_is_upper_start(f[0], strlen(f[0]));
	e->ntok = (int)tl.n;
	e->next = -1;
	e->first = hs[0];
	lex_bit_set(lx->first, hs[0]);
	for (i = 0; i < tl.n; i++) {
		h = comb(h, hs[i]);
		put(lx, h, i + 1 == tl.n ? (int)lx->n : PREFIX_ONLY);
	}
	lx->n++;
	if ((int)tl.n > lx->maxtok)
		lx->maxtok = (int)tl.n;
	free(hs);
	toklist_free(&tl);
	return 1;
}

int
tsv_each(const char *path, tsv_fn fn, void *ctx)
{
	mc_in *in;
	char *line, *f[5], *p;
	size_t len;
	int nf, ok = 1;

	if (!(in = in_open(path)))
		return 0;
	while ((line = in_line(in, &len)) != NULL) {
		if (len == 0 || line[0] == '#')
			continue;
		if (!utf8_valid(line, len)) {
			mc_error(in_name(in), in_lineno(in), "invalid UTF-8");
			ok = 0;
			continue;
		}
		for (nf = 0, p = line; nf < 5; nf++) {
			f[nf] = p;
			if (!(p = strchr(p, '\t'))) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if (nf < 3 || nf > 4 || p) {
			mc_error(in_name(in), in_lineno(in),
			    "expected form<TAB>TYPE<TAB>value[<TAB>flags], got %d fields", p ? 5 : nf);
			ok = 0;
			continue;
		}
		if (!*f[0] || !valid_type(f[1])) {
			mc_error(in_name(in), in_lineno(in), "bad line: empty form or TYPE '%s' not A-Z", f[1]);
			ok = 0;
			continue;
		}
		if (!fn(f, nf, in_name(in), in_lineno(in), ctx))
			ok = 0;
	}
	if (in_error(in))
		ok = 0;
	in_close(in);
	return ok;
}

struct load_ctx {
	struct lexicon *lx;
	int (*keep)(const char *type);
};

static int
load_one(char **f, int nf, const char *path, long line, void *ctx)
{
	struct load_ctx *c = ctx;

	if (c->keep && !c->keep(f[1]))
		return 1;
	return lex_add(c->lx, f, nf, path, line);
}

int
lex_load(struct lexicon *lx, const char *path, int (*keep)(const char *type))
{
	struct load_ctx c = {lx, keep};

	return tsv_each(path, load_one, &c);
}

unsigned
lex_flags(const char *s, const char *path, long line, int *ok)
{
	char *tmp = xstrdup(s);
	unsigned fl = 0;

	if (*tmp && !parse_flags(tmp, &fl)) {
		mc_error(path, line, "unknown flag in '%s'", s);
		*ok = 0;
	}
	free(tmp);
	return fl;
}

void
lex_free(struct lexicon *lx)
{
	size_t i;

	for (i = 0; i < lx->n; i++) {
		free(lx->e[i].form);
		free(lx->e[i].type);
		free(lx->e[i].value);
	}
	free(lx->e);
	free(lx->keys);
	free(lx->slot);
	memset(lx, 0, sizeof *lx);
}

/* A small number per TYPE name, the same for every lexicon. */
int
lex_type_code(const char *type)
{
	static char **names;
	static int n;
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], type) == 0)
			return i;
	names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
	names[n] = xstrdup(type);
	return n++;
}

int
lex_type_is(const struct lex_entry *e, const char *type)
{
	return strcmp(e->type, type) == 0;
}

/* One probe: does an entry begin with a token of this hash? */
int
lex_starts(const struct lexicon *lx, uint64_t hash)
{
	return lex_may_begin(lx, hash) && lx->slot[find(lx, comb(SEED, hash))] != -1;
}

int
lex_search(const struct lexicon *lx, const struct toklist *tl, const uint64_t *hashes,
    size_t i, int (*ok)(const struct lex_entry *, void *), void *ctx, int *ntok)
{
	uint64_t h = SEED;
	size_t j, k;
	int best = -1, e;

	for (j = i; j < tl->n && (int)(j - i) < lx->maxtok; j++) {
		h = comb(h, hashes ? hashes[j] : tl->t[j].hash);
		k = find(lx, h);
		if (lx->slot[k] == -1)
			break;
		for (e = lx->slot[k]; e >= 0; e = lx->e[e].next) {
			if (lx->e[e].ntok != (int)(j - i + 1))
				continue;
			if (!ok || ok(&lx->e[e], ctx)) {
				best = e;
				*ntok = (int)(j - i + 1);
				break;
			}
		}
	}
	return best;
}
