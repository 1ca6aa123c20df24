/* The base of the mc tools: errors and counts, memory, growable strings,
   UTF-8.  It uses libc and utf8proc only, and
   every other part of lib/ may use it. */
#ifndef MC_BASE_H
#define MC_BASE_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MC_VERSION "0.1.0"

/* Exit statuses shared by every tool. */
enum { MC_OK = 0, MC_PARTIAL = 1, MC_USAGE = 2 };

/* ---- util.c: errors, memory, growable strings ---- */
extern const char *mc_prog;     /* set by mc_init() */
extern int mc_status;           /* worst status so far */

void mc_init(char *argv[]);
void pipe_widen(int fd);            /* a pipe holds 1 MiB, if allowed */
void mc_warn(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void mc_error(const char *file, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void mc_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void mc_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* splitmix64's finaliser: a hash's every bit depends on every input bit,
   which FNV alone does not give its high bits. */
static inline uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	return x ^ x >> 31;
}

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* The bytes of n strings together: an article's paragraphs. */
size_t strs_len(char *const *v, size_t n);

typedef struct {
	char *s;
	size_t len, cap;
} mc_buf;

void buf_add(mc_buf *b, const char *s, size_t n);
/* Room for more bytes (and the NUL) at s + len, for writing in place. */
void buf_need(mc_buf *b, size_t more);
void buf_adds(mc_buf *b, const char *s);
void buf_addc(mc_buf *b, char c);
void buf_clear(mc_buf *b);
void buf_free(mc_buf *b);
char *buf_cstr(mc_buf *b);      /* NUL-terminated view, never NULL */

/* ---- utf8.c ---- */
/* Repair a record: invalid sequences and NUL become U+FFFD, CRLF becomes LF,
   a backtick between letters becomes ’, a leading BOM goes, the result is
   NFC.  Returns a malloc'd string and sets *bad to the number of repaired
   sequences. */
char *utf8_clean(const char *s, size_t n, size_t *outlen, int *bad);
int utf8_valid(const char *s, size_t n);
/* Decode one code point at s (len n); returns bytes used (>= 1). */
int utf8_next(const char *s, size_t n, int32_t *cp);
/* Decode the code point that ends s (n > 0); returns where it starts. */
size_t utf8_prev(const char *s, size_t n, int32_t *cp);
size_t utf8_cplen(const char *s, size_t n);  /* code points in s */
/* Case- and accent-folded copy of s into buf; returns its length. */
size_t utf8_fold(const char *s, size_t n, mc_buf *out);
/* One code point's part of utf8_fold, appended to out. */
void utf8_fold_char(int32_t cp, mc_buf *out);
size_t utf8_lower(const char *s, size_t n, mc_buf *out);
int utf8_is_upper_start(const char *s, size_t n);
int utf8_is_alpha(int32_t cp);
int utf8_is_upper(int32_t cp);
int utf8_is_lower(int32_t cp);

/* Records in and out, errors and warnings of the run (--stats). */
struct mc_stats { uint64_t in, out, errors, warnings; };
extern struct mc_stats mc_count;

#endif
