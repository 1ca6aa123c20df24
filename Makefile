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

# one program per file in tools/, the helpers they share in lib/
TOOLS = $(sort $(basename $(notdir $(wildcard tools/*.c))))
LIBOBJ = $(patsubst %.c,%.o,$(sort $(wildcard lib/*.c)))
BINS = $(TOOLS:%=bin/%)
MAN1 = $(wildcard man/*.1)
MAN5 = man/mc-format.5

all: $(BINS)

lib/libmc.a: $(LIBOBJ)
	$(AR) rcs $@ $(LIBOBJ)

$(LIBOBJ): $(wildcard lib/*.h)

bin/%: tools/%.c lib/libmc.a
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS)

UNIT = $(basename $(wildcard tests/unit/test_*.c))

tests/unit/%: tests/unit/%.c lib/libmc.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS) $(shell pkg-config --libs cmocka)

check: all $(UNIT)
	@MC_DATA_DIR=$(CURDIR)/data sh tests/run.sh

# The command-line cases with every tool under valgrind (Debian: valgrind),
# their big inputs shrunk, two case files at a time: a case that fails or
# any report of valgrind (error, definite leak) fails the run.
valgrind: all
	@sh tests/valgrind.sh -j 2

# Fuzzing with libFuzzer (Debian: clang): each target of tests/mc_fuzz_*.c
# runs FUZZ_SECONDS on its seed corpus (new inputs go to tests/fuzz/work/,
# not into the seeds); a crash stops make, its input in tests/fuzz/found/.
FUZZ_SECONDS = 60
FUZZ = $(basename $(notdir $(wildcard tests/mc_fuzz_*.c)))
fuzz:
	@mkdir -p tests/fuzz/bin tests/fuzz/found
	@for t in $(FUZZ); do \
		clang -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined \
			-DMC_FUZZ_DATA_DIR='"$(CURDIR)/data"' -DMC_DATADIR='"$(DATADIR)"' \
			$(shell pkg-config --cflags $(PKGS)) -o tests/fuzz/bin/$$t tests/$$t.c \
			$(filter-out %/mc-split.c,$(sort $(wildcard lib/*.c))) $(LDLIBS) || exit 1; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
		mkdir -p tests/fuzz/work/$$t; \
		tests/fuzz/bin/$$t -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=tests/fuzz/found/ \
			tests/fuzz/work/$$t tests/fuzz/corpus/$${t#mc_fuzz_} > tests/fuzz/found/$$t.log 2>&1 \
			|| { tail -30 tests/fuzz/found/$$t.log; exit 1; }; \
	done

# Speed and memory beside reference tools (bench/run.sh says how).
bench: all
	@sh bench/run.sh

# The pipeline on the example articles: meetings.csv and events.jsonl.
example: all
	@sh examples/pipeline.sh

# Extraction quality on the annotated articles: the seeds (a development
# set) and the test articles.
eval: all
	@echo "seeds (examples/, tests/gold/seeds.jsonl):"
	@bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract | bin/mc-score --gold tests/gold/seeds.jsonl
	@if [ -f tests/articles/gold.jsonl ]; then echo "test articles (tests/articles/):"; \
	bin/mc-split tests/articles/*.txt | bin/mc-tag | bin/mc-extract | bin/mc-score --gold tests/articles/gold.jsonl; fi

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

.PHONY: all check clean install uninstall deps eval example fuzz bench valgrind
