/* Fuzz target: bytes in a file (a memfd), read by in_open/in_line as the
   tools read their input: gzip or not, lines of any length, truncated or
   corrupt streams.  Then read again raw with in_read; input that is not
   gzip must come back byte for byte, less a leading byte order mark.

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
	fuzz_start("mc_fuzz_gzip");
	return 0;
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char path[64], buf[1000], *line;
	int fd = fuzz_file(data, size, path, sizeof path), first, gz;
	size_t len, total = 0, bom;
	long n, lines = 0;
	mc_in *in;

	if (fd < 0)
		return 0;
	gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
	bom = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (!(in = in_open(path)))
		abort();        /* a readable regular file always opens */
	first = in_peek(in);
	if (!gz && first != (size > bom ? data[bom] : -1))
		abort();
	while ((line = in_line(in, &len)) != NULL) {
		if (line[len] != '\0' || memchr(line, '\n', len) || in_lineno(in) != ++lines)
			abort();
		total += len;
	}
	if (!gz && (in_error(in) || total > size || in_bytes(in) != size))
		abort();
	in_close(in);

	if (!(in = in_open(path)))
		abort();
	total = 0;
	while ((n = in_read(in, buf, sizeof buf)) > 0) {
		if (!gz && (bom + total + (size_t)n > size
		    || memcmp(buf, data + bom + total, (size_t)n) != 0))
			abort();
		total += (size_t)n;
	}
	if (!gz && (n < 0 || bom + total != size))
		abort();
	in_close(in);
	close(fd);
	return 0;
}
