/* Documents as mc-split writes them (see mc-format(5)). */
#ifndef MC_DOC_H
#define MC_DOC_H

#include <regex.h>

#include "text/date.h"
#include "web/web.h"

struct sent { int p; char *text; int head; };

struct doc {
	char *id, *src, *title, *dateline;
	struct mc_date date;
	int has_date;
	int dateline_alone;     /* the dateline was a line of its own */
	json_t *meta;           /* fields carried over from a JSON or CSV record */
	struct sent *s;
	size_t ns, cs;
	struct web_drop *d;     /* left out, with why */
	size_t nd, cd;
	const char *lang;       /* detected: ISO 639-1, "und"; NULL: not yet */
	const char *lang_given; /* --lang, when the record has no lang field */
	long line;              /* where it starts in its source */
	int bad;                /* had invalid UTF-8 */
};

/* Split configuration: data/split.tsv and the abbreviations in it. */
int split_init(const char *doc_sep);

/* A stream of text from one source: boundaries between articles glued
   together (cat of files without final newlines, form feeds, trailers)
   are recovered.  emit() gets each finished document. */
typedef void (*doc_fn)(struct doc *d, void *ctx);
struct text_stream;
struct text_stream *ts_begin(const char *src, const char *idbase, int recover, doc_fn emit, void *ctx);
void ts_line(struct text_stream *ts, const char *line, size_t len, long lineno);
void ts_end(struct text_stream *ts);
void ts_mark_bad(struct text_stream *ts);     /* the current document */
/* Text the input itself left out (a web page's furniture), into the
   current document's dropped, with why. */
void ts_drop(struct text_stream *ts, const char *text, const char *why);

char *doc_idbase(const char *fname);
/* data/lang.tsv: the words that show a text is plainly French; a scan
   of a text's pieces in turn (start zeroed) says when it is. */
int langword_load(const char *path);
struct french_scan { size_t tokens, hits, distinct; long seen[3]; };
int french_scan(struct french_scan *sc, const char *s, size_t n);
/* The language CLD2 named for the sample s, or the listed language whose
   words clearly outnumber its own there. */
const char *langword_overrule(const char *named, const char *s, size_t n);
/* The language of the document's text, into d->lang. */
void doc_detect_lang(struct doc *d);
/* Do mc-tag and mc-extract read a document in lang (NULL: a document
   from before languages were told apart), given as given?  French, or
   unknown and not said to be another language. */
int lang_reads_french(const char *lang, const char *given);
/* A document of mc-tag or mc-extract counted in all by language; 1 when
   it is read as French, else 0 and counted in passed too. */
int lang_admit(struct lang_tally *all, struct lang_tally *passed, const char *lang,
    const char *given);
/* The language the input gave: the record's lang field, else --lang. */
const char *doc_given_lang(const struct doc *d);
/* The document's record (mc-format(5)), appended to b without its '\n'. */
void doc_write(mc_buf *b, const struct doc *d);
void doc_free(struct doc *d);

/* docfill.c: a line of text the document sets apart, with why; a
   sentence of paragraph p (head: of the headline); the date a rule's
   group holds; the date of a dateline's head; the dropped lines, date and
   dateline of `from` moved to `to` (ahead of its own with before), which
   frees `from`. */
void add_dropped(struct doc *d, const char *s, size_t n, const char *why);
void add_sentence(struct doc *d, int p, const char *s, size_t n, int head);
void set_date_from(struct doc *d, const char *s, const regmatch_t *m, int group);
void dateline_date(struct doc *d, const char *s, size_t len);
/* A line that is all dateline ("Bakou, 29 octobre, AZERTAC"). */
int whole_dateline(const char *s, size_t len);
void move_dropped(struct doc *to, struct doc *from, int before);
/* A document of a few short lines that end no sentence, after an article
   (its headline again, its tags), or a dateline and a signature (its
   sign-off), and folding it into that article's dropped, with why. */
int headline_alone(const struct doc *d);
int sign_off(const struct doc *d);
void fold_lines(struct doc *to, struct doc *from, const char *why);

size_t sent_split(const char *s, size_t n, size_t *ends, size_t max);
/* Next full stop, ! or ? from s[i] (quotes: or the first byte of …, «, »). */
size_t sent_next_stop(const char *s, size_t n, size_t i, int quotes);
void sent_add_abbrev(const char *a);
/* Does the paragraph stop in mid-sentence, as an article cut short at a
   size limit does?  The NOEND words of split.tsv (de, la, et...) are
   those no sentence or headline ends on. */
int cut_short(const char *s, size_t n);
/* s[0..n) is a NOEND word of split.tsv (de, la, et, pour...). */
int is_noend(const char *s, size_t n);
/* bytes: a paragraph this long with no final stop was cut short; a
   shorter one may be a headline or a caption, which has none either */
#define CUT_SHORT_LONG 250
/* bytes of an article cut short, at least, for the next paragraph to
   begin another one without looking like a beginning */
#define CUT_SHORT_DOC 800
/* bytes: no text wrapped at a fixed width has lines this long */
#define WRAP_MAX 120
void cutshort_add_word(const char *w);

#endif
