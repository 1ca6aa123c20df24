/* Fuzz target: bytes as a CSV file (a memfd) through csv_read, as
   mc-split --csv reads it.  Each record read is written back with
   csv_row, after a header line, and read again: the same fields must
   come out.

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "io/io.h"
#include "fuzz_util.h"

#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_csv");
	return 0;
}

struct fc_state {
	long last_line, records;
	mc_buf out;             /* the records written back */
	char **want;            /* fields expected on the second reading */
	size_t nwant, next;
	int differ;
};

/* Fields with a CR (the line reader takes "\r\n" as a line end) or a
   single empty field (an empty line, which CSV readers skip) do not come
   back as they were; the others must. */
static int
fc_round_trips(char **f, size_t n)
{
	size_t i;

	if (n == 1 && !f[0][0])
		return 0;
	for (i = 0; i < n; i++)
		if (strchr(f[i], '\r'))
			return 0;
	return 1;
}

static void
fc_first(char **f, size_t n, long line, void *vctx)
{
	struct fc_state *c = vctx;
	size_t i;

	if (n == 0 || line < c->last_line || line < 1)
		abort();
	c->last_line = line;
	c->records++;
	for (i = 0; i < n; i++)
		if (!f[i])
			abort();
	if (!fc_round_trips(f, n))
		return;
	csv_row(&c->out, (const char *const *)f, n);
	c->want = xrealloc(c->want, (c->nwant + n + 1) * sizeof *c->want);
	for (i = 0; i < n; i++)
		c->want[c->nwant++] = xstrdup(f[i]);
	c->want[c->nwant++] = NULL;     /* end of record */
}

static void
fc_second(char **f, size_t n, long line, void *vctx)
{
	struct fc_state *c = vctx;
	size_t i;

	if (line == 1)
		return;         /* our header, first so that no field read stands where a
				   byte order mark would be skipped */
	for (i = 0; i < n; i++, c->next++)
		if (c->next >= c->nwant || !c->want[c->next] || strcmp(c->want[c->next], f[i]))
			c->differ = 1;
	if (c->next >= c->nwant || c->want[c->next])
		c->differ = 1;
	c->next++;
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	struct fc_state c = {0};
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof path), fd2, saved_formulas;
	size_t i;
	mc_in *in;

	if (fd < 0)
		return 0;
	if (!(in = in_open(path)))
		abort();
	buf_adds(&c.out, "h\n");
	/* cells a spreadsheet would run as formulas are written with a '
	   before them on purpose (tests/csv.test checks that); here the
	   writer must give back what the reader read */
	saved_formulas = csv_formulas;
	csv_formulas = 1;
	csv_read(in, fc_first, &c);
	in_close(in);
	close(fd);
	if (c.nwant) {
		if ((fd2 = fuzz_file(c.out.s, c.out.len, path, sizeof path)) < 0)
			abort();
		if (!(in = in_open(path)))
			abort();
		if (!csv_read(in, fc_second, &c) || c.differ || c.next != c.nwant)
			abort();
		in_close(in);
		close(fd2);
	}
	csv_formulas = saved_formulas;
	for (i = 0; i < c.nwant; i++)
		free(c.want[i]);
	free(c.want);
	buf_free(&c.out);
	return 0;
}
