/* Input: a file or stdin, gzip or not (zlib detects the magic bytes and
   reads concatenated members), read as lines or raw bytes. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <zlib.h>

#include "io/io.h"

#define CHUNK (128 * 1024)

struct mc_in {
	gzFile gz;
	const char *name;
	char *chunk;
	size_t pos, end;
	mc_buf line;
	long lineno;
	int eof, err;
	uint64_t bytes;
};

mc_in *
in_open(const char *path)
{
	struct stat st;
	int fd;
	mc_in *in;

	if (strcmp(path, "-") == 0) {
		fd = dup(0);
	} else {
		fd = open(path, O_RDONLY);
	}
	if (fd < 0) {
		mc_error(path, 0, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		mc_error(path, 0, "is a directory");
		close(fd);
		return NULL;
	}
	pipe_widen(fd);
	in = xcalloc(1, sizeof *in);
	in->name = strcmp(path, "-") == 0 ? "stdin" : path;
	in->gz = gzdopen(fd, "rb");
	if (!in->gz)
		mc_die("%s: cannot set up decompression", in->name);
	gzbuffer(in->gz, CHUNK);
	in->chunk = xmalloc(CHUNK);
	return in;
}

static int
fill(mc_in *in)
{
	int n, zerr;
	const char *msg;

	if (in->eof)
		return 0;
	n = gzread(in->gz, in->chunk, CHUNK);
	if (n > 0) {
		in->pos = 0;
		in->end = (size_t)n;
		/* a byte order mark is never content, whatever the format */
		if (in->bytes == 0 && n >= 3 && memcmp(in->chunk, "\xEF\xBB\xBF", 3) == 0) {
			in->pos = 3;
			if (n == 3) {
				in->bytes += 3;
				return fill(in);
			}
		}
		in->bytes += (uint64_t)n;
		return 1;
	}
	in->eof = 1;
	msg = gzerror(in->gz, &zerr);
	if (n < 0 || (zerr != Z_OK && zerr != Z_STREAM_END)) {
		in->err = 1;
		if (zerr == Z_ERRNO)
			msg = strerror(errno);
		else if (msg[0] == '<' && strstr(msg, ">: "))
			msg = strstr(msg, ">: ") + 3;    /* zlib's "<fd:3>: " */
		mc_error(in->name, in->lineno + 1, "read error: %s", msg);
	}
	return 0;
}

char *
in_line(mc_in *in, size_t *len)
{
	char *nl;
	int got = 0;

	buf_clear(&in->line);
	for (;;) {
		if (in->pos == in->end && !fill(in))
			break;
		got = 1;
		nl = memchr(in->chunk + in->pos, '\n', in->end - in->pos);
		if (nl) {
			buf_add(&in->line, in->chunk + in->pos, (size_t)(nl - (in->chunk + in->pos)));
			in->pos = (size_t)(nl - in->chunk) + 1;
			goto done;
		}
		buf_add(&in->line, in->chunk + in->pos, in->end - in->pos);
		in->pos = in->end;
	}
	if (!got || in->line.len == 0)
		return NULL;
done:
	in->lineno++;
	if (in->line.len && in->line.s[in->line.len - 1] == '\r')
		in->line.s[--in->line.len] = '\0';
	*len = in->line.len;
	return buf_cstr(&in->line);
}

long
in_read(mc_in *in, char *dst, size_t n)
{
	size_t k;

	if (in->pos == in->end && !fill(in))
		return in->err ? -1 : 0;
	k = in->end - in->pos;
	if (k > n)
		k = n;
	memcpy(dst, in->chunk + in->pos, k);
	in->pos += k;
	return (long)k;
}

int
in_peek(mc_in *in)
{
	if (in->pos < in->end || (fill(in) && in->pos < in->end))
		return (unsigned char)in->chunk[in->pos];
	return -1;
}

const char *
in_peek_bytes(mc_in *in, size_t *n)
{
	if (in->pos == in->end)
		fill(in);
	*n = in->end - in->pos;
	return in->chunk + in->pos;
}

long in_lineno(const mc_in *in) { return in->lineno; }
const char *in_name(const mc_in *in) { return in->name; }
int in_error(const mc_in *in) { return in->err; }
uint64_t in_bytes(const mc_in *in) { return in->bytes; }

void
in_close(mc_in *in)
{
	if (!in)
		return;
	gzclose(in->gz);
	free(in->chunk);
	buf_free(&in->line);
	free(in);
}
