/* Topic cues (data/topics.tsv and a user's files): what each sentence
   of a document talks about. */
#ifndef MC_TOPICS_H
#define MC_TOPICS_H

#include "tag/ents.h"

int topics_load(const char *path);
/* An entry line of a user's lexicon, when it is a topic cue (type TOPIC);
   -1 when it is not one. */
int topics_user_entry(char **f, int nf, const char *path, long line);
/* After the last file: the labels, and the first tokens' bits. */
int topics_ready(void);
/* Fills t->topic_w, sent_topics and topic_cues. */
void tag_topics(struct tagged *t);

#endif
