/* From raw text to documents: article boundaries, web-page furniture set
   apart, headline, dateline, publication date, paragraphs, sentences.
   The patterns live in data/split.tsv. */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "split/doc.h"
#include "split/rules.h"
#include "split/seams.h"

static regex_t docsep;
static int have_docsep;

int
split_init(const char *doc_sep)
{
	char *path = data_path("split.tsv"), *words = data_path("lang.tsv");
	char *stopcap = data_path("lexicon/functionwords.tsv");
	int ok = rules_load(path) && dates_load() && langword_load(words) && subject_load(stopcap);

	free(path);
	free(words);
	free(stopcap);
	if (doc_sep) {
		if (regcomp(&docsep, doc_sep, REG_EXTENDED | REG_NOSUB) != 0)
			mc_usage_error("--doc-sep: bad regular expression '%s'", doc_sep);
		have_docsep = 1;
	}
	return ok;
}

/* ---- the document being built ---- */

enum seg_kind { S_TEXT, S_BLANK };

struct text_stream {
	const char *src;
	char *idbase;
	int recover, ndocs, ended;
	int cut_short;          /* the last paragraph stopped mid-sentence */
	doc_fn emit;
	void *ctx;
	struct doc *cur;
	/* A finished document is held until the next one is known, so that
	   a run of furniture with no sentence (a timestamp, a search box, a
	   photo credit between two cuts) joins the article it sits in. */
	struct doc *held;       /* finished, with sentences, not yet emitted */
	struct doc *furniture;  /* finished, furniture only, before any held */
	char **para;            /* text lines of the current document */
	size_t npara, cpara;
	size_t furniture_at;    /* 1 + the paragraph right after the last
	                           furniture dropped; 0: none */
	int teasers;            /* under "Articles récents": other articles'
	                           headlines and snippets follow */
	int bio;                /* under an author's box: his biography may follow */
	int blank_seen;         /* a blank line since the last line of text */
	int line_start;         /* add_text is given the start of a line */
	unsigned blanks;        /* the last paragraph breaks of the document, a
	                           bit each, 1 for a blank line, newest lowest */
	int nbreaks;            /* paragraph breaks in the document so far */
	long lineno;
};

static struct doc *
doc_new(struct text_stream *ts)
{
	struct doc *d = xcalloc(1, sizeof *d);

	d->src = xstrdup(ts->src);
	d->line = ts->lineno;
	return d;
}

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strchr(" \t\f\v", s[i]) && !((unsigned char)s[i] == 0xC2 && i + 1 < n
		    && (unsigned char)s[i + 1] == 0xA0 && ++i))
			return 0;
	return 1;
}

#define DATELINE_PARA_MAX 4     /* paragraphs: a dateline opens one of the first */

static void
add_title_and_paras(struct text_stream *ts, struct doc *d)
{
	size_t i, k, nb, start, b, len, *ends;
	int p = 0;
	const char *s;
	regmatch_t m[10];
	struct rule *r;

	for (i = 0; i < ts->npara; i++) {
		s = ts->para[i];
		len = strlen(s);
		if (i == 0 && ts->npara > 1 && len < 300 && !strchr(".!?:;»\"", s[len - 1])
		    && !whole_dateline(s, len)) {
			d->title = xstrdup(s);
			add_sentence(d, p++, s, len, 1);
			continue;
		}
		/* under the headline, or under a page title and a headline */
		if (i < DATELINE_PARA_MAX && !d->dateline && !has_body(ts->para, i)
		    && (r = dateline(s, len, m))
		    && m[0].rm_so == 0 && r->group > 0 && m[r->group].rm_so >= 0) {
			d->dateline = xstrndup(s + m[r->group].rm_so,
			    (size_t)(m[r->group].rm_eo - m[r->group].rm_so));
			dateline_date(d, s, (size_t)m[0].rm_eo);
			s += m[0].rm_eo;
			len -= (size_t)m[0].rm_eo;
			d->dateline_alone = len == 0;
		}
		ends = xmalloc((len / 2 + 2) * sizeof *ends);
		nb = sent_split(s, len, ends, len / 2 + 2);
		for (k = 0, start = 0; k < nb; k++) {
			const char *t = s + start;
			b = ends[k] - start;
			trim(&t, &b);
			if (b)
				add_sentence(d, p, t, b, 0);
			start = ends[k];
		}
		free(ends);
		p++;
	}
}

static void
emit(struct text_stream *ts, struct doc *d)
{
	char num[32];

	ts->ndocs++;
	if (ts->ndocs == 1) {
		d->id = xstrdup(ts->idbase);
	} else {
		snprintf(num, sizeof num, ":%d", ts->ndocs);
		d->id = xmalloc(strlen(ts->idbase) + strlen(num) + 1);
		strcpy(d->id, ts->idbase);
		strcat(d->id, num);
	}
	ts->emit(d, ts->ctx);
}

static void
finish(struct text_stream *ts)
{
	struct doc *d = ts->cur;
	size_t i;

	if (!d)
		return;
	ts->cur = NULL;
	add_title_and_paras(ts, d);
	for (i = 0; i < ts->npara; i++)
		free(ts->para[i]);
	ts->npara = 0;
	ts->furniture_at = 0;
	ts->ended = ts->cut_short = ts->teasers = ts->bio = 0;
	ts->blanks = 0;
	ts->nbreaks = 0;
	if (d->ns == 0 && d->nd == 0) {
		doc_free(d);
	} else if (ts->held && headline_alone(d)) {
		fold_lines(ts->held, d, "headline");
	} else if (ts->held && sign_off(d)) {
		fold_lines(ts->held, d, "sign-off");
	} else if (d->ns == 0 && ts->held) {
		move_dropped(ts->held, d, 0);
	} else if (d->ns == 0 && ts->furniture) {
		move_dropped(ts->furniture, d, 0);
	} else if (d->ns == 0) {
		ts->furniture = d;
	} else {
		if (ts->furniture)
			move_dropped(d, ts->furniture, 1);
		ts->furniture = NULL;
		if (ts->held)
			emit(ts, ts->held);
		ts->held = d;
	}
}

/* The end of the stream: what is held goes out; furniture with no
   article at all is a document of its own, so that nothing is lost. */
static void
finish_stream(struct text_stream *ts)
{
	finish(ts);
	if (ts->held && ts->furniture)
		move_dropped(ts->held, ts->furniture, 0);
	else if (ts->furniture)
		ts->held = ts->furniture;
	ts->furniture = NULL;
	if (ts->held)
		emit(ts, ts->held);
	ts->held = NULL;
}

static struct doc *
cur(struct text_stream *ts)
{
	if (!ts->cur)
		ts->cur = doc_new(ts);
	return ts->cur;
}

static void
push_para(struct text_stream *ts, char *p)
{
	if (ts->npara == ts->cpara) {
		ts->cpara = ts->cpara ? ts->cpara * 2 : 16;
		ts->para = xrealloc(ts->para, ts->cpara * sizeof *ts->para);
	}
	ts->para[ts->npara++] = p;
}

/* The paragraphs from k on, from byte `at` of para[k], open the next
   document. */
static void
open_at(struct text_stream *ts, size_t k, size_t at)
{
	size_t i, nrest = ts->npara - k, furniture;
	char **rest = xmalloc((nrest + 1) * sizeof *rest);

	memcpy(rest, ts->para + k, nrest * sizeof *rest);
	furniture = ts->furniture_at > k ? ts->furniture_at - k : 0;
	ts->npara = k;
	if (at) {
		push_para(ts, xstrndup(rest[0], at));
		memmove(rest[0], rest[0] + at, strlen(rest[0] + at) + 1);
	}
	finish(ts);
	cur(ts);
	for (i = 0; i < nrest; i++)
		push_para(ts, rest[i]);
	ts->furniture_at = furniture;
	free(rest);
}

#define DATELINE_LEAD_MIN 200   /* bytes: shorter, a dateline's paragraph ends a sentence */
#define DATELINE_TAIL_MAX 20    /* bytes after a dateline on a line of its own ("(MAP)") */
#define PUBDATE_LINE_MAX 120    /* bytes: a site, the date and its keywords on one line */

/* A dateline ("Rabat – ") opens an article: one met past the start of a
   document begins the next, with the headline just above it (and the
   page's title above that). */
static void
dateline_opens(struct text_stream *ts, const char *s, size_t n)
{
	regmatch_t m[10];
	size_t k, len;
	char *last;

	if (!ts->recover || ts->npara < 2 || !dateline(s, n, m) || m[0].rm_so != 0)
		return;
	/* "The Palestinian Authority - which considers...": a dash in a
	   sentence that goes on; a dateline's lead opens with a capital */
	if ((size_t)m[0].rm_eo < n && !starts_upper(s + m[0].rm_eo, n - (size_t)m[0].rm_eo))
		return;
	/* a dateline opens a lead, or stands on a line of its own; a short
	   line that goes on and ends no sentence is a subheading ("Algérie –
	   Macron : Tebboune rencontre Macron") */
	if (n < DATELINE_LEAD_MIN && !ends_sentence(s, n) && n - (size_t)m[0].rm_eo > DATELINE_TAIL_MAX)
		return;
	/* "Ha Van - Chinhphu.vn": an author and his site sign the article */
	if (web_address(s + m[0].rm_eo, n - (size_t)m[0].rm_eo))
		return;
	/* only after some text: a page title and a headline above the
	   dateline are the same article's */
	if (!has_body(ts->para, ts->npara - 1))
		return;
	k = ts->npara - 1;
	last = ts->para[k];
	len = strlen(last);
	/* a headline opens with a capital, a digit or a quote; a credit
	   "(Merci à ... DR)" above the dateline, or a line that stops
	   mid-sentence ("En mars de"), ends the article before */
	if (len < 300 && !ends_sentence(last, len) && starts_upper(last, len) && !cut_short(last, len))
		k = page_title_above(ts->para, k);
	else if (same_subject_in(ts->para, ts->npara, s, (size_t)m[0].rm_eo, n))
		return;         /* no headline, and the same people: the dispatch under its summary */
	else
		k = ts->npara;
	open_at(ts, k, 0);
}

/* A lead restating a headline a few lines above it, after article
   text: the headline and what follows it begin the next article. */
static void
headline_opens(struct text_stream *ts)
{
	size_t k, at = 0;

	if (ts->recover && (k = headline_seam(ts->para, ts->npara, ts->furniture_at, &at)))
		open_at(ts, k, at);
}

/* After a paragraph cut short, what follows begins another article when
   it looks like one begins (a headline, a dateline), or when the article
   cut short had run long: a page saved up to a size limit is cut after
   its first thousands of characters, and a short article stopped
   mid-sentence more often lost a link or a picture than its end ("...des
   changements climatiques", then "C'est en présence du ministre..."). */
static int
next_after_cut(const struct text_stream *ts, const char *s, size_t n)
{
	return starts_upper(s, n)
	    && (strs_len(ts->para, ts->npara) >= CUT_SHORT_DOC || opens_article(s, n));
}

#define SIGNED_BODY_MIN 300     /* bytes of article above its signature */
#define SIGNED_LEAD_MIN 100     /* bytes of the lead after it */

/* The last paragraph, in a stream already cut once (most files hold one
   article, a dump many); NULL when there is none or no cut yet. */
static const char *
last_para_of_dump(const struct text_stream *ts)
{
	return ts->npara && (ts->held || ts->ndocs) ? ts->para[ts->npara - 1] : NULL;
}

/* Line s opens the next article under the first nbody paragraphs of
   article text: a lead about other people. */
static int
lead_after(const struct text_stream *ts, size_t nbody, const char *s, size_t n)
{
	return n >= SIGNED_LEAD_MIN && starts_upper(s, n) && strs_len(ts->para, nbody) >= SIGNED_BODY_MIN
	    && has_body(ts->para, nbody) && new_subject_in(ts->para, ts->npara, s, 0, n);
}

/* "... a réitéré son soutien.", "Didier Kéi", then a lead about other
   people: the signature ends an article and the lead opens the next. */
static int
signed_off(const struct text_stream *ts, const char *s, size_t n)
{
	const char *last = last_para_of_dump(ts);

	return last && signature_line(last, strlen(last)) && lead_after(ts, ts->npara - 1, s, n);
}

#define CUT_LOWER_MIN 120       /* bytes of a paragraph stopped on a lower-case letter */

/* A paragraph of article text that stops on a lower-case letter, mid-word
   or mid-sentence (a page saved up to a size limit, shorter than the
   document that article_cut_short asks for), then a lead about other
   people: in a stream already cut once, the next article. */
static int
cut_then_lead(const struct text_stream *ts, const char *s, size_t n)
{
	const char *last = last_para_of_dump(ts);
	size_t len;
	int32_t c;

	if (!last || (len = strlen(last)) < CUT_LOWER_MIN || !utf8_prev(last, len, &c) || !utf8_is_lower(c))
		return 0;
	return lead_after(ts, ts->npara, s, n);
}

static void
add_text(struct text_stream *ts, const char *s, size_t n)
{
	int spaced = ts->blank_seen, line_start = ts->line_start;

	trim(&s, &n);
	if (!n)
		return;
	ts->blank_seen = ts->line_start = 0;
	if (ts->recover && (ts->ended || (ts->cut_short && next_after_cut(ts, s, n))
	    || (line_start && !spaced && spaced_seam(ts->para, ts->npara, ts->blanks, ts->nbreaks, s, n))
	    || (line_start && (signed_off(ts, s, n) || cut_then_lead(ts, s, n)))))
		finish(ts);
	if (line_start && ts->npara) {
		ts->blanks = ts->blanks << 1 | (unsigned)spaced;
		ts->nbreaks++;
	}
	cur(ts);
	dateline_opens(ts, s, n);
	push_para(ts, xstrndup(s, n));
	headline_opens(ts);
	ts->cut_short = ts->recover && article_cut_short(ts->para, ts->npara, s, n);
}

/* Does the line hold a finished sentence before the words that run
   into a mark at n: article text, in a line glued from two files? */
static int
sentence_before(const char *s, size_t n)
{
	size_t ends[2];

	return sent_split(s, n, ends, 2) > 1;
}

/* Where in s[0..n) the next file glued to the end of this one starts:
   after a sentence end, or in a word of a paragraph cut short; 0 if
   nowhere. */
static size_t
glued_seam(const struct text_stream *ts, const char *s, size_t n)
{
	size_t g = glued_at(ts->para, ts->npara, s, n);

	return g ? g : glued_short_at(ts->para, ts->npara, s, n);
}

static void segment(struct text_stream *ts, const char *s, size_t n);

/* The text before the match m[0] goes on; the match goes to dropped
   for why, and the date in its group, if any, is the document's. */
static void
drop_match(struct text_stream *ts, const char *s, const regmatch_t *m, const char *why, int group)
{
	const char *t = s + m[0].rm_so;
	size_t tlen = (size_t)(m[0].rm_eo - m[0].rm_so);

	segment(ts, s, (size_t)m[0].rm_so);
	trim(&t, &tlen);
	add_dropped(cur(ts), t, tlen, why);
	set_date_from(ts->cur, s, m, group);
}

#define BIO_MAX 300             /* bytes: an author's biography under his name */

/* Cut s at `at`: the part before stays, the part after opens a new
   document (when recovering boundaries); returns where the rest starts. */
static size_t
cut(struct text_stream *ts, const char *s, size_t at)
{
	segment(ts, s, at);
	if (ts->recover)
		finish(ts);
	return at;
}

/* One step over the line from `at`: handles what the rest begins with
   and returns how much of it is done; the caller goes on with the rest,
   so that a line glued from thousands of articles takes no deep
   recursion. */
static size_t
segment_step(struct text_stream *ts, struct rule_line *l, size_t at)
{
	regmatch_t m[10], bm[1], cm[1];
	struct rule *r, *boiler;
	int caption;
	const char *s = l->s + at;
	size_t n = l->n - at, g, done = n;

	if (blank(s, n))
		return n;
	/* "A propos de X 340 Articles", then "Journaliste - Blogueur basé
	   au Niger.": the line under an author's box is his biography */
	if (ts->bio) {
		ts->bio = 0;
		if (n < BIO_MAX) {
			add_dropped(cur(ts), s, n, "author");
			ts->furniture_at = ts->npara + 1;
			return n;
		}
	}
	boiler = rule_find(l, R_BOILER, at, bm, 1);
	m[0] = bm[0];
	/* a page-closing line glued to the next article: "close buttonRabat" */
	if ((r = boiler) && r->end && m[0].rm_so == 0
	    && (size_t)m[0].rm_eo < n && !blank(s + m[0].rm_eo, n - (size_t)m[0].rm_eo)) {
		add_dropped(cur(ts), s, (size_t)m[0].rm_eo, r->why);
		ts->ended = 1;
		done = (size_t)m[0].rm_eo;
	} else if ((r = rule_find(l, R_TRAILER, at, m, 10))) {
		/* the sentence end a trailer's rule asks for before it
		   ("moment. (Belga)") stays with the sentence */
		while (m[0].rm_so < m[0].rm_eo && s[m[0].rm_so] != '(' && !isspace((unsigned char)s[m[0].rm_so]))
			m[0].rm_so++;
		/* "Photos d'archives de X et de Y. (Xinhua)": a caption's
		   credit, which ends no dispatch */
		caption = at == 0 && rule_find(l, R_CAPTION, 0, cm, 1);
		drop_match(ts, s, m, caption ? "credit" : "trailer", r->group);
		/* "Esteri / (ansa) / headline": an agency's name above the
		   text ends nothing */
		ts->ended = !caption && (has_body(ts->para, ts->npara) || m[0].rm_so > 0);
		done = (size_t)m[0].rm_eo;
	} else if ((r = rule_find(l, R_DATEMARK, at, m, 10))) {
		if (m[0].rm_so > 0 && !blank(s, (size_t)m[0].rm_so)) {
			/* glued after a finished sentence, or after the
			   timestamp or signature that closes article text:
			   a new article */
			if (ends_sentence(s, (size_t)m[0].rm_so)
			    || (ts->recover && (has_body(ts->para, ts->npara)
			        || sentence_before(s, (size_t)m[0].rm_so))))
				done = cut(ts, s, (size_t)m[0].rm_so);
			/* a seam of two files glued earlier in the line comes
			   first; the marker is met again after it */
			else if (ts->recover && (g = glued_seam(ts, s, (size_t)m[0].rm_so)))
				done = cut(ts, s, g);
			else
				add_text(ts, s, n);
		} else {
			if (ts->recover && ts->npara)
				finish(ts);
			const char *mark = s + m[0].rm_so;
			size_t mlen = (size_t)(m[0].rm_eo - m[0].rm_so);
			trim(&mark, &mlen);
			add_dropped(cur(ts), mark, mlen, "date");
			set_date_from(ts->cur, s, m, r->group);
			done = (size_t)m[0].rm_eo;
		}
	} else if (ts->recover && (g = glued_seam(ts, s, n))) {
		done = cut(ts, s, g);
	} else if ((r = boiler)) {
		add_dropped(cur(ts), s, n, r->why);
		ts->furniture_at = ts->npara + 1;
		ts->teasers = r->list;
		ts->bio = r->bio;
		if (r->end)
			ts->ended = 1;
	} else if (n < PUBDATE_LINE_MAX && (r = rule_find(l, R_PUBDATE, at, m, 10))) {
		add_dropped(cur(ts), s, n, "date");
		/* under "Autres actualités", the dates are the teasers' */
		if (!ts->teasers)
			set_date_from(ts->cur, s, m, r->group);
		ts->furniture_at = ts->npara + 1;
	} else if (year_near_end(s, n) && (r = rule_find_tail(l, R_PUBDATE, at, m, 10))) {
		/* at the end of a longer line, a site's path to the article:
		   "... Diplomatie Publié le samedi 30 novembre 2024 | APA" */
		drop_match(ts, s, m, "date", r->group);
		ts->furniture_at = ts->npara + 1;
	} else if (ts->teasers && teaser(s, n)) {
		add_dropped(cur(ts), s, n, "related");
		ts->furniture_at = ts->npara + 1;
	} else {
		ts->teasers = 0;
		add_text(ts, s, n);
	}
	return done > 0 ? done : n;
}

static void
segment(struct text_stream *ts, const char *s, size_t n)
{
	struct rule_line l;
	size_t at = 0;

	rl_begin(&l, s, n);
	while (at < n)
		at += segment_step(ts, &l, at);
	rl_end(&l);
}

struct text_stream *
ts_begin(const char *src, const char *idbase, int recover, doc_fn emit, void *ctx)
{
	struct text_stream *ts = xcalloc(1, sizeof *ts);

	ts->src = src;
	ts->idbase = xstrdup(idbase);
	ts->recover = recover;
	ts->emit = emit;
	ts->ctx = ctx;
	return ts;
}

void
ts_line(struct text_stream *ts, const char *line, size_t len, long lineno)
{
	const char *ff;

	ts->lineno = lineno;
	ts->line_start = 1;
	if (blank(line, len))
		ts->blank_seen = 1;
	if (have_docsep && regexec(&docsep, line, 0, NULL, 0) == 0) {
		finish(ts);
		return;
	}
	/* a form feed separates documents */
	while ((ff = memchr(line, '\f', len)) != NULL) {
		segment(ts, line, (size_t)(ff - line));
		finish(ts);
		len -= (size_t)(ff - line) + 1;
		line = ff + 1;
	}
	segment(ts, line, len);
}

void
ts_mark_bad(struct text_stream *ts)
{
	if (ts->cur)
		ts->cur->bad = 1;
}

void
ts_drop(struct text_stream *ts, const char *text, const char *why)
{
	add_dropped(cur(ts), text, strlen(text), why);
}

void
ts_end(struct text_stream *ts)
{
	finish_stream(ts);
	free(ts->para);
	free(ts->idbase);
	free(ts);
}
