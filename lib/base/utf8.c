/* UTF-8: repair, normalise and fold text with utf8proc.  Checks run on
   whole records, never on read buffers, where a character may straddle. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/base.h"

static const char REPL[] = "\xEF\xBF\xBD";  /* U+FFFD */

int
utf8_next(const char *s, size_t n, int32_t *cp)
{
	utf8proc_ssize_t k;

	if ((unsigned char)*s < 0x80) {
		*cp = (unsigned char)*s;
		return 1;
	}
	/* two bytes, the accented letters of French: as utf8proc decodes them */
	if ((unsigned char)*s >= 0xC2 && (unsigned char)*s < 0xE0 && n >= 2
	    && ((unsigned char)s[1] & 0xC0) == 0x80) {
		*cp = ((unsigned char)s[0] & 0x1F) << 6 | ((unsigned char)s[1] & 0x3F);
		return 2;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp);
	if (k < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	return (int)k;
}

size_t
utf8_prev(const char *s, size_t n, int32_t *cp)
{
	size_t k = n;

	do k--; while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80);
	utf8_next(s + k, n - k, cp);
	return k;
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

/* NFC quick check: text with no combining mark, no composition
   exclusion and no conjoining jamo is already NFC, as most news text is;
   normalising it anyway would cost more than the rest of mc-split.
   Below U+0300 there is no such character. */
static int
nfc_stable(int32_t cp)
{
	const utf8proc_property_t *p;

	if (cp < 0x300)
		return 1;
	p = utf8proc_get_property(cp);
	return !(p->combining_class || p->comp_exclusion || (cp >= 0x1100 && cp <= 0x11FF)
	    || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF));
}

/* Mathematical alphanumeric symbols: letters and digits in bold, italic
   or script, which posts on social networks use for emphasis ("𝐌𝐢𝐧𝐢𝐬𝐭𝐫𝐞").
   They are the plain letters to a reader, and become them (NFKC). */
static int
styled_letter(int32_t cp)
{
	return cp >= 0x1D400 && cp <= 0x1D7FF;
}

/* A word of 8 bytes that holds a zero byte. */
#define HAS_ZERO(w) (((w) - 0x0101010101010101ULL) & ~(w) & 0x8080808080808080ULL)

/* A backtick between two letters ("l`Etat", "d`Ivoire") is an apostrophe
   typed on a keyboard that had none: the elided word ends in an ASCII
   letter, the next may start with an accented one. */
static int
backtick_apostrophe(const char *s, size_t n, size_t i)
{
	unsigned char prev = i > 0 ? (unsigned char)s[i - 1] | 0x20 : 0;
	unsigned char next = i + 1 < n ? (unsigned char)s[i + 1] : 0;

	return prev >= 'a' && prev <= 'z' && (((next | 0x20) >= 'a' && (next | 0x20) <= 'z') || next >= 0xC3);
}

/* Bytes from s[i] that need no repair: ASCII but NUL and CR, and valid
   UTF-8 sequences.  Clean text is copied in such runs, not byte by byte,
   and ASCII is checked 8 bytes at a time.  *unstable: a character NFC
   may change was seen. */
static size_t
clean_run(const char *s, size_t n, size_t i, int *unstable)
{
	utf8proc_ssize_t k;
	uint64_t w;
	int32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ULL) && !HAS_ZERO(w)
			    && !HAS_ZERO(w ^ 0x0D0D0D0D0D0D0D0DULL)
			    && !HAS_ZERO(w ^ 0x6060606060606060ULL)) {
				i += 8;
				continue;
			}
		}
		if (c >= 0x80) {
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
			if (k < 1)
				break;
			if (!*unstable && (!nfc_stable(cp) || styled_letter(cp)))
				*unstable = 1;
			i += (size_t)k;
		} else if (c != '\0' && c != '\r' && !(c == '`' && backtick_apostrophe(s, n, i))) {
			i++;
		} else {
			break;
		}
	}
	return i;
}

/* A copy of s with CR LF as LF, a backtick apostrophe as ’, and NUL and
   invalid bytes as U+FFFD. */
static char *
repaired(const char *s, size_t *n, int *bad, int *unstable)
{
	mc_buf b = {0};
	size_t i = 0, end;

	while (i < *n) {
		end = clean_run(s, *n, i, unstable);
		buf_add(&b, s + i, end - i);
		if ((i = end) == *n)
			break;
		if (s[i] == '\r') {
			buf_addc(&b, '\n');
			i += (i + 1 < *n && s[i + 1] == '\n') ? 2 : 1;
		} else if (s[i] == '`') {
			buf_adds(&b, "\xE2\x80\x99");        /* ’ */
			i++;
		} else {
			/* a NUL or a byte that starts no valid sequence */
			buf_adds(&b, REPL);
			(*bad)++;
			i++;
		}
	}
	*n = b.len;
	return buf_cstr(&b);
}

/* s with its styled letters as plain ones: s itself when it has none,
   else a new string, and s is freed. */
static char *
unstyled(char *s)
{
	size_t n = strlen(s), i = 0, k;
	mc_buf b = {0};
	int32_t cp, plain[4];
	int last = 0, found = 0;
	utf8proc_ssize_t m, j;
	utf8proc_uint8_t enc[4];

	while (i < n) {
		k = (size_t)utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
		m = styled_letter(cp) ? utf8proc_decompose_char(cp, plain, 4,
		    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last) : 0;
		if (m > 0 && m <= 4) {
			for (j = 0; j < m; j++)
				buf_add(&b, (const char *)enc, (size_t)utf8proc_encode_char(plain[j], enc));
			found = 1;
		} else {
			buf_add(&b, s + i, k);
		}
		i += k;
	}
	if (!found) {
		free(b.s);
		return s;
	}
	free(s);
	return buf_cstr(&b);
}

char *
utf8_clean(const char *s, size_t n, size_t *outlen, int *bad)
{
	int unstable = 0;
	char *t, *nfc;

	*bad = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, n -= 3;
	/* the usual case, nothing to repair: one copy of the right size */
	if (clean_run(s, n, 0, &unstable) == n)
		t = xstrndup(s, n);
	else
		t = repaired(s, &n, bad, &unstable);
	if (!unstable) {
		*outlen = n;
		return t;
	}
	nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)t);
	free(t);
	if (!nfc)
		mc_die("out of memory");
	nfc = unstyled(nfc);
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

void
utf8_fold_char(int32_t cp, mc_buf *out)
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
		utf8_fold_char(cp, out);
	}
	return out->len - start;
}

/* Lower case only (accents kept).  Byte lengths are kept too, so that
   offsets found in the copy hold in the original: a character whose
   lower case is longer or shorter in UTF-8 stays as it is.  The text is
   copied whole, then lowered in place, ASCII 8 bytes at a time. */
size_t
utf8_lower(const char *s, size_t n, mc_buf *out)
{
	size_t i = 0, start = out->len;
	int32_t cp;
	uint64_t w, up;
	utf8proc_uint8_t enc[4];
	char *d;

	buf_add(out, s, n);
	d = out->s + start;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				/* 0x80 in each byte from 'A' to 'Z' */
				up = ((w + 0x3F3F3F3F3F3F3F3FULL) & ~(w + 0x2525252525252525ULL))
				    & 0x8080808080808080ULL;
				w |= up >> 2;
				memcpy(d + i, &w, 8);
				i += 8;
				continue;
			}
		}
		if (c < 0x80) {
			d[i++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		int len = utf8_next(s + i, n - i, &cp);
		if (utf8proc_encode_char(utf8proc_tolower(cp), enc) == len)
			memcpy(d + i, enc, (size_t)len);
		i += (size_t)len;
	}
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
