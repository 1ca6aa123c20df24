/* UTF-8: repair, normalise and fold text with utf8proc.  Checks run on
   whole records, never on read buffers, where a character may straddle. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "mc.h"

static const char REPL[] = "\xEF\xBF\xBD";  /* U+FFFD */

int
utf8_next(const char *s, size_t n, int32_t *cp)
{
	utf8proc_ssize_t k;

	if ((unsigned char)*s < 0x80) {
		*cp = (unsigned char)*s;
		return 1;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp);
	if (k < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	return (int)k;
}

int
utf8_valid(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			if (s[i] == '\0')
				return 0;
			i++;
			continue;
		}
		if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp) < 1)
			return 0;
		i += (size_t)utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
	}
	return 1;
}

static int
all_ascii(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '\0' || s[i] == '\r')
			return 0;
	return 1;
}

/* NFC quick check: text with no combining mark, no composition
   exclusion and no conjoining jamo is already NFC, as most news text is;
   normalising it anyway would cost more than the rest of mc-split. */
static int
nfc_already(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;
	const utf8proc_property_t *p;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += (size_t)utf8_next(s + i, n - i, &cp);
		p = utf8proc_get_property(cp);
		if (p->combining_class || p->comp_exclusion || (cp >= 0x1100 && cp <= 0x11FF)
		    || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF))
			return 0;
	}
	return 1;
}

char *
utf8_clean(const char *s, size_t n, size_t *outlen, int *bad)
{
	mc_buf b = {0};
	size_t i = 0;
	utf8proc_ssize_t k;
	int32_t cp;
	char *nfc;

	*bad = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, n -= 3;
	if (all_ascii(s, n)) {
		*outlen = n;
		return xstrndup(s, n);
	}
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\r') {
			buf_addc(&b, '\n');
			i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
		} else if (c == '\0') {
			buf_adds(&b, REPL);
			(*bad)++;
			i++;
		} else if (c < 0x80) {
			buf_addc(&b, (char)c);
			i++;
		} else if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &cp)) < 1) {
			buf_adds(&b, REPL);
			(*bad)++;
			i++;
		} else {
			buf_add(&b, s + i, (size_t)k);
			i += (size_t)k;
		}
	}
	if (nfc_already((const char *)buf_cstr(&b), b.len)) {
		*outlen = b.len;
		return buf_cstr(&b);
	}
	nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)buf_cstr(&b));
	buf_free(&b);
	if (!nfc)
		mc_die("out of memory");
	*outlen = strlen(nfc);
	return nfc;
}

size_t
utf8_cplen(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

/* One character folded for matching: case folded, accents stripped,
   typographic apostrophe as ', ligatures spelt out. */
static void
fold_char(int32_t cp, mc_buf *out)
{
	int32_t dec[8];
	int last = 0;
	utf8proc_ssize_t k, j;
	utf8proc_uint8_t enc[4];

	if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
		buf_addc(out, '\'');
		return;
	}
	if (cp == 0x0153 || cp == 0x0152) { buf_adds(out, "oe"); return; }
	if (cp == 0x00E6 || cp == 0x00C6) { buf_adds(out, "ae"); return; }
	k = utf8proc_decompose_char(cp, dec, 8, (utf8proc_option_t)(UTF8PROC_CASEFOLD
	    | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), &last);
	if (k < 1 || k > 8) {
		buf_add(out, (const char *)enc, (size_t)utf8proc_encode_char(cp, enc));
		return;
	}
	for (j = 0; j < k; j++)
		buf_add(out, (const char *)enc, (size_t)utf8proc_encode_char(dec[j], enc));
}

/* The folds of two-byte characters (accented Latin letters: most of the
   non-ASCII of French text), each worked out once. */
static struct { char s[15]; unsigned char n; } fold_memo[0x800];   /* n: length + 1 */

static void
fold_memo_char(int32_t cp, mc_buf *out)
{
	size_t at = out->len;

	if (cp >= 0x800) {
		fold_char(cp, out);
		return;
	}
	if (fold_memo[cp].n) {
		buf_add(out, fold_memo[cp].s, fold_memo[cp].n - 1u);
		return;
	}
	fold_char(cp, out);
	if (out->len - at < sizeof fold_memo[cp].s) {
		memcpy(fold_memo[cp].s, out->s + at, out->len - at);
		fold_memo[cp].n = (unsigned char)(out->len - at + 1);
	}
}

/* ASCII is lowered in place, a run at a time. */
size_t
utf8_fold(const char *s, size_t n, mc_buf *out)
{
	size_t i = 0, j, start = out->len;
	int32_t cp;
	char *p;

	while (i < n) {
		for (j = i; j < n && (unsigned char)s[j] < 0x80; j++)
			;
		if (j > i) {
			buf_need(out, j - i);
			for (p = out->s + out->len; i < j; i++)
				*p++ = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			*p = '\0';
			out->len = (size_t)(p - out->s);
			continue;
		}
		i += (size_t)utf8_next(s + i, n - i, &cp);
		fold_memo_char(cp, out);
	}
	return out->len - start;
}

/* Lower case only (accents kept).  Byte lengths are kept too, so that
   offsets found in the copy hold in the original: a character whose
   lower case is longer or shorter in UTF-8 stays as it is. */
size_t
utf8_lower(const char *s, size_t n, mc_buf *out)
{
	size_t i = 0, start = out->len;
	int32_t cp;
	utf8proc_uint8_t enc[4];

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			buf_addc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
			i++;
			continue;
		}
		int len = utf8_next(s + i, n - i, &cp);
		utf8proc_ssize_t k = utf8proc_encode_char(utf8proc_tolower(cp), enc);
		if (k == len)
			buf_add(out, (const char *)enc, (size_t)k);
		else
			buf_add(out, s + i, (size_t)len);
		i += (size_t)len;
	}
	buf_cstr(out);
	return out->len - start;
}

int
utf8_is_alpha(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
utf8_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU
	    || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

int
utf8_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int
utf8_is_upper_start(const char *s, size_t n)
{
	int32_t cp;

	if (n == 0)
		return 0;
	utf8_next(s, n, &cp);
	return utf8_is_upper(cp);
}
