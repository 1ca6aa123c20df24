/* The literal tests read from regular expressions: what they find, and
   that they never turn away a string the expression matches. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <regex.h>
#include <cmocka.h>

#include "io/io.h"
#include "split/rxfilter.h"

static const char *const patterns[] = {
	"^laisser un commentaire *$",
	"^(laisser|écrire|ajouter) (un|votre) (commentaire|avis)",
	"^[0-9]* *(commentaires?|réactions?) *$",
	"^(à |a )?(lire|voir) (aussi|également) *:",
	"^((facebook|x|e-?mail)[ ,|]*)+$",
	"(ce site|nous) utilis(e|ons) des cookies",
	"\\((MAP|AFP) *[-–—/] *([0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}) *\\)",
	"^\\((MAP|AFP|AP)\\) *$",
	"(^|[[:space:]])date ([0-9]{4}-[0-9]{2}(-[0-9]{2})?)([[:space:]]|$)",
	"^([[:upper:]][[:alpha:]'’.-]+( [[:upper:]][[:alpha:]'’-]+){0,2}) ?(—|–|--?) +",
	"^[a-c]x|^[^a]y",
	"^(ab|a)?c{2,3}d",
	"^a.b",
	"^\\.\\*x",
	"x\\by",
	"^(a|b)\\1",
};

/* Pieces the random strings are made of: words of the patterns, their
   neighbours, case changes and accents. */
static const char *const pieces[] = {
	"laisser", "Laisser", " un ", "commentaire", "Commentaires", "s", " ", "  ", "écrire",
	"Écrire", "avis", "12", "3", "lire", "à ", "A ", "aussi", "également", ":", "x", "X",
	"facebook", "e-mail", ",", "|", "ce site", "nous", " utilise", "ons", " des cookies",
	"(", ")", "MAP", "AFP", "AP", "-", "—", "/", "01/02/2020", "date", "Date", "2020-10",
	"-05", "\t", "Rabat", "Saint-Denis", "'", "’", "a", "b", "c", "d", "y", "ab", "cc", ".*",
	"\\", "é", "É", "laisser un commentaire", "Laisser un commentaire ", "écrire votre avis",
	"(MAP-12/03/2020)", "(AFP - 1/2/24)", "(AP)", "(MAP) ", " date 2020-10", "date 2021-01-02 ",
	"À lire aussi :", "lire également:", "nous utilisons des cookies", "Rabat — ", "A voir aussi :",
};

#define NPIECES (sizeof pieces / sizeof *pieces)

static size_t
random_text(char *s, size_t cap, unsigned *seed)
{
	size_t n = 0, k, i, count = (size_t)rand_r(seed) % 5;

	for (i = 0; i < count; i++) {
		const char *p = pieces[(size_t)rand_r(seed) % NPIECES];
		k = strlen(p);
		if (n + k >= cap)
			break;
		memcpy(s + n, p, k);
		n += k;
	}
	s[n] = '\0';
	return n;
}

static int
matches(const regex_t *re, const char *s)
{
	return regexec(re, s, 0, NULL, 0) == 0;
}

static int
span_matches(const regex_t *re, const char *s, size_t n)
{
	regmatch_t m[1] = {{0, (regoff_t)n}};

	return regexec(re, s, 1, m, REG_STARTEND) == 0;
}

static void
test_never_wrong(void **state)
{
	char s[200];
	mc_buf low = {0};
	struct rxfilter f;
	regex_t re;
	unsigned seed = 7;
	size_t i, n, t;

	(void)state;
	for (i = 0; i < sizeof patterns / sizeof *patterns; i++) {
		assert_int_equal(regcomp(&re, patterns[i], REG_EXTENDED | REG_NOSUB), 0);
		rxf_read(&f, patterns[i]);
		for (t = 0; t < 20000; t++) {
			n = random_text(s, sizeof s, &seed);
			if (matches(&re, s) && !rxf_may_match(&f, s, n, 0))
				fail_msg("/%s/ matches \"%s\" but its test says no", patterns[i], s);
			if (f.bounded && f.starts && matches(&re, s) != span_matches(&re, s, rxf_span(&f, s, n)))
				fail_msg("/%s/ on \"%s\": another answer in the span", patterns[i], s);
			low.len = 0;
			utf8_lower(s, n, &low);
			if (matches(&re, low.s) && !rxf_may_match(&f, s, n, 1))
				fail_msg("/%s/ matches \"%s\" lowered but its test says no", patterns[i], s);
		}
		regfree(&re);
	}
	buf_free(&low);
}

static void
test_what_is_read(void **state)
{
	struct rxfilter f;

	(void)state;
	rxf_read(&f, "^(à |a )?(lire|voir) (aussi|également) *:");
	assert_int_equal(f.npre, 20);
	assert_false(rxf_may_match(&f, "Le ministre", 11, 1));
	assert_true(rxf_may_match(&f, "À lire aussi :", 15, 1));
	rxf_read(&f, "(ce site|nous) utilis(e|ons) des cookies");
	assert_int_equal(f.npre, 0);
	assert_int_equal(f.nlit, 2);
	assert_int_equal(f.litlen[1], 12);
	assert_memory_equal(f.lit[1], " des cookies", 12);
	/* a class, a negation or a back-reference: no test, not a wrong one */
	rxf_read(&f, "^[[:upper:]]+");
	assert_int_equal(f.npre + (int)f.nlit, 0);
	rxf_read(&f, "^(a|b)\\1");
	assert_int_equal(f.npre + (int)f.nlit, 0);
	assert_true(f.backref);
	/* the bytes a match may hold: it ends before the first other */
	rxf_read(&f, "^([[:upper:]][[:alpha:]'’.-]+( [[:upper:]][[:alpha:]'’-]+){0,2}) ?(—|–|--?) +");
	assert_true(f.bounded);
	assert_int_equal(rxf_span(&f, "Rabat — Le roi, a", strlen("Rabat — Le roi, a")), 16);
	rxf_read(&f, "^a.b");
	assert_false(f.bounded);
	rxf_read(&f, "^a$");
	assert_false(f.bounded);
	rxf_read(&f, "x|y");
	assert_int_equal(f.npre + (int)f.nlit, 0);
	assert_false(f.anchored);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_never_wrong),
		cmocka_unit_test(test_what_is_read),
	};
	char name[] = "test_rxfilter", *argv[] = {name, NULL};

	mc_init(argv);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
