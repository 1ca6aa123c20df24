/* Country names in French beside their codes, wherever a person reads
   a table or the report: iso-codes' French names, the first name of each
   code in lexicon/countries.tsv. */
#include <stdlib.h>
#include <string.h>

#include "summarise/summarise.h"

struct country { char code[4]; char *name; };
static struct country *countries;
static size_t ncountries;
static int names_loaded;

static int
country_line(char **f, int nf, const char *path, long line, void *ctx)
{
	size_t i;

	(void)path, (void)line, (void)ctx;
	/* the first name of a code is iso-codes' French one; "en" lines
	   are the English names */
	if (strcmp(f[1], "GPE") || strlen(f[2]) != 3 || (nf > 3 && strstr(f[3], "en")))
		return 1;
	for (i = 0; i < ncountries; i++)
		if (!strcmp(countries[i].code, f[2]))
			return 1;
	countries = xrealloc(countries, (ncountries + 1) * sizeof *countries);
	memcpy(countries[ncountries].code, f[2], 4);
	countries[ncountries++].name = xstrdup(f[0]);
	return 1;
}

const char *
country_name(const char *code)
{
	size_t i;

	if (!names_loaded) {
		char *path = data_path("lexicon/countries.tsv");
		names_loaded = 1;
		tsv_each(path, country_line, NULL);
		free(path);
	}
	for (i = 0; code && i < ncountries; i++)
		if (!strcmp(countries[i].code, code))
			return countries[i].name;
	return code ? code : "";
}

