/* Stopwords (data/stopwords.tsv): the words that say nothing of what a
   sentence is about, left out of the digest's bags of words and of the
   SimHash of evidence texts. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

static struct sm_u64set stop;           /* hashes of folded forms */
static int loaded;

static int
add_stop(char **f, int nf, const char *path, long line, void *ctx)
{
	mc_buf b = {0};

	(void)nf;
	(void)ctx;
	if (strcmp(f[1], "STOP") != 0) {
		mc_error(path, line, "expected the type STOP, got '%s'", f[1]);
		return 0;
	}
	utf8_fold(f[0], strlen(f[0]), &b);
	sm_u64set_add(&stop, tok_hash_str(buf_cstr(&b), b.len));
	buf_free(&b);
	return 1;
}

int
sm_stop_load(void)
{
	char *path;
	int ok;

	if (loaded)
		return 1;
	path = data_path("stopwords.tsv");
	ok = tsv_each(path, add_stop, NULL);
	free(path);
	loaded = 1;
	return ok;
}

void
sm_stop_free(void)
{
	sm_u64set_free(&stop);
	loaded = 0;
}

int
sm_is_stop(uint64_t h)
{
	size_t k;

	h = h ? h : 1;
	if (!stop.cap)
		return 0;
	for (k = h & (stop.cap - 1); stop.v[k]; k = (k + 1) & (stop.cap - 1))
		if (stop.v[k] == h)
			return 1;
	return 0;
}

int
sm_is_content(const struct toklist *tl, size_t i)
{
	const struct token *t = &tl->t[i];

	return t->kind == T_WORD && !t->elided && t->c1 - t->c0 >= 2 && !sm_is_stop(t->hash);
}
