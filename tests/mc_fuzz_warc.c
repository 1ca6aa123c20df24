/* Fuzz target: bytes in a file (a memfd) read as a WARC archive, as
   mc-split reads one: in_open (plain or gzip), warc_next record after
   record through wrong lengths and broken headers, each HTML response's
   payload out of its HTTP message (chunked, gzip'd) by warc_http_html,
   then web_read_html on it in the charset the response gave.  Records
   must come in order, within the input; the pages' text must be valid
   UTF-8.

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "web/web.h"
#include "fuzz_page.h"

#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_warc");
	if (!web_init())
		abort();
	return 0;
}

/* A response's HTML, read as mc-split's split_warc reads it. */
static void
fw_record(const struct warc_record *r, mc_buf *html)
{
	struct web_page pg;
	char *charset;

	buf_clear(html);
	if (!warc_http_html(r, html, &charset)) {
		if (charset)
			abort();        /* nothing to free when there is no page */
		return;
	}
	if (web_read_html(&pg, html->s ? html->s : "", html->len, charset, r->uri))
		fuzz_check_page(&pg);
	web_page_free(&pg);
	free(charset);
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof path);
	int gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
	long nrec = 0, line = 0;
	struct warc_record r;
	mc_buf html = {0};
	warc_reader *w;
	mc_in *in;

	if (fd < 0)
		return 0;
	if (!(in = in_open(path)))
		abort();        /* a readable regular file always opens */
	w = warc_open(in);
	while (warc_next(w, &r)) {
		/* a record skipped is a record reported: the ordinals count
		   both; each record starts below the last and, unless the
		   input is gzip'd, is no bigger than it */
		if (r.ordinal != ++nrec + warc_errors(w) || r.line <= line
		    || (!gz && r.nbody > size) || (r.nbody && !r.body))
			abort();
		line = r.line;
		fw_record(&r, &html);
	}
	warc_close(w);
	in_close(in);
	buf_free(&html);
	close(fd);
	return 0;
}
