/* Reading records with jansson. */
#include <string.h>

#include "mc.h"

json_t *
json_read_line(const char *s, size_t n, char *err, size_t errsz)
{
	json_error_t e;
	json_t *v = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &e);

	if (!v) {
		snprintf(err, errsz, "not JSON: %s (column %d)", e.text, e.column);
		return NULL;
	}
	if (!json_is_object(v)) {
		snprintf(err, errsz, "not a JSON object");
		json_decref(v);
		return NULL;
	}
	return v;
}

const char *
jstr(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

long
jint(json_t *obj, const char *key, long dflt)
{
	json_t *v = json_object_get(obj, key);

	return json_is_integer(v) ? (long)json_integer_value(v) : dflt;
}
