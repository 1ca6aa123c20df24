/* mc-tag: entities and topics of a document. */
#ifndef MC_TAG_H
#define MC_TAG_H

#include "tag/ents.h"

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
/* Appends the tagged document's record ("ents", "topics", "home",
   "countries", each sentence's topics), compact, without its '\n'. */
void tag_write_json(const struct tagged *t, const struct jr *doc, mc_buf *b);
/* The entities as CSV rows id,s,type,start,end,text,value. */
void tag_write_csv(const struct tagged *t, const char *id, mc_buf *b);
void tag_csv_row(mc_buf *b, const char *id, long s, const char *type, long start, long end,
    const char *text, const char *value);
void tag_free(struct tagged *t);

#endif
