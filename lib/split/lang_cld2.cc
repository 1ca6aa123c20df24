/* The one file of C++ in mc: CLD2 has no C interface, so this gives its
   detector one.  Everything else about languages is in C. */
#include <cstdio>       /* compact_lang_det.h uses FILE without it */
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "split/lang.h"

const char *
lang_detect(const char *s, size_t n)
{
	CLD2::CLDHints none = {NULL, NULL, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
	CLD2::Language top3[3];
	int percent3[3], text_bytes, valid;
	double score3[3];
	bool reliable;
	CLD2::Language l;

	if (n > 1 << 30)
		n = 1 << 30;
	/* plain text (no tags to skip); no hints: a page's declared language
	   is kept beside the detected one, not mixed into it */
	l = CLD2::ExtDetectLanguageSummaryCheckUTF8(s, (int)n, true, &none, 0, top3,
	    percent3, score3, NULL, &text_bytes, &reliable, &valid);
	if (!reliable || l == CLD2::UNKNOWN_LANGUAGE || l == CLD2::TG_UNKNOWN_LANGUAGE)
		return "und";
	return CLD2::LanguageCode(l);
}

const char *
lang_detector(void)
{
	return CLD2::DetectLanguageVersion();
}
