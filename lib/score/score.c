/* Who is the same participant: names reduced as the reference scorer
   reduces them (NFKD, marks dropped, titles left out), then paired. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "tag/names.h"
#include "score/score.h"

static const char *stop[] = {"m", "mme", "mr", "mrs", "ms", "dr", "pr", "s", "e", "sa", "son",
	"majeste", "le", "la", "les", "l", "excellence", "monsieur", "madame", NULL};

/* Like the reference: NFKD, marks dropped, lower case, anything not a
   letter or digit is a space; then the words, less titles. */
static size_t
name_tokens(const char *s, char tok[][64], size_t max)
{
	utf8proc_uint8_t *d = NULL;
	utf8proc_int32_t cp;
	size_t n = 0, len = 0, i = 0, k;
	utf8proc_ssize_t r, m;
	char cur[64];

	if (!s)
		return 0;
	m = utf8proc_map((const utf8proc_uint8_t *)s, 0, &d, UTF8PROC_NULLTERM | UTF8PROC_COMPAT
	    | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK);
	if (m < 0)
		return 0;
	for (;;) {
		int alnum = 0;
		utf8proc_uint8_t enc[4];
		r = i < (size_t)m ? utf8proc_iterate(d + i, m - (utf8proc_ssize_t)i, &cp) : 0;
		if (r > 0) {
			utf8proc_category_t c = utf8proc_category(cp);
			alnum = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO)
			    || (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
		}
		if (alnum) {
			utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_tolower(cp), enc);
			if (len + (size_t)e < sizeof cur)
				memcpy(cur + len, enc, (size_t)e), len += (size_t)e;
		} else if (len) {
			cur[len] = '\0';
			for (k = 0; stop[k] && strcmp(stop[k], cur); k++)
				;
			if (!stop[k] && n < max)
				strcpy(tok[n++], cur);
			len = 0;
		}
		if (r <= 0)
			break;
		i += (size_t)r;
	}
	free(d);
	return n;
}

int
score_same_person(const char *g, const char *p)
{
	char gt[16][64], pt[16][64];
	size_t ng = name_tokens(g, gt, 16), np = name_tokens(p, pt, 16), i;

	if (!ng || !np)
		return 0;
	for (i = 0; i < np; i++)
		if (names_close(gt[ng - 1], pt[i]))
			return 1;
	for (i = 0; i < ng; i++)
		if (names_close(pt[np - 1], gt[i]))
			return 1;
	return 0;
}


/* Country as the reference reads it: trimmed, upper case, or none. */
static const char *
iso(json_t *v, char *buf, size_t n)
{
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	size_t i, k = 0;

	if (!s)
		return NULL;
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	for (i = 0; s[i] && k + 1 < n; i++)
		buf[k++] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	while (k && (buf[k - 1] == ' ' || buf[k - 1] == '\t' || buf[k - 1] == '\n'))
		k--;
	buf[k] = '\0';
	return k ? buf : NULL;
}

char *
score_name_key(const char *name)
{
	char t[16][64];
	size_t n = name_tokens(name, t, 16), i;
	mc_buf b = {0};

	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(&b, ' ');
		buf_adds(&b, t[i]);
	}
	return buf_cstr(&b);
}

/* Participants of a list of events, each (name, country) once. */
struct who *
score_participants(json_t **evs, size_t nev, size_t *np)
{
	struct who *out = NULL;
	char **keys = NULL;
	size_t n = 0, cap = 0, i, j, k;
	json_t *p;

	for (i = 0; i < nev; i++)
		json_array_foreach(json_object_get(evs[i], "participants"), j, p) {
			struct who w = {0};
			char *key;
			if (!json_is_object(p))
				continue;
			w.name = jstr(p, "name");
			w.country = iso(json_object_get(p, "country"), w.cbuf, sizeof w.cbuf);
			key = score_name_key(w.name);
			for (k = 0; k < n; k++)
				if (!strcmp(keys[k], key) && ((!out[k].country && !w.country)
				    || (out[k].country && w.country && !strcmp(out[k].cbuf, w.cbuf))))
					break;
			if (k < n) {
				free(key);
				continue;
			}
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				out = xrealloc(out, cap * sizeof *out);
				keys = xrealloc(keys, cap * sizeof *keys);
			}
			keys[n] = key;
			out[n] = w;
			n++;
		}
	/* country points into its own entry, where the array came to rest */
	for (k = 0; k < n; k++) {
		if (out[k].country)
			out[k].country = out[k].cbuf;
		free(keys[k]);
	}
	free(keys);
	*np = n;
	return out;
}

int
score_eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Greedy one-to-one: named people by surname, unnamed by country. */
size_t
score_match(struct who *g, size_t ng, struct who *p, size_t np, int *pair_of, int *used)
{
	size_t i, k, x, tp = 0;

	memset(used, 0, np * sizeof *used);
	for (i = 0; i < ng; i++) {
		pair_of[i] = -1;
		for (k = 0; k < np; k++) {
			int ok;
			if (used[k])
				continue;
			if (g[i].name) {
				ok = p[k].name && score_same_person(g[i].name, p[k].name);
			} else {
				ok = g[i].country && score_eq(p[k].country, g[i].country);
				for (x = 0; ok && x < ng; x++)
					if (g[x].name && p[k].name && score_same_person(g[x].name, p[k].name))
						ok = 0;
			}
			if (ok) {
				used[k] = 1;
				pair_of[i] = (int)k;
				tp++;
				break;
			}
		}
	}
	return tp;
}

