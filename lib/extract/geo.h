/* Places on the map: data/geo/ read, and an event's place found in it. */
#ifndef MC_GEO_H
#define MC_GEO_H

#include "io/io.h"

struct geo_place {
	char *name;             /* the first form of its lines: French if known */
	long geonames;
	char country[4];        /* ISO 3166-1 alpha-3 */
	double lat, lon;
	long population;
};

/* Every *.tsv of data/geo/, in name order; 0 after reporting a bad line. */
int geo_init(void);

/* territories.tsv: the state whose officials serve in a territory
   (Martinique's prefect is France's); state_of gives it, or the code
   itself for any other country (NULL for NULL). */
int territories_load(const char *path);
const char *state_of(const char *country);

/* The place named name (as the text writes it), chosen among the places
   of that name by the countries given (most telling first; the first
   ntelling settle the choice, the others only lean), else by population;
   *unsure when that choice was close.  NULL: no such place. */
const struct geo_place *geo_find(const char *name, const char *const *countries, size_t n,
    size_t ntelling, int *unsure);

/* Events with a place but no geo, by why, for --stats. */
enum geo_why { GEO_UNKNOWN, GEO_COUNTRY, GEO_NO_COUNTRY, GEO_NWHY };
struct geo_stats { unsigned long n[GEO_NWHY]; };
void geo_count(enum geo_why why);
const struct geo_stats *geo_stats(void);

/* geojson.c: --format geojson, one Point feature a placed event */
void geojson_begin(void);
int geojson_feature(json_t *ev);
void geojson_end(void);

#endif
