/* Fuzz target: dates in any string: date_find, date_parse_iso and
   date_from_url, then date_at and date_word at every token.  Every date
   found must be a real date that date_iso writes and date_parse_iso
   reads back; weekdays and day arithmetic must land where they should.

   Built with clang -fsanitize=fuzzer by 'make fuzz'; the same entry point
   runs under any compiler in tests/unit/test_fuzz_regress.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/date.h"

#include "fuzz_util.h"
#include "fuzz_entry.h"

int
FUZZ_INIT(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	fuzz_start("mc_fuzz_date");
	if (!dates_load())
		abort();
	return 0;
}

static int
fd_days(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : dm[m - 1];
}

/* A date as the parsers promise it, written and read back the same. */
static void
fd_check(const struct mc_date *d, int shift)
{
	struct mc_date back, r;
	char iso[11];
	int wd;

	if (d->y < 1000 || d->y > 2999 || d->m < 1 || d->m > 12 || d->d < 0
	    || d->d > fd_days(d->y, d->m))
		abort();
	date_iso(d, iso);
	if (!date_parse_iso(iso, &back) || back.y != d->y || back.m != d->m || back.d != d->d)
		abort();
	if (d->d == 0) {
		if (date_resolve_weekday(d, 1, &r))
			abort();        /* no weekday of a month */
		return;
	}
	for (wd = 1; wd <= 7; wd++) {
		if (!date_resolve_weekday(d, wd, &r) || date_weekday(r.y, r.m, r.d) != wd)
			abort();
		date_add_days(&r, 6);
		if (r.y * 10000 + r.m * 100 + r.d < d->y * 10000 + d->m * 100 + d->d)
			abort();        /* the weekday is in the week before */
	}
	r = *d;
	date_add_days(&r, shift);
	date_add_days(&r, -shift);
	if (r.y != d->y || r.m != d->m || r.d != d->d)
		abort();
}

int
FUZZ_ENTRY(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size);
	const char *types[] = {"WEEKDAY", "MONTH", "RELDAY", "SEASON", "RELMARK"};
	struct toklist tl = {0};
	struct mc_date d;
	size_t i, k;
	int n, shift = size ? data[0] - 128 : 0;

	if (date_find(s, &d))
		fd_check(&d, shift);
	if (date_parse_iso(s, &d))
		fd_check(&d, shift);
	if (date_from_url(s, &d))
		fd_check(&d, shift);
	tokenize(&tl, s, strlen(s));
	for (i = 0; i <= tl.n; i++) {
		n = date_at(&tl, i, &d);
		if (n < 0 || i + (size_t)n > tl.n)
			abort();
		if (n > 0)
			fd_check(&d, shift);
		for (k = 0; k < sizeof types / sizeof *types; k++) {
			int ntok = 0;
			if (date_word(&tl, i, types[k], &ntok) && (ntok < 1 || i + (size_t)ntok > tl.n))
				abort();
		}
	}
	toklist_free(&tl);
	free(s);
	return 0;
}
