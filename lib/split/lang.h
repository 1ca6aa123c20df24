/* The language a document is written in, told by CLD2 (Debian libcld2). */
#ifndef MC_LANG_H
#define MC_LANG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The ISO 639-1 code of the language of the n bytes of UTF-8 at s, or
   "und" when CLD2 cannot tell it reliably: too little text, or text too
   mixed.  The string is static. */
const char *lang_detect(const char *s, size_t n);

/* The version of CLD2's code and tables. */
const char *lang_detector(void);

#ifdef __cplusplus
}
#endif

#endif
