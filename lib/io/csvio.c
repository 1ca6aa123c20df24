/* CSV through libcsv.  libcsv reports byte offsets, so we feed it one
   line at a time and count lines ourselves. */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

char csv_sep = ',';
int csv_bom, csv_crlf, csv_formulas;

struct reader {
	char **fields;
	size_t n, cap;
	long line, rec_line;
	const char *fname;
	csv_record_fn fn;
	void *ctx;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	const char *f = s ? s : "";
	mc_buf b = {0};
	size_t i;

	if (r->n == 0)
		r->rec_line = r->line;
	/* a NUL would cut the field short: U+FFFD, as for bad UTF-8 */
	if (s && memchr(s, '\0', len)) {
		for (i = 0; i < len; i++)
			if (f[i])
				buf_addc(&b, f[i]);
			else
				buf_adds(&b, "\xEF\xBF\xBD");
		mc_warn(r->fname, r->line, "NUL byte replaced by U+FFFD");
		f = b.s;
		len = b.len;
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->fields = xrealloc(r->fields, r->cap * sizeof *r->fields);
	}
	r->fields[r->n++] = xstrndup(f, s ? len : 0);
	buf_free(&b);
}

static void
on_record(int c, void *data)
{
	struct reader *r = data;
	size_t i;

	(void)c;
	r->fn(r->fields, r->n, r->rec_line, r->ctx);
	for (i = 0; i < r->n; i++)
		free(r->fields[i]);
	r->n = 0;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;       /* keep spaces: libcsv would trim unquoted fields */
}

int
csv_read(mc_in *in, csv_record_fn fn, void *ctx)
{
	struct csv_parser p;
	struct reader r = {0};
	char *line, *withnl = NULL;
	size_t len, cap = 0;
	int ok = 1;

	r.fn = fn;
	r.fname = in_name(in);
	r.ctx = ctx;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		mc_die("out of memory");
	csv_set_space_func(&p, no_space);
	csv_set_delim(&p, (unsigned char)csv_sep);
	while ((line = in_line(in, &len)) != NULL) {
		r.line = in_lineno(in);
		if (len + 2 > cap)
			withnl = xrealloc(withnl, cap = len + 2);
		memcpy(withnl, line, len);
		withnl[len] = '\n';
		if (csv_parse(&p, withnl, len + 1, on_field, on_record, &r) != len + 1) {
			mc_error(in_name(in), r.line, "CSV: %s", csv_strerror(csv_error(&p)));
			ok = 0;
			break;
		}
	}
	if (ok && csv_fini(&p, on_field, on_record, &r) != 0) {
		mc_error(in_name(in), r.rec_line ? r.rec_line : r.line,
		    "CSV: unclosed quote at end of input");
		ok = 0;
	}
	for (size_t i = 0; i < r.n; i++)
		free(r.fields[i]);
	free(r.fields);
	free(withnl);
	csv_free(&p);
	return ok && !in_error(in);
}

void
csv_begin(void)
{
	if (csv_bom)
		out_write("\xEF\xBB\xBF", 3);
}

static int
needs_quote(const char *s)
{
	if (*s == ' ' || (*s && s[strlen(s) - 1] == ' '))
		return 1;
	for (; *s; s++)
		if (*s == csv_sep || *s == '"' || *s == '\n' || *s == '\r')
			return 1;
	return 0;
}

/* A plain decimal number ("-3", "0.75"): a spreadsheet reads it as that
   number, never as a formula, so it keeps its sign. */
static int
is_number(const char *s)
{
	if (*s == '-')
		s++;
	if (!(*s >= '0' && *s <= '9'))
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.') {
		s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

/* Text from a web page that a spreadsheet would run as a formula
   ("=cmd|...", "+", "-", "@", a tab or CR first: OWASP's CSV injection).
   The quote in front makes it text to Excel and LibreOffice alike. */
static int
is_formula(const char *s)
{
	return !csv_formulas && *s && strchr("=+-@\t\r", *s) && !is_number(s);
}

static void
csv_cell(mc_buf *b, const char *f)
{
	size_t len, need;
	char *tmp, *cell = NULL;

	if (is_formula(f)) {
		len = strlen(f);
		cell = xmalloc(len + 2);
		cell[0] = '\'';
		memcpy(cell + 1, f, len + 1);
		f = cell;
	}
	if (!needs_quote(f)) {
		buf_adds(b, f);
	} else {
		len = strlen(f);
		need = csv_write(NULL, 0, f, len);
		tmp = xmalloc(need);
		csv_write(tmp, need, f, len);
		buf_add(b, tmp, need);
		free(tmp);
	}
	free(cell);
}

void
csv_row(mc_buf *b, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(b, csv_sep);
		csv_cell(b, fields[i] ? fields[i] : "");
	}
	buf_adds(b, csv_crlf ? "\r\n" : "\n");
}

/* An array's strings, or one key of its objects' (NULL: the strings
   themselves), joined with "; " for one CSV cell; malloc'd. */
char *
csv_joined(json_t *arr, const char *key)
{
	mc_buf b = {0};
	json_t *v;
	size_t i;

	json_array_foreach(arr, i, v) {
		json_t *f = key ? json_object_get(v, key) : v;
		if (i)
			buf_adds(&b, "; ");
		if (json_is_string(f))
			buf_adds(&b, json_string_value(f));
	}
	return buf_cstr(&b);
}

/* The header row of a CSV output, after csv_begin()'s byte order mark. */
void
csv_header(const char *const *names, size_t n)
{
	mc_buf b = {0};

	csv_begin();
	csv_row(&b, names, n);
	out_write(b.s, b.len);
	buf_free(&b);
}
