/* Every city of libgeonames (Debian libgeonames-dev), one a line:
   id, name, country code (alpha-2), population, latitude, longitude,
   time zone.  gen-gazetteer.py reads it; mc does not link libgeonames. */
#include <geonames.h>
#include <stdio.h>

int
main(void)
{
	const gchar *id, *name, *admin, *state, *cc, *country, *tz;
	guint32 pop;
	gdouble lat, lon;
	gint i, n = geonames_get_n_cities();

	for (i = 0; i < n; i++) {
		GeonamesCity *c = geonames_get_city(i);

		g_variant_get(c, "(&s&s&s&s&s&s&sudd)", &id, &name, &admin, &state, &cc, &country,
		    &tz, &pop, &lat, &lon);
		printf("%s\t%s\t%s\t%u\t%.5f\t%.5f\t%s\n", id, name, cc, pop, lat, lon, tz);
		geonames_city_free(c);
	}
	return 0;
}
