/* gen-corpus: a reproducible corpus of French news articles, for the
   benchmarks of mc.  Ministry communiqués and agency dispatches about
   meetings between officials (a reception, a talk, a phone call, a
   videoconference, a working visit), and about a fifth of articles with no
   meeting at all (an arrest, a yearly record, an opinion piece, a fire, a
   government decision).  Every article is composed from templates with
   random choices; article i depends only on the seed, on i and on the list
   of countries, so that a smaller corpus is a prefix of a larger one.

   C11 and POSIX, libc only: the pseudo-random generator is PCG32 and the
   gzip writer below is a small deflate encoder of its own (fixed Huffman
   codes, LZ77 over a 32 KiB window). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "../lib/base/days.h"

#define VERSION "0.1.0"
#define NELEM(a) (sizeof (a) / sizeof (a)[0])

static const char *progname = "gen-corpus";

static void
die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		die("out of memory");
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xrealloc(NULL, n), s, n);
}

/* ---- growing byte buffer ---- */

struct buf {
	char *p;
	size_t n, cap;
};

static void
bputn(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = xrealloc(b->p, b->cap);
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void
bputs(struct buf *b, const char *s)
{
	bputn(b, s, strlen(s));
}

static void
bputc(struct buf *b, char c)
{
	bputn(b, &c, 1);
}

static void
bprintf(struct buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("formatting error");
	bputn(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void
bclear(struct buf *b)
{
	b->n = 0;
	if (b->p)
		b->p[0] = '\0';
}

/* ---- PCG32 (O'Neill), one stream per article ---- */

struct rng {
	uint64_t state, inc;
};

static uint32_t
rnext(struct rng *r)
{
	uint64_t old = r->state;
	uint32_t x, rot;

	r->state = old * 6364136223846793005ULL + r->inc;
	x = (uint32_t)(((old >> 18) ^ old) >> 27);
	rot = (uint32_t)(old >> 59);
	return (x >> rot) | (x << ((-rot) & 31));
}

static uint64_t
splitmix64(uint64_t x)
{
	x += 0x9E3779B97F4A7C15ULL;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

static void
rseed(struct rng *r, uint64_t seed, uint64_t stream)
{
	r->state = 0;
	r->inc = (splitmix64(stream ^ 0x5851F42D4C957F2DULL) << 1) | 1;
	rnext(r);
	r->state += splitmix64(seed);
	rnext(r);
}

/* uniform in [0, n), without modulo bias (Lemire) */
static uint32_t
rnd(struct rng *r, uint32_t n)
{
	uint64_t m;
	uint32_t l, t;

	if (n <= 1)
		return 0;
	m = (uint64_t)rnext(r) * n;
	l = (uint32_t)m;
	if (l < n) {
		t = (uint32_t)(-n) % n;
		while (l < t) {
			m = (uint64_t)rnext(r) * n;
			l = (uint32_t)m;
		}
	}
	return (uint32_t)(m >> 32);
}

static int
chance(struct rng *r, int percent)
{
	return (int)rnd(r, 100) < percent;
}

#define PICK(r, a) ((a)[rnd((r), NELEM(a))])

/* ---- dates: days since 1970-01-01 (lib/days.c) ---- */

static const char *weekdays[] = {"jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi", "mercredi"};
static const char *months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"};

static const char *
weekday(long day)
{
	return weekdays[((day % 7) + 7) % 7];   /* 1970-01-01 was a Thursday */
}

/* ---- countries ---- */

struct country {
	char iso[4];
	char *name;             /* bare: Belgique, Pays-Bas, Malte */
	char gender;            /* m, f, or p (plural) */
	int noart;              /* no article: Malte, Chypre, Cuba */
	char *dm, *df, *dmp, *dfp;      /* nationality adjective */
	const char *capital;    /* NULL when unknown */
	int culture;            /* of its people's names */
};

enum { CU_MAGHREB, CU_FRENCH, CU_DUTCH, CU_GERMAN, CU_IBERIAN, CU_ITALIAN, CU_NORDIC,
	CU_WESTAFRICA, CU_EAST, CU_ANGLO, CU_ARAB, CU_TURKIC, CU_ASIAN, NCULT };

static const struct builtin {
	const char *iso, *name, *gender, *dm, *df, *capital;
	int culture;
} builtin[] = {
	{"MAR", "Maroc", "m", "marocain", "marocaine", "Rabat", CU_MAGHREB},
	{"FRA", "France", "f", "français", "française", "Paris", CU_FRENCH},
	{"BEL", "Belgique", "f", "belge", "belge", "Bruxelles", CU_DUTCH},
	{"ESP", "Espagne", "f", "espagnol", "espagnole", "Madrid", CU_IBERIAN},
	{"ITA", "Italie", "f", "italien", "italienne", "Rome", CU_ITALIAN},
	{"DEU", "Allemagne", "f", "allemand", "allemande", "Berlin", CU_GERMAN},
	{"PRT", "Portugal", "m", "portugais", "portugaise", "Lisbonne", CU_IBERIAN},
	{"NLD", "Pays-Bas", "p", "néerlandais", "néerlandaise", "La Haye", CU_DUTCH},
	{"LUX", "Luxembourg", "m", "luxembourgeois", "luxembourgeoise", "Luxembourg", CU_FRENCH},
	{"CHE", "Suisse", "f", "suisse", "suisse", "Berne", CU_GERMAN},
	{"AUT", "Autriche", "f", "autrichien", "autrichienne", "Vienne", CU_GERMAN},
	{"FIN", "Finlande", "f", "finlandais", "finlandaise", "Helsinki", CU_NORDIC},
	{"SWE", "Suède", "f", "suédois", "suédoise", "Stockholm", CU_NORDIC},
	{"DNK", "Danemark", "m", "danois", "danoise", "Copenhague", CU_NORDIC},
	{"NOR", "Norvège", "f", "norvégien", "norvégienne", "Oslo", CU_NORDIC},
	{"GBR", "Royaume-Uni", "m", "britannique", "britannique", "Londres", CU_ANGLO},
	{"IRL", "Irlande", "f", "irlandais", "irlandaise", "Dublin", CU_ANGLO},
	{"POL", "Pologne", "f", "polonais", "polonaise", "Varsovie", CU_EAST},
	{"CZE", "République tchèque", "f", "tchèque", "tchèque", "Prague", CU_EAST},
	{"HUN", "Hongrie", "f", "hongrois", "hongroise", "Budapest", CU_EAST},
	{"ROU", "Roumanie", "f", "roumain", "roumaine", "Bucarest", CU_EAST},
	{"GRC", "Grèce", "f", "grec", "grecque", "Athènes", CU_EAST},
	{"MLT", "Malte", "-", "maltais", "maltaise", "La Valette", CU_ANGLO},
	{"CYP", "Chypre", "-", "chypriote", "chypriote", "Nicosie", CU_EAST},
	{"USA", "États-Unis", "p", "américain", "américaine", "Washington", CU_ANGLO},
	{"CAN", "Canada", "m", "canadien", "canadienne", "Ottawa", CU_FRENCH},
	{"DZA", "Algérie", "f", "algérien", "algérienne", "Alger", CU_MAGHREB},
	{"TUN", "Tunisie", "f", "tunisien", "tunisienne", "Tunis", CU_MAGHREB},
	{"LBY", "Libye", "f", "libyen", "libyenne", "Tripoli", CU_MAGHREB},
	{"MRT", "Mauritanie", "f", "mauritanien", "mauritanienne", "Nouakchott", CU_MAGHREB},
	{"SEN", "Sénégal", "m", "sénégalais", "sénégalaise", "Dakar", CU_WESTAFRICA},
	{"MLI", "Mali", "m", "malien", "malienne", "Bamako", CU_WESTAFRICA},
	{"NER", "Niger", "m", "nigérien", "nigérienne", "Niamey", CU_WESTAFRICA},
	{"BFA", "Burkina Faso", "m", "burkinabè", "burkinabè", "Ouagadougou", CU_WESTAFRICA},
	{"CIV", "Côte d'Ivoire", "f", "ivoirien", "ivoirienne", "Abidjan", CU_WESTAFRICA},
	{"GIN", "Guinée", "f", "guinéen", "guinéenne", "Conakry", CU_WESTAFRICA},
	{"TCD", "Tchad", "m", "tchadien", "tchadienne", "N'Djamena", CU_WESTAFRICA},
	{"NGA", "Nigeria", "m", "nigérian", "nigériane", "Abuja", CU_WESTAFRICA},
	{"GAB", "Gabon", "m", "gabonais", "gabonaise", "Libreville", CU_WESTAFRICA},
	{"CMR", "Cameroun", "m", "camerounais", "camerounaise", "Yaoundé", CU_WESTAFRICA},
	{"RWA", "Rwanda", "m", "rwandais", "rwandaise", "Kigali", CU_WESTAFRICA},
	{"EGY", "Égypte", "f", "égyptien", "égyptienne", "Le Caire", CU_ARAB},
	{"JOR", "Jordanie", "f", "jordanien", "jordanienne", "Amman", CU_ARAB},
	{"SAU", "Arabie saoudite", "f", "saoudien", "saoudienne", "Riyad", CU_ARAB},
	{"ARE", "Émirats arabes unis", "p", "émirien", "émirienne", "Abou Dhabi", CU_ARAB},
	{"QAT", "Qatar", "m", "qatari", "qatarie", "Doha", CU_ARAB},
	{"TUR", "Turquie", "f", "turc", "turque", "Ankara", CU_TURKIC},
	{"RUS", "Russie", "f", "russe", "russe", "Moscou", CU_EAST},
	{"CHN", "Chine", "f", "chinois", "chinoise", "Pékin", CU_ASIAN},
	{"JPN", "Japon", "m", "japonais", "japonaise", "Tokyo", CU_ASIAN},
	{"KOR", "Corée du Sud", "f", "sud-coréen", "sud-coréenne", "Séoul", CU_ASIAN},
	{"BRA", "Brésil", "m", "brésilien", "brésilienne", "Brasilia", CU_IBERIAN},
	{"MEX", "Mexique", "m", "mexicain", "mexicaine", "Mexico", CU_IBERIAN},
	{"ARG", "Argentine", "f", "argentin", "argentine", "Buenos Aires", CU_IBERIAN},
};

/* Countries whose people meet Moroccan officials most often: drawn more
   often than the others, which all appear nonetheless. */
static const char *partners[] = {"FRA", "BEL", "ESP", "ITA", "DEU", "PRT", "NLD", "FIN", "SWE",
	"AUT", "CHE", "GBR", "USA", "SEN", "MRT", "NER", "MLI", "CIV", "TUN", "EGY", "SAU", "ARE",
	"QAT", "JOR", "TUR", "GAB"};
/* Countries whose own ministry sometimes writes the communiqué */
static const char *homes[] = {"FRA", "BEL", "ESP", "ITA", "SEN", "TUN", "PRT", "DEU"};

static struct country *countries;
static size_t ncountries;
static int from_lexicon;

static int
ends_with(const char *s, const char *t)
{
	size_t a = strlen(s), b = strlen(t);
	return a >= b && strcmp(s + a - b, t) == 0;
}

static char *
plural(const char *s)
{
	size_t n = strlen(s);
	char *p;

	if (n && (s[n - 1] == 's' || s[n - 1] == 'x'))
		return xstrdup(s);
	p = xrealloc(NULL, n + 2);
	memcpy(p, s, n);
	p[n] = 's';
	p[n + 1] = '\0';
	return p;
}

static int
culture_of(const char *iso)
{
	size_t i;

	for (i = 0; i < NELEM(builtin); i++)
		if (strcmp(builtin[i].iso, iso) == 0)
			return builtin[i].culture;
	/* unknown: a culture drawn from the code, so it is stable */
	return (int)((unsigned)(iso[0] * 31 + iso[1] * 7 + iso[2]) % NCULT);
}

static const char *
capital_of(const char *iso)
{
	size_t i;

	for (i = 0; i < NELEM(builtin); i++)
		if (strcmp(builtin[i].iso, iso) == 0)
			return builtin[i].capital;
	return NULL;
}

/* Gender and article of a name read from the lexicon, when its flags do
   not tell: French usage by the final letter, with the usual exceptions. */
static void
guess_gender(struct country *c)
{
	static const char *noart[] = {"Malte", "Chypre", "Cuba", "Israël", "Singapour", "Madagascar",
		"Monaco", "Bahreïn", "Oman", "Haïti", "Maurice", "Djibouti", "Sao Tomé", "Saint-",
		"Sainte-", "Trinité", "Nauru", "Tuvalu", "Kiribati", "Vanuatu",
		"Palaos", "Taïwan", "Hong Kong", "Macao", "Andorre", "Brunei", "Jersey", "Guernesey",
		"Gibraltar", "Guam", "Montserrat", "Curaçao", "Aruba", "Anguilla", "Mayotte", "Niue",
		"Porto Rico"};
	static const char *plur[] = {"États-Unis", "Etats-Unis", "Pays-Bas", "Émirats", "Emirats",
		"Philippines", "Comores", "Maldives", "Seychelles", "Bahamas", "Îles", "Iles",
		"Fidji", "Samoa", "Tonga", "Bermudes", "Tokelau"};
	static const char *fem[] = {"Sierra Leone", "Guinée-Bissau"};
	static const char *masc[] = {"Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize",
		"Suriname", "Royaume-Uni", "Liechtenstein"};
	size_t i;

	for (i = 0; i < NELEM(noart); i++)
		if (strncmp(c->name, noart[i], strlen(noart[i])) == 0) {
			c->noart = 1;
			c->gender = 'm';
			return;
		}
	for (i = 0; i < NELEM(plur); i++)
		if (strncmp(c->name, plur[i], strlen(plur[i])) == 0) {
			c->gender = 'p';
			return;
		}
	for (i = 0; i < NELEM(fem); i++)
		if (strcmp(c->name, fem[i]) == 0) {
			c->gender = 'f';
			return;
		}
	for (i = 0; i < NELEM(masc); i++)
		if (strcmp(c->name, masc[i]) == 0) {
			c->gender = 'm';
			return;
		}
	{
		/* the first word decides: "Corée du Sud", "Arabie saoudite" */
		char first[64];
		size_t k = strcspn(c->name, " ");
		if (k >= sizeof first)
			k = sizeof first - 1;
		memcpy(first, c->name, k);
		first[k] = '\0';
		c->gender = ends_with(first, "e") ? 'f' : 'm';
	}
}

static void
load_builtin(void)
{
	size_t i;

	countries = xrealloc(NULL, NELEM(builtin) * sizeof *countries);
	for (i = 0; i < NELEM(builtin); i++) {
		struct country *c = &countries[i];
		memset(c, 0, sizeof *c);
		memcpy(c->iso, builtin[i].iso, 4);
		c->name = xstrdup(builtin[i].name);
		c->gender = builtin[i].gender[0] == '-' ? 'm' : builtin[i].gender[0];
		c->noart = builtin[i].gender[0] == '-';
		c->dm = xstrdup(builtin[i].dm);
		c->df = xstrdup(builtin[i].df);
		c->dmp = plural(c->dm);
		c->dfp = plural(c->df);
		c->capital = builtin[i].capital;
		c->culture = builtin[i].culture;
	}
	ncountries = NELEM(builtin);
}

static int
has_flag(const char *flags, const char *f)
{
	size_t n = strlen(f);
	const char *p = flags;

	while (p && *p) {
		if (strncmp(p, f, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return 0;
}

static int
all_upper(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x80 && *s >= 'a' && *s <= 'z')
			return 0;
	return 1;
}

/* The first place of each country in DIR/places.tsv (form TAB LOC TAB
   alpha-3), for the countries whose capital the built-in list lacks:
   mostly the capital, else a main city. */
static struct place { char iso[4]; char *name; } *places;
static size_t nplaces;

static void
load_places(const char *dir)
{
	char path[4096], line[1024];
	FILE *f;
	size_t i;

	snprintf(path, sizeof path, "%s/places.tsv", dir);
	if (!(f = fopen(path, "r")))
		return;
	while (fgets(line, sizeof line, f)) {
		char *form = line, *type, *val, *flags;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !(type = strchr(form, '\t')))
			continue;
		*type++ = '\0';
		if (!(val = strchr(type, '\t')))
			continue;
		*val++ = '\0';
		if ((flags = strchr(val, '\t')))
			*flags++ = '\0';
		if (strcmp(type, "LOC") || strlen(val) != 3 || (flags && *flags)
		    || !(form[0] >= 'A' && form[0] <= 'Z'))
			continue;
		for (i = 0; i < nplaces && strcmp(places[i].iso, val); i++)
			;
		if (i < nplaces)
			continue;
		places = xrealloc(places, (nplaces + 1) * sizeof *places);
		memcpy(places[nplaces].iso, val, 4);
		places[nplaces++].name = xstrdup(form);
	}
	fclose(f);
}

static const char *
place_of(const char *iso)
{
	size_t i;

	for (i = 0; i < nplaces; i++)
		if (strcmp(places[i].iso, iso) == 0)
			return places[i].name;
	return NULL;
}

/* Reads country names (type GPE) and nationality adjectives (type DEM)
   with an ISO 3166-1 alpha-3 value from DIR/countries.tsv, the lexicon of
   mc-tag: "form TAB TYPE TAB value [TAB flags]", flags f (feminine) and
   pl (plural).  Returns 0 when the file cannot be read. */
static int
load_lexicon(const char *dir)
{
	char path[4096], line[1024];
	FILE *f;
	size_t i, nl = 0;
	int marks_gender = 0;
	struct rawc { char iso[4]; char *name; char g; char *dm, *df, *dmp, *dfp; } *rc = NULL;
	size_t nrc = 0;

	snprintf(path, sizeof path, "%s/countries.tsv", dir);
	if (!(f = fopen(path, "r")))
		return 0;
	while (fgets(line, sizeof line, f)) {
		char *fld[4] = {0}, *p = line, *form, *type, *val, *flags;
		int nf = 0;
		struct rawc *c;

		nl++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		while (nf < 4) {
			fld[nf++] = p;
			if (!(p = strchr(p, '\t')))
				break;
			*p++ = '\0';
		}
		if (nf < 3)
			continue;
		form = fld[0], type = fld[1], val = fld[2], flags = nf > 3 ? fld[3] : "";
		if (strlen(val) != 3 || val[0] < 'A' || val[0] > 'Z' || val[1] < 'A' || val[1] > 'Z'
		    || val[2] < 'A' || val[2] > 'Z' || !*form)
			continue;
		if (has_flag(flags, "en") || has_flag(flags, "amb") || has_flag(flags, "ctx")
		    || has_flag(flags, "region") || has_flag(flags, "weak"))
			continue;
		for (i = 0; i < nrc && strcmp(rc[i].iso, val); i++)
			;
		if (i == nrc) {
			rc = xrealloc(rc, (nrc + 1) * sizeof *rc);
			memset(&rc[nrc], 0, sizeof *rc);
			memcpy(rc[nrc].iso, val, 4);
			nrc++;
		}
		c = &rc[i];
		if (strcmp(type, "GPE") == 0) {
			unsigned char c0 = (unsigned char)form[0], c1 = (unsigned char)form[1];
			if (!(c0 >= 'A' && c0 <= 'Z') && !(c0 == 0xC3 && c1 >= 0x80 && c1 < 0xA0))
				continue;       /* a capital (À-Þ too), not "îles Cook" */
			if (strlen(form) > 1 && all_upper(form))        /* RDC, USA */
				continue;
			if (has_flag(flags, "f") || has_flag(flags, "pl"))
				marks_gender = 1;
			/* the first one is the name of reference */
			if (!c->name) {
				free(c->name);
				c->name = xstrdup(form);
				c->g = has_flag(flags, "pl") ? 'p' : has_flag(flags, "f") ? 'f' : 'm';
			}
		} else if (strcmp(type, "DEM") == 0) {
			char **slot;
			if (!((unsigned char)form[0] >= 'a' && (unsigned char)form[0] <= 'z')
			    && !((unsigned char)form[0] == 0xC3 && (unsigned char)form[1] >= 0xA0))
				continue;       /* the noun (un Marocain), not the adjective */
			if (has_flag(flags, "pl"))
				slot = has_flag(flags, "f") ? &c->dfp : &c->dmp;
			else
				slot = has_flag(flags, "f") ? &c->df : &c->dm;
			if (!*slot)
				*slot = xstrdup(form);
		}
	}
	fclose(f);
	(void)nl;
	load_places(dir);
	countries = NULL;
	ncountries = 0;
	for (i = 0; i < nrc; i++) {
		struct rawc *r = &rc[i];
		struct country *c;
		if (r->name && strncmp(r->name, "Île ", strlen("Île ")) == 0) {
			free(r->name);     /* "à l'île de Man": not worth a rule */
			r->name = NULL;
		}
		if (!r->name || !r->dm) {
			free(r->name), free(r->dm), free(r->df), free(r->dmp), free(r->dfp);
			continue;
		}
		countries = xrealloc(countries, (ncountries + 1) * sizeof *countries);
		c = &countries[ncountries++];
		memset(c, 0, sizeof *c);
		memcpy(c->iso, r->iso, 4);
		c->name = r->name;
		c->dm = r->dm;
		c->df = r->df ? r->df : xstrdup(r->dm);
		c->dmp = r->dmp ? r->dmp : plural(c->dm);
		c->dfp = r->dfp ? r->dfp : plural(c->df);
		if (marks_gender) {
			c->gender = r->g;
			guess_gender(c);        /* only for the article-less names */
			if (!c->noart)
				c->gender = r->g;
		} else {
			guess_gender(c);
		}
		c->capital = capital_of(c->iso);
		if (!c->capital)
			c->capital = place_of(c->iso);
		c->culture = culture_of(c->iso);
	}
	free(rc);
	return 1;
}

static int
country_index(const char *iso)
{
	size_t i;

	for (i = 0; i < ncountries; i++)
		if (strcmp(countries[i].iso, iso) == 0)
			return (int)i;
	return -1;
}

/* ---- people ---- */

static const char *given_m[NCULT][16] = {
	[CU_MAGHREB] = {"Abdelkrim", "Youssef", "Hicham", "Mohamed Amine", "Saïd", "Noureddine",
		"Abdellatif", "Rachid", "Kaïs", "Driss", "Mehdi", "Anouar", "Abdeslam", "Lahcen",
		"Brahim", "Othmane"},
	[CU_FRENCH] = {"Jean-Noël", "Noël", "Pierre-Yves", "Thibault", "Laurent", "Jérôme", "Benoît",
		"Hervé", "Stéphane", "Grégoire", "Rémi", "Loïc", "Aurélien", "François", "Gaëtan",
		"Jean-Marc"},
	[CU_DUTCH] = {"Pieter", "Koen", "Joris", "Wouter", "Bart", "Hendrik", "Geert", "Maarten",
		"Jef", "Sander", "Ruud", "Dirk"},
	[CU_GERMAN] = {"Jürgen", "Matthias", "Stefan", "Klaus", "Jörg", "Tobias", "Günther",
		"Björn", "Ulrich", "Reinhard", "Lukas"},
	[CU_IBERIAN] = {"José", "Fernando", "Íñigo", "Raúl", "Joaquín", "Andrés", "João", "Sérgio",
		"António", "Rubén", "Nuño", "Álvaro"},
	[CU_ITALIAN] = {"Giuseppe", "Lorenzo", "Federico", "Niccolò", "Salvatore", "Carlo", "Gianluca",
		"Massimo", "Alessandro"},
	[CU_NORDIC] = {"Søren", "Lars", "Mikael", "Jukka", "Timo", "Henrik", "Ville", "Anders",
		"Pekka", "Håkan"},
	[CU_WESTAFRICA] = {"Mamadou", "Ousmane", "Cheikh Tidiane", "Abdoulaye", "Moussa", "Ibrahima",
		"Souleymane", "Boubacar", "Alassane", "Amadou", "Idrissa"},
	[CU_EAST] = {"Tomasz", "Piotr", "Andrzej", "Miroslav", "Dragan", "Dimitrios", "Yannis",
		"Mihai", "Zoltán", "Ondřej", "Sergueï"},
	[CU_ANGLO] = {"Richard", "Michael", "Edward", "Patrick", "Owen", "Graham", "Sean", "Daniel"},
	[CU_ARAB] = {"Khaled", "Abdallah", "Fahd", "Nasser", "Salem", "Tarek", "Hazem", "Walid",
		"Sultan", "Ayman"},
	[CU_TURKIC] = {"Mehmet", "Emre", "Burak", "Hakan", "Süleyman", "Ömer", "Selçuk"},
	[CU_ASIAN] = {"Wei", "Hiroshi", "Takeshi", "Min-jun", "Jian", "Kenji", "Seung-ho"},
};

static const char *given_f[NCULT][14] = {
	[CU_MAGHREB] = {"Fatima-Zahra", "Nadia", "Leïla", "Khadija", "Amina", "Salma", "Meriem",
		"Nawal", "Samira", "Houda", "Zineb", "Ghizlane", "Loubna", "Aïcha"},
	[CU_FRENCH] = {"Anaïs", "Chloé", "Hélène", "Zoé", "Joëlle", "Élodie", "Agnès", "Maïté",
		"Bérénice", "Clémence", "Noémie", "Sophie", "Cécile"},
	[CU_DUTCH] = {"Lieve", "Sofie", "Griet", "Marijke", "Els", "Annemie", "Hilde", "Inge",
		"Katrien", "Femke"},
	[CU_GERMAN] = {"Katrin", "Jutta", "Birgit", "Sabine", "Anja", "Dörte", "Ursel", "Franziska",
		"Jördis"},
	[CU_IBERIAN] = {"María José", "Begoña", "Nuria", "Inés", "Lucía", "Ainhoa", "Conceição",
		"Margarida", "Raquel", "Ángela"},
	[CU_ITALIAN] = {"Giulia", "Chiara", "Francesca", "Benedetta", "Raffaella", "Luisa",
		"Annalisa"},
	[CU_NORDIC] = {"Åsa", "Ingrid", "Sanna", "Maarit", "Kirsten", "Mette", "Päivi", "Sigríður"},
	[CU_WESTAFRICA] = {"Aïssatou", "Fatou", "Mariama", "Awa", "Kadiatou", "Ndèye", "Rokia",
		"Adjoa"},
	[CU_EAST] = {"Katarzyna", "Agnieszka", "Jana", "Milena", "Eleni", "Ioana", "Zsófia",
		"Věra"},
	[CU_ANGLO] = {"Catherine", "Sarah", "Fiona", "Siobhán", "Rachel", "Helen"},
	[CU_ARAB] = {"Noura", "Reem", "Dana", "Lamia", "Hala", "Rania"},
	[CU_TURKIC] = {"Ayşe", "Elif", "Zeynep", "Gülşen", "Şebnem"},
	[CU_ASIAN] = {"Mei", "Yuki", "Ji-woo", "Hana", "Lin"},
};

static const char *surnames[NCULT][18] = {
	[CU_MAGHREB] = {"El Mansouri", "Ben Salah", "Aït Taleb", "Ould Cheikh", "Bennani", "Alaoui",
		"El Fassi", "Tazi", "Benjelloun", "Ouazzani", "Berrada", "Lahlou", "Chraïbi",
		"El Idrissi", "Ould Mohamed Lemine", "Ben Ammar", "Trabelsi", "Belkacem"},
	[CU_FRENCH] = {"Noël", "Lefèvre", "Moreau", "de La Roche", "Dubois", "Garnier", "Rousseau",
		"Lemaître", "Béranger", "du Plessis", "Giraud", "Mercier", "Châtelain", "Faure",
		"Besnard", "Le Goff", "Lévêque", "d'Aubigny"},
	[CU_DUTCH] = {"De Moor", "Van den Broeck", "van der Berg", "De Smet", "Peeters", "Janssens",
		"Vermeulen", "Van Damme", "Claes", "Maes", "van Dijk", "ter Horst", "Wouters",
		"Verstraeten", "Van Acker"},
	[CU_GERMAN] = {"Müller", "Weiß", "Köhler", "von Bülow", "Hoffmann", "Krämer", "Baumgärtner",
		"Schäfer", "Groß", "von der Heide", "Fuchs", "Löwenthal", "Brückner"},
	[CU_IBERIAN] = {"Nuñez", "García Ortega", "Muñoz", "Fernández", "de la Fuente", "Ibáñez",
		"del Río", "Peña", "Martín Cabrera", "Domínguez", "dos Santos", "da Silva",
		"Gonçalves", "Araújo", "Simões"},
	[CU_ITALIAN] = {"Di Marco", "De Luca", "Esposito", "Lo Russo", "Colombo", "Rinaldi",
		"Della Valle", "D'Amico", "Ferrà", "Lombardi"},
	[CU_NORDIC] = {"Lindqvist", "Håkansson", "Virtanen", "Mäkelä", "Sørensen", "Järvinen",
		"Nyström", "Koskinen", "Østergaard", "Löfgren"},
	[CU_WESTAFRICA] = {"Diallo", "Ndiaye", "Traoré", "Ouédraogo", "Koné", "Sow", "Ba", "Diop",
		"Keïta", "Ould Sidi", "Touré", "Coulibaly", "Sanogo"},
	[CU_EAST] = {"Nowak", "Kowalczyk", "Dvořák", "Horváth", "Novák", "Petrović", "Wiśniewski",
		"Popescu", "Ionescu", "Papadopoulos", "Karamanlis"},
	[CU_ANGLO] = {"O'Connor", "Whitfield", "McAllister", "Hughes", "Fitzgerald", "Borg",
		"Camilleri"},
	[CU_ARAB] = {"Al Mazrouei", "Al Hashimi", "Al Otaibi", "Haddad", "Khoury", "El Hage",
		"Abou Jaoudé", "Al Kuwari", "Bin Saeed"},
	[CU_TURKIC] = {"Yılmaz", "Demir", "Öztürk", "Çelik", "Şahin", "Aydın"},
	[CU_ASIAN] = {"Zhang", "Tanaka", "Kim", "Liu", "Watanabe", "Park"},
};

static int
count_list(const char *const *a, size_t max)
{
	size_t n = 0;
	while (n < max && a[n])
		n++;
	return (int)n;
}

/* offices: masculine and feminine forms, the portfolio; the nationality
   adjective goes between the two (la ministre fédérale belge de l'Intérieur) */
enum { K_INT, K_FOR, K_JUS, K_MIG, K_SEC, K_POL, K_CIV, K_DIP, K_PM };

static const struct role {
	const char *m, *f, *port;
	int kind;
} roles[] = {
	{"ministre", "ministre", "de l'Intérieur", K_INT},
	{"ministre", "ministre", "de l'Intérieur", K_INT},
	{"ministre", "ministre", "de l'Intérieur et de la Sécurité publique", K_INT},
	{"ministre", "ministre", "de la Sécurité intérieure", K_INT},
	{"ministre fédéral", "ministre fédérale", "de l'Intérieur", K_INT},
	{"ministre", "ministre", "de l'Administration territoriale et de la Décentralisation", K_INT},
	{"ministre", "ministre", "des Affaires étrangères", K_FOR},
	{"ministre", "ministre", "des Affaires étrangères et de la Coopération", K_FOR},
	{"ministre", "ministre", "de la Justice", K_JUS},
	{"ministre", "ministre", "de la Migration et de l'Asile", K_MIG},
	{"ministre", "ministre", "de l'Immigration et de l'Intégration", K_MIG},
	{"secrétaire d'État", "secrétaire d'État", "à l'Asile et à la Migration", K_MIG},
	{"secrétaire d'État", "secrétaire d'État", "à la Sécurité", K_SEC},
	{"ministre délégué", "ministre déléguée", "à la Sécurité", K_SEC},
	{"directeur général", "directrice générale", "de la Sûreté nationale", K_POL},
	{"directeur général", "directrice générale", "de la Police nationale", K_POL},
	{"commissaire général", "commissaire générale", "de la Police fédérale", K_POL},
	{"directeur général", "directrice générale", "de la Protection civile", K_CIV},
	{"ambassadeur", "ambassadrice", "", K_DIP},
	{"Premier ministre", "Première ministre", "", K_PM},
};

struct person {
	int fem, anon, civ, country;
	const struct role *role;
	const char *given, *surname;
	int named;              /* the full designation has been written */
};

/* ---- the article being written ---- */

enum { T_MIG, T_TER, T_RAD, T_ORG, T_HUM, T_DRUG, T_BORD, T_INTEL, T_SEC, T_DIA, T_CIV,
	T_HEALTH, T_ECO, NTOPIC };

static const char *topic_bare[NTOPIC][3] = {
	{"migration", "gestion des flux migratoires", "gouvernance migratoire"},
	{"lutte contre le terrorisme", "lutte antiterroriste", "prévention du terrorisme"},
	{"prévention de la radicalisation", "lutte contre l'extrémisme violent", "déradicalisation"},
	{"lutte contre la criminalité organisée", "lutte contre la criminalité transfrontalière",
		"lutte contre les réseaux criminels"},
	{"lutte contre la traite des êtres humains", "lutte contre le trafic de migrants",
		"démantèlement des réseaux de passeurs"},
	{"lutte contre le trafic de drogue", "lutte contre le narcotrafic",
		"lutte contre le trafic de stupéfiants"},
	{"contrôle des frontières", "surveillance des côtes", "sécurisation des frontières"},
	{"échange d'informations", "partage du renseignement", "échange d'expertises"},
	{"coopération sécuritaire", "sécurité régionale", "partenariat sécuritaire"},
	{"accompagnement des ressortissants établis à l'étranger", "mobilité des ressortissants",
		"accueil des ressortissants à l'étranger"},
	{"protection civile", "gestion des risques de catastrophes naturelles",
		"lutte contre les feux de forêt"},
	{"gestion de la crise sanitaire", "lutte contre la pandémie", "sécurité sanitaire"},
	{"investissement", "coopération économique", "échanges commerciaux"},
};
/* the same with an article, for "dans la lutte contre..." */
static const char *topic_art[NTOPIC][2] = {
	{"la question migratoire", "la gestion des flux migratoires"},
	{"la lutte contre le terrorisme", "la lutte antiterroriste"},
	{"la prévention de la radicalisation", "la lutte contre l'extrémisme"},
	{"la lutte contre la criminalité organisée", "la lutte contre la criminalité transfrontalière"},
	{"la lutte contre la traite des êtres humains", "la lutte contre les réseaux de passeurs"},
	{"la lutte contre le trafic de drogue", "la lutte contre le narcotrafic"},
	{"le contrôle des frontières", "la surveillance des frontières maritimes"},
	{"l'échange d'informations", "le partage du renseignement"},
	{"la coopération sécuritaire", "la sécurité régionale"},
	{"la situation des ressortissants établis à l'étranger", "l'accompagnement de la diaspora"},
	{"la protection civile", "la prévention des catastrophes naturelles"},
	{"la crise sanitaire", "la lutte contre la pandémie de Covid-19"},
	{"la coopération économique", "le développement des investissements"},
};

struct art {
	struct rng r;
	long id;
	int home, guest;        /* country indices */
	const char *place;      /* where the meeting took place */
	long pub, meet;         /* days since 1970-01-01 */
	struct person p[4];     /* A: home official, B: guest, C: one who came with
	                           B, D: one who came with A */
	int topics[6], nt, tcur;
	const char *conf;       /* a conference, for the multilateral leads */
	int apos_curly, nbsp, crlf;
	const char *used[64];   /* templates already used */
	int nused;
};

static const char *moroccan_cities[] = {"Rabat", "Rabat", "Rabat", "Casablanca", "Tanger",
	"Marrakech", "Fès", "Laâyoune", "Dakhla", "Agadir", "Oujda", "Tétouan", "Nador"};
static const char *conferences[] = {
	"la Conférence ministérielle euro-africaine sur la migration et le développement",
	"la réunion des ministres de l'Intérieur du Dialogue 5+5",
	"la réunion ministérielle du Forum mondial de lutte contre le terrorisme",
	"la Conférence régionale sur la sécurité au Sahel",
	"la réunion de haut niveau sur la gestion des frontières en Méditerranée",
	"le Forum ministériel sur la protection civile dans l'espace méditerranéen",
	"la Conférence internationale sur la lutte contre la traite des êtres humains",
	"la session ministérielle du Processus de dialogue euro-africain sur la migration",
	"le Sommet africain sur la sécurité maritime",
	"la réunion des ministres de l'Intérieur du G7 élargie aux partenaires africains",
};
static const char *provinces[] = {"Chefchaouen", "Larache", "Taza", "Ifrane", "Khénifra",
	"Al Hoceïma", "Azilal", "Taroudant", "Figuig", "Guelmim", "Berkane", "Ouezzane"};

static struct person *
P(struct art *a, char who)
{
	return &a->p[who - 'A'];
}

static const struct country *
C(int i)
{
	return &countries[i];
}

static int
vowel_start(const char *s)
{
	static const char *v[] = {"A", "E", "I", "O", "U", "É", "È", "Ê", "Î", "Ô", "Ï", "Â"};
	size_t i;

	for (i = 0; i < NELEM(v); i++)
		if (strncmp(s, v[i], strlen(v[i])) == 0)
			return 1;
	return 0;
}

/* the bare country name with its article: la Belgique, le Portugal, les
   Pays-Bas, Malte; "de" and "à" before it are contracted later */
static void
put_country(struct buf *b, const struct country *c)
{
	if (!c->noart)
		bputs(b, c->gender == 'p' ? "les " : vowel_start(c->name) ? "l'"
		    : c->gender == 'f' ? "la " : "le ");
	bputs(b, c->name);
}

/* "en Belgique", "au Portugal", "aux Pays-Bas", "à Malte", "en Irak" */
static void
put_in_country(struct buf *b, const struct country *c)
{
	if (c->noart)
		bputs(b, !strcmp(c->name, "Israël") || !strcmp(c->name, "Haïti") ? "en " : "à ");
	else if (c->gender == 'p')
		bputs(b, "aux ");
	else if (c->gender == 'f' || vowel_start(c->name))
		bputs(b, "en ");
	else
		bputs(b, "au ");
	bputs(b, c->name);
}

static const char *
dem(const struct country *c, int fem, int pl)
{
	return pl ? (fem ? c->dfp : c->dmp) : (fem ? c->df : c->dm);
}

static void
new_person(struct art *a, struct person *p, int country, int kind_wanted)
{
	int cu = C(country)->culture, n;
	size_t i, k;

	memset(p, 0, sizeof *p);
	p->country = country;
	p->fem = chance(&a->r, 30);
	p->civ = chance(&a->r, 45);
	n = count_list(p->fem ? given_f[cu] : given_m[cu], p->fem ? 14 : 16);
	p->given = (p->fem ? given_f[cu] : given_m[cu])[rnd(&a->r, (uint32_t)n)];
	n = count_list(surnames[cu], 18);
	p->surname = surnames[cu][rnd(&a->r, (uint32_t)n)];
	/* an office of the kind wanted when there is one, any other rarely */
	k = rnd(&a->r, NELEM(roles));
	if (kind_wanted >= 0 && !chance(&a->r, 15))
		for (i = 0; i < NELEM(roles); i++)
			if (roles[(k + i) % NELEM(roles)].kind == kind_wanted) {
				k = (k + i) % NELEM(roles);
				break;
			}
	p->role = &roles[k];
	if (country == a->home && p->role->kind == K_DIP)
		p->role = &roles[0];
	if (strstr(p->role->m, "fédéral") && !strstr("BEL DEU AUT CHE USA CAN NGA BRA MEX ARG ETH "
	    "RUS IND PAK MYS AUS SOM SDN SSD ARE", C(country)->iso))
		p->role = &roles[0];
}

static int is_home(const struct art *a, const struct person *p) { return p->country == a->home; }

/* "ministre belge de l'Intérieur", without an article */
static void
put_role(struct buf *b, const struct art *a, const struct person *p, int with_dem)
{
	const struct role *r = p->role;

	bputs(b, p->fem ? r->f : r->m);
	if (r->kind == K_DIP) {
		/* l'ambassadeur de Belgique au Maroc */
		bputs(b, " de ");
		put_country(b, C(p->country));
		bputc(b, ' ');
		put_in_country(b, C(a->home));
		return;
	}
	if (with_dem && !is_home(a, p)) {
		bputc(b, ' ');
		bputs(b, dem(C(p->country), p->fem, 0));
	}
	if (*r->port) {
		bputc(b, ' ');
		bputs(b, r->port);
	}
}

static void
put_name(struct buf *b, const struct person *p, int civ)
{
	if (civ)
		bputs(b, p->fem ? "Mme " : "M. ");
	bprintf(b, "%s %s", p->given, p->surname);
}

/* first mention */
static void
put_full(struct buf *b, struct art *a, struct person *p, int homologue_ok)
{
	int x = (int)rnd(&a->r, 100);
	const char *le = p->fem ? "la " : "le ";

	p->named = 1;
	if (p->anon) {
		bputs(b, le);
		put_role(b, a, p, 1);
		return;
	}
	if (is_home(a, p)) {
		if (x < 70) {
			bputs(b, le);
			put_role(b, a, p, 0);
			bputs(b, ", ");
			put_name(b, p, p->civ);
		} else {
			put_name(b, p, x >= 90);
			bputs(b, ", ");
			put_role(b, a, p, 0);
		}
		return;
	}
	if (homologue_ok && x < 20) {
		bprintf(b, "son homologue %s, ", dem(C(p->country), p->fem, 0));
		put_name(b, p, p->civ);
	} else if (x < 60 || p->role->kind == K_DIP) {
		bputs(b, le);
		put_role(b, a, p, 1);
		bputs(b, ", ");
		put_name(b, p, p->civ);
	} else if (x < 75) {
		bputs(b, le);
		put_role(b, a, p, 0);
		bputs(b, " de ");
		put_country(b, C(p->country));
		bputs(b, ", ");
		put_name(b, p, p->civ);
	} else {
		put_name(b, p, 0);
		bputs(b, ", ");
		put_role(b, a, p, 1);
	}
}

/* later mentions */
static void
put_short(struct buf *b, struct art *a, struct person *p)
{
	int x = (int)rnd(&a->r, 100);
	const char *noun = p->fem ? p->role->f : p->role->m;

	if (!p->named) {
		put_full(b, a, p, 0);
		return;
	}
	if (p->anon || x < 25) {
		if (p->role->kind == K_DIP || strchr(noun, ' '))
			noun = "responsable";
		bprintf(b, "%s %s", p->fem ? "la" : "le", noun);
		if (!is_home(a, p))
			bprintf(b, " %s", dem(C(p->country), p->fem, 0));
	} else if (x < 75) {
		bprintf(b, "%s %s", p->fem ? "Mme" : "M.", p->surname);
	} else {
		bputs(b, p->surname);
	}
}

/* a date expression for the meeting, consistent with the publication date */
static void
put_when(struct buf *b, struct art *a)
{
	int y, m, d, x = (int)rnd(&a->r, 100);
	long gap = a->pub - a->meet;
	const char *wd = weekday(a->meet);

	civil_from_days(a->meet, &y, &m, &d);
	if (gap == 0 && x < 12)
		bprintf(b, "aujourd'hui %s", wd);
	else if (gap == 1 && x < 12)
		bputs(b, "hier");
	else if (x < 45)
		bputs(b, wd);
	else if (x < 52)
		bprintf(b, "ce %s", wd);
	else if (x < 58 && gap > 0)
		bprintf(b, "%s dernier", wd);
	else if (x < 68)
		bprintf(b, "%s %d%s %s", wd, d, d == 1 ? "er" : "", months[m - 1]);
	else if (x < 76)
		bprintf(b, "le %d%s %s", d, d == 1 ? "er" : "", months[m - 1]);
	else if (x < 82)
		bprintf(b, "le %s %d%s %s %d", wd, d, d == 1 ? "er" : "", months[m - 1], y);
	else if (x < 88)
		bprintf(b, "%s %s", wd, chance(&a->r, 50) ? "matin" : "après-midi");
	else if (x < 93)
		bprintf(b, "dans la soirée de %s", wd);
	else
		bprintf(b, "le %d%s %s %d", d, d == 1 ? "er" : "", months[m - 1], y);
}

static void
put_thousands(struct buf *b, long n, int nbsp)
{
	if (n >= 1000)
		bprintf(b, "%ld%s%03ld", n / 1000, nbsp ? "\xC2\xA0" : " ", n % 1000);
	else
		bprintf(b, "%ld", n);
}

static void expand(struct art *a, struct buf *b, const char *s, size_t n);

/* Variables of the templates: {A} the full designation of person A at the
   first mention, its short one after; {A.s} short; {A.e} "e" when A is a
   woman; {A.il}; {A.nom}; {H} and {G} the home and guest countries with
   their article; {enH}, {enG}; {Hd} {Hdf} {Hdp} {Hdfp} and {Gd}...
   nationality adjectives; {P} the place; {W} a date; {T} the current topic,
   {TA} with an article, {T2} another one; {N} {NB} {KG} {PCT} numbers; {Y}
   the year; {CONF}; {PROV}; {HCITY}. */
static void
var(struct art *a, struct buf *b, const char *v, size_t n)
{
	char name[32];
	int y, m, d;

	if (n >= sizeof name)
		die("template variable too long");
	memcpy(name, v, n);
	name[n] = '\0';
	if (name[0] >= 'A' && name[0] <= 'D' && (name[1] == '\0' || name[1] == '.' || name[1] == ',')) {
		struct person *p = P(a, name[0]);
		const char *f = name[1] == '.' ? name + 2 : name + 1;
		if (!*f || !strcmp(f, ",")) {
			/* {A,}: a comma closes the full designation (mostly) */
			if (p->named) {
				put_short(b, a, p);
			} else {
				put_full(b, a, p, name[0] == 'B' && P(a, 'A')->named
				    && P(a, 'A')->role->kind == p->role->kind);
				if (*f && !chance(&a->r, 15))
					bputc(b, ',');
			}
		}
		else if (!strcmp(f, "s"))
			put_short(b, a, p);
		else if (!strcmp(f, "e"))
			bputs(b, p->fem ? "e" : "");
		else if (!strcmp(f, "le"))
			bputs(b, p->fem ? "la" : "le");
		else if (!strcmp(f, "il"))
			bputs(b, p->fem ? "elle" : "il");
		else if (!strcmp(f, "nom"))
			bputs(b, p->anon ? "le responsable" : p->surname);
		else if (!strcmp(f, "role"))
			put_role(b, a, p, 1);
		else
			die("unknown template variable {%s}", name);
		return;
	}
	if (!strcmp(name, "H") || !strcmp(name, "G"))
		put_country(b, C(name[0] == 'H' ? a->home : a->guest));
	else if (!strcmp(name, "enH") || !strcmp(name, "enG"))
		put_in_country(b, C(name[2] == 'H' ? a->home : a->guest));
	else if (name[0] == 'H' && name[1] == 'd')
		bputs(b, dem(C(a->home), strchr(name + 2, 'f') != NULL, strchr(name + 2, 'p') != NULL));
	else if (name[0] == 'G' && name[1] == 'd')
		bputs(b, dem(C(a->guest), strchr(name + 2, 'f') != NULL, strchr(name + 2, 'p') != NULL));
	else if (!strcmp(name, "P"))
		bputs(b, a->place);
	else if (!strcmp(name, "W"))
		put_when(b, a);
	else if (!strcmp(name, "T"))
		bputs(b, topic_bare[a->tcur][rnd(&a->r, 3)]);
	else if (!strcmp(name, "TA"))
		bputs(b, topic_art[a->tcur][rnd(&a->r, 2)]);
	else if (!strcmp(name, "T2"))
		bputs(b, topic_bare[a->topics[rnd(&a->r, (uint32_t)a->nt)]][rnd(&a->r, 3)]);
	else if (!strcmp(name, "N"))
		bprintf(b, "%u", 2 + rnd(&a->r, 28));
	else if (!strcmp(name, "NB"))
		put_thousands(b, 1000 + (long)rnd(&a->r, 89000), a->nbsp);
	else if (!strcmp(name, "KG"))
		put_thousands(b, 5 + (long)rnd(&a->r, 25000), a->nbsp);
	else if (!strcmp(name, "PCT"))
		bprintf(b, "%u", 2 + rnd(&a->r, 58));
	else if (!strcmp(name, "ORD"))
		bprintf(b, "%ue", 2 + rnd(&a->r, 14));
	else if (!strcmp(name, "Y")) {
		civil_from_days(a->pub, &y, &m, &d);
		bprintf(b, "%d", y);
	} else if (!strcmp(name, "Y1")) {
		civil_from_days(a->pub, &y, &m, &d);
		bprintf(b, "%d", y - 1);
	} else if (!strcmp(name, "CONF"))
		bputs(b, a->conf);
	else if (!strcmp(name, "PROV"))
		bputs(b, PICK(&a->r, provinces));
	else if (!strcmp(name, "HCITY"))
		bputs(b, C(a->home)->capital ? C(a->home)->capital : "la capitale");
	else if (!strcmp(name, "SRC")) {
		static const char *src[] = {"indique un communiqué du ministère de l'Intérieur",
			"selon un communiqué du ministère", "précise un communiqué conjoint",
			"rapporte la même source", "ajoute le communiqué", "souligne la même source"};
		bputs(b, PICK(&a->r, src));
	} else
		die("unknown template variable {%s}", name);
}

/* [a|b|c] chooses one at random (nesting allowed), {x} is a variable */
static void
expand(struct art *a, struct buf *b, const char *s, size_t n)
{
	size_t i = 0, j, start, depth, nalt, k;
	const char *alts[24];
	size_t alen[24];

	while (i < n) {
		if (s[i] == '[') {
			depth = 0;
			nalt = 0;
			start = i + 1;
			for (j = i + 1; j < n; j++) {
				if (s[j] == '[')
					depth++;
				else if (s[j] == ']' && depth)
					depth--;
				else if ((s[j] == '|' || s[j] == ']') && !depth) {
					if (nalt == NELEM(alts))
						die("too many alternatives in a template");
					alts[nalt] = s + start;
					alen[nalt++] = j - start;
					start = j + 1;
					if (s[j] == ']')
						break;
				}
			}
			if (j >= n)
				die("unbalanced [ in a template");
			k = rnd(&a->r, (uint32_t)nalt);
			expand(a, b, alts[k], alen[k]);
			i = j + 1;
		} else if (s[i] == '{') {
			for (j = i + 1; j < n && s[j] != '}'; j++)
				;
			var(a, b, s + i + 1, j - i - 1);
			i = j + 1;
		} else {
			for (j = i; j < n && s[j] != '[' && s[j] != '{'; j++)
				;
			bputn(b, s + i, j - i);
			i = j;
		}
	}
}

/* French contractions and elisions the templates leave to be done:
   de le -> du, à les -> aux, de une -> d'une, la + vowel -> l'... */
static void
contract(struct buf *out, const char *s)
{
	static const struct { const char *from, *to; } rep[] = {
		{" de le ", " du "}, {" de les ", " des "}, {" à le ", " au "}, {" à les ", " aux "},
		{" à Le ", " au "}, {" de Le ", " du "}, {"(de le ", "(du "},
	};
	static const char *elide[] = {" de ", " que ", " le ", " la ", " ne ", " se ", " De ", " Le ", " La "};
	static const char *vowels[] = {"a", "e", "i", "o", "u", "é", "è", "ê", "â", "î", "ô", "É", "A",
		"E", "I", "O", "U"};
	const char *p;
	size_t i, k;

	bclear(out);
	bputc(out, ' ');
	for (p = s; *p;) {
		int done = 0;
		if (*p == ' ' || *p == '(') {
			for (i = 0; i < NELEM(rep) && !done; i++) {
				size_t l = strlen(rep[i].from);
				if (strncmp(p, rep[i].from, l) == 0) {
					bputs(out, rep[i].to);
					p += l;
					done = 1;
				}
			}
			for (i = 0; i < NELEM(elide) && !done; i++) {
				size_t l = strlen(elide[i]);
				if (strncmp(p, elide[i], l) != 0)
					continue;
				for (k = 0; k < NELEM(vowels); k++) {
					size_t vl = strlen(vowels[k]);
					/* a lowercase word, or a country or name after "de" */
					if (strncmp(p + l, vowels[k], vl) == 0
					    && (k < 11 || !strcmp(elide[i], " de "))) {
						bputn(out, elide[i], l - 2);
						bputs(out, "'");
						p += l;
						done = 1;
						break;
					}
				}
			}
		}
		if (!done)
			bputc(out, *p++);
	}
}

/* A template not used yet in the article, when there is one */
#define FRESH(a, arr) fresh((a), (arr), NELEM(arr))
static int
used(const struct art *a, const char *t)
{
	int i;

	for (i = 0; i < a->nused; i++)
		if (a->used[i] == t)
			return 1;
	return 0;
}

/* NULL when all have been used */
static const char *
fresh_or_null(struct art *a, const char *const *arr, size_t n)
{
	size_t i, k = rnd(&a->r, (uint32_t)n);
	const char *t;

	for (i = 0; i < n; i++) {
		t = arr[(k + i) % n];
		if (t && !used(a, t)) {
			if (a->nused < (int)NELEM(a->used))
				a->used[a->nused++] = t;
			return t;
		}
	}
	return NULL;
}

static const char *
fresh(struct art *a, const char *const *arr, size_t n)
{
	const char *t = fresh_or_null(a, arr, n);

	return t ? t : arr[rnd(&a->r, (uint32_t)n)];
}

/* one sentence: expanded, contracted, with a capital at the start */
static void
sentence(struct art *a, struct buf *para, const char *tmpl)
{
	struct buf raw = {0}, c = {0};
	unsigned char *s;

	bputc(&raw, ' ');
	expand(a, &raw, tmpl, strlen(tmpl));
	contract(&c, raw.p);
	s = (unsigned char *)c.p;
	while (*s == ' ')
		s++;
	if (*s >= 'a' && *s <= 'z')
		*s = (unsigned char)(*s - 'a' + 'A');
	else if (s[0] == 0xC3 && s[1] >= 0xA0 && s[1] <= 0xBE)
		s[1] = (unsigned char)(s[1] - 0x20);
	if (para->n && para->p[para->n - 1] != ' ' && para->p[para->n - 1] != '\n')
		bputc(para, ' ');
	bputs(para, (char *)s);
	free(raw.p);
	free(c.p);
}

/* ---- templates ---- */

/* Leads: one sentence with a meeting verb; A is the home official, B the
   guest, C one who came along.  The place {P} is set before. */
static const char *lead_host[] = {
	"{A}, a reçu, {W} à {P}, {B}[, accompagné{B.e} de {C}|, en visite de travail {enH}|].",
	"{A,} a reçu[ en audience|], {W} à {P}, {B}[, à la tête d'une importante délégation|].",
	"{A,} s'est entretenu{A.e}, {W} à {P}, avec {B}[, des moyens de renforcer la coopération bilatérale|, de la coopération en matière de {T}|, des questions d'intérêt commun|].",
	"{A,} a accueilli, {W} à {P}, {B}, [en visite officielle {enH}|venu{B.e} discuter de {TA}|pour une visite de travail de deux jours].",
	"{B,} a été reçu{B.e}, {W} à {P}, par {A}[, avec qui {B.il} a examiné {TA}|].",
	"{A} et {B} ont coprésidé, {W} à {P}, la {ORD} réunion du [groupe de travail mixte|comité mixte de suivi|Groupe migratoire mixte permanent][ sur la migration| chargé des questions sécuritaires|].",
	"{A,} a tenu, {W} à {P}, une séance de travail avec {B}[, en présence de plusieurs hauts responsables des deux pays|].",
	"{A,} s'est réuni{A.e}, {W} à {P}, avec {B}[ pour faire le point sur {TA}|].",
	"{A}, [qui était accompagné{A.e}|accompagné{A.e}] de {D}, s'est entretenu{A.e}, {W} à {P}, avec {B}.",
	"{A,} a offert, {W} à {P}, un déjeuner de travail en l'honneur de {B}.",
};
static const char *lead_visit[] = {
	"{A,} a effectué, {W}, une visite de travail {enG}, [au cours de laquelle|durant laquelle] {A.il} s'est entretenu{A.e} avec {B}.",
	"{A,} s'est rendu{A.e}, {W}, à {P}, où {A.il} a été reçu{A.e} par {B}.",
	"En visite de travail {enG}, {A,} a été reçu{A.e}, {W} à {P}, par {B}[, indique un communiqué du ministère|].",
};
static const char *lead_phone[] = {
	"{A,} a eu, {W}, un entretien téléphonique avec {B}, [consacré à|axé sur|portant sur] {TA}.",
	"{A,} s'est entretenu{A.e} au téléphone, {W}, avec {B}[ au sujet de {TA}|].",
	"{A,} a reçu, {W}, un appel téléphonique de {B}, [avec qui {A.il} a évoqué {TA}|qui a salué la qualité de la coopération bilatérale].",
	"[Lors d'un|Au cours d'un] entretien téléphonique, {W}, {A} et {B} ont [passé en revue|examiné] {TA}.",
};
static const char *lead_video[] = {
	"{A,} a pris part, {W}, par visioconférence, à {CONF}[, aux côtés de {B}|, à laquelle participait également {B}|].",
	"{A,} a participé, {W}, par visioconférence, à {CONF}, [en présence de|avec] {B} et de plusieurs ministres européens et africains.",
	"{A} et {B} ont tenu, {W}, une réunion par visioconférence consacrée à {TA}.",
	"{A,} s'est entretenu{A.e}, {W}, par visioconférence avec {B}[ de {TA}|].",
};
static const char *lead_conf[] = {
	"{A,} a rencontré, {W}, {B}, en marge de {CONF}[, tenue à {P}|].",
	"En marge de {CONF}, {A} s'est entretenu{A.e}, {W} à {P}, avec {B}.",
	"{A,} a pris part, {W} à {P}, à {CONF}, en présence de {B}[ et de représentants de plusieurs organisations internationales|].",
};

static const char *lead_followup[] = {
	"Cette rencontre s'est déroulée en présence de [plusieurs hauts responsables des deux pays|l'ambassadeur {Gd} {enH}|{C}|{D}|responsables sécuritaires des deux pays].",
	"[La rencontre|L'entretien|Cette réunion] [s'inscrit dans le cadre|intervient dans le contexte] [du dialogue régulier|des consultations périodiques|de la dynamique de coopération] entre les deux pays, {SRC}.",
	"{B.s} [effectue|effectuait] une visite de [travail|deux jours|trois jours] {enH}[ à l'invitation de {A.s}|].",
};

static const char *generic_topic[] = {
	"[À cette occasion|Lors de cet entretien|Au cours de cette réunion], les deux [ministres|parties|responsables] ont [passé en revue|examiné|évoqué] [l'état de|les perspectives de|les moyens de renforcer] la coopération bilatérale en matière de {T}[, {SRC}|].",
	"Les [entretiens|discussions] ont [également|en outre|par ailleurs] porté sur {TA}, [un domaine dans lequel|un volet où] les deux pays entretiennent [une coopération exemplaire|un partenariat solide|des relations de confiance].",
	"{A.s} a [mis en avant|souligné|rappelé] [l'approche|la stratégie|la démarche] [globale|intégrée|proactive] adoptée par {H} en matière de {T}[, saluant la qualité de la coopération avec {G}|].",
	"De son côté, {B.s} a [salué|loué|mis en exergue] [les efforts de {H} dans {TA}, qu'{B.il} a qualifiés de « remarquables »|le rôle de {H} dans {TA}, soulignant la volonté de son pays de [consolider|approfondir] ce partenariat|l'engagement de {H} en matière de {T}].",
	"Les deux [parties|délégations] ont [convenu|décidé] de [renforcer|intensifier|consolider] leur coordination en matière de {T}, {SRC}.",
};

static const char *topic_sent[NTOPIC][4] = {
	[T_MIG] = {
		"Sur le plan migratoire, {A.s} a [présenté|détaillé] la politique {Hdf} [d'immigration et d'asile|en matière de migration], [fondée sur une approche humaniste|qui place le migrant au cœur des politiques publiques|articulée autour de la régularisation et de l'intégration].",
		"Les deux parties ont insisté sur la nécessité d'une gestion [concertée|partagée|responsable] des flux migratoires, [fondée sur le principe de la responsabilité partagée|entre pays d'origine, de transit et de destination].",
		"[Ils|Les deux responsables] ont [aussi|également] abordé la question de la mobilité [légale|circulaire] et [du retour volontaire des migrants en situation irrégulière|de la migration de travail|de la délivrance des visas].",
		"{A.s} a [rappelé|souligné] que la migration [doit être appréhendée comme|constitue] un facteur de développement [partagé|pour les pays d'origine comme pour les pays d'accueil].",
	},
	[T_TER] = {
		"Dans le domaine de la lutte contre le terrorisme, {A.s} a [rappelé|exposé] la stratégie [nationale|multidimensionnelle] de {H}, qui [conjugue|associe] [l'action sécuritaire|la prévention] et [la coopération internationale|le démantèlement des cellules terroristes].",
		"Les deux ministres ont [exprimé leur préoccupation|fait part de leur inquiétude] face à la menace [terroriste|des groupes terroristes] dans la région du Sahel[ et au retour des combattants terroristes étrangers|].",
		"[Ils|Les deux parties] ont salué le niveau de la coopération antiterroriste entre leurs services[, qui a permis de déjouer plusieurs projets d'attentats|].",
	},
	[T_RAD] = {
		"[Ils|Les deux parties] ont [également|aussi] souligné l'importance de la prévention de la radicalisation [en milieu carcéral|chez les jeunes|en ligne] et des programmes de [réinsertion|déradicalisation].",
		"{A.s} a présenté l'expérience de {H} en matière de lutte contre l'extrémisme, [notamment la formation des imams|fondée sur la promotion d'un islam du juste milieu|qui associe les acteurs religieux et la société civile].",
	},
	[T_ORG] = {
		"Les deux responsables ont [convenu|décidé] d'intensifier la lutte contre la criminalité [organisée|transfrontalière] et [les réseaux criminels|le blanchiment d'argent|la cybercriminalité].",
		"{B.s} a [salué|relevé] l'efficacité des services de sécurité de {H} dans le démantèlement des réseaux criminels [transnationaux|qui opèrent entre les deux rives de la Méditerranée].",
	},
	[T_HUM] = {
		"[Ils|Les deux ministres] ont [également|par ailleurs] évoqué la lutte contre la traite des êtres humains et le trafic de migrants, [qui exploitent la détresse des personnes vulnérables|dont les réseaux de passeurs tirent profit].",
		"{A.s} a [indiqué|précisé] que {NB} réseaux de passeurs avaient été démantelés [depuis {Y1}|au cours des dernières années].",
	},
	[T_DRUG] = {
		"La lutte contre le trafic de drogue, [notamment de cocaïne|en particulier de résine de cannabis|mais aussi de psychotropes], a [également|aussi] été au menu des discussions, [face à des réseaux de plus en plus structurés|face à l'évolution des routes du narcotrafic].",
		"Les deux parties ont convenu de [renforcer|développer] les enquêtes conjointes [contre les réseaux de narcotrafic|sur les filières du trafic de stupéfiants].",
	},
	[T_BORD] = {
		"{A.s} a [mis en avant|rappelé] les efforts [consentis|déployés] par {H} en matière de [contrôle frontalier|surveillance des côtes|sécurisation des frontières], qui ont permis [d'avorter des milliers de tentatives d'émigration irrégulière|de démanteler de nombreux réseaux].",
		"Les deux ministres ont évoqué [la surveillance des frontières maritimes|le contrôle aux points de passage frontaliers|la modernisation des équipements de contrôle aux frontières].",
	},
	[T_INTEL] = {
		"Les deux parties ont convenu de renforcer [les canaux d'échange d'informations|le partage du renseignement|l'échange d'expertises] [pour mieux anticiper les menaces communes|entre leurs services respectifs|au niveau opérationnel].",
		"[Ils|Les deux ministres] ont souligné l'importance de l'échange [d'informations|de renseignements] [en temps réel|de manière régulière] entre les services des deux pays.",
	},
	[T_SEC] = {
		"[Ils|Les deux ministres] ont [réaffirmé|souligné] [leur attachement à|l'importance de] [la sécurité régionale|une coopération sécuritaire étroite|un partenariat sécuritaire durable] [au service de la stabilité de l'espace méditerranéen|dans un contexte régional marqué par de multiples défis].",
		"{B.s} a qualifié {H} de [partenaire fiable|partenaire stratégique|acteur majeur] de la sécurité [régionale|dans la région].",
	},
	[T_DIA] = {
		"Les [discussions|échanges] ont [également|en outre] mis en exergue le rôle de la communauté {Hdf} établie {enG}, [qui constitue un pont humain entre les deux pays|forte de plusieurs centaines de milliers de personnes].",
		"{A.s} a remercié les autorités {Gdfp} pour leur [appui|soutien|concours] [au bon déroulement de l'opération de transit estival|à l'accueil des ressortissants {Hdp}].",
	},
	[T_CIV] = {
		"Les deux ministres ont [abordé|examiné] la coopération en matière de protection civile, [notamment la lutte contre les feux de forêt|en particulier la gestion des risques de catastrophes naturelles|à la lumière des récentes inondations].",
		"[Ils|Les deux parties] ont [convenu|décidé] d'organiser des exercices conjoints de [secours|protection civile] [au cours de l'année {Y}|dans les prochains mois].",
	},
	[T_HEALTH] = {
		"[Ils|Les deux responsables] ont [également|aussi] échangé sur [la gestion de la crise sanitaire|les répercussions de la pandémie de Covid-19] et [la coordination des mesures aux frontières|ses conséquences sur la mobilité des personnes].",
	},
	[T_ECO] = {
		"Les discussions ont [aussi|également] porté sur [le renforcement des investissements|les échanges commerciaux|la coopération économique] entre les deux pays[, appelés à atteindre de nouveaux paliers|].",
	},
};

static const char *agree_sent[] = {
	"[À l'issue de|Au terme de] [cet entretien|cette réunion|la rencontre], les deux parties ont [signé|paraphé] [un mémorandum d'entente|un accord de coopération|une déclaration d'intention|une feuille de route] [portant sur {TA}|en matière de {T}].",
	"Les deux ministres ont [convenu de|décidé de] [mettre en place|créer|réactiver] un [groupe de travail conjoint|comité mixte de suivi|mécanisme de concertation régulier] [sur {TA}|chargé de {TA}].",
	"[Ils|Les deux parties] ont [également|aussi] convenu de tenir la prochaine session du [comité mixte|groupe de travail] {enG}[ au cours du second semestre| avant la fin de l'année {Y}|].",
	"Un [plan d'action|programme de formation|programme d'échange] [conjoint|commun] en matière de {T} sera [élaboré|mis en œuvre] [dans les prochains mois|d'ici la fin de l'année].",
};

static const char *closing_sent[] = {
	"[Les deux ministres ont exprimé|Les deux parties ont réitéré] leur volonté de [poursuivre|intensifier|renforcer] [la concertation|le dialogue|la coordination] [dans tous les domaines d'intérêt commun|sur les questions sécuritaires et migratoires], conclut le communiqué.",
	"{A.s} a réitéré à son homologue la disposition de {H} à [poursuivre|approfondir] cette coopération[, dans le respect des intérêts communs|], {SRC}.",
	"Les deux responsables se sont félicités de la qualité des relations [bilatérales|qui unissent les deux pays][, fondées sur la confiance et le respect mutuel|].",
	"« Notre coopération avec {H} est [exemplaire|essentielle|un modèle], et nous entendons la [renforcer|développer] », a déclaré {B.s} [à l'issue de l'entretien|devant la presse].",
};

/* the king, a head of state: named, not taking part */
static const char *mention_sent[] = {
	"Cette coopération s'inscrit [en droite ligne des|dans le cadre des] Hautes Orientations de Sa Majesté le Roi Mohammed VI, que Dieu L'assiste, {SRC}.",
	"Les deux ministres ont rappelé l'importance de la visite [d'État|officielle] effectuée l'an dernier par le président {Gd} {enH}.",
};

static const char *headline_meet[] = {
	"{A.nom} reçoit {B.le} [ministre|responsable] {Gd}[ de l'Intérieur| de la Sécurité|]",
	"{A.nom} [s'entretient|discute] avec son homologue {Gd} [de la coopération sécuritaire|de la migration et du terrorisme|des moyens de renforcer la coopération]",
	"Coopération sécuritaire : {H} et {G} renforcent leur partenariat",
	"[Migration|Terrorisme|Sécurité] : entretien[ téléphonique|] entre {A.nom} et {B.nom}",
	"Le ministre de l'Intérieur examine avec son homologue {Gd} les moyens de renforcer la coopération",
	"{B.nom} en visite de travail {enH}",
	"[Rabat et|{H} et] {G} [veulent|entendent] [approfondir|renforcer] leur coopération en matière de {T}",
	"{A.nom} et {B.nom} passent en revue la coopération bilatérale",
};

/* articles without a meeting */
static const char *arrest_head[] = {
	"Démantèlement d'un réseau [de trafic de drogue|de trafic de migrants|criminel] à {P}",
	"{P} : arrestation de {N} individus pour [trafic de drogue|émigration clandestine|escroquerie]",
	"[Saisie de|Plus de] {KG} kg de [chira|cocaïne|cannabis] [à {P}|près de {P}]",
};
static const char *arrest_lead[] = {
	"Les éléments de [la police judiciaire|la brigade nationale de la police judiciaire|la gendarmerie|la police] de {P} ont [interpellé|arrêté], {W}, {N} individus, dont [une femme|un ressortissant {Gd}|deux mineurs], soupçonnés d'appartenir à un réseau [de trafic de drogue|de trafic de migrants|d'organisation de l'émigration irrégulière|de trafic de psychotropes].",
	"Les services de sécurité ont [démantelé|neutralisé], {W} à {P}, un réseau [criminel|de trafic international de drogue|de passeurs] composé de {N} membres, [dont un ressortissant {Gd}|âgés de 20 à 45 ans].",
};
static const char *arrest_body[] = {
	"Les opérations de fouille ont permis la saisie de {KG} kg de [chira|cocaïne|cannabis], de {N} véhicules et d'une somme d'argent [en monnaie nationale et en devises|soupçonnée de provenir de cette activité criminelle], précise un communiqué [de la direction générale de la sûreté|des services de sécurité].",
	"Les mis en cause ont été placés en garde à vue à la disposition de l'enquête menée sous la supervision du parquet compétent, afin de [déterminer les ramifications éventuelles de ce réseau|identifier l'ensemble des complices].",
	"Cette opération s'inscrit dans le cadre des efforts [soutenus|continus] des services de sécurité pour [lutter contre la criminalité organisée|démanteler les réseaux de trafic de drogue|contrer les réseaux d'émigration irrégulière].",
	"Selon les premiers éléments de l'enquête, le réseau [opérait depuis plusieurs mois|utilisait des embarcations pneumatiques|disposait de ramifications à l'étranger].",
};
static const char *stats_head[] = {
	"Migration irrégulière : {NB} tentatives avortées en {Y1}",
	"Bilan {Y1} : [hausse|baisse] des saisies de drogue",
	"Protection civile : {NB} interventions [l'an dernier|en {Y1}]",
};
static const char *stats_lead[] = {
	"[Les autorités|Les services de sécurité] ont avorté {NB} tentatives d'émigration irrégulière au cours de l'année {Y1}, selon un bilan [rendu public|publié] {W} par le ministère de l'Intérieur.",
	"Les saisies de [résine de cannabis|cocaïne|comprimés psychotropes] ont atteint {KG} [tonnes|kg] en {Y1}, [soit une hausse|soit une baisse] de {PCT} % par rapport à l'année précédente, selon des chiffres [officiels|publiés {W}].",
	"Les services de la protection civile ont effectué {NB} interventions en {Y1}, [dont une majorité liée aux accidents de la route|principalement pour des incendies et des inondations], selon le bilan annuel présenté {W}.",
};
static const char *stats_body[] = {
	"Ce chiffre représente une [hausse|baisse] de {PCT} % par rapport à l'année précédente, [précise le document|souligne la même source].",
	"Par ailleurs, {N} réseaux criminels [actifs dans le trafic de migrants|de passeurs] ont été démantelés, tandis que {NB} migrants en détresse ont été secourus en mer.",
	"[Selon le même bilan|D'après la même source], {NB} personnes ont bénéficié [du programme de retour volontaire|d'une aide au retour volontaire] vers leur pays d'origine.",
	"Le document relève [que la pression migratoire demeure forte|une évolution des routes utilisées par les réseaux] [sur la façade atlantique|en Méditerranée occidentale|aux frontières terrestres].",
};
static const char *opinion_head[] = {
	"[Tribune|Point de vue|Analyse] : [la coopération sécuritaire euro-africaine à l'épreuve des faits|repenser la gouvernance migratoire|les nouveaux défis du Sahel]",
	"[Opinion|Décryptage] : ce que révèlent les chiffres de la migration irrégulière",
};
static const char *opinion_body[] = {
	"La question migratoire s'impose [depuis plusieurs années|désormais] comme l'un des [enjeux majeurs|sujets les plus sensibles] des relations entre l'Europe et l'Afrique.",
	"Les gouvernements successifs ont multiplié les [accords|déclarations|feuilles de route], sans toujours [en mesurer les effets|associer les pays de transit].",
	"Comme l'a rappelé le ministre {Gd} de l'Intérieur [dans un récent entretien|lors d'une conférence de presse], « [la sécurité des uns ne peut se construire sans celle des autres|aucun pays ne peut relever seul ce défi] ».",
	"Reste que la lutte contre le terrorisme ne saurait se réduire à sa dimension sécuritaire : [l'éducation, l'emploi et la gouvernance locale|la prévention et la réinsertion] en sont des leviers essentiels.",
	"Les réseaux criminels, eux, s'adaptent [plus vite que les institutions|à chaque nouvelle mesure], profitant [de la porosité des frontières|des failles de la coordination régionale].",
	"Il faudra donc [sortir d'une logique purement sécuritaire|penser la mobilité comme une ressource], au risque de voir [les drames se répéter|la défiance s'installer durablement].",
};
static const char *fire_head[] = {
	"[Incendie de forêt|Feux de forêt] : {N} hectares [ravagés|détruits] dans la province de {PROV}",
	"Inondations dans la province de {PROV} : la protection civile mobilisée",
};
static const char *fire_body[] = {
	"Un incendie de forêt s'est déclaré, {W}, dans la province de {PROV}, [ravageant près de {N} hectares|selon les autorités locales], a-t-on appris de source locale.",
	"Les éléments de la protection civile, appuyés par [des avions bombardiers d'eau|les forces auxiliaires|les services des eaux et forêts], ont été mobilisés pour [circonscrire le feu|secourir les habitants].",
	"Aucune perte humaine n'a été déplorée, [précise la même source|selon un bilan provisoire], tandis que les opérations de [refroidissement|nettoyage] se poursuivent.",
	"Les fortes chaleurs et les vents [violents|secs] ont favorisé la propagation des flammes, [indiquent les services météorologiques|selon les autorités].",
};
static const char *decision_head[] = {
	"Le Conseil de gouvernement adopte un projet de décret relatif à [la protection civile|la sûreté nationale|l'état civil]",
};
static const char *decision_body[] = {
	"Le Conseil de gouvernement, réuni {W} à {HCITY}, a adopté un projet de décret relatif à [l'organisation de la protection civile|la réorganisation des services de police|la gestion des risques de catastrophes].",
	"Présenté par le ministre de l'Intérieur, ce texte vise à [moderniser le cadre juridique|renforcer l'efficacité des interventions|clarifier les attributions des différents services].",
	"Le Conseil a également [approuvé|examiné] des propositions de nomination à de hautes fonctions, {SRC}.",
};

static const char *lire_aussi[] = {">>Lire aussi : ", ">> Lire aussi: ", "Lire aussi : ", "À lire aussi : "};

/* ---- an article ---- */

static int
topic_taken(const struct art *a, int t)
{
	int i;
	for (i = 0; i < a->nt; i++)
		if (a->topics[i] == t)
			return 1;
	return 0;
}

static void
choose_topics(struct art *a)
{
	static const int weight[NTOPIC] = {30, 25, 8, 12, 10, 8, 10, 14, 14, 6, 5, 3, 3};
	int total = 0, i, w;

	for (i = 0; i < NTOPIC; i++)
		total += weight[i];
	a->nt = 0;
	for (int want = 2 + (int)rnd(&a->r, 4); a->nt < want;) {
		w = (int)rnd(&a->r, (uint32_t)total);
		for (i = 0; w >= weight[i]; i++)
			w -= weight[i];
		if (!topic_taken(a, i))
			a->topics[a->nt++] = i;
	}
}

static int
pick_partner(struct art *a)
{
	int k;

	if (ncountries <= 1)
		return 0;
	do {
		if (chance(&a->r, 55)) {
			k = country_index(PICK(&a->r, partners));
			if (k < 0)
				continue;
		} else {
			k = (int)rnd(&a->r, (uint32_t)ncountries);
		}
	} while (k < 0 || k == a->home);
	return k;
}

static const char *
home_city(struct art *a, int c)
{
	if (strcmp(countries[c].iso, "MAR") == 0)
		return PICK(&a->r, moroccan_cities);
	return countries[c].capital;
}

/* Separate each paragraph with the article's separator */
struct layout {
	const char *sep;
	int final_newline;
};

static void
para_end(struct buf *out, const struct layout *l)
{
	bputs(out, l->sep);
}

/* The headline of another story, for ">>Lire aussi" */
static void
other_headline(struct art *a, struct buf *out)
{
	struct art o = *a;
	struct buf b = {0};

	rseed(&o.r, rnext(&a->r), (uint64_t)a->id);
	o.guest = pick_partner(&o);
	new_person(&o, &o.p[0], o.home, K_INT);
	new_person(&o, &o.p[1], o.guest, K_INT);
	o.place = home_city(&o, o.home);
	if (!o.place)
		o.place = "Rabat";
	choose_topics(&o);
	o.tcur = o.topics[0];
	switch (rnd(&o.r, 3)) {
	case 0: sentence(&o, &b, PICK(&o.r, headline_meet)); break;
	case 1: sentence(&o, &b, PICK(&o.r, stats_head)); break;
	default: sentence(&o, &b, PICK(&o.r, arrest_head)); break;
	}
	bputs(out, b.p);
	free(b.p);
}

enum { A_MEET, A_ARREST, A_STATS, A_OPINION, A_FIRE, A_DECISION };

struct totals {
	long articles, no_meeting, no_final_newline;
	uint64_t bytes;
};

static void
write_article(struct art *a, struct buf *out, int no_meeting_pct, struct totals *tot)
{
	struct buf para = {0};
	struct layout l;
	int kind, i, y, m, d, np, lire_at, headline, dateline, leadx, abroad;
	static const char *seps[] = {"\n\n", "\n\n", "\n\n", "\n\n", "\n\n", "\n", "\n", "\n\n\n\n",
		"\n \n", "\n\n\n"};
	long day0 = days_from_civil(2016, 1, 1), day1 = days_from_civil(2025, 6, 30);

	bclear(out);
	/* the frame: countries, people, dates, layout */
	a->home = country_index("MAR");
	if (a->home < 0)
		a->home = 0;
	if (chance(&a->r, 22)) {
		int h = country_index(PICK(&a->r, homes));
		if (h >= 0)
			a->home = h;
	}
	a->guest = pick_partner(a);
	a->pub = day0 + (long)rnd(&a->r, (uint32_t)(day1 - day0));
	a->meet = a->pub - (chance(&a->r, 60) ? 0 : 1 + (long)rnd(&a->r, 2));
	a->apos_curly = chance(&a->r, 50);
	a->nbsp = chance(&a->r, 15);
	a->crlf = chance(&a->r, 2);
	choose_topics(a);
	a->tcur = a->topics[0];
	a->conf = PICK(&a->r, conferences);
	l.sep = PICK(&a->r, seps);
	l.final_newline = !chance(&a->r, 33);
	new_person(a, &a->p[0], a->home, K_INT);
	new_person(a, &a->p[1], a->guest, chance(&a->r, 70) ? a->p[0].role->kind : -1);
	new_person(a, &a->p[2], a->guest, chance(&a->r, 50) ? K_SEC : K_DIP);
	new_person(a, &a->p[3], a->home, chance(&a->r, 50) ? K_SEC : K_POL);
	a->p[1].anon = chance(&a->r, 6);
	a->place = home_city(a, a->home);
	if (!a->place)
		a->place = "la capitale";

	kind = A_MEET;
	if (chance(&a->r, no_meeting_pct)) {
		static const int kinds[] = {A_ARREST, A_ARREST, A_ARREST, A_STATS, A_STATS, A_OPINION,
			A_OPINION, A_FIRE, A_DECISION};
		kind = PICK(&a->r, kinds);
		tot->no_meeting++;
	}

	/* page furniture before the text, rarely */
	civil_from_days(a->pub, &y, &m, &d);
	if (chance(&a->r, 5)) {
		bprintf(out, "Publié le %d %s %d à %dh%02u", d, months[m - 1], y, 7 + (int)rnd(&a->r, 14),
		    rnd(&a->r, 60));
		para_end(out, &l);
	}
	if (chance(&a->r, 3))
		bprintf(out, " date %04d-%02d ", y, m);

	/* headline */
	/* the kind of lead: a visit abroad changes the headline too */
	leadx = (int)rnd(&a->r, 100);
	abroad = leadx >= 55 && leadx < 70 && C(a->guest)->capital;
	headline = chance(&a->r, 82);
	if (headline) {
		bclear(&para);
		switch (kind) {
		case A_MEET: {
			const char *h = PICK(&a->r, headline_meet);
			if (abroad && strstr(h, "{enH}"))
				h = "{A.nom} en visite de travail {enG}";
			sentence(a, &para, h);
			break;
		}
		case A_ARREST: sentence(a, &para, PICK(&a->r, arrest_head)); break;
		case A_STATS: sentence(a, &para, PICK(&a->r, stats_head)); break;
		case A_OPINION: sentence(a, &para, PICK(&a->r, opinion_head)); break;
		case A_FIRE: sentence(a, &para, PICK(&a->r, fire_head)); break;
		default: sentence(a, &para, PICK(&a->r, decision_head)); break;
		}
		bputs(out, para.p);
		para_end(out, &l);
		/* names in a headline are not a first mention */
		a->p[0].named = a->p[1].named = 0;
	}

	/* the first paragraph: a dateline, the lead */
	bclear(&para);
	dateline = chance(&a->r, 40) && kind != A_OPINION;
	if (dateline) {
		static const char *dash[] = {" — ", " - ", " – ", " -- "};
		const char *city = a->place;
		if (kind == A_MEET || !C(a->home)->capital)
			city = C(a->home)->capital ? C(a->home)->capital : "Rabat";
		if (chance(&a->r, 10)) {
			/* RABAT, 12 mars (MAP) - */
			for (const char *s = city; *s; s++)
				bputc(&para, (*s >= 'a' && *s <= 'z') ? (char)(*s - 32) : *s);
			bprintf(&para, ", %d %s (MAP) - ", d, months[m - 1]);
		} else {
			bprintf(&para, "%s%s", city, PICK(&a->r, dash));
		}
	}
	switch (kind) {
	case A_MEET: {
		int x = leadx;
		const char *const *set;
		size_t n;
		if (x < 55) {
			set = lead_host, n = NELEM(lead_host);
		} else if (abroad) {
			set = lead_visit, n = NELEM(lead_visit);
			a->place = C(a->guest)->capital;
		} else if (x < 82) {
			set = lead_phone, n = NELEM(lead_phone);
		} else if (x < 91) {
			set = lead_video, n = NELEM(lead_video);
		} else {
			static const char *cities[] = {"Bruxelles", "Genève", "Vienne", "Lisbonne", "Madrid",
				"Niamey", "Abuja", "Marrakech", "Rome", "Paris", "Addis-Abeba", "Nouakchott"};
			set = lead_conf, n = NELEM(lead_conf);
			a->place = PICK(&a->r, cities);
		}
		/* the lead starts the text when there is no dateline: a capital */
		sentence(a, &para, set[rnd(&a->r, (uint32_t)n)]);
		if (chance(&a->r, 35))
			sentence(a, &para, abroad ? lead_followup[rnd(&a->r, 2)] : FRESH(a, lead_followup));
		break;
	}
	case A_ARREST:
		sentence(a, &para, PICK(&a->r, arrest_lead));
		break;
	case A_STATS:
		sentence(a, &para, PICK(&a->r, stats_lead));
		break;
	case A_OPINION: {
		struct person *p = &a->p[3];
		bprintf(&para, "Par %s %s, %s en %s", p->given, p->surname,
		    p->fem ? "chercheuse" : "chercheur",
		    PICK(&a->r, ((const char *[]){"relations internationales", "sciences politiques",
		        "études sécuritaires", "géopolitique"})));
		bputs(out, para.p);
		para_end(out, &l);
		bclear(&para);
		sentence(a, &para, opinion_body[0]);
		break;
	}
	case A_FIRE:
		sentence(a, &para, fire_body[0]);
		break;
	default:
		sentence(a, &para, decision_body[0]);
		break;
	}
	bputs(out, para.p);
	para_end(out, &l);

	/* the body */
	np = kind == A_MEET ? 4 + (int)rnd(&a->r, 6) : 2 + (int)rnd(&a->r, 3);
	lire_at = chance(&a->r, 15) ? (int)rnd(&a->r, (uint32_t)np) : -1;
	for (i = 0; i < np; i++) {
		int ns = 1 + (int)rnd(&a->r, 3), s;
		bclear(&para);
		for (s = 0; s < ns; s++) {
			switch (kind) {
			case A_MEET:
				a->tcur = a->topics[(i + s) % a->nt];
				if (i == np - 1 && s == ns - 1 && chance(&a->r, 55))
					sentence(a, &para, FRESH(a, closing_sent));
				else if (i == np - 2 && chance(&a->r, 40))
					sentence(a, &para, FRESH(a, agree_sent));
				else if (chance(&a->r, 6) && !strcmp(C(a->home)->iso, "MAR"))
					sentence(a, &para, FRESH(a, mention_sent));
				else if (chance(&a->r, 35))
					sentence(a, &para, FRESH(a, generic_topic));
				else {
					/* a sentence on the topic, else a generic one, else
					   one on any topic the article has */
					int nts = count_list(topic_sent[a->tcur], 4), k;
					const char *t = fresh_or_null(a, topic_sent[a->tcur], (size_t)nts);
					if (!t)
						t = fresh_or_null(a, generic_topic, NELEM(generic_topic));
					for (k = 0; !t && k < a->nt; k++) {
						a->tcur = a->topics[k];
						nts = count_list(topic_sent[a->tcur], 4);
						t = fresh_or_null(a, topic_sent[a->tcur], (size_t)nts);
					}
					sentence(a, &para, t ? t : fresh(a, closing_sent, NELEM(closing_sent)));
				}
				break;
			case A_ARREST: sentence(a, &para, FRESH(a, arrest_body)); break;
			case A_STATS: sentence(a, &para, FRESH(a, stats_body)); break;
			case A_OPINION: sentence(a, &para, fresh(a, opinion_body + 1, NELEM(opinion_body) - 1)); break;
			case A_FIRE: sentence(a, &para, fresh(a, fire_body + 1, NELEM(fire_body) - 1)); break;
			default: sentence(a, &para, fresh(a, decision_body + 1, NELEM(decision_body) - 1)); break;
			}
		}
		bputs(out, para.p);
		para_end(out, &l);
		if (i == lire_at) {
			bputs(out, PICK(&a->r, lire_aussi));
			other_headline(a, out);
			para_end(out, &l);
		}
	}

	/* agency trailer, page furniture */
	if (chance(&a->r, 35)) {
		if (chance(&a->r, 85))
			bprintf(out, "(MAP-%02d/%02d/%04d)", d, m, y);
		else
			bputs(out, "(MAP)");
		para_end(out, &l);
	}
	if (chance(&a->r, 25)) {
		static const char *furniture[] = {
			"Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n\nBouton retour en haut de la page\nclose button",
			"Laisser un commentaire",
			"Bouton retour en haut de la page",
			"Partager :\nFacebook Twitter WhatsApp",
			"Tags : sécurité, migration, coopération",
			"Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.\n\nBouton retour en haut de la page",
			"Publicité",
		};
		bputs(out, PICK(&a->r, furniture));
		para_end(out, &l);
	}

	/* the layout decides the end of the text */
	while (out->n && (out->p[out->n - 1] == '\n' || out->p[out->n - 1] == ' '))
		out->n--;
	out->p[out->n] = '\0';
	if (l.final_newline)
		bputc(out, '\n');
	else
		tot->no_final_newline++;
	free(para.p);
}

/* the article's typography: apostrophes, no-break spaces, line ends */
static void
typography(struct art *a, struct buf *in, struct buf *out)
{
	const char *s;

	bclear(out);
	for (s = in->p; *s; s++) {
		if (*s == '\'' && a->apos_curly)
			bputs(out, "\xE2\x80\x99");
		else if (*s == ' ' && a->nbsp && (s[1] == ':' || s[1] == ';' || s[1] == '?'
		    || s[1] == '!' || !strncmp(s + 1, "»", 2)))
			bputs(out, "\xC2\xA0");
		else if (*s == ' ' && a->nbsp && s - in->p >= 2 && !strncmp(s - 2, "«", 2))
			bputs(out, "\xC2\xA0");
		else if (*s == '\n' && a->crlf)
			bputs(out, "\r\n");
		else
			bputc(out, *s);
	}
}

/* ---- gzip: deflate with fixed Huffman codes, LZ77 on a 32 KiB window ---- */

#define GZ_WIN 32768
#define GZ_CHUNK (256 * 1024)
#define GZ_MAXM 258
#define GZ_HBITS 15

struct gz {
	FILE *f;
	uint32_t crc, isize;
	uint64_t bits;
	int nbits;
	unsigned char *buf;     /* history, then pending input */
	size_t len, pos;
	int32_t *head, *prev;
};

static uint32_t crc_table[256];

static void
crc_init(void)
{
	uint32_t c, n, k;

	for (n = 0; n < 256; n++) {
		for (c = n, k = 0; k < 8; k++)
			c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
		crc_table[n] = c;
	}
}

static void
gz_bits(struct gz *z, uint32_t v, int n)
{
	z->bits |= (uint64_t)v << z->nbits;
	z->nbits += n;
	while (z->nbits >= 8) {
		putc((int)(z->bits & 0xFF), z->f);
		z->bits >>= 8;
		z->nbits -= 8;
	}
}

static uint32_t
rev(uint32_t c, int n)
{
	uint32_t r = 0;
	while (n--) {
		r = (r << 1) | (c & 1);
		c >>= 1;
	}
	return r;
}

static void
gz_sym(struct gz *z, int c)
{
	if (c < 144)
		gz_bits(z, rev(0x30 + (uint32_t)c, 8), 8);
	else if (c < 256)
		gz_bits(z, rev(0x190 + (uint32_t)(c - 144), 9), 9);
	else if (c < 280)
		gz_bits(z, rev((uint32_t)(c - 256), 7), 7);
	else
		gz_bits(z, rev(0xC0 + (uint32_t)(c - 280), 8), 8);
}

static void
gz_match(struct gz *z, int len, int dist)
{
	static const int lbase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35,
		43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
	static const int lext[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4,
		4, 4, 4, 5, 5, 5, 5, 0};
	static const int dbase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
		257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
	static const int dext[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9,
		9, 10, 10, 11, 11, 12, 12, 13, 13};
	int i = 28, j = 29;

	while (lbase[i] > len)
		i--;
	gz_sym(z, 257 + i);
	gz_bits(z, (uint32_t)(len - lbase[i]), lext[i]);
	while (dbase[j] > dist)
		j--;
	gz_bits(z, rev((uint32_t)j, 5), 5);
	gz_bits(z, (uint32_t)(dist - dbase[j]), dext[j]);
}

static uint32_t
gz_hash(const unsigned char *p)
{
	uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
	return (v * 2654435761u) >> (32 - GZ_HBITS);
}

static void
gz_insert(struct gz *z, size_t p)
{
	uint32_t h = gz_hash(z->buf + p);
	z->prev[p] = z->head[h];
	z->head[h] = (int32_t)p;
}

static void
gz_encode(struct gz *z, int final)
{
	size_t end = z->len, lim = final ? end : end - GZ_MAXM;
	unsigned char *b = z->buf;

	while (z->pos < lim) {
		size_t p = z->pos, best = 0, dist = 0, maxl = end - p, k;
		if (maxl > GZ_MAXM)
			maxl = GZ_MAXM;
		if (p + 3 <= end) {
			int32_t c = z->head[gz_hash(b + p)];
			int chain = 48;
			while (c >= 0 && p - (size_t)c <= GZ_WIN && chain--) {
				if (b[c + best] == b[p + best]) {
					for (k = 0; k < maxl && b[c + k] == b[p + k]; k++)
						;
					if (k > best) {
						best = k;
						dist = p - (size_t)c;
						if (k == maxl)
							break;
					}
				}
				c = z->prev[c];
			}
			gz_insert(z, p);
		}
		if (best >= 3) {
			gz_match(z, (int)best, (int)dist);
			for (k = 1; k < best; k++)
				if (p + k + 3 <= end)
					gz_insert(z, p + k);
			z->pos += best;
		} else {
			gz_sym(z, b[p]);
			z->pos++;
		}
	}
}

static void
gz_slide(struct gz *z)
{
	size_t shift, i;

	if (z->pos <= GZ_WIN)
		return;
	shift = z->pos - GZ_WIN;
	memmove(z->buf, z->buf + shift, z->len - shift);
	memmove(z->prev, z->prev + shift, (z->len - shift) * sizeof *z->prev);
	z->len -= shift;
	z->pos -= shift;
	for (i = 0; i < (1u << GZ_HBITS); i++)
		z->head[i] = z->head[i] >= (int32_t)shift ? z->head[i] - (int32_t)shift : -1;
	for (i = 0; i < z->pos; i++)
		z->prev[i] = z->prev[i] >= (int32_t)shift ? z->prev[i] - (int32_t)shift : -1;
}

static void
gz_open(struct gz *z, FILE *f)
{
	static const unsigned char hdr[10] = {0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
	size_t i;

	if (!z->buf) {
		z->buf = xrealloc(NULL, GZ_WIN + GZ_CHUNK);
		z->prev = xrealloc(NULL, (GZ_WIN + GZ_CHUNK) * sizeof *z->prev);
		z->head = xrealloc(NULL, (1u << GZ_HBITS) * sizeof *z->head);
	}
	for (i = 0; i < (1u << GZ_HBITS); i++)
		z->head[i] = -1;
	z->f = f;
	z->crc = 0xFFFFFFFFu;
	z->isize = 0;
	z->bits = 0;
	z->nbits = 0;
	z->len = z->pos = 0;
	fwrite(hdr, 1, sizeof hdr, f);
	gz_bits(z, 0, 1);       /* BFINAL 0 */
	gz_bits(z, 1, 2);       /* BTYPE 01: fixed Huffman codes */
}

static void
gz_write(struct gz *z, const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++)
		z->crc = crc_table[(z->crc ^ (unsigned char)s[i]) & 0xFF] ^ (z->crc >> 8);
	z->isize += (uint32_t)n;
	while (n) {
		k = GZ_WIN + GZ_CHUNK - z->len;
		if (k > n)
			k = n;
		memcpy(z->buf + z->len, s, k);
		z->len += k;
		s += k;
		n -= k;
		if (z->len == GZ_WIN + GZ_CHUNK) {
			gz_encode(z, 0);
			gz_slide(z);
		}
	}
}

static void
gz_close(struct gz *z)
{
	uint32_t crc;
	int i;

	gz_encode(z, 1);
	gz_sym(z, 256);         /* end of block */
	gz_bits(z, 1, 1);       /* an empty final block */
	gz_bits(z, 1, 2);
	gz_sym(z, 256);
	if (z->nbits)
		gz_bits(z, 0, 8 - z->nbits);
	crc = z->crc ^ 0xFFFFFFFFu;
	for (i = 0; i < 4; i++)
		putc((int)((crc >> (8 * i)) & 0xFF), z->f);
	for (i = 0; i < 4; i++)
		putc((int)((z->isize >> (8 * i)) & 0xFF), z->f);
}

/* ---- output ---- */

static void
json_string(struct buf *b, const char *s, size_t n)
{
	size_t i;

	bputc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			bputc(b, '\\');
			bputc(b, (char)c);
		} else if (c == '\n') {
			bputs(b, "\\n");
		} else if (c == '\r') {
			bputs(b, "\\r");
		} else if (c == '\t') {
			bputs(b, "\\t");
		} else if (c < 0x20) {
			bprintf(b, "\\u%04x", c);
		} else {
			bputc(b, (char)c);
		}
	}
	bputc(b, '"');
}

static uint64_t
parse_size(const char *s)
{
	char *end;
	double v;
	uint64_t mult = 1;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || v < 0)
		return 0;
	switch (*end) {
	case 'k': case 'K': mult = 1ULL << 10; end++; break;
	case 'm': case 'M': mult = 1ULL << 20; end++; break;
	case 'g': case 'G': mult = 1ULL << 30; end++; break;
	case 't': case 'T': mult = 1ULL << 40; end++; break;
	}
	if (*end == 'i')
		end++;
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end)
		return 0;
	return (uint64_t)(v * (double)mult);
}

static void
usage(FILE *f)
{
	fprintf(f,
"Usage: gen-corpus [OPTION]...\n"
"Write a reproducible corpus of French news articles for the benchmarks of\n"
"mc: ministry communiqués and agency dispatches about meetings between\n"
"officials of many countries, and articles with no meeting (arrests, yearly\n"
"records, opinion pieces, fires, government decisions).  Article N is the\n"
"same for a given seed and country list whatever the size asked, so a\n"
"smaller corpus is a prefix of a larger one (PCG32, one stream an article;\n"
"the same bytes on every machine for the same version of this program).\n"
"\n"
"An article has a headline (most do), sometimes a dateline (\"Rabat — \"),\n"
"a lead whose meeting verb (a reçu, s'est entretenu avec, a eu un entretien\n"
"téléphonique avec, a pris part par visioconférence à, a effectué une visite\n"
"de travail...) joins officials named with office and nationality, then\n"
"paragraphs on the topics of the meeting, agreements, weekdays and dates;\n"
"an agency trailer \"(MAP-dd/mm/yyyy)\" on about a third, web-page furniture\n"
"(\"Laisser un commentaire\", \">>Lire aussi : ...\") on about a quarter;\n"
"straight or typographic apostrophes, no-break spaces and CR LF on some.\n"
"\n"
"Where the articles go (at least one of --out and --single):\n"
"  -o, --out=DIR         one file an article: DIR/000001.txt, DIR/000002.txt...\n"
"                        (DIR is created; about a third of the files have\n"
"                        no final newline, as web scrapes often do)\n"
"      --single=FILE     all articles in one stream, byte for byte what\n"
"                        'cat DIR/*.txt' would give; - for standard output\n"
"      --format=FMT      of the --single stream: txt (default), or jsonl:\n"
"                        one {\"id\":\"000001\",\"text\":\"...\"} a line\n"
"      --gzip            compress: DIR/000001.txt.gz..., and the --single\n"
"                        stream as one gzip member (name it FILE.gz)\n"
"\n"
"What is written:\n"
"  -s, --size=SIZE       stop after the article that reaches SIZE bytes of\n"
"                        text (before compression); suffixes K, M, G are\n"
"                        powers of 1024 (default 10M)\n"
"  -n, --count=N         write N articles instead (overrides --size)\n"
"      --seed=N          seed of the pseudo-random generator (default 1)\n"
"      --no-meeting=PCT  share of articles with no meeting (default 20)\n"
"      --lexicon-dir=DIR read country names and nationality adjectives from\n"
"                        DIR/countries.tsv (mc's lexicon format: form TAB\n"
"                        GPE|DEM TAB ISO-3166 alpha-3 [TAB flags]); without\n"
"                        it, or when that file is missing, a built-in list\n"
"                        of %zu countries; cities of the countries that\n"
"                        list lacks come from DIR/places.tsv\n"
"  -q, --quiet           no summary on standard error\n"
"  -h, --help            show this help and exit\n"
"  -V, --version         show the version and exit\n"
"\n"
"Example:\n"
"  gen-corpus --size 100M --seed 7 --lexicon-dir data/lexicon --out news\n"
"  gen-corpus --size 1G --single corpus.txt.gz --gzip\n"
"\n"
"Exit status: 0 on success, 1 on a write error, 2 on bad usage.\n",
	    NELEM(builtin));
}

static void
bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'gen-corpus --help' for more information.\n");
	exit(2);
}

static const char *
optval(int argc, char **argv, int *i, const char *longname, char shortname)
{
	const char *a = argv[*i];
	size_t n = strlen(longname);

	if (a[0] == '-' && a[1] == '-' && strncmp(a + 2, longname, n) == 0) {
		if (a[2 + n] == '=')
			return a + 3 + n;
		if (a[2 + n] == '\0') {
			if (*i + 1 >= argc)
				bad_usage("option --%s needs a value", longname);
			return argv[++*i];
		}
		return NULL;
	}
	if (shortname && a[0] == '-' && a[1] == shortname) {
		if (a[2])
			return a + 2;
		if (*i + 1 >= argc) {
			char o[3] = {'-', shortname, 0};
			bad_usage("option %s needs a value", o);
		}
		return argv[++*i];
	}
	return NULL;
}

int
main(int argc, char **argv)
{
	const char *outdir = NULL, *single = NULL, *lexdir = NULL, *v;
	int gzip = 0, quiet = 0, jsonl = 0, no_meeting = 20, i;
	uint64_t size = 10ULL << 20, seed = 1;
	long count = -1, id;
	FILE *sf = NULL;
	struct gz sgz = {0}, fgz = {0};
	struct buf raw = {0}, text = {0}, rec = {0};
	struct totals tot = {0};
	char path[4096], *end;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("gen-corpus (mc) %s\n", VERSION);
			return 0;
		} else if (!strcmp(a, "--gzip")) {
			gzip = 1;
		} else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
			quiet = 1;
		} else if ((v = optval(argc, argv, &i, "out", 'o'))) {
			outdir = v;
		} else if ((v = optval(argc, argv, &i, "single", 0))) {
			single = v;
		} else if ((v = optval(argc, argv, &i, "format", 0))) {
			if (!strcmp(v, "jsonl"))
				jsonl = 1;
			else if (strcmp(v, "txt"))
				bad_usage("--format: txt or jsonl, not '%s'", v);
		} else if ((v = optval(argc, argv, &i, "size", 's'))) {
			if (!(size = parse_size(v)))
				bad_usage("--size: not a size: '%s' (e.g. 500K, 100M, 1G)", v);
		} else if ((v = optval(argc, argv, &i, "count", 'n'))) {
			count = strtol(v, &end, 10);
			if (*end || count < 0)
				bad_usage("--count: not a number: '%s'", v);
		} else if ((v = optval(argc, argv, &i, "seed", 0))) {
			errno = 0;
			seed = strtoull(v, &end, 0);
			if (*end || errno)
				bad_usage("--seed: not a number: '%s'", v);
		} else if ((v = optval(argc, argv, &i, "no-meeting", 0))) {
			no_meeting = (int)strtol(v, &end, 10);
			if (*end || no_meeting < 0 || no_meeting > 100)
				bad_usage("--no-meeting: a percentage, not '%s'", v);
		} else if ((v = optval(argc, argv, &i, "lexicon-dir", 0))) {
			lexdir = v;
		} else {
			bad_usage("unknown option or argument '%s'", a);
		}
	}
	if (!outdir && !single)
		bad_usage("%s", "say where to write: --out DIR, --single FILE, or both");

	if (lexdir && load_lexicon(lexdir)) {
		from_lexicon = 1;
		if (country_index("MAR") < 0) {
			/* the home of most communiqués */
			countries = xrealloc(countries, (ncountries + 1) * sizeof *countries);
			memset(&countries[ncountries], 0, sizeof *countries);
			memcpy(countries[ncountries].iso, "MAR", 4);
			countries[ncountries].name = xstrdup("Maroc");
			countries[ncountries].gender = 'm';
			countries[ncountries].dm = xstrdup("marocain");
			countries[ncountries].df = xstrdup("marocaine");
			countries[ncountries].dmp = xstrdup("marocains");
			countries[ncountries].dfp = xstrdup("marocaines");
			countries[ncountries].capital = "Rabat";
			ncountries++;
		}
	}
	if (!from_lexicon) {
		if (lexdir && !quiet)
			fprintf(stderr, "%s: %s/countries.tsv: cannot read it, using the built-in list of countries\n",
			    progname, lexdir);
		load_builtin();
	}
	if (ncountries < 2)
		die("%s/countries.tsv: fewer than two countries with a name and a nationality adjective",
		    lexdir);
	crc_init();

	if (outdir && mkdir(outdir, 0777) != 0 && errno != EEXIST)
		die("%s: %s", outdir, strerror(errno));
	if (single) {
		if (!strcmp(single, "-"))
			sf = stdout;
		else if (!(sf = fopen(single, "wb")))
			die("%s: %s", single, strerror(errno));
		if (gzip)
			gz_open(&sgz, sf);
	}

	for (id = 1; count >= 0 ? id <= count : tot.bytes < size; id++) {
		struct art a;
		memset(&a, 0, sizeof a);
		a.id = id;
		rseed(&a.r, seed, (uint64_t)id);
		write_article(&a, &raw, no_meeting, &tot);
		typography(&a, &raw, &text);
		tot.articles++;
		tot.bytes += text.n;
		if (outdir) {
			FILE *f;
			snprintf(path, sizeof path, "%s/%06ld.txt%s", outdir, id, gzip ? ".gz" : "");
			if (!(f = fopen(path, "wb")))
				die("%s: %s", path, strerror(errno));
			if (gzip) {
				gz_open(&fgz, f);
				gz_write(&fgz, text.p, text.n);
				gz_close(&fgz);
			} else {
				fwrite(text.p, 1, text.n, f);
			}
			if (ferror(f) | fclose(f))
				die("%s: write error", path);
		}
		if (sf) {
			const char *p = text.p;
			size_t n = text.n;
			if (jsonl) {
				bclear(&rec);
				bprintf(&rec, "{\"id\":\"%06ld\",\"text\":", id);
				json_string(&rec, text.p, text.n);
				bputs(&rec, "}\n");
				p = rec.p;
				n = rec.n;
			}
			if (gzip)
				gz_write(&sgz, p, n);
			else
				fwrite(p, 1, n, sf);
		}
	}
	if (sf) {
		if (gzip)
			gz_close(&sgz);
		if (ferror(sf) | (sf == stdout ? fflush(sf) : fclose(sf)))
			die("%s: write error", single);
	}
	if (!quiet)
		fprintf(stderr, "%s: %ld articles (%ld with no meeting, %ld with no final newline), "
		    "%llu bytes of text, %zu countries (%s)\n", progname, tot.articles, tot.no_meeting,
		    tot.no_final_newline, (unsigned long long)tot.bytes, ncountries,
		    from_lexicon ? "countries.tsv" : "built-in list");
	free(raw.p);
	free(text.p);
	free(rec.p);
	return 0;
}
