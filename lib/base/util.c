/* Errors, memory and growable strings. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "base/base.h"

const char *mc_prog = "mc";
int mc_status = MC_OK;
struct mc_stats mc_count;

void
mc_init(char *argv[])
{
	char *slash = strrchr(argv[0], '/');

	/* getopt names the program by argv[0]: the short name, as we do */
	if (slash)
		argv[0] = slash + 1;
	mc_prog = argv[0];
	/* Parents such as cron may leave SIGPIPE ignored; a filter whose
	   reader went away should end quietly, as cat does. */
	signal(SIGPIPE, SIG_DFL);
	/* Numbers are printed the C way whatever the user's locale. */
	setlocale(LC_NUMERIC, "C");
	/* POSIX regex classes must see UTF-8 letters as letters. */
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "");
}

static void
vreport(const char *kind, const char *file, long line, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", mc_prog);
	if (file && line > 0)
		fprintf(stderr, "%s:%ld: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	if (kind)
		fprintf(stderr, "%s: ", kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
mc_warn(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("warning", file, line, fmt, ap);
	va_end(ap);
	mc_count.warnings++;
}

void
mc_error(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, file, line, fmt, ap);
	va_end(ap);
	if (mc_status < MC_PARTIAL)
		mc_status = MC_PARTIAL;
}

void
mc_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, NULL, 0, fmt, ap);
	va_end(ap);
	exit(MC_PARTIAL);
}

void
mc_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(NULL, NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", mc_prog);
	exit(MC_USAGE);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		mc_die("out of memory");
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		mc_die("out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		mc_die("out of memory");
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

size_t
strs_len(char *const *v, size_t n)
{
	size_t i, len = 0;

	for (i = 0; i < n; i++)
		len += strlen(v[i]);
	return len;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

static void
buf_grow(mc_buf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	while (b->len + more + 1 > b->cap)
		b->cap = b->cap ? b->cap * 2 : 256;
	b->s = xrealloc(b->s, b->cap);
}

void
buf_need(mc_buf *b, size_t more)
{
	buf_grow(b, more);
}

void
buf_add(mc_buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(mc_buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(mc_buf *b, char c)
{
	buf_grow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void
buf_clear(mc_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

void
buf_free(mc_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
buf_cstr(mc_buf *b)
{
	buf_grow(b, 0);
	b->s[b->len] = '\0';
	return b->s;
}

/* A pipe between two stages holds 64 KiB by default: the writer stops as
   soon as the reader, waiting for a whole input chunk, falls behind, and
   the stages take turns instead of running at once.  1 MiB lets them
   overlap; where the system refuses, nothing changes. */
void
pipe_widen(int fd)
{
	struct stat st;

	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
}
