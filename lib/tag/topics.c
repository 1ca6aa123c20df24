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

/* "et", then the articles a second conjunct may take, by hash: the
   test runs at every word */
static const char *const coord_word[] = {"et", "de", "d'", "du", "des", "la", "le", "l'", "les"};
static uint64_t coord_hash[sizeof coord_word / sizeof *coord_word];

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
	size_t k;

	for (k = 0; k < sizeof coord_hash / sizeof *coord_hash; k++)
		coord_hash[k] = tok_hash_str(coord_word[k], strlen(coord_word[k]));
	lex_first_bits(&topics, stemmed, stemmed_first);
	lex_first_bits(&topics, exact, exact_first);
	return ok;
}

size_t tag_ntopics(void) { return ntopics; }
const char *tag_topic_name(size_t i) { return topic_name[i]; }

/* Whether tokens [i, i + n) of sentence s lie inside an office or an
   organisation's name. */
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

/* The longest cue at token i of tl, on stems (h) or, for cues marked
   exact, on the folded words; sets *n. */
static int
cue_at(const struct toklist *tl, const uint64_t *h, size_t i, int *n)
{
	int e, ex, nx;

	e = lex_bit(stemmed_first, h[i]) ? lex_match(&topics, tl, h, i, stemmed_cue, NULL, n) : -1;
	ex = lex_bit(exact_first, tl->t[i].hash) ? lex_match(&topics, tl, NULL, i, exact_cue, NULL, &nx) : -1;
	if (ex >= 0 && (e < 0 || nx > *n)) {
		e = ex;
		*n = nx;
	}
	return e;
}

/* Cue e over tokens [i0, i1) of sentence s counts for its topic, unless
   it stands inside an office or a name: "ministre de l'Asile et de la
   Migration", "Direction de la Protection civile" are not what the text
   talks about. */
static void
credit(struct tagged *t, size_t s, int e, size_t i0, size_t i1)
{
	size_t k;

	if (in_title(t, (int)s, i0, i1 - i0))
		return;
	for (k = 0; k < ntopics; k++)
		if (strcmp(topic_name[k], topics.e[e].value) == 0)
			break;
	if (k == ntopics)
		return;
	t->topic_w[k] += (topics.e[e].flags & LF_WEAK) ? 0.5 : 1.0;
	t->sent_topics[s] |= 1u << k;
	t->topic_cues[k] = xrealloc(t->topic_cues[k], (t->ntopic_cues[k] + 1) * sizeof(char *));
	t->topic_cues[k][t->ntopic_cues[k]++] = ent_text(t, (int)s, (uint32_t)i0, (uint32_t)i1);
}

/* How far before a first conjunct a cue may begin ("coopération en
   matière de" is four words). */
#define CUE_REACH 5

struct gapped {
	struct toklist tl;      /* the sentence without "défense et de" */
	uint64_t *h;
	int *cover;             /* the plain scan's cue over each token, or -1 */
	size_t cap;
};

static int
is_article(const struct toklist *tl, size_t i)
{
	size_t k;

	for (k = 1; k < sizeof coord_hash / sizeof *coord_hash; k++)
		if (tl->t[i].hash == coord_hash[k])
			return 1;
	return 0;
}

/* "coopération en matière de défense et de sécurité": the words before
   a first conjunct of one word, then the second conjunct, make a cue the
   plain scan cannot see ("coopération en matière de sécurité"). */
static void
coordinated_cues(struct tagged *t, size_t s, const uint64_t *h, struct gapped *g)
{
	const struct toklist *tl = &t->tl[s];
	size_t j, a, b, i, i0, w, m;
	int e, n;

	for (j = 2; j + 1 < tl->n; j++) {
		if (tl->t[j].hash != coord_hash[0] || tl->t[a = j - 1].kind != T_WORD)
			continue;
		for (b = j + 1; b < tl->n && b < j + 3 && is_article(tl, b); b++)
			;
		if (b >= tl->n || tl->t[b].kind != T_WORD)
			continue;
		/* the words a cue may take before the first conjunct, then
		   those it may take from the second on */
		i0 = a > CUE_REACH ? a - CUE_REACH : 0;
		w = a - i0;
		m = tl->n - b < (size_t)topics.maxtok ? tl->n - b : (size_t)topics.maxtok;
		memcpy(g->tl.t, tl->t + i0, w * sizeof *tl->t);
		memcpy(g->tl.t + w, tl->t + b, m * sizeof *tl->t);
		memcpy(g->h, h + i0, w * sizeof *h);
		memcpy(g->h + w, h + b, m * sizeof *h);
		g->tl.n = w + m;
		for (i = 0; i < w; i++)
			if ((e = cue_at(&g->tl, g->h, i, &n)) >= 0 && i + (size_t)n > w) {
				/* "questions internationales et régionales" are
				   questions of one kind, counted once */
				if (g->cover[a] < 0 || strcmp(topics.e[g->cover[a]].value, topics.e[e].value))
					credit(t, s, e, i0 + i, b + i + (size_t)n - w);
				break;
			}
	}
}

void
tag_topics(struct tagged *t)
{
	size_t s, i, k;
	uint64_t *h = NULL;
	struct gapped g = {0};
	int e, n;

	t->sent_topics = xcalloc(t->nsent, sizeof *t->sent_topics);
	for (s = 0; s < t->nsent; s++) {
		const struct toklist *tl = &t->tl[s];
		if (tl->n > g.cap) {
			g.cap = tl->n;
			h = xrealloc(h, g.cap * sizeof *h);
			g.h = xrealloc(g.h, g.cap * sizeof *g.h);
			g.tl.t = xrealloc(g.tl.t, g.cap * sizeof *g.tl.t);
			g.cover = xrealloc(g.cover, g.cap * sizeof *g.cover);
		}
		tok_stem((struct toklist *)tl, h);
		for (i = 0; i < tl->n; i += e >= 0 ? (size_t)n : 1) {
			g.cover[i] = e = cue_at(tl, h, i, &n);
			if (e < 0)
				continue;
			for (k = 1; k < (size_t)n; k++)
				g.cover[i + k] = e;
			credit(t, s, e, i, i + (size_t)n);
		}
		coordinated_cues(t, s, h, &g);
	}
	free(g.tl.t);
	free(g.h);
	free(g.cover);
	free(h);
}
