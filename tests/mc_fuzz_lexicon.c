/* Fuzz target: bytes as a lexicon file (a memfd), as --lexicon FILE or a
   .tsv dropped in data/lexicon/ would be read: tsv_each and lex_flags on
   every line, lex_load into a plain and a stemmed lexicon, then every
   entry looked up again in its own form and the file's text matched
   token by token.

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "text/lex.h"
#include "fuzz_util.h"

#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_lexicon");
	return 0;
}

static int
fl_line(char **f, int nf, const char *path, long line, void *ctx)
{
	int ok = 1, i;

	(void)ctx;
	if (nf < 3 || nf > 4 || line < 1)
		abort();
	for (i = 0; i < nf; i++)
		if (!f[i] || strchr(f[i], '\t'))
			abort();
	if (nf == 4)
		lex_flags(f[3], path, line, &ok);
	return ok;
}

static int
fl_any(const struct lex_entry *e, void *ctx)
{
	(void)ctx;
	return e->form != NULL;
}

/* Each entry must be found again from its own words (a longer entry
   sharing its start may win), and any text matches without harm. */
static void
fl_check(struct lexicon *lx, const char *text, size_t n)
{
	struct toklist tl = {0};
	uint64_t *h;
	size_t i;
	int e, k;

	for (i = 0; i < lx->n; i++) {
		tokenize(&tl, lx->e[i].form, strlen(lx->e[i].form));
		h = xmalloc((tl.n + 1) * sizeof *h);
		if (lx->stemmed && !(lx->e[i].flags & LF_EXACT))
			tok_stem(&tl, h);
		else
			for (k = 0; k < (int)tl.n; k++)
				h[k] = tl.t[k].hash;
		if ((int)tl.n != lx->e[i].ntok || lex_match(lx, &tl, h, 0, fl_any, NULL, &k) < 0)
			abort();
		free(h);
	}
	tokenize(&tl, text, n);
	h = xmalloc((tl.n + 1) * sizeof *h);
	tok_stem(&tl, h);
	for (i = 0; i < tl.n; i++) {
		if ((e = lex_match(lx, &tl, NULL, i, NULL, NULL, &k)) >= 0
		    && (k < 1 || i + (size_t)k > tl.n || e >= (int)lx->n))
			abort();
		if ((e = lex_match(lx, &tl, h, i, fl_any, NULL, &k)) >= 0
		    && (k < 1 || i + (size_t)k > tl.n || e >= (int)lx->n))
			abort();
	}
	free(h);
	toklist_free(&tl);
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct lexicon plain = {0}, stemmed = {0};
	char path[64], *text;
	int fd = fuzz_file(data, size, path, sizeof path);

	if (fd < 0)
		return 0;
	tsv_each(path, fl_line, NULL);
	lex_load(&plain, path, NULL);
	stemmed.stemmed = 1;
	lex_load(&stemmed, path, NULL);
	close(fd);
	text = xstrndup((const char *)data, size);
	fl_check(&plain, text, strlen(text));
	fl_check(&stemmed, text, strlen(text));
	free(text);
	lex_free(&plain);
	lex_free(&stemmed);
	return 0;
}
