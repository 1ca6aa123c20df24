/* mc-extract: meeting events from tagged documents. */
#ifndef MC_EXTRACT_H
#define MC_EXTRACT_H

#include "text/lex.h"

int extract_init(const char *const *extra, size_t nextra);
/* Events of one tagged document, as JSON objects appended to out.
   Returns 0 (with *why set) when the document lacks the tag fields. */
int extract_doc(const struct jr *doc, json_t *out, const char **why);

#endif
