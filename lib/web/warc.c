/* WARC 1.0 and 1.1 (ISO 28500): records read one at a time from an
   input, plain or gzip'd (one member a record, as wget and Common Crawl
   write them: zlib reads the members one after the other).  A record
   whose length is wrong is reported, and reading goes on at the next
   line that starts a record. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "web/web.h"

enum { HEADER_MAX = 1 << 20, READ_CHUNK = 1 << 16 };

struct warc_reader {
	mc_in *in;
	char *buf;
	size_t pos, len, cap;
	int eof;
	long ordinal, errors, line;
	struct warc_record cur;
};

warc_reader *
warc_open(mc_in *in)
{
	warc_reader *w = xcalloc(1, sizeof *w);

	w->in = in;
	w->line = 1;
	return w;
}

/* At least want bytes from pos in the buffer, unless the input ends. */
static int
more(warc_reader *w, size_t want)
{
	long n;

	while (w->len - w->pos < want && !w->eof) {
		if (w->pos && w->pos >= w->len / 2) {
			memmove(w->buf, w->buf + w->pos, w->len - w->pos);
			w->len -= w->pos;
			w->pos = 0;
		}
		if (w->cap - w->len < READ_CHUNK) {
			w->cap = w->cap * 2 + READ_CHUNK;
			w->buf = xrealloc(w->buf, w->cap);
		}
		n = in_read(w->in, w->buf + w->len, w->cap - w->len);
		if (n <= 0)
			w->eof = 1;
		else
			w->len += (size_t)n;
	}
	return w->len - w->pos >= want;
}

static void
advance(warc_reader *w, size_t n)
{
	const char *p = w->buf + w->pos, *end = p + n;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		w->line++;
		p++;
	}
	w->pos += n;
}

/* Moves to the next line that starts "WARC/1." after `from` bytes;
   0 when there is none. */
static int
resync(warc_reader *w, size_t from)
{
	size_t at = from;
	char *p;

	for (;;) {
		more(w, at + READ_CHUNK);
		p = w->len - w->pos > at ? memmem(w->buf + w->pos + at, w->len - w->pos - at, "\nWARC/1.", 8) : NULL;
		if (p) {
			advance(w, (size_t)(p + 1 - (w->buf + w->pos)));
			return 1;
		}
		if (w->eof) {
			advance(w, w->len - w->pos);
			return 0;
		}
		at = w->len - w->pos > 8 ? w->len - w->pos - 8 : 0;
	}
}

static void
record_clear(struct warc_record *r)
{
	free(r->type);
	free(r->uri);
	free(r->date);
	free(r->id);
	free(r->ctype);
	memset(r, 0, sizeof *r);
}

/* A header's value trimmed; bytes that are no UTF-8 (a target URI
   written in Latin-1) repaired as text is, so that the field is kept. */
static char *
trimmed(const char *s, size_t n)
{
	size_t len;
	int bad;

	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	/* WARC 1.0's own examples write the target URI in <> */
	if (n >= 2 && *s == '<' && s[n - 1] == '>')
		s++, n -= 2;
	return utf8_clean(s, n, &len, &bad);
}

/* The value of a field of a WARC or HTTP header (the first, if twice),
   trimmed, or NULL; malloc'd. */
static char *
header_field(const char *h, size_t n, const char *name)
{
	const char *line, *nl, *end = h + n;
	size_t k = strlen(name);

	for (line = h; line < end; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(end - line));
		if (!nl)
			nl = end;
		if ((size_t)(nl - line) > k && !strncasecmp(line, name, k) && line[k] == ':')
			return trimmed(line + k + 1, (size_t)(nl - line - k - 1));
	}
	return NULL;
}

/* The header's fields into r; the Content-Length, or -1. */
static long long
read_fields(struct warc_record *r, const char *h, size_t n)
{
	long long clen = -1;
	char *v, *e;

	r->type = header_field(h, n, "WARC-Type");
	r->uri = header_field(h, n, "WARC-Target-URI");
	r->date = header_field(h, n, "WARC-Date");
	r->id = header_field(h, n, "WARC-Record-ID");
	r->ctype = header_field(h, n, "Content-Type");
	if ((v = header_field(h, n, "Content-Length"))) {
		clen = strtoll(v, &e, 10);
		if (e == v || *e || clen < 0)
			clen = -1;
		free(v);
	}
	return clen;
}

static void
broken(warc_reader *w, long line, const char *what)
{
	mc_error(in_name(w->in), line, "WARC record %ld: %s; skipped to the next record", w->ordinal, what);
	w->errors++;
}

/* Where the header ends (the blank line after it), from pos; 0 if not
   found within HEADER_MAX bytes. */
static size_t
header_end(warc_reader *w, size_t *body)
{
	size_t look = 4096;
	char *p;

	for (;;) {
		more(w, look);
		p = memmem(w->buf + w->pos, w->len - w->pos, "\r\n\r\n", 4);
		if (p) {
			*body = (size_t)(p - (w->buf + w->pos)) + 4;
			return *body - 4;
		}
		p = memmem(w->buf + w->pos, w->len - w->pos, "\n\n", 2);
		if (p) {
			*body = (size_t)(p - (w->buf + w->pos)) + 2;
			return *body - 2;
		}
		if (w->eof || look >= HEADER_MAX)
			return 0;
		look *= 2;
	}
}

int
warc_next(warc_reader *w, struct warc_record *r)
{
	size_t hlen, body;
	long long clen;
	long line;
	const char *tail;

	record_clear(&w->cur);
	for (;;) {
		/* blank lines between records are allowed */
		while (more(w, 1) && (w->buf[w->pos] == '\r' || w->buf[w->pos] == '\n'))
			advance(w, 1);
		if (!more(w, 1))
			return 0;
		w->ordinal++;
		line = w->line;
		if (!more(w, 8) || !web_is_warc(w->buf + w->pos, 8)) {
			broken(w, line, "does not start with WARC/1.0 or WARC/1.1");
			if (!resync(w, 0))
				return 0;
			continue;
		}
		if (!(hlen = header_end(w, &body))) {
			broken(w, line, "header does not end");
			if (!resync(w, 1))
				return 0;
			continue;
		}
		clen = read_fields(&w->cur, w->buf + w->pos, hlen);
		if (clen < 0) {
			broken(w, line, "no Content-Length");
			record_clear(&w->cur);
			if (!resync(w, 1))
				return 0;
			continue;
		}
		if ((unsigned long long)clen > (unsigned long long)SIZE_MAX / 2
		    || !more(w, body + (size_t)clen + 4)) {
			/* the input ends inside the record, or the length is
			   wrong: the next record, if any, says which */
			if (!more(w, body + (size_t)clen)) {
				broken(w, line, "the input ends before its Content-Length");
				record_clear(&w->cur);
				if (!resync(w, 1))
					return 0;
				continue;
			}
		}
		tail = w->buf + w->pos + body + clen;
		if ((size_t)(w->len - w->pos) >= body + (size_t)clen + 4 ? memcmp(tail, "\r\n\r\n", 4)
		    : (size_t)(w->len - w->pos) != body + (size_t)clen) {
			broken(w, line, "its Content-Length does not end where the record does");
			record_clear(&w->cur);
			if (!resync(w, 1))
				return 0;
			continue;
		}
		*r = w->cur;
		r->body = w->buf + w->pos + body;
		r->nbody = (size_t)clen;
		r->ordinal = w->ordinal;
		r->line = line;
		/* the record stays in the buffer until the next call */
		w->cur.body = NULL;
		advance(w, body + (size_t)clen + ((size_t)(w->len - w->pos) >= body + (size_t)clen + 4 ? 4 : 0));
		return 1;
	}
}

long
warc_errors(const warc_reader *w)
{
	return w->errors;
}

void
warc_close(warc_reader *w)
{
	if (!w)
		return;
	record_clear(&w->cur);
	free(w->buf);
	free(w);
}

/* ---- the HTTP response a record holds ---- */

/* Transfer-Encoding: chunked, undone. */
static int
unchunk(const char *s, size_t n, mc_buf *out)
{
	const char *end = s + n;
	char *e;
	unsigned long long size;

	while (s < end) {
		size = strtoull(s, &e, 16);
		if (e == s || e >= end)
			return 0;
		s = memchr(e, '\n', (size_t)(end - e));
		if (!s++ || size > (unsigned long long)(end - s))
			return 0;
		if (size == 0)
			return 1;
		buf_add(out, s, (size_t)size);
		s += size;
		while (s < end && (*s == '\r' || *s == '\n'))
			s++;
	}
	return 1;
}

/* Content-Encoding: gzip or deflate, undone. */
static int
inflate_all(const char *s, size_t n, mc_buf *out)
{
	z_stream z = {0};
	char chunk[READ_CHUNK];
	int rc;

	if (inflateInit2(&z, 15 + 32) != Z_OK)
		return 0;
	z.next_in = (Bytef *)s;
	z.avail_in = (uInt)n;
	do {
		z.next_out = (Bytef *)chunk;
		z.avail_out = sizeof chunk;
		rc = inflate(&z, Z_NO_FLUSH);
		buf_add(out, chunk, sizeof chunk - z.avail_out);
	} while (rc == Z_OK && (z.avail_in || z.avail_out == 0));
	inflateEnd(&z);
	return rc == Z_STREAM_END || rc == Z_OK;
}

static char *
charset_of(const char *ctype)
{
	const char *p = ctype ? strcasestr(ctype, "charset=") : NULL;
	size_t n;

	if (!p)
		return NULL;
	p += 8;
	if (*p == '"' || *p == '\'')
		p++;
	for (n = 0; p[n] && !strchr("\"'; \t", p[n]); n++)
		;
	return n ? xstrndup(p, n) : NULL;
}

/* The HTTP message of a response record as an HTML page into out. */
static int
http_html(const char *s, const char *end, mc_buf *out, char **charset)
{
	const char *hend, *payload;
	char *ctype, *te, *ce;
	mc_buf tmp = {0};
	int status, ok = 1;

	if (end - s < 12 || strncmp(s, "HTTP/", 5) || !(hend = memmem(s, (size_t)(end - s), "\r\n\r\n", 4)))
		return 0;
	payload = hend + 4;
	status = atoi(strchr(s, ' ') ? strchr(s, ' ') + 1 : "0");
	ctype = header_field(s, (size_t)(hend - s), "Content-Type");
	if (status < 200 || status > 299 || (ctype && !strcasestr(ctype, "html"))
	    || (!ctype && !web_is_html(payload, (size_t)(end - payload)))) {
		free(ctype);
		return 0;
	}
	*charset = charset_of(ctype);
	free(ctype);
	te = header_field(s, (size_t)(hend - s), "Transfer-Encoding");
	ce = header_field(s, (size_t)(hend - s), "Content-Encoding");
	if (te && strcasestr(te, "chunked"))
		ok = unchunk(payload, (size_t)(end - payload), &tmp);
	else
		buf_add(&tmp, payload, (size_t)(end - payload));
	if (ok && ce && (strcasestr(ce, "gzip") || strcasestr(ce, "deflate")))
		ok = inflate_all(tmp.s ? tmp.s : "", tmp.len, out);
	else if (ok)
		buf_add(out, tmp.s ? tmp.s : "", tmp.len);
	buf_free(&tmp);
	free(te);
	free(ce);
	if (!ok) {
		free(*charset);
		*charset = NULL;
	}
	return ok;
}

int
warc_http_html(const struct warc_record *r, mc_buf *out, char **charset)
{
	char *msg;
	int ok;

	*charset = NULL;
	if (!r->type || strcmp(r->type, "response") || !r->ctype || strncasecmp(r->ctype, "application/http", 16))
		return 0;
	/* a copy that ends in NUL: the record's bytes in the buffer do not,
	   and the status and chunk sizes are read as numbers */
	msg = xstrndup(r->body, r->nbody);
	ok = http_html(msg, msg + r->nbody, out, charset);
	free(msg);
	return ok;
}
