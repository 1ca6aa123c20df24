/* Output: records are appended to a buffer that is written out only at
   record boundaries, so a reader never sees half a record from us. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <stdlib.h>

#include "mc.h"

#define OUT_FLUSH (64 * 1024)

static int out_fd = 1;
static const char *out_name = "stdout";
static mc_buf out;

void
out_open(const char *path)
{
	if (!path || strcmp(path, "-") == 0) {
		pipe_widen(out_fd);
		return;
	}
	out_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (out_fd < 0)
		mc_die("%s: %s", path, strerror(errno));
	out_name = path;
}

static void
out_flush(void)
{
	size_t done = 0;
	ssize_t n;

	while (done < out.len) {
		n = write(out_fd, out.s + done, out.len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			/* SIGPIPE is at its default, so EPIPE means the signal
			   was blocked: still a reader that left, still quiet. */
			if (errno == EPIPE)
				exit(mc_status);
			mc_die("%s: write error: %s", out_name, strerror(errno));
		}
		done += (size_t)n;
	}
	buf_clear(&out);
}

void
out_write(const char *s, size_t n)
{
	buf_add(&out, s, n);
	if (out.len >= OUT_FLUSH)
		out_flush();
}

mc_buf *
out_buf(void)
{
	return &out;
}

void
out_end(void)
{
	if (out.len >= OUT_FLUSH)
		out_flush();
}

void
out_json(json_t *rec)
{
	jw_value(&out, rec);
	buf_addc(&out, '\n');
	out_end();
}

void
out_close(void)
{
	out_flush();
	buf_free(&out);
	if (out_fd != 1 && close(out_fd) != 0)
		mc_die("%s: %s", out_name, strerror(errno));
}
