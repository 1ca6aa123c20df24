/* mc-tag: entities and topics of a document. */
#ifndef MC_TAG_H
#define MC_TAG_H

#include "split/doc.h"

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
	double topic_w[MAX_TOPICS];
	unsigned *sent_topics;          /* bit set of topics per sentence */
	char **topic_cues[MAX_TOPICS];  /* cues that fired, per topic */
	size_t ntopic_cues[MAX_TOPICS];
};

/* Loads the lexicons (every .tsv of data/lexicon, data/topics.tsv, --lexicon
   files); returns 0 after reporting a bad line. */
int tag_init(const char *const *extra, size_t nextra);
size_t tag_ntopics(void);
/* The country the texts are written from, instead of guessing it. */
void tag_set_home(const char *iso3);
const char *tag_topic_name(size_t i);

/* Tag the sentences of a document (json "sents") into t; it must stay as
   it is while t is in use. */
void tag_doc(struct tagged *t, const struct jr *doc);
/* Adds "ents" and "topics" to the document. */
void tag_to_json(const struct tagged *t, json_t *doc);
/* Appends the document as tag_to_json() would make it, compact. */
void tag_write_json(const struct tagged *t, const struct jr *doc, mc_buf *b);
/* The entities as CSV rows id,s,type,start,end,text,value. */
void tag_write_csv(const struct tagged *t, const char *id, mc_buf *b);
void tag_csv_row(mc_buf *b, const char *id, long s, const char *type, long start, long end,
    const char *text, const char *value);
void tag_free(struct tagged *t);
struct ent *add_ent_pub(struct tagged *t, int s, uint32_t t0, uint32_t t1, enum ent_type type,
    const char *value);
/* Text of tokens [t0, t1) of sentence s. */
char *tag_span_text(const struct tagged *t, int s, uint32_t t0, uint32_t t1);

#endif
