# mc: small Unix filters that turn news articles into meeting data.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/mc
MANDIR = $(PREFIX)/share/man

PKGS = jansson zlib libutf8proc libxml-2.0
CC = cc
OPT ?= -O2 -g
CFLAGS += $(OPT) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Ilib \
	$(shell pkg-config --cflags $(PKGS)) -DMC_DATADIR='"$(DATADIR)"'
LDLIBS += $(shell pkg-config --libs $(PKGS)) -lcsv -lstemmer -lcld2 -lstdc++ -lm
# CLD2 (language identification) has only a C++ interface: one .cc file
# gives it a C one
CXX = c++
CXXFLAGS += $(OPT) -std=c++11 -Wall -Wextra -Werror -Ilib
ifeq ($(SANITIZE),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CXXFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

# one program per file in tools/, the library they share in lib/, a
# folder a stage: base, io, text, split, tag, extract, summarise, score
# (lib/README says what each may use; make check-layers checks it)
TOOLS = $(sort $(basename $(notdir $(wildcard tools/*.c))))
LIBSRC = $(sort $(wildcard lib/*/*.c))
LIBCXX = $(sort $(wildcard lib/*/*.cc))
LIBHDR = $(wildcard lib/*/*.h)
LIBOBJ = $(LIBSRC:.c=.o) $(LIBCXX:.cc=.o)
BINS = $(TOOLS:%=bin/%)
MAN1 = $(wildcard man/*.1)
MAN5 = man/mc-format.5

all: $(BINS)

lib/libmc.a: $(LIBOBJ)
	$(AR) rcs $@ $(LIBOBJ)

$(LIBOBJ): $(LIBHDR)

bin/%: tools/%.c lib/libmc.a
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS)

UNIT = $(basename $(wildcard tests/unit/test_*.c))

# the fuzz targets' replay includes them: a change there rebuilds it
tests/unit/test_fuzz_regress: $(wildcard tests/mc_fuzz_*.c) $(wildcard tests/fuzz_*.h)

tests/unit/%: tests/unit/%.c lib/libmc.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< lib/libmc.a $(LDLIBS) $(shell pkg-config --libs cmocka)

# The case files, then the HTML report in headless Chromium (skipped,
# saying so, where Debian's chromium is not installed).
check: all $(UNIT)
	@MC_DATA_DIR=$(CURDIR)/data sh tests/run.sh
	@sh tests/render-report.sh

# The command-line cases with every tool under valgrind (Debian: valgrind),
# their big inputs shrunk, two case files at a time: a case that fails or
# any report of valgrind (error, definite leak) fails the run.
valgrind: all tests/unit/test_fuzz_regress
	@sh tests/valgrind.sh -j 2
	@echo "fuzz regress inputs (tests/fuzz/regress/) under valgrind"
	@MC_DATA_DIR=$(CURDIR)/data valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite --show-possibly-lost=no \
	    ./tests/unit/test_fuzz_regress > tests/fuzz-regress.valgrind 2>&1 \
	    || { cat tests/fuzz-regress.valgrind; rm -f tests/fuzz-regress.valgrind; exit 1; }
	@tail -1 tests/fuzz-regress.valgrind; rm -f tests/fuzz-regress.valgrind

# Fuzzing with libFuzzer, by hand: it is not part of CI.  It needs clang
# and its runtime (Debian: clang libclang-rt-14-dev); without them make
# fuzz says so.  'make fuzz' runs each target of tests/mc_fuzz_*.c for
# FUZZ_SECONDS, 'make fuzz-text' (fuzz-gzip, fuzz-json, fuzz-csv,
# fuzz-lexicon, fuzz-date, fuzz-html, fuzz-warc) only one; make -j2 runs
# two at once.
# - Targets are built with ASan and UBSan, and any finding stops them
#   (-fno-sanitize-recover=all): UBSan would otherwise only print.
# - A target starts from its seeds, tests/fuzz/corpus/T/, and keeps what it
#   finds in tests/fuzz/work/T/, so the seeds stay as they are.
# - The tools' warnings about each bad input would drown libFuzzer's
#   report: the targets' stdout and stderr are closed (-close_fd_mask=3),
#   libFuzzer's own output is in tests/fuzz/found/T.log.
# - Inputs are at most FUZZ_MAX_LEN_T bytes: a few articles of text, JSON
#   or CSV, a short compressed stream, a lexicon's head, a sentence with a
#   date, a web page or a few WARC records; longer ones slow each run and
#   find nothing new.
# - A crash stops make, its input in tests/fuzz/found/T-crash-*: keep it as
#   tests/fuzz/regress/T-what.bin.  make check replays those files (and
#   the seeds) through the targets built with the ordinary compiler
#   (tests/unit/test_fuzz_regress.c); 'make fuzz-regress' replays them
#   through the libFuzzer builds.
# make clean removes tests/fuzz/bin and tests/fuzz/work, not found/.
FUZZ_CC = clang
FUZZ_CXX = clang++
FUZZ_SECONDS = 60
FUZZ = $(patsubst tests/mc_fuzz_%.c,%,$(sort $(wildcard tests/mc_fuzz_*.c)))
FUZZ_MAX_LEN_text = 16384
FUZZ_MAX_LEN_gzip = 4096
FUZZ_MAX_LEN_json = 16384
FUZZ_MAX_LEN_csv = 16384
FUZZ_MAX_LEN_lexicon = 4096
FUZZ_MAX_LEN_date = 256
FUZZ_MAX_LEN_html = 16384
FUZZ_MAX_LEN_warc = 16384
FUZZ_CFLAGS = -g -O1 -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-DMC_FUZZ_DATA_DIR='"$(CURDIR)/data"' -DMC_DATADIR='"$(DATADIR)"' -Ilib \
	$(shell pkg-config --cflags $(PKGS))
FUZZ_CXXFLAGS = -g -O1 -std=c++11 -Wall -Wextra -Werror -Ilib \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_CXXOBJ = $(patsubst lib/split/%.cc,tests/fuzz/bin/%.o,$(LIBCXX))

fuzz: $(FUZZ:%=fuzz-%)

$(FUZZ:%=fuzz-%): fuzz-%: tests/fuzz/bin/mc_fuzz_%
	@mkdir -p tests/fuzz/work/$* tests/fuzz/found
	@echo "fuzz: $* for $(FUZZ_SECONDS) s"
	@$< -max_total_time=$(FUZZ_SECONDS) -max_len=$(or $(FUZZ_MAX_LEN_$*),4096) \
		-close_fd_mask=3 -artifact_prefix=tests/fuzz/found/$*- \
		tests/fuzz/work/$* tests/fuzz/corpus/$* > tests/fuzz/found/$*.log 2>&1 \
		|| { tail -30 tests/fuzz/found/$*.log; exit 1; }

fuzz-regress: $(FUZZ:%=tests/fuzz/bin/mc_fuzz_%)
	@for t in $(FUZZ); do \
		set -- tests/fuzz/regress/$$t-*; [ -e "$$1" ] || continue; \
		echo "fuzz-regress: $$t, $$# input(s)"; \
		tests/fuzz/bin/mc_fuzz_$$t -close_fd_mask=3 "$$@" > tests/fuzz/bin/$$t.log 2>&1 \
			|| { tail -30 tests/fuzz/bin/$$t.log; exit 1; }; \
	done

tests/fuzz/bin/mc_fuzz_%: tests/mc_fuzz_%.c $(wildcard tests/fuzz_*.h) $(LIBSRC) $(LIBHDR) $(FUZZ_CXXOBJ) | fuzz-cc
	@mkdir -p tests/fuzz/bin
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(LIBSRC) $(FUZZ_CXXOBJ) $(LDLIBS)

# the C++ of lib/ (CLD2's C interface), built alike and kept
.SECONDARY: $(FUZZ_CXXOBJ)
tests/fuzz/bin/%.o: lib/split/%.cc $(LIBHDR) | fuzz-cc
	@mkdir -p tests/fuzz/bin
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -c -o $@ $<

# clang with libFuzzer's runtime, or a message that names the packages
fuzz-cc:
	@printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)\n{ (void)d; (void)n; return 0; }\n' \
		| $(FUZZ_CC) -fsanitize=fuzzer -x c -o /dev/null - >/dev/null 2>&1 || { \
		echo "make fuzz needs $(FUZZ_CC) with libFuzzer; on Debian: apt-get install clang libclang-rt-14-dev" >&2; \
		exit 1; }

# Speed and memory beside reference tools (bench/run.sh says how).
bench: all
	@sh bench/run.sh

# The pipeline on the example articles: meetings.csv and events.jsonl.
example: all
	@sh examples/pipeline.sh

# Extraction quality: the seeds, the written test articles, and the real
# corpus (tests/corpus/), its dev and test splits printed apart, with the
# article boundaries mc-split finds in it; then language identification
# on real articles in seven languages (tests/lang/), and the grouping of
# several outlets' reports into meetings (tests/syndication/).
eval: all
	@echo "seeds (examples/, tests/gold/seeds.jsonl):"
	@bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract | bin/mc-score --gold tests/gold/seeds.jsonl
	@echo "written test articles (tests/articles/):"
	@bin/mc-split tests/articles/*.txt | bin/mc-tag | bin/mc-extract | bin/mc-score --gold tests/articles/gold.jsonl
	@sh tests/corpus/eval.sh dev test
	@echo "languages (tests/lang/): share of documents whose lang is right"
	@sh tests/lang/eval.sh
	@echo "syndication (tests/syndication/): reports of one meeting grouped into one"
	@python3 tests/syndication/eval.py bin dev test
	@$(MAKE) -s eval-html

# Web pages: the French news pages of tests/web/fr/ (body, title and date
# marked by hand); with ARTICLE_BENCH=DIR, also the article extraction
# benchmark in DIR (its ground-truth.json and html/), split into dev and
# test by page id.
eval-html: all
	@echo "web pages (tests/web/fr/): article body, title and date"
	@python3 tests/web/fr/check.py bin/mc-split
	@if [ -n "$(ARTICLE_BENCH)" ]; then \
		echo "article extraction benchmark ($(ARTICLE_BENCH)): body F1"; \
		python3 tests/web/benchmark.py "$(ARTICLE_BENCH)" bin/mc-split; \
	else \
		echo "(the article extraction benchmark: make eval-html ARTICLE_BENCH=DIR)"; \
	fi

clean:
	rm -rf bin lib/*/*.o lib/libmc.a $(UNIT) tests/fuzz/bin tests/fuzz/work

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lexicon $(DESTDIR)$(DATADIR)/geo \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp data/*.tsv $(DESTDIR)$(DATADIR)/
	cp data/lexicon/*.tsv $(DESTDIR)$(DATADIR)/lexicon/
	cp data/geo/*.tsv $(DESTDIR)$(DATADIR)/geo/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN5) $(DESTDIR)$(MANDIR)/man5/

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%) \
		$(MAN5:man/%=$(DESTDIR)$(MANDIR)/man5/%)
	rm -rf $(DESTDIR)$(DATADIR)

deps:
	@sh .ci/deps.sh

# The forms of the cue verbs of data/verbs.tsv, conjugated by Debian's
# verbiste (french-conjugator), by hand: they are committed, and the build
# does not need that package; make check tells when they are out of date.
verbforms:
	python3 data/gen-verbforms.py data/verbs.tsv > data/verbforms.tmp
	mv data/verbforms.tmp data/verbforms.tsv

# The country of each country-code domain, from Debian's iso-codes.
tld:
	python3 data/gen-tld.py /usr/share/iso-codes/json/iso_3166-1.json > data/lexicon/tld.tmp
	mv data/lexicon/tld.tmp data/lexicon/tld.tsv

# The gazetteer made again from Debian's data (libgeonames-dev,
# libgeonames-common, unicode-cldr-core, iso-codes), by hand: it is
# committed, and the build does not need those packages.
gazetteer:
	@mkdir -p bin
	$(CC) -O2 -o bin/dump-geonames data/geo/dump-geonames.c $$(pkg-config --cflags --libs geonames)
	bin/dump-geonames > bin/geonames-cities.tsv
	python3 data/geo/gen-gazetteer.py bin/geonames-cities.tsv > data/geo/gazetteer.tsv
	rm -f bin/dump-geonames bin/geonames-cities.tsv

# The cities of mc-tag's lexicon, from the gazetteer and the other
# lexicons (data/lexicon/gen-cities.py): committed, made again by hand
# after either changes.
cities:
	python3 data/lexicon/gen-cities.py data/geo/gazetteer.tsv \
		$$(ls data/lexicon/*.tsv | grep -v '/cities.tsv$$') > data/lexicon/cities.tmp
	mv data/lexicon/cities.tmp data/lexicon/cities.tsv

.PHONY: all check clean install uninstall deps gazetteer cities verbforms tld eval eval-html example bench valgrind \
	fuzz fuzz-regress fuzz-cc $(FUZZ:%=fuzz-%)
