/* What the fuzz targets of web input hold a page to: every string UTF-8
   whatever the charset said and the bytes were, no paragraph missing,
   and every piece left out saying why. */
#ifndef MC_FUZZ_PAGE_H
#define MC_FUZZ_PAGE_H

#include "web/web.h"
#include "fuzz_util.h"

static inline void
fuzz_check_page(const struct web_page *pg)
{
	size_t i;

	fuzz_check_utf8(pg->title);
	fuzz_check_utf8(pg->date);
	fuzz_check_utf8(pg->url);
	fuzz_check_utf8(pg->site);
	fuzz_check_utf8(pg->lang);
	for (i = 0; i < pg->npara; i++) {
		if (!pg->para[i])
			abort();
		fuzz_check_utf8(pg->para[i]);
	}
	for (i = 0; i < pg->ndrop; i++) {
		if (!pg->drop[i].text || !pg->drop[i].why || !*pg->drop[i].why)
			abort();
		fuzz_check_utf8(pg->drop[i].text);
		fuzz_check_utf8(pg->drop[i].why);
	}
}

#endif
