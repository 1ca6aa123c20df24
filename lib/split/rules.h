/* mc-split's rules (data/split.tsv): regular expressions matched
   against a line of text, or against what is left of it once its start
   has been dealt with. */
#ifndef MC_RULES_H
#define MC_RULES_H

#include <regex.h>

#include "io/io.h"
#include "split/rxfilter.h"

enum rule_kind { R_BOILER, R_TRAILER, R_DATEMARK, R_DATELINE, R_PUBDATE, R_CAPTION, R_NKIND };

struct rule {
	enum rule_kind kind;
	regex_t re;
	regex_t at0;            /* ^(re), to test the start alone */
	struct rxfilter f;
	char *why;              /* BOILER: the reason kept in "dropped" */
	int group;              /* sub-match holding a date or a place */
	int icase;              /* matched against the line in lower case */
	int end;                /* BOILER that closes a web page */
	int list;               /* BOILER that heads a list of other articles' teasers */
	int bio;                /* BOILER whose next short line is its author's biography */
	int line;               /* a short line of its own, nothing else */
	int tail;               /* tried on the end of a line only */
	int has_at0;
};

/* A line being searched.  Its lower-case copy is made only as far as
   rules need it; a search that failed from an offset is remembered, so
   that a line glued from many articles is searched in linear time. */
struct rule_line {
	const char *s;
	size_t n;
	mc_buf low;
	size_t nlow;
	size_t *failed;         /* per rule: where a search failed, or SIZE_MAX */
	int have_failed;        /* failed[] is set */
};

/* Loads the rules of a split.tsv file (ABBR lines go to sent_add_abbrev). */
int rules_load(const char *path);
void rl_begin(struct rule_line *l, const char *s, size_t n);
void rl_end(struct rule_line *l);
/* The first rule of kind k matching the line from offset at (a BOILER
   only in the next BOILER_SCAN bytes); m gets offsets from at. */
struct rule *rule_find(struct rule_line *l, enum rule_kind k, size_t at, regmatch_t *m,
    size_t nm);
/* The same, with only the rules flagged tail, on a line of any length. */
struct rule *rule_find_tail(struct rule_line *l, enum rule_kind k, size_t at, regmatch_t *m, size_t nm);

#define BOILER_SCAN 200

#endif
