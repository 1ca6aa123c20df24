# mc: small Unix filters that turn news articles into meeting data.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/mc
MANDIR = $(PREFIX)/share/man

PKGS = jansson zlib libutf8proc
CC = cc
OPT ?= -O2 -g
CFLAGS += $(OPT) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror \
	$(shell pkg-config --cflags $(PKGS)) -DMC_DATADIR='"$(DATADIR)"'
LDLIBS += $(shell pkg-config --libs $(PKGS)) -lcsv -lstemmer
ifeq ($(SANITIZE),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

TOOLS = mc-split mc-tag mc-extract mc-score
LIBOBJ = lib/util.o lib/input.o lib/output.o lib/utf8.o lib/csvio.o lib/json.o \
	lib/opts.o lib/progress.o lib/datadir.o lib/tok.o lib/lex.o lib/date.o \
	lib/sent.o lib/split.o lib/tag.o lib/names.o lib/extract.o
BINS = $(TOOLS:%=bin/%)
MAN1 = $(TOOLS:%=man/%.1)
MAN5 = man/mc-format.5

all: $(BINS)

lib/libmc.a: $(LIBOBJ)
	$(AR) rcs $@ $(LIBOBJ)

$(LIBOBJ): lib/mc.h lib/tok.h lib/date.h lib/doc.h lib/tag.h lib/names.h lib/extract.h

bin/%: tools/%.c lib/libmc.a
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS)

UNIT = tests/unit/test_lib

tests/unit/%: tests/unit/%.c lib/libmc.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS) $(shell pkg-config --libs cmocka)

check: all $(UNIT)
	@MC_DATA_DIR=$(CURDIR)/data sh tests/run.sh

clean:
	rm -rf bin lib/*.o lib/libmc.a $(UNIT)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lexicon $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp data/*.tsv $(DESTDIR)$(DATADIR)/
	cp data/lexicon/*.tsv $(DESTDIR)$(DATADIR)/lexicon/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN5) $(DESTDIR)$(MANDIR)/man5/

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%) \
		$(MAN5:man/%=$(DESTDIR)$(MANDIR)/man5/%)
	rm -rf $(DESTDIR)$(DATADIR)

deps:
	@sh .ci/deps.sh

.PHONY: all check clean install uninstall deps
