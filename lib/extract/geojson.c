/* Events as an RFC 7946 FeatureCollection: one Point a placed event,
   [longitude, latitude], the event's fields as its properties.  A
   stream: the collection opens before the first event and closes at
   the end, so that events need not be held. */
#include "extract/geo.h"

static int features;

void
geojson_begin(void)
{
	out_write("{\"type\":\"FeatureCollection\",\"features\":[\n", 41);
	features = 0;
}

/* 1 when the event had a geo and was written. */
int
geojson_feature(json_t *ev)
{
	json_t *geo = json_object_get(ev, "geo"), *lat, *lon;
	mc_buf *b;

	lat = json_object_get(geo, "lat");
	lon = json_object_get(geo, "lon");
	if (!json_is_number(lat) || !json_is_number(lon))
		return 0;
	b = out_buf();
	buf_adds(b, features++ ? ",\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
	    : "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
	jw_value(b, lon);
	buf_addc(b, ',');
	jw_value(b, lat);
	buf_adds(b, "]},\"properties\":");
	jw_value(b, ev);
	buf_addc(b, '}');
	out_end();
	return 1;
}

void
geojson_end(void)
{
	out_write("\n]}\n", features ? 4 : 3);
}
