/* The entities and topics of a tagged document (struct tagged), which
   every pass of mc-tag fills and its writers read. */
#ifndef MC_ENTS_H
#define MC_ENTS_H

#include "split/doc.h"
#include "text/lex.h"

enum ent_type { E_PER, E_ROLE, E_GPE, E_LOC, E_ORG, E_DATE, E_EVENT, E_NTYPES };
extern const char *const ent_type_name[E_NTYPES];

struct ent {
	int s;                  /* sentence */
	uint32_t t0, t1;        /* tokens [t0, t1) of that sentence */
	enum ent_type type;
	char *value;            /* normalised: ISO code, name key, ISO date... */
	char *country;          /* ISO alpha-3 of a role, place or demonym */
	char *title;            /* M., Mme, Sa Majesté... before a name */
	char *role;             /* ROLE: the office without its nationality */
	char *raw;              /* DATE: as written, when unresolved */
	unsigned plural:1, honorific:1, demonym:1, fem:1, head:1;
	unsigned intl:1;        /* PER: an official of an international body */
	unsigned amb:1;         /* country from a word that names several (congolais) */
};

#define MAX_TOPICS 32

struct tagged {
	size_t nsent;
	const char **sent;              /* sentence texts (borrowed) */
	struct toklist *tl;             /* one per sentence (shared: one
	                                   document at a time) */
	int *head;                      /* headline sentence? */
	struct ent *e;
	size_t ne, ce;
	char home[4];                   /* the country the text is written from */
	char ranks[8][4];               /* the countries it names, most first */
	size_t nranks;
	struct mc_date date;            /* publication date, if any */
	int has_date;
	/* what dates without a year are read against: the publication
	   date, else the article's latest full date ("lundi 22 novembre
	   2021" makes a later "lundi" that day) */
	struct mc_date anchor;
	int has_anchor;
	int year_named;                 /* with no anchor, the latest year the
	                                   text names ("janvier 2025", "en 2024") */
	double topic_w[MAX_TOPICS];
	unsigned *sent_topics;          /* bit set of topics per sentence */
	char **topic_cues[MAX_TOPICS];  /* cues that fired, per topic */
	size_t ntopic_cues[MAX_TOPICS];
};

/* A new entity over tokens [t0, t1) of sentence s; value is copied. */
struct ent *ent_add(struct tagged *t, int s, uint32_t t0, uint32_t t1, enum ent_type type,
    const char *value);
/* Text of tokens [t0, t1) of sentence s, malloc'd. */
char *ent_text(const struct tagged *t, int s, uint32_t t0, uint32_t t1);

#endif
