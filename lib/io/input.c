/* Input: a file or stdin, gzip or not, read as lines or raw bytes.
   gzip is inflated here rather than by gzread(): a corrupt member then
   costs that member only (the reader skips to the next member, as in a
   .warc.gz of one member a record), and what came before it is kept. */
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
	int fd;
	const char *name;
	char *chunk;                /* what the input says, decompressed */
	size_t pos, end;
	mc_buf line;
	long lineno;
	int eof, err;
	uint64_t bytes;
	/* gzip */
	int gzip, in_member, raw_eof;
	z_stream z;
	unsigned char *raw;         /* bytes read from the file, not yet inflated */
	uint64_t raw_offset;        /* of the byte at z.next_in */
};

static const unsigned char gz_magic[3] = {0x1f, 0x8b, 0x08};

/* Up to n bytes of the file into buf: their count, 0 at the end, -1
   after reporting an error. */
static ssize_t
read_file(mc_in *in, void *buf, size_t n)
{
	ssize_t got;

	do
		got = read(in->fd, buf, n);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		in->err = 1;
		mc_error(in->name, in->lineno + 1, "read error: %s", strerror(errno));
	}
	return got;
}

/* More of the file into raw, after what is left of it; 0 at the end. */
static int
read_raw(mc_in *in)
{
	size_t left = in->z.avail_in;
	ssize_t n;

	if (in->raw_eof)
		return 0;
	memmove(in->raw, in->z.next_in ? in->z.next_in : in->raw, left);
	n = read_file(in, in->raw + left, CHUNK - left);
	if (n <= 0) {
		in->raw_eof = 1;
		in->z.next_in = in->raw;
		return 0;
	}
	in->z.next_in = in->raw;
	in->z.avail_in = (uInt)(left + (size_t)n);
	return 1;
}

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
	in->fd = fd;
	in->name = strcmp(path, "-") == 0 ? "stdin" : path;
	in->chunk = xmalloc(CHUNK);
	in->raw = xmalloc(CHUNK);
	/* gzip or not, told by the first bytes */
	while (in->z.avail_in < 3 && read_raw(in))
		;
	in->gzip = in->z.avail_in >= 2 && !memcmp(in->raw, gz_magic, 2);
	if (in->gzip && inflateInit2(&in->z, 16 + MAX_WBITS) != Z_OK)
		mc_die("%s: cannot set up decompression", in->name);
	in->in_member = in->gzip;
	return in;
}

/* After a corrupt member or bytes that are no gzip: on to the next
   member's header, reporting what was skipped.  0 when there is none. */
static int
next_member(mc_in *in, const char *why)
{
	uint64_t from = in->raw_offset;
	unsigned char *m;

	in->err = 1;
	for (;;) {
		m = in->z.avail_in >= 3 ? memmem(in->z.next_in + 1, in->z.avail_in - 1, gz_magic, 3) : NULL;
		if (m) {
			in->raw_offset += (uint64_t)(m - in->z.next_in);
			in->z.avail_in -= (uInt)(m - in->z.next_in);
			in->z.next_in = m;
			mc_error(in->name, in->lineno + 1, "%s at byte %llu of the gzip data; "
			    "skipped to the next gzip member, at byte %llu", why,
			    (unsigned long long)from, (unsigned long long)in->raw_offset);
			inflateReset(&in->z);
			in->in_member = 1;
			return 1;
		}
		/* keep the last 2 bytes: a magic may straddle two reads */
		if (in->z.avail_in > 2) {
			in->raw_offset += in->z.avail_in - 2;
			in->z.next_in += in->z.avail_in - 2;
			in->z.avail_in = 2;
		}
		if (!read_raw(in))
			break;
	}
	mc_error(in->name, in->lineno + 1, "%s at byte %llu of the gzip data; "
	    "no gzip member after it", why, (unsigned long long)from);
	in->z.avail_in = 0;
	in->in_member = 0;
	return 0;
}

/* Inflate into chunk until some text comes out or the file ends. */
static size_t
inflate_some(mc_in *in)
{
	size_t out = 0;
	uInt before;
	int ret;

	while (out == 0) {
		if (in->z.avail_in == 0 && !read_raw(in)) {
			if (in->in_member) {
				in->err = 1;
				mc_error(in->name, in->lineno + 1, "read error: unexpected end of file");
			}
			return 0;
		}
		if (!in->in_member) {
			/* between members: another one, or bytes that are none */
			if (in->z.avail_in < 3 && !in->raw_eof && read_raw(in))
				continue;
			if (in->z.avail_in >= 2 && !memcmp(in->z.next_in, gz_magic, 2)) {
				inflateReset(&in->z);
				in->in_member = 1;
			} else if (!next_member(in, "bytes that are no gzip member")) {
				return 0;
			}
			continue;
		}
		in->z.next_out = (unsigned char *)in->chunk;
		in->z.avail_out = CHUNK;
		before = in->z.avail_in;
		ret = inflate(&in->z, Z_NO_FLUSH);
		in->raw_offset += before - in->z.avail_in;
		out = CHUNK - in->z.avail_out;
		if (ret == Z_STREAM_END) {
			in->in_member = 0;
		} else if (ret == Z_DATA_ERROR) {
			const char *msg = in->z.msg ? in->z.msg : "corrupt data";
			char why[160];

			snprintf(why, sizeof why, "read error: %s", msg);
			/* the corrupt member's last line is cut: end it, so
			   that the next member's first line stays whole */
			if (out && in->chunk[out - 1] != '\n' && out < CHUNK)
				in->chunk[out++] = '\n';
			if (!next_member(in, why) && out == 0)
				return 0;
		} else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			mc_die("%s: decompression failed (%d)", in->name, ret);
		}
	}
	return out;
}

static int
fill(mc_in *in)
{
	ssize_t n;

	if (in->eof)
		return 0;
	if (in->gzip) {
		n = (ssize_t)inflate_some(in);
	} else if (in->z.avail_in) {
		/* the bytes read to tell the format */
		n = (ssize_t)in->z.avail_in;
		memcpy(in->chunk, in->z.next_in, (size_t)n);
		in->z.avail_in = 0;
	} else {
		n = read_file(in, in->chunk, CHUNK);
	}
	if (n <= 0) {
		in->eof = 1;
		return 0;
	}
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
	if (in->gzip)
		inflateEnd(&in->z);
	close(in->fd);
	free(in->chunk);
	free(in->raw);
	buf_free(&in->line);
	free(in);
}
