/* People, offices, places, organisations and event names in a sentence. */
#ifndef MC_NAMES_H
#define MC_NAMES_H

#include "tag/ents.h"

void names_init(const struct lexicon *lx);
void names_forget(void);
/* Tags what starts at token i of sentence s; returns the next token. */
size_t names_at(struct tagged *t, int s, size_t i, const struct lexicon *lx);
/* Document pass: surnames met again (and misspelt), acronyms. */
void names_doc(struct tagged *t, const struct lexicon *lx);
int name_edits(const char *a, const char *b);
/* The same surname, or one a letter or two apart (by length). */
int names_close(const char *a, const char *b);
/* Whether a country's long form in the lexicon is a kingdom's
   ("Royaume du Maroc"). */
int names_is_kingdom(const char *code);

#endif
