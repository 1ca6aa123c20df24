/* Topic cues: each sentence's cues, matched on stems or, for cues
   marked exact, on folded words; the longest wins.  A cue's last word
   may also stand after a coordination ("coopération en matière de
   défense et de sécurité" holds "coopération en matière de sécurité"). */
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"
#include "tag/topics.h"

static struct lexicon topics;   /* topic cues, stemmed */
static char *topic_name[MAX_TOPICS];
static size_t ntopics;

static int is_topic(const char *type) { return strcmp(type, "TOPIC") == 0; }

/* The labels the topic cues name; past MAX_TOPICS a label is said to
   be one too many, never dropped without a word. */
static int
collect_topics(void)
{
	size_t i, k;

	for (i = 0; i < topics.n; i++) {
		const char *v = topics.e[i].value;
		if (strcmp(v, "-") == 0)
			continue;
		for (k = 0; k < ntopics && strcmp(topic_name[k], v); k++)
			;
		if (k < ntopics)
			continue;
		if (ntopics == MAX_TOPICS) {
			mc_error(NULL, 0, "topic '%s': more than %d topic labels in the topic cues", v,
			    MAX_TOPICS);
			return 0;
		}
		topic_name[ntopics++] = xstrdup(v);
	}
	return 1;
}

/* Topic cues are matched on stems, or on folded words when marked exact;
   the bits of each kind's first tokens spare most searches. */
static uint64_t stemmed_first[1024], exact_first[1024];

static int exact(const struct lex_entry *e) { return (e->flags & LF_EXACT) != 0; }
static int stemmed(const struct lex_entry *e) { return !exact(e); }
static int stemmed_cue(const struct lex_entry *e, void *c) { (void)c; return stemmed(e); }
static int exact_cue(const struct lex_entry *e, void *c) { (void)c; return exact(e); }

int
topics_load(const char *path)
{
	topics.stemmed = 1;
	return lex_load(&topics, path, is_topic);
}

int
topics_user_entry(char **f, int nf, const char *path, long line)
{
	if (nf < 2 || !is_topic(f[1]))
		return -1;
	return lex_add(&topics, f, nf, path, line);
}

int
topics_ready(void)
{
	int ok = collect_topics();

	lex_first_bits(&topics, stemmed, stemmed_first);
	lex_first_bits(&topics, exact, exact_first);
	return ok;
}

size_t tag_ntopics(void) { return ntopics; }
const char *tag_topic_name(size_t i) { return topic_name[i]; }
static int
in_title(const struct tagged *t, int s, size_t i, size_t n)
{
	size_t k;

	for (k = 0; k < t->ne; k++)
		if (t->e[k].s == s && (t->e[k].type == E_ROLE || t->e[k].type == E_ORG)
		    && i < t->e[k].t1 && i + n > t->e[k].t0)
			return 1;
	return 0;
}

void
tag_topics(struct tagged *t)
{
	size_t s, i, k;
	uint64_t *h = NULL;
	size_t hcap = 0;
	int e, n;

	t->sent_topics = xcalloc(t->nsent, sizeof *t->sent_topics);
	for (s = 0; s < t->nsent; s++) {
		const struct toklist *tl = &t->tl[s];
		if (tl->n > hcap)
			h = xrealloc(h, (hcap = tl->n) * sizeof *h);
		tok_stem((struct toklist *)tl, h);
		for (i = 0; i < tl->n; ) {
			/* stemmed cues, and cues marked exact on the folded words:
			   the longer match wins */
			int ex, nx;
			e = lex_bit(stemmed_first, h[i])
			    ? lex_match(&topics, tl, h, i, stemmed_cue, NULL, &n) : -1;
			ex = lex_bit(exact_first, tl->t[i].hash)
			    ? lex_match(&topics, tl, NULL, i, exact_cue, NULL, &nx) : -1;
			if (ex >= 0 && (e < 0 || nx > n)) {
				e = ex;
				n = nx;
			}
			if (e < 0) {
				i++;
				continue;
			}
			/* "ministre de l'Asile et de la Migration", "Direction de la
			   Protection civile": a cue inside an office or a name is not
			   what the text talks about */
			if (in_title(t, (int)s, i, (size_t)n)) {
				i += (size_t)n;
				continue;
			}
			for (k = 0; k < ntopics; k++)
				if (strcmp(topic_name[k], topics.e[e].value) == 0)
					break;
			if (k < ntopics) {
				t->topic_w[k] += (topics.e[e].flags & LF_WEAK) ? 0.5 : 1.0;
				t->sent_topics[s] |= 1u << k;
				t->topic_cues[k] = xrealloc(t->topic_cues[k],
				    (t->ntopic_cues[k] + 1) * sizeof(char *));
				t->topic_cues[k][t->ntopic_cues[k]++] =
				    ent_text(t, (int)s, (uint32_t)i, (uint32_t)(i + (size_t)n));
			}
			i += (size_t)n;
		}
	}
	free(h);
}
