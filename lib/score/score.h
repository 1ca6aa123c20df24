/* Scoring extracted events against gold annotations: who is the same
   participant, as the reference scorer decides it. */
#ifndef MC_SCORE_H
#define MC_SCORE_H

#include "io/io.h"

struct who { const char *name, *country; char cbuf[16]; };

/* A name as the reference compares it: its words, less titles, joined by
   spaces (malloc'd). */
char *score_name_key(const char *name);
int score_eq(const char *a, const char *b);     /* both NULL, or equal */
/* Two names of one person: the same surname, allowing for a typo in a
   long one (the reference scorer's rule). */
int score_same_person(const char *gold, const char *pred);
/* Participants of a list of events, each (name, country) once: a
   malloc'd array of *n (NULL when none). */
struct who *score_participants(json_t **evs, size_t nev, size_t *n);
/* Greedy one-to-one pairing, named people by surname, unnamed ones by
   country; pair_of[i] is the prediction paired with gold i, or -1. */
size_t score_match(struct who *g, size_t ng, struct who *p, size_t np, int *pair_of, int *used);

/* ---- one article (article.c) ---- */

/* A set of strings, each once, in the order added; v is malloc'd. */
struct score_set { const char **v; size_t n, cap; };
void score_set_add(struct score_set *s, const char *v);
int score_set_has(const struct score_set *s, const char *v);

/* Python's repr of a string, and of a list of them (NULL: None), sorted
   first with sort: the reference scorer prints its lists so. */
void score_repr(mc_buf *b, const char *s);
void score_repr_list(mc_buf *b, const char **v, size_t n, int sort);

/* A record's field key as the reference reads an id: a string, a number
   written out, or "None" (malloc'd). */
char *score_id(json_t *r, const char *key);

/* The attributes scored as accuracies, and the tallies over articles:
   true positives, predicted and gold of the participants, countries,
   topics and detection; leaks; right and scored of each attribute. */
extern const char *const score_attrs[4];
enum { P_TP, P_NP, P_NG, PC_TP, K_TP, K_NP, K_NG, T_TP, T_NP, T_NG, D_TP, D_NP, D_NG, NCOUNT };
struct score_counts { long c[NCOUNT], leaks, attr[4][2]; };

/* Gold article g, of id gid, against its predicted events pevs[0,
   npev): into k, and with rows, the lines -v prints of it. */
void score_article(json_t *g, const char *gid, json_t **pevs, size_t npev, struct score_counts *k,
    mc_buf *rows);

#endif
