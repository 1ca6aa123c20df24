/* Unit tests of lib/ with cmocka. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "split/doc.h"
#include "tag/names.h"

static void
test_utf8_clean(void **state)
{
	size_t n;
	int bad;
	char *s;

	(void)state;
	s = utf8_clean("\xEF\xBB\xBF" "abc\r\ndef", 11, &n, &bad);
	assert_string_equal(s, "abc\ndef");
	assert_int_equal(bad, 0);
	free(s);
	s = utf8_clean("caf\xE9", 4, &n, &bad);
	assert_string_equal(s, "caf\xEF\xBF\xBD");
	assert_int_equal(bad, 1);
	free(s);
	/* overlong "/" and a NUL are invalid */
	s = utf8_clean("a\xC0\xAF" "b\0c", 6, &n, &bad);
	assert_int_equal(bad, 3);
	free(s);
	/* decomposed e + combining acute becomes NFC é */
	s = utf8_clean("e\xCC\x81", 3, &n, &bad);
	assert_string_equal(s, "\xC3\xA9");
	free(s);
	/* bold letters (U+1D40C, U+1D422) become plain ones, others stay */
	s = utf8_clean("\xF0\x9D\x90\x8C\xF0\x9D\x90\xA2 \xC3\xA9\xE2\x84\x96", 14, &n, &bad);
	assert_string_equal(s, "Mi \xC3\xA9\xE2\x84\x96");
	assert_int_equal(n, 8);
	free(s);
	/* a CR, a NUL and a bad byte inside long ASCII runs, read 8 at a time */
	s = utf8_clean("0123456789\r\n0123456789\0" "0123456789\xFF" "0123456789abcdef", 50, &n, &bad);
	assert_string_equal(s, "0123456789\n0123456789\xEF\xBF\xBD" "0123456789\xEF\xBF\xBD"
	    "0123456789abcdef");
	assert_int_equal(bad, 2);
	assert_int_equal(n, 53);
	free(s);
}

static void
test_fold(void **state)
{
	mc_buf b = {0};

	(void)state;
	utf8_fold("Intérieur’S ŒUVRE", strlen("Intérieur’S ŒUVRE"), &b);
	assert_string_equal(buf_cstr(&b), "interieur's oeuvre");
	buf_free(&b);
}

static void
test_tokenize(void **state)
{
	struct toklist tl = {0};
	const char *s = "l’Intérieur d'État, 11/05/2021 Grande-Marlaska aujourd'hui";

	(void)state;
	tokenize(&tl, s, strlen(s));
	assert_int_equal(tl.n, 10);
	assert_string_equal(tok_fold(&tl, 0), "l'");
	assert_true(tl.t[0].elided);
	assert_string_equal(tok_fold(&tl, 1), "interieur");
	assert_int_equal(tl.t[1].c0, 2);        /* code points, not bytes */
	assert_string_equal(tok_fold(&tl, 5), "11/05/2021");
	assert_int_equal(tl.t[5].kind, T_NUM);
	assert_string_equal(tok_fold(&tl, 7), "-");
	assert_string_equal(tok_fold(&tl, 9), "aujourd'hui");
	toklist_free(&tl);
}

static void
test_dates(void **state)
{
	struct mc_date d, r;
	char iso[11];

	(void)state;
	assert_true(dates_load());
	assert_true(date_find("(MAP-11/05/2021)", &d));
	date_iso(&d, iso);
	assert_string_equal(iso, "2021-05-11");
	assert_true(date_find("mardi 25 novembre 2025", &d));
	date_iso(&d, iso);
	assert_string_equal(iso, "2025-11-25");
	assert_true(date_find("1er mai 2021", &d));
	date_iso(&d, iso);
	assert_string_equal(iso, "2021-05-01");
	assert_true(date_find("mai 2021", &d));
	date_iso(&d, iso);
	assert_string_equal(iso, "2021-05");
	assert_true(date_parse_iso("2024-06", &d));
	date_iso(&d, iso);
	assert_string_equal(iso, "2024-06");
	assert_false(date_find("31/02/2021", &d));
	/* 2021-05-11 is a Tuesday: "mardi" is that day, "lundi" the day before */
	d = (struct mc_date){2021, 5, 11};
	assert_int_equal(date_weekday(2021, 5, 11), 2);
	assert_true(date_resolve_weekday(&d, 2, &r));
	date_iso(&r, iso);
	assert_string_equal(iso, "2021-05-11");
	assert_true(date_resolve_weekday(&d, 3, &r));
	date_iso(&r, iso);
	assert_string_equal(iso, "2021-05-05");
	d = (struct mc_date){2024, 3, 1};
	date_add_days(&d, -1);
	date_iso(&d, iso);
	assert_string_equal(iso, "2024-02-29");
	d = (struct mc_date){2024, 6, 0};
	assert_false(date_resolve_weekday(&d, 1, &r));
}

static void
test_sentences(void **state)
{
	const char *s = "M. Dupont est venu. Il a dit : « Oui. Non. » Puis il est parti.";
	size_t ends[8], n;

	(void)state;
	assert_true(split_init(NULL));
	n = sent_split(s, strlen(s), ends, 8);
	assert_int_equal(n, 3);
	assert_int_equal(ends[0], strlen("M. Dupont est venu. "));
}

static void
test_csv_row(void **state)
{
	const char *f[4] = {"a", "b,c", "d\"e", " f"};
	mc_buf b = {0};

	(void)state;
	csv_row(&b, f, 4);
	assert_string_equal(buf_cstr(&b), "a,\"b,c\",\"d\"\"e\",\" f\"\n");
	buf_free(&b);
}

static void
test_edits(void **state)
{
	(void)state;
	assert_int_equal(name_edits("laftit", "lafetet"), 2);
	assert_int_equal(name_edits("mykkänen", "mykkanen"), 1);
	assert_int_equal(name_edits("", "abc"), 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_clean),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_tokenize),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_csv_row),
		cmocka_unit_test(test_edits),
	};

	char name[] = "test_lib", *argv[] = {name, NULL};

	mc_init(argv);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
