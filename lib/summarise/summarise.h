/* mc-summarise: events grouped into tables, mergeable partial states,
   per-article digests and an HTML report. */
#ifndef MC_SUMMARY_H
#define MC_SUMMARY_H

#include <sys/types.h>

#include "text/lex.h"
#include "text/story.h"

/* ---- summ_event.c: an event as mc-summarise reads it ---- */

/* Precision of a date, least precise first.  PREC_WEEKDAY: a day of the
   week, nothing else known ("-W-1", Monday); lo and hi are then 1 to 7.
   PREC_DAY_MONTH: a day of a month, year unknown ("--08-19"); lo and hi
   are then DAY_MONTH(m, d).  Neither is days. */
enum { PREC_NONE, PREC_WEEKDAY, PREC_DAY_MONTH, PREC_YEAR, PREC_MONTH, PREC_DAY };
#define DAY_MONTH(m, d) ((m) * 32 + (d))
#define DM_MONTH(v) ((v) / 32)
#define DM_DAY(v) ((v) % 32)

/* A date as the interval of days it covers (days since 1970-01-01). */
struct sm_date {
	int32_t lo, hi;
	uint8_t prec;
};

/* What tells one meeting from another: one per report. */
struct sm_sig {
	uint64_t pkey;          /* the participants' countries (0: none known) */
	uint64_t names;         /* their surnames, SM_NAMES 16-bit hashes (0: none) */
	uint64_t place;         /* the folded place (0: none) */
	uint64_t simhash;       /* of the evidence text's word shingles */
	struct story story;     /* the document's story fingerprint */
	struct sm_date date;
	uint8_t has_text;       /* simhash is meaningful */
	uint8_t has_story;      /* story is */
};

struct sm_part {
	const char *name, *country, *role, *side;
	char *key;              /* surname key of name, or NULL */
};

struct sm_event {
	json_t *json;           /* owns every string below */
	const char *doc, *type, *mode, *cameo, *place, *host, *date;
	const char *geo_name, *geo_country;     /* the place on the map, or NULL */
	double lat, lon;
	struct sm_part *parts;
	size_t nparts;
	const char **topics;
	size_t ntopics;
	json_t *evidence;       /* array of {s, text}, checked */
	uint64_t dochash;
	struct sm_sig sig;
};

/* Check and read an event; on a bad one, 0 and why in err. */
int sm_event_read(struct sm_event *ev, json_t *json, char *err, size_t errsz);
void sm_event_free(struct sm_event *ev);
int sm_date_parse(const char *s, struct sm_date *d);
/* A date as YYYY[-MM[-DD]], "" when none or of no known year. */
void sm_date_str(const struct sm_date *d, char out[11]);
void sm_date_sig_str(const struct sm_date *d, char out[11]);
/* The surname key of a person's name: its last word, case and accents
   folded (two words for "Mohammed VI"); malloc'd, NULL when none. */
char *sm_surname_key(const char *name);
uint64_t sm_simhash(const char *text, int *has_text);

/* ---- summ_stop.c: data/stopwords.tsv ---- */
int sm_stop_load(void);         /* 0 after reporting a bad line */
void sm_stop_free(void);
int sm_is_stop(uint64_t folded_hash);
/* A word of two letters or more, not elided, not a stopword. */
int sm_is_content(const struct toklist *tl, size_t i);

/* ---- summ_key.c: the keys events are grouped by ---- */
enum sm_key {
	K_COUNTRY, K_COUNTERPART, K_HOST, K_TOPIC, K_MONTH, K_QUARTER, K_YEAR,
	K_PERSON, K_TYPE, K_MODE, K_CAMEO, K_PLACE, K_PLACE_COUNTRY, K_NKEYS
};
#define SM_MAXKEYS 4
extern const char *const sm_key_name[K_NKEYS];

/* "country,topic" into keys; returns how many, or 0 and why in err. */
int sm_keys_parse(const char *list, enum sm_key *keys, int max, char *err, size_t errsz);

/* A value of a key: how it groups and how it is shown. */
struct sm_val {
	char *key, *shown;
};
struct sm_vals {
	struct sm_val *v;
	size_t n, cap;
};
/* The values of key k for an event ("unknown" when it has none). */
void sm_key_values(const struct sm_event *ev, enum sm_key k, struct sm_vals *out);
void sm_vals_free(struct sm_vals *vs);

/* ---- summ_person.c: the key person's value ---- */
int sm_person_load(void);       /* titles and particles; 0 after reporting a bad line */
void sm_person_free(void);
/* A named participant as the key person tells people apart: surname
   key, country and the initial of the first given name, joined by
   slashes ("laftit/MAR/a", "macron/FRA/", "guterres//a"); malloc'd.
   *shown gets the name past its titles, in p->name. */
char *sm_person_value(const struct sm_part *p, const char **shown);
/* Whether a value of len bytes has a given name's initial. */
int sm_person_has_initial(const char *value, size_t len);

/* ---- summ_close.c: close surnames among many ---- */
struct sm_pair {
	size_t a, b;
};
/* The pairs a < b of n surnames that names_close() joins, each once;
   returns how many, in *out (malloc'd). */
size_t sm_close_pairs(const char *const *surnames, size_t n, struct sm_pair **out);

/* ---- summ_join.c: the values of one person ---- */
/* For n values of the key person, sorted in byte order, each with the
   reports it has: rep[i] is the index of the value that value i's
   person goes under (i itself when it is joined to no other, as are
   values such as "unknown"). */
void sm_person_reps(const char *const *values, const uint64_t *reports, size_t n, size_t *rep);

/* ---- summ_cluster.c: reports of one meeting ---- */
#define SM_WINDOW 3             /* days of slack between imprecise dates */
#define SM_NAMES 4             /* surnames a signature keeps */
#define SM_NEAR 3               /* SimHash bits that near-duplicates differ by */

int sm_same_meeting(const struct sm_sig *a, const struct sm_sig *b);
/* The order meetings are counted in: participants first, so that the
   signatures of one set of participants come together. */
int sm_sig_cmp(const struct sm_sig *a, const struct sm_sig *b);
/* Meetings among n distinct signatures, each seen count[i] times; when
   meeting is not NULL it gets, per signature, the index of the first
   signature of its meeting.  The result depends only on the multiset of
   signatures, never on their order. */
uint64_t sm_cluster(const struct sm_sig *sigs, const uint32_t *count, size_t n, size_t *meeting);

/* ---- sets.c: what every part counts with, calling no other part ---- */
/* A byte of a word of a folded name: a letter, a digit or UTF-8. */
int sm_word_char(unsigned char c);
uint64_t sm_hash(const char *s, size_t n);      /* never 0 */
/* Which of two shown forms of one value to keep: the longer, then the
   first in byte order, so that the choice does not depend on order. */
int sm_shown_better(const char *a, const char *b);
/* Union-find over indices 0..n-1, parent[i] = i to begin: a set's root
   is its smallest index.  sm_uf_union() returns the root that joined the
   other's set, or SM_UF_SAME when a and b were in one set already. */
#define SM_UF_SAME ((size_t)-1)
size_t sm_uf_find(size_t *parent, size_t i);
size_t sm_uf_union(size_t *parent, size_t a, size_t b);
/* A set of 64-bit hashes (of document ids: exact up to a collision of
   64-bit hashes, about 1 in 10^7 for a million documents). */
struct sm_u64set {
	uint64_t *v;
	size_t n, cap;
};
int sm_u64set_add(struct sm_u64set *s, uint64_t x);    /* 1 if new */
int sm_u64set_has(const struct sm_u64set *s, uint64_t x);
int sm_u64_cmp(const void *a, const void *b);           /* for qsort */
void sm_u64set_free(struct sm_u64set *s);

/* Hash -> index, items compared by eq() so that collisions do no harm. */
struct sm_map {
	uint64_t *h;
	size_t *v;              /* index + 1; 0 is an empty slot */
	size_t n, cap;
};
typedef int (*sm_eq_fn)(size_t idx, const void *item, const void *ctx);
/* Index + 1 of the item, or 0. */
size_t sm_map_get(const struct sm_map *m, uint64_t h, sm_eq_fn eq, const void *item, const void *ctx);
void sm_map_put(struct sm_map *m, uint64_t h, size_t idx);
void sm_map_free(struct sm_map *m);

/* Names by a key, each with the form to show and a count. */
struct sm_name {
	char *key, *shown;
	uint64_t n;
};
struct sm_names {
	struct sm_name *v;
	size_t n, cap;
	struct sm_map idx;
};
/* Add n to the name of key; of two forms shown, the sm_shown_better. */
void sm_names_add(struct sm_names *ns, const char *key, const char *shown, uint64_t n);
void sm_names_free(struct sm_names *ns);

struct sm_group {
	char *key;              /* the values' keys joined by \x1f */
	size_t id;              /* its index in the table */
	char **shown;           /* one per key */
	struct sm_u64set docs;
	struct sm_sig *sigs;
	uint32_t *count;
	size_t nsig, csig;
	struct sm_map sigidx;
	struct sm_names names;  /* participants, by surname key */
	struct sm_names forms;  /* the person's name as written, by reports */
	char first[11], last[11];
	uint64_t reports, events, ndocs;        /* events, ndocs: when finished */
};

struct sm_table {
	enum sm_key keys[SM_MAXKEYS];
	int nkeys;
	struct sm_group **g;
	size_t n, cap;
	struct sm_map idx;
	size_t mem, budget;     /* bytes of documents and signatures held, at most */
	const char *tmpdir;     /* of the runs; NULL: $TMPDIR or /tmp */
	int spill_fd;           /* -1 until the first run */
	off_t spill_end;
	struct sm_run *runs;
	size_t nruns;
};

#define SM_BUFFER_DEFAULT (8 << 20)

void sm_table_init(struct sm_table *t, const enum sm_key *keys, int nkeys);
/* A group by its key (values' keys joined by \x1f), made when new; what
   can be added to it, each commutative so that order does not matter. */
struct sm_group *sm_group_get(struct sm_table *t, const char *key);
void sm_group_shown(struct sm_group *g, int k, const char *shown);
void sm_group_shown_as(struct sm_group *g, int k, const char *shown);   /* whatever it was */
void sm_group_add_sig(struct sm_group *g, const struct sm_sig *s, uint32_t n);
void sm_group_add_dates(struct sm_group *g, const char *first, const char *last);
/* The form of a name most reports write (of equal counts, the
   sm_shown_better); NULL when there is none. */
const char *sm_best_form(const struct sm_names *forms);
void sm_table_add(struct sm_table *t, const struct sm_event *ev);
/* The partial state: a header line, then one line per group, each
   naming the keys, so that the lines can be read in any order. */
void sm_table_write_partial(struct sm_table *t);
/* One line of a partial state: 1 when read, 0 and why in err for a bad
   one, -1 for a line grouped by other keys when *mismatch says that was
   reported already (it is set then). */
int sm_table_read_partial(struct sm_table *t, json_t *rec, int *mismatch, char *err, size_t errsz);
/* Spill when the groups hold more than the buffer size. */
void sm_table_check(struct sm_table *t);
void sm_group_free(struct sm_group *g, int nkeys);
void sm_table_free(struct sm_table *t);
/* The top n names of a group, most frequent first; returns how many. */
size_t sm_group_top_names(const struct sm_group *g, const char **out, size_t n);

/* ---- summ_finish.c: the table counted, once it is all read ---- */
/* Count the documents and meetings of every group, once; with the key
   person, the rows of one person become one (summ_join.c). */
void sm_table_finish(struct sm_table *t);

/* ---- summ_spill.c: runs of documents and signatures on disk ---- */
size_t sm_group_bytes(const struct sm_group *g);
/* What every group holds, sorted, to the temporary file as one run. */
void sm_table_spill(struct sm_table *t);
/* The groups in byte order of their keys; caller frees the array. */
struct sm_group **sm_by_key(const struct sm_table *t);
/* Every group in key order: begin, its distinct documents ascending,
   its distinct signatures in sm_sig_cmp order with their counts summed,
   end.  Consumes the documents and signatures: once a table. */
struct sm_visit {
	void (*begin)(struct sm_group *g, void *ctx);
	void (*doc)(struct sm_group *g, uint64_t doc, void *ctx);
	void (*sig)(struct sm_group *g, const struct sm_sig *s, uint32_t n, void *ctx);
	void (*end)(struct sm_group *g, void *ctx);
	void *ctx;
};
void sm_table_visit(struct sm_table *t, const struct sm_visit *v);
void sm_spill_free(struct sm_table *t);

/* ---- summ_out.c: tables ---- */
enum sm_sort { SORT_COUNT, SORT_REPORTS, SORT_DOCS, SORT_KEY };
struct sm_outopt {
	enum sm_sort sort;
	long top;               /* 0: every row */
	int pivot;
};
/* Sort the groups and write the table (or pivot) in mc_opt.format. */
size_t sm_write_table(struct sm_table *t, const struct sm_outopt *o);
/* Groups in output order (sorted, cut to top); caller frees the array. */
struct sm_group **sm_sorted(struct sm_table *t, enum sm_sort sort, size_t *n);

/* ---- digest.c: the most informative sentences of an article ---- */
int digest_init(void);
void digest_free(void);
/* Indices into "sents" of the n sentences to keep, in text order (lead:
   the first n that can stand alone); returns how many, or -1 when the
   document has no "sents" array of {text}. */
long digest_pick(json_t *doc, size_t n, int lead, size_t *out);

/* ---- report.c: the HTML page ---- */
void report_html(struct sm_event *evs, size_t n, struct lang_tally *docs);

/* ---- countries.c ---- */
/* "Maroc" for MAR (iso-codes' French name, from lexicon/countries.tsv);
   the code itself when unknown. */
const char *country_name(const char *code);

/* ---- page.c: the page the report is written into ---- */
void page_put(const char *s);
void page_putf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void page_esc(const char *s);        /* text as HTML, in text and attributes */
void page_flush(void);          /* out the page goes, and it is freed */

/* ---- meetings.c: reports grouped into meetings ---- */
struct meeting {
	size_t *ev;             /* its reports, in input order */
	size_t n;
};
struct meeting *sm_meetings(struct sm_event *evs, size_t n, size_t *nm);
const struct sm_event *sm_best_dated(const struct sm_event *evs, const struct meeting *m);
/* One meeting as --meetings writes it (mc-summarise(1)). */
json_t *sm_meeting_json(const struct sm_event *evs, const struct meeting *m);

/* ---- report_map.c: where the meetings were, and who met whom ---- */
void page_country(const char *code);    /* "DZA Algérie" on the page */
void map_svg(const struct sm_event *evs, const struct meeting *m, size_t nm);
void network_svg(const struct sm_event *evs, const struct meeting *m, size_t nm);

#endif
