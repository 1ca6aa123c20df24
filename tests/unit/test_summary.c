/* Unit tests of mc-summarise's lib/ parts with cmocka: dates, surname
   keys, SimHash, when two reports are one meeting, and that the count of
   meetings does not depend on the order of the reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tag/names.h"
#include "summarise/summarise.h"

static void
test_dates(void **state)
{
	struct sm_date d;
	char s[11];

	(void)state;
	assert_true(sm_date_parse("2024-02-29", &d));
	assert_int_equal(d.prec, PREC_DAY);
	assert_int_equal(d.lo, d.hi);
	sm_date_str(&d, s);
	assert_string_equal(s, "2024-02-29");
	assert_false(sm_date_parse("2023-02-29", &d));
	assert_false(sm_date_parse("2023-1-02", &d));
	assert_false(sm_date_parse("2023-00", &d));
	assert_true(sm_date_parse("2023-02", &d));
	assert_int_equal(d.hi - d.lo, 27);
	assert_true(sm_date_parse("2024", &d));
	assert_int_equal(d.hi - d.lo, 365);
	assert_true(sm_date_parse("1970-01-01", &d));
	assert_int_equal(d.lo, 0);
}

static void
test_surnames(void **state)
{
	static const char *const cases[][2] = {
		{"Abdelouafi Laftit", "laftit"}, {"LAFTIT", "laftit"}, {"Kai Mykkänen", "mykkanen"},
		{"Jean-Yves Le Drian", "drian"}, {"Mohammed VI", "mohammed vi"}, {"Nicole De Moor", "moor"},
		{"M. Laftit.", "laftit"},
	};
	size_t i;
	char *k;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		k = sm_surname_key(cases[i][0]);
		assert_string_equal(k, cases[i][1]);
		free(k);
	}
	assert_null(sm_surname_key("..."));
}

static void
test_person_values(void **state)
{
	/* name, country, value, shown */
	static const char *const cases[][4] = {
		{"Abdelouafi Laftit", "MAR", "laftit/MAR/a", "Abdelouafi Laftit"},
		{"M. Abdelouafi Laftit", "MAR", "laftit/MAR/a", "Abdelouafi Laftit"},
		{"Laftit", NULL, "laftit//", "Laftit"},
		{"M. Laftit", "MAR", "laftit/MAR/", "Laftit"},
		{"Mme Brigitte Macron", "FRA", "macron/FRA/b", "Brigitte Macron"},
		{"Émile Zola", "FRA", "zola/FRA/e", "Émile Zola"},
		{"Jean-Yves Le Drian", "FRA", "drian/FRA/j", "Jean-Yves Le Drian"},
		{"Le Drian", "FRA", "drian/FRA/", "Le Drian"},
		{"Nana Akufo-Addo", "GHA", "addo/GHA/n", "Nana Akufo-Addo"},
		{"Akufo-Addo", "GHA", "addo/GHA/", "Akufo-Addo"},
		{"Mohammed VI", "MAR", "mohammed vi/MAR/", "Mohammed VI"},
		{"Zine El Abidine Ben Ali", "TUN", "ali/TUN/z", "Zine El Abidine Ben Ali"},
		{"Ben Ali", "TUN", "ali/TUN/", "Ben Ali"},
		{"Cheikh Tamim ben Hamad Al-Thani", "QAT", "thani/QAT/t", "Tamim ben Hamad Al-Thani"},
		{"Son Altesse Royale Moulay Rachid", "MAR", "rachid/MAR/m", "Moulay Rachid"},
	};
	struct sm_part p = {0};
	const char *shown;
	size_t i;
	char *v;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		p.name = cases[i][0];
		p.country = cases[i][1];
		p.key = sm_surname_key(p.name);
		v = sm_person_value(&p, &shown);
		assert_string_equal(v, cases[i][2]);
		assert_string_equal(shown, cases[i][3]);
		free(v);
		free(p.key);
	}
}

/* Close surnames found through shared deletions are those names_close()
   finds comparing every pair. */
static void
test_close_pairs(void **state)
{
	static const char *const s[] = {"laftit", "laftif", "laftiff", "macron", "diallo", "dialo", "ba",
		"bah", "macron", "araghchi", "araghtchi", "mohammedi", "mouhamedi"};
	static const size_t want[][2] = {{0, 1}, {1, 2}, {3, 8}, {4, 5}, {9, 10}, {11, 12}};
	size_t n = sizeof s / sizeof *s, np, i, a, b, k = 0;
	struct sm_pair *p;

	(void)state;
	np = sm_close_pairs(s, n, &p);
	assert_int_equal(np, sizeof want / sizeof *want);
	for (i = 0; i < np; i++) {
		assert_int_equal(p[i].a, want[i][0]);
		assert_int_equal(p[i].b, want[i][1]);
	}
	for (a = 0; a < n; a++)
		for (b = a + 1; b < n; b++)
			k += names_close(s[a], s[b]);
	assert_int_equal(k, np);
	free(p);
}

/* Which values of the key person are one person, as summ_join.c's steps
   say; the value each goes under: the one that tells more, then the one
   of more reports. */
static void
test_person_reps(void **state)
{
	static const char *const v[] = {
		"diallo/GIN/m", "diallo/SEN/m",                 /* 0, 1: two countries */
		"guterres//", "guterres//a",                    /* 2, 3: no country: step 4 */
		"laftif/MAR/a", "laftit//", "laftit//k", "laftit/MAR/a",        /* 4-7 */
		"macron/BEL/j", "macron/FRA/", "macron/FRA/b", "macron/FRA/e",  /* 8-11 */
		"sall/SEN/", "unknown",                         /* 12, 13: alone */
	};
	static const uint64_t reports[] = {1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1};
	static const size_t want[] = {0, 1, 3, 3, 7, 7, 6, 7, 8, 9, 10, 11, 12, 13};
	size_t rep[14], i;

	/* two initials of no country never join one person who has none */
	static const char *const two[] = {"diallo//a", "diallo//m", "diallo/GIN/"};
	static const char *const one[] = {"diallo//a", "diallo/GIN/"};

	(void)state;
	sm_person_reps(v, reports, 14, rep);
	for (i = 0; i < 14; i++)
		assert_int_equal(rep[i], want[i]);
	sm_person_reps(two, reports, 3, rep);
	assert_int_equal(rep[0], 0);
	assert_int_equal(rep[1], 1);
	assert_int_equal(rep[2], 2);
	sm_person_reps(one, reports, 2, rep);
	assert_int_equal(rep[0], 0);    /* country 1, initial 1: the first */
	assert_int_equal(rep[1], 0);
}

static int
bits(uint64_t a, uint64_t b)
{
	return __builtin_popcountll(a ^ b);
}

static void
test_simhash(void **state)
{
	const char *a = "M. Laftit a reçu lundi à Rabat le ministre italien de l'Intérieur, Matteo Piantedosi.";
	const char *b = "Laftit a reçu hier à Rabat le ministre italien de l’Intérieur Matteo Piantedosi";
	const char *c = "Les deux ministres ont signé une déclaration commune sur la traite des êtres humains.";
	int ha, hb, hc;
	uint64_t x = sm_simhash(a, &ha), y = sm_simhash(b, &hb), z = sm_simhash(c, &hc);

	(void)state;
	assert_true(ha && hb && hc);
	assert_int_equal(bits(x, y), 0);
	assert_true(bits(x, z) > SM_NEAR);
	sm_simhash("le la les", &ha);
	assert_false(ha);
}

static struct sm_sig
sig(uint64_t pkey, uint64_t place, const char *date, uint64_t simhash)
{
	struct sm_sig s = {.pkey = pkey, .place = place, .simhash = simhash, .has_text = simhash != 0};

	if (date)
		assert_true(sm_date_parse(date, &s.date));
	return s;
}

static void
test_same_meeting(void **state)
{
	struct sm_sig a = sig(7, 0, "2023-06-12", 0), b = sig(7, 0, "2023-06-13", 0);
	struct sm_sig m = sig(7, 0, "2023-07", 0), n = sig(7, 0, NULL, 0), o = sig(8, 0, "2023-06-12", 0);
	struct sm_sig p = sig(7, 1, "2023-06-12", 0), q = sig(7, 2, "2023-06-12", 0);
	struct sm_sig pm = sig(7, 1, "2023-06", 0), qm = sig(7, 2, "2023-06", 0);
	struct sm_sig t1 = sig(7, 0, "2023-06-12", 0xF0F0), t2 = sig(7, 0, "2023-06-15", 0xF0F1);
	struct sm_sig t3 = sig(7, 0, "2023-06-16", 0xF0F1), e1 = sig(0, 0, "2023-06-12", 0);

	(void)state;
	assert_false(sm_same_meeting(&a, &b));          /* two exact days */
	assert_true(sm_same_meeting(&a, &n));           /* no date */
	assert_false(sm_same_meeting(&a, &m));          /* 2023-06-12 is 19 days before July */
	assert_false(sm_same_meeting(&a, &o));          /* other participants */
	assert_true(sm_same_meeting(&p, &q));           /* other places, the same day */
	assert_false(sm_same_meeting(&pm, &qm));        /* other places, the same month */
	assert_true(sm_same_meeting(&a, &p));           /* a place and none */
	assert_true(sm_same_meeting(&t1, &t2));         /* near-duplicates, 3 days */
	assert_false(sm_same_meeting(&t1, &t3));        /* near-duplicates, 4 days */
	assert_false(sm_same_meeting(&e1, &e1));        /* no participants, no text */
	b = sig(7, 0, "2023-06-27", 0);
	m = sig(7, 0, "2023-07", 0);
	assert_false(sm_same_meeting(&b, &m));          /* 4 days before July 1st */
	b = sig(7, 0, "2023-06-28", 0);
	assert_true(sm_same_meeting(&b, &m));           /* 3 days */
	/* the same countries: a name in common, or none named on one side */
	a.names = 0x0002 | 0x0005ull << 16;
	p.names = 0x0005 | 0x0009ull << 16;
	assert_true(sm_same_meeting(&a, &p));
	p.names = 0x0009;
	assert_false(sm_same_meeting(&a, &p));          /* two other persons */
	p.names = 0;
	assert_true(sm_same_meeting(&a, &p));
	/* a day of a month of no known year: that day or that month, any
	   year, never a year alone */
	n = sig(7, 0, "--06-12", 0);
	assert_int_equal(n.date.prec, PREC_DAY_MONTH);
	a.names = 0;
	assert_true(sm_same_meeting(&a, &n));
	assert_false(sm_same_meeting(&b, &n));
	m = sig(7, 0, "2019-06", 0);
	assert_true(sm_same_meeting(&m, &n));
	m = sig(7, 0, "2023", 0);
	assert_false(sm_same_meeting(&m, &n));
	assert_false(sm_date_parse("--02-30", &n.date));
}

static void
test_cluster_order(void **state)
{
	struct sm_sig s[8] = {
		sig(7, 0, "2023-06-12", 0), sig(7, 0, "2023-06-12", 0x1), sig(7, 0, "2023-09-01", 0),
		sig(7, 0, NULL, 0), sig(7, 0, "2023-06", 0), sig(9, 0, NULL, 0x10), sig(9, 0, NULL, 0x10),
		sig(7, 0, "--09-01", 0),
	};
	uint32_t count[8] = {1, 1, 1, 1, 1, 1, 1, 1};
	size_t meeting[8], perm[8] = {5, 7, 3, 4, 6, 2, 0, 1}, i;
	struct sm_sig r[8];

	(void)state;
	/* June 12 (two reports, one meeting), September 1st; the June
	   report joins June 12, the larger; the undated one could be either
	   meeting and joins none; another pair alone, copies of one text;
	   "1er septembre" of no known year joins September 1st */
	assert_int_equal(sm_cluster(s, count, 8, meeting), 4);
	assert_int_not_equal(meeting[3], meeting[0]);
	assert_int_not_equal(meeting[3], meeting[2]);
	assert_int_equal(meeting[4], meeting[0]);
	assert_int_equal(meeting[5], meeting[6]);
	assert_int_equal(meeting[7], meeting[2]);
	for (i = 0; i < 8; i++)
		r[i] = s[perm[i]];
	assert_int_equal(sm_cluster(r, count, 8, NULL), 4);
	/* undated reports of the same people, not copies: each its own */
	s[6].simhash = 0xFFFF;
	assert_int_equal(sm_cluster(s, count, 8, NULL), 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_surnames),
		cmocka_unit_test(test_person_values),
		cmocka_unit_test(test_close_pairs),
		cmocka_unit_test(test_person_reps),
		cmocka_unit_test(test_simhash),
		cmocka_unit_test(test_same_meeting),
		cmocka_unit_test(test_cluster_order),
	};
	int r;

	if (!sm_stop_load() || !sm_person_load())
		return 1;
	r = cmocka_run_group_tests(tests, NULL, NULL);
	sm_stop_free();
	sm_person_free();
	return r;
}
