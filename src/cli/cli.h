/*
 * cli.h - what the subcommands of the shuyu command share: one voice for
 * messages (like git's error()/die()), the exit statuses, and small output
 * helpers. Everything else a command does is a call into libshuyu.
 */
#ifndef SHUYU_CLI_H
#define SHUYU_CLI_H

#include <stdio.h>
#include "shuyu/error.h"
#include "shuyu/segment.h"

/* Exit statuses, as DESIGN.md fixes them. */
#define EXIT_OK 0
#define EXIT_INPUT 1 /* a problem with the input or the termbase */
#define EXIT_USAGE 2 /* the command line is wrong */

/* The termbase given by --db, SHUYU_DB, or NULL for the default. */
extern const char *cli_db_path;

/* "shuyu: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Report a library error; returns the exit status it calls for. */
int cli_fail(const sy_error *err);

/* A usage error: the message, a pointer to --help, status 2. */
int cli_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A whole number from least to most, the whole of s ("5x" is not 5);
 * 0 on success, -1 otherwise. */
int cli_number(const char *s, long least, long most, long *out);

/* Write s[0..len) as a JSON string, quotes included. */
void cli_json_string(FILE *out, const char *s, size_t len);

/* Flush stdout and report a write failure (disk full, closed pipe). */
int cli_finish_output(int status);

/* Open the termbase named by --db, SHUYU_DB or the default path. */
struct sy_termbase;
int cli_open_termbase(struct sy_termbase **tb, int flags);

/* Is standard output (or error) a terminal? Colours and progress only then. */
int cli_stdout_is_terminal(void);
int cli_stderr_is_terminal(void);

/* A progress bar on stderr, drawn only on a terminal; userdata is a label. */
void cli_progress(size_t done, size_t total, void *userdata);

/* The directory of the running program, where its data may live. */
void cli_exe_dir(char *buf, size_t size, const char *argv0);

/* The aligner with its lexicon and lemmatizer, set up as every command
 * wants it (src/cli/aligner.c). A missing CC-CEDICT is a warning, unless
 * $SHUYU_CEDICT names it. */
struct sy_aligner;
struct sy_lexicon;
struct sy_reference;
struct sy_endict;
struct sy_lemmatizer;
struct sy_align_options;
typedef struct cli_aligner {
	struct sy_aligner *al;
	struct sy_lexicon *lex;
	struct sy_lemmatizer *lm;
	int own_lm; /* lm is the aligner's, not borrowed */
} cli_aligner;
/* lm: a lemmatizer to borrow (a termbase's), or NULL to open one. */
int cli_aligner_open(cli_aligner *a, const char *argv0, const struct sy_align_options *opt,
		     struct sy_lemmatizer *lm);
/* Give the aligner the termbase's terms found in the Chinese text as known
 * translations. */
int cli_aligner_add_termbase(cli_aligner *a, struct sy_termbase *tb,
			     const sy_sentence_list *zh);
void cli_aligner_close(cli_aligner *a);

/* CC-CEDICT alone, found as the aligner finds it; *lex stays NULL (with a
 * warning) when there is none. */
int cli_lexicon_open(struct sy_lexicon **lex, const char *argv0);

/* The general-language reference (jieba's dictionary), found the same way
 * ($SHUYU_JIEBA, then next to the program); *ref stays NULL when there is
 * none: extraction works without it. background: read on a thread of its
 * own (sy_reference_open_background; sy_reference_ready says whether it
 * could be read). */
int cli_reference_open(struct sy_reference **ref, const char *argv0, int background);
/* The English-Chinese dictionary (ECDICT), found the same way ($SHUYU_ECDICT,
 * beside the program, share/shuyu); optional like the reference. */
int cli_endict_open(struct sy_endict **d, const char *argv0);

int cmd_segment(int argc, char **argv);
int cmd_align(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_lookup(int argc, char **argv);
int cmd_concord(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_term(int argc, char **argv);

#endif
