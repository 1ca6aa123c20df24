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
/* Participants of a list of events, each (name, country) once. */
size_t score_participants(json_t **evs, size_t nev, struct who *out, size_t max);
/* Greedy one-to-one pairing, named people by surname, unnamed ones by
   country; pair_of[i] is the prediction paired with gold i, or -1. */
size_t score_match(struct who *g, size_t ng, struct who *p, size_t np, int *pair_of, int *used);

#endif
