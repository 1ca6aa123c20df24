/* Input and output of the mc tools: files, stdin and gzip read by lines,
   whole records written to stdout or -o FILE, CSV, JSON read and written,
   and the options every tool shares.  It uses lib/base. */
#ifndef MC_IO_H
#define MC_IO_H

#include <jansson.h>

#include "base/base.h"

/* ---- input.c: files, stdin and gzip, read by lines ---- */
typedef struct mc_in mc_in;

mc_in *in_open(const char *path);           /* "-" is stdin; NULL + message on error */
/* Next line without its '\n' (and '\r'); NULL at end or error. */
char *in_line(mc_in *in, size_t *len);
/* Raw bytes, for parsers that do their own framing; 0 at end, -1 on error. */
long in_read(mc_in *in, char *dst, size_t n);
long in_lineno(const mc_in *in);            /* number of the line last returned */
const char *in_name(const mc_in *in);       /* "-" shows as "stdin" */
int in_error(const mc_in *in);              /* a read or gzip error was reported */
int in_peek(mc_in *in);                     /* first byte of the stream, -1 if empty */
/* The bytes read ahead (the stream's first ones, when nothing was read
   yet: up to 128 KB), without consuming them. */
const char *in_peek_bytes(mc_in *in, size_t *n);
uint64_t in_bytes(const mc_in *in);         /* bytes consumed (decompressed) */
void in_close(mc_in *in);

/* ---- output.c: whole records to stdout or -o FILE ---- */
void out_open(const char *path);            /* NULL or "-" is stdout */
void out_write(const char *s, size_t n);    /* one whole record, with its '\n' */
void out_json(json_t *rec);                 /* a JSON value and '\n' */
/* For a writer that appends its record itself: the output buffer, then
   out_end() once the record and its '\n' are in. */
mc_buf *out_buf(void);
void out_end(void);
void out_close(void);                       /* flush, close, die on error */

/* ---- csvio.c ---- */
typedef struct mc_csv mc_csv;
/* Read CSV records; the callback gets fields of one record. */
typedef void (*csv_record_fn)(char **fields, size_t nfields, long line, void *ctx);
int csv_read(mc_in *in, csv_record_fn fn, void *ctx);
/* Write one CSV row of n fields (RFC 4180, quoted only where needed); a
   text cell a spreadsheet would take for a formula gets a ' in front
   unless csv_formulas is set (--csv-formulas). */
void csv_row(mc_buf *b, const char *const *fields, size_t n);
extern char csv_sep;                        /* ',' or ';' */
void csv_begin(void);                       /* writes the BOM when asked */
extern int csv_bom, csv_crlf;    /* BOM first; CRLF line ends */
extern int csv_formulas;         /* cells as written, formulas and all */

/* ---- json helpers (json.c) ---- */
json_t *json_read_line(const char *s, size_t n, char *err, size_t errsz);
const char *jstr(json_t *obj, const char *key);   /* string value or NULL */
long jint(json_t *obj, const char *key, long dflt);

/* ---- jread.c: records read without jansson (looked up in json.c) ---- */
enum jr_type { JR_NULL, JR_FALSE, JR_TRUE, JR_INT, JR_REAL, JR_STR, JR_ARR, JR_OBJ };

struct jr {                     /* a value */
	enum jr_type type;
	size_t n;                   /* STR: bytes; ARR: items; OBJ: members */
	union {
		const char *s;          /* STR: NUL-terminated, may hold NULs */
		long long i;
		double d;
		struct jr *kid;         /* ARR: items; OBJ: key, value, key, value... */
		size_t at;              /* (while reading: where the children are) */
	} u;
};

struct jr_doc {                 /* one record; reused for the next */
	struct jr *root;            /* an object */
	struct jr *v, *stk;         /* the values; those being read */
	size_t n, cap, nstk, cstk;
	mc_buf text;                /* the record, its strings decoded in it */
	json_t *json;               /* else what the strings point into */
};

/* An object record; 0 when the reader is not sure of it. */
int jr_parse(struct jr_doc *d, const char *s, size_t n);
/* The same for a value jansson holds (its strings are shared). */
void jr_from_json(struct jr_doc *d, json_t *v);
/* jr_parse(), else jansson, which says what is wrong (0, err set). */
int jr_read_line(struct jr_doc *d, const char *s, size_t n, char *err, size_t errsz);
void jr_free(struct jr_doc *d);
const struct jr *jr_get(const struct jr *obj, const char *key);  /* NULL if none */
const char *jr_str(const struct jr *obj, const char *key);      /* string value or NULL */
long jr_int(const struct jr *obj, const char *key, long dflt);
size_t jr_len(const struct jr *arr);                             /* items; 0 if no array */

/* ---- jsonw.c: JSON appended to a buffer as jansson writes it compact ---- */
void jw_strn(mc_buf *b, const char *s, size_t n);  /* quoted and escaped */
void jw_str(mc_buf *b, const char *s);             /* NULL is null */
void jw_key(mc_buf *b, const char *k);             /* "k": */
void jw_int(mc_buf *b, long long v);
void jw_real(mc_buf *b, double v);
void jw_bool(mc_buf *b, int v);
void jw_value(mc_buf *b, json_t *v);               /* any value, recursively */
void jw_jr(mc_buf *b, const struct jr *v);

/* Of eight bytes at s, those a JSON string holds escaped (below 0x20,
   '"', '\\'): their high bits set in the result, 0 if none (the bit
   tricks of "Bit Twiddling Hacks"). */
static inline uint64_t
json_special8(const char *s)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x, q, bs;

	memcpy(&x, s, 8);
	q = x ^ (ones * '"');
	bs = x ^ (ones * '\\');
	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & (ones * 0x80);
}

/* ---- opts.c: options every tool shares ---- */
enum mc_format { FMT_JSONL, FMT_CSV, FMT_TEXT, FMT_MD, FMT_HTML, FMT_GEOJSON };
struct mc_common {
	const char *output;
	enum mc_format format;
	int progress, stats;
	const char *data_dir;
	const char **lexicons;
	size_t nlexicons;
};
extern struct mc_common mc_opt;
/* Handles a common option; returns 1 if it did. */
int common_option(int c, const char *arg, const char *usage, int formats);
#define COMMON_SHORT "ho:V"
#define COMMON_LONG \
	{"help", no_argument, 0, 'h'}, \
	{"version", no_argument, 0, 'V'}, \
	{"output", required_argument, 0, 'o'}, \
	{"format", required_argument, 0, 1001}, \
	{"progress", no_argument, 0, 1002}, \
	{"stats", no_argument, 0, 1003}, \
	{"csv-bom", no_argument, 0, 1004}, \
	{"csv-sep", required_argument, 0, 1005}, \
	{"data-dir", required_argument, 0, 1006}, \
	{"lexicon", required_argument, 0, 1007}, \
	{"csv-crlf", no_argument, 0, 1008}, \
	{"csv-formulas", no_argument, 0, 1009}
/* formats accepted by a tool, as a bit set of 1 << FMT_* */
#define FMTS(x) (x)

/* A JSON array as one CSV cell: its strings, or a key of its objects',
   joined with "; "; malloc'd. */
char *csv_joined(json_t *arr, const char *key);
void csv_header(const char *const *names, size_t n);

/* ---- datadir.c ---- */
/* Path of a data file: --data-dir, $MC_DATA_DIR, then next to the program. */
char *data_path(const char *name);
/* fn on every *.tsv of a data directory, in name order. */
int data_dir_each(const char *dir, int (*fn)(const char *path, void *ctx), void *ctx);

/* ---- progress.c ---- */
void progress_tick(uint64_t docs, uint64_t bytes);
void progress_done(void);
void stats_print(const char *what_out);
/* Documents counted by language (an ISO 639-1 code, "und" when unknown). */
struct lang_count { char code[16]; uint64_t n; };
struct lang_tally { struct lang_count *v; size_t n; uint64_t total; };
void lang_tally(struct lang_tally *t, const char *code);
void lang_tally_text(struct lang_tally *t, mc_buf *b);
void lang_tally_end(struct lang_tally *all, struct lang_tally *passed);

#endif
