/* The report's page, written into one buffer and sent out whole: a
   report is read by a person, and holds a few thousand meetings. */
#include <stdarg.h>
#include <stdio.h>

#include "summarise/summarise.h"

static mc_buf page;

void
page_put(const char *s)
{
	buf_adds(&page, s);
}

void
page_putf(const char *fmt, ...)
{
	char tmp[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_adds(&page, tmp);
}

/* Text as HTML: the five characters that could end an element or an
   attribute are escaped, everywhere, in text and attributes alike. */
void
page_esc(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': page_put("&amp;"); break;
		case '<': page_put("&lt;"); break;
		case '>': page_put("&gt;"); break;
		case '"': page_put("&quot;"); break;
		case '\'': page_put("&#39;"); break;
		default: buf_addc(&page, *s);
		}
	}
}

void
page_flush(void)
{
	out_write(page.s ? page.s : "", page.len);
	buf_free(&page);
}
