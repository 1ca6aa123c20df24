/* A tagged document as mc-extract reads it (extract.c), its people
   (people.c) and plural offices (plural.c), the parts of its events
   (parts.c), a meeting verb's parties (clause.c), the meeting frames
   found in it (frames.c), the lists below them (lists.c) and their
   margins (margins.c), the visits a trip tells (trips.c) and how frames
   of one event become one (merge.c), who joins them (joiners.c), where
   each was held (where.c), what each agreed (agree.c) and how each
   event is told (event.c). */
#ifndef MC_XDOC_H
#define MC_XDOC_H

#include "extract/extract.h"
#include "text/date.h"

enum { X_PER, X_ROLE, X_GPE, X_LOC, X_ORG, X_DATE, X_EVENT, X_OTHER };
enum { SIDE_NONE, SIDE_HOST, SIDE_GUEST, SIDE_ATTENDEE };

struct xent {
	int s, type;
	size_t t0, t1;
	const char *value, *country, *role, *text, *raw;
	int plural, honorific, excluded;
	int intl;               /* PER: an official of an international body */
	int demonym;            /* GPE: an adjective ("nigérien"), not a country's name */
	int listed;             /* one office of a plural one's list of countries */
	int person;             /* PER: its person; ROLE: the person it names */
};

/* An office read as a delegation ("une délégation du Conseil de Paix"). */
static inline int
is_delegation(const struct xent *e)
{
	return e->type == X_ROLE && e->value && !strcmp(e->value, "delegation");
}

struct cue {
	int s;
	size_t t0, t1;
	const struct lex_entry *e;
	int recounted;          /* made a recounted meeting: not the mode of
	                           its clause's own ("d'un entretien
	                           téléphonique avec") */
};

struct person {
	const char *name, *role, *country, *key, *office;   /* office: ROLE value */
	const char *value;      /* the name's folded words, as the tagger gave them */
	size_t keylen;          /* code points of key */
	const char *peer_role;  /* "son homologue": the office of the one named
	                           with it, whose counterpart he is */
	int honorific, unnamed, mentions, usable, role_head_king;
	int intl;               /* holds an office of an international body */
};

struct part { int person, side; };

struct event {
	int type;               /* 0 meeting, 1 call, 2 conference, 3 visit */
	int margin, host_verb, guest_verb, multi;
	int purpose;            /* "pour participer à": a trip's purpose, an event of its own */
	int ahead;              /* told only in the future ("recevra"): the day of
	                           writing is not its date */
	int recounted;          /* "dans la foulée d'un appel avec": the date its
	                           clause gives is the clause's own meeting's */
	int trip_sent;          /* 1 + the sentence of the trip that made it a
	                           visit, read for its place, not its date; 0 */
	struct part *p;         /* as many as took part */
	int np, pcap;
	int *sents;             /* its sentences, in the order they were read */
	int ns, scap;
};

struct xdoc {
	const struct jr *doc;   /* the record, as the lean reader holds it */
	const char *home, *dateline;
	struct mc_date date;
	int has_date;
	size_t nsent;
	const char **sent;
	int *head;
	/* sentence s names a meeting told before ("cette rencontre"), which
	   makes no cue of its own */
	unsigned char *that_meeting;
	int *par;               /* each sentence's paragraph */
	int meeting_end;        /* the last paragraph about the meetings */
	struct toklist *tl;
	struct xent *e;
	size_t ne;
	/* entities sentence by sentence, in their order: those of sentence s
	   are e[sent_ents[k]] for k from ent_from[s] to ent_from[s + 1] - 1 */
	size_t *sent_ents, *ent_from;
	struct cue *c;          /* in sentence order */
	size_t nc;
	size_t *cue_from;       /* sentence s: c[cue_from[s]] to c[cue_from[s + 1] - 1] */
	struct person *p;
	size_t np;
	struct event *ev;
	size_t nev;
	int *scratch;           /* a row of sentence numbers, nsent + 1 long */
	size_t nscratch;
};

/* parts.c: cues, persons, and the parts and sentences of an event */
int cue_is(const struct cue *c, const char *type);
/* A cue of that type within tokens [a, b) of sentence s. */
int has_cue_between(struct xdoc *x, int s, size_t a, size_t b, const char *type);
/* The cue of that type in sentence s that ends right before token t, or NULL. */
const struct cue *cue_ending_at(const struct xdoc *x, int s, size_t t, const char *type);
int add_person(struct xdoc *x, const char *name, const char *key);
int party_of(struct xdoc *x, struct xent *e);
int resolve(struct xdoc *x, int code);
int role_person(struct xdoc *x, int code);
/* Offices that may name one person: equal, or a minister and a
   minister of something ("interior_minister"). */
int same_office(const char *a, const char *b);
/* An envoy's office (ambassador, consul...) that the named one's is not:
   then they are two people. */
int other_post(const char *office, const char *named_office);
void add_part(struct event *ev, int person, int side);
void event_free(struct event *ev);
void add_sent(struct event *ev, int s);
int has_sent(const struct event *ev, int s);
/* The event's first and last sentence, -1 when it has none. */
int first_sent(const struct event *ev);
int last_sent(const struct event *ev);
struct xent *holder_after(struct xdoc *x, size_t ri);
/* The event's sentences (and sentence `also`, if not -1) in document
   order, in the document's scratch row; their entities, in a new array */
int event_sents(struct xdoc *x, const struct event *ev, long also, const int **sents);
size_t event_ents(struct xdoc *x, const struct event *ev, long also, size_t **out);
/* people.c: the document's persons, from its PER and ROLE entities */
void cluster_people(struct xdoc *x);
/* "son homologue finlandais": a role that is a counterpart's */
int is_counterpart_role(const char *role);
/* merge.c: whether the frame fr, read in sentence s, tells more of an
   event read before; if so it goes into that event */
int joins_known(struct xdoc *x, int s, struct event *fr);
/* A meeting of offices alone, then one of their names just after it: one
   meeting, each name the holder of its office */
void named_later(struct xdoc *x);
/* Those of fr, read in sentence s, were present at ev. */
void attend(struct event *ev, const struct event *fr, int s);
/* joiners.c: who joins the events besides the verb's parties */
void companions(struct xdoc *x);
/* "Côté sénégalais, on notait la présence de", "Étaient présents du côté
   émirien :": the country of the side named before the sentence's
   people, or NULL. */
const char *side_country(const struct xdoc *x, int s);
void counterparts(struct xdoc *x, struct event *ev);
void unnamed_once(struct xdoc *x);
void speakers(struct xdoc *x);
/* clause.c: a meeting verb's parties */
int main_actor(struct xdoc *x);
/* The nearest person or office before cue c, in its clause. */
struct xent *subject_ent(struct xdoc *x, const struct cue *c);
/* "Il était accompagné de": whom the pronoun before cue c, with only an
   auxiliary between, stands for; -1 when there is none. */
int pronoun_before(struct xdoc *x, const struct cue *c);
/* The event whose subjects a plural pronoun before cue c stands for, or NULL. */
const struct event *they_before(const struct xdoc *x, const struct cue *c);
/* The participant the subject best stands for (a pronoun's, or -1). */
int subject_of(struct xdoc *x, const struct cue *c, struct xent *best);
/* Those joined to the subject first by "et", on side. */
void co_subjects(struct xdoc *x, const struct xent *first, struct event *ev, int side);
/* The parties after the verb of cue c, on side; list: commas join. */
void objects_of(struct xdoc *x, const struct cue *c, struct event *ev, int side, int subject, int list);
/* frameparts.c: the pieces of every frame */
#define OPENING_TOKENS 3        /* "Le président français", "De son côté, le ministre" */
struct event *new_event(struct xdoc *x);
int type_of(const char *v);
/* a meeting's noun: not "en marge de", "dans le cadre de", "les deux
   ministres" */
int is_event_noun(const struct cue *k);
/* a meeting's noun, or a multilateral event's (CONF) */
int event_kind_noun(const struct cue *k);
/* The subject after the comma that closes a cue opening the sentence. */
struct xent *fronted_subject_ent(struct xdoc *x, const struct cue *c, const struct event *fr);
/* A frame read in sentence s: a new event, or more of one read before. */
void keep_frame(struct xdoc *x, int s, struct event *fr);
int keep_noun_frame(struct xdoc *x, int s, struct event *fr);
int phone_cue(const struct cue *c);
int gathering_noun(const struct cue *c);
/* Where the noun of cue c starts, with an adjective before it. */
size_t noun_start(const struct xdoc *x, const struct cue *c);
/* "à l'issue d'un entretien": one past where the adjunct starts, or 0 */
size_t time_adjunct(const struct xdoc *x, const struct cue *c);
struct xent *opening_subject(struct xdoc *x, int s);
struct xent *last_joined(struct xdoc *x, struct xent *e);
size_t avec_after(const struct toklist *tl, const struct cue *c);
/* nounframes.c: frames a meeting noun opens without a verb */
void noun_frame(struct xdoc *x, const struct cue *c);
void avec_noun_frame(struct xdoc *x, const struct cue *c);
void possessive_frame(struct xdoc *x, const struct cue *c);
void visit_noun_frame(struct xdoc *x, const struct cue *c);
void relative_frame(struct xdoc *x, const struct cue *c);
int recounted_frame(struct xdoc *x, const struct cue *c);
/* agree.c: what a meeting agreed */
json_t *agreements_of(struct xdoc *x, const struct event *ev, int first);
int sign_cue(struct xdoc *x, const struct event *ev);
/* exclude.c: the people its EXCLUDE cues put out of the meetings, marked
   excluded */
void mark_excluded(struct xdoc *x);
/* trips.c: the visits a trip tells */
int one_party_visit(const struct event *ev);
int trip(const struct xdoc *x, const struct cue *c, const struct event *fr);
void trip_meetings(struct xdoc *x);
/* plural.c: a plural office's countries, given to the names after it or
   made one office a country; 1 when it was read so */
int plural_offices(struct xdoc *x, struct xent *r);
/* lists.c: those listed below sentence s ("Parmi eux : X ; Y"), added
   to fr on side; the attendance list below a multilateral verb */
void listed_below(struct xdoc *x, int s, struct event *fr, int side);
void attendees_below(struct xdoc *x, int s, struct event *fr);
/* margins.c: the conference a meeting's margin names ("en marge du
   sommet"), when none was read, and the margin's meetings joined to it */
void margin_conference(struct xdoc *x);
void margin_meetings(struct xdoc *x);
/* frames.c: meeting events from the frames of the document's cues. */
void build_events(struct xdoc *x);
/* where.c: the place its sentences name after à, au or en; else NULL */
const struct xent *place_of(struct xdoc *x, const struct event *ev);
/* The known city named in a sentence near the event's, none of another's. */
const struct xent *place_near(struct xdoc *x, const struct event *ev);
/* "au Luxembourg" next to the verb: the country it was held in, or NULL. */
const char *held_in_country(struct xdoc *x, const struct event *ev);
const char *state_not_city(const struct xent *e);
/* The dateline's country, as the text names the place elsewhere. */
const char *dateline_country(const struct xdoc *x);
/* "au siège du ministère": the venue the event's sentences name, as
   written, for an event the text gives no city; malloc'd, or NULL. */
char *venue_of(struct xdoc *x, const struct event *ev);
/* The VENUE entries of a lexicon file (events.tsv); 0 on a bad line. */
int venues_load(const char *path);
/* The city a venue stands for, when the text names it; else place. */
const char *city_of_venue(const struct xdoc *x, const char *place);
/* The place on the map: JSON, or null when the gazetteer lacks it. */
json_t *geo_of(const char *place, const struct xent *pl, const char *host, json_t *parts,
    const char *home);
/* One event as JSON; first: the document's first event. */
json_t *event_json(struct xdoc *x, struct event *ev, int first, const char *id);

#endif
