/* What the readers of names share: names.c (a sentence at a time),
   names_doc.c (the document pass), offices.c (an office's portfolio)
   and namelex.c (the lexicons at a token). */
#ifndef MC_NAMES_INT_H
#define MC_NAMES_INT_H

#include "tag/names.h"

/* namelex.c: the lexicon lx for the lookups below; names_init() calls it. */
void names_lex_init(const struct lexicon *lx);
/* The best entry at token i: longest, then by type priority. */
const struct lex_entry *names_best_at(const struct toklist *tl, size_t i, int *n);
/* An entry of type code at token i. */
const struct lex_entry *names_of_code(const struct toklist *tl, size_t i, int code, int *n);
/* Token i is a Roman numeral ("Mohammed VI"). */
int names_is_roman(const struct toklist *tl, size_t i);
/* "à" or "À" right before token i. */
int names_after_a(const struct toklist *tl, size_t i);
/* Token j is a word in capitals ("TRAORÉ", "ONU"). */
int names_in_capitals(const struct toklist *tl, size_t j);
/* s, case and accents folded; malloc'd. */
char *names_fold_text(const char *s, size_t n);
void names_pending_clear(void);
/* offices.c: a lower-case word that qualifies a portfolio ("étrangères"). */
int names_adjective(const struct toklist *tl, size_t i);
/* The end of an office's portfolio from token j (the office began at t0);
   sets *country from a nationality adjective and marks it in skip, and
   *amb when that adjective names several countries ("congolais"). */
size_t names_role_tail(const struct toklist *tl, size_t j, const char **country, int *amb,
    unsigned char *skip, size_t t0, int plural);
/* The office's words from t0 to t1 without those skip marks; malloc'd. */
char *names_role_text(const struct toklist *tl, size_t t0, size_t t1, const unsigned char *skip);
/* Where, in an envoy's office [from, j) whose head is head, a head of
   state's office begins ("un émissaire du président du Tchad"); 0 if
   nowhere. */
size_t names_head_in_envoy(const struct toklist *tl, size_t from, size_t j, const struct lex_entry *head);

#endif
